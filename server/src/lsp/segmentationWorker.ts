// Runs the segmenter (nodejieba, or jieba-wasm where nodejieba cannot load or is not chosen)
// in a worker thread so that loading its dictionaries (about a second) never blocks the
// language server. Requests arrive on a MessagePort; after each answer the worker stores the
// request's number in a shared flag, which lets the server wait for its answer synchronously. A
// document analysed in a thread of its own (./documentThreads.ts) is another client, on a port of its own.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { loadSegmenter, type LoadedSegmenter, type SegmenterChoice } from '../segmenterLoader.ts';

interface Setup { port: MessagePort; flag: Int32Array; names: string[]; choice: SegmenterChoice }
const { port, flag, names, choice } = workerData as Setup;

const notes: string[] = [];
let loaded: LoadedSegmenter;
try {
  loaded = loadSegmenter(choice, names, (message) => notes.push(message));
} catch (e) {
  parentPort!.postMessage({ error: (e as Error).message, notes });
  process.exit(0);
}
const { segmenter, kind } = loaded;
parentPort!.postMessage({ ready: true, kind, notes });

/** Answer the requests of one client (the server, or a document's own thread) on its port, numbering them in its flag. */
function serve(port: MessagePort, flag: Int32Array) {
  port.on('message', (request: { op: 'cut' | 'tag'; texts: string[]; id: number }) => {
    let reply: { id: number; result?: unknown; error?: string };
    try {
      reply = { id: request.id, result: request.op === 'cut' ? segmenter.cutAll(request.texts) : segmenter.tagAll(request.texts) };
    } catch (e) {
      reply = { id: request.id, error: (e as Error).message };
    }
    port.postMessage(reply);
    // the number of the request answered: the client waits for its own
    Atomics.store(flag, 0, request.id);
    Atomics.notify(flag, 0);
  });
}
serve(port, flag);
// another client: a document analysed in a thread of its own shares this segmenter
parentPort!.on('message', (m: { client?: MessagePort; flag?: Int32Array }) => { if (m.client && m.flag) serve(m.client, m.flag); });
