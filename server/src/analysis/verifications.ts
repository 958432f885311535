// Which figures of a document its verification records speak of: each record is anchored by its
// quote and context (./anchoring.ts), so it follows its figure through edits; a changed figure
// (or one whose number now reads otherwise than the record says) makes its record stale, a
// vanished one orphans it.
import type { VerificationRecord } from '../knowledge/workspace.ts';
import { anchor } from './anchoring.ts';
import type { Figure } from './types.ts';

export interface VerificationMarks {
  verified: Map<number, string>;
  stale: Map<number, string>;
  /** Figures the user chose to ignore, with the record id. */
  ignored: Map<number, string>;
  orphaned: VerificationRecord[];
}

/** Which of a document's figures its records verify, which records went stale, which are orphaned. */
export function applyVerifications(records: readonly VerificationRecord[], figures: ReadonlyArray<Pick<Figure, 'start' | 'end'> & Partial<Pick<Figure, 'value'>>>, text: string): VerificationMarks {
  const verified = new Map<number, string>();
  const stale = new Map<number, string>();
  const ignored = new Map<number, string>();
  const orphaned: VerificationRecord[] = [];
  for (const r of records) {
    const found = anchor(text, figures, { quote: r.quote, prefix: r.prefix ?? '', suffix: r.suffix ?? '', start: r.start });
    if (r.kind === 'ignored') {
      // an ignored figure whose text changed is simply no longer ignored
      if (found.kind === 'exact') ignored.set(found.index, r.id);
      continue;
    }
    const value = found.kind === 'exact' ? figures[found.index].value : undefined;
    const readsOtherwise = r.value !== undefined && value !== undefined && Math.abs(value - r.value) > 1e-9 * Math.max(1, Math.abs(r.value));
    if (found.kind === 'exact' && !readsOtherwise && !verified.has(found.index)) verified.set(found.index, r.id);
    else if (found.kind !== 'orphaned' && !verified.has(found.index)) stale.set(found.index, r.id);
    else if (found.kind === 'orphaned') orphaned.push(r);
  }
  for (const i of verified.keys()) stale.delete(i);
  return { verified, stale, ignored, orphaned };
}

