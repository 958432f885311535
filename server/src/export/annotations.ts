// The annotation list every export format starts from: one flat, ordered list of vendor,
// model, product and figure annotations in the shape of the ai-annotations/1 contract.
import type { Analysis, Attribute, Figure, FigureStatus, Qualifier, Rate } from '../analysis/types.ts';

export interface SourceInfo {
  /** Path as the user knows it (workspace-relative, forward slashes). */
  path: string;
  length: number;
  sha256: string;
  /**
   * Where the text lives, as an absolute IRI: file:///… for a file (the CLI resolves a relative
   * path against the current directory), the editor's URI of the document; absent for standard
   * input. Only formats that link to the text (W3C) use it; the others stay free of
   * machine-specific paths.
   */
  uri?: string;
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
  /** The claim: about which entity (null: about no named entity) … */
  subjectId: string | null;
  /** … which property of it … */
  attribute?: Attribute;
  /** … per what, for a rate (0.0008元/千tokens: per 1000 tokens) … */
  per?: Rate;
  /** … on which benchmark, at which time, within which stated tolerance … */
  benchmark?: string;
  scope?: string;
  tolerance?: number;
  /** … or that it is no claim at all. */
  nonClaim?: Figure['nonClaim'];
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
    // claim fields in a fixed order; absent ones left out (subjectId is always there: null is a claim too)
    const a = withoutUndefined({
      kind: 'figure', start: f.start, end: f.end, text: f.text, value: f.value, unit: f.unit, qualifier: f.qualifier, range: f.range,
      subjectId: f.subjectId ?? null, attribute: f.attribute, per: f.per && { value: f.per.value, unit: f.per.unit },
      benchmark: f.benchmark || undefined, scope: f.scope || undefined, tolerance: f.tolerance, nonClaim: f.nonClaim,
      status: f.status, source: f.source || undefined, ambiguity: f.ambiguity,
    }) as Omit<FigureAnnotation, 'id'>;
    items.push(a);
  }
  items.sort((a, b) => a.start - b.start || a.end - b.end);
  return items.map((a, i) => ({ id: `a${i + 1}`, ...a }) as Annotation);
}

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
