// LSP wiring only: connection, documents, capabilities, scheduling. Analysis is done by
// ./analysis, each feature is a thin adapter in ./features.
import { readFileSync, statSync, watch, type FSWatcher } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind, createConnection, DidChangeWatchedFilesNotification, DocumentDiagnosticReportKind, ProposedFeatures,
  TextDocuments, TextDocumentSyncKind, type CancellationToken, type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeInSteps, BlockCache, type Engine } from './analysis/analyze.ts';
import { isComparable, measuredOf, type ExternalFigure } from './analysis/status.ts';
import { applyVerifications } from './analysis/verifications.ts';
import { WORKSPACE_DIR } from './knowledge/workspace.ts';
import { mergeSettings, DEFAULT_SETTINGS, type Settings } from './settings.ts';
import { segmenterChoiceFromEnv, type SegmenterChoice } from './segmenterLoader.ts';
import { startSegmenterWorker, type SegmenterHandle } from './segmenterWorkerClient.ts';
import { decodeText, listTextFiles } from './textFiles.ts';
import { WorkspaceStore } from './workspaceStore.ts';
import { registerCommands, SERVER_COMMAND_IDS } from './features/commands.ts';
import { codeActions } from './features/codeActions.ts';
import { guard, type AnalysedDocument, type ServerContext } from './features/context.ts';
import { diagnosticsFor } from './features/diagnostics.ts';
import { documentHighlights, references } from './features/highlights.ts';
import { hoverAt } from './features/hover.ts';
import { inlayHints } from './features/inlayHints.ts';
import { LEGEND, semanticTokens } from './features/semanticTokens.ts';
import { documentSymbols, workspaceSymbols } from './features/symbols.ts';

const TEXT_FILE = /\.(md|markdown|txt|text)$/i;
const MAX_WORKSPACE_FILES = 5000;
const MAX_WORKSPACE_FILE_BYTES = 4 * 1024 * 1024;

/** The figures of a document that other documents are compared with, as a string to compare. */
function comparableSignature(a: AnalysedDocument | undefined): string {
  if (!a) return '';
  return a.analysis.figures
    .filter(isComparable)
    .map((f) => `${f.subjectId}|${f.attribute}|${f.qualifier}|${f.value}|${f.unit}|${f.range ?? ''}|${f.scope ?? ''}|${f.facet ?? ''}|${f.per ? `${f.per.value}${f.per.unit}` : ''}`)
    .join('\n');
}

interface DocState {
  version: number;
  /** An analysis is under way (possibly in slices). */
  running?: boolean;
  /** comparableSignature of the last analysis. */
  comparable?: string;
  /** When the last analysis of this document ran (Date.now()). */
  lastRun?: number;
  analysed?: AnalysedDocument;
  cache?: BlockCache;
  timer?: NodeJS.Timeout;
  pauseTimer?: NodeJS.Timeout;
  typing?: { offset: number; at: number };
  waiters: Array<() => void>;
}

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)) {
  // a bug in one handler must not end the server: log it and carry on
  process.on('unhandledRejection', (e) => connection.console.error(`[ai-annotator] unhandled: ${(e as Error)?.stack ?? e}`));
  process.on('uncaughtException', (e) => connection.console.error(`[ai-annotator] uncaught: ${e.stack ?? e}`));
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocState>();
  let settings: Settings = DEFAULT_SETTINGS;
  let locale = 'en';
  let pullDiagnostics = false;
  let configurationSupport = false;
  /** The VS Code client asks for a source before marking a figure verified; other editors run the server command directly. */
  let viaClient = false;
  // built once, at initialize (the knowledge base takes a moment to index)
  let store!: WorkspaceStore;
  let engine!: Engine;
  /** The worker whose segmenter the engine uses, or will once it has loaded; others are on their way out. */
  let segmenter: SegmenterHandle | undefined;
  let segmenterChoice: SegmenterChoice | undefined;
  const segmenterWorkers = new Set<SegmenterHandle>();
  let watcher: FSWatcher | undefined;
  const log = (message: string) => connection.console.log(`[ai-annotator] ${message}`);

  const pathOf = (uri: string) => {
    if (!uri.startsWith('file:')) return uri;
    const fsPath = fileURLToPath(uri);
    return store.root ? relative(store.root, fsPath).split(sep).join('/') : fsPath;
  };
  const isMarkdown = (doc: TextDocument) => doc.languageId === 'markdown' || /\.(md|markdown)$/i.test(doc.uri);

  // ---- analysis of workspace files that are not open (references, workspace symbols, cross-document conflicts)
  const fileAnalyses = new Map<string, { mtime: number; analysed: AnalysedDocument }>();
  let externalFigures: ExternalFigure[] = [];

  /** The analysis of a document, in steps (see analyzeInSteps) so a huge one does not block the server. */
  function* analyseInSteps(uri: string, document: TextDocument, cache?: BlockCache, typing?: DocState['typing']): Generator<void, { analysed: AnalysedDocument; cache: BlockCache }> {
    const path = pathOf(uri);
    const records = store.recordsFor(path);
    let orphaned: AnalysedDocument['orphaned'] = [];
    const kb = engine.kb;
    const result = yield* analyzeInSteps(document.getText(), engine, {
      markdown: isMarkdown(document),
      cache,
      external: externalFigures.filter((x) => x.path !== uri),
      verifications: (figures, text) => {
        const marks = applyVerifications(records, figures, text);
        orphaned = marks.orphaned;
        return marks;
      },
    });
    const analysed: AnalysedDocument = { uri, document, analysis: result.analysis, kb, path, orphaned, typing };
    return { analysed, cache: result.cache };
  }

  function analyseText(uri: string, document: TextDocument) {
    const steps = analyseInSteps(uri, document);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  async function workspaceAnalyses(token?: CancellationToken): Promise<AnalysedDocument[]> {
    const out: AnalysedDocument[] = [];
    const open = new Set(documents.all().map((d) => d.uri));
    for (const file of store.root ? listTextFiles(store.root, MAX_WORKSPACE_FILES) : []) {
      if (token?.isCancellationRequested) break;
      const uri = pathToFileURL(file).toString();
      if (open.has(uri)) continue;
      const analysedFile = analyseFile(uri);
      if (analysedFile) out.push(analysedFile);
      await new Promise((r) => setImmediate(r)); // let requests in between files
    }
    return [...out, ...allAnalysed()];
  }

  /** The analysis of a file on disk (cached by modification time); undefined if it is not a readable text file. */
  function analyseFile(uri: string): AnalysedDocument | undefined {
    const file = fileURLToPath(uri);
    let stat;
    try { stat = statSync(file); } catch { return undefined; }
    if (stat.size > MAX_WORKSPACE_FILE_BYTES) return undefined;
    const known = fileAnalyses.get(uri);
    if (known && known.mtime === stat.mtimeMs && known.analysed.kb === engine.kb) return known.analysed;
    let decoded;
    try { decoded = decodeText(readFileSync(file)); } catch { return undefined; }
    if (typeof decoded !== 'string') return undefined;
    const document = TextDocument.create(uri, /\.(md|markdown)$/i.test(file) ? 'markdown' : 'plaintext', 0, decoded);
    const { analysed } = analyseText(uri, document);
    fileAnalyses.set(uri, { mtime: stat.mtimeMs, analysed });
    return analysed;
  }

  /** Comparable figures of every workspace document, for cross-document conflicts. */
  async function refreshExternalFigures() {
    const docs = await workspaceAnalyses();
    const next: ExternalFigure[] = [];
    for (const d of docs) {
      for (const f of d.analysis.figures) {
        if (isComparable(f)) next.push({ ...measuredOf(f), path: d.uri, position: d.document.positionAt(f.start) });
      }
    }
    const changed = JSON.stringify(next) !== JSON.stringify(externalFigures);
    externalFigures = next;
    if (changed) reanalyseAll();
  }
  let externalTimer: NodeJS.Timeout | undefined;
  const scheduleExternalRefresh = () => {
    clearTimeout(externalTimer);
    externalTimer = setTimeout(() => void refreshExternalFigures().catch((e) => log(`workspace index failed: ${e}`)), 500);
  };

  // ---- scheduling: per document, debounced, never publishing for an outdated version
  function stateOf(uri: string): DocState {
    let s = states.get(uri);
    if (!s) { s = { version: -1, waiters: [] }; states.set(uri, s); }
    return s;
  }

  /**
   * Analyse soon, at most once per debounce interval: the first change after a quiet spell
   * runs at once (on the next turn of the event loop, so changes arriving together are
   * analysed together); changes during the interval are folded into one run at its end.
   */
  function schedule(uri: string, delay?: number) {
    const state = stateOf(uri);
    if (state.timer) {
      if (delay !== 0) return; // a run is due and will see the latest text
      clearTimeout(state.timer);
    }
    const wait = delay ?? Math.max(0, settings.analysis.debounceMs - (Date.now() - (state.lastRun ?? 0)));
    state.timer = setTimeout(() => run(uri), wait);
  }

  /** Time one slice of an analysis may take before other requests get a turn. */
  const SLICE_MS = 40;

  function run(uri: string) {
    const state = states.get(uri);
    const document = documents.get(uri);
    if (!state || !document) return;
    state.timer = undefined;
    state.lastRun = Date.now();
    state.running = true;
    const steps = analyseInSteps(uri, document, state.cache, state.typing);
    const step = () => {
      // a newer version is waiting: abandon this analysis (its run is already scheduled)
      if (documents.get(uri)?.version !== document.version || states.get(uri) !== state) {
        state.running = false;
        return;
      }
      const deadline = Date.now() + SLICE_MS;
      try {
        for (;;) {
          const next = steps.next();
          if (next.done) return finish(uri, state, document, next.value);
          if (Date.now() >= deadline) return void setImmediate(step);
        }
      } catch (e) {
        state.running = false;
        log(`analysis of ${uri} failed: ${(e as Error).stack ?? e}`);
      }
    };
    step();
  }

  function finish(uri: string, state: DocState, document: TextDocument, result: { analysed: AnalysedDocument; cache: BlockCache }) {
    state.running = false;
    state.analysed = result.analysed;
    state.cache = result.cache;
    state.version = document.version;
    const waiters = state.waiters.splice(0);
    for (const w of waiters) w();
    // another document's conflicts depend on this one's comparable figures
    const comparable = comparableSignature(state.analysed);
    if (comparable !== state.comparable) {
      if (state.comparable !== undefined) scheduleExternalRefresh();
      state.comparable = comparable;
    }
    publish(uri);
    schedulePauseRefresh(uri, state);
    if (!segmenter) setImmediate(startSegmentation);
  }

  /** After typing stops, show the diagnostic of the figure that was being typed. */
  function schedulePauseRefresh(uri: string, state: DocState) {
    clearTimeout(state.pauseTimer);
    if (!state.typing) return;
    const wait = state.typing.at + settings.diagnostics.typingPauseMs - Date.now();
    state.pauseTimer = setTimeout(() => {
      if (state.analysed) state.analysed.typing = undefined;
      state.typing = undefined;
      publish(uri, true);
    }, Math.max(0, wait) + 5);
  }

  function publish(uri: string, refresh = false) {
    const state = states.get(uri);
    if (!state?.analysed) return;
    if (pullDiagnostics) {
      if (refresh) void connection.languages.diagnostics.refresh();
      return;
    }
    connection.sendDiagnostics({ uri, version: state.version, diagnostics: diagnosticsFor(state.analysed, settings, locale) });
  }

  function reanalyseAll() {
    for (const doc of documents.all()) schedule(doc.uri, 0);
    if (pullDiagnostics) setTimeout(() => void connection.languages.diagnostics.refresh(), 5);
  }

  async function analysed(uri: string, token?: CancellationToken): Promise<AnalysedDocument | undefined> {
    const document = documents.get(uri);
    if (!document) return fileAnalyses.get(uri)?.analysed;
    const state = stateOf(uri);
    if (state.analysed && state.version === document.version) return state.analysed;
    if (!state.timer && !state.running) schedule(uri, 0);
    await new Promise<void>((resolve) => {
      state.waiters.push(resolve);
      token?.onCancellationRequested(() => resolve());
    });
    if (token?.isCancellationRequested) return undefined;
    const current = documents.get(uri);
    return current && state.version === current.version ? state.analysed : undefined;
  }

  function allAnalysed(): AnalysedDocument[] {
    return [...states.values()].map((s) => s.analysed).filter((a): a is AnalysedDocument => !!a);
  }

  // ---- workspace files
  function publishWorkspaceFileProblems() {
    for (const { path, text, problems } of store.problems.values()) {
      const doc = TextDocument.create(pathToFileURL(path).toString(), 'json', 0, text);
      connection.sendDiagnostics({
        uri: doc.uri,
        diagnostics: problems.map((p) => ({
          range: { start: doc.positionAt(p.offset), end: doc.positionAt(Math.min(text.length, p.offset + 1)) },
          severity: 1,
          source: 'ai-annotator',
          code: 'workspace-file-invalid',
          message: `${p.message} — this file is ignored until it is fixed; it is never overwritten.`,
        })),
      });
    }
  }

  function workspaceFilesChanged() {
    const changed = store.reload();
    publishWorkspaceFileProblems();
    if (changed.knowledge) {
      engine = { kb: store.kb, segmenter: engine.segmenter };
      fileAnalyses.clear();
      scheduleExternalRefresh();
    }
    if (changed.knowledge || changed.verifications) reanalyseAll();
  }

  /** The setting, or AI_ANNOTATE_SEGMENTER when the setting leaves it to auto (other editors set the variable). */
  function chosenSegmenter(): SegmenterChoice {
    const fromEnv = segmenterChoiceFromEnv();
    return settings.segmenter !== 'auto' || typeof fromEnv !== 'string' ? settings.segmenter : fromEnv;
  }

  let startSegmentationTimer: NodeJS.Timeout | undefined;
  /** The choice is a setting: no worker starts before the settings have been read. */
  let settingsRead = false;
  let segmentationWanted = false;
  /** Start the chosen segmenter's worker, unless it is already there; a new choice replaces the old one once it has loaded. */
  function startSegmentation() {
    clearTimeout(startSegmentationTimer);
    segmentationWanted = true;
    if (!settingsRead) return;
    const choice = chosenSegmenter();
    if (segmenter && segmenterChoice === choice) return;
    const handle = startSegmenterWorker([...engine.kb.aliases.keys()], choice, log);
    segmenter = handle;
    segmenterChoice = choice;
    segmenterWorkers.add(handle);
    void handle.ready.then((loaded) => {
      if (segmenter !== handle) {
        segmenterWorkers.delete(handle);
        void handle.dispose();
        return;
      }
      for (const other of segmenterWorkers) if (other !== handle) void other.dispose();
      segmenterWorkers.clear();
      segmenterWorkers.add(handle);
      if (!loaded && !engine.segmenter) return;
      engine = { kb: engine.kb, segmenter: loaded?.segmenter };
      if (loaded) log(`word segmentation ready (${loaded.kind === 'native' ? 'nodejieba' : 'jieba-wasm'})`);
      reanalyseAll();
    });
  }

  const ctx: ServerContext = {
    connection,
    documents,
    get locale() { return locale; },
    settings: () => settings,
    analysed,
    allAnalysed,
    workspaceAnalyses,
    analyseFile: async (uri) => (uri.startsWith('file:') ? analyseFile(uri) : undefined),
    kb: () => engine.kb,
    log,
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = params.initializationOptions as { locale?: string; client?: string } | undefined;
    locale = options?.locale ?? params.locale ?? 'en';
    viaClient = options?.client === 'vscode';
    pullDiagnostics = !!params.capabilities.textDocument?.diagnostic;
    configurationSupport = !!params.capabilities.workspace?.configuration;
    const rootUri = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    const root = rootUri?.startsWith('file:') ? fileURLToPath(rootUri) : undefined;
    store = new WorkspaceStore(root);
    engine = { kb: store.kb };
    const watchedDynamically = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    connection.onInitialized(() => {
      publishWorkspaceFileProblems();
      if (watchedDynamically) {
        void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${WORKSPACE_DIR}/*.json` }, { globPattern: '**/*.{md,markdown,txt}' }] });
      } else if (root) {
        try {
          watcher = watch(root, { recursive: true }, (_event, file) => {
            if (file && String(file).includes(WORKSPACE_DIR)) workspaceFilesChanged();
          });
        } catch (e) {
          log(`cannot watch ${root}: ${(e as Error).message}`);
        }
      }
      void readSettings().then(() => {
        settingsRead = true;
        if (segmentationWanted) startSegmentation();
        reanalyseAll();
      });
      // the segmenter loads in a worker, off the critical path: after the first results are out
      // (or after a moment when no document is open); then every document is refined
      startSegmentationTimer = setTimeout(startSegmentation, 400);
      scheduleExternalRefresh();
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        documentSymbolProvider: { label: 'AI Annotator' },
        workspaceSymbolProvider: true,
        semanticTokensProvider: { legend: LEGEND, full: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false },
        executeCommandProvider: { commands: SERVER_COMMAND_IDS },
        inlayHintProvider: true,
        documentHighlightProvider: true,
        referencesProvider: true,
        diagnosticProvider: pullDiagnostics ? { interFileDependencies: true, workspaceDiagnostics: false } : undefined,
      },
      serverInfo: { name: 'ai-annotator' },
    };
  });

  async function readSettings() {
    if (!configurationSupport) return;
    try {
      const raw = await connection.workspace.getConfiguration('aiAnnotator');
      settings = mergeSettings(raw);
    } catch (e) {
      log(`cannot read settings: ${(e as Error).message}`);
    }
  }

  connection.onDidChangeConfiguration(async (change) => {
    if (configurationSupport) await readSettings();
    else settings = mergeSettings((change.settings as { aiAnnotator?: unknown } | undefined)?.aiAnnotator);
    if (segmenter && segmenterChoice !== chosenSegmenter()) startSegmentation();
    reanalyseAll();
    if (!pullDiagnostics) for (const d of documents.all()) publish(d.uri);
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => c.uri.includes(`/${WORKSPACE_DIR}/`))) workspaceFilesChanged();
    if (params.changes.some((c) => TEXT_FILE.test(c.uri))) scheduleExternalRefresh();
  });

  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidClose((e) => {
    const s = states.get(e.document.uri);
    if (s) { clearTimeout(s.timer); clearTimeout(s.pauseTimer); for (const w of s.waiters.splice(0)) w(); }
    states.delete(e.document.uri);
    if (!pullDiagnostics) connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  // remember where the user is typing (the figure there is not underlined until a pause):
  // TextDocuments owns the change notification, so it listens through a connection that tells us first
  documents.listen({
    onDidOpenTextDocument: (h) => connection.onDidOpenTextDocument(h),
    onDidCloseTextDocument: (h) => connection.onDidCloseTextDocument(h),
    onWillSaveTextDocument: (h) => connection.onWillSaveTextDocument(h),
    onWillSaveTextDocumentWaitUntil: (h) => connection.onWillSaveTextDocumentWaitUntil(h),
    onDidSaveTextDocument: (h) => connection.onDidSaveTextDocument(h),
    onDidChangeTextDocument: (h) => connection.onDidChangeTextDocument((params) => {
      const last = params.contentChanges[params.contentChanges.length - 1];
      const before = documents.get(params.textDocument.uri);
      if (last && 'range' in last && before) {
        stateOf(params.textDocument.uri).typing = { offset: before.offsetAt(last.range.start) + last.text.length, at: Date.now() };
      }
      return h(params);
    }),
  });

  connection.languages.diagnostics.on(guard(ctx, 'diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, async (params, token) => {
    const a = await analysed(params.textDocument.uri, token);
    return { kind: DocumentDiagnosticReportKind.Full, items: a ? diagnosticsFor(a, settings, locale) : [] };
  }));
  connection.onHover(guard(ctx, 'hover', null, async (params, token) => {
    const a = await analysed(params.textDocument.uri, token);
    return a ? hoverAt(a, a.document.offsetAt(params.position), locale, store.recordsFor(a.path)) ?? null : null;
  }));
  connection.onDocumentSymbol(guard(ctx, 'documentSymbol', [], async (params, token) => {
    const a = await analysed(params.textDocument.uri, token);
    return a ? documentSymbols(a, locale) : [];
  }));
  connection.onWorkspaceSymbol(guard(ctx, 'workspaceSymbol', [], async (params, token) => workspaceSymbols(await workspaceAnalyses(token), params.query, locale)));
  connection.languages.semanticTokens.on(guard(ctx, 'semanticTokens', { data: [] }, async (params, token) => {
    const a = await analysed(params.textDocument.uri, token);
    return a ? semanticTokens(a) : { data: [] };
  }));
  connection.languages.inlayHint.on(guard(ctx, 'inlayHint', [], async (params, token) => {
    if (!settings.inlayHints.enabled) return [];
    const a = await analysed(params.textDocument.uri, token);
    return a ? inlayHints(a, params.range) : [];
  }));
  connection.onDocumentHighlight(guard(ctx, 'documentHighlight', [], async (params, token) => {
    const a = await analysed(params.textDocument.uri, token);
    return a ? documentHighlights(a, a.document.offsetAt(params.position)) : [];
  }));
  connection.onReferences(guard(ctx, 'references', [], async (params, token) => {
    const a = await analysed(params.textDocument.uri, token);
    return a ? references(a, a.document.offsetAt(params.position), await workspaceAnalyses(token)) : [];
  }));
  connection.onCodeAction(guard(ctx, 'codeAction', [], async (params, token) => {
    const a = await analysed(params.textDocument.uri, token);
    return a ? codeActions(a, params, locale, viaClient) : [];
  }));
  registerCommands(ctx, {
    store: () => store,
    pathOf,
    afterWorkspaceWrite: workspaceFilesChanged,
  });

  connection.onShutdown(async () => {
    watcher?.close();
    await Promise.all([...segmenterWorkers].map((w) => w.dispose()));
  });
  connection.listen();
  return connection;
}

if (require.main === module) startServer();
