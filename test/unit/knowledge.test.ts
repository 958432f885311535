// The bundled knowledge base is data reviewed like code: it validates, ids are unique,
// references resolve, every fact has a source and a date, and no alias is silently shared.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aliasKey, KnowledgeBase } from '../../server/src/analysis/knowledge.ts';
import { bundledSources, parseKnowledge } from '../../server/src/knowledge/index.ts';

const BUNDLED_SOURCES = bundledSources();

const docs = BUNDLED_SOURCES.map((s) => s.document);
const vendors = docs.flatMap((d) => d.vendors ?? []);
const models = docs.flatMap((d) => d.models ?? []);
const products = docs.flatMap((d) => d.products ?? []);
const facts = docs.flatMap((d) => d.facts ?? []);
const all = { vendors, models, products, facts };

test('every bundled file validates against the schema', () => {
  for (const s of BUNDLED_SOURCES) {
    const parsed = parseKnowledge(JSON.stringify(s.document));
    assert.deepEqual(parsed.problems, [], s.origin);
  }
});

test('the knowledge base is big enough: 400 vendors, 1200 models, products, 1000 facts', () => {
  assert.ok(all.vendors.length >= 400, `vendors: ${all.vendors.length}`);
  assert.ok(all.models.length >= 1200, `models: ${all.models.length}`);
  assert.ok(all.products.length >= 50, `products: ${all.products.length}`);
  assert.ok(all.facts.length >= 1000, `facts: ${all.facts.length}`);
});

test('ids are unique across all files', () => {
  const ids = [...all.vendors, ...all.models, ...all.products].map((e) => e.id);
  const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
  assert.deepEqual(dupes, []);
});

test('references resolve: vendors, families, parents, fact subjects', () => {
  const ids = new Set([...all.vendors, ...all.models, ...all.products].map((e) => e.id));
  for (const m of all.models) {
    assert.ok(ids.has(m.vendor), `${m.id}: vendor ${m.vendor}`);
    if (m.family) assert.ok(ids.has(m.family), `${m.id}: family ${m.family}`);
  }
  for (const p of all.products) if (p.vendor) assert.ok(ids.has(p.vendor), `${p.id}: vendor ${p.vendor}`);
  for (const v of all.vendors) if (v.parent) assert.ok(ids.has(v.parent), `${v.id}: parent ${v.parent}`);
  for (const f of all.facts) assert.ok(ids.has(f.subject), `fact about ${f.subject}`);
});

test('every fact has a source with a title and a date, and a link unless it is marked unsourced', () => {
  for (const f of facts) {
    const source = typeof f.source === 'string' ? { title: f.source, url: f.url, published: f.date } : f.source;
    assert.ok(source.title.trim().length >= 3, `${f.subject} ${f.attribute}: source`);
    assert.match(source.published ?? source.retrieved ?? '', /^\d{4}(-\d{2}(-\d{2})?)?$/, `${f.subject} ${f.attribute}: date`);
    assert.ok(f.unsourced || /^https?:\/\//.test(source.url ?? ''), `${f.subject} ${f.attribute}: no link and not marked unsourced`);
    assert.ok(Number.isFinite(f.value));
  }
});

test('every entity has simplified, traditional and English names', () => {
  for (const e of [...all.vendors, ...all.models, ...all.products]) {
    assert.ok(e.names['zh-Hans'] && e.names['zh-Hant'] && e.names.en, e.id);
  }
});

test('no alias is shared by two entities unless declared ambiguous', () => {
  const declared = new Set(docs.flatMap((d) => d.ambiguousAliases ?? []).map((a) => aliasKey(a.alias)));
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const e of [...all.vendors, ...all.models, ...all.products]) {
    const spellings = new Set([e.name, e.names['zh-Hans'], e.names['zh-Hant'], e.names.en, ...(e.aliases ?? []), ...(e.contextAliases ?? [])].map(aliasKey));
    for (const key of spellings) {
      const other = owner.get(key);
      if (other && other !== e.id && !declared.has(key)) clashes.push(`${key}: ${other} / ${e.id}`);
      owner.set(key, e.id);
    }
  }
  assert.deepEqual(clashes, []);
});

test('every model has a vendor that is a vendor; families have versions that point back', () => {
  const kb = new KnowledgeBase([...BUNDLED_SOURCES]);
  for (const m of all.models) {
    assert.equal(kb.kindOf(m.vendor), 'vendor', m.id);
    if (m.family) assert.equal(kb.kindOf(m.family), 'model', m.id);
  }
  assert.ok(kb.versions.get('model:pangu')?.size, '盘古 has versions');
  assert.ok(kb.versions.get('model:gpt')?.size, 'GPT has versions');
});

test('a workspace document extends an entity and adds new ones', () => {
  const kb = new KnowledgeBase([
    ...BUNDLED_SOURCES,
    { origin: 'workspace', document: { vendors: [{ id: 'vendor:huawei', name: '华为', names: { 'zh-Hans': '华为', 'zh-Hant': '華為', en: 'Huawei' }, aliases: ['菊厂'], country: 'CN', type: 'company' }], models: [{ id: 'model:foo', name: '福星大模型', names: { 'zh-Hans': '福星大模型', 'zh-Hant': '福星大模型', en: 'Fuxing' }, vendor: 'vendor:huawei' }] } },
  ]);
  assert.equal(kb.aliases.get(aliasKey('菊厂'))?.[0].entityId, 'vendor:huawei');
  assert.equal(kb.aliases.get(aliasKey('华为技术'))?.[0].entityId, 'vendor:huawei', 'bundled aliases kept');
  assert.equal(kb.get('model:foo')?.kind, 'model');
});

test('malformed workspace knowledge is reported with line and column', () => {
  const broken = '{\n  "vendors": [\n    { "id": "vendor:x", "name": "X" }\n  ]\n}';
  const parsed = parseKnowledge(broken);
  assert.equal(parsed.document, undefined);
  assert.ok(parsed.problems.length > 0);
  assert.ok(parsed.problems.every((p) => p.line >= 1 && p.column >= 1));
  assert.ok(parsed.problems.some((p) => p.line === 3), JSON.stringify(parsed.problems));
  const syntax = parseKnowledge('{\n  "vendors": [\n    {,}\n  ]\n}');
  assert.equal(syntax.problems[0].line, 3);
});

test('the fast alias search finds exactly what the automaton library finds, built or loaded from its saved state', async () => {
  const { AhoCorasick, FastSearch, saveAutomaton } = await import('../../server/src/analysis/automaton.ts');
  const { fixtureTexts } = await import('../bench/text.ts');
  const kb = new KnowledgeBase([...BUNDLED_SOURCES]);
  const keys = [...kb.aliases.keys()];
  const built = new AhoCorasick(keys);
  const saved = JSON.parse(JSON.stringify(saveAutomaton(built)));
  // the fixtures, lower-cased as the entity pass does, and text that is all names and near-names
  const texts = [...fixtureTexts().map((t) => t.toLowerCase()), keys.join(''), keys.map((k) => k.slice(0, -1)).join('x'), '', '\u0000\uffff'];
  for (const text of texts) {
    const expected = built.matchInText(text);
    assert.deepEqual(new FastSearch(built).matchInText(text), expected);
    assert.deepEqual(new FastSearch(saved).matchInText(text), expected);
  }
  const keep = (k: string) => k.length > 2;
  assert.deepEqual(new FastSearch(built, keep).matchInText(texts[0]), built.matchInText(texts[0]).filter((m) => keep(m.keyword)));
});
