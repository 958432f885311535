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
  // the wiring, whichever host it runs on; and its two entries: Node (stdio, IPC) and a browser (a web worker, or the client's thread)
  'server/src/server.ts': ['protocol/', 'server/src/lsp/', 'server/src/features/', 'server/src/io/', 'server/src/analysis/', 'server/src/knowledge/'],
  'server/src/serverNode.ts': ['server/src/server.ts', 'server/src/lsp/'],
  'server/src/serverBrowser.ts': ['server/src/server.ts', 'server/src/lsp/'],
  // the same wiring in a worker thread, for the documents too large for the server's thread (lsp/documentThreads.ts routes them)
  'server/src/documentThread.ts': ['server/src/server.ts', 'server/src/lsp/'],
  // the command line: annotate (cli.ts, batch.ts, progress.ts), and `lsp --stdio`, which starts serverNode.ts
  'server/src/cli.ts': [
    'protocol/', 'server/src/batch.ts', 'server/src/progress.ts', 'server/src/summary.ts', 'server/src/serverNode.ts', 'server/src/segmenterLoader.ts',
    'server/src/kb/', 'server/src/export/', 'server/src/io/', 'server/src/analysis/', 'server/src/knowledge/',
  ],
  // `ai-annotate kb`: the Epoch AI import, stats, check, find, and the knowledge compile step of the build
  'server/src/kb/': ['server/src/io/', 'server/src/analysis/', 'server/src/knowledge/'],
  'server/src/batch.ts': [
    'server/src/export/', 'server/src/io/', 'server/src/segmenterLoader.ts', 'server/src/workspaceFiles.ts', 'server/src/analysis/', 'server/src/knowledge/',
  ],
  // the CLI reads a workspace's .ai-annotator/ files from disk once
  'server/src/workspaceFiles.ts': ['server/src/knowledge/'],
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
  assert.ok(importsOf('server/src/cli.ts').includes('server/src/serverNode.ts'), 'a dynamic import() is an arrow too');
  assert.ok(!ROOMS['server/src/knowledge/'].includes('server/src/analysis/'));
  assert.ok(!ROOMS['client/src/'].some((r) => r.startsWith('server/')));
});

// The browser build: the web extension's client and its language server. esbuild refuses a Node
// built-in there; this says which files they reach and names the culprit of an import that would
// break them, including type-only ones (a type is a promise of what the code will use). As in
// scripts/build.mjs, a module's twin `x.browser.ts` stands in for `x.ts` where there is one.
const BROWSER_ENTRIES = ['client/src/browser.ts', 'server/src/serverBrowser.ts'];
/** Packages and built-ins only Node has: its built-in modules, the native segmenter, the Node halves of the LSP libraries. */
const NODE_ONLY = /^(node:|nodejieba$|vscode-language(server|client)\/node$|(fs|path|os|url|crypto|child_process|worker_threads|util|stream|net|http|https|zlib|module)(\/|$))/;
/** The client's paths: the browser build replaces node:path with path-browserify (a web workspace's paths are POSIX). */
const ALIASED = new Set(['node:path']);

function specifiersOf(file: string): string[] {
  return ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

function browserFiles(): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (imported: string) => {
    const twin = imported.replace(/\.ts$/, '.browser.ts');
    const file = existsSync(join(ROOT, twin)) ? twin : imported;
    if (seen.has(file) || !file.endsWith('.ts')) return;
    const specs = specifiersOf(file);
    seen.set(file, specs.filter((s) => !s.startsWith('.')));
    for (const target of importsOf(file)) visit(target);
  };
  BROWSER_ENTRIES.forEach(visit);
  return seen;
}

test('the browser build imports nothing that only Node has', () => {
  const files = browserFiles();
  const wrong = [...files].flatMap(([file, packages]) => packages.filter((p) => NODE_ONLY.test(p) && !(file.startsWith('client/') && ALIASED.has(p))).map((p) => `${file} imports ${p}`));
  assert.deepEqual(wrong, []);
  // what stays out: the Node host, the stdio message reader, the segmentation worker, the file system's rooms
  for (const nodeOnly of ['server/src/lsp/nodeHost.ts', 'server/src/lsp/messageReader.ts', 'server/src/lsp/documentThreads.ts', 'server/src/lsp/segmentation.ts', 'server/src/segmenterLoader.ts', 'server/src/io/documents.ts', 'server/src/analysis/jieba.ts', 'server/src/knowledge/bundledFiles.ts']) {
    assert.ok(!files.has(nodeOnly), `${nodeOnly} is reached from the browser build`);
  }
  // and what goes in: the wiring, the features, the engine, the wasm segmenter, the bundled knowledge
  for (const shared of ['server/src/server.ts', 'server/src/lsp/features.ts', 'server/src/analysis/analyze.ts', 'server/src/analysis/jiebaWasm.ts', 'server/src/knowledge/index.ts', 'server/src/knowledge/bundledFiles.browser.ts', 'client/src/extension.ts']) {
    assert.ok(files.has(shared), `${shared} is not in the browser build`);
  }
});

test('the browser rule sees a Node import', () => {
  assert.ok(NODE_ONLY.test('node:fs') && NODE_ONLY.test('worker_threads') && NODE_ONLY.test('nodejieba') && NODE_ONLY.test('vscode-languageserver/node'));
  assert.ok(!NODE_ONLY.test('vscode-languageserver') && !NODE_ONLY.test('jieba-wasm/web') && !NODE_ONLY.test('path-browserify'));
  assert.ok(specifiersOf('server/src/lsp/nodeHost.ts').some((s) => NODE_ONLY.test(s)));
});
