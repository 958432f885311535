// Where the language server runs, as the server sees it: the seams between the wiring and what
// only Node has. In Node (./nodeHost.ts) the workspace folder is on disk — its .ai-annotator/
// files, watched, and the documents that are not open — and the word segmenter loads in a worker
// thread. In a browser (./browserHost.ts) there is neither a file system nor a thread the server
// may block on: no workspace files, no index of unopened documents, and jieba-wasm loads in the
// server's own thread from the extension's URLs. Nothing here imports Node.
import type { Segmenter, SegmenterChoice, SegmenterKind } from '../analysis/segmenter.ts';
import type { InitializationOptions } from '../../../protocol/index.ts';

export interface ServerHost {
  /** Where the server runs, for the log: "Node", "a browser". */
  readonly name: string;
  /** The file system with the workspace folder (its URI as the client names it), or undefined where there is none (a browser). */
  disk(rootUri: string | undefined): WorkspaceDisk | undefined;
  /** Start loading the chosen segmenter without holding up requests; `names` are the knowledge base's names. */
  startSegmenter(names: string[], choice: SegmenterChoice, log: (message: string) => void): SegmenterHandle;
  /** The segmenter to load when the setting says auto. */
  autoSegmenter(): SegmenterChoice;
  /** What the client said at initialize (a browser host learns there where its files are, and fetches the knowledge); before anything else. */
  initialize?(options: InitializationOptions | undefined): Promise<void> | void;
  /** Log what would otherwise end the server (Node: process-wide handlers; a browser host leaves that to its page). */
  catchErrors?(log: (message: string) => void): void;
}

export interface SegmenterHandle {
  /** Resolves with the segmenter and which one it is once it has loaded, or undefined if none can. */
  ready: Promise<{ segmenter: Segmenter; kind: SegmenterKind } | undefined>;
  dispose(): Promise<void>;
}

/** The file system, as the workspace store (.ai-annotator/) and the workspace index (documents) use it. */
export interface WorkspaceDisk {
  /** The workspace folder, as a path; undefined when the editor opened no folder. */
  readonly root: string | undefined;
  /** Workspace-relative path of a document (as verification records and exports name it); a URI of another scheme as it is. */
  pathOf(uri: string): string;
  /** The path of a file in the workspace folder (`filePath('.ai-annotator', 'knowledge.json')`), and a path's URI. */
  filePath(...parts: string[]): string | undefined;
  fileUri(path: string): string;
  /** A file's text, or undefined when there is no such file; throws when it exists but cannot be read. */
  read(path: string): string | undefined;
  /**
   * Take a file's lock, shared with every other writer (editor windows, the CLI): resolves with
   * what releases it; throws when another writer keeps it too long.
   */
  lock(path: string): Promise<() => Promise<void>>;
  /** Write a file atomically (its folder made if needed), only if it still holds `expected` (undefined: absent); false when it changed. */
  replaceIfUnchanged(path: string, expected: string | undefined, text: string): boolean;
  /** Call `changed` when a file whose path contains `part` changes; returns what stops it, or undefined when nothing can watch. */
  watch(part: string, changed: () => void, log: (message: string) => void): { close(): void } | undefined;
  /** Who is writing a record when no author is set. */
  userName(): string;
  /**
   * The documents of a folder (a file: URI; default: the workspace folder), as file: URIs, at most
   * `limit`; `exclude` (.gitignore patterns relative to the workspace folder) applies inside the workspace folder.
   */
  documentsIn(folderUri: string | undefined, exclude: readonly string[], limit: number): string[];
  /** Whether a document URI is one of the workspace's documents that no exclusion leaves out (true outside the folder). */
  includes(uri: string, exclude: readonly string[]): boolean;
  /** A document's modification time, or undefined when it is gone. */
  modified(uri: string): number | undefined;
  /** A document's text, or undefined when it is not readable text (binary, not UTF-8, over `maxBytes`). */
  readDocument(uri: string, maxBytes: number): string | undefined;
}
