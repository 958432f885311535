// W3C Web Annotation (JSON-LD): one AnnotationCollection per document with its one page
// embedded, one Annotation per span, conforming to the Web Annotation Data Model (checked
// against schema/web-annotation.schema.json, written from the specification).
//
// - Identifiers are urn:uuid: IRIs derived (UUID v5) from the document's path and text and the
//   annotation's kind and span: the same annotation of the same text keeps its IRI, so
//   re-exports diff cleanly. An annotation's `id` is also its `canonical` IRI: a store that
//   imports it assigns its own id and keeps canonical.
// - The target is the text file (an absolute file: URI; for standard input, which has no file,
//   the text's content address ni:///sha-256;…) with a TextPositionSelector in code points and
//   a TextQuoteSelector (exact, prefix, suffix) that still finds the span after edits.
// - The bodies carry the label as a tag, the claim as the model's own resources (the attribute
//   as a classifying body, the subject or entity as an IRI), a line for people, and the whole
//   ai-annotations/1 record as a JSON TextualBody for programs.
import { v5 as uuidv5 } from 'uuid';
import { repository, version } from '../../../package.json';
import type { Analysis } from '../analysis/types.ts';
import type { SourceInfo } from './annotations.ts';
import { codePointOffsets } from './offsets.ts';
import { annotationsInCodePoints, LABELS, normalisedText, recordOf, type CodePointAnnotation } from './spans.ts';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Code points of context on either side of a quote, as Hypothesis records them. */
const QUOTE_CONTEXT = 32;
/** The software that creates the annotations and writes this serialisation. */
export const AGENT = { id: repository.url, type: 'Software', name: `ai-annotator ${version}`, homepage: repository.url } as const;
/** Knowledge-base entities as IRIs (the namespace of the ai-annotations/1 schema). */
const ENTITY_BASE = 'https://ai-annotator.dev/kb/';
/** The UUID v5 namespace of every identifier this exporter derives. */
const NAMESPACE = uuidv5(repository.url, uuidv5.URL);

export interface W3cOptions {
  /** When the collection was created; default: SOURCE_DATE_EPOCH if set (reproducible builds), else now. */
  created?: Date;
}

/** A knowledge-base entity id as an IRI: vendor:huawei → https://ai-annotator.dev/kb/vendor/huawei. */
export function entityIri(entityId: string): string {
  const colon = entityId.indexOf(':');
  return `${ENTITY_BASE}${entityId.slice(0, colon)}/${encodeURIComponent(entityId.slice(colon + 1))}`;
}

/** The IRI the annotations target: the file's URI, or the text's content address (RFC 6920) when it has no file. */
export function targetSource(source: SourceInfo): string {
  // an editor's unsaved document (untitled:Untitled-1) names nothing outside that editor
  if (source.uri && /^[a-z][a-z0-9+.-]*:/i.test(source.uri) && !/^untitled:/i.test(source.uri)) return source.uri;
  return `ni:///sha-256;${base64url(source.sha256)}`;
}

export function exportW3c(analysis: Analysis, source: SourceInfo, text: string, options: W3cOptions = {}): string {
  const offsets = codePointOffsets(text);
  const urn = (...parts: Array<string | number>) => `urn:uuid:${uuidv5([source.path, source.sha256, ...parts].join('\n'), NAMESPACE)}`;
  const collectionId = urn('collection');
  const pageId = urn('page', 0);
  const document = targetSource(source);
  const items = annotationsInCodePoints(analysis, text).map((a) => {
    const id = urn('annotation', a.kind, a.start, a.end);
    return {
      id,
      type: 'Annotation',
      motivation: a.kind === 'figure' ? 'describing' : 'identifying',
      canonical: id,
      creator: AGENT.id,
      generator: AGENT.id,
      body: bodies(a),
      target: {
        source: document,
        selector: [
          { type: 'TextPositionSelector', start: a.cpStart, end: a.cpEnd },
          {
            type: 'TextQuoteSelector',
            exact: text.slice(a.start, a.end),
            prefix: text.slice(offsets.toUtf16(a.cpStart - QUOTE_CONTEXT), a.start),
            suffix: text.slice(a.end, offsets.toUtf16(a.cpEnd + QUOTE_CONTEXT)),
          },
        ],
      },
    };
  });
  const doc = {
    '@context': W3C_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: source.path,
    creator: AGENT,
    created: timestamp(options.created),
    total: items.length,
    first: { id: pageId, type: 'AnnotationPage', partOf: collectionId, startIndex: 0, items },
    last: pageId,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

type Body = Record<string, string>;

/** The label as a tag, the claim or the entity as resources, a line for people, the record for programs. */
function bodies(a: CodePointAnnotation): Body[] {
  const out: Body[] = [{ type: 'TextualBody', purpose: 'tagging', value: LABELS[a.kind] }];
  if (a.kind === 'figure') {
    if (a.attribute) out.push({ type: 'TextualBody', purpose: 'classifying', value: a.attribute });
    // the entity the figure is a claim about
    if (a.subjectId) out.push({ type: 'SpecificResource', purpose: 'linking', source: entityIri(a.subjectId) });
  } else {
    out.push({ type: 'SpecificResource', purpose: 'identifying', source: entityIri(a.entityId) });
    out.push({ type: 'TextualBody', purpose: 'identifying', value: a.canonical });
  }
  out.push({ type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: normalisedText(a) });
  out.push({ type: 'TextualBody', purpose: 'describing', format: 'application/json', value: JSON.stringify(recordOf(a)) });
  return out;
}

/** Hex digits as base64url without padding (RFC 4648 §5), in Node and in a browser alike. */
function base64url(hex: string): string {
  const binary = String.fromCharCode(...(hex.match(/../g) ?? []).map((h) => Number.parseInt(h, 16)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** xsd:dateTime in UTC, to the second (SOURCE_DATE_EPOCH where there is an environment, for reproducible builds). */
function timestamp(created?: Date): string {
  const epoch = typeof process === 'undefined' ? undefined : process.env.SOURCE_DATE_EPOCH;
  const when = created ?? (epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date());
  return when.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
