// The bundled knowledge base and the loader for a workspace's .ai-annotator/knowledge.json.
// Both share one JSON Schema; a workspace file that does not validate is reported with the
// line and column of each problem and ignored, and the bundled knowledge keeps working.
//
// The bundled documents are read at run time, not bundled into the code: from the knowledge
// file `npm run build` writes next to the language server (the documents plus the compiled
// alias index, so that start-up does not rebuild it), or from the data folder when that file
// is missing or older than the data (./bundledFiles.ts, Node); a language server in a browser
// fetches the compiled file and provides it (provideBundled). Workspace JSON files are read with
// jsonc-parser: comments tolerated, every error placed.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { BUNDLED_FILES, fromCompiled, type BundledKnowledge, type CompiledKnowledge } from './bundled.ts';
import { readBundled } from './bundledFiles.ts';
import type { KnowledgeDocument, KnowledgeSource } from './types.ts';
import schema from './schema/knowledge.schema.json';

export { BUNDLED_FILES, COMPILED_KNOWLEDGE_FILE, type BundledKnowledge, type CompiledKnowledge } from './bundled.ts';

export { schema as knowledgeSchema };

let loaded: BundledKnowledge | undefined;

/** The bundled documents and, when a compiled file of the same data exists, its index: read once (./bundledFiles.ts). */
export function loadBundled(): BundledKnowledge {
  return (loaded ??= readBundled());
}

/**
 * Use this compiled knowledge as the bundled one: a language server in a browser fetches the file
 * `npm run build` wrote (it has no disk to read) and gives it here before the first analysis.
 */
export function provideBundled(file: CompiledKnowledge): void {
  loaded = fromCompiled(file);
}

/** The bundled knowledge documents. */
export function bundledSources(): readonly KnowledgeSource[] {
  return loadBundled().sources;
}

/** Knowledge written and reviewed by hand (what the Epoch AI import maps onto). */
export function handWrittenSources(): readonly KnowledgeSource[] {
  const hand = new Set<string>(BUNDLED_FILES.filter((f) => f.handWritten).map((f) => f.origin));
  return bundledSources().filter((s) => hand.has(s.origin));
}

const validators = new Map<object, ValidateFunction>();
let ajv: Ajv | undefined; // created on first use: it costs start-up time and is only needed for workspace files
export interface JsonProblem {
  message: string;
  /** Offset into the file text where the problem is, when it can be located. */
  offset: number;
  /** Length of the offending text, when known. */
  length?: number;
  line: number;
  column: number;
}

/**
 * Parse a workspace JSON file (comments and trailing commas tolerated, as VS Code's own settings
 * files) and validate it against a bundled schema. Every syntax error is reported at its place;
 * problems carry 1-based line and column.
 */
export function parseJsonFile<T>(text: string, fileSchema: object): { value?: T; problems: JsonProblem[] } {
  const errors: ParseError[] = [];
  // a BOM counts as white space (same offsets)
  const tree = parseTree(text.replace(/^\ufeff/, ' '), errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length || !tree) {
    const found = errors.length ? errors : [{ error: 1 /* InvalidSymbol */, offset: 0, length: 0 }];
    return { problems: found.map((e) => ({ ...locate(text, e.offset), length: e.length, message: `Invalid JSON: ${printParseErrorCode(e.error)}` })) };
  }
  const data = getNodeValue(tree);
  let check = validators.get(fileSchema);
  if (!check) {
    ajv ??= new Ajv({ allErrors: true, strict: false });
    check = ajv.compile(fileSchema);
    validators.set(fileSchema, check);
  }
  if (!check(data)) return { problems: (check.errors ?? []).map((err) => describeError(text, err, tree)) };
  return { value: data as T, problems: [] };
}

/** Parse and validate a knowledge document. */
export function parseKnowledge(text: string): { document?: KnowledgeDocument; problems: JsonProblem[] } {
  const parsed = parseJsonFile<KnowledgeDocument>(text, schema);
  return { document: parsed.value, problems: parsed.problems };
}

/** A schema error as a message with the line and column of the offending value. */
export function describeError(text: string, err: ErrorObject, tree = parseTree(text, [], { allowTrailingComma: true })): JsonProblem {
  const where = err.instancePath || '/';
  const path = err.instancePath.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~')).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
  const node = tree && findNodeAtLocation(tree, path);
  // the property's name for an object, the value otherwise
  const at = node?.parent?.type === 'property' ? node.parent : node;
  // names and values from the file are quoted as JSON: a line break in one stays on the message's line
  const detail = err.keyword === 'additionalProperties'
    ? `unknown property ${JSON.stringify((err.params as { additionalProperty: string }).additionalProperty)}`
    : err.keyword === 'enum'
      ? `${err.message}: ${(err.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`
      : err.message ?? 'invalid';
  const unknown = err.keyword === 'additionalProperties' && node?.type === 'object'
    ? findNodeAtLocation(node, [(err.params as { additionalProperty: string }).additionalProperty])?.parent
    : undefined;
  const place = unknown ?? at;
  return { ...locate(text, place?.offset ?? 0), length: place?.length, message: `${where}: ${detail}` };
}

/** The 1-based line and column (UTF-16 code units, as LSP and VS Code count) of an offset; lines end at \r\n, \r or \n, as in an editor. */
export function locate(text: string, offset: number): JsonProblem & { message: string } {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < clamped; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) { line++; lineStart = i + 1; }
  }
  return { message: '', offset: clamped, line, column: clamped - lineStart + 1 };
}

