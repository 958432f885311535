// `npm start`: scripts/start.mjs installs the package into code-server, serves the samples on
// 127.0.0.1, prints the URL, and on Ctrl-C (SIGINT) stops code-server's whole process group
// and exits 0. (Given the .vsix the other tests use, so that it does not package again, and a
// temp state dir instead of .cache/start.)
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { launchBrowser, REPO_ROOT, waitFor, Workbench } from './harness.ts';
import { ARTIFACTS, builtVsix, cliAnnotations, expectedCounts } from './setup.ts';

const SAMPLES = path.join(REPO_ROOT, 'samples');

function groupAlive(pgid: number): boolean {
  try { process.kill(-pgid, 0); return true; } catch { return false; }
}

test('npm start serves the samples with the extension, Ctrl-C stops it', { timeout: 180_000 }, async (t) => {
  const vsix = await builtVsix();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-start-'));
  // not detached: if this test process is killed, start.mjs goes with it, and code-server's
  // supervisor then kills its group
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts', 'start.mjs'), '--port', '0', '--vsix', vsix, '--state-dir', path.join(tmp, 'state')],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { out += d; });
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  child.on('exit', (code, signal) => { exit = { code, signal }; });
  t.after(() => {
    if (!exit) child.kill('SIGKILL');
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const plain = () => out.replace(/\x1b\[[0-9;]*m/g, '');
  const url = await waitFor(() => {
    if (exit) throw new Error(`start.mjs exited early: ${JSON.stringify(exit)}\n${plain()}`);
    return plain().match(/http:\/\/127\.0\.0\.1:\d+\/\?folder=\S+/)?.[0];
  }, Boolean, { timeout: 120_000, message: 'the URL printed by npm start' }).catch((e) => { throw new Error(`${e.message}\n${plain()}`); });
  assert.equal(new URL(url!).searchParams.get('folder'), SAMPLES);
  const pgid = Number(plain().match(/process group (\d+)/)?.[1]);
  assert.ok(pgid > 0, plain());

  const context = await launchBrowser({ userDataDir: path.join(tmp, 'chromium') });
  const handle = { url: url!.replace(/\?.*$/, ''), port: Number(new URL(url!).port), pid: pgid, logFile: '', readyMs: 0, stop: async () => {} };
  const wb = new Workbench(context.pages()[0] ?? await context.newPage(), context, handle, SAMPLES, path.join(ARTIFACTS, 'start'), path.join(tmp, 'wb'), true);
  try {
    await wb.open();
    await wb.openFile('华为盘古大模型.md');
    const want = expectedCounts(cliAnnotations(path.join(SAMPLES, '华为盘古大模型.md')).annotations);
    await wb.waitFor(async () => (await wb.statusBarItems()).find((i) => i.id.endsWith('aiAnnotator.counts'))?.text.match(/\d+/g)?.map(Number),
      (c) => JSON.stringify(c) === JSON.stringify(want), { timeout: 60_000, message: `status bar counts ${want}` });
    await wb.hover('盘古大模型3.0', { contains: 'Model' });
    await wb.screenshot('npm-start-samples');
  } catch (e) {
    await wb.screenshot('npm-start-FAILED').catch(() => {});
    throw e;
  } finally {
    await context.close();
  }

  // Ctrl-C
  child.kill('SIGINT');
  await waitFor(() => exit, Boolean, { timeout: 20_000, message: 'start.mjs to exit after SIGINT' });
  assert.deepEqual(exit, { code: 0, signal: null }, plain());
  assert.match(plain(), /stopping code-server \(process group \d+\)/);
  assert.equal(groupAlive(pgid), false, `code-server's process group ${pgid} is still alive`);
});
