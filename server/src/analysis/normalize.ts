// Normalisation: traditional → simplified, full-width → half-width, pinyin glosses
// dropped, spaces inside numbers folded. Recognisers work on the normalised text;
// `origin` maps every normalised UTF-16 unit back to the original one, so every span
// is reported in original offsets.
import * as OpenCC from 'opencc-js/t2cn';

export interface NormalizedText {
  /** The normalised text. */
  readonly text: string;
  /** origin[i] = offset in the original of normalised unit i; origin[text.length] = original length. */
  readonly origin: Int32Array;
}

type Convert = (s: string) => string;
let convertTradToSimp: Convert | undefined;
let tradChars: Set<string> | undefined;

// Characters a simplified-Chinese writer also uses and that must survive conversion:
// 昇 is kept in 昇腾 (Ascend), which OpenCC would turn into 升.
const KEEP_AS_WRITTEN = new Set(['昇']);

function converter(): Convert {
  if (!convertTradToSimp) convertTradToSimp = OpenCC.Converter({ from: 'tw', to: 'cn' }) as Convert;
  return convertTradToSimp;
}

/** Characters OpenCC changes on their own: a block without any of them needs no conversion. */
function traditionalCharacters(): Set<string> {
  if (tradChars) return tradChars;
  const convert = converter();
  const set = new Set<string>();
  const ranges: Array<[number, number]> = [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff]];
  for (const [lo, hi] of ranges) {
    let chunk = '';
    for (let cp = lo; cp <= hi; cp++) chunk += String.fromCharCode(cp);
    // converting a run of isolated characters is far faster than one call per character;
    // a newline between them keeps phrase rules from joining neighbours
    const spaced = chunk.split('').join('\n');
    const out = convert(spaced);
    if (out.length !== spaced.length) {
      for (const ch of chunk) if (convert(ch) !== ch) set.add(ch);
    } else {
      for (let i = 0; i < spaced.length; i += 2) if (out[i] !== spaced[i]) set.add(spaced[i]);
    }
  }
  for (const ch of KEEP_AS_WRITTEN) set.delete(ch);
  tradChars = set;
  return set;
}

function hasTraditional(text: string, set: Set<string>): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && set.has(text[i])) return true;
  }
  return false;
}

/** Traditional → simplified, keeping the length; falls back to character-wise conversion if a phrase rule changes it. */
export function toSimplified(text: string): string {
  const set = traditionalCharacters();
  if (!hasTraditional(text, set)) return text;
  const convert = converter();
  let out = convert(text);
  if (out.length !== text.length) {
    let rebuilt = '';
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      const c = set.has(ch) ? convert(ch) : ch;
      rebuilt += c.length === 1 ? c : ch;
    }
    out = rebuilt;
  }
  // restore characters that must stay as written
  if (KEEP_AS_WRITTEN.size) {
    let fixed: string[] | undefined;
    for (let i = 0; i < text.length; i++) {
      if (KEEP_AS_WRITTEN.has(text[i]) && out[i] !== text[i]) {
        fixed ??= out.split('');
        fixed[i] = text[i];
      }
    }
    if (fixed) out = fixed.join('');
  }
  return out;
}

/** Full-width ASCII variants and the ideographic space → their half-width forms (same length). */
export function toHalfWidth(text: string): string {
  let out: string[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let r = -1;
    if (c >= 0xff01 && c <= 0xff5e) r = c - 0xfee0;
    else if (c === 0x3000) r = 0x20;
    if (r >= 0) {
      out ??= text.split('');
      out[i] = String.fromCharCode(r);
    }
  }
  return out ? out.join('') : text;
}

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
// A pinyin gloss such as 聯(lián): letters of one or two syllables with at least one tone mark.
const PINYIN_GLOSS = /\(([a-zA-Züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]{1,12})\)/g;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;
// Whitespace inside a number or between a number and its scale word or measure word.
const SPACE = /[ \t\u00a0\u2009\u202f]+/g;
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isCjk = (c: string | undefined) => c !== undefined && CJK.test(c);

/** Which original units to drop: pinyin glosses and spaces that sit inside a figure. */
function droppedUnits(text: string): Uint8Array | undefined {
  let drop: Uint8Array | undefined;
  const mark = (from: number, to: number) => {
    drop ??= new Uint8Array(text.length);
    drop.fill(1, from, to);
  };
  if (text.includes('(')) {
    PINYIN_GLOSS.lastIndex = 0;
    for (let m; (m = PINYIN_GLOSS.exec(text)); ) {
      if (isCjk(text[m.index - 1]) && TONE_MARK.test(m[1])) mark(m.index, m.index + m[0].length);
    }
  }
  SPACE.lastIndex = 0;
  for (let m; (m = SPACE.exec(text)); ) {
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    const digitCjk = (isDigit(before) && isCjk(after)) || (isCjk(before) && isDigit(after));
    // 1 000 000: a space as thousands separator
    const grouped = isDigit(before) && /^\d{3}(?!\d)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4));
    if (digitCjk || grouped) mark(m.index, m.index + m[0].length);
  }
  return drop;
}

/** Normalise one piece of text (usually a line) for recognition. */
export function normalize(original: string): NormalizedText {
  const converted = toHalfWidth(toSimplified(original));
  const drop = droppedUnits(converted);
  if (!drop) {
    const origin = new Int32Array(original.length + 1);
    for (let i = 0; i <= original.length; i++) origin[i] = i;
    return { text: converted, origin };
  }
  const parts: string[] = [];
  const origin: number[] = [];
  let runStart = -1;
  for (let i = 0; i < converted.length; i++) {
    if (drop[i]) {
      if (runStart >= 0) { parts.push(converted.slice(runStart, i)); runStart = -1; }
      continue;
    }
    if (runStart < 0) runStart = i;
    origin.push(i);
  }
  if (runStart >= 0) parts.push(converted.slice(runStart));
  origin.push(original.length);
  return { text: parts.join(''), origin: Int32Array.from(origin) };
}

/** Map a normalised span [start, end) back to original offsets. */
export function toOriginalSpan(n: NormalizedText, start: number, end: number): [number, number] {
  const s = n.origin[start];
  const e = end > start ? n.origin[end - 1] + 1 : s;
  return [s, e];
}
