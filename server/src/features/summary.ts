// The summary of one document for the status bar and the entity list (request aiAnnotator/summary).
import type { Summary } from '../../../protocol/index.ts';
import type { AnalysedDocument } from './context.ts';
import { describeFigure } from './format.ts';
import { t } from './messages.ts';

export function summarise(doc: AnalysedDocument, locale: string): Summary {
  const { analysis, document } = doc;
  const byEntity = new Map<string, Summary['entities'][number]>();
  for (const e of analysis.entities) {
    const known = byEntity.get(e.entityId);
    if (known) known.count++;
    else byEntity.set(e.entityId, { kind: e.kind, entityId: e.entityId, canonical: e.canonical, count: 1, first: document.positionAt(e.start) });
  }
  const count = (kind: string) => new Set(analysis.entities.filter((e) => e.kind === kind).map((e) => e.entityId)).size;
  const status = (s: string) => analysis.figures.filter((f) => f.status === s && !f.ignored).length;
  return {
    uri: doc.uri,
    version: document.version,
    counts: {
      vendors: count('vendor'), models: count('model'), products: count('product'), figures: analysis.figures.length,
      unverified: status('unverified'), attributed: status('attributed'), conflict: status('conflict'), verified: status('verified'), orphaned: doc.orphaned.length,
    },
    entities: [...byEntity.values()],
    figures: analysis.figures.map((f) => {
      const p = document.positionAt(f.start);
      return { text: f.text, description: describeFigure(locale, f), status: t(locale, `status.${f.status}`), subject: f.subjectId ? doc.kb.get(f.subjectId)?.name ?? f.subjectId : undefined, line: p.line, character: p.character };
    }),
    orphaned: doc.orphaned.map((r) => ({ id: r.id, quote: r.quote })),
  };
}
