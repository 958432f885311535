// Workspace JSON files (.ai-annotator/knowledge.json, verifications.json): comments tolerated,
// every syntax error and every schema error at its true line and column, and edits by the
// editor that keep the file's formatting and comments.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseKnowledge } from '../../server/src/knowledge/index.ts';
import { parseVerifications } from '../../server/src/knowledge/workspace.ts';
import { WorkspaceStore } from '../../server/src/lsp/workspaceStore.ts';
import { nodeDisk } from '../../server/src/lsp/nodeHost.ts';

/** The line and column (1-based) where `needle` starts in `text`. */
function where(text: string, needle: string): [number, number] {
  const at = text.indexOf(needle);
  const before = text.slice(0, at);
  return [before.split('\n').length, at - before.lastIndexOf('\n')];
}

const VENDOR = '{ "id": "vendor:acme", "name": "Acme", "names": { "zh-Hans": "阿克米", "zh-Hant": "阿克米", "en": "Acme" }, "country": "CN", "type": "company" }';

test('comments and trailing commas are tolerated', () => {
  const text = `// our additions\n{\n  /* vendors */\n  "vendors": [\n    ${VENDOR}, // the first\n  ],\n}\n`;
  const parsed = parseKnowledge(text);
  assert.deepEqual(parsed.problems, []);
  assert.equal(parsed.document?.vendors?.[0].id, 'vendor:acme');
  assert.deepEqual(parseKnowledge(`\ufeff{"vendors": [${VENDOR}]}`).problems, [], 'a BOM is fine');
});

const SYNTAX: Array<[string, string, string[]]> = [
  ['a missing comma', '{\n  "vendors": [\n    {"id": "a"}\n    {"id": "b"}\n  ]\n}', ['{"id": "b"}']],
  ['two errors, each at its place', '{\n  "vendors": [1 2],\n  "models": [3 4]\n}', ['2]', '4]']],
  ['an unclosed string', '{\n  "vendors": "abc\n}', ['"abc']],
];

for (const [name, text, places] of SYNTAX) {
  test(`a syntax error is placed: ${name}`, () => {
    const { problems, document } = parseKnowledge(text);
    assert.equal(document, undefined);
    for (const needle of places) {
      const [line, column] = where(text, needle);
      assert.ok(problems.some((p) => p.line === line && p.column === column && /^Invalid JSON: /.test(p.message)), `${needle} at ${line}:${column} in ${JSON.stringify(problems)}`);
    }
  });
}

test('a schema error is placed at the offending property or value', () => {
  const text = `{\n  "vendors": [\n    ${VENDOR},\n    { "id": "vendor:b", "name": "B", "names": { "zh-Hans": "B", "zh-Hant": "B", "en": "B" }, "country": "CN", "type": "company", "colour": "red" }\n  ]\n}\n`;
  const { problems } = parseKnowledge(text);
  const [line, column] = where(text, '"colour"');
  assert.ok(problems.some((p) => p.line === line && p.column === column && /unknown property "colour"/.test(p.message)), JSON.stringify(problems));
  const wrong = '{\n  "verifications": [\n    { "id": "v-1", "path": "a.md", "quote": 5, "verifiedAt": "2024-01-01T00:00:00Z" }\n  ]\n}';
  const v = parseVerifications(wrong).problems;
  const [l2, c2] = where(wrong, '"quote"');
  assert.ok(v.some((p) => p.line === l2 && p.column === c2 && /quote/.test(p.message)), JSON.stringify(v));
});

test('the editor\'s writes keep the file\'s comments and formatting', async () => {
  const root = mkdtempSync(join(tmpdir(), 'ai-annotator-json-'));
  mkdirSync(join(root, '.ai-annotator'));
  const file = join(root, '.ai-annotator', 'verifications.json');
  const original = '{\n    // checked by the desk\n    "version": 1,\n    "verifications": [\n        { "id": "v-keep", "path": "a.md", "quote": "3万亿", "source": "x", "verifiedAt": "2024-01-01T00:00:00Z" } // keep me\n    ]\n}\n';
  writeFileSync(file, original);
  const store = new WorkspaceStore(nodeDisk(root));
  const added = await store.addVerification({ kind: 'verified', path: 'a.md', quote: '5亿', start: 10, source: 'annual report' });
  let text = readFileSync(file, 'utf8');
  assert.match(text, /\/\/ checked by the desk/);
  assert.match(text, /\/\/ keep me/);
  assert.match(text, /\n {8}\{/, 'four-space indentation kept');
  assert.deepEqual(parseVerifications(text).file?.verifications.map((r) => r.id), ['v-keep', added.id]);
  assert.equal(await store.removeVerification('v-keep'), true);
  text = readFileSync(file, 'utf8');
  assert.match(text, /\/\/ checked by the desk/);
  assert.deepEqual(parseVerifications(text).file?.verifications.map((r) => r.id), [added.id]);

  const knowledge = join(root, '.ai-annotator', 'knowledge.json');
  writeFileSync(knowledge, `{\n  // house names\n  "vendors": [${VENDOR}]\n}\n`);
  await store.addKnowledge('models', { id: 'model:acme-1', name: 'Acme-1', names: { 'zh-Hans': 'Acme-1', 'zh-Hant': 'Acme-1', en: 'Acme-1' }, vendor: 'vendor:acme' });
  await store.addKnowledge('vendors', { id: 'vendor:acme', aliases: ['阿克米科技'] });
  const k = readFileSync(knowledge, 'utf8');
  assert.match(k, /\/\/ house names/);
  const doc = parseKnowledge(k).document!;
  assert.equal(doc.models?.[0].id, 'model:acme-1');
  assert.deepEqual(doc.vendors?.[0].aliases, ['阿克米科技']);
});

test('a file that is not valid is never rewritten', async () => {
  const root = mkdtempSync(join(tmpdir(), 'ai-annotator-json-'));
  mkdirSync(join(root, '.ai-annotator'));
  const file = join(root, '.ai-annotator', 'verifications.json');
  writeFileSync(file, '{ "verifications": [ oops ] }');
  const store = new WorkspaceStore(nodeDisk(root));
  await assert.rejects(store.addVerification({ kind: 'verified', path: 'a.md', quote: '5亿', source: 's' }), /is not valid/);
  assert.equal(readFileSync(file, 'utf8'), '{ "verifications": [ oops ] }');
  assert.ok(store.diagnostics().some((d) => d.diagnostics.length && d.diagnostics[0].range.start.line === 0 && d.diagnostics[0].range.start.character === 21));
});
