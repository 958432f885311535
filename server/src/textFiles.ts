// Text files as the tools read them: which files count as documents in a folder (.gitignore
// respected), and how bytes become the text an editor would hold (UTF-8, BOM removed).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export const TEXT_EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.text']);
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

/** Documents under a folder, sorted, skipping VCS and dependency folders and what .gitignore excludes. */
export function listTextFiles(root: string, limit = Infinity): string[] {
  const out: string[] = [];
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
      } else if (entry.isFile() && TEXT_EXTENSIONS.has(extname(entry.name).toLowerCase()) && !ignored(path, false)) {
        out.push(path);
        if (out.length >= limit) return;
      }
    }
  };
  walk(root, []);
  return out;
}

