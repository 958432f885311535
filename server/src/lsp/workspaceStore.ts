// The language server's view of a workspace's .ai-annotator/ files: loads and validates them,
// reloads them when they change on disk, reports a malformed file without ever rewriting it,
// and writes records atomically, merging with whatever is on disk at that moment.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, watch, type FSWatcher } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyEdits, modify, type JSONPath } from 'jsonc-parser';
import type { Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { writeAtomic } from '../io/files.ts';
import { buildKnowledgeBase, type KnowledgeBase } from '../analysis/knowledge.ts';
import { parseKnowledge, type JsonProblem } from '../knowledge/index.ts';
import type { KnowledgeDocument, KnowledgeSource } from '../knowledge/types.ts';
import {
  KNOWLEDGE_FILE, VERIFICATIONS_FILE, WORKSPACE_DIR, parseVerifications,
  type VerificationRecord,
} from '../knowledge/workspace.ts';

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

  /**
   * Watch the .ai-annotator/ files with the file system's own watcher, for clients that cannot
   * watch files for the server. Returns the watcher to close, if it could start.
   */
  watch(changed: () => void, log: (message: string) => void): FSWatcher | undefined {
    if (!this.root) return undefined;
    try {
      return watch(this.root, { recursive: true }, (_event, file) => { if (file && String(file).includes(WORKSPACE_DIR)) changed(); });
    } catch (e) {
      log(`cannot watch ${this.root}: ${(e as Error).message}`);
      return undefined;
    }
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

  /** Each workspace file's problems as diagnostics (none for a file that is fine). */
  diagnostics(): Array<{ uri: string; diagnostics: Diagnostic[] }> {
    return [...this.problems.values()].map(({ path, text, problems }) => {
      const doc = TextDocument.create(pathToFileURL(path).toString(), 'json', 0, text);
      return {
        uri: doc.uri,
        diagnostics: problems.map((p) => ({
          range: { start: doc.positionAt(p.offset), end: doc.positionAt(Math.min(text.length, p.offset + Math.max(1, p.length ?? 1))) },
          severity: 1,
          source: 'ai-annotator',
          code: 'workspace-file-invalid',
          message: `${p.message} — this file is ignored until it is fixed; it is never overwritten.`,
        })),
      };
    });
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
    this.editFile(this.verificationsPath, { $schema: SCHEMA_HINT.verifications, version: 1, verifications: [] }, parseVerifications, (text, file) => {
      // a record for the same figure is replaced
      const same = file.file!.verifications.flatMap((r, i) => (r.path === full.path && r.quote === full.quote && r.start === full.start ? [i] : []));
      for (const i of same.reverse()) text = edit(text, ['verifications', i], undefined);
      return edit(text, ['verifications', -1], full);
    });
    return full;
  }

  removeVerification(id: string): boolean {
    let removed = false;
    this.editFile(this.verificationsPath, undefined, parseVerifications, (text, file) => {
      const i = file.file!.verifications.findIndex((r) => r.id === id);
      removed = i >= 0;
      return removed ? edit(text, ['verifications', i], undefined) : text;
    });
    return removed;
  }

  /** Add an entity (or aliases of an existing one) to the workspace knowledge base. */
  addKnowledge(kind: 'vendors' | 'models' | 'products', entry: Record<string, unknown>) {
    this.editFile(this.knowledgePath, { $schema: SCHEMA_HINT.knowledge }, parseKnowledge, (text, parsed) => {
      const list = (parsed.document![kind] as Array<Record<string, unknown>> | undefined) ?? [];
      const at = list.findIndex((e) => e.id === entry.id);
      if (at < 0) return Array.isArray(parsed.document![kind]) ? edit(text, [kind, -1], entry) : edit(text, [kind], [entry]);
      const aliases = [...new Set([...((list[at].aliases as string[]) ?? []), ...((entry.aliases as string[]) ?? [])])];
      return edit(text, [kind, at, 'aliases'], aliases);
    });
  }

  /**
   * Change a workspace file in place, keeping its formatting and comments (jsonc-parser edits):
   * read it again first so concurrent edits are merged, refuse to touch a file that is not valid,
   * check the result, write atomically. The caller reloads (and so learns what changed).
   */
  private editFile<P extends { problems: JsonProblem[] }>(
    path: string | undefined, empty: object | undefined, parse: (text: string) => P, change: (text: string, parsed: P) => string,
  ) {
    const target = this.requirePath(path);
    const text = existsSync(target) ? readFileSync(target, 'utf8') : empty ? JSON.stringify(empty, null, 2) + '\n' : undefined;
    if (text === undefined) return;
    const parsed = parse(text);
    if (parsed.problems.length) throw new WorkspaceFileError(`${target} is not valid (${parsed.problems[0]?.message}); fix it first, it is not overwritten`);
    const next = change(text, parsed);
    if (next === text) return;
    const check = parse(next);
    if (check.problems.length) throw new WorkspaceFileError(`the change is not valid: ${check.problems[0]?.message}`);
    writeAtomic(target, next);
  }

  private requirePath(path: string | undefined): string {
    if (!path) throw new WorkspaceFileError('no workspace folder is open');
    return path;
  }
}

/** `text` with the value at `path` set (undefined: removed; a last segment -1: appended), formatted as the file is. */
function edit(text: string, path: JSONPath, value: unknown): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  const formattingOptions = { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol };
  return applyEdits(text, modify(text, path, value, { formattingOptions, isArrayInsertion: path[path.length - 1] === -1 }));
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
