// The numeral reader: one grammar for every way Chinese text writes a number. A numeral is
// lexed into symbols by character class (numeral-tables.ts) — a coefficient (Arabic digits or
// a Chinese digit), a small scale (十百千), a big scale (万亿兆), a decimal tail (点五), an open
// marker (多, 余, 几) — and the symbols are evaluated by one rule set, so 5万4千6百, 五万四千六百,
// 伍萬肆仟陸佰 and 1.2万亿 are the same grammar. Around that core: signs (负, 零下, -), percent
// heads (百分之, 千分之, 万分之), percent tails (成, 折), fractions (三分之二, 1/4, 一又二分之一),
// adjacent-digit ranges (两三, 二三十) and half (半成, 半百, 两个半亿).
import {
  BIG_SCALES, CHENG_WORD, CN_DIGITS, DECIMAL_DIGITS, ENGLISH_SCALE_WORDS, FINANCIAL_DIGITS, LATIN_SCALES, MEGA, OPEN_MARKERS, PERCENT_HEADS,
  RANGE_PAIRS, SIGNS, SMALL_SCALES, ZHE_WORD,
} from './numeral-tables.ts';
import { matchUnit, PERIODS, prefixedUnitAt } from './units.ts';

export interface NumeralToken {
  start: number;
  end: number;
  value: number;
  /** Both ends of a range written inside the numeral (两三, 二三十, 三到五成 is read by the figure). */
  range?: [number, number];
  /** 数十, 几百, 十几, 500多亿: an open bound above the value. */
  openAbove?: boolean;
  /** The value is a percentage already (百分之三十, 三成, 八折, 千分之五). */
  percent?: boolean;
  /** A ratio: 三分之一, 1/4. */
  fraction?: boolean;
  /** Written a/b: a figure only where a ratio is meant (降至1/4), not a date or a pair. */
  slash?: boolean;
  /** Written with Chinese numerals only. */
  chinese: boolean;
  /** Carries a scale word (万, 亿, 千, 百 … or K/M/B/T). */
  scaled: boolean;
  /** An English scale letter was read (70B, 1.5T, 128K). */
  latinScale?: 'K' | 'M' | 'B' | 'T';
  /** Has a decimal part (1.1, 三点一四). */
  decimal: boolean;
  /** What the written coefficient was multiplied by last (15亿 → 1e8, 五成 → 10): a range's first number shares it (12–15亿). */
  multiplier?: number;
  /** Digits without scale words (二〇二三, 一二三四): a year or a code, never a quantity. */
  digitString?: boolean;
  /** 半 alone, before a unit (半小时, 半斤): 0.5 of what follows. */
  half?: boolean;
}

export interface ReadOptions {
  /** Whether the comma at normalised offset i may be a thousands separator (a full-width ，is a list separator). */
  commaOk?: (i: number) => boolean;
  /** Whether the text around normalised offset i was written in traditional characters (兆 is 10¹² there). */
  traditionalAt?: (i: number) => boolean;
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
/** Every character that may stand inside a Chinese numeral: digits, scale words, 几, 数. */
const CN_NUMERAL_CHARS = new Set([...Object.keys(CN_DIGITS), ...Object.keys(SMALL_SCALES), ...Object.keys(BIG_SCALES), '几', '数']);
const isCnNumeralChar = (ch: string | undefined) => ch !== undefined && CN_NUMERAL_CHARS.has(ch);
const isLatinLetter = (ch: string | undefined) => ch !== undefined && /[A-Za-z]/.test(ch);

/** Fix float noise from scaling (1.2 × 1e4 = 12000.000000000002). */
export function tidy(n: number): number {
  if (!Number.isFinite(n) || (Number.isInteger(n) && Math.abs(n) < 1e15)) return n;
  return Number.parseFloat(n.toPrecision(12));
}

// ---- symbols ---------------------------------------------------------------------------------

/** One symbol of a numeral. Every symbol has every field (one object shape keeps the evaluation fast). */
interface Sym {
  /** num: a coefficient; small: 十百千; big: 万亿兆; frac: 点 and its digits; open: 多/余; few: 几/数; half: 个半. */
  t: 'num' | 'small' | 'big' | 'frac' | 'open' | 'few' | 'half';
  v: number;
  start: number;
  end: number;
  arabic: boolean;
  decimal: boolean;
  financial: boolean;
}

function sym(t: Sym['t'], v: number, start: number, end: number, arabic = false, decimal = false, financial = false): Sym {
  return { t, v, start, end, arabic, decimal, financial };
}

interface Arabic { value: number; end: number; decimal: boolean; integer: boolean }

/** Arabic digits at pos: 1,234.5 (commas where allowed), .5, 2e5, 10^25. */
/** Superscript digits and signs (10²⁵, 10⁻³). */
const SUPERSCRIPTS: Readonly<Record<string, string>> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-', '⁺': '' };
/** ×10^25, x 10²⁴, *10**3 after a number. */
const TIMES_TEN = /^\s?[×xX*·]\s?10(?:(?:\^|\*\*)([+-]?\d{1,3})|([⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))(?![A-Za-z\d])/;
/** The superscript power of a bare 10 (10²⁵). */
const SUPERSCRIPT_POWER = /^[⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}(?![A-Za-z\d])/;
const fromSuperscripts = (s: string) => [...s].map((c) => SUPERSCRIPTS[c]).join('');

function readArabic(text: string, pos: number, commaOk: (i: number) => boolean): Arabic | undefined {
  let i = pos;
  while (isDigit(text[i])) i++;
  // thousands separators: groups of exactly three digits
  while (text[i] === ',' && commaOk(i) && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5)) && i > pos) i += 4;
  const intText = text.slice(pos, i).replace(/,/g, '');
  let end = i;
  let decimal = false;
  if (text[i] === '.' && isDigit(text[i + 1])) {
    let k = i + 1;
    while (isDigit(text[k])) k++;
    end = k;
    decimal = true;
  }
  if (end === pos) return undefined;
  let value = Number.parseFloat(intText + (decimal ? text.slice(i, end) : '')) || 0;
  if (!intText && decimal) value = Number.parseFloat('0' + text.slice(i, end));
  // scientific notation: 2e5, 1.2E-3, 10^25 (not 3e in a name: the exponent must end the word)
  const exp = /^(?:[eE]([+-]?\d{1,3})|\^([+-]?\d{1,3}))(?![A-Za-z\d])/.exec(text.slice(end, end + 6));
  if (exp) {
    value = exp[1] !== undefined ? value * 10 ** Number(exp[1]) : value ** Number(exp[2]);
    end += exp[0].length;
    decimal ||= !Number.isInteger(value);
    return { value, end, decimal, integer: false };
  }
  // 2.1×10^25, 3.8 x 10²⁴: a power of ten written out; 10²⁵ alone
  const times = TIMES_TEN.exec(text.slice(end, end + 16));
  const alone = !times && intText === '10' && !decimal ? SUPERSCRIPT_POWER.exec(text.slice(end, end + 5)) : null;
  if (times || alone) {
    const power = times?.[1] ?? fromSuperscripts((times?.[2] ?? alone![0]));
    value = tidy((alone ? 1 : value) * 10 ** Number(power));
    end += (times ?? alone)![0].length;
    return { value, end, decimal: !Number.isInteger(value), integer: false };
  }
  return { value, end, decimal, integer: !decimal };
}

/** 兆 at i: 10¹² in a compound (兆…亿) or before a count; 10⁶ in simplified text where nothing says what is counted. */
function zhaoValue(text: string, i: number, opts: ReadOptions): number {
  const next = text[i + 1];
  if (isCnNumeralChar(next) || isDigit(next)) return BIG_SCALES['兆'];
  if (matchUnit(text, i + 1)) return BIG_SCALES['兆'];
  return opts.traditionalAt?.(i) ? BIG_SCALES['兆'] : MEGA;
}

/** What a character is to the lexer, by its code: a Chinese digit (CN_DIGITS), a small scale, a big scale, or none (0). */
const CN_DIGIT = 1, SMALL_SCALE = 2, BIG_SCALE = 3;
const LEX_KIND = new Uint8Array(0x10000);
for (const ch of Object.keys(CN_DIGITS)) LEX_KIND[ch.charCodeAt(0)] = CN_DIGIT;
for (const ch of Object.keys(SMALL_SCALES)) LEX_KIND[ch.charCodeAt(0)] = SMALL_SCALE;
for (const ch of Object.keys(BIG_SCALES)) LEX_KIND[ch.charCodeAt(0)] = BIG_SCALE;

/** The measure word after "one" in a price said per thing or period (一台, 一张, 一个月, 一卡时). */
const ONE_OF_AFTER = /^(?:[台张張颗顆套件块塊片]|卡[时時]|[个個]?(?:月|小时|小時)|年(?![前后後底初中末度])|天)/;

/** Lex the symbols of one numeral from pos. */
function lex(text: string, pos: number, opts: ReadOptions): Sym[] {
  const commaOk = opts.commaOk ?? (() => true);
  const syms: Sym[] = [];
  let i = pos;
  for (;;) {
    const ch = text[i];
    const last = syms.at(-1);
    if (ch === undefined) break;
    const kind = LEX_KIND[text.charCodeAt(i)];
    if ((isDigit(ch) || (ch === '.' && i === pos && isDigit(text[i + 1]))) && (!last || last.t !== 'num')) {
      if (last && last.t !== 'small' && last.t !== 'big') break;
      const a = readArabic(text, i, commaOk);
      if (!a) break;
      // (digits after a scale go on a number only as its lower digits, 1亿5000万, 1兆235.6億: a decimal only before a
      // smaller scale, and never after a scale said alone — 每百万0.1美元 is a million, then the price)
      if (last && ((a.decimal && !(text[a.end] in BIG_SCALES)) || !syms.some((x) => x.t === 'num'))) break;
      syms.push(sym('num', a.value, i, a.end, true, a.decimal));
      i = a.end;
      continue;
    }
    if (kind === CN_DIGIT) {
      if (last?.t === 'num' && last.arabic) break;
      // 两 after a scale is not a last digit (三十两 is thirty liang); it is one before a scale (三千两百)
      // 参 (參拾) is a digit only before a scale word or 元, 角: 千亿参数 is 千亿 and 参数
      if (ch === '参' && !(text[i + 1] in SMALL_SCALES || text[i + 1] in BIG_SCALES || /[元圆角]/.test(text[i + 1] ?? ''))) break;
      if ((ch === '两' || ch === '俩') && (last?.t === 'small' || last?.t === 'big') && !(text[i + 1] in SMALL_SCALES || text[i + 1] in BIG_SCALES)) break;
      // a number begun in Arabic digits takes a Chinese digit only before a scale (2千5百), never as a last digit (２千一张)
      if ((last?.t === 'small' || last?.t === 'big') && syms.some((x) => x.t === 'num' && x.arabic) && !(text[i + 1] in SMALL_SCALES || text[i + 1] in BIG_SCALES)) break;
      // 两万一台, 三千一个月: 一 after a scale and before a measure word is "one" of what the amount buys, no last digit
      if (ch === '一' && (last?.t === 'small' || last?.t === 'big') && ONE_OF_AFTER.test(text.slice(i + 1, i + 4))) break;
      syms.push(sym('num', CN_DIGITS[ch], i, i + 1, false, false, FINANCIAL_DIGITS.has(ch)));
      i++;
      continue;
    }
    if (kind === SMALL_SCALE) {
      if (prefixedUnitAt(text, i)) break;
      // 5百分点, 2.4百分点: 百 begins the unit, not a scale
      if (ch === '百' && text[i + 1] === '分' && last?.t === 'num' && last.arabic) break;
      syms.push(sym('small', SMALL_SCALES[ch], i, i + 1, false, false, FINANCIAL_DIGITS.has(ch)));
      i++;
      continue;
    }
    if (kind === BIG_SCALE) {
      if (prefixedUnitAt(text, i)) break;
      const v = ch === '兆' ? zhaoValue(text, i, opts) : BIG_SCALES[ch];
      syms.push(sym('big', v, i, i + 1));
      i++;
      continue;
    }
    if (ch === '点' && last && (last.t === 'num' || last.t === 'small' || last.t === 'big') && !(last.t === 'num' && last.arabic)) {
      let k = i + 1;
      let digits = '';
      while (text[k] in DECIMAL_DIGITS) { digits += DECIMAL_DIGITS[text[k]]; k++; }
      // 三点五十分, 三点一刻, 三点半: a time of day (an hour is at most 24)
      const hour = evaluate(syms);
      if (!digits || (/[十分刻钟半]/.test(text[k] ?? '') && hour !== undefined && hour.value <= 24)) break;
      syms.push(sym('frac', Number.parseFloat('0.' + digits), i, k));
      i = k;
      continue;
    }
    if (OPEN_MARKERS.has(ch) && last && last.t !== 'open' && (text[i + 1] in SMALL_SCALES || text[i + 1] in BIG_SCALES) && ch !== '来') {
      syms.push(sym('open', 0, i, i + 1));
      i++;
      continue;
    }
    // 几 and 数 stand for a digit next to a scale word (几十, 数百, 十几, 二十几万, 十数万), never alone (几乎, 数据)
    if ((ch === '几' && (text[i + 1] in SMALL_SCALES || text[i + 1] in BIG_SCALES || last?.t === 'small' || text.startsWith('个亿', i + 1))) ||
      (ch === '数' && (!last ? text[i + 1] in SMALL_SCALES || text[i + 1] in BIG_SCALES : last.t === 'small' && text[i + 1] in BIG_SCALES))) {
      syms.push(sym('few', 0, i, i + 1));
      i++;
      continue;
    }
    // 十个亿, 六个多亿, 十二三个亿, 几个亿: spoken Chinese counts 亿 with 个 (个 then 亿 or 多亿 only; the text is simplified here)
    if (ch === '个' && last && (last.t === 'num' || last.t === 'few' || last.t === 'small') && !(last.t === 'num' && last.arabic && syms.length > 1) &&
      (text[i + 1] === '亿' || (OPEN_MARKERS.has(text[i + 1]) && text[i + 2] === '亿'))) {
      i++;
      continue;
    }
    // 二十来个亿, 三百来万, 十来亿: 来 says "about" (the figure reads it from the text), the scale goes on as above
    if (ch === '来' && ((text[i + 1] === '个' && text[i + 2] === '亿') || text[i + 1] in BIG_SCALES) && last && (last.t === 'num' || last.t === 'small')) {
      i++;
      continue;
    }
    if (ch === '个' && text[i + 1] === '半' && text[i + 2] in BIG_SCALES && last?.t === 'num') {
      syms.push(sym('half', 0.5, i, i + 2));
      i += 2;
      continue;
    }
    break;
  }
  return syms;
}

/** A numeral read by the grammar. Every field is always present (one object shape). */
interface Magnitude {
  value: number;
  open: boolean;
  scaled: boolean;
  decimal: boolean;
  multiplier: number | undefined;
  range: [number, number] | undefined;
  digitString: boolean;
  literalPair: number | undefined;
  end: number;
  chinese: boolean;
  latinScale: NumeralToken['latinScale'];
  syms: Sym[];
}

function magnitude(value: number, open: boolean, scaled: boolean, decimal: boolean, multiplier: number | undefined): Magnitude {
  return { value, open, scaled, decimal, multiplier, range: undefined, digitString: false, literalPair: undefined, end: 0, chinese: false, latinScale: undefined, syms: [] };
}

/** Evaluate symbols as one number; undefined when they do not form one. */
function evaluate(syms: readonly Sym[], pair?: 'lo' | 'hi'): Magnitude | undefined {
  if (!syms.length) return undefined;
  let total = 0;
  let section = 0;
  let coef: number | undefined;
  let lastUnit = 1;
  let maxBig = 1;
  let zero = false;
  let open = false;
  let scaled = false;
  let decimal = false;
  let afterScale = false; // the pending coefficient follows a scale word directly (elliptical 三千五)
  let multiplier: number | undefined;
  let fracDone = false;
  let sawDigit = false;
  for (let k = 0; k < syms.length; k++) {
    const s = syms[k];
    if (fracDone && s.t !== 'big') return undefined;
    switch (s.t) {
      case 'num': {
        if (coef !== undefined) {
          // adjacent Chinese digits: a range (两三, 二三十) when they are neighbours
          const prev = syms[k - 1];
          if (!pair || prev.t !== 'num' || s.arabic || prev.arabic || k > 1 && syms[k - 2].t === 'num') return undefined;
          coef = pair === 'lo' ? coef : s.v;
          continue;
        }
        if (s.v === 0 && !s.arabic) { zero = true; afterScale = false; continue; }
        coef = s.v;
        sawDigit = true;
        decimal ||= s.decimal;
        afterScale = !zero && syms[k - 1] !== undefined && (syms[k - 1].t === 'small' || syms[k - 1].t === 'big');
        break;
      }
      case 'few': {
        if (coef !== undefined) return undefined;
        open = true;
        // 几十, 数百: one of the scale; 十几, 二十几万: the ones digit left open
        coef = syms[k + 1]?.t === 'small' || (syms[k + 1]?.t === 'big' && section === 0 && total === 0) ? 1 : 0;
        afterScale = false;
        sawDigit = true;
        break;
      }
      case 'small': {
        if (s.v >= lastUnit && lastUnit < 1e4 && (section > 0 || k > 0 && syms[k - 1].t === 'small')) return undefined; // 十百
        section += (coef ?? 1) * s.v;
        coef = undefined;
        lastUnit = s.v;
        zero = false;
        scaled ||= s.v !== 10;
        multiplier = s.v;
        break;
      }
      case 'big': {
        const sec = section + (coef ?? 0);
        if (sec === 0 && total === 0 && !sawDigit) {
          if (k === 0 && syms.length === 2 && syms[1].t === 'big' && syms[1].v === s.v) return undefined; // 万万 alone
          if (k === 0) { total = s.v; maxBig = s.v; lastUnit = s.v; multiplier = s.v; scaled = true; coef = undefined; break; }
        }
        if (sec === 0) {
          total = (total || 1) * s.v; // 万万, 万亿, 10万万
          maxBig = Math.max(maxBig, total);
          multiplier = (multiplier ?? 1) * s.v;
        } else if (s.v >= maxBig) {
          total = (total + sec) * s.v;
          maxBig = s.v;
          multiplier = s.v;
        } else {
          total += sec * s.v;
          multiplier = s.v;
        }
        section = 0;
        coef = undefined;
        lastUnit = s.v;
        zero = false;
        scaled = true;
        fracDone = false;
        break;
      }
      case 'frac': {
        // 一百二十点五(亿), 两千万点五五四四, 十五点七, 两千三点一 (elliptical: 2300.1)
        const ellipsis = coef !== undefined && afterScale && !zero && lastUnit >= 100 && syms[k - 1].t === 'num' && !syms[k - 1].arabic;
        const whole = section + (coef === undefined ? 0 : ellipsis ? coef * (lastUnit / 10) : coef);
        decimal = true;
        if (syms[k + 1]?.t === 'big' && total === 0) {
          coef = whole + s.v;
          section = 0;
          afterScale = false;
        } else {
          total += whole + s.v;
          section = 0;
          coef = undefined;
          fracDone = true;
        }
        break;
      }
      case 'open': {
        if (coef === undefined && section === 0) return undefined;
        open = true;
        break;
      }
      case 'half': {
        if (coef === undefined) return undefined;
        coef += 0.5;
        decimal = true;
        break;
      }
    }
  }
  if (coef !== undefined) {
    // elliptical tail: 三千五 = 3500, 两万五 = 25000, 一百二 = 120 (a Chinese digit right after the scale),
    // and one Arabic digit after a big scale as the web writes prices: 4万5 = 45000, 2亿3 = 2.3亿
    const last = syms.at(-1)!;
    const elliptical = afterScale && !zero && lastUnit >= 100 && last.t === 'num' && (!last.arabic || (lastUnit >= 1e4 && last.end - last.start === 1));
    section += elliptical ? coef * (lastUnit / 10) : coef;
    if (elliptical) multiplier = lastUnit / 10;
  }
  if (syms.at(-1)!.t === 'num') multiplier = undefined;
  return magnitude(tidy(total + section), open, scaled, decimal, multiplier);
}

/** Adjacent Chinese digits without a scale between them: a range pair, a 折 literal, or a digit string. */
function digitRun(syms: readonly Sym[]): { count: number; pairAt: number } {
  const hasScale = syms.some((s) => s.t === 'small' || s.t === 'big');
  let best = 0, run = 0, pairAt = -1;
  for (let k = 0; k < syms.length; k++) {
    const s = syms[k];
    if (s.t === 'num' && !s.arabic) {
      run++;
      // 零 then a digit is how a gap is written (一千零一), not two digits side by side
      const prev = syms[k - 1];
      if (run >= 2 && prev.t === 'num' && prev.v === 0 && hasScale) run = 1;
      if (run === 2 && pairAt < 0) pairAt = k - 1;
      best = Math.max(best, run);
    } else run = 0;
  }
  return { count: best, pairAt };
}

/** The longest numeral at pos that the grammar accepts. */
function readMagnitude(text: string, pos: number, opts: ReadOptions): Magnitude | undefined {
  let syms = lex(text, pos, opts);
  while (syms.length) {
    const result = evaluateAll(text, syms);
    if (result) return result;
    syms = syms.slice(0, -1);
  }
  return undefined;
}

function evaluateAll(text: string, syms: Sym[]): Magnitude | undefined {
  let chinese = true;
  for (const s of syms) if (s.t === 'num' && s.arabic) chinese = false;
  // financial digits (陆, 伍, 拾) count only inside a longer numeral: 陆地, 队伍 are words
  const first = syms[0];
  // (but a financial digit before 元 or 角 is an amount: 贰元捌角伍分)
  if (syms.length === 1 && ((first.t === 'num' && first.financial && !/[之又负]/.test(text[first.start - 1] ?? '') && !/[元圆角]/.test(text[first.end] ?? '')) || (first.t === 'small' && first.financial))) return undefined;
  const end = syms.at(-1)!.end;
  const run = digitRun(syms);
  const hasScale = syms.some((s) => s.t === 'small' || s.t === 'big');
  const finish = (m: Magnitude) => { m.end = end; m.chinese = chinese; m.syms = syms; return m; };
  if (run.count >= 3 && !hasScale) {
    const m = finish(magnitude(0, false, false, false, undefined));
    m.digitString = true;
    return m;
  }
  if (run.count === 2) {
    const a = syms[run.pairAt], b = syms[run.pairAt + 1];
    const literal = 10 * a.v + b.v;
    if (syms.length === 2 && text[end] === '折') {
      const m = finish(magnitude(literal, false, false, false, undefined));
      m.literalPair = literal;
      return m;
    }
    if (!RANGE_PAIRS.has(`${a.v}${b.v}`) || run.count > 2) return undefined;
    const lo = evaluate(syms, 'lo'), hi = evaluate(syms, 'hi');
    if (!lo || !hi) return undefined;
    lo.range = [lo.value, hi.value];
    return finish(lo);
  }
  const ev = evaluate(syms);
  if (!ev) return undefined;
  const m = finish(ev);
  // English scale letters attached to Arabic digits: 70B, 1.5T, 128K (not 6GB, 10MB, 5G)
  // (and a size said in words and written with its letter, as a transcript does: 三十四B, 一百二十八K; not B站, B轮, K线)
  const lastSym = syms.at(-1)!;
  const arabic = !chinese && syms.length === 1 && lastSym.t === 'num';
  let word: RegExpExecArray | null = null;
  if (arabic || (chinese && m.value >= 1 && m.value < 1000)) {
    // one space may stand before the letter (2.5 M, 70 B), not before K线 or B站
    const gap = arabic && text[end] === ' ' ? 1 : 0;
    const letter = text[end + gap];
    const next = text[end + gap + 1];
    const ends = !isLatinLetter(next) && !isDigit(next);
    if (letter && (arabic ? letter in LATIN_SCALES && !(gap && /[线站]/.test(next ?? '')) : (letter === 'B' || letter === 'K') && !/[站轮輪端类類级級超线線]/.test(next ?? '')) && ends) {
      m.value = tidy(m.value * LATIN_SCALES[letter]);
      m.scaled = true;
      m.multiplier = LATIN_SCALES[letter];
      m.latinScale = letter.toUpperCase() as NumeralToken['latinScale'];
      m.end = end + gap + 1;
    } else if (arabic && letter && SCALE_WORD_INITIALS.has(letter) && (word = ENGLISH_SCALE_WORD.exec(text.slice(end, end + 10)))) {
      // $40 billion, 800 million users, US$500bn
      const scale = ENGLISH_SCALE_WORDS[word[1].toLowerCase()];
      m.value = tidy(m.value * scale);
      m.scaled = true;
      m.multiplier = scale;
      m.end = end + word[0].length;
    } else if (arabic && letter === 'w' && !gap && ends) {
      // 1.35w, 月薪2w: a lower-case w is 万 as the web writes it (W is a watt)
      m.value = tidy(m.value * 1e4);
      m.scaled = true;
      m.multiplier = 1e4;
      m.end = end + 1;
    }
  }
  return m;
}

/** An English scale word after digits, one space at most before it (40 billion, 500bn). */
const ENGLISH_SCALE_WORD = /^ ?(thousand|million|mn|billion|bn|trillion)(?![A-Za-z])/i;
/** The letters those words begin with: most numbers are followed by none, and are not matched at all. */
const SCALE_WORD_INITIALS = new Set('tmbTMB');

// ---- the numeral with its sign, percent words, fractions and half --------------------------

/** Read one numeral starting exactly at pos (its sign included), or undefined. */
export function readNumeral(text: string, pos: number, opts: ReadOptions = {}): NumeralToken | undefined {
  // a sign: 负三十二, 零下5度, -3.2 (not the hyphen of a range or a name: 5-10, A-1)
  for (const [sign, factor] of SIGNS) {
    if (!text.startsWith(sign, pos)) continue;
    if ((sign === '-' || sign === '−' || sign === '+') && !signMayStart(text, pos)) return undefined;
    const after = text[pos + sign.length];
    if (!isDigit(after) && !isCnNumeralChar(after) && after !== '.') return undefined; // 负责, 零下 alone
    const inner = readUnsigned(text, pos + sign.length, opts);
    if (!inner || inner.digitString || (sign.length === 1 && sign !== '负' && inner.chinese)) return undefined;
    if (factor < 0) {
      inner.value = -inner.value;
      if (inner.range) inner.range = [-inner.range[1], -inner.range[0]];
    }
    inner.start = pos;
    return inner;
  }
  return readUnsigned(text, pos, opts);
}

/** A minus or plus sign starts a number only after a space, an opening or a word, never after a digit, letter or %. */
function signMayStart(text: string, pos: number): boolean {
  const before = text[pos - 1];
  return !(before && /[A-Za-z0-9%.)\]_/\-−+]/.test(before)) && !isCnNumeralChar(before);
}

function token(start: number, m: Magnitude, extra: Partial<NumeralToken> = {}): NumeralToken {
  const t: NumeralToken = { start, end: m.end, value: m.value, chinese: m.chinese, scaled: m.scaled, decimal: m.decimal, ...extra };
  if (m.range) t.range = m.range;
  if (m.open) t.openAbove = true;
  if (m.latinScale) t.latinScale = m.latinScale;
  if (m.multiplier !== undefined) t.multiplier = m.multiplier;
  if (m.digitString) t.digitString = true;
  return t;
}

function readUnsigned(text: string, pos: number, opts: ReadOptions): NumeralToken | undefined {
  return readPercentHead(text, pos, opts) ?? readHalf(text, pos) ?? readWithTail(text, pos, opts);
}

/** 百分之三十, 百分之2.4, 千分之五 (0.5 %), 万分之三 (0.03 %). A numeral before 百 makes it a fraction (一百分之二). */
function readPercentHead(text: string, pos: number, opts: ReadOptions): NumeralToken | undefined {
  const head = PERCENT_HEADS.find(([w]) => text.startsWith(w, pos));
  if (!head) return undefined;
  const m = readMagnitude(text, pos + head[0].length, opts);
  if (!m || m.digitString) return undefined;
  const percent = token(pos, m, { percent: true });
  percent.value = tidy(m.value * head[1]);
  if (m.range) percent.range = [tidy(m.range[0] * head[1]), tidy(m.range[1] * head[1])];
  delete percent.multiplier;
  return percent;
}

/** Words 半 begins (半导体, 半年, 半决赛): no half of anything. */
const HALF_WORD = /^(导|導|岛|島|径|徑|场|場|决|決|年|月|天|日|小|个|個|夜|路|山|身|价|價|壁|截|开|開|自|透|成|折|数|數|百)/;

/** 半成 (5 %), 半折 and 半价 (50 %), 半百 (50), 半数/一半 (50 %), 对折 after 打 (50 %), 半 before a unit (半小时, 半斤). */
function readHalf(text: string, pos: number): NumeralToken | undefined {
  const base = { chinese: true, scaled: false, decimal: false } as const;
  if (text.startsWith('对折', pos) && text[pos - 1] === '打') return { start: pos, end: pos + 2, value: 50, percent: true, ...base };
  if (text.startsWith('一半', pos) && text[pos + 2] !== '天') return { start: pos, end: pos + 2, value: 50, percent: true, ...base };
  if (text[pos] !== '半') return undefined;
  const next = text[pos + 1];
  if (next === '成') return { start: pos, end: pos + 2, value: 5, percent: true, ...base };
  if (next === '折' && !ZHE_WORD.test(text.slice(pos + 1))) return { start: pos, end: pos + 2, value: 50, percent: true, ...base };
  if (next === '数') return { start: pos, end: pos + 2, value: 50, percent: true, ...base };
  // 半价 is 五折, half the price (not 半价格 nor 半价位)
  if ((next === '价' || next === '價') && !/[格位值钱錢]/.test(text[pos + 2] ?? '')) return { start: pos, end: pos + 2, value: 50, percent: true, ...base };
  // 过半, 近半, 逾半, 超半: more or nearly half (of a whole the sentence names), not 近半年 nor 过半导体
  if (/[过過近逾超]/.test(text[pos - 1] ?? '') && !HALF_WORD.test(text.slice(pos + 1, pos + 3)) && !matchUnit(text, pos + 1)) {
    return { start: pos, end: pos + 1, value: 50, percent: true, ...base };
  }
  if (next === '百' && !isCnNumeralChar(text[pos + 2])) return { start: pos, end: pos + 2, value: 50, ...base, scaled: true };
  // 半小时, 半个月, 半斤 (上半年 and 半年 are times, 半天 mostly means "a long while")
  const at = pos + 1;
  const unit = matchUnit(text, at);
  const hedged = /^(左右|以上|以内|之内)/.test(text.slice(at + (unit?.length ?? 0))) || /[约近到足]$/.test(text[pos - 1] ?? '');
  if (unit && unit.def.unit !== '年' && !(unit.def.unit === '天' && !hedged) && (unit.def.kind === 'time' || unit.def.kind === 'mass' || unit.def.kind === 'length') && text[pos - 1] !== '上' && text[pos - 1] !== '下') {
    return { start: pos, end: pos + 1, value: 0.5, half: true, ...base, decimal: true };
  }
  return undefined;
}

/** A magnitude followed by what completes it: 成/折 (a percentage), 分之/又 (a fraction), /b (a slash fraction). */
function readWithTail(text: string, pos: number, opts: ReadOptions): NumeralToken | undefined {
  const m = readMagnitude(text, pos, opts);
  if (!m) return undefined;
  if (m.digitString) return token(pos, m);
  return readFraction(text, pos, m, opts) ?? readChengZhe(text, pos, m) ?? readSlash(text, pos, m, opts) ?? token(pos, m);
}

/** 三分之二, 一百分之二, ３分之一百五十七, 一又二分之一 (mixed), 负３分之负一百五十七. */
function readFraction(text: string, pos: number, m: Magnitude, opts: ReadOptions): NumeralToken | undefined {
  if (m.range) return undefined;
  // mixed: 一又二分之一, 三百五十又3分之1
  if (text[m.end] === '又') {
    const f = readUnsigned(text, m.end + 1, opts);
    if (f?.fraction && !f.slash) return { ...f, start: pos, value: tidy(m.value + f.value), chinese: m.chinese && f.chinese, decimal: true };
    return undefined;
  }
  if (!text.startsWith('分之', m.end)) return undefined;
  const numerator = readNumeral(text, m.end + 2, opts);
  if (!numerator || numerator.percent || numerator.digitString || !m.value) return undefined;
  return {
    start: pos, end: numerator.end, value: tidy(numerator.value / m.value), fraction: true,
    chinese: m.chinese && numerator.chinese, scaled: true, decimal: true,
  };
}

/** What stands before a share (约四成, 其中三成, 超过六成). */
const SHARE_LEAD = /(?:约|約|近|超过|超過|逾|不到|其中|占|佔|大约|大約|将近|將近|接近)\s*$/;

/** "Only" before a share (只有两成了, 仅剩三成了). */
const ONLY_LEAD = /(?:只有|仅有|僅有|只剩|仅剩|僅剩|只占|仅占|僅佔|只佔|不到|不足)\s*$/;

/** A currency right before a number: what follows is money (HK$1.38折讓 is a price and a discount after it). */
const MONEY_BEFORE = /(?:HK\$|US\$|NT\$|[$¥￥€£]|港幣|港币|港元|美元|人民币|人民幣|新台币|新台幣)\s*(?:约|約)?\s*$/;
/** 三成 (30 %), 三成半 (35 %), 七成六 (76 %), 9.5成; 八折 (80 %), 七五折 (75 %), 8.5折 (85 %). */
function readChengZhe(text: string, pos: number, m: Magnitude): NumeralToken | undefined {
  const ch = text[m.end];
  // (约四成为研发人员: 成为 after a share's comparator is the share and 为, not "become")
  // (只有两成了: 成了 after "only" is the share and 了, not "became")
  const word = CHENG_WORD.test(text.slice(m.end)) && !(text[m.end + 1] === '为' && SHARE_LEAD.test(text.slice(Math.max(0, pos - 4), pos))) &&
    !(text[m.end + 1] === '了' && ONLY_LEAD.test(text.slice(Math.max(0, pos - 4), pos)));
  if (ch === '成' && !word && m.value > 0 && m.value <= 10 && !m.open) {
    let end = m.end + 1;
    let value = m.value * 10;
    const tail = text[end];
    if (tail === '半') { value += 5; end++; }
    else if (tail in DECIMAL_DIGITS && !isCnNumeralChar(text[end + 1]) && text[end + 1] !== '点' && !m.decimal && m.chinese) {
      value += DECIMAL_DIGITS[tail];
      end++;
    }
    const t = token(pos, m, { percent: true, multiplier: 10 });
    t.end = end;
    t.value = tidy(value);
    if (m.range) t.range = [tidy(m.range[0] * 10), tidy(m.range[1] * 10)];
    return t;
  }
  // (money is no discount: 收市價每股HK$1.38折讓約9.42%)
  if (ch === '折' && !ZHE_WORD.test(text.slice(m.end)) && !m.open && !m.range && !MONEY_BEFORE.test(text.slice(Math.max(0, pos - 6), pos))) {
    let value: number | undefined;
    if (m.literalPair !== undefined) value = m.literalPair;
    else if (m.decimal && m.value < 10) value = m.value * 10;
    else if (Number.isInteger(m.value) && m.value >= 1 && m.value <= 9 && !m.scaled) value = m.value * 10;
    else if (!m.chinese && Number.isInteger(m.value) && m.value >= 11 && m.value <= 99) value = m.value;
    if (value === undefined) return undefined;
    const t = token(pos, m, { percent: true });
    t.end = m.end + 1;
    t.value = tidy(value);
    delete t.multiplier;
    return t;
  }
  return undefined;
}

/** What a slash fraction may be a part of, written right after it (1/20参数, 1/10算力). */
export const MEASURE_AFTER_FRACTION = /^(?:参数|參數|算力|成本|价格|價格|功耗|能耗|体积|體積|显存|顯存)/;

/** 1/4, -3/2, 1 4/3 (mixed): integers around a slash, not followed by another slash (2023/7/6) or a unit (3/15美元 is a pair). */
function readSlash(text: string, pos: number, m: Magnitude, opts: ReadOptions): NumeralToken | undefined {
  if (m.chinese || m.scaled || m.decimal || m.syms.length !== 1) return undefined;
  let at = m.end;
  let whole = 0;
  // mixed: 1 3/5
  if (text[at] === ' ' && /^\d+\/\d/.test(text.slice(at + 1, at + 12))) {
    whole = m.value;
    at += 1;
    const a = readArabic(text, at, () => false);
    if (!a || !a.integer) return undefined;
    return slashAt(text, pos, a.end, a.value, whole, opts);
  }
  return slashAt(text, pos, at, m.value, 0, opts);
}

function slashAt(text: string, start: number, at: number, numerator: number, whole: number, opts: ReadOptions): NumeralToken | undefined {
  if (text[at] !== '/' || text[start - 1] === '/') return undefined;
  const d = readArabic(text, at + 1, () => false);
  if (!d || !d.integer || !d.value || text[d.end] === '/' || text[d.end] === '.' && isDigit(text[d.end + 1])) return undefined;
  // (a measure noun is no unit of a pair: 以1/20参数比肩R1 is a twentieth of the parameters)
  if ((matchUnit(text, d.end) && !MEASURE_AFTER_FRACTION.test(text.slice(d.end, d.end + 2))) || text[d.end] in BIG_SCALES || text[d.end] in SMALL_SCALES) return undefined;
  if (isLatinLetter(text[d.end])) return undefined;
  void opts;
  return { start, end: d.end, value: tidy(whole + numerator / d.value), fraction: true, slash: true, chinese: false, scaled: false, decimal: true };
}

// ---- scanning --------------------------------------------------------------------------------

/** Where a numeral may start, by character code (a table lookup per character: faster than a regex jump over CJK text). */
const NUMERAL_START = new Uint8Array(0x10000);
for (const c of '0123456789零〇○一二两俩三四五六七八九十百千万亿兆几数半壹贰叁参肆伍陆柒捌玖拾佰仟负') NUMERAL_START[c.charCodeAt(0)] = 1;

/**
 * Every numeral in normalised text, left to right, none overlapping. `skip` (entity names,
 * sorted by start): no numeral starts inside them.
 */
export function scanNumerals(text: string, opts: ReadOptions = {}, skip: ReadonlyArray<{ start: number; end: number }> = []): NumeralToken[] {
  const out: NumeralToken[] = [];
  let i = 0;
  let k = 0;
  while (i < text.length) {
    while (i < text.length && !NUMERAL_START[text.charCodeAt(i)]) i++;
    if (i >= text.length) break;
    // a sign or a decimal point right before the first digit belongs to the numeral (-3.2, .5, -.5)
    if (isDigit(text[i]) && !isDigit(text[i - 1]) && i > (out.at(-1)?.end ?? 0)) {
      let s = i;
      if (text[s - 1] === '.' && !isDigit(text[s - 2]) && text[s - 2] !== '.') s--;
      if ((text[s - 1] === '-' || text[s - 1] === '−' || text[s - 1] === '+') && s - 1 >= (out.at(-1)?.end ?? 0) && signMayStart(text, s - 1)) s--;
      if (s < i) {
        const signed = readNumeral(text, s, opts);
        if (signed && signed.end > i) { out.push(signed); i = signed.end; continue; }
      }
    }
    while (k < skip.length && skip[k].end <= i) k++;
    if (k < skip.length && skip[k].start <= i) { i = skip[k].end; continue; }
    // inside a run of digits or a decimal (x.5 of v1.5): not a start
    const before = text[i - 1];
    if (isDigit(text[i]) && (isDigit(before) || (before === '.' && isDigit(text[i - 2])))) { i++; continue; }
    if (text[i] === '.' && isDigit(before)) { i++; continue; }
    // 数 and 几 begin a numeral only before a scale word, as the grammar reads them: 数据, 参数, 几乎 go no further
    if ((text[i] === '数' || text[i] === '几') && !fewBeginsNumeral(text, i)) { i++; continue; }
    const tok = loneDigit(text, i) ?? plainArabic(text, i, opts) ?? readNumeral(text, i, opts);
    if (tok && tok.end > i) {
      out.push(tok);
      i = tok.end;
    } else {
      i++;
    }
  }
  // 打对折: the one percentage that starts with a word, not a numeral
  if (text.includes('打对折')) {
    for (let at = text.indexOf('打对折'); at >= 0; at = text.indexOf('打对折', at + 3)) {
      const half = readHalf(text, at + 1);
      if (half && !out.some((t) => t.start < half.end && half.start < t.end)) out.push(half);
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * What makes a word with 数 before it (参数, 函数, 总数 …): 参数千亿级 is 千亿级, not 数千亿 (several hundred billion).
 * (not a measure word: 新一轮数亿元, 每人数千元 are several)
 */
const WORD_BEFORE_SHU = new Set('参函指系分总位字件户页帧核票岁倍基多少半无整变常算');

/** Whether 数 or 几 at i can begin a numeral (数百, 几十, 几个亿): lex takes it as a digit only there. */
function fewBeginsNumeral(text: string, i: number): boolean {
  const next = text[i + 1];
  if (text[i] === '数' && WORD_BEFORE_SHU.has(text[i - 1])) return false;
  return next in SMALL_SCALES || next in BIG_SCALES || (text[i] === '几' && text.startsWith('个亿', i + 1));
}

/** What may follow a Chinese digit and change how it reads (一点五, 三成, 两个半亿, 三分之一, 十多万 …). */
const AFTER_DIGIT = new Set(['点', '多', '余', '来', '个', '又', '分', '成', '折', '几', '数']);

/**
 * The everyday case, read without the grammar: a single everyday Chinese digit that nothing
 * numeric follows (一个, 三类, 两家) — by far the most common start of a candidate in prose.
 */
function loneDigit(text: string, i: number): NumeralToken | undefined {
  const value = LONE_DIGIT_VALUE[text.charCodeAt(i)];
  if (!value) return undefined;
  const next = text[i + 1];
  if (next !== undefined && (isCnNumeralChar(next) || isDigit(next) || AFTER_DIGIT.has(next) || next === ' ')) return undefined;
  if (value === 1 && text[i] === '一' && next === '半') return undefined;
  return { start: i, end: i + 1, value, chinese: true, scaled: false, decimal: false };
}

/** The value of an everyday Chinese digit other than zero by its code (0 for any other code), read without making a string of it. */
const LONE_DIGIT_VALUE = new Uint8Array(0x10000);
for (const [ch, v] of Object.entries(CN_DIGITS)) if (!FINANCIAL_DIGITS.has(ch) && v !== 0) LONE_DIGIT_VALUE[ch.charCodeAt(0)] = v;

/** What may follow Arabic digits and change how they read (scale words, 多/余, 成/折, fractions, K/M/B/T). */
const AFTER_ARABIC = /[十百千万亿兆拾佰仟多余分成折又/ KkMBTeE^个w]/;

/** The everyday case for Arabic digits: 2024, 3.5, 1,024 with nothing after them that the grammar reads. */
function plainArabic(text: string, i: number, opts: ReadOptions): NumeralToken | undefined {
  if (!isDigit(text[i])) return undefined;
  const a = readArabic(text, i, opts.commaOk ?? (() => true));
  if (!a || !a.integer && !a.decimal) return undefined;
  const next = text[a.end];
  if (next !== undefined && AFTER_ARABIC.test(next)) return undefined;
  return { start: i, end: a.end, value: a.value, chinese: false, scaled: false, decimal: a.decimal };
}

/** A period named after 每 or / in a rate (每天, /月): the canonical time unit, or undefined. */
const PERIODS_LONGEST_FIRST = Object.entries(PERIODS).sort((a, b) => b[0].length - a[0].length);

export function periodAt(text: string, pos: number): { unit: string; length: number } | undefined {
  for (const [w, unit] of PERIODS_LONGEST_FIRST) {
    if (text.startsWith(w, pos)) return { unit, length: w.length };
  }
  return undefined;
}
