// Word segmentation as the recognisers need it. nodejieba is the implementation; the
// analysis only sees this interface, so it can run before the dictionary has loaded
// (fast start) and the language server can host the segmenter in a worker thread.

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

/** nodejieba works on UTF-8: lone surrogates and NUL would shift the words against the text. */
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
