// The bundled knowledge base and the loader for a workspace's .ai-annotator/knowledge.json.
// Both share one JSON Schema; a workspace file that does not validate is reported with the
// line and column of each problem and ignored, and the bundled knowledge keeps working.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
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
  line: number;
  column: number;
}

/** Parse a workspace JSON file and validate it against a bundled schema; problems carry 1-based line and column. */
export function parseJsonFile<T>(text: string, fileSchema: object): { value?: T; problems: JsonProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    const message = (e as Error).message;
    const m = /position (\d+)/.exec(message);
    return { problems: [{ ...locate(text, m ? Number(m[1]) : 0), message: `Invalid JSON: ${message}` }] };
  }
  let check = validators.get(fileSchema);
  if (!check) {
    check = ajv.compile(fileSchema);
    validators.set(fileSchema, check);
  }
  if (!check(data)) return { problems: (check.errors ?? []).map((err) => describeError(text, err)) };
  return { value: data as T, problems: [] };
}

/** Parse and validate a knowledge document. */
export function parseKnowledge(text: string): { document?: KnowledgeDocument; problems: JsonProblem[] } {
  const parsed = parseJsonFile<KnowledgeDocument>(text, schema);
  return { document: parsed.value, problems: parsed.problems };
}

/** A schema error as a message with the line and column of the offending value. */
export function describeError(text: string, err: ErrorObject): JsonProblem {
  const where = err.instancePath || '/';
  const offset = offsetOfPointer(text, err.instancePath);
  const detail = err.keyword === 'additionalProperties'
    ? `unknown property "${(err.params as { additionalProperty: string }).additionalProperty}"`
    : err.keyword === 'enum'
      ? `${err.message}: ${(err.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`
      : err.message ?? 'invalid';
  return { ...locate(text, offset), message: `${where}: ${detail}` };
}

export function locate(text: string, offset: number): JsonProblem & { message: string } {
  const clamped = Math.max(0, Math.min(offset, text.length));
  const before = text.slice(0, clamped);
  const line = before.split('\n').length;
  const column = clamped - (before.lastIndexOf('\n') + 1) + 1;
  return { message: '', offset: clamped, line, column };
}

/** Find where a JSON pointer (/models/3/vendor) points in the text, approximately but without a second parser. */
function offsetOfPointer(text: string, pointer: string): number {
  if (!pointer) return 0;
  let pos = 0;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(key)) {
      pos = nthArrayElement(text, pos, Number(key));
    } else {
      const at = text.indexOf(JSON.stringify(key), pos);
      if (at < 0) return pos;
      pos = at;
    }
  }
  return pos;
}

function nthArrayElement(text: string, from: number, n: number): number {
  let i = text.indexOf('[', from);
  if (i < 0) return from;
  let depth = 0;
  let index = 0;
  let inString = false;
  for (i = i + 1; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') { inString = true; if (depth === 0 && index === n) return i; continue; }
    if (ch === '{' || ch === '[') { if (depth === 0 && index === n) return i; depth++; }
    else if (ch === '}' || ch === ']') { if (depth === 0) return i; depth--; }
    else if (ch === ',' && depth === 0) index++;
    else if (depth === 0 && index === n && !/\s/.test(ch)) return i;
  }
  return from;
}
