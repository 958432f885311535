// Bundles the extension client, the language server, the CLI and the segmentation worker
// with esbuild. nodejieba is a native addon that finds its dictionaries next to its own
// files, so it stays external (and ships in node_modules inside the .vsix).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

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
};

const entries = [
  ['server/src/cli.ts', 'server/out/cli.js'],
  ['server/src/server.ts', 'server/out/server.js'],
  ['server/src/lsp/segmentationWorker.ts', 'server/out/segmentationWorker.js'],
  ['client/src/extension.ts', 'client/out/extension.js'],
].filter(([src]) => existsSync(src));

await Promise.all(entries.map(([entry, outfile]) => build({ ...common, entryPoints: [entry], outfile })));
