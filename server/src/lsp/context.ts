// What the server's request handlers get: the latest analysis of a document (never one for an
// outdated version), the workspace's documents, settings, locale, and a guard that turns an
// exception in one handler into a logged empty answer instead of a dead server.
import { ResponseError, type CancellationToken, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { KnowledgeBase } from '../analysis/knowledge.ts';
import type { AnalysedDocument } from '../features/context.ts';
import type { Settings } from '../features/settings.ts';
import type { SinceLast } from './scheduler.ts';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** VS Code's display language, e.g. "en" or "zh-cn". */
  locale: string;
  settings(): Settings;
  /** The analysis of the document's current version, waiting for it if it is being computed. */
  analysed(uri: string, token?: CancellationToken): Promise<AnalysedDocument | undefined>;
  /** The last analysis of a document whose current version is still being analysed, with the edits since (hovers). */
  sinceLast(uri: string): SinceLast | undefined;
  /** Every open document's latest analysis. */
  allAnalysed(): AnalysedDocument[];
  /** Analyses of the workspace's documents, open or not, exclusions respected (references, workspace symbols, report). */
  workspaceAnalyses(token?: CancellationToken): Promise<AnalysedDocument[]>;
  /** The documents of a folder (file: URI), exclusions respected. */
  documentsIn(folderUri: string): string[];
  /** The analysis of a file on disk that is not open. */
  analyseFile(uri: string): Promise<AnalysedDocument | undefined>;
  kb(): KnowledgeBase;
  log(message: string): void;
}

/** Wrap a request handler: an exception is logged and answered with `fallback`; an error meant for the client (ResponseError) goes to it. */
export function guard<P, R>(ctx: Pick<ServerContext, 'log'>, name: string, fallback: R, handler: (params: P, token: CancellationToken) => Promise<R> | R) {
  return async (params: P, token: CancellationToken): Promise<R> => {
    try {
      return await handler(params, token);
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      ctx.log(`${name} failed: ${(e as Error).stack ?? e}`);
      return fallback;
    }
  };
}
