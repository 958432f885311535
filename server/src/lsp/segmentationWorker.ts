// Runs nodejieba in a worker thread so that loading its dictionaries (about a second) never
// blocks the language server. Requests arrive on a MessagePort; after each answer the worker
// raises a shared flag, which lets the server wait for the answer synchronously.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { loadJieba } from '../analysis/jieba.ts';

interface Setup { port: MessagePort; flag: Int32Array; names: string[] }
const { port, flag, names } = workerData as Setup;

const segmenter = loadJieba(names);
parentPort!.postMessage({ ready: true });

port.on('message', (request: { op: 'cut' | 'tag'; texts: string[] }) => {
  let reply: unknown;
  try {
    reply = { result: request.op === 'cut' ? segmenter.cutAll(request.texts) : segmenter.tagAll(request.texts) };
  } catch (e) {
    reply = { error: (e as Error).message };
  }
  port.postMessage(reply);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
