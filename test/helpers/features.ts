// An analysed document for the LSP features' unit tests: the engine's analysis of a text,
// wrapped as the server wraps it, without a server.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type AnalyzeOptions } from '../../server/src/analysis/analyze.ts';
import { applyVerifications } from '../../server/src/analysis/verifications.ts';
import type { AnalysedDocument } from '../../server/src/features/context.ts';
import type { VerificationRecord } from '../../server/src/knowledge/workspace.ts';
import { fastStartEngine } from './engine.ts';

export interface DocumentOptions extends Pick<AnalyzeOptions, 'external'> {
  /** Workspace-relative path (default doc.md for Markdown, doc.txt otherwise). */
  path?: string;
  markdown?: boolean;
  records?: VerificationRecord[];
  version?: number;
  typing?: AnalysedDocument['typing'];
}

export function analysedDocument(text: string, options: DocumentOptions = {}): AnalysedDocument {
  const path = options.path ?? (options.markdown ? 'doc.md' : 'doc.txt');
  const uri = `file:///work/${path}`;
  let orphaned: VerificationRecord[] = [];
  const { analysis } = analyze(text, fastStartEngine, {
    markdown: options.markdown ?? path.endsWith('.md'),
    external: options.external,
    verifications: (figures, t) => {
      const marks = applyVerifications(options.records ?? [], figures, t);
      orphaned = marks.orphaned;
      return marks;
    },
  });
  const document = TextDocument.create(uri, options.markdown ? 'markdown' : 'plaintext', options.version ?? 1, text);
  return { uri, document, analysis, kb: fastStartEngine.kb, path, orphaned, typing: options.typing };
}

/** The offset of the n-th occurrence (0-based) of `needle` in the document, plus `plus`. */
export function offsetOf(doc: AnalysedDocument, needle: string, plus = 0, n = 0): number {
  let at = -1;
  for (let i = 0; i <= n; i++) at = doc.document.getText().indexOf(needle, at + 1);
  if (at < 0) throw new Error(`${needle} is not in the document`);
  return at + plus;
}
