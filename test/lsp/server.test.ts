// The built language server over stdio, driven by a real JSON-RPC client.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Diagnostic, DocumentSymbol, Hover, SemanticTokens } from 'vscode-languageserver-protocol';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeTokens, TestClient } from '../helpers/lspClient.ts';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'lsp', name), 'utf8');
const huawei = fixture('pangu.txt');
const shenzhou = fixture('platform.txt');

const hoverText = (h: Hover | null) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');

describe('push diagnostics client', () => {
  const client = new TestClient();
  let capabilities: Record<string, any>;
  let uri: string;
  before(async () => {
    capabilities = (await client.initialize()).capabilities;
    uri = await client.open('huawei.txt', huawei);
  });
  after(() => client.close());

  test('declares its capabilities', () => {
    assert.equal(capabilities.textDocumentSync.change, 2, 'incremental sync');
    for (const c of ['hoverProvider', 'documentSymbolProvider', 'workspaceSymbolProvider', 'codeActionProvider', 'inlayHintProvider', 'documentHighlightProvider', 'referencesProvider']) {
      assert.ok(capabilities[c], c);
    }
    assert.deepEqual(capabilities.semanticTokensProvider.legend.tokenTypes, ['vendor', 'model', 'product', 'figure']);
    assert.equal(capabilities.diagnosticProvider, undefined, 'push client: no pull provider');
  });

  test('publishes diagnostics for unverified figures, with code, source and data', async () => {
    const diags = await client.waitForDiagnostics(uri, (d) => d.some((x) => String(x.message).includes('20万条')));
    const records = diags.find((d) => client.document(uri).getText(d.range) === '超过20万条');
    assert.ok(records, 'diagnostic on 超过20万条');
    assert.equal(records!.source, 'ai-annotator');
    assert.equal(records!.code, 'figure-unverified');
    assert.equal(records!.severity, 2);
    assert.match(String(records!.message), /more than 2 × 10⁵ 条/);
    assert.equal((records!.data as any).figure.value, 200000);
    const attributed = diags.find((d) => client.document(uri).getText(d.range) === '50%以上');
    assert.equal(attributed?.code, 'figure-attributed');
    assert.equal(attributed?.severity, 3);
    assert.match(String(attributed!.message), /据华为方面披露/);
    // a figure that matches a knowledge-base fact is verified: no diagnostic
    assert.ok(!diags.some((d) => client.document(uri).getText(d.range) === '10000倍以上'));
    for (const d of diags) {
      const text = client.document(uri).getText();
      const doc = client.document(uri);
      assert.ok(doc.offsetAt(d.range.end) <= text.length);
    }
  });

  test('hover on a vendor says what it is and how often it is mentioned', async () => {
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: client.positionOf(uri, '华为选择', 0, 1) });
    const text = hoverText(h);
    assert.match(text, /\*\*Huawei\*\*/);
    assert.match(text, /Country: CN/);
    assert.match(text, /Mentions in this document: \d{2}/);
  });

  test('hover on a model names its vendor and version', async () => {
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: client.positionOf(uri, '盘古3.0', 0, 1) });
    const text = hoverText(h);
    assert.match(text, /Model/);
    assert.match(text, /Vendor: Huawei/);
    assert.match(text, /Version: 3\.0/);
  });

  test('hover on a figure explains its value, qualifier, subject and status', async () => {
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: client.positionOf(uri, '20万条') });
    const text = hoverText(h);
    assert.match(text, /more than 2 × 10⁵ 条/);
    assert.match(text, /Qualifier: more than \(gt\)/);
    assert.match(text, /Subject: /);
    assert.match(text, /Status: \*\*unverified\*\*/);
    const verified = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: client.positionOf(uri, '10000倍以上') }));
    assert.match(verified, /at least ×1 × 10⁴/);
    assert.match(verified, /Status: \*\*verified\*\*/);
    assert.match(verified, /Matches the knowledge-base fact/);
    // the source: its title linked to its page, and its date
    assert.match(verified, /\[[^\]]*Accurate medium-range global weather forecasting[^\]]*\]\(https:\/\/www\.nature\.com\/articles\/s41586-023-06185-3\)/);
    assert.match(verified, /2023-07-05/);
    const ambiguous = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: client.positionOf(uri, '1.1倍') }));
    assert.match(ambiguous, /Ambiguous/);
    assert.match(ambiguous, /×2\.1/);
  });

  test('no hover on plain text', async () => {
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: client.positionOf(uri, '冷静期') });
    assert.equal(h, null);
  });

  test('document symbols: sections holding entities and figures', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const flat: DocumentSymbol[] = [];
    const walk = (list: DocumentSymbol[]) => list.forEach((s) => { flat.push(s); walk(s.children ?? []); });
    walk(symbols);
    assert.ok(flat.some((s) => s.name === '华为' && /Vendor ×\d+/.test(s.detail ?? '')));
    const fig = flat.find((s) => s.name === '超过20万条');
    assert.ok(fig, 'figure symbol');
    assert.match(fig!.detail!, /2 × 10⁵ 条 — unverified/);
  });

  test('semantic tokens decode to vendor, model and figure spans', async () => {
    const legend = capabilities.semanticTokensProvider.legend;
    const tokens = decodeTokens((await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } })).data, legend);
    const doc = client.document(uri);
    const textOf = (t: { line: number; character: number; length: number }) => doc.getText({ start: { line: t.line, character: t.character }, end: { line: t.line, character: t.character + t.length } });
    assert.ok(tokens.some((t) => t.type === 'vendor' && textOf(t) === '华为'));
    assert.ok(tokens.some((t) => t.type === 'model' && textOf(t) === '盘古3.0'));
    assert.deepEqual(tokens.find((t) => t.type === 'figure' && textOf(t) === '超过20万条')?.modifiers, ['unverified']);
    assert.deepEqual(tokens.find((t) => t.type === 'figure' && textOf(t) === '10000倍以上')?.modifiers, ['verified']);
  });

  test('code actions on a figure diagnostic: mark as verified, ignore', async () => {
    const diags = await client.waitForDiagnostics(uri);
    const d = diags.find((x) => client.document(uri).getText(x.range) === '超过20万条')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Mark as verified…'));
    assert.ok(titles.includes('Ignore this figure'));
    assert.equal(actions[0].command?.command, 'aiAnnotator.server.markVerified', 'a non-VS Code client runs the server command');
  });

  test('document highlights: every mention of the entity under the cursor', async () => {
    const highlights = await client.request<Array<{ range: any }>>('textDocument/documentHighlight', { textDocument: { uri }, position: client.positionOf(uri, '英伟达') });
    assert.equal(highlights.length, 2);
    for (const h of highlights) assert.equal(client.document(uri).getText(h.range), '英伟达');
  });

  test('a burst of 200 rapid edits ends with diagnostics for the final text exactly', async () => {
    const u = await client.open('burst.md', '# 测试\n\n华为训练了模型。\n');
    for (let i = 0; i < 200; i++) {
      await client.insertAt(u, client.document(u).getText().length, i % 2 ? '，' : `参数${i}万亿tokens`);
    }
    const text = client.document(u).getText();
    const diags = await client.waitForDiagnostics(u, (d) => d.length > 0);
    assert.equal(client.diagnostics.get(u)?.version, client.document(u).version);
    const expected = [...text.matchAll(/\d+万亿tokens/g)].map((m) => m[0]);
    const got = diags.filter((d) => String(d.code).startsWith('figure')).map((d) => client.document(u).getText(d.range));
    assert.deepEqual(got.sort(), expected.sort());
  });

  test('emoji and CRLF: ranges count UTF-16 units, lines split at CRLF', async () => {
    const text = '😀😀 华为\r\n盘古3.0 😀 超过5万亿tokens\r\n';
    const u = await client.open('emoji.txt', text);
    const diags = await client.waitForDiagnostics(u, (d) => d.length > 0);
    const d = diags[0];
    assert.deepEqual(d.range.start, client.positionOf(u, '超过5万亿tokens'));
    // UTF-16 units: the emoji counts twice, so the column is one more than the code-point count
    const before = '盘古3.0 😀 ';
    assert.equal(d.range.start.character, before.length);
    assert.equal(d.range.start.character, [...before].length + 1);
    assert.equal(client.document(u).getText(d.range), '超过5万亿tokens');
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 6 } });
    assert.deepEqual(h.range, { start: { line: 0, character: 5 }, end: { line: 0, character: 7 } });
  });

  test('settings change severities and switch diagnostics off without a restart', async () => {
    await client.changeSettings({ diagnostics: { severity: { unverified: 'error' } } });
    await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'figure-unverified' && x.severity === 1));
    await client.changeSettings({ diagnostics: { enabled: false } });
    await client.waitForDiagnostics(uri, (d) => d.length === 0);
    await client.changeSettings({});
    await client.waitForDiagnostics(uri, (d) => d.length > 0);
  });

  test('a failing request is answered, the server stays alive', async () => {
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: 'file:///not/open.md' }, position: { line: 99, character: 99 } });
    assert.equal(h, null);
    const r = await client.request<unknown>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(Array.isArray(r));
  });
});

describe('pull diagnostics client, Chinese display language', () => {
  const client = new TestClient({ pull: true, locale: 'zh-cn', clientName: 'vscode' });
  let uri: string;
  let capabilities: Record<string, any>;
  before(async () => {
    capabilities = (await client.initialize()).capabilities;
    uri = await client.open('shenzhou.txt', shenzhou);
  });
  after(() => client.close());

  test('offers textDocument/diagnostic and answers it', async () => {
    assert.ok(capabilities.diagnosticProvider);
    const items = await client.pullDiagnostics(uri, (d) => d.length > 0);
    const d = items.find((x: Diagnostic) => client.document(uri).getText(x.range) === '少于20%');
    assert.ok(d, JSON.stringify(items.map((x) => client.document(uri).getText(x.range))));
    assert.match(String(d!.message), /有出处的数据/);
    assert.equal(client.diagnostics.get(uri), undefined, 'nothing pushed to a pull client');
  });

  test('hover text follows the display language', async () => {
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: client.positionOf(uri, '百度', 0, 1) });
    assert.match(hoverText(h), /厂商/);
    assert.match(hoverText(h), /本文提及次数/);
  });

  test('code actions point at the VS Code client command that asks for a source', async () => {
    const items = await client.pullDiagnostics(uri, (d) => d.length > 0);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: items[0].range, context: { diagnostics: [items[0]] } });
    assert.equal(actions[0].title, '标记为已核实…');
    assert.equal(actions[0].command?.command, 'aiAnnotator.markVerified');
  });
});
