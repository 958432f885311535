// Which files are documents, and how their bytes become the text an editor would hold. The one
// rule for the CLI, the language server's workspace index and the exports: Markdown and plain
// text by extension; in a folder, what .gitignore and the caller's exclusions leave, without
// version-control, dependency and .ai-annotator folders; UTF-8 with the BOM removed. (The rule by
// name alone, which a browser needs too, is ./documentNames.ts.)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { isDocumentPath } from './documentNames.ts';

export { DOCUMENT_EXTENSIONS, DOCUMENT_GLOB, isDocumentPath, isMarkdown } from './documentNames.ts';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.ai-annotator']);

export const toPosix = (p: string) => p.split(sep).join('/');

/** UTF-8 text as an editor holds it (BOM removed), or why the file is not text. */
export function decodeText(bytes: Buffer): string | { error: string } {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { error: 'binary file (contains NUL bytes), skipped' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.startsWith('\ufeff') ? text.slice(1) : text;
  } catch {
    return { error: 'not valid UTF-8 text (binary, or another encoding such as GBK), skipped' };
  }
}

/** A document's text from disk, or why it cannot be read (missing, not a regular file, too large, binary, not UTF-8). */
export function readDocument(path: string, maxBytes = Infinity): string | { error: string } {
  try {
    const stat = statSync(path);
    // a FIFO or a device would block the reader until a writer comes, or forever
    if (!stat.isFile()) return { error: 'not a regular file (a FIFO, a device or a socket), skipped' };
    if (stat.size > maxBytes) return { error: `larger than ${maxBytes} bytes, skipped` };
    return decodeText(readFileSync(path));
  } catch (e) {
    return { error: (e as Error).message };
  }
}

export interface ListOptions {
  /** Stop after this many documents. */
  limit?: number;
  /** More .gitignore-style patterns, relative to the root (the editor's files.exclude, aiAnnotator.exclude). */
  exclude?: readonly string[];
}

/** Documents under a folder, sorted, skipping VCS and dependency folders and what .gitignore and `exclude` leave out. */
export function listDocuments(root: string, options: ListOptions = {}): string[] {
  const limit = options.limit ?? Infinity;
  const out: string[] = [];
  const base = options.exclude?.length ? [{ base: root, ig: ignore().add([...options.exclude]) }] : [];
  const walk = (dir: string, rules: Array<{ base: string; ig: Ignore }>) => {
    const gitignore = join(dir, '.gitignore');
    const here = existsSync(gitignore) ? [...rules, { base: dir, ig: ignore().add(readFileSync(gitignore, 'utf8')) }] : rules;
    const ignored = (path: string, isDir: boolean) =>
      here.some(({ base, ig }) => {
        const rel = toPosix(relative(base, path));
        return rel && !rel.startsWith('..') && ig.ignores(isDir ? rel + '/' : rel);
      });
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    } catch {
      return; // unreadable folder: skip it
    }
    for (const entry of entries) {
      if (out.length >= limit) return;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !ignored(path, true)) walk(path, here);
      } else if (entry.isFile() && isDocumentPath(entry.name) && !ignored(path, false)) {
        out.push(path);
        if (out.length >= limit) return;
      }
    }
  };
  walk(root, base);
  return out;
}

/** Whether a file under `root` is one listDocuments would list (for a file that changed on disk). */
export function isListedDocument(root: string, path: string, exclude: readonly string[] = []): boolean {
  const rel = toPosix(relative(root, path));
  if (!rel || rel.startsWith('..') || !isDocumentPath(path)) return false;
  const parts = rel.split('/');
  if (parts.slice(0, -1).some((d) => SKIP_DIRS.has(d))) return false;
  if (exclude.length && ignore().add([...exclude]).ignores(rel)) return false;
  // every .gitignore from the root down to the file's folder
  let dir = root;
  for (let i = 0; i < parts.length; i++) {
    const gitignore = join(dir, '.gitignore');
    if (existsSync(gitignore)) {
      const below = parts.slice(i).join('/');
      const ig = ignore().add(readFileSync(gitignore, 'utf8'));
      // a folder on the way that is ignored hides everything in it
      for (let k = 1; k <= parts.length - i; k++) {
        const piece = parts.slice(i, i + k).join('/');
        if (ig.ignores(k < parts.length - i ? piece + '/' : below)) return false;
      }
    }
    dir = join(dir, parts[i]);
  }
  return true;
}
