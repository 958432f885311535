// What every LSP feature works on: a document with its analysis (of the same version), the
// knowledge base it used, and what the workspace knows about it.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { KnowledgeBase } from '../analysis/knowledge.ts';
import type { Analysis } from '../analysis/types.ts';
import type { VerificationRecord } from '../knowledge/workspace.ts';

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
  /** Not analysed: the document is longer than the limit (aiAnnotator.analysis.maxDocumentSizeMB); its analysis is empty. */
  tooLarge?: { length: number; limitMB: number };
}
