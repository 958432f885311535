// W3C Web Annotation export against the Web Annotation Data Model: the JSON Schemas written
// from the specification (server/src/export/schema/web-annotation.schema.json) for the
// collection, its page and every annotation, and the MUST requirements a schema cannot state
// (positions in code points that match their quotes, absolute and unique IRIs, a total that
// counts the items). Then the claim carried as bodies, and identifiers that stay put.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats';
import type { Analysis } from '../../server/src/analysis/types.ts';
import { toAnnotations } from '../../server/src/export/annotations.ts';
import aiSchema from '../../server/src/export/schema/ai-annotations.schema.json';
import waSchema from '../../server/src/export/schema/web-annotation.schema.json';
import { LABELS } from '../../server/src/export/spans.ts';
import { AGENT, entityIri, exportW3c } from '../../server/src/export/w3c.ts';
import { codePointSlice, samples } from '../helpers/exportSamples.ts';

const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
// an IRI (RFC 3987) is absolute when, its non-ASCII characters mapped to UTF-8 percent-escapes (section 3.1), it is an absolute URI
const uri = fullFormats.uri as (s: string) => boolean;
ajv.addFormat('iri', (s: string) => {
  try {
    return uri(s.replace(/[^\x00-\x7f]+/gu, (m) => encodeURIComponent(m)));
  } catch {
    return false; // a lone surrogate
  }
});
ajv.addSchema(waSchema).addSchema(aiSchema);
const validator = (name: string) => ajv.getSchema(`${waSchema.$id}#/definitions/${name}`)!;
const isCollection = validator('collectionDocument');
const isPage = validator('pageDocument');
const isAnnotation = validator('annotationDocument');
const isDocument = ajv.getSchema(waSchema.$id)!;
const isAiAnnotation = ajv.compile({ $ref: `${aiSchema.$id}#/definitions/annotation` });
const errors = (v: { errors?: unknown }) => JSON.stringify(v.errors, null, 1)?.slice(0, 2000);

const CREATED = new Date('2025-03-01T08:00:00Z');
const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const render = (s: { analysis: Analysis; source: Parameters<typeof exportW3c>[1]; text: string }, created = CREATED): Json =>
  JSON.parse(exportW3c(s.analysis, s.source, s.text, { created }));

test('W3C: the collection, its page and every annotation pass the schemas of the Web Annotation Data Model', () => {
  for (const s of samples()) {
    const doc = render(s);
    assert.ok(isCollection(doc), `${s.name} collection: ${errors(isCollection)}`);
    assert.ok(isDocument(doc), s.name);
    // the page and each annotation on their own, as a store would serve them
    assert.ok(isPage({ '@context': CONTEXT, ...doc.first }), `${s.name} page: ${errors(isPage)}`);
    for (const a of doc.first.items) assert.ok(isAnnotation({ '@context': CONTEXT, ...a }), `${s.name} ${a.target.selector[1].exact}: ${errors(isAnnotation)}`);
  }
});

test('W3C: the MUST requirements a schema cannot state', () => {
  for (const s of samples()) {
    const doc = render(s);
    const page = doc.first;
    assert.equal(doc['@context'], CONTEXT, 'one context, as a string');
    assert.equal(doc.total, page.items.length, 'total counts the annotations');
    assert.equal(page.startIndex, 0);
    assert.equal(page.partOf, doc.id, 'the page is part of this collection');
    assert.equal(doc.last, page.id, 'one page: it is also the last');
    assert.equal(doc.label, s.source.path);
    const ids = [doc.id, page.id, ...page.items.map((a: Json) => a.id)];
    assert.equal(new Set(ids).size, ids.length, 'identifiers are unique');
    for (const id of ids) assert.match(id, UUID_URN);
    const codePoints = Array.from(s.text).length;
    const found: string[][] = [];
    for (const a of page.items) {
      assert.equal(a['@context'], undefined, 'embedded annotations inherit the context');
      assert.equal(a.canonical, a.id, 'canonical: the annotation\'s own urn:uuid');
      assert.ok(['identifying', 'describing'].includes(a.motivation));
      assert.deepEqual([a.creator, a.generator], [AGENT.id, AGENT.id]);
      // the target: the text file, a position in code points and a quote that agree
      if (s.source.uri) assert.equal(a.target.source, s.source.uri);
      else assert.match(a.target.source, /^ni:\/\/\/sha-256;[A-Za-z0-9_-]{43}$/);
      const position = a.target.selector.find((x: Json) => x.type === 'TextPositionSelector');
      const quote = a.target.selector.find((x: Json) => x.type === 'TextQuoteSelector');
      assert.ok(position.start < position.end && position.end <= codePoints, `${s.name}: ${position.start}..${position.end} of ${codePoints}`);
      assert.equal(codePointSlice(s.text, position.start, position.end), quote.exact);
      assert.equal(codePointSlice(s.text, position.start - Array.from(quote.prefix).length, position.start), quote.prefix);
      assert.equal(codePointSlice(s.text, position.end, position.end + Array.from(quote.suffix).length), quote.suffix);
      assert.ok(Array.from(quote.prefix).length <= 32 && Array.from(quote.suffix).length <= 32);
      assert.ok(quote.prefix.length === 0 || position.start > 0);
      // bodies: a tag, and a JSON record that is exactly the ai-annotations/1 annotation
      const tag = a.body.find((b: Json) => b.purpose === 'tagging');
      const record = JSON.parse(a.body.find((b: Json) => b.format === 'application/json').value);
      assert.ok(isAiAnnotation({ id: 'x', start: 0, end: 1, text: quote.exact, ...record }), errors(isAiAnnotation));
      for (const b of a.body) {
        if (b.type === 'TextualBody') assert.equal(typeof b.value, 'string', 'a TextualBody value is a string');
        else assert.deepEqual([b.type, typeof b.source], ['SpecificResource', 'string']);
      }
      found.push([quote.exact, tag.value]);
    }
    const annotations = toAnnotations(s.analysis);
    assert.deepEqual(found, annotations.map((a) => [a.text, LABELS[a.kind]]), s.name);
    page.items.forEach((item: Json, i: number) => {
      const { id: _id, start: _s, end: _e, text: _t, ...record } = annotations[i];
      assert.deepEqual(JSON.parse(item.body.at(-1).value), JSON.parse(JSON.stringify(record)));
    });
  }
});

test('W3C: the target is the file as an absolute file: URI, or the text\'s content address without one', () => {
  const s = samples().find((x) => x.name === 'claims')!;
  const doc = render(s);
  const source = doc.first.items[0].target.source;
  assert.equal(fileURLToPath(source), '/work/docs/claims 样例.md');
  const anonymous = render({ ...s, source: { path: '-', length: s.text.length, sha256: s.source.sha256 } });
  assert.equal(anonymous.first.items[0].target.source, `ni:///sha-256;${Buffer.from(s.source.sha256, 'hex').toString('base64url')}`);
  assert.ok(isCollection(anonymous), errors(isCollection));
  const unsaved = render({ ...s, source: { ...s.source, uri: 'untitled:Untitled-1' } });
  assert.equal(unsaved.first.items[0].target.source, anonymous.first.items[0].target.source, 'an unsaved document has no file either');
});

test('W3C: the claim of a figure as bodies: attribute classifying, subject linked by IRI, the rest in the record', () => {
  const s = samples().find((x) => x.name === 'claims')!;
  const doc = render(s);
  const figures = doc.first.items.filter((a: Json) => a.body[0].value === 'Figure');
  assert.equal(figures.length, s.analysis.figures.length);
  figures.forEach((a: Json, i: number) => {
    const f = s.analysis.figures[i];
    assert.equal(a.motivation, 'describing');
    const by = (purpose: string) => a.body.filter((b: Json) => b.purpose === purpose);
    assert.deepEqual(by('classifying').map((b: Json) => b.value), f.attribute ? [f.attribute] : []);
    assert.deepEqual(by('linking').map((b: Json) => b.source), f.subjectId ? [entityIri(f.subjectId)] : []);
    const record = JSON.parse(by('describing').find((b: Json) => b.format === 'application/json').value);
    assert.deepEqual(
      [record.subjectId, record.attribute, record.per, record.benchmark, record.scope, record.tolerance, record.nonClaim, record.value, record.unit, record.qualifier, record.status, record.source],
      [f.subjectId ?? null, f.attribute, f.per, f.benchmark, f.scope, f.tolerance, f.nonClaim, f.value, f.unit, f.qualifier, f.status, f.source]);
    const line = by('describing').find((b: Json) => b.format === 'text/plain').value;
    if (f.per) assert.ok(line.includes(`per="${f.per.value} ${f.per.unit}"`), line);
  });
  const entities = doc.first.items.filter((a: Json) => a.body[0].value !== 'Figure');
  for (const a of entities) {
    assert.equal(a.motivation, 'identifying');
    const iri = a.body.find((b: Json) => b.type === 'SpecificResource').source;
    assert.match(iri, /^https:\/\/ai-annotator\.dev\/kb\/(vendor|model|product)\/[^/:]+$/);
  }
  assert.equal(entityIri('model:通义千问 2.5'), 'https://ai-annotator.dev/kb/model/%E9%80%9A%E4%B9%89%E5%8D%83%E9%97%AE%202.5');
});

test('W3C: identifiers derive from path, text and span: re-exports differ only in their creation time', () => {
  const s = samples().find((x) => x.name === 'claims')!;
  const first = exportW3c(s.analysis, s.source, s.text, { created: CREATED });
  const again = exportW3c(s.analysis, s.source, s.text, { created: new Date('2026-01-01T00:00:00Z') });
  const changed = first.split('\n').filter((l, i) => l !== again.split('\n')[i]);
  assert.deepEqual(changed, ['  "created": "2025-03-01T08:00:00Z",']);
  // another file with the same text, or the same file after an edit: other identifiers
  const ids = (doc: Json) => [doc.id, doc.first.id, ...doc.first.items.map((a: Json) => a.canonical)];
  const moved = render({ ...s, source: { ...s.source, path: 'docs/other.md' } });
  const edited = render({ ...s, source: { ...s.source, sha256: 'cd'.repeat(32) } });
  for (const other of [moved, edited]) for (const id of ids(other)) assert.ok(!ids(render(s)).includes(id));
  // the same file on another machine (another absolute path): the same identifiers
  assert.deepEqual(ids(render({ ...s, source: { ...s.source, uri: 'file:///home/someone/docs/claims.md' } })), ids(render(s)));
});

test('W3C: the creation time is now, or SOURCE_DATE_EPOCH for reproducible builds', () => {
  const s = samples().find((x) => x.name === 'claims')!;
  const before = Date.now() - 1000;
  const now = JSON.parse(exportW3c(s.analysis, s.source, s.text));
  assert.ok(Date.parse(now.created) >= before && now.created.endsWith('Z'));
  process.env.SOURCE_DATE_EPOCH = '1700000000';
  try {
    assert.equal(JSON.parse(exportW3c(s.analysis, s.source, s.text)).created, '2023-11-14T22:13:20Z');
  } finally {
    delete process.env.SOURCE_DATE_EPOCH;
  }
});

test('W3C schemas reject what the Data Model forbids (each of these failed the W3C tests before)', () => {
  const s = samples().find((x) => x.name === 'claims')!;
  const doc = render(s);
  const annotation = { '@context': CONTEXT, ...doc.first.items[0] };
  const without = (o: Json, key: string) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));
  const cases: Array<[string, Json, (x: Json) => boolean]> = [
    ['a page without id', { ...doc, first: without(doc.first, 'id') }, isCollection],
    ['a body that is no resource of the model', { ...annotation, body: [{ type: 'Entity', kind: 'vendor', value: 5 }] }, isAnnotation],
    ['an Entity body without id', { ...annotation, body: [{ type: 'Entity', kind: 'vendor' }] }, isAnnotation],
    ['canonical that is no IRI', { ...annotation, canonical: 'a1' }, isAnnotation],
    ['a relative source', { ...annotation, target: { ...annotation.target, source: 'docs/a.md' } }, isAnnotation],
    ['a relative id', { ...annotation, id: 'a1' }, isAnnotation],
    ['no target', without(annotation, 'target'), isAnnotation],
    ['body and bodyValue', { ...annotation, bodyValue: 'x' }, isAnnotation],
    ['the context in a one-item array', { ...annotation, '@context': [CONTEXT] }, isAnnotation],
    ['another context only', { ...annotation, '@context': 'https://example.org/ctx.jsonld' }, isAnnotation],
    ['a negative position', { ...annotation, target: { ...annotation.target, selector: [{ type: 'TextPositionSelector', start: -1, end: 2 }] } }, isAnnotation],
    ['a quote without exact', { ...annotation, target: { ...annotation.target, selector: [{ type: 'TextQuoteSelector', prefix: 'a' }] } }, isAnnotation],
    ['an unknown motivation', { ...annotation, motivation: 'shouting' }, isAnnotation],
    ['a date that is no xsd:dateTime', { ...doc, created: '1 March 2025' }, isCollection],
    ['annotations but no first page', without(doc, 'first'), isCollection],
    ['a negative total', { ...doc, total: -1 }, isCollection],
  ];
  for (const [why, value, validate] of cases) assert.ok(!validate(value), why);
  // and what it allows: a bare IRI target, an extra context after the W3C one
  assert.ok(isAnnotation({ ...annotation, target: 'https://example.org/page', '@context': [CONTEXT, { ex: 'https://example.org/ns#' }] }), errors(isAnnotation));
});
