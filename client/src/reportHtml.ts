// The report webview's HTML, as a pure function of the report data: bar charts of mentions
// per vendor and per model, figures by status, the unverified figures as a table (by subject,
// then by what they measure) whose rows reveal the figure, and the mentioned models on a timeline by release date.
//
// Safe by construction: every piece of document or knowledge-base text goes through escape();
// the only script is a constant with a nonce, and it reads nothing but the numeric
// data-figure index of a row; the Content-Security-Policy allows nothing else (no remote
// resources, no inline style attributes). Charts are HTML tables with inline SVG, coloured by
// the VS Code theme's CSS variables.
import { FIGURE_STATUSES, type FigureStatus, type ReportData, type ReportEntity, type ReportFigure } from '../../protocol/index.ts';

export interface ReportHtmlOptions {
  /** A fresh random value per render; it allows the one stylesheet and the one script. */
  nonce: string;
  /** vscode.env.language: the webview's own labels are English or Simplified Chinese. */
  language: string;
  /** Heading: the document's path or the workspace's name. */
  title: string;
  /** Most bars per chart and most rows in the table (the rest is counted). */
  limit?: number;
}


const LABELS = {
  en: {
    report: 'Report', document: 'Document', workspace: 'Workspace', refresh: 'Refresh',
    summary: '{0} documents · {1} mentions · {2} vendors · {3} models · {4} figures',
    summaryOne: '{1} mentions · {2} vendors · {3} models · {4} figures',
    ignored: '{0} ignored figures are not counted.',
    vendors: 'Mentions per vendor', models: 'Mentions per model', statuses: 'Figures by status',
    unverified: 'Unverified figures', timeline: 'Models by release date',
    figure: 'Figure', value: 'Value', subject: 'Subject', attribute: 'Measures', context: 'Context', where: 'Where', line: 'Line',
    noSubject: '(no subject)', more: '… and {0} more', none: 'None.', undated: 'No known release date: {0}',
    reveal: 'Click or press Enter to show it in the editor', mention: '1 mention', mentions: '{0} mentions', inDocuments: 'in {0} documents',
    verified: 'verified', attributed: 'attributed', unverified_: 'unverified', conflict: 'conflict',
    chart: '{0}: {1}',
  },
  zh: {
    report: '报告', document: '文档', workspace: '工作区', refresh: '刷新',
    summary: '{0} 篇文档 · 提及 {1} 次 · {2} 个厂商 · {3} 个模型 · {4} 条数据',
    summaryOne: '提及 {1} 次 · {2} 个厂商 · {3} 个模型 · {4} 条数据',
    ignored: '另有 {0} 条已忽略的数据未计入。',
    vendors: '各厂商提及次数', models: '各模型提及次数', statuses: '各状态数据条数',
    unverified: '未核实的数据', timeline: '按发布时间排列的模型',
    figure: '数据', value: '数值', subject: '对象', attribute: '衡量', context: '上下文', where: '位置', line: '行',
    noSubject: '（无对象）', more: '……另有 {0} 项', none: '无。', undated: '发布时间不详：{0}',
    reveal: '点击或按回车键在编辑器中显示', mention: '提及 1 次', mentions: '提及 {0} 次', inDocuments: '见于 {0} 篇文档',
    verified: '已核实', attributed: '有出处', unverified_: '未核实', conflict: '有冲突',
    chart: '{0}：{1}',
  },
} as const;
type Labels = { [K in keyof typeof LABELS.en]: string };

/** Text for an HTML element or a quoted attribute value. */
export function escape(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function format(template: string, ...args: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/** The meta tag's policy: nothing but the nonce'd stylesheet and script. */
export function contentSecurityPolicy(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`;
}

export function reportHtml(data: ReportData, options: ReportHtmlOptions): string {
  // the nonce goes into the page unescaped: base64 characters only
  if (!/^[A-Za-z0-9+/_=-]{16,}$/.test(options.nonce)) throw new Error('the nonce must be at least 16 base64 characters');
  const zh = /^zh/i.test(options.language);
  const L: Labels = zh ? LABELS.zh : LABELS.en;
  const limit = options.limit ?? 30;
  const nonce = options.nonce;
  const statusLabel = (s: FigureStatus) => (s === 'unverified' ? L.unverified_ : L[s]);
  const t = data.totals;

  const summary = data.scope === 'workspace'
    ? format(L.summary, data.paths.length, t.mentions, t.vendors, t.models, t.figures)
    : format(L.summaryOne, data.paths.length, t.mentions, t.vendors, t.models, t.figures);

  const unverified = data.figures.filter((f) => f.status === 'unverified');
  const body = [
    `<header><h1>${escape(L.report)}: ${escape(options.title)}</h1>`,
    `<p class="summary">${escape(summary)}</p>`,
    t.ignored ? `<p class="note">${escape(format(L.ignored, t.ignored))}</p>` : '',
    `<button type="button" data-action="refresh">${escape(L.refresh)}</button></header>`,
    section('statuses', L.statuses, barChart(
      FIGURE_STATUSES.map((s) => ({ label: statusLabel(s), count: data.statuses[s], kind: `status-${s}` })), L, limit)),
    section('vendors', L.vendors, barChart(entityBars(data.vendors, 'vendor', L, data.scope), L, limit)),
    section('models', L.models, barChart(entityBars(data.models, 'model', L, data.scope), L, limit)),
    section('unverified', `${L.unverified} (${unverified.length})`, figureTable(unverified, L, limit, data.scope)),
    section('timeline', L.timeline, timeline(data.timeline, data.undated, L, limit)),
  ].join('\n');

  return `<!DOCTYPE html>
<html lang="${zh ? 'zh-CN' : 'en'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escape(L.report)}: ${escape(options.title)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
${body}
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>
`;
}

function section(id: string, heading: string, content: string): string {
  return `<section id="${escape(id)}"><h2>${escape(heading)}</h2>\n${content}\n</section>`;
}

interface Bar { label: string; count: number; kind: string; title?: string; detail?: string }

function entityBars(entities: readonly ReportEntity[], kind: string, L: Labels, scope: ReportData['scope']): Bar[] {
  return entities.map((e) => ({
    label: e.name,
    count: e.count,
    kind: e.unknown ? `${kind} unknown` : kind,
    detail: e.vendor,
    title: [e.vendor, e.released, scope === 'workspace' ? format(L.inDocuments, e.documents) : ''].filter(Boolean).join(' · '),
  }));
}

/** One row per bar: label, an SVG bar as wide as its share of the largest count, the count. */
function barChart(bars: readonly Bar[], L: Labels, limit: number): string {
  if (!bars.length) return `<p class="none">${escape(L.none)}</p>`;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const shown = bars.slice(0, limit);
  const rows = shown.map((b) => {
    const width = ((b.count / max) * 100).toFixed(2);
    return `<tr class="bar-row" data-count="${b.count}"${b.title ? ` title="${escape(b.title)}"` : ''}>`
      + `<th scope="row">${escape(b.label)}${b.detail ? ` <span class="detail">${escape(b.detail)}</span>` : ''}</th>`
      + `<td class="bar"><svg class="bar ${escape(b.kind)}" width="100%" height="14" role="img" aria-label="${escape(format(L.chart, b.label, b.count))}">`
      + `<rect x="0" y="1" width="${width}%" height="12" rx="2"></rect></svg></td>`
      + `<td class="count">${b.count}</td></tr>`;
  });
  const more = bars.length > limit ? `<p class="more">${escape(format(L.more, bars.length - limit))}</p>` : '';
  return `<table class="chart">${rows.join('\n')}</table>${more}`;
}

function figureTable(figures: readonly ReportFigure[], L: Labels, limit: number, scope: ReportData['scope']): string {
  if (!figures.length) return `<p class="none">${escape(L.none)}</p>`;
  const where = (f: ReportFigure) => (scope === 'workspace' ? `${f.path}:${f.range.start.line + 1}` : String(f.range.start.line + 1));
  const rows = bySubjectAndAttribute(figures).slice(0, limit).map((f) =>
    `<tr class="figure" tabindex="0" data-figure="${Number(f.index)}" title="${escape(L.reveal)}">`
    + `<td class="text">${escape(f.text)}</td>`
    + `<td>${escape(f.description)}</td>`
    + `<td>${f.subject ? escape(f.subject) : `<span class="detail">${escape(L.noSubject)}</span>`}</td>`
    + `<td>${escape(f.attributeName ?? f.attribute ?? '')}</td>`
    + `<td class="context">${escape(f.context.before)}<mark>${escape(f.text)}</mark>${escape(f.context.after)}</td>`
    + `<td class="where">${escape(where(f))}</td></tr>`);
  const more = figures.length > limit ? `<p class="more">${escape(format(L.more, figures.length - limit))}</p>` : '';
  return `<table class="figures"><thead><tr><th>${escape(L.figure)}</th><th>${escape(L.value)}</th><th>${escape(L.subject)}</th><th>${escape(L.attribute)}</th>`
    + `<th>${escape(L.context)}</th><th>${escape(scope === 'workspace' ? L.where : L.line)}</th></tr></thead>\n<tbody>${rows.join('\n')}</tbody></table>${more}`;
}

/** Figures grouped by subject (in order of first appearance, no subject last), then by attribute, text order within. */
export function bySubjectAndAttribute(figures: readonly ReportFigure[]): ReportFigure[] {
  const subjects = new Map<string, number>();
  const attributes = new Map<string, number>();
  for (const f of figures) {
    const s = f.subjectId ?? '\uffff';
    if (!subjects.has(s)) subjects.set(s, f.subjectId ? subjects.size : Number.MAX_SAFE_INTEGER);
    const a = `${s}\u0000${f.attribute ?? ''}`;
    if (!attributes.has(a)) attributes.set(a, attributes.size);
  }
  return [...figures].sort((x, y) =>
    subjects.get(x.subjectId ?? '\uffff')! - subjects.get(y.subjectId ?? '\uffff')!
    || attributes.get(`${x.subjectId ?? '\uffff'}\u0000${x.attribute ?? ''}`)! - attributes.get(`${y.subjectId ?? '\uffff'}\u0000${y.attribute ?? ''}`)!
    || x.index - y.index);
}

/** 2024 → 2024.0, 2024-07 → 2024.5, 2024-07-01 → 2024.5; undefined when it is not a date. */
export function dateValue(date: string): number | undefined {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(date);
  if (!m) return undefined;
  const month = m[2] ? Math.min(12, Math.max(1, Number(m[2]))) : 1;
  const day = m[3] ? Math.min(31, Math.max(1, Number(m[3]))) : 1;
  return Number(m[1]) + (month - 1) / 12 + (day - 1) / 365;
}

/** One row per model: date, a track with a dot at its release date between the earliest and latest year, name. */
function timeline(models: readonly ReportEntity[], undated: readonly ReportEntity[], L: Labels, limit: number): string {
  const dated = models.map((m) => ({ m, v: dateValue(m.released ?? '') })).filter((x): x is { m: ReportEntity; v: number } => x.v !== undefined);
  const undatedNames = [...undated, ...models.filter((m) => dateValue(m.released ?? '') === undefined)].map((m) => m.name);
  const undatedNote = undatedNames.length ? `<p class="note">${escape(format(L.undated, undatedNames.join(', ')))}</p>` : '';
  if (!dated.length) return `<p class="none">${escape(L.none)}</p>${undatedNote}`;
  const from = Math.floor(Math.min(...dated.map((x) => x.v)));
  const to = Math.max(from + 1, Math.ceil(Math.max(...dated.map((x) => x.v)) + 1e-9));
  const x = (v: number) => (2 + ((v - from) / (to - from)) * 96).toFixed(2); // 2%–98%: dots are not cut
  const ticks: string[] = [];
  const step = Math.max(1, Math.ceil((to - from) / 8));
  for (let year = from; year <= to; year += step) {
    // the labels at the ends stay inside the track
    const anchor = year === from ? 'start' : year + step > to ? 'end' : 'middle';
    ticks.push(`<line class="tick" x1="${x(year)}%" x2="${x(year)}%" y1="14" y2="20"></line><text class="year" x="${x(year)}%" y="11" text-anchor="${anchor}">${year}</text>`);
  }
  const axis = `<tr class="axis"><td></td><td class="track"><svg width="100%" height="20" aria-hidden="true"><line class="axis" x1="2%" x2="98%" y1="19" y2="19"></line>${ticks.join('')}</svg></td><td></td></tr>`;
  const rows = dated.slice(0, limit).map(({ m, v }) =>
    `<tr class="model" data-released="${escape(m.released)}">`
    + `<td class="date">${escape(m.released)}</td>`
    + `<td class="track"><svg width="100%" height="14" role="img" aria-label="${escape(format(L.chart, m.name, m.released ?? ''))}">`
    + `<line class="rail" x1="2%" x2="98%" y1="7" y2="7"></line><circle class="dot" cx="${x(v)}%" cy="7" r="5"></circle></svg></td>`
    + `<th scope="row">${escape(m.name)}${m.vendor ? ` <span class="detail">${escape(m.vendor)}</span>` : ''} <span class="count">${escape(m.count === 1 ? L.mention : format(L.mentions, m.count))}</span></th></tr>`);
  const more = dated.length > limit ? `<p class="more">${escape(format(L.more, dated.length - limit))}</p>` : '';
  return `<table class="timeline">${axis}\n${rows.join('\n')}</table>${more}${undatedNote}`;
}

const STYLE = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 20px 20px; line-height: 1.4; }
h1 { font-size: 1.4em; font-weight: 600; margin: 16px 0 4px; }
h2 { font-size: 1.1em; font-weight: 600; margin: 0 0 8px; }
section { margin: 20px 0; padding-top: 12px; border-top: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); }
.summary, .note, .more, .none, .detail { color: var(--vscode-descriptionForeground); }
.detail { font-weight: normal; font-size: 0.9em; }
button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 1px solid var(--vscode-button-border, transparent); padding: 4px 12px; border-radius: 2px; cursor: pointer; font-family: inherit; }
button:hover { background: var(--vscode-button-hoverBackground); }
button:focus-visible, tr.figure:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
table { border-collapse: collapse; width: 100%; }
table.chart th { text-align: right; font-weight: normal; white-space: nowrap; padding: 2px 8px 2px 0; width: 1%; }
table.chart td.bar { width: 100%; padding: 2px 0; }
td.count, span.count { color: var(--vscode-descriptionForeground); padding-left: 8px; white-space: nowrap; font-variant-numeric: tabular-nums; }
svg.bar rect { fill: var(--vscode-charts-blue); }
svg.model rect { fill: var(--vscode-charts-purple); }
svg.unknown rect { fill-opacity: 0.55; }
svg.status-verified rect { fill: var(--vscode-charts-green); }
svg.status-attributed rect { fill: var(--vscode-charts-blue); }
svg.status-unverified rect { fill: var(--vscode-charts-yellow); }
svg.status-conflict rect { fill: var(--vscode-charts-red); }
table.figures th { text-align: left; font-weight: 600; padding: 4px 8px; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); }
table.figures td { padding: 4px 8px; vertical-align: top; }
tr.figure { cursor: pointer; }
tr.figure:hover { background: var(--vscode-list-hoverBackground); }
tr.figure td.text { color: var(--vscode-charts-yellow); white-space: nowrap; }
td.where { white-space: nowrap; color: var(--vscode-descriptionForeground); }
mark { background: var(--vscode-editor-findMatchHighlightBackground, transparent); color: inherit; }
table.timeline td.date { white-space: nowrap; width: 1%; padding-right: 8px; font-variant-numeric: tabular-nums; color: var(--vscode-descriptionForeground); }
table.timeline td.track { width: 60%; }
table.timeline th { text-align: left; font-weight: normal; white-space: nowrap; padding-left: 8px; }
line.axis, line.tick { stroke: var(--vscode-charts-lines, var(--vscode-foreground)); stroke-width: 1; }
line.rail { stroke: var(--vscode-charts-lines, var(--vscode-foreground)); stroke-opacity: 0.35; stroke-dasharray: 2 3; }
text.year { fill: var(--vscode-descriptionForeground); font-size: 10px; }
circle.dot { fill: var(--vscode-charts-purple); }
`;

// Posts the numeric index of a clicked or Enter-pressed figure row; never reads any other text.
const SCRIPT = `
const vscode = acquireVsCodeApi();
function reveal(target) {
  const row = target && target.closest ? target.closest('[data-figure]') : null;
  if (row) vscode.postMessage({ type: 'reveal', figure: Number(row.getAttribute('data-figure')) });
}
document.addEventListener('click', (e) => {
  if (e.target.closest && e.target.closest('[data-action="refresh"]')) vscode.postMessage({ type: 'refresh' });
  else reveal(e.target);
});
document.addEventListener('keydown', (e) => {
  if ((e.key === 'Enter' || e.key === ' ') && e.target.closest && e.target.closest('[data-figure]')) { e.preventDefault(); reveal(e.target); }
});
`;
