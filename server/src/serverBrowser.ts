// The language server in a browser, built as server/out/browserServer.js for the web extension
// (client/src/browser.ts). Two ways in: as a web worker's own script (where the extension host may
// start a worker, as on vscode.dev) it listens on the worker at once; evaluated by the client in
// the extension host's own worker (a web extension served by a VS Code server such as code-server
// may not start one), with a CommonJS `module` as VS Code itself loads extensions there, it
// exports `listen`, and the client hands it one end of a MessageChannel.
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { browserHost } from './lsp/browserHost.ts';
import { startServer } from './server.ts';

type Port = ConstructorParameters<typeof BrowserMessageReader>[0];

/** Serve LSP on a port: the worker's global scope, or a MessagePort. */
export function listen(port: Port) {
  return startServer(createConnection(ProposedFeatures.all, new BrowserMessageReader(port), new BrowserMessageWriter(port)), browserHost());
}

if (typeof module === 'object' && module) module.exports = { listen };
else listen(globalThis as unknown as Port);
