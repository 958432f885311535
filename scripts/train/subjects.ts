// Trains the learned subject model (server/src/knowledge/data/subject-model.json) from annotated
// texts, and measures it on texts it did not learn from.
//
//   npm run train:subjects -- [--cv N] [--write] [DIR …]
//
// DIR: a set of annotated texts (gold/*.json beside texts/, or .json beside .txt/.md); by default every
// set under test/fixtures/training/. Each gold figure with a subject key (null included), matched by
// span to a claim the rules found, is one example: its candidates (no one, the rules' choice, the names
// of its sentence and the two before it, learnedSubjects.ts) with their features, and which of them
// are right (a name whose mention overlaps a gold mention of the gold subject, or no one for null).
//   --cv N   leave-sets-out: the sets in N folds; for each, train on the others and count, on its texts,
//            how often the rules alone and the rules with the model's overrides name the right subject,
//            and what each threshold puts right and wrong.
//   --write  train on every set and write the model.
// Training is deterministic (a seeded shuffle), so the same sets and rules give the same file.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyze, type Engine } from '../../server/src/analysis/analyze.ts';
import { mayOverrideSubject, SUBJECT_OVERRIDE_AT, SubjectContext, subjectRuleKind, SubjectModel, type SubjectCandidate } from '../../server/src/analysis/learnedSubjects.ts';
import type { SubjectModelData } from '../../server/src/knowledge/subjectModel.ts';
import { goldFiles, leaveSetsOut, runTrainer, seeded, shuffle, writeModelFile } from './common.ts';

const MODEL_FILE = 'server/src/knowledge/data/subject-model.json';
/** A feature seen fewer times than this in training is dropped (it would only learn its one text). */
const MIN_COUNT = 3;
const EPOCHS = 8;
const RATE = 0.1;
const L2 = 1e-4;
/** Weights smaller than this are left out of the file. */
const KEEP_ABOVE = 0.01;
/** Weights are written as integers, in hundredths. */
const WEIGHT_SCALE = 100;

interface Example { set: string; candidates: SubjectCandidate[]; right: boolean[]; rule: string | null; why?: string; ruleKind?: string; attribute?: string; namedInSentence: boolean; attributeWhy?: string }

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function examplesOf(dir: string, engine: Engine): Example[] {
  const out: Example[] = [];
  const set = basename(dir);
  for (const { gold, text: path } of goldFiles(dir)) {
    const text = readFileSync(path, 'utf8');
    const { figures, entities } = analyze(text, engine, { markdown: /\.md$/.test(path), learnedSubjects: false }).analysis;
    const context = new SubjectContext(text, entities);
    const annotations = JSON.parse(readFileSync(gold, 'utf8')).annotations as GoldAnnotation[];
    const mentionsOf = new Map<string, Array<{ start: number; end: number }>>();
    for (const a of annotations) {
      if (a.kind === 'figure') continue;
      const name = a.canonical ?? a.text;
      mentionsOf.set(name, [...(mentionsOf.get(name) ?? []), a]);
    }
    for (const a of annotations) {
      if (a.kind !== 'figure' || a.optional || !('subject' in a)) continue;
      const f = figures.find((p) => p.start === a.start && p.end === a.end) ?? figures.find((p) => overlaps(p, a));
      if (!f?.attribute || f.nonClaim) continue;
      const subject = a.subject ?? null;
      const goldIds = new Set(subject === null ? [] : entities.filter((e) => (mentionsOf.get(subject) ?? []).some((m) => overlaps(e, m))).map((e) => e.entityId));
      const candidates = context.candidates(f);
      const right = candidates.map((c) => (c.id === null ? subject === null : goldIds.has(c.id)));
      out.push({ set, candidates, right, rule: f.subjectId ?? null, why: f.why?.subject, ruleKind: f.subjectId && context.kindOf(f.subjectId), attribute: f.attribute, namedInSentence: !!f.subjectId && context.namedInSentence(f.subjectId, f.start), attributeWhy: f.why?.attribute });
    }
  }
  return out;
}

/** A gold annotation, as GUIDELINES.md describes it: the parts the trainer reads. */
interface GoldAnnotation { kind: string; start: number; end: number; text: string; canonical?: string; optional?: boolean; subject?: string | null }

interface Trained { vocab: Map<string, number>; weights: Float64Array }

/** A conditional logit by AdaGrad: the candidates of a figure compete, the right ones share the target. */
function train(examples: Example[]): Trained {
  const counts = new Map<string, number>();
  for (const e of examples) for (const c of e.candidates) for (const f of c.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [f, n] of counts) if (n >= MIN_COUNT) vocab.set(f, vocab.size);
  const learnable = examples.filter((e) => e.right.some(Boolean));
  const rows = learnable.map((e) => e.candidates.map((c) => Int32Array.from(c.features.filter((f) => vocab.has(f)).map((f) => vocab.get(f)!))));
  const weights = new Float64Array(vocab.size);
  const squares = new Float64Array(vocab.size).fill(1e-8);
  const order = learnable.map((_, i) => i);
  const random = seeded(1);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const i of shuffle(order, random)) {
      const cands = rows[i], right = learnable[i].right;
      const z = cands.map((row) => { let s = 0; for (const v of row) s += weights[v]; return s; });
      const top = Math.max(...z);
      let sum = 0;
      for (let k = 0; k < z.length; k++) sum += (z[k] = Math.exp(z[k] - top));
      const positives = right.filter(Boolean).length;
      for (let k = 0; k < z.length; k++) {
        const g0 = z[k] / sum - (right[k] ? 1 / positives : 0);
        if (Math.abs(g0) < 1e-9) continue;
        for (const v of cands[k]) {
          const g = g0 + L2 * weights[v];
          squares[v] += g * g;
          weights[v] -= (RATE * g) / Math.sqrt(squares[v]);
        }
      }
    }
  }
  return { vocab, weights };
}

/** The model as the file holds it, which is what is measured too: small weights dropped, the rest in hundredths. */
function modelData(trained: Trained, sets: string[], examples: number): SubjectModelData {
  const weights: Record<string, number> = {};
  for (const [name, v] of [...trained.vocab].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const w = trained.weights[v];
    if (Math.abs(w) >= KEEP_ABOVE) weights[name] = Math.round(w * WEIGHT_SCALE);
  }
  return { trainedOn: sets, examples, scale: WEIGHT_SCALE, weights };
}

function crossValidate(examples: Example[], folds: number) {
  leaveSetsOut(examples, folds, (learning) => new SubjectModel(modelData(train(learning), [], learning.length)), (model, e) => {
    const guess = model.choose(e.candidates);
    const isRight = (id: string | null) => e.right[e.candidates.findIndex((c) => c.id === id)] ?? false;
    return {
      ruleRight: isRight(e.rule),
      changes: guess.id !== e.rule && mayOverrideSubject(e.why, e.rule, guess.id, e.ruleKind, e.attribute, e.namedInSentence, e.attributeWhy),
      p: guess.p,
      modelRight: isRight(guess.id),
      group: `${subjectRuleKind(e.why)} ${guess.id === null ? '→ no one' : e.rule === null ? 'no one →' : '→ another'}`,
    };
  }, { what: 'subject', counted: 'claims matched to a gold figure with a subject', thresholds: [0.7, 0.8, 0.85, SUBJECT_OVERRIDE_AT, 0.95], shipped: SUBJECT_OVERRIDE_AT });
}

function write(examples: Example[], sets: string[]) {
  const data = modelData(train(examples), sets, examples.length);
  const { weights, ...head } = data;
  const features = writeModelFile(MODEL_FILE, 'subject-model.schema.json', head, weights);
  console.log(`wrote ${MODEL_FILE}: ${features} features, ${data.examples} examples from ${sets.length} sets`);
}

runTrainer(examplesOf, crossValidate, write);
