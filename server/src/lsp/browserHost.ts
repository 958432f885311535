// The language server's host in a browser (./host.ts): no file system (no .ai-annotator/ files,
// no index of documents that are not open) and no thread to block on. What Node reads from disk
// comes from the URLs the client gives at initialize (the extension's own files): the compiled
// knowledge, fetched before anything is analysed, and jieba-wasm's module and dictionaries, loaded
// in the server's own thread once the first results are out (compiled asynchronously; only the
// dictionary load itself, about a second, holds the thread).
import type { BrowserFiles } from '../../../protocol/index.ts';
import { fetchWasmJiebaSource, loadWasmJieba } from '../analysis/jiebaWasm.ts';
import { provideBundled, type CompiledKnowledge } from '../knowledge/index.ts';
import type { ServerHost } from './host.ts';

// (the project's TypeScript libraries describe Node, whose types declare no WebAssembly API)
const wasm = (globalThis as unknown as { WebAssembly: { compile(bytes: ArrayBuffer): Promise<object> } }).WebAssembly;

export function browserHost(fetchFn: typeof fetch = (input, init) => fetch(input, init)): ServerHost {
  let files: BrowserFiles | undefined;
  return {
    name: 'a browser (no workspace files, no index of documents that are not open)',
    disk: () => undefined,
    autoSegmenter: () => 'wasm',
    async initialize(options) {
      files = options?.browserFiles;
      if (!files) throw new Error('the client gave no files: a language server in a browser needs the compiled knowledge');
      const response = await fetchFn(files.knowledge);
      if (!response.ok) throw new Error(`cannot load ${files.knowledge}: HTTP ${response.status}`);
      provideBundled(await response.json() as CompiledKnowledge);
    },
    startSegmenter(names, choice, log) {
      if (choice === 'native') log('nodejieba cannot run in a browser; using the WebAssembly segmenter');
      const ready = (async () => {
        if (!files) throw new Error('the client gave no files');
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
