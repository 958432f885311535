// The CLI reads a workspace's .ai-annotator/ files once, from disk (the language server reads and
// watches them through its host instead: ./lsp/workspaceStore.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseKnowledge } from './knowledge/index.ts';
import type { KnowledgeSource } from './knowledge/types.ts';
import { KNOWLEDGE_FILE, parseVerifications, VERIFICATIONS_FILE, WORKSPACE_DIR, type VerificationRecord } from './knowledge/workspace.ts';

export interface WorkspaceFiles {
  /** The workspace's knowledge.json, when it is there and valid. */
  sources: KnowledgeSource[];
  records: VerificationRecord[];
  /** Each problem as "path:line:column: message (file ignored)". */
  problems: string[];
}

/** Read a workspace's .ai-annotator files once (the CLI); the language server watches them instead. */
export function readWorkspaceFiles(dir: string): WorkspaceFiles {
  const problems: string[] = [];
  const folder = join(dir, WORKSPACE_DIR);
  const sources: KnowledgeSource[] = [];
  const knowledgePath = join(folder, KNOWLEDGE_FILE);
  if (existsSync(knowledgePath)) {
    const parsed = parseKnowledge(readFileSync(knowledgePath, 'utf8'));
    for (const p of parsed.problems) problems.push(`${knowledgePath}:${p.line}:${p.column}: ${p.message} (file ignored)`);
    if (parsed.document) sources.push({ document: parsed.document, origin: knowledgePath });
  }
  let records: VerificationRecord[] = [];
  const verificationsPath = join(folder, VERIFICATIONS_FILE);
  if (existsSync(verificationsPath)) {
    const parsed = parseVerifications(readFileSync(verificationsPath, 'utf8'));
    for (const p of parsed.problems) problems.push(`${verificationsPath}:${p.line}:${p.column}: ${p.message} (file ignored)`);
    records = parsed.file?.verifications ?? [];
  }
  return { sources, records, problems };
}
