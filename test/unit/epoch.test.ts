// The Epoch AI import on a small CSV of the project's own (test/fixtures/epoch): a real CSV
// parser for the awkward cells, organisations mapped onto existing vendors, Chinese names from
// the map, facts with the row's link, Epoch AI as publisher and both dates, rumours left out,
// hand-written knowledge never touched, and output that the knowledge schema accepts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import { activatedParameters, EPOCH_ATTRIBUTION, EPOCH_DATA_URL, importEpoch, readEpochCsv, type EpochMap } from '../../server/src/kb/epoch.ts';
import { handWrittenSources, knowledgeSchema } from '../../server/src/knowledge/index.ts';
import type { FactSource, KnowledgeDocument } from '../../server/src/knowledge/types.ts';

const FIXTURES = join(__dirname, '..', 'fixtures', 'epoch');
const csv = readFileSync(join(FIXTURES, 'notable-sample.csv'), 'utf8');
const map = JSON.parse(readFileSync(join(FIXTURES, 'map-sample.json'), 'utf8')) as EpochMap;
const existing = handWrittenSources().map((s) => s.document);
const rows = readEpochCsv(csv);
const run = (m: EpochMap = map, text = csv) => importEpoch(readEpochCsv(text), m, { retrieved: '2026-01-26', existing });

test('the CSV is read with a real parser: line breaks and quotes inside cells, several organisations, partial dates, several links', () => {
  assert.deepEqual(rows.map((r) => r.name), ['Tianji-7B', 'Rumour-1', 'Qwen2.5-72B', 'Lakeside-3B', 'Orphan Net', 'Qwen2.5 Twin (72B)']);
  const tianji = rows[0];
  assert.deepEqual(tianji.organizations, ['Z.ai (Zhipu AI)', 'Tsinghua University']);
  assert.deepEqual(tianji.countries, ['China', 'China']);
  assert.equal(tianji.published, '2024-05');
  assert.equal(rows[1].published, '2023');
  assert.equal(tianji.reference, 'Tianji: a "test" model, with commas');
  assert.deepEqual(tianji.links, ['https://example.org/tianji', 'https://arxiv.org/abs/2401.00001']);
  assert.equal(tianji.parameters, 7e9);
  assert.equal(activatedParameters(tianji), 1.5e9);
  assert.equal(activatedParameters({ name: 'Qwen3-235B-A22B', parametersNotes: '' }), 22e9);
});

test('organisations map onto existing vendor ids; Chinese models get their Chinese names', () => {
  const { document } = run();
  const tianji = document.models!.find((m) => m.names.en === 'Tianji-7B')!;
  assert.equal(tianji.vendor, 'vendor:zhipu', 'Z.ai (Zhipu AI) is the existing 智谱');
  assert.deepEqual(tianji.names, { 'zh-Hans': '天机-7B', 'zh-Hant': '天機-7B', en: 'Tianji-7B' });
  assert.ok(tianji.aliases?.includes('天机7B'));
  assert.equal(tianji.released, '2024-05');
  assert.equal(tianji.openWeights, true);
  assert.ok(!document.vendors!.some((v) => v.id === 'vendor:zhipu' || v.id === 'vendor:tsinghua'), 'no duplicate of an existing vendor');
  const labs = document.vendors!.find((v) => v.names.en === 'Example Labs')!;
  assert.equal(labs.names['zh-Hans'], '示例实验室');
  assert.equal(labs.country, 'US');
  // a row of a model the hand-written data has: facts only, about that model
  assert.ok(!document.models!.some((m) => m.names.en === 'Qwen2.5-72B'));
  assert.ok(document.facts!.some((f) => f.subject === 'model:qwen2.5-72b' && f.attribute === 'parameters' && f.value === 72.7e9));
});

test('every number of a row is a fact citing the row: its link, Epoch AI, the publication and retrieval dates, the credit', () => {
  const { document } = run();
  const facts = document.facts!.filter((f) => f.subject.includes('tianji'));
  const by = (a: string) => facts.find((f) => f.attribute === a)!;
  assert.equal(by('parameters').value, 7e9);
  assert.equal(by('activated_parameters').value, 1.5e9);
  assert.equal(by('training_tokens').value, 2e12);
  assert.equal(by('training_gpus').value, 512);
  assert.equal(by('training_gpus').note, 'NVIDIA H800 SXM5');
  assert.equal(by('training_days').value, 20);
  const stated = by('parameters').source as FactSource;
  assert.deepEqual(stated, {
    title: 'Tianji: a "test" model, with commas', url: 'https://example.org/tianji', publisher: 'Epoch AI',
    published: '2024-05', retrieved: '2026-01-26', attribution: EPOCH_ATTRIBUTION,
  });
  // Epoch's own estimates cite Epoch's data page
  assert.equal((by('training_cost').source as FactSource).url, EPOCH_DATA_URL);
  assert.equal((by('training_compute').source as FactSource).url, EPOCH_DATA_URL);
});

test('a rumoured or speculative number is no fact', () => {
  const { document } = run();
  const rumour = document.facts!.filter((f) => f.subject.includes('rumour'));
  assert.deepEqual(rumour.map((f) => f.attribute), [], 'rumoured parameters, speculative compute, GPUs and days are left out');
  assert.ok(document.models!.some((m) => m.names.en === 'Rumour-1'), 'the model itself is kept');
});

test('a dataset size given as a bound, as the mixture several models share, or as an assumption, is no count of this model\'s tokens', () => {
  const tokens = (note: string) => run(map, csv.replace('"pre-trained on 2T tokens"', `"${note}"`)).document.facts!
    .filter((f) => f.subject === 'model:tianji-7b' && f.attribute === 'training_tokens').map((f) => f.value);
  assert.deepEqual(tokens('pre-trained on 2T tokens'), [2e12]);
  assert.deepEqual(tokens('The overall data mixture for training consisted of 2 trillion tokens'), []);
  assert.deepEqual(tokens('trained on more than 2 trillion tokens'), []);
  assert.deepEqual(tokens('All models were pre-trained on over 2T tokens'), []);
  // (nor one the data's editor assumed, no source stating it)
  assert.deepEqual(tokens('Not explicitly mentioned, but I assume the 2T tokens do not involve multiple epochs.'), []);
});

test('what the map misses is reported: a Chinese model without names, a Chinese organisation without a Chinese name', () => {
  const { report } = run();
  assert.equal(report.chineseRows, 4);
  assert.equal(report.chineseRowsMapped, 3);
  assert.ok(report.errors.some((e) => e.includes('Lakeside-3B')), report.errors.join('\n'));
  assert.ok(report.errors.some((e) => e.includes('Westlake University')), report.errors.join('\n'));
  assert.ok(report.notes.some((n) => n.includes('Orphan Net')), 'a row without an organisation is left out, and said so');
  const full = run({ ...map, organizations: { ...map.organizations, 'Westlake University': { zh: '西湖大学', type: 'university', country: 'CN' } }, models: { ...map.models, 'Lakeside-3B': { zh: '湖畔-3B' } } });
  assert.deepEqual(full.report.errors, []);
  assert.equal(full.report.chineseRowsMapped, full.report.chineseRows);
});

test('the generated document validates against the knowledge schema, and the hand-written documents are untouched', () => {
  const before = JSON.stringify(existing);
  const { document } = run();
  assert.equal(JSON.stringify(existing), before);
  const validate = new Ajv({ allErrors: true, strict: false }).compile(knowledgeSchema);
  assert.ok(validate(document), JSON.stringify(validate.errors?.slice(0, 5)));
});

test('importing again gives the same file; a newer CSV changes only what changed', () => {
  const a = JSON.stringify(run().document);
  assert.equal(JSON.stringify(run().document), a);
  const newer = csv.replace('72700000000.0,72.7B', '72800000000.0,72.8B');
  const b = run(map, newer).document as KnowledgeDocument;
  const changed = b.facts!.filter((f, i) => JSON.stringify(f) !== JSON.stringify((JSON.parse(a) as KnowledgeDocument).facts![i]));
  assert.deepEqual(changed.map((f) => [f.subject, f.attribute, f.value]), [['model:qwen2.5-72b', 'parameters', 72.8e9]]);
});
