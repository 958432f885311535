// Which multi-pattern matcher the entity pass uses is decided here: the same patterns
// (knowledge-base-sized: 3,000 words) over the same 1 MB text, every candidate in one run.
// Run: node --import tsx test/bench/matchers.ts
import { readFileSync } from 'node:fs';
import { AhoCorasick as Monyone } from '@monyone/aho-corasick';
import { AhoCorasick as MonyoneFast } from '@monyone/aho-corasick/fast';
import { Trie } from '@tanishiking/aho-corasick';
import { benchText } from './text.ts';

const Ahocorasick = require('ahocorasick');
const AhoCorasick2 = require('aho-corasick2');

// 3,000 frequent words of two or more characters: dense matches, like names in AI news
const patterns = readFileSync(require.resolve('nodejieba/submodules/cppjieba/dict/jieba.dict.utf8'), 'utf8')
  .split('\n').map((l) => l.split(' ')).filter((c) => c[0] && c[0].length >= 2)
  .sort((a, b) => Number(b[1]) - Number(a[1]) || (a[0] < b[0] ? -1 : 1)).slice(0, 3000).map((c) => c[0]);
const text = benchText(1_000_000);

function time(name: string, build: () => (t: string) => number) {
  const t0 = performance.now();
  const search = build();
  const t1 = performance.now();
  let hits = search(text);
  const runs: number[] = [];
  for (let r = 0; r < 3; r++) {
    const s = performance.now();
    hits = search(text);
    runs.push(performance.now() - s);
  }
  runs.sort((a, b) => a - b);
  return { name, build: t1 - t0, search: runs[1], hits };
}

const results = [
  time('@monyone/aho-corasick', () => { const ac = new Monyone(patterns); return (t) => ac.matchInText(t).length; }),
  time('@monyone/aho-corasick/fast', () => { const ac = new MonyoneFast(patterns); return (t) => ac.matchInText(t).length; }),
  time('@tanishiking/aho-corasick', () => { const ac = new Trie(patterns); return (t) => ac.parseText(t).length; }),
  time('ahocorasick', () => { const ac = new Ahocorasick(patterns); return (t) => ac.search(t).reduce((n: number, r: [number, string[]]) => n + r[1].length, 0); }),
  time('aho-corasick2', () => {
    const ac = new AhoCorasick2();
    for (const p of patterns) ac.add(p);
    ac.build_fail();
    return (t) => Object.values(ac.search(t).count as Record<string, number>).reduce((a, b) => a + b, 0);
  }),
];
const best = Math.min(...results.map((r) => r.search));
console.log(`multi-pattern matchers: ${patterns.length} patterns over ${(text.length / 1e6).toFixed(2)} M UTF-16 units`);
for (const r of results) {
  console.log(`${r.name.padEnd(28)} build ${r.build.toFixed(0).padStart(6)} ms  search ${r.search.toFixed(0).padStart(6)} ms  ×${(r.search / best).toFixed(1).padStart(5)}  matches ${r.hits}`);
}
