// Hover: what an entity is (canonical name, aliases, country, models, vendor, version,
// release, parameters, facts, mentions in this text) and what a figure means in plain terms
// (value, qualifier, subject, status and why, the fact it matches or contradicts).
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { EntityRecord, KnowledgeBase } from '../analysis/knowledge.ts';
import type { ConflictPlace, EntityMention, Figure } from '../analysis/types.ts';
import { isAttribute } from '../knowledge/attributes.ts';
import type { VerificationRecord } from '../knowledge/workspace.ts';
import { attributeName, attributeReason, claimLabel, subjectName, subjectReason } from './claimText.ts';
import type { AnalysedDocument } from './context.ts';
import { describeFigure, scientific, valueWithUnit } from './format.ts';
import { DEFAULT_SETTINGS } from './settings.ts';
import { isChinese, t } from './messages.ts';
import { citeFact, figureProvenance, type ProvenanceOptions } from './provenance.ts';

export interface HoverOptions {
  /** Facts stated longer ago than this many months are shown as possibly outdated (0: never). */
  outdatedAfterMonths?: number;
  now?: Date;
}


export function itemAt(doc: AnalysedDocument, offset: number): EntityMention | Figure | undefined {
  const hit = (s: { start: number; end: number }) => s.start <= offset && offset < s.end;
  return doc.analysis.entities.find(hit) ?? doc.analysis.figures.find(hit)
    // the caret right after the last character still counts
    ?? doc.analysis.entities.find((s) => s.end === offset) ?? doc.analysis.figures.find((s) => s.end === offset);
}

export function hoverAt(doc: AnalysedDocument, offset: number, locale: string, records: readonly VerificationRecord[] = [], options: HoverOptions = {}): Hover | undefined {
  const item = itemAt(doc, offset);
  if (!item) return undefined;
  const provenance: ProvenanceOptions = { locale, outdatedAfterMonths: options.outdatedAfterMonths ?? DEFAULT_SETTINGS.knowledge.outdatedAfterMonths, now: options.now };
  const value = 'entityId' in item ? entityHover(doc, item, provenance) : figureHover(doc, item, provenance, records);
  return {
    contents: { kind: MarkupKind.Markdown, value },
    range: { start: doc.document.positionAt(item.start), end: doc.document.positionAt(item.end) },
  };
}

// Markdown that would change how a name reads: emphasis, code, links, tables, HTML
const esc = (s: string) => s.replace(/[\\`*_[\]|<>]/g, '\\$&');

function localName(e: EntityRecord, locale: string): string {
  return isChinese(locale) ? e.names['zh-Hans'] : e.names.en;
}

function entityHover(doc: AnalysedDocument, m: EntityMention, provenance: ProvenanceOptions): string {
  const { locale } = provenance;
  const kb = doc.kb;
  const record = kb.get(m.entityId);
  const kind = t(locale, `kind.${m.kind}`);
  const mentions = doc.analysis.entities.filter((e) => e.entityId === m.entityId).length;
  const lines: string[] = [];
  if (!record) {
    lines.push(`**${esc(m.canonical)}** · ${kind}`, '', t(locale, 'hover.unknownEntity', m.via === 'version' ? 'version' : 'pattern'));
    if (m.vendorId) lines.push('', `${t(locale, 'hover.vendor')}: ${esc(nameOf(kb, m.vendorId, locale))}`);
    lines.push('', `${t(locale, 'hover.mentions')}: ${mentions}`);
    return lines.join('\n');
  }
  const title = localName(record, locale);
  lines.push(`**${esc(title)}**${title !== record.name ? ` (${esc(record.name)})` : ''} · ${kind}`);
  if (record.description) lines.push('', esc(record.description));
  lines.push('');
  const aliases = [...new Set([record.names['zh-Hans'], record.names['zh-Hant'], record.names.en, ...(record.aliases ?? [])])].filter((a) => a !== title);
  if (aliases.length) lines.push(`- ${t(locale, 'hover.aliases')}: ${aliases.slice(0, 8).map(esc).join(', ')}`);
  if (record.kind === 'vendor') {
    lines.push(`- ${t(locale, 'hover.country')}: ${record.country}`);
    const models = (kb.modelsOf.get(record.id) ?? []).map((id) => kb.get(id)).filter((x): x is EntityRecord => !!x && x.kind === 'model' && !('family' in x && x.family));
    if (models.length) lines.push(`- ${t(locale, 'hover.models')}: ${models.slice(0, 10).map((x) => esc(localName(x, locale))).join(', ')}`);
  } else if (record.kind === 'model') {
    lines.push(`- ${t(locale, 'hover.vendor')}: ${esc(nameOf(kb, record.vendor, locale))}`);
    if (record.family) lines.push(`- ${t(locale, 'hover.family')}: ${esc(nameOf(kb, record.family, locale))}`);
    if (record.version) lines.push(`- ${t(locale, 'hover.version')}: ${esc(record.version)}`);
    if (record.released) lines.push(`- ${t(locale, 'hover.released')}: ${record.released}`);
    if (record.parameters) lines.push(`- ${t(locale, 'hover.parameters')}: ${scientific(record.parameters)}`);
    if (record.modality?.length) lines.push(`- ${t(locale, 'hover.modality')}: ${record.modality.join(', ')}`);
  } else if (record.vendor) {
    lines.push(`- ${t(locale, 'hover.vendor')}: ${esc(nameOf(kb, record.vendor, locale))}`);
  }
  lines.push(`- ${t(locale, 'hover.mentions')}: ${mentions}`);
  const facts = kb.factsBySubject.get(record.id) ?? [];
  if (facts.length) {
    lines.push('', `**${t(locale, 'hover.facts')}**`);
    for (const f of facts.slice(0, 6)) lines.push(`- ${esc(attributeName(locale, isAttribute(f.attribute) ? f.attribute : 'other'))}: ${esc(valueWithUnit(f))} — ${citeFact(f, provenance)}`);
  }
  return lines.join('\n');
}

function nameOf(kb: KnowledgeBase, id: string, locale: string): string {
  const e = kb.get(id);
  return e ? localName(e, locale) : id.replace(/^\w+:/, '');
}

function figureHover(doc: AnalysedDocument, f: Figure, provenance: ProvenanceOptions, records: readonly VerificationRecord[]): string {
  const { locale } = provenance;
  const kb = doc.kb;
  const written = (id: string) => doc.analysis.entities.find((e) => e.entityId === id)?.canonical;
  // the claim first: DeepSeek-V3 · activated parameters · 370亿参数 (3.7 × 10¹⁰ 参数)
  const lines = [`**${esc(claimLabel(kb, f, locale, written))}** (${esc(describeFigure(locale, f))})`, ''];
  lines.push(`- ${t(locale, 'hover.value')}: ${esc(valueWithUnit(f))}`);
  lines.push(`- ${t(locale, 'hover.qualifier')}: ${t(locale, `qualifier.${f.qualifier}`)} (${f.qualifier})`);
  if (f.range) lines.push(`- ${t(locale, 'hover.range')}: ${f.range[0]}–${f.range[1]}`);
  if (f.per) lines.push(`- ${t(locale, 'hover.per')}: ${esc(valueWithUnit(f.per))}`);
  lines.push(`- ${t(locale, 'hover.subject')}: ${esc(subjectName(kb, f, locale, written))}`);
  lines.push(`- ${t(locale, 'hover.attribute')}: ${esc(attributeName(locale, f.attribute))}${f.attribute ? ` (${f.attribute})` : ''}`);
  if (f.scope) lines.push(`- ${t(locale, 'hover.scope')}: ${esc(f.scope)}`);
  if (f.benchmark) lines.push(`- ${t(locale, 'hover.benchmark')}: ${esc(f.benchmark)}`);
  if (f.source) lines.push(`- ${t(locale, 'hover.source')}: ${esc(f.source)}`);
  lines.push(`- ${t(locale, 'hover.status')}: **${t(locale, `status.${f.status}`)}**`);
  // why the analysis reads it so: the rule and the cue word that decided
  const why = [subjectReason(locale, f.why?.subject), attributeReason(locale, f.why?.attribute)];
  const reasons = [why[0] && t(locale, 'hover.whySubject', why[0]), why[1] && t(locale, 'hover.whyAttribute', why[1])].filter(Boolean);
  if (reasons.length) lines.push('', `*${t(locale, 'hover.why')}*: ${esc(reasons.join(isChinese(locale) ? '；' : '; '))}`);
  if (f.nonClaim) lines.push('', t(locale, `hover.nonClaim.${f.nonClaim}`));
  const reason = f.statusReason;
  lines.push('');
  switch (reason.kind) {
    case 'fact-match':
    case 'fact-conflict':
      lines.push(t(locale, `hover.reason.${reason.kind}`), '', ...figureProvenance(kb, reason, provenance));
      break;
    case 'figure-conflict': {
      lines.push(t(locale, 'hover.reason.figure-conflict', esc(valueWithUnit(reason.other))));
      // every place it is contradicted, each a link
      lines.push('', t(locale, 'hover.conflictPlaces'));
      for (const p of [reason.other, ...(reason.also ?? [])]) lines.push(`- ${placeLink(doc, p, locale)}`);
      break;
    }
    case 'verification': {
      const r = records.find((x) => x.id === reason.recordId);
      if (r) lines.push(t(locale, 'hover.verifiedBy', esc(r.verifiedBy || '?'), r.verifiedAt.slice(0, 10), esc(r.source ?? '')) + (r.note ? `\n\n> ${esc(r.note)}` : ''));
      break;
    }
    default:
      lines.push(t(locale, `hover.reason.${reason.kind}`));
  }
  if (f.staleRecordId && reason.kind !== 'verification-stale') lines.push('', t(locale, 'hover.reason.verification-stale'));
  if (f.ambiguity === 'increase-multiple') {
    lines.push('', t(locale, 'hover.ambiguous', esc(f.text), f.value, Number.parseFloat((f.value + 1).toPrecision(12))));
  }
  return lines.join('\n');
}

/** A link to a place a figure is contradicted: this document (by line) or another one (by path and line). */
function placeLink(doc: AnalysedDocument, p: ConflictPlace, locale: string): string {
  const value = esc(valueWithUnit(p));
  if (!p.path) {
    const line = doc.document.positionAt(p.start).line + 1;
    return `[${t(locale, 'hover.place.here', line, value)}](${doc.uri}#L${line})`;
  }
  const line = (p.position?.line ?? 0) + 1;
  const name = decodeURIComponent(p.path.replace(/^.*\//, ''));
  return `[${t(locale, 'hover.place.there', esc(name), line, value)}](${p.path}#L${line})`;
}
