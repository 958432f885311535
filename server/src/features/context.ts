// What every LSP feature gets from the server: the latest analysis of a document (never one
// for an outdated version), settings, locale, and a guard that turns an exception in one
// handler into a logged empty answer instead of a dead server.
import type { CancellationToken, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { KnowledgeBase } from '../analysis/knowledge.ts';
import type { Analysis } from '../analysis/types.ts';
import type { VerificationRecord } from '../knowledge/workspace.ts';
import type { Settings } from '../settings.ts';

export interface AnalysedDocument {
  uri: string;
  /** The document as it was analysed (same version as the analysis). */
  document: TextDocument;
  analysis: Analysis;
  /** The knowledge base the analysis used. */
  kb: KnowledgeBase;
  /** Workspace-relative path, as verification records name it. */
  path: string;
  /** Verification records of this document whose figure is gone. */
  orphaned: VerificationRecord[];
  /** Offsets being typed at (the last edit), with the time of that edit. */
  typing?: { offset: number; at: number };
}

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** VS Code's display language, e.g. "en" or "zh-cn". */
  locale: string;
  settings(): Settings;
  /** The analysis of the document's current version, waiting for it if it is being computed. */
  analysed(uri: string, token?: CancellationToken): Promise<AnalysedDocument | undefined>;
  /** Every open document's latest analysis. */
  allAnalysed(): AnalysedDocument[];
  /** Analyses of workspace files that are not open (for references and workspace symbols). */
  workspaceAnalyses(token?: CancellationToken): Promise<AnalysedDocument[]>;
  /** The analysis of a file on disk that is not open. */
  analyseFile(uri: string): Promise<AnalysedDocument | undefined>;
  kb(): KnowledgeBase;
  log(message: string): void;
}

/** Wrap a request handler: an exception is logged and answered with `fallback`. */
export function guard<P, R>(ctx: Pick<ServerContext, 'log'>, name: string, fallback: R, handler: (params: P, token: CancellationToken) => Promise<R> | R) {
  return async (params: P, token: CancellationToken): Promise<R> => {
    try {
      return await handler(params, token);
    } catch (e) {
      ctx.log(`${name} failed: ${(e as Error).stack ?? e}`);
      return fallback;
    }
  };
}
