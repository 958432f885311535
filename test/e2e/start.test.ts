// `npm start`: scripts/start.mjs installs the package into code-server, serves the samples on
// 127.0.0.1, prints the URL, which opens one sample document with the Claims view showing its
// figures, and on Ctrl-C (SIGINT) stops code-server's whole process group and exits 0. (Given
// the .vsix the other tests use, so that it does not package again, and a temp state dir
// instead of .cache/start.)
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { launchBrowser, REPO_ROOT, waitFor, Workbench } from './harness.ts';
import { ARTIFACTS, builtVsix, cliAnnotations, expectedCounts } from './setup.ts';

const SAMPLES = path.join(REPO_ROOT, 'samples');
const FIRST_SAMPLE = '华为盘古大模型.md';

/** The Claims view's pane: whether its body is shown, and the labels of its rows. */
function claimsPane(wb: Workbench) {
  return wb.page.evaluate(() => {
    const pane = Array.from(document.querySelectorAll<HTMLElement>('.part.sidebar .pane'))
      .find((p) => p.querySelector('.pane-header .title')?.textContent?.trim().toLowerCase() === 'claims');
    const body = pane?.querySelector<HTMLElement>('.pane-body');
    return {
      expanded: Boolean(pane?.querySelector('.pane-header.expanded')) && Boolean(body && body.offsetHeight > 40),
      rows: Array.from(pane?.querySelectorAll<HTMLElement>('.monaco-list-row .label-name') ?? []).map((r) => r.textContent?.trim() ?? ''),
    };
  });
}

/** The name in the active editor tab. */
function activeTab(wb: Workbench) {
  return wb.page.evaluate(() => document.querySelector('.part.editor .editor-group-container.active .tab.active .label-name')?.textContent?.trim() ?? '');
}

function groupAlive(pgid: number): boolean {
  try { process.kill(-pgid, 0); return true; } catch { return false; }
}

test('npm start serves the samples with a document and the Claims view open, Ctrl-C stops it', { timeout: 180_000 }, async (t) => {
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
    // (the URL and the process group are two writes, which the pipe may deliver apart: wait for both)
    return /process group \d+/.test(plain()) ? plain().match(/http:\/\/127\.0\.0\.1:\d+\/\?folder=\S+/)?.[0] : undefined;
  }, Boolean, { timeout: 120_000, message: 'the URL and the process group printed by npm start' }).catch((e) => { throw new Error(`${e.message}\n${plain()}`); });
  assert.equal(new URL(url!).searchParams.get('folder'), SAMPLES);
  const pgid = Number(plain().match(/process group (\d+)/)?.[1]);
  assert.ok(pgid > 0, plain());

  const context = await launchBrowser({ userDataDir: path.join(tmp, 'chromium') });
  const handle = { url: url!.replace(/\?.*$/, ''), port: Number(new URL(url!).port), pid: pgid, logFile: '', readyMs: 0, stop: async () => {} };
  const wb = new Workbench(context.pages()[0] ?? await context.newPage(), context, handle, SAMPLES, path.join(ARTIFACTS, 'start'), path.join(tmp, 'wb'), true);
  try {
    // the URL as printed, nothing clicked: the first sample is open, its figures in the Claims view
    await wb.page.goto(url!, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await wb.waitReady();
    await wb.waitFor(() => activeTab(wb), (t) => t === FIRST_SAMPLE, { message: `${FIRST_SAMPLE} open in the editor` });
    const annotations = cliAnnotations(path.join(SAMPLES, FIRST_SAMPLE)).annotations;
    const want = expectedCounts(annotations);
    await wb.waitFor(async () => (await wb.statusBarItems()).find((i) => i.id.endsWith('aiAnnotator.counts'))?.text.match(/\d+/g)?.map(Number),
      (c) => JSON.stringify(c) === JSON.stringify(want), { timeout: 60_000, message: `status bar counts ${want}` });
    const unverified = annotations.filter((a) => a.kind === 'figure' && a.status === 'unverified').map((a) => a.text);
    assert.ok(unverified.length > 0, 'the first sample has unverified figures to show');
    // (its list renders only the rows that fit the pane)
    await wb.waitFor(() => claimsPane(wb), (p) => p.expanded && p.rows[0] === 'unverified' && unverified.some((f) => p.rows.includes(f)),
      { message: `the Claims view expanded, listing the unverified figures (${unverified.join(', ')})` });
    await wb.screenshot('npm-start-samples');
    await wb.hover('盘古大模型3.0', { contains: 'Model' });
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
