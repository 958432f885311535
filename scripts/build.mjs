// Bundles the extension client, the language server, the CLI and the segmentation worker
// with esbuild. nodejieba is a native addon that finds its dictionaries next to its own
// files, so it stays external (and ships in node_modules inside the .vsix). The WebAssembly
// segmenter's module and nodejieba's dictionaries are copied beside the bundle
// (server/out/segmenter/), so it works where node_modules/nodejieba is absent. Then the bundled
// knowledge (documents and alias index) is compiled into server/out/knowledge.json, which the
// language server and the CLI load at start instead of indexing the documents again.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const production = process.argv.includes('--production');
const common = {
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
  ['server/src/server.ts', 'server/out/server.js'],
  ['server/src/lsp/segmentationWorker.ts', 'server/out/segmentationWorker.js'],
  ['client/src/extension.ts', 'client/out/extension.js'],
].filter(([src]) => existsSync(src));

await Promise.all(entries.map(([entry, outfile]) => build({ ...common, entryPoints: [entry], outfile })));

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
