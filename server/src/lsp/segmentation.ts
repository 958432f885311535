// The server's side of the segmentation worker: a Segmenter whose calls block until the
// worker answers (Atomics.wait + receiveMessageOnPort), available once the worker has loaded
// nodejieba. If the worker dies or stops answering, segmentation is simply switched off.
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { Segmenter } from '../analysis/segmenter.ts';

const ANSWER_TIMEOUT_MS = 10_000;

export interface SegmenterHandle {
  /** Resolves with the segmenter when nodejieba has loaded, or undefined if it cannot. */
  ready: Promise<Segmenter | undefined>;
  dispose(): Promise<void>;
}

export function startSegmenterWorker(names: string[], log: (message: string) => void): SegmenterHandle {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  let alive = true;
  const worker = new Worker(join(__dirname, 'segmentationWorker.js'), {
    workerData: { port: port2, flag, names },
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

  const ready = new Promise<Segmenter | undefined>((resolve) => {
    worker.once('message', () => {
      resolve({
        // without an answer, accept every boundary: an empty segmentation disables the checks
        cutAll: (texts) => call<string[]>('cut', texts) ?? texts.map(() => []),
        tagAll: (texts) => call<{ word: string; tag: string }[]>('tag', texts) ?? texts.map(() => []),
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
