// UIMA CAS JSON (the Apache UIMA JSON CAS format) for INCEpTION: the text as the Sofa, DKPro
// Core types for the layers INCEpTION builds on (DocumentMetaData, Sentence, Token) and one
// NamedEntity per span with `value` (the label) and `identifier` (the entity id; figures have
// none). Offsets stay UTF-16 units, which is what Java and the JSON CAS format count.
// Sentences and tokens come from the ICU segmenter that Node ships (Intl.Segmenter, with a
// Chinese word dictionary), cut at every annotation boundary because INCEpTION anchors
// named entities to whole tokens inside one sentence. Each figure also gets a Claim over the
// same span (webanno.custom.Claim, the namespace INCEpTION gives a project's own span layers),
// whose features hold the claim: subject, attribute, value and unit, rate denominator,
// benchmark, time scope, tolerance, non-claim kind, status and source.
import type { Analysis } from '../analysis/types.ts';
import type { SourceInfo } from './annotations.ts';
import { toAnnotations, type FigureAnnotation } from './annotations.ts';
import { LABELS } from './spans.ts';

const DKPRO = 'de.tudarmstadt.ukp.dkpro.core.api';
export const CAS_TYPES = {
  metadata: `${DKPRO}.metadata.type.DocumentMetaData`,
  sentence: `${DKPRO}.segmentation.type.Sentence`,
  token: `${DKPRO}.segmentation.type.Token`,
  namedEntity: `${DKPRO}.ner.type.NamedEntity`,
  claim: 'webanno.custom.Claim',
} as const;

const DOUBLE = 'uima.cas.Double';
const feature = (name: string, range = 'uima.cas.String') => ({ [name]: { '%NAME': name, '%RANGE': range } });
/** The type declarations the file uses, matching DKPro Core's, so any UIMA reader can load it. */
const TYPE_SYSTEM = {
  [CAS_TYPES.metadata]: {
    '%NAME': CAS_TYPES.metadata, '%SUPER_TYPE': 'uima.tcas.DocumentAnnotation',
    ...feature('documentTitle'), ...feature('documentId'), ...feature('documentUri'), ...feature('documentBaseUri'),
    ...feature('collectionId'), ...feature('isLastSegment', 'uima.cas.Boolean'),
  },
  [CAS_TYPES.sentence]: { '%NAME': CAS_TYPES.sentence, '%SUPER_TYPE': 'uima.tcas.Annotation', ...feature('id') },
  [CAS_TYPES.token]: { '%NAME': CAS_TYPES.token, '%SUPER_TYPE': 'uima.tcas.Annotation', ...feature('id') },
  [CAS_TYPES.namedEntity]: { '%NAME': CAS_TYPES.namedEntity, '%SUPER_TYPE': 'uima.tcas.Annotation', ...feature('value'), ...feature('identifier') },
  [CAS_TYPES.claim]: {
    '%NAME': CAS_TYPES.claim, '%SUPER_TYPE': 'uima.tcas.Annotation',
    ...feature('subjectId'), ...feature('attribute'), ...feature('value', DOUBLE), ...feature('unit'), ...feature('qualifier'),
    ...feature('rangeLow', DOUBLE), ...feature('rangeHigh', DOUBLE), ...feature('perValue', DOUBLE), ...feature('perUnit'),
    ...feature('benchmark'), ...feature('scope'), ...feature('tolerance', DOUBLE), ...feature('nonClaim'),
    ...feature('status'), ...feature('source'), ...feature('ambiguity'),
  },
};

/** The features of a figure's Claim (absent ones left out, as UIMA leaves unset features). */
function claimFeatures(f: FigureAnnotation): Record<string, unknown> {
  const all: Record<string, unknown> = {
    subjectId: f.subjectId ?? undefined, attribute: f.attribute, value: f.value, unit: f.unit, qualifier: f.qualifier,
    rangeLow: f.range?.[0], rangeHigh: f.range?.[1], perValue: f.per?.value, perUnit: f.per?.unit,
    benchmark: f.benchmark, scope: f.scope, tolerance: f.tolerance, nonClaim: f.nonClaim, status: f.status, source: f.source, ambiguity: f.ambiguity,
  };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined));
}

interface Range { start: number; end: number }

export function exportUimaCas(analysis: Analysis, source: SourceInfo, text: string): string {
  const annotations = toAnnotations(analysis);
  const sentences = sentencesOf(text, annotations);
  const tokens = tokensOf(text, sentences, annotations);

  const SOFA = 1;
  let nextId = SOFA + 1;
  const members: Array<Record<string, unknown>> = [];
  const add = (type: string, r: Range, features: Record<string, unknown> = {}) =>
    members.push({ '%ID': nextId++, '%TYPE': type, '@sofa': SOFA, begin: r.start, end: r.end, ...features });

  const name = source.path.split('/').pop() ?? source.path;
  add(CAS_TYPES.metadata, { start: 0, end: text.length }, { language: 'zh', documentTitle: name, documentId: source.path, isLastSegment: false });
  for (const s of sentences) add(CAS_TYPES.sentence, s);
  for (const t of tokens) add(CAS_TYPES.token, t);
  for (const a of annotations) add(CAS_TYPES.namedEntity, a, { value: LABELS[a.kind], ...(a.kind === 'figure' ? {} : { identifier: a.entityId }) });
  for (const a of annotations) if (a.kind === 'figure') add(CAS_TYPES.claim, a, claimFeatures(a));

  const cas = {
    '%TYPES': TYPE_SYSTEM,
    '%FEATURE_STRUCTURES': [
      { '%ID': SOFA, '%TYPE': 'uima.cas.Sofa', sofaNum: 1, sofaID: '_InitialView', mimeType: 'text', sofaString: text },
      ...members,
    ],
    '%VIEWS': { _InitialView: { '%SOFA': SOFA, '%MEMBERS': members.map((m) => m['%ID']) } },
  };
  return JSON.stringify(cas, null, 2) + '\n';
}

/** ICU sentences without their surrounding white space, joined where an annotation crosses a boundary. */
function sentencesOf(text: string, annotations: readonly Range[]): Range[] {
  const out: Range[] = [];
  for (const { segment, index } of new Intl.Segmenter('zh', { granularity: 'sentence' }).segment(text)) {
    const start = index + (segment.length - segment.trimStart().length);
    const end = index + segment.trimEnd().length;
    if (start >= end) continue;
    const last = out[out.length - 1];
    if (last && annotations.some((a) => a.start < start && a.end > last.end)) last.end = end;
    else out.push({ start, end });
  }
  return out;
}

/** ICU words, cut at sentence and annotation boundaries; white space is no token. */
function tokensOf(text: string, sentences: readonly Range[], annotations: readonly Range[]): Range[] {
  const cuts = new Set<number>();
  for (const { index } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)) cuts.add(index);
  for (const r of [...sentences, ...annotations]) cuts.add(r.start).add(r.end);
  cuts.add(text.length);
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Range[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [start, end] = [sorted[i], sorted[i + 1]];
    if (/\S/.test(text.slice(start, end))) out.push({ start, end });
  }
  return out;
}
