// A model name the knowledge base lacks: recognised whole, a hint on it (`model-unknown`, its
// severity a setting), and the "Add to knowledge base…" fix offered with that hint.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from '../../server/src/features/codeActions.ts';
import { CODES, diagnosticsFor } from '../../server/src/features/diagnostics.ts';
import { DEFAULT_SETTINGS, mergeSettings } from '../../server/src/features/settings.ts';
import { analyse, kb } from '../helpers/engine.ts';

const TEXT = '阿里开源了Qwen3-30B-A3B，华为发布了盘古3.0。';

function doc(text = TEXT) {
  const uri = 'file:///ws/a.md';
  return { uri, path: 'a.md', document: TextDocument.create(uri, 'markdown', 1, text), analysis: analyse(text, { markdown: true }), kb, orphaned: [] };
}

test('an unknown model gets a hint; a known one and a known version do not', () => {
  const d = doc();
  const hints = diagnosticsFor(d, DEFAULT_SETTINGS, 'en').filter((x) => x.code === CODES.unknownModel);
  assert.deepEqual(hints.map((h) => d.document.getText(h.range)), ['Qwen3-30B-A3B']);
  assert.equal(hints[0].severity, DiagnosticSeverity.Hint);
  assert.equal(hints[0].message, 'Unknown model: "Qwen3-30B-A3B" is not in the knowledge base (recognised by its form).');
  assert.match(String(diagnosticsFor(d, DEFAULT_SETTINGS, 'zh-cn').find((x) => x.code === CODES.unknownModel)!.message), /^未知模型：“Qwen3-30B-A3B”不在知识库中/);
});

test('the severity is a setting; off means no hint', () => {
  const d = doc();
  const off = mergeSettings({ diagnostics: { severity: { unknownModel: 'off' } } });
  assert.equal(diagnosticsFor(d, off, 'en').filter((x) => x.code === CODES.unknownModel).length, 0);
  const info = mergeSettings({ diagnostics: { severity: { unknownModel: 'information' } } });
  assert.equal(diagnosticsFor(d, info, 'en').find((x) => x.code === CODES.unknownModel)?.severity, DiagnosticSeverity.Information);
});

test('the hint carries the "Add to knowledge base…" fix, preferred', () => {
  const d = doc();
  const hint = diagnosticsFor(d, DEFAULT_SETTINGS, 'en').find((x) => x.code === CODES.unknownModel)!;
  const actions = codeActions(d, { textDocument: { uri: d.uri }, range: hint.range, context: { diagnostics: [hint] } }, 'en', true);
  const add = actions.find((a) => a.title === 'Add "Qwen3-30B-A3B" to the knowledge base…');
  assert.ok(add, actions.map((a) => a.title).join(' | '));
  assert.deepEqual(add!.diagnostics, [hint]);
  assert.equal(add!.isPreferred, true);
  assert.deepEqual((add!.command!.arguments![0] as { kind: string; name: string }).name, 'Qwen3-30B-A3B');
});

test('a model introduced by a hyphenated name the knowledge base does not know (专用模型JY-Act) is what a later 该模型 refers to, not the paragraph\'s known model', () => {
  for (const text of [
    'DeepSeek-V3很强。团队基于Qwen2.5-32B后训练了Agent专用模型JY-Act。该模型参数量约320亿。',
    'DeepSeek-V3很強。團隊基於Qwen2.5-32B後訓練了Agent專用模型JY-Act。該模型參數量約320億。',
  ]) {
    const f = analyse(text).figures.find((x) => x.text.includes('320'))!;
    assert.equal(f.subjectId, undefined, text);
    assert.match(f.why?.subject ?? '', /unknown JY-Act/);
  }
  // (a word in capitals is no name: 调用API的价格)
  const api = analyse('GLM-4-Plus发布。其调用API的价格为每百万tokens 50元。').figures[0];
  assert.equal(api.subjectId, 'model:glm-4-plus');
});
