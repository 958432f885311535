// Normalisation: traditional → simplified, full-width → half-width, pinyin glosses
// dropped, spaces inside numbers folded. Recognisers work on the normalised text;
// `origin` maps every normalised UTF-16 unit back to the original one, so every span
// is reported in original offsets.
import * as OpenCC from 'opencc-js/t2cn';

export interface NormalizedText {
  /** The normalised text. */
  readonly text: string;
  /** origin[i] = offset in the original of normalised unit i; origin[text.length] = original length. Never written to (it may be shared). */
  readonly origin: Int32Array;
}

type Convert = (s: string) => string;
let convertOne: Convert | undefined;

// Characters a simplified-Chinese writer also uses and that must survive conversion:
// 昇 is kept in 昇腾 (Ascend), which OpenCC would turn into 升.
const KEEP_AS_WRITTEN = new Set(['昇']);
// Characters OpenCC converts alone otherwise than in the words they are written in: 麼 and 么 alone are 幺,
// in 什麼, 這麼, 怎么 they are 么.
// Cantonese function words (a Hong Kong column's 推出嘅港語通, 佢嘅上下文窗口) read as their Mandarin ones: characters
// written Mandarin does not use, so nothing else changes (係 is 系 in 關係 too: left as it is).
const CONVERT_AS = new Map([['麼', '么'], ['么', '么'], ['嘅', '的'], ['佢', '它'], ['咗', '了'], ['喺', '在'], ['唔', '不'], ['冇', '无'], ['啲', '些'], ['嗰', '那'], ['哋', '们'], ['嚟', '来']]);
const TABLE_START = 0x3400;
const TABLE_END = 0xfaff;
const UNCHANGED = 1; // a code below the CJK range marks "converts to itself"
/** What OpenCC makes of each CJK character on its own, filled in as characters are first seen (0 = not asked yet). */
const table = new Uint16Array(TABLE_END - TABLE_START + 1);

/**
 * OpenCC's Taiwan/Hong Kong → mainland conversion, one character at a time: it keeps every
 * length (a 1:1 offset map), converts a name the same way inside a sentence as alone in the
 * knowledge base, and, memoised per character, costs one lookup per character once warm.
 */
function simplifiedCode(c: number): number {
  const known = table[c - TABLE_START];
  if (known) return known === UNCHANGED ? c : known;
  convertOne ??= OpenCC.Converter({ from: 'tw', to: 'cn' }) as Convert;
  const ch = String.fromCharCode(c);
  const converted = KEEP_AS_WRITTEN.has(ch) ? ch : CONVERT_AS.get(ch) ?? convertOne(ch);
  const code = converted.length === 1 ? converted.charCodeAt(0) : c;
  table[c - TABLE_START] = code === c ? UNCHANGED : code;
  return code;
}

/** The whole conversion table, every CJK character asked (for `npm run build` to save: OpenCC takes a while to warm up). */
export function simplifiedTable(): Uint16Array {
  for (let c = TABLE_START; c <= TABLE_END; c++) simplifiedCode(c);
  return table.slice();
}

/** Use a saved conversion table (from simplifiedTable) instead of asking OpenCC character by character. */
export function useSimplifiedTable(saved: Uint16Array): boolean {
  if (saved.length !== table.length) return false;
  table.set(saved);
  return true;
}

/** A string from UTF-16 codes, in chunks (an argument list has a limit). */
function fromCodes(codes: Uint16Array): string {
  const CHUNK = 8192;
  if (codes.length <= CHUNK) return String.fromCharCode.apply(null, codes as unknown as number[]);
  const parts: string[] = [];
  for (let k = 0; k < codes.length; k += CHUNK) parts.push(String.fromCharCode.apply(null, codes.subarray(k, k + CHUNK) as unknown as number[]));
  return parts.join('');
}

/** Traditional → simplified, one character for one character. */
export function toSimplified(text: string): string {
  return converted(text, false);
}

/**
 * Full-width ASCII variants and the ideographic space → their half-width forms; the Unicode hyphens
 * web pages put inside names (DeepSeek‑R1 with U+2011) → '-', a no-break space → ' ' (same length).
 */
export function toHalfWidth(text: string): string {
  let out: string[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const r = halfWidthCode(c);
    if (r !== c) {
      out ??= text.split('');
      out[i] = String.fromCharCode(r);
    }
  }
  return out ? out.join('') : text;
}

/** Traditional → simplified and full-width → half-width, as the normalised text has them, for a short string (one character for one). */
export function foldScript(text: string): string {
  return converted(text, true);
}

/** What toHalfWidth makes of one code: full-width ASCII, ideographic and no-break spaces, Unicode hyphens. */
function halfWidthCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000 || c === 0xa0) return 0x20;
  if (c === 0x2010 || c === 0x2011) return 0x2d;
  return c;
}

/** The codes of the text being converted, reused from text to text (a new buffer for each block cost more than the conversion). */
let scratchCodes = new Uint16Array(0);
/** Which units droppedUnits drops, reused likewise (zero outside a call). */
let scratchDrop = new Uint8Array(0);

/** toSimplified, then (with halfWidth) toHalfWidth, in one pass and one new string at most. */
function converted(text: string, halfWidth: boolean): string {
  let codes: Uint16Array | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let r = c;
    if (c >= TABLE_START && c <= TABLE_END) {
      const known = table[c - TABLE_START];
      r = known === UNCHANGED ? c : known ? known : simplifiedCode(c);
    }
    if (halfWidth) r = halfWidthCode(r);
    if (r !== c && !codes) {
      if (scratchCodes.length < text.length) scratchCodes = new Uint16Array(Math.max(text.length, scratchCodes.length * 2, 1024));
      codes = scratchCodes.length === text.length ? scratchCodes : scratchCodes.subarray(0, text.length);
      for (let k = 0; k < i; k++) codes[k] = text.charCodeAt(k);
    }
    if (codes) codes[i] = r;
  }
  return codes ? fromCodes(codes) : text;
}

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
// A pinyin gloss such as 聯(lián): letters of one or two syllables with at least one tone mark.
const PINYIN_GLOSS = /\(([a-zA-Züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]{1,12})\)/y;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;
// Whitespace inside a number or between a number and its scale word or measure word: space, tab, no-break and thin spaces.
const isSpaceCode = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x2009 || c === 0x202f;
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
/** Characters of a numeral written in words (after conversion to simplified): digits, scales, 点, 分之, 又, 成, 折, 个百分点. */
const NUMERAL_WORD = new Set('零〇○一二两俩三四五六七八九十百千万亿兆壹贰叁参肆伍陆柒捌玖拾佰仟点分之又余多几成折个负');
/** What may follow Arabic digits across a wider gap: a scale word or 个(百分点). */
const NUMERAL_TAIL = new Set('万亿千百个');
const isCjk = (c: string | undefined) => c !== undefined && CJK.test(c);

/**
 * Whether the digits before a space can start a number grouped by spaces (1 000 000): one to
 * three of them, not the decimals of a number (Llama 3.1 405B) nor a version after a name (Llama 3 405B).
 */
function thousandsBefore(text: string, space: number): boolean {
  let j = space;
  while (j > 0 && isDigit(text[j - 1])) j--;
  const digits = space - j;
  if (digits < 1 || digits > 3) return false;
  const prev = text[j - 1];
  if (prev === '.' || (prev !== undefined && /[A-Za-z_-]/.test(prev))) return false;
  if (prev === ' ' && /[A-Za-z.]/.test(text[j - 2] ?? '')) return false;
  return true;
}

/**
 * Whether the space at `at` is inside digits typed one by one (日活 2 0 0 0 万): a run of groups of one digit,
 * single spaces between, three or more of them (the last may hold two: ２ １ ００万), or two before a scale word
 * or a percent sign (２ ０ 万亿, 1 2 %).
 */
function typedOneByOne(text: string, at: number): boolean {
  let start = at;
  while (isDigit(text[start - 1])) start--;
  while (text[start - 1] === ' ' && isDigit(text[start - 2])) { start -= 2; while (isDigit(text[start - 1])) start--; }
  if (text[start - 1] === '.' || text[start - 1] === ',') return false;
  // the groups of the run: how many, and whether one before the last holds two digits, or the last does
  let groups = 0, wideBefore = false, lastWide = false, k = start;
  for (;;) {
    const from = k;
    while (isDigit(text[k])) k++;
    if (k - from > 2) return false;
    wideBefore ||= lastWide;
    lastWide = k - from === 2;
    groups++;
    if (text[k] === ' ' && isDigit(text[k + 1])) { k++; continue; }
    break;
  }
  const next = text[k] === ' ' ? text[k + 1] : text[k];
  if (next === '.' || next === ',' || wideBefore) return false;
  return groups >= 3 || (groups === 2 && !lastWide && SCALE_AFTER_TYPED.test(next ?? ''));
}
const SCALE_AFTER_TYPED = /[万亿千百%]/;

/** Which original units to drop: pinyin glosses and spaces that sit inside a figure. */
function droppedUnits(text: string): Uint8Array | undefined {
  let drop: Uint8Array | undefined;
  const mark = (from: number, to: number) => {
    if (!drop) {
      if (scratchDrop.length < text.length) scratchDrop = new Uint8Array(Math.max(text.length, scratchDrop.length * 2, 1024));
      drop = scratchDrop.subarray(0, text.length);
    }
    drop.fill(1, from, to);
  };
  // a gloss holds no parenthesis, so the glosses are the places after a CJK character where one matches
  for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
    if (!isCjk(text[i - 1])) continue;
    PINYIN_GLOSS.lastIndex = i;
    const m = PINYIN_GLOSS.exec(text);
    if (m && TONE_MARK.test(m[1])) mark(i, i + m[0].length);
  }
  // each run of spaces (read by character code: a block has many, and a match object for each costs more)
  for (let at = 0; at < text.length; at++) {
    if (!isSpaceCode(text.charCodeAt(at))) continue;
    let end = at + 1;
    while (end < text.length && isSpaceCode(text.charCodeAt(end))) end++;
    let tab = false;
    for (let k = at; k < end && !tab; k++) tab = text.charCodeAt(k) === 9;
    const length = end - at;
    const before = text[at - 1];
    const after = text[end];
    // one space only: a wider gap is layout (a column of a plain-text table), not a figure split in two
    // (and 12 %: a percent sign set off by a space)
    // (not a tab: it parts the columns of a table copied from a page, 0.0020<tab>立即体验)
    const digitCjk = length === 1 && !tab && ((isDigit(before) && (isCjk(after) || after === '%')) || (isCjk(before) && isDigit(after)));
    // 1 000 000: a space as thousands separator (one: a wider gap parts the columns of a table, 8         256K)
    const grouped = length === 1 && !tab && thousandsBefore(text, at) && /^\d{3}(?!\d)/.test(text.slice(end, end + 4));
    // 一 百 五 十 个 百 分 点, 三分  之一, 1000  万: spaces inside a numeral written out word by word
    // (two spaces at most: a wider gap parts a table's columns, 6.8 亿    1.1 亿; and one between a word and a digit)
    const spelledOut = length <= 2 && !tab &&
      ((NUMERAL_WORD.has(before) && (NUMERAL_WORD.has(after) || (isDigit(after) && length === 1))) || (isDigit(before) && NUMERAL_TAIL.has(after)));
    // 日活 2 0 0 0 万: digits typed one by one with a space between, a page's noise
    const spacedDigits = length === 1 && isDigit(before) && isDigit(after) && typedOneByOne(text, at);
    if (digitCjk || grouped || spelledOut || spacedDigits) mark(at, end);
    at = end;
  }
  return drop;
}

/**
 * Offset maps of texts something was dropped from, cut from one buffer for many blocks (a typed array
 * of its own buffer costs more to make than the map's filling). Maps are never written to once made.
 */
let slab = new Int32Array(0);
let slabUsed = 0;
const SLAB = 1 << 14;
function offsetMap(length: number): Int32Array {
  if (length > SLAB / 4) return new Int32Array(length);
  if (slabUsed + length > slab.length) { slab = new Int32Array(SLAB); slabUsed = 0; }
  slabUsed += length;
  return slab.subarray(slabUsed - length, slabUsed);
}

/** 0, 1, 2 …: the offset map of a text nothing was dropped from, shared (a view) for blocks of usual size. */
let identities = new Int32Array(0);
const SHARED_IDENTITY = 1 << 16;
function identity(length: number): Int32Array {
  const fill = (n: number) => { const a = new Int32Array(n); for (let i = 0; i < n; i++) a[i] = i; return a; };
  if (length > SHARED_IDENTITY) return fill(length);
  if (identities.length < length) identities = fill(Math.min(SHARED_IDENTITY, Math.max(length, identities.length * 2, 1024)));
  return identities.subarray(0, length);
}

/** Normalise one piece of text (usually a line) for recognition. */
export function normalize(original: string): NormalizedText {
  const text = converted(original, true);
  const drop = droppedUnits(text);
  if (!drop) return { text, origin: identity(original.length + 1) };
  const parts: string[] = [];
  let kept = 0;
  for (let i = 0; i < drop.length; i++) if (!drop[i]) kept++;
  const origin = offsetMap(kept + 1);
  let n = 0;
  let runStart = -1;
  for (let i = 0; i < text.length; i++) {
    if (drop[i]) {
      if (runStart >= 0) { parts.push(text.slice(runStart, i)); runStart = -1; }
      continue;
    }
    if (runStart < 0) runStart = i;
    origin[n++] = i;
  }
  if (runStart >= 0) parts.push(text.slice(runStart));
  origin[n] = original.length;
  drop.fill(0); // the shared buffer is zero again for the next text
  return { text: parts.join(''), origin };
}

/** Map a normalised span [start, end) back to original offsets. */
export function toOriginalSpan(n: NormalizedText, start: number, end: number): [number, number] {
  const s = n.origin[start];
  const e = end > start ? n.origin[end - 1] + 1 : s;
  return [s, e];
}
