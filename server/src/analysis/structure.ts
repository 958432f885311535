// The shape of a document around its sentences: headings (the outline) and tables with their
// header rows. Markdown gets it from the Markdown parser (./markdown.ts); plain text from the
// simple readers here and in ./sections.ts, so a web table pasted into a .txt file counts too.
// Claims ask it where a figure stands: which table cell, under which row and column headers,
// under which heading.

export interface Section {
  title: string;
  level: number;
  /** The heading line. */
  headingStart: number;
  headingEnd: number;
  /** The whole section: from its heading to the next heading of the same or a higher level. */
  start: number;
  end: number;
}

export interface TableCell {
  start: number;
  end: number;
  text: string;
  /** 0-based column. */
  column: number;
}

export interface TableRow {
  /** The row's line (pipes included). */
  start: number;
  end: number;
  /** The header row (a GFM table's first row; in plain text, the first row). */
  header: boolean;
  /** The cells' contents, whitespace and pipes excluded; an empty cell is an empty span. */
  cells: TableCell[];
}

export interface Table {
  start: number;
  end: number;
  /** In text order; the header row, when there is one, first. */
  rows: TableRow[];
}

export interface DocumentStructure {
  /** Headings with the sections they open, in text order. */
  readonly sections: readonly Section[];
  /** Tables in text order. */
  readonly tables: readonly Table[];
}

/** Where an offset stands in a table. */
export interface CellPlace {
  table: Table;
  row: TableRow;
  cell: TableCell;
  /** The first cell of the row (the cell itself in the first column). */
  rowHeader?: TableCell;
  /** The header row's cell of the same column (undefined in the header row, or without one). */
  columnHeader?: TableCell;
  /** Under a header of several lines (years, then each column's unit), the cells of its later lines over the same column. */
  subHeaders?: TableCell[];
}

/** The table cell at `offset` (its content span, ends inclusive), with its row and column headers. */
export function cellAt(structure: Pick<DocumentStructure, 'tables'>, offset: number): CellPlace | undefined {
  const table = lastStartingAtOrBefore(structure.tables, offset);
  if (!table || offset > table.end) return undefined;
  const row = lastStartingAtOrBefore(table.rows, offset);
  if (!row || offset > row.end) return undefined;
  const cell = row.cells.find((c) => c.start <= offset && offset <= c.end);
  if (!cell) return undefined;
  const header = table.rows[0]?.header ? table.rows[0] : undefined;
  const place: CellPlace = {
    table, row, cell,
    rowHeader: row.cells[0],
    columnHeader: header && header !== row ? header.cells.find((c) => c.column === cell.column) : undefined,
  };
  if (!row.header && table.rows[1]?.header) {
    place.subHeaders = [];
    for (let k = 1; table.rows[k]?.header; k++) {
      const over = table.rows[k].cells.find((c) => c.column === cell.column);
      if (over) place.subHeaders.push(over);
    }
  }
  return place;
}

/** The innermost heading whose section holds `offset` (a heading's own line is under it). */
export function headingAt(structure: Pick<DocumentStructure, 'sections'>, offset: number): Section | undefined {
  return headingsAt(structure, offset).pop();
}

/** Every heading whose section holds `offset`, outermost first. */
export function headingsAt(structure: Pick<DocumentStructure, 'sections'>, offset: number): Section[] {
  const out: Section[] = [];
  for (const s of structure.sections) {
    if (s.start > offset) break;
    if (offset < s.end) out.push(s);
  }
  return out.sort((a, b) => a.level - b.level || a.start - b.start);
}

function lastStartingAtOrBefore<T extends { start: number }>(list: readonly T[], offset: number): T | undefined {
  let lo = 0, hi = list.length - 1, found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start <= offset) { found = list[mid]; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

const PIPE_ROW = /^[ \t]*[|｜].*[|｜][ \t]*$/;
/** Three or more cells between pipes, without the outer ones (each cell says something: checked by bareRow). */
const BARE_PIPE_ROW = /^[^|｜\n]+(?:[|｜][^|｜\n]+){2,}$/;
/** A cell that states a number (20.0%, 约1,200, 3.5亿元). */
const NUMBER_CELL = /^[^\d０-９]{0,4}[\d０-９]/;
/** A cell that is a value and nothing else (1443, 约86.5%), and a year that heads a column (2024, 2025E). */
const VALUE_CELL = /^[约約~≈]?\s*[-+]?\d[\d,.]*\s*[%％]?$/;
const YEAR_CELL = /^(?:19|20)\d{2}[A-Z]?$/;
/** A cell over a column of a results table that is a period, not a value (2025年, FY2024, 2024年上半年). */
const PERIOD_CELL = /^(?:FY)?(?:19|20)\d{2}[A-Z]?\s*(?:年|年度|財年|财年)?(?:上半年|下半年|前三季度|中期|全年|Q[1-4]|H[12])?$/;

/**
 * The rows right under a table's header that give no value, only each column's period or unit, their first cell empty
 * (| | 2025年 | 2024年 | 同比變動 |, | | 人民幣千元 | 人民幣千元 | |): more lines of the header, when rows of values follow.
 */
export function extendHeader(rows: TableRow[]): void {
  if (!rows[0]?.header) return;
  let k = 1;
  while (k < rows.length - 1 && labelRow(rows[k])) k++;
  for (let j = 1; j < k; j++) rows[j].header = true;
}
function labelRow(row: TableRow): boolean {
  const texts = row.cells.map((c) => c.text.trim());
  return texts.length > 1 && texts[0] === '' && texts.some((t) => t !== '') && texts.every((t) => !/[\d０-９]/.test(t) || PERIOD_CELL.test(t));
}

/** A first cell that labels a column of names (模型, 厂商, 指标, Model): its row is a header. */
const COLUMN_LABEL = /^(?:模型|型号|型號|名称|名稱|项目|項目|指标|指標|厂商|廠商|公司|产品|產品|排名|序号|序號|类别|類別|维度|維度|显卡|顯卡|芯片|晶片|model|name|rank|item|#)$/i;
function bareRow(line: string): boolean {
  return (BARE_PIPE_ROW.test(line) || BARE_PAIR_ROW.test(line)) && line.split(/[|｜]/).every((cell) => cell.trim() !== '');
}
/** Two short cells around one pipe (行业｜占比, 金融｜20.0%): a row only in a run of three or more whose values are numbers. */
const BARE_PAIR_ROW = /^[^|｜\n]{1,24}[|｜][^|｜\n]{1,24}$/;
const DELIMITER_ROW = /^[ \t]*[|｜]?(?:[ \t]*:?-+:?[ \t]*[|｜])+(?:[ \t]*:?-+:?[ \t]*)?$/;

/**
 * Pipe tables of a plain text: runs of two or more lines that begin and end with a pipe
 * (`|` or full-width `｜`). A delimiter row (`|---|---|`) is skipped; the first row is the header.
 * `prose` is the text with code blanked out (same offsets); `text` gives the cells' text.
 */
export function pipeTables(prose: string, text: string = prose): Table[] {
  if (!prose.includes('|') && !prose.includes('｜')) return [];
  const tables: Table[] = [];
  let rows: TableRow[] = [];
  // rows without outer pipes (模型 | 输入 | 输出, as copied from a web page) make a table only in a run of one width
  let bare = false;
  let delimited = false;
  const close = () => {
    if (!rows.length) return;
    // (two columns without outer pipes are a headline's parts as often: 36氪首发｜…; a table has three rows and numbers)
    const pairs = bare && rows[0].cells.length === 2;
    if (rows.length >= (pairs ? 3 : 2) && (!bare || rows.every((r) => r.cells.length === rows[0].cells.length)) &&
      (!pairs || rows.slice(1).every((r) => NUMBER_CELL.test(r.cells[1].text)))) {
      // (without a header's underline, a first row with as many numbers as the rows below is a row: 1️⃣ Gemini 2.5 Pro｜1443)
      const numbers = (r: TableRow) => r.cells.filter((c) => VALUE_CELL.test(c.text) && !YEAR_CELL.test(c.text)).length;
      // (not one whose first cell labels a column of names: 模型｜4090｜3090 names cards)
      if (!delimited && numbers(rows[0]) > 0 && numbers(rows[0]) >= Math.max(...rows.slice(1).map(numbers)) && !COLUMN_LABEL.test(rows[0].cells[0]?.text ?? '')) rows[0].header = false;
      extendHeader(rows);
      tables.push({ start: rows[0].start, end: rows[rows.length - 1].end, rows });
    }
    rows = [];
    bare = false;
    delimited = false;
  };
  let pos = 0;
  while (pos <= prose.length) {
    let nl = prose.indexOf('\n', pos);
    if (nl < 0) nl = prose.length;
    const end = prose[nl - 1] === '\r' ? nl - 1 : nl;
    const line = prose.slice(pos, end);
    // (every row, delimiter row and bare row has a pipe: most lines are read no further)
    if (!line.includes('|') && !line.includes('｜')) {
      close();
    } else if (rows.length === 1 && DELIMITER_ROW.test(line)) {
      // the header's underline: part of the table, not a row
      delimited = true;
    } else if (PIPE_ROW.test(line) || ((!rows.length || bare) && bareRow(line))) {
      if (!rows.length) bare = !PIPE_ROW.test(line);
      rows.push({ start: pos, end, header: rows.length === 0, cells: pipeCells(text, pos, end) });
    } else {
      close();
    }
    pos = nl + 1;
  }
  close();
  return tables;
}

/** The cells between the pipes of one row (outer pipes optional), trimmed. */
export function pipeCells(text: string, start: number, end: number): TableCell[] {
  const cells: TableCell[] = [];
  let from = start;
  while (from < end && (text[from] === ' ' || text[from] === '\t')) from++;
  if (text[from] === '|' || text[from] === '｜') from++;
  let to = end;
  while (to > from && (text[to - 1] === ' ' || text[to - 1] === '\t')) to--;
  if (to > from && (text[to - 1] === '|' || text[to - 1] === '｜') && text[to - 2] !== '\\') to--;
  let cellStart = from;
  for (let i = from; i <= to; i++) {
    const ch = text[i];
    if (i < to && ch === '\\') { i++; continue; }
    if (i === to || ch === '|' || ch === '｜') {
      let s = cellStart, e = i;
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /\s/.test(text[e - 1])) e--;
      cells.push({ start: s, end: e, text: text.slice(s, e), column: cells.length });
      cellStart = i + 1;
    }
  }
  return cells;
}

/** The non-blank lines above `start` (a table's first row), nearest first, trimmed. */
export function* linesAbove(text: string, start: number): Generator<string> {
  let end = start;
  while (end > 0) {
    // (lastIndexOf reads a negative position as 0: the walk must still reach the text's start)
    const from = end >= 2 ? text.lastIndexOf('\n', end - 2) + 1 : 0;
    const line = text.slice(from, end).trim();
    if (line) yield line;
    if (from >= end) return;
    end = from;
  }
}
