// Parts of a document that are not prose: what the Markdown reading (./markdown.ts) hides, code
// fences pasted into plain text, and URLs anywhere. They are blanked out with spaces (same
// length, line breaks kept) so nothing is recognised inside them and every offset stays valid.

import { PAUSE_EVERY, runSteps, type Steps } from './steps.ts';

const URL = /\b(?:https?|ftp):\/\/[^\s<>()"'，。；：！？、）】」]+|\bwww\.[A-Za-z0-9-]+\.[^\s<>()"'，。；：！？、）】」]+/g;

/**
 * The document-wide part: what a Markdown reading hides (code, HTML tags, link destinations,
 * definitions, front matter); in plain text, closed code fences (Markdown pasted into .txt).
 */
export function maskNonProse(text: string, markdown?: { hidden: ReadonlyArray<readonly [number, number]> }): string {
  return runSteps(maskNonProseInSteps(text, markdown));
}

/** maskNonProse, pausing every few thousand ranges (a huge Markdown document). */
export function* maskNonProseInSteps(text: string, markdown?: { hidden: ReadonlyArray<readonly [number, number]> }): Steps<string> {
  if (markdown) return yield* blankRanges(text, markdown.hidden);
  const front = text.startsWith('---') ? FRONT_MATTER.exec(text.slice(0, 20_000)) : null;
  if (!front && !/^[ \t]*(```|~~~)/m.test(text)) return text;
  const ranges: Array<readonly [number, number]> = front ? [[0, front[0].length]] : [];
  maskFences(text, (from, to) => { if (to > from) ranges.push([from, to]); });
  return yield* blankRanges(text, ranges);
}

/** A model card's or a post's YAML front matter at a plain text's start (---, key: value lines and lists, ---). */
const FRONT_MATTER = /^---[ \t]*\r?\n[\w-]+[ \t]*:.*\r?\n(?:(?:[\w-]+[ \t]*:.*|[ \t]*-[ \t].*|[ \t]+\S.*|[ \t]*#.*|[ \t]*)\r?\n){0,200}?(?:---|\.\.\.)[ \t]*(?=\r?\n|$)/;

/**
 * What links elsewhere, never spanning lines: URLs, and a web page's sharing bar (分享到： Facebook LINE
 * 複製連結), whose names are buttons, not mentions. Masked block by block (and so cached with the block).
 */
export function maskLinks(text: string): string {
  const urls = text.includes('://') || text.includes('www.');
  const share = text.includes('分享') || /share/i.test(text);
  if (!urls && !share) return text;
  const ranges: Array<[number, number]> = [];
  if (urls) for (const m of text.matchAll(URL)) ranges.push([m.index!, m.index! + m[0].length]);
  if (share) for (const m of text.matchAll(SHARE_BAR)) ranges.push([m.index!, m.index! + m[0].length]);
  return runSteps(blankRanges(text, ranges.sort((a, b) => a[0] - b[0])));
}

/** A sharing bar's line: 分享到：, 分享至, Share:, 【分享】 and the buttons after it (a short line). */
const SHARE_BAR = /^[ \t]*[【\[]?(?:分享到|分享至|分享|Share(?: to| on)?)\s*(?:[:：]|[】\]])[^\n]{0,60}$/gim;

function* blankRanges(text: string, given: ReadonlyArray<readonly [number, number]>): Steps<string> {
  if (!given.length) return text;
  // ranges come in document order as a rule: sorting hundreds of thousands of them would run in one piece
  let ordered = true;
  for (let i = 1; i < given.length && ordered; i++) {
    ordered = given[i - 1][0] <= given[i][0];
    if (i % (PAUSE_EVERY * 8) === 0) yield;
  }
  const ranges = ordered ? given : [...given].sort((a, b) => a[0] - b[0]);
  // rebuild from slices: blanks where masked, line breaks kept
  const parts: string[] = [];
  let pos = 0;
  for (let i = 0; i < ranges.length; i++) {
    const [from, to] = ranges[i];
    if (to <= pos) continue;
    const s = Math.max(from, pos);
    parts.push(text.slice(pos, s), blanks(text, s, to));
    pos = to;
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
  }
  parts.push(text.slice(pos));
  yield;
  // one string of the whole text (about a tenth of a second for 20 MB, the one piece left whole here)
  return parts.join('');
}

/** Spaces for text[from, to), its line breaks kept. */
function blanks(text: string, from: number, to: number): string {
  let out = '';
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    out += ' '.repeat(i - start) + text[i];
    start = i + 1;
  }
  return out + ' '.repeat(to - start);
}

/**
 * Closed code fences of a plain text: a stray ``` in a pasted snippet hides nothing else. A fence without a
 * language that holds a table of figures and no code (a forum post's bill: 模型  输入(百万tok)  费用(元) / deepseek-chat
 * 182.4  47.31) is data: only its fence lines are hidden.
 */
function maskFences(text: string, mask: (from: number, to: number) => void) {
  let offset = 0;
  let fence: string | undefined;
  let fenceStart = 0;
  let openerEnd = 0;
  let plain = false;
  let lines: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trimStart();
    const opener = /^(`{3,}|~{3,})\s*([\w+-]*)/.exec(trimmed);
    if (!fence && opener) {
      fence = opener[1][0].repeat(opener[1].length);
      fenceStart = offset;
      openerEnd = offset + line.length;
      plain = PLAIN_FENCE.test(opener[2]);
      lines = [];
    } else if (fence && trimmed.startsWith(fence) && /^[`~]+\s*$/.test(trimmed)) {
      if (plain && tableOfFigures(lines)) {
        mask(fenceStart, openerEnd);
        mask(offset, offset + line.length);
      } else mask(fenceStart, offset + line.length);
      fence = undefined;
    } else if (fence) lines.push(line);
    offset += line.length + 1;
  }
}

/** A fence's language that says no code: none, text, a table's. */
const PLAIN_FENCE = /^(?:|text|txt|plain|plaintext|csv|tsv|table)$/i;
/** A line of code: an assignment, a statement's end or a block, a keyword, a comment. */
const CODE_LINE = /[=;{}<>]|\b(?:def|import|from|print|return|const|let|var|function|class|for|while|if|else|curl|pip|npm)\b|^\s*(?:#|\/\/|\$ )/;
/** Whether a fence's lines are rows of a table of figures: two or more aligned rows with numbers, no code. */
function tableOfFigures(lines: readonly string[]): boolean {
  const rows = lines.filter((l) => l.trim());
  return rows.length >= 2 && !rows.some((l) => CODE_LINE.test(l)) && rows.filter((l) => /\S(?: {2,}|\t)\S/.test(l) && /\d/.test(l)).length >= 2;
}
