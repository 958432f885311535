// The data behind the report webview and the Claims view (request aiAnnotator/report), shaped
// from analyses and their knowledge base: mentions per vendor and per model, figures by
// status with their ranges and subjects, and the mentioned models by release date. Pure: the
// request handler only finds the analyses.
import type { ReportData, ReportEntity, ReportFigure } from '../../../protocol/index.ts';
import type { EntityKind, Figure, FigureStatus } from '../analysis/types.ts';
import type { AnalysedDocument } from './context.ts';
import { attributeName } from './claimText.ts';
import { describeFigure } from './format.ts';

const CONTEXT = 24;

type ReportDocument = Pick<AnalysedDocument, 'uri' | 'path' | 'document' | 'analysis' | 'kb'>;

/** Whether an analysed document belongs to the workspace (a file under its folder, not an open file elsewhere). */
export function inWorkspace(doc: Pick<AnalysedDocument, 'uri' | 'path'>): boolean {
  return doc.uri.startsWith('file:') && !doc.path.startsWith('../') && doc.path !== '..' && !doc.path.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(doc.path);
}

export function buildReport(docs: readonly ReportDocument[], options: { scope: 'document' | 'workspace'; locale: string }): ReportData {
  const sorted = options.scope === 'workspace' ? [...docs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) : [...docs];
  const entities = new Map<string, ReportEntity & { seenIn: Set<string> }>();
  const statuses: Record<FigureStatus, number> = { conflict: 0, unverified: 0, attributed: 0, verified: 0 };
  const figures: ReportFigure[] = [];
  let mentions = 0;
  let ignored = 0;

  for (const doc of sorted) {
    const { analysis, document, kb } = doc;
    const names = new Map<string, string>(); // entity id → name as written, for subjects the knowledge base lacks
    for (const m of analysis.entities) {
      mentions++;
      names.set(m.entityId, names.get(m.entityId) ?? m.canonical);
      let e = entities.get(m.entityId);
      if (!e) {
        const record = kb.get(m.entityId);
        const vendorId = record && record.kind !== 'vendor' ? record.vendor : m.vendorId;
        e = {
          id: m.entityId, kind: m.kind, name: record?.name ?? m.canonical, count: 0, documents: 0, seenIn: new Set(),
          vendor: m.kind === 'vendor' ? undefined : vendorId ? kb.get(vendorId)?.name ?? vendorId : undefined,
          released: record && record.kind !== 'vendor' ? record.released : undefined,
          unknown: record ? undefined : true,
        };
        entities.set(m.entityId, e);
      }
      e.count++;
      if (!e.seenIn.has(doc.uri)) { e.seenIn.add(doc.uri); e.documents++; }
    }
    const text = document.getText();
    for (const f of analysis.figures) {
      if (f.ignored) { ignored++; continue; }
      statuses[f.status]++;
      figures.push({
        index: figures.length,
        uri: doc.uri,
        path: doc.path,
        text: f.text,
        description: describeFigure(options.locale, f),
        status: f.status,
        subjectId: f.subjectId,
        subject: f.subjectId ? kb.get(f.subjectId)?.name ?? names.get(f.subjectId) ?? f.subjectId : undefined,
        attribute: f.attribute,
        attributeName: attributeName(options.locale, f.attribute),
        source: f.source,
        range: { start: document.positionAt(f.start), end: document.positionAt(f.end) },
        context: contextOf(text, f),
      });
    }
  }

  const list = (kind: EntityKind) =>
    [...entities.values()].filter((e) => e.kind === kind).sort((a, b) => b.count - a.count || compare(a.name, b.name)).map(({ seenIn: _, ...e }) => e);
  const models = list('model');
  return {
    scope: options.scope,
    uri: options.scope === 'document' ? sorted[0]?.uri : undefined,
    version: options.scope === 'document' ? sorted[0]?.document.version : undefined,
    paths: sorted.map((d) => d.path),
    totals: {
      mentions,
      vendors: [...entities.values()].filter((e) => e.kind === 'vendor').length,
      models: models.length,
      products: [...entities.values()].filter((e) => e.kind === 'product').length,
      figures: figures.length,
      ignored,
    },
    statuses,
    vendors: list('vendor'),
    models,
    products: list('product'),
    figures,
    timeline: models.filter((m) => m.released).sort((a, b) => compare(a.released!, b.released!) || compare(a.name, b.name)),
    undated: models.filter((m) => !m.released),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The figure's line around it, at most CONTEXT characters on each side. */
function contextOf(text: string, f: Pick<Figure, 'start' | 'end'>): { before: string; after: string } {
  const lineStart = Math.max(text.lastIndexOf('\n', f.start - 1) + 1, f.start - CONTEXT);
  let lineEnd = text.indexOf('\n', f.end);
  if (lineEnd < 0) lineEnd = text.length;
  lineEnd = Math.min(lineEnd, f.end + CONTEXT);
  // never half a surrogate pair at the cut
  const before = text.slice(lineStart, f.start).replace(/^[\uDC00-\uDFFF]/, '').trimStart();
  const after = text.slice(f.end, lineEnd).replace(/[\uD800-\uDBFF]$/, '').trimEnd();
  return { before, after };
}
