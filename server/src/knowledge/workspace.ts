// A workspace's own files in .ai-annotator/: knowledge.json (additions to the knowledge base)
// and verifications.json (figures a person has checked). Both are validated against bundled
// JSON Schemas; a file that does not validate is reported and ignored, never rewritten. Reading
// them is the caller's business (no file system here: the language server also runs in a browser).
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { locate, parseJsonFile, type JsonProblem } from './index.ts';
import verificationSchema from './schema/verifications.schema.json';

export const WORKSPACE_DIR = '.ai-annotator';
export const KNOWLEDGE_FILE = 'knowledge.json';
export const VERIFICATIONS_FILE = 'verifications.json';

export interface VerificationRecord {
  id: string;
  /** verified (checked against a source) or ignored (no diagnostic wanted); default verified. */
  kind?: 'verified' | 'ignored';
  path: string;
  quote: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  value?: number;
  unit?: string;
  source?: string;
  note?: string;
  verifiedBy?: string;
  verifiedAt: string;
}

export interface VerificationsFile {
  $schema?: string;
  version?: 1;
  verifications: VerificationRecord[];
}

export function parseVerifications(text: string): { file?: VerificationsFile; problems: JsonProblem[] } {
  const parsed = parseJsonFile<VerificationsFile>(text, verificationSchema);
  if (!parsed.value) return { problems: parsed.problems };
  const file = parsed.value;
  const ids = new Set<string>();
  const problems: JsonProblem[] = [];
  file.verifications.forEach((r, i) => {
    if (ids.has(r.id)) {
      // at the second record's id, where it is written (escapes and all)
      const tree = parseTree(text.replace(/^\ufeff/, ' '), [], { allowTrailingComma: true });
      const node = tree && findNodeAtLocation(tree, ['verifications', i, 'id']);
      problems.push({ ...locate(text, node?.offset ?? 0), length: node?.length, message: `duplicate id ${JSON.stringify(r.id)}` });
    }
    ids.add(r.id);
  });
  return problems.length ? { problems } : { file, problems };
}
