// JSON and JSONL against the ai-annotations/1 JSON Schema (ajv), and CSV read back with
// csv-parse the way a spreadsheet import does: quoting, BOM, one row per annotation, and no
// cell that a spreadsheet would run as a formula.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Ajv from 'ajv';
import { parse } from 'csv-parse/sync';
import type { Analysis, Figure } from '../../server/src/analysis/types.ts';
import { toAnnotations } from '../../server/src/export/annotations.ts';
import { CSV_COLUMNS, exportCsv } from '../../server/src/export/csv.ts';
import { exportJson, type AnnotationDocument } from '../../server/src/export/json.ts';
import { exportJsonl } from '../../server/src/export/jsonl.ts';
import schema from '../../server/src/export/schema/ai-annotations.schema.json';
import { ATTRIBUTES } from '../../server/src/knowledge/attributes.ts';
import { samples } from '../helpers/exportSamples.ts';

const ajv = new Ajv({ strict: false });
const validateDocument = ajv.compile(schema);
const validateAnnotation = ajv.compile({ $ref: `${schema.$id}#/definitions/annotation` });

test('JSON validates against ai-annotations/1 and its spans are UTF-16 slices of the text', () => {
  for (const s of samples()) {
    const doc: AnnotationDocument = JSON.parse(exportJson(s.analysis, s.source));
    assert.ok(validateDocument(doc), `${s.name}: ${JSON.stringify(validateDocument.errors)}`);
    for (const a of doc.annotations) assert.equal(s.text.slice(a.start, a.end), a.text);
  }
});

test('JSONL: one valid annotation a line, each with its document path', () => {
  for (const s of samples()) {
    const lines = exportJsonl(s.analysis, s.source).trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, toAnnotations(s.analysis).length);
    for (const { path, ...a } of lines) {
      assert.equal(path, s.source.path);
      assert.ok(validateAnnotation(a), JSON.stringify(validateAnnotation.errors));
    }
  }
});

const readCsv = (csv: string) => parse(csv, { bom: true, columns: true, relax_column_count: false }) as Array<Record<string, string>>;

test('CSV: a BOM, one header, one row per annotation, every field as the JSON has it', () => {
  for (const s of samples()) {
    const csv = exportCsv(s.analysis, s.source, { bom: true });
    assert.ok(csv.startsWith('\ufeffpath,id,kind,'));
    const rows = readCsv(csv);
    const annotations = toAnnotations(s.analysis);
    assert.equal(rows.length, annotations.length);
    rows.forEach((row, i) => {
      const a = annotations[i];
      assert.deepEqual(Object.keys(row), [...CSV_COLUMNS]);
      assert.deepEqual([row.path, row.id, row.kind, Number(row.start), Number(row.end), row.text], [s.source.path, a.id, a.kind, a.start, a.end, a.text]);
      if (a.kind === 'figure') assert.deepEqual([Number(row.value), row.unit, row.qualifier, row.status], [a.value, a.unit, a.qualifier, a.status]);
      else assert.deepEqual([row.entityId, row.canonical], [a.entityId, a.canonical]);
    });
  }
});

/** An analysis whose strings are hostile to spreadsheets and to CSV quoting. */
function hostile(strings: string[]): Analysis {
  return {
    length: 100, sections: [], tables: [], segmented: true, figures: [],
    entities: strings.map((s, i) => ({ kind: 'vendor' as const, start: i, end: i + 1, text: s, entityId: `vendor:x${i}`, canonical: s, via: 'knowledge' as const })),
  };
}

test('CSV: cells starting with = + - @ tab or CR are neutralised, quotes, commas and line breaks survive', () => {
  const formulas = ['=HYPERLINK("http://evil.example","点我")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1'];
  const awkward = ['华为, "盘古"', '第一行\r\n第二行', 'a\nb', '"'];
  const rows = readCsv(exportCsv(hostile([...formulas, ...awkward]), { path: '=evil.md', length: 100, sha256: '0'.repeat(64) }));
  formulas.forEach((f, i) => {
    assert.equal(rows[i].text, `'${f}`, 'a leading apostrophe makes the cell text');
    assert.equal(rows[i].canonical, `'${f}`);
    assert.equal(rows[i].path, "'=evil.md");
  });
  awkward.forEach((f, i) => assert.equal(rows[formulas.length + i].text, f));
  for (const row of rows) for (const cell of Object.values(row)) assert.doesNotMatch(cell, /^[=+\-@\t\r]/);
});

test('the schema\'s attribute enum is exactly the vocabulary of knowledge/attributes.ts', () => {
  const figure = schema.definitions.annotation.oneOf[1].properties as unknown as Record<string, { enum?: string[] }>;
  assert.deepEqual(figure.attribute.enum, [...ATTRIBUTES]);
});

/** The claim of a figure as the analysis has it, in the shape of ai-annotations/1. */
const claimOf = (f: Figure) => ({
  subjectId: f.subjectId ?? null, attribute: f.attribute, per: f.per, benchmark: f.benchmark, scope: f.scope, tolerance: f.tolerance, nonClaim: f.nonClaim,
  value: f.value, unit: f.unit, qualifier: f.qualifier, range: f.range, status: f.status, source: f.source,
});
const pick = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k] ?? undefined]));

test('the claim of every figure survives JSON, JSONL and CSV, field by field', () => {
  const s = samples().find((x) => x.name === 'claims')!;
  const want = s.analysis.figures.map(claimOf);
  const keys = Object.keys(want[0]);
  const doc: AnnotationDocument = JSON.parse(exportJson(s.analysis, s.source));
  assert.ok(validateDocument(doc), JSON.stringify(validateDocument.errors));
  assert.deepEqual(doc.source, { path: s.source.path, length: s.source.length, sha256: s.source.sha256 }, 'no machine-specific uri in the JSON');
  const figures = doc.annotations.filter((a) => a.kind === 'figure');
  assert.deepEqual(figures.map((a) => pick(a as never, keys)), want.map((w) => pick(w, keys)));
  assert.ok(figures.every((a) => 'subjectId' in a), 'subjectId is always there, null when about no named entity');

  const lines = exportJsonl(s.analysis, s.source).trimEnd().split('\n').map((l) => JSON.parse(l)).filter((a) => a.kind === 'figure');
  assert.deepEqual(lines.map((a) => pick(a, keys)), want.map((w) => pick(w, keys)));

  const rows = readCsv(exportCsv(s.analysis, s.source)).filter((r) => r.kind === 'figure');
  const cell = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  assert.deepEqual(rows.map((r) => [r.subjectId, r.attribute, r.perValue, r.perUnit, r.benchmark, r.scope, r.tolerance, r.nonClaim, r.value, r.unit, r.qualifier, r.status, r.source]),
    want.map((w) => [cell(w.subjectId), cell(w.attribute), cell(w.per?.value), cell(w.per?.unit), cell(w.benchmark), cell(w.scope), cell(w.tolerance), cell(w.nonClaim), cell(w.value), w.unit, w.qualifier, w.status, cell(w.source)]));
});

test('CSV keeps the columns it had, in their order, and appends the new ones', () => {
  const before = ['path', 'id', 'kind', 'start', 'end', 'text', 'entityId', 'canonical', 'vendorId',
    'value', 'unit', 'qualifier', 'rangeLow', 'rangeHigh', 'subjectId', 'attribute', 'status', 'source', 'ambiguity'];
  assert.deepEqual(CSV_COLUMNS.slice(0, before.length), before);
});

test('the schema rejects claims outside the contract', () => {
  const s = samples().find((x) => x.name === 'claims')!;
  const figure = toAnnotations(s.analysis).find((a) => a.kind === 'figure')!;
  assert.ok(validateAnnotation(figure));
  for (const bad of [
    { attribute: 'parameter_count' }, { attribute: 'Parameters' },
    { per: { value: 1000 } }, { per: { value: 0, unit: 'tokens' } }, { per: { value: 1000, unit: 'tokens', extra: 1 } },
    { subjectId: 'deepseek' }, { subjectId: undefined }, { tolerance: -0.1 }, { nonClaim: 'joke' }, { benchmark: '' },
  ]) assert.ok(!validateAnnotation({ ...figure, ...bad }), JSON.stringify(bad));
});
