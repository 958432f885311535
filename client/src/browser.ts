// The web extension's entry (package.json "browser", built as client/out/browser.js): the
// language server (server/out/browserServer.js, the WebAssembly segmenter, the compiled knowledge)
// runs in a web worker of its own where the extension host can start one (vscode.dev). A web
// extension served by a VS Code server such as code-server may not start workers
// (microsoft/vscode#168942: its files have vscode-remote: URIs), so there the server runs in the
// extension host's own worker: its bundle is fetched and evaluated as VS Code evaluates an
// extension, and client and server talk over a MessageChannel.
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, State, type MessageTransports } from 'vscode-languageclient/browser';
import type { BrowserFiles, InitializationOptions } from '../../protocol/index.ts';
import { activateWith } from './extension.ts';

export { deactivate } from './extension.ts';

const SERVER = 'server/out/browserServer.js';
// a web worker (the project's TypeScript libraries describe Node, which has no global Worker)
declare const Worker: new (url: string) => ConstructorParameters<typeof BrowserMessageReader>[0] & { terminate(): void };
type Port = InstanceType<typeof MessageChannel>['port2'];

export function activate(context: vscode.ExtensionContext) {
  return activateWith(context, (ctx, options) => {
    const file = (path: string) => vscode.Uri.joinPath(ctx.extensionUri, path).toString(true);
    const browserFiles: BrowserFiles = {
      knowledge: file('server/out/knowledge.json'),
      wasm: file('server/out/segmenter/jieba_rs_wasm_bg.wasm'),
      dictionary: file('server/out/segmenter/jieba.dict.utf8'),
      userDictionary: file('server/out/segmenter/user.dict.utf8'),
    };
    options.initializationOptions = { ...(options.initializationOptions as InitializationOptions), browserFiles };
    let stopServer = () => {};
    const client: LanguageClient = new LanguageClient('aiAnnotator', 'AI Annotator', async () => {
      const started = await startServer(file(SERVER), (message) => client.outputChannel.appendLine(`[ai-annotator] ${message}`));
      stopServer = started.stop;
      return started.transports;
    }, options);
    // the client does not end a worker (or a channel) it was handed: end it when the client stops
    client.onDidChangeState((e) => { if (e.newState === State.Stopped) stopServer(); });
    return client;
  });
}

/** The server in a worker of its own, or else in this thread; and how to end it. */
async function startServer(url: string, log: (message: string) => void): Promise<{ transports: MessageTransports; stop(): void }> {
  try {
    // (the transports made here: VS Code wraps Worker, so the client's own `instanceof Worker` fails)
    const worker = new Worker(url);
    log('language server started in a web worker');
    return { transports: { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) }, stop: () => worker.terminate() };
  } catch (e) {
    log(`language server started in the extension host's worker: no web worker here (${(e as Error).message})`);
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load ${url}: HTTP ${response.status}`);
  const module: { exports: { listen?(port: Port): void } } = { exports: {} };
  // the same as VS Code's web extension host does with an extension's code
  new Function('module', 'exports', `${await response.text()}\n//# sourceURL=${url}`)(module, module.exports);
  const { port1, port2 } = new MessageChannel();
  module.exports.listen!(port2);
  const stop = () => { port1.close(); port2.close(); };
  return { transports: { reader: new BrowserMessageReader(port1), writer: new BrowserMessageWriter(port1) }, stop };
}
