// What `ai-annotate annotate FOLDER` prints when no --format and no --out are given: one line
// per file with what it mentions and what needs checking, so that a first look at a folder
// shows the files rather than the help. Read from the ai-annotations/1 documents the files
// were rendered to (the same whether they were annotated in this thread or in workers).

interface Annotation { kind: string; entityId?: string; status?: string }

export interface SummaryRow {
  path: string;
  vendors: Set<string>;
  models: Set<string>;
  figures: number;
  unverified: number;
  conflicts: number;
}

/** The counts of one file from its ai-annotations/1 document (the json format's output). */
export function summaryRow(path: string, json: string): SummaryRow {
  const annotations = (JSON.parse(json) as { annotations: Annotation[] }).annotations;
  const ids = (kind: string) => new Set(annotations.filter((a) => a.kind === kind && a.entityId).map((a) => a.entityId!));
  const figures = annotations.filter((a) => a.kind === 'figure');
  return {
    path, vendors: ids('vendor'), models: ids('model'), figures: figures.length,
    unverified: figures.filter((f) => f.status === 'unverified').length,
    conflicts: figures.filter((f) => f.status === 'conflict').length,
  };
}

const COLUMNS = ['vendors', 'models', 'figures', 'unverified', 'conflicts'] as const;

/**
 * A table: the counts first (right-aligned) and the path last, so that Chinese file names,
 * which are twice as wide on a terminal, do not break the alignment. The total counts
 * distinct vendors and models over all files.
 */
export function renderSummary(rows: SummaryRow[], failed: number): string {
  const union = (key: 'vendors' | 'models') => new Set(rows.flatMap((r) => [...r[key]])).size;
  const sum = (key: 'figures' | 'unverified' | 'conflicts') => rows.reduce((n, r) => n + r[key], 0);
  const cells = (r: SummaryRow) => [r.vendors.size, r.models.size, r.figures, r.unverified, r.conflicts];
  const total = [union('vendors'), union('models'), sum('figures'), sum('unverified'), sum('conflicts')];
  const line = (values: (string | number)[], label: string) =>
    values.map((v, i) => String(v).padStart(COLUMNS[i].length)).join('  ') + '  ' + label;
  const files = `${rows.length} file${rows.length === 1 ? '' : 's'}${failed ? `, ${failed} failed` : ''}`;
  return [
    line([...COLUMNS], 'file'),
    ...rows.map((r) => line(cells(r), r.path)),
    line(total, `total (${files})`),
    '',
    'The annotations themselves: --format jsonl or csv on stdout, or --out DIR for one file per input (ai-annotate --help).',
    '',
  ].join('\n');
}
