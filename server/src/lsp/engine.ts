// The engine as the server runs it: the knowledge base of the workspace (bundled + its
// .ai-annotator/knowledge.json), nodejieba in a worker thread once the first results are out,
// and the analysis of one document with its verification records.
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeInSteps, type BlockCache, type Engine } from '../analysis/analyze.ts';
import type { ExternalFigure } from '../analysis/status.ts';
import { applyVerifications } from '../analysis/verifications.ts';
import type { AnalysedDocument } from '../features/context.ts';
import { isMarkdown } from '../io/documents.ts';
import type { AnalysisSteps, Typing } from './scheduler.ts';
import { startSegmenterWorker, type SegmenterHandle } from './segmentation.ts';
import { WorkspaceStore } from './workspaceStore.ts';

/** Wait this long for a first document before loading nodejieba anyway. */
const SEGMENTATION_START_MS = 400;

export class ServerEngine {
  readonly store: WorkspaceStore;
  engine: Engine;
  private segmenter?: SegmenterHandle;
  private startTimer?: NodeJS.Timeout;

  /** `changed` is called when the engine changed (nodejieba ready, new knowledge): every document is analysed again. */
  constructor(root: string | undefined, private readonly changed: () => void, private readonly log: (message: string) => void) {
    this.store = new WorkspaceStore(root);
    this.engine = { kb: this.store.kb };
  }

  /** Workspace-relative path of a document, as verification records name it. */
  pathOf(uri: string): string {
    if (!uri.startsWith('file:')) return uri;
    const fsPath = fileURLToPath(uri);
    return this.store.root ? relative(this.store.root, fsPath).split(sep).join('/') : fsPath;
  }

  /** One document's analysis, in steps, with its verification records and the other documents' comparable figures. */
  *analyse(uri: string, document: TextDocument, external: readonly ExternalFigure[], cache?: BlockCache, typing?: Typing): AnalysisSteps {
    const path = this.pathOf(uri);
    const records = this.store.recordsFor(path);
    let orphaned: AnalysedDocument['orphaned'] = [];
    const kb = this.engine.kb;
    const result = yield* analyzeInSteps(document.getText(), this.engine, {
      markdown: isMarkdown(uri, document.languageId),
      cache,
      external,
      verifications: (figures, text) => {
        const marks = applyVerifications(records, figures, text);
        orphaned = marks.orphaned;
        return marks;
      },
    });
    return { analysed: { uri, document, analysis: result.analysis, kb, path, orphaned, typing }, cache: result.cache };
  }

  /** The same without pauses (documents on disk, which are not open). */
  analyseNow(uri: string, document: TextDocument, external: readonly ExternalFigure[]): AnalysedDocument {
    const steps = this.analyse(uri, document, external);
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value.analysed;
  }

  /** Read the .ai-annotator/ files again; a new knowledge base makes a new engine. */
  reloadWorkspaceFiles(): { knowledge: boolean; verifications: boolean } {
    const changed = this.store.reload();
    if (changed.knowledge) this.engine = { kb: this.store.kb, segmenter: this.engine.segmenter };
    return changed;
  }

  /** Load nodejieba soon: after the first results are out, or after a moment when no document is open. */
  startSegmentationSoon() {
    this.startTimer ??= setTimeout(() => this.startSegmentation(), SEGMENTATION_START_MS);
  }

  startSegmentation() {
    clearTimeout(this.startTimer);
    if (this.segmenter) return;
    this.segmenter = startSegmenterWorker([...this.engine.kb.aliases.keys()], this.log);
    void this.segmenter.ready.then((seg) => {
      if (!seg) return;
      this.engine = { kb: this.engine.kb, segmenter: seg };
      this.log('word segmentation ready');
      this.changed();
    });
  }

  async dispose() {
    clearTimeout(this.startTimer);
    await this.segmenter?.dispose();
  }
}
