// What the trainers of the learned models share: the annotated sets, a seeded shuffle, the engine.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
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

/** How a held-out figure fares: whether the rules were right, whether the model's guess differs and may replace them, how sure it is, whether it is right. */
export interface Judged { ruleRight: boolean; changes: boolean; p: number; modelRight: boolean; group: string }

/**
 * Leave-sets-out: the sets in `folds` folds (a seeded order); for each, fit on the others and judge its figures. Prints
 * how often the rules alone and the rules with the model's overrides at each threshold are right, and what each puts
 * right and wrong (DEBUG_CV=1: the shipped threshold's overrides by group).
 */
export function leaveSetsOut<E extends { set: string }, M>(examples: E[], folds: number, fit: (learning: E[]) => M, judge: (model: M, e: E) => Judged,
  report: { what: string; counted: string; thresholds: readonly number[]; shipped: number }): void {
  const sets = shuffle([...new Set(examples.map((e) => e.set))].sort(), seeded(7));
  const right = new Map<number, number>(report.thresholds.map((t) => [t, 0]));
  const changed = new Map<number, [number, number]>(report.thresholds.map((t) => [t, [0, 0]]));
  let n = 0, rules = 0;
  const groups = new Map<string, number[]>();
  for (let k = 0; k < folds; k++) {
    const held = new Set(sets.filter((_, i) => i % folds === k));
    const model = fit(examples.filter((e) => !held.has(e.set)));
    for (const e of examples.filter((x) => held.has(x.set))) {
      const j = judge(model, e);
      n++;
      if (j.ruleRight) rules++;
      for (const t of report.thresholds) {
        const overrides = j.changes && j.p >= t;
        if (overrides ? j.modelRight : j.ruleRight) right.set(t, right.get(t)! + 1);
        if (overrides && j.modelRight) changed.get(t)![0]++;
        if (overrides && j.ruleRight) changed.get(t)![1]++;
      }
      if (process.env.DEBUG_CV && j.changes && j.p >= report.shipped) {
        const c = groups.get(j.group) ?? [0, 0, 0];
        c[j.modelRight ? 0 : j.ruleRight ? 1 : 2]++;
        groups.set(j.group, c);
      }
    }
  }
  for (const [g, c] of [...groups].sort((a, b) => b[1][0] + b[1][1] - a[1][0] - a[1][1])) console.log(`  ${g.padEnd(30)} fixed ${c[0]} broken ${c[1]} both wrong ${c[2]}`);
  console.log(`leave-sets-out, ${folds} folds of ${sets.length} sets; ${n} figures (${report.counted})`);
  console.log(`  ${'rules alone'.padEnd(32)} ${report.what} right ${(rules / n).toFixed(4)}`);
  for (const t of report.thresholds) {
    const [put, lost] = changed.get(t)!;
    console.log(`  ${`with overrides at p ≥ ${t.toFixed(2)}`.padEnd(32)} ${report.what} right ${(right.get(t)! / n).toFixed(4)}  (${put} put right, ${lost} put wrong)${t === report.shipped ? '  shipped' : ''}`);
  }
}

/** Writes a model file: its header fields, then one feature a line, so a retrained model's diff reads feature by feature. */
export function writeModelFile(file: string, schema: string, head: Record<string, unknown>, weights: Record<string, unknown>): number {
  const lines = Object.entries(weights).map(([name, w]) => `    ${JSON.stringify(name)}: ${JSON.stringify(w)}`);
  const fields = Object.entries({ $schema: `../schema/${schema}`, ...head }).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`).join('');
  writeFileSync(file, `{\n${fields}  "weights": {\n${lines.join(',\n')}\n  }\n}\n`);
  return lines.length;
}

/** A trainer's command line: `[--cv N] [--write] [DIR …]`; reads the examples, then measures and/or writes. */
export function runTrainer<E>(examplesOf: (dir: string, engine: Engine) => E[], crossValidate: (examples: E[], folds: number) => void, write: (examples: E[], sets: string[]) => void): void {
  const args = process.argv.slice(2);
  const cv = args.includes('--cv') ? Number(args[args.indexOf('--cv') + 1]) : 0;
  const sets = trainingSets(args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--cv'));
  const engine = trainingEngine();
  const examples = sets.flatMap((d) => examplesOf(d, engine));
  console.log(`${examples.length} examples from ${sets.length} sets`);
  if (cv) crossValidate(examples, cv);
  if (args.includes('--write')) write(examples, sets.map((d) => basename(d)));
}
