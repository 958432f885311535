// nodejieba behind the Segmenter interface, in this thread. Loading the dictionaries takes
// about a second and 250 MB, so callers decide when to pay for it. Throws when the native
// module cannot load (no binary for this platform): callers fall back to jiebaWasm.ts.
import { batchSegmenter, userWords, type Segmenter, type TaggedWord } from './segmenter.ts';

interface NodeJieba {
  load(options?: Record<string, string>): unknown;
  cut(text: string, hmm?: boolean): string[];
  tag(text: string): TaggedWord[];
  insertWord(word: string, tag?: string): boolean;
}

let loaded: NodeJieba | undefined;

/** Load nodejieba once (about a second) and teach it the knowledge base's CJK names. */
export function loadJieba(names: Iterable<string> = []): Segmenter {
  if (!loaded) {
    const jieba = require('nodejieba') as NodeJieba;
    jieba.load();
    loaded = jieba;
  }
  const jieba = loaded;
  for (const name of userWords(names)) jieba.insertWord(name);
  return batchSegmenter((text) => jieba.cut(text, false), (text) => jieba.tag(text));
}
