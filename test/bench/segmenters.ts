// The segmenters side by side: nodejieba (native), jieba-wasm (the WebAssembly segmenter the
// project ships) and, when it is installed, @node-rs/jieba's wasm32-wasi build (the candidate
// not taken; npm skips it on other CPUs, so: npm install --no-save --force
// @node-rs/jieba-wasm32-wasi@2.0.1). Each loads in a fresh process, since load time and memory
// are per process, with nodejieba's dictionaries; then cuts (dictionary words, as the engine
// asks) and tags the same 1 MB text, and counts how many of nodejieba's words it gives too.
// Medians of BENCH_RUNS rounds (5), the candidates taking turns; inside a round, cut is the
// median of 3. Ratios are against nodejieba in the same run. Run by npm run bench.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadJieba } from '../../server/src/analysis/jieba.ts';
import { batchSegmenter, type Segmenter, type TaggedWord } from '../../server/src/analysis/segmenter.ts';
import { loadWasmJieba } from '../../server/src/analysis/jiebaWasm.ts';
import { sourceFiles, wasmJiebaSource } from '../../server/src/segmenterLoader.ts';
import { benchText, corpusTexts, fixtureTexts } from './text.ts';

const CANDIDATES = ['nodejieba', 'jieba-wasm', '@node-rs/jieba (wasm32-wasi)'] as const;
type Candidate = (typeof CANDIDATES)[number];

interface Measure { loadMs: number; rssMB: number; cutMs: number; tagMs: number; sameWords: number; sameWordsOutsideLatin: number; sameTags: number }

function load(which: Candidate): Segmenter {
  if (which === 'nodejieba') return loadJieba();
  if (which === 'jieba-wasm') return loadWasmJieba(wasmJiebaSource());
  const { Jieba } = require('@node-rs/jieba-wasm32-wasi') as {
    Jieba: { withDict(dict: Uint8Array): { loadDict(d: Uint8Array): void; cut(t: string, hmm?: boolean): string[]; tag(t: string, hmm?: boolean): TaggedWord[] } };
  };
  const files = sourceFiles();
  const jieba = Jieba.withDict(readFileSync(files.dictionary));
  return batchSegmenter((t) => jieba.cut(t, false), (t) => jieba.tag(t, true));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn: () => void, runs: number): number {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return median(out);
}

/** Spans (start:end, and the tag) of a segmentation. */
function spans(words: Array<string | TaggedWord>): string[] {
  let pos = 0;
  return words.map((w) => {
    const word = typeof w === 'string' ? w : w.word;
    const key = `${pos}:${pos + word.length}${typeof w === 'string' ? '' : `/${w.tag}`}`;
    pos += word.length;
    return key;
  });
}

function share(reference: string[], other: string[], keep: (key: string) => boolean = () => true): number {
  const have = new Set(other);
  const kept = reference.filter(keep);
  return kept.filter((k) => have.has(k)).length / kept.length;
}

/** In the child: one candidate, measured alone, then compared with nodejieba. */
function measureOne(which: Candidate, text: string, agreement: boolean): Measure {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  gc();
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const segmenter = load(which);
  segmenter.cutAll(['预热']);
  const loadMs = performance.now() - t0;
  gc(); // what stays: the dictionaries, not the garbage of reading them
  const rssMB = (process.memoryUsage().rss - rss0) / 1e6;
  const cutMs = time(() => segmenter.cutAll([text]), 3);
  const tagMs = time(() => segmenter.tagAll([text]), 1);
  if (!agreement) return { loadMs, rssMB, cutMs, tagMs, sameWords: NaN, sameWordsOutsideLatin: NaN, sameTags: NaN };
  const mine = { cut: spans(segmenter.cutAll([text])[0]), tag: spans(segmenter.tagAll([text])[0]) };
  const reference = which === 'nodejieba' ? segmenter : loadJieba();
  const theirs = { cut: spans(reference.cutAll([text])[0]), tag: spans(reference.tagAll([text])[0]) };
  // nodejieba cuts Latin words and numbers into characters; how much agrees apart from that
  const latin = (key: string) => {
    const [s, e] = key.split('/')[0].split(':').map(Number);
    return !/^[A-Za-z0-9]$/.test(text.slice(s, e));
  };
  return {
    loadMs, rssMB, cutMs, tagMs,
    sameWords: share(theirs.cut, mine.cut),
    sameWordsOutsideLatin: share(theirs.cut, mine.cut, latin),
    sameTags: share(theirs.tag, mine.tag),
  };
}

function available(which: Candidate): boolean {
  if (which !== '@node-rs/jieba (wasm32-wasi)') return true;
  try {
    require.resolve('@node-rs/jieba-wasm32-wasi');
    return true;
  } catch {
    return false;
  }
}

function segmenterBench() {
  // rounds, each candidate in turn, so that a busy moment of the machine does not fall on one
  const rounds = Number(process.env.BENCH_RUNS ?? 5);
  const all = new Map<Candidate, Measure[]>();
  for (let round = 0; round < rounds; round++) {
    for (const which of CANDIDATES.filter(available)) {
      const r = spawnSync(process.execPath, ['--expose-gc', __filename, '--one', which, ...(round ? [] : ['--agreement'])], { encoding: 'utf8' });
      if (r.status !== 0) { console.log(`${which}: failed\n${r.stderr}`); continue; }
      all.set(which, [...(all.get(which) ?? []), JSON.parse(r.stdout.trim().split('\n').pop()!)]);
    }
  }
  const out = new Map<Candidate, Measure>();
  for (const [which, ms] of all) {
    const mid = (k: keyof Measure) => median(ms.map((m) => m[k]));
    out.set(which, { loadMs: mid('loadMs'), rssMB: mid('rssMB'), cutMs: mid('cutMs'), tagMs: mid('tagMs'), sameWords: ms[0].sameWords, sameWordsOutsideLatin: ms[0].sameWordsOutsideLatin, sameTags: ms[0].sameTags });
  }
  const base = out.get('nodejieba');
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const row = (name: string, m: Measure) => {
    const ratio = (x: number, y: number | undefined) => (y ? `${(x / y).toFixed(2)}×` : '');
    console.log(`${name.padEnd(30)} load ${m.loadMs.toFixed(0).padStart(5)} ms ${ratio(m.loadMs, base?.loadMs).padStart(6)}  memory ${m.rssMB.toFixed(0).padStart(4)} MB ${ratio(m.rssMB, base?.rssMB).padStart(6)}` +
      `  cut ${m.cutMs.toFixed(0).padStart(5)} ms ${ratio(m.cutMs, base?.cutMs).padStart(6)}  tag ${m.tagMs.toFixed(0).padStart(5)} ms ${ratio(m.tagMs, base?.tagMs).padStart(6)}` +
      `  nodejieba's words ${pct(m.sameWords)} (outside Latin and digits ${pct(m.sameWordsOutsideLatin)}), tags ${pct(m.sameTags)}`);
  };
  for (const [name, m] of out) row(name, m);
  if (!available('@node-rs/jieba (wasm32-wasi)')) console.log('(@node-rs/jieba-wasm32-wasi not installed: npm install --no-save --force @node-rs/jieba-wasm32-wasi@2.0.1 to measure it)');
}

if (process.argv[2] === '--one') {
  // the same text as the engine benchmark's
  const m = measureOne(process.argv[3] as Candidate, benchText(1_000_000, 7, corpusTexts() ?? fixtureTexts()), process.argv.includes('--agreement'));
  console.log(JSON.stringify(m));
  process.exit(0); // the wasi runtime keeps worker threads alive
} else {
  segmenterBench();
}
