// Bad input over stdio: a 20 MB document, binary junk, a document closed while it is being
// analysed. The server answers other requests meanwhile, never crashes, and never reports a
// range outside the document.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { benchText } from '../bench/text.ts';
import { TestClient } from '../helpers/lspClient.ts';

function inBounds(client: TestClient, uri: string, diags: Diagnostic[]) {
  const doc = client.document(uri);
  const lines = doc.lineCount;
  for (const d of diags) {
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(p.line >= 0 && p.line < lines, `line ${p.line} of ${lines}`);
      const lineText = doc.getText({ start: { line: p.line, character: 0 }, end: { line: p.line + 1, character: 0 } }).replace(/\r?\n$/, '');
      assert.ok(p.character >= 0 && p.character <= lineText.length, `character ${p.character} of ${lineText.length}`);
    }
  }
}

describe('robustness', () => {
  const client = new TestClient();
  before(() => client.initialize());
  after(() => client.close());

  test('a 20 MB document: other requests are answered while it is analysed, and its diagnostics stay in bounds', { timeout: 240_000 }, async () => {
    const small = await client.open('small.md', '华为发布盘古3.0，超过5万亿tokens。');
    await client.waitForDiagnostics(small, (d) => d.length > 0);
    const big = await client.open('big.txt', benchText(20_000_000, 21));
    let bigPublished = false;
    void client.waitForDiagnostics(big, (d) => d.length > 0, 240_000).then(() => { bigPublished = true; });
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: small }, position: client.positionOf(small, '华为', 0, 1) });
    assert.ok(hover, 'hover answered');
    assert.equal(bigPublished, false, 'the hover did not wait for the big document');
    const diags = await client.waitForDiagnostics(big, (d) => d.length > 0, 240_000);
    assert.ok(diags.length <= 5001);
    assert.ok(diags.some((d) => d.code === 'figures-truncated'), 'too many to show: a notice says so');
    inBounds(client, big, diags);
  });

  test('binary junk, lone surrogates and control characters: no crash, ranges in bounds', async () => {
    let junk = '';
    let seed = 42;
    for (let i = 0; i < 50_000; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      junk += String.fromCharCode(seed % 0xffff);
      if (i % 997 === 0) junk += '超过3万亿tokens\u0000华为😀\ud800';
    }
    const uri = await client.open('junk.txt', junk);
    const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    inBounds(client, uri, diags);
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(Array.isArray(symbols));
  });

  test('closing a document while it is analysed, then editing another: the server carries on', async () => {
    const uri = await client.open('closing.txt', benchText(3_000_000, 5));
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const other = await client.open('after.md', '据介绍，文心一言的用户超过1亿。');
    const diags = await client.waitForDiagnostics(other, (d) => d.length > 0);
    assert.match(String(diags[0].message), /1亿|10⁸/);
  });
});
