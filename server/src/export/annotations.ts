// The annotation list every export format starts from: one flat, ordered list of vendor,
// model, product and figure annotations in the shape of the ai-annotations/1 contract.
import type { Analysis, FigureStatus, Qualifier } from '../analysis/types.ts';

export interface SourceInfo {
  /** Path as the user knows it (workspace-relative, forward slashes). */
  path: string;
  length: number;
  sha256: string;
}

export interface EntityAnnotation {
  id: string;
  kind: 'vendor' | 'model' | 'product';
  start: number;
  end: number;
  text: string;
  entityId: string;
  canonical: string;
  vendorId?: string;
  /** false when the name was recognised by a pattern and is not in the knowledge base. */
  known: boolean;
}

export interface FigureAnnotation {
  id: string;
  kind: 'figure';
  start: number;
  end: number;
  text: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
  range?: [number, number];
  subjectId?: string;
  attribute?: string;
  per?: { value: number; unit: string };
  tolerance?: number;
  status: FigureStatus;
  source?: string;
  ambiguity?: string;
}

export type Annotation = EntityAnnotation | FigureAnnotation;

export function toAnnotations(analysis: Analysis): Annotation[] {
  const items: Array<Omit<EntityAnnotation, 'id'> | Omit<FigureAnnotation, 'id'>> = [];
  for (const e of analysis.entities) {
    const a: Omit<EntityAnnotation, 'id'> = { kind: e.kind, start: e.start, end: e.end, text: e.text, entityId: e.entityId, canonical: e.canonical, known: e.via !== 'pattern' };
    if (e.vendorId && e.vendorId !== e.entityId) a.vendorId = e.vendorId;
    items.push(a);
  }
  for (const f of analysis.figures) {
    const a: Omit<FigureAnnotation, 'id'> = { kind: 'figure', start: f.start, end: f.end, text: f.text, value: f.value, unit: f.unit, qualifier: f.qualifier, status: f.status };
    if (f.range) a.range = f.range;
    if (f.subjectId) a.subjectId = f.subjectId;
    if (f.attribute) a.attribute = f.attribute;
    if (f.per) a.per = f.per;
    if (f.tolerance !== undefined) a.tolerance = f.tolerance;
    if (f.source) a.source = f.source;
    if (f.ambiguity) a.ambiguity = f.ambiguity;
    items.push(a);
  }
  items.sort((a, b) => a.start - b.start || a.end - b.end);
  return items.map((a, i) => ({ id: `a${i + 1}`, ...a }) as Annotation);
}
