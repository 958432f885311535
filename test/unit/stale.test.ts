// A verification record that no longer matches its figure is never taken for a verification:
// the figure's number changed (stale wins over attributed and over a matching fact, and is shown
// together with a conflict), or the quoted number now stands only somewhere else in the text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anchorFor } from '../../server/src/analysis/anchoring.ts';
import { applyVerifications } from '../../server/src/analysis/verifications.ts';
import { CODES, diagnosticsFor } from '../../server/src/features/diagnostics.ts';
import { hoverAt } from '../../server/src/features/hover.ts';
import { DEFAULT_SETTINGS } from '../../server/src/features/settings.ts';
import type { VerificationRecord } from '../../server/src/knowledge/workspace.ts';
import { analysedDocument, offsetOf } from '../helpers/features.ts';

/** A record verifying `figure` in `text`, as the editor writes one. */
function recordOf(text: string, figure: string, value?: number): VerificationRecord {
  const start = text.indexOf(figure);
  const a = anchorFor(text, start, start + figure.length);
  return { id: 'v-1', kind: 'verified', path: 'doc.txt', quote: a.quote, prefix: a.prefix, suffix: a.suffix, start, value, source: 'annual report', verifiedAt: '2026-01-01T00:00:00Z' };
}

/** Verify `figure` in `before`, then analyse `after` with that record. */
function afterEdit(before: string, figure: string, after: string) {
  return analysedDocument(after, { records: [recordOf(before, figure)] });
}

const figureIn = (doc: ReturnType<typeof analysedDocument>, text: string) => {
  const f = doc.analysis.figures.find((x) => x.text === text);
  assert.ok(f, `${text} among ${doc.analysis.figures.map((x) => x.text).join(', ')}`);
  return f!;
};
const hoverText = (doc: ReturnType<typeof analysedDocument>, needle: string) => {
  return (hoverAt(doc, offsetOf(doc, needle), 'en')?.contents as { value: string } | undefined)?.value ?? '';
};

test('a changed figure in a sentence that names a source is stale, not attributed', () => {
  const doc = afterEdit('据华为介绍，训练效率提升了1.5倍。', '1.5倍', '据华为介绍，训练效率提升了2.5倍。');
  const f = figureIn(doc, '2.5倍');
  assert.equal(f.status, 'unverified');
  assert.deepEqual(f.statusReason, { kind: 'verification-stale', recordId: 'v-1' });
  const d = diagnosticsFor(doc, DEFAULT_SETTINGS, 'en').find((x) => x.data?.figure?.text === '2.5倍');
  assert.equal(d?.code, CODES.stale);
  assert.equal(d?.data.recordId, 'v-1');
});

test('a changed figure that now contradicts a fact is a conflict and says its verification went stale', () => {
  const doc = afterEdit('OpenAI发布的GPT-3拥有1750亿参数。', '1750亿参数', 'OpenAI发布的GPT-3拥有2750亿参数。');
  const f = figureIn(doc, '2750亿参数');
  assert.equal(f.status, 'conflict');
  assert.equal(f.staleRecordId, 'v-1');
  const d = diagnosticsFor(doc, DEFAULT_SETTINGS, 'en').find((x) => x.data?.figure?.text === '2750亿参数');
  assert.equal(d?.code, CODES.conflict);
  assert.match(String(d!.message), /contradicts/);
  assert.match(String(d!.message), /verified before/i);
  assert.equal(d?.data.recordId, 'v-1', 'the quick fix can renew or remove the record');
  const hover = hoverText(doc, '2750亿参数');
  assert.match(hover, /Contradicts the knowledge-base fact/);
  assert.match(hover, /its text has changed since/);
  const zh = diagnosticsFor(doc, DEFAULT_SETTINGS, 'zh-cn').find((x) => x.data?.figure?.text === '2750亿参数');
  assert.match(String(zh!.message), /核实/);
});

test('a changed figure that now matches a fact still shows that its verification went stale', () => {
  const doc = afterEdit('OpenAI发布的GPT-3拥有2750亿参数。', '2750亿参数', 'OpenAI发布的GPT-3拥有1750亿参数。');
  const f = figureIn(doc, '1750亿参数');
  assert.equal(f.statusReason.kind, 'verification-stale');
  assert.ok(diagnosticsFor(doc, DEFAULT_SETTINGS, 'en').some((x) => x.code === CODES.stale));
});

test('the quoted number standing elsewhere in another context verifies nothing: the changed figure is stale', () => {
  const before = '今年第一季度，该公司的营收同比增长了50%，主要来自云服务。与此同时，另一家厂商的利润下降了30%，原因是芯片成本上涨。';
  const after = '今年第一季度，该公司的营收同比增长了60%，主要来自云服务。与此同时，另一家厂商的利润下降了50%，原因是芯片成本上涨。';
  const doc = afterEdit(before, '50%', after);
  const changed = figureIn(doc, '60%');
  const other = figureIn(doc, '50%');
  assert.notEqual(other.status, 'verified', 'the other 50% was never verified');
  assert.deepEqual(changed.statusReason, { kind: 'verification-stale', recordId: 'v-1' });
});

test('a record whose recorded value no longer reads from its quote is stale', () => {
  const text = '据介绍，该模型的推理速度提升了3倍。';
  const record = recordOf(text, '3倍', 4);
  const doc = analysedDocument(text, { records: [record] });
  assert.equal(figureIn(doc, '3倍').statusReason.kind, 'verification-stale');
  const marks = applyVerifications([recordOf(text, '3倍', 3)], doc.analysis.figures, text);
  assert.equal(marks.verified.size, 1, 'the same value verifies');
});
