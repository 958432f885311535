// Sources for many figures at once: a source line under a table or paragraph covers it; one that
// speaks of the whole text (本文…, at its start or end) covers every figure; a footnote covers the
// sentence that points to it. In-sentence cues keep working and win.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse } from '../helpers/engine.ts';

const sourcesOf = (text: string, markdown = false) => Object.fromEntries(analyse(text, { markdown }).figures.map((f) => [f.text, f.source ?? null]));

test('a source line at the end of the text covers every figure; its status is attributed', () => {
  const text = '某公司今年营收增长20%。\n\n其云业务收入达到300亿元。\n\n（本文资讯来源：路透社）';
  assert.deepEqual(sourcesOf(text), { '20%': '本文资讯来源：路透社', '300亿元': '本文资讯来源：路透社' });
  assert.ok(analyse(text).figures.every((f) => f.status === 'attributed'));
});

test('traditional and English source lines', () => {
  assert.deepEqual(sourcesOf('某公司今年營收成長20%。\n\n資料來源：公司財報'), { '20%': '資料來源：公司財報' });
  assert.deepEqual(sourcesOf('The market grew to 5000亿美元.\n\nSource: IDC'), { '5000亿美元': 'Source: IDC' });
});

test('a source line under a table covers the table, not the paragraphs before it', () => {
  const text = [
    '这一年市场增长了30%。',
    '',
    '| 模型 | 价格 |',
    '| --- | --- |',
    '| A | 2元 |',
    '| B | 8元 |',
    '数据来源：各公司官网',
    '',
    '整个行业融资额下降了10%。',
  ].join('\n');
  const got = sourcesOf(text, true);
  assert.equal(got['30%'], null);
  assert.equal(got['2元'], '数据来源：各公司官网');
  assert.equal(got['8元'], '数据来源：各公司官网');
  assert.equal(got['10%'], null);
});

test('a source at the end of a paragraph covers that paragraph', () => {
  const got = sourcesOf('全球AI芯片市场规模达到500亿美元，同比增长30%。（来源：IDC）\n\n国内市场增长了20%。');
  assert.equal(got['500亿美元'], '来源：IDC');
  assert.equal(got['30%'], '来源：IDC');
  assert.equal(got['20%'], null);
});

test('a footnote covers the sentence that points to it', () => {
  const text = 'GPT-4的训练成本超过1亿美元[1]。全球市场增长了30%。\n\n[1] 来源：《AI Index Report 2024》';
  const got = sourcesOf(text);
  assert.equal(got['超过1亿美元'], '来源：《AI Index Report 2024》');
  assert.equal(got['30%'], null);
});

test('an in-sentence cue wins over a document source', () => {
  const got = sourcesOf('据华为介绍，效率提升了1.5倍。\n\n市场增长了20%。\n\n本文数据来源：公司公告');
  assert.equal(got['1.5倍'], '据华为介绍');
  assert.equal(got['20%'], '本文数据来源：公司公告');
});

test('a text without source lines: nothing changes (来源 inside prose is not a source line)', () => {
  const got = sourcesOf('收入来源主要是云业务，增长了20%。');
  assert.equal(got['20%'], null);
});
