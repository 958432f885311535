// The status of every figure: verified (a user's verification record, or a knowledge-base
// fact for the same subject and attribute within tolerance), conflict (contradicts such a
// fact or another figure about the same thing), attributed (its sentence names a source),
// otherwise unverified. A figure whose verification record no longer matches it is unverified
// (stale) whatever else would have verified or attributed it; a conflict stays a conflict.
import { isLearned } from './learnedAttributes.ts';
import { isLearnedSubject } from './learnedSubjects.ts';
import { COMPARABLE_ATTRIBUTES, comparedAttribute, CURRENT_ROUND_SCOPE, DISAGREEMENT, HEADING_MAKERS_WHY, REPORTED_EARLIER, RUN_ON_WHY, TIMED_ATTRIBUTES, TOPIC_WHYS } from './claims.ts';
import type { Fact, KnowledgeBase } from './knowledge.ts';
import { toSimplified } from './normalize.ts';
import { LATIN_SCALES } from './numeral-tables.ts';
import { sentenceText } from './sentences.ts';
import { PAUSE_EVERY, runSteps, type Steps } from './steps.ts';
import type { Attribute, Figure, FigureStatus, StatusReason } from './types.ts';

/** What status assignment looks at in a figure. */
export type Measured = Pick<Figure, 'start' | 'end' | 'value' | 'unit' | 'qualifier' | 'range' | 'attribute' | 'subjectId' | 'source'> &
  Partial<Pick<Figure, 'text' | 'per' | 'scope' | 'facet' | 'nonClaim' | 'tolerance' | 'benchmark' | 'why'>>;

/**
 * Attributes a figure can contradict a knowledge-base fact on: defined precisely enough that a different
 * number is a different claim. A cost, a duration or a GPU count depends on what a source counts (one stage
 * or all, rented or bought), so a fact only confirms those.
 */
const FACT_CONFLICTS = new Set<string>(['parameters', 'activated_parameters', 'context_length', 'training_tokens']);

/** Whether a figure can contradict another one: a claim about a named subject, of an attribute precise enough. */
export function isComparable(f: Measured): boolean {
  return !!f.subjectId && !!f.attribute && COMPARABLE_ATTRIBUTES.has(comparedAttribute(f)!) && !f.nonClaim && !guessedFromUnit(f) && !alone(f.facet) && !share(f) &&
    // a subject taken from what the whole document is about, its own sentence naming none, is too weak to accuse another figure
    f.why?.subject !== 'document' &&
    // (nor one moved from hardware a heading or the topic named to the model that runs there: a guess on a guess)
    !(f.why?.subject?.startsWith(RUN_ON_WHY) && TOPIC_WHYS.test(f.why.subject.slice(RUN_ON_WHY.length))) &&
    // (and a score whose model an earlier sentence named: a model is named beside its score, or in a table's row; one
    // carried on may have been named only as a yardstick, 卡在Qwen3-235B和30B级小模型之间。C-Eval 90.3…)
    !(comparedAttribute(f) === 'score' && (f.why?.subject === 'paragraph' || f.why?.subject === 'heading')) &&
    // (nor a model a heading's company stands for, the first of it its section names: a guess from a section's name)
    f.why?.subject !== HEADING_MAKERS_WHY &&
    // (nor an attribute the learned model gave over the rules': a guess from the words around it)
    !isLearned(f.why?.attribute) &&
    // (nor a subject the learned model gave over the rules': a guess from where the names stand)
    !isLearnedSubject(f.why?.subject) &&
    // a price is comparable only as a rate (元/百万tokens, 每月): a price alone may be of any configuration
    (f.attribute !== 'price' || !!f.per) &&
    // (and a parameter count under a million is no model's size but a misread count: 每token激活数 | 8)
    (!PARAMETER_COUNTS.has(f.attribute) || Math.abs(f.value) >= MIN_PARAMETERS);
}

const PARAMETER_COUNTS = new Set(['parameters', 'activated_parameters']);
const MIN_PARAMETERS = 1e6;

/**
 * A percentage of an amount (中文占四成, 英文约45% of the training data; 参数只有X的8%) is a share of it, not the
 * amount: comparable with nothing. A market share, a score or an accuracy is written in percent.
 */
function share(f: Measured): boolean {
  return (f.unit === '%' || f.unit === 'pp') && AMOUNTS.has(comparedAttribute(f) ?? '');
}
/** Attributes measured as amounts (a count, a size, money): a percentage of one is a share of it. */
const AMOUNTS = new Set(['parameters', 'activated_parameters', 'training_tokens', 'training_data', 'context_length', 'training_cost', 'training_compute', 'training_gpus', 'training_days', 'compute', 'revenue', 'funding', 'valuation', 'acquisition', 'users', 'employees', 'count']);

/** Facets that leave a figure comparable with nothing, not even another figure of the same facet. */
const ALONE = /(^| )(base|setting|question|difference|next|previous|forecast)( |$)/;
function alone(facet: string | undefined): boolean {
  return !!facet && ALONE.test(facet);
}

/**
 * An attribute read from a unit the text does not write (8B版本 taken for 8B parameters, a bare
 * 128K for a context) is a guess: good enough to show, not to accuse another figure of being wrong.
 */
function guessedFromUnit(f: Measured): boolean {
  return !!f.why?.attribute?.startsWith('unit') && !!f.text && !!f.unit && !writesUnit(f.text, f.unit);
}

/** Whether a figure's text writes its unit (units are simplified: 800億參數 writes 参数). */
function writesUnit(text: string, unit: string): boolean {
  return text.includes(unit) || toSimplified(text).includes(unit);
}

/** What another document needs to know of a comparable figure. */
export function measuredOf(f: Figure): Measured {
  const m: Measured = { start: f.start, end: f.end, text: f.text, value: f.value, unit: f.unit, qualifier: f.qualifier, range: f.range, subjectId: f.subjectId, attribute: f.attribute, source: f.source };
  if (f.per) m.per = f.per;
  if (f.scope) m.scope = f.scope;
  if (f.facet) m.facet = f.facet;
  if (f.benchmark) m.benchmark = f.benchmark;
  if (f.tolerance !== undefined) m.tolerance = f.tolerance;
  if (f.why) m.why = f.why;
  return m;
}

/** A figure elsewhere in the workspace that the figures of this document are compared with. */
export interface ExternalFigure extends Measured {
  /** The other document (a URI in the language server). */
  path: string;
  /** Where it is there, as line and character, for a link to it. */
  position?: { line: number; character: number };
}

export interface StatusInput {
  /** Figures a user has verified, by their index in the figure list, with the record id. */
  verified?: Map<number, string>;
  /** Figures whose verification no longer applies (the figure's text changed), by index. */
  stale?: Map<number, string>;
  /** Comparable figures of other documents. */
  external?: readonly ExternalFigure[];
  /** The analysed text, so that figures of one sentence are never compared with each other. */
  text?: string;
  /** Stretches whose figures are never compared with each other: a table lists a different thing in each row. */
  lists?: ReadonlyArray<{ start: number; end: number }>;
  /** Subjects that stand for several things the text names (a family whose versions it names): figures about them never conflict. */
  ambiguous?: ReadonlySet<string>;
  /** Figures (by index) whose subject an earlier sentence gave, their own naming it nowhere: they accuse no other figure. */
  carried?: ReadonlySet<number>;
}

const DEFAULT_TOLERANCE = 0.005;
const APPROX_TOLERANCE = 0.1;

interface Interval { lo: number; hi: number; loOpen: boolean; hiOpen: boolean }

/** The values a figure allows: 超过3万亿 is (3e12, ∞), 约40 is [36, 44], 1750亿 is 1750亿 ± 5亿 (the last digit written). */
export function interval(f: Pick<Measured, 'value' | 'qualifier' | 'range' | 'text' | 'tolerance'>, tolerance = DEFAULT_TOLERANCE): Interval {
  if (f.range) return { lo: f.range[0], hi: f.range[1], loOpen: false, hiOpen: false };
  const v = f.value;
  // a scale word alone names an order of magnitude: 千亿参数 is 1000亿 up to (not including) 1万亿
  if (f.text && !/[0-9０-９]/.test(f.text) && (f.qualifier === 'eq' || f.qualifier === 'approx') && v > 0 && isPowerOfTen(v)) {
    return { lo: v, hi: v * 10, loOpen: false, hiOpen: true };
  }
  const rounding = roundingSlack(f);
  const slack = Math.max(Math.abs(v) * Math.max(tolerance, f.tolerance ?? 0), rounding);
  switch (f.qualifier) {
    case 'gt': return { lo: v, hi: Infinity, loOpen: true, hiOpen: true };
    case 'gte': return { lo: v - slack, hi: Infinity, loOpen: false, hiOpen: true };
    case 'lt': return { lo: -Infinity, hi: v, loOpen: true, hiOpen: true };
    case 'lte': return { lo: -Infinity, hi: v + slack, loOpen: true, hiOpen: false };
    case 'approx': {
      const s = Math.max(slack, Math.abs(v) * APPROX_TOLERANCE);
      return { lo: v - s, hi: v + s, loOpen: false, hiOpen: false };
    }
    // (a number rounded half up: 1.1万亿 is 1.05万亿 up to, not including, 1.15万亿, which 1.2万亿 begins at)
    default: return { lo: v - slack, hi: v + slack, loOpen: false, hiOpen: slack === rounding && rounding > 0 };
  }
}

const FULL_WIDTH_DIGIT = /[０-９．，]/g;
const isPowerOfTen = (v: number) => Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9;

/**
 * Half the unit of the last digit written, in the figure's value: 1750亿 → 0.5亿, 1.8万亿 → 500亿,
 * 175B → 5亿; a number written in words (三千亿) is taken as loose as half its value.
 */
const PART_SCALE: Record<string, number> = { 千: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };

export function roundingSlack(f: Pick<Measured, 'text' | 'value'>): number {
  if (!f.text) return 0;
  const text = f.text.replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  // 3兆8,090億: a number in two parts is as precise as its last part (one 億 here)
  const parts = [...text.matchAll(/(\d+(?:,\d{3})*)(?:\.(\d+))?\s*([万萬亿億千兆])/g)];
  if (parts.length >= 2) {
    const last = parts[parts.length - 1];
    return 0.5 * (last[2] ? 10 ** -last[2].length : 1) * PART_SCALE[last[3]];
  }
  const m = /(\d+(?:,\d{3})*)(?:\.(\d+))?/.exec(text);
  if (!m) return Math.abs(f.value) * 0.5;
  const whole = m[1].replace(/,/g, '');
  const literal = Number(m[2] ? `${whole}.${m[2]}` : whole);
  if (!literal || !Number.isFinite(literal)) return 0;
  // the last digit written is significant, trailing zeros too (3000亿 and 3200亿 disagree)
  const lastDigit = m[2] ? 10 ** -m[2].length : 1;
  return Math.abs((0.5 * lastDigit * f.value) / literal);
}

function disjoint(a: Interval, b: Interval): boolean {
  if (a.hi < b.lo || b.hi < a.lo) return true;
  if (a.hi === b.lo && (a.hiOpen || b.loOpen)) return true;
  if (b.hi === a.lo && (b.hiOpen || a.loOpen)) return true;
  return false;
}

function sameUnit(a: string, b: string): boolean {
  if (a === b) return true;
  // (characters are no tokens: a 30万字 novel and a 128K context measure different things, however related)
  if (CHARACTER_UNITS.has(a) || CHARACTER_UNITS.has(b)) return false;
  // (a ratio is no amount, whatever unit the amount leaves unwritten: 不到十分之一 and 21B)
  // (nor is a multiple: 激活参数是1.5倍 and 1.6万亿)
  return (!a || !b) && a !== RATIO && b !== RATIO && a !== MULTIPLE && b !== MULTIPLE;
}
const CHARACTER_UNITS = new Set(['字', '词', '单词']);
/** Attributes measured in so many kinds of thing that figures of them conflict only when both write the same unit. */
const WRITTEN_UNIT_ONLY = new Set<string>(['training_data']);

/** A figure's unit as comparisons see it: a counted noun read from after the figure (3200亿的模型) is no unit. */
function unitOf(m: Pick<Measured, 'unit' | 'text'>): string {
  // (asked for every pair a long group compares: the script conversion is done once a figure)
  let u = unitsSeen.get(m);
  // a fraction left without a unit (二十五分之一百四十四; 十分之一 is a multiple) is a ratio: never compared with an amount that has a unit
  if (u === undefined) unitsSeen.set(m, (u = !m.unit && m.text?.includes('分之') ? RATIO : m.text && m.unit && /[\u4e00-\u9fff]/.test(m.unit) && !writesUnit(m.text, m.unit) ? '' : m.unit));
  return u;
}
const unitsSeen = new WeakMap<object, string>();
const RATIO = 'ratio';
const MULTIPLE = 'x';

function samePer(a: Measured, b: Measured): boolean {
  if (!a.per || !b.per) return !a.per && !b.per;
  return a.per.unit === b.per.unit && a.per.value === b.per.value;
}

/** A benchmark's name as a table header or a sentence writes it (GPQA-Diamond, GPQA Diamond). */
function benchmarkKey(name: string): string {
  return name.toLowerCase().replace(/[-_\s]/g, '');
}

/** Whether two figures speak of the same time: a timed attribute needs the same stated time; others only no different ones. */
const WHOLE_YEAR = /(^| )(全年|年度)( |$)/;

function sameScope(a: Measured, b: Measured, sameDocument = false): boolean {
  // a score contradicts only a score on the same benchmark
  if (a.attribute === 'score' && (!a.benchmark || !b.benchmark || benchmarkKey(a.benchmark) !== benchmarkKey(b.benchmark))) return false;
  // (全年 twice in one document with no year named is the year the document reports on: 全年总收入…; 公司全年收入达到…)
  if (TIMED_ATTRIBUTES.has(comparedAttribute(a) ?? '')) return (!!a.scope && a.scope === b.scope) || (sameDocument && !a.scope && !b.scope && WHOLE_YEAR.test(a.facet ?? '') && WHOLE_YEAR.test(b.facet ?? ''));
  // prices change: two of one document contradict only when neither states a time or both state the same
  if (a.attribute === 'price') return a.scope === b.scope;
  // (a time said as before now, 上个月, 去年同期, is another time than the one a figure without a time has: now)
  if (!a.scope !== !b.scope && EARLIER_SCOPE.test(a.scope ?? b.scope!)) return false;
  // a user count moves month by month: one of a stated month (今年9月，日活不到70万) and one without a time (上线半年后…
  // 日活约180万) are counts of different times
  if (a.attribute === 'users' && !a.scope !== !b.scope) return false;
  return !a.scope || !b.scope || a.scope === b.scope;
}
const EARLIER_SCOPE = /(^| )(上月|上季度|去年|去年同期|上年同期|前年)( |$)/;

/**
 * Two documents are written at different times: a user count without a stated time means "now" in
 * each (4500万 in one, 1亿 in a later one both hold), so across documents it needs the same stated time.
 */
function sameTimeAcrossDocuments(a: Measured, b: Measured): boolean {
  // 本轮 is the round each document reports on: another document's may be another round
  if (a.scope === CURRENT_ROUND_SCOPE || b.scope === CURRENT_ROUND_SCOPE) return false;
  // a score depends on a setting another document may not state (shots, version of the benchmark)
  if (a.attribute === 'score') return false;
  // a price changes from one announcement to the next: another document's is no contradiction
  if (a.attribute === 'price') return false;
  return a.attribute !== 'users' || (!!a.scope && a.scope === b.scope);
}

/** Whether two figures are claims that cannot both hold. */
export function contradicts(a: Measured, b: Measured): boolean {
  return sameClaim(a, b) && disjoint(interval(a), interval(b));
}

/** Same subject, attribute, unit, denominator, facet and time: only the values can differ. */
function sameClaim(a: Measured, b: Measured): boolean {
  return a.subjectId === b.subjectId && a.attribute === b.attribute && sameUnit(a.unit, b.unit) && samePer(a, b) &&
    (a.facet ?? '') === (b.facet ?? '') && sameScope(a, b);
}

/** How a figure relates to a fact: the same number, a contradiction, or neither (compatible but not equal). */
export function compareWithFact(f: Measured, fact: Fact): 'match' | 'conflict' | undefined {
  if (!sameUnit(unitOf(f), fact.unit)) return undefined;
  // a hundred times off is no contradiction but another quantity (a 128K context read as training data)
  if (!f.range && f.value && fact.value && Math.abs(Math.log10(Math.abs(f.value / fact.value))) > 2) return undefined;
  const tol = fact.tolerance ?? FACT_TOLERANCE[fact.attribute] ?? DEFAULT_TOLERANCE;
  const closeEnough = Math.abs(f.value - fact.value) <= Math.max(tol * Math.abs(fact.value), 1e-9);
  if (closeEnough && !f.range) return 'match';
  const factInterval = interval({ value: fact.value, qualifier: 'eq' }, tol);
  const mine = interval(f, tol);
  // a context window is extended after release (1M, then 2M tokens): a larger one is a later state, not a contradiction
  if (f.attribute && EXTENDED_AFTER_RELEASE.has(f.attribute) && mine.lo > factInterval.hi) return undefined;
  return disjoint(mine, factInterval) ? 'conflict' : undefined;
}
const EXTENDED_AFTER_RELEASE = new Set(['context_length']);
/**
 * The tolerance of a fact that states none, by what it measures: a count of training tokens is rounded as its writer
 * likes (one paper says 3T and 3.1T of one run), as the imported counts are compared (5 %).
 */
const FACT_TOLERANCE: Readonly<Record<string, number>> = { training_tokens: 0.05 };

/** Total and activated parameters: each is the other's sibling, written with the same unit. */
const SIBLING_ATTRIBUTE: Readonly<Record<string, Attribute>> = { parameters: 'activated_parameters', activated_parameters: 'parameters' };
/** Attributes taken from no word of the figure's own: its unit, or the clause before it. */
const WEAK_ATTRIBUTE = /^(?:parallel clause$|unit )/;

/**
 * The attribute a sourced fact gives the figure's very value, when the figure's own attribute came from no word of
 * its own and no fact of that attribute allows it: the sibling of a parameter count (R1可是671B after 激活20B: 671B is
 * R1's total parameters), or what a sum is (557.6万美元 of DeepSeek-V3 is its training cost).
 */
export function attributeByFact(kb: KnowledgeBase, f: Measured): Attribute | undefined {
  const matches = (m: Measured) => factsFor(kb, m).some((fact) => compareWithFact(m, fact) === 'match');
  // (a sum no word names, or only guessed a price, 有人说DeepSeek-V3只花了557.6万美元, is the sum a fact gives exactly)
  if ((f.attribute === 'other' || f.attribute === 'price') && !f.per && GUESSED_SUM.test(f.why?.attribute ?? '')) {
    const exactly = (m: Measured) => factsFor(kb, m).some((fact) => compareWithFact(m, fact) === 'match' && Math.abs(m.value - fact.value) <= EXACT * Math.abs(fact.value));
    return matches(f) ? undefined : SUM_ATTRIBUTES.find((a) => exactly({ ...f, attribute: a }));
  }
  const sibling = f.attribute ? SIBLING_ATTRIBUTE[f.attribute] : undefined;
  if (!sibling || !WEAK_ATTRIBUTE.test(f.why?.attribute ?? '')) return undefined;
  return !matches(f) && matches({ ...f, attribute: sibling }) ? sibling : undefined;
}
/** How a sum's attribute was guessed without a word of its own: none, or the money of a model, or what a buyer spent. */
const GUESSED_SUM = /^(?:no cue$|money of a |spent by a buyer$)/;
/** What a sum a fact gives may be. */
const SUM_ATTRIBUTES: readonly Attribute[] = ['training_cost', 'funding', 'valuation', 'revenue', 'acquisition'];
/** A guessed sum takes a fact's attribute only for the fact's very value (a round sum may be anyone's). */
const EXACT = 1e-3;

/**
 * A parameter count equal to the size in its model's name (QwQ-32B以320亿参数) is the name's round size, not a
 * contradiction of the exact count a source gives (32.5B).
 */
function isNominalSize(kb: KnowledgeBase, f: Measured): boolean {
  if (f.attribute !== 'parameters' || !f.subjectId) return false;
  const name = kb.get(f.subjectId)?.name;
  if (!name) return false;
  for (const m of name.matchAll(NAME_SIZE)) {
    const size = Number(m[1]) * LATIN_SCALES[m[2].toUpperCase()];
    if (Math.abs(f.value - size) <= size * 1e-6) return true;
  }
  return false;
}
const NAME_SIZE = /(?<![\d.])(\d+(?:\.\d+)?)\s?([BbMT])(?![A-Za-z])/g;

/** The facts a figure is checked against: same subject and attribute, with a source to point to. */
function factsFor(kb: KnowledgeBase, f: Measured): Fact[] {
  if (!f.subjectId || !f.attribute || f.nonClaim) return [];
  return (kb.factsBySubject.get(f.subjectId) ?? []).filter((fact) => fact.attribute === f.attribute && !fact.unsourced && !f.per);
}

/**
 * Whether a value the knowledge base holds without a source for the figure's subject and attribute — an unsourced fact,
 * or the parameter count an entity's record gives — matches the figure.
 */
function statedUnsourced(kb: KnowledgeBase, f: Measured): boolean {
  if (!f.subjectId || !f.attribute) return false;
  if ((kb.factsBySubject.get(f.subjectId) ?? []).some((fact) => fact.unsourced && fact.attribute === f.attribute && compareWithFact(f, fact) === 'match')) return true;
  const record = f.attribute === 'parameters' ? kb.get(f.subjectId) : undefined;
  const recorded = record?.kind === 'model' ? record.parameters : undefined;
  return recorded !== undefined && Math.abs(f.value - recorded) <= DEFAULT_TOLERANCE * recorded && sameUnit(unitOf(f), '参数');
}

/**
 * For each figure (in text order), the sentence it is in (a count of sentence ends before it) and the
 * table or list that holds it (-1: none), so that "in one sentence" is a comparison of two numbers.
 */
function* sentenceAndListIds(figures: readonly Measured[], text: string | undefined, lists: StatusInput['lists']): Steps<{ sentence: number[]; list: number[] }> {
  const sentence: number[] = new Array(figures.length);
  let id = 0;
  for (let i = 0; i < figures.length; i++) {
    if (i > 0 && (text === undefined || figures[i].start < figures[i - 1].end || SENTENCE_END.test(text.slice(figures[i - 1].end, figures[i].start)))) id++;
    sentence[i] = text === undefined ? i : id;
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
  }
  const sorted = [...(lists ?? [])].sort((a, b) => a.start - b.start);
  yield;
  const list: number[] = new Array(figures.length);
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    let lo = 0, hi = sorted.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start <= f.start) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    list[i] = found >= 0 && f.end <= sorted[found].end ? found : -1;
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
  }
  return { sentence, list };
}
const SENTENCE_END = /[。！？!?；;\n]/;

/** Words that tell of a price changing or holding for a while only. */
const PRICE_MOVES = /下调|上调|下調|上調|降价|降價|涨价|漲價|调价|調價|调整|調整|降至|降到|降低|下降|优惠|優惠|折扣|打折|原价|原價|内测|內測|公测|公測|限时|限時|此前|之前|以前|曾经|曾經|原来|原來|原先|最初|首发|首發|过去|過去|今后|今後|[将將][^，,。；;]{0,10}?(?:起|调|調|降|涨|漲|生效|执行|執行|实施|實施)|起/;

const EVERY_REPORTED_EARLIER = new RegExp(REPORTED_EARLIER.source, 'g');

/** Whether the sentence of a price tells of a change or of a period it holds for. */
function priceMoves(text: string, f: Measured): boolean {
  // (此前 of a report or a quote, 与我们此前从渠道获取的报价存在差异, tells of when it was said, not of a change)
  return PRICE_MOVES.test(sentenceText(text, f.start, f.end).replace(EVERY_REPORTED_EARLIER, ''));
}

/** Words of a writer pointing at a disagreement, not after a negation (并不矛盾). */
// (or that one of them is wrong: 讲错了, 其实是, 别传谣)
// (the words that keep two values of a sentence from being variants, DISAGREEMENT, and looser ones: 不同, 相差)
// (not a difference said to be small: 与官方API的65.4%相差不大 accounts for it; one called noise, NEGLIGIBLE, is no dispute either)
const DISPUTED = new RegExp(`${DISAGREEMENT.source}|(?<!不|没有|沒有|无|無)(?:不同|相差|差异|差異|对不上|對不上|不一样|不一樣)(?!不大|无几|無幾|不多|很小|甚微|较小|較小|細微|细微|不明显|不明顯)|讲错|講錯|说错|說錯|写错|寫錯|搞错|搞錯|其实是|其實是|传谣|傳謠|以讹传讹|以訛傳訛`);

/** Words that call a difference noise: 在误差范围内, 属于正常波动, 可以忽略. */
const NEGLIGIBLE = /误差(?:范围|之内|以内|内)|誤差(?:範圍|之內|以內|內)|正常波动|正常波動|可以忽略|可忽略/;

/** Whether the sentence of a figure says it disagrees with another statement (not a difference it calls noise). */
function disputed(text: string, f: Measured): boolean {
  const sentence = sentenceText(text, f.start, f.end);
  return DISPUTED.test(sentence) && !NEGLIGIBLE.test(sentence);
}

/** Words that correct a figure or tell of a change: the sentence accounts for its two values. */
const ACCOUNTED = /更正|修正|订正|訂正|勘误|勘誤|应为|應為|实为|實為|改为|改為|改成|调整|調整|上调|下调|上調|下調|提升|提高|降至|降到|增至|增加|减少|減少|从[^。；;]{0,30}(到|至)|從[^。；;]{0,30}(到|至)|由[^。；;]{0,30}(到|至|升|降)/;

/** Whether the sentence of a figure points at a disagreement between its values without accounting for it (a correction, a change, noise). */
function discrepancy(text: string, f: Measured): boolean {
  return disputed(text, f) && !ACCOUNTED.test(sentenceText(text, f.start, f.end));
}

/** More places of one conflict than this help nobody in a hover. */
const MAX_PLACES = 20;

type Place = { start: number; end: number; value: number; unit: string; path?: string; position?: { line: number; character: number } };
const place = (o: Measured & { path?: string; position?: Place['position'] }): Place => {
  const p: Place = { start: o.start, end: o.end, value: o.value, unit: o.unit };
  if (o.path) p.path = o.path;
  if (o.position) p.position = o.position;
  return p;
};

export function assignStatuses(
  figures: readonly Measured[],
  kb: KnowledgeBase,
  input: StatusInput = {},
): Array<{ status: FigureStatus; reason: StatusReason }> {
  return runSteps(assignStatusesInSteps(figures, kb, input));
}

/** assignStatuses, pausing every so often (a huge document has hundreds of thousands of figures). */
export function* assignStatusesInSteps(
  figures: readonly Measured[],
  kb: KnowledgeBase,
  input: StatusInput = {},
): Steps<Array<{ status: FigureStatus; reason: StatusReason }>> {
  const keyOf = (f: Measured, facet = f.facet ?? '') => `${f.subjectId}\u0000${f.attribute}\u0000${f.per ? `${f.per.value}${f.per.unit}` : ''}\u0000${facet}\u0000${f.attribute === 'score' ? f.benchmark ?? '' : ''}`;
  // figures of one sentence, table or list are the writer's own list or correction (5000亿、上万亿的参数), never a contradiction
  const together = yield* sentenceAndListIds(figures, input.text, input.lists);
  // the figures of each sentence by what they claim, whatever their facet: a sentence that states a value for
  // one phase (训练阶段100万tokens，推理时可外推到400万tokens) accounts for that value stated elsewhere without one
  const bySentence = new Map<string, Measured[]>();
  const sentenceKey = (i: number, m: Measured) => `${together.sentence[i]}\u0000${keyOf(m, '')}`;
  // (and the sentences that price a subject: a context window stated beside its price, a price list's row, 32K上下文、
  // 每百万tokens 1元, is a service's offer, which may be shorter than the model's own: it confirms a fact but never
  // contradicts one, nor another window of the text)
  const offered = new Set<string>();
  for (let i = 0; i < figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    if (figures[i].attribute === 'price' && figures[i].subjectId) offered.add(`${together.sentence[i]}\u0000${figures[i].subjectId}`);
    if (!isComparable(figures[i])) continue;
    const key = sentenceKey(i, figures[i]);
    const list = bySentence.get(key);
    if (list) list.push(figures[i]); else bySentence.set(key, [figures[i]]);
  }
  const serviceOffer = (i: number, m: Measured) => i >= 0 && m.attribute === 'context_length' && offered.has(`${together.sentence[i]}\u0000${m.subjectId}`);
  const judge = (f: Measured, i: number): { status: FigureStatus; reason: StatusReason } => {
    const record = input.verified?.get(i);
    if (record) return { status: 'verified', reason: { kind: 'verification', recordId: record } };
    const facts = factsFor(kb, f);
    // only precisely defined attributes contradict a fact, and only when no fact of the subject allows the figure
    // (Kimi's context grew from 20万字 to 200万字: both were true once); any attribute can confirm (2倍 speed-up = fact 2倍)
    // a figure narrowed by a facet (微调数据, 合成数据) is about part of what a fact states: it only confirms
    const conflicting = isComparable(f) && FACT_CONFLICTS.has(f.attribute!) && !f.facet && !isNominalSize(kb, f) && !serviceOffer(i, f) ? facts.filter((fact) => compareWithFact(f, fact) === 'conflict') : [];
    const matching = facts.filter((fact) => compareWithFact(f, fact) === 'match');
    // sources may disagree: a figure that matches one of them is verified, and the others are noted
    if (matching.length) {
      const reason: Extract<StatusReason, { kind: 'fact-match' }> = { kind: 'fact-match', factIndex: matching[0].index };
      if (matching.length > 1) reason.alsoMatching = matching.slice(1).map((x) => x.index);
      const disagreeing = facts.filter((fact) => compareWithFact(f, fact) === 'conflict');
      if (disagreeing.length) reason.disagreeing = disagreeing.map((x) => x.index);
      return { status: 'verified', reason };
    }
    // (a sentence whose other figure states the fact's value, 训练阶段100万tokens，推理时可外推到400万tokens, tells the two apart)
    const told = conflicting.some((fact) => (bySentence.get(sentenceKey(i, f)) ?? []).some((m) => m !== f && compareWithFact(m, fact) === 'match'));
    // (nor one the knowledge base's own unsourced value states: its sources disagree with it, Qwen-Image's 20B beside
    // a technical report's 27B with the text encoder counted, and the text sides with one of them)
    if (conflicting.length && conflicting.length === facts.length && !told && !statedUnsourced(kb, f)) return { status: 'conflict', reason: { kind: 'fact-conflict', factIndex: conflicting[0].index } };
    return { status: 'unverified', reason: { kind: 'none' } };
  };
  const result: Array<{ status: FigureStatus; reason: StatusReason }> = [];
  for (let i = 0; i < figures.length; i++) {
    result.push(judge(figures[i], i));
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
  }
  markStale(result, input.stale);

  // figures making the same claim whose values cannot both hold: grouped by what must be equal, then found
  // through intervals sorted by their ends, so a long document's many figures about one subject stay cheap
  const groups = new Map<string, Array<{ m: Measured; i: number }>>();
  for (let i = 0; i < figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const f = figures[i];
    if (!isComparable(f) || input.ambiguous?.has(f.subjectId!) || input.carried?.has(i)) continue;
    const key = keyOf(f);
    const list = groups.get(key) ?? [];
    list.push({ m: f, i });
    groups.set(key, list);
  }
  for (const x of input.external ?? []) {
    const list = isComparable(x) ? groups.get(keyOf(x)) : undefined;
    if (list) list.push({ m: x, i: -1 });
  }
  const intervals = new Map<Measured, Interval>();
  // (a benchmark's score is as precise as it is written: 78.4 and 78.1 on MMLU cannot both hold)
  const span = (m: Measured) => {
    let v = intervals.get(m);
    if (!v) intervals.set(m, (v = interval(m, m.attribute === 'score' ? 0 : DEFAULT_TOLERANCE)));
    return v;
  };
  let compared = 0;
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    if (members.length > PAUSE_EVERY) yield; // a long group's sorts are one step each
    const byHi = [...members].sort((a, b) => span(a.m).hi - span(b.m).hi);
    if (members.length > PAUSE_EVERY) yield;
    const byLo = [...members].sort((a, b) => span(b.m).lo - span(a.m).lo);
    // a sentence that states both values (标称1M，实际只开放256K; 前者说X，后者说Y) is the writer's own
    // account of the difference: its figures contradict neither value stated elsewhere
    const sentenceStates = (i: number, value: Measured) =>
      i >= 0 && (bySentence.get(sentenceKey(i, figures[i])) ?? []).some((m) => sameUnit(unitOf(m), unitOf(value)) && !disjoint(span(m), span(value)));
    for (const { m: f, i } of members) {
      if (++compared % (PAUSE_EVERY / 20) === 0) yield;
      // (a figure a fact of the knowledge base verifies still conflicts with another of the text: the text contradicts
      // itself, and both places need a look; one the user verified stays verified)
      if (i < 0 || result[i].reason.kind === 'verification' || result[i].status === 'conflict') continue;
      const mine = span(f);
      const places: Place[] = [];
      const consider = (o: { m: Measured; i: number }) => {
        if (o.m === f || !sameUnit(unitOf(o.m), unitOf(f)) || !sameScope(o.m, f, o.i >= 0) || !disjoint(span(o.m), mine)) return;
        // (training data counted in what it holds, 1.2亿段 clips and 50万条 captions, are two sets unless one unit says the same)
        if (f.attribute && WRITTEN_UNIT_ONLY.has(f.attribute) && (!unitOf(f) || unitOf(f) !== unitOf(o.m))) return;
        if (o.i < 0 && !sameTimeAcrossDocuments(o.m, f)) return;
        // (nor another window: a service's offer may be shorter than the model's own)
        if (serviceOffer(i, f) || serviceOffer(o.i, o.m)) return;
        // (unless the writer says the two disagree and corrects neither: 申报的营收为A，但新闻稿却写成B，两者相差…)
        const flagged = o.i >= 0 && input.text !== undefined && discrepancy(input.text, f);
        if (o.i >= 0 && together.list[i] >= 0 && together.list[o.i] === together.list[i]) return;
        if (o.i >= 0 && together.sentence[o.i] === together.sentence[i] && !flagged) return;
        if ((sentenceStates(i, o.m) && !flagged) || (sentenceStates(o.i, f) && !(o.i >= 0 && input.text !== undefined && discrepancy(input.text, o.m)))) return;
        // a price whose sentence tells of a change or a period (下调了六成, 内测期的价格) is one of several over time
        // prices come in tiers, configurations and variants a text may not name: two contradict only where the writer
        // says they disagree (与发布会公布的数字不同, 相差较大)
        if (f.attribute === 'price' && (input.text === undefined || o.i < 0 || priceMoves(input.text, f) || priceMoves(input.text, o.m) ||
          !(disputed(input.text, f) || disputed(input.text, o.m)))) return;
        places.push(place(o.m));
      };
      // the others entirely below it, then entirely above it
      // (a pause every so many others looked at: in a long group one figure may look at thousands)
      for (const o of byHi) { if (span(o.m).hi > mine.lo || places.length >= MAX_PLACES) break; consider(o); if (++compared % (PAUSE_EVERY / 4) === 0) yield; }
      for (const o of byLo) { if (span(o.m).lo < mine.hi || places.length >= MAX_PLACES) break; consider(o); if (++compared % (PAUSE_EVERY / 4) === 0) yield; }
      if (!places.length) continue;
      // in text order, this document first
      places.sort((a, b) => Number(!!a.path) - Number(!!b.path) || (a.path ?? '').localeCompare(b.path ?? '') || a.start - b.start);
      const [other, ...also] = places;
      result[i] = { status: 'conflict', reason: also.length ? { kind: 'figure-conflict', other, also } : { kind: 'figure-conflict', other } };
    }
  }

  for (let i = 0; i < figures.length; i++) {
    if (result[i].reason.kind === 'none' && figures[i].source) result[i] = { status: 'attributed', reason: { kind: 'attributed' } };
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
  }
  return result;
}

/**
 * A verification record that no longer matches its figure (its text changed) never counts as a
 * verification, and its figure needs looking at again: stale wins over a matching fact and over
 * attributed (applied before those). A conflict wins over stale; the figure still carries the
 * record (Figure.staleRecordId), so the two are shown together.
 */
function markStale(result: Array<{ status: FigureStatus; reason: StatusReason }>, stale: ReadonlyMap<number, string> | undefined) {
  for (const [i, recordId] of stale ?? []) {
    if (result[i].status === 'conflict' || result[i].reason.kind === 'verification') continue;
    result[i] = { status: 'unverified', reason: { kind: 'verification-stale', recordId } };
  }
}
