// The bundled knowledge base and the loader for a workspace's .ai-annotator/knowledge.json.
// Both share one JSON Schema; a workspace file that does not validate is reported with the
// line and column of each problem and ignored, and the bundled knowledge keeps working.
// Workspace JSON files are read with jsonc-parser: comments tolerated, every error placed.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { KnowledgeDocument, KnowledgeSource } from './types.ts';
import cn from './data/cn.json';
import global from './data/global.json';
import schema from './schema/knowledge.schema.json';

export { schema as knowledgeSchema };

export const BUNDLED_SOURCES: readonly KnowledgeSource[] = [
  { document: cn as KnowledgeDocument, origin: 'bundled:cn' },
  { document: global as KnowledgeDocument, origin: 'bundled:global' },
];

const validators = new Map<object, ValidateFunction>();
const ajv = new Ajv({ allErrors: true, strict: false });
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

