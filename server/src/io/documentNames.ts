// Which files are documents, by their names alone: no file system, so the language server uses
// the same rule in a browser. Reading and listing them from disk is ./documents.ts.

export const DOCUMENT_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt', '.text'];
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);
/** The same rule as a glob, for file watchers. */
export const DOCUMENT_GLOB = `**/*.{${DOCUMENT_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;

/** The extension of a path or URI's last segment, lower-cased, as node's extname finds it ('' for `.md` alone). */
function extensionOf(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** Whether a path (or file: URI) names a document by its extension; a.annotations.txt is an export (brat's text copy), not a document. */
export function isDocumentPath(path: string): boolean {
  return DOCUMENT_EXTENSIONS.includes(extensionOf(path)) && !/\.annotations\.[^./\\]+$/i.test(path);
}

/** The language a document is read in: Markdown by extension (or the editor's language id), plain text otherwise. */
export function isMarkdown(path: string, languageId?: string): boolean {
  return languageId === 'markdown' || MARKDOWN_EXTENSIONS.has(extensionOf(path));
}
