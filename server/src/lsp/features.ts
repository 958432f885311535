// The LSP features on the connection: what the server announces, and each request handed to its
// feature (../features/) with the analysis of the document's current version.
import {
  CodeActionKind, DocumentDiagnosticReportKind, type InitializeResult,
} from 'vscode-languageserver/node';
import { codeActions } from '../features/codeActions.ts';
import { diagnosticsFor } from '../features/diagnostics.ts';
import { documentHighlights, references } from '../features/highlights.ts';
import { hoverAt } from '../features/hover.ts';
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

export function registerFeatures(ctx: ServerContext, store: () => WorkspaceStore, viaClient: () => boolean) {
  const { connection, analysed } = ctx;
  connection.languages.diagnostics.on(guard(ctx, 'diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, async (params, token) => {
    const a = await analysed(params.textDocument.uri, token);
    return { kind: DocumentDiagnosticReportKind.Full, items: a ? diagnosticsFor(a, ctx.settings(), ctx.locale) : [] };
  }));
  connection.onHover(guard(ctx, 'hover', null, async (params, token) => {
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
