// The language server, wired: the connection and its documents, the engine as the server runs it
// (./lsp/engine.ts), the per-document scheduler (./lsp/scheduler.ts), the workspace index
// (./lsp/workspace.ts), settings, and the features (./lsp/features.ts, ./lsp/commands.ts). Where it
// runs is the host's business (./lsp/host.ts): ./serverNode.ts starts it in Node, ./serverBrowser.ts
// in a browser; nothing here imports Node.
import { DidChangeWatchedFilesNotification, TextDocuments, type Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { InitializationOptions } from '../../protocol/index.ts';
import { diagnosticsInSteps } from './features/diagnostics.ts';
import { DEFAULT_SETTINGS, type Settings } from './features/settings.ts';
import { DOCUMENT_GLOB, isDocumentPath } from './io/documentNames.ts';
import { WORKSPACE_DIR } from './knowledge/workspace.ts';
import { registerCommands } from './lsp/commands.ts';
import type { ServerContext } from './lsp/context.ts';
import { ServerEngine } from './lsp/engine.ts';
import { capabilities, registerFeatures } from './lsp/features.ts';
import type { ServerHost } from './lsp/host.ts';
import { DocumentSnapshot, Scheduler, trackTyping } from './lsp/scheduler.ts';
import { changesAnalysis, readSettings } from './lsp/settings.ts';
import { comparableSignatureInSteps, WorkspaceIndex } from './lsp/workspace.ts';

export function startServer(connection: Connection, host: ServerHost) {
  host.catchErrors?.((message) => connection.console.error(`[ai-annotator] ${message}`));
  const log = (message: string) => connection.console.log(`[ai-annotator] ${message}`);
  const documents = new TextDocuments<TextDocument>(DocumentSnapshot);
  let settings: Settings = DEFAULT_SETTINGS;
  let locale = 'en';
  let pullDiagnostics = false;
  /** The VS Code client asks for a source before marking a figure verified; other editors run the server command directly. */
  let viaClient = false;
  let server!: ServerEngine; // made at initialize, when the workspace folder is known
  let watcher: { close(): void } | undefined;
  /** Each open document's comparable figures, to tell when other documents must be compared again. */
  const comparable = new Map<string, string>();

  const publish = (uri: string, refresh = false) => {
    const a = scheduler.latest(uri);
    if (!a) return;
    if (pullDiagnostics) { if (refresh) void connection.languages.diagnostics.refresh(); return; }
    // only the analysis of the current version (when the document has moved on, its own analysis publishes), composed in slices
    if (documents.get(uri)?.version === a.document.version) scheduler.sliced(uri, a, 'publish', diagnosticsInSteps(a, settings, locale), (diagnostics) => connection.sendDiagnostics({ uri, version: a.document.version, diagnostics }));
  };
  const reanalyseAll = () => {
    scheduler.scheduleAll();
    if (pullDiagnostics) setTimeout(() => void connection.languages.diagnostics.refresh(), 5);
  };
  const scheduler = new Scheduler({
    documents, log,
    analyse: (uri, document, cache, typing) => server.analyse(uri, document, index.externalFigures(uri), cache, typing, settings.analysis.maxDocumentSizeMB),
    debounceMs: () => settings.analysis.debounceMs,
    typingPauseMs: () => settings.diagnostics.typingPauseMs,
    analysed(uri, a) {
      scheduler.sliced(uri, a, 'signature', comparableSignatureInSteps(a), (signature) => {
        if (comparable.has(uri) && comparable.get(uri) !== signature) index.scheduleRefresh();
        comparable.set(uri, signature);
      });
      publish(uri);
      setImmediate(() => server.startSegmentation());
    },
    typingPaused: (uri) => publish(uri, true),
  });
  const index: WorkspaceIndex = new WorkspaceIndex({
    get disk() { return server?.store.disk; },
    kb: () => server.engine.kb,
    analyseText: (uri, document) => server.analyseNow(uri, document, index.externalFigures(uri)),
    openAnalyses: () => scheduler.all(),
    isOpen: (uri) => !!documents.get(uri),
    externalChanged: reanalyseAll,
    log,
  });

  const publishWorkspaceFileProblems = () => { for (const d of server.store.diagnostics()) connection.sendDiagnostics(d); };
  function workspaceFilesChanged() {
    const changed = server.reloadWorkspaceFiles();
    publishWorkspaceFileProblems();
    if (changed.knowledge) index.scheduleRefresh(true);
    if (changed.knowledge || changed.verifications) reanalyseAll();
  }

  const ctx: ServerContext = {
    connection, documents, log,
    get locale() { return locale; },
    settings: () => settings,
    analysed: (uri, token) => scheduler.analysed(uri, token),
    sinceLast: (uri) => scheduler.sinceLast(uri),
    allAnalysed: () => scheduler.all(),
    workspaceAnalyses: (token) => index.analyses(token),
    documentsIn: (folder) => index.documentsIn(folder),
    analyseFile: async (uri) => index.analyseFile(uri),
    kb: () => server.engine.kb,
  };

  connection.onInitialize(async (params) => {
    const options = params.initializationOptions as InitializationOptions | undefined;
    await host.initialize?.(options);
    log(`language server running in ${host.name}`);
    locale = options?.locale ?? params.locale ?? 'en';
    viaClient = options?.client === 'vscode';
    pullDiagnostics = !!params.capabilities.textDocument?.diagnostic;
    const configurationSupport = !!params.capabilities.workspace?.configuration;
    const rootUri = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    server = new ServerEngine(host, host.disk(rootUri), reanalyseAll, log);
    const applySettings = (pushed?: unknown) => readSettings(connection, configurationSupport, pushed).then((read) => {
      const reanalyse = changesAnalysis(settings, read.settings);
      settings = read.settings;
      server.chooseSegmenter(settings.segmenter);
      if (index.setExclusions(read.filesExclude, settings.exclude)) index.scheduleRefresh();
      if (reanalyse) reanalyseAll();
      else if (pullDiagnostics) void connection.languages.diagnostics.refresh();
      else for (const d of documents.all()) publish(d.uri);
    }, (e) => log(`cannot read settings: ${(e as Error).message}`));
    connection.onDidChangeConfiguration((change) => applySettings(change.settings));
    connection.onInitialized(() => {
      publishWorkspaceFileProblems();
      if (params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${WORKSPACE_DIR}/*.json` }, { globPattern: DOCUMENT_GLOB }] });
      } else {
        watcher = server.store.watch(workspaceFilesChanged, log);
      }
      void applySettings();
      server.startSegmentationSoon();
      index.scheduleRefresh();
    });
    return { capabilities: capabilities(pullDiagnostics), serverInfo: { name: 'ai-annotator' } };
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => c.uri.includes(`/${WORKSPACE_DIR}/`))) workspaceFilesChanged();
    if (params.changes.some((c) => isDocumentPath(c.uri) && index.includes(c.uri))) index.scheduleRefresh();
  });
  documents.onDidChangeContent((e) => scheduler.schedule(e.document.uri));
  documents.onDidOpen((e) => scheduler.schedule(e.document.uri, 0));
  documents.onDidClose((e) => {
    scheduler.close(e.document.uri);
    // a closed document's figures leave the comparison (read again from disk if it is a workspace file)
    if (comparable.delete(e.document.uri)) index.scheduleRefresh();
    if (!pullDiagnostics) connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  trackTyping(connection, documents, (uri, offset) => scheduler.typed(uri, offset), (uri, edit) => scheduler.edited(uri, edit));
  registerFeatures(ctx, () => server.store, () => viaClient);
  registerCommands(ctx, { store: () => server.store, pathOf: (uri) => server.pathOf(uri), afterWorkspaceWrite: workspaceFilesChanged });

  connection.onShutdown(async () => {
    watcher?.close();
    index.dispose();
    await server.dispose();
  });
  connection.listen();
  return connection;
}
