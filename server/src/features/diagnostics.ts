// Diagnostics for figures nobody has verified: unverified (Warning by default), attributed
// (Information), conflict (Warning, with related information), stale verifications, and
// orphaned verification records. Verified figures get none. Diagnostic.data holds what a
// quick fix needs, so code actions never re-analyse.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { FigureData } from '../../../protocol/index.ts';
import { anchorFor } from '../analysis/anchoring.ts';
import type { KnowledgeBase } from '../analysis/knowledge.ts';
import { PAUSE_EVERY, runSteps, type Steps } from '../analysis/steps.ts';
import type { Figure, FigureStatus } from '../analysis/types.ts';
import type { Settings, SeverityName } from './settings.ts';
import { claimLabel } from './claimText.ts';
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
  tooLarge: 'document-too-large',
  unknownModel: 'model-unknown',
} as const;

/** What "Add to knowledge base…" needs from an unknown model's diagnostic. */
export interface UnknownEntityData {
  kind: string;
  name: string;
  vendorId?: string;
}

/** What a code action needs to act on a figure (the anchor is added when a command is built, to keep diagnostics small). */
export type FigureDiagnosticData = FigureData;

const SEVERITY: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function figureData(doc: AnalysedDocument, f: Figure, withAnchor = true): FigureDiagnosticData {
  const data: FigureDiagnosticData = {
    figure: { start: f.start, end: f.end, text: f.text, value: f.value, unit: f.unit },
    status: f.status,
  };
  if (withAnchor) data.anchor = anchorFor(doc.document.getText(), f.start, f.end);
  if (f.statusReason.kind === 'verification' || f.statusReason.kind === 'verification-stale') data.recordId = f.statusReason.recordId;
  else if (f.staleRecordId) data.recordId = f.staleRecordId;
  return data;
}

/** The figure a diagnostic's data speaks of, in a (possibly newer) analysis: same text, nearest to where it was. */
export function figureFor(doc: AnalysedDocument, data: FigureDiagnosticData): Figure | undefined {
  let best: Figure | undefined;
  for (const f of doc.analysis.figures) {
    if (f.text !== data.figure.text) continue;
    if (!best || Math.abs(f.start - data.figure.start) < Math.abs(best.start - data.figure.start)) best = f;
  }
  return best;
}

/** More than this many figure diagnostics in one document helps nobody and slows the editor. */
export const MAX_FIGURE_DIAGNOSTICS = 5000;

/**
 * The message of an unverified, attributed or stale figure depends only on what is written, so it
 * is remembered: a large document re-publishes thousands of them after every keystroke.
 */
const plainMessages = new Map<string, [string, string]>();
function plainMessage(kb: KnowledgeBase, written: (id: string) => string | undefined, locale: string, f: Figure): [string, string] {
  const kind = f.status === 'attributed' ? 'attributed' : f.statusReason.kind === 'verification-stale' ? 'stale' : 'unverified';
  const key = `${locale}\u0000${kind}\u0000${f.text}\u0000${f.value}\u0000${f.unit}\u0000${f.qualifier}\u0000${f.range ?? ''}\u0000${f.source ?? ''}\u0000${f.subjectId ?? ''}\u0000${f.attribute ?? ''}`;
  let known = plainMessages.get(key);
  if (!known) {
    const what = t(locale, 'figure.with.value', claimLabel(kb, f, locale, written), describeFigure(locale, f));
    known = kind === 'attributed' ? [t(locale, 'diag.attributed', what, f.source ?? ''), CODES.attributed]
      : kind === 'stale' ? [t(locale, 'diag.stale', what), CODES.stale]
      : [t(locale, 'diag.unverified', what), CODES.unverified];
    if (plainMessages.size > 50_000) plainMessages.clear();
    plainMessages.set(key, known);
  }
  return known;
}

export function diagnosticsFor(doc: AnalysedDocument, settings: Settings, locale: string, now = Date.now()): Diagnostic[] {
  return runSteps(diagnosticsInSteps(doc, settings, locale, now));
}

/** The same, pausing (yield) every few thousand figures or mentions: a huge document's take tens of milliseconds. */
export function* diagnosticsInSteps(doc: AnalysedDocument, settings: Settings, locale: string, now = Date.now()): Steps<Diagnostic[]> {
  if (!settings.diagnostics.enabled) return [];
  if (doc.tooLarge) {
    const mb = (doc.tooLarge.length / 2 ** 20).toFixed(1);
    const start = { line: 0, character: 0 };
    return [{ range: { start, end: start }, severity: DiagnosticSeverity.Information, code: CODES.tooLarge, source: DIAGNOSTIC_SOURCE, message: t(locale, 'diag.tooLarge', mb, doc.tooLarge.limitMB) }];
  }
  const { document, analysis, kb } = doc;
  const out: Diagnostic[] = [];
  const typing = doc.typing && now - doc.typing.at < settings.diagnostics.typingPauseMs ? doc.typing.offset : undefined;
  const range = (start: number, end: number) => ({ start: document.positionAt(start), end: document.positionAt(end) });

  // names as written, for subjects the knowledge base lacks (only those: a long document has hundreds of
  // thousands of mentions, and the knowledge base names the rest)
  let seen = 0;
  function* unknownNames(): Steps<Map<string, string>> {
    const gathered = new Map<string, string>();
    for (const e of analysis.entities) {
      if (!kb.get(e.entityId)) gathered.set(e.entityId, e.canonical);
      if (++seen % PAUSE_EVERY === 0) yield;
    }
    return gathered;
  }
  let names: Map<string, string> | undefined;
  const written = (id: string) => (kb.get(id) ? undefined : (names ??= runSteps(unknownNames())).get(id));
  let omitted = 0;
  for (const f of analysis.figures) {
    // a figure's message takes some microseconds: a pause every few hundred
    if (++seen % (PAUSE_EVERY / 8) === 0) yield;
    // the names as written, gathered (pausing) before the first subject that needs one
    if (!names && f.subjectId && !kb.get(f.subjectId) && out.length < MAX_FIGURE_DIAGNOSTICS) names = yield* unknownNames();
    // verified, ignored by the user, or no claim at all (a hypothesis, an example, a definition)
    if (f.status === 'verified' || f.ignored || f.nonClaim) continue;
    if (out.length >= MAX_FIGURE_DIAGNOSTICS) { omitted++; continue; }
    // the figure under the caret is still being typed: wait for the pause
    if (typing !== undefined && f.start <= typing && typing <= f.end) continue;
    const severityName = settings.diagnostics.severity[f.status as Exclude<FigureStatus, 'verified'>];
    if (severityName === 'off') continue;
    // the claim it makes: DeepSeek-V3 · activated parameters · 370亿参数 (3.7 × 10¹⁰ 参数)
    const what = () => t(locale, 'figure.with.value', claimLabel(kb, f, locale, written), describeFigure(locale, f));
    let message: string;
    let code: string;
    let relatedInformation: DiagnosticRelatedInformation[] | undefined;
    const reason = f.statusReason;
    if (f.status === 'conflict' && reason.kind === 'fact-conflict') {
      const fact = kb.facts[reason.factIndex];
      message = t(locale, 'diag.conflict.fact', what(), describeFigure(locale, { value: fact.value, unit: fact.unit, qualifier: 'eq' }), fact.source.title);
      code = CODES.conflict;
      if (fact.source.url) {
        relatedInformation = [{ location: { uri: fact.source.url, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, message: fact.source.title }];
      }
    } else if (f.status === 'conflict' && reason.kind === 'figure-conflict') {
      const other = reason.other;
      message = t(locale, 'diag.conflict.figure', what(), describeFigure(locale, { value: other.value, unit: other.unit, qualifier: 'eq' }));
      code = CODES.conflict;
      // every place it is contradicted
      relatedInformation = [other, ...(reason.also ?? [])].map((p) => ({
        location: p.path
          ? { uri: p.path, range: { start: p.position ?? { line: 0, character: 0 }, end: p.position ?? { line: 0, character: 0 } } }
          : { uri: doc.uri, range: range(p.start, p.end) },
        message: describeFigure(locale, { value: p.value, unit: p.unit, qualifier: 'eq' }),
      }));
    } else {
      [message, code] = plainMessage(kb, written, locale, f);
    }
    // a conflict whose verification went stale says both
    if (f.staleRecordId && reason.kind !== 'verification-stale') message += ` ${t(locale, 'diag.stale.also')}`;
    out.push({
      range: range(f.start, f.end),
      severity: SEVERITY[severityName],
      code,
      source: DIAGNOSTIC_SOURCE,
      message,
      relatedInformation,
      data: figureData(doc, f, false),
    });
  }
  if (omitted) {
    out.push({ range: range(0, 0), severity: DiagnosticSeverity.Information, code: CODES.truncated, source: DIAGNOSTIC_SOURCE, message: t(locale, 'diag.truncated', omitted) });
  }
  // models recognised by their form only: a hint, with what "Add to knowledge base…" needs
  const unknown = settings.diagnostics.severity.unknownModel;
  if (unknown !== 'off') {
    for (const e of analysis.entities) {
      if (++seen % PAUSE_EVERY === 0) yield;
      if (out.length >= MAX_FIGURE_DIAGNOSTICS) break;
      if (e.kind !== 'model' || kb.get(e.entityId)) continue;
      const entity: UnknownEntityData = { kind: e.kind, name: e.canonical, vendorId: e.vendorId };
      out.push({ range: range(e.start, e.end), severity: SEVERITY[unknown], code: CODES.unknownModel, source: DIAGNOSTIC_SOURCE, message: t(locale, 'diag.unknownModel', e.text), data: { entity } });
    }
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
