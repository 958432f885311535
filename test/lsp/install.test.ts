// `npm pack` then `npm install -g` of the tarball, as the README tells users of other editors:
// the tarball holds the command and nothing of the sources or tests; the global install builds
// nodejieba and puts `ai-annotate` on the PATH, whose CLI and language server both work.
// Installed into a temporary prefix. npm takes the packages from its cache (`npm ci` filled it)
// and asks the registry only for what the cache lacks; nodejieba is compiled (about half a
// minute on two cores). Skipped, saying why, only when the registry is unreachable and the
// cache cannot make up for it.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Hover } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lspClient.ts';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** This process's environment without what an outer `npm test` exported about this project. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^npm_/i.test(key) && !/^npm_config_(cache|userconfig|globalconfig|nodedir)$/i.test(key)) delete env[key];
  return { ...env, ...extra };
}

function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }) {
  return new Promise<{ status: number | null; output: string }>((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    const timer = setTimeout(() => { try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ } }, options.timeoutMs ?? 60_000);
    child.on('close', (status) => { clearTimeout(timer); resolve({ status, output }); });
  });
}

const OFFLINE = /E(NOTCACHED|NOTFOUND|AI_AGAIN|CONNREFUSED|CONNRESET|TIMEDOUT)|network/;

test('npm pack, then npm install -g of the tarball: ai-annotate on the PATH, CLI and language server', { timeout: 600_000 }, async (t) => {
  assert.ok(existsSync(join(ROOT, 'server', 'out', 'cli.js')), 'the bundles are built (npm run build)');
  const dir = mkdtempSync(join(tmpdir(), 'ai-annotate-install-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));

  // the tarball (the bundles as built; `npm pack` alone would run the prepare script and rebuild them)
  const packed = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT });
  assert.equal(packed.status, 0, packed.output);
  const [info] = JSON.parse(packed.output.slice(packed.output.indexOf('[')));
  const files = (info.files as { path: string }[]).map((f) => f.path).sort();
  for (const f of ['package.json', 'README.md', 'LICENSE', 'NOTICE', 'CHANGELOG.md', 'bin/ai-annotate.js', 'server/out/cli.js', 'server/out/segmentationWorker.js', 'server/out/documentThread.js', 'server/out/knowledge.json']) {
    assert.ok(files.includes(f), `${f} in the tarball: ${files.join(', ')}`);
  }
  const unwanted = files.filter((f) => /^(test|samples|scripts|client|docs|\.ci)\/|\.(ts|map)$|^server\/src\//.test(f));
  assert.deepEqual(unwanted, [], 'no sources, tests, fixtures or source maps');
  const tarball = join(dir, info.filename);
  console.log(`${info.filename}: ${(info.size / 1024).toFixed(0)} KiB, ${files.length} files`);

  // the global install, into a prefix of its own
  const prefix = join(dir, 'prefix');
  mkdirSync(join(prefix, 'lib'), { recursive: true });
  const started = Date.now();
  const installed = await run('npm', ['install', '-g', '--prefix', prefix, '--prefer-offline', '--allow-scripts=nodejieba', '--no-audit', '--no-fund', tarball],
    { cwd: dir, timeoutMs: 540_000 });
  if (installed.status !== 0 && OFFLINE.test(installed.output)) {
    t.skip(`npm could not reach the registry for what its cache lacks; the global install was not tried:\n${installed.output.slice(-600)}`);
    return;
  }
  assert.equal(installed.status, 0, installed.output);
  console.log(`npm install -g: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const home = join(prefix, 'lib', 'node_modules', pkg.name);
  assert.ok(existsSync(join(home, 'node_modules', 'nodejieba', 'build', 'Release', 'nodejieba.node')), 'nodejieba built at install');

  // the command on the PATH, found by name as a shell would
  const env = cleanEnv({ PATH: `${join(prefix, 'bin')}:${process.env.PATH}` });
  const work = join(dir, 'work');
  mkdirSync(work);
  const version = spawnSync('ai-annotate', ['--version'], { cwd: work, env, encoding: 'utf8' });
  assert.equal(version.status, 0, version.stderr);
  assert.equal(version.stdout.trim(), pkg.version);
  writeFileSync(join(work, '新闻.md'), '# 华为\n\n华为发布盘古3.0，训练数据超过3万亿tokens。业内估计，国内大模型数量接近80个。\n');
  const annotated = spawnSync('ai-annotate', ['annotate', '--format', 'json', '新闻.md'], { cwd: work, env, encoding: 'utf8' });
  assert.equal(annotated.status, 0, annotated.stderr);
  assert.equal(annotated.stderr, '', 'nothing to complain about (nodejieba loads, the knowledge base is there)');
  const ids = JSON.parse(annotated.stdout).annotations.map((a: { entityId?: string; text: string }) => a.entityId ?? a.text);
  assert.ok(ids.includes('vendor:huawei') && ids.includes('model:pangu-3.0') && ids.includes('接近80个'), ids.join(', '));

  // the language server as editors start it
  const client = new TestClient({ root: work, command: [join(prefix, 'bin', 'ai-annotate'), 'lsp', '--stdio'] });
  t.after(() => client.close());
  await client.initialize();
  const uri = await client.open('新闻.md', readFileSync(join(work, '新闻.md'), 'utf8'));
  const diagnostics = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'figure-unverified'), 60_000);
  assert.ok(diagnostics.every((d) => d.source === 'ai-annotator'));
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: client.positionOf(uri, '华为', 1) });
  assert.match(JSON.stringify(hover?.contents ?? ''), /Huawei/);
});
