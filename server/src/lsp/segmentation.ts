// The server's side of the segmentation worker, in Node (./nodeHost.ts starts it): a Segmenter
// whose calls block until the worker answers (Atomics.wait + receiveMessageOnPort), available
// once the worker has loaded its segmenter. If the worker dies or stops answering, segmentation is simply switched off.
// Each request has a number, which the worker echoes in its reply and then stores in the shared
// flag: a call takes only the reply with its own number (an older one still queued is dropped, one
// not queued yet is waited for), so that no call ever reads another call's words — a cut read as
// tags made the analysis of a huge document throw.
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Segmenter, SegmenterChoice, SegmenterKind } from '../analysis/segmenter.ts';
import type { SegmenterHandle } from './host.ts';

const ANSWER_TIMEOUT_MS = 10_000;

export interface Reply<T> { id?: number; result?: T[]; error?: string }

/** The reply to request `id` among those queued on the port (older ones are dropped); undefined when it is not there yet. */
export function replyTo<T>(port: MessagePort, id: number, log: (message: string) => void): Reply<T> | undefined {
  for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
    const message = m.message as Reply<T> | undefined;
    if (message?.id === id) return message;
    log(`segmentation: dropped the answer to an earlier request (${message?.id})`);
  }
  return undefined;
}

/**
 * Calls on a segmentation worker's port that block until it answers (a request's number comes back
 * in the flag); undefined when it cannot answer (then `dead` is called once).
 */
function blockingCaller(port: MessagePort, flag: Int32Array, log: (message: string) => void, dead: () => void) {
  let alive = true;
  let last = 0;
  const call = <T>(op: 'cut' | 'tag', texts: string[]): T[] | undefined => {
    if (!alive || !texts.length) return texts.length ? undefined : [];
    const id = last = last >= 0x7fffffff ? 1 : last + 1;
    port.postMessage({ op, texts, id });
    const deadline = Date.now() + ANSWER_TIMEOUT_MS;
    let reply: Reply<T> | undefined;
    while (!reply) {
      // the flag holds the number of the last request answered
      const answered = Atomics.load(flag, 0);
      const left = deadline - Date.now();
      if (answered !== id && left > 0) { Atomics.wait(flag, 0, answered, left); continue; }
      reply = replyTo<T>(port, id, log);
      if (reply) break;
      if (Date.now() >= deadline) {
        alive = false;
        log('segmentation worker did not answer; continuing without word segmentation');
        dead();
        return undefined;
      }
      // answered, but the reply is not in the port yet: look again in a moment
      Atomics.wait(flag, 0, answered, 1);
    }
    if (!reply.result) {
      log(`segmentation failed: ${reply.error ?? 'no answer'}`);
      return undefined;
    }
    return reply.result;
  };
  const segmenter: Segmenter = {
    // without an answer, accept every boundary: an empty segmentation disables the checks
    cutAll: (texts) => call<string[]>('cut', texts) ?? texts.map(() => []),
    tagAll: (texts) => call<{ word: string; tag: string }[]>('tag', texts) ?? texts.map(() => []),
  };
  return { segmenter, stop: () => { alive = false; } };
}

/** A port to a segmentation worker and the flag its answers are numbered in (another thread's way to it). */
export interface SegmenterLink { port: MessagePort; flag: Int32Array; kind: SegmenterKind }

/** The segmenter another thread may share: the last one started that has loaded. */
let shared: { worker: Worker; kind: SegmenterKind } | undefined;

/** A new link to the server's segmenter for another thread, once one has loaded; undefined when none can. */
export function linkToSegmenter(): SegmenterLink | undefined {
  if (!shared) return undefined;
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  shared.worker.postMessage({ client: port2, flag }, [port2]);
  return { port: port1, flag, kind: shared.kind };
}

/** The segmenter of a link made by linkToSegmenter in another thread. */
export function segmenterOverLink(link: SegmenterLink, log: (message: string) => void): SegmenterHandle {
  const caller = blockingCaller(link.port, link.flag, log, () => link.port.close());
  link.port.unref();
  return {
    ready: Promise.resolve({ segmenter: caller.segmenter, kind: link.kind }),
    dispose: async () => { caller.stop(); link.port.close(); },
  };
}

export function startSegmenterWorker(names: string[], choice: SegmenterChoice, log: (message: string) => void): SegmenterHandle {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(join(__dirname, 'segmentationWorker.js'), {
    workerData: { port: port2, flag, names, choice },
    transferList: [port2],
  });
  worker.unref();
  port1.unref();
  const caller = blockingCaller(port1, flag, log, () => void worker.terminate());
  const gone = () => { caller.stop(); if (shared?.worker === worker) shared = undefined; };

  const ready = new Promise<{ segmenter: Segmenter; kind: SegmenterKind } | undefined>((resolve) => {
    worker.once('message', (message: { ready?: boolean; kind: SegmenterKind; notes: string[]; error?: string }) => {
      for (const note of message.notes) log(note);
      if (!message.ready) {
        gone();
        log(`no word segmentation: ${message.error}`);
        resolve(undefined);
        return;
      }
      shared = { worker, kind: message.kind };
      resolve({ kind: message.kind, segmenter: caller.segmenter });
    });
    worker.once('error', (e) => {
      gone();
      log(`segmentation worker failed: ${e.message}`);
      resolve(undefined);
    });
    worker.once('exit', () => { gone(); resolve(undefined); });
  });

  return {
    ready,
    dispose: async () => {
      gone();
      port1.close();
      await worker.terminate();
    },
  };
}
