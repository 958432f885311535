// Bundles the extension client, the language server, the CLI and the segmentation worker
// with esbuild. nodejieba is a native addon that finds its dictionaries next to its own
// files, so it stays external (and ships in node_modules inside the .vsix). Then compiles the
// bundled knowledge (documents and alias index) into server/out/knowledge.json, which the
// language server and the CLI load at start instead of indexing the documents again.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
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
};

const entries = [
  ['server/src/cli.ts', 'server/out/cli.js'],
  ['server/src/server.ts', 'server/out/server.js'],
  ['server/src/segmentationWorker.ts', 'server/out/segmentationWorker.js'],
  ['client/src/extension.ts', 'client/out/extension.js'],
].filter(([src]) => existsSync(src));

await Promise.all(entries.map(([entry, outfile]) => build({ ...common, entryPoints: [entry], outfile })));

const compiler = 'server/out/compile-knowledge.js'; // beside the bundles: it finds the data as they do
await build({ ...common, sourcemap: false, minify: false, entryPoints: ['server/src/kb/compile.ts'], outfile: compiler });
const compiled = spawnSync(process.execPath, [compiler, 'server/out/knowledge.json'], { stdio: 'inherit' });
if (compiled.status !== 0) process.exit(compiled.status ?? 1);
