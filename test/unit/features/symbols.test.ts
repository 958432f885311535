// Document and workspace symbols, called on analyses without a server.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import { documentSymbols, workspaceSymbols } from '../../../server/src/features/symbols.ts';
import { analysedDocument } from '../../helpers/features.ts';

const MD = '# 华为\n\n华为发布盘古大模型5.0，参数规模达到1000亿。华为表示会开源。\n\n## 百度\n\n百度的文心一言4.0有2600亿参数。\n';

test('the outline: sections, and in each the entities once with their count, the figures under their subject', () => {
  const symbols = documentSymbols(analysedDocument(MD, { markdown: true }), 'en');
  assert.deepEqual(symbols.map((s) => s.name), ['华为']);
  const huawei = symbols[0];
  const sub = huawei.children!.find((c) => c.name === '百度')!;
  assert.ok(sub, 'the level-2 section sits under the level-1 one');
  const vendor = huawei.children!.find((c) => c.kind === SymbolKind.Class)!;
  assert.equal(vendor.name, '华为');
  assert.match(vendor.detail!, /×2/, 'two mentions in the section\'s text');
  const pangu = huawei.children!.find((c) => c.kind === SymbolKind.Module)!;
  assert.ok(pangu.children!.some((c) => c.kind === SymbolKind.Number && c.name === '1000亿'), 'the figure sits under its subject');
  assert.match(pangu.children!.find((c) => c.name === '1000亿')!.detail!, /^parameters · /);
  assert.ok(sub.children!.some((c) => c.kind === SymbolKind.Module));
});

test('every range contains its selection range, and children lie inside their parent', () => {
  const check = (s: DocumentSymbol, parent?: DocumentSymbol) => {
    const le = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    assert.ok(le(s.range.start, s.selectionRange.start) && le(s.selectionRange.end, s.range.end), s.name);
    if (parent) assert.ok(le(parent.range.start, s.range.start) && le(s.range.end, parent.range.end), `${s.name} in ${parent.name}`);
    for (const c of s.children ?? []) check(c, s);
  };
  for (const s of documentSymbols(analysedDocument(MD, { markdown: true }), 'zh-cn')) check(s);
});

test('a text without headings lists its entities at the top, figures under their subject, figures about no one beside them', () => {
  const symbols = documentSymbols(analysedDocument('华为发布盘古大模型5.0，参数规模达到1000亿。全球市场规模增长了30%。'), 'en');
  assert.ok(symbols.some((s) => s.name === '华为'));
  assert.ok(symbols.some((s) => s.children?.some((c) => c.name === '1000亿')));
  assert.ok(symbols.some((s) => s.name === '30%'), 'no subject: at the top');
});

test('a figure whose subject is named only in an earlier section gets its subject in this one', () => {
  const md = '# DeepSeek-V3\n\nDeepSeek-V3拥有6710亿参数。\n\n## 成本\n\n该模型的训练成本为557.6万美元。\n';
  const [top] = documentSymbols(analysedDocument(md, { markdown: true }), 'zh-cn');
  const cost = top.children!.find((c) => c.name === '成本')!;
  const subject = cost.children!.find((c) => c.kind === SymbolKind.Module)!;
  assert.equal(subject.name, 'DeepSeek-V3');
  assert.ok(subject.children!.some((c) => c.name === '557.6万美元' && /^训练成本 · /.test(c.detail!)));
});

test('workspace symbols: entities across documents, filtered by the query', () => {
  const a = analysedDocument('华为发布盘古大模型。', { path: 'a.txt' });
  const b = analysedDocument('百度发布文心一言，华为也在场。', { path: 'b.txt' });
  const all = workspaceSymbols([a, b], '', 'en');
  assert.ok(all.some((s) => s.name === '华为' && s.location.uri === a.uri));
  assert.ok(all.some((s) => s.location.uri === b.uri));
  const some = workspaceSymbols([a, b], '文心', 'en');
  assert.ok(some.length >= 1);
  assert.ok(some.every((s) => /文心|ERNIE/i.test(s.name)), JSON.stringify(some.map((s) => s.name)));
});
