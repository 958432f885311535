// The language server in Node: over stdio or IPC (as the client starts it, or `ai-annotate lsp
// --stdio`), with the Node host: files on disk, the segmenter in a worker thread. Built as
// server/out/server.js. Over stdio, messages are read by ./lsp/messageReader.ts, which reads a huge
// document's didOpen as it arrives instead of in one go, and written by ./lsp/messageWriter.ts at once.
import { inspect } from 'node:util';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { StreamingMessageReader } from './lsp/messageReader.ts';
import { ImmediateMessageWriter } from './lsp/messageWriter.ts';
import { nodeHost } from './lsp/nodeHost.ts';
import { startServer } from './server.ts';

export function startNodeServer(connection: Connection = nodeConnection()) {
  return startServer(connection, nodeHost);
}

function nodeConnection(): Connection {
  if (!process.argv.slice(2).includes('--stdio')) return createConnection(ProposedFeatures.all);
  // the reader also looks like the input stream, so that the connection ends the process when it ends, as it does for stdio
  const stdin = process.stdin;
  const reader = Object.assign(new StreamingMessageReader(stdin), {
    read: (size?: number) => stdin.read(size),
    on: (event: string, listener: () => void) => stdin.on(event, listener),
  });
  const connection = createConnection(ProposedFeatures.all, reader, new ImmediateMessageWriter(process.stdout));
  // a bad header (skipped: reading goes on at the next message) is said in the client's log
  reader.onError((e) => connection.console.error(`Reading a message: ${e instanceof Error ? e.message : String(e)}`));
  // stdout carries the protocol: what would be printed goes to the client's log instead, as the library does for --stdio
  const text = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(text(args));
  console.warn = (...args: unknown[]) => connection.console.warn(text(args));
  console.error = (...args: unknown[]) => connection.console.error(text(args));
  return connection;
}

if (require.main === module) startNodeServer();
