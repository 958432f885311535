// File writing shared by the CLI and the language server.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Write to a temporary file beside the target and rename it over the target, so readers never see half a file. */
export function writeAtomic(target: string, content: string) {
  mkdirSync(dirname(target), { recursive: true });
  const temp = tempPath(target);
  writeFileSync(temp, content);
  renameSync(temp, target);
}

/**
 * Compare-and-swap: write `content` atomically only if the file still holds `expected` (undefined:
 * the file must not exist yet). False, and nothing written, when someone changed it meanwhile.
 */
export function replaceIfUnchanged(target: string, expected: string | undefined, content: string): boolean {
  mkdirSync(dirname(target), { recursive: true });
  const temp = tempPath(target);
  writeFileSync(temp, content);
  if (readIfExists(target) !== expected) {
    rmSync(temp, { force: true });
    return false;
  }
  renameSync(temp, target);
  return true;
}

/** The file's text, or undefined when there is none. */
export function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** A name beside the target no other writer (thread, process) picks at the same moment. */
function tempPath(target: string): string {
  return `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
}
