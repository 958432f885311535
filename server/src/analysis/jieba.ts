// nodejieba behind the Segmenter interface, in this thread. Loading the dictionaries takes
// about a second and 250 MB, so callers decide when to pay for it.
import { segmentable, type Segmenter, type TaggedWord } from './segmenter.ts';

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
  for (const name of names) if (/^[\u4e00-\u9fff]{3,}$/.test(name)) jieba.insertWord(name);
  return {
    // dictionary words only (no HMM): a name crossed by a real word is suspect, by a guessed one is not.
    // All texts go through one call, joined by line breaks (which jieba always splits at).
    cutAll: (texts) => {
      if (texts.length < 2) return texts.map((t) => (t ? jieba.cut(segmentable(t), false) : []));
      const joined = texts.map((t) => segmentable(t).replace(/[\r\n]/g, ' ')).join('\n');
      const out: string[][] = [[]];
      for (const w of jieba.cut(joined, false)) {
        if (w === '\n') out.push([]);
        else out[out.length - 1].push(w);
      }
      return out.length === texts.length ? out : texts.map((t) => (t ? jieba.cut(segmentable(t), false) : []));
    },
    tagAll: (texts) => {
      if (texts.length < 2) return texts.map((t) => (t ? jieba.tag(segmentable(t)) : []));
      const joined = texts.map((t) => segmentable(t).replace(/[\r\n]/g, ' ')).join('\n');
      const out: TaggedWord[][] = [[]];
      for (const w of jieba.tag(joined)) {
        if (w.word === '\n') out.push([]);
        else out[out.length - 1].push(w);
      }
      return out.length === texts.length ? out : texts.map((t) => (t ? jieba.tag(segmentable(t)) : []));
    },
  };
}
