// The server's side of the segmentation worker, in Node (./nodeHost.ts starts it): a Segmenter
// whose calls block until the worker answers (Atomics.wait + receiveMessageOnPort), available
// once the worker has loaded its segmenter. If the worker dies or stops answering, segmentation is simply switched off.
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { Segmenter, SegmenterChoice, SegmenterKind } from '../analysis/segmenter.ts';
import type { SegmenterHandle } from './host.ts';

const ANSWER_TIMEOUT_MS = 10_000;

export function startSegmenterWorker(names: string[], choice: SegmenterChoice, log: (message: string) => void): SegmenterHandle {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  let alive = true;
  const worker = new Worker(join(__dirname, 'segmentationWorker.js'), {
    workerData: { port: port2, flag, names, choice },
    transferList: [port2],
  });
  worker.unref();
  port1.unref();

  const call = <T>(op: 'cut' | 'tag', texts: string[]): T[] | undefined => {
    if (!alive || !texts.length) return texts.length ? undefined : [];
    Atomics.store(flag, 0, 0);
    port1.postMessage({ op, texts });
    if (Atomics.wait(flag, 0, 0, ANSWER_TIMEOUT_MS) === 'timed-out') {
      alive = false;
      log('segmentation worker did not answer; continuing without word segmentation');
      void worker.terminate();
      return undefined;
    }
    const reply = receiveMessageOnPort(port1)?.message as { result?: T[]; error?: string } | undefined;
    if (!reply?.result) {
      log(`segmentation failed: ${reply?.error ?? 'no answer'}`);
      return undefined;
    }
    return reply.result;
  };

  const ready = new Promise<{ segmenter: Segmenter; kind: SegmenterKind } | undefined>((resolve) => {
    worker.once('message', (message: { ready?: boolean; kind: SegmenterKind; notes: string[]; error?: string }) => {
      for (const note of message.notes) log(note);
      if (!message.ready) {
        alive = false;
        log(`no word segmentation: ${message.error}`);
        resolve(undefined);
        return;
      }
      resolve({
        kind: message.kind,
        segmenter: {
          // without an answer, accept every boundary: an empty segmentation disables the checks
          cutAll: (texts) => call<string[]>('cut', texts) ?? texts.map(() => []),
          tagAll: (texts) => call<{ word: string; tag: string }[]>('tag', texts) ?? texts.map(() => []),
        },
      });
    });
    worker.once('error', (e) => {
      alive = false;
      log(`segmentation worker failed: ${e.message}`);
      resolve(undefined);
    });
    worker.once('exit', () => { alive = false; resolve(undefined); });
  });

  return {
    ready,
    dispose: async () => {
      alive = false;
      port1.close();
      await worker.terminate();
    },
  };
}
