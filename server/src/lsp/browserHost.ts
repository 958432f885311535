// The language server's host in a browser (./host.ts): no file system (no .ai-annotator/ files,
// no index of documents that are not open) and no thread to block on, so the word segmenter is
// jieba-wasm, loaded in the server's own thread: its module and dictionaries are fetched from the
// URLs the client gives at initialize (the extension's own files) and compiled asynchronously;
// only the dictionary load itself (about a second) holds the thread.
import type { InitializationOptions } from '../../../protocol/index.ts';
import { fetchWasmJiebaSource, loadWasmJieba } from '../analysis/jiebaWasm.ts';
import type { ServerHost } from './host.ts';

// (the project's TypeScript libraries describe Node, whose types declare no WebAssembly API)
const wasm = (globalThis as unknown as { WebAssembly: { compile(bytes: ArrayBuffer): Promise<object> } }).WebAssembly;

export function browserHost(fetchFn: typeof fetch = (input, init) => fetch(input, init)): ServerHost {
  let files: InitializationOptions['segmenterFiles'];
  return {
    name: 'a browser (no workspace files, no index of documents that are not open)',
    disk: () => undefined,
    autoSegmenter: () => 'wasm',
    initialize(options) {
      files = options?.segmenterFiles;
    },
    startSegmenter(names, choice, log) {
      if (choice === 'native') log('nodejieba cannot run in a browser; using the WebAssembly segmenter');
      const ready = (async () => {
        if (!files) throw new Error('the client gave no segmenter files');
        const source = await fetchWasmJiebaSource(files, fetchFn);
        const module = await wasm.compile(source.wasm as ArrayBuffer);
        return { segmenter: loadWasmJieba({ ...source, wasm: module }, names), kind: 'wasm' as const };
      })().catch((e: Error) => {
        log(`no word segmentation: ${e.message}`);
        return undefined;
      });
      return { ready, dispose: async () => undefined };
    },
  };
}
