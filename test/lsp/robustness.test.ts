// Bad input over stdio: a document over the size limit, binary junk, a document closed while it is
// being analysed, a hover while a long document is analysed again. The server answers other
// requests meanwhile, never crashes, and never reports a range outside the document. (A 20 MB
// document is measured by npm run bench: test/bench/huge.ts.)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { benchText, markdownText } from '../bench/text.ts';
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

  test('above aiAnnotator.analysis.maxDocumentSizeMB a document gets one notice instead of an analysis', async () => {
    await client.changeSettings({ analysis: { maxDocumentSizeMB: 0.05 } }); // 52,428 UTF-16 code units
    const big = await client.open('over.txt', benchText(60_000, 21));
    const notice = await client.waitForDiagnostics(big, (d) => d.length > 0);
    assert.equal(notice.length, 1);
    assert.equal(notice[0].code, 'document-too-large');
    assert.equal(notice[0].severity, 3);
    assert.match(String(notice[0].message), /0\.1 MB .*0\.05 MB .*aiAnnotator\.analysis\.maxDocumentSizeMB/);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: big }, position: { line: 0, character: 3 } }), null);
    const small = await client.open('under.md', '华为发布盘古3.0，超过5万亿tokens。');
    await client.waitForDiagnostics(small, (d) => d.some((x) => String(x.code).startsWith('figure-')));
    await client.changeSettings({});
    await client.waitForDiagnostics(big, (d) => d.length > 1 && !d.some((x) => x.code === 'document-too-large'), 60_000);
  });

  test('a hover on a document being analysed again is answered from its last analysis, ranges moved through the edit', async () => {
    const uri = await client.open('long.txt', benchText(400_000, 8));
    const before = await client.waitForDiagnostics(uri, (d) => d.length > 10, 60_000);
    const target = before.find((d) => d.code === 'figure-unverified' && d.range.start.line > 3)!;
    // a line inserted above it: the figure moves down a line; the hover must say where it is now
    await client.insertAt(uri, 0, '华为发布了新的模型。\n');
    const moved = { line: target.range.start.line + 1, character: target.range.start.character };
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: moved });
    const published = client.diagnostics.get(uri)?.version;
    assert.ok(hover, 'answered');
    assert.deepEqual(hover!.range, { start: moved, end: { line: target.range.end.line + 1, character: target.range.end.character } });
    assert.notEqual(published, client.document(uri).version, 'answered before the new version was analysed');
    await client.waitForDiagnostics(uri, (d) => d.length > 10, 60_000);
  });

  test('a long Markdown document analysed again in slices after an edit: the same diagnostics as a fresh analysis of its text', async () => {
    // each in a server of its own: no other document's figures to compare with
    const ready = async (c: TestClient) => {
      await c.initialize();
      for (let i = 0; i < 100 && !c.logs.some((l) => l.includes('word segmentation ready')); i++) await new Promise((r) => setTimeout(r, 100));
    };
    const edited = new TestClient();
    await ready(edited);
    const uri = await edited.open('sliced.md', markdownText(benchText(200_000, 13)));
    await edited.waitForDiagnostics(uri, (d) => d.length > 10, 60_000);
    const text = edited.document(uri).getText();
    // an edit in the middle (a new figure, a table), then one near the end: the unchanged blocks are reused
    await edited.insertAt(uri, text.indexOf('。', text.length / 2) + 1, '华为发布盘古3.0，超过5万亿tokens。\n\n| 模型 | 参数 |\n| --- | --- |\n| 盘古 | 2000亿 |\n\n');
    await edited.insertAt(uri, text.length - 100, '据介绍，文心一言的用户超过1亿。');
    const after = await edited.waitForDiagnostics(uri, (d) => d.length > 10, 60_000);
    inBounds(edited, uri, after);
    const final = edited.document(uri).getText();
    const added = edited.document(uri).positionAt(final.indexOf('超过5万亿tokens'));
    await edited.close();
    const fresh = new TestClient();
    await ready(fresh);
    const again = await fresh.open('sliced.md', final);
    const expected = await fresh.waitForDiagnostics(again, (d) => d.length > 10, 60_000);
    await fresh.close();
    const shown = (d: Diagnostic[]) => d.map((x) => `${x.range.start.line}:${x.range.start.character}-${x.range.end.line}:${x.range.end.character} ${x.code} ${x.message}`);
    assert.deepEqual(shown(after), shown(expected));
    assert.ok(after.some((d) => d.range.start.line === added.line), `the inserted figure is shown (line ${added.line})`);
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

  test('bytes with no end of header on the input: one error in the log, and the next request is answered', async () => {
    const uri = await client.open('after-junk.md', '华为发布盘古3.0，超过5万亿tokens。');
    await client.waitForDiagnostics(uri, (d) => d.length > 0);
    await new Promise<void>((resolve) => client.process.stdin!.write(Buffer.alloc(200_000, 'x'), () => resolve()));
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: client.positionOf(uri, '华为', 0, 1) });
    assert.match(JSON.stringify(hover?.contents), /华为|Huawei/);
    assert.equal(client.logs.filter((l) => l.includes('ran over 65536 bytes')).length, 1, client.logs.join('\n'));
  });

  test('closing a document while it is analysed, then editing another: the server carries on', async () => {
    const uri = await client.open('closing.txt', benchText(3_000_000, 5));
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const other = await client.open('after.md', '据介绍，文心一言的用户超过1亿。');
    const diags = await client.waitForDiagnostics(other, (d) => d.length > 0);
    assert.match(String(diags[0].message), /1亿|10⁸/);
  });
});
