// Bundles the extension client, the language server, the CLI and the segmentation worker
// with esbuild, for Node; and the web extension's client and language server, for a browser.
// nodejieba is a native addon that finds its dictionaries next to its own files, so it stays
// external (and ships in node_modules inside the linux-x64 .vsix). The WebAssembly segmenter's
// module and nodejieba's dictionaries are copied beside the bundle (server/out/segmenter/), so it
// works where node_modules/nodejieba is absent and in the browser. Then the bundled knowledge
// (documents and alias index) is compiled into server/out/knowledge.json, which the language
// server and the CLI load at start instead of indexing the documents again (in Node from disk,
// in a browser from the extension's URL).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const production = process.argv.includes('--production');
// The learned models are large (the attribute model has 13,000 features): each bundled as one string that JSON.parse reads,
// which is several times quicker to load than the same data as a JavaScript object literal.
const jsonAsString = {
  name: 'json-as-string',
  setup(b) {
    b.onLoad({ filter: /[\\/]knowledge[\\/]data[\\/](?:attribute|subject)-model\.json$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const data = JSON.stringify(JSON.parse(await readFile(args.path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(data)});`, loader: 'js' };
    });
  },
};

const common = {
  plugins: [jsonAsString],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  external: ['vscode', 'nodejieba'],
  // jsonc-parser's main build is UMD with requires esbuild cannot follow: bundle its ES modules
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  // jieba-wasm's web build is loaded with initSync from bytes; its default URL is never used
  define: { 'import.meta.url': 'undefined' },
};

const entries = [
  ['server/src/cli.ts', 'server/out/cli.js'],
  ['server/src/serverNode.ts', 'server/out/server.js'],
  ['server/src/lsp/segmentationWorker.ts', 'server/out/segmentationWorker.js'],
  ['server/src/documentThread.ts', 'server/out/documentThread.js'],
  ['client/src/node.ts', 'client/out/extension.js'],
].filter(([src]) => existsSync(src));

// The browser builds: esbuild fails on any Node built-in they reach (the import-direction test
// names the rule). A project module that only Node can run may have a twin `x.browser.ts`, which
// these builds take instead of `x.ts` (knowledge/bundledFiles: the knowledge from disk, or as the
// server fetched it). The client's paths are POSIX there (path-browserify); the server's bundle
// runs as a web worker's script or is evaluated by the client (serverBrowser.ts), hence an IIFE
// that reads a `module` only when given one.
const browserTwins = {
  name: 'browser-twins',
  setup(b) {
    b.onResolve({ filter: /^\.{1,2}\/.*\.ts$/ }, (args) => {
      const twin = resolve(args.resolveDir, args.path).replace(/\.ts$/, '.browser.ts');
      return existsSync(twin) ? { path: twin } : undefined;
    });
  },
};
const browser = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  external: ['vscode'],
  // both run in web workers: no DOM (decode-named-character-reference's browser build needs one)
  conditions: ['worker'],
  plugins: [browserTwins, jsonAsString],
};
const browserEntries = [
  { ...browser, entryPoints: ['client/src/browser.ts'], outfile: 'client/out/browser.js', alias: { ...common.alias, 'node:path': 'path-browserify' } },
  {
    ...browser, entryPoints: ['server/src/serverBrowser.ts'], outfile: 'server/out/browserServer.js', format: 'iife',
    // csv-stringify's Node build uses Buffer; its browser build carries what it needs
    alias: { ...common.alias, 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' },
    inject: ['server/src/lsp/immediate.ts'], logOverride: { 'commonjs-variable-in-esm': 'silent' },
  },
];

await Promise.all([
  ...entries.map(([entry, outfile]) => build({ ...common, entryPoints: [entry], outfile })),
  ...browserEntries.map((options) => build(options)),
]);

// the same paths as sourceFiles() in server/src/segmenterLoader.ts
const require = createRequire(import.meta.url);
const wasmDir = join(dirname(require.resolve('jieba-wasm')), '..', 'web');
const dictDir = join(dirname(require.resolve('nodejieba')), 'submodules', 'cppjieba', 'dict');
mkdirSync('server/out/segmenter', { recursive: true });
copyFileSync(join(wasmDir, 'jieba_rs_wasm_bg.wasm'), 'server/out/segmenter/jieba_rs_wasm_bg.wasm');
for (const file of ['jieba.dict.utf8', 'user.dict.utf8']) copyFileSync(join(dictDir, file), join('server/out/segmenter', file));

const compiler = 'server/out/compile-knowledge.js'; // beside the bundles: it finds the data as they do
await build({ ...common, sourcemap: false, minify: false, entryPoints: ['server/src/kb/compile.ts'], outfile: compiler });
const compiled = spawnSync(process.execPath, [compiler, 'server/out/knowledge.json'], { stdio: 'inherit' });
if (compiled.status !== 0) process.exit(compiled.status ?? 1);
