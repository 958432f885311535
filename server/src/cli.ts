// ai-annotate: the same analysis as the editor, for files and folders, scripts and CI;
// and `ai-annotate lsp --stdio`, the language server for any LSP editor.
import { existsSync, readFileSync, renameSync, statSync, type Stats } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { companionPath, exportName } from '../../protocol/index.ts';
import { parseArgs } from 'node:util';
import ignore from 'ignore';
import { annotateInWorkers, createAnnotator, isBatchWorker, loadWorkspace, runBatchWorker, type BatchSettings, type FileResult } from './batch.ts';
import { FORMATS, formatByName, type ExportFormat, type ExtraFile } from './export/index.ts';
import { writeAtomic } from './io/files.ts';
import { Progress } from './progress.ts';
import { decodeText, listDocuments, toPosix } from './io/documents.ts';
import { renderSummary, summaryRow, type SummaryRow } from './summary.ts';
import { SegmenterUnavailable, segmenterChoiceFromEnv } from './segmenterLoader.ts';

/** This script: worker threads run it again and find themselves workers. */
const ENTRY = __filename;

const SYNOPSIS = `ai-annotate ${version()}: vendors, models and figures in Chinese texts about the AI industry

Usage:
  ai-annotate annotate [--format FORMAT] [--out DIR] [--include PATTERN] [--exclude PATTERN] [--force] PATH...
  ai-annotate annotate [--format FORMAT] [--name NAME] -
  ai-annotate lsp --stdio
  ai-annotate kb stats|check|find|import-epoch …   (ai-annotate kb --help)
  ai-annotate --help | --version`;

const USAGE = `${SYNOPSIS}

annotate  Recognise vendors, models and figures in Markdown and text files.
  PATH              files or folders (folders: *.md, *.markdown, *.txt, .gitignore respected);
                    a folder or several files without --format and --out: a summary table;
                    - reads standard input (UTF-8)
  --name NAME       the name standard input is reported under (its extension decides Markdown;
                    the verification records of that path apply); default -
  --format FORMAT   (default json)
${FORMATS.map((f) => `      ${f.name.padEnd(13)} ${f.description}`).join('\n')}
  --out DIR         write one output per input into DIR, plus the files a format needs once
                    (brat: annotation.conf, label-studio: label-studio-config.xml); required for
                    several inputs unless the format is a line format (${FORMATS.filter((f) => f.concatenable).map((f) => f.name).join(', ')})
  --include PATTERN only the files of folders that match (.gitignore syntax, relative to the folder; repeatable)
  --exclude PATTERN skip the files of folders that match (.gitignore syntax; repeatable)
  --workspace DIR   read DIR/.ai-annotator/ (knowledge.json, verifications.json); default: the current folder
  --force           replace existing output files
  --jobs N          annotate in N worker threads; each loads its own dictionaries (about 2 s), so
                    this only pays off on many files and free cores (default 0: in this thread)
  --no-segmentation skip word segmentation (faster start, fewer boundary checks)

Environment:
  AI_ANNOTATE_SEGMENTER  auto (default: nodejieba where its native module loads, else the
                    WebAssembly segmenter), native (nodejieba only) or wasm (jieba-wasm only)

A progress bar shows on stderr when it is a terminal.

Exit status: 0 success, 1 some input failed (the others are still written), 2 usage error.`;

class UsageError extends Error {}

/** The subcommands: each takes its arguments and returns the exit status (-1: keep running). Add one here and to USAGE. */
const SUBCOMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  annotate: (args) => annotate(args),
  lsp: async (args) => {
    if (!args.includes('--stdio')) throw new UsageError('lsp needs --stdio');
    const { startNodeServer } = await import('./serverNode.ts');
    startNodeServer();
    return -1; // keep running
  },
  kb: async (args) => (await import('./kb/command.ts')).runKb(args),
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(version() + '\n');
    return 0;
  }
  try {
    const run = SUBCOMMANDS[command];
    if (!run) throw new UsageError(`unknown command "${command}"`);
    return await run(rest);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`ai-annotate: ${(e as Error).message}\n\n${SYNOPSIS}\n\nai-annotate --help lists the options.\n`);
      return 2;
    }
    if (e instanceof SegmenterUnavailable) {
      process.stderr.write(`ai-annotate: ${e.message} (unset AI_ANNOTATE_SEGMENTER or set it to wasm)\n`);
      return 1;
    }
    throw e;
  }
}

function version(): string {
  try {
    return JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

interface Input {
  path: string;
  root?: string;
  /** Standard input (path is then the name it goes by), and its text once read. */
  stdin?: boolean;
  text?: string;
}

async function annotate(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      workspace: { type: 'string' },
      force: { type: 'boolean', default: false },
      include: { type: 'string', multiple: true, default: [] },
      exclude: { type: 'string', multiple: true, default: [] },
      jobs: { type: 'string' },
      name: { type: 'string' },
      'no-segmentation': { type: 'boolean', default: false },
    },
  });
  const format = formatByName(values.format ?? 'json');
  if (!format) throw new UsageError(`unknown format "${values.format}" (${FORMATS.map((f) => f.name).join(', ')})`);
  if (!positionals.length) throw new UsageError('no input files');
  if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('- (standard input) can be given once');
  if (values.name !== undefined && !positionals.includes('-')) throw new UsageError('--name names standard input (-), which is not among the inputs');
  if (values.out && positionals.includes('-') && values.name === undefined) throw new UsageError('--out needs --name to name the output of standard input');
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 0)) throw new UsageError(`--jobs needs a whole number, not "${values.jobs}"`);

  let failed = 0;
  let progress: Progress | undefined;
  const fail = (path: string, why: string) => {
    failed++;
    const line = oneLine(`ai-annotate: ${path}: ${why}`);
    if (progress) progress.message(line);
    else process.stderr.write(line + '\n');
  };

  const inputs = collectInputs(positionals, pathFilter(values.include!, values.exclude!), fail, values.name ?? '-');
  const stdin = inputs.find((i) => i.stdin);
  if (stdin) {
    const text = decodeText(await readAll(process.stdin));
    if (typeof text === 'string') stdin.text = text;
    else { fail('-', text.error); inputs.splice(inputs.indexOf(stdin), 1); }
  }
  // a folder (or several files) with nothing asked for: a first look, not the help
  const summary: SummaryRow[] | undefined = values.format === undefined && !values.out && (inputs.length > 1 || inputs.some((i) => i.root)) ? [] : undefined;
  if (inputs.length > 1 && !values.out && !format.concatenable && !summary) {
    const lineFormats = FORMATS.filter((f) => f.concatenable).map((f) => f.name).join(', ');
    throw new UsageError(`several inputs need --out DIR for ${format.name} (or print them all with a line format: ${lineFormats})`);
  }

  const workspaceDir = resolve(values.workspace ?? '.');
  const workspace = loadWorkspace(workspaceDir);
  for (const p of workspace.problems) process.stderr.write(oneLine(`ai-annotate: ${p}`) + '\n');
  const segmenter = segmenterChoiceFromEnv();
  if (typeof segmenter !== 'string') throw new UsageError(segmenter.error);
  const settings: BatchSettings = { format: format.name, workspaceDir, segmentation: !values['no-segmentation'], segmenter };

  const note = (line: string) => (progress ? progress.message(oneLine(line)) : process.stderr.write(oneLine(line) + '\n'));
  const out = values.out ? new OutputFolder(values.out, format, values.force!, note) : undefined;
  const inputPaths = new Set(inputs.map((i) => resolve(i.path)));
  for (const file of (out && format.setupFiles?.()) || []) {
    const why = out!.writeSetup(file);
    if (why) fail(join(values.out!, file.name), why);
  }

  let printedHeader = false;
  progress = new Progress(inputs.length);
  // handled in the order of the inputs, whatever order workers finish in: stdout keeps that
  // order, and of two inputs with the same output name the first always wins
  const deliver = inInputOrder((index: number, result: FileResult) => {
    const input = inputs[index];
    const why = result.ok ? out?.write(input, result, inputPaths) : result.error;
    if (why) fail(input.path, why);
    if (summary && result.ok) summary.push(summaryRow(fileJobs[index].shownPath, result.output));
    else if (!out && result.ok) {
      let text = result.output;
      if (format.name === 'csv' && printedHeader) text = text.replace(/^\ufeff?[^\r\n]*\r\n/, ''); // one header
      printedHeader = true;
      process.stdout.write(text);
    }
    progress!.tick(!why);
  });
  const fileJobs = inputs.map((input) => (input.stdin
    ? { path: input.path, shownPath: input.path, text: input.text }
    : { path: input.path, shownPath: toPosix(relative(workspaceDir, resolve(input.path))) }));
  // worker threads are opt-in: on a 2-core machine they were slower than this thread. They run
  // the bundled CLI; from the TypeScript sources (tsx) the work stays in this thread.
  const threads = jobs && jobs > 1 && ENTRY.endsWith('.js') ? jobs : 0;
  if (jobs && jobs > 1 && !threads) progress.message('ai-annotate: --jobs needs the built CLI (npm run build); annotating in this thread');
  if (threads) {
    await annotateInWorkers(ENTRY, settings, fileJobs, threads, deliver);
  } else {
    const annotator = createAnnotator(settings, workspace);
    for (const [i, job] of fileJobs.entries()) {
      deliver(i, annotator.annotate(job));
      // a turn of the event loop between files: a reader that has gone away (EPIPE) ends the run
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  progress.finish();
  if (summary) process.stdout.write(renderSummary(summary, failed));
  return failed ? 1 : 0;
}

function fileKind(stat: Stats): string {
  return stat.isFIFO() ? 'a FIFO' : stat.isCharacterDevice() ? 'a character device' : stat.isBlockDevice() ? 'a block device' : stat.isSocket() ? 'a socket' : 'not a file';
}

/** Everything a stream gives until it ends. */
async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** A message as one line of the terminal, whatever a file name or a file's content put in it. */
function oneLine(message: string): string {
  return message.replace(/\r\n|\r|\n/g, (m) => (m === '\n' ? '\\n' : m === '\r' ? '\\r' : '\\r\\n'));
}

/** Call `handle` for index 0, 1, 2 … as soon as each and all before it have arrived. */
function inInputOrder<T>(handle: (index: number, value: T) => void): (index: number, value: T) => void {
  const waiting = new Map<number, T>();
  let next = 0;
  return (index, value) => {
    waiting.set(index, value);
    for (; waiting.has(next); next++) {
      const ready = waiting.get(next)!;
      waiting.delete(next);
      handle(next, ready);
    }
  };
}

/** --include / --exclude: .gitignore-style patterns on paths inside the folders given. */
function pathFilter(include: string[], exclude: string[]): (relativePath: string) => boolean {
  const included = include.length ? ignore().add(include) : undefined;
  const excluded = ignore().add(exclude);
  return (rel) => (!included || included.ignores(rel)) && !excluded.ignores(rel);
}

/** The files to annotate: files as given, standard input (-), and the text files of folders that pass the filter. */
function collectInputs(paths: string[], accept: (relativePath: string) => boolean, fail: (path: string, why: string) => void, stdinName: string): Input[] {
  const inputs: Input[] = [];
  for (const p of paths) {
    if (p === '-') { inputs.push({ path: stdinName, stdin: true }); continue; }
    if (!existsSync(p)) { fail(p, 'no such file or folder'); continue; }
    const stat = statSync(p);
    // reading a FIFO or a device would wait for a writer, or never end
    if (!stat.isDirectory() && !stat.isFile()) { fail(p, `not a regular file (${fileKind(stat)}); use - to read standard input`); continue; }
    if (!stat.isDirectory()) { inputs.push({ path: p }); continue; }
    const found = listDocuments(p);
    if (!found.length) { fail(p, 'folder holds no text files (.md, .markdown, .txt)'); continue; }
    const kept = found.filter((f) => accept(toPosix(relative(p, f))));
    if (!kept.length) fail(p, 'no text file in the folder matches --include/--exclude');
    inputs.push(...kept.map((f) => ({ path: f, root: p })));
  }
  return inputs;
}

/**
 * The --out folder: one output (and its companions) per input, never two inputs on one file.
 * Outputs are named as the editor names them (a.md → a.annotations.json); an output an earlier
 * version named a.json is renamed to the new name first, so it is replaced or kept like any other.
 */
class OutputFolder {
  private readonly claimed = new Map<string, string>();

  constructor(private readonly dir: string, private readonly format: ExportFormat, private readonly force: boolean, private readonly note: (line: string) => void) {}

  /** Write the outputs of one input; the reason if they were not written. */
  write(input: Input, result: { output: string; companions: ExtraFile[] }, inputs: ReadonlySet<string>): string | undefined {
    const rel = input.root ? relative(input.root, input.path) : basename(input.path);
    const output = join(this.dir, exportName(rel, this.format.extension));
    const files = [{ target: output, content: result.output }, ...result.companions.map((c) => ({ target: companionPath(output, c.name), content: c.content }))];
    const oldBase = join(this.dir, rel.slice(0, rel.length - extname(rel).length));
    const old = [oldBase + this.format.extension, ...result.companions.map((c) => oldBase + c.name)];
    this.migrate(old, files.map((f) => f.target), inputs);
    for (const { target } of files) {
      if (resolve(target) === resolve(input.path)) return `${target} would replace the input itself (choose another --out folder)`;
      const owner = this.claimed.get(resolve(target));
      if (owner) return `${target} is already the output of ${owner} (same name, different extension)`;
      if (existsSync(target) && !this.force) return `${target} exists (use --force to replace it)`;
    }
    for (const { target, content } of files) {
      this.claimed.set(resolve(target), input.path);
      try {
        writeAtomic(target, content);
      } catch (e) {
        return `cannot write ${target}: ${(e as Error).message}`;
      }
    }
    return undefined;
  }

  /** Rename the outputs of an earlier version (a.json) to today's names (a.annotations.json), never an input, never over a file. */
  private migrate(old: string[], current: string[], inputs: ReadonlySet<string>) {
    if (!existsSync(old[0]) || existsSync(current[0]) || old.some((p) => inputs.has(resolve(p)))) return;
    old.forEach((from, i) => {
      if (!existsSync(from) || existsSync(current[i]) || this.claimed.has(resolve(from))) return;
      try {
        renameSync(from, current[i]);
        this.note(`ai-annotate: renamed ${from} to ${current[i]} (outputs are now named *.annotations.*)`);
      } catch {
        // left where it is: the new output is written beside it
      }
    });
  }

  /** A file the format needs once per folder; an identical one already there is fine. */
  writeSetup(file: ExtraFile): string | undefined {
    const target = join(this.dir, file.name);
    if (existsSync(target) && !this.force) {
      return readFileSync(target, 'utf8') === file.content ? undefined : 'exists with other content (use --force to replace it)';
    }
    try {
      writeAtomic(target, file.content);
    } catch (e) {
      return `cannot write: ${(e as Error).message}`;
    }
    return undefined;
  }
}

/** Entry point of bin/ai-annotate.js. */
export function run(argv = process.argv.slice(2)) {
  // the reader went away (| head -n 1): what it wanted it has; end quietly, as Unix tools do
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
  }
  main(argv).then(
    (code) => { if (code >= 0) process.exitCode = code; },
    (e) => {
      process.stderr.write(`ai-annotate: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 1;
    },
  );
}

if (isBatchWorker()) runBatchWorker();
else if (require.main === module) run();
