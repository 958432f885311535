// Per-document analysis for the open documents. The first change after a quiet spell is analysed
// on the next turn of the event loop; later changes within the debounce interval are folded into
// one run. A run goes in slices of about 20 ms so other requests get their turn, and is abandoned
// (cancelled) as soon as its document has moved on. Every result carries the version it is of (a
// copy of the document as analysed: TextDocuments updates the open one in place); a
// request waits for the analysis of the document's current version, never an older one — but a
// hover, which a huge document would keep waiting for seconds, may be answered from the last
// analysis where the edits since have not touched (sinceLast: offsets mapped through those edits).
import type { CancellationToken, Connection, Position, Range, TextDocumentContentChangeEvent, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { BlockCache } from '../analysis/analyze.ts';
import type { Steps } from '../analysis/steps.ts';
import type { AnalysedDocument } from '../features/context.ts';

export type Typing = AnalysedDocument['typing'];

/** One analysis of a document, as a generator that pauses between slices of work. */
export type AnalysisSteps = Generator<void, { analysed: AnalysedDocument; cache: BlockCache }>;

export interface SchedulerHost {
  documents: TextDocuments<TextDocument>;
  analyse(uri: string, document: TextDocument, cache: BlockCache | undefined, typing: Typing): AnalysisSteps;
  debounceMs(): number;
  typingPauseMs(): number;
  /** A new analysis of an open document is ready. */
  analysed(uri: string, analysed: AnalysedDocument): void;
  /** Typing stopped: the figure being typed may now be underlined. */
  typingPaused(uri: string): void;
  log(message: string): void;
}

/** One content change: [start, end) of the text before it became `inserted` characters. */
export interface Edit { version: number; start: number; end: number; inserted: number }

/** The last analysis of a document whose current version is not analysed yet, and the way between the two texts' offsets. */
export interface SinceLast {
  analysed: AnalysedDocument;
  /** An offset of the current text in the analysed one (undefined: in text typed since). */
  toAnalysed(offset: number): number | undefined;
  /** A span of the analysed text in the current one (undefined: an edit since touched it). */
  toCurrent(start: number, end: number): [number, number] | undefined;
}

interface DocState {
  /** The version `analysed` is of. */
  version: number;
  /** An analysis is under way (possibly in slices): the latest run's number (a newer run stops an older one). */
  running?: boolean;
  run?: number;
  /** The changes since the analysed version, in order; undefined when one could not be followed (several at once). */
  edits?: Edit[];
  /** When the last analysis of this document started (Date.now()). */
  lastRun?: number;
  analysed?: AnalysedDocument;
  cache?: BlockCache;
  timer?: NodeJS.Timeout;
  pauseTimer?: NodeJS.Timeout;
  typing?: Typing;
  waiters: Array<() => void>;
  /** The latest call of each kind of work on its analysis (sliced): an older unfinished one stops. */
  turns?: Map<string, number>;
}

/** Time one slice of an analysis may take before other requests get a turn. */
const SLICE_MS = 20;
/** Characters above which a change always waits the debounce interval (see schedule). */
const LONG_DOCUMENT = 4_000_000;

export class Scheduler {
  private readonly states = new Map<string, DocState>();

  constructor(private readonly host: SchedulerHost) {}

  /** Analyse soon: at once after a quiet spell (delay 0: at once in any case), else at the end of the debounce interval. */
  schedule(uri: string, delay?: number) {
    const state = this.stateOf(uri);
    if (state.timer) {
      if (delay !== 0) return; // a run is due and will see the latest text
      clearTimeout(state.timer);
    }
    // a change to a long document waits the whole interval: its run begins by reading the edited text
    // whole (V8 joins the rope, hundreds of milliseconds for tens of megabytes), and what the client sent
    // right after the change (a hover, answered from the last analysis) goes first
    const long = (this.host.documents.get(uri)?.getText().length ?? 0) > LONG_DOCUMENT;
    const wait = delay ?? (long ? this.host.debounceMs() : Math.max(0, this.host.debounceMs() - (Date.now() - (state.lastRun ?? 0))));
    state.timer = setTimeout(() => this.run(uri), wait);
  }

  /** Analyse every open document again (the knowledge, the settings or the workspace changed). */
  scheduleAll() {
    for (const doc of this.host.documents.all()) this.schedule(doc.uri, 0);
  }

  /** Where the user is typing in a document (the figure there is not underlined until a pause). */
  typed(uri: string, offset: number) {
    this.stateOf(uri).typing = { offset, at: Date.now() };
  }

  /** The analysis of the document's current version, waiting for it if needed; undefined when cancelled or closed. */
  async analysed(uri: string, token?: CancellationToken): Promise<AnalysedDocument | undefined> {
    const document = this.host.documents.get(uri);
    if (!document) return undefined;
    const state = this.stateOf(uri);
    if (state.analysed && state.version === document.version) return state.analysed;
    if (!state.timer && !state.running) this.schedule(uri, 0);
    await new Promise<void>((resolve) => {
      state.waiters.push(resolve);
      token?.onCancellationRequested(() => resolve());
    });
    if (token?.isCancellationRequested) return undefined;
    const current = this.host.documents.get(uri);
    return current && state.version === current.version ? state.analysed : undefined;
  }

  /** A content change of an open document (undefined: not one range, so not followed). */
  edited(uri: string, edit: Edit | undefined) {
    const state = this.stateOf(uri);
    if (edit && state.edits) state.edits.push(edit);
    else state.edits = undefined;
  }

  /** The last analysis and the edits since, when the current version is not analysed yet and the edits are known. */
  sinceLast(uri: string): SinceLast | undefined {
    const document = this.host.documents.get(uri);
    const state = this.states.get(uri);
    if (!document || !state?.analysed || state.version === document.version || !state.edits) return undefined;
    const edits = state.edits.filter((e) => e.version > state.version);
    if (edits.length !== document.version - state.version) return undefined; // a change not followed
    return {
      analysed: state.analysed,
      toAnalysed(offset) {
        for (let k = edits.length - 1; k >= 0; k--) {
          const e = edits[k];
          if (offset <= e.start) continue;
          if (offset < e.start + e.inserted) return undefined;
          offset += e.end - e.start - e.inserted;
        }
        return offset;
      },
      toCurrent(start, end) {
        for (const e of edits) {
          if (end <= e.start) continue;
          if (start < e.end || (start === e.start && e.start === e.end && end > start)) return undefined;
          start += e.inserted - (e.end - e.start);
          end += e.inserted - (e.end - e.start);
        }
        return [start, end];
      },
    };
  }

  /** The latest analysis of an open document, whatever its version. */
  latest(uri: string): AnalysedDocument | undefined {
    return this.states.get(uri)?.analysed;
  }

  /** The latest analysis of every open document. */
  all(): AnalysedDocument[] {
    return [...this.states.values()].map((s) => s.analysed).filter((a): a is AnalysedDocument => !!a);
  }

  /**
   * Work on an analysis (composing its diagnostics, say) in slices like an analysis', while that is
   * still the latest analysis of the document and of its current version; a newer call with the same
   * key stops an unfinished one. Small work finishes in the first slice, before this returns.
   */
  sliced<T>(uri: string, analysed: AnalysedDocument, key: string, steps: Steps<T>, done: (value: T) => void) {
    const state = this.states.get(uri);
    if (!state) return;
    const turns = (state.turns ??= new Map());
    const turn = (turns.get(key) ?? 0) + 1;
    turns.set(key, turn);
    const wanted = () => this.states.get(uri) === state && state.analysed === analysed && turns.get(key) === turn
      && this.host.documents.get(uri)?.version === analysed.document.version;
    const step = () => {
      if (!wanted()) return;
      const deadline = Date.now() + SLICE_MS;
      try {
        for (;;) {
          const next = steps.next();
          if (next.done) return done(next.value);
          if (Date.now() >= deadline) return void setTimeout(step, 0);
        }
      } catch (e) {
        this.host.log(`${key} of ${uri} failed: ${(e as Error).stack ?? e}`);
      }
    };
    step();
  }

  /** The document was closed: stop its work and release whoever waits for it. */
  close(uri: string) {
    const s = this.states.get(uri);
    if (s) { clearTimeout(s.timer); clearTimeout(s.pauseTimer); for (const w of s.waiters.splice(0)) w(); }
    this.states.delete(uri);
  }

  private stateOf(uri: string): DocState {
    let s = this.states.get(uri);
    if (!s) { s = { version: -1, waiters: [], edits: [] }; this.states.set(uri, s); }
    return s;
  }

  private run(uri: string) {
    const state = this.states.get(uri);
    const live = this.host.documents.get(uri);
    if (!state || !live) return;
    // the server's documents are snapshots (an edit makes a new one); a TextDocument updated in
    // place on an incremental change is copied, so that the run's version and text stay the analysed ones
    const document = live instanceof DocumentSnapshot ? live : new DocumentSnapshot(live.uri, live.languageId, live.version, live.getText());
    state.timer = undefined;
    state.lastRun = Date.now();
    state.running = true;
    const run = (state.run ?? 0) + 1;
    state.run = run;
    const host = this.host, cache = state.cache, typing = state.typing;
    // its line index first, in steps too (a 20 MB document's takes tens of milliseconds in one go)
    const steps = (function* () {
      yield* document.indexLines();
      return yield* host.analyse(uri, document, cache, typing);
    })();
    const step = () => {
      if (state.run !== run) return; // a newer run (new engine, settings or text) took over
      // a newer version is waiting (its run is already scheduled), or the document was closed: abandon this one
      if (this.host.documents.get(uri)?.version !== document.version || this.states.get(uri) !== state) {
        state.running = false;
        return;
      }
      const deadline = Date.now() + SLICE_MS;
      try {
        for (;;) {
          const next = steps.next();
          if (next.done) return this.finish(uri, state, document, next.value);
          // a timer, not setImmediate: the messages read meanwhile are handled (in the check phase) before the next slice
          if (Date.now() >= deadline) return void setTimeout(step, 0);
        }
      } catch (e) {
        state.running = false;
        this.host.log(`analysis of ${uri} failed: ${(e as Error).stack ?? e}`);
      }
    };
    step();
  }

  private finish(uri: string, state: DocState, document: DocumentSnapshot, result: { analysed: AnalysedDocument; cache: BlockCache }) {
    state.running = false;
    document.settle();
    state.analysed = result.analysed;
    state.cache = result.cache;
    state.version = document.version;
    state.edits = state.edits?.filter((e) => e.version > document.version) ?? [];
    for (const w of state.waiters.splice(0)) w();
    this.host.analysed(uri, result.analysed);
    this.schedulePauseRefresh(uri, state);
  }

  /** After typing stops, show the diagnostic of the figure that was being typed. */
  private schedulePauseRefresh(uri: string, state: DocState) {
    clearTimeout(state.pauseTimer);
    if (!state.typing) return;
    const wait = state.typing.at + this.host.typingPauseMs() - Date.now();
    state.pauseTimer = setTimeout(() => {
      if (state.analysed) state.analysed.typing = undefined;
      state.typing = undefined;
      this.host.typingPaused(uri);
    }, Math.max(0, wait) + 5);
  }
}

/** Characters scanned for line ends between two pauses of DocumentSnapshot.indexLines. */
const LINE_SCAN_STEP = 1 << 19;

/** How many edits a text is read through before its own (joined) string is read. */
const MAX_EDIT_CHAIN = 64;

/**
 * A document's text: a string, and while that string is a rope nobody has read whole yet (V8 joins
 * a concatenation on its first read, tens of milliseconds per megabyte), the edit it came from, so
 * that a character or a piece of it is read through the edit from the older text without joining.
 */
class EditedText {
  constructor(readonly whole: string, public from?: { before: EditedText; start: number; end: number; text: string; depth: number }) {}

  get length() { return this.whole.length; }

  /** The text after replacing [start, end) by `text`. */
  edited(start: number, end: number, text: string): EditedText {
    const depth = (this.from?.depth ?? 0) + 1;
    const whole = this.piece(0, start) + text + this.piece(end, this.whole.length);
    return new EditedText(whole, depth <= MAX_EDIT_CHAIN ? { before: this, start, end, text, depth } : undefined);
  }

  codeAt(offset: number): number {
    const from = this.from;
    if (!from) return this.whole.charCodeAt(offset);
    if (offset < from.start) return from.before.codeAt(offset);
    if (offset < from.start + from.text.length) return from.text.charCodeAt(offset - from.start);
    return from.before.codeAt(offset - from.start - from.text.length + from.end);
  }

  /** whole.substring(a, b), built from the older texts' pieces. */
  piece(a: number, b: number): string {
    const from = this.from;
    if (!from) return this.whole.substring(a, b);
    if (a >= b) return '';
    const mid = from.start + from.text.length;
    let out = '';
    if (a < from.start) out += from.before.piece(a, Math.min(b, from.start));
    if (b > from.start && a < mid) out += from.text.substring(Math.max(a, from.start) - from.start, Math.min(b, mid) - from.start);
    if (b > mid) out += from.before.piece(Math.max(a, mid) - mid + from.end, b - mid + from.end);
    return out;
  }
}

/**
 * A version of a document: its text and the line index TextDocument would build, built in steps
 * (indexLines) so that a huge document's does not hold up other requests (it is built at once on
 * first use otherwise). Positions and offsets are TextDocument's. The server's TextDocuments holds
 * these (`create`, `update`): an edit makes a new snapshot and leaves the old one as it was, so an
 * analysis keeps the version it is of without a copy; the new one's line index is the old one's
 * carried through the edit, and what an edit or a request reads of the text is read through the
 * edit from the older text (EditedText), so that no edit joins the whole text of a huge document.
 */
export class DocumentSnapshot implements TextDocument {
  private text: EditedText;

  constructor(readonly uri: string, readonly languageId: string, readonly version: number, content: string | EditedText, private lineOffsets?: number[]) {
    this.text = typeof content === 'string' ? new EditedText(content) : content;
  }

  static create(uri: string, languageId: string, version: number, content: string): DocumentSnapshot {
    return new DocumentSnapshot(uri, languageId, version, content);
  }

  /** The next version, as TextDocument.update makes it (changes in order, each range in the text the ones before it left). */
  static update(document: DocumentSnapshot, changes: TextDocumentContentChangeEvent[], version: number): DocumentSnapshot {
    let current = new DocumentSnapshot(document.uri, document.languageId, version, document.text, document.lineOffsets);
    for (const change of changes) {
      current = 'range' in change && change.range
        ? current.edited(change.range, change.text, version)
        : new DocumentSnapshot(document.uri, document.languageId, version, change.text);
    }
    return current;
  }

  /** The text has been read whole (analysed): read from it from now on, not through the edits it came from. */
  settle() {
    this.text.from = undefined;
  }

  private edited(given: Range, text: string, version: number): DocumentSnapshot {
    const range = given.start.line > given.end.line || (given.start.line === given.end.line && given.start.character > given.end.character)
      ? { start: given.end, end: given.start } : given;
    const start = this.offsetAt(range.start), end = this.offsetAt(range.end);
    // the characters on both sides of the inserted text
    const before = start > 0 ? this.text.codeAt(start - 1) : NaN, after = end < this.text.length ? this.text.codeAt(end) : NaN;
    const first = text.length ? text.charCodeAt(0) : after, last = text.length ? text.charCodeAt(text.length - 1) : before;
    let lineOffsets: number[] | undefined;
    // a CRLF pair across an edit's boundary: the line index is built again (as TextDocument does)
    if (!((before === 13 && first === 10) || (last === 13 && after === 10))) {
      lineOffsets = this.lines();
      const startLine = Math.max(range.start.line, 0), endLine = Math.max(range.end.line, 0);
      if (endLine >= lineOffsets.length) return new DocumentSnapshot(this.uri, this.languageId, version, this.text.edited(start, end, text));
      const added: number[] = [];
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 || c === 10) {
          if (c === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) i++;
          added.push(start + i + 1);
        }
      }
      // a new array: this version keeps its own
      const diff = text.length - (end - start);
      const kept = lineOffsets.length - (endLine + 1);
      const out = new Array<number>(startLine + 1 + added.length + Math.max(0, kept));
      for (let i = 0; i <= startLine && i < lineOffsets.length; i++) out[i] = lineOffsets[i];
      for (let i = 0; i < added.length; i++) out[startLine + 1 + i] = added[i];
      for (let i = 0; i < kept; i++) out[startLine + 1 + added.length + i] = lineOffsets[endLine + 1 + i] + diff;
      lineOffsets = out;
    }
    return new DocumentSnapshot(this.uri, this.languageId, version, this.text.edited(start, end, text), lineOffsets);
  }

  getText(range?: Range): string {
    return range ? this.text.piece(this.offsetAt(range.start), this.offsetAt(range.end)) : this.text.whole;
  }

  get lineCount(): number {
    return this.lines().length;
  }

  /** Build the line index, pausing every LINE_SCAN_STEP characters. */
  *indexLines(): Steps<void> {
    if (this.lineOffsets) return;
    const text = this.text.whole;
    const out = [0];
    for (let from = 0; from < text.length; from += LINE_SCAN_STEP) {
      const to = Math.min(text.length, from + LINE_SCAN_STEP);
      for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 || c === 10) {
          // \r\n is one line end, also across the end of a step
          if (c === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) i++;
          out.push(i + 1);
        }
      }
      // a \r\n across the step's end was taken whole: the next step starts after it
      if (out[out.length - 1] > to) from = out[out.length - 1] - LINE_SCAN_STEP;
      if (to >= text.length) break;
      yield;
      if (this.lineOffsets) return; // built meanwhile, at once
    }
    this.lineOffsets ??= out;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.text.length), 0);
    const lineOffsets = this.lines();
    let low = 0, high = lineOffsets.length;
    if (high === 0) return { line: 0, character: offset };
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lineOffsets[mid] > offset) high = mid;
      else low = mid + 1;
    }
    // low is the least x whose line offset is larger than the offset, or the number of lines
    const line = low - 1;
    offset = this.beforeEol(offset, lineOffsets[line]);
    return { line, character: offset - lineOffsets[line] };
  }

  offsetAt(position: Position): number {
    const lineOffsets = this.lines();
    if (position.line >= lineOffsets.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineOffset = lineOffsets[position.line];
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this.text.length;
    return this.beforeEol(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
  }

  getLineRange(line: number): Range {
    const lineOffsets = this.lines();
    if (line >= lineOffsets.length) {
      const last = lineOffsets.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.text.length - lineOffsets[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = lineOffsets[line];
    const next = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.text.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEol(next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    const lineOffsets = this.lines();
    if (line >= lineOffsets.length || line < 0) return '';
    const next = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.text.length;
    return this.text.piece(this.beforeEol(next, lineOffsets[line]), next);
  }

  private lines(): number[] {
    if (!this.lineOffsets) for (const steps = this.indexLines(); !steps.next().done;);
    return this.lineOffsets!;
  }

  private beforeEol(offset: number, lineOffset: number): number {
    while (offset > lineOffset && (this.text.codeAt(offset - 1) === 13 || this.text.codeAt(offset - 1) === 10)) offset--;
    return offset;
  }
}

/**
 * Listen to the documents' notifications, telling `typed` where each incremental change ends first
 * (TextDocuments owns the change notification, so it listens through a connection that tells us first).
 */
export function trackTyping(connection: Connection, documents: TextDocuments<TextDocument>, typed: (uri: string, offset: number) => void, edited: (uri: string, edit: Edit | undefined) => void) {
  documents.listen({
    onDidOpenTextDocument: (h) => connection.onDidOpenTextDocument(h),
    onDidCloseTextDocument: (h) => connection.onDidCloseTextDocument(h),
    onWillSaveTextDocument: (h) => connection.onWillSaveTextDocument(h),
    onWillSaveTextDocumentWaitUntil: (h) => connection.onWillSaveTextDocumentWaitUntil(h),
    onDidSaveTextDocument: (h) => connection.onDidSaveTextDocument(h),
    onDidChangeTextDocument: (h) => connection.onDidChangeTextDocument((params) => {
      const last = params.contentChanges[params.contentChanges.length - 1];
      const before = documents.get(params.textDocument.uri);
      if (last && 'range' in last && before) typed(params.textDocument.uri, before.offsetAt(last.range.start) + last.text.length);
      // one range replaced: followed, so that a hover can use the last analysis meanwhile
      const only = params.contentChanges.length === 1 ? params.contentChanges[0] as { range?: Range; text: string } : undefined;
      edited(params.textDocument.uri, only?.range && before
        ? { version: params.textDocument.version, start: before.offsetAt(only.range.start), end: before.offsetAt(only.range.end), inserted: only.text.length }
        : undefined);
      return h(params);
    }),
  });
}
