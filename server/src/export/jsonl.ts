// JSONL for pipelines: one annotation a line, each carrying its document's path.
import type { Analysis } from '../analysis/types.ts';
import { toAnnotations, type SourceInfo } from './annotations.ts';

export function exportJsonl(analysis: Analysis, source: SourceInfo): string {
  return toAnnotations(analysis).map((a) => JSON.stringify({ path: source.path, ...a })).join('\n') + (analysis.entities.length + analysis.figures.length ? '\n' : '');
}
