// A second opinion on whom a figure is about, learned from annotated texts: a conditional logit
// that scores each candidate subject of a figure (no one, the rules' choice, the nearest names of its
// sentence, the two sentences before it and its paragraph) from where the candidate stands, what stands
// between, the characters around it and what the rules decided and why. The rules stay first: the model
// only overrides them when it is sure (p ≥ SUBJECT_OVERRIDE_AT); a subject it gave never accuses another figure
// (status.ts), and the hover says so. Trained by scripts/train/subjects.ts, which measures it on texts
// it did not learn from (leave-sets-out); the weights are knowledge data (data/subject-model.json).
import { BUNDLED_SUBJECT_MODEL, type SubjectModelData } from '../knowledge/subjectModel.ts';
import { foldScript } from './normalize.ts';
import { PAUSE_EVERY } from './steps.ts';
import type { EntityMention, Figure } from './types.ts';

/** How sure the model must be to override the rules. */
export const SUBJECT_OVERRIDE_AT = 0.9;

const LEARNED = 'learned ';
/** Whether the learned model gave this subject (its explanation says so): a guess that shows, never accuses (status.ts). */
export const isLearnedSubject = (why: string | undefined) => !!why?.startsWith(LEARNED);

/** Where a sentence ends (。！？；!?; and a line break), and where a clause does inside one (，：,:); read in the folded text, where full-width marks are half-width. */
const isSentenceEnd = (c: number) => c === 0x3002 || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a;
const isClauseMark = (c: number) => c === 0x2c || c === 0x3a;
const isFullStop = (c: number) => c === 0x3002 || c === 0x21 || c === 0x3f || c === 0x0a;
/** Sentences before the figure's own whose names are candidates, and how far back they may reach at most. */
const SENTENCES_BEFORE = 2;
const REACH = 400;
/** How far back in its paragraph a name may stand and still be a candidate. */
const PARAGRAPH_REACH = 600;
/** How many named candidates a figure has at most, the nearest. */
const MAX_NAMED = 4;
const distanceTo = (e: EntityMention, fs: number, fe: number) => (e.end <= fs ? fs - e.end : e.start - fe);
/** Characters of context read around the figure for the case that it is about no one. */
const NULL_LEFT = 6;
const NULL_RIGHT = 4;
/** Words between a name and the figure that say how they relate (的, 旗下, 比, 分别 …), in simplified script. */
const BETWEEN_WORDS = ['的', '旗下', '比', '较', '相比', '与', '和', '、', '分别', '为', '是', '达', '其', '该', '其中', '对比', '超过', '领先', '落后', '高于', '低于', '约', '仅'];
/** The relating words by their first character's code. */
const WORDS_BY_FIRST = new Map<number, string[]>();
for (const w of BETWEEN_WORDS) WORDS_BY_FIRST.set(w.charCodeAt(0), [...(WORDS_BY_FIRST.get(w.charCodeAt(0)) ?? []), w]);
/** A line that reads as a heading: a Markdown or news mark at its start, or a short line a name opens. */
const HEADING_MARK = /^[#■【]/;
const SHORT_LINE = 40;

/**
 * The rules the model may override: those that read where names stand (a sentence's, a clause's, a
 * table row's, a heading's, the paragraph's name, none at all). A named rule (收购, 中标供应商, 分别, 租用,
 * a chat's reply to the message above …) was written for a case the model's features cannot see, and stands; and a
 * pronoun's antecedent is not traded for another name, nor is "no one" for want of a topic (measured: each put
 * about as much wrong as right).
 */
const OVERRIDABLE = new Set(['none', 'sentence', 'clause', 'table', 'paragraph', 'heading', 'coreference', 'speaker', 'chain', 'subset', 'listing', 'variant']);
/** Rules whose name is not traded for no one: the figure's own sentence's, and its section's heading (headings are context for what they head). */
const NAMED_FOR_IT = new Set(['sentence', 'clause', 'heading']);
/** The cue words of a sum invested. */
const INVESTED = /^(?:投资|投資|投入|领投|領投|跟投|注资|注資|出资|出資|认购|認購)/;
/** What a company reports of itself. */
const COMPANY_MEASURES = new Set(['revenue', 'growth', 'market_share', 'funding', 'valuation', 'acquisition', 'employees', 'users']);
export function mayOverrideSubject(ruleWhy: string | undefined, ruleId: string | null, guess: string | null, ruleKindOfEntity?: string, attribute?: string, namedInSentence = false, attributeWhy?: string): boolean {
  const kind = subjectRuleKind(ruleWhy);
  return OVERRIDABLE.has(kind) && !(kind === 'coreference' && ruleId !== null && guess !== null) &&
    // (a name the figure's own sentence gives, up to its full stop, is not traded for no one: a count the sentence's model
    // brings down, 将5次操作降低为1次, is still its; and so is a value another source gives after a semicolon, 但…同月数据却是2100万)
    !(guess === null && (NAMED_FOR_IT.has(kind) || namedInSentence)) &&
    // (what a company reports, raises or pays stays the company's: a division's revenue in its results, 增值服务 +14%; its
    // growth beside the product it launched, 推出了昇腾910C，全年营收增长20%; the sum it invests)
    !(ruleKindOfEntity === 'vendor' && COMPANY_MEASURES.has(attribute ?? '')) &&
    // (and a sum invested stays with whom the rules gave it: an investor putting money in is no subject, 阿里巴巴投资最多12亿美元)
    !INVESTED.test(attributeWhy ?? '');
}

/** The first word of the rules' explanation: sentence, clause, table, topic, document, coreference … */
export const subjectRuleKind = (why: string | undefined) => (why ? why.split(' ')[0] : 'none');

const bucket = (n: number, edges: readonly number[]) => {
  for (let i = 0; i < edges.length; i++) if (n <= edges[i]) return String(i);
  return String(edges.length);
};
const DISTANCES = [2, 5, 10, 20, 40, 80];

export interface SubjectCandidate {
  /** The entity, or null: about no named entity. */
  id: string | null;
  features: string[];
}

/** What the candidates of the figures of one text share: the text (folded to simplified, half-width), its names in order, their counts. */
export class SubjectContext {
  private readonly text: string;
  private readonly counts = new Map<string, number>();
  private readonly kinds = new Map<string, string>();
  private readonly vendors = new Map<string, string | undefined>();
  private readonly firstId: string | undefined;
  private readonly mostId: string | undefined;
  /** The features of a mention that do not depend on the figure: the characters around it, whether it heads its line. */
  private readonly own = new Map<EntityMention, string[]>();
  /** How many clause marks, line breaks and blank lines come before each position: what stands between two positions, counted at once. */
  private readonly clauses: Uint32Array;
  private readonly breaks: Uint32Array;
  /** Where each of the words that relate a name to a figure occurs, in order. */
  private readonly wordsAt = new Map<string, number[]>();
  private readonly blankLines: number[] = [];

  constructor(text: string, private readonly entities: readonly EntityMention[]) {
    const t = (this.text = foldScript(text));
    this.clauses = new Uint32Array(t.length + 1);
    this.breaks = new Uint32Array(t.length + 1);
    // (one pass over the text: the counts, the blank lines, and the relating words by their first characters)
    for (const w of BETWEEN_WORDS) this.wordsAt.set(w, []);
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      this.clauses[i + 1] = this.clauses[i] + (isClauseMark(c) ? 1 : 0);
      this.breaks[i + 1] = this.breaks[i] + (c === 0x0a ? 1 : 0);
      if (c === 0x0a && i > 0 && t.charCodeAt(i - 1) === 0x0a) this.blankLines.push(i);
      const words = WORDS_BY_FIRST.get(c);
      if (words) for (const w of words) if (w.length === 1 || t.startsWith(w, i)) this.wordsAt.get(w)!.push(i);
    }
    for (const e of entities) {
      this.counts.set(e.entityId, (this.counts.get(e.entityId) ?? 0) + 1);
      this.kinds.set(e.entityId, e.kind);
      this.vendors.set(e.entityId, e.vendorId);
    }
    this.firstId = entities[0]?.entityId;
    let most: string | undefined;
    for (const [id, n] of this.counts) if (!most || n > this.counts.get(most)!) most = id;
    this.mostId = most;
  }

  kindOf(id: string): string | undefined { return this.kinds.get(id); }

  /** Whether a name stands before a position in its sentence, up to the last full stop (a semicolon does not end it here). */
  namedInSentence(id: string, pos: number): boolean {
    const t = this.text;
    let from = pos;
    while (from > 0 && pos - from < REACH && !isFullStop(t.charCodeAt(from - 1))) from--;
    for (let i = lowerBound(this.entities, from); i < this.entities.length && this.entities[i].start < pos; i++) {
      const e = this.entities[i];
      if (e.start >= from && e.end <= pos && e.entityId === id) return true;
    }
    return false;
  }

  /** Where the last blank line before a position ends (its second line break), or -1. */
  private lastBlankLineBefore(pos: number): number {
    const k = firstAtLeast(this.blankLines.length, (i) => this.blankLines[i], pos);
    return k > 0 ? this.blankLines[k - 1] : -1;
  }

  /** Whether a word stands wholly within [a, b). */
  private occursWithin(word: string, a: number, b: number): boolean {
    const at = this.wordsAt.get(word)!;
    const k = firstAtLeast(at.length, (i) => at[i], a);
    return k < at.length && at[k] + word.length <= b;
  }

  private ownFeatures(e: EntityMention): string[] {
    let out = this.own.get(e);
    if (out) return out;
    const t = this.text;
    const after = t.slice(e.end, e.end + 2), before = t.slice(Math.max(0, e.start - 2), e.start);
    out = [`a1=${after.slice(0, 1)}`, `a2=${after}`, `b1=${before.slice(-1)}`, `b2=${before}`];
    const lineStart = t.lastIndexOf('\n', e.start - 1) + 1;
    let lineEnd = t.indexOf('\n', e.start);
    if (lineEnd < 0) lineEnd = t.length;
    if (HEADING_MARK.test(t[lineStart] ?? '') || (e.start - lineStart < 2 && lineEnd - lineStart < SHORT_LINE)) out.push('headingish');
    this.own.set(e, out);
    return out;
  }

  /** The candidates of a figure, each with its features; the first is "no one". */
  candidates(f: Pick<Figure, 'start' | 'end' | 'attribute' | 'subjectId' | 'why'>): SubjectCandidate[] {
    const t = this.text;
    const fs = f.start, fe = f.end;
    let ss = fs;
    while (ss > 0 && !isSentenceEnd(t.charCodeAt(ss - 1))) ss--;
    let se = fe;
    while (se < t.length && !isSentenceEnd(t.charCodeAt(se))) se++;
    let ws = ss;
    for (let k = 0; k < SENTENCES_BEFORE && ws > 0 && ws > ss - REACH; k++) {
      ws--;
      while (ws > 0 && ws > ss - REACH && !isSentenceEnd(t.charCodeAt(ws - 1))) ws--;
    }
    ws = Math.max(ws, ss - REACH);
    // and the paragraph's earlier names, farther back
    const blank = this.lastBlankLineBefore(fs);
    const from = Math.min(ws, Math.max(0, fs - PARAGRAPH_REACH, blank + 1));
    // each name's nearest mention: the last before the figure, else the first after it in its sentence
    const near = new Map<string, EntityMention>();
    const inWindow: EntityMention[] = [];
    for (let i = lowerBound(this.entities, from); i < this.entities.length && this.entities[i].start < se; i++) {
      const e = this.entities[i];
      if (e.end <= from) continue;
      inWindow.push(e);
      if (e.start < fe && fs < e.end) continue;
      const prev = near.get(e.entityId);
      if (e.end <= fs) { if (!prev || prev.end > fs || e.start > prev.start) near.set(e.entityId, e); }
      else if (!prev) near.set(e.entityId, e);
    }
    const rule = f.subjectId;
    const why = subjectRuleKind(f.why?.subject);
    const attr = f.attribute ?? 'none';
    const ruleKind = (rule && this.kinds.get(rule)) ?? 'none';

    const ls = t.lastIndexOf('\n', fs - 1) + 1;
    const left = t.slice(Math.max(0, fs - NULL_LEFT), fs), right = t.slice(fe, fe + NULL_RIGHT);
    const none: string[] = [];
    for (const c of left) none.push(`nL1=${c}`);
    for (let i = 0; i + 2 <= left.length; i++) none.push(`nL2=${left.slice(i, i + 2)}`);
    for (const c of right) none.push(`nR1=${c}`);
    for (let i = 0; i + 2 <= right.length; i++) none.push(`nR2=${right.slice(i, i + 2)}`);
    none.push(t[ls] === '|' ? `null|table|${why}` : `null|prose|${why}`, 'null', `nlead=${t.slice(ls, ls + 2)}`, `null|rk=${ruleKind}`, `null|why=${why}`, `null|attr=${attr}`,
      rule ? 'null|notrule' : 'null|rule', `null|nc=${bucket(near.size, [0, 1, 2, 4])}`);
    const out: SubjectCandidate[] = [{ id: null, features: none }];

    // (the nearest few: a name farther back than MAX_NAMED others is seldom the one)
    const ids = near.size > MAX_NAMED ? [...near.values()].sort((x, y) => distanceTo(y, fs, fe) - distanceTo(x, fs, fe)).slice(-MAX_NAMED).map((e) => e.entityId) : [...near.keys()];
    if (rule && !ids.includes(rule)) ids.push(rule);
    for (const id of ids) {
      const e = near.get(id);
      const kd = this.kinds.get(id) ?? '?';
      const F = [`k=${kd}`, `k|attr=${kd}|${attr}`, `rk=${ruleKind}|k=${kd}`];
      if (id === rule) F.push('rule', `rule|why=${why}`, `rule|why|attr=${why}|${attr}`);
      if (!e) F.push('outside');
      else {
        const before = e.end <= fs;
        const [a, b] = before ? [e.end, fs] : [fe, e.start];
        const inSentence = e.start >= ss;
        F.push(before ? 'before' : 'after', inSentence ? 'insent' : e.end > ws ? 'prevsent' : 'paragraph');
        const clauses = this.clauses[b] - this.clauses[a];
        if (this.breaks[b] === this.breaks[a]) F.push('sameline');
        const side = before ? 'b' : 'a';
        const distance = bucket(b - a, DISTANCES);
        F.push(`ncl=${bucket(clauses, [0, 1, 2])}|${side}`, `dist=${distance}`);
        const pos = `${side}${inSentence ? 's' : 'p'}`;
        F.push(`kap=${kd}|${attr}|${pos}`, `wp=${why}|${pos}|${id === rule ? 'R' : 'N'}`, `kdist=${kd}|${distance}`);
        if (b - a <= 3) F.push(`btwx=${t.slice(a, b)}`);
        let others = 0, sameKind = 0;
        for (const x of inWindow) {
          if (x.start >= a && x.end <= b && x.entityId !== id) { others++; if (x.kind === kd) sameKind++; }
        }
        F.push(`others=${bucket(others, [0, 1, 2])}`, `otherssame=${bucket(sameKind, [0, 1])}|${kd}`);
        const own = this.ownFeatures(e);
        F.push(...own);
        if (inSentence) F.push(`${own[0].replace('a1=', 'a1|in=')}`, `${own[2].replace('b1=', 'b1|in=')}`);
        for (const w of BETWEEN_WORDS) if (this.occursWithin(w, a, b)) F.push(`btw=${w}|${side}`);
      }
      F.push(`cnt=${bucket(this.counts.get(id) ?? 0, [1, 2, 4, 8, 16])}`, id === this.firstId ? 'firstdoc' : 'notfirst');
      if (id === this.mostId) F.push(`most|${kd}|${attr}`);
      const vendor = this.vendors.get(id);
      if (vendor && near.has(vendor)) F.push('parentnear');
      for (const other of near.keys()) if (this.vendors.get(other) === id) { F.push('childnear'); break; }
      out.push({ id, features: F });
    }
    return out;
  }
}

/** The first of n sorted keys (key(i) ascending) that is at least x, or n. */
function firstAtLeast(n: number, key: (i: number) => number, x: number): number {
  let lo = 0, hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(mid) < x) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The first entity that may end after a position (entities are in text order; a name is seldom longer than 64 units). */
const lowerBound = (entities: readonly EntityMention[], pos: number) => firstAtLeast(entities.length, (i) => entities[i].start, pos - 64);

/** The compiled model: a weight per feature, the same for every candidate. */
export class SubjectModel {
  private readonly weights = new Map<string, number>();

  constructor(data: SubjectModelData) {
    for (const [name, w] of Object.entries(data.weights)) this.weights.set(name, w / data.scale);
  }

  /** The likeliest candidate and its probability among them. */
  choose(candidates: readonly SubjectCandidate[]): { id: string | null; p: number } {
    const z = candidates.map((c) => {
      let s = 0;
      for (const f of c.features) s += this.weights.get(f) ?? 0;
      return s;
    });
    let best = 0;
    for (let j = 1; j < z.length; j++) if (z[j] > z[best]) best = j;
    let sum = 0;
    for (const x of z) sum += Math.exp(x - z[best]);
    return { id: candidates[best].id, p: 1 / sum };
  }
}

/**
 * Where the model is sure the rules chose the wrong subject, its subject instead; the explanation
 * keeps the rules' choice and reason beside the model's confidence. Figures that are not claims are left alone.
 */
export function* reviseSubjectsInSteps(text: string, figures: Figure[], entities: readonly EntityMention[], model: SubjectModel): Generator<void, void> {
  // (the document's counts are made for the first figure that asks: a text with none pays nothing)
  let context: SubjectContext | undefined;
  for (let i = 0; i < figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const f = figures[i];
    if (f.nonClaim || !f.attribute || !OVERRIDABLE.has(subjectRuleKind(f.why?.subject))) continue;
    context ??= new SubjectContext(text, entities);
    const guess = model.choose(context.candidates(f));
    if ((guess.id ?? undefined) === f.subjectId || guess.p < SUBJECT_OVERRIDE_AT || !mayOverrideSubject(f.why?.subject, f.subjectId ?? null, guess.id, f.subjectId && context.kindOf(f.subjectId), f.attribute, !!f.subjectId && context.namedInSentence(f.subjectId, f.start), f.why?.attribute)) continue;
    const rules = f.subjectId ? entities.find((e) => e.entityId === f.subjectId)?.canonical ?? f.subjectId : 'no one';
    f.why = { ...f.why, subject: `${LEARNED}${guess.p.toFixed(2)} (rules: ${rules}${f.why?.subject ? `, ${f.why.subject}` : ''})` };
    f.subjectId = guess.id ?? undefined;
  }
}

let bundled: SubjectModel | undefined;
/** The model shipped with the extension, compiled on first use. */
export function bundledSubjectModel(): SubjectModel {
  bundled ??= new SubjectModel(BUNDLED_SUBJECT_MODEL);
  return bundled;
}
