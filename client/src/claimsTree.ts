// The Claims view in the Explorer: the active document's figures by status, then by subject,
// then by what they measure (groupClaims). Thin: the data is the server's report of the document; it is fetched again,
// debounced, when the active editor, the document or its diagnostics change, and only while
// the view is visible and for documents the extension serves.
import * as vscode from 'vscode';
import { CLAIMS_VIEW, CLIENT_COMMANDS, type FigureStatus, type ReportFigure } from '../../protocol/index.ts';
import { groupClaims, type AttributeGroup, type StatusGroup, type SubjectGroup } from './claimsGroups.ts';
import type { ReportRequest } from './report.ts';

const DEBOUNCE_MS = 300;

type Node =
  | { type: 'status'; group: StatusGroup }
  | { type: 'subject'; group: SubjectGroup }
  | { type: 'attribute'; subject: SubjectGroup; group: AttributeGroup }
  | { type: 'figure'; figure: ReportFigure };

const STATUS_ICON: Record<FigureStatus, [string, string]> = {
  conflict: ['error', 'charts.red'],
  unverified: ['warning', 'charts.yellow'],
  attributed: ['info', 'charts.blue'],
  verified: ['pass', 'charts.green'],
};

export function statusLabel(status: FigureStatus): string {
  switch (status) {
    case 'conflict': return vscode.l10n.t('conflict');
    case 'unverified': return vscode.l10n.t('unverified');
    case 'attributed': return vscode.l10n.t('attributed');
    case 'verified': return vscode.l10n.t('verified');
  }
}

export class ClaimsTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private groups: StatusGroup[] = [];
  private uri: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  private shown = '';
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<Node>;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly request: ReportRequest, private readonly serves: (document: vscode.TextDocument) => boolean) {
    this.view = vscode.window.createTreeView(CLAIMS_VIEW, { treeDataProvider: this, showCollapseAll: true });
    const activeUri = () => vscode.window.activeTextEditor?.document.uri.toString();
    this.subscriptions.push(
      this.view, this.changed,
      this.view.onDidChangeVisibility((e) => { if (e.visible) this.schedule(0); }),
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.document.uri.toString() === activeUri()) this.schedule(); }),
      vscode.workspace.onDidCloseTextDocument((d) => { if (d.uri.toString() === this.uri) this.schedule(0); }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const uri = activeUri();
        if (uri && e.uris.some((u) => u.toString() === uri)) this.schedule();
      }),
    );
    this.schedule(0);
  }

  /** Fetch again after a pause (the last change of a burst wins). */
  schedule(delay = DEBOUNCE_MS) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  async refresh() {
    if (!this.view.visible) return;
    const generation = ++this.generation;
    const active = vscode.window.activeTextEditor?.document;
    // focus in a webview, the Output panel or a diff: keep showing the last document while it is open
    // (a document the client serves: on disk, unsaved, or of the workspace's own scheme in a browser)
    const document = active && this.serves(active)
      ? active
      : vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.uri);
    if (!document || !this.serves(document)) return this.show(undefined, [], vscode.l10n.t('Open a Markdown or text document to see its claims.'));
    const data = await this.request({ uri: document.uri.toString() }).catch(() => null);
    if (generation !== this.generation) return; // a newer refresh is under way
    if (!data) return this.show(document.uri.toString(), [], vscode.l10n.t('The language server has no analysis of this document yet.'));
    const groups = groupClaims(data.figures);
    this.show(document.uri.toString(), groups, groups.length ? undefined : vscode.l10n.t('No figures in this document.'));
  }

  private show(uri: string | undefined, groups: StatusGroup[], message: string | undefined) {
    // the same claims again (a diagnostics refresh, an edit elsewhere): leave the tree as it is
    const shown = JSON.stringify([uri, groups, message]);
    if (shown === this.shown) return;
    this.shown = shown;
    this.uri = uri;
    this.groups = groups;
    this.view.message = message;
    const count = groups.find((g) => g.status === 'unverified')?.count ?? 0;
    this.view.badge = count ? { value: count, tooltip: vscode.l10n.t('{0} unverified figures', count) } : undefined;
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.groups.map((group) => ({ type: 'status', group }));
    if (node.type === 'status') return node.group.subjects.map((group) => ({ type: 'subject', group }));
    if (node.type === 'subject') return node.group.attributes.map((group) => ({ type: 'attribute', subject: node.group, group }));
    if (node.type === 'attribute') return node.group.figures.map((figure) => ({ type: 'figure', figure }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'status') {
      const { status, count } = node.group;
      const item = new vscode.TreeItem(statusLabel(status), status === 'verified' || status === 'attributed' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
      item.id = `${this.uri}#${status}`;
      item.description = String(count);
      const [icon, colour] = STATUS_ICON[status];
      item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(colour));
      item.contextValue = `status-${status}`;
      return item;
    }
    if (node.type === 'subject') {
      const { status, subjectId, subject, figures } = node.group;
      const item = new vscode.TreeItem(subjectId ? subject ?? subjectId : vscode.l10n.t('(no subject)'), vscode.TreeItemCollapsibleState.Expanded);
      item.id = `${this.uri}#${status}#${subjectId ?? ''}`;
      item.description = String(figures.length);
      item.tooltip = subjectId;
      item.iconPath = new vscode.ThemeIcon(subjectId ? (subjectId.startsWith('vendor:') ? 'organization' : 'symbol-module') : 'question');
      item.contextValue = 'subject';
      return item;
    }
    if (node.type === 'attribute') {
      const { attribute, name, figures } = node.group;
      const item = new vscode.TreeItem(name ?? attribute ?? vscode.l10n.t('(unknown)'), vscode.TreeItemCollapsibleState.Expanded);
      item.id = `${this.uri}#${node.subject.status}#${node.subject.subjectId ?? ''}#${attribute ?? ''}`;
      item.description = String(figures.length);
      item.tooltip = attribute;
      item.iconPath = new vscode.ThemeIcon('symbol-property');
      item.contextValue = 'attribute';
      return item;
    }
    const f = node.figure;
    const item = new vscode.TreeItem(f.text, vscode.TreeItemCollapsibleState.None);
    item.id = `${this.uri}#${f.status}#${f.subjectId ?? ''}#${f.range.start.line}:${f.range.start.character}`;
    item.description = `${f.description} · ${statusLabel(f.status)}`;
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(`${f.text} — ${f.description}\n`);
    tooltip.appendText(vscode.l10n.t('Line {0} · {1}', f.range.start.line + 1, statusLabel(f.status)));
    if (f.source) tooltip.appendText(`\n${f.source}`);
    item.tooltip = tooltip;
    item.iconPath = new vscode.ThemeIcon('symbol-number');
    item.contextValue = 'figure';
    item.command = { command: CLIENT_COMMANDS.revealFigure, title: vscode.l10n.t('Show in the editor'), arguments: [f] };
    return item;
  }

  dispose() {
    clearTimeout(this.timer);
    for (const d of this.subscriptions) d.dispose();
  }
}
