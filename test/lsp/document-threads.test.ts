// Documents analysed in a thread of their own (server/src/lsp/documentThreads.ts): from
// initializationOptions.ownThreadSizeMB on, a document's messages go to a second server in a worker
// thread. Seen from the client nothing changes: the same diagnostics as the server's own analysis,
// hovers, edits, requests about the document, its close — and the other documents are still the
// server's. (How long other documents wait meanwhile is measured by npm run bench: test/bench/huge.ts.)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { REQUESTS, type Summary } from '../../protocol/index.ts';
import { benchText, markdownText } from '../bench/text.ts';
import { TestClient } from '../helpers/lspClient.ts';

/** What a client sees of diagnostics, in a comparable form. */
const seen = (diags: Diagnostic[]) => diags.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.message}`).sort();

describe('documents in a thread of their own', () => {
  // about 0.2 MB of UTF-8 and more go to the thread
  const threaded = new TestClient({ initializationOptions: { ownThreadSizeMB: 0.2 } });
  const plain = new TestClient();
  const text = markdownText(benchText(120_000, 21));
  /** Wait until `n` servers of the client have said their word segmentation is ready (analyses before are made without it). */
  const segmented = async (client: TestClient, n: number) => {
    for (let i = 0; i < 600 && client.logs.filter((l) => l.includes('word segmentation ready')).length < n; i++) await new Promise((r) => setTimeout(r, 100));
  };
  /** Diagnostics of `uri` once they are those of `want` (a first analysis may be made before the segmenter is linked). */
  const same = (client: TestClient, uri: string, want: Diagnostic[]) => client.waitForDiagnostics(uri, (d) => JSON.stringify(seen(d)) === JSON.stringify(seen(want)), 60_000).catch(() => client.diagnostics.get(uri)!.diagnostics);
  before(async () => {
    await Promise.all([threaded.initialize(), plain.initialize()]);
    await Promise.all([segmented(threaded, 1), segmented(plain, 1)]);
  });
  after(async () => {
    await Promise.all([threaded.close(), plain.close()]);
  });

  test('the same diagnostics as the server analysing it itself; hover, a request and an edit answered from the thread', async () => {
    assert.ok(Buffer.byteLength(text) > 0.2 * 1024 * 1024, 'the text is over the threshold');
    const [big, reference] = [await threaded.open('big.md', text), await plain.open('big.md', text)];
    const small = await threaded.open('small.md', '华为发布盘古3.0，超过5万亿tokens。');
    await segmented(threaded, 2);
    assert.ok(threaded.logs.some((l) => l.includes('analysed in a thread of their own')), 'the thread started');
    const want = await plain.waitForDiagnostics(reference, (d) => d.length > 0, 120_000);
    const got = await same(threaded, big, want);
    assert.deepEqual(seen(got), seen(want));
    // the small document stays the server's: its own diagnostics and hover
    assert.ok((await threaded.waitForDiagnostics(small, (d) => d.length > 0)).length > 0);
    const smallHover = await threaded.request<Hover | null>('textDocument/hover', { textDocument: { uri: small }, position: threaded.positionOf(small, '华为', 0, 1) });
    assert.ok(smallHover, 'hover on the small document');

    const figure = got.find((d) => d.range.start.line > 5)!;
    const hover = await threaded.request<Hover | null>('textDocument/hover', { textDocument: { uri: big }, position: figure.range.start });
    assert.ok(hover && JSON.stringify(hover.contents).length > 10, 'hover on the big document');
    const summary = await threaded.request<Summary | null>(REQUESTS.summary, { uri: big });
    assert.ok(summary && summary.counts.figures > 0, `summary of the big document: ${JSON.stringify(summary)}`);

    // an edit: diagnostics of the new version, the same as the server's own
    const middle = text.indexOf('。', text.length / 2) + 1;
    await Promise.all([threaded.insertAt(big, middle, '华为估值达到300亿美元。'), plain.insertAt(reference, middle, '华为估值达到300亿美元。')]);
    const editedWant = await plain.waitForDiagnostics(reference, (d) => d.length > 0, 120_000);
    const edited = await same(threaded, big, editedWant);
    assert.deepEqual(seen(edited), seen(editedWant));
    assert.notDeepEqual(seen(edited), seen(got), 'the edit changed the diagnostics');

    // closed: its diagnostics are cleared, and it is the server's again when opened small
    await threaded.closeDocument(big);
    for (let i = 0; i < 100 && threaded.diagnostics.get(big)?.diagnostics.length; i++) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(threaded.diagnostics.get(big)?.diagnostics, []);
    await threaded.open('big.md', '百度的文心一言4.0参数达到2600亿。');
    assert.ok((await threaded.waitForDiagnostics(big, (d) => d.length > 0)).length > 0);
  });

  test('a didOpen whose text comes before its uri goes to the thread whole', async () => {
    // the thread compares its documents with each other and the files on disk, not with the server's open ones: the reference is a server with this document alone
    const alone = new TestClient();
    await alone.initialize();
    await segmented(alone, 1);
    const uri = threaded.uri('text-first.md');
    await threaded.connection.sendNotification('textDocument/didOpen', { textDocument: { text, languageId: 'markdown', uri, version: 1 } });
    const fresh = await alone.open('text-first.md', text);
    const want = await alone.waitForDiagnostics(fresh, (d) => d.length > 0, 120_000);
    await alone.close();
    const deadline = Date.now() + 60_000;
    while (JSON.stringify(seen(threaded.diagnostics.get(uri)?.diagnostics ?? [])) !== JSON.stringify(seen(want)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(seen(threaded.diagnostics.get(uri)?.diagnostics ?? []), seen(want));
  });
});
