// The language server in Node: over stdio or IPC (as the client starts it, or `ai-annotate lsp
// --stdio`), with the Node host: files on disk, the segmenter in a worker thread. Built as
// server/out/server.js.
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { nodeHost } from './lsp/nodeHost.ts';
import { startServer } from './server.ts';

export function startNodeServer(connection: Connection = createConnection(ProposedFeatures.all)) {
  return startServer(connection, nodeHost);
}

if (require.main === module) startNodeServer();
