// What the trainers of the learned models share: the annotated sets, a seeded shuffle, the engine.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../../server/src/analysis/analyze.ts';
import { loadJieba } from '../../server/src/analysis/jieba.ts';
import { buildKnowledgeBase } from '../../server/src/analysis/knowledge.ts';

export const TRAINING_ROOT = 'test/fixtures/training';

/** The gold files of a set (gold/*.json beside texts/, or .json beside .txt/.md) with their texts. */
export function goldFiles(dir: string): Array<{ gold: string; text: string }> {
  const out: Array<{ gold: string; text: string }> = [];
  const goldDir = existsSync(join(dir, 'gold')) ? join(dir, 'gold') : dir;
  for (const f of readdirSync(goldDir).sort()) {
    if (!f.endsWith('.json')) continue;
    const g = JSON.parse(readFileSync(join(goldDir, f), 'utf8'));
    if (!g.file || !Array.isArray(g.annotations)) continue;
    const text = [join(dir, 'texts', g.file), join(goldDir, g.file)].find(existsSync);
    if (text) out.push({ gold: join(goldDir, f), text });
  }
  return out;
}

/** The sets named on the command line, or every set under test/fixtures/training/. */
export function trainingSets(dirs: string[]): string[] {
  return dirs.length ? dirs : readdirSync(TRAINING_ROOT).map((d) => join(TRAINING_ROOT, d)).filter((d) => statSync(d).isDirectory()).sort();
}

/** The engine as the extension runs it: the bundled knowledge base and nodejieba. */
export function trainingEngine(): Engine {
  const kb = buildKnowledgeBase();
  return { kb, segmenter: loadJieba(kb.aliases.keys()) };
}

/** mulberry32: a small seeded generator, so a shuffle is the same on every machine. */
export function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export function shuffle<T>(xs: T[], random: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}
