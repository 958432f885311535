// The language server's host in Node (./host.ts): the workspace folder on disk — the
// .ai-annotator/ files read, written atomically and watched; the documents listed by the one
// rule of ../io/documents.ts and read from disk — and the word segmenter in a worker thread
// (./segmentation.ts), nodejieba where it loads, else jieba-wasm.
import { existsSync, mkdirSync, readFileSync, statSync, watch } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isListedDocument, listDocuments, readDocument } from '../io/documents.ts';
import { lock } from 'proper-lockfile';
import { replaceIfUnchanged } from '../io/files.ts';
import { segmenterChoiceFromEnv } from '../segmenterLoader.ts';
import type { ServerHost, WorkspaceDisk } from './host.ts';
import { startSegmenterWorker } from './segmentation.ts';

export const nodeHost: ServerHost = {
  name: 'Node',
  disk: (rootUri) => nodeDisk(rootUri?.startsWith('file:') ? fileURLToPath(rootUri) : undefined),
  startSegmenter: startSegmenterWorker,
  autoSegmenter() {
    const fromEnv = segmenterChoiceFromEnv();
    return typeof fromEnv === 'string' ? fromEnv : 'auto';
  },
  catchErrors(log) {
    // a bug in one handler must not end the server: log it and carry on
    process.on('unhandledRejection', (e) => log(`unhandled: ${(e as Error)?.stack ?? e}`));
    process.on('uncaughtException', (e) => log(`uncaught: ${e.stack ?? e}`));
  },
};

/** The file system, with the workspace folder when there is one. */
export function nodeDisk(root: string | undefined): WorkspaceDisk {
  const toUri = (path: string) => pathToFileURL(path).toString();
  return {
    root,
    pathOf(uri) {
      if (!uri.startsWith('file:')) return uri;
      const path = fileURLToPath(uri);
      return root ? relative(root, path).split(sep).join('/') : path;
    },
    filePath: (...parts) => (root ? join(root, ...parts) : undefined),
    fileUri: toUri,
    read: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
    async lock(path) {
      mkdirSync(dirname(path), { recursive: true });
      // held for milliseconds; if it was compromised, the writer's compare-and-swap still holds
      return lock(path, { ...LOCK_OPTIONS, onCompromised: () => undefined });
    },
    replaceIfUnchanged,
    watch(part, changed, log) {
      if (!root) return undefined;
      try {
        return watch(root, { recursive: true }, (_event, file) => { if (file && String(file).includes(part)) changed(); });
      } catch (e) {
        log(`cannot watch ${root}: ${(e as Error).message}`);
        return undefined;
      }
    },
    userName() {
      try {
        return userInfo().username;
      } catch {
        return 'unknown';
      }
    },
    documentsIn(folderUri, exclude, limit) {
      const folder = folderUri?.startsWith('file:') ? fileURLToPath(folderUri) : root;
      if (!folder) return [];
      // the exclusions are relative to the workspace folder; a folder elsewhere has its .gitignore only
      if (!root || !isInside(root, folder)) return listDocuments(folder, { limit }).map(toUri);
      if (folder === root) return listDocuments(root, { limit, exclude }).map(toUri);
      return listDocuments(folder, { limit }).filter((f) => isListedDocument(root, f, exclude)).map(toUri);
    },
    includes(uri, exclude) {
      if (!uri.startsWith('file:')) return true; // untitled: being edited
      const path = fileURLToPath(uri);
      return !root || !isInside(root, path) || isListedDocument(root, path, exclude);
    },
    modified(uri) {
      if (!uri.startsWith('file:')) return undefined;
      try {
        return statSync(fileURLToPath(uri)).mtimeMs;
      } catch {
        return undefined;
      }
    },
    readDocument(uri, maxBytes) {
      if (!uri.startsWith('file:')) return undefined;
      const text = readDocument(fileURLToPath(uri), maxBytes);
      return typeof text === 'string' ? text : undefined;
    },
  };
}

/** Wait for another writer's lock for up to about half a minute (each holds it for milliseconds). */
const LOCK_OPTIONS = { realpath: false, stale: 10_000, retries: { retries: 600, minTimeout: 2, maxTimeout: 50, factor: 1.2, randomize: true } };

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return !rel.startsWith('..') && !isAbsolute(rel);
}
