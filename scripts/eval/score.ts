// The evaluation's scorers: spans (strict and lenient P/R/F1 per kind, value accuracy) and claims (subject,
// attribute, rate denominator, conflicts) of predicted annotations against gold ones annotated by
// ../shared/corpus/GUIDELINES.md. Pure functions over parsed JSON; scripts/eval/run.ts feeds them.
//
// Pairing (both scorers): one to one, greedily by overlap size, ties by gold then prediction order.
//   strict   same kind, same start and end;   lenient   same kind, overlapping spans.
// Optional gold spans take part in the pairing but count neither as a hit nor as a miss.
// Claims are scored on the non-optional gold figures that carry `subject` or `attribute`, paired as lenient spans:
//   value ok      same value (relative 1e-6); for a rate (gold has `per`) also the same per.value, and the predicted span
//                 reaches into the denominator when the gold span contains it ("0.0008元" for "0.0008元/千tokens" is wrong)
//   subject ok    the mentions of the predicted subjectId overlap a gold entity whose canonical (or text) is the gold
//                 subject, or both are null; a subjectId without mentions is judged by its canonical in the output's
//                 entity table, where there is one
//   attribute ok  equal after mapping the product's synonyms (ATTRIBUTE_SYNONYMS)
//   claim ok      all three; unmatched gold figures are not ok
// A predicted figure with status "conflict" is a false conflict unless its gold partner has conflict: true; a gold
// conflict figure whose prediction is not a conflict is a missed one.

export const SPAN_KINDS = ['vendor', 'model', 'figure'] as const;
export type SpanKind = (typeof SPAN_KINDS)[number];
const ENTITY_KINDS = ['vendor', 'model', 'product'];

/** Product attribute names that mean a gold attribute (applied to predictions only). */
export const ATTRIBUTE_SYNONYMS: Readonly<Record<string, string>> = { developers: 'users' };

export interface Per { value: number; unit?: string }

export interface GoldAnnotation {
  kind: string;
  start: number;
  end: number;
  text: string;
  canonical?: string;
  value?: number;
  unit?: string;
  qualifier?: string;
  source?: string | null;
  optional?: boolean;
  subject?: string | null;
  attribute?: string | null;
  per?: Per;
  benchmark?: string;
  conflict?: boolean;
}

export interface PredAnnotation {
  kind: string;
  start: number;
  end: number;
  text?: string;
  value?: unknown;
  entityId?: string;
  canonical?: string;
  subjectId?: string | null;
  attribute?: string | null;
  per?: { value?: unknown } | null;
  status?: string;
}

/** An ai-annotations/1 document (only the parts the scorers read). */
export interface PredDocument {
  annotations: PredAnnotation[];
  entities?: unknown;
  entityIndex?: unknown;
  subjects?: unknown;
}

export interface ScoredDocument {
  name: string;
  gold: GoldAnnotation[];
  /** null when the prediction is missing or unreadable: scored as no annotations */
  pred: PredDocument | null;
}

export interface Tally { tp: number; fp: number; fn: number }
export interface PRF { p: number; r: number; f: number }

export interface SpanMiss { file: string; kind: string; text: string; start: number; end: number }

export interface SpanScores {
  strict: Record<SpanKind, Tally>;
  lenient: Record<SpanKind, Tally>;
  valueHit: number;
  valueTotal: number;
  /** lenient misses (gold spans with no partner) and false alarms (predictions with none) */
  missed: SpanMiss[];
  spurious: SpanMiss[];
  valueErrors: { file: string; text: string; gold: number; pred: unknown }[];
}

export interface ClaimError { file: string; errors: string[]; gold: string; pred: string }

export interface ClaimScores {
  claims: number;
  matched: number;
  valueOk: number;
  subjectOk: number;
  attributeOk: number;
  claimOk: number;
  rates: number;
  ratesMatched: number;
  rateOk: number;
  predictedConflicts: number;
  goldConflicts: number;
  falseConflicts: { file: string; text: string; subjectId: string | null; attribute: string | null; gold: string }[];
  missedConflicts: { file: string; text: string; subject: string | null; pred: string }[];
  errors: ClaimError[];
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

const sameNumber = (pred: unknown, gold: unknown) => {
  const p = Number(pred);
  return typeof gold === 'number' && Number.isFinite(p) && Math.abs(p - gold) <= 1e-6 * Math.max(1, Math.abs(gold));
};

const isNull = (x: unknown) => x === null || x === undefined || x === '';

/** Well-formed predicted spans only: integer offsets, not empty. */
export function validPredictions(doc: PredDocument | null): PredAnnotation[] {
  const list = doc && Array.isArray(doc.annotations) ? doc.annotations : [];
  return list.filter((p) => p && Number.isInteger(p.start) && Number.isInteger(p.end) && p.end > p.start);
}

/** One-to-one pairs gold index -> prediction index, greedily by overlap size, ties by gold then prediction order. */
export function pairOneToOne<G extends { start: number; end: number }, P extends { start: number; end: number }>(
  gold: readonly G[],
  pred: readonly P[],
  isMatch: (g: G, p: P) => boolean,
): Map<number, number> {
  const candidates: [number, number, number][] = [];
  gold.forEach((g, gi) => pred.forEach((p, pi) => { if (isMatch(g, p)) candidates.push([overlap(g, p), gi, pi]); }));
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const goldUsed = new Set<number>(), predUsed = new Set<number>(), pairs = new Map<number, number>();
  for (const [, gi, pi] of candidates) {
    if (goldUsed.has(gi) || predUsed.has(pi)) continue;
    goldUsed.add(gi);
    predUsed.add(pi);
    pairs.set(gi, pi);
  }
  return pairs;
}

const exact = (g: { start: number; end: number }, p: { start: number; end: number }) => g.start === p.start && g.end === p.end;
const overlapping = (g: { start: number; end: number }, p: { start: number; end: number }) => overlap(g, p) > 0;

export const emptyTallies = (): Record<SpanKind, Tally> =>
  ({ vendor: { tp: 0, fp: 0, fn: 0 }, model: { tp: 0, fp: 0, fn: 0 }, figure: { tp: 0, fp: 0, fn: 0 } });

export function emptySpanScores(): SpanScores {
  return { strict: emptyTallies(), lenient: emptyTallies(), valueHit: 0, valueTotal: 0, missed: [], spurious: [], valueErrors: [] };
}

export function scoreSpans(docs: readonly ScoredDocument[]): SpanScores {
  const s = emptySpanScores();
  for (const doc of docs) {
    const predAll = validPredictions(doc.pred);
    for (const kind of SPAN_KINDS) {
      const gold = doc.gold.filter((a) => a.kind === kind);
      const pred = predAll.filter((a) => a.kind === kind);
      for (const [mode, isMatch] of [['strict', exact], ['lenient', overlapping]] as const) {
        const pairs = pairOneToOne(gold, pred, isMatch);
        const t = s[mode][kind];
        const pairedPred = new Set(pairs.values());
        for (const [gi, pi] of pairs) {
          const g = gold[gi];
          if (g.optional) continue;
          t.tp++;
          if (mode === 'lenient' && kind === 'figure' && typeof g.value === 'number') {
            s.valueTotal++;
            if (sameNumber(pred[pi].value, g.value)) s.valueHit++;
            else s.valueErrors.push({ file: doc.name, text: g.text, gold: g.value, pred: pred[pi].value });
          }
        }
        gold.forEach((g, gi) => {
          if (pairs.has(gi) || g.optional) return;
          t.fn++;
          if (mode === 'lenient') s.missed.push({ file: doc.name, kind, text: g.text, start: g.start, end: g.end });
        });
        pred.forEach((p, pi) => {
          if (pairedPred.has(pi)) return;
          t.fp++;
          if (mode === 'lenient') s.spurious.push({ file: doc.name, kind, text: p.text ?? '', start: p.start, end: p.end });
        });
      }
    }
  }
  return s;
}

/** Where the denominator starts inside a gold rate span ("0.0008元/千tokens" -> at "/"), or null when it holds none. */
function denominatorStart(g: GoldAnnotation): number | null {
  // a leading cue before the number ("每", "超过") is not the denominator
  const masked = g.text.replace(/^[^0-9０-９一二三四五六七八九十百千万萬亿億两兩]*/, (lead) => ' '.repeat(lead.length));
  const m = /\/|每|／/.exec(masked);
  return m ? g.start + m.index : null;
}

/** The canonical of a predicted entity from the output's entity table, for a subjectId with no mention in the text. */
function tableCanonical(doc: PredDocument, id: string): string | undefined {
  for (const table of [doc.entities, doc.entityIndex, doc.subjects]) {
    if (!table || typeof table !== 'object') continue;
    const entry = Array.isArray(table)
      ? table.find((x) => x && typeof x === 'object' && ((x as { id?: unknown }).id === id || (x as { entityId?: unknown }).entityId === id))
      : (table as Record<string, unknown>)[id];
    if (typeof entry === 'string') return entry;
    if (entry && typeof entry === 'object' && typeof (entry as { canonical?: unknown }).canonical === 'string') return (entry as { canonical: string }).canonical;
  }
  return undefined;
}

/** True when the gold of this document states claims (any figure with a subject or attribute key). */
export const hasClaims = (gold: readonly GoldAnnotation[]) =>
  gold.some((a) => a.kind === 'figure' && ('subject' in a || 'attribute' in a));

export function emptyClaimScores(): ClaimScores {
  return { claims: 0, matched: 0, valueOk: 0, subjectOk: 0, attributeOk: 0, claimOk: 0, rates: 0, ratesMatched: 0, rateOk: 0,
    predictedConflicts: 0, goldConflicts: 0, falseConflicts: [], missedConflicts: [], errors: [] };
}

/** Claims of the documents whose gold has claims (the others are skipped, conflicts included). */
export function scoreClaims(docs: readonly ScoredDocument[]): ClaimScores {
  const s = emptyClaimScores();
  for (const doc of docs) {
    if (!hasClaims(doc.gold)) continue;
    const predDoc: PredDocument = doc.pred ?? { annotations: [] };
    const predAll = validPredictions(doc.pred);
    const gold = doc.gold.filter((a) => a.kind === 'figure');
    const pred = predAll.filter((a) => a.kind === 'figure');
    const goldEntities = doc.gold.filter((a) => ENTITY_KINDS.includes(a.kind));
    const mentions = new Map<string, PredAnnotation[]>();
    for (const p of predAll) {
      if (p.kind === 'figure' || !p.entityId) continue;
      if (!mentions.has(p.entityId)) mentions.set(p.entityId, []);
      mentions.get(p.entityId)!.push(p);
    }
    const pairs = pairOneToOne(gold, pred, overlapping);

    gold.forEach((g, gi) => {
      const pi = pairs.get(gi);
      const p = pi === undefined ? null : pred[pi];
      if (g.conflict === true && !g.optional) {
        s.goldConflicts++;
        if (!p || p.status !== 'conflict') s.missedConflicts.push({ file: doc.name, text: g.text, subject: g.subject ?? null, pred: p ? `${p.text} (${p.status})` : 'unmatched' });
      }
      if (g.optional || !('subject' in g || 'attribute' in g)) return;
      s.claims++;
      const isRate = !!g.per && typeof g.per === 'object';
      if (isRate) s.rates++;
      const goldText = `"${g.text}" ${g.subject ?? 'null'}/${g.attribute ?? '-'}${isRate ? ` per ${g.per!.value}` : ''}`;
      if (!p) { s.errors.push({ file: doc.name, errors: ['unmatched'], gold: goldText, pred: 'unmatched' }); return; }
      s.matched++;
      if (isRate) s.ratesMatched++;

      let valueOk = sameNumber(p.value, g.value);
      if (isRate) {
        const ds = denominatorStart(g);
        const perOk = !!p.per && typeof p.per === 'object' && sameNumber(p.per.value, g.per!.value);
        valueOk = valueOk && perOk && (ds === null || p.end > ds);
        if (valueOk) s.rateOk++;
      }

      const subjectId = isNull(p.subjectId) ? null : (p.subjectId as string);
      let subjectOk: boolean;
      let subjectSeen = '';
      if (isNull(g.subject)) subjectOk = subjectId === null;
      else if (subjectId === null) subjectOk = false;
      else {
        const own = mentions.get(subjectId) ?? [];
        if (own.length) {
          const hit = goldEntities.filter((e) => own.some((m) => overlap(e, m) > 0)).map((e) => e.canonical ?? e.text);
          subjectOk = hit.includes(g.subject!);
          subjectSeen = [...new Set(hit)].join('|');
        } else {
          const canonical = tableCanonical(predDoc, subjectId);
          subjectOk = canonical !== undefined && canonical === g.subject;
          subjectSeen = canonical ?? '';
        }
      }

      const attribute = isNull(p.attribute) ? null : (ATTRIBUTE_SYNONYMS[p.attribute as string] ?? (p.attribute as string));
      const attributeOk = isNull(g.attribute) ? attribute === null : attribute === g.attribute;

      if (valueOk) s.valueOk++;
      if (subjectOk) s.subjectOk++;
      if (attributeOk) s.attributeOk++;
      const errors = [!valueOk && (isRate ? 'value/per' : 'value'), !subjectOk && 'subject', !attributeOk && 'attribute'].filter((e): e is string => !!e);
      if (!errors.length) s.claimOk++;
      else {
        const perText = p.per && typeof p.per === 'object' ? ` per ${String(p.per.value)}` : '';
        s.errors.push({ file: doc.name, errors, gold: goldText,
          pred: `"${p.text}" ${subjectId ?? 'null'}${subjectSeen ? `(${subjectSeen})` : ''}/${attribute ?? '-'}${perText} value=${String(p.value)}` });
      }
    });

    const goldOfPred = new Map([...pairs].map(([gi, pi]) => [pi, gold[gi]]));
    pred.forEach((p, pi) => {
      if (p.status !== 'conflict') return;
      s.predictedConflicts++;
      const g = goldOfPred.get(pi);
      if (g && g.conflict === true) return;
      s.falseConflicts.push({ file: doc.name, text: p.text ?? '', subjectId: p.subjectId ?? null, attribute: p.attribute ?? null,
        gold: g ? `${g.text} (${g.subject ?? 'null'}/${g.attribute ?? '-'})` : 'unmatched' });
    });
  }
  return s;
}

export function prf({ tp, fp, fn }: Tally): PRF {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Sums of several sets' scores (micro-averaged totals). */
export function addSpanScores(into: SpanScores, from: SpanScores): SpanScores {
  for (const mode of ['strict', 'lenient'] as const) {
    for (const k of SPAN_KINDS) for (const f of ['tp', 'fp', 'fn'] as const) into[mode][k][f] += from[mode][k][f];
  }
  into.valueHit += from.valueHit;
  into.valueTotal += from.valueTotal;
  into.missed.push(...from.missed);
  into.spurious.push(...from.spurious);
  into.valueErrors.push(...from.valueErrors);
  return into;
}

export function addClaimScores(into: ClaimScores, from: ClaimScores): ClaimScores {
  for (const k of ['claims', 'matched', 'valueOk', 'subjectOk', 'attributeOk', 'claimOk', 'rates', 'ratesMatched', 'rateOk', 'predictedConflicts', 'goldConflicts'] as const) {
    into[k] += from[k];
  }
  into.falseConflicts.push(...from.falseConflicts);
  into.missedConflicts.push(...from.missedConflicts);
  into.errors.push(...from.errors);
  return into;
}
