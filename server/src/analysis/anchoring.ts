// Verification records are anchored like a W3C TextQuoteSelector: the figure's exact text
// plus some text before and after it, and a position hint. After edits the record still
// finds its figure; if the figure's own text changed the record no longer applies (stale);
// if nothing resembling it is left the record is orphaned, never silently dropped.

export interface Anchor {
  quote: string;
  prefix: string;
  suffix: string;
  /** Where the figure was when the record was written. */
  start?: number;
}

export interface AnchoredSpan { start: number; end: number }

export type Anchoring =
  | { kind: 'exact'; index: number }
  | { kind: 'stale'; index: number }
  | { kind: 'orphaned' };

/** How much context to keep around a quote. */
export const CONTEXT_LENGTH = 32;

export function anchorFor(text: string, start: number, end: number): Anchor {
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
  };
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice similarity of two short strings by character bigrams (1 = same). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  const x = bigrams(a), y = bigrams(b);
  let common = 0;
  for (const [g, n] of x) common += Math.min(n, y.get(g) ?? 0);
  return (2 * common) / (a.length - 1 + b.length - 1);
}

/** How well the text before and after [start, end) matches the anchor's context, each 0–1. */
function contextScores(text: string, start: number, end: number, a: Anchor): [number, number] {
  const before = text.slice(Math.max(0, start - a.prefix.length), start);
  const after = text.slice(end, end + a.suffix.length);
  return [a.prefix ? similarity(before, a.prefix) : 1, a.suffix ? similarity(after, a.suffix) : 1];
}

/** Context both sides must keep for a changed figure to count as the same one. */
const STALE_CONTEXT_MIN = 0.5;

/**
 * Find the span (one of `spans`, the figures of the text) a record refers to.
 * exact: a figure with the quoted text that kept its context on at least one side (the best
 *   context wins among several) — the same number standing in another sentence is not the figure;
 * stale: else a figure in the same context on both sides, whose text changed;
 * orphaned: neither.
 */
export function anchor(text: string, spans: readonly AnchoredSpan[], a: Anchor): Anchoring {
  if (!a.quote) return { kind: 'orphaned' };
  let best: { index: number; score: number } | undefined;
  spans.forEach((s, index) => {
    if (s.end - s.start !== a.quote.length || text.slice(s.start, s.end) !== a.quote) return;
    const [before, after] = contextScores(text, s.start, s.end, a);
    if (Math.max(before, after) < STALE_CONTEXT_MIN) return;
    const score = before + after - distancePenalty(s.start, a);
    if (!best || score > best.score) best = { index, score };
  });
  if (best) return { kind: 'exact', index: best.index };

  let stale: { index: number; score: number } | undefined;
  spans.forEach((s, index) => {
    if (s.end - s.start === a.quote.length && text.slice(s.start, s.end) === a.quote) return;
    const [before, after] = contextScores(text, s.start, s.end, a);
    if (Math.min(before, after) < STALE_CONTEXT_MIN) return;
    const score = before + after - distancePenalty(s.start, a);
    if (!stale || score > stale.score) stale = { index, score };
  });
  return stale ? { kind: 'stale', index: stale.index } : { kind: 'orphaned' };
}

/** A small tie-breaker towards the recorded position; never decisive on its own. */
function distancePenalty(start: number, a: Anchor): number {
  if (a.start === undefined) return 0;
  return Math.min(0.05, Math.abs(start - a.start) / 1e6);
}
