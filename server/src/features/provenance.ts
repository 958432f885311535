// Where a knowledge-base fact comes from, for hovers: the source's title linked to its page,
// publisher and dates, the credit a license asks for, whether the fact may be outdated, and,
// for a figure, every source that states it or disagrees with it. Self-contained so that any
// hover (entity, figure, claim) can show it the same way.
import { factDate, isOutdated, type Fact, type KnowledgeBase } from '../analysis/knowledge.ts';
import type { StatusReason } from '../analysis/types.ts';
import { valueWithUnit } from './format.ts';
import { t } from './messages.ts';

export interface ProvenanceOptions {
  locale: string;
  /** Facts stated longer ago than this are marked possibly outdated (0: never). */
  outdatedAfterMonths: number;
  now?: Date;
}

// Markdown that would change how a title reads: emphasis, code, links, tables, HTML
const esc = (s: string) => s.replace(/[\\`*_[\]|<>]/g, '\\$&');

/** A link target Markdown keeps intact (spaces and parentheses escaped). */
const linkTarget = (url: string) => url.replace(/[ ()]/g, (c) => encodeURIComponent(c));

/** One source in one line: [title](url) · publisher · date, then the notes that apply. */
export function citeFact(f: Fact, o: ProvenanceOptions): string {
  const s = f.source;
  const title = esc(s.title);
  const parts = [s.url ? `[${title}](${linkTarget(s.url)})` : title];
  if (s.publisher && !s.title.includes(s.publisher)) parts.push(esc(s.publisher));
  const date = factDate(f);
  if (s.published) parts.push(s.published);
  if (s.retrieved) parts.push(t(o.locale, 'provenance.retrieved', s.retrieved));
  let line = parts.join(' · ');
  const notes: string[] = [];
  if (f.unsourced) notes.push(t(o.locale, 'provenance.unsourced'));
  if (date && isOutdated(f, o.outdatedAfterMonths, o.now)) notes.push(t(o.locale, 'provenance.outdated', date, o.outdatedAfterMonths));
  if (s.attribution) notes.push(esc(s.attribution));
  if (notes.length) line += ` — ${notes.join('; ')}`;
  return line;
}

/** The sources behind a figure's status: the facts it matches, and those that state another value. */
export function figureProvenance(kb: KnowledgeBase, reason: StatusReason, o: ProvenanceOptions): string[] {
  if (reason.kind !== 'fact-match' && reason.kind !== 'fact-conflict') return [];
  const lines: string[] = [];
  const fact = (i: number) => kb.facts[i];
  const matching = [reason.factIndex, ...(reason.kind === 'fact-match' ? reason.alsoMatching ?? [] : [])].map(fact).filter(Boolean);
  lines.push(`**${t(o.locale, matching.length > 1 ? 'provenance.sources' : 'provenance.source')}**`);
  for (const f of matching) lines.push(`- ${esc(valueWithUnit(f))}: ${citeFact(f, o)}`);
  const disagreeing = reason.kind === 'fact-match' ? (reason.disagreeing ?? []).map(fact).filter(Boolean) : [];
  if (disagreeing.length) {
    lines.push('', t(o.locale, 'provenance.disagree'));
    for (const f of disagreeing) lines.push(`- ${esc(valueWithUnit(f))}: ${citeFact(f, o)}`);
  }
  return lines;
}
