// Which segmenter to load in Node, and the files the WebAssembly one needs. nodejieba is the
// default where its native module loads; jieba-wasm takes over where it does not (a platform
// without a binary, the universal package) or when the user chooses it. The build copies the
// .wasm and nodejieba's dictionaries beside the bundle (server/out/segmenter/); from the
// sources (tests, tsx) they are found in node_modules.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadJieba } from './analysis/jieba.ts';
import { loadWasmJieba, type WasmJiebaSource } from './analysis/jiebaWasm.ts';
import { SEGMENTER_CHOICES, type Segmenter, type SegmenterChoice, type SegmenterKind } from './analysis/segmenter.ts';

export type { SegmenterChoice, SegmenterKind };

/** The environment variable that chooses the segmenter of the CLI (and of a server whose setting says auto). */
export const SEGMENTER_ENV = 'AI_ANNOTATE_SEGMENTER';

export function isSegmenterChoice(value: unknown): value is SegmenterChoice {
  return SEGMENTER_CHOICES.includes(value as SegmenterChoice);
}

/** AI_ANNOTATE_SEGMENTER, or auto when unset; an error message when it holds something else. */
export function segmenterChoiceFromEnv(env: NodeJS.ProcessEnv = process.env): SegmenterChoice | { error: string } {
  const value = env[SEGMENTER_ENV]?.trim().toLowerCase();
  if (!value) return 'auto';
  return isSegmenterChoice(value) ? value : { error: `${SEGMENTER_ENV} must be one of ${SEGMENTER_CHOICES.join(', ')} (got "${env[SEGMENTER_ENV]}")` };
}

/** The chosen segmenter cannot load here (native chosen on a platform without nodejieba). */
export class SegmenterUnavailable extends Error {}

export interface LoadedSegmenter {
  segmenter: Segmenter;
  kind: SegmenterKind;
}

/**
 * Load the chosen segmenter (a second or so). `auto` falls back to the WebAssembly one when
 * nodejieba cannot load, and says why through `log`; `native` and `wasm` throw when theirs cannot.
 * `loadNative` is there so that tests can play a platform without the native module.
 */
export function loadSegmenter(
  choice: SegmenterChoice,
  names: Iterable<string>,
  log: (message: string) => void = () => {},
  loadNative: (names: Iterable<string>) => Segmenter = loadJieba,
): LoadedSegmenter {
  if (choice !== 'wasm') {
    try {
      return { segmenter: loadNative(names), kind: 'native' };
    } catch (e) {
      if (choice === 'native') throw new SegmenterUnavailable(`nodejieba cannot load: ${(e as Error).message.split('\n')[0]}`);
      log(`nodejieba cannot load here (${(e as Error).message.split('\n')[0]}); using the WebAssembly segmenter`);
    }
  }
  return { segmenter: loadWasmJieba(wasmJiebaSource(), names), kind: 'wasm' };
}

/** The files of the WebAssembly segmenter, read from beside the bundle or from node_modules. */
export function wasmJiebaSource(): WasmJiebaSource {
  const files = wasmJiebaFiles();
  return {
    wasm: readFileSync(files.wasm),
    dictionary: readFileSync(files.dictionary, 'utf8'),
    userDictionary: readFileSync(files.userDictionary, 'utf8'),
  };
}

/** Each file from beside the bundle when it is there (a package may leave out the dictionaries that nodejieba already ships), else from node_modules. */
export function wasmJiebaFiles(): { wasm: string; dictionary: string; userDictionary: string } {
  const shipped = (file: string) => (existsSync(join(__dirname, 'segmenter', file)) ? join(__dirname, 'segmenter', file) : undefined);
  const wasm = shipped(WASM_FILE), dictionary = shipped(DICTIONARY), userDictionary = shipped(USER_DICTIONARY);
  if (wasm && dictionary && userDictionary) return { wasm, dictionary, userDictionary };
  const source = sourceFiles();
  return { wasm: wasm ?? source.wasm, dictionary: dictionary ?? source.dictionary, userDictionary: userDictionary ?? source.userDictionary };
}

export const WASM_FILE = 'jieba_rs_wasm_bg.wasm';
export const DICTIONARY = 'jieba.dict.utf8';
export const USER_DICTIONARY = 'user.dict.utf8';

/** Where the files are in node_modules (the build copies them from here). */
export function sourceFiles(): { wasm: string; dictionary: string; userDictionary: string } {
  // resolved at run time, not bundled; jieba-wasm's exports name no package.json, and its Node
  // entry sits beside the web build
  const resolve = (id: string) => require.resolve(id);
  const wasm = join(dirname(resolve('jieba-wasm')), '..', 'web', WASM_FILE);
  // nodejieba's index.js sits above its dictionaries (found without loading the native binding)
  const dict = join(dirname(resolve('nodejieba')), 'submodules', 'cppjieba', 'dict');
  return { wasm, dictionary: join(dict, DICTIONARY), userDictionary: join(dict, USER_DICTIONARY) };
}
