// Markdown read by a CommonMark parser (micromark's events, each with its offsets; GFM tables
// and YAML front matter): what is not prose (code of every kind, HTML tags, link destinations,
// definitions, front matter) and the structure (headings, tables).
//
// The parser takes about a second for a 1 MB document, far more than a keystroke may cost, so
// the text is cut into top-level segments at blank lines that no Markdown construct continues
// across (segmentStarts). A segment is parsed only when it holds syntax that matters here, and
// the next reading of the same document reuses every segment whose text is unchanged.
import { parse, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { unchangedMatcher } from './reuse.ts';
import { PAUSE_EVERY, runSteps, type Steps } from './steps.ts';
import { extendHeader, pipeCells, type Table } from './structure.ts';

export type Range = readonly [number, number];

export interface MarkdownHeading {
  /** 1–6. */
  level: number;
  /** The heading's lines (a setext heading's underline included). */
  start: number;
  end: number;
  /** Its text, without the # marks. */
  titleStart: number;
  titleEnd: number;
}

interface Found {
  hidden: Range[];
  headings: MarkdownHeading[];
  tables: Table[];
}

export interface MarkdownReading extends Readonly<Found> {
  /** Each segment's text (the first one marked, as only it may open with front matter), for reuse. */
  readonly keys: readonly string[];
  /** Each segment's findings, offsets relative to the segment. */
  readonly parts: readonly Found[];
}

/** Syntax that can hide text or make structure; a segment without any is one or more plain paragraphs. */
const NEEDS_PARSER = /[`<[|\\\t]|~~~|^ {0,3}#|^ {4}|^ {0,3}(?:=+|-+)[ \t]*$/m;

/** Parsed text between two pauses of readMarkdown. */
const CHARS_PER_STEP = 20_000;

/**
 * Read a Markdown document, reusing the segments of a previous reading of it. A generator that
 * pauses (yield) now and then, so that a huge document's first reading can be spread out.
 */
export function* readMarkdown(text: string, previous?: MarkdownReading): Steps<MarkdownReading> {
  const starts = yield* segmentStartsInSteps(text);
  const keys: string[] = [];
  for (let i = 0; i < starts.length; i++) {
    keys.push((i === 0 ? '\0' : '') + text.slice(starts[i], starts[i + 1] ?? text.length));
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
  }
  yield;
  const reuse = previous ? unchangedMatcher(previous.keys, keys) : () => -1;
  const parts: Found[] = [];
  const all: Found = { hidden: [], headings: [], tables: [] };
  let parsed = 0;
  for (let i = 0; i < starts.length; i++) {
    const was = reuse(i);
    let part: Found;
    if (was >= 0) part = previous!.parts[was];
    else {
      const source = i === 0 ? keys[i].slice(1) : keys[i];
      part = readSegment(source, i === 0);
      parsed += source.length;
      if (parsed >= CHARS_PER_STEP) { parsed = 0; yield; }
    }
    parts.push(part);
    shiftInto(all, part, starts[i], text);
    if (i % (PAUSE_EVERY / 4) === 0) yield;
  }
  return { ...all, keys, parts };
}

/** readMarkdown without pauses. */
export function readMarkdownNow(text: string, previous?: MarkdownReading): MarkdownReading {
  return runSteps(readMarkdown(text, previous));
}

function shiftInto(all: Found, part: Found, by: number, text: string) {
  for (const [s, e] of part.hidden) all.hidden.push([s + by, e + by]);
  for (const h of part.headings) all.headings.push({ level: h.level, start: h.start + by, end: h.end + by, titleStart: h.titleStart + by, titleEnd: h.titleEnd + by });
  for (const t of part.tables) {
    all.tables.push({
      start: t.start + by,
      end: t.end + by,
      rows: t.rows.map((r) => ({
        start: r.start + by, end: r.end + by, header: r.header,
        cells: r.cells.map((c) => ({ start: c.start + by, end: c.end + by, text: text.slice(c.start + by, c.end + by), column: c.column })),
      })),
    });
  }
}

/** The whole document in one parse: what the segmented reading must equal (for tests). */
export function readMarkdownWhole(text: string): Readonly<Found> {
  return readSegment(text, true);
}

function readSegment(source: string, first: boolean): Found {
  const found: Found = { hidden: [], headings: [], tables: [] };
  if (!NEEDS_PARSER.test(source)) return found;
  // a parser per segment: its state (definitions, lazy lines) belongs to one text
  const parser = parse({ extensions: first ? [gfmTable(), frontmatter()] : [gfmTable()] });
  const events = postprocess(parser.document().write(preprocess()(source, undefined, true)));
  let heading: MarkdownHeading | undefined;
  let table: Table | undefined;
  for (const [kind, token] of events) {
    if (kind !== 'enter') continue;
    const s = token.start.offset, e = token.end.offset;
    switch (token.type as string) { // front matter adds the type yaml
      case 'yaml': // front matter
      case 'codeFenced':
      case 'codeIndented':
      case 'codeText':
      case 'definition': // [label]: destination "title"
      case 'resource': // the (destination "title") of a link or an image; its text stays prose
      case 'autolink': // <https://…>
        found.hidden.push([s, e]);
        break;
      case 'htmlFlow':
      case 'htmlText':
        hideHtml(source, s, e, found.hidden);
        break;
      case 'atxHeading':
      case 'setextHeading':
        found.headings.push((heading = { level: 0, start: s, end: e, titleStart: e, titleEnd: e }));
        break;
      case 'atxHeadingSequence':
        if (heading && !heading.level) heading.level = e - s;
        break;
      case 'setextHeadingLineSequence':
        if (heading) heading.level = source[s] === '=' ? 1 : 2;
        break;
      case 'atxHeadingText':
      case 'setextHeadingText':
        if (heading) { heading.titleStart = s; heading.titleEnd = e; }
        break;
      case 'table':
        found.tables.push((table = { start: s, end: e, rows: [] }));
        break;
      case 'tableRow':
        table?.rows.push({ start: s, end: e, header: table.rows.length === 0, cells: [] }); // a GFM table's first row is its head
        break;
      case 'tableHeader':
      case 'tableData': {
        const row = table?.rows[table.rows.length - 1];
        if (row) row.cells.push({ ...pipeCells(source, s, e)[0], column: row.cells.length });
        break;
      }
    }
  }
  for (const t of found.tables) extendHeader(t.rows);
  return found;
}

/** Raw HTML: tags, comments and the contents of script, style, pre and textarea are hidden; text between tags stays prose. */
const HTML_HIDDEN = /<!--[\s\S]*?(?:-->|$)|<(script|style|pre|textarea)\b[\s\S]*?(?:<\/\1\s*>|$)|<\?[\s\S]*?(?:\?>|$)|<![\s\S]*?(?:>|$)|<\/?[A-Za-z][^>]*>?/gi;

function hideHtml(source: string, s: number, e: number, hidden: Range[]) {
  const html = source.slice(s, e);
  for (const m of html.matchAll(HTML_HIDDEN)) hidden.push([s + m.index!, s + m.index! + m[0].length]);
}

const FENCE_OPEN = /^(`{3,})(?!.*`)|^(~{3,})/;
/** List markers and block-quote markers in front of a fence (`- ```js`, `> ~~~`). */
const CONTAINER_MARKS = /^(?:[ \t]{0,3}(?:>[ \t]?|(?:[-+*]|\d{1,9}[.)])[ \t]+))*[ \t]{0,3}/;
const HTML_BLOCKS: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/**
 * Where top-level segments start: after a blank line, at a line indented less than four columns
 * (so not the continuation of indented code), outside fenced code, outside the HTML blocks that
 * run past blank lines, and not in front matter. Whatever follows such a line break parses the
 * same alone as in the whole document, for what is read here (hidden text, headings, tables).
 */
export function segmentStarts(text: string): number[] {
  return runSteps(segmentStartsInSteps(text));
}

function* segmentStartsInSteps(text: string): Steps<number[]> {
  const starts = [0];
  let lines = 0;
  let pos = 0;
  let blankBefore = false;
  let fence: RegExp | undefined;
  let htmlEnd: RegExp | undefined;
  if (/^---[ \t]*\r?\n/.test(text)) {
    // front matter: up to its closing line
    const close = /\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
    if (close) pos = close.index + close[0].length;
  }
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, text[nl - 1] === '\r' ? nl - 1 : nl);
    if (fence) {
      if (fence.test(line)) fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else if (/^[ \t]*$/.test(line)) {
      blankBefore = true;
    } else {
      if (blankBefore && /^ {0,3}[^ \t]/.test(line)) starts.push(pos);
      blankBefore = false;
      const inner = line.slice(CONTAINER_MARKS.exec(line)![0].length);
      const open = FENCE_OPEN.exec(inner);
      if (open) {
        const marks = open[1] ?? open[2];
        fence = new RegExp(`^[ \\t]*${marks[0] === '`' ? '`' : '~'}{${marks.length},}[ \\t]*$`);
      } else {
        for (const [begin, end] of HTML_BLOCKS) {
          if (begin.test(line)) {
            if (!end.test(line.slice(line.indexOf('<') + 2))) htmlEnd = end;
            break;
          }
        }
      }
    }
    pos = nl + 1;
    if (++lines % PAUSE_EVERY === 0) yield;
  }
  return starts;
}
