// The whole analysis: text + knowledge (+ segmentation, verifications) → Analysis.
// Work is done per block (a paragraph, or a run of soft-wrapped lines) and a block's result
// depends only on its own text, so an edit re-analyses one block and reuses the others; a block
// that writes a name the document gives by its form elsewhere is read again with those names,
// and that reading is reused while the block and the names it used stay the same.
import { alignedTables } from './alignedTables.ts';
import { bundledCues } from './attributeCues.ts';
import { describeClaims, VERSION_PLACEHOLDER } from './claims.ts';
import { carriedAcrossSentences, listRunsInSteps, settleClaimsInSteps } from './documentClaims.ts';
import { AhoCorasick, FastSearch } from './automaton.ts';
import { CJK_MODEL_WITH_VERSION, CODED_PRODUCT, completeEntities, ladderCell, DEFINED_SHORT_NAME, definedNames, documentNameSpellings, FACILITY_NAME_END, nameCode, draftEntities, segmentationRequests, variantId, type DocumentName, type EntityCandidate } from './entities.ts';
import { applyColumnUnits, declaredPrices, isTableLabel, findFigures, measuredYearCells, pricesOnListLine } from './figures.ts';
import { aliasKey, foldCase, versionKey, type KnowledgeBase } from './knowledge.ts';
import { bundledAttributeModel, reviseAttributesInSteps } from './learnedAttributes.ts';
import { bundledSubjectModel, reviseSubjectsInSteps } from './learnedSubjects.ts';
import { readMarkdown, type MarkdownReading } from './markdown.ts';
import { maskLinks, maskNonProseInSteps } from './mask.ts';
import { normalize, toOriginalSpan, type NormalizedText } from './normalize.ts';
import { unchangedMatcher } from './reuse.ts';
import { LABELLED_VALUE_LINE } from './alignedTables.ts';
import { shopPageProduct, shopPageProducts } from './shopPage.ts';
import { tableNames, type GivenName } from './tableNames.ts';
import { enumeratedNames, listedNames, NAMES_JOINED } from './listedNames.ts';
import { findSectionsInSteps } from './sections.ts';
import { PAUSE_EVERY, runSteps, type Steps } from './steps.ts';
import { cellAt, pipeTables, type DocumentStructure } from './structure.ts';
import type { Segmenter, TaggedWord } from './segmenter.ts';
import { assignStatusesInSteps, attributeByFact, type ExternalFigure } from './status.ts';
import type { PendingSubject } from './subjects.ts';
import type { Analysis, Attribute, ClaimExplanation, EntityKind, EntityMention, Figure, MentionSource, Qualifier, Rate, StatusReason } from './types.ts';

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
  /** false: the rules' attributes alone, without the learned model's second opinion (for training it). */
  learnedAttributes?: boolean;
  /** false: the rules' subjects alone, without the learned model's second opinion (for training it). */
  learnedSubjects?: boolean;
}

interface BlockEntity {
  start: number; end: number; kind: EntityKind; entityId: string; canonical: string; vendorId?: string; via: MentionSource;
  tentative?: boolean; familyChoices?: string[]; versionKey?: string; sidelined?: boolean;
}
interface BlockFigure {
  start: number; end: number; value: number; unit: string; qualifier: Qualifier; range?: [number, number]; ambiguity?: 'increase-multiple';
  per?: Rate; tolerance?: number;
  attribute: Attribute; subjectId?: string; why: ClaimExplanation; benchmark?: string; scope?: string; facet?: string;
  nonClaim?: Figure['nonClaim']; source?: string; pending?: PendingSubject;
}
interface BlockResult { entities: BlockEntity[]; figures: BlockFigure[] }

/**
 * The block results of one analysis, in document order; the next analysis of the same document
 * with the same engine reuses every block whose text is unchanged (see ./reuse.ts), and the
 * Markdown reading reuses every unchanged segment.
 */
export class BlockCache {
  constructor(
    readonly engine: Engine,
    readonly texts: readonly string[] = [],
    readonly results: readonly BlockResult[] = [],
    /** Where each block started, and the mentions built for it there (reused while it stays put). */
    readonly starts: readonly number[] = [],
    readonly placed: ReadonlyArray<readonly EntityMention[]> = [],
    /** The Markdown reading of that text (for any engine: it does not depend on one). */
    readonly markdown?: MarkdownReading,
    /**
     * The result each block was given in the end: its own (`results`), or, where it writes a name the
     * document gave an entity elsewhere, one read with those names (`namesKeys`: which, '' for none).
     */
    readonly finals: readonly BlockResult[] = results,
    readonly namesKeys: readonly string[] = [],
    /** The search for the document's names, reused while they stay the same. */
    readonly nameSearch?: { spellings: string; search: FastSearch },
  ) {}

  /** For each block of a new text, the index of the same block in this cache, or -1. */
  matcher(next: readonly string[]): (i: number) => number {
    return unchangedMatcher(this.texts, next);
  }

  get size() { return this.texts.length; }
}

export interface AnalysisResult {
  analysis: Analysis;
  cache: BlockCache;
}

const TERMINAL = new Set('。！？!?；;…”」』）)');
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\r';

/** Split into blocks at blank lines and at line ends that close a sentence; soft-wrapped lines stay together. */
export function splitBlocks(text: string): Array<{ start: number; end: number }> {
  return runSteps(splitBlocksInSteps(text));
}

function* splitBlocksInSteps(text: string): Steps<Array<{ start: number; end: number }>> {
  const blocks: Array<{ start: number; end: number }> = [];
  let lines = 0;
  let blockStart = 0;
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const next = nl + 1;
    // the line's last visible character, and whether the next line is blank
    let last = nl - 1;
    while (last >= pos && isSpace(text[last])) last--;
    let k = next;
    while (k < text.length && isSpace(text[k])) k++;
    const nextBlank = k >= text.length || text[k] === '\n';
    // a long line without a sentence end runs on; so does a short one that stops at a comma (a copied
    // page's hard-wrapped lines: 豆包：月活7523万，⏎环比增长16.92%)
    // (and a list of labelled values stays one block, so that each value is read beside the others: 博士研究生　　87⏎硕士研究生　 512)
    const softWrap = ((last - pos + 1 > 40 ? !TERMINAL.has(text[last]) : CONTINUES.has(text[last])) || (!nextBlank && labelledValues(text, pos, last + 1, k))) && !nextBlank && next - blockStart < 16_384;
    if (!softWrap) {
      blocks.push({ start: blockStart, end: nl });
      blockStart = next;
    }
    pos = next;
    if (++lines % PAUSE_EVERY === 0) yield;
  }
  if (blockStart < text.length) blocks.push({ start: blockStart, end: text.length });
  return blocks;
}

/** Whether the line [from, to) and the one starting at `next` are both labelled values (a digit ends each). */
function labelledValues(text: string, from: number, to: number, next: number): boolean {
  if (to - from > 60 || !/[\d%]/.test(text[to - 1]) || !LABELLED_VALUE_LINE.test(text.slice(from, to))) return false;
  let end = text.indexOf('\n', next);
  if (end < 0) end = text.length;
  return end - next <= 60 && LABELLED_VALUE_LINE.test(text.slice(next, end));
}

/** Clause marks: a line that ends with one is not the end of its paragraph. */
const CONTINUES = new Set(['，', ',', '、']);

const EMPTY: BlockResult = { entities: [], figures: [] };
/** One empty list for every block or placement without entities or figures (most blocks of a long document): never mutated. */
const NO_ENTITIES: BlockEntity[] = [];
/**
 * Model families whose versions the text names two or more of (川流 beside 川流3.0 and 川流4.0): a figure said of the
 * family alone may be of either, so it contradicts nothing.
 */
function familiesOfSeveral(mentions: readonly EntityMention[], kb: KnowledgeBase): Set<string> {
  const ids = new Set(mentions.filter((e) => e.kind === 'model').map((e) => e.entityId));
  const familyOf = familyIn(kb);
  const versions = new Map<string, number>();
  const count = (family: string) => versions.set(family, (versions.get(family) ?? 0) + 1);
  for (const id of ids) {
    const family = familyOf(id);
    if (family && family !== id) { count(family); continue; }
    // (a family the text named by its form: model:川流 of model:川流3.0, model:川流-4; each place a version may begin is
    // looked up, so a document of many models stays linear)
    for (let at = id.indexOf(':') + 2; at < id.length; at++) if (VERSION_AFTER_FAMILY_ID.test(id.slice(at, at + 3)) && ids.has(id.slice(0, at))) count(id.slice(0, at));
  }
  return new Set([...versions].filter(([, n]) => n >= 2).map(([family]) => family));
}
const VERSION_AFTER_FAMILY_ID = /^[-. ]?[vV]?\d/;

/** A model's family in the knowledge base (混元-TurboS → 混元), for the paragraph and the document steps alike. */
const familyIn = (kb: KnowledgeBase) => (id: string): string | undefined => { const r = kb.get(id); return r?.kind === 'model' ? r.family : undefined; };
/** Chips and devices (H20, RTX 4090) the knowledge base knows, by entity id. */
const hardwareIn = (kb: KnowledgeBase) => (id: string): boolean => { const r = kb.get(id); return r?.kind === 'product' && HARDWARE_CATEGORIES.has(r.category); };

const NO_FIGURES: BlockFigure[] = [];
const NO_MENTIONS: EntityMention[] = [];

/**
 * Analyse blocks together: each is drafted on its own, then the word segmentation all of them
 * need is asked for in one call (the segmenter may sit in another thread), then each is finished.
 */
function analyzeBlocks(originals: readonly string[], engine: Engine, memo: SegmentationMemo, names?: ReadonlyArray<readonly DocumentName[]>): BlockResult[] {
  // chips and devices: the subject of hardware figures only (subjects.ts)
  const hardware = hardwareIn(engine.kb);
  // frameworks a model is trained or served with (vLLM, DeepSpeed): tools, not what a figure measures (subjects.ts)
  const software = (id: string) => { const r = engine.kb.get(id); return r?.kind === 'product' && r.category === 'framework'; };
  const familyOf = familyIn(engine.kb);
  const drafts = originals.map((original, i) => {
    if (!/[0-9A-Za-z\u3400-\u9fff\uff10-\uff5a]/.test(original)) return undefined;
    const block = maskLinks(original);
    const norm = normalize(block);
    return { original, block, norm, entities: draftEntities(norm.text, engine.kb, !!engine.segmenter, names?.[i]) };
  });
  const cut: string[] = [];
  const tag: string[] = [];
  const at = drafts.map((d) => {
    const from = { cut: cut.length, tag: tag.length };
    if (d) {
      const req = segmentationRequests(d.entities);
      cut.push(...req.cut);
      tag.push(...req.tag);
    }
    return from;
  });
  const segmenter = engine.segmenter;
  const cuts = cut.length && segmenter ? segmentOnce(cut, memo.cuts, (t) => segmenter.cutAll(t)) : [];
  const tags = tag.length && segmenter ? segmentOnce(tag, memo.tags, (t) => segmenter.tagAll(t)) : [];
  return drafts.map((d, i) => {
    if (!d) return EMPTY;
    const n = d.entities;
    const found = completeEntities(n, cuts.slice(at[i].cut, at[i].cut + n.checks.length), tags.slice(at[i].tag, at[i].tag + n.sites.length));
    return finishBlock(d.original, d.block, d.norm, found, hardware, familyOf, software);
  });
}

const HARDWARE_CATEGORIES = new Set(['chip', 'device']);
/** Platforms and clouds that serve others' models (阿里云百炼, 火山方舟, SiliconCloud); clouds are vendors of the type too. */
const SERVING_CATEGORIES = new Set(['platform', 'cloud']);

/** The words of the windows one analysis has had segmented (a name comes back with the same words around it). */
interface SegmentationMemo { cuts: Map<string, string[]>; tags: Map<string, TaggedWord[]> }

/**
 * The words of each window, asking the segmenter only for windows not asked before. A segmenter cuts
 * several windows with their line breaks as spaces and one window alone as written (batchSegmenter): a
 * window is remembered as the text it was cut as, and one with a line break kept is asked alone.
 */
function segmentOnce<T>(windows: string[], memo: Map<string, T[]>, ask: (texts: string[]) => T[][]): T[][] {
  const keys = windows.length < 2 ? windows : windows.map((w) => (LINE_BREAK.test(w) ? w.replace(LINE_BREAKS, ' ') : w));
  const missing = [...new Set(keys.filter((k) => !memo.has(k)))];
  const alone = missing.filter((k) => LINE_BREAK.test(k));
  const together = alone.length ? missing.filter((k) => !LINE_BREAK.test(k)) : missing;
  const answer = (texts: string[]) => {
    ask(texts).forEach((words, i) => {
      // (no words for a window is no answer: a segmenter in another thread that failed, asked again next time)
      if (words.length) memo.set(texts[i], words);
    });
  };
  if (together.length) answer(together);
  for (const k of alone) answer([k]);
  return keys.map((k) => memo.get(k) ?? []);
}
const LINE_BREAK = /[\r\n]/;
const LINE_BREAKS = /[\r\n]/g;

function finishBlock(original: string, block: string, norm: NormalizedText, found: EntityCandidate[], hardware?: (id: string) => boolean, familyOf?: (id: string) => string | undefined, software?: (id: string) => boolean): BlockResult {
  const text = norm.text;
  // a thousands comma is an ASCII comma, or a full-width one between full-width digits (１，０２４);
  // otherwise ，is a list separator
  const commaOk = (i: number) => {
    const o = norm.origin[i];
    return block[o] === ',' || (block[o] === '，' && /[０-９]/.test(block[o - 1] ?? ''));
  };
  // 兆 is 10¹² in traditional text: the script is read from the original through the offset map
  const traditionalAt = (i: number) => writtenTraditional(block, norm, i);
  const figures = findFigures(text, found, commaOk, { traditionalAt });
  const claims = describeClaims(text, found, figures, undefined, hardware, familyOf, software);
  // the fields the document step reads, each named (a spread of candidates of many shapes is slow)
  const entities: BlockEntity[] = found.length ? found.map((e) => {
    const [start, end] = toOriginalSpan(norm, e.start, e.end);
    return {
      start, end, kind: e.kind, entityId: e.entityId, canonical: e.canonical, vendorId: e.vendorId, via: e.via,
      tentative: e.tentative, familyChoices: e.familyChoices, versionKey: e.versionKey, sidelined: e.sidelined,
    };
  }) : NO_ENTITIES;
  const written = (r: { start: number; end: number }) => {
    const [s, e] = toOriginalSpan(norm, r.start, r.end);
    return original.slice(s, e);
  };
  const blockFigures: BlockFigure[] = !figures.length ? NO_FIGURES : figures.map((f, i) => {
    const [start, end] = toOriginalSpan(norm, f.start, f.end);
    const c = claims[i];
    const out: BlockFigure = {
      start, end, value: f.value, unit: f.unit, qualifier: f.qualifier, attribute: c.attribute,
      // the cues as written (訓練, not the normalised 训练)
      why: { subject: c.subjectWhy, attribute: c.attributeCue ? written(c.attributeCue) : c.attributeRule },
    };
    if (c.subjectId?.startsWith(VERSION_PLACEHOLDER)) {
      // a version written alone: its span, in the block's original offsets, until the document knows its family
      const [s, e] = c.subjectId.slice(1).split(':').map(Number);
      const [os, oe] = toOriginalSpan(norm, s, e);
      out.subjectId = `${VERSION_PLACEHOLDER}${os}:${oe}`;
    } else if (c.subjectId) out.subjectId = c.subjectId;
    if (c.pending) out.pending = c.pending;
    if (c.benchmark) out.benchmark = written(c.benchmark);
    if (c.scope) out.scope = c.scope;
    if (c.facet) out.facet = c.facet;
    if (c.nonClaim) out.nonClaim = c.nonClaim;
    if (c.source) out.source = written(c.source);
    if (f.range) out.range = f.range;
    if (f.ambiguity) out.ambiguity = f.ambiguity;
    if (f.per) out.per = f.per;
    if (f.tolerance !== undefined) out.tolerance = f.tolerance;
    return out;
  });
  return { entities, figures: blockFigures };
}

/** Whether the text around normalised offset i was written in traditional characters: some CJK character near it was converted. */
function writtenTraditional(original: string, norm: NormalizedText, i: number): boolean {
  const from = Math.max(0, i - 24), to = Math.min(norm.text.length, i + 24);
  for (let k = from; k < to; k++) {
    const c = norm.text.charCodeAt(k);
    if (c >= 0x3400 && c <= 0x9fff && original.charCodeAt(norm.origin[k]) !== c) return true;
  }
  return false;
}

/** A mention whose standing depends on the rest of the document. */
interface Tentative { familyChoices?: string[]; versionKey?: string }

/**
 * Copilot in a review that names GitHub Copilot: a name that the only longer name of another thing by the same maker
 * ends with (after a space) is that thing written short, in the whole document. (Copilot alone is Microsoft's
 * assistant; beside GitHub Copilot and no other Copilot it is the coding tool.)
 */
function* shortNamesOfLonger(entities: EntityMention[], figures: Figure[]): Steps<void> {
  // the models and products named, by maker (names are compared within one maker's only)
  const byMaker = new Map<string, Map<string, EntityMention>>();
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k];
    if (e.kind !== 'vendor' && e.vendorId) {
      let own = byMaker.get(e.vendorId);
      if (!own) byMaker.set(e.vendorId, own = new Map());
      if (!own.has(e.entityId)) own.set(e.entityId, e);
    }
    if (k % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
  }
  const writtenShort = new Map<string, EntityMention>();
  for (const own of byMaker.values()) {
    if (own.size < 2) continue;
    for (const short of own.values()) {
      const longer = [...own.values()].filter((l) => l.kind !== short.kind && l.canonical.endsWith(` ${short.canonical}`));
      if (longer.length === 1) writtenShort.set(short.entityId, longer[0]);
    }
  }
  if (!writtenShort.size) return;
  // (new mention objects: an unmoved block's are kept for the next analysis, which may not name the longer one)
  for (let k = 0; k < entities.length; k++) {
    const l = writtenShort.get(entities[k].entityId);
    if (l) entities[k] = { ...entities[k], entityId: l.entityId, kind: l.kind, canonical: l.canonical };
  }
  for (const f of figures) {
    const l = f.subjectId ? writtenShort.get(f.subjectId) : undefined;
    if (l) f.subjectId = l.entityId;
  }
}

/**
 * Mentions that depend on the rest of the document: a context alias (苹果, 星火) stands when the
 * document names the same entity firmly elsewhere, or a model of its family; a version written alone (R1) belongs to the
 * one family among its candidates that the document mentions (DeepSeek-V3, DeepSeek).
 */
function* resolveTentative(text: string, entities: EntityMention[], tentative: Map<number, Tentative>, kb: KnowledgeBase, structure: Pick<DocumentStructure, 'tables'>): Steps<EntityMention[]> {
  if (!tentative.size) return entities;
  // what the tentative mentions need to know, looked up in one pass over the firm ones
  const wanted = new Set<string>();
  for (const [i, t] of tentative) {
    if (!t.familyChoices) {
      wanted.add(entities[i].entityId);
      // (a product's short name that says what it is, 百炼平台, stands where the text names its company firmly: 阿里云 … 百炼平台)
      // (and a model's Chinese short name, 豆包, where its maker is named firmly in the same paragraph and what follows is an
      // app's, 字节跳动…，豆包的日活…)
      const maker = entities[i].kind === 'product' || entities[i].kind === 'model' ? entities[i].vendorId : undefined;
      if (maker) wanted.add(maker);
    }
    for (const f of t.familyChoices ?? []) {
      wanted.add(f);
      const v = kb.vendorOf(f);
      if (v) wanted.add(v);
      const full = kb.versions.get(f)?.get(t.versionKey!);
      if (full) wanted.add(full);
    }
  }
  const firm = new Set<string>(); // wanted entities mentioned firmly
  const talkedAbout = new Set<string>(); // wanted entities mentioned firmly, or their models' families and vendors
  const talkedAt = new Map<string, number[]>(); // where each of those was talked about (mention starts, in order)
  const talk = (id: string, at: number) => {
    talkedAbout.add(id);
    const list = talkedAt.get(id);
    if (list) list.push(at); else talkedAt.set(id, [at]);
  };
  for (let i = 0; i < entities.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const e = entities[i];
    if (tentative.has(i)) continue;
    if (wanted.has(e.entityId)) { firm.add(e.entityId); talk(e.entityId, e.start); }
    if (e.vendorId && wanted.has(e.vendorId)) talk(e.vendorId, e.start);
    const record = e.kind === 'model' ? kb.get(e.entityId) : undefined;
    if (record?.kind === 'model' && record.family && wanted.has(record.family)) talk(record.family, e.start);
  }
  const out: EntityMention[] = [];
  for (let i = 0; i < entities.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const e = entities[i];
    const t = tentative.get(i);
    if (!t) { out.push(e); continue; }
    if (t.familyChoices) {
      if (ladderCell(text, e.start, e.end)) continue;
      let present = t.familyChoices.filter((f) => talkedAbout.has(f) || talkedAbout.has(kb.vendorOf(f) ?? ''));
      if (present.length > 1) {
        // several families have this version: the one whose model of that version the document names (MiniMax-M1 … M1),
        // else the one talked about last before it (or, if none was, first after it)
        const named = present.filter((f) => firm.has(kb.versions.get(f)?.get(t.versionKey!) ?? ''));
        if (named.length) present = named;
        // positions are in document order: the last one before the mention by binary search
        const lastBefore = (list: number[]) => {
          let lo = 0, hi = list.length;
          while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid] < e.start) lo = mid + 1; else hi = mid; }
          return lo > 0 ? list[lo - 1] : -list[0] - 1;
        };
        const rank = (f: string) => Math.max(
          ...[f, kb.vendorOf(f) ?? '', kb.versions.get(f)?.get(t.versionKey!) ?? ''].map((id) => talkedAt.get(id)).filter((l) => !!l).map((l) => lastBefore(l!)),
        );
        if (present.length > 1) present = [present.reduce((a, b) => (rank(b) > rank(a) ? b : a))];
      }
      const id = present.length === 1 ? kb.versions.get(present[0])?.get(t.versionKey!) : undefined;
      const record = id ? kb.get(id) : undefined;
      if (record) out.push({ ...e, entityId: record.id, canonical: record.name, vendorId: kb.vendorOf(record.id) });
      else if (present.length === 1) {
        const variant = variantOfKnownVersion(kb, present[0], e.text);
        if (variant) out.push({ ...e, ...variant });
      }
    } else if (firm.has(e.entityId) || (talkedAbout.has(e.entityId) && /^[\u3400-\u9fff]/.test(e.text)) ||
      (e.kind === 'product' && !!e.vendorId && firm.has(e.vendorId) && /^[\u3400-\u9fff]/.test(e.text) && PRODUCT_WORD_AFTER.test(text.slice(e.end, e.end + 6))) ||
      (e.kind === 'model' && !!e.vendorId && /^[\u3400-\u9fff]/.test(e.text) && makerNearby(text, talkedAt.get(e.vendorId), e.start) && PRODUCT_WORD_AFTER.test(text.slice(e.end, e.end + 6))) ||
      listedWithFirm(text, entities, tentative, i) || makerInBracketsAfter(text, entities, i, kb) || columnWithFirm(structure, entities, tentative, i)) {
      // (or, a Chinese name, a model of its family: 豆包 beside 豆包1.5 Pro, 星火 beside 讯飞星火V4.0; GPT beside GPT2 is
      // the technology)
      out.push(e);
    }
  }
  return out;
}

/** How far a maker named firmly may stand from its model's short name, in one paragraph. */
const MAKER_NEAR = 120;

/** Whether the maker was named firmly (at one of `at`, in order) within MAKER_NEAR of a position, no blank line between. */
function makerNearby(text: string, at: readonly number[] | undefined, pos: number): boolean {
  if (!at) return false;
  return at.some((m) => Math.abs(m - pos) <= MAKER_NEAR && !text.slice(Math.min(m, pos), Math.max(m, pos)).includes('\n\n'));
}

/**
 * | 2 | 豆包 | 字节跳动 | 8160 |: a context alias alone in a table's cell is a model or an app where another row's cell of
 * that column holds a model or an app named firmly (| 3 | Kimi | 月之暗面 | 1850 |).
 */
function columnWithFirm(structure: Pick<DocumentStructure, 'tables'>, entities: readonly EntityMention[], tentative: ReadonlyMap<number, Tentative>, i: number): boolean {
  const e = entities[i];
  if (e.kind !== 'model' && e.kind !== 'product') return false;
  const place = aloneInCell(structure, e);
  return !!place && entities.some((o, k) => k !== i && !tentative.has(k) && (o.kind === 'model' || o.kind === 'product') && o.start >= place.table.start && o.end <= place.table.end &&
    aloneInCell(structure, o)?.cell.column === place.cell.column);
}
/** The table cell a mention fills alone, if any. */
function aloneInCell(structure: Pick<DocumentStructure, 'tables'>, e: EntityMention) {
  const place = cellAt(structure, e.start);
  return place && place.cell.text.trim() === e.text ? place : undefined;
}

/** 豆包（字节跳动）: a context alias with its own maker's name in brackets right after it is that model. */
function makerInBracketsAfter(text: string, entities: readonly EntityMention[], i: number, kb: KnowledgeBase): boolean {
  const e = entities[i], next = entities[i + 1];
  const maker = kb.vendorOf(e.entityId);
  const parentOf = (id: string) => { const r = kb.get(id); return r?.kind === 'vendor' ? r.parent : undefined; };
  return !!next && !!maker && next.kind === 'vendor' && (next.entityId === maker || parentOf(next.entityId) === maker || parentOf(maker) === next.entityId) &&
    /^\s*[（(]\s*$/.test(text.slice(e.end, next.start)) && /^\s*[)）]/.test(text.slice(next.end, next.end + 2));
}

/**
 * 免费的：豆包、通义、腾讯元宝、文心一言: a context alias listed next to a model's or a product's name the document
 * names firmly is one of them too.
 */
function listedWithFirm(text: string, entities: readonly EntityMention[], tentative: ReadonlyMap<number, Tentative>, i: number): boolean {
  const e = entities[i];
  if (e.kind !== 'model' && e.kind !== 'product') return false;
  const firmNeighbour = (k: number) => k >= 0 && k < entities.length && !tentative.has(k) && (entities[k].kind === 'model' || entities[k].kind === 'product');
  return (firmNeighbour(i - 1) && NAMES_JOINED.test(text.slice(entities[i - 1].end, e.start))) ||
    (firmNeighbour(i + 1) && NAMES_JOINED.test(text.slice(e.end, entities[i + 1].start)));
}

/** What a product's name is followed by when it names one (百炼平台, 扣子App, 夸克的月活跃用户). */
const PRODUCT_WORD_AFTER = /^[”」』"]?\s*(?:的)?\s*(?:平台|App|APP|app|应用|應用|助手|芯片|晶片|系统|系統|智能体|智能體|开放平台|開放平台|大模型平台|月活|日活|用户|用戶|MAU|DAU|下载|下載)/;

/**
 * A known version with variant words after it, written alone (K2 Thinking Turbo when the family has K2 Thinking):
 * the longest known version, and the rest as the variant of it, with an id of its own as when written in full.
 */
function variantOfKnownVersion(kb: KnowledgeBase, family: string, written: string): Pick<EntityMention, 'entityId' | 'canonical' | 'vendorId'> | undefined {
  const versions = kb.versions.get(family);
  if (!versions) return undefined;
  // where a variant word may begin: a space or hyphen before a letter
  const cuts = [...written.matchAll(/(?<=[A-Za-z0-9])[ -](?=[A-Za-z])/g)].map((m) => m.index!).reverse();
  for (const at of cuts) {
    const id = versions.get(versionKey(written.slice(0, at)));
    const record = id ? kb.get(id) : undefined;
    if (!record) continue;
    const tail = written.slice(at);
    return { entityId: variantId(record.id, tail), canonical: record.name + tail, vendorId: kb.vendorOf(record.id) };
  }
  return undefined;
}

/**
 * The names the blocks found by their form (pattern mentions of companies and models, and a company's
 * short forms), and the blocks that write one of them where they found no mention: those blocks are
 * read again with the names, so a name found in one paragraph is the same entity in every other.
 */
/** A Latin model's name and a dotted version after a space or a hyphen (LingShu-VLA 1.0): group 1 is its family. */
const MODEL_FAMILY_OF_VERSION = /^([A-Z][A-Za-z]{2,}(?:-[A-Za-z]+)*)[ -]v?\d+\.\d+$/;
/** A Latin model's name and its size after a hyphen (LanShan-2-MoE-312B-A28B, Aurora-Pro-34B): group 1 is its family. */
// (a family of two parts at least: VLA of VLA-7B is a kind of model)
// (a tuned variant's word may follow the size: TaiLing-2-8B-Instruct, -70B-Chat)
// (or a Chinese name and its version: 衡元2.5 of 衡元2.5-14B-Chat)
const MODEL_FAMILY_OF_SIZE = /^([A-Z][A-Za-z]{2,}(?:-[A-Za-z0-9.]+)+?|[\u4e00-\u9fff]{2,4}\d{1,2}(?:\.\d{1,2})?)-\d+(?:\.\d+)?[BMT](?:-A\d+(?:\.\d+)?[BMT])?(?:-(?:Instruct|Chat|Base|Coder|Preview))?$/;
/** A Latin model name's first word before a hyphen, a capitalised word of three letters or more (Lingxi of Lingxi-MoE-30B-A3B). */
const LATIN_BRAND = /^([A-Z][a-z]{2,}[A-Za-z]*)-[A-Za-z0-9]/;
/** Words of a variant or of a kind of model, not a brand (Chat-16K, Pro-2, Embedding-3: Embedding 模型 is any). */
const VARIANT_WORD = /^(?:Chat|Base|Instruct|Pro|Max|Mini|Lite|Turbo|Plus|Ultra|Code|Coder|Vision|Flash|Open|Model|Think|Thinking|Preview|Air|Nano|Large|Small|Medium|Embedding|Embeddings|Rerank|Reranker|Text|Image|Video|Audio|Speech|Voice|Omni|Reasoning|Agent)$/;
/** A Latin name of two words or more and its number after a hyphen (Lucid-MoE-2): group 1 is its family (Lucid-MoE-1 is another version). */
const MODEL_FAMILY_OF_NUMBER = /^([A-Z][A-Za-z]{2,}(?:-[A-Za-z]+)+)-\d{1,2}$/;
/** A company's cloud named with its brand (星讯智能云): group 1 is what the text calls it after (智能云). */
const OWN_CLOUD = /^[\u4e00-\u9fff]{2,4}(智能[云雲])$/;
/** A Chinese model's name, a hyphen and a one-digit version (衡思-3): group 1 is its family, group 2 the digit. */
const SPOKEN_VERSION_OF = /^([\u4e00-\u9fff]{2,4})-([2-9])$/;
const SPOKEN_DIGITS = '〇一二三四五六七八九';
/** A Chinese model's name, a hyphen and its version or variant (灵犀-4 Pro, 天枢-3): group 1 is its family, written with 大模型 (灵犀大模型). */
const CJK_MODEL_FAMILY = /^([\u4e00-\u9fff]{2,4})-[A-Za-z0-9]/;

/**
 * Whether a family's first word, wherever the text writes it without a hyphen after it, is written as the family is
 * (Tern, not tern) and is no part of an address or a company's English name (platform.shuyuan.ai, 天澜智能（Tianlan AI）).
 * (The word is a Latin brand, LATIN_BRAND's letters: nothing in it needs escaping.)
 */
function familyWordAlone(word: string, texts: readonly string[]): boolean {
  const alone = new RegExp(`(?<![A-Za-z0-9])${word}(?![A-Za-z0-9-])`, 'gi');
  for (const text of texts) {
    for (const m of text.matchAll(alone)) {
      const end = m.index! + word.length;
      if (m[0] !== word || /[./@_]/.test(text[m.index! - 1] ?? '') || /^[./@_]|^\s?(?:AI|Inc|Labs?|Tech|Technolog)/.test(text.slice(end, end + 10))) return false;
    }
  }
  return true;
}

/** Quotation marks around a name. */
const QUOTE_OPENS = /[“"「『《]/;
const QUOTE_CLOSES = /[”"」』》]/;

function* documentNamesInSteps(
  results: readonly BlockResult[], texts: readonly string[], previous?: BlockCache['nameSearch'], fromTables: readonly GivenName[] = [],
  withoutParent: (entityId: string, written: string) => string | undefined = () => undefined,
): Steps<{ needs: Map<number, DocumentName[]>; search: NonNullable<BlockCache['nameSearch']> } | undefined> {
  const bySpelling = new Map<string, DocumentName>();
  /** A Latin model's first word and the one model it begins, or the family of the several it begins (`family`). */
  const latinBrands = new Map<string, { kind: 'vendor' | 'model' | 'product'; entityId: string; canonical: string; vendorId?: string; family?: boolean }>();
  /** Short forms of two names or more. */
  const sharedShort = new Set<string>();
  /** A spelling that stands for a name only from the block that first wrote the whole name on (智能云 after 百度智能云). */
  const namedFrom = new Map<string, number>();
  // the first spelling is the name itself; a brand ends in '-' (澜海- of 澜海-3, 月涌- of 月涌科技), the others are short forms
  const addSpellings = (written: string, of: { kind: 'vendor' | 'model' | 'product'; entityId: string; canonical: string; vendorId?: string }, quoted = false) => {
    const spellings = documentNameSpellings(written, of.kind, quoted);
    for (let k = 0; k < spellings.length; k++) {
      const taken = bySpelling.get(spellings[k]);
      // (a short form two names share, 衡言 of 衡言大模型3.0 and of 衡言大模型4.0, names neither)
      if (taken) { if (k > 0 && taken.short && !taken.brand && taken.kind === 'model' && of.kind === 'model' && taken.entityId !== of.entityId) sharedShort.add(spellings[k]); continue; }
      const name: DocumentName = { key: foldCase(normalize(spellings[k]).text), kind: of.kind, entityId: of.entityId, canonical: of.canonical };
      if (of.vendorId) name.vendorId = of.vendorId;
      if (spellings[k].endsWith('-')) name.brand = true;
      else if (k > 0) name.short = true;
      // (衡言 of 衡言大模型4.0: only with a version glued on again)
      if (k > 0 && !/\d/.test(spellings[k]) && CJK_MODEL_WITH_VERSION.test(written)) name.versionOnly = true;
      bySpelling.set(spellings[k], name);
    }
    // 鼎算科技 → 鼎算云: a company's short name and 云 is its cloud, a company of its own (as 阿里云 is 阿里巴巴's)
    const short = of.kind === 'vendor' ? spellings.find((x, k) => k > 0 && /^[\u4e00-\u9fff]{2,4}$/.test(x)) : undefined;
    // (both spellings: the blocks that need a name are found by its spelling as written, 宏碩雲)
    if (short && !short.endsWith('云') && !short.endsWith('雲')) {
      for (const cloud of [`${short}云`, `${short}雲`]) {
        if (!bySpelling.has(cloud)) bySpelling.set(cloud, { key: foldCase(normalize(cloud).text), kind: 'vendor', entityId: `vendor:${aliasKey(`${short}云`)}`, canonical: `${short}云`, vendorId: of.entityId });
      }
    }
    // LingShu-VLA 1.0 → LingShu-VLA: a Latin model's name without its dotted version is its family, a model of its own
    // (and without its size: LanShan-2-MoE-312B-A28B → LanShan-2-MoE)
    const family = of.kind === 'model' ? MODEL_FAMILY_OF_VERSION.exec(written) ?? MODEL_FAMILY_OF_SIZE.exec(written) ?? MODEL_FAMILY_OF_NUMBER.exec(written) : null;
    if (family && !bySpelling.has(family[1])) {
      const name: DocumentName = { key: foldCase(normalize(family[1]).text), kind: 'model', entityId: `model:${aliasKey(family[1])}`, canonical: family[1] };
      if (of.vendorId) name.vendorId = of.vendorId;
      bySpelling.set(family[1], name);
    }
    // Lingxi-MoE-30B-A3B → Lingxi: a Latin model's first word, when it begins no other model's name in the text
    const latinBrand = of.kind === 'model' ? LATIN_BRAND.exec(written)?.[1] : undefined;
    if (latinBrand && !VARIANT_WORD.test(latinBrand)) {
      // (a first word several models begin with names their family: Tern of Tern-MoE-64B-A6B and Tern-MoE-16B-A2.8B)
      const owner = latinBrands.get(latinBrand);
      if (owner === undefined || owner.entityId === of.entityId) latinBrands.set(latinBrand, of);
      else if (!owner.family) latinBrands.set(latinBrand, { kind: 'model', entityId: `model:${aliasKey(latinBrand)}`, canonical: latinBrand, vendorId: owner.vendorId === of.vendorId ? of.vendorId : undefined, family: true });
      else if (owner.vendorId !== of.vendorId) owner.vendorId = undefined;
      // (and with its hyphen it names the family's other models, however many: Xihe-VL beside Xihe-VL2-A6B)
      const brand = `${latinBrand}-`;
      if (!bySpelling.has(brand)) {
        const name: DocumentName = { key: foldCase(brand), kind: 'model', entityId: of.entityId, canonical: brand, brand: true };
        if (of.vendorId) name.vendorId = of.vendorId;
        bySpelling.set(brand, name);
      }
    }
    // 灵犀-4 Pro → 灵犀大模型: the family is named with 大模型 (its two characters alone are too often a word)
    const cjkFamily = of.kind === 'model' ? CJK_MODEL_FAMILY.exec(written) : null;
    const familyWritten = cjkFamily ? `${cjkFamily[1]}大模型` : '';
    if (cjkFamily && !bySpelling.has(familyWritten)) {
      const name: DocumentName = { key: foldCase(normalize(familyWritten).text), kind: 'model', entityId: `model:${aliasKey(cjkFamily[1])}`, canonical: cjkFamily[1] };
      if (of.vendorId) name.vendorId = of.vendorId;
      bySpelling.set(familyWritten, name);
    }
  };
  /** The spelling as another way of writing a mention's name (when no name has it yet). */
  const addAs = (spelling: string, e: { kind: EntityKind; entityId: string; canonical: string; vendorId?: string }): boolean => {
    if (bySpelling.has(spelling)) return false;
    const name: DocumentName = { key: foldCase(normalize(spelling).text), kind: e.kind, entityId: e.entityId, canonical: e.canonical };
    if (e.vendorId) name.vendorId = e.vendorId;
    bySpelling.set(spelling, name);
    return true;
  };
  // the names a table's 模型 and 厂商 columns give, first: the table says what they are
  // (their short forms after the text's own names: 远帆 of a column's 远帆4.0 is first the short name of 远帆智能)
  const tableName = (t: GivenName) => ({ kind: t.kind, entityId: t.entityId, canonical: t.written, vendorId: t.vendorId });
  for (const t of fromTables) addAs(t.written, tableName(t));
  for (let i = 0; i < results.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const defines = texts[i].includes('称') || texts[i].includes('稱');
    for (const e of results[i].entities) {
      // a facility the text named as one (位于宁夏中卫的北辰智算中心) is that facility wherever it is written again, and
      // so is any product named by its form (a chip by its code next to what it is: AI加速器「NX-900」), when its
      // name is three characters or more
      if (e.kind === 'product' && e.via === 'pattern' && (FACILITY_NAME_END.test(e.canonical) || e.canonical.length >= 3)) {
        const written = texts[i].slice(e.start, e.end);
        addAs(written, e);
        // 澜湾T3 → 澜湾: a product line's brand, which names the line's other codes (澜湾T2), however unknown
        const line = CODED_PRODUCT.exec(written);
        if (line && !bySpelling.has(line[1])) {
          const name: DocumentName = { key: foldCase(normalize(line[1]).text), kind: 'product', entityId: e.entityId, canonical: line[1], coded: true };
          if (e.vendorId) name.vendorId = e.vendorId;
          bySpelling.set(line[1], name);
        }
        continue;
      }
      if (e.tentative || (e.kind !== 'vendor' && e.kind !== 'model')) continue;
      // 云穹智算科技股份有限公司（以下简称“云穹”）: the name the document says it will use, as good as the full one
      // (a filing's word for its party, “公司”或“汇智数科”, is none: only the name is)
      const defined = defines ? DEFINED_SHORT_NAME.exec(texts[i].slice(e.end, e.end + 40)) : null;
      if (defined) for (const name of definedNames(defined)) addAs(name, e);
      // 百度智能云 → 智能云: once named whole, a company's unit is called by the rest of its name
      // (and a company's cloud the text named by its form, 星讯智能云, by its 智能云)
      const written = texts[i].slice(e.start, e.end);
      const rest = e.kind === 'vendor' ? withoutParent(e.entityId, written) ?? (e.via === 'pattern' ? OWN_CLOUD.exec(written)?.[1] : undefined) : undefined;
      if (rest && addAs(rest, e)) namedFrom.set(rest, i);
      if (e.via !== 'pattern') continue;
      const of = { kind: e.kind, entityId: e.entityId, canonical: e.canonical, vendorId: e.vendorId };
      addSpellings(texts[i].slice(e.start, e.end), of, QUOTE_OPENS.test(texts[i][e.start - 1] ?? '') && QUOTE_CLOSES.test(texts[i][e.end] ?? ''));
      addSpellings(e.canonical, of);
    }
  }
  for (const t of fromTables) addSpellings(t.written, tableName(t));
  for (const [brand, of] of latinBrands) if (!of.family || familyWordAlone(brand, texts)) addAs(brand, of);
  for (const spelling of sharedShort) bySpelling.delete(spelling);
  if (!bySpelling.size) return undefined;
  const spellings = [...bySpelling.keys()].sort().join('\n');
  const search = previous?.spellings === spellings ? previous : { spellings, search: new FastSearch(new AhoCorasick([...bySpelling.keys()])) };
  const needs = new Map<number, DocumentName[]>();
  const wordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);
  for (let i = 0; i < texts.length; i++) {
    if (i % (PAUSE_EVERY / 4) === PAUSE_EVERY / 4 - 1) yield;
    const text = texts[i], mentions = results[i].entities;
    let wanted: Map<string, DocumentName> | undefined;
    search.search.forEachMatch(text, (begin, end, spelling) => {
      if ((wordChar(text[begin]) && wordChar(text[begin - 1])) || (wordChar(text[end - 1]) && wordChar(text[end]))) return;
      if ((namedFrom.get(spelling) ?? 0) > i) return;
      const name = bySpelling.get(spelling)!;
      // a mention inside the name (求索 of 蓝溟求索), or of another kind found by its form alone (万象-R1 read as a chip),
      // gives way to what the document says the whole name is
      const givesWay = (m: { start: number; end: number; kind: EntityKind; via?: string }) => m.start >= begin && m.end <= end && (m.end - m.start < end - begin || (m.via === 'pattern' && m.kind !== name.kind));
      if (mentions.some((m) => m.start < end && begin < m.end && !givesWay(m))) return;
      (wanted ??= new Map()).set(name.key, name);
    });
    if (wanted) needs.set(i, [...wanted.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)));
  }
  return { needs, search };
}

/**
 * What a company's unit is called without its parent's name before it (百度智能云 → 智能云, 百度智能雲 → 智能雲): a
 * name of three characters or more that is no name of anything else in the knowledge base.
 */
function unitNameWithoutParent(kb: KnowledgeBase) {
  return (entityId: string, written: string): string | undefined => {
    const unit = kb.get(entityId);
    const parent = unit?.kind === 'vendor' && unit.parent ? kb.get(unit.parent) : undefined;
    if (!parent) return undefined;
    const name = [parent.names['zh-Hans'], parent.names['zh-Hant'], ...(parent.aliases ?? [])].find((n) => written.startsWith(n));
    const rest = name && written.slice(name.length);
    return rest && /^[\u4e00-\u9fff]{3,8}$/.test(rest) && !kb.aliases.has(aliasKey(rest)) ? rest : undefined;
  };
}

/**
 * The codes models and chips are named by after their brand (X9 of 曦岳X9, S6000 of MTT S6000), and the names a
 * model goes by without its maker's short name before it (灵犀大模型 of 天衡数智's 天衡灵犀大模型), read from the
 * blocks' final mentions, and the blocks that write one outside a mention: a code of one entity only, and
 * no name the knowledge base knows (H20).
 */
function* nameCodesInSteps(finals: readonly BlockResult[], texts: readonly string[], kb: KnowledgeBase): Steps<Map<number, DocumentName[]> | undefined> {
  const codes = new Map<string, DocumentName | null>();
  // (the companies' names as written: a model may go by its name without one's short name before it)
  // (each once: a long document writes the same ones thousands of times)
  const makerNames = new Set<string>();
  for (let i = 0; i < finals.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    for (const e of finals[i].entities) if (e.kind === 'vendor' && !e.tentative && /^[\u4e00-\u9fff]{3,}/.test(texts[i].slice(e.start, e.end))) makerNames.add(texts[i].slice(e.start, e.end));
  }
  const makers = [...makerNames];
  for (let i = 0; i < finals.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    for (const e of finals[i].entities) {
      if ((e.kind !== 'model' && e.kind !== 'product') || e.tentative) continue;
      const written = texts[i].slice(e.start, e.end);
      // 衡思-3 → 衡思三, 衡思二 …: a speaker says a family's one-digit version as a word (a keynote's transcript)
      const spoken = e.kind === 'model' ? SPOKEN_VERSION_OF.exec(written) : null;
      if (spoken) {
        for (let n = 2; n <= 9; n++) {
          const said = spoken[1] + SPOKEN_DIGITS[n];
          if (codes.has(said) || kb.aliases.has(aliasKey(said))) continue;
          const same = String(n) === spoken[2];
          const name: DocumentName = { key: foldCase(normalize(said).text), kind: 'model', entityId: same ? e.entityId : `model:${aliasKey(`${spoken[1]}-${n}`)}`, canonical: same ? e.canonical : `${spoken[1]}-${n}`, spoken: true };
          if (e.vendorId) name.vendorId = e.vendorId;
          codes.set(said, name);
        }
      }
      const withoutMaker = e.kind === 'model' ? MODEL_AFTER_MAKER.exec(written) : null;
      const rest = withoutMaker && !GENERIC_MODEL_KIND.test(withoutMaker[2].slice(0, -3)) && makers.some((m) => m.startsWith(withoutMaker[1]) && m !== withoutMaker[1]) ? withoutMaker[2] : undefined;
      for (const code of [nameCode(written), rest]) {
        if (!code || kb.aliases.has(aliasKey(code))) continue;
        const had = codes.get(code);
        if (had === undefined) codes.set(code, { key: foldCase(normalize(code).text), kind: e.kind, entityId: e.entityId, canonical: e.canonical, ...(e.vendorId ? { vendorId: e.vendorId } : {}) });
        else if (had && had.entityId !== e.entityId) codes.set(code, null);
      }
    }
  }
  const usable = [...codes].filter((c): c is [string, DocumentName] => !!c[1]);
  if (!usable.length) return undefined;
  const byCode = new Map(usable);
  const search = new FastSearch(new AhoCorasick([...byCode.keys()]));
  const wordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9.]/.test(c);
  const needs = new Map<number, DocumentName[]>();
  for (let i = 0; i < texts.length; i++) {
    if (i % (PAUSE_EVERY / 4) === PAUSE_EVERY / 4 - 1) yield;
    const text = texts[i], mentions = finals[i].entities;
    let wanted: Map<string, DocumentName> | undefined;
    search.forEachMatch(text, (begin, end, code) => {
      if (wordChar(text[begin - 1]) || wordChar(text[end]) || text[begin - 1] === '-') return;
      const name = byCode.get(code)!;
      // (a version said as a word takes in the company's short name read inside it: 衡思 of 衡思三)
      if (mentions.some((m) => m.start < end && begin < m.end && !(name.spoken && m.start >= begin && m.end < end))) return;
      (wanted ??= new Map()).set(name.key, name);
    });
    if (wanted) needs.set(i, [...wanted.values()]);
  }
  return needs.size ? needs : undefined;
}

/** A model named with its maker's short name first: 天衡 + 灵犀大模型. */
const MODEL_AFTER_MAKER = /^([\u4e00-\u9fff]{2,4}?)([\u4e00-\u9fff]{2,4}大模型)$/;
/** Words before 大模型 that say what kind of model, no name (盘古基础大模型, 盘古气象大模型). */
const GENERIC_MODEL_KIND = /^(?:基础|基礎|通用|行业|行業|垂直|垂类|垂類|开源|開源|自研|多模态|多模態|语言|語言|视觉|視覺|金融|政务|政務|医疗|醫療|教育|工业|工業|气象|氣象|科学|科學|预训练|預訓練|千亿|千億|万亿|萬億|推理|对话|對話|生成式|新一代|旗舰|旗艦|端侧|端側|云端|雲端)$/;

/** Everything a name brings to a block: the same key with another entity or form reads differently. */
function namesKeyOf(list: readonly DocumentName[]): string {
  return list.map((n) => `${n.key}\u0002${n.entityId}\u0002${n.kind}\u0002${n.canonical}\u0002${n.vendorId ?? ''}\u0002${n.short ? 1 : 0}${n.brand ? 1 : 0}${n.spoken ? 1 : 0}${n.coded ? 1 : 0}`).join('\u0001');
}

/** A news outlet's dateline after its name (新浪科技讯 6月18日消息, 财联社讯（记者…）). */
const DATELINE_AFTER = /^[讯訊](?:[\s（(【：:]|\d|[一二三四五六七八九十]{1,2}月)/;
/** A byline's mark before a news outlet's name (文/新浪科技 李明, 文｜). */
const BYLINE_BEFORE = /(?:^|[（(\s])文\s*[/／|｜]\s*$/;
const BYLINE_MARK = new Set(['/', '／', '|', '｜', ' ']);
/** A news outlet's name by its last word (新闻, 日报, 时报, 周刊 …), an app of it too (界面新闻APP). */
const NEWS_OUTLET = /(?:新闻|新聞|日报|日報|晚报|晚報|早报|早報|晨报|晨報|时报|時報|商报|商報|周刊|週刊|电视台|電視台|通讯社|通訊社)(?:\s?(?:APP|App|app|客户端|客戶端|网|網))?$/;
/**
 * The mentions without the news outlets the text names as its publisher (a dateline, 新浪科技讯, or a byline, 文/新浪科技)
 * or that a name found by its form says are one (界面新闻, 界面新闻APP): media are no vendors, wherever the text names
 * them; a figure that was about one is about the topic again.
 */
function withoutNewsOutlets(text: string, mentions: EntityMention[], figures: Figure[], pending: Map<number, PendingSubject>): EntityMention[] {
  let outlets: Set<string> | undefined;
  for (const m of mentions) {
    if (m.kind === 'model') continue;
    if (m.via === 'pattern' && NEWS_OUTLET.test(m.canonical)) { (outlets ??= new Set()).add(m.entityId); continue; }
    if (m.kind !== 'vendor') continue;
    // (a character's test first: a huge document has hundreds of thousands of mentions)
    const after = text[m.end], before = text[m.start - 1];
    const dateline = (after === '讯' || after === '訊') && DATELINE_AFTER.test(text.slice(m.end, m.end + 4));
    if (dateline || (before !== undefined && BYLINE_MARK.has(before) && BYLINE_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start)))) (outlets ??= new Set()).add(m.entityId);
  }
  if (!outlets) return mentions;
  figures.forEach((f, i) => {
    if (!f.subjectId || !outlets!.has(f.subjectId)) return;
    f.subjectId = undefined;
    f.why = { ...f.why, subject: 'topic' };
    pending.set(i, { kind: 'topic' });
  });
  return mentions.filter((m) => !(m.kind !== 'model' && outlets!.has(m.entityId)));
}

/** A string of its own, not a slice of a longer one (which would keep the longer one alive): a one-character-longer copy, cut. */
const ownCopy = (s: string) => (s + ' ').slice(0, -1);

/** Move what a map keys by a figure's index to where the figure moved. */
function reindex<T>(map: Map<number, T>, moved: ReadonlyMap<number, number>): void {
  const entries = [...map];
  map.clear();
  for (const [i, v] of entries) map.set(moved.get(i)!, v);
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
  return runSteps(analyzeInSteps(text, engine, options));
}

/** Blocks analysed between two pauses of analyzeInSteps. */
const BLOCKS_PER_STEP = 40;

/**
 * The same analysis, pausing (yield) every few hundred new blocks, so that a caller can let other
 * work run in between and abandon a long analysis of a huge document when the text changes.
 */
export function* analyzeInSteps(text: string, engine: Engine, options: AnalyzeOptions = {}): Steps<AnalysisResult> {
  const markdown = options.markdown ? yield* readMarkdown(text, options.cache?.markdown) : undefined;
  const prose = yield* maskNonProseInSteps(text, markdown);
  const structure: DocumentStructure = {
    sections: yield* findSectionsInSteps(prose, markdown?.headings),
    // plain text: pipe tables, and tables whose columns are aligned with spaces
    tables: markdown ? markdown.tables : [...pipeTables(prose, text), ...alignedTables(prose)].sort((a, b) => a.start - b.start),
  };
  const blocks = yield* splitBlocksInSteps(prose);
  // each block's text, a slice of the document's text where the mask left it as written: a slice keeps
  // its whole string alive, and the document's text stays anyway while the masked one (as large) need not
  const texts: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const masked = prose.slice(blocks[i].start, blocks[i].end);
    const written = prose === text ? masked : text.slice(blocks[i].start, blocks[i].end);
    texts.push(masked === written ? written : ownCopy(masked));
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
  }
  const previous = options.cache && options.cache.engine === engine ? options.cache : undefined;
  const reuse = previous ? previous.matcher(texts) : () => -1;
  yield;
  const results: BlockResult[] = [];
  const placed: EntityMention[][] = [];
  const entities: EntityMention[] = [];
  const tentative = new Map<number, Tentative>();
  const figures: Figure[] = [];
  const pending = new Map<number, PendingSubject>();
  /** Where the mentions a paragraph named only as an investor or a base start. */
  const sidelined = new Set<number>();
  const versionSubjects = new Map<number, string>();
  const unassessed: StatusReason = { kind: 'none' };
  // a name is written the same way thousands of times in a long document: one string for each spelling
  const spellings = new Map<string, string>();

  // every object is built once, with all its fields, in document order
  // first the blocks that changed, a group at a time (a pause between groups)
  const was = blocks.map((_, i) => reuse(i));
  yield;
  const fresh = new Map<number, BlockResult>();
  const memo: SegmentationMemo = { cuts: new Map(), tags: new Map() };
  const todo = was.flatMap((w, i) => (w < 0 ? [i] : []));
  for (let g = 0; g < todo.length; g += BLOCKS_PER_STEP) {
    const group = todo.slice(g, g + BLOCKS_PER_STEP);
    analyzeBlocks(group.map((i) => texts[i]), engine, memo).forEach((r, k) => fresh.set(group[k], r));
    if (g + BLOCKS_PER_STEP < todo.length) yield;
  }

  for (let i = 0; i < blocks.length; i++) {
    results.push(fresh.get(i) ?? previous!.results[was[i]]);
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
  }
  // names the document gives entities by their form, read again in the blocks that write them outside a mention
  const finals = results.slice();
  const namesKeys: string[] = new Array(blocks.length).fill('');
  // (a block read with the same names as before keeps its cached reading)
  const readAgain = function* (needs: Iterable<[number, DocumentName[]]>): Steps<void> {
    const redo: number[] = [];
    const redoNames: DocumentName[][] = [];
    for (const [i, list] of needs) {
      const key = namesKeyOf(list);
      namesKeys[i] = key;
      if (was[i] >= 0 && previous!.namesKeys[was[i]] === key) finals[i] = previous!.finals[was[i]];
      else { redo.push(i); redoNames.push(list); }
    }
    for (let g = 0; g < redo.length; g += BLOCKS_PER_STEP) {
      const group = redo.slice(g, g + BLOCKS_PER_STEP);
      analyzeBlocks(group.map((i) => texts[i]), engine, memo, redoNames.slice(g, g + BLOCKS_PER_STEP)).forEach((r, k) => { finals[group[k]] = r; });
      yield;
    }
  };
  // (the names a table's columns give, then those a list gives by the names beside them)
  const given = tableNames(structure.tables, engine.kb);
  // (a pass over every block, as the document's other name passes: it pauses as they do, so a huge document's
  // reading never holds up another document's)
  for (let i = 0; i < results.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    if (results[i].entities.length > 1) given.push(...listedNames(texts[i], results[i].entities, engine.kb));
  }
  yield;
  given.push(...enumeratedNames(texts, results.map((r) => r.entities), engine.kb));
  // (and a shop's page names its product in its title or its 商品名称 field)
  // (a sale's page of several products names each in its section's heading, and none is the page's)
  const sections = shopPageProducts(prose);
  const shop = shopPageProduct(prose, sections);
  const soldId = shop ? `product:${aliasKey(shop.name)}` : undefined;
  if (shop && soldId) given.push({ written: shop.name, kind: 'product', entityId: soldId });
  for (const sold of sections) given.push({ written: sold.name, kind: 'product', entityId: `product:${aliasKey(sold.name)}` });
  const named = yield* documentNamesInSteps(results, texts, previous?.nameSearch, given, unitNameWithoutParent(engine.kb));
  if (named) yield* readAgain(named.needs);
  // then the codes of the names found so far (X9 after 曦岳X9), read again with the block's other names
  const coded = yield* nameCodesInSteps(finals, texts, engine.kb);
  if (coded) yield* readAgain([...coded].map(([i, codes]): [number, DocumentName[]] => [i, [...(named?.needs.get(i) ?? []), ...codes]]));

  /** The price list a line above declared (主流模型API价格一览（元/百万tokens，输入/输出）), while its lines run on. */
  let declared: (NonNullable<ReturnType<typeof declaredPrices>> & { end: number }) | undefined;
  for (let i = 0; i < blocks.length; i++) {
    if (i % (PAUSE_EVERY / 4) === PAUSE_EVERY / 4 - 1) yield;
    const b = blocks[i];
    const result = finals[i];
    // a block that has not moved keeps its mention objects (an edit leaves everything before it in place)
    let mine = was[i] >= 0 && previous!.starts[was[i]] === b.start && previous!.finals[was[i]] === result ? previous!.placed[was[i]] : undefined;
    if (!mine) {
      const built: EntityMention[] = [];
      for (const e of result.entities) {
        const start = b.start + e.start, end = b.start + e.end;
        if (!isWholeSpan(text, start, end)) continue;
        const written = text.slice(start, end);
        let spelled = spellings.get(written);
        if (spelled === undefined) spellings.set(written, (spelled = written));
        built.push({ start, end, text: spelled, kind: e.kind, entityId: e.entityId, canonical: e.canonical, vendorId: e.vendorId, via: e.via });
      }
      mine = built.length ? built : NO_MENTIONS;
    }
    placed.push(mine as EntityMention[]);
    for (const e of result.entities) if (e.sidelined) sidelined.add(b.start + e.start);
    if (result.entities.some((e) => e.tentative)) {
      for (const e of result.entities) {
        if (!e.tentative) continue;
        const k = mine.findIndex((m) => m.start === b.start + e.start && m.end === b.start + e.end);
        if (k >= 0) tentative.set(entities.length + k, { familyChoices: e.familyChoices, versionKey: e.versionKey });
      }
    }
    for (const m of mine) entities.push(m);
    // (a list's lines run on with no blank line between them; a block may end with its line break or before it)
    if (declared && (text.slice(declared.end - 1, b.start).match(/\n/g)?.length ?? 0) >= 2) declared = undefined;
    // (its amounts replace what the line read alone made of them: 59.9 with no unit, 68起 as a count)
    const listed = declared ? pricesOnListLine(text.slice(b.start, b.end), mine.map((m) => ({ ...m, start: m.start - b.start, end: m.end - b.start })), declared) : undefined;
    if (listed) for (const f of listed) {
      const start = b.start + f.start, end = b.start + f.end;
      figures.push({
        kind: 'figure', start, end, text: text.slice(start, end), value: f.value, unit: f.unit, qualifier: f.qualifier, attribute: 'price', subjectId: f.subjectId,
        per: f.per, facet: f.facet, why: { subject: 'list line', attribute: `declared ${declared!.written}` }, status: 'unverified', statusReason: unassessed,
      });
    }
    if (declared) declared.end = b.end;
    const declaring = declaredPrices(text.slice(b.start, b.end));
    if (declaring) declared = { ...declaring, end: b.end };
    for (const f of listed ? [] : result.figures) {
      const start = b.start + f.start, end = b.start + f.end;
      if (!isWholeSpan(text, start, end)) continue;
      // (a unit the number does not write, read from the next cell, does not make it a quantity: | 1 | 大模型一体机 |)
      if (structure.tables.length && f.value === Math.trunc(f.value) && (!f.unit || /^[\d\s,.]+$/.test(text.slice(start, end))) && isTableLabel(structure.tables, text, start, end)) continue;
      if (f.pending) pending.set(figures.length, f.pending);
      if (f.subjectId?.startsWith(VERSION_PLACEHOLDER)) {
        const [s, e] = f.subjectId.slice(1).split(':').map(Number);
        versionSubjects.set(figures.length, `${b.start + s}:${b.start + e}`);
      }
      // its rate and its explanation are the block's objects, shared (the document step replaces a figure's, never changes one)
      figures.push({
        kind: 'figure', start, end, text: text.slice(start, end), value: f.value, unit: f.unit, qualifier: f.qualifier, range: f.range,
        ambiguity: f.ambiguity, attribute: f.attribute, subjectId: f.subjectId, per: f.per, tolerance: f.tolerance, why: f.why,
        benchmark: f.benchmark, scope: f.scope, facet: f.facet, nonClaim: f.nonClaim, source: f.source, status: 'unverified', statusReason: unassessed,
      });
    }
  }

  // (merged in text order; what is keyed by a figure's index moves with it)
  const yearLike = measuredYearCells(figures, structure.tables, text);
  if (yearLike.length) {
    const all = [...figures, ...yearLike];
    const order = all.map((_, i) => i).sort((a, b) => all[a].start - all[b].start || a - b);
    const moved = new Map(order.map((old, now) => [old, now]));
    figures.length = 0;
    for (const i of order) figures.push(all[i]);
    reindex(pending, moved);
    reindex(versionSubjects, moved);
  }
  applyColumnUnits(figures, structure.tables, text);
  yield;
  const kept = withoutNewsOutlets(text, yield* resolveTentative(text, entities, tentative, engine.kb, structure), figures, pending);
  yield* shortNamesOfLonger(kept, figures);
  if (versionSubjects.size) {
    // a version written alone is the subject once the document has settled which family it belongs to
    // (only the spans asked for are keyed: a huge document has hundreds of thousands of mentions)
    const asked = new Set(versionSubjects.values());
    const askedStarts = new Set([...asked].map((span) => Number(span.split(':')[0])));
    const at = new Map<string, string>();
    for (let k = 0; k < kept.length; k++) {
      const e = kept[k];
      if (askedStarts.has(e.start) && asked.has(`${e.start}:${e.end}`)) at.set(`${e.start}:${e.end}`, e.entityId);
      if (k % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    }
    for (const [i, span] of versionSubjects) {
      const id = at.get(span);
      figures[i].subjectId = id;
      if (!id) { pending.set(i, { kind: 'topic' }); figures[i].why = { ...figures[i].why, subject: 'topic' }; }
    }
  }
  yield;
  yield* settleClaimsInSteps({
    text: prose, figures, pending, entities: kept, structure, cues: bundledCues(), sidelined,
    familyOf: familyIn(engine.kb),
    parentOf: (id) => { const r = engine.kb.get(id); return r?.kind === 'vendor' ? r.parent : undefined; },
    soldId,
    hardware: hardwareIn(engine.kb),
    servesModels: (id) => { const r = engine.kb.get(id); return r?.kind === 'vendor' ? r.type === 'cloud' : r?.kind === 'product' && SERVING_CATEGORIES.has(r.category); },
    dataset: (id) => { const r = engine.kb.get(id); return r?.kind === 'product' && r.category === 'dataset'; },
  });
  yield;
  if (options.learnedAttributes !== false) yield* reviseAttributesInSteps(text, figures, bundledAttributeModel());
  const marks = options.verifications?.(figures, text);
  yield;
  const lists = [...structure.tables, ...(yield* listRunsInSteps(prose))];
  // (a figure whose attribute no word of its own gave takes the one a fact gives its very value: R1可是671B, 花了557.6万美元)
  for (const f of figures) {
    const sibling = attributeByFact(engine.kb, f);
    if (sibling) { f.attribute = sibling; f.why = { ...f.why, attribute: `fact ${sibling}` }; }
  }
  if (options.learnedSubjects !== false) yield* reviseSubjectsInSteps(text, figures, kept, bundledSubjectModel());
  const statuses = yield* assignStatusesInSteps(figures, engine.kb, {
    verified: marks?.verified, stale: marks?.stale, external: options.external, text: prose, lists, ambiguous: familiesOfSeveral(kept, engine.kb),
    carried: carriedAcrossSentences(prose, figures, kept),
  });
  yield;
  figures.forEach((f, i) => {
    f.status = statuses[i].status;
    f.statusReason = statuses[i].reason;
    if (marks?.ignored?.has(i)) f.ignored = true;
    if (marks?.stale.has(i)) f.staleRecordId = marks.stale.get(i);
  });

  const cache = new BlockCache(engine, texts, results, blocks.map((b) => b.start), placed, markdown, finals, namesKeys, named?.search);
  const analysis: Analysis = {
    length: text.length,
    entities: kept,
    figures,
    sections: structure.sections,
    tables: structure.tables,
    segmented: !!engine.segmenter,
  };
  return { analysis, cache };
}
