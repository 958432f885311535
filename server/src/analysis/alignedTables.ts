// Plain-text tables whose columns are aligned with spaces or tabs (a paper's results, a table
// copied from a web page or a PDF), read into the same structure as pipe tables, so that a figure
// in one gets its row's and column's headers:
//   模型                  MATH    GSM8K   HumanEval
//   Qwen2-7B-Instruct     49.6    85.7    79.9
// Two or more lines in a row with at least three cells separated by two spaces or a tab; the
// first of them is the header when it holds fewer numbers than the rows below it, and a header
// of several lines (years, then each column's unit) is placed over the columns it is drawn above.
import type { Table, TableCell, TableRow } from './structure.ts';

const GAP = /\t+| {2,}|\u3000+/g;
const NUMBER_CELL = /^[-+]?\d[\d.,]*\s*[%％]?$/;
/** A line drawn as a rule (------, ━━━━, ====). */
const RULE_LINE = /^[ \t\u3000]*[-─━═=＝_]{3,}[ \t\u3000]*$/;
/** A cell that is a figure with a unit, as the rows of a price list hold (24GB, 10.49 元/小时, 4,680.00 元/月). */
const FIGURE_CELL = /^[-+约約~]?\s*\d[\d.,]*\s*[^\d\s]{1,4}(?:\s*[/／]\s*\S{1,6})?$/;

export function alignedTables(prose: string): Table[] {
  // (a search for the gap's characters first: a whole document without one is not scanned by the pattern)
  if (!(prose.includes('  ') || prose.includes('\t') || prose.includes('\u3000')) || !/\S(?:\t+| {2,}|\u3000+)\S/.test(prose)) return [];
  const tables: Table[] = [];
  let run: TableRow[] = [];
  const close = () => {
    if (run.length >= 2) {
      const numbers = (r: TableRow) => r.cells.filter((c) => NUMBER_CELL.test(c.text)).length;
      // (a figure with its unit counts too: 24GB, 10.49 元/小时 — a priced table may hold no bare number)
      const figures = (r: TableRow) => r.cells.filter((c) => FIGURE_CELL.test(c.text)).length;
      // the header holds fewer numbers than the rows (it names the columns)
      // (or, holding no digit at all, it names the columns of rows whose values are written in words, 9萬8～11萬, NT$66,900)
      const digits = (r: TableRow) => r.cells.filter((c) => /\d/.test(c.text)).length;
      const header = numbers(run[0]) < Math.max(...run.slice(1).map(numbers)) || (!run.some((r) => numbers(r) > 0) && figures(run[0]) === 0 && run.slice(1).every((r) => figures(r) > 0)) ||
        (digits(run[0]) === 0 && run.slice(1).every((r) => digits(r) >= 2));
      run[0].header = header;
      // a header without a label over the first column: its cells name the columns after it
      if (header && run.slice(1).every((r) => r.cells.length === run[0].cells.length + 1)) {
        for (const c of run[0].cells) c.column++;
      } else if (header) placeHeaderRows(prose, run, numbers);
      // a table has numbers
      if (run.some((r) => numbers(r) > 0) || header) tables.push({ start: run[0].start, end: run[run.length - 1].end, rows: run });
    }
    run = [];
  };
  let pos = 0;
  while (pos <= prose.length) {
    let nl = prose.indexOf('\n', pos);
    if (nl < 0) nl = prose.length;
    const end = prose[nl - 1] === '\r' ? nl - 1 : nl;
    const cells = splitCells(prose, pos, end);
    // a pipe row belongs to the pipe-table reader; a line with a sentence in a cell is prose beside a page's buttons
    // (包月购买享8.5折，包年购买享七折。    [立即购买]  [联系销售])
    // (a label and one number, 研发投入合计　　492,724,093.25, makes a list of labelled values with the lines beside it
    // that are one too; never joined to a table of more columns)
    const pair = cells.length === 2 && LABELLED_VALUE_LINE.test(prose.slice(pos, end));
    // (a rule drawn under the header line, ------------, keeps the header with the rows below it)
    if (run.length === 1 && RULE_LINE.test(prose.slice(pos, end))) { pos = nl + 1; continue; }
    if (run.length && (pair !== (run[0].cells.length === 2))) close();
    if ((cells.length >= 3 || pair) && !/[|｜]/.test(prose.slice(pos, end)) && !cells.some(isSentence)) run.push({ start: pos, end, header: false, cells });
    else close();
    pos = nl + 1;
  }
  close();
  return tables;
}

/**
 * A line of a label and one number set off by a gap: 博士研究生　　87, 研发投入合计\t492,724,093.25, and (one gap after a
 * label's unit in brackets) 研发投入总额占营业收入比例（%）　38.30. The label holds no gap (a line of three columns is a
 * table's row). As written or normalised (ideographic spaces as spaces).
 */
export const LABELLED_VALUE_LINE = /^[ \t\u3000]*[^\s\d。！？!?，,](?:[^\s。！？!?，,]| (?! )){0,29}?(?: {2,}|\t|\u3000|(?<=[)）]) )[ \t\u3000]*[-+]?\d[\d.,]*%?[ \t\u3000]*$/;

/** A cell's text that is a sentence: longer than a label, with a sentence's end inside or after it. */
const isSentenceText = (cell: string) => cell.length > 12 && /[。！？!?]/.test(cell);
const isSentence = (c: TableCell) => isSentenceText(c.text);

/**
 * Whether the part of a line between gaps that holds [from, to) is a sentence (包月购买享8.5折，包年购买享七折。    [立即购买]):
 * prose beside a page's buttons, no table cell.
 */
export function inSentenceCell(line: string, from: number, to: number): boolean {
  let start = 0, end = line.length;
  GAP.lastIndex = 0;
  for (const m of line.matchAll(GAP)) {
    if (m.index! + m[0].length <= from) start = m.index! + m[0].length;
    else if (m.index! >= to) { end = m.index!; break; }
  }
  return isSentenceText(line.slice(start, end).trim());
}

/** How wide a character is drawn in a monospaced font: two columns for Chinese and full-width forms. */
const isWide = (ch: string) => /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch);
/** Where a text offset is drawn on its line, counting wide characters twice and a tab to the next multiple of eight. */
function drawnColumn(text: string, lineStart: number, offset: number): number {
  let x = 0;
  for (let i = lineStart; i < offset; i++) x = text[i] === '\t' ? (Math.floor(x / 8) + 1) * 8 : x + (isWide(text[i]) ? 2 : 1);
  return x;
}

/**
 * A header of several lines over rows with more cells (a filing's table: years over pairs of columns, then the unit of
 * each column, 人民幣千元 and %): its cells are placed over the columns they are drawn above (a year spanning two
 * columns heads both), and every such line is a header row.
 */
function placeHeaderRows(text: string, run: TableRow[], numbers: (r: TableRow) => number): void {
  const body = run.filter((r) => numbers(r) > 0);
  const width = Math.max(...body.map((r) => r.cells.length));
  const full = body.filter((r) => r.cells.length === width);
  const leading: TableRow[] = [];
  for (const r of run) { if (numbers(r) > 0) break; leading.push(r); }
  if (!full.length || leading.some((r) => r.cells.length >= width)) return;
  // each column's drawn extent over the full rows
  const extent = Array.from({ length: width }, () => [Infinity, -Infinity]);
  for (const r of full) for (const c of r.cells) {
    extent[c.column][0] = Math.min(extent[c.column][0], drawnColumn(text, r.start, c.start));
    extent[c.column][1] = Math.max(extent[c.column][1], drawnColumn(text, r.start, c.end));
  }
  const placements: TableCell[][] = [];
  for (const r of leading) {
    const under = r.cells.map((c) => columnsDrawnUnder(text, r.start, c, extent));
    // (a cell drawn a little over its neighbour's column, 人民幣千元 over the % beside it, heads only the columns no other
    // cell of its line heads alone)
    const alone = new Set(under.filter((ks) => ks.length === 1).map((ks) => ks[0]));
    const placed = r.cells.flatMap((c, i) => (under[i].length > 1 && under[i].some((k) => !alone.has(k)) ? under[i].filter((k) => !alone.has(k)) : under[i]).map((k) => ({ ...c, column: k })));
    // (two cells over one column: the drawing is not a grid, keep the cells in their order)
    if (new Set(placed.map((c) => c.column)).size !== placed.length) return;
    placements.push(placed);
  }
  leading.forEach((r, k) => { r.cells = placements[k]; r.header = true; });
}

/** The columns a header cell is drawn over (a cell drawn over none heads the nearest). */
function columnsDrawnUnder(text: string, lineStart: number, cell: TableCell, extent: number[][]): number[] {
  const from = drawnColumn(text, lineStart, cell.start), to = drawnColumn(text, lineStart, cell.end);
  const over = extent.flatMap(([a, b], k) => (Math.min(to, b) > Math.max(from, a) ? [k] : []));
  if (over.length) return over;
  const distance = ([a, b]: number[]) => Math.abs((a + b) / 2 - (from + to) / 2);
  return [extent.reduce((best, e, k) => (distance(e) < distance(extent[best]) ? k : best), 0)];
}

/** The cells of one line, split at runs of two or more spaces or a tab. */
function splitCells(text: string, start: number, end: number): TableCell[] {
  const line = text.slice(start, end);
  if (!line.trim()) return [];
  const cells: TableCell[] = [];
  let from = 0;
  GAP.lastIndex = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(line[s])) s++;
    while (e > s && /\s/.test(line[e - 1])) e--;
    if (e > s) cells.push({ start: start + s, end: start + e, text: line.slice(s, e), column: cells.length });
  };
  for (const m of line.matchAll(GAP)) {
    push(from, m.index!);
    from = m.index! + m[0].length;
  }
  push(from, line.length);
  return cells;
}
