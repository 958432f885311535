// A workspace's own files in .ai-annotator/: knowledge.json (additions to the knowledge base)
// and verifications.json (figures a person has checked). Both are validated against bundled
// JSON Schemas; a file that does not validate is reported and ignored, never rewritten.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchor } from '../analysis/anchoring.ts';
import type { KnowledgeBase } from '../analysis/knowledge.ts';
import type { Figure } from '../analysis/types.ts';
import { buildKnowledgeBase, locate, parseJsonFile, parseKnowledge, type JsonProblem } from './index.ts';
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
  for (const r of file.verifications) {
    if (ids.has(r.id)) problems.push({ ...locate(text, text.indexOf(JSON.stringify(r.id))), message: `duplicate id ${r.id}` });
    ids.add(r.id);
  }
  return problems.length ? { problems } : { file, problems };
}

export interface VerificationMarks {
  verified: Map<number, string>;
  stale: Map<number, string>;
  /** Figures the user chose to ignore, with the record id. */
  ignored: Map<number, string>;
  orphaned: VerificationRecord[];
}

/** Which of a document's figures its records verify, which records went stale, which are orphaned. */
export function applyVerifications(records: readonly VerificationRecord[], figures: readonly Pick<Figure, 'start' | 'end'>[], text: string): VerificationMarks {
  const verified = new Map<number, string>();
  const stale = new Map<number, string>();
  const ignored = new Map<number, string>();
  const orphaned: VerificationRecord[] = [];
  for (const r of records) {
    const found = anchor(text, figures, { quote: r.quote, prefix: r.prefix ?? '', suffix: r.suffix ?? '', start: r.start });
    if (r.kind === 'ignored') {
      // an ignored figure whose text changed is simply no longer ignored
      if (found.kind === 'exact') ignored.set(found.index, r.id);
      continue;
    }
    if (found.kind === 'exact' && !verified.has(found.index)) verified.set(found.index, r.id);
    else if (found.kind === 'stale' && !verified.has(found.index)) stale.set(found.index, r.id);
    else if (found.kind === 'orphaned') orphaned.push(r);
  }
  for (const i of verified.keys()) stale.delete(i);
  return { verified, stale, ignored, orphaned };
}

export interface Workspace {
  kb: KnowledgeBase;
  records: VerificationRecord[];
  problems: string[];
  verificationsFor(path: string, figures: readonly Figure[], text: string): VerificationMarks;
}

/** Read a workspace's .ai-annotator files once (the CLI); the language server watches them instead. */
export function loadWorkspace(dir: string): Workspace {
  const problems: string[] = [];
  const folder = join(dir, WORKSPACE_DIR);
  const extra = [];
  const knowledgePath = join(folder, KNOWLEDGE_FILE);
  if (existsSync(knowledgePath)) {
    const parsed = parseKnowledge(readFileSync(knowledgePath, 'utf8'));
    for (const p of parsed.problems) problems.push(`${knowledgePath}:${p.line}:${p.column}: ${p.message} (file ignored)`);
    if (parsed.document) extra.push({ document: parsed.document, origin: knowledgePath });
  }
  let records: VerificationRecord[] = [];
  const verificationsPath = join(folder, VERIFICATIONS_FILE);
  if (existsSync(verificationsPath)) {
    const parsed = parseVerifications(readFileSync(verificationsPath, 'utf8'));
    for (const p of parsed.problems) problems.push(`${verificationsPath}:${p.line}:${p.column}: ${p.message} (file ignored)`);
    records = parsed.file?.verifications ?? [];
  }
  const kb = buildKnowledgeBase(extra);
  for (const p of kb.problems) problems.push(p);
  return {
    kb,
    records,
    problems,
    verificationsFor: (path, figures, text) => applyVerifications(records.filter((r) => r.path === path), figures, text),
  };
}
