// Where exports go and how they are written, without VS Code types so it can be tested:
// output paths mirror the workspace and are named as the CLI names them (exportName), writes are
// atomic (temporary file, then rename), and an existing file is replaced only when the caller
// says so. Paths are file-system paths.
import { dirname, join } from 'node:path';
import { companionPath, exportName, type ExportResult } from '../../protocol/index.ts';

export interface FileSystem {
  exists(path: string): Promise<boolean>;
  writeFile(path: string, content: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  delete(path: string): Promise<void>;
}

export type Rendered = ExportResult;

/** Write an output with its companions, and the folder's setup files unless already there. */
export async function writeRendered(fs: FileSystem, target: string, rendered: Rendered & { content: string }, replace: boolean, folder: string): Promise<WriteOutcome> {
  const outcome = await writeExport(fs, target, rendered.content, replace);
  if (outcome === 'exists') return outcome;
  for (const c of rendered.companions ?? []) await writeExport(fs, companionPath(target, c.name), c.content, true);
  for (const f of rendered.setupFiles ?? []) await writeExport(fs, join(folder, f.name), f.content, false);
  return outcome;
}

export type WriteOutcome = 'written' | 'exists';

/** Write `content` to `target` atomically; with replace=false an existing file is left alone. */
export async function writeExport(fs: FileSystem, target: string, content: string, replace: boolean): Promise<WriteOutcome> {
  if (!replace && (await fs.exists(target))) return 'exists';
  await fs.mkdir(dirname(target));
  const temp = `${target}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp`;
  await fs.writeFile(temp, new TextEncoder().encode(content));
  try {
    await fs.rename(temp, target);
  } catch (e) {
    await fs.delete(temp).catch(() => undefined);
    throw e;
  }
  return 'written';
}

export interface WorkspaceExportResult {
  written: string[];
  skipped: string[];
  failed: Array<{ path: string; error: string }>;
  cancelled: boolean;
}

/**
 * Export many documents: render each through `render` (the language server), write it under
 * `outDir`, keep going after a failure and report every one of them.
 */
export async function exportMany(
  fs: FileSystem,
  files: readonly string[],
  outDir: string,
  extension: string,
  render: (relativePath: string) => Promise<Rendered>,
  options: { replace: boolean; isCancelled: () => boolean; progress?: (done: number, total: number) => void },
): Promise<WorkspaceExportResult> {
  const result: WorkspaceExportResult = { written: [], skipped: [], failed: [], cancelled: false };
  let done = 0;
  for (const rel of files) {
    if (options.isCancelled()) { result.cancelled = true; break; }
    try {
      const rendered = await render(rel);
      if (rendered.content === undefined) {
        result.failed.push({ path: rel, error: rendered.error ?? 'no output' });
      } else {
        const target = join(outDir, exportName(rel, extension));
        const outcome = await writeRendered(fs, target, { ...rendered, content: rendered.content }, options.replace, outDir);
        (outcome === 'written' ? result.written : result.skipped).push(rel);
      }
    } catch (e) {
      result.failed.push({ path: rel, error: (e as Error).message });
    }
    options.progress?.(++done, files.length);
  }
  return result;
}
