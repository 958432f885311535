// The language server in Node: over stdio or IPC (as the client starts it, or `ai-annotate lsp
// --stdio`), with the Node host: files on disk, the segmenter in a worker thread. Built as
// server/out/server.js. Over stdio, messages are read by ./lsp/messageReader.ts, which reads a huge
// document's didOpen as it arrives instead of in one go, and written by ./lsp/messageWriter.ts at once.
import { inspect } from 'node:util';
import { createConnection, IPCMessageReader, IPCMessageWriter, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { DocumentThreads, routed } from './lsp/documentThreads.ts';
import { StreamingMessageReader } from './lsp/messageReader.ts';
import { ImmediateMessageWriter } from './lsp/messageWriter.ts';
import { nodeHost } from './lsp/nodeHost.ts';
import { startServer } from './server.ts';

export function startNodeServer(connection: Connection = nodeConnection()) {
  return startServer(connection, nodeHost);
}

function nodeConnection(): Connection {
  const args = process.argv.slice(2);
  if (args.includes('--node-ipc')) {
    // as the VS Code client starts it: large documents in a thread of their own too
    const writer = new IPCMessageWriter(process);
    const threads = new DocumentThreads(writer, (message) => connection.console.log(`[ai-annotator] ${message}`));
    const { reader: routedReader, writer: routedWriter } = routed(threads, new IPCMessageReader(process), writer);
    const connection = createConnection(ProposedFeatures.all, routedReader, routedWriter);
    return connection;
  }
  if (!args.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const writer = new ImmediateMessageWriter(process.stdout);
  const threads = new DocumentThreads(writer, (message) => connection.console.log(`[ai-annotator] ${message}`));
  // the reader also looks like the input stream, so that the connection ends the process when it ends, as it does for stdio
  const stdin = process.stdin;
  const reader = Object.assign(new StreamingMessageReader(stdin, threads.handOff), {
    read: (size?: number) => stdin.read(size),
    on: (event: string, listener: () => void) => stdin.on(event, listener),
  });
  const { reader: routedReader, writer: routedWriter } = routed(threads, reader, writer);
  const connection = createConnection(ProposedFeatures.all, Object.assign(routedReader, { read: reader.read, on: reader.on }), routedWriter);
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
