// ai-annotations/1: the JSON contract of DESIGN.md, one document per source text.
import type { Analysis } from '../analysis/types.ts';
import { toAnnotations, type Annotation, type SourceInfo } from './annotations.ts';

export const SCHEMA_ID = 'ai-annotations/1';

export interface AnnotationDocument {
  schema: typeof SCHEMA_ID;
  source: SourceInfo;
  annotations: Annotation[];
}

export function toAnnotationDocument(analysis: Analysis, source: SourceInfo): AnnotationDocument {
  return { schema: SCHEMA_ID, source: { path: source.path, length: source.length, sha256: source.sha256 }, annotations: toAnnotations(analysis) };
}

export function exportJson(analysis: Analysis, source: SourceInfo): string {
  return JSON.stringify(toAnnotationDocument(analysis, source), null, 2) + '\n';
}
