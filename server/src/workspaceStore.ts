// The language server's view of a workspace's .ai-annotator/ files: loads and validates them,
// reloads them when they change on disk, reports a malformed file without ever rewriting it,
// and writes records atomically, merging with whatever is on disk at that moment.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { writeAtomic } from './files.ts';
import { buildKnowledgeBase, type KnowledgeBase, type KnowledgeDocument, type KnowledgeSource } from './analysis/knowledge.ts';
import { parseKnowledge, type JsonProblem } from './knowledge/index.ts';
import {
  KNOWLEDGE_FILE, VERIFICATIONS_FILE, WORKSPACE_DIR, parseVerifications,
  type VerificationRecord, type VerificationsFile,
} from './knowledge/workspace.ts';

export interface FileProblems {
  path: string;
  text: string;
  problems: JsonProblem[];
}

export class WorkspaceFileError extends Error {}

export class WorkspaceStore {
  kb: KnowledgeBase;
  records: VerificationRecord[] = [];
  /** Problems of each workspace file, by absolute path (empty when the file is fine). */
  problems = new Map<string, FileProblems>();
  private knowledgeDocument?: KnowledgeDocument;

  constructor(readonly root: string | undefined) {
    this.kb = buildKnowledgeBase();
    this.reload();
  }

  get knowledgePath() { return this.root ? join(this.root, WORKSPACE_DIR, KNOWLEDGE_FILE) : undefined; }
  get verificationsPath() { return this.root ? join(this.root, WORKSPACE_DIR, VERIFICATIONS_FILE) : undefined; }

  /** Read both files again; returns what changed. */
  reload(): { knowledge: boolean; verifications: boolean } {
    const before = { kb: JSON.stringify(this.knowledgeDocument ?? null), records: JSON.stringify(this.records) };
    this.knowledgeDocument = this.readKnowledge();
    const extra: KnowledgeSource[] = this.knowledgeDocument ? [{ document: this.knowledgeDocument, origin: this.knowledgePath! }] : [];
    const knowledgeChanged = JSON.stringify(this.knowledgeDocument ?? null) !== before.kb;
    if (knowledgeChanged) this.kb = buildKnowledgeBase(extra);
    this.records = this.readVerifications() ?? this.records;
    return { knowledge: knowledgeChanged, verifications: JSON.stringify(this.records) !== before.records };
  }

  private readFile(path: string | undefined): string | undefined {
    if (!path || !existsSync(path)) {
      if (path) this.problems.delete(path);
      return undefined;
    }
    try {
      return readFileSync(path, 'utf8');
    } catch (e) {
      this.problems.set(path, { path, text: '', problems: [{ message: (e as Error).message, offset: 0, line: 1, column: 1 }] });
      return undefined;
    }
  }

  private readKnowledge(): KnowledgeDocument | undefined {
    const path = this.knowledgePath;
    const text = this.readFile(path);
    if (text === undefined) return undefined;
    const parsed = parseKnowledge(text);
    this.problems.set(path!, { path: path!, text, problems: parsed.problems });
    return parsed.document;
  }

  /** The records on disk, or undefined when the file is malformed (then the last good records stay in use). */
  private readVerifications(): VerificationRecord[] | undefined {
    const path = this.verificationsPath;
    const text = this.readFile(path);
    if (text === undefined) return path && !existsSync(path) ? [] : undefined;
    const parsed = parseVerifications(text);
    this.problems.set(path!, { path: path!, text, problems: parsed.problems });
    return parsed.file?.verifications;
  }

  recordsFor(path: string): VerificationRecord[] {
    return this.records.filter((r) => r.path === path);
  }

  /** Add a verification record: re-read the file first so concurrent edits are merged, then write atomically. */
  addVerification(record: Omit<VerificationRecord, 'id' | 'verifiedAt' | 'verifiedBy'> & { verifiedBy?: string }): VerificationRecord {
    const full: VerificationRecord = {
      id: `v-${randomUUID().slice(0, 8)}`,
      ...record,
      verifiedBy: record.verifiedBy || defaultAuthor(),
      verifiedAt: new Date().toISOString(),
    };
    this.updateVerifications((list) => [...list.filter((r) => !(r.path === full.path && r.quote === full.quote && r.start === full.start)), full]);
    return full;
  }

  removeVerification(id: string): boolean {
    let removed = false;
    this.updateVerifications((list) => list.filter((r) => (r.id === id ? ((removed = true), false) : true)));
    return removed;
  }

  private updateVerifications(change: (list: VerificationRecord[]) => VerificationRecord[]) {
    const path = this.requirePath(this.verificationsPath);
    let file: VerificationsFile = { $schema: SCHEMA_HINT.verifications, version: 1, verifications: [] };
    if (existsSync(path)) {
      const parsed = parseVerifications(readFileSync(path, 'utf8'));
      if (!parsed.file) throw new WorkspaceFileError(`${path} is not valid (${parsed.problems[0]?.message}); fix it first, it is not overwritten`);
      file = parsed.file;
    }
    file.verifications = change(file.verifications);
    writeAtomic(path, JSON.stringify(file, null, 2) + '\n');
    // the caller reloads (and so learns what changed)
  }

  /** Add an entity (or aliases of an existing one) to the workspace knowledge base. */
  addKnowledge(kind: 'vendors' | 'models' | 'products', entry: Record<string, unknown>) {
    const path = this.requirePath(this.knowledgePath);
    let doc: KnowledgeDocument & { $schema?: string } = { $schema: SCHEMA_HINT.knowledge };
    if (existsSync(path)) {
      const parsed = parseKnowledge(readFileSync(path, 'utf8'));
      if (!parsed.document) throw new WorkspaceFileError(`${path} is not valid (${parsed.problems[0]?.message}); fix it first, it is not overwritten`);
      doc = parsed.document;
    }
    const list = ((doc as Record<string, unknown>)[kind] as Array<Record<string, unknown>> | undefined) ?? [];
    const existing = list.find((e) => e.id === entry.id);
    if (existing) existing.aliases = [...new Set([...((existing.aliases as string[]) ?? []), ...((entry.aliases as string[]) ?? [])])];
    else list.push(entry);
    (doc as Record<string, unknown>)[kind] = list;
    const check = parseKnowledge(JSON.stringify(doc));
    if (!check.document) throw new WorkspaceFileError(`the new entry is not valid: ${check.problems[0]?.message}`);
    writeAtomic(path, JSON.stringify(doc, null, 2) + '\n');
  }

  private requirePath(path: string | undefined): string {
    if (!path) throw new WorkspaceFileError('no workspace folder is open');
    return path;
  }
}

const SCHEMA_HINT = {
  verifications: 'https://ai-annotator.dev/schema/verifications.schema.json',
  knowledge: 'https://ai-annotator.dev/schema/knowledge.schema.json',
};

function defaultAuthor(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
