// What the annotation-tool exporters share: one label per kind, spans in code points, and the
// normalised values of an annotation as one line of text for tools without typed fields.
import type { Analysis } from '../analysis/types.ts';
import { toAnnotations, type Annotation } from './annotations.ts';
import { codePointOffsets } from './offsets.ts';

export const LABELS = { vendor: 'Vendor', model: 'Model', product: 'Product', figure: 'Figure' } as const;
export type Label = (typeof LABELS)[keyof typeof LABELS];
/** The kinds of number that are no claim (Figure.nonClaim). */
export const NON_CLAIMS = ['hypothetical', 'example', 'definition'] as const;
export const STATUSES = ['verified', 'attributed', 'unverified', 'conflict'] as const;

export type CodePointAnnotation = Annotation & {
  /** start and end counted in Unicode code points instead of UTF-16 units. */
  cpStart: number;
  cpEnd: number;
};

/** The annotations of a text with their spans also in code points. */
export function annotationsInCodePoints(analysis: Analysis, text: string): CodePointAnnotation[] {
  const offsets = codePointOffsets(text);
  return toAnnotations(analysis).map((a) => ({ ...a, cpStart: offsets.toCodePoint(a.start), cpEnd: offsets.toCodePoint(a.end) }));
}

/** An annotation's fields without its id and position: what ai-annotations/1 says about the span. */
export function recordOf(a: Annotation): Record<string, unknown> {
  const { id: _id, start: _start, end: _end, text: _text, ...record } = a as Annotation & { cpStart?: number; cpEnd?: number };
  delete record.cpStart;
  delete record.cpEnd;
  return record;
}

/** `entity=vendor:huawei canonical=华为` or `value=3000000000000 unit=tokens qualifier=gt …`: one line, no tabs; a value with white space is quoted. */
export function normalisedText(a: Annotation): string {
  const fields: Array<[string, unknown]> = a.kind === 'figure'
    ? [['value', a.value], ['unit', a.unit], ['qualifier', a.qualifier], ['range', a.range?.join('..')], ['status', a.status],
        ['subject', a.subjectId], ['attribute', a.attribute], ['per', a.per && `${a.per.value} ${a.per.unit}`], ['benchmark', a.benchmark],
        ['scope', a.scope], ['tolerance', a.tolerance], ['nonClaim', a.nonClaim], ['source', a.source], ['ambiguity', a.ambiguity]]
    : [['entity', a.entityId], ['canonical', a.canonical], ['vendor', a.vendorId]];
  return fields
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => {
      const s = String(v).replace(/[\t\r\n]+/g, ' ');
      return `${k}=${/[\s"]/.test(s) ? JSON.stringify(s) : s}`;
    })
    .join(' ');
}
