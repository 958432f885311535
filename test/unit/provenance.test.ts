// Provenance: a fact verifies a figure only with a source to point to; several sources of one
// fact are all kept, and a figure that matches one of them is verified with a note of the
// others; facts older than the configured age are shown as possibly outdated; the hover shows
// each source with its link and date, and the credit Epoch AI's license asks for.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis/analyze.ts';
import { buildKnowledgeBase, isOutdated, toFact } from '../../server/src/analysis/knowledge.ts';
import type { Figure } from '../../server/src/analysis/types.ts';
import { hoverAt } from '../../server/src/features/hover.ts';
import type { KnowledgeDocument } from '../../server/src/knowledge/types.ts';
import { kb as bundled } from '../helpers/engine.ts';

const names = (zh: string, en: string) => ({ 'zh-Hans': zh, 'zh-Hant': zh, en });
const WORKSPACE: KnowledgeDocument = {
  vendors: [{ id: 'vendor:xinghe', name: '星河科技', names: names('星河科技', 'Xinghe'), country: 'CN', type: 'company' }],
  models: [{ id: 'model:tianshu', name: '天枢大模型', names: names('天枢大模型', 'Tianshu'), aliases: ['天枢'], vendor: 'vendor:xinghe' }],
  facts: [
    // two sources that disagree on the parameter count
    { subject: 'model:tianshu', attribute: 'parameters', value: 300e9, unit: '参数', source: { title: 'Tianshu technical report', url: 'https://example.org/tianshu/report', publisher: 'Xinghe', published: '2025-03-01' } },
    { subject: 'model:tianshu', attribute: 'parameters', value: 320e9, unit: '参数', source: { title: 'Tianshu launch', url: 'https://example.org/tianshu/launch', publisher: 'Xinghe', published: '2025-01-15' } },
    // a second source that agrees with the first
    { subject: 'model:tianshu', attribute: 'parameters', value: 300e9, unit: '参数', source: { title: 'An interview', url: 'https://example.org/tianshu/interview', publisher: 'Tech Daily', published: '2025-04' } },
    // no link: kept for the record, never evidence
    { subject: 'model:tianshu', attribute: 'training_tokens', value: 5e12, unit: 'tokens', unsourced: true, source: { title: 'Heard at a conference', published: '2025' } },
    // the older form: a citation without a link
    { subject: 'model:tianshu', attribute: 'training_days', value: 40, unit: '天', source: 'Xinghe press release', date: '2025-02-01' },
    // an old fact
    { subject: 'model:tianshu', attribute: 'training_gpus', value: 1024, unit: '张', source: { title: 'Early blog post', url: 'https://example.org/tianshu/blog', published: '2019-06' } },
  ],
};
const kb = buildKnowledgeBase([{ document: WORKSPACE, origin: 'workspace' }]);

function doc(text: string) {
  const uri = 'file:///ws/t.md';
  return { uri, path: 't.md', document: TextDocument.create(uri, 'markdown', 1, text), analysis: analyze(text, { kb }).analysis, kb, orphaned: [] };
}
const figure = (d: ReturnType<typeof doc>, text: string): Figure => {
  const f = d.analysis.figures.find((x) => x.text === text);
  assert.ok(f, `${text}: ${d.analysis.figures.map((x) => x.text).join(', ')}`);
  return f!;
};
const hover = (d: ReturnType<typeof doc>, text: string, months = 24, locale = 'en') => {
  const h = hoverAt(d, d.document.getText().indexOf(text) + 1, locale, [], { outdatedAfterMonths: months, now: new Date('2026-01-15T00:00:00Z') });
  return (h!.contents as { value: string }).value;
};

describe('statuses', () => {
  test('a figure matching one of two disagreeing sources is verified, with the other noted, not a conflict', () => {
    const d = doc('星河科技的天枢大模型拥有3000亿参数。');
    const f = figure(d, '3000亿参数');
    assert.equal(f.status, 'verified');
    assert.equal(f.statusReason.kind, 'fact-match');
    if (f.statusReason.kind !== 'fact-match') return;
    assert.equal(f.statusReason.alsoMatching?.length, 1, 'the second source with the same value');
    assert.deepEqual(f.statusReason.disagreeing?.map((i) => kb.facts[i].value), [320e9]);
    // and the other way round: the figure of the other source is verified too
    assert.equal(figure(doc('星河科技的天枢大模型拥有3200亿参数。'), '3200亿参数').status, 'verified');
  });

  test('a figure that matches no source and contradicts them all is a conflict', () => {
    assert.equal(figure(doc('星河科技的天枢大模型拥有9000亿参数。'), '9000亿参数').status, 'conflict');
  });

  test('an unsourced fact never verifies a figure, in either form', () => {
    assert.notEqual(figure(doc('天枢大模型的训练数据为5万亿tokens。'), '5万亿tokens').status, 'verified');
    assert.notEqual(figure(doc('天枢大模型训练了40天。'), '40天').status, 'verified');
    const legacy = toFact({ subject: 'model:x', attribute: 'parameters', value: 1, unit: '参数', source: 'Some press release', date: '2024-01-01' }, 0, 'workspace');
    assert.equal(legacy.unsourced, true);
    assert.deepEqual(legacy.source, { title: 'Some press release', published: '2024-01-01' });
    const linked = toFact({ subject: 'model:x', attribute: 'parameters', value: 1, unit: '参数', source: 'Some paper', url: 'https://example.org/p', date: '2024-01' }, 0, 'workspace');
    assert.equal(linked.unsourced, false);
  });

  test('outdated: older than the configured age, counted from the last month of a partial date; 0 turns it off', () => {
    const at = (published: string) => toFact({ subject: 'model:x', attribute: 'users', value: 1, unit: '人', source: { title: 't', url: 'https://example.org', published } }, 0, 'w');
    const now = new Date('2026-01-15T00:00:00Z');
    assert.equal(isOutdated(at('2023-12-31'), 24, now), true);
    assert.equal(isOutdated(at('2024-02'), 24, now), false);
    assert.equal(isOutdated(at('2023'), 24, now), true, '2023 counts from December 2023: 25 months');
    assert.equal(isOutdated(at('2024'), 24, now), false);
    assert.equal(isOutdated(at('2010'), 0, now), false);
  });
});

describe('hover provenance', () => {
  test('a verified figure shows every source that states it, linked and dated, and the one that disagrees', () => {
    const text = hover(doc('星河科技的天枢大模型拥有3000亿参数。'), '3000亿参数');
    assert.match(text, /Status: \*\*verified\*\*/);
    assert.match(text, /\*\*Sources\*\*/);
    assert.match(text, /\[Tianshu technical report\]\(https:\/\/example\.org\/tianshu\/report\) · Xinghe · 2025-03-01/);
    assert.match(text, /\[An interview\]\(https:\/\/example\.org\/tianshu\/interview\) · Tech Daily · 2025-04/);
    assert.match(text, /Other sources state another value/);
    assert.match(text, /3\.2 × 10¹¹ 参数: \[Tianshu launch\]\(https:\/\/example\.org\/tianshu\/launch\)/);
    assert.doesNotMatch(text, /possibly outdated/);
  });

  test('a fact older than the configured age is shown as possibly outdated, in both languages', () => {
    const d = doc('天枢大模型使用1024张GPU训练。');
    const f = figure(d, '1024张');
    assert.equal(f.status, 'verified', `${f.status} ${f.attribute} ${f.subjectId}`);
    assert.match(hover(d, '1024张'), /possibly outdated \(stated 2019-06, more than 24 months ago\)/);
    assert.match(hover(d, '1024张', 24, 'zh-cn'), /可能已过时（发布于 2019-06，已超过 24 个月）/);
    assert.doesNotMatch(hover(d, '1024张', 0), /outdated/);
    assert.doesNotMatch(hover(d, '1024张', 120), /outdated/);
  });

  test('a fact from Epoch AI carries its credit and its retrieval date', () => {
    const d = { ...doc('DeepSeek-V3拥有6710亿参数。'), kb: bundled, analysis: analyze('DeepSeek-V3拥有6710亿参数。', { kb: bundled }).analysis };
    const text = hover(d, '6710亿参数');
    assert.match(text, /Status: \*\*verified\*\*/);
    assert.match(text, /\(https:\/\/arxiv\.org\/abs\/2412\.19437\)/);
    assert.match(text, /Epoch AI · 2024-12-2\d · retrieved 2026-01-26/);
    assert.match(text, /Data: Epoch AI \(epoch\.ai\), CC BY 4\.0/);
  });

  test('the entity hover lists facts with their sources; an unsourced one says so', () => {
    const text = hover(doc('星河科技的天枢大模型。'), '天枢');
    assert.match(text, /Known facts/);
    assert.match(text, /\[Tianshu technical report\]\(https:\/\/example\.org\/tianshu\/report\)/);
    assert.match(text, /Heard at a conference · 2025 — no source with a link: never verifies a figure/);
  });
});
