// Ten malformed workspace files (.ai-annotator/knowledge.json and verifications.json): each error
// at its true line and column (lines broken at \n, \r\n or \r as editors break them; columns in
// UTF-16 code units as LSP and VS Code count them), every message on one line, the file left
// byte-for-byte as it was, and the rest of the workspace still working — in the language
// server's store and in the CLI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { anchorFor } from '../../server/src/analysis/anchoring.ts';
import { parseKnowledge } from '../../server/src/knowledge/index.ts';
import { parseVerifications } from '../../server/src/knowledge/workspace.ts';
import { readWorkspaceFiles } from '../../server/src/workspaceFiles.ts';
import { nodeDisk } from '../../server/src/lsp/nodeHost.ts';
import { WorkspaceStore } from '../../server/src/lsp/workspaceStore.ts';

const BIN = join(__dirname, '..', '..', 'bin', 'ai-annotate.js');
/** Where the first error is, in the texts below; taken out before the file is written. */
const MARK = '‸';
const VENDOR = '{ "id": "vendor:acme", "name": "Acme", "names": { "zh-Hans": "阿克米", "zh-Hant": "阿克米", "en": "Acme" }, "country": "CN", "type": "company" }';
const RECORD = (id: string) => `{ "id": ${JSON.stringify(id)}, "path": "a.md", "quote": "5亿", "source": "s", "verifiedAt": "2024-01-01T00:00:00Z" }`;

const CASES: Array<{ name: string; file: 'knowledge.json' | 'verifications.json'; text: string }> = [
  { name: 'a missing comma between two entries', file: 'knowledge.json', text: `{\n  "vendors": [\n    ${VENDOR}\n    ${MARK}${VENDOR}\n  ]\n}\n` },
  { name: 'text after the closing brace', file: 'knowledge.json', text: `// house names\n{ "vendors": [] }\n\n${MARK}vendors: []\n` },
  { name: 'a single-quoted property name', file: 'knowledge.json', text: `{\n  ${MARK}'vendors': []\n}\n` },
  { name: 'classic Mac line endings (\\r alone)', file: 'knowledge.json', text: `{\r  "vendors": [\r    ${VENDOR},\r    ${MARK}oops\r  ]\r}\r` },
  { name: 'an unknown property whose name holds a line break', file: 'knowledge.json', text: `{\n  "vendors": [],\n  ${MARK}"colour\\nname": "red"\n}\n` },
  { name: 'a file cut off in the middle', file: 'verifications.json', text: `{\n  "verifications": [\n    { "id": "v-1",${MARK}` },
  { name: 'an invalid escape in a string', file: 'verifications.json', text: `{\n  "verifications": [\n    { "id": "v-1", "path": ${MARK}"a\\x41.md" }\n  ]\n}\n` },
  { name: 'an astral character before the error on its line', file: 'verifications.json', text: `{\n  "verifications": [ "😀😀", ${MARK}oops ]\n}\n` },
  { name: 'a BOM and Windows line endings, a missing value', file: 'verifications.json', text: `\ufeff{\r\n  "version": 1,\r\n  "verifications": [${MARK},]\r\n}\r\n` },
  { name: 'a duplicate id holding a line break', file: 'verifications.json', text: `{\n  "verifications": [\n    ${RECORD('v\n1')},\n    { "id": ${MARK}"v\\n1", "path": "b.md", "quote": "7亿", "source": "s", "verifiedAt": "2024-01-01T00:00:00Z" }\n  ]\n}\n` },
];

/** The 1-based line and UTF-16 column of an offset, lines broken as an editor breaks them. */
function lineColumn(text: string, offset: number): [number, number] {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return [lines.length, lines[lines.length - 1].length + 1];
}

function prepared(text: string) {
  const offset = text.indexOf(MARK);
  const clean = text.replace(MARK, '');
  const [line, column] = lineColumn(clean, offset);
  return { clean, line, column };
}

function workspaceWith(file: string, text: string): string {
  const root = mkdtempSync(join(tmpdir(), 'ai-annotator-malformed-'));
  mkdirSync(join(root, '.ai-annotator'));
  writeFileSync(join(root, '.ai-annotator', file), text);
  return root;
}

for (const c of CASES) {
  test(`malformed ${c.file}: ${c.name}`, async () => {
    const { clean, line, column } = prepared(c.text);
    const problems = (c.file === 'knowledge.json' ? parseKnowledge(clean) : parseVerifications(clean)).problems;
    assert.ok(problems.length > 0, 'reported');
    assert.deepEqual([problems[0].line, problems[0].column], [line, column], `${problems[0].message} at ${line}:${column}`);
    for (const p of problems) assert.doesNotMatch(p.message, /[\r\n]/, 'one line');

    // the CLI's reading: one line per problem, naming the file, its line and column
    const root = workspaceWith(c.file, clean);
    const path = join(root, '.ai-annotator', c.file);
    const read = readWorkspaceFiles(root);
    assert.equal(read.problems.length, problems.length);
    assert.ok(read.problems[0].startsWith(`${path}:${line}:${column}: `), read.problems[0]);
    for (const p of read.problems) assert.doesNotMatch(p, /[\r\n]/);

    // the language server's store: a diagnostic at the same place, the file never rewritten
    const store = new WorkspaceStore(nodeDisk(root));
    const diagnostic = store.diagnostics().find((d) => d.diagnostics.length)!.diagnostics[0];
    assert.deepEqual(diagnostic.range.start, { line: line - 1, character: column - 1 });
    if (c.file === 'verifications.json') {
      await assert.rejects(store.addVerification({ kind: 'verified', path: 'a.md', quote: '5亿', source: 's' }), /not valid/);
    } else {
      await assert.rejects(store.addKnowledge('vendors', { id: 'vendor:acme', aliases: ['阿克米科技'] }), /not valid/);
    }
    assert.equal(readFileSync(path, 'utf8'), clean, 'byte-for-byte as it was');
    assert.ok(store.kb.get('vendor:huawei'), 'the bundled knowledge still works');
  });
}

test('the CLI: one-line messages, the malformed file untouched, the other workspace file still used', () => {
  const document = '华为发布盘古3.0，训练数据超过3万亿tokens。阿克米科技的模型有5亿参数。\n';
  const figure = '超过3万亿tokens';
  const at = document.indexOf(figure);
  const a = anchorFor(document, at, at + figure.length);
  const verifications = JSON.stringify({ version: 1, verifications: [{ id: 'v-1', path: 'a.md', quote: a.quote, prefix: a.prefix, suffix: a.suffix, source: 's', verifiedAt: '2024-01-01T00:00:00Z' }] });
  const knowledge = `{ "vendors": [${VENDOR.replace('}, "country"', '}, "aliases": ["阿克米科技"], "country"')}] }`;
  for (const c of [CASES[4], CASES[9]]) {
    const { clean, line, column } = prepared(c.text);
    const root = workspaceWith(c.file, clean);
    writeFileSync(join(root, 'a.md'), document);
    if (c.file === 'knowledge.json') writeFileSync(join(root, '.ai-annotator', 'verifications.json'), verifications);
    else writeFileSync(join(root, '.ai-annotator', 'knowledge.json'), knowledge);
    const r = spawnSync(process.execPath, [BIN, 'annotate', '--no-segmentation', '--format', 'json', 'a.md'], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stderr.trimEnd().split('\n');
    assert.ok(lines.every((l) => l.startsWith('ai-annotate: ')), `one line per message: ${JSON.stringify(r.stderr)}`);
    assert.ok(lines[0].includes(`${c.file}:${line}:${column}: `), lines[0]);
    assert.equal(readFileSync(join(root, '.ai-annotator', c.file), 'utf8'), clean);
    const annotations = JSON.parse(r.stdout).annotations as Array<{ text: string; status?: string; entityId?: string }>;
    if (c.file === 'knowledge.json') assert.equal(annotations.find((x) => x.text === figure)?.status, 'verified', 'the records still apply');
    else assert.ok(annotations.some((x) => x.entityId === 'vendor:acme'), 'the workspace knowledge still applies');
  }
});
