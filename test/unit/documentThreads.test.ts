// The router of documents analysed in a thread of their own (server/src/lsp/documentThreads.ts),
// with a stand-in thread that answers every request with what it got: which messages go to the
// thread, which stay the server's, how the thread's messages reach the client, and what happens
// when the thread stops. (The real thread, a second language server, is tested over stdio in
// test/lsp/document-threads.test.ts.)
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import type { Message } from 'vscode-languageserver/node';
import { DocumentThreads } from '../../server/src/lsp/documentThreads.ts';

/** A thread that answers requests with what it received, says which notifications it saw, asks the client twice on `custom/ask`, and exits on `custom/crash`. */
const STAND_IN = `
const { workerData } = require('node:worker_threads');
const port = workerData.port;
const send = (m) => port.postMessage({ json: JSON.stringify({ jsonrpc: '2.0', ...m }), id: m.id, method: m.method });
let pieces = 0;
port.on('message', (w) => {
  if ('piece' in w) { pieces++; return; }
  const m = w.message;
  if (m.method === 'custom/crash') process.exit(3);
  if (m.method === 'custom/ask') {
    send({ id: 70, method: 'workspace/configuration', params: { items: [] } });
    send({ id: 71, method: 'client/registerCapability', params: { registrations: [] } });
  }
  if (m.method && m.id !== undefined) send({ id: m.id, result: { method: m.method, uri: m.params?.textDocument?.uri } });
  else if (m.method) send({ method: 'custom/seen', params: { method: m.method, textLength: m.params?.textDocument?.text?.length, joined: w.joinPieces ?? false, pieces } });
  else send({ method: 'custom/answered', params: { id: m.id, result: m.result } });
});`;

const BIG = 'file:///w/big.md';
const SMALL = 'file:///w/small.md';

function setUp() {
  const toClient: Message[] = [];
  const logs: string[] = [];
  const writer = { write: (m: Message) => { toClient.push(m); return Promise.resolve(); } } as never;
  // 1 KB and more go to the thread
  const threads = new DocumentThreads(writer, (l) => logs.push(l), { path: STAND_IN, eval: true });
  const initialize = { jsonrpc: '2.0', id: 0, method: 'initialize', params: { initializationOptions: { ownThreadSizeMB: 1 / 1024 } } };
  assert.deepEqual(threads.fromClient(initialize as Message), initialize, 'initialize is the server\'s (and kept for the thread)');
  threads.fromClient({ jsonrpc: '2.0', method: 'initialized', params: {} } as Message);
  const open = (uri: string, text: string) => threads.fromClient({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text } } } as Message);
  /** Wait until the client got a message that `pick` accepts. */
  const received = async (pick: (m: Record<string, any>) => boolean) => {
    for (let i = 0; i < 200; i++) {
      const m = toClient.find((x) => pick(x as Record<string, any>));
      if (m) return m as Record<string, any>;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`not received; got ${JSON.stringify(toClient)}`);
  };
  return { threads, toClient, logs, open, received };
}

let current: DocumentThreads | undefined;
afterEach(async () => { await current?.dispose(); current = undefined; });

test('a large document goes to its thread, with everything about it; a small one stays the server\'s', async () => {
  const { threads, open, received, logs } = setUp();
  current = threads;
  assert.deepEqual(open(SMALL, '华为'), { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: SMALL, languageId: 'markdown', version: 1, text: '华为' } } });
  const standIn = open(BIG, '华为发布盘古3.0。'.repeat(200)) as Record<string, any>;
  assert.equal(standIn.params.textDocument.text, '', 'the server gets an empty stand-in');
  assert.ok(threads.owns(BIG) && !threads.owns(SMALL));
  // measured in bytes, not in characters: 600 ASCII characters are under 1 KB
  const ascii = 'file:///w/ascii.md';
  assert.equal((open(ascii, 'x'.repeat(600)) as Record<string, any>).params.textDocument.text.length, 600);
  assert.ok(!threads.owns(ascii));
  assert.ok(logs.some((l) => l.includes('thread of their own')));
  const seen = await received((m) => m.method === 'custom/seen' && m.params.method === 'textDocument/didOpen');
  assert.equal(seen.params.textLength, 2000, 'the thread got the whole text');

  // requests and notifications about it go to the thread; its answers reach the client as they are
  assert.equal(threads.fromClient({ jsonrpc: '2.0', id: 5, method: 'textDocument/hover', params: { textDocument: { uri: BIG }, position: { line: 0, character: 1 } } } as Message), undefined);
  assert.deepEqual((await received((m) => m.id === 5)).result, { method: 'textDocument/hover', uri: BIG });
  assert.equal(threads.fromClient({ jsonrpc: '2.0', id: 6, method: 'aiAnnotator/summary', params: { uri: BIG } } as Message), undefined);
  assert.equal(threads.fromClient({ jsonrpc: '2.0', id: 7, method: 'workspace/executeCommand', params: { command: 'aiAnnotator.markVerified', arguments: [BIG, {}] } } as Message), undefined);
  await received((m) => m.id === 6);
  await received((m) => m.id === 7);
  assert.equal(threads.fromClient({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: BIG, version: 2 }, contentChanges: [] } } as Message), undefined);
  await received((m) => m.method === 'custom/seen' && m.params.method === 'textDocument/didChange');
  // …and the small document's are the server's
  const hover = { jsonrpc: '2.0', id: 8, method: 'textDocument/hover', params: { textDocument: { uri: SMALL }, position: { line: 0, character: 1 } } };
  assert.deepEqual(threads.fromClient(hover as Message), hover);
  // settings go to both
  const settings = { jsonrpc: '2.0', method: 'workspace/didChangeConfiguration', params: { settings: {} } };
  assert.deepEqual(threads.fromClient(settings as Message), settings);
  await received((m) => m.method === 'custom/seen' && m.params.method === 'workspace/didChangeConfiguration');

  // the server's diagnostics of the stand-in are dropped, of other documents kept
  const diagnostics = (uri: string) => ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, diagnostics: [] } }) as Message;
  assert.equal(threads.fromServer(diagnostics(BIG)), undefined);
  assert.deepEqual(threads.fromServer(diagnostics(SMALL)), diagnostics(SMALL));

  // closed: the thread and the server both close it; it is the server's again
  const close = { jsonrpc: '2.0', method: 'textDocument/didClose', params: { textDocument: { uri: BIG } } };
  assert.deepEqual(threads.fromClient(close as Message), close);
  assert.ok(!threads.owns(BIG));
  assert.deepEqual(threads.fromServer(diagnostics(BIG)), diagnostics(BIG));
});

test('the thread\'s requests reach the client under ids of their own and the answers come back; registrations are answered at once', async () => {
  const { threads, open, received, toClient } = setUp();
  current = threads;
  open(BIG, 'x'.repeat(2000));
  threads.fromClient({ jsonrpc: '2.0', method: 'custom/ask', params: { uri: BIG } } as Message);
  const asked = await received((m) => m.method === 'workspace/configuration');
  assert.match(String(asked.id), /^thread-/, 'an id no request of the server uses');
  assert.equal(threads.fromClient({ jsonrpc: '2.0', id: asked.id, result: ['settings'] } as Message), undefined, 'the answer is the thread\'s');
  const answered = await received((m) => m.method === 'custom/answered' && m.params.id === 70);
  assert.deepEqual(answered.params.result, ['settings']);
  assert.equal((await received((m) => m.method === 'custom/answered' && m.params.id === 71)).params.result, null, 'registration answered by the router');
  assert.ok(!toClient.some((m) => (m as Record<string, any>).method === 'client/registerCapability'), 'no second registration reaches the client');
  // a cancellation of a forwarded request goes to the thread, of another to the server
  threads.fromClient({ jsonrpc: '2.0', id: 9, method: 'textDocument/hover', params: { textDocument: { uri: BIG } } } as Message);
  const cancelOther = { jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 1234 } };
  assert.deepEqual(threads.fromClient(cancelOther as Message), cancelOther);
});

test('a thread that stops: its pending and later requests get an error, never silence; closing still works', async () => {
  const { threads, open, received, logs } = setUp();
  current = threads;
  open(BIG, 'x'.repeat(2000));
  threads.fromClient({ jsonrpc: '2.0', method: 'custom/crash', params: { uri: BIG } } as Message);
  for (let i = 0; i < 200 && !logs.some((l) => l.includes('stopped')); i++) await new Promise((r) => setTimeout(r, 10));
  assert.ok(logs.some((l) => l.includes('stopped (exit 3)')), logs.join('\n'));
  assert.equal(threads.fromClient({ jsonrpc: '2.0', id: 11, method: 'textDocument/hover', params: { textDocument: { uri: BIG } } } as Message), undefined);
  const failed = await received((m) => m.id === 11);
  assert.equal(failed.error.code, -32803);
  const close = { jsonrpc: '2.0', method: 'textDocument/didClose', params: { textDocument: { uri: BIG } } };
  assert.deepEqual(threads.fromClient(close as Message), close);
  assert.ok(!threads.owns(BIG));
});

test('pieces handed over while a didOpen is read are joined by the thread, and only for a large didOpen', async () => {
  const { threads, received } = setUp();
  current = threads;
  const head = '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/big.md","languageId":"markdown","version":1,"text":';
  assert.equal(threads.handOff(head, 100), undefined, 'a small body is read here');
  assert.equal(threads.handOff('{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"contentChanges":[{"text":', 5000), undefined, 'only a didOpen');
  const sink = threads.handOff(head, 5000)!;
  assert.ok(sink);
  sink('华为'.repeat(600));
  sink('盘古'.repeat(400));
  const { handedOff } = await import('../../server/src/lsp/messageReader.ts');
  const message = { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: BIG, languageId: 'markdown', version: 1, text: '' } } };
  handedOff.add(message);
  threads.fromClient(message as Message);
  const seen = await received((m) => m.method === 'custom/seen' && m.params.method === 'textDocument/didOpen');
  assert.deepEqual([seen.params.joined, seen.params.pieces], [true, 2]);
  assert.ok(threads.owns(BIG));
});
