// Diagnostics, called on an analysis without a server: one per figure nobody has verified, with
// the configured severity, none while the figure is being typed, conflicts pointing at the other
// figure, orphaned records reported.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { CODES, diagnosticsFor } from '../../../server/src/features/diagnostics.ts';
import { DEFAULT_SETTINGS, mergeSettings } from '../../../server/src/features/settings.ts';
import { analysedDocument, offsetOf } from '../../helpers/features.ts';

const TEXT = '华为发布盘古大模型5.0，参数规模达到1000亿。据华为介绍，训练数据超过3万亿tokens。';

test('unverified and attributed figures, with their codes, severities and data', () => {
  const doc = analysedDocument(TEXT);
  const d = diagnosticsFor(doc, DEFAULT_SETTINGS, 'en');
  assert.deepEqual(d.map((x) => [TEXT.slice(doc.document.offsetAt(x.range.start), doc.document.offsetAt(x.range.end)), x.code, x.severity]), [
    ['1000亿', CODES.unverified, DiagnosticSeverity.Warning],
    ['超过3万亿tokens', CODES.attributed, DiagnosticSeverity.Information],
  ]);
  assert.deepEqual((d[0].data as { figure: { text: string } }).figure.text, '1000亿');
  assert.match(d[1].message as string, /据华为介绍/);
});

test('severities and the switch come from the settings', () => {
  const doc = analysedDocument(TEXT);
  const settings = mergeSettings({ diagnostics: { severity: { unverified: 'error', attributed: 'off' } } });
  assert.deepEqual(diagnosticsFor(doc, settings, 'en').map((x) => x.severity), [DiagnosticSeverity.Error]);
  assert.deepEqual(diagnosticsFor(doc, mergeSettings({ diagnostics: { enabled: false } }), 'en'), []);
});

test('the figure being typed is not underlined until the pause', () => {
  const at = TEXT.indexOf('1000亿') + 2;
  const doc = analysedDocument(TEXT, { typing: { offset: at, at: 1_000 } });
  assert.equal(diagnosticsFor(doc, DEFAULT_SETTINGS, 'en', 1_000 + 100).length, 1, 'while typing');
  assert.equal(diagnosticsFor(doc, DEFAULT_SETTINGS, 'en', 1_000 + DEFAULT_SETTINGS.diagnostics.typingPauseMs + 1).length, 2, 'after the pause');
});

test('a verified figure has none; a record whose figure is gone is reported as orphaned', () => {
  const records = [
    { id: 'v-1', path: 'doc.txt', quote: '1000亿', prefix: '参数规模达到', suffix: '。据华为', source: 's', verifiedAt: '2024-01-01T00:00:00Z' },
    { id: 'v-2', path: 'doc.txt', quote: '42万张', prefix: '共有', suffix: '显卡', source: 's', verifiedAt: '2024-01-01T00:00:00Z' },
  ];
  const doc = analysedDocument(TEXT, { records });
  const d = diagnosticsFor(doc, DEFAULT_SETTINGS, 'zh-cn');
  assert.deepEqual(d.map((x) => x.code), [CODES.attributed, CODES.orphaned]);
  assert.match(d[1].message as string, /42万张/);
});

test('a figure contradicting one in another document is a conflict that points at it', () => {
  const other = { start: 5, end: 11, value: 2e11, unit: '参数', qualifier: 'eq' as const, subjectId: 'model:pangu-5.0', attribute: 'parameters' as const, path: 'file:///work/other.txt', position: { line: 3, character: 5 } };
  const doc = analysedDocument(TEXT, { external: [other] });
  const conflict = diagnosticsFor(doc, DEFAULT_SETTINGS, 'en').find((x) => x.code === CODES.conflict);
  assert.ok(conflict, 'a conflict');
  assert.equal(doc.document.offsetAt(conflict.range.start), offsetOf(doc, '1000亿'));
  assert.deepEqual(conflict.relatedInformation?.[0].location, { uri: other.path, range: { start: other.position, end: other.position } });
});

test('a diagnostic names the claim: subject, attribute and figure, in English and Chinese', () => {
  const doc = analysedDocument('StarGPT每个token激活370亿参数。');
  const [en] = diagnosticsFor(doc, DEFAULT_SETTINGS, 'en').filter((d) => d.code === CODES.unverified);
  assert.match(en.message as string, /StarGPT · activated parameters · 370亿参数/);
  const [zh] = diagnosticsFor(doc, DEFAULT_SETTINGS, 'zh-cn').filter((d) => d.code === CODES.unverified);
  assert.match(zh.message as string, /StarGPT · 激活参数 · 370亿参数/);
  const none = diagnosticsFor(analysedDocument('全球AI市场规模将达到5000亿美元。'), DEFAULT_SETTINGS, 'en');
  assert.match(none[0].message as string, /no named subject · revenue · 5000亿美元/);
});

test('a conflict relates every place it is contradicted', () => {
  const doc = analysedDocument('StarGPT拥有3000亿参数。\n\n另一份材料称StarGPT有7000亿参数。\n\n还有人说StarGPT有9000亿参数。');
  const d = diagnosticsFor(doc, DEFAULT_SETTINGS, 'en').find((x) => x.code === CODES.conflict && /3000亿/.test(x.message as string))!;
  assert.ok(d, 'a conflict');
  assert.equal(d.relatedInformation?.length, 2);
});
