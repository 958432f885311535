// `ai-annotate kb …`: the knowledge base for maintainers and users. stats and check look at
// the bundled knowledge plus the workspace's .ai-annotator/knowledge.json; find says what a
// name resolves to; import-epoch turns Epoch AI's CSV into the generated knowledge document.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { KnowledgeBase, type KnowledgeDocument, type KnowledgeSource } from '../analysis/knowledge.ts';
import { writeAtomic } from '../io/files.ts';
import { bundledSources, handWrittenSources, loadBundled, parseKnowledge } from '../knowledge/index.ts';
import epochMap from '../knowledge/data/epoch-map.json';
import { KNOWLEDGE_FILE, WORKSPACE_DIR } from '../knowledge/workspace.ts';
import { checkKnowledge, findName, knowledgeStats, recognisedUnknown } from './check.ts';
import { EPOCH_ATTRIBUTION, importEpoch, readEpochCsv, type EpochMap } from './epoch.ts';

export const KB_USAGE = `Usage:
  ai-annotate kb stats [--json] [--workspace DIR]
  ai-annotate kb check [--workspace DIR]
  ai-annotate kb find NAME [--json] [--workspace DIR]
  ai-annotate kb import-epoch FILE [--out FILE] [--map FILE] [--retrieved YYYY-MM-DD]

stats         counts of vendors, models, products and facts (facts: those with a source link;
              unsourced facts are counted apart and never verify a figure), per knowledge file
check         schema, unique ids, references, alias collisions, facts without a link;
              exit status 1 on any error
find NAME     what NAME resolves to, with its facts and their sources; exit status 1 when nothing
import-epoch  Epoch AI's notable-models CSV as a knowledge document (stdout, or --out FILE),
              mapped onto the hand-written knowledge with the names in --map (default: the
              bundled map); a report on stderr; exit status 1 when the map misses something
  --workspace DIR   include DIR/.ai-annotator/knowledge.json (default: the current folder)`;

class KbUsageError extends Error {}

/** Run `kb` with the arguments after it; resolves with the exit status. */
export async function runKb(args: string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  const [sub, ...rest] = args;
  try {
    if (!sub || sub === '--help' || sub === '-h') {
      out(KB_USAGE + '\n');
      return sub ? 0 : 2;
    }
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        workspace: { type: 'string' },
        out: { type: 'string' },
        map: { type: 'string' },
        retrieved: { type: 'string' },
      },
    });
    if (sub === 'import-epoch') return importCommand(positionals, values, out, err);
    const { sources, problems } = loadSources(resolve(values.workspace ?? '.'));
    for (const p of problems) err(`ai-annotate: ${p}\n`);
    const kb = new KnowledgeBase([...sources], loadBundled().index);
    if (sub === 'stats') {
      const stats = knowledgeStats(sources);
      if (values.json) out(JSON.stringify(stats) + '\n');
      else {
        out(`vendors ${stats.vendors}, models ${stats.models}, products ${stats.products}, facts ${stats.facts} (with a link ${stats.factsWithUrl}; unsourced, not counted: ${stats.unsourcedFacts})\n`);
        for (const [origin, c] of Object.entries(stats.bySource)) {
          out(`  ${origin}: vendors ${c.vendors}, models ${c.models}, products ${c.products}, facts ${c.facts}, unsourced ${c.unsourcedFacts}\n`);
        }
        out(`  facts by publisher: ${Object.entries(stats.byPublisher).sort((a, b) => b[1] - a[1]).map(([p, n]) => `${p} ${n}`).join(', ')}\n`);
      }
      return 0;
    }
    if (sub === 'check') {
      const result = checkKnowledge(sources, kb);
      for (const w of result.warnings) err(`warning: ${w}\n`);
      for (const e of result.errors) err(`error: ${e}\n`);
      out(`${result.errors.length} errors, ${result.warnings.length} warnings in ${sources.map((s) => s.origin).join(', ')}\n`);
      return result.errors.length || problems.length ? 1 : 0;
    }
    if (sub === 'find') {
      const name = positionals.join(' ');
      if (!name.trim()) throw new KbUsageError('find needs a NAME');
      const found = findName(kb, name);
      const unknown = found.length ? undefined : recognisedUnknown(kb, name);
      if (values.json) out(JSON.stringify(unknown ? { name, found, unknown } : { name, found }) + '\n');
      else if (!found.length) {
        out(`"${name}": not in the knowledge base${unknown ? ` (recognised by its form as a ${unknown.kind}, ${unknown.id}: add it to .ai-annotator/knowledge.json)` : ''}\n`);
      }
      else {
        for (const e of found) {
          out(`${e.id} (${e.kind}) ${e.name} · ${e.names['zh-Hans']} · ${e.names['zh-Hant']} · ${e.names.en}${e.via === 'recogniser' ? ' [recognised as a version]' : ''}\n`);
          if (e.aliases.length) out(`  aliases: ${e.aliases.join(', ')}\n`);
          if (e.vendor) out(`  ${e.kind === 'vendor' ? 'parent' : 'vendor'}: ${e.vendor}\n`);
          for (const f of e.facts) {
            const s = f.source;
            out(`  ${f.attribute} = ${f.value} ${f.unit} — ${s.title}${s.url ? ` <${s.url}>` : ''}${s.publisher ? `, ${s.publisher}` : ''}${s.published ? `, ${s.published}` : ''}${f.unsourced ? ' [unsourced]' : ''}\n`);
          }
        }
      }
      return found.length ? 0 : 1;
    }
    throw new KbUsageError(`unknown kb command "${sub}"`);
  } catch (e) {
    if (e instanceof KbUsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      err(`ai-annotate kb: ${(e as Error).message}\n\n${KB_USAGE}\n`);
      return 2;
    }
    throw e;
  }
}

/** The bundled knowledge and, when the folder has one, the workspace's knowledge file (reported, not used, when invalid). */
function loadSources(dir: string): { sources: KnowledgeSource[]; problems: string[] } {
  const path = join(dir, WORKSPACE_DIR, KNOWLEDGE_FILE);
  if (!existsSync(path)) return { sources: [...bundledSources()], problems: [] };
  const parsed = parseKnowledge(readFileSync(path, 'utf8'));
  const problems = parsed.problems.map((p) => `${path}:${p.line}:${p.column}: ${p.message}`);
  return { sources: parsed.document ? [...bundledSources(), { document: parsed.document, origin: path }] : [...bundledSources()], problems };
}

function importCommand(positionals: string[], values: { out?: string; map?: string; retrieved?: string }, out: (s: string) => void, err: (s: string) => void): number {
  const [file] = positionals;
  if (!file) throw new KbUsageError('import-epoch needs the CSV file');
  if (!existsSync(file)) throw new KbUsageError(`${file}: no such file`);
  const retrieved = values.retrieved ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(retrieved)) throw new KbUsageError(`--retrieved needs YYYY-MM-DD, not "${retrieved}"`);
  const map = (values.map ? JSON.parse(readFileSync(values.map, 'utf8')) : epochMap) as EpochMap;
  const rows = readEpochCsv(readFileSync(file, 'utf8'));
  const existing = handWrittenSources().map((s) => s.document);
  const { document, report } = importEpoch(rows, map, { retrieved, existing });
  const generated: KnowledgeDocument & { $schema: string; $comment: string } = {
    $schema: '../../schema/knowledge.schema.json',
    $comment: `Generated by \`ai-annotate kb import-epoch\` from Epoch AI's notable-models CSV (retrieved ${retrieved}; ${EPOCH_ATTRIBUTION}). Do not edit: change the hand-written data or server/src/knowledge/data/epoch-map.json and import again.`,
    ...document,
  };
  const text = JSON.stringify(generated, null, 1) + '\n';
  if (values.out) writeAtomic(values.out, text);
  else out(text);
  err(`import-epoch: ${report.rows} rows; ${report.mapped} onto existing models, ${report.newModels} new models, ${report.newVendors} new vendors, ${report.facts} facts; ` +
    `Chinese rows ${report.chineseRowsMapped}/${report.chineseRows} mapped\n`);
  for (const e of report.errors) err(`error: ${e}\n`);
  return report.errors.length ? 1 : 0;
}
