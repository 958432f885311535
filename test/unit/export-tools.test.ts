// Each annotation-tool format read back the way its tool reads it: code point offsets for
// brat, doccano, spaCy and Label Studio, UTF-16 for the UIMA CAS, and the declarations
// (annotation.conf, labeling config, CAS type system) that the tool needs for what the file
// uses. Every sample must give back exactly our annotations. W3C: export-w3c.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toAnnotations, type Annotation } from '../../server/src/export/annotations.ts';
import { bratAnnotationConf, exportBrat } from '../../server/src/export/brat.ts';
import { exportDoccano } from '../../server/src/export/doccano.ts';
import { FORMATS } from '../../server/src/export/index.ts';
import { exportLabelStudio, labelStudioConfig } from '../../server/src/export/labelStudio.ts';
import { exportSpacy } from '../../server/src/export/spacy.ts';
import { LABELS } from '../../server/src/export/spans.ts';
import { CAS_TYPES, exportUimaCas } from '../../server/src/export/uimaCas.ts';
import { codePointSlice, samples } from '../helpers/exportSamples.ts';

/** What every tool must get back: each span's text and label, in order. */
const expected = (annotations: Annotation[]) => annotations.map((a) => [a.text, LABELS[a.kind]]);

test('the samples have astral characters before spans, CRLF and traditional characters, and annotations', () => {
  const all = samples();
  assert.ok(all.some((s) => /[\ud800-\udbff]/.test(s.text.slice(0, toAnnotations(s.analysis)[1]?.start ?? 0))), 'an emoji before a span');
  assert.ok(all.some((s) => s.text.includes('\r\n') && s.analysis.figures.length));
  assert.ok(all.some((s) => s.text.includes('華為') && s.analysis.entities.some((e) => e.text === '華為')));
  for (const s of all) assert.ok(toAnnotations(s.analysis).length > 0, s.name);
});

test('every format is registered, renders every sample and has a distinct file extension', () => {
  const extensions = FORMATS.map((f) => f.extension);
  assert.equal(new Set(extensions).size, extensions.length);
  for (const f of ['brat', 'w3c', 'label-studio', 'doccano', 'uima-cas', 'spacy']) assert.ok(FORMATS.some((x) => x.name === f), f);
  for (const s of samples()) for (const f of FORMATS) assert.ok(f.render(s.analysis, s.source, s.text).length > 0, `${f.name} ${s.name}`);
});

test('brat: .ann offsets count code points in the .txt, attributes and notes point at declared types', () => {
  const conf = bratAnnotationConf();
  const section = (name: string) => conf.split(`[${name}]`)[1].split(/\n\[/)[0].split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const entityTypes = new Set(section('entities'));
  const attributes = new Map(section('attributes').map((l) => {
    const [name, spec] = l.split('\t');
    const values = /Value:([^,]+)/.exec(spec)?.[1].split('|');
    const args = /Arg:([^,]+)/.exec(spec)![1].split('|');
    return [name, { values, args }];
  }));
  for (const s of samples()) {
    const brat = FORMATS.find((f) => f.name === 'brat')!;
    const [txt] = brat.companions!(s.analysis, s.source, s.text);
    assert.deepEqual(txt, { name: '.txt', content: s.text }, 'the .txt is the text itself');
    const types = new Map<string, string>();
    const found: string[][] = [];
    for (const line of exportBrat(s.analysis, s.text).split('\n').filter(Boolean)) {
      const [id, middle, rest] = line.split('\t');
      if (id.startsWith('T')) {
        const [type, ...where] = middle.split(' ');
        assert.ok(entityTypes.has(type), type);
        const fragments = where.join(' ').split(';').map((f) => f.split(' ').map(Number));
        assert.equal(rest, fragments.map(([a, b]) => codePointSlice(s.text, a, b)).join(' '), `${s.name} ${line}`);
        assert.ok(!fragments.some(([a, b]) => /[\r\n]/.test(codePointSlice(s.text, a, b))), 'no line break inside a fragment');
        types.set(id, type);
        found.push([rest, type]);
      } else if (id.startsWith('A')) {
        const [name, target, value] = middle.split(' ');
        const declared = attributes.get(name);
        assert.ok(declared, name);
        assert.ok(declared.args.includes(types.get(target)!), `${name} on ${types.get(target)}`);
        if (declared.values) assert.ok(declared.values.includes(value), `${name}=${value}`);
        else assert.equal(value, undefined, 'a binary attribute has no value');
      } else {
        assert.match(id, /^#\d+$/);
        const [kind, target] = middle.split(' ');
        assert.equal(kind, 'AnnotatorNotes');
        assert.ok(types.has(target));
        assert.ok(rest.length > 0 && !/[\t\r\n]/.test(rest));
      }
    }
    assert.deepEqual(found, expected(toAnnotations(s.analysis)), s.name);
  }
});

test('brat: a span across a line break becomes fragments that brat accepts', () => {
  const text = '据介绍，\r\n盘古3.0发布';
  const analysis = { length: text.length, entities: [], sections: [], tables: [], segmented: true, figures: [
    { kind: 'figure' as const, start: 2, end: 9, text: text.slice(2, 9), value: 3, unit: '', qualifier: 'eq' as const, status: 'unverified' as const, statusReason: { kind: 'none' as const } },
  ] };
  assert.equal(exportBrat(analysis, text).split('\n')[0], 'T1\tFigure 2 4;6 9\t绍， 盘古3');
});

test('doccano and spaCy: one JSON line per document, spans in code points', () => {
  for (const s of samples()) {
    const doccano = JSON.parse(exportDoccano(s.analysis, s.source, s.text));
    assert.equal(doccano.text, s.text);
    assert.deepEqual(doccano.label.map(([a, b, label]: [number, number, string]) => [codePointSlice(s.text, a, b), label]), expected(toAnnotations(s.analysis)), s.name);
    const spacy = JSON.parse(exportSpacy(s.analysis, s.source, s.text));
    assert.equal(spacy.text, s.text);
    assert.deepEqual(spacy.spans.map((x: { start: number; end: number; label: string }) => [codePointSlice(s.text, x.start, x.end), x.label]), expected(toAnnotations(s.analysis)));
    assert.equal(exportSpacy(s.analysis, s.source, s.text).trimEnd().split('\n').length, 1, 'one line');
  }
});

test('Label Studio: task predictions in code points, using only names and values of the labeling config', () => {
  const config = labelStudioConfig();
  const names = new Set([...config.matchAll(/ name="([^"]+)"/g)].map((m) => m[1]));
  const labels = new Set([...config.matchAll(/<Label value="([^"]+)"/g)].map((m) => m[1]));
  const choices = new Set([...config.matchAll(/<Choice value="([^"]+)"/g)].map((m) => m[1]));
  assert.match(config, /<Text name="text" value="\$text"\/>/);
  for (const s of samples()) {
    const tasks = JSON.parse(exportLabelStudio(s.analysis, s.source, s.text));
    assert.equal(tasks.length, 1);
    const [{ data, predictions }] = tasks;
    assert.equal(data.text, s.text);
    const regions: string[][] = [];
    for (const r of predictions[0].result) {
      assert.ok(names.has(r.from_name) && names.has(r.to_name), r.from_name);
      if (r.type === 'labels') {
        assert.equal(codePointSlice(data.text, r.value.start, r.value.end), r.value.text);
        assert.ok(labels.has(r.value.labels[0]));
        regions.push([r.value.text, r.value.labels[0]]);
      }
      if (r.type === 'choices') assert.ok(choices.has(r.value.choices[0]));
      if (r.type === 'textarea') assert.ok(typeof r.value.text[0] === 'string');
      assert.ok(predictions[0].result.some((x: { id: string; type: string }) => x.id === r.id && x.type === 'labels'), 'per-region results share their region id');
    }
    assert.deepEqual(regions, expected(toAnnotations(s.analysis)), s.name);
  }
});

test('UIMA CAS JSON: UTF-16 offsets, declared types, named entities on whole tokens inside one sentence', () => {
  for (const s of samples()) {
    const cas = JSON.parse(exportUimaCas(s.analysis, s.source, s.text));
    assert.deepEqual(Object.keys(cas), ['%TYPES', '%FEATURE_STRUCTURES', '%VIEWS']);
    const [sofa, ...rest] = cas['%FEATURE_STRUCTURES'];
    assert.equal(sofa['%TYPE'], 'uima.cas.Sofa');
    assert.equal(sofa.sofaString, s.text);
    const ids = cas['%FEATURE_STRUCTURES'].map((fs: { '%ID': number }) => fs['%ID']);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(cas['%VIEWS']._InitialView, { '%SOFA': sofa['%ID'], '%MEMBERS': rest.map((fs: { '%ID': number }) => fs['%ID']) });
    const byType = (type: string) => rest.filter((fs: { '%TYPE': string }) => fs['%TYPE'] === type);
    for (const fs of rest) {
      const declared = cas['%TYPES'][fs['%TYPE']];
      assert.ok(declared, fs['%TYPE']);
      assert.equal(fs['@sofa'], sofa['%ID']);
      assert.ok(fs.begin >= 0 && fs.begin <= fs.end && fs.end <= s.text.length);
      for (const key of Object.keys(fs)) {
        assert.ok(key.startsWith('%') || ['@sofa', 'begin', 'end', 'language'].includes(key) || declared[key], `${fs['%TYPE']}.${key}`);
      }
    }
    const sentences = byType(CAS_TYPES.sentence);
    const tokens = byType(CAS_TYPES.token);
    const starts = new Set(tokens.map((t: { begin: number }) => t.begin));
    const ends = new Set(tokens.map((t: { end: number }) => t.end));
    const inSentence = (x: { begin: number; end: number }) => sentences.some((z: { begin: number; end: number }) => z.begin <= x.begin && x.end <= z.end);
    for (const t of tokens) assert.ok(inSentence(t) && /\S/.test(s.text.slice(t.begin, t.end)));
    const entities = byType(CAS_TYPES.namedEntity);
    for (const e of entities) {
      assert.ok(starts.has(e.begin) && ends.has(e.end), `${s.name}: ${s.text.slice(e.begin, e.end)} on token boundaries`);
      assert.ok(inSentence(e), `${s.text.slice(e.begin, e.end)} inside one sentence`);
    }
    const annotations = toAnnotations(s.analysis);
    assert.deepEqual(entities.map((e: { begin: number; end: number; value: string }) => [s.text.slice(e.begin, e.end), e.value]), expected(annotations));
    assert.deepEqual(entities.map((e: { identifier?: string }) => e.identifier), annotations.map((a) => (a.kind === 'figure' ? undefined : a.entityId)));
    const [meta] = byType(CAS_TYPES.metadata);
    assert.deepEqual([meta.begin, meta.end, meta.documentId], [0, s.text.length, s.source.path]);
  }
});
