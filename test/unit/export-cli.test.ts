// Exporting through the ai-annotate CLI as a script would: a workspace of 200 generated
// documents and two broken files (all written, none lost, failures named), worker threads
// giving the same files, glob filters, the files a format needs beside its outputs, and the
// progress bar (on a terminal only).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import schema from '../../server/src/export/schema/ai-annotations.schema.json';
import type { AnnotationDocument } from '../../server/src/export/json.ts';
import { labelStudioConfig } from '../../server/src/export/labelStudio.ts';
import { Progress } from '../../server/src/progress.ts';
import { SAMPLES } from '../helpers/exportSamples.ts';

const BIN = join(__dirname, '..', '..', 'bin', 'ai-annotate.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
const validate = new Ajv({ strict: false }).compile(schema);

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/')).sort();
}

/** 200 documents in 4 folders, Markdown and text, CRLF, emoji and traditional characters, plus two broken files. */
function workspace(): { dir: string; documents: Map<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'ai-export-'));
  const bases = [SAMPLES.crlf, SAMPLES.emoji, SAMPLES.traditional];
  const documents = new Map<string, string>();
  for (let i = 0; i < 200; i++) {
    const path = `docs/part${i % 4}/doc-${String(i).padStart(3, '0')}.${i % 2 ? 'md' : 'txt'}`;
    const text = `第${i}篇：华为发布盘古3.0，训练数据超过${i + 1}万亿tokens。\n\n${bases[i % 3]}`;
    documents.set(path, text);
    mkdirSync(join(dir, 'docs', `part${i % 4}`), { recursive: true });
    writeFileSync(join(dir, path), i === 7 ? '\ufeff' + text : text); // a BOM is not part of the text
  }
  writeFileSync(join(dir, 'docs', 'part1', 'broken-binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]));
  writeFileSync(join(dir, 'docs', 'part2', 'broken-gbk.md'), Buffer.from([0xbb, 0xaa, 0xce, 0xaa, 0xb7, 0xa2, 0xb2, 0xbc]));
  writeFileSync(join(dir, 'docs', '.gitignore'), 'ignored.md\n');
  writeFileSync(join(dir, 'docs', 'ignored.md'), '华为');
  return { dir, documents };
}

test('a workspace of 200 documents: every output written, none lost, the broken files named, no bar in a pipe', () => {
  const { dir, documents } = workspace();
  const r = run(['annotate', '--out', 'out', 'docs'], dir);
  assert.equal(r.status, 1, 'exit 1: some inputs failed');
  assert.match(r.stderr, /broken-binary\.txt: binary file/);
  assert.match(r.stderr, /broken-gbk\.md: not valid UTF-8/);
  assert.equal(r.stderr.trim().split('\n').length, 2, `only the two failures: ${r.stderr}`);
  assert.doesNotMatch(r.stderr, /\r|\x1b/, 'no progress bar when stderr is a pipe');
  const written = listFiles(join(dir, 'out'));
  assert.equal(written.length, 200);
  for (const [path, text] of documents) {
    const output = path.replace(/^docs\//, '').replace(/\.(md|txt)$/, '.annotations.json');
    const doc: AnnotationDocument = JSON.parse(readFileSync(join(dir, 'out', output), 'utf8'));
    assert.ok(validate(doc), JSON.stringify(validate.errors));
    assert.equal(doc.source.path, path);
    assert.equal(doc.source.length, text.length);
    const n = Number(/doc-(\d+)/.exec(path)![1]);
    assert.ok(doc.annotations.some((a) => a.text === `超过${n + 1}万亿tokens`), path);
    for (const a of doc.annotations) assert.equal(text.slice(a.start, a.end), a.text);
  }
});

test('worker threads (--jobs 2) write the same files as one thread', () => {
  const { dir } = workspace();
  const one = run(['annotate', '--format', 'brat', '--out', 'one', 'docs'], dir);
  const two = run(['annotate', '--format', 'brat', '--jobs', '2', '--out', 'two', 'docs'], dir);
  assert.equal(two.status, 1);
  assert.equal(two.stderr, one.stderr.replaceAll('one/', 'two/'), 'the same failures, in input order');
  const files = listFiles(join(dir, 'one'));
  assert.equal(files.length, 200 * 2 + 1, '.ann and .txt per document, and annotation.conf');
  assert.deepEqual(listFiles(join(dir, 'two')), files);
  for (const f of files) assert.equal(readFileSync(join(dir, 'two', f), 'utf8'), readFileSync(join(dir, 'one', f), 'utf8'), f);
  // brat's .txt is the text as the editor holds it: the BOM of doc-007 is gone
  assert.equal(readFileSync(join(dir, 'one', 'part3', 'doc-007.annotations.txt'), 'utf8'), readFileSync(join(dir, 'docs', 'part3', 'doc-007.md'), 'utf8').slice(1));
});

test('--include and --exclude filter the files of folders with .gitignore patterns', () => {
  const { dir } = workspace();
  const r = run(['annotate', '--format', 'spacy', '--include', '*.md', '--exclude', 'part2/', '--exclude', 'doc-00?.md', 'docs'], dir);
  assert.equal(r.status, 0, r.stderr);
  const paths = r.stdout.trim().split('\n').map((l) => JSON.parse(l).meta.path);
  const expected = Array.from({ length: 200 }, (_, i) => i)
    .filter((i) => i % 2 === 1 && i % 4 !== 2 && i >= 10)
    .map((i) => `docs/part${i % 4}/doc-${String(i).padStart(3, '0')}.md`)
    .sort();
  assert.deepEqual(paths, expected, 'in input order, the excluded ones left out');
  const none = run(['annotate', '--format', 'spacy', '--include', '*.pdf', 'docs'], dir);
  assert.equal(none.status, 1);
  assert.match(none.stderr, /docs: no text file in the folder matches --include\/--exclude/);
});

test('formats that write several files: brat and Label Studio set up the output folder, stdout takes one document', () => {
  const { dir } = workspace();
  const ls = run(['annotate', '--format', 'label-studio', '--out', 'ls', 'docs/part0/doc-000.txt', 'docs/part1/doc-001.md'], dir);
  assert.equal(ls.status, 0, ls.stderr);
  assert.deepEqual(listFiles(join(dir, 'ls')), ['doc-000.annotations.label-studio.json', 'doc-001.annotations.label-studio.json', 'label-studio-config.xml']);
  assert.equal(readFileSync(join(dir, 'ls', 'label-studio-config.xml'), 'utf8'), labelStudioConfig());
  // the same config again is fine; a different one is only replaced with --force
  assert.equal(run(['annotate', '--format', 'label-studio', '--out', 'ls', 'docs/part2/doc-002.txt'], dir).status, 0);
  writeFileSync(join(dir, 'ls', 'label-studio-config.xml'), '<View/>');
  const changed = run(['annotate', '--format', 'label-studio', '--out', 'ls', 'docs/part3/doc-003.md'], dir);
  assert.equal(changed.status, 1);
  assert.match(changed.stderr, /label-studio-config\.xml: exists with other content \(use --force/);

  const several = run(['annotate', '--format', 'brat', 'docs/part0/doc-000.txt', 'docs/part1/doc-001.md'], dir);
  assert.equal(several.status, 2);
  assert.match(several.stderr, /several inputs need --out DIR for brat/);
  const one = run(['annotate', '--format', 'brat', 'docs/part0/doc-000.txt'], dir);
  assert.equal(one.status, 0);
  assert.match(one.stdout, /^T1\tVendor \d+ \d+\t华为$/m);

  // outputs beside their inputs never replace them (brat's text copy is doc-000.annotations.txt), nor another input's output
  const input = readFileSync(join(dir, 'docs', 'part0', 'doc-000.txt'), 'utf8');
  const self = run(['annotate', '--format', 'brat', '--force', '--out', 'docs/part0', 'docs/part0/doc-000.txt'], dir);
  assert.equal(self.status, 0, self.stderr);
  assert.equal(readFileSync(join(dir, 'docs', 'part0', 'doc-000.txt'), 'utf8'), input);
  assert.ok(existsSync(join(dir, 'docs', 'part0', 'doc-000.annotations.ann')));
  writeFileSync(join(dir, 'twin.md'), '华为');
  writeFileSync(join(dir, 'twin.txt'), '华为');
  const twins = run(['annotate', '--out', 'twins', 'twin.md', 'twin.txt'], dir);
  assert.equal(twins.status, 1);
  assert.match(twins.stderr, /twin\.txt: .*twin\.annotations\.json is already the output of twin\.md/);
  assert.equal(run(['annotate', '--jobs', 'many', 'twin.md'], dir).status, 2);
});

test('W3C from the CLI: a relative path becomes the absolute file: URI of the file, in every thread', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ai-export-'));
  mkdirSync(join(dir, '资料 2024'));
  writeFileSync(join(dir, '资料 2024', '新闻#1.md'), SAMPLES.traditional);
  for (const args of [['资料 2024/新闻#1.md'], ['--jobs', '2', '--out', 'out', '资料 2024']]) {
    const r = run(['annotate', '--format', 'w3c', ...args], dir);
    assert.equal(r.status, 0, r.stderr);
    const doc = JSON.parse(args.includes('--out') ? readFileSync(join(dir, 'out', '新闻#1.annotations.jsonld'), 'utf8') : r.stdout);
    const sources = new Set(doc.first.items.map((a: { target: { source: string } }) => a.target.source));
    assert.deepEqual([...sources], [pathToFileURL(join(realpathSync(dir), '资料 2024', '新闻#1.md')).href]);
    assert.equal(doc.label, '资料 2024/新闻#1.md');
  }
});

test('the progress bar draws on a terminal only, and messages go above it', () => {
  const written: string[] = [];
  const tty = { isTTY: true, columns: 60, write: (s: string) => written.push(s) };
  const bar = new Progress(4, tty);
  bar.tick(true);
  bar.message('ai-annotate: a.md: broken');
  bar.tick(false);
  bar.finish();
  const screen = written.join('');
  assert.match(screen, /\r\[#{5}-{15}\] 1\/4 files/);
  assert.match(screen, /\r\x1b\[Kai-annotate: a\.md: broken\n/);
  assert.match(screen, /\] 2\/4 files, 1 failed/);
  assert.ok(screen.endsWith('\r\x1b[K'), 'the bar is cleared at the end');

  const piped: string[] = [];
  const pipe = new Progress(4, { isTTY: false, write: (s: string) => piped.push(s) });
  pipe.tick(true);
  pipe.message('ai-annotate: a.md: broken');
  pipe.finish();
  assert.deepEqual(piped, ['ai-annotate: a.md: broken\n']);
});
