// The web extension's language server (server/out/browserServer.js) as the client runs it in the
// extension host's worker: the bundle evaluated with a CommonJS `module`, in a context that has
// a browser's globals and none of Node's (no require, process, Buffer, setImmediate), its
// compiled knowledge and segmenter files fetched by URL, LSP over a MessageChannel. The workbench test
// (test/e2e/universal.test.ts) does the same in Chromium; this one says within seconds what breaks.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import vm from 'node:vm';
import { MessageChannel, type MessagePort } from 'node:worker_threads';

const OUT = join(process.cwd(), 'server', 'out');
const BASE = 'https://extension.example/server/out/';
const TEXT = '# 华为发布盘古大模型3.0\n\n7月7日，华为发布盘古大模型3.0。\n\n业内人士估计，国内已发布的大模型数量接近80个。百度文心一言的用户规模已突破1亿。\n';
const URI = 'vscode-remote://127.0.0.1:8080/work/news.md';

/** Channels the server made (its setImmediate): closed at the end, so that the test process can exit. */
const serverChannels: MessageChannel[] = [];

/** A browser's globals, nothing of Node's; fetch answers the extension's URLs from server/out. */
function browserGlobals(fetched: string[]) {
  const fetchFile = async (url: string | URL) => {
    fetched.push(String(url));
    const path = String(url).startsWith(BASE) ? join(OUT, String(url).slice(BASE.length)) : undefined;
    try {
      return new Response(path ? readFileSync(path) : null, { status: path ? 200 : 404 });
    } catch {
      return new Response(null, { status: 404 });
    }
  };
  // the server's own timers must not keep the test process alive (the LSP channel does, while open)
  const unref = <T>(handle: T) => ((handle as { unref?(): void }).unref?.(), handle);
  class TrackedChannel extends MessageChannel {
    constructor() {
      super();
      serverChannels.push(this);
    }
  }
  return {
    console, clearTimeout, clearInterval, queueMicrotask, TextEncoder, TextDecoder, MessageChannel: TrackedChannel,
    setTimeout: (...args: Parameters<typeof setTimeout>) => unref(setTimeout(...args)),
    setInterval: (...args: Parameters<typeof setInterval>) => unref(setInterval(...args)),
    URL, URLSearchParams, WebAssembly: (globalThis as Record<string, unknown>).WebAssembly, crypto: globalThis.crypto, btoa, atob, performance, fetch: fetchFile, Response,
  };
}

/** JSON-RPC over one end of the MessageChannel, answering what the server asks of a client. */
class PortClient {
  private nextId = 1;
  private pending = new Map<number, (message: any) => void>();
  readonly notifications: Array<{ method: string; params: any }> = [];
  private waiters: Array<() => void> = [];

  constructor(private readonly port: MessagePort) {
    port.on('message', (message: any) => {
      if (message.id !== undefined && message.method) {
        // a request of the server: configuration (defaults), registrations
        const result = message.method === 'workspace/configuration' ? message.params.items.map(() => null) : null;
        port.postMessage({ jsonrpc: '2.0', id: message.id, result });
      } else if (message.id !== undefined) {
        this.pending.get(message.id)?.(message);
      } else {
        this.notifications.push(message);
        for (const w of this.waiters.splice(0)) w();
      }
    });
  }

  async request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    const reply = await new Promise<any>((resolve) => {
      this.pending.set(id, resolve);
      this.port.postMessage({ jsonrpc: '2.0', id, method, params });
    });
    if (reply.error) throw new Error(reply.error.message);
    return reply.result;
  }

  notify(method: string, params: unknown) {
    this.port.postMessage({ jsonrpc: '2.0', method, params });
  }

  /** The first notification that satisfies `pred` (one already received, or the next). */
  async waitFor(pred: (n: { method: string; params: any }) => boolean, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.notifications.find(pred);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no such notification; got ${this.notifications.map((n) => n.method).join(', ')}`);
      await new Promise<void>((resolve) => { this.waiters.push(resolve); setTimeout(resolve, 200); });
    }
  }
}

const positionOf = (needle: string, occurrence = 1) => {
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = TEXT.indexOf(needle, at + 1);
  const before = TEXT.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
};

describe('the browser build of the language server', () => {
  const fetched: string[] = [];
  const { port1, port2 } = new MessageChannel();
  const client = new PortClient(port1);
  const context = vm.createContext(browserGlobals(fetched));
  let capabilities: Record<string, any>;

  before(async () => {
    assert.equal(vm.runInContext('typeof require + typeof process + typeof Buffer + typeof setImmediate', context), 'undefinedundefinedundefinedundefined');
    // as client/src/browser.ts evaluates it in the extension host's worker
    const module = { exports: {} as { listen?(port: unknown): void } };
    vm.runInContext(`(function (module, exports) {\n${readFileSync(join(OUT, 'browserServer.js'), 'utf8')}\n})`, context)(module, module.exports);
    module.exports.listen!(port2);
    const result = await client.request<{ capabilities: Record<string, any> }>('initialize', {
      processId: null, rootUri: null, workspaceFolders: [{ uri: 'vscode-remote://127.0.0.1:8080/work', name: 'work' }],
      capabilities: { workspace: { configuration: true } },
      initializationOptions: {
        locale: 'en', client: 'vscode',
        browserFiles: {
          knowledge: `${BASE}knowledge.json`,
          wasm: `${BASE}segmenter/jieba_rs_wasm_bg.wasm`, dictionary: `${BASE}segmenter/jieba.dict.utf8`, userDictionary: `${BASE}segmenter/user.dict.utf8`,
        },
      },
    });
    capabilities = result.capabilities;
    client.notify('initialized', {});
    client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: TEXT } });
  });
  after(() => {
    for (const port of [port1, port2, ...serverChannels.flatMap((c) => [c.port1, c.port2])]) port.close();
  });

  test('answers initialize with the same capabilities as in Node', () => {
    assert.ok(capabilities.hoverProvider && capabilities.documentSymbolProvider && capabilities.codeActionProvider);
    assert.deepEqual(capabilities.semanticTokensProvider.legend.tokenTypes, ['vendor', 'model', 'product', 'figure']);
  });

  test('publishes diagnostics for a document of a workspace that is not on disk', async () => {
    const published = await client.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === URI);
    const messages = published.params.diagnostics.map((d: { message: string }) => d.message).sort();
    assert.deepEqual(messages, [
      'Unverified figure: ERNIE Bot · users · 1亿 (more than 1 × 10⁸ 用户). No source in its sentence and no matching fact.',
      'Unverified figure: no named subject · count · 接近80个 (about 80 个). No source in its sentence and no matching fact.',
    ]);
  });

  test('answers hovers from the bundled knowledge base', async () => {
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: URI }, position: positionOf('华为', 2) });
    assert.match(hover.contents.value, /^\*\*Huawei\*\* \(华为\) · Vendor$/m);
    assert.match(hover.contents.value, /Mentions in this document: 2/);
  });

  test('loads the compiled knowledge and jieba-wasm from the extension\'s URLs', async () => {
    const ready = await client.waitFor((n) => n.method === 'window/logMessage' && /word segmentation ready/.test(n.params.message));
    assert.match(ready.params.message, /\(jieba-wasm\)/);
    assert.deepEqual(fetched.sort(), [`${BASE}knowledge.json`, ...['jieba.dict.utf8', 'jieba_rs_wasm_bg.wasm', 'user.dict.utf8'].map((f) => `${BASE}segmenter/${f}`)]);
  });

  test('says clearly that it cannot write workspace files', async () => {
    const result = await client.request<{ ok: boolean; error?: string }>('workspace/executeCommand', {
      command: 'aiAnnotator.server.unmarkVerified', arguments: ['v-00000000'],
    });
    assert.equal(result.ok, false);
    assert.match(result.error ?? '', /without a file system/);
  });
});
