// CSV: RFC 4180 quoting (csv-stringify), one row per annotation, every figure field in its own
// column, UTF-8 with an optional BOM for Excel, and cells neutralised against formula injection.
import { stringify } from 'csv-stringify/sync';
import type { Analysis } from '../analysis/types.ts';
import { toAnnotations, type SourceInfo } from './annotations.ts';

export const CSV_COLUMNS = [
  'path', 'id', 'kind', 'start', 'end', 'text', 'entityId', 'canonical', 'vendorId',
  'value', 'unit', 'qualifier', 'rangeLow', 'rangeHigh', 'subjectId', 'attribute', 'status', 'source', 'ambiguity',
  // the rest of the claim, appended so that existing column positions keep their meaning
  'perValue', 'perUnit', 'benchmark', 'scope', 'tolerance', 'nonClaim',
] as const;

/** A cell that a spreadsheet would run as a formula gets a leading apostrophe. */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark so Excel reads the Chinese text correctly. */
  bom?: boolean;
  /** Leave out the header row (for appending documents to one file). */
  header?: boolean;
}

export function exportCsv(analysis: Analysis, source: SourceInfo, options: CsvOptions = {}): string {
  const rows = toAnnotations(analysis).map((a) => {
    const row: Record<string, string | number> = { path: source.path, id: a.id, kind: a.kind, start: a.start, end: a.end, text: a.text };
    if (a.kind === 'figure') {
      Object.assign(row, {
        value: a.value, unit: a.unit, qualifier: a.qualifier, rangeLow: a.range?.[0] ?? '', rangeHigh: a.range?.[1] ?? '',
        subjectId: a.subjectId ?? '', attribute: a.attribute ?? '', status: a.status, source: a.source ?? '', ambiguity: a.ambiguity ?? '',
        perValue: a.per?.value ?? '', perUnit: a.per?.unit ?? '', benchmark: a.benchmark ?? '', scope: a.scope ?? '', tolerance: a.tolerance ?? '', nonClaim: a.nonClaim ?? '',
      });
    } else {
      Object.assign(row, { entityId: a.entityId, canonical: a.canonical, vendorId: a.vendorId ?? '' });
    }
    return CSV_COLUMNS.map((c) => (typeof row[c] === 'number' ? String(row[c]) : neutralise(String(row[c] ?? ''))));
  });
  const body = stringify(rows, { header: options.header ?? true, columns: [...CSV_COLUMNS], record_delimiter: '\r\n', quoted_match: /[",\r\n]/ });
  return (options.bom ? '\ufeff' : '') + body;
}
