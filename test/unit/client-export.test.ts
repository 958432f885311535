// The client's export logic, without VS Code: output names, atomic writes, keeping existing
// files unless asked, and a workspace export that keeps going after a failure.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { exportMany, writeExport, type FileSystem } from '../../client/src/exportFiles.ts';
import { companionPath, exportName } from '../../protocol/index.ts';

const nodeFs: FileSystem = {
  exists: (p) => stat(p).then(() => true, () => false),
  writeFile: (p, c) => writeFile(p, c),
  rename: (a, b) => rename(a, b),
  mkdir: (p) => mkdir(p, { recursive: true }).then(() => undefined),
  delete: (p) => rm(p, { force: true }),
};

test('export names sit beside the source name', () => {
  assert.equal(exportName('docs/a.md', '.json'), 'docs/a.annotations.json');
  assert.equal(exportName('README', '.csv'), 'README.annotations.csv');
  assert.equal(exportName('v1.2/notes.txt', '.jsonl'), 'v1.2/notes.annotations.jsonl');
});

test('writes atomically and keeps an existing file unless replacing is asked for', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'export-'));
  const target = join(dir, 'sub', 'a.annotations.json');
  assert.equal(await writeExport(nodeFs, target, '{"v":1}', false), 'written');
  assert.equal(await writeExport(nodeFs, target, '{"v":2}', false), 'exists');
  assert.equal(readFileSync(target, 'utf8'), '{"v":1}');
  assert.equal(await writeExport(nodeFs, target, '{"v":2}', true), 'written');
  assert.equal(readFileSync(target, 'utf8'), '{"v":2}');
  assert.deepEqual(readdirSync(join(dir, 'sub')), ['a.annotations.json'], 'no temporary file left');
});

test('a failed rename leaves neither the target changed nor a temporary file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'export-'));
  const target = join(dir, 'a.json');
  writeFileSync(target, 'old');
  const failing: FileSystem = { ...nodeFs, rename: async () => { throw new Error('disk full'); } };
  await assert.rejects(writeExport(failing, target, 'new', true), /disk full/);
  assert.equal(readFileSync(target, 'utf8'), 'old');
  assert.deepEqual(readdirSync(dir), ['a.json']);
});

test('a workspace export writes every file, names the failures, and stops when cancelled', async () => {
  const out = mkdtempSync(join(tmpdir(), 'export-'));
  const files = Array.from({ length: 30 }, (_, i) => `docs/${i}.md`);
  const progress: number[] = [];
  const result = await exportMany(nodeFs, files, out, '.json',
    async (rel) => (rel.endsWith('7.md') ? { error: 'not valid UTF-8' } : rel.endsWith('13.md') ? Promise.reject(new Error('server gone')) : { content: rel }),
    { replace: false, isCancelled: () => false, progress: (done) => progress.push(done) });
  // 7, 17 and 27 cannot be read; the server fails on 13
  assert.equal(result.written.length, 26);
  assert.deepEqual(result.failed.map((f) => f.path).sort(), ['docs/13.md', 'docs/17.md', 'docs/27.md', 'docs/7.md']);
  assert.match(result.failed.find((f) => f.path === 'docs/13.md')!.error, /server gone/);
  assert.equal(progress.at(-1), 30);
  assert.equal(readFileSync(join(out, 'docs', '5.annotations.json'), 'utf8'), 'docs/5.md');

  let calls = 0;
  const cancelled = await exportMany(nodeFs, files, out, '.json', async (rel) => ({ content: rel }), { replace: true, isCancelled: () => ++calls > 3 });
  assert.equal(cancelled.cancelled, true);
  assert.equal(cancelled.written.length, 3);
  assert.ok(existsSync(join(out, 'docs', '0.annotations.json')));
});

test('a format that needs more files gets them: companions beside each output, setup files once per folder', async () => {
  const out = mkdtempSync(join(tmpdir(), 'export-'));
  const result = await exportMany(nodeFs, ['a.md', 'sub/b.md'], out, '.ann',
    async (rel) => ({ content: `T1 ${rel}`, companions: [{ name: '.txt', content: `text of ${rel}` }], setupFiles: [{ name: 'annotation.conf', content: '[entities]' }] }),
    { replace: false, isCancelled: () => false });
  assert.equal(result.written.length, 2);
  assert.equal(readFileSync(join(out, 'a.annotations.txt'), 'utf8'), 'text of a.md');
  assert.equal(readFileSync(join(out, 'sub', 'b.annotations.txt'), 'utf8'), 'text of sub/b.md');
  assert.equal(readFileSync(join(out, 'annotation.conf'), 'utf8'), '[entities]');
  assert.equal(companionPath('/x/y.v1/a.annotations.ann', '.txt'), '/x/y.v1/a.annotations.txt');
});
