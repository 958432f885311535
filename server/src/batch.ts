// Annotating many files for the CLI: one file from bytes to rendered output, and a pool of
// worker threads that does the same for long lists. Each worker loads its own knowledge base
// and segmenter (about 2 s), so the pool only pays off on many files; the CLI decides.
// Workers only render: the main thread writes, so existence checks and messages stay in one place.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { analyze, type Engine } from './analysis/analyze.ts';
import { formatByName, renderDocument, type ExportFormat, type ExtraFile } from './export/index.ts';
import { isMarkdown, readDocument } from './io/documents.ts';
import { buildKnowledgeBase, type KnowledgeBase } from './analysis/knowledge.ts';
import type { Figure } from './analysis/types.ts';
import { applyVerifications, type VerificationMarks } from './analysis/verifications.ts';
import type { VerificationRecord } from './knowledge/workspace.ts';
import { readWorkspaceFiles } from './workspaceFiles.ts';
import { loadSegmenter, type SegmenterChoice } from './segmenterLoader.ts';

export interface Workspace {
  kb: KnowledgeBase;
  records: VerificationRecord[];
  problems: string[];
  verificationsFor(path: string, figures: readonly Figure[], text: string): VerificationMarks;
}

/** A workspace's knowledge and verification records, read once (the language server watches them instead). */
export function loadWorkspace(dir: string): Workspace {
  const files = readWorkspaceFiles(dir);
  const kb = buildKnowledgeBase(files.sources);
  return {
    kb,
    records: files.records,
    problems: [...files.problems, ...kb.problems],
    verificationsFor: (path, figures, text) => applyVerifications(files.records.filter((r) => r.path === path), figures, text),
  };
}

export interface FileJob {
  path: string;
  /** The path written into the outputs (relative to the workspace, forward slashes). */
  shownPath: string;
  /** The text, when it comes from standard input rather than the file at `path`. */
  text?: string;
}

export type FileResult =
  | { ok: true; output: string; companions: ExtraFile[] }
  | { ok: false; error: string };

export interface BatchSettings {
  format: string;
  workspaceDir: string;
  segmentation: boolean;
  /** nodejieba, jieba-wasm, or nodejieba where it loads (AI_ANNOTATE_SEGMENTER); auto falls back silently. */
  segmenter?: SegmenterChoice;
}

export interface Annotator {
  workspace: Workspace;
  annotate(job: FileJob): FileResult;
}

export function createAnnotator(settings: BatchSettings, workspace = loadWorkspace(settings.workspaceDir)): Annotator {
  const format = formatByName(settings.format) as ExportFormat;
  const segmenter = settings.segmentation
    ? loadSegmenter(settings.segmenter ?? 'auto', workspace.kb.aliases.keys()).segmenter
    : undefined;
  const engine: Engine = { kb: workspace.kb, segmenter };
  return {
    workspace,
    annotate(job) {
      const text = job.text ?? readDocument(job.path);
      if (typeof text !== 'string') return { ok: false, error: text.error };
      try {
        const { analysis } = analyze(text, engine, {
          markdown: isMarkdown(job.path),
          verifications: (figures, t) => workspace.verificationsFor(job.shownPath, figures, t),
        });
        // uri: the file as an absolute file: URI (a relative path resolved against the current
        // directory); standard input has none (the W3C export then targets its content address)
        const uri = job.text === undefined ? pathToFileURL(resolve(job.path)).href : undefined;
        const rendered = renderDocument(format, analysis, text, job.shownPath, uri);
        return { ok: true, output: rendered.content, companions: rendered.companions };
      } catch (e) {
        // a bug on one document should not cost the others their outputs
        return { ok: false, error: `analysis failed: ${(e as Error).message}` };
      }
    },
  };
}

interface WorkerSetup { batchWorker: BatchSettings }

/**
 * Annotate jobs on `threads` worker threads started from `entry` (the CLI script, which calls
 * runBatchWorker when it finds itself in a worker). Results arrive in completion order; a job
 * whose worker died gets a failure, and the other workers take over the remaining jobs.
 */
export async function annotateInWorkers(entry: string, settings: BatchSettings, jobs: FileJob[], threads: number, onResult: (index: number, result: FileResult) => void): Promise<void> {
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve) => {
      const worker = new Worker(entry, { workerData: { batchWorker: settings } satisfies WorkerSetup });
      let current = -1;
      const send = () => {
        if (next >= jobs.length) { current = -1; void worker.terminate(); return; }
        current = next++;
        worker.postMessage(jobs[current]);
      };
      const died = (why: string) => {
        if (current >= 0) onResult(current, { ok: false, error: `worker thread failed: ${why}` });
        current = -1;
      };
      worker.on('message', (result: FileResult) => { onResult(current, result); send(); });
      worker.once('error', (e) => died(e.message));
      worker.once('exit', (code) => { died(`exit ${code}`); resolve(); });
      send(); // queued until the worker has loaded and listens
    });
  await Promise.all(Array.from({ length: Math.min(threads, jobs.length) }, runWorker));
  for (; next < jobs.length; next++) onResult(next, { ok: false, error: 'not annotated: every worker thread failed' });
}

export function isBatchWorker(): boolean {
  return !!parentPort && !!(workerData as Partial<WorkerSetup> | undefined)?.batchWorker;
}

/** The worker side: annotate each job the main thread sends and answer with its result. */
export function runBatchWorker() {
  const annotator = createAnnotator((workerData as WorkerSetup).batchWorker);
  parentPort!.on('message', (job: FileJob) => parentPort!.postMessage(annotator.annotate(job)));
}
