// doccano sequence labeling (JSONL import): one line per document, spans as
// [start, end, label] in code points, as doccano's Python backend counts them. doccano keeps
// every other key of a line as the example's metadata: the path, and the claim of each figure
// (its span in code points and its ai-annotations/1 fields).
import type { Analysis } from '../analysis/types.ts';
import type { SourceInfo } from './annotations.ts';
import { annotationsInCodePoints, LABELS, recordOf } from './spans.ts';

export function exportDoccano(analysis: Analysis, source: SourceInfo, text: string): string {
  const annotations = annotationsInCodePoints(analysis, text);
  const label = annotations.map((a) => [a.cpStart, a.cpEnd, LABELS[a.kind]]);
  const claims = annotations.filter((a) => a.kind === 'figure').map((a) => ({ start: a.cpStart, end: a.cpEnd, text: a.text, ...recordOf(a) }));
  return JSON.stringify({ text, label, path: source.path, claims }) + '\n';
}
