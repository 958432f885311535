// `ai-annotate kb`: stats, check, find and import-epoch as the CLI runs them (runKb with captured
// output), on the bundled knowledge and on workspaces of the test's own.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { checkKnowledge } from '../../server/src/kb/check.ts';
import { runKb } from '../../server/src/kb/command.ts';
import { KnowledgeBase } from '../../server/src/analysis/knowledge.ts';
import { parseKnowledge } from '../../server/src/knowledge/index.ts';
import type { KnowledgeDocument } from '../../server/src/knowledge/types.ts';

async function kb(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runKb(args, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
}

function workspace(document: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-ws-'));
  mkdirSync(join(dir, '.ai-annotator'));
  writeFileSync(join(dir, '.ai-annotator', 'knowledge.json'), JSON.stringify(document));
  return dir;
}

const empty = mkdtempSync(join(tmpdir(), 'kb-empty-'));
const names = (zh: string, en = zh) => ({ 'zh-Hans': zh, 'zh-Hant': zh, en });

describe('kb stats', () => {
  test('--json: one object with the counts; every fact that counts has a link', async () => {
    const { code, out } = await kb('stats', '--json', '--workspace', empty);
    assert.equal(code, 0);
    const stats = JSON.parse(out);
    for (const key of ['vendors', 'models', 'products', 'facts', 'factsWithUrl']) assert.equal(typeof stats[key], 'number', key);
    assert.ok(stats.vendors >= 400, `vendors ${stats.vendors}`);
    assert.ok(stats.models >= 1200, `models ${stats.models}`);
    assert.equal(stats.factsWithUrl, stats.facts);
    assert.ok(stats.bySource['bundled:epoch-ai'].facts > 1000);
    assert.ok(stats.byPublisher['Epoch AI'] > 1000);
  });

  test('a workspace knowledge file is counted as its own source', async () => {
    const dir = workspace({ vendors: [{ id: 'vendor:xinghe', name: '星河科技', names: names('星河科技', 'Xinghe'), country: 'CN', type: 'company' }] });
    const stats = JSON.parse((await kb('stats', '--json', '--workspace', dir)).out);
    const own = Object.keys(stats.bySource).find((k) => k.endsWith('knowledge.json'));
    assert.ok(own, Object.keys(stats.bySource).join(', '));
    assert.equal(stats.bySource[own].vendors, 1);
  });
});

describe('kb check', () => {
  test('the bundled knowledge is clean', async () => {
    const { code, out, err } = await kb('check', '--workspace', empty);
    assert.equal(code, 0, err);
    assert.match(out, /^0 errors/);
  });

  test('a workspace with problems: exit 1, each problem named', async () => {
    const dir = workspace({
      models: [
        { id: 'model:a', name: '甲模型', names: names('甲模型', 'A'), aliases: ['共享名'], vendor: 'vendor:nowhere' },
        { id: 'model:b', name: '乙模型', names: names('乙模型', 'B'), aliases: ['共享名'], vendor: 'vendor:huawei' },
      ],
      facts: [{ subject: 'model:b', attribute: 'parameters', value: 1e9, unit: '参数', source: { title: 'a note without a link', published: '2025' } }],
    });
    const { code, err } = await kb('check', '--workspace', dir);
    assert.equal(code, 1);
    assert.match(err, /model:a: vendor vendor:nowhere is not a known vendor/);
    assert.match(err, /alias "共享名" is shared by model:a, model:b/);
    assert.match(err, /has no link: add source\.url or mark it "unsourced": true/);
  });
});

describe('alias collisions', () => {
  const base = (extra: Partial<KnowledgeDocument> = {}): KnowledgeDocument => ({
    vendors: [{ id: 'vendor:v', name: '维', names: names('维', 'V'), country: 'CN', type: 'company' }],
    models: [
      { id: 'model:x', name: '星辰', names: names('星辰', 'Xingchen'), vendor: 'vendor:v' },
      { id: 'model:y', name: '星辰大模型', names: names('星辰大模型', 'Xingchen LM'), aliases: ['星辰'], vendor: 'vendor:v' },
    ],
    ...extra,
  });
  const check = (doc: KnowledgeDocument) => {
    const sources = [{ document: doc, origin: 'test' }];
    return checkKnowledge(sources, new KnowledgeBase(sources)).errors;
  };
  test('two entities sharing a spelling is an error', () => {
    assert.deepEqual(check(base()).filter((e) => e.includes('shared')), ['alias "星辰" is shared by model:x, model:y: declare it in ambiguousAliases or drop it from all but one']);
  });
  test('declared ambiguous, it is not', () => {
    assert.deepEqual(check(base({ ambiguousAliases: [{ alias: '星辰', entities: ['model:x', 'model:y'] }] })), []);
  });
});

describe('kb find', () => {
  test('an alias resolves, with facts and their sources (exit 0)', async () => {
    const { code, out } = await kb('find', 'Qwen2.5-72B', '--json', '--workspace', empty);
    assert.equal(code, 0);
    const { found } = JSON.parse(out);
    assert.equal(found[0].id, 'model:qwen2.5-72b');
    assert.ok(found[0].facts.some((f: { source: { publisher?: string; url?: string } }) => f.source.publisher === 'Epoch AI' && /^https:/.test(f.source.url ?? '')));
  });

  test('a Chinese or traditional name resolves too', async () => {
    assert.match((await kb('find', '華為', '--workspace', empty)).out, /^vendor:huawei /);
    assert.match((await kb('find', '智谱', '--workspace', empty)).out, /^vendor:zhipu /);
  });

  test('a version of a known family resolves through the recogniser', async () => {
    const { code, out } = await kb('find', '盘古3.0', '--workspace', empty);
    assert.equal(code, 0);
    assert.match(out, /^model:pangu-3\.0 /);
  });

  test('a model name the knowledge base lacks: exit 1, with the id the recogniser gives it', async () => {
    const { code, out } = await kb('find', 'Qwen3-30B-A3B', '--json', '--workspace', empty);
    assert.equal(code, 1);
    const parsed = JSON.parse(out);
    assert.deepEqual(parsed.found, []);
    assert.equal(parsed.unknown.kind, 'model');
    assert.match(parsed.unknown.id, /^model:qwen3-30b-a3b$/);
  });

  test('nothing matches: exit 1', async () => {
    const { code, out } = await kb('find', '不存在的名字', '--workspace', empty);
    assert.equal(code, 1);
    assert.match(out, /not in the knowledge base/);
  });
});

describe('kb import-epoch', () => {
  const csv = join(__dirname, '..', 'fixtures', 'epoch', 'notable-sample.csv');
  const map = join(__dirname, '..', 'fixtures', 'epoch', 'map-sample.json');

  test('writes a knowledge document; the report names what the map misses (exit 1)', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kb-import-')), 'epoch.json');
    const r = await kb('import-epoch', csv, '--map', map, '--retrieved', '2026-01-26', '--out', out);
    assert.equal(r.code, 1);
    assert.match(r.err, /Chinese rows 3\/4 mapped/);
    assert.match(r.err, /Lakeside-3B/);
    const parsed = parseKnowledge(readFileSync(out, 'utf8'));
    assert.deepEqual(parsed.problems, []);
    assert.match(JSON.parse(readFileSync(out, 'utf8')).$comment, /Data: Epoch AI \(epoch\.ai\), CC BY 4\.0/);
  });

  test('a retrieval date must be a date', async () => {
    const r = await kb('import-epoch', csv, '--retrieved', 'yesterday');
    assert.equal(r.code, 2);
  });
});
