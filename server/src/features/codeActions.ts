// Quick fixes: on a figure "Mark as verified…" and "Ignore this figure"; on a verified figure
// "Unmark"; on a name recognised by its form only, "Add to knowledge base…". Everything an
// action needs travels in Diagnostic.data or comes from the analysis already made. The VS Code
// client's commands ask the user for a source or a kind first; other editors run the server's.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import { CLIENT_COMMANDS, SERVER_COMMANDS } from '../../../protocol/index.ts';
import type { AnalysedDocument } from './context.ts';
import { CODES, DIAGNOSTIC_SOURCE, figureData, figureFor, type FigureDiagnosticData } from './diagnostics.ts';
import { t } from './messages.ts';

export function codeActions(doc: AnalysedDocument, params: CodeActionParams, locale: string, viaClient = true): CodeAction[] {
  const actions: CodeAction[] = [];
  const ours = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && (d.data as FigureDiagnosticData | undefined)?.figure);
  for (const d of ours) {
    // the anchor (text before and after the figure) travels with the command, read from the analysed text
    const found = figureFor(doc, d.data as FigureDiagnosticData);
    const data = found ? figureData(doc, found) : (d.data as FigureDiagnosticData);
    actions.push(action(t(locale, 'action.verify'), [d], viaClient ? CLIENT_COMMANDS.markVerified : SERVER_COMMANDS.markVerified, [doc.uri, data], true));
    if (d.code !== CODES.conflict) actions.push(action(t(locale, 'action.ignore'), [d], SERVER_COMMANDS.ignoreFigure, [doc.uri, data]));
  }
  const from = doc.document.offsetAt(params.range.start);
  const to = doc.document.offsetAt(params.range.end);
  const touches = (s: { start: number; end: number }) => s.start <= to && from <= s.end;
  // a verified figure has no diagnostic: offer to unmark it where the cursor is
  for (const f of doc.analysis.figures) {
    if (!touches(f)) continue;
    if (f.statusReason.kind === 'verification') {
      actions.push(action(t(locale, 'action.unverify'), [], SERVER_COMMANDS.unmarkVerified, [f.statusReason.recordId]));
    } else if (!ours.length && f.status !== 'verified') {
      // also when diagnostics are switched off
      actions.push(action(t(locale, 'action.verify'), [], viaClient ? CLIENT_COMMANDS.markVerified : SERVER_COMMANDS.markVerified, [doc.uri, figureData(doc, f)]));
    }
  }
  const unknown = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code === CODES.unknownModel);
  for (const e of doc.analysis.entities) {
    if (!touches(e) || e.via === 'knowledge' || doc.kb.get(e.entityId)) continue;
    const entry = { kind: e.kind, name: e.canonical, vendorId: e.vendorId };
    // the "unknown model" hint on this name, so that the fix is offered with it
    const hint = unknown.filter((d) => doc.document.offsetAt(d.range.start) === e.start && doc.document.offsetAt(d.range.end) === e.end);
    actions.push(action(t(locale, 'action.addToKnowledge', e.canonical), hint, viaClient ? CLIENT_COMMANDS.addToKnowledge : SERVER_COMMANDS.addToKnowledge, [entry], hint.length > 0));
  }
  return actions;
}

function action(title: string, diagnostics: Diagnostic[], command: string, args: unknown[], preferred = false): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics, isPreferred: preferred || undefined, command: { title, command, arguments: args } };
}
