// The ai-annotate command as scripts use it: outputs, exit codes and messages.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import schema from '../../server/src/export/schema/ai-annotations.schema.json';

const BIN = join(__dirname, '..', '..', 'bin', 'ai-annotate.js');
const run = (args: string[], cwd = process.cwd()) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
const validate = new Ajv({ strict: false }).compile(schema);

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'ai-annotate-'));
  writeFileSync(join(dir, 'a.md'), '# 华为\n\n华为发布盘古3.0，训练数据超过3万亿tokens。\n');
  writeFileSync(join(dir, 'b.txt'), '據華為介紹，盤古大模型的訓練效率提升了1.1倍。');
  return dir;
}

test('one file: an ai-annotations/1 document on stdout that validates', () => {
  const dir = workspace();
  const r = run(['annotate', '--format', 'json', 'a.md'], dir);
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.ok(validate(JSON.parse(r.stdout)), JSON.stringify(validate.errors));
  assert.equal(doc.schema, 'ai-annotations/1');
  assert.equal(doc.source.path, 'a.md');
  const text = readFileSync(join(dir, 'a.md'), 'utf8');
  assert.equal(doc.source.length, text.length);
  for (const a of doc.annotations) assert.equal(a.text, text.slice(a.start, a.end));
  const fig = doc.annotations.find((a: { kind: string }) => a.kind === 'figure');
  assert.deepEqual([fig.text, fig.value, fig.unit, fig.qualifier], ['超过3万亿tokens', 3e12, 'tokens', 'gt']);
  assert.ok(doc.annotations.some((a: { entityId?: string }) => a.entityId === 'model:pangu-3.0'));
});

test('a folder with --out writes one output per input', () => {
  const dir = workspace();
  const r = run(['annotate', '--out', 'out', '.'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(existsSync(join(dir, 'out', 'a.annotations.json')));
  assert.ok(existsSync(join(dir, 'out', 'b.annotations.json')));
  const b = JSON.parse(readFileSync(join(dir, 'out', 'b.annotations.json'), 'utf8'));
  const fig = b.annotations.find((a: { kind: string }) => a.kind === 'figure');
  assert.equal(fig.status, 'attributed');
  assert.equal(fig.ambiguity, 'increase-multiple');
});

test('outputs are named as the editor names them; an output named by an earlier version is renamed, not duplicated', () => {
  const dir = workspace();
  mkdirSync(join(dir, 'out'));
  writeFileSync(join(dir, 'out', 'a.json'), '{"old": true}');
  const kept = run(['annotate', '--out', 'out', 'a.md'], dir);
  assert.equal(kept.status, 1, 'the renamed output is kept without --force');
  assert.match(kept.stderr, /renamed .*a\.json to .*a\.annotations\.json/);
  assert.ok(!existsSync(join(dir, 'out', 'a.json')));
  assert.equal(readFileSync(join(dir, 'out', 'a.annotations.json'), 'utf8'), '{"old": true}');
  assert.equal(run(['annotate', '--force', '--out', 'out', 'a.md'], dir).status, 0);
  assert.equal(JSON.parse(readFileSync(join(dir, 'out', 'a.annotations.json'), 'utf8')).schema, 'ai-annotations/1');
});

test('existing outputs are kept unless --force', () => {
  const dir = workspace();
  assert.equal(run(['annotate', '--out', 'out', 'a.md'], dir).status, 0);
  const again = run(['annotate', '--out', 'out', 'a.md'], dir);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /exists \(use --force/);
  assert.equal(run(['annotate', '--force', '--out', 'out', 'a.md'], dir).status, 0);
});

test('jsonl and csv print several files to stdout', () => {
  const dir = workspace();
  const jsonl = run(['annotate', '--format', 'jsonl', 'a.md', 'b.txt'], dir);
  assert.equal(jsonl.status, 0);
  const lines = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(lines.some((l) => l.path === 'a.md') && lines.some((l) => l.path === 'b.txt'));
  const csv = run(['annotate', '--format', 'csv', 'a.md', 'b.txt'], dir);
  assert.equal(csv.status, 0);
  assert.ok(csv.stdout.startsWith('\ufeffpath,id,kind'));
  assert.equal(csv.stdout.match(/path,id,kind/g)?.length, 1, 'one header');
});

test('failures are named, the other inputs still written, exit 1', () => {
  const dir = workspace();
  writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
  writeFileSync(join(dir, 'gbk.txt'), Buffer.from([0xbb, 0xaa, 0xce, 0xaa]));
  mkdirSync(join(dir, 'empty'));
  const r = run(['annotate', '--out', 'out', 'a.md', 'missing.md', 'bin.txt', 'gbk.txt', 'empty'], dir);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /missing\.md: no such file/);
  assert.match(r.stderr, /bin\.txt: binary file/);
  assert.match(r.stderr, /gbk\.txt: not valid UTF-8/);
  assert.match(r.stderr, /empty: folder holds no text files/);
  assert.ok(existsSync(join(dir, 'out', 'a.annotations.json')));
});

test('usage errors exit 2 with a message', () => {
  const dir = workspace();
  assert.equal(run([], dir).status, 2);
  const badFormat = run(['annotate', '--format', 'xml', 'a.md'], dir);
  assert.equal(badFormat.status, 2);
  assert.match(badFormat.stderr, /unknown format "xml"/);
  const several = run(['annotate', '--format', 'json', 'a.md', 'b.txt'], dir);
  assert.equal(several.status, 2);
  assert.match(several.stderr, /need --out/);
  assert.match(several.stderr, /--help lists the options/);
  assert.ok(several.stderr.split('\n').length < 15, 'the message and the synopsis, not the whole help');
  assert.equal(run(['annotate', '--bogus', 'a.md'], dir).status, 2);
  assert.equal(run(['frobnicate'], dir).status, 2);
});

test('the help starts with the version', () => {
  const version = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')).version;
  const r = run(['--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout.split('\n')[0], new RegExp(`^ai-annotate ${version.replace(/\./g, '\\.')}\\b`));
  assert.equal(run(['--version']).stdout.trim(), version);
});

test('a folder without --format and --out: a summary table, one line per file and a total', () => {
  const dir = workspace();
  writeFileSync(join(dir, 'c.md'), '业内估计，国内已发布的大模型数量接近80个。');
  const r = run(['annotate', '.'], dir);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.split('\n');
  assert.match(lines[0], /^vendors\s+models\s+figures\s+unverified\s+conflicts\s+file$/);
  const row = (file: string) => lines.find((l) => l.endsWith(`  ${file}`))?.trim().split(/\s+/).slice(0, 5).map(Number);
  // a.md: 华为, 盘古3.0 and a figure only an unsourced fact states (so unverified); b.txt: 華為,
  // 盤古大模型 and an attributed figure; c.md: one unverified figure and no names
  assert.deepEqual(row('a.md'), [1, 1, 1, 1, 0]);
  assert.deepEqual(row('b.txt'), [1, 1, 1, 0, 0]);
  assert.deepEqual(row('c.md'), [0, 0, 1, 1, 0]);
  assert.deepEqual(row('total (3 files)'), [1, 2, 3, 2, 0], 'distinct vendors and models over the files');
  assert.match(r.stdout, /--out DIR/);
  // asking for a format still gives the annotations
  assert.equal(JSON.parse(run(['annotate', '--format', 'jsonl', '.'], dir).stdout.split('\n')[0]).path, 'a.md');
});

test('the workspace verifications mark a figure verified', () => {
  const dir = workspace();
  mkdirSync(join(dir, '.ai-annotator'));
  writeFileSync(join(dir, '.ai-annotator', 'verifications.json'), JSON.stringify({
    version: 1,
    verifications: [{ id: 'v1', path: 'a.md', quote: '超过3万亿tokens', prefix: '训练数据', suffix: '。', source: 'HDC 2023 keynote', verifiedAt: '2026-11-26T00:00:00Z' }],
  }));
  const r = run(['annotate', 'a.md'], dir);
  assert.equal(r.status, 0, r.stderr);
  const fig = JSON.parse(r.stdout).annotations.find((a: { kind: string }) => a.kind === 'figure');
  assert.equal(fig.status, 'verified');
});

test('a malformed workspace file is reported and the bundled knowledge still works', () => {
  const dir = workspace();
  mkdirSync(join(dir, '.ai-annotator'));
  const broken = '{ "vendors": [ { "id": 3 } ] }';
  writeFileSync(join(dir, '.ai-annotator', 'knowledge.json'), broken);
  const r = run(['annotate', 'a.md'], dir);
  assert.equal(r.status, 0);
  assert.match(r.stderr, /knowledge\.json:1:\d+: .*file ignored/);
  assert.ok(JSON.parse(r.stdout).annotations.some((a: { entityId?: string }) => a.entityId === 'vendor:huawei'));
  assert.equal(readFileSync(join(dir, '.ai-annotator', 'knowledge.json'), 'utf8'), broken);
});
