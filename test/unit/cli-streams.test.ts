// ai-annotate in pipelines: a reader that stops early (| head -n 1) ends it quietly with status 0,
// `-` reads UTF-8 standard input (--name names it), and a FIFO or a device given as a path gets
// a clear error at once instead of a read that never ends.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const BIN = join(__dirname, '..', '..', 'bin', 'ai-annotate.js');
const TEXT = '# 华为\n\n华为发布盘古3.0，训练数据超过3万亿tokens。`代码里的5亿`不算。\n';

function folder() {
  return mkdtempSync(join(tmpdir(), 'ai-annotate-streams-'));
}

test('a reader that closes the pipe after one line: exit status 0, nothing on stderr', async () => {
  const dir = folder();
  // far more than a pipe holds (64 KB): the writer meets the closed pipe
  writeFileSync(join(dir, 'big.txt'), '据介绍，盘古大模型的训练数据超过3万亿tokens，参数量达到1000亿。\n'.repeat(400));
  const child = spawn(process.execPath, [BIN, 'annotate', '--no-segmentation', '--format', 'jsonl', 'big.txt'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  // as head -n 1 does: read up to the first line, then close the pipe
  await new Promise<void>((resolve) => {
    let seen = '';
    child.stdout.on('data', (d) => {
      seen += d;
      if (seen.includes('\n')) { child.stdout.destroy(); resolve(); }
    });
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  assert.equal(stderr, '');
  assert.equal(code, 0);
});

test('the same through a shell pipeline into head', { skip: process.platform === 'win32' }, () => {
  const dir = folder();
  writeFileSync(join(dir, 'big.txt'), '据介绍，盘古大模型的训练数据超过3万亿tokens，参数量达到1000亿。\n'.repeat(400));
  const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" annotate --no-segmentation --format jsonl big.txt | head -n 1; echo "status \${PIPESTATUS[0]}" >&2`], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.stdout.split('\n').filter(Boolean).length, 1);
  assert.equal(r.stderr, 'status 0\n');
});

test('- reads standard input as UTF-8, --name names it and decides Markdown', () => {
  const dir = folder();
  const r = spawnSync(process.execPath, [BIN, 'annotate', '--no-segmentation', '--format', 'json', '--name', 'notes/today.md', '-'], { cwd: dir, input: TEXT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.source.path, 'notes/today.md');
  assert.equal(doc.source.length, TEXT.length);
  const figures = doc.annotations.filter((a: { kind: string }) => a.kind === 'figure').map((a: { text: string }) => a.text);
  assert.deepEqual(figures, ['超过3万亿tokens'], 'read as Markdown: the code span is not prose');
  // without a name: plain text, named "-"
  const plain = spawnSync(process.execPath, [BIN, 'annotate', '--no-segmentation', '--format', 'json', '-'], { cwd: dir, input: TEXT, encoding: 'utf8' });
  assert.equal(plain.status, 0, plain.stderr);
  assert.equal(JSON.parse(plain.stdout).source.path, '-');
});

test('standard input in the W3C export is targeted by its content, not as a file', () => {
  const r = spawnSync(process.execPath, [BIN, 'annotate', '--no-segmentation', '--format', 'w3c', '--name', 'today.md', '-'], { cwd: folder(), input: TEXT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const sources = new Set(JSON.parse(r.stdout).first.items.map((a: { target: { source: string } }) => a.target.source));
  assert.equal(sources.size, 1);
  assert.match([...sources][0] as string, /^ni:\/\/\/sha-256;/);
});

test('standard input that is not UTF-8 text is refused with a clear message', () => {
  const r = spawnSync(process.execPath, [BIN, 'annotate', '--no-segmentation', '-'], { cwd: folder(), input: Buffer.from([0xb2, 0xe2, 0xca, 0xd4, 0x0a]), encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^ai-annotate: -: not valid UTF-8/);
});

test('a FIFO or a device as a path: a clear error at once, not a read that never ends', { skip: process.platform === 'win32' }, () => {
  const dir = folder();
  const fifo = join(dir, 'pipe.md');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
  for (const path of [fifo, '/dev/zero']) {
    const r = spawnSync(process.execPath, [BIN, 'annotate', '--no-segmentation', path], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    assert.equal(r.signal, null, `${path}: the command hung`);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /not a regular file/);
    assert.match(r.stderr, /use - to read standard input/);
  }
});
