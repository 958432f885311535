// Diagnostics for figures nobody has verified: unverified (Warning by default), attributed
// (Information), conflict (Warning, with related information), stale verifications, and
// orphaned verification records. Verified figures get none. Diagnostic.data holds what a
// quick fix needs, so code actions never re-analyse.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver/node';
import { anchorFor, type Anchor } from '../analysis/anchoring.ts';
import type { Figure, FigureStatus } from '../analysis/types.ts';
import type { Settings, SeverityName } from '../settings.ts';
import type { AnalysedDocument } from './context.ts';
import { describeFigure } from './format.ts';
import { t } from './messages.ts';

export const DIAGNOSTIC_SOURCE = 'ai-annotator';

export const CODES = {
  unverified: 'figure-unverified',
  attributed: 'figure-attributed',
  conflict: 'figure-conflict',
  stale: 'verification-stale',
  orphaned: 'verification-orphaned',
  truncated: 'figures-truncated',
} as const;

/** What a code action needs to act on a figure. */
export interface FigureDiagnosticData {
  figure: { start: number; end: number; text: string; value: number; unit: string };
  anchor: Anchor;
  status: FigureStatus;
  recordId?: string;
}

const SEVERITY: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function figureData(doc: AnalysedDocument, f: Figure): FigureDiagnosticData {
  const text = doc.document.getText();
  const data: FigureDiagnosticData = {
    figure: { start: f.start, end: f.end, text: f.text, value: f.value, unit: f.unit },
    anchor: anchorFor(text, f.start, f.end),
    status: f.status,
  };
  if (f.statusReason.kind === 'verification' || f.statusReason.kind === 'verification-stale') data.recordId = f.statusReason.recordId;
  return data;
}

/** More than this many figure diagnostics in one document helps nobody and slows the editor. */
export const MAX_FIGURE_DIAGNOSTICS = 5000;

export function diagnosticsFor(doc: AnalysedDocument, settings: Settings, locale: string, now = Date.now()): Diagnostic[] {
  if (!settings.diagnostics.enabled) return [];
  const { document, analysis, kb } = doc;
  const out: Diagnostic[] = [];
  const typing = doc.typing && now - doc.typing.at < settings.diagnostics.typingPauseMs ? doc.typing.offset : undefined;
  const range = (start: number, end: number) => ({ start: document.positionAt(start), end: document.positionAt(end) });

  let omitted = 0;
  for (const f of analysis.figures) {
    if (f.status === 'verified' || f.ignored) continue;
    if (out.length >= MAX_FIGURE_DIAGNOSTICS) { omitted++; continue; }
    // the figure under the caret is still being typed: wait for the pause
    if (typing !== undefined && f.start <= typing && typing <= f.end) continue;
    const severityName = settings.diagnostics.severity[f.status as Exclude<FigureStatus, 'verified'>];
    if (severityName === 'off') continue;
    const what = t(locale, 'figure.with.value', f.text, describeFigure(locale, f));
    let message: string;
    let code: string;
    let relatedInformation: DiagnosticRelatedInformation[] | undefined;
    const reason = f.statusReason;
    if (f.status === 'conflict' && reason.kind === 'fact-conflict') {
      const fact = kb.facts[reason.factIndex];
      message = t(locale, 'diag.conflict.fact', what, describeFigure(locale, { value: fact.value, unit: fact.unit, qualifier: 'eq' }), fact.source);
      code = CODES.conflict;
      if (fact.url && /^https?:\/\//.test(fact.url)) {
        relatedInformation = [{ location: { uri: fact.url, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, message: fact.source }];
      }
    } else if (f.status === 'conflict' && reason.kind === 'figure-conflict') {
      const other = reason.other;
      message = t(locale, 'diag.conflict.figure', what, describeFigure(locale, { value: other.value, unit: other.unit, qualifier: 'eq' }));
      code = CODES.conflict;
      const where = other.path
        ? { uri: other.path, range: { start: other.position ?? { line: 0, character: 0 }, end: other.position ?? { line: 0, character: 0 } } }
        : { uri: doc.uri, range: range(other.start, other.end) };
      relatedInformation = [{ location: where, message: describeFigure(locale, { value: other.value, unit: other.unit, qualifier: 'eq' }) }];
    } else if (f.status === 'attributed') {
      message = t(locale, 'diag.attributed', what, f.source ?? '');
      code = CODES.attributed;
    } else if (reason.kind === 'verification-stale') {
      message = t(locale, 'diag.stale', what);
      code = CODES.stale;
    } else {
      message = t(locale, 'diag.unverified', what);
      code = CODES.unverified;
    }
    out.push({
      range: range(f.start, f.end),
      severity: SEVERITY[severityName],
      code,
      source: DIAGNOSTIC_SOURCE,
      message,
      relatedInformation,
      data: figureData(doc, f),
    });
  }
  if (omitted) {
    out.push({ range: range(0, 0), severity: DiagnosticSeverity.Information, code: CODES.truncated, source: DIAGNOSTIC_SOURCE, message: t(locale, 'diag.truncated', omitted) });
  }
  for (const r of doc.orphaned) {
    out.push({
      range: range(0, 0),
      severity: DiagnosticSeverity.Information,
      code: CODES.orphaned,
      source: DIAGNOSTIC_SOURCE,
      message: t(locale, 'diag.orphaned', r.quote, r.id),
      data: { recordId: r.id },
    });
  }
  return out;
}
