// The numeral grammar's vocabulary, as data: which character plays which part in a number.
// The reader (numerals.ts) works on normalised text, so traditional forms arrive simplified
// (萬→万, 億→亿, 兩→两, 點→点, 負→负, 幾→几, 貳→贰, 陸→陆) and full-width digits half-width.

/**
 * Chinese digits, everyday and financial (大写). 两 and 俩 are 2 before a scale word, never as a last digit.
 * 参 is the traditional financial 3 (參拾) as normalised; like the other financial digits it counts only inside a longer numeral.
 */
export const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 俩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 参: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};

/** Financial digits are also everyday words (陆地, 队伍, 放肆): they count only inside a longer numeral. */
export const FINANCIAL_DIGITS = new Set(['壹', '贰', '叁', '参', '肆', '伍', '陆', '柒', '捌', '玖', '拾', '佰', '仟']);

/** Scale words inside a section (below 万). */
export const SMALL_SCALES: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/**
 * Scale words that close a section. 兆 is 10¹² as a count (Taiwan usage, 三兆五千億元) and the
 * SI prefix 10⁶ before a unit (兆瓦, 兆字节); the reader decides which (see numerals.ts).
 */
export const BIG_SCALES: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 兆: 1e12 };

/** 兆 as the SI prefix mega. */
export const MEGA = 1e6;

/** English scale letters attached to Arabic digits (70B, 1.5T, 128K, 12k). */
export const LATIN_SCALES: Readonly<Record<string, number>> = { K: 1e3, k: 1e3, M: 1e6, B: 1e9, T: 1e12 };
/** Scales said in English words after digits, as a bilingual release or a translated story writes them ($40 billion, US$500bn). */
export const ENGLISH_SCALE_WORDS: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };

/** Words that open a percentage or a permille: 百分之三 = 3 %, 千分之五 = 0.5 %, 万分之三 = 0.03 %. */
export const PERCENT_HEADS: ReadonlyArray<readonly [string, number]> = [
  ['百分之', 1], ['佰分之', 1], ['千分之', 0.1], ['仟分之', 0.1], ['万分之', 0.01],
];

/** Digits after 点 (两 is never a decimal digit: 两百点两 is not 200.2). */
export const DECIMAL_DIGITS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(CN_DIGITS).filter(([ch]) => ch !== '两' && ch !== '俩'),
);

/** Adjacent digits read as a range (两三年, 三五成, 二三十个): ascending neighbours, and 三五. */
export const RANGE_PAIRS = new Set(['12', '23', '34', '45', '56', '67', '78', '89', '35']);

/** Open bounds inside a numeral: 十多万, 500余万, 二十几万 (几 stands for a digit), 数百, 十来个. */
export const OPEN_MARKERS = new Set(['多', '余', '来']);

/** Signs before a number. 下降 and 减少 are not signs: the change is stated as a positive number. */
export const SIGNS: ReadonlyArray<readonly [string, number]> = [['零下', -1], ['负', -1], ['-', -1], ['−', -1], ['+', 1]];

/** What 成 and 折 may not be followed by when they are part of a word, not a percentage (成为, 折叠屏). */
export const CHENG_WORD = /^成(?:为|功|立|本|果|绩|就|长|熟|型|交|效|了|都|品|分|像|批|套|千|百|万|亿)/;
export const ZHE_WORD = /^折(?:叠|合|算|旧|线|射|腾|中|返|成|现|价|损|服|纸|页)/;
