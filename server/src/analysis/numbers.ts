// Numerals in normalised text: Arabic digits with Chinese or English scale words
// (3万亿, 1.2万, 1,024, 70B), Chinese numerals (两千, 三千五, 五亿零六, 千亿, 数十),
// percent phrases (百分之三十, 三成) and adjacent-numeral ranges (两三年).

export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** Both ends of an adjacent-numeral range such as 两三 (2–3). */
  range?: [number, number];
  /** 数十, 几百, 十几, 500多亿: an open bound above the value. */
  openAbove?: boolean;
  /** A percentage already (百分之三十, 三成): the value is in percent. */
  percent?: boolean;
  /** Written with Chinese numerals only. */
  chinese: boolean;
  /** Carries a scale word (万, 亿, 千, 百 … or K/M/B/T). */
  scaled: boolean;
  /** An English scale letter was read (70B, 1.5T, 128K). */
  latinScale?: 'K' | 'M' | 'B' | 'T';
  /** Written as an Arabic decimal (1.1, 99.99). */
  decimal: boolean;
  /** 三分之一: the value is the ratio. */
  fraction?: boolean;
}

const CN_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8, 兆: 1e12 };

/** Scale words after Arabic digits, longest first. */
const ARABIC_SCALES: Array<[string, number]> = [
  ['万亿', 1e12], ['千亿', 1e11], ['百亿', 1e10], ['十亿', 1e9], ['亿', 1e8],
  ['千万', 1e7], ['百万', 1e6], ['十万', 1e5], ['万', 1e4], ['千', 1e3], ['百', 1e2], ['兆', 1e12],
];

const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isLatinLetter = (ch: string | undefined) => ch !== undefined && /[A-Za-z]/.test(ch);

/** Fix float noise from scaling (1.2 × 1e4 = 12000.000000000002). */
export function tidy(n: number): number {
  if (!Number.isFinite(n) || (Number.isInteger(n) && Math.abs(n) < 1e15)) return n;
  return Number.parseFloat(n.toPrecision(12));
}

interface ChineseParse { value: number; openAbove: boolean; range?: [number, number]; scaled: boolean }

/** Parse a run of Chinese numeral characters; undefined if the run is not a well-formed number. */
export function parseChineseNumeral(s: string): ChineseParse | undefined {
  if (!s) return undefined;
  let openAbove = false;
  let body = s;
  if (body[0] === '数' || body[0] === '几') {
    openAbove = true;
    body = body.slice(1);
    if (!body || !(body[0] in CN_SMALL_UNIT || body[0] in CN_BIG_UNIT)) return undefined;
    body = '一' + body;
  }
  // 十几, 二十几: "几" as the last digit is an open bound
  if (body.endsWith('几') && body.length > 1) {
    openAbove = true;
    body = body.slice(0, -1);
  }
  if (body.includes('几') || body.includes('数')) return undefined;

  // adjacent numerals as a range: 两三, 三四, 一两, 三五
  if (body.length === 2 && body[0] in CN_DIGIT && body[1] in CN_DIGIT) {
    const a = CN_DIGIT[body[0]], b = CN_DIGIT[body[1]];
    const pairs = new Set(['12', '23', '34', '45', '56', '67', '78', '89', '35']);
    if (pairs.has(`${a}${b}`)) return { value: a, range: [a, b], openAbove, scaled: false };
    return undefined;
  }
  // digit strings such as 二〇二三 (years): not a quantity
  if (body.length > 1 && [...body].every((c) => c in CN_DIGIT)) return undefined;

  let [intPart, fracPart] = body.split('点');
  if (body.split('点').length > 2) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastUnit = 0;
  let zeroSeen = false;
  let scaled = false;
  for (let i = 0; i < intPart.length; i++) {
    const ch = intPart[i];
    if (ch in CN_DIGIT) {
      if (digit !== undefined && CN_DIGIT[ch] !== 0) return undefined; // 三四五 without units
      if (CN_DIGIT[ch] === 0) { zeroSeen = true; digit = undefined; continue; }
      digit = CN_DIGIT[ch];
    } else if (ch in CN_SMALL_UNIT) {
      const unit = CN_SMALL_UNIT[ch];
      if (unit !== 10) scaled = true;
      section += (digit ?? 1) * unit;
      digit = undefined;
      lastUnit = unit;
      zeroSeen = false;
    } else if (ch in CN_BIG_UNIT) {
      scaled = true;
      let unit = CN_BIG_UNIT[ch];
      if (ch === '万' && intPart[i + 1] === '亿') { unit = 1e12; i++; }
      const sec = section + (digit ?? 0);
      if (unit >= 1e8) {
        total = (total + (sec || (total ? 0 : 1))) * unit;
      } else {
        total += (sec || 1) * unit;
      }
      section = 0;
      digit = undefined;
      lastUnit = unit;
      zeroSeen = false;
    } else {
      return undefined;
    }
  }
  if (digit !== undefined) {
    // elliptical tail: 三千五 = 3500, 两万五 = 25000, 一百二 = 120
    if (!zeroSeen && lastUnit >= 100) section += digit * (lastUnit / 10);
    else section += digit;
  }
  let value = total + section;
  if (fracPart !== undefined) {
    if (!fracPart || ![...fracPart].every((c) => c in CN_DIGIT)) return undefined;
    if (lastUnit > 1) return undefined; // 三万点五 is not a number
    value += Number.parseFloat('0.' + [...fracPart].map((c) => CN_DIGIT[c]).join(''));
  }
  return { value: tidy(value), openAbove, scaled };
}

const CN_NUMERAL_RUN = /[零〇一二两三四五六七八九十百千万亿兆几数点]+/y;
const ARABIC_RUN = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/y;

/**
 * Scan normalised text for number tokens.
 * `thousandsCommaOk(i)` says whether the comma at normalised offset i may be a thousands separator
 * (a full-width ，in the original is a list separator, never inside a number).
 */
/** Where a number may start: jump there with one regex search instead of testing every character. */
const NUMBER_START = /[0-9零〇一二两三四五六七八九十百千万亿兆几数半]/g;

export function scanNumbers(
  text: string,
  thousandsCommaOk: (i: number) => boolean = () => true,
  /** Spans to skip (entity names), sorted by start: no number starts inside them. */
  skip: ReadonlyArray<{ start: number; end: number }> = [],
): NumberToken[] {
  const out: NumberToken[] = [];
  let i = 0;
  let k = 0;
  while (i < text.length) {
    NUMBER_START.lastIndex = i;
    const found = NUMBER_START.exec(text);
    if (!found) break;
    i = found.index;
    while (k < skip.length && skip[k].end <= i) k++;
    if (k < skip.length && skip[k].start <= i) { i = skip[k].end; continue; }
    const c = text.charCodeAt(i);
    if (isDigitCode(c)) {
      const tok = readArabic(text, i, thousandsCommaOk);
      out.push(tok);
      i = tok.end;
      continue;
    }
    // 一半, 半数: half, as a percentage
    if ((text[i] === '一' && text[i + 1] === '半' && text[i + 2] !== '天') || (text[i] === '半' && text[i + 1] === '数')) {
      out.push({ start: i, end: i + 2, value: 50, percent: true, chinese: true, scaled: false, decimal: false });
      i += 2;
      continue;
    }
    // 三分之一, 十分之一: a fraction (百分之 is a percentage, below)
    const fraction = (text[i + 1] === '分' || text[i + 2] === '分') ? /^([一二两三四五六七八九十]{1,2})分之([一二三四五六七八九十]{1,2})/.exec(text.slice(i, i + 8)) : null;
    if (fraction && !text.startsWith('百分之', i)) {
      const d = parseChineseNumeral(fraction[1])?.value, n = parseChineseNumeral(fraction[2])?.value;
      if (d && n !== undefined && n < d) {
        out.push({ start: i, end: i + fraction[0].length, value: tidy(n / d), chinese: true, scaled: true, decimal: true, fraction: true });
        i += fraction[0].length;
        continue;
      }
    }
    if (text[i] === '百' && text.startsWith('百分之', i)) {
      const tok = readPercentPhrase(text, i);
      if (tok) { out.push(tok); i = tok.end; continue; }
    }
    if (text[i] in CN_DIGIT || text[i] in CN_SMALL_UNIT || text[i] in CN_BIG_UNIT || text[i] === '数' || text[i] === '几') {
      const tok = readChinese(text, i);
      if (tok) { out.push(tok); i = tok.end; continue; }
    }
    i++;
  }
  return out;
}

function readArabic(text: string, start: number, commaOk: (i: number) => boolean): NumberToken {
  ARABIC_RUN.lastIndex = start;
  const m = ARABIC_RUN.exec(text)!;
  let intText = m[1];
  // a comma that was a full-width list separator ends the number
  if (intText.includes(',')) {
    let ok = true;
    for (let k = 0; k < intText.length; k++) if (intText[k] === ',' && !commaOk(start + k)) ok = false;
    if (!ok) intText = intText.slice(0, intText.indexOf(','));
  }
  let end = start + intText.length;
  let decimal = false;
  let numText = intText.replace(/,/g, '');
  if (intText === m[1] && m[2]) { numText += m[2]; end += m[2].length; decimal = true; }
  let value = Number.parseFloat(numText);
  let scaled = false;
  let openAbove = false;
  let latinScale: NumberToken['latinScale'];
  // 500多亿: 多 between the number and its scale word
  let k = end;
  if ((text[k] === '多' || text[k] === '余') && ARABIC_SCALES.some(([w]) => text.startsWith(w, k + 1))) {
    openAbove = true;
    k++;
  }
  const scale = ARABIC_SCALES.find(([w]) => text.startsWith(w, k));
  if (scale && !(scale[0] === '百' && text.startsWith('百分', k))) {
    value *= scale[1];
    scaled = true;
    end = k + scale[0].length;
  } else if (openAbove) {
    openAbove = false;
  } else {
    // English scale letters directly attached: 70B, 1.5T, 128K, 500M (not 6GB, 10MB, 5G)
    const letter = text[end];
    const next = text[end + 1];
    if (letter && 'KkMBT'.includes(letter) && !isLatinLetter(next) && !(next !== undefined && /\d/.test(next))) {
      const mult = { K: 1e3, k: 1e3, M: 1e6, B: 1e9, T: 1e12 }[letter]!;
      value *= mult;
      scaled = true;
      latinScale = (letter === 'k' ? 'K' : letter) as NumberToken['latinScale'];
      end += 1;
    }
  }
  return { start, end, value: tidy(value), chinese: false, scaled, decimal, openAbove: openAbove || undefined, latinScale };
}

function readChinese(text: string, start: number): NumberToken | undefined {
  CN_NUMERAL_RUN.lastIndex = start;
  const m = CN_NUMERAL_RUN.exec(text);
  if (!m) return undefined;
  let run = m[0];
  // trim trailing characters that cannot end a numeral (点 as in 三点 "three o'clock")
  while (run.length && (run.endsWith('点') || run.endsWith('数'))) run = run.slice(0, -1);
  // try the longest well-formed prefix
  for (let len = run.length; len >= 1; len--) {
    const piece = run.slice(0, len);
    const parsed = parseChineseNumeral(piece);
    if (parsed) {
      return {
        start, end: start + len, value: parsed.value, range: parsed.range,
        openAbove: parsed.openAbove || undefined, chinese: true, scaled: parsed.scaled, decimal: piece.includes('点'),
      };
    }
  }
  return undefined;
}

function readPercentPhrase(text: string, start: number): NumberToken | undefined {
  const after = start + 3;
  if (isDigitCode(text.charCodeAt(after))) {
    ARABIC_RUN.lastIndex = after;
    const m = ARABIC_RUN.exec(text)!;
    const numText = m[1].replace(/,/g, '') + (m[2] ?? '');
    return { start, end: after + m[0].length, value: tidy(Number.parseFloat(numText)), percent: true, chinese: false, scaled: false, decimal: !!m[2] };
  }
  const inner = readChinese(text, after);
  if (!inner) return undefined;
  return { ...inner, start, percent: true, chinese: true };
}
