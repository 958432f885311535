// Open a document and select a figure in it, for the report webview and the Claims view.
import * as vscode from 'vscode';
import type { ReportFigure } from '../../protocol/index.ts';

export async function revealFigure(figure: Pick<ReportFigure, 'uri' | 'text' | 'range'>) {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(figure.uri));
  const { start, end } = figure.range;
  let range = document.validateRange(new vscode.Range(start.line, start.character, end.line, end.character));
  if (document.getText(range) !== figure.text) {
    // the text changed since the report was made: the nearest occurrence of the figure, if any
    const text = document.getText();
    const at = document.offsetAt(range.start);
    const after = text.indexOf(figure.text, at);
    const before = text.lastIndexOf(figure.text, at);
    const best = [after, before].filter((i) => i >= 0).sort((a, b) => Math.abs(a - at) - Math.abs(b - at))[0];
    if (best !== undefined) range = new vscode.Range(document.positionAt(best), document.positionAt(best + figure.text.length));
  }
  const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === document.uri.toString());
  const editor = await vscode.window.showTextDocument(document, { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One, selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
