// The workspace index: the documents a user edits in the workspace folder, analysed when they are
// not open (cached by modification time), for references, workspace symbols, the workspace report
// and cross-document conflicts. "Documents a user edits" is the one document-file rule of
// ../io/documents.ts with .gitignore, VS Code's files.exclude and aiAnnotator.exclude applied, read
// through the host's disk (./host.ts). Without a disk (a browser) the index holds the open
// documents only: cross-document conflicts among them still work, nothing is read from disk.
import type { CancellationToken } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { KnowledgeBase } from '../analysis/knowledge.ts';
import { isComparable, measuredOf, type ExternalFigure } from '../analysis/status.ts';
import { PAUSE_EVERY, runSteps, type Steps } from '../analysis/steps.ts';
import type { AnalysedDocument } from '../features/context.ts';
import { isMarkdown } from '../io/documentNames.ts';
import type { WorkspaceDisk } from './host.ts';

const MAX_WORKSPACE_FILES = 5000;
const MAX_WORKSPACE_FILE_BYTES = 4 * 1024 * 1024;
/** Changes to documents are gathered this long before the cross-document figures are compared again. */
const REFRESH_DELAY_MS = 500;

export interface WorkspaceHost {
  /** The file system with the workspace folder, if there is one. */
  disk: WorkspaceDisk | undefined;
  kb(): KnowledgeBase;
  /** Analyse a document that is not open (no cache, no pauses). */
  analyseText(uri: string, document: TextDocument): AnalysedDocument;
  /** The latest analyses of the open documents. */
  openAnalyses(): AnalysedDocument[];
  isOpen(uri: string): boolean;
  /** The comparable figures of other documents changed: analyse the open ones again. */
  externalChanged(): void;
  log(message: string): void;
}

export class WorkspaceIndex {
  private readonly files = new Map<string, { mtime: number; analysed: AnalysedDocument }>();
  private exclude: string[] = [];
  private externals: ExternalFigure[] = [];
  private refreshTimer: NodeJS.Timeout | undefined;

  constructor(private readonly host: WorkspaceHost) {}

  /**
   * Set the exclusions: VS Code's files.exclude (an object of globs) and aiAnnotator.exclude (a
   * list of globs), both relative to the workspace folder. Returns whether they changed.
   */
  setExclusions(filesExclude: unknown, exclude: readonly string[]): boolean {
    const globs = [
      ...Object.entries(filesExclude && typeof filesExclude === 'object' ? filesExclude : {}).filter(([, on]) => on === true).map(([g]) => g),
      ...exclude,
    ];
    const next = globs.flatMap(globToIgnore);
    const changed = next.join('\n') !== this.exclude.join('\n');
    this.exclude = next;
    return changed;
  }

  /** The documents of a folder (default: the workspace folder), as file: URIs. */
  documentsIn(folderUri?: string): string[] {
    return this.host.disk?.documentsIn(folderUri, this.exclude, MAX_WORKSPACE_FILES) ?? [];
  }

  /** Whether a document belongs to the index: a workspace document that no exclusion leaves out (or an open one outside the folder). */
  includes(uri: string): boolean {
    return this.host.disk?.includes(uri, this.exclude) ?? true;
  }

  /** The analyses of every indexed document: the open ones as they are, the others from disk. */
  async analyses(token?: CancellationToken): Promise<AnalysedDocument[]> {
    const out: AnalysedDocument[] = [];
    for (const uri of this.documentsIn()) {
      if (token?.isCancellationRequested) break;
      if (this.host.isOpen(uri)) continue;
      const analysed = this.analyseFile(uri);
      if (analysed) out.push(analysed);
      await new Promise((r) => setImmediate(r)); // let requests in between files
    }
    return [...out, ...this.host.openAnalyses().filter((a) => this.includes(a.uri))];
  }

  /** The analysis of a document on disk (cached by modification time); undefined if it is not a readable document. */
  analyseFile(uri: string): AnalysedDocument | undefined {
    const disk = this.host.disk;
    const mtime = disk?.modified(uri);
    if (!disk || mtime === undefined) return undefined;
    const known = this.files.get(uri);
    if (known && known.mtime === mtime && known.analysed.kb === this.host.kb()) return known.analysed;
    const text = disk.readDocument(uri, MAX_WORKSPACE_FILE_BYTES);
    if (text === undefined) return undefined;
    const analysed = this.host.analyseText(uri, TextDocument.create(uri, isMarkdown(uri) ? 'markdown' : 'plaintext', 0, text));
    this.files.set(uri, { mtime, analysed });
    return analysed;
  }

  /** The comparable figures of the indexed documents except `uri`, for cross-document conflicts. */
  externalFigures(uri: string): ExternalFigure[] {
    return this.externals.filter((x) => x.path !== uri);
  }

  /** Documents changed on disk, the knowledge base or the exclusions changed: compare the workspace's figures again soon. */
  scheduleRefresh(forget = false) {
    if (forget) this.files.clear();
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh().catch((e) => this.host.log(`workspace index failed: ${e}`)), REFRESH_DELAY_MS);
  }

  dispose() {
    clearTimeout(this.refreshTimer);
  }

  private async refresh() {
    // in slices: a huge open document has some hundred thousand comparable figures
    const next: ExternalFigure[] = [];
    for (const d of await this.analyses()) await inSlices(comparableFiguresInSteps(d, next));
    const changed = !(await inSlices(sameFiguresInSteps(next, this.externals)));
    this.externals = next;
    if (changed) this.host.externalChanged();
  }
}

/** The figures of a document that other documents are compared with, added to `out`. */
function* comparableFiguresInSteps(d: AnalysedDocument, out: ExternalFigure[]): Steps<ExternalFigure[]> {
  let seen = 0;
  for (const f of d.analysis.figures) {
    if (++seen % PAUSE_EVERY === 0) yield;
    if (isComparable(f)) out.push({ ...measuredOf(f), path: d.uri, position: d.document.positionAt(f.start) });
  }
  return out;
}

/** Whether two lists of figures are the same, figure by figure. */
function* sameFiguresInSteps(a: readonly ExternalFigure[], b: readonly ExternalFigure[]): Steps<boolean> {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    if (JSON.stringify(a[i]) !== JSON.stringify(b[i])) return false;
  }
  return true;
}

/** Run steps with a pause for other requests every few milliseconds. */
async function inSlices<T>(steps: Steps<T>): Promise<T> {
  for (;;) {
    const deadline = Date.now() + 10;
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (Date.now() >= deadline) break;
    }
    await new Promise((r) => setImmediate(r));
  }
}

/** The same figures as a string, to tell cheaply whether they changed. */
export function comparableSignature(d: AnalysedDocument): string {
  return runSteps(comparableSignatureInSteps(d));
}

/** The same, pausing (yield) every few thousand figures. */
export function* comparableSignatureInSteps(d: AnalysedDocument): Steps<string> {
  // a hash, not the joined text: a 20 MB document has some hundred thousand comparable figures
  let h1 = 0x811c9dc5, h2 = 0x01000193, count = 0, seen = 0;
  for (const f of d.analysis.figures) {
    if (++seen % PAUSE_EVERY === 0) yield;
    if (!isComparable(f)) continue;
    const key = `${f.subjectId}|${f.attribute}|${f.qualifier}|${f.value}|${f.unit}|${f.range ?? ''}|${f.scope ?? ''}|${f.facet ?? ''}|${f.per ? `${f.per.value}${f.per.unit}` : ''}|${f.benchmark ?? ''}\n`;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) + 0x6b43a9b5;
    }
    count++;
  }
  return `${count}:${(h1 >>> 0).toString(36)}:${(h2 >>> 0).toString(36)}`;
}

/**
 * A VS Code glob (relative to the workspace folder: `**\/drafts`, `archive/*.md`, `*.{txt,md}`) as
 * .gitignore patterns: braces expanded, and anchored at the folder unless it starts with `**`.
 */
export function globToIgnore(glob: string): string[] {
  const brace = /\{([^{}]*)\}/.exec(glob);
  if (brace) return brace[1].split(',').flatMap((alt) => globToIgnore(glob.slice(0, brace.index) + alt + glob.slice(brace.index + brace[0].length)));
  const g = glob.trim().replace(/^\.\//, '');
  if (!g) return [];
  return [g.startsWith('**') || g.startsWith('/') ? g : `/${g}`];
}
