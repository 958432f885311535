// Semantic tokens with the custom types vendor, model, product and figure; figures carry
// their status as a modifier. A token never spans lines (LSP forbids it), so a mention that
// wraps is split at line ends.
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { AnalysedDocument } from './context.ts';

export const TOKEN_TYPES = ['vendor', 'model', 'product', 'figure'] as const;
export const TOKEN_MODIFIERS = ['verified', 'attributed', 'unverified', 'conflict'] as const;
export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

export function semanticTokens(doc: AnalysedDocument): SemanticTokens {
  const { document, analysis } = doc;
  const items = [
    ...analysis.entities.map((e) => ({ start: e.start, end: e.end, type: TOKEN_TYPES.indexOf(e.kind), modifiers: 0 })),
    ...analysis.figures.map((f) => ({ start: f.start, end: f.end, type: 3, modifiers: 1 << TOKEN_MODIFIERS.indexOf(f.status) })),
  ].sort((a, b) => a.start - b.start);
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  let lastEnd = -1;
  for (const item of items) {
    if (item.start < lastEnd) continue; // overlapping tokens are not allowed
    lastEnd = item.end;
    let from = document.positionAt(item.start);
    const to = document.positionAt(item.end);
    while (true) {
      const lineEnd = from.line === to.line ? to.character : lineLength(doc, from.line);
      const length = lineEnd - from.character;
      if (length > 0) {
        data.push(from.line - prevLine, from.line === prevLine ? from.character - prevChar : from.character, length, item.type, item.modifiers);
        prevLine = from.line;
        prevChar = from.character;
      }
      if (from.line >= to.line) break;
      from = { line: from.line + 1, character: 0 };
    }
  }
  return { data };
}

function lineLength(doc: AnalysedDocument, line: number): number {
  const d = doc.document;
  const start = d.offsetAt({ line, character: 0 });
  const next = line + 1 < d.lineCount ? d.offsetAt({ line: line + 1, character: 0 }) : d.getText().length;
  const text = d.getText({ start: d.positionAt(start), end: d.positionAt(next) });
  return text.replace(/\r?\n$/, '').length;
}
