// The bundled knowledge as a file: which data files it comes from, and what `npm run build`
// compiles them into (./bundledFiles.ts reads either from disk in Node; a server in a browser
// fetches the compiled file). No file system here.
import type { CompiledIndex, KnowledgeSource } from './types.ts';

/** The bundled documents, hand-written first, then what `ai-annotate kb import-epoch` generated. */
export const BUNDLED_FILES = [
  { origin: 'bundled:cn', file: 'cn.json', handWritten: true },
  { origin: 'bundled:global', file: 'global.json', handWritten: true },
  { origin: 'bundled:epoch-ai', file: 'generated/epoch-ai.json', handWritten: false },
] as const;

/** The file `npm run build` writes beside the bundles: the bundled documents and their compiled index. */
export const COMPILED_KNOWLEDGE_FILE = 'knowledge.json';

export interface CompiledKnowledge {
  /** Size and modification time of each data file it was compiled from: a changed file makes it stale. */
  stamps: string[];
  sources: KnowledgeSource[];
  index: CompiledIndex;
  /** The traditional → simplified table of every CJK character (base64 of a Uint16Array), so that OpenCC is not needed at start. */
  simplified?: string;
}

/** The bundled documents and, when compiled, their alias index and conversion table. */
export interface BundledKnowledge { sources: KnowledgeSource[]; index?: CompiledIndex; simplified?: Uint16Array }

/** A compiled knowledge file as loadBundled gives it (the conversion table decoded, in Node and in a browser alike). */
export function fromCompiled(file: CompiledKnowledge): BundledKnowledge {
  if (!file.simplified) return { sources: file.sources, index: file.index };
  const binary = atob(file.simplified);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { sources: file.sources, index: file.index, simplified: new Uint16Array(bytes.buffer) };
}
