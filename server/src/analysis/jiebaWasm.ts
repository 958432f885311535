// jieba-wasm (jieba-rs compiled to WebAssembly) behind the Segmenter interface: the segmenter
// where nodejieba's native module cannot load (other platforms, the browser). Everything comes
// in as bytes and text, so the same code runs in Node and in a web worker; finding the files
// is the caller's business (segmenterLoader.ts in Node, fetchWasmJiebaSource in a browser).
//
// It is given nodejieba's own dictionaries, so both segment with the same words:
// - the main dictionary is merged over jieba-rs's built-in one, which is the same list but for
//   64 entries (jieba-rs adds compounds such as A股 and U盘 and drops the names 张华 and 张力);
// - user words get nodejieba's weight for them, the median frequency of the main dictionary,
//   and its tag for them (x), not jieba-rs's "just enough to be cut whole".
import { add_word, cut, initSync, tag, with_dict } from 'jieba-wasm/web';
// (nothing here may import jieba.ts: a browser bundle must not meet require('nodejieba'))
import { batchSegmenter, userWords, type Segmenter } from './segmenter.ts';

export interface WasmJiebaSource {
  /** jieba-wasm's web build (pkg/web/jieba_rs_wasm_bg.wasm): its bytes, or the compiled WebAssembly.Module. */
  wasm: ArrayBuffer | ArrayBufferView | object;
  /** The main dictionary, "word frequency tag" per line (nodejieba's jieba.dict.utf8). */
  dictionary: string;
  /** A user dictionary, "word", "word tag" or "word frequency tag" per line (nodejieba's user.dict.utf8). */
  userDictionary?: string;
}

let instantiated = false;
/** Which dictionary this thread's segmenter holds (length and ends: the text itself is 10 MB as a string). */
let dictionaryLoaded: string | undefined;
let medianFrequency = 1;

/**
 * Instantiate the module and load the dictionaries once per thread (jieba-wasm keeps one global
 * segmenter), then teach it the knowledge base's CJK names. About 0.4 s and 90 MB.
 */
export function loadWasmJieba(source: WasmJiebaSource, names: Iterable<string> = []): Segmenter {
  if (!instantiated) {
    initSync({ module: source.wasm as ArrayBuffer }); // or a Module: initSync takes both
    instantiated = true;
  }
  const fingerprint = `${source.dictionary.length}:${source.dictionary.slice(0, 200)}:${source.dictionary.slice(-200)}`;
  if (dictionaryLoaded === undefined) {
    with_dict(source.dictionary);
    medianFrequency = medianOf(source.dictionary);
    for (const line of (source.userDictionary ?? '').split('\n')) addUserLine(line);
    dictionaryLoaded = fingerprint;
  } else if (dictionaryLoaded !== fingerprint) {
    throw new Error('jieba-wasm already holds another dictionary in this thread');
  }
  for (const name of userWords(names)) add_word(name, medianFrequency, 'x');
  return batchSegmenter((text) => cut(text, false), (text) => tag(text, true));
}

/** The files over HTTP(S) — a web extension's own URLs — for loadWasmJieba. */
export async function fetchWasmJiebaSource(
  urls: { wasm: string | URL; dictionary: string | URL; userDictionary?: string | URL },
  fetchFn: typeof fetch = fetch,
): Promise<WasmJiebaSource> {
  const get = async (url: string | URL) => {
    const response = await fetchFn(url);
    if (!response.ok) throw new Error(`cannot load ${String(url)}: HTTP ${response.status}`);
    return response;
  };
  const [wasm, dictionary, userDictionary] = await Promise.all([
    get(urls.wasm).then((r) => r.arrayBuffer()),
    get(urls.dictionary).then((r) => r.text()),
    urls.userDictionary ? get(urls.userDictionary).then((r) => r.text()) : undefined,
  ]);
  return { wasm, dictionary, userDictionary };
}

/** cppjieba gives a user word without a frequency the median weight of the main dictionary. */
function medianOf(dictionary: string): number {
  const frequencies: number[] = [];
  for (const line of dictionary.split('\n')) {
    const f = Number(line.split(' ')[1]);
    if (f > 0) frequencies.push(f);
  }
  frequencies.sort((a, b) => a - b);
  return frequencies[Math.floor(frequencies.length / 2)] ?? 1;
}

/** One line of a user dictionary, read as cppjieba reads it. */
function addUserLine(line: string): void {
  const parts = line.trim().split(/\s+/);
  if (!parts[0] || parts[0].startsWith('#')) return;
  if (parts.length >= 3) add_word(parts[0], Number(parts[1]) || medianFrequency, parts[2]);
  // no tag: cppjieba's tagger then names ASCII words eng or m, all others x
  else add_word(parts[0], medianFrequency, parts[1] ?? (/^[0-9.]+$/.test(parts[0]) ? 'm' : /^[\x00-\x7f]+$/.test(parts[0]) ? 'eng' : 'x'));
}
