// Figure statuses: verified by a knowledge-base fact, conflict with a fact or with another
// figure about the same thing, attributed when the sentence names a source, else unverified.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { interval } from '../../server/src/analysis/status.ts';
import { analyse } from '../helpers/engine.ts';

const statusOf = (text: string, figure: string) => {
  const f = analyse(text).figures.find((x) => x.text === figure);
  assert.ok(f, `${figure} in ${text}: ${analyse(text).figures.map((x) => x.text).join(', ')}`);
  return f!;
};

test('a figure that matches a knowledge-base fact is verified, with the fact as reason', () => {
  const f = statusOf('OpenAI发布的GPT-3拥有1750亿参数。', '1750亿参数');
  assert.equal(f.status, 'verified');
  assert.equal(f.statusReason.kind, 'fact-match');
});

test('a figure that contradicts a fact for the same subject and attribute is a conflict', () => {
  const f = statusOf('OpenAI发布的GPT-3拥有2750亿参数。', '2750亿参数');
  assert.equal(f.status, 'conflict');
  assert.equal(f.statusReason.kind, 'fact-conflict');
});

test('a figure the knowledge base\'s own unsourced value states is no conflict with a source that says otherwise (Qwen-Image: 20B beside a report\'s 27B)', () => {
  assert.equal(statusOf('阿里开源 200 亿参数的图像生成基础模型 Qwen-Image。', '200 亿参数').status, 'unverified');
  assert.equal(statusOf('Qwen-Image 有 500 亿参数。', '500 亿参数').status, 'conflict');
});

test('a compatible bound is neither verified nor a conflict (超过1000亿 vs 1750亿)', () => {
  const f = statusOf('GPT-3拥有超过1000亿参数。', '超过1000亿参数');
  assert.equal(f.status, 'unverified');
});

test('two figures in one text that cannot both be true are both conflicts', () => {
  // a version the knowledge base does not know: no fact, only the two figures to compare
  const a = analyse('DeepSeek-V9拥有3000亿参数。另一份材料称DeepSeek-V9有7000亿参数。');
  const fs = a.figures.filter((f) => f.unit === '参数');
  assert.equal(fs.length, 2);
  assert.ok(fs.every((f) => f.status === 'conflict'), fs.map((f) => `${f.text}:${f.status}:${f.subjectId}`).join(' '));
  assert.equal(fs[0].statusReason.kind, 'figure-conflict');
});

test('different aspects of a speed-up do not conflict (训练速度2倍, 推理速度30倍)', () => {
  const a = analyse('某模型的训练速度提升2倍，推理速度提升30倍。');
  assert.ok(a.figures.every((f) => f.status !== 'conflict'));
});

test('attribution cues: 据…介绍, X表示, 论文显示, 报告估算, 官网表示, 据了解, 《…》', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['据华为介绍，训练效率提升了1.5倍。', '1.5倍', /据华为介绍/],
    ['“我们的客户超过2000家。”张平安表示。', '超过2000家', /张平安表示/],
    ['论文显示，速度提升10000倍以上。', '10000倍以上', /论文显示/],
    ['据国盛证券《ChatGPT 需要多少算力》报告估算，一次训练的成本超过百万美元。', '超过百万美元', /据国盛证券/],
    ['OpenAI在官网表示，可接受的文字输入长度约2.4万个单词。', '约2.4万个单词', /官网表示/],
    ['据了解，训练使用了大约45TB数据。', '大约45TB', /据了解/],
  ];
  for (const [text, figure, source] of cases) {
    const f = statusOf(text, figure);
    assert.equal(f.status, 'attributed', text);
    assert.match(f.source ?? '', source, text);
  }
});

test('a speaker’s words run on into the next sentence; the writer speaking again stops them', () => {
  const a = analyse('任正非曾提到，未来会风起云涌。而平台公司的直接贡献可能不到2%。另外，市场增长了50%。');
  assert.equal(a.figures.find((f) => f.text === '不到2%')?.status, 'attributed');
  assert.equal(a.figures.find((f) => f.text === '50%')?.status, 'unverified');
  const b = analyse('据华为介绍，效率提升了1.5倍。市场规模增长了50%。');
  assert.equal(b.figures.find((f) => f.text === '50%')?.status, 'unverified');
});

test('words that only look like cues are not sources: 数据, 可以说, 原来预测', () => {
  for (const text of ['训练数据超过20万条。', '可以说，成本下降了40%。', '原来预测一个台风未来10天的路径，需要3000台服务器。']) {
    assert.ok(analyse(text).figures.every((f) => f.status === 'unverified' && !f.source), text);
  }
});

test('value intervals: 超过 excludes the number, 以上 includes it, 约 is ±10%', () => {
  assert.deepEqual(interval({ value: 10, qualifier: 'gt' }), { lo: 10, hi: Infinity, loOpen: true, hiOpen: true });
  const gte = interval({ value: 10, qualifier: 'gte' });
  assert.ok(gte.lo <= 10 && !gte.loOpen);
  const approx = interval({ value: 100, qualifier: 'approx' });
  assert.ok(approx.lo === 90 && approx.hi === 110);
  assert.deepEqual(interval({ value: 5, qualifier: 'eq', range: [5, 10] }), { lo: 5, hi: 10, loOpen: false, hiOpen: false });
});
