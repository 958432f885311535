// File writing shared by the CLI and the language server.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Write to a temporary file beside the target and rename it over the target, so readers never see half a file. */
export function writeAtomic(target: string, content: string) {
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, target);
}
