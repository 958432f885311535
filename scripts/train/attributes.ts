// Trains the learned attribute model (server/src/knowledge/data/attribute-model.json) from annotated
// texts, and measures it on texts it did not learn from.
//
//   npm run train:attributes -- [--cv N] [--write] [DIR …]
//
// DIR: a set of annotated texts (gold/*.json beside texts/, or .json beside .txt/.md); by default every
// set under test/fixtures/training/. Each gold figure with an attribute, matched by span to a figure
// the rules found, is one example: the rules' attribute and reason, the characters around the figure,
// its unit → the gold attribute. Figures that are not claims and figures a table header decided are left
// out (the model never overrides those); the model learns from the other named rules' figures too, but
// the measure counts an override only where the analysis would make one (AttributeModel.mayOverride), with
// the model as the file holds it.
//   --cv N   leave-sets-out: the sets in N folds; for each, train on the others and count, on its texts,
//            how often the rules alone and the rules with the model's overrides are right, and what each
//            threshold puts right and wrong (DEBUG_CV=1: the overrides by the kind of rule they overrode).
//   --write  train on every set and write the model.
// Training is deterministic (a seeded shuffle), so the same sets and rules give the same file.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyze, type Engine } from '../../server/src/analysis/analyze.ts';
import { AttributeModel, featureHash, figureFeatures, OVERRIDE_AT, ruleKind } from '../../server/src/analysis/learnedAttributes.ts';
import type { AttributeModelData } from '../../server/src/knowledge/attributeModel.ts';
import { ATTRIBUTES, isAttribute, type Attribute } from '../../server/src/knowledge/attributes.ts';
import { goldFiles, leaveSetsOut, runTrainer, seeded, shuffle, writeModelFile } from './common.ts';

const MODEL_FILE = 'server/src/knowledge/data/attribute-model.json';
/** A feature seen fewer times than this in training is dropped (it would only learn its one text). */
const MIN_COUNT = 8;
const EPOCHS = 6;
const RATE = 0.3;
const L2 = 1e-5;
/** Weights smaller than this are left out of the file. */
const KEEP_ABOVE = 0.2;
/** Weights are written as integers, in hundredths. */
const WEIGHT_SCALE = 100;

interface Example { set: string; features: string[]; rule: Attribute; why?: string; kind: string; gold: Attribute }

function examplesOf(dir: string, engine: Engine): Example[] {
  const out: Example[] = [];
  const set = basename(dir);
  for (const { gold, text: path } of goldFiles(dir)) {
    const text = readFileSync(path, 'utf8');
    const { figures } = analyze(text, engine, { markdown: /\.md$/.test(path), learnedAttributes: false }).analysis;
    for (const a of JSON.parse(readFileSync(gold, 'utf8')).annotations) {
      if (a.kind !== 'figure' || a.optional || !isAttribute(a.attribute)) continue;
      const f = figures.find((p) => p.start < a.end && a.start < p.end);
      if (!f?.attribute || f.nonClaim) continue;
      const kind = ruleKind(f.why?.attribute);
      if (kind.startsWith('table')) continue;
      const features: string[] = [];
      figureFeatures(text, { start: f.start, end: f.end, unit: f.unit, attribute: f.attribute, why: f.why?.attribute }, () => {}, features);
      out.push({ set, features, rule: f.attribute, why: f.why?.attribute, kind, gold: a.attribute });
    }
  }
  return out;
}

interface Trained { vocab: Map<string, number>; weights: Float64Array }
const K = ATTRIBUTES.length;
const classOf = new Map<string, number>(ATTRIBUTES.map((a, i) => [a, i]));

/** Multinomial logistic regression by AdaGrad. */
function train(examples: Example[]): Trained {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [f, n] of counts) if (n >= MIN_COUNT) vocab.set(f, vocab.size);
  const rows = examples.map((e) => Int32Array.from(e.features.filter((f) => vocab.has(f)).map((f) => vocab.get(f)!)));
  const weights = new Float64Array(vocab.size * K);
  const squares = new Float64Array(vocab.size * K).fill(1e-8);
  const order = examples.map((_, i) => i);
  const random = seeded(1);
  const z = new Float64Array(K);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const i of shuffle(order, random)) {
      const row = rows[i];
      z.fill(0);
      for (const v of row) for (let k = 0; k < K; k++) z[k] += weights[v * K + k];
      const top = Math.max(...z);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += (z[k] = Math.exp(z[k] - top));
      for (let k = 0; k < K; k++) z[k] /= sum;
      z[classOf.get(examples[i].gold)!] -= 1;
      for (const v of row) {
        for (let k = 0; k < K; k++) {
          const at = v * K + k;
          const g = z[k] + L2 * weights[at];
          squares[at] += g * g;
          weights[at] -= (RATE * g) / Math.sqrt(squares[at]);
        }
      }
    }
  }
  return { vocab, weights };
}

/**
 * The model as the file holds it, which is what is measured too: weights under KEEP_ABOVE dropped, the rest
 * in hundredths; a cue word's feature kept even with no weight left (the model met it often enough to judge it).
 */
function modelData(trained: Trained, sets: string[], examples: number): AttributeModelData {
  const weights: Record<string, number[]> = {};
  for (const [name, v] of [...trained.vocab].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const pairs: number[] = [];
    for (let k = 0; k < K; k++) {
      const w = trained.weights[v * K + k];
      if (Math.abs(w) >= KEEP_ABOVE) pairs.push(k, Math.round(w * WEIGHT_SCALE));
    }
    if (pairs.length || name.startsWith('cue=')) weights[name] = pairs;
  }
  return { trainedOn: sets, examples, scale: WEIGHT_SCALE, attributes: [...ATTRIBUTES], weights };
}

function crossValidate(examples: Example[], folds: number) {
  leaveSetsOut(examples, folds, (learning) => new AttributeModel(modelData(train(learning), [], learning.length)), (model, e) => {
    const guess = model.classify((emit) => { for (const name of e.features) emit(featureHash(name)); });
    return {
      ruleRight: e.rule === e.gold,
      changes: model.mayOverride(e.rule, e.why) && guess.attribute !== e.rule,
      p: guess.p,
      modelRight: guess.attribute === e.gold,
      group: `${e.kind === 'cue' ? 'cue' : e.kind}:${e.rule === 'other' ? 'other' : 'attr'}→${guess.attribute === 'other' ? 'other' : 'attr'}`,
    };
  }, { what: 'attribute', counted: 'matched, not from a table header', thresholds: [0.8, 0.9, OVERRIDE_AT, 0.98], shipped: OVERRIDE_AT });
}

function write(examples: Example[], sets: string[]) {
  const data = modelData(train(examples), sets, examples.length);
  const { weights, ...head } = data;
  const features = writeModelFile(MODEL_FILE, 'attribute-model.schema.json', head, weights);
  console.log(`wrote ${MODEL_FILE}: ${features} features, ${data.examples} examples from ${sets.length} sets`);
}

runTrainer(examplesOf, crossValidate, write);
