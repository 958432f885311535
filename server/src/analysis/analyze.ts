// The whole analysis: text + knowledge (+ segmentation, verifications) → Analysis.
// Work is done per block (a paragraph, or a run of soft-wrapped lines) and a block's result
// depends only on its own text, so an edit re-analyses one block and reuses the others.
import { describeClaims, type Claim } from './claims.ts';
import { findEntities } from './entities.ts';
import { findFigures } from './figures.ts';
import type { KnowledgeBase } from './knowledge.ts';
import { maskNonProse } from './mask.ts';
import { normalize, toOriginalSpan } from './normalize.ts';
import { findSections } from './sections.ts';
import type { Segmenter } from './segmenter.ts';
import { assignStatuses, type ExternalFigure } from './status.ts';
import type { Analysis, EntityKind, EntityMention, Figure, MentionSource, Qualifier } from './types.ts';

export interface Engine {
  readonly kb: KnowledgeBase;
  /** Absent during fast start, before nodejieba has loaded. */
  readonly segmenter?: Segmenter;
}

export interface AnalyzeOptions {
  /** Skip Markdown code, link targets and front matter. */
  markdown?: boolean;
  /** Block results of the previous analysis of the same document with the same engine. */
  cache?: BlockCache;
  /** Which figures a user has verified (and which records went stale), given the figures found. */
  verifications?: (figures: readonly Figure[], text: string) => { verified: Map<number, string>; stale: Map<number, string>; ignored?: Map<number, string> };
  /** Comparable figures of other documents, for cross-document conflicts. */
  external?: readonly ExternalFigure[];
}

interface BlockEntity {
  start: number; end: number; kind: EntityKind; entityId: string; canonical: string; vendorId?: string; via: MentionSource;
  tentative?: boolean; familyChoices?: string[]; versionKey?: string;
}
type Pending = EntityMention & { tentative?: boolean; familyChoices?: string[]; versionKey?: string };
interface BlockFigure extends Claim {
  start: number; end: number; value: number; unit: string; qualifier: Qualifier; range?: [number, number]; ambiguity?: 'increase-multiple';
}
interface BlockResult { entities: BlockEntity[]; figures: BlockFigure[] }

/** Block results keyed by block text; one per document and engine. */
export class BlockCache {
  private entries = new Map<string, BlockResult>();
  constructor(readonly engine: Engine) {}
  get(text: string) { return this.entries.get(text); }
  /** Replace the contents with the blocks of the latest analysis, so stale blocks do not pile up. */
  replace(next: Map<string, BlockResult>) { this.entries = next; }
  get size() { return this.entries.size; }
}

export interface AnalysisResult {
  analysis: Analysis;
  cache: BlockCache;
}

const TERMINAL = /[。！？!?；;…”」』）)]\s*$/;

/** Split into blocks at blank lines and at line ends that close a sentence; soft-wrapped lines stay together. */
export function splitBlocks(text: string): Array<{ start: number; end: number }> {
  const blocks: Array<{ start: number; end: number }> = [];
  let blockStart = 0;
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    const next = nl + 1;
    const nextBlank = next >= text.length || /^[ \t\r]*(\n|$)/.test(text.slice(next, next + 200));
    const softWrap = line.trim().length > 40 && !TERMINAL.test(line) && !nextBlank && next - blockStart < 16_384;
    if (!softWrap) {
      blocks.push({ start: blockStart, end: nl });
      blockStart = next;
    }
    pos = next;
  }
  if (blockStart < text.length) blocks.push({ start: blockStart, end: text.length });
  return blocks;
}

function analyzeBlock(block: string, engine: Engine): BlockResult {
  if (!/[0-9A-Za-z\u3400-\u9fff\uff10-\uff5a]/.test(block)) return { entities: [], figures: [] };
  const norm = normalize(block);
  const text = norm.text;
  const found = findEntities(text, engine.kb, engine.segmenter);
  // a thousands comma is an ASCII comma, or a full-width one between full-width digits (１，０２４);
  // otherwise ，is a list separator
  const commaOk = (i: number) => {
    const o = norm.origin[i];
    return block[o] === ',' || (block[o] === '，' && /[０-９]/.test(block[o - 1] ?? ''));
  };
  const figures = findFigures(text, found, commaOk);
  const claims = describeClaims(text, found, figures);
  const entities: BlockEntity[] = found.map((e) => {
    const [start, end] = toOriginalSpan(norm, e.start, e.end);
    return { ...e, start, end };
  });
  const blockFigures: BlockFigure[] = figures.map((f, i) => {
    const [start, end] = toOriginalSpan(norm, f.start, f.end);
    const out: BlockFigure = { start, end, value: f.value, unit: f.unit, qualifier: f.qualifier, ...claims[i] };
    if (f.range) out.range = f.range;
    if (f.ambiguity) out.ambiguity = f.ambiguity;
    return out;
  });
  return { entities, figures: blockFigures };
}

/**
 * Mentions that depend on the rest of the document: a context alias (苹果, 星火) stands when the
 * document names the same entity firmly elsewhere; a version written alone (R1) belongs to the
 * one family among its candidates that the document mentions (DeepSeek-V3, DeepSeek).
 */
function resolveTentative(entities: Pending[], kb: KnowledgeBase): EntityMention[] {
  const firm = new Set<string>();
  const talkedAbout = new Set<string>(); // the entities, their families and their vendors
  for (const e of entities) {
    if (e.tentative) continue;
    firm.add(e.entityId);
    talkedAbout.add(e.entityId);
    const record = kb.get(e.entityId);
    if (record?.kind === 'model' && record.family) talkedAbout.add(record.family);
    if (e.vendorId) talkedAbout.add(e.vendorId);
  }
  const out: EntityMention[] = [];
  for (const e of entities) {
    const { tentative, familyChoices, versionKey, ...mention } = e;
    if (familyChoices) {
      const present = familyChoices.filter((f) => talkedAbout.has(f) || talkedAbout.has(kb.vendorOf(f) ?? ''));
      const id = present.length === 1 ? kb.versions.get(present[0])?.get(versionKey!) : undefined;
      const record = id ? kb.get(id) : undefined;
      if (!record) continue;
      out.push({ ...mention, entityId: record.id, canonical: record.name, vendorId: kb.vendorOf(record.id) });
    } else if (!tentative || firm.has(e.entityId)) {
      out.push(mention);
    }
  }
  return out;
}

/** Whether [start, end) is a valid span of text: inside it, non-empty, splitting no surrogate pair. */
export function isWholeSpan(text: string, start: number, end: number): boolean {
  if (!(start >= 0 && end <= text.length && start < end)) return false;
  const isLow = (i: number) => { const c = text.charCodeAt(i); return c >= 0xdc00 && c <= 0xdfff; };
  const isHigh = (i: number) => { const c = text.charCodeAt(i); return c >= 0xd800 && c <= 0xdbff; };
  if (start > 0 && isLow(start) && isHigh(start - 1)) return false;
  if (end < text.length && isLow(end) && isHigh(end - 1)) return false;
  return true;
}

export function analyze(text: string, engine: Engine, options: AnalyzeOptions = {}): AnalysisResult {
  const prose = maskNonProse(text, !!options.markdown);
  const previous = options.cache && options.cache.engine === engine ? options.cache : undefined;
  const used = new Map<string, BlockResult>();
  const entities: EntityMention[] = [];
  const drafts: Array<BlockFigure & { text: string }> = [];

  for (const b of splitBlocks(prose)) {
    const blockText = prose.slice(b.start, b.end);
    let result = used.get(blockText) ?? previous?.get(blockText);
    if (!result) result = analyzeBlock(blockText, engine);
    used.set(blockText, result);
    for (const e of result.entities) {
      const start = b.start + e.start, end = b.start + e.end;
      if (!isWholeSpan(text, start, end)) continue;
      const mention: Pending = {
        start, end, text: text.slice(start, end), kind: e.kind, entityId: e.entityId, canonical: e.canonical, via: e.via,
      };
      if (e.vendorId) mention.vendorId = e.vendorId;
      if (e.tentative) mention.tentative = true;
      if (e.familyChoices) { mention.familyChoices = e.familyChoices; mention.versionKey = e.versionKey; }
      entities.push(mention);
    }
    for (const f of result.figures) {
      const start = b.start + f.start, end = b.start + f.end;
      if (!isWholeSpan(text, start, end)) continue;
      drafts.push({ ...f, start, end, text: text.slice(start, end) });
    }
  }

  const kept = resolveTentative(entities as Pending[], engine.kb);

  const provisional: Figure[] = drafts.map((d) => ({ kind: 'figure', ...d, status: 'unverified', statusReason: { kind: 'none' } }));
  const marks = options.verifications?.(provisional, text);
  const statuses = assignStatuses(provisional, engine.kb, { verified: marks?.verified, stale: marks?.stale, external: options.external });
  const figures = provisional.map((f, i): Figure => {
    const out: Figure = { ...f, status: statuses[i].status, statusReason: statuses[i].reason };
    if (marks?.ignored?.has(i)) out.ignored = true;
    return out;
  });

  const cache = new BlockCache(engine);
  cache.replace(used);
  const analysis: Analysis = {
    length: text.length,
    entities: kept,
    figures,
    sections: findSections(prose, !!options.markdown),
    segmented: !!engine.segmenter,
  };
  return { analysis, cache };
}
