// Several writers of .ai-annotator/verifications.json at once — editor windows, each a language
// server process, several marks in flight in each — lose no record, and a reader polling the
// file all along only ever sees valid JSON. A change someone else made on disk is merged, never
// overwritten.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseVerifications } from '../../server/src/knowledge/workspace.ts';
import { nodeDisk } from '../../server/src/lsp/nodeHost.ts';
import { WorkspaceStore } from '../../server/src/lsp/workspaceStore.ts';

const PROCESSES = 4;
const MARKS = 50;

/** One writer process: MARKS records, five in flight at a time. */
const WRITER = `
const { WorkspaceStore } = require(${JSON.stringify(join(__dirname, '../../server/src/lsp/workspaceStore.ts'))});
const { nodeDisk } = require(${JSON.stringify(join(__dirname, '../../server/src/lsp/nodeHost.ts'))});
const [root, name, marks] = process.argv.slice(1);
const store = new WorkspaceStore(nodeDisk(root));
(async () => {
  for (let i = 0; i < Number(marks); i += 5) {
    await Promise.all([0, 1, 2, 3, 4].filter((k) => i + k < Number(marks)).map((k) =>
      store.addVerification({ kind: 'verified', path: name + '.md', quote: (i + k) + '亿', start: i + k, source: 'writer ' + name })));
  }
})().catch((e) => { console.error(e); process.exit(1); });
`;

function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', WRITER, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

test(`${PROCESSES} processes × ${MARKS} marks: no record lost, the file valid JSON throughout`, { timeout: 120_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'ai-annotator-writers-'));
  mkdirSync(join(root, '.ai-annotator'));
  const file = join(root, '.ai-annotator', 'verifications.json');
  // someone's record already there, with a comment: kept
  writeFileSync(file, '{\n  // the desk\n  "version": 1,\n  "verifications": [\n    { "id": "v-first", "path": "a.md", "quote": "1亿", "source": "s", "verifiedAt": "2024-01-01T00:00:00Z" }\n  ]\n}\n');
  let reads = 0;
  const invalid: string[] = [];
  const poll = setInterval(() => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      invalid.push(`unreadable: ${(e as Error).message}`);
      return;
    }
    reads++;
    const parsed = parseVerifications(text);
    if (parsed.problems.length) invalid.push(`${parsed.problems[0].message} in ${JSON.stringify(text.slice(0, 200))}`);
  }, 2);
  const results = await Promise.all(Array.from({ length: PROCESSES }, (_, i) => run([root, `w${i}`, String(MARKS)])));
  clearInterval(poll);
  for (const r of results) assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(invalid, [], 'a reader only ever saw valid JSON');
  assert.ok(reads > 10, `the file was read ${reads} times while written`);
  const text = readFileSync(file, 'utf8');
  const records = parseVerifications(text).file!.verifications;
  assert.match(text, /\/\/ the desk/);
  assert.equal(records.length, 1 + PROCESSES * MARKS, `${1 + PROCESSES * MARKS - records.length} records lost`);
  for (let i = 0; i < PROCESSES; i++) {
    const mine = records.filter((r) => r.path === `w${i}.md`).map((r) => r.start).sort((a, b) => a! - b!);
    assert.deepEqual(mine, Array.from({ length: MARKS }, (_, k) => k));
  }
});

test('a record written by another tool after the store last read the file is merged, never overwritten', async () => {
  const root = mkdtempSync(join(tmpdir(), 'ai-annotator-writers-'));
  mkdirSync(join(root, '.ai-annotator'));
  const file = join(root, '.ai-annotator', 'verifications.json');
  const store = new WorkspaceStore(nodeDisk(root));
  await store.addVerification({ kind: 'verified', path: 'a.md', quote: '3亿', source: 's' });
  // a git checkout replaces the file behind the store's back
  writeFileSync(file, JSON.stringify({ version: 1, verifications: [{ id: 'v-git', path: 'b.md', quote: '7亿', source: 's', verifiedAt: '2024-01-01T00:00:00Z' }] }, null, 2));
  const added = await store.addVerification({ kind: 'verified', path: 'a.md', quote: '5亿', source: 's' });
  const ids = parseVerifications(readFileSync(file, 'utf8')).file!.verifications.map((r) => r.id);
  assert.deepEqual(ids, ['v-git', added.id]);
  // and the store reads it back: the other tool's record is in use
  store.reload();
  assert.deepEqual(store.records.map((r) => r.id), ['v-git', added.id]);
});
