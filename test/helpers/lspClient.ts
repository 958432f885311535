// A real JSON-RPC client for the built language server over stdio, for LSP-level tests.
// Positions are found by searching the text, never by hand-counted columns.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  type Diagnostic, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const SERVER = join(process.cwd(), 'server', 'out', 'server.js');

export interface ClientOptions {
  /** Ask for pull diagnostics (textDocument/diagnostic) instead of push. */
  pull?: boolean;
  locale?: string;
  settings?: Record<string, unknown>;
  /** Workspace folder on disk (a fresh temporary folder by default). */
  root?: string;
  clientName?: 'vscode' | 'other';
  /** The server's command line (default: the built server.js with --stdio, run by this Node). */
  command?: string[];
  /** Another build of the server (a copy without node_modules, say), and its environment. */
  server?: string;
  env?: NodeJS.ProcessEnv;
  /** More initializationOptions (ownThreadSizeMB, say). */
  initializationOptions?: Record<string, unknown>;
}

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  readonly root: string;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Every publishDiagnostics notification received, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  private listeners: Array<() => void> = [];
  private docs = new Map<string, TextDocument>();
  settings: Record<string, unknown>;
  /** What the client answers for VS Code's files.exclude. */
  filesExclude: Record<string, boolean> = {};
  logs: string[] = [];

  constructor(readonly options: ClientOptions = {}) {
    this.root = options.root ?? mkdtempSync(join(tmpdir(), 'ai-annotator-lsp-'));
    this.settings = options.settings ?? {};
    // SERVER_NODE_ARGS: flags for the server's Node (--cpu-prof, --inspect) when profiling a bench or a test
    const nodeArgs = process.env.SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const [command, ...args] = options.command ?? [process.execPath, ...nodeArgs, options.server ?? SERVER, '--stdio'];
    this.process = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], env: options.env ?? process.env });
    this.process.stderr!.on('data', (d) => this.logs.push(String(d)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      this.published.push(p);
      for (const l of this.listeners.splice(0)) l();
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => { this.logs.push(p.message); });
    this.connection.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) =>
      p.items.map((i) => (i.section === 'files.exclude' ? this.filesExclude : this.settings)));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => { for (const l of this.listeners.splice(0)) l(); return null; });
    this.connection.onRequest('window/showMessageRequest', () => null);
    this.connection.onNotification('window/showMessage', (p: { message: string }) => { this.logs.push(p.message); });
    this.connection.listen();
  }

  async initialize() {
    const rootUri = pathToFileURL(this.root).toString();
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'test' }],
      locale: this.options.locale ?? 'en',
      initializationOptions: { locale: this.options.locale ?? 'en', client: this.options.clientName ?? 'other', ...this.options.initializationOptions },
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, diagnostics: { refreshSupport: true } },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          ...(this.options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
          semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result as { capabilities: Record<string, any> };
  }

  uri(name: string) {
    return pathToFileURL(join(this.root, name)).toString();
  }

  document(uri: string) {
    return this.docs.get(uri)!;
  }

  async open(name: string, text: string, languageId = name.endsWith('.md') ? 'markdown' : 'plaintext') {
    const uri = this.uri(name);
    this.docs.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  async closeDocument(uri: string) {
    this.docs.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Replace the first occurrence of `find` (after `skip` characters) with `replacement`, as an incremental change. */
  async edit(uri: string, find: string, replacement: string, skip = 0) {
    const doc = this.docs.get(uri)!;
    const text = doc.getText();
    const at = text.indexOf(find, skip);
    if (at < 0) throw new Error(`"${find}" not in document`);
    const range = { start: doc.positionAt(at), end: doc.positionAt(at + find.length) };
    const next = TextDocument.update(doc, [{ range, text: replacement }], doc.version + 1);
    this.docs.set(uri, next);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges: [{ range, text: replacement }] });
  }

  async insertAt(uri: string, offset: number, text: string) {
    const doc = this.docs.get(uri)!;
    const pos = doc.positionAt(offset);
    const next = TextDocument.update(doc, [{ range: { start: pos, end: pos }, text }], doc.version + 1);
    this.docs.set(uri, next);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges: [{ range: { start: pos, end: pos }, text }] });
  }

  /** The position of the first character of `needle` (the nth occurrence, from 0). */
  positionOf(uri: string, needle: string, nth = 0, within = 0) {
    const doc = this.docs.get(uri)!;
    const text = doc.getText();
    let at = -1;
    for (let i = 0; i <= nth; i++) {
      at = text.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`"${needle}" (#${nth}) not in document`);
    }
    return doc.positionAt(at + within);
  }

  /** Wait until pushed diagnostics for `uri` satisfy `check` (diagnostics for the current version). */
  async waitForDiagnostics(uri: string, check: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 20000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const current = this.diagnostics.get(uri);
      const version = this.docs.get(uri)?.version;
      if (current && (current.version === undefined || current.version === version) && check(current.diagnostics)) return current.diagnostics;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri}; last: ${JSON.stringify(current?.diagnostics.map((d) => d.message))}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 200));
        this.listeners.push(() => { clearTimeout(t); resolve(); });
      });
    }
  }

  /** Pull diagnostics until they satisfy `check`. */
  async pullDiagnostics(uri: string, check: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 20000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const report = await this.connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      if (check(report.items)) return report.items;
      if (Date.now() > deadline) throw new Error(`pulled diagnostics never matched: ${JSON.stringify(report.items.map((d) => d.message))}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 200);
        this.listeners.push(() => { clearTimeout(t); resolve(); });
      });
    }
  }

  /** Tell the server a file changed on disk, as an editor's file watcher would (1 created, 2 changed, 3 deleted). */
  async fileChanged(path: string, type: 1 | 2 | 3 = 2) {
    await this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path).toString(), type }] });
  }

  /** Run a server command (workspace/executeCommand). */
  command<R = unknown>(command: string, ...args: unknown[]): Promise<R> {
    return this.connection.sendRequest('workspace/executeCommand', { command, arguments: args }) as Promise<R>;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async changeSettings(settings: Record<string, unknown>) {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: { aiAnnotator: settings } });
  }

  async close() {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch { /* already gone */ }
    this.connection.dispose();
    if (this.process.exitCode === null) {
      await Promise.race([new Promise((r) => this.process.once('exit', r)), new Promise((r) => setTimeout(r, 2000))]);
      if (this.process.exitCode === null) this.process.kill('SIGKILL');
    }
  }
}

/** Decode LSP relative semantic tokens into absolute (line, character, length, type, modifiers). */
export function decodeTokens(data: number[], legend: { tokenTypes: string[]; tokenModifiers: string[] }) {
  const out: Array<{ line: number; character: number; length: number; type: string; modifiers: string[] }> = [];
  let line = 0, character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const mods = legend.tokenModifiers.filter((_, b) => data[i + 4] & (1 << b));
    out.push({ line, character, length: data[i + 2], type: legend.tokenTypes[data[i + 3]], modifiers: mods });
  }
  return out;
}
