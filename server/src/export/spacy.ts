// spaCy-ready JSONL (the Prodigy span format): one line per document with spans in code
// points, which is what Python's str indexing and spaCy's Doc.char_span expect. An entity span
// carries its knowledge-base id as `kb_id` (spaCy's Span.kb_id_); every span carries the rest
// of its ai-annotations/1 fields under `_`, one custom span attribute each (span._.attribute,
// span._.subjectId, span._.per …), the way spaCy names extension attributes.
import type { Analysis } from '../analysis/types.ts';
import type { SourceInfo } from './annotations.ts';
import { annotationsInCodePoints, LABELS, recordOf } from './spans.ts';

export function exportSpacy(analysis: Analysis, source: SourceInfo, text: string): string {
  const spans = annotationsInCodePoints(analysis, text).map((a) => {
    const { kind: _kind, entityId, ...extensions } = recordOf(a);
    return { start: a.cpStart, end: a.cpEnd, label: LABELS[a.kind], ...(entityId ? { kb_id: entityId } : {}), _: extensions };
  });
  return JSON.stringify({ text, spans, meta: { path: source.path } }) + '\n';
}
