// Evaluates the engine: runs the ai-annotate CLI on every text that has a gold file, and scores spans, values and
// claims per set and overall (scripts/eval/score.ts says how).
//   npm run eval                       the project's sets: test/fixtures/eval, test/fixtures/heldout … test/fixtures/heldout5
//   npm run eval -- FOLDER...          other folders of gold files (texts beside them, or in ../texts as in ../shared/corpus)
//   --errors    list every span miss, false alarm, wrong value and wrong claim
//   --markdown  print the README's table ("How well it recognises")
//   --json      print the scores as JSON
//   --keep DIR  write the CLI's outputs into DIR/<set>/ instead of a temporary folder
// A gold file is any *.json with a "file" and an "annotations" array. Claims are scored only in files whose gold has them.
// Needs the built CLI (npm run build; `npm run eval` builds first).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { exportName } from '../../protocol/index.ts';
import {
  addClaimScores, addSpanScores, emptyClaimScores, emptySpanScores, hasClaims, prf, scoreClaims, scoreSpans, SPAN_KINDS,
  type ClaimScores, type GoldAnnotation, type PredDocument, type ScoredDocument, type SpanScores,
} from './score.ts';

const ROOT = resolve(__dirname, '..', '..');
export const DEFAULT_SETS = ['test/fixtures/eval', 'test/fixtures/heldout', 'test/fixtures/heldout2', 'test/fixtures/heldout3', 'test/fixtures/heldout4', 'test/fixtures/heldout5'];

interface GoldItem { name: string; textPath: string; gold: GoldAnnotation[] }
export interface SetResult {
  name: string;
  dir: string;
  texts: number;
  textsWithClaims: number;
  spans: SpanScores;
  claims: ClaimScores | null;
  /** texts whose prediction is missing or unreadable */
  failures: string[];
}

class UsageError extends Error {}

function setName(dir: string): string {
  const b = basename(dir);
  return b === 'gold' ? basename(dirname(dir)) : b;
}

function loadSet(dir: string): GoldItem[] {
  const items: GoldItem[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    } catch (e) {
      throw new UsageError(`${join(dir, f)}: not valid JSON (${(e as Error).message})`);
    }
    const d = data as { file?: unknown; annotations?: unknown };
    if (typeof d.file !== 'string' || !Array.isArray(d.annotations)) continue; // not a gold file
    const textPath = [join(dir, d.file), join(dir, '..', 'texts', d.file)].find((p) => existsSync(p));
    if (!textPath) throw new UsageError(`${join(dir, f)}: its text ${d.file} is neither beside it nor in ../texts`);
    items.push({ name: basename(f, '.json'), textPath, gold: d.annotations as GoldAnnotation[] });
  }
  return items;
}

/** Runs the CLI once for the whole set; the prediction of each text, or null where there is none. */
function predict(items: GoldItem[], outDir: string, workspace: string): { preds: (PredDocument | null)[]; failures: string[] } {
  const outName = (p: string) => exportName(basename(p), '.json'); // as the CLI names its outputs
  const seen = new Map<string, string>();
  for (const it of items) {
    const o = outName(it.textPath);
    if (seen.has(o)) throw new UsageError(`${it.textPath} and ${seen.get(o)} would share the output ${o}: rename one`);
    seen.set(o, it.textPath);
  }
  mkdirSync(outDir, { recursive: true });
  const bin = join(ROOT, 'bin', 'ai-annotate.js');
  const r = spawnSync(process.execPath, [bin, 'annotate', '--format', 'json', '--out', outDir, '--workspace', workspace, '--force', ...items.map((i) => i.textPath)],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const failures: string[] = [];
  if (r.error) throw r.error;
  if (r.status !== 0 && r.status !== 1) throw new Error(`ai-annotate exited with ${r.status}:\n${r.stderr}`);
  const preds = items.map((it) => {
    const file = join(outDir, outName(it.textPath));
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as PredDocument;
    } catch (e) {
      failures.push(`${relative(ROOT, it.textPath)}: no prediction (${(e as Error).message.split('\n')[0]})`);
      return null;
    }
  });
  if (r.status === 1 && !failures.length) failures.push(`ai-annotate reported failures:\n${r.stderr.trim()}`);
  return { preds, failures };
}

export function evaluate(folders: string[], keep?: string): SetResult[] {
  const scratch = mkdtempSync(join(tmpdir(), 'ai-annotate-eval-'));
  const workspace = join(scratch, 'workspace'); // an empty workspace: no user knowledge or verifications
  mkdirSync(workspace);
  try {
    return folders.map((dir, i) => {
      const items = loadSet(dir);
      const name = setName(dir);
      const outDir = keep ? join(keep, name) : join(scratch, `${i}-${name}`);
      const { preds, failures } = items.length ? predict(items, outDir, workspace) : { preds: [], failures: [] };
      const docs: ScoredDocument[] = items.map((it, j) => ({ name: it.name, gold: it.gold, pred: preds[j] }));
      const withClaims = docs.filter((d) => hasClaims(d.gold)).length;
      return { name, dir, texts: items.length, textsWithClaims: withClaims, spans: scoreSpans(docs), claims: withClaims ? scoreClaims(docs) : null, failures };
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function combine(sets: SetResult[]): SetResult {
  const spans = sets.reduce((acc, s) => addSpanScores(acc, s.spans), emptySpanScores());
  const withClaims = sets.filter((s) => s.claims);
  return {
    name: 'all', dir: '', texts: sets.reduce((n, s) => n + s.texts, 0), textsWithClaims: sets.reduce((n, s) => n + s.textsWithClaims, 0),
    spans, claims: withClaims.length ? withClaims.reduce((acc, s) => addClaimScores(acc, s.claims!), emptyClaimScores()) : null,
    failures: sets.flatMap((s) => s.failures),
  };
}

const ratio = (a: number, b: number) => (b ? a / b : null);

/** The README table's rows: one number per set; `better` says which way a change is a regression. */
export const ROWS: { label: string; better: 'higher' | 'lower'; count?: boolean; get: (s: SetResult) => number | null }[] = [
  { label: 'texts', better: 'higher', count: true, get: (s) => s.texts },
  ...SPAN_KINDS.flatMap((k) => [
    { label: `${k} F1, strict`, better: 'higher' as const, get: (s: SetResult) => prf(s.spans.strict[k]).f },
    { label: `${k} F1, lenient`, better: 'higher' as const, get: (s: SetResult) => prf(s.spans.lenient[k]).f },
  ]),
  { label: 'figure value accuracy', better: 'higher', get: (s) => ratio(s.spans.valueHit, s.spans.valueTotal) },
  { label: 'claim accuracy', better: 'higher', get: (s) => (s.claims ? ratio(s.claims.claimOk, s.claims.claims) : null) },
  { label: 'subject accuracy', better: 'higher', get: (s) => (s.claims ? ratio(s.claims.subjectOk, s.claims.matched) : null) },
  { label: 'attribute accuracy', better: 'higher', get: (s) => (s.claims ? ratio(s.claims.attributeOk, s.claims.matched) : null) },
  { label: 'rate accuracy', better: 'higher', get: (s) => (s.claims ? ratio(s.claims.rateOk, s.claims.rates) : null) },
  { label: 'false conflicts', better: 'lower', count: true, get: (s) => (s.claims ? s.claims.falseConflicts.length : null) },
  { label: 'missed conflicts', better: 'lower', count: true, get: (s) => (s.claims ? s.claims.missedConflicts.length : null) },
];

const f3 = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));

export function markdownTable(columns: SetResult[]): string {
  const cell = (row: (typeof ROWS)[number], s: SetResult) => {
    const v = row.get(s);
    return v === null ? '–' : row.count ? String(v) : v.toFixed(3);
  };
  return [
    `| | ${columns.map((c) => c.name).join(' | ')} |`,
    `| --- | ${columns.map(() => '---').join(' | ')} |`,
    ...ROWS.map((row) => `| ${row.label} | ${columns.map((c) => cell(row, c)).join(' | ')} |`),
  ].join('\n');
}

function report(s: SetResult, errors: boolean): string {
  const out: string[] = [];
  out.push(`== ${s.name}: ${s.texts} texts${s.dir ? ` in ${relative(ROOT, s.dir) || '.'}` : ''}, ${s.textsWithClaims} with claims in their gold`);
  out.push('kind     strict  P     R     F1     lenient P     R     F1      tp    fp    fn');
  for (const k of SPAN_KINDS) {
    const st = prf(s.spans.strict[k]), le = prf(s.spans.lenient[k]), t = s.spans.lenient[k];
    out.push(`${k.padEnd(8)}        ${f3(st.p)} ${f3(st.r)} ${f3(st.f)}          ${f3(le.p)} ${f3(le.r)} ${f3(le.f)}  ${String(t.tp).padStart(5)} ${String(t.fp).padStart(5)} ${String(t.fn).padStart(5)}`);
  }
  out.push(`value accuracy ${f3(ratio(s.spans.valueHit, s.spans.valueTotal))} (${s.spans.valueHit}/${s.spans.valueTotal} matched gold figures)`);
  const c = s.claims;
  if (!c) out.push('claims   n/a (no claims in this gold)');
  else {
    out.push(`claims   claim accuracy ${f3(ratio(c.claimOk, c.claims))} (${c.claimOk}/${c.claims}; unmatched gold counts as wrong); of ${c.matched} matched: ` +
      `value ${f3(ratio(c.valueOk, c.matched))}, subject ${f3(ratio(c.subjectOk, c.matched))}, attribute ${f3(ratio(c.attributeOk, c.matched))}`);
    out.push(`         rate accuracy ${f3(ratio(c.rateOk, c.rates))} (${c.rateOk}/${c.rates} gold rates, ${c.ratesMatched} matched); ` +
      `conflicts: predicted ${c.predictedConflicts}, false ${c.falseConflicts.length}, gold ${c.goldConflicts}, missed ${c.missedConflicts.length}`);
  }
  for (const f of s.failures) out.push(`!! ${f}`);
  if (errors) {
    for (const m of s.spans.missed) out.push(`  MISS  ${m.kind.padEnd(7)} ${m.file} "${m.text}" @${m.start}`);
    for (const m of s.spans.spurious) out.push(`  EXTRA ${m.kind.padEnd(7)} ${m.file} "${m.text}" @${m.start}`);
    for (const v of s.spans.valueErrors) out.push(`  VALUE ${v.file} "${v.text}" gold ${v.gold} pred ${String(v.pred)}`);
    if (c) {
      for (const e of c.errors) out.push(`  CLAIM ${e.errors.join('+').padEnd(22)} ${e.file} gold ${e.gold} | pred ${e.pred}`);
      for (const x of c.falseConflicts) out.push(`  FALSE CONFLICT ${x.file} "${x.text}" ${x.subjectId ?? 'null'}/${x.attribute ?? '-'} gold ${x.gold}`);
      for (const x of c.missedConflicts) out.push(`  MISSED CONFLICT ${x.file} "${x.text}" ${x.subject ?? 'null'} pred ${x.pred}`);
    }
  }
  return out.join('\n');
}

function summary(s: SetResult) {
  const kinds = Object.fromEntries(SPAN_KINDS.map((k) => [k, { strict: prf(s.spans.strict[k]), lenient: prf(s.spans.lenient[k]), ...s.spans.lenient[k] }]));
  const c = s.claims;
  return {
    name: s.name, dir: s.dir && relative(ROOT, s.dir), texts: s.texts, textsWithClaims: s.textsWithClaims, spans: kinds,
    valueAccuracy: ratio(s.spans.valueHit, s.spans.valueTotal),
    claims: c && {
      claims: c.claims, matched: c.matched, claimAccuracy: ratio(c.claimOk, c.claims), subjectAccuracy: ratio(c.subjectOk, c.matched),
      attributeAccuracy: ratio(c.attributeOk, c.matched), valueAccuracy: ratio(c.valueOk, c.matched), rateAccuracy: ratio(c.rateOk, c.rates),
      predictedConflicts: c.predictedConflicts, falseConflicts: c.falseConflicts.length, goldConflicts: c.goldConflicts, missedConflicts: c.missedConflicts.length,
    },
    failures: s.failures,
  };
}

function main(argv: string[]): number {
  const flags = new Set<string>();
  const folders: string[] = [];
  let keep: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--keep') keep = resolve(argv[++i] ?? '');
    else if (a === '--help' || a === '-h') { process.stdout.write(readFileSync(__filename, 'utf8').split('\n').filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n') + '\n'); return 0; }
    else if (a.startsWith('--')) {
      if (!['--json', '--markdown', '--errors'].includes(a)) throw new UsageError(`unknown option ${a}`);
      flags.add(a);
    } else folders.push(resolve(a));
  }
  if (!existsSync(join(ROOT, 'server', 'out', 'cli.js'))) throw new UsageError('the CLI is not built: run `npm run build` first (or `npm run eval`, which builds)');
  const dirs = folders.length ? folders : DEFAULT_SETS.map((d) => join(ROOT, d)).filter((d) => existsSync(d));
  for (const d of dirs) if (!existsSync(d)) throw new UsageError(`no folder ${d}`);
  const sets = evaluate(dirs, keep);
  const columns = sets.length > 1 ? [...sets, combine(sets)] : sets;
  if (flags.has('--json')) {
    const table = ROWS.map((r) => ({ label: r.label, better: r.better, values: Object.fromEntries(columns.map((c) => [c.name, r.get(c)])) }));
    process.stdout.write(JSON.stringify({ sets: columns.map(summary), table }, null, 1) + '\n');
  } else if (flags.has('--markdown')) {
    process.stdout.write(markdownTable(columns) + '\n');
  } else {
    process.stdout.write(columns.map((c) => report(c, flags.has('--errors') && c.name !== 'all')).join('\n\n') + '\n');
  }
  return columns.some((c) => c.failures.length) ? 1 : 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`eval: ${(e as Error).message}\n`);
    process.exitCode = e instanceof UsageError ? 2 : 1;
  }
}
