// The server's writer of LSP messages over stdio: each message framed with its UTF-8 length and
// written at once, in order — not on a later turn of the event loop, where a slice of a huge
// document's analysis would go first.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { ImmediateMessageWriter } from '../../server/src/lsp/messageWriter.ts';

/** The messages framed in `bytes`, by their Content-Length headers. */
function unframe(bytes: Buffer): unknown[] {
  const out: unknown[] = [];
  let at = 0;
  while (at < bytes.length) {
    const end = bytes.indexOf('\r\n\r\n', at);
    const length = Number(/Content-Length: (\d+)/.exec(bytes.subarray(at, end).toString('ascii'))![1]);
    out.push(JSON.parse(bytes.subarray(end + 4, end + 4 + length).toString('utf8')));
    at = end + 4 + length;
  }
  return out;
}

const MESSAGES = [
  { jsonrpc: '2.0', id: 1, result: { contents: { kind: 'markdown', value: '华为 · 参数 · 1.8万亿 😀' } } },
  { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.md', diagnostics: [] } },
  { jsonrpc: '2.0', id: 2, result: null },
];

test('messages are written before the current turn of the event loop ends, framed and in order', async () => {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const writer = new ImmediateMessageWriter(stream);
  let written = -1;
  // as in the server: a request handled on the check phase of the event loop while a slice of
  // analysis is due on a timer (the next turn's timers phase comes before its immediates)
  await new Promise<void>((resolve) => setImmediate(() => {
    setTimeout(() => { written = chunks.reduce((n, c) => n + c.length, 0); resolve(); }, 0);
    const due = Date.now() + 5;
    while (Date.now() < due); // the timer is due before the handler ends
    for (const m of MESSAGES) void writer.write(m as never);
  }));
  await new Promise((r) => setImmediate(r));
  const all = Buffer.concat(chunks);
  assert.ok(written > 0, 'the bytes are in the stream before the next timer');
  assert.deepEqual(unframe(all), MESSAGES);
});

test('a stream that fails is reported to the connection', async () => {
  const stream = new PassThrough();
  const writer = new ImmediateMessageWriter(stream);
  const errors: Error[] = [];
  writer.onError(([e]) => errors.push(e));
  stream.destroy(new Error('EPIPE'));
  await new Promise((r) => setImmediate(r));
  assert.equal(errors.length, 1);
  assert.match(errors[0].message, /EPIPE/);
});
