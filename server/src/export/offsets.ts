// UTF-16 offsets (ours, VS Code's, JavaScript's) ↔ Unicode code point offsets (brat, doccano,
// spaCy, Label Studio, W3C TextPositionSelector: tools written in Python or following the W3C
// spec). Only astral characters differ: one code point, two UTF-16 units. A lone surrogate
// counts as one unit in both, as it does when Python or Array.from iterates the string.

export interface CodePointOffsets {
  /** Code point offset of a UTF-16 offset; an offset inside a surrogate pair maps to that pair's start. */
  toCodePoint(utf16: number): number;
  /** UTF-16 offset of a code point offset. */
  toUtf16(codePoint: number): number;
  /** The text's length in code points. */
  readonly length: number;
}

export function codePointOffsets(text: string): CodePointOffsets {
  // UTF-16 offsets of the high surrogates of well-formed pairs, ascending
  const pairs: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) pairs.push(i++);
    }
  }
  const clamp = (n: number, max: number) => Math.max(0, Math.min(max, Math.trunc(n)));
  const length = text.length - pairs.length;
  return {
    length,
    // every pair that starts before the offset has one unit too many
    toCodePoint: (utf16) => { const u = clamp(utf16, text.length); return u - countBelow(pairs, (p) => p < u); },
    // pair k sits at code point pairs[k] - k; every pair before the code point adds one unit
    toUtf16: (codePoint) => { const c = clamp(codePoint, length); return c + countBelow(pairs, (p, k) => p - k < c); },
  };
}

/** How many leading elements satisfy a predicate that holds for a prefix of the sorted array. */
function countBelow(sorted: number[], below: (value: number, index: number) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (below(sorted[mid], mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A span in code points, for the exporters that count them. */
export function toCodePointSpan(offsets: CodePointOffsets, span: { start: number; end: number }) {
  return { start: offsets.toCodePoint(span.start), end: offsets.toCodePoint(span.end) };
}
