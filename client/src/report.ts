// The report webview: one panel for a document's report, one for the workspace's. Thin: the
// server shapes the data (aiAnnotator/report), reportHtml renders it, and the webview only
// sends back the index of a figure to reveal or asks for a refresh.
import * as vscode from 'vscode';
import type { ReportData, ReportParams } from '../../protocol/index.ts';
import { reportHtml } from './reportHtml.ts';
import { revealFigure } from './reveal.ts';

export type ReportRequest = (params: ReportParams, token?: vscode.CancellationToken) => Promise<ReportData | null>;

interface Shown { panel: vscode.WebviewPanel; data?: ReportData; uri?: string }

export class ReportPanels implements vscode.Disposable {
  private readonly shown = new Map<'document' | 'workspace', Shown>();

  constructor(private readonly request: ReportRequest) {}

  /** The report of a document (its uri) or of the workspace (no uri). */
  async show(uri?: string): Promise<ReportData | undefined> {
    const scope = uri ? 'document' : 'workspace';
    const data = await this.fetch(uri);
    if (!data) {
      if (uri) throw new Error(vscode.l10n.t('the language server has no analysis of this document'));
      return undefined; // cancelled
    }
    let entry = this.shown.get(scope);
    if (!entry) {
      const panel = vscode.window.createWebviewPanel(`aiAnnotator.report.${scope}`, '', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
        { enableScripts: true, localResourceRoots: [], enableFindWidget: true });
      const created: Shown = { panel };
      entry = created;
      this.shown.set(scope, created);
      panel.onDidDispose(() => this.shown.delete(scope));
      panel.webview.onDidReceiveMessage(async (message: { type?: string; figure?: unknown }) => {
        try {
          if (message?.type === 'refresh') {
            const fresh = await this.fetch(created.uri);
            if (fresh) this.render(created, fresh, created.uri);
          } else if (message?.type === 'reveal' && Number.isInteger(message.figure)) {
            const figure = created.data?.figures[message.figure as number];
            if (figure) await revealFigure(figure);
          }
        } catch (e) {
          void vscode.window.showErrorMessage(vscode.l10n.t('AI Annotator: {0}', (e as Error).message));
        }
      });
    } else {
      entry.panel.reveal(undefined, false);
    }
    this.render(entry, data, uri);
    return data;
  }

  dispose() {
    for (const { panel } of this.shown.values()) panel.dispose();
    this.shown.clear();
  }

  private async fetch(uri?: string): Promise<ReportData | null> {
    if (uri) return this.request({ uri });
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Building the workspace report'), cancellable: true },
      (_progress, token) => this.request({ workspace: true }, token),
    );
  }

  private render(entry: Shown, data: ReportData, uri?: string) {
    entry.data = data;
    entry.uri = uri;
    const title = uri ? vscode.workspace.asRelativePath(vscode.Uri.parse(uri)) : vscode.workspace.name ?? vscode.l10n.t('Workspace');
    entry.panel.title = vscode.l10n.t('Report: {0}', uri ? title.split('/').pop() ?? title : title);
    entry.panel.webview.html = reportHtml(data, { nonce: nonce(), language: vscode.env.language, title });
  }
}

/** A CSP nonce: 18 random bytes as hex (the Web Crypto API, in Node and in a browser alike). */
function nonce(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(18)), (b) => b.toString(16).padStart(2, '0')).join('');
}
