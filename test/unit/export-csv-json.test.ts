// JSON and JSONL against the ai-annotations/1 JSON Schema (ajv), and CSV read back with
// csv-parse the way a spreadsheet import does: quoting, BOM, one row per annotation, and no
// cell that a spreadsheet would run as a formula.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Ajv from 'ajv';
import { parse } from 'csv-parse/sync';
import type { Analysis } from '../../server/src/analysis/types.ts';
import { toAnnotations } from '../../server/src/export/annotations.ts';
import { CSV_COLUMNS, exportCsv } from '../../server/src/export/csv.ts';
import { exportJson, type AnnotationDocument } from '../../server/src/export/json.ts';
import { exportJsonl } from '../../server/src/export/jsonl.ts';
import schema from '../../server/src/export/schema/ai-annotations.schema.json';
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
