// The LSP features on the connection: what the server announces, and each request handed to its
// feature (../features/) with the analysis of the document's current version.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import {
  CodeActionKind, DocumentDiagnosticReportKind, LSPErrorCodes, ResponseError,
  type CancellationToken, type DiagnosticServerCancellationData, type Hover, type Position, type DocumentDiagnosticParams, type DocumentDiagnosticReport, type InitializeResult,
} from 'vscode-languageserver';
import { codeActions } from '../features/codeActions.ts';
import { diagnosticsFor } from '../features/diagnostics.ts';
import { documentHighlights, references } from '../features/highlights.ts';
import { hoverAt, itemAt } from '../features/hover.ts';
import { inlayHints } from '../features/inlayHints.ts';
import { LEGEND, semanticTokens } from '../features/semanticTokens.ts';
import { documentSymbols, workspaceSymbols } from '../features/symbols.ts';
import { SERVER_COMMAND_IDS } from './commands.ts';
import { guard, type ServerContext } from './context.ts';
import type { WorkspaceStore } from './workspaceStore.ts';

export function capabilities(pullDiagnostics: boolean): InitializeResult['capabilities'] {
  return {
    textDocumentSync: { openClose: true, change: 2 /* incremental */ },
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
  };
}

/** How often a pull that an edit overtook waits for the newer version before the client is told to ask again. */
const PULL_ATTEMPTS = 3;

/**
 * A pull (textDocument/diagnostic) answered for the version current when the answer is sent:
 * when an edit overtakes the analysis it waited for, it waits for the newer one, and after a few
 * such races it answers ServerCancelled so that the client asks again; a request the client
 * cancelled gets RequestCancelled, never an empty report. The result id names the version and
 * the items, so `unchanged` is only ever said of the very same report.
 */
async function pullDiagnostics(ctx: ServerContext, params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
  const uri = params.textDocument.uri;
  for (let attempt = 1; ; attempt++) {
    const a = await ctx.analysed(uri, token);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled by the client');
    const current = ctx.documents.get(uri);
    if (!current) return { kind: DocumentDiagnosticReportKind.Full, items: [] }; // closed: nothing to show
    if (a && a.document.version === current.version) {
      const items = diagnosticsFor(a, ctx.settings(), ctx.locale);
      const resultId = `${current.version}:${bytesToHex(sha256(utf8ToBytes(JSON.stringify(items)))).slice(0, 24)}`;
      return params.previousResultId === resultId ? { kind: DocumentDiagnosticReportKind.Unchanged, resultId } : { kind: DocumentDiagnosticReportKind.Full, resultId, items };
    }
    if (attempt >= PULL_ATTEMPTS) {
      throw new ResponseError<DiagnosticServerCancellationData>(LSPErrorCodes.ServerCancelled, 'the document changed while its diagnostics were computed', { retriggerRequest: true });
    }
  }
}

/**
 * A hover while the document's current version is being analysed (seconds, for a huge one): from
 * the last analysis, when the item under the caret is one the edits since have not touched; its
 * range moved to where it is now. Undefined when that cannot be told: then the hover waits.
 */
function hoverFromLast(ctx: ServerContext, store: WorkspaceStore, uri: string, position: Position): Hover | undefined {
  const last = ctx.sinceLast(uri);
  const current = ctx.documents.get(uri);
  if (!last || !current) return undefined;
  const at = last.toAnalysed(current.offsetAt(position));
  const item = at === undefined ? undefined : itemAt(last.analysed, at);
  const now = item && last.toCurrent(item.start, item.end);
  if (!now) return undefined;
  const hover = hoverAt(last.analysed, at!, ctx.locale, store.recordsFor(last.analysed.path));
  return hover && { ...hover, range: { start: current.positionAt(now[0]), end: current.positionAt(now[1]) } };
}

export function registerFeatures(ctx: ServerContext, store: () => WorkspaceStore, viaClient: () => boolean) {
  const { connection, analysed } = ctx;
  connection.languages.diagnostics.on(guard(ctx, 'diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, (params, token) => pullDiagnostics(ctx, params, token)));
  connection.onHover(guard(ctx, 'hover', null, async (params, token) => {
    const quick = hoverFromLast(ctx, store(), params.textDocument.uri, params.position);
    if (quick) return quick;
    const a = await analysed(params.textDocument.uri, token);
    return a ? hoverAt(a, a.document.offsetAt(params.position), ctx.locale, store().recordsFor(a.path), { outdatedAfterMonths: ctx.settings().knowledge.outdatedAfterMonths }) ?? null : null;
  }));
  connection.onDocumentSymbol(guard(ctx, 'documentSymbol', [], async (params, token) => {
    const a = await analysed(params.textDocument.uri, token);
    return a ? documentSymbols(a, ctx.locale) : [];
  }));
  connection.onWorkspaceSymbol(guard(ctx, 'workspaceSymbol', [], async (params, token) => workspaceSymbols(await ctx.workspaceAnalyses(token), params.query, ctx.locale)));
  connection.languages.semanticTokens.on(guard(ctx, 'semanticTokens', { data: [] }, async (params, token) => {
    const a = await analysed(params.textDocument.uri, token);
    return a ? semanticTokens(a) : { data: [] };
  }));
  connection.languages.inlayHint.on(guard(ctx, 'inlayHint', [], async (params, token) => {
    if (!ctx.settings().inlayHints.enabled) return [];
    const a = await analysed(params.textDocument.uri, token);
    return a ? inlayHints(a, params.range) : [];
  }));
  connection.onDocumentHighlight(guard(ctx, 'documentHighlight', [], async (params, token) => {
    const a = await analysed(params.textDocument.uri, token);
    return a ? documentHighlights(a, a.document.offsetAt(params.position)) : [];
  }));
  connection.onReferences(guard(ctx, 'references', [], async (params, token) => {
    const a = await analysed(params.textDocument.uri, token);
    return a ? references(a, a.document.offsetAt(params.position), await ctx.workspaceAnalyses(token)) : [];
  }));
  connection.onCodeAction(guard(ctx, 'codeAction', [], async (params, token) => {
    const a = await analysed(params.textDocument.uri, token);
    return a ? codeActions(a, params, ctx.locale, viaClient()) : [];
  }));
}
