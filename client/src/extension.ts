// The VS Code client: starts the language server, registers the commands, shows the
// status-bar counts. Thin: analysis, diagnostics and exports all happen in the server. How the
// server starts is the entry's business: ./node.ts (a Node process) or ./browser.ts (a web
// extension: a web worker, or the extension host's own worker). In the browser build `node:path`
// is path-browserify (the paths of a web workspace are POSIX).
import { dirname, relative } from 'node:path';
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import {
  CLAIMS_VIEW, CLIENT_COMMANDS, exportName, REQUESTS, SERVER_COMMANDS, SETTINGS_SECTION as SECTION,
  type ExportResult, type FigureAt, type FormatInfo, type InitializationOptions, type KnowledgeEntry, type ReportData, type Summary,
} from '../../protocol/index.ts';
import { ClaimsTree } from './claimsTree.ts';
import { exportMany, writeRendered, type FileSystem } from './exportFiles.ts';
import { ReportPanels, type ReportRequest } from './report.ts';
import { revealFigure } from './reveal.ts';


/** Makes the language client of an entry: the server started as that platform can. */
export type ClientFactory = (context: vscode.ExtensionContext, options: LanguageClientOptions) => BaseLanguageClient;

let client: BaseLanguageClient | undefined;
let newClient: ClientFactory;
let selector: Array<{ scheme: string; language: string }> = [];
let statusItem: vscode.StatusBarItem;
let claims: ClaimsTree | undefined;

export async function activateWith(context: vscode.ExtensionContext, factory: ClientFactory) {
  newClient = factory;
  statusItem = vscode.window.createStatusBarItem('aiAnnotator.counts', vscode.StatusBarAlignment.Right, 100);
  statusItem.name = vscode.l10n.t('AI Annotator counts');
  statusItem.command = CLIENT_COMMANDS.showEntities;
  context.subscriptions.push(statusItem);

  const command = (id: string, run: (...args: any[]) => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, async (...args) => {
      try {
        return await run(...args);
      } catch (e) {
        void vscode.window.showErrorMessage(vscode.l10n.t('AI Annotator: {0}', (e as Error).message));
      }
    }));
  command(CLIENT_COMMANDS.exportDocument, exportDocument);
  command(CLIENT_COMMANDS.exportWorkspace, exportWorkspace);
  command(CLIENT_COMMANDS.exportFolder, (folder?: vscode.Uri) => exportWorkspace(undefined, undefined, undefined, folder));
  command(CLIENT_COMMANDS.markVerified, markVerified);
  command(CLIENT_COMMANDS.unmarkVerified, unmarkVerified);
  command(CLIENT_COMMANDS.showEntities, showEntities);
  command(CLIENT_COMMANDS.addToKnowledge, addToKnowledge);
  command(CLIENT_COMMANDS.toggleFigureDiagnostics, toggleFigureDiagnostics);
  // the report webview and the Claims view (data: the server's aiAnnotator/report)
  const report: ReportRequest = async (params, token) => requireClient().sendRequest<ReportData | null>(REQUESTS.report, params, token);
  const reports = new ReportPanels(report);
  claims = new ClaimsTree(report, (document) => vscode.languages.match(selector, document) > 0);
  context.subscriptions.push(reports, claims);
  showClaimsViewOnce(context);
  command(CLIENT_COMMANDS.showReport, () => {
    const { document } = activeDocument();
    if (!vscode.languages.match(selector, document)) throw new Error(vscode.l10n.t('open a Markdown or text document first'));
    return reports.show(document.uri.toString());
  });
  command(CLIENT_COMMANDS.showWorkspaceReport, () => {
    if (!vscode.workspace.workspaceFolders?.length) throw new Error(vscode.l10n.t('open a folder first'));
    return reports.show();
  });
  command(CLIENT_COMMANDS.revealFigure, revealFigure);
  command(CLIENT_COMMANDS.restartServer, async () => {
    await stopClient();
    await startClient(context);
    void vscode.window.setStatusBarMessage(vscode.l10n.t('AI Annotator: language server restarted'), 3000);
  });

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => void updateStatus()),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) void updateStatus();
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // the document selector is fixed when the client starts
      if (e.affectsConfiguration(`${SECTION}.languages`)) {
        await stopClient();
        await startClient(context);
      }
    }),
  );
  await startClient(context);
}

/**
 * The first time the extension runs, open the Claims view: VS Code adds an extension's views to
 * the Explorer collapsed at its bottom, where a newcomer would not find them. Once only, and
 * without taking the focus from the editor; afterwards the view stays as the user leaves it.
 */
function showClaimsViewOnce(context: vscode.ExtensionContext) {
  const key = 'claimsViewShown';
  if (context.globalState.get<boolean>(key)) return;
  void context.globalState.update(key, true);
  // `<view id>.open` is the command VS Code registers for every view
  void vscode.commands.executeCommand(`${CLAIMS_VIEW}.open`, { preserveFocus: true }).then(undefined, () => undefined);
}

export function deactivate() {
  return stopClient();
}

async function startClient(context: vscode.ExtensionContext) {
  const languages = vscode.workspace.getConfiguration(SECTION).get<string[]>('languages', ['markdown', 'plaintext']);
  // files on disk, unsaved ones, and the workspace's own scheme where it is not on disk (vscode-remote: in code-server's browser, vscode-vfs: on github.dev)
  const schemes = [...new Set(['file', 'untitled', ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme)])];
  selector = languages.flatMap((language) => schemes.map((scheme) => ({ scheme, language })));
  const initializationOptions: InitializationOptions = { locale: vscode.env.language, client: 'vscode' };
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector,
    synchronize: { configurationSection: [SECTION, 'files.exclude'] },
    initializationOptions,
    outputChannelName: 'AI Annotator',
  };
  client = newClient(context, clientOptions);
  await client.start();
  void updateStatus();
  claims?.schedule(0);
}

async function stopClient() {
  const c = client;
  client = undefined;
  if (c) await c.stop().catch(() => undefined);
}

function requireClient(): BaseLanguageClient {
  if (!client) throw new Error(vscode.l10n.t('the language server is not running'));
  return client;
}

function activeDocument(): vscode.TextEditor {
  const editor = vscode.window.activeTextEditor;
  if (!editor) throw new Error(vscode.l10n.t('open a Markdown or text document first'));
  return editor;
}

async function updateStatus() {
  const editor = vscode.window.activeTextEditor;
  if (!client || !editor || !vscode.languages.match(selector, editor.document)) {
    statusItem.hide();
    return;
  }
  const summary = await client.sendRequest<Summary | null>(REQUESTS.summary, { uri: editor.document.uri.toString() }).catch(() => null);
  if (!summary || summary.uri !== vscode.window.activeTextEditor?.document.uri.toString()) return;
  const c = summary.counts;
  statusItem.text = `$(organization) ${c.vendors}  $(symbol-module) ${c.models}  $(symbol-number) ${c.figures}  $(warning) ${c.unverified}`;
  statusItem.tooltip = vscode.l10n.t('{0} vendors, {1} models, {2} figures, {3} unverified — click for the list', c.vendors, c.models, c.figures, c.unverified);
  // without it, screen readers announce the icon names: "organization 2 symbol-module 2 …"
  statusItem.accessibilityInformation = { label: statusItem.tooltip };
  statusItem.show();
}

async function pickFormat(): Promise<{ name: string; extension: string } | undefined> {
  const formats = await requireClient().sendRequest<FormatInfo[]>(REQUESTS.formats);
  const picked = await vscode.window.showQuickPick(
    formats.map((f) => ({ label: f.name.toUpperCase(), description: f.description, format: f })),
    { title: vscode.l10n.t('Export annotations as'), placeHolder: vscode.l10n.t('Choose a format') },
  );
  return picked?.format;
}

/** A path of the workspace's file system as a URI: file: on disk, the workspace folder's own scheme in a browser. */
function uriOf(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return !folder || folder.scheme === 'file' ? vscode.Uri.file(path) : folder.with({ path });
}

const workspaceFs: FileSystem = {
  exists: async (p) => vscode.workspace.fs.stat(uriOf(p)).then(() => true, () => false),
  writeFile: (p, c) => Promise.resolve(vscode.workspace.fs.writeFile(uriOf(p), c)),
  rename: (a, b) => Promise.resolve(vscode.workspace.fs.rename(uriOf(a), uriOf(b), { overwrite: true })),
  mkdir: (p) => Promise.resolve(vscode.workspace.fs.createDirectory(uriOf(p))),
  delete: (p) => Promise.resolve(vscode.workspace.fs.delete(uriOf(p))),
};

async function exportDocument(format?: string, target?: string) {
  const editor = activeDocument();
  const chosen = format ? { name: format, extension: `.${format}` } : await pickFormat();
  if (!chosen) return;
  const result = await requireClient().sendRequest<ExportResult | null>(REQUESTS.exportDocument, { uri: editor.document.uri.toString(), format: chosen.name });
  if (!result?.content) throw new Error(result?.error ?? vscode.l10n.t('nothing to export'));
  const base = editor.document.uri.scheme !== 'untitled' ? editor.document.uri.fsPath : vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/'), 'untitled.md').fsPath;
  let path = target;
  if (!path) {
    const uri = await vscode.window.showSaveDialog({ defaultUri: uriOf(exportName(base, result.extension ?? chosen.extension)), title: vscode.l10n.t('Save annotations') });
    if (!uri) return;
    path = uri.fsPath; // the save dialog has already asked before replacing a file
  }
  await writeRendered(workspaceFs, path, { ...result, content: result.content }, true, dirname(path));
  void vscode.window.showInformationMessage(vscode.l10n.t('Annotations written to {0}', vscode.workspace.asRelativePath(uriOf(path))));
  return path;
}

/** Export every document of the workspace, or of one folder in it (`within`, from the Explorer's context menu). */
async function exportWorkspace(format?: string, outDir?: string, replace?: boolean, within?: vscode.Uri) {
  const folder = (within && vscode.workspace.getWorkspaceFolder(within)) || vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error(vscode.l10n.t('open a folder first'));
  const chosen = format ? { name: format, extension: `.${format}` } : await pickFormat();
  if (!chosen) return;
  const out = outDir ?? vscode.Uri.joinPath(folder.uri, 'annotations').fsPath;
  // the documents as the server's workspace index sees them (one rule: .gitignore, files.exclude, aiAnnotator.exclude), not the output folder
  const documents = await requireClient().sendRequest<string[]>(REQUESTS.documents, { folder: (within ?? folder.uri).toString() });
  const files = documents
    .map((u) => vscode.Uri.parse(u))
    .filter((u) => relative(out, u.fsPath).startsWith('..'))
    .map((u) => vscode.workspace.asRelativePath(u, false))
    .sort();
  let overwrite = replace ?? false;
  if (replace === undefined && (await workspaceFs.exists(out))) {
    const yes = vscode.l10n.t('Replace existing files');
    const no = vscode.l10n.t('Keep existing files');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists. Replace the annotation files in it?', vscode.workspace.asRelativePath(uriOf(out))), { modal: true }, yes, no);
    if (!answer) return;
    overwrite = answer === yes;
  }
  const c = requireClient();
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting annotations'), cancellable: true },
    (progress, token) =>
      exportMany(workspaceFs, files, out, chosen.extension,
        (rel) => c.sendRequest<ExportResult | null>(REQUESTS.exportDocument, { uri: vscode.Uri.joinPath(folder.uri, rel).toString(), format: chosen.name }, token).then((r) => r ?? { error: 'no answer' }),
        {
          replace: overwrite,
          isCancelled: () => token.isCancellationRequested,
          progress: (done, total) => progress.report({ message: `${done}/${total}`, increment: 100 / Math.max(1, total) }),
        }),
  );
  const message = vscode.l10n.t('{0} written, {1} kept, {2} failed{3}', result.written.length, result.skipped.length, result.failed.length, result.cancelled ? vscode.l10n.t(' (cancelled)') : '');
  if (result.failed.length) void vscode.window.showWarningMessage(`${message}: ${result.failed.map((f) => `${f.path} (${f.error})`).join('; ')}`);
  else void vscode.window.showInformationMessage(message);
  return result;
}

async function figureAtCursor(): Promise<({ uri: string } & FigureAt) | undefined> {
  const editor = activeDocument();
  const found = await requireClient().sendRequest<FigureAt | null>(REQUESTS.figureAt, { uri: editor.document.uri.toString(), position: editor.selection.active });
  if (!found) {
    void vscode.window.showInformationMessage(vscode.l10n.t('There is no figure at the cursor.'));
    return undefined;
  }
  return { uri: editor.document.uri.toString(), ...found };
}

async function markVerified(uri?: string, data?: unknown, source?: string, note?: string) {
  if (!uri || !data) {
    const at = await figureAtCursor();
    if (!at) return;
    uri = at.uri;
    data = at.data;
  }
  const quote = (data as { figure?: { text?: string } }).figure?.text ?? '';
  source ??= await vscode.window.showInputBox({
    title: vscode.l10n.t('Mark "{0}" as verified', quote),
    prompt: vscode.l10n.t('Where did you check it? A URL or a citation.'),
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A source is needed')),
  });
  if (!source) return;
  if (note === undefined) note = (await vscode.window.showInputBox({ title: vscode.l10n.t('Note (optional)'), ignoreFocusOut: true })) ?? '';
  const author = vscode.workspace.getConfiguration(SECTION).get<string>('verification.author') ?? '';
  return requireClient().sendRequest('workspace/executeCommand', { command: SERVER_COMMANDS.markVerified, arguments: [uri, data, source, note, author] });
}

async function unmarkVerified(recordId?: string) {
  if (!recordId) {
    const at = await figureAtCursor();
    if (!at?.recordId) {
      if (at) void vscode.window.showInformationMessage(vscode.l10n.t('The figure at the cursor is not marked as verified.'));
      return;
    }
    recordId = at.recordId;
  }
  return requireClient().sendRequest('workspace/executeCommand', { command: SERVER_COMMANDS.unmarkVerified, arguments: [recordId] });
}

async function addToKnowledge(entry?: KnowledgeEntry) {
  const name = entry?.name ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Name to add to the knowledge base') }));
  if (!name) return;
  const kinds = [
    { label: vscode.l10n.t('Vendor'), entityKind: 'vendor' },
    { label: vscode.l10n.t('Model'), entityKind: 'model' },
    { label: vscode.l10n.t('Product'), entityKind: 'product' },
  ];
  const picked = await vscode.window.showQuickPick(kinds.map((k) => ({ ...k, picked: k.entityKind === entry?.kind })), { title: vscode.l10n.t('Add "{0}" as', name) });
  if (!picked) return;
  return requireClient().sendRequest('workspace/executeCommand', { command: SERVER_COMMANDS.addToKnowledge, arguments: [{ kind: picked.entityKind, name, vendorId: entry?.vendorId }] });
}

async function showEntities() {
  const editor = activeDocument();
  const summary = await requireClient().sendRequest<Summary | null>(REQUESTS.summary, { uri: editor.document.uri.toString() });
  if (!summary) return;
  type Item = vscode.QuickPickItem & { position?: { line: number; character: number } };
  const items: Item[] = [];
  const kindLabel: Record<string, string> = { vendor: vscode.l10n.t('Vendor'), model: vscode.l10n.t('Model'), product: vscode.l10n.t('Product') };
  items.push({ label: vscode.l10n.t('Entities'), kind: vscode.QuickPickItemKind.Separator });
  for (const e of summary.entities) items.push({ label: e.canonical, description: `${kindLabel[e.kind] ?? e.kind} ×${e.count}`, position: e.first });
  items.push({ label: vscode.l10n.t('Figures'), kind: vscode.QuickPickItemKind.Separator });
  for (const f of summary.figures) items.push({ label: f.text, description: `${f.description} · ${f.status}`, detail: f.subject, position: f });
  if (summary.orphaned.length) {
    items.push({ label: vscode.l10n.t('Orphaned verifications'), kind: vscode.QuickPickItemKind.Separator });
    for (const o of summary.orphaned) items.push({ label: o.quote, description: o.id });
  }
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Entities and figures'), matchOnDescription: true });
  if (picked?.position) {
    const pos = new vscode.Position(picked.position.line, picked.position.character);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
  }
}

async function toggleFigureDiagnostics() {
  const config = vscode.workspace.getConfiguration(SECTION);
  const enabled = config.get<boolean>('diagnostics.enabled', true);
  await config.update('diagnostics.enabled', !enabled, vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
  void vscode.window.setStatusBarMessage(enabled ? vscode.l10n.t('AI Annotator: figure diagnostics off') : vscode.l10n.t('AI Annotator: figure diagnostics on'), 3000);
}
