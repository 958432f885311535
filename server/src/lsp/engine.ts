// The engine as the server runs it: the knowledge base of the workspace (bundled + its
// .ai-annotator/knowledge.json), the chosen word segmenter (nodejieba or jieba-wasm), loaded by
// the host once the first results are out (in Node: in a worker thread), and the analysis of one
// document with its records.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeInSteps, BlockCache, type Engine } from '../analysis/analyze.ts';
import type { ExternalFigure } from '../analysis/status.ts';
import { applyVerifications } from '../analysis/verifications.ts';
import type { AnalysedDocument } from '../features/context.ts';
import type { SegmenterChoice } from '../analysis/segmenter.ts';
import { isMarkdown } from '../io/documentNames.ts';
import type { SegmenterHandle, ServerHost, WorkspaceDisk } from './host.ts';
import type { AnalysisSteps, Typing } from './scheduler.ts';
import { WorkspaceStore } from './workspaceStore.ts';

/** Wait this long for a first document before loading nodejieba anyway. */
const SEGMENTATION_START_MS = 400;

export class ServerEngine {
  readonly store: WorkspaceStore;
  engine: Engine;
  /** The worker whose segmenter the engine uses, or will once it has loaded; others are on their way out. */
  private segmenter?: SegmenterHandle;
  private segmenterChoice?: SegmenterChoice;
  private readonly workers = new Set<SegmenterHandle>();
  /** The chosen segmenter: a setting, so undefined (and no worker started) until the settings are read. */
  private choice?: SegmenterChoice;
  private wanted = false;
  private startTimer?: NodeJS.Timeout;

  /** `changed` is called when the engine changed (nodejieba ready, new knowledge): every document is analysed again. */
  constructor(
    private readonly host: ServerHost,
    disk: WorkspaceDisk | undefined,
    private readonly changed: () => void,
    private readonly log: (message: string) => void,
  ) {
    this.store = new WorkspaceStore(disk);
    this.engine = { kb: this.store.kb };
  }

  /** Workspace-relative path of a document, as verification records name it (the URI where there is no disk). */
  pathOf(uri: string): string {
    return this.store.disk?.pathOf(uri) ?? uri;
  }

  /**
   * One document's analysis, in steps, with its verification records and the other documents'
   * comparable figures; a document longer than `maxSizeMB` is not analysed (an empty analysis that says so).
   */
  *analyse(uri: string, document: TextDocument, external: readonly ExternalFigure[], cache?: BlockCache, typing?: Typing, maxSizeMB = Infinity): AnalysisSteps {
    const path = this.pathOf(uri);
    const length = document.getText().length;
    if (length > maxSizeMB * 2 ** 20) {
      const analysis = { length, entities: [], figures: [], sections: [], tables: [], segmented: false };
      return { analysed: { uri, document, analysis, kb: this.engine.kb, path, orphaned: [], tooLarge: { length, limitMB: maxSizeMB } }, cache: new BlockCache(this.engine) };
    }
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

  /** The segmenter setting (the host decides when it says auto: AI_ANNOTATE_SEGMENTER in Node); a new choice replaces the running segmenter once it has loaded. */
  chooseSegmenter(setting: SegmenterChoice) {
    this.choice = setting !== 'auto' ? setting : this.host.autoSegmenter();
    if (this.wanted && this.segmenterChoice !== this.choice) this.startSegmentation();
  }

  startSegmentation() {
    clearTimeout(this.startTimer);
    this.wanted = true;
    const choice = this.choice;
    if (!choice || (this.segmenter && this.segmenterChoice === choice)) return;
    const handle = this.host.startSegmenter([...this.engine.kb.aliases.keys()], choice, this.log);
    this.segmenter = handle;
    this.segmenterChoice = choice;
    this.workers.add(handle);
    void handle.ready.then((loaded) => {
      if (this.segmenter !== handle) {
        this.workers.delete(handle);
        void handle.dispose();
        return;
      }
      for (const other of this.workers) if (other !== handle) void other.dispose();
      this.workers.clear();
      this.workers.add(handle);
      if (!loaded && !this.engine.segmenter) return;
      this.engine = { kb: this.engine.kb, segmenter: loaded?.segmenter };
      if (loaded) this.log(`word segmentation ready (${loaded.kind === 'native' ? 'nodejieba' : 'jieba-wasm'})`);
      this.changed();
    });
  }

  async dispose() {
    clearTimeout(this.startTimer);
    await Promise.all([...this.workers].map((w) => w.dispose()));
  }
}
