// npm run bench: speed measured as ratios against a baseline in the same run, never as
// thresholds in tests. Every figure is the median of several runs on this machine.
//   1. the whole analysis of a 1 MB text built from the corpus, beside raw nodejieba.cut, with
//      nodejieba and with the WebAssembly segmenter (jieba-wasm)
//   2. the language server: open-to-diagnostics (100 KB), edit-to-diagnostics (1 MB), spawn-to-first-diagnostics (20 KB),
//      each beside the engine's plain analysis of the same text
//   3. a 20 MB Markdown document in the language server: other documents' hovers meanwhile, its own
//      hovers, peak memory (test/bench/huge.ts; `-- --huge` runs only this, `--huge=N` with N million characters;
//      `-- --server` runs only the language server part; `-- --analysis` only the whole analysis beside cut)
//   4. the segmenters alone: load time, memory, cut and tag of 1 MB, agreement (test/bench/segmenters.ts)
//   5. the knowledge base's cold load in a fresh process: compiled at build, beside indexing the documents at start
//   6. the multi-pattern matchers the entity pass could use (test/bench/matchers.ts)
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/analyze.ts';
import { engine, kb } from '../helpers/engine.ts';
import { loadSegmenter } from '../../server/src/segmenterLoader.ts';
import { TestClient } from '../helpers/lspClient.ts';
import { hugeDocumentBench, printHuge } from './huge.ts';
import { benchText as fromArticles, corpusTexts, fixtureTexts, markdownText } from './text.ts';

// the corpus when it is beside the repository, the project's fixtures otherwise (they are denser in figures)
const ARTICLES = corpusTexts() ?? fixtureTexts();
const SOURCE = corpusTexts() ? 'the development corpus' : 'the project\'s fixture articles (no ../shared/corpus here)';
const benchText = (size: number, seed?: number) => fromArticles(size, seed, ARTICLES);

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(1)} ms`;

function time(fn: () => void, runs = RUNS): number {
  fn(); // warm
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return median(out);
}

async function timeAsync(fn: () => Promise<void>, runs = RUNS): Promise<number> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return median(out);
}

/**
 * Two functions timed in alternation (a, b, a, b …): the medians of each, and the median of the
 * ratios b/a of each pair, which a shared machine's changing load moves far less than a ratio of
 * medians taken minutes apart.
 */
function timePair(a: () => void, b: () => void, runs = RUNS): { a: number; b: number; ratio: number } {
  a(); b(); // warm
  const ta: number[] = [], tb: number[] = [], ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    a();
    ta.push(performance.now() - t);
    t = performance.now();
    b();
    tb.push(performance.now() - t);
    ratios.push(tb[i] / ta[i]);
  }
  return { a: median(ta), b: median(tb), ratio: median(ratios) };
}

function engineBench(onlyAnalysis = false) {
  const text = benchText(1_000_000);
  const e = engine();
  const jieba = require('nodejieba') as { cut(t: string, hmm?: boolean): string[] };
  analyze(benchText(200_000, 99), e); // warm the knowledge base, tables and JIT on other text
  const cutCall = () => jieba.cut(text);
  if (onlyAnalysis) {
    const whole = timePair(cutCall, () => analyze(text, e));
    console.log(`\nText built from ${SOURCE}; ${(text.length / 1e6).toFixed(2)} M UTF-16 units, median of ${RUNS}, each run beside a run of the baseline`);
    console.log(`nodejieba.cut (baseline)          ${ms(whole.a).padStart(10)}`);
    console.log(`whole analysis                    ${ms(whole.b).padStart(10)}  ratio ${whole.ratio.toFixed(2)} × cut (goal ≤ 1.1)`);
    return;
  }
  const wasm = loadSegmenter('wasm', kb.aliases.keys()).segmenter;
  const wasmEngine = { kb, segmenter: wasm };
  analyze(benchText(200_000, 99), wasmEngine);
  // each measured in alternation with the baseline: the ratios are medians of pairs
  const wasmCut = timePair(cutCall, () => wasm.cutAll([text]));
  const whole = timePair(cutCall, () => analyze(text, e));
  const wholeWasm = timePair(cutCall, () => analyze(text, wasmEngine));
  const fast = timePair(cutCall, () => analyze(text, { kb: e.kb }));
  const cut = median([wasmCut.a, whole.a, wholeWasm.a, fast.a]);
  const mb = text.length / 1e6;
  console.log(`\nText built from ${SOURCE}.`);
  console.log(`\n## Engine: ${(mb).toFixed(2)} M UTF-16 units (${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB UTF-8), median of ${RUNS}, each run beside a run of the baseline`);
  console.log(`nodejieba.cut (baseline)          ${ms(cut).padStart(10)}  ${(mb / (cut / 1000)).toFixed(2)} M units/s`);
  console.log(`jieba-wasm cut                    ${ms(wasmCut.b).padStart(10)}  ${(mb / (wasmCut.b / 1000)).toFixed(2)} M units/s  ratio ${wasmCut.ratio.toFixed(2)} × cut`);
  console.log(`whole analysis                    ${ms(whole.b).padStart(10)}  ${(mb / (whole.b / 1000)).toFixed(2)} M units/s  ratio ${whole.ratio.toFixed(2)} × cut (goal ≤ 1.1)`);
  console.log(`whole analysis with jieba-wasm    ${ms(wholeWasm.b).padStart(10)}  ${(mb / (wholeWasm.b / 1000)).toFixed(2)} M units/s  ratio ${wholeWasm.ratio.toFixed(2)} × cut, ${(wholeWasm.ratio / whole.ratio).toFixed(2)} × with nodejieba`);
  console.log(`analysis without segmentation     ${ms(fast.b).padStart(10)}  ratio ${fast.ratio.toFixed(2)} × cut (fast start)`);
  const wholeMs = whole.b;

  // the same text as Markdown with headings, lists, links, code and tables: the parser's cost, and an edit's
  const md = markdownText(text);
  const mdWhole = time(() => analyze(md, e, { markdown: true }));
  const { cache } = analyze(md, e, { markdown: true });
  let k = 0;
  const mdEdit = time(() => {
    const at = md.indexOf('。', md.length / 2 + (k++ % 50) * 1000) + 1;
    analyze(md.slice(0, at) + '华' + md.slice(at), e, { markdown: true, cache });
  });
  console.log(`whole analysis, same text as Markdown ${ms(mdWhole).padStart(7)}  (${(md.length / 1e6).toFixed(2)} M units; ratio ${(mdWhole / wholeMs).toFixed(2)} × the plain text's)`);
  console.log(`  one-character edit, reusing the last analysis ${ms(mdEdit).padStart(7)}`);
}

async function serverBench() {
  const e = engine();
  const plain = (text: string) => time(() => analyze(text, e), 3);
  console.log(`\n## Language server over stdio, median of ${RUNS}`);

  // spawn to first diagnostics, 20 KB
  const small = benchText(20_000, 3);
  const spawn = await timeAsync(async () => {
    const client = new TestClient();
    const t = performance.now();
    await client.initialize();
    const uri = await client.open('small.txt', small);
    await client.waitForDiagnostics(uri, (d) => d.length > 0);
    void t;
    await client.close();
  }, 3);
  console.log(`spawn → first diagnostics, 20 KB   ${ms(spawn).padStart(10)}  (engine alone ${ms(plain(small))}; goal ≤ 300 ms)`);

  const client = new TestClient();
  await client.initialize();
  const warm = await client.open('warm.txt', benchText(50_000, 5));
  await client.waitForDiagnostics(warm, (d) => d.length > 0);
  // wait until word segmentation has loaded, so the numbers are for the warm server
  for (let i = 0; i < 50 && !client.logs.some((l) => l.includes('word segmentation ready')); i++) await new Promise((r) => setTimeout(r, 100));

  const medium = benchText(100_000, 11);
  let n = 0;
  const open = await timeAsync(async () => {
    const uri = await client.open(`open-${n++}.txt`, medium);
    await client.waitForDiagnostics(uri, (d) => d.length > 0);
  });
  console.log(`open → diagnostics, 100 KB (warm) ${ms(open).padStart(10)}  (engine alone ${ms(plain(medium))}; goal ≤ 100 ms)`);

  const large = benchText(1_000_000, 13);
  const big = await client.open('large.txt', large);
  await client.waitForDiagnostics(big, (d) => d.length > 0, 120_000);
  let k = 0;
  const editOnce = async () => {
    const doc = client.document(big);
    const text = doc.getText();
    const at = text.indexOf('。', 500_000 + k * 1000) + 1;
    await client.insertAt(big, at, k++ % 2 ? '华' : '为');
    await client.waitForDiagnostics(big, () => true, 60_000);
  };
  // someone typing: the first keystrokes after opening also pay for compiling the code paths
  for (let i = 0; i < 10; i++) await editOnce();
  const edit = await timeAsync(editOnce, Math.max(RUNS, 9));
  const engineEdit = time(() => analyze(large, e), 3);
  console.log(`edit → diagnostics, 1 MB (1 char) ${ms(edit).padStart(10)}  (median of ${Math.max(RUNS, 9)} after 10 warm-up edits; engine from scratch ${ms(engineEdit)}; goal ≤ 50 ms)`);
  await client.close();
}

function knowledgeBench() {
  const run = (mode: string) => {
    const r = spawnSync(process.execPath, ['--expose-gc', join(__dirname, 'knowledge.js'), mode], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`knowledge bench failed: ${r.stderr}`);
    return JSON.parse(r.stdout) as { ms: number; heapMB: number; compiled: boolean; entities: number; aliases: number; facts: number };
  };
  const runs = (mode: string) => Array.from({ length: RUNS }, () => run(mode));
  const documents = runs('documents');
  const compiled = runs('compiled');
  const med = (xs: number[]) => median(xs);
  const c = compiled[0];
  console.log(`\n## Knowledge base: ${c.entities} entities, ${c.aliases} alias keys, ${c.facts} facts; cold load in a fresh process, median of ${RUNS}`);
  console.log(`documents indexed at start (baseline) ${ms(med(documents.map((r) => r.ms))).padStart(10)}  heap ${med(documents.map((r) => r.heapMB)).toFixed(1)} MB`);
  console.log(`compiled at build (what starts)      ${ms(med(compiled.map((r) => r.ms))).padStart(10)}  heap ${med(compiled.map((r) => r.heapMB)).toFixed(1)} MB  ratio ${(med(compiled.map((r) => r.ms)) / med(documents.map((r) => r.ms))).toFixed(2)} × baseline${c.compiled ? '' : '  (no compiled file: run npm run build)'}`);
}

async function main() {
  const huge = process.argv.find((a) => a.startsWith('--huge'));
  if (huge) {
    printHuge(await hugeDocumentBench(Number(huge.split('=')[1] ?? 20)));
    return;
  }
  // `-- --server`: only the language server's start-up and edit timings (the quick check after a change to lsp/)
  if (process.argv.includes('--server')) { await serverBench(); return; }
  // `-- --analysis`: only the whole analysis beside nodejieba.cut (the quick check after a change to the analysis)
  if (process.argv.includes('--analysis')) { engineBench(true); return; }
  engineBench();
  knowledgeBench();
  await serverBench();
  printHuge(await hugeDocumentBench(20));
  console.log(`\n## Segmenters: 1 MB, median of ${RUNS} rounds, each candidate loaded in a process of its own with nodejieba's dictionaries`);
  spawnSync(process.execPath, [join(__dirname, 'segmenters.js')], { stdio: 'inherit' });
  console.log('\n## Multi-pattern matchers');
  spawnSync(process.execPath, [join(__dirname, 'matchers.js')], { stdio: 'inherit' });
}

void main();
