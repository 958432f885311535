// Documents too large to analyse in the server's thread get a language server of their own in a
// worker thread (../documentThread.ts), so that their analysis — its heap, its collections and its
// whole-document strings — never holds up the answers about other documents. This router sits
// between the client's connection and the server: a didOpen of at least `ownThreadBytes` goes to
// the document's thread, and from then on every message about that document (its edits, its
// requests, their cancellations) until it is closed; the server keeps an empty stand-in, so that it
// counts the document as open and never reads it from disk, and its diagnostics for the stand-in
// are dropped. What concerns every document (settings, watched files) goes to both. The thread's
// messages go to the client: its replies as they are, its own requests under ids of the router's
// (registrations answered here: the server has made them). Over stdio, the text of such a didOpen
// is handed to the thread piece by piece as it is read (../lsp/messageReader.ts), never joined here.
// The thread shares the server's word segmenter (./segmentation.ts).
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { DataCallback, Message, MessageReader, MessageWriter, NotificationMessage, RequestMessage, ResponseMessage } from 'vscode-languageserver/node';
import { handedOff } from './messageReader.ts';
import { linkToSegmenter } from './segmentation.ts';

/** Documents from this size (UTF-8 bytes of their didOpen) on are analysed in a thread of their own, unless initializationOptions.ownThreadSizeMB says otherwise. */
export const OWN_THREAD_MB = 4;

/**
 * How much the heap may grow past what survived the last full garbage collection before the next
 * one, in percent. V8 lets it grow up to fourfold: a huge document's re-analysis makes hundreds of
 * megabytes of short-lived objects while the last analysis is still held, and the process went over
 * 1 GB on a 20 MB document.
 */
const HEAP_GROWING_PERCENT = 50;

/** What the server's side sends a document's thread, on the thread's port. */
export type ToThread = { message: Message; joinPieces?: boolean } | { piece: string };
/**
 * What the thread sends back: each message as the JSON it is written as (made there: a thousand
 * diagnostics are costly to copy between threads as objects and to write out again), with what the
 * router reads of it.
 */
export interface FromThread { json: string; id?: number | string | null; method?: string }

/** A writer to the client that can also write a message already in JSON (over stdio). */
export type ClientWriter = MessageWriter & { writeJson?(json: string): void };

/** Messages about every document: both the server and the documents' thread read them. */
const TO_BOTH = new Set(['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles', 'workspace/didChangeWorkspaceFolders']);
/** Requests of the thread answered here: the server has already made them to the client. */
const ANSWERED_HERE = new Set(['client/registerCapability', 'client/unregisterCapability']);

const isRequest = (m: Message): m is RequestMessage => 'method' in m && 'id' in m && m.id !== undefined;
const isResponse = (m: Message): m is ResponseMessage => !('method' in m) && 'id' in m;
const isNotification = (m: Message): m is NotificationMessage => 'method' in m && !('id' in m && m.id !== undefined);

/** The document a message is about: params.textDocument.uri, params.uri, or the first argument of a command. */
function documentOf(m: RequestMessage | NotificationMessage): string | undefined {
  const p = m.params as { textDocument?: { uri?: unknown }; uri?: unknown; arguments?: unknown[] } | undefined;
  const uri = p?.textDocument?.uri ?? p?.uri ?? (m.method === 'workspace/executeCommand' ? p?.arguments?.[0] : undefined);
  return typeof uri === 'string' ? uri : undefined;
}

export class DocumentThreads {
  private thread?: { worker: Worker; port: MessagePort };
  private readonly owned = new Set<string>();
  /** The client's requests the thread answers. */
  private readonly forwarded = new Set<number | string>();
  /** The thread's requests to the client: the id they go by → the thread's own. */
  private readonly asked = new Map<string, number | string>();
  private asks = 0;
  private initialize?: RequestMessage;
  private initialized = false;
  private ownThreadBytes = OWN_THREAD_MB * 1024 * 1024;

  /** `script`: the thread's (a test gives code to evaluate instead). */
  constructor(
    private readonly toClient: ClientWriter,
    private readonly log: (message: string) => void,
    private readonly script: { path: string; eval?: boolean } = { path: join(__dirname, 'documentThread.js') },
  ) {}

  /** Whether a document is analysed in its own thread. */
  owns(uri: string): boolean {
    return this.owned.has(uri);
  }

  /**
   * Over stdio, a large body's long string as it begins (messageReader's handOff): a didOpen's text
   * of a document large enough goes to its thread piece by piece.
   */
  handOff = (before: string, bodyBytes: number): ((piece: string) => void) | undefined => {
    if (bodyBytes < this.ownThreadBytes || !/"method"\s*:\s*"textDocument\/didOpen"/.test(before) || !/"text"\s*:\s*$/.test(before)) return undefined;
    const port = this.start();
    if (!port) return undefined;
    return (piece) => port.postMessage({ piece } satisfies ToThread);
  };

  /** A message from the client: what the server should read instead (a stand-in), or undefined when it is not the server's. */
  fromClient(m: Message): Message | undefined {
    if (isRequest(m) && m.method === 'initialize') {
      this.initialize = m;
      const mb = Number((m.params as { initializationOptions?: { ownThreadSizeMB?: unknown } })?.initializationOptions?.ownThreadSizeMB);
      if (Number.isFinite(mb) && mb > 0) this.ownThreadBytes = mb * 1024 * 1024;
      return m;
    }
    if (isNotification(m) && m.method === 'initialized') { this.initialized = true; this.post({ message: m }); }
    if (isRequest(m) && m.method === 'shutdown') void this.dispose();
    if (isResponse(m) && typeof m.id === 'string' && this.asked.has(m.id)) {
      const id = this.asked.get(m.id)!;
      this.asked.delete(m.id);
      this.post({ message: { ...m, id } as ResponseMessage });
      return undefined;
    }
    if (!('method' in m)) return m;
    const request = m as RequestMessage | NotificationMessage;
    if (request.method === '$/cancelRequest') {
      const id = (request.params as { id?: number | string } | undefined)?.id;
      if (id !== undefined && this.forwarded.has(id)) { this.post({ message: request }); return undefined; }
      return m;
    }
    if (TO_BOTH.has(request.method)) { if (this.thread) this.post({ message: request }); return m; }
    if (request.method === 'textDocument/didOpen') return this.open(request as NotificationMessage);
    const uri = documentOf(request);
    if (uri === undefined || !this.owned.has(uri)) return m;
    if (request.method === 'textDocument/didClose') {
      this.post({ message: request });
      this.owned.delete(uri);
      return m; // the server closes its stand-in
    }
    if (!this.thread) {
      // its thread stopped: say so rather than leave the request unanswered
      if (isRequest(request)) this.fail(request.id!);
      return undefined;
    }
    this.post({ message: request });
    if (isRequest(request)) this.forwarded.add(request.id!);
    return undefined;
  }

  /** A message from the server to the client: undefined when it is about a document its thread speaks for (the stand-in's diagnostics). */
  fromServer(m: Message): Message | undefined {
    if (isNotification(m) && m.method === 'textDocument/publishDiagnostics') {
      const uri = (m.params as { uri?: string } | undefined)?.uri;
      if (uri && this.owned.has(uri)) return undefined;
    }
    return m;
  }

  async dispose() {
    const thread = this.thread;
    this.thread = undefined;
    this.owned.clear();
    if (thread) { thread.port.close(); await thread.worker.terminate(); }
  }

  private open(m: NotificationMessage): Message {
    const doc = (m.params as { textDocument: { uri: string; text: string } }).textDocument;
    const pieces = handedOff.has(m);
    // a whole text (not over stdio, or its uri came after it): at most 3 bytes a UTF-16 unit, else counted
    if (!pieces && (doc.text.length * 3 < this.ownThreadBytes || Buffer.byteLength(doc.text) < this.ownThreadBytes)) return m;
    if (!this.start()) return m;
    this.owned.add(doc.uri);
    this.post({ message: m, joinPieces: pieces });
    return { ...m, params: { ...(m.params as object), textDocument: { ...doc, text: '' } } } as NotificationMessage;
  }

  /** Answer a request about a document whose thread has stopped. */
  private fail(id: number | string) {
    void this.toClient.write({ jsonrpc: '2.0', id, error: { code: -32803 /* RequestFailed */, message: 'The thread analysing this large document stopped; close and reopen the document.' } } as ResponseMessage as Message);
  }

  private post(what: ToThread) {
    this.thread?.port.postMessage(what);
  }

  /** The documents' thread, started on first need (with the client's initialize replayed to it); undefined when it cannot start. */
  private start(): MessagePort | undefined {
    if (this.thread) return this.thread.port;
    if (!this.initialize) return undefined;
    let worker: Worker;
    // a V8 flag is the process's: the server's thread is collected more often too, but its heap is small
    setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    const { port1, port2 } = new MessageChannel();
    try {
      worker = new Worker(this.script.path, { eval: this.script.eval, workerData: { port: port2 }, transferList: [port2] });
    } catch (e) {
      this.log(`cannot start a thread for large documents: ${(e as Error).message}`);
      return undefined;
    }
    const thread = { worker, port: port1 };
    this.thread = thread;
    worker.unref();
    port1.unref();
    port1.on('message', (m: FromThread) => this.fromThread(m));
    // the thread asks for a link to the segmenter, and again until one has loaded
    worker.on('message', (m: { segmenter?: boolean }) => {
      if (!m?.segmenter) return;
      const send = (tries: number) => {
        if (this.thread !== thread) return;
        const link = linkToSegmenter();
        if (link) worker.postMessage({ link }, [link.port]);
        else if (tries > 0) setTimeout(() => send(tries - 1), 500).unref();
        else worker.postMessage({ link: undefined });
      };
      send(240);
    });
    const gone = (why: string) => {
      if (this.thread !== thread) return;
      this.log(`the thread for large documents stopped (${why}); ${[...this.owned].join(', ') || 'no documents'} left without analysis until reopened`);
      this.thread = undefined;
      for (const id of this.forwarded) this.fail(id);
      this.forwarded.clear();
    };
    worker.on('error', (e) => gone(e.message));
    worker.on('exit', (code) => gone(`exit ${code}`));
    this.post({ message: { ...this.initialize, id: 'thread-initialize' } as RequestMessage });
    if (this.initialized) this.post({ message: { jsonrpc: '2.0', method: 'initialized', params: {} } as NotificationMessage });
    this.log('large documents are analysed in a thread of their own');
    return port1;
  }

  private fromThread(m: FromThread) {
    const write = () => (this.toClient.writeJson ? this.toClient.writeJson(m.json) : void this.toClient.write(JSON.parse(m.json) as Message));
    if (m.method === undefined) {
      // a reply: to the client's request, or to the initialize replayed
      if (m.id !== undefined && m.id !== null && m.id !== 'thread-initialize' && this.forwarded.delete(m.id)) write();
      return;
    }
    if (m.id === undefined || m.id === null) return write();
    if (ANSWERED_HERE.has(m.method)) { this.post({ message: { jsonrpc: '2.0', id: m.id, result: null } as ResponseMessage as Message }); return; }
    const id = `thread-${++this.asks}`;
    this.asked.set(id, m.id);
    void this.toClient.write({ ...(JSON.parse(m.json) as RequestMessage), id } as RequestMessage);
  }
}

/** The connection's reader and writer with the router between them and the server. */
export function routed(threads: DocumentThreads, reader: MessageReader, writer: MessageWriter): { reader: MessageReader; writer: MessageWriter } {
  const routedReader: MessageReader = Object.assign(Object.create(reader) as MessageReader, {
    listen: (callback: DataCallback) => reader.listen((m) => {
      const forServer = threads.fromClient(m);
      if (forServer) callback(forServer);
    }),
  });
  const routedWriter: MessageWriter = Object.assign(Object.create(writer) as MessageWriter, {
    write: (m: Message) => {
      const forClient = threads.fromServer(m);
      return forClient ? writer.write(forClient) : Promise.resolve();
    },
  });
  return { reader: routedReader, writer: routedWriter };
}
