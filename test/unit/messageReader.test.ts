// The server's reader of LSP messages over stdio: every message as JSON.parse reads it, in order,
// however the bytes are cut into chunks — a large body is decoded and unescaped as it arrives.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { MAX_HEADER_BYTES, StreamingMessageReader } from '../../server/src/lsp/messageReader.ts';

function frame(message: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n`, 'ascii'), body]);
}

function rng(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** A long text with what JSON escapes and UTF-8 spreads over several bytes: quotes, backslashes, controls, CJK, emoji. */
function longText(length: number, seed: number): string {
  const rand = rng(seed);
  const alphabet = ['华为发布盘古3.0，', '超过5万亿tokens。', '\n', '\r\n', '\t', '"引号"', '\\', '\\u0041', '😀', '\u0000', '\u001f', '\u2028', 'ASCII text ', '“中文引号”', '\ud800'];
  let out = '';
  while (out.length < length) out += alphabet[Math.floor(rand() * alphabet.length)];
  return out;
}

async function readAll(bytes: Buffer, chunkSizes: () => number): Promise<unknown[]> {
  const stream = new PassThrough();
  const reader = new StreamingMessageReader(stream);
  const got: unknown[] = [];
  reader.onError((e) => { throw e; });
  reader.listen((m) => got.push(m));
  for (let at = 0; at < bytes.length;) {
    const n = Math.max(1, chunkSizes());
    stream.write(bytes.subarray(at, at + n));
    at += n;
  }
  stream.end();
  await new Promise((r) => setImmediate(r));
  await new Promise((r) => setTimeout(r, 10));
  return got;
}

test('messages small and large, cut into chunks of every size, are read as JSON.parse reads them, in order', async () => {
  const messages = [
    { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } },
    { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///big.md', languageId: 'markdown', version: 1, text: longText(400_000, 1) } } },
    { jsonrpc: '2.0', id: 2, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///small.md' }, position: { line: 0, character: 1 } } },
    // several long strings in one message, and short ones between them
    { jsonrpc: '2.0', method: 'x', params: { a: longText(150_000, 2), b: ['短', longText(100_000, 3), 'x"y'], c: { '键"\\': longText(70_000, 4) }, n: [1.5e-7, -3, true, false, null] } },
    { jsonrpc: '2.0', id: 3, result: 'done' },
  ];
  const bytes = Buffer.concat(messages.map(frame));
  const expected = messages.map((m) => JSON.parse(JSON.stringify(m)));
  const sizes: Array<[string, () => number]> = [
    ['1 byte', () => 1],
    ['3 bytes', () => 3],
    ['64 KB', () => 65_536],
    ['random', (() => { const r = rng(7); return () => Math.floor(r() * 9000); })()],
    ['all at once', () => bytes.length],
  ];
  for (const [name, size] of sizes) {
    const got = await readAll(bytes, size);
    assert.equal(got.length, messages.length, `${name}: every message`);
    got.forEach((m, i) => assert.deepEqual(m, expected[i], `${name}: message ${i}`));
  }
});

/** What a reader delivers and reports for these bytes, written in chunks of the given size. */
async function readWithErrors(bytes: Buffer, chunk: number) {
  const stream = new PassThrough();
  const reader = new StreamingMessageReader(stream);
  const errors: Error[] = [];
  const got: unknown[] = [];
  reader.onError((e) => errors.push(e as Error));
  reader.listen((m) => got.push(m));
  for (let at = 0; at < bytes.length; at += chunk) stream.write(bytes.subarray(at, at + chunk));
  await new Promise((r) => setImmediate(r));
  await new Promise((r) => setTimeout(r, 10));
  return { got, errors };
}

test('a header without Content-Length is an error, not a hang, and the next message is read', async () => {
  const next = { jsonrpc: '2.0', id: 1, result: '好' };
  for (const chunk of [1, 5, 1 << 20]) {
    const { got, errors } = await readWithErrors(Buffer.concat([Buffer.from('Content-Type: x\r\n\r\n{}', 'ascii'), frame(next)]), chunk);
    assert.equal(errors.length, 1, `chunks of ${chunk}`);
    assert.match(errors[0].message, /Content-Length/);
    assert.deepEqual(got, [next], `chunks of ${chunk}`);
  }
});

test('a header that never ends is cut off at its limit with one error; reading goes on at the next message', async () => {
  const before = { jsonrpc: '2.0', method: 'a', params: { text: '华为发布盘古3.0' } };
  const after = { jsonrpc: '2.0', id: 2, method: 'b', params: { text: 'x'.repeat(300_000) } };
  // bytes with no blank line, well past the limit, even one that looks like a header's first line
  const endless = Buffer.from(`Content-Length: 12\r\nX-Filler: ${'a\r\n'.repeat(MAX_HEADER_BYTES / 2)}`, 'ascii');
  const bytes = Buffer.concat([frame(before), endless, frame(after)]);
  for (const chunk of [257, 4096, 65_536, bytes.length]) {
    const { got, errors } = await readWithErrors(bytes, chunk);
    assert.equal(errors.length, 1, `chunks of ${chunk}: one error`);
    assert.match(errors[0].message, new RegExp(`ran over ${MAX_HEADER_BYTES} bytes`));
    assert.deepEqual(got, [before, after], `chunks of ${chunk}: the messages around it`);
  }
});

test('a header is buffered only up to its limit, however long the bytes without a blank line go on', async () => {
  const stream = new PassThrough();
  const reader = new StreamingMessageReader(stream);
  const errors: Error[] = [];
  reader.onError((e) => errors.push(e as Error));
  reader.listen(() => assert.fail('no message'));
  const junk = Buffer.alloc(1 << 20, 'z');
  for (let i = 0; i < 20; i++) stream.write(junk);
  await new Promise((r) => setImmediate(r));
  assert.equal(errors.length, 1);
  assert.ok((reader as unknown as { header: Buffer }).header.length < MAX_HEADER_BYTES, 'little kept');
});
