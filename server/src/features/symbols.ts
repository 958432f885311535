// Document outline: sections, and inside each the vendors, models and products it mentions (an
// entity once per section, with its count) with the figures about them nested under them (a figure
// with what it measures, its value and status); figures about no one at the section's level.
// Workspace symbols: entities across every analysed document.
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import type { EntityMention, Figure, Section } from '../analysis/types.ts';
import type { AnalysedDocument } from './context.ts';
import { attributeName, entityName } from './claimText.ts';
import { describeFigure } from './format.ts';
import { t } from './messages.ts';

const ENTITY_SYMBOL = { vendor: SymbolKind.Class, model: SymbolKind.Module, product: SymbolKind.Package } as const;

export function documentSymbols(doc: AnalysedDocument, locale: string): DocumentSymbol[] {
  const { document, analysis } = doc;
  const range = (start: number, end: number) => ({ start: document.positionAt(start), end: document.positionAt(end) });

  const written = new Map(analysis.entities.map((e) => [e.entityId, e.canonical]));
  const children = (start: number, end: number): DocumentSymbol[] => {
    const out: DocumentSymbol[] = [];
    const seen = new Map<string, { symbol: DocumentSymbol; count: number; start: number; end: number; kind: EntityMention['kind'] }>();
    const items: Array<EntityMention | Figure> = [...analysis.entities, ...analysis.figures]
      .filter((x) => x.start >= start && x.end <= end)
      .sort((a, b) => a.start - b.start);
    for (const item of items) {
      if ('entityId' in item) {
        const known = seen.get(item.entityId);
        if (known) { known.count++; known.symbol.detail = `${t(locale, `kind.${item.kind}`)} ×${known.count}`; continue; }
        const symbol: DocumentSymbol = {
          name: item.canonical, detail: t(locale, `kind.${item.kind}`), kind: ENTITY_SYMBOL[item.kind],
          range: range(item.start, item.end), selectionRange: range(item.start, item.end),
        };
        seen.set(item.entityId, { symbol, count: 1, start: item.start, end: item.end, kind: item.kind });
        out.push(symbol);
      } else {
        const figure: DocumentSymbol = {
          name: item.text,
          // what it claims and its status: "activated parameters · 3.7 × 10¹⁰ 参数 — unverified"
          detail: t(locale, 'symbol.figure', `${attributeName(locale, item.attribute)} · ${describeFigure(locale, item)}`, t(locale, `status.${item.status}`)),
          kind: SymbolKind.Number,
          range: range(item.start, item.end),
          selectionRange: range(item.start, item.end),
        };
        if (!item.subjectId) { out.push(figure); continue; }
        // under its subject: the subject's symbol of this section, or one made for it here
        let subject = seen.get(item.subjectId);
        if (!subject) {
          const kind = doc.kb.kindOf(item.subjectId) ?? (item.subjectId.startsWith('vendor:') ? 'vendor' : item.subjectId.startsWith('product:') ? 'product' : 'model');
          const symbol: DocumentSymbol = {
            name: entityName(doc.kb, item.subjectId, locale, written.get(item.subjectId)), detail: t(locale, `kind.${kind}`), kind: ENTITY_SYMBOL[kind],
            range: range(item.start, item.end), selectionRange: range(item.start, item.end),
          };
          subject = { symbol, count: 0, start: item.start, end: item.end, kind };
          seen.set(item.subjectId, subject);
          out.push(symbol);
        }
        (subject.symbol.children ??= []).push(figure);
        // the subject's range holds its figures
        subject.end = Math.max(subject.end, item.end);
        subject.symbol.range = range(subject.start, subject.end);
      }
    }
    return out;
  };

  const sections = analysis.sections;
  if (!sections.length) return children(0, analysis.length);
  // nest sections by level; items go to the innermost section that holds them
  const roots: DocumentSymbol[] = [];
  const stack: Array<{ section: Section; symbol: DocumentSymbol }> = [];
  const before = sections[0].start > 0 ? children(0, sections[0].start) : [];
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    const ownEnd = i + 1 < sections.length ? Math.min(s.end, sections[i + 1].start) : s.end;
    const symbol: DocumentSymbol = {
      name: s.title || '—', kind: SymbolKind.String, range: range(s.start, s.end), selectionRange: range(s.headingStart, s.headingEnd),
      children: children(s.headingEnd, ownEnd),
    };
    while (stack.length && stack[stack.length - 1].section.level >= s.level) stack.pop();
    if (stack.length) stack[stack.length - 1].symbol.children!.push(symbol);
    else roots.push(symbol);
    stack.push({ section: s, symbol });
  }
  return [...before, ...roots];
}

export function workspaceSymbols(docs: readonly AnalysedDocument[], query: string, locale: string): SymbolInformation[] {
  const q = query.trim().toLowerCase();
  const out: SymbolInformation[] = [];
  for (const doc of docs) {
    const seen = new Set<string>();
    for (const e of doc.analysis.entities) {
      if (seen.has(e.entityId)) continue;
      if (q && !e.canonical.toLowerCase().includes(q) && !e.text.toLowerCase().includes(q) && !e.entityId.includes(q)) continue;
      seen.add(e.entityId);
      out.push({
        name: e.canonical,
        kind: ENTITY_SYMBOL[e.kind],
        containerName: t(locale, `kind.${e.kind}`),
        location: { uri: doc.uri, range: { start: doc.document.positionAt(e.start), end: doc.document.positionAt(e.end) } },
      });
    }
  }
  return out.slice(0, 2000);
}
