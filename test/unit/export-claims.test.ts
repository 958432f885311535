// The claim of every figure (subject, attribute, rate denominator, benchmark, time scope,
// tolerance, non-claim kind, with value, unit, qualifier, status and source) read back from each
// annotation-tool format the way its tool stores it: brat attributes and annotator notes declared
// in annotation.conf, Label Studio per-region choices declared in the labeling config and the
// region's meta, doccano metadata, UIMA features of a declared type, spaCy kb_id and span
// extensions. (JSON, JSONL and CSV: export-csv-json.test.ts; W3C: export-w3c.test.ts.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Figure } from '../../server/src/analysis/types.ts';
import { toAnnotations } from '../../server/src/export/annotations.ts';
import { bratAnnotationConf, exportBrat } from '../../server/src/export/brat.ts';
import { exportDoccano } from '../../server/src/export/doccano.ts';
import { exportLabelStudio, labelStudioConfig } from '../../server/src/export/labelStudio.ts';
import { exportSpacy } from '../../server/src/export/spacy.ts';
import { recordOf } from '../../server/src/export/spans.ts';
import { CAS_TYPES, exportUimaCas } from '../../server/src/export/uimaCas.ts';
import { ATTRIBUTES } from '../../server/src/knowledge/attributes.ts';
import { codePointSlice, samples } from '../helpers/exportSamples.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const sample = () => samples().find((s) => s.name === 'claims')!;
/** The figures' records as ai-annotations/1 has them (JSON round trip: no undefined fields). */
const records = () => toAnnotations(sample().analysis).filter((a) => a.kind === 'figure').map((a) => JSON.parse(JSON.stringify(recordOf(a))));

test('the claim sample fills in every claim field somewhere', () => {
  const figures = sample().analysis.figures;
  for (const key of ['subjectId', 'attribute', 'per', 'benchmark', 'scope', 'tolerance', 'nonClaim', 'source'] as const) {
    assert.ok(figures.some((f) => f[key] !== undefined), key);
  }
  assert.ok(figures.some((f) => f.subjectId === undefined), 'a figure about no named entity');
});

test('brat: attribute and non-claim kind as declared attributes, the rest of the claim in the note', () => {
  const s = sample();
  const conf = bratAnnotationConf();
  const declared = new Map([...conf.matchAll(/^(\w+)\tArg:([^,\n]+)(?:, Value:(.+))?$/gm)].map((m) => [m[1], { args: m[2].split('|'), values: m[3]?.split('|') }]));
  assert.deepEqual(declared.get('Attribute'), { args: ['Figure'], values: [...ATTRIBUTES] });
  assert.deepEqual(declared.get('NonClaim'), { args: ['Figure'], values: ['hypothetical', 'example', 'definition'] });
  const lines = exportBrat(s.analysis, s.text).trimEnd().split('\n').map((l) => l.split('\t'));
  const figureIds = lines.filter(([id, middle]) => id.startsWith('T') && middle.startsWith('Figure ')).map(([id]) => id);
  assert.equal(figureIds.length, s.analysis.figures.length);
  figureIds.forEach((tid, i) => {
    const f: Figure = s.analysis.figures[i];
    const attributes = Object.fromEntries(lines.filter(([id, m]) => id.startsWith('A') && m.split(' ')[1] === tid).map(([, m]) => m.split(' ')).map(([name, , value]) => [name, value]));
    assert.deepEqual(attributes, { Status: f.status, Qualifier: f.qualifier, ...(f.attribute ? { Attribute: f.attribute } : {}), ...(f.nonClaim ? { NonClaim: f.nonClaim } : {}) });
    const note = lines.find(([id, m]) => id.startsWith('#') && m === `AnnotatorNotes ${tid}`)![2];
    const fields = Object.fromEntries([...note.matchAll(/(\w+)=("(?:[^"\\]|\\.)*"|\S+)/g)].map(([, k, v]) => [k, v.startsWith('"') ? JSON.parse(v) : v]));
    assert.equal(Number(fields.value), f.value);
    assert.equal(fields.subject, f.subjectId);
    assert.equal(fields.attribute, f.attribute);
    assert.equal(fields.per, f.per && `${f.per.value} ${f.per.unit}`);
    assert.equal(fields.benchmark, f.benchmark);
    assert.equal(fields.scope, f.scope);
    assert.equal(fields.tolerance === undefined ? undefined : Number(fields.tolerance), f.tolerance);
    assert.equal(fields.nonClaim, f.nonClaim);
    assert.equal(fields.source, f.source);
  });
});

/** The labeling config's per-region controls: name → the values it offers (and for which label). */
function configControls(config: string) {
  const out = new Map<string, { type: string; values: string[]; whenLabelValue?: string }>();
  for (const m of config.matchAll(/<(Choices|Labels|TextArea|Text)\s([^>]*?)\/?>([\s\S]*?)(?=<\/\1>|<(?:Choices|Labels|TextArea|Text)\s|<\/View>)/g)) {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[2])?.[1];
    const values = [...m[3].matchAll(/<(?:Choice|Label) value="([^"]+)"/g)].map((v) => v[1]);
    out.set(attr('name')!, { type: m[1], values, whenLabelValue: attr('whenLabelValue') });
  }
  return out;
}

test('Label Studio: attribute and non-claim kind as per-region choices the config declares, the record in the region meta', () => {
  const s = sample();
  const controls = configControls(labelStudioConfig());
  assert.deepEqual(controls.get('attribute'), { type: 'Choices', values: [...ATTRIBUTES], whenLabelValue: 'Figure' });
  assert.deepEqual(controls.get('nonClaim'), { type: 'Choices', values: ['hypothetical', 'example', 'definition'], whenLabelValue: 'Figure' });
  const [task] = JSON.parse(exportLabelStudio(s.analysis, s.source, s.text));
  const result: Json[] = task.predictions[0].result;
  for (const r of result) {
    const control = controls.get(r.from_name);
    assert.ok(control, r.from_name);
    // a result of a control's type, with values that control offers
    assert.equal(r.type, control.type.toLowerCase());
    for (const v of r.value[r.type] ?? []) if (r.type !== 'textarea') assert.ok(control.values.includes(v), `${r.from_name}: ${v}`);
  }
  const figureRegions = result.filter((r) => r.type === 'labels' && r.value.labels[0] === 'Figure');
  const want = records();
  assert.deepEqual(figureRegions.map((r) => r.meta.annotation), want);
  figureRegions.forEach((r, i) => {
    const f: Figure = s.analysis.figures[i];
    const of = (name: string) => result.filter((x) => x.id === r.id && x.from_name === name).map((x) => x.value.choices[0]);
    assert.deepEqual(of('attribute'), f.attribute ? [f.attribute] : []);
    assert.deepEqual(of('nonClaim'), f.nonClaim ? [f.nonClaim] : []);
    assert.deepEqual(of('status'), [f.status]);
    assert.equal(typeof r.meta.text[0], 'string');
    assert.equal(codePointSlice(task.data.text, r.value.start, r.value.end), f.text);
  });
});

test('doccano: the claims as metadata of the example, spans in code points', () => {
  const s = sample();
  const line = JSON.parse(exportDoccano(s.analysis, s.source, s.text));
  // doccano's sequence-labeling import: text, label as [start, end, label] triples; other keys are metadata
  assert.equal(typeof line.text, 'string');
  for (const l of line.label) assert.ok(Number.isInteger(l[0]) && Number.isInteger(l[1]) && typeof l[2] === 'string' && l.length === 3);
  assert.deepEqual(Object.keys(line), ['text', 'label', 'path', 'claims']);
  assert.deepEqual(line.claims.map(({ start: _s, end: _e, text: _t, ...rest }: Json) => rest), records());
  for (const c of line.claims) assert.equal(codePointSlice(s.text, c.start, c.end), c.text);
});

test('UIMA CAS JSON: one Claim per figure, its features declared in the type system with their ranges', () => {
  const s = sample();
  const cas = JSON.parse(exportUimaCas(s.analysis, s.source, s.text));
  const type = cas['%TYPES'][CAS_TYPES.claim];
  assert.equal(type['%SUPER_TYPE'], 'uima.tcas.Annotation');
  const claims = cas['%FEATURE_STRUCTURES'].filter((fs: Json) => fs['%TYPE'] === CAS_TYPES.claim);
  assert.equal(claims.length, s.analysis.figures.length);
  claims.forEach((c: Json, i: number) => {
    const f: Figure = s.analysis.figures[i];
    assert.deepEqual([c.begin, c.end], [f.start, f.end], 'UTF-16 offsets, as Java counts');
    for (const [key, value] of Object.entries(c)) {
      if (key.startsWith('%') || ['@sofa', 'begin', 'end'].includes(key)) continue;
      const range = type[key]?.['%RANGE'];
      assert.ok(range, `${key} is declared`);
      assert.equal(typeof value, range === 'uima.cas.Double' ? 'number' : 'string', key);
    }
    assert.deepEqual(
      [c.subjectId, c.attribute, c.value, c.unit, c.qualifier, c.perValue, c.perUnit, c.benchmark, c.scope, c.tolerance, c.nonClaim, c.status, c.source],
      [f.subjectId, f.attribute, f.value, f.unit, f.qualifier, f.per?.value, f.per?.unit, f.benchmark, f.scope, f.tolerance, f.nonClaim, f.status, f.source]);
  });
  // a view member, so that CAS readers load it
  assert.ok(claims.every((c: Json) => cas['%VIEWS']._InitialView['%MEMBERS'].includes(c['%ID'])));
});

test('spaCy: kb_id on entity spans, every other field a span extension with a Python identifier for a name', () => {
  const s = sample();
  const { spans } = JSON.parse(exportSpacy(s.analysis, s.source, s.text));
  const annotations = toAnnotations(s.analysis);
  assert.equal(spans.length, annotations.length);
  spans.forEach((span: Json, i: number) => {
    const a = annotations[i];
    assert.deepEqual(Object.keys(span).filter((k) => k !== 'kb_id'), ['start', 'end', 'label', '_']);
    assert.equal(span.kb_id, a.kind === 'figure' ? undefined : a.entityId);
    for (const name of Object.keys(span._)) assert.match(name, /^[A-Za-z_][A-Za-z0-9_]*$/, 'Span.set_extension takes an identifier');
    const { kind: _k, entityId: _e, ...rest } = JSON.parse(JSON.stringify(recordOf(a)));
    assert.deepEqual(span._, rest);
  });
});
