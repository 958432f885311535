// spaCy-ready JSONL (the Prodigy span format): one line per document with spans in code
// points, which is what Python's str indexing and spaCy's Doc.char_span expect.
import type { Analysis } from '../analysis/types.ts';
import type { SourceInfo } from './annotations.ts';
import { annotationsInCodePoints, LABELS } from './spans.ts';

export function exportSpacy(analysis: Analysis, source: SourceInfo, text: string): string {
  const spans = annotationsInCodePoints(analysis, text).map((a) => ({ start: a.cpStart, end: a.cpEnd, label: LABELS[a.kind] }));
  return JSON.stringify({ text, spans, meta: { path: source.path } }) + '\n';
}
