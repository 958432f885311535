// The status of every figure: verified (a user's verification record, or a knowledge-base
// fact for the same subject and attribute within tolerance), conflict (contradicts such a
// fact or another figure about the same thing), attributed (its sentence names a source),
// otherwise unverified. A figure whose verification record no longer matches it is unverified
// (stale) whatever else would have verified or attributed it; a conflict stays a conflict.
import { COMPARABLE_ATTRIBUTES } from './claims.ts';
import type { Fact, KnowledgeBase } from './knowledge.ts';
import { PAUSE_EVERY, runSteps, type Steps } from './steps.ts';
import type { Figure, FigureStatus, StatusReason } from './types.ts';

/** What status assignment looks at in a figure. */
export type Measured = Pick<Figure, 'start' | 'end' | 'value' | 'unit' | 'qualifier' | 'range' | 'attribute' | 'subjectId' | 'source'>;

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
}

const DEFAULT_TOLERANCE = 0.01;
const APPROX_TOLERANCE = 0.1;

interface Interval { lo: number; hi: number; loOpen: boolean; hiOpen: boolean }

/** The values a figure allows: 超过3万亿 is (3e12, ∞), 约40 is [36, 44]. */
export function interval(f: Pick<Measured, 'value' | 'qualifier' | 'range'>, tolerance = DEFAULT_TOLERANCE): Interval {
  if (f.range) return { lo: f.range[0], hi: f.range[1], loOpen: false, hiOpen: false };
  const v = f.value;
  const slack = Math.abs(v) * tolerance;
  switch (f.qualifier) {
    case 'gt': return { lo: v, hi: Infinity, loOpen: true, hiOpen: true };
    case 'gte': return { lo: v - slack, hi: Infinity, loOpen: false, hiOpen: true };
    case 'lt': return { lo: -Infinity, hi: v, loOpen: true, hiOpen: true };
    case 'lte': return { lo: -Infinity, hi: v + slack, loOpen: true, hiOpen: false };
    case 'approx': {
      const s = Math.abs(v) * Math.max(tolerance, APPROX_TOLERANCE);
      return { lo: v - s, hi: v + s, loOpen: false, hiOpen: false };
    }
    default: return { lo: v - slack, hi: v + slack, loOpen: false, hiOpen: false };
  }
}

function disjoint(a: Interval, b: Interval): boolean {
  if (a.hi < b.lo || b.hi < a.lo) return true;
  if (a.hi === b.lo && (a.hiOpen || b.loOpen)) return true;
  if (b.hi === a.lo && (b.hiOpen || a.loOpen)) return true;
  return false;
}

function sameUnit(a: string, b: string): boolean {
  return a === b || !a || !b;
}

/** How a figure relates to a fact: the same number, a contradiction, or neither (compatible but not equal). */
export function compareWithFact(f: Measured, fact: Fact): 'match' | 'conflict' | undefined {
  if (!sameUnit(f.unit, fact.unit)) return undefined;
  // a hundred times off is no contradiction but another quantity (a 128K context read as training data)
  if (!f.range && f.value && fact.value && Math.abs(Math.log10(Math.abs(f.value / fact.value))) > 2) return undefined;
  const tol = fact.tolerance ?? DEFAULT_TOLERANCE;
  const closeEnough = Math.abs(f.value - fact.value) <= Math.max(tol * Math.abs(fact.value), 1e-9);
  if (closeEnough && !f.range) return 'match';
  const factInterval = interval({ value: fact.value, qualifier: 'eq' }, tol);
  return disjoint(interval(f, tol), factInterval) ? 'conflict' : undefined;
}

/** The facts a figure is checked against: same subject and attribute, with a source to point to. */
function factsFor(kb: KnowledgeBase, f: Measured): Fact[] {
  if (!f.subjectId || !f.attribute) return [];
  return (kb.factsBySubject.get(f.subjectId) ?? []).filter((fact) => fact.attribute === f.attribute && !fact.unsourced);
}

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
  const judge = (f: Measured, i: number): { status: FigureStatus; reason: StatusReason } => {
    const record = input.verified?.get(i);
    if (record) return { status: 'verified', reason: { kind: 'verification', recordId: record } };
    const facts = factsFor(kb, f);
    // only comparable attributes can contradict; any attribute can confirm (2倍 speed-up = fact 2倍)
    const conflicting = COMPARABLE_ATTRIBUTES.has(f.attribute ?? '') ? facts.filter((fact) => compareWithFact(f, fact) === 'conflict') : [];
    const matching = facts.filter((fact) => compareWithFact(f, fact) === 'match');
    // sources may disagree: a figure that matches one of them is verified, and the others are noted
    if (matching.length) {
      const reason: Extract<StatusReason, { kind: 'fact-match' }> = { kind: 'fact-match', factIndex: matching[0].index };
      if (matching.length > 1) reason.alsoMatching = matching.slice(1).map((x) => x.index);
      if (conflicting.length) reason.disagreeing = conflicting.map((x) => x.index);
      return { status: 'verified', reason };
    }
    if (conflicting.length) return { status: 'conflict', reason: { kind: 'fact-conflict', factIndex: conflicting[0].index } };
    return { status: 'unverified', reason: { kind: 'none' } };
  };
  const result: Array<{ status: FigureStatus; reason: StatusReason }> = [];
  for (let i = 0; i < figures.length; i++) {
    result.push(judge(figures[i], i));
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
  }
  markStale(result, input.stale);

  // figures about the same subject and attribute that cannot both be true
  const groups = new Map<string, number[]>();
  figures.forEach((f, i) => {
    if (!f.subjectId || !f.attribute || !COMPARABLE_ATTRIBUTES.has(f.attribute)) return;
    const key = `${f.subjectId}\u0000${f.attribute}`;
    const list = groups.get(key) ?? [];
    list.push(i);
    groups.set(key, list);
  });
  const external = new Map<string, ExternalFigure[]>();
  for (const x of input.external ?? []) {
    if (!x.subjectId || !x.attribute) continue;
    const key = `${x.subjectId}\u0000${x.attribute}`;
    const list = external.get(key) ?? [];
    list.push(x);
    external.set(key, list);
  }
  let compared = 0;
  for (const [key, members] of groups) {
    for (const i of members) {
      if (++compared % (PAUSE_EVERY / 20) === 0) yield; // each is compared with its whole group
      if (result[i].status === 'verified' || result[i].status === 'conflict') continue;
      const f = figures[i];
      const other = members.find((j) => j !== i && sameUnit(figures[j].unit, f.unit) && disjoint(interval(figures[j]), interval(f)));
      if (other !== undefined) {
        const o = figures[other];
        result[i] = { status: 'conflict', reason: { kind: 'figure-conflict', other: { start: o.start, end: o.end, value: o.value, unit: o.unit } } };
        continue;
      }
      const x = external.get(key)?.find((e) => sameUnit(e.unit, f.unit) && disjoint(interval(e), interval(f)));
      if (x) result[i] = { status: 'conflict', reason: { kind: 'figure-conflict', other: { start: x.start, end: x.end, value: x.value, unit: x.unit, path: x.path, position: x.position } } };
    }
  }

  figures.forEach((f, i) => {
    if (result[i].reason.kind === 'none' && f.source) result[i] = { status: 'attributed', reason: { kind: 'attributed' } };
  });
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
