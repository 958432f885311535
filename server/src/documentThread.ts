// A language server of its own for documents too large for the server's thread, in a worker thread
// (./lsp/documentThreads.ts starts it and routes their messages here): the same server, reading
// LSP messages from a port — a huge didOpen's text as pieces sent ahead of it, joined here — and
// writing to it. It shares the server's word segmenter instead of loading its own. Built as
// server/out/documentThread.js.
import { setPriority } from 'node:os';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { AbstractMessageReader, AbstractMessageWriter, createConnection, ProposedFeatures, type DataCallback, type Disposable, type Message, type MessageReader, type MessageWriter, type NotificationMessage } from 'vscode-languageserver/node';
import type { FromThread, ToThread } from './lsp/documentThreads.ts';
import { nodeHost } from './lsp/nodeHost.ts';
import { segmenterOverLink, type SegmenterLink } from './lsp/segmentation.ts';
import { startServer } from './server.ts';
import type { SegmenterHandle } from './lsp/host.ts';

/** The server's messages for this thread; a text sent in pieces is joined into the didOpen that follows them. */
class ThreadReader extends AbstractMessageReader implements MessageReader {
  private pieces: string[] = [];

  constructor(private readonly port: MessagePort) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const onMessage = (what: ToThread) => {
      if ('piece' in what) { this.pieces.push(what.piece); return; }
      if (what.joinPieces) {
        const params = (what.message as NotificationMessage).params as { textDocument: { text: string } };
        params.textDocument.text = this.pieces.join('');
        this.pieces = [];
      }
      callback(what.message);
    };
    this.port.on('message', onMessage);
    this.port.on('close', () => this.fireClose());
    return { dispose: () => { this.port.off('message', onMessage); } };
  }
}

/** The messages to the server's thread, as JSON (see FromThread). */
class ThreadWriter extends AbstractMessageWriter implements MessageWriter {
  constructor(private readonly port: MessagePort) {
    super();
  }

  write(message: Message): Promise<void> {
    const m = message as { id?: number | string | null; method?: string };
    this.port.postMessage({ json: JSON.stringify(message), id: m.id, method: m.method } satisfies FromThread);
    return Promise.resolve();
  }

  end(): void {}
}

/** A segmenter linked by the server's thread to its own, once that has loaded. */
function sharedSegmenter(log: (message: string) => void): SegmenterHandle {
  let handle: SegmenterHandle | undefined;
  const ready = new Promise<Awaited<SegmenterHandle['ready']>>((resolve) => {
    const onLink = (m: { link?: SegmenterLink }) => {
      if (!m || !('link' in m)) return;
      parentPort!.off('message', onLink);
      if (!m.link) { log('no word segmentation in this thread: the server has none'); resolve(undefined); return; }
      handle = segmenterOverLink(m.link, log);
      resolve(handle.ready);
    };
    parentPort!.on('message', onLink);
    parentPort!.postMessage({ segmenter: true });
  });
  return { ready, dispose: async () => { await handle?.dispose(); } };
}

// on Linux a thread has a priority of its own: the server's thread, which answers about every other document, goes first
if (process.platform === 'linux') {
  try { setPriority(10); } catch { /* not allowed: same priority */ }
}
const { port } = workerData as { port: MessagePort };
const connection = createConnection(ProposedFeatures.all, new ThreadReader(port), new ThreadWriter(port));
startServer(connection, { ...nodeHost, name: 'Node, a thread for large documents', startSegmenter: (_names, _choice, log) => sharedSegmenter(log) });
