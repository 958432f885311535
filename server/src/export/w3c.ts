// W3C Web Annotation (JSON-LD): an AnnotationCollection of one document, one Annotation per
// span. The target carries a TextPositionSelector (positions in code points, as the Web
// Annotation Data Model requires) and a TextQuoteSelector (exact, prefix, suffix) that still
// finds the span after edits. The body is a tag (the label) and our fields (ai: vocabulary).
import type { Analysis } from '../analysis/types.ts';
import type { SourceInfo } from './annotations.ts';
import { codePointOffsets } from './offsets.ts';
import { annotationsInCodePoints, LABELS } from './spans.ts';

/** Code points of context on either side of a quote, as Hypothesis records them. */
const QUOTE_CONTEXT = 32;

// Our field names are those of ai-annotations/1. Two of them, value and source, are also Web
// Annotation terms, so they get our meaning only inside a Figure body (a JSON-LD 1.1
// type-scoped context) and keep theirs everywhere else.
export const W3C_CONTEXT = [
  'http://www.w3.org/ns/anno.jsonld',
  {
    '@version': 1.1,
    ai: 'https://ai-annotator.dev/ns#',
    kind: 'ai:kind', entityId: 'ai:entityId', canonical: 'ai:canonical', vendorId: 'ai:vendorId', known: 'ai:known',
    unit: 'ai:unit', qualifier: 'ai:qualifier', range: { '@id': 'ai:range', '@container': '@list' },
    subjectId: 'ai:subjectId', attribute: 'ai:attribute', status: 'ai:status', ambiguity: 'ai:ambiguity',
    // a rate's denominator: its value is ours too (a property-scoped context)
    per: { '@id': 'ai:per', '@context': { value: 'ai:value' } }, tolerance: 'ai:tolerance',
    Entity: 'ai:Entity',
    Figure: { '@id': 'ai:Figure', '@context': { value: 'ai:value', source: 'ai:source' } },
  },
];

export function exportW3c(analysis: Analysis, source: SourceInfo, text: string): string {
  const offsets = codePointOffsets(text);
  // the document is named by its content (RFC 6920), the annotations by document and id
  const document = `ni:///sha-256;${Buffer.from(source.sha256, 'hex').toString('base64url')}`;
  const collection = `tag:ai-annotator.dev,2026:sha256:${source.sha256}`;
  const items = annotationsInCodePoints(analysis, text).map(({ id, start, end, cpStart, cpEnd, text: _quote, ...fields }) => ({
    id: `${collection}/${id}`,
    type: 'Annotation',
    motivation: fields.kind === 'figure' ? 'describing' : 'identifying',
    body: [
      // a tag any Web Annotation client shows, and our fields for those that read them
      { type: 'TextualBody', purpose: 'tagging', value: LABELS[fields.kind] },
      { type: fields.kind === 'figure' ? 'Figure' : 'Entity', ...fields },
    ],
    target: {
      source: document,
      selector: [
        { type: 'TextPositionSelector', start: cpStart, end: cpEnd },
        {
          type: 'TextQuoteSelector',
          exact: text.slice(start, end),
          prefix: text.slice(offsets.toUtf16(cpStart - QUOTE_CONTEXT), start),
          suffix: text.slice(end, offsets.toUtf16(cpEnd + QUOTE_CONTEXT)),
        },
      ],
    },
  }));
  const doc = {
    '@context': W3C_CONTEXT,
    id: collection,
    type: 'AnnotationCollection',
    label: source.path,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
