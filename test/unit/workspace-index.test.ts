// The workspace index takes only the documents a user edits: the one document rule, .gitignore,
// VS Code's files.exclude and aiAnnotator.exclude; a file that changes is judged the same way.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { isDocumentPath, listDocuments } from '../../server/src/io/documents.ts';
import { nodeDisk } from '../../server/src/lsp/nodeHost.ts';
import { globToIgnore, WorkspaceIndex } from '../../server/src/lsp/workspace.ts';
import { kb } from '../helpers/engine.ts';

function workspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'ai-annotator-index-'));
  const files = ['a.md', 'b.txt', 'notes.text', 'image.png', 'a.annotations.txt', 'drafts/c.md', 'archive/old.md', 'archive/keep/d.md',
    'build/e.md', 'node_modules/pkg/readme.md', 'sub/f.md', 'sub/g.md', 'sub/deep/h.txt'];
  for (const f of files) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), '华为发布盘古大模型');
  }
  writeFileSync(join(root, '.gitignore'), 'build/\n');
  writeFileSync(join(root, 'sub', '.gitignore'), 'g.md\n');
  return root;
}

function index(root: string) {
  return new WorkspaceIndex({
    disk: nodeDisk(root), kb: () => kb, analyseText: () => { throw new Error('not analysed here'); }, openAnalyses: () => [], isOpen: () => false,
    externalChanged: () => undefined, log: () => undefined,
  });
}

const rel = (root: string, uris: string[]) => uris.map((u) => u.slice(pathToFileURL(root).toString().length + 1));

test('the document rule: Markdown and text by extension, never an export', () => {
  assert.deepEqual(['a.md', 'b.MARKDOWN', 'c.txt', 'd.text', 'e.json', 'f.annotations.txt', 'g.annotations.md', 'h.annotation.txt'].filter(isDocumentPath),
    ['a.md', 'b.MARKDOWN', 'c.txt', 'd.text', 'h.annotation.txt']);
});

test('VS Code globs become .gitignore patterns anchored at the workspace folder', () => {
  assert.deepEqual(globToIgnore('**/drafts'), ['**/drafts']);
  assert.deepEqual(globToIgnore('archive/*.md'), ['/archive/*.md']);
  assert.deepEqual(globToIgnore('{build,dist}/**'), ['/build/**', '/dist/**']);
  assert.deepEqual(globToIgnore('./notes.text'), ['/notes.text']);
});

test('the index leaves out what .gitignore, files.exclude and aiAnnotator.exclude leave out', () => {
  const root = workspace();
  const all = rel(root, index(root).documentsIn());
  assert.deepEqual(all, ['a.md', 'archive/keep/d.md', 'archive/old.md', 'b.txt', 'drafts/c.md', 'notes.text', 'sub/deep/h.txt', 'sub/f.md']);
  const idx = index(root);
  assert.equal(idx.setExclusions({ '**/drafts': true, '**/.git': true, 'b.txt': false, 'when.md': { when: '$(basename).ts' } }, ['archive/old.md', '**/*.text']), true);
  assert.equal(idx.setExclusions({ '**/drafts': true, '**/.git': true }, ['archive/old.md', '**/*.text']), false, 'the same exclusions again');
  assert.deepEqual(rel(root, idx.documentsIn()), ['a.md', 'archive/keep/d.md', 'b.txt', 'sub/deep/h.txt', 'sub/f.md']);
  // a subfolder (the Explorer's "export this folder") and single files follow the same rules
  assert.deepEqual(rel(root, idx.documentsIn(pathToFileURL(join(root, 'sub')).toString())), ['sub/deep/h.txt', 'sub/f.md']);
  const uri = (f: string) => pathToFileURL(join(root, f)).toString();
  assert.deepEqual(['a.md', 'drafts/c.md', 'archive/old.md', 'build/e.md', 'sub/g.md', 'node_modules/pkg/readme.md', 'notes.text', 'a.annotations.txt'].map((f) => idx.includes(uri(f))),
    [true, false, false, false, false, false, false, false]);
  assert.equal(idx.includes('untitled:Untitled-1'), true, 'an untitled document is being edited');
});

test('listDocuments with exclusions equals listing and filtering one file at a time', () => {
  const root = workspace();
  const idx = index(root);
  idx.setExclusions({ '**/keep': true }, ['sub/**/*.txt']);
  const listed = idx.documentsIn();
  const filtered = listDocuments(root).map((f) => pathToFileURL(f).toString()).filter((u) => idx.includes(u));
  assert.deepEqual(listed, filtered);
});
