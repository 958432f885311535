// npm run bench: bundle the benchmark with esbuild (the code measured is the code shipped,
// not TypeScript transpiled on the fly) and run it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

for (const name of ['run', 'matchers', 'segmenters', 'knowledge']) {
  await build({
    entryPoints: [`test/bench/${name}.ts`], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    outfile: `.cache/bench/${name}.js`, external: ['nodejieba', '@node-rs/jieba-wasm32-wasi'], logLevel: 'warning',
    define: { 'import.meta.url': 'undefined' }, alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  });
}
const r = spawnSync(process.execPath, ['.cache/bench/run.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
