// The language server's view of a workspace's .ai-annotator/ files: loads and validates them,
// reloads them when they change on disk, reports a malformed file without ever rewriting it,
// and changes them in place under the file's lock (editor windows, the CLI and other tools may
// write at the same moment), re-reading first and writing only if nobody changed the file
// meanwhile. The disk is the host's (./host.ts); without one (a browser) there are no workspace
// files and nothing to write.
import { applyEdits, modify, type JSONPath } from 'jsonc-parser';
import { v4 as randomUUID } from 'uuid';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildKnowledgeBase, type KnowledgeBase } from '../analysis/knowledge.ts';
import { parseKnowledge, type JsonProblem } from '../knowledge/index.ts';
import type { KnowledgeDocument, KnowledgeSource } from '../knowledge/types.ts';
import {
  KNOWLEDGE_FILE, VERIFICATIONS_FILE, WORKSPACE_DIR, parseVerifications,
  type VerificationRecord,
} from '../knowledge/workspace.ts';
import type { WorkspaceDisk } from './host.ts';

export interface FileProblems {
  path: string;
  text: string;
  problems: JsonProblem[];
}

export class WorkspaceFileError extends Error {}

export class WorkspaceStore {
  records: VerificationRecord[] = [];
  /** Problems of each workspace file, by absolute path (empty when the file is fine). */
  problems = new Map<string, FileProblems>();
  private knowledgeDocument?: KnowledgeDocument;
  private knowledgeBase?: KnowledgeBase;

  constructor(readonly disk: WorkspaceDisk | undefined) {
    this.reload();
  }

  get root() { return this.disk?.root; }

  /** The bundled knowledge with the workspace's, built when first asked for after a change. */
  get kb(): KnowledgeBase {
    const extra: KnowledgeSource[] = this.knowledgeDocument ? [{ document: this.knowledgeDocument, origin: this.knowledgePath! }] : [];
    return (this.knowledgeBase ??= buildKnowledgeBase(extra));
  }

  /**
   * Watch the .ai-annotator/ files with the file system's own watcher, for clients that cannot
   * watch files for the server. Returns the watcher to close, if it could start.
   */
  watch(changed: () => void, log: (message: string) => void): { close(): void } | undefined {
    return this.disk?.watch(WORKSPACE_DIR, changed, log);
  }

  get knowledgePath() { return this.disk?.filePath(WORKSPACE_DIR, KNOWLEDGE_FILE); }
  get verificationsPath() { return this.disk?.filePath(WORKSPACE_DIR, VERIFICATIONS_FILE); }

  /** Read both files again; returns what changed. */
  reload(): { knowledge: boolean; verifications: boolean } {
    const before = { kb: JSON.stringify(this.knowledgeDocument ?? null), records: JSON.stringify(this.records) };
    this.knowledgeDocument = this.readKnowledge();
    const knowledgeChanged = JSON.stringify(this.knowledgeDocument ?? null) !== before.kb;
    if (knowledgeChanged) this.knowledgeBase = undefined;
    this.records = this.readVerifications() ?? this.records;
    return { knowledge: knowledgeChanged, verifications: JSON.stringify(this.records) !== before.records };
  }

  /** The file's text; 'absent' when there is no such file, undefined when it cannot be read (a problem then). */
  private readFile(path: string | undefined): string | 'absent' | undefined {
    if (!path || !this.disk) return 'absent';
    try {
      const text = this.disk.read(path);
      if (text === undefined) this.problems.delete(path);
      return text ?? 'absent';
    } catch (e) {
      this.problems.set(path, { path, text: '', problems: [{ message: (e as Error).message, offset: 0, line: 1, column: 1 }] });
      return undefined;
    }
  }

  private readKnowledge(): KnowledgeDocument | undefined {
    const path = this.knowledgePath;
    const text = this.readFile(path);
    if (text === undefined || text === 'absent') return undefined;
    const parsed = parseKnowledge(text);
    this.problems.set(path!, { path: path!, text, problems: parsed.problems });
    return parsed.document;
  }

  /** The records on disk, or undefined when the file is malformed (then the last good records stay in use). */
  private readVerifications(): VerificationRecord[] | undefined {
    const path = this.verificationsPath;
    const text = this.readFile(path);
    if (text === 'absent') return [];
    if (text === undefined) return undefined;
    const parsed = parseVerifications(text);
    this.problems.set(path!, { path: path!, text, problems: parsed.problems });
    return parsed.file?.verifications;
  }

  /** Each workspace file's problems as diagnostics (none for a file that is fine). */
  diagnostics(): Array<{ uri: string; diagnostics: Diagnostic[] }> {
    return [...this.problems.values()].map(({ path, text, problems }) => {
      const doc = TextDocument.create(this.disk!.fileUri(path), 'json', 0, text);
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

  /** Add a verification record (see editFile: locked, merged with what is on disk, atomic). */
  async addVerification(record: Omit<VerificationRecord, 'id' | 'verifiedAt' | 'verifiedBy'> & { verifiedBy?: string }): Promise<VerificationRecord> {
    const full: VerificationRecord = {
      id: `v-${randomUUID().slice(0, 8)}`,
      ...record,
      verifiedBy: record.verifiedBy || this.disk?.userName() || 'unknown',
      verifiedAt: new Date().toISOString(),
    };
    await this.editFile(this.verificationsPath, { $schema: SCHEMA_HINT.verifications, version: 1, verifications: [] }, parseVerifications, (text, file) => {
      // a record for the same figure is replaced
      const same = file.file!.verifications.flatMap((r, i) => (r.path === full.path && r.quote === full.quote && r.start === full.start ? [i] : []));
      for (const i of same.reverse()) text = edit(text, ['verifications', i], undefined);
      return edit(text, ['verifications', -1], full);
    });
    return full;
  }

  async removeVerification(id: string): Promise<boolean> {
    let removed = false;
    await this.editFile(this.verificationsPath, undefined, parseVerifications, (text, file) => {
      const i = file.file!.verifications.findIndex((r) => r.id === id);
      removed = i >= 0;
      return removed ? edit(text, ['verifications', i], undefined) : text;
    });
    return removed;
  }

  /** Add an entity (or aliases of an existing one) to the workspace knowledge base. */
  async addKnowledge(kind: 'vendors' | 'models' | 'products', entry: Record<string, unknown>): Promise<void> {
    await this.editFile(this.knowledgePath, { $schema: SCHEMA_HINT.knowledge }, parseKnowledge, (text, parsed) => {
      const list = (parsed.document![kind] as Array<Record<string, unknown>> | undefined) ?? [];
      const at = list.findIndex((e) => e.id === entry.id);
      if (at < 0) return Array.isArray(parsed.document![kind]) ? edit(text, [kind, -1], entry) : edit(text, [kind], [entry]);
      const aliases = [...new Set([...((list[at].aliases as string[]) ?? []), ...((entry.aliases as string[]) ?? [])])];
      return edit(text, [kind, at, 'aliases'], aliases);
    });
  }

  /**
   * Change a workspace file in place, keeping its formatting and comments (jsonc-parser edits).
   * Writers take the file's lock (proper-lockfile: a `.lock` folder beside it, given up after a
   * crash), read the file as it is now, refuse to touch a file that is not valid, check the
   * result, and swap it in atomically only if the file still holds what they read (a tool that
   * takes no lock, a git checkout); otherwise they read it again. The caller reloads (and so
   * learns what changed).
   */
  private async editFile<P extends { problems: JsonProblem[] }>(
    path: string | undefined, empty: object | undefined, parse: (text: string) => P, change: (text: string, parsed: P) => string,
  ): Promise<void> {
    const target = this.requirePath(path);
    const disk = this.disk!;
    let release: () => Promise<void>;
    try {
      release = await disk.lock(target);
    } catch (e) {
      throw new WorkspaceFileError(`${target} is locked by another writer (${(e as Error).message}); try again`);
    }
    try {
      for (let attempt = 0; ; attempt++) {
        const current = disk.read(target);
        const text = current ?? (empty ? JSON.stringify(empty, null, 2) + '\n' : undefined);
        if (text === undefined) return;
        const parsed = parse(text);
        if (parsed.problems.length) throw new WorkspaceFileError(`${target} is not valid (${parsed.problems[0]?.message}); fix it first, it is not overwritten`);
        const next = change(text, parsed);
        if (next === text) return;
        const check = parse(next);
        if (check.problems.length) throw new WorkspaceFileError(`the change is not valid: ${check.problems[0]?.message}`);
        if (disk.replaceIfUnchanged(target, current, next)) return;
        if (attempt >= MAX_SWAP_ATTEMPTS) throw new WorkspaceFileError(`${target} keeps changing while it is written; try again`);
      }
    } finally {
      await release();
    }
  }

  private requirePath(path: string | undefined): string {
    if (!this.disk) throw new WorkspaceFileError('workspace files cannot be written here: the server runs without a file system (in the browser)');
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

/** Times a write is tried again when someone who takes no lock changed the file meanwhile. */
const MAX_SWAP_ATTEMPTS = 5;

const SCHEMA_HINT = {
  verifications: 'https://ai-annotator.dev/schema/verifications.schema.json',
  knowledge: 'https://ai-annotator.dev/schema/knowledge.schema.json',
};
