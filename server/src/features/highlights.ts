// Document highlights and references: every mention of the entity under the cursor, in the
// document and across the workspace.
import { DocumentHighlightKind, type DocumentHighlight, type Location } from 'vscode-languageserver';
import type { AnalysedDocument } from './context.ts';

function entityAt(doc: AnalysedDocument, offset: number) {
  return doc.analysis.entities.find((e) => e.start <= offset && offset <= e.end);
}

export function documentHighlights(doc: AnalysedDocument, offset: number): DocumentHighlight[] {
  const target = entityAt(doc, offset);
  if (!target) return [];
  return doc.analysis.entities
    .filter((e) => e.entityId === target.entityId)
    .map((e) => ({ range: { start: doc.document.positionAt(e.start), end: doc.document.positionAt(e.end) }, kind: DocumentHighlightKind.Text }));
}

export function references(doc: AnalysedDocument, offset: number, workspace: readonly AnalysedDocument[]): Location[] {
  const target = entityAt(doc, offset);
  if (!target) return [];
  const docs = [doc, ...workspace.filter((d) => d.uri !== doc.uri)];
  return docs.flatMap((d) =>
    d.analysis.entities
      .filter((e) => e.entityId === target.entityId)
      .map((e) => ({ uri: d.uri, range: { start: d.document.positionAt(e.start), end: d.document.positionAt(e.end) } })),
  );
}
