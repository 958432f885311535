// doccano sequence labeling (JSONL import): one line per document, spans as
// [start, end, label] in code points, as doccano's Python backend counts them.
import type { Analysis } from '../analysis/types.ts';
import type { SourceInfo } from './annotations.ts';
import { annotationsInCodePoints, LABELS } from './spans.ts';

export function exportDoccano(analysis: Analysis, source: SourceInfo, text: string): string {
  const label = annotationsInCodePoints(analysis, text).map((a) => [a.cpStart, a.cpEnd, LABELS[a.kind]]);
  return JSON.stringify({ text, label, path: source.path }) + '\n';
}
