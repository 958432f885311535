// Inlay hints (off by default): the normalised value after figures written with Chinese
// numerals or scale words (千亿参数 = 1 × 10¹¹ 参数), where the plain value is not obvious.
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import type { AnalysedDocument } from './context.ts';
import { valueWithUnit } from './format.ts';

const NEEDS_HINT = /[零〇一二两三四五六七八九十百千万亿兆]|\d[KkMBT](?![A-Za-z])/;

export function inlayHints(doc: AnalysedDocument, range: Range): InlayHint[] {
  const from = doc.document.offsetAt(range.start);
  const to = doc.document.offsetAt(range.end);
  return doc.analysis.figures
    .filter((f) => f.end >= from && f.start <= to && NEEDS_HINT.test(f.text))
    .map((f) => ({
      position: doc.document.positionAt(f.end),
      label: `= ${valueWithUnit(f)}`,
      kind: InlayHintKind.Parameter,
      paddingLeft: true,
    }));
}
