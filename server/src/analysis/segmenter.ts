// Word segmentation as the recognisers need it. Two implementations sit behind this
// interface: nodejieba (native, jieba.ts) and jieba-wasm (WebAssembly, jiebaWasm.ts). The
// analysis only sees the interface, so it can run before a dictionary has loaded (fast start)
// and the language server can host the segmenter in a worker thread.

export interface TaggedWord {
  word: string;
  tag: string;
}

export interface Segmenter {
  /** Segment each text; words of one text concatenate to that text. */
  cutAll(texts: string[]): string[][];
  /** Segment and part-of-speech tag each text. */
  tagAll(texts: string[]): TaggedWord[][];
}

/** Which implementation: `native` is nodejieba, `wasm` is jieba-wasm; `auto` is nodejieba where it loads. */
export type SegmenterChoice = 'auto' | 'native' | 'wasm';
export const SEGMENTER_CHOICES: readonly SegmenterChoice[] = ['auto', 'native', 'wasm'];
/** Which one is loaded. */
export type SegmenterKind = 'native' | 'wasm';

/** The names the segmenters learn as words: the knowledge base's CJK names of three or more characters. */
export function userWords(names: Iterable<string>): string[] {
  return [...names].filter((name) => /^[\u4e00-\u9fff]{3,}$/.test(name));
}

/** The segmenters work on UTF-8: lone surrogates and NUL would shift the words against the text. */
export function segmentable(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|\0/g, '\ufffd');
}

/** Offsets where words start and end, or undefined when the words do not rebuild the text. */
export function wordBoundaries(text: string, words: string[]): Set<number> | undefined {
  const cuts = new Set<number>([0]);
  let pos = 0;
  for (const w of words) {
    if (text.startsWith(w, pos)) pos += w.length;
    else return undefined;
    cuts.add(pos);
  }
  return pos === text.length ? cuts : undefined;
}

/**
 * A Segmenter from one-text cut and tag functions. Dictionary words only in `cut` (no HMM: a
 * name crossed by a real word is suspect, by a guessed one is not). All texts go through one
 * call, joined by line breaks (which jieba always splits at): a call into the segmenter costs
 * more than the few characters of a window.
 */
export function batchSegmenter(cut: (text: string) => string[], tag: (text: string) => TaggedWord[]): Segmenter {
  const batched = <T>(texts: string[], one: (text: string) => T[], isBreak: (t: T) => boolean): T[][] => {
    const single = () => texts.map((t) => (t ? one(segmentable(t)) : []));
    if (texts.length < 2) return single();
    const out: T[][] = [[]];
    for (const w of one(texts.map((t) => segmentable(t).replace(/[\r\n]/g, ' ')).join('\n'))) {
      if (isBreak(w)) out.push([]);
      else out[out.length - 1].push(w);
    }
    return out.length === texts.length ? out : single();
  };
  return {
    cutAll: (texts) => batched(texts, cut, (w) => w === '\n'),
    tagAll: (texts) => batched(texts, tag, (w) => w.word === '\n'),
  };
}
