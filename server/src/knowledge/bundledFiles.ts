// The bundled knowledge on disk, in Node: the compiled file `npm run build` writes beside the
// bundles, or the data files when it is missing or older than they are. The browser build takes
// ./bundledFiles.browser.ts instead (a language server there fetches the compiled file).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BUNDLED_FILES, COMPILED_KNOWLEDGE_FILE, fromCompiled, type BundledKnowledge, type CompiledKnowledge } from './bundled.ts';
import type { KnowledgeDocument } from './types.ts';

/** This module's folder and the folders above it: the repository root is one of them wherever the code was bundled to. */
function ancestors(): string[] {
  const out = [__dirname];
  for (let i = 0; i < 5; i++) out.push(dirname(out[out.length - 1]));
  return out;
}

/** Where the data files are: beside this module (sources), or in the repository the bundle was built in. */
function dataDir(): string | undefined {
  return [join(__dirname, 'data'), ...ancestors().map((a) => join(a, 'server', 'src', 'knowledge', 'data'))]
    .find((d) => existsSync(join(d, BUNDLED_FILES[0].file)));
}

/** The compiled file: beside the bundle (an installed extension has nothing else), or in the repository's build output. */
function compiledPath(): string | undefined {
  return [join(__dirname, COMPILED_KNOWLEDGE_FILE), ...ancestors().map((a) => join(a, 'server', 'out', COMPILED_KNOWLEDGE_FILE))].find(existsSync);
}

/** What a compiled knowledge file records of a data file (changed by any edit, checkout or copy). */
export function dataStamps(): string[] | undefined {
  const dir = dataDir();
  if (!dir) return undefined;
  return BUNDLED_FILES.map((f) => {
    const st = statSync(join(dir, f.file));
    return `${f.file}:${st.size}:${Math.round(st.mtimeMs)}`;
  });
}

/** The data files as text, with their origins, when the data folder is there. */
export function readDataFiles(): Array<{ origin: string; text: string }> | undefined {
  const dir = dataDir();
  return dir ? BUNDLED_FILES.map((f) => ({ origin: f.origin, text: readFileSync(join(dir, f.file), 'utf8') })) : undefined;
}

/** The bundled knowledge from disk: the compiled file when it is of the same data, else the data files. */
export function readBundled(): BundledKnowledge {
  const stamps = dataStamps();
  const compiled = compiledPath();
  if (compiled) {
    try {
      const file = JSON.parse(readFileSync(compiled, 'utf8')) as CompiledKnowledge;
      if (!stamps || file.stamps.join('\n') === stamps.join('\n')) return fromCompiled(file);
    } catch {
      // unreadable: read the data files instead
    }
  }
  const data = readDataFiles();
  if (!data) throw new Error(`bundled knowledge not found: neither ${COMPILED_KNOWLEDGE_FILE} beside ${__dirname} nor the data folder`);
  return { sources: data.map((d) => ({ origin: d.origin, document: JSON.parse(d.text) as KnowledgeDocument })) };
}
