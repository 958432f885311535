// ai-annotate: the same analysis as the editor, for files and folders, scripts and CI;
// and `ai-annotate lsp --stdio`, the language server for any LSP editor.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, type Engine } from './analysis/analyze.ts';
import { loadJieba } from './analysis/jieba.ts';
import { FORMATS, formatByName } from './export/index.ts';
import { writeAtomic } from './files.ts';
import { decodeText, listTextFiles, toPosix } from './textFiles.ts';
import { loadWorkspace } from './knowledge/workspace.ts';


const USAGE = `Usage:
  ai-annotate annotate [--format FORMAT] [--out DIR] [--workspace DIR] [--force] PATH...
  ai-annotate lsp --stdio
  ai-annotate --help | --version

annotate  Recognise vendors, models and figures in Markdown and text files.
  PATH              files or folders (folders: *.md, *.markdown, *.txt, .gitignore respected)
  --format FORMAT   ${FORMATS.map((f) => f.name).join(' | ')} (default json)
  --out DIR         write one output per input into DIR (required for several inputs with json)
  --workspace DIR   read DIR/.ai-annotator/ (knowledge.json, verifications.json); default: the current folder
  --force           replace existing output files
  --no-segmentation skip nodejieba (faster start, fewer boundary checks)

Exit status: 0 success, 1 some input failed (the others are still written), 2 usage error.`;

class UsageError extends Error {}

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
    if (command === 'annotate') return annotate(rest);
    if (command === 'lsp') {
      if (!rest.includes('--stdio')) throw new UsageError('lsp needs --stdio');
      const { startServer } = await import('./server.ts');
      startServer();
      return -1; // keep running
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`ai-annotate: ${(e as Error).message}\n\n${USAGE}\n`);
      return 2;
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

interface Input { path: string; root?: string }

function annotate(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
      workspace: { type: 'string' },
      force: { type: 'boolean', default: false },
      'no-segmentation': { type: 'boolean', default: false },
    },
  });
  const format = formatByName(values.format!);
  if (!format) throw new UsageError(`unknown format "${values.format}" (${FORMATS.map((f) => f.name).join(', ')})`);
  if (!positionals.length) throw new UsageError('no input files');

  let failed = 0;
  const fail = (path: string, why: string) => {
    failed++;
    process.stderr.write(`ai-annotate: ${path}: ${why}\n`);
  };

  const inputs: Input[] = [];
  for (const p of positionals) {
    if (!existsSync(p)) { fail(p, 'no such file or folder'); continue; }
    if (statSync(p).isDirectory()) {
      const found = listTextFiles(p);
      if (!found.length) fail(p, 'folder holds no text files (.md, .markdown, .txt)');
      inputs.push(...found.map((f) => ({ path: f, root: p })));
    } else {
      inputs.push({ path: p });
    }
  }
  if (inputs.length > 1 && !values.out && format.name === 'json') {
    throw new UsageError('several inputs need --out DIR for json (or use --format jsonl or csv to print them all)');
  }

  const workspaceDir = resolve(values.workspace ?? '.');
  const workspace = loadWorkspace(workspaceDir);
  for (const p of workspace.problems) process.stderr.write(`ai-annotate: ${p}\n`);
  const segmenter = values['no-segmentation'] ? undefined : loadJieba(workspace.kb.aliases.keys());
  const engine: Engine = { kb: workspace.kb, segmenter };

  let printedHeader = false;
  for (const input of inputs) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(input.path);
    } catch (e) {
      fail(input.path, (e as Error).message);
      continue;
    }
    const decoded = decodeText(bytes);
    if (typeof decoded !== 'string') { fail(input.path, decoded.error); continue; }
    const text = decoded;
    const shownPath = toPosix(relative(workspaceDir, resolve(input.path)));
    const markdown = /\.(md|markdown)$/i.test(input.path);
    const { analysis } = analyze(text, engine, {
      markdown,
      verifications: (figures, t) => workspace.verificationsFor(shownPath, figures, t),
    });
    const source = { path: shownPath, length: text.length, sha256: createHash('sha256').update(bytes).digest('hex') };
    let output = format.render(analysis, source, text);
    if (values.out) {
      const rel = input.root ? relative(input.root, input.path) : basename(input.path);
      const target = join(values.out, rel.slice(0, rel.length - extname(rel).length) + format.extension);
      if (existsSync(target) && !values.force) { fail(input.path, `${target} exists (use --force to replace it)`); continue; }
      try {
        writeAtomic(target, output);
      } catch (e) {
        fail(input.path, `cannot write ${target}: ${(e as Error).message}`);
      }
    } else {
      if (format.name === 'csv' && printedHeader) output = output.replace(/^\ufeff?[^\r\n]*\r\n/, '');
      printedHeader = true;
      process.stdout.write(output);
    }
  }
  return failed ? 1 : 0;
}

/** Entry point of bin/ai-annotate.js. */
export function run(argv = process.argv.slice(2)) {
  main(argv).then(
    (code) => { if (code >= 0) process.exitCode = code; },
    (e) => {
      process.stderr.write(`ai-annotate: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 1;
    },
  );
}

if (require.main === module) run();
