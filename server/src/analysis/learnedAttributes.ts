// A second opinion on what a figure measures, learned from annotated texts: a multinomial
// logistic regression over the characters around the figure, its unit, and what the rules
// decided and why. The rules stay first: the model only overrides them when it is very sure
// (p ≥ OVERRIDE_AT), only where a cue word, a unit or nothing decided (never a named rule, such as
// a table's header), and the hover says so. Trained by scripts/train/attributes.ts, which measures
// it on texts it did not learn from (leave-sets-out); the weights are knowledge data
// (data/attribute-model.json).
import type { Attribute } from '../knowledge/attributes.ts';
import { BUNDLED_ATTRIBUTE_MODEL, type AttributeModelData } from '../knowledge/attributeModel.ts';
import { foldScript } from './normalize.ts';
import { PAUSE_EVERY } from './steps.ts';
import type { Figure } from './types.ts';

/** Characters read before and after a figure. */
const LEFT = 12;
const RIGHT = 10;
/** Characters this close to the figure are "near" (a separate feature from the same n-gram further away). */
const NEAR_LEFT = 5;
const NEAR_RIGHT = 3;
/** How sure the model must be to override the rules. */
export const OVERRIDE_AT = 0.95;

/** Whether the learned model gave this attribute (its explanation says so): a guess that shows, never accuses (status.ts). */
export const isLearned = (why: string | undefined) => !!why?.startsWith(LEARNED);
const LEARNED = 'learned ';

/** The kind of rule that decided, from the explanation's wording: 'no cue', 'unit', 'rate', 'table column' … or 'cue' for a word of the text. */
export function ruleKind(why: string | undefined): string {
  if (!why) return 'none';
  const m = /^[a-z][a-z-]*(?: [a-z][a-z-]*)*/.exec(why);
  if (!m) return 'cue';
  const words = m[0].split(' ');
  return words.length > 2 ? words.slice(0, 2).join(' ') : m[0];
}

/**
 * The decisions the model may override: a cue word's (the nearest cue wins, whatever the clause
 * says between), a unit's prior, and no cue at all. A named rule (a table's header, a compared
 * value, a test condition, a list that runs on …) was written for a case a context window cannot
 * see, and stands.
 */
const OVERRIDABLE = new Set(['cue', 'no cue', 'unit', 'none']);
/** The feature of the cue word that decided, with what it decided. */
const cueFeature = (cue: string, attribute: string) => `cue=${foldScript(cue)}|${attribute}`;

/** FNV-1a over UTF-16 code units, continued from a state: features are hashed without building strings. */
const FNV_START = 0x811c9dc5;
function fnv(state: number, s: string, from = 0, to = s.length): number {
  let h = state;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
export const featureHash = (feature: string) => fnv(FNV_START, feature);

interface FigureView {
  start: number;
  end: number;
  unit: string;
  attribute: string;
  why?: string;
}

/**
 * The features of a figure, each given to `emit` as the hash of its name (and, when `names` is
 * given, as its name: the trainer keeps them readable in the model file).
 */
export function figureFeatures(text: string, f: FigureView, emit: (hash: number) => void, names?: string[]): void {
  const kind = ruleKind(f.why);
  const whole = (name: string) => { emit(featureHash(name)); names?.push(name); };
  whole('bias');
  whole(`rule=${f.attribute}`);
  whole(`kind=${kind}`);
  whole(`rule+kind=${f.attribute}|${kind}`);
  whole(`unit=${f.unit}`);
  // which cue word decided: some are surer than others
  if (kind === 'cue') whole(cueFeature(f.why!, f.attribute));
  // read as the normalised text reads: a traditional or full-width text gives the features its simplified twin does
  const l0 = Math.max(0, f.start - LEFT);
  const window = foldScript(text.slice(l0, Math.min(text.length, f.end + RIGHT)));
  const start = f.start - l0, end = f.end - l0;
  for (let n = 1; n <= 3; n++) {
    for (let i = 0; i + n <= start; i++) {
      const prefix = start - i <= NEAR_LEFT ? `Ln${n}=` : `Lf${n}=`;
      emit(fnv(fnv(FNV_START, prefix), window, i, i + n));
      names?.push(prefix + window.slice(i, i + n));
    }
    for (let i = end; i + n <= window.length; i++) {
      const prefix = i - end <= NEAR_RIGHT ? `Rn${n}=` : `Rf${n}=`;
      emit(fnv(fnv(FNV_START, prefix), window, i, i + n));
      names?.push(prefix + window.slice(i, i + n));
    }
  }
  // the figure's own words (亿, 美元, 倍, 折): digits and separators say nothing
  for (let i = start; i < end; i++) {
    const c = window.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 46 || c === 44) continue;
    emit(fnv(fnv(FNV_START, 'in='), window, i, i + 1));
    names?.push('in=' + window[i]);
  }
}

/** The compiled model: for each feature hash, the weights it adds to some attributes. */
export class AttributeModel {
  readonly attributes: readonly Attribute[];
  private readonly weights = new Map<number, Float64Array>();

  constructor(data: AttributeModelData) {
    this.attributes = data.attributes;
    const k = data.attributes.length;
    // (a cue the model learned nothing particular about is still written, with no weights: it was met often enough)
    for (const [name, sparse] of Object.entries(data.weights)) {
      const w = new Float64Array(k);
      for (let j = 0; j < sparse.length; j += 2) w[sparse[j]] = sparse[j + 1] / data.scale;
      this.weights.set(featureHash(name), w);
    }
  }

  /**
   * Whether the model may replace the rules' attribute given why they chose it: a plain cue word, a unit
   * or nothing decided (OVERRIDABLE); not a cue word the cue table puts in `other` to say just that (预算,
   * 星标, 贡献者, 投资收益), nor one the model met too seldom in training to judge (it wrote no feature of it).
   */
  mayOverride(attribute: string, why: string | undefined): boolean {
    const kind = ruleKind(why);
    if (!OVERRIDABLE.has(kind)) return false;
    return kind !== 'cue' || (attribute !== 'other' && this.weights.has(featureHash(cueFeature(why!, attribute))));
  }

  /** The likeliest attribute of a figure and its probability. */
  predict(text: string, f: FigureView): { attribute: Attribute; p: number } {
    return this.classify((emit) => figureFeatures(text, f, emit));
  }

  /** The likeliest attribute and its probability, given the hashes of the features (which `features` emits). */
  classify(features: (emit: (hash: number) => void) => void): { attribute: Attribute; p: number } {
    const z = new Float64Array(this.attributes.length);
    features((h) => {
      const w = this.weights.get(h);
      if (w) for (let j = 0; j < z.length; j++) z[j] += w[j];
    });
    let best = 0;
    for (let j = 1; j < z.length; j++) if (z[j] > z[best]) best = j;
    let sum = 0;
    for (let j = 0; j < z.length; j++) sum += Math.exp(z[j] - z[best]);
    return { attribute: this.attributes[best], p: 1 / sum };
  }
}

/**
 * Where the model is very sure the rules named the wrong attribute, its attribute instead; the
 * explanation keeps the rules' reason beside the model's confidence. Figures that are not claims
 * and figures a named rule decided are left alone.
 */
export function* reviseAttributesInSteps(text: string, figures: Figure[], model: AttributeModel): Generator<void, void> {
  for (let i = 0; i < figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const f = figures[i];
    if (!f.attribute || f.nonClaim) continue;
    const why = f.why?.attribute;
    if (!model.mayOverride(f.attribute, why)) continue;
    const guess = model.predict(text, { start: f.start, end: f.end, unit: f.unit, attribute: f.attribute, why });
    if (guess.attribute === f.attribute || guess.p < OVERRIDE_AT) continue;
    f.why = { ...f.why, attribute: `${LEARNED}${guess.p.toFixed(2)} (rules: ${f.attribute}${why ? `, ${why}` : ''})` };
    f.attribute = guess.attribute;
  }
}

let bundled: AttributeModel | undefined;
/** The model shipped with the extension, compiled on first use. */
export function bundledAttributeModel(): AttributeModel {
  bundled ??= new AttributeModel(BUNDLED_ATTRIBUTE_MODEL);
  return bundled;
}
