// The import directions of ARCHITECTURE.md, enforced: every source file belongs to one room, and
// a room imports only the rooms below it. client → protocol ← server; lsp → features, export →
// analysis → knowledge (a leaf). A new file must be given a room here, and an arrow that points
// the wrong way fails this test.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..');

/** Each room (a folder, or a file) and the rooms it may import; a room may always import itself. */
const ROOMS: Record<string, readonly string[]> = {
  'protocol/': [],
  'client/src/': ['protocol/'],
  'server/src/knowledge/': [],
  'server/src/io/': [],
  'server/src/analysis/': ['server/src/knowledge/'],
  'server/src/export/': ['server/src/analysis/', 'server/src/knowledge/'],
  'server/src/features/': ['protocol/', 'server/src/analysis/', 'server/src/knowledge/'],
  'server/src/lsp/': ['protocol/', 'server/src/features/', 'server/src/export/', 'server/src/io/', 'server/src/segmenterLoader.ts', 'server/src/analysis/', 'server/src/knowledge/'],
  // which word segmenter to load in Node, and its files: for the CLI and the server's segmentation worker
  'server/src/segmenterLoader.ts': ['server/src/analysis/'],
  'server/src/server.ts': ['protocol/', 'server/src/lsp/', 'server/src/features/', 'server/src/io/', 'server/src/analysis/', 'server/src/knowledge/'],
  // the command line: annotate (cli.ts, batch.ts, progress.ts), and `lsp --stdio`, which starts server.ts
  'server/src/cli.ts': [
    'protocol/', 'server/src/batch.ts', 'server/src/progress.ts', 'server/src/summary.ts', 'server/src/server.ts', 'server/src/segmenterLoader.ts',
    'server/src/kb/', 'server/src/export/', 'server/src/io/', 'server/src/analysis/', 'server/src/knowledge/',
  ],
  // `ai-annotate kb`: the Epoch AI import, stats, check, find, and the knowledge compile step of the build
  'server/src/kb/': ['server/src/io/', 'server/src/analysis/', 'server/src/knowledge/'],
  'server/src/batch.ts': ['server/src/export/', 'server/src/io/', 'server/src/segmenterLoader.ts', 'server/src/analysis/', 'server/src/knowledge/'],
  'server/src/progress.ts': [],
  'server/src/summary.ts': [],
};

function roomOf(file: string): string | undefined {
  return Object.keys(ROOMS).filter((r) => file === r || (r.endsWith('/') && file.startsWith(r))).sort((a, b) => b.length - a.length)[0];
}

function sources(dir: string): string[] {
  if (!existsSync(join(ROOT, dir))) return [];
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return name === 'out' || name === 'node_modules' ? [] : sources(path);
    return /\.(ts|mts|cts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The project files a source file imports (static, type-only, re-exports, dynamic import() and require()). */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(ROOT, resolve(ROOT, dirname(file), spec)).split('\\').join('/'))
    .filter((target) => /\.(ts|json)$/.test(target));
}

const FILES = ['protocol', 'client/src', 'server/src'].flatMap(sources);

test('every source file has a room', () => {
  assert.ok(FILES.length > 50, `found ${FILES.length} files`);
  assert.deepEqual(FILES.filter((f) => !roomOf(f)), [], 'give these files a room in ROOMS (and a paragraph in ARCHITECTURE.md)');
});

test('imports point only down: client → protocol ← server; lsp → features, export → analysis → knowledge', () => {
  const wrong: string[] = [];
  for (const file of FILES) {
    const from = roomOf(file)!;
    for (const target of importsOf(file)) {
      const to = roomOf(target);
      if (!to || to === from) continue;
      if (!ROOMS[from].includes(to)) wrong.push(`${file} imports ${target} (${from} → ${to})`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('the test sees arrows: the rule catches an import the wrong way', () => {
  // the checker itself, on known imports of the tree
  assert.ok(importsOf('server/src/analysis/analyze.ts').includes('server/src/analysis/markdown.ts'));
  assert.ok(importsOf('server/src/analysis/types.ts').includes('server/src/knowledge/attributes.ts'));
  assert.ok(importsOf('server/src/cli.ts').includes('server/src/server.ts'), 'a dynamic import() is an arrow too');
  assert.ok(!ROOMS['server/src/knowledge/'].includes('server/src/analysis/'));
  assert.ok(!ROOMS['client/src/'].some((r) => r.startsWith('server/')));
});
