// Sentence and clause boundaries in normalised text. A sentence ends at 。！？!?； outside
// quotation marks, so a quoted remark and the speaker named after it stay together. A line
// break inside a block is a soft wrap (blocks end at hard paragraph breaks), not a boundary,
// unless the next line opens a list's item (💰价格：…, - …, 1. …), which is a sentence of its own.

export interface Range { start: number; end: number }

const SENTENCE_END = new Set(['。', '!', '?', '！', '？', ';', '；']);
const CLAUSE_END = new Set([',', '，', ':', '：', '、']);
const OPEN_QUOTE = new Set(['“', '「', '『', '"']);
const CLOSE_QUOTE = new Set(['”', '」', '』']);

/** Only these characters matter; the scan jumps from one to the next. */
// (and a full stop with a space after it, which may end an English sentence: not every decimal point)
const SIGNIFICANT = /[。!?！？;；"“”「」『』\n]|\. /g;
/**
 * A list item's mark at a line's start: an emoji, a bullet, a number, a keycap digit (1️⃣); or a forum's reply line
 * (推 user: …, 噓 user: …, → user: …), each reply a remark of its own.
 */
const ITEM_MARK = /^[ \t]*(?:\d\uFE0F?\u20E3|\p{Extended_Pictographic}|[-*•·‧・◦○▪◆●■□▶►▸▹★☆◇◎✓✔☑➤➢✦❖]|(?:推|噓|嘘|→)\s*[\w.-]{2,20}\s*[:：]|\d{1,2}[.、)）]\s?\S|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、|[①-⑳])/u;

/** Who said a quote, right after it (他说, 张三表示, 该公司称): the quote and its speaker are one sentence. */
const SPEAKER_AFTER_QUOTE = /^[^，,。；;！？!?\n“”「」]{0,10}?(?:说|說|表示|称|稱|指出|透露|介绍|介紹|坦言|强调|強調|回忆|回憶|补充|補充|告诉|告訴|解释|解釋|写道|寫道|笑称|笑稱|感叹|感嘆|直言)/;

/** What opens the next sentence after an English full stop and a space: a capital, or a Chinese character. */
const ENGLISH_SENTENCE_START = /[A-Z\u4e00-\u9fff]/;
/** A word of English before the full stop: letters (a lower-case end, not an initial as in U.S. or e.g.) or a figure's end (36%, 2024). */
const ENGLISH_WORD_END = /(?:[a-z]{2}|[0-9%)])$/;
/** A field's label at a line's start (服务要求：, 中标产品：, 名称：). */
const FIELD_LABEL = /^[ \t]*[\u4e00-\u9fff]{2,6}[：:]/;

export function sentences(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  let depth = 0;
  let straightOpen = false;
  SIGNIFICANT.lastIndex = 0;
  for (let m; (m = SIGNIFICANT.exec(text)); ) {
    let i = m.index;
    const ch = text[i];
    if (ch === '"') { straightOpen = !straightOpen; continue; }
    // an English full stop: after a word and before the next sentence's capital (…monthly users. Read up to…), not a decimal point
    if (ch === '.') {
      if (depth === 0 && !straightOpen && ENGLISH_SENTENCE_START.test(text[i + 2] ?? '') && ENGLISH_WORD_END.test(text.slice(Math.max(0, i - 3), i))) {
        out.push({ start, end: i + 1 });
        start = i + 1;
      }
      continue;
    }
    if (ch === '\n') {
      // (a line that opens a list's item starts a sentence: the line before it ends one; so does a field's label line,
      // 服务要求：…, a notice's or a spec sheet's)
      if (depth === 0 && !straightOpen && i > start && (ITEM_MARK.test(text.slice(i + 1, i + 32)) || FIELD_LABEL.test(text.slice(i + 1, i + 12)))) {
        out.push({ start, end: i });
        start = i + 1;
      }
      continue;
    }
    if (OPEN_QUOTE.has(ch)) depth++;
    else if (CLOSE_QUOTE.has(ch)) {
      depth = Math.max(0, depth - 1);
      // “…价格。”据悉，本轮…: a quote that closes a full sentence ends it, unless its speaker is named right after (“…。”他说)
      if (depth === 0 && !straightOpen && SENTENCE_END.has(text[i - 1]) && !SPEAKER_AFTER_QUOTE.test(text.slice(i + 1, i + 16))) {
        out.push({ start, end: i + 1 });
        start = i + 1;
        SIGNIFICANT.lastIndex = i + 1;
      }
    }
    else if (SENTENCE_END.has(ch) && depth === 0 && !straightOpen) {
      // keep runs of closing punctuation (?!) in the sentence
      let end = i + 1;
      while (end < text.length && SENTENCE_END.has(text[end])) end++;
      if (end > start) out.push({ start, end });
      start = end;
      SIGNIFICANT.lastIndex = end;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** Clause boundaries: commas, colons and enumeration commas split a sentence further (not a comma grouping digits). */
export function clauseAround(text: string, sentence: Range, pos: number): Range {
  let s = pos;
  while (s > sentence.start && (!CLAUSE_END.has(text[s - 1]) || groupsDigits(text, s - 1))) s--;
  let e = pos;
  while (e < sentence.end && (!CLAUSE_END.has(text[e]) || groupsDigits(text, e)) && !SENTENCE_END.has(text[e])) e++;
  return { start: s, end: e };
}

/** Whether the comma at `i` groups a number's digits (6,710亿), no clause's end. */
export function groupsDigits(text: string, i: number): boolean {
  return text.charCodeAt(i) === 44 && isDigitAt(text, i - 1) && isDigitAt(text, i + 1) && isDigitAt(text, i + 2) && isDigitAt(text, i + 3) && !isDigitAt(text, i + 4);
}
const isDigitAt = (text: string, i: number) => { const c = text.charCodeAt(i); return c >= 48 && c <= 57; };

/** Sentence ends for a quick look around a place: full stops, semicolons and line breaks. */
export const STOPS_AND_SEMICOLONS: ReadonlySet<string> = new Set(['。', '!', '?', '！', '？', ';', '；', '\n']);
/** Full stops and line breaks only: clauses joined by ； stay together. */
export const FULL_STOPS: ReadonlySet<string> = new Set(['。', '!', '?', '！', '？', '\n']);

/**
 * The sentence around [start, end) without splitting the whole text first: back and on to one of `ends`,
 * at most `reach` characters either side (a quick look for a cue word, quotes not considered).
 */
export function sentenceAround(text: string, start: number, end = start, reach = 200, ends: ReadonlySet<string> = STOPS_AND_SEMICOLONS): Range {
  let s = start, e = end;
  const min = Math.max(0, start - reach), max = Math.min(text.length, end + reach);
  while (s > min && !ends.has(text[s - 1])) s--;
  while (e < max && !ends.has(text[e])) e++;
  return { start: s, end: e };
}

/** The text of sentenceAround: what a quick test for a cue word looks at. */
export function sentenceText(text: string, start: number, end = start, reach = 200, ends: ReadonlySet<string> = STOPS_AND_SEMICOLONS): string {
  const r = sentenceAround(text, start, end, reach, ends);
  return text.slice(r.start, r.end);
}

export function sentenceAt(list: Range[], pos: number): Range | undefined {
  let lo = 0, hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= pos) lo = mid + 1;
    else if (list[mid].start > pos) hi = mid - 1;
    else return list[mid];
  }
  return undefined;
}
