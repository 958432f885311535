// The knowledge base as the recognisers use it: every entity by id, every alias in one
// multi-pattern automaton over normalised text, families with their versions, facts by
// subject. Built from plain knowledge documents (bundled data, workspace additions);
// reading and validating files is ../knowledge's business, not this module's.
import { loadBundled } from '../knowledge/index.ts';
import type {
  CompiledIndex, FactData, FactSource, KnowledgeDocument, KnowledgeSource, ModelData, Names, PackedAliasEntry, ProductData, VendorData,
} from '../knowledge/types.ts';
import { AhoCorasick, FastSearch, saveAutomaton } from './automaton.ts';
import { normalize, useSimplifiedTable } from './normalize.ts';
import type { EntityKind } from './types.ts';

export type { CompiledIndex, FactData, FactSource, KnowledgeDocument, KnowledgeSource, ModelData, Names, ProductData, VendorData };

export type EntityRecord =
  | ({ kind: 'vendor' } & VendorData)
  | ({ kind: 'model' } & ModelData)
  | ({ kind: 'product' } & ProductData);

export interface Fact extends Omit<FactData, 'source' | 'url' | 'date'> {
  /** Index in KnowledgeBase.facts; stable for one knowledge base. */
  index: number;
  /** Where the fact came from: 'bundled:…' or a workspace file path. */
  origin: string;
  source: FactSource;
  /** Evidence only with a link: a fact without one is shown but never verifies a figure. */
  unsourced: boolean;
}

/** A fact as the analysis uses it: the source as an object, `unsourced` decided (no http link, or marked so). */
export function toFact(f: FactData, index: number, origin: string): Fact {
  const { url, date, source: written, ...rest } = f;
  const source: FactSource = typeof written === 'string'
    ? { title: written, ...(url ? { url } : {}), ...(date ? { published: date } : {}) }
    : written;
  const linked = !!source.url && /^https?:\/\/\S+$/.test(source.url);
  return { ...rest, source, unsourced: !!f.unsourced || !linked, index, origin };
}

/** When a fact was stated: its source's publication date. */
export function factDate(f: Fact): string | undefined {
  return f.source.published ?? f.source.retrieved;
}

/**
 * Whether a fact was stated more than `months` months before `now` (never when `months` is 0
 * or the date is unknown). A date of only a year or a month counts from its last month.
 */
export function isOutdated(f: Fact, months: number, now: Date = new Date()): boolean {
  const date = factDate(f);
  if (!date || !(months > 0)) return false;
  const [year, month = 12] = date.split('-').map(Number);
  const stated = year * 12 + (month - 1);
  return now.getUTCFullYear() * 12 + now.getUTCMonth() - stated > months;
}

export interface AliasEntry {
  entityId: string;
  /** The alias is also an everyday word: only accepted when context supports it. */
  contextual: boolean;
  /** The alias is written in Latin letters: checked at Latin word boundaries. */
  latin: boolean;
  /** Short Latin aliases (o1, Yi, M6) must match case exactly. */
  caseSensitive: boolean;
  /** The alias as written in the knowledge base. */
  written: string;
  /** The alias normalised with its case kept, for case-sensitive aliases. */
  cased: string;
}

/** Normalised matching key of a name: normalise, lower-case ASCII letters. */
export function aliasKey(alias: string): string {
  return foldCase(normalize(alias).text);
}

/** Lower case as the recognisers compare names: every letter (Σ → σ, Ü → ü) when that keeps the length, else ASCII only. */
export function foldCase(text: string): string {
  const folded = text.toLowerCase();
  return folded.length === text.length ? folded : text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** A version as compared: lower-case, no leading v, no trailing .0, no spaces or hyphens. */
export function versionKey(version: string): string {
  // separators go, except between two numbers (Llama 3-8B is version 3, size 8B, not 38B)
  let v = version.toLowerCase().trim().replace(/(?<=\d)[\s_-]+(?=\d)/g, '-').replace(/[\s_]+|-(?!\d)|(?<!\d)-/g, '').replace(/^v(?=\d)/, '');
  while (/\.0$/.test(v)) v = v.slice(0, -2);
  v = v.replace(/\.0(?=[a-z])/, '');
  return v;
}

/** A version as written on its own (V3, R1-Zero, k1.5): lower-case, no separators, the letter prefix kept. */
export function standaloneVersionKey(version: string): string {
  return version.toLowerCase().replace(/[\s_-]+/g, '');
}


function packEntry(e: AliasEntry): PackedAliasEntry {
  const flags = (e.contextual ? 1 : 0) | (e.latin ? 2 : 0) | (e.caseSensitive ? 4 : 0);
  return e.cased === e.written ? [e.entityId, flags, e.written] : [e.entityId, flags, e.written, e.cased];
}

function unpackEntry([entityId, flags, written, cased]: PackedAliasEntry): AliasEntry {
  return { entityId, contextual: !!(flags & 1), latin: !!(flags & 2), caseSensitive: !!(flags & 4), written, cased: cased ?? written };
}

const NO_PHRASES: readonly string[] = [];

export class KnowledgeBase {
  readonly entities = new Map<string, EntityRecord>();
  readonly facts: Fact[] = [];
  readonly factsBySubject = new Map<string, Fact[]>();
  /** alias key → entries, preferred first. */
  readonly aliases: Map<string, AliasEntry[]>;
  /** family model id → version key → model id. */
  readonly versions = new Map<string, Map<string, string>>();
  /** Versions that can stand alone once their family is known (R1, V3, k1.5): version key → families. */
  readonly versionOwners = new Map<string, string[]>();
  /**
   * Latin stems of families whose own name is never matched (Step for Step-1, Step-2; MiniMax for MiniMax-M1):
   * stem → family, so that a version the knowledge base lacks (Step-4, MiniMax-M3) is still that family's.
   */
  readonly stems = new Map<string, string>();
  /** entity id → models that belong to it (vendor → models, family → versions). */
  readonly modelsOf = new Map<string, string[]>();
  /** Inconsistencies found while merging documents, for the loader to report. */
  readonly problems: string[] = [];
  /** Whether a compiled index was used (for the start-up log and the benchmark). */
  readonly compiled: boolean;
  /** The automaton built here (no compiled index), which `compile` saves. */
  private readonly built?: AhoCorasick;
  private readonly searches: FastSearch[];
  private readonly keys: string[];
  /** entity id → the phrases its names are no mention inside, of the few entities that have any. */
  private readonly excluding = new Map<string, readonly string[]>();

  /**
   * Index the sources, later ones extending earlier ones. With a compiled index of the first
   * sources, only the entities the later sources define or extend are indexed here.
   */
  constructor(sources: KnowledgeSource[], compiled?: CompiledIndex) {
    const usable = !!compiled && compiled.format === 1 && compiled.origins.length <= sources.length &&
      compiled.origins.every((o, i) => sources[i].origin === o);
    this.compiled = usable;
    const preferred = new Map<string, string[]>();
    const later = new Set<string>();
    sources.forEach(({ document, origin }, i) => {
      const fresh = !usable || i >= compiled!.origins.length;
      const add = (entity: EntityRecord) => {
        this.addEntity(entity, origin);
        if (fresh) later.add(entity.id);
      };
      for (const v of document.vendors ?? []) add({ kind: 'vendor', ...v });
      for (const m of document.models ?? []) add({ kind: 'model', ...m });
      for (const p of document.products ?? []) add({ kind: 'product', ...p });
      for (const a of document.ambiguousAliases ?? []) preferred.set(aliasKey(a.alias), a.entities);
      for (const f of document.facts ?? []) {
        const fact = toFact(f, this.facts.length, origin);
        this.facts.push(fact);
        const list = this.factsBySubject.get(f.subject) ?? [];
        list.push(fact);
        this.factsBySubject.set(f.subject, list);
      }
    });
    // the compiled names hold unless a later source changes a compiled entity (then all are indexed
    // again, in order, as without an index); entries are copied, the compiled index is shared
    const compiledIds = usable && later.size ? new Set(compiled!.aliases.flatMap(([, list]) => list.map((e) => e[0]))) : undefined;
    const reuse = usable && ![...later].some((id) => compiledIds!.has(id));
    this.aliases = reuse ? new Map(compiled!.aliases.map(([key, list]) => [key, list.map(unpackEntry)])) : new Map();
    for (const entity of this.entities.values()) {
      if (!reuse || later.has(entity.id)) this.indexNames(entity);
      this.indexRelations(entity);
    }
    for (const [key, order] of preferred) {
      const list = this.aliases.get(key);
      if (list) list.sort((a, b) => rank(order, a.entityId) - rank(order, b.entityId));
    }
    this.keys = [...this.aliases.keys()];
    if (usable) {
      const known = new Set(compiled!.aliases.map(([key]) => key));
      const added = this.keys.filter((k) => !known.has(k));
      // a compiled key a later source dropped (a name made generic) is no longer a name
      const kept = (key: string) => this.aliases.has(key);
      this.searches = [new FastSearch(compiled!.automaton, kept), ...(added.length ? [new FastSearch(new AhoCorasick(added), kept)] : [])];
    } else {
      this.built = new AhoCorasick(this.keys);
      this.searches = [new FastSearch(this.built)];
    }
    for (const entity of this.entities.values()) if (entity.excludePhrases?.length) this.excluding.set(entity.id, entity.excludePhrases);
  }

  /** The compiled index of this knowledge base (built without one), for `npm run build` to save. */
  compile(origins: string[]): CompiledIndex {
    if (this.compiled || !this.built) throw new Error('compile a knowledge base built from its documents');
    return { format: 1, origins, aliases: [...this.aliases].map(([key, list]) => [key, list.map(packEntry)]), automaton: saveAutomaton(this.built) };
  }

  private addEntity(entity: EntityRecord, origin: string) {
    const existing = this.entities.get(entity.id);
    if (!existing) {
      this.entities.set(entity.id, entity);
      return;
    }
    // a later document (the workspace) extends or corrects an entity: fields override, alias lists merge
    const merged = { ...existing, ...entity } as EntityRecord;
    merged.aliases = union(existing.aliases, entity.aliases);
    merged.contextAliases = union(existing.contextAliases, entity.contextAliases);
    merged.excludePhrases = union(existing.excludePhrases, entity.excludePhrases);
    if (existing.kind !== entity.kind) this.problems.push(`${origin}: ${entity.id} redefined as ${entity.kind}`);
    this.entities.set(entity.id, merged);
  }

  private indexNames(entity: EntityRecord) {
    // a spelling listed as a context alias is context-only, even when it is also the entity's name (小米)
    const contextual = new Set((entity.contextAliases ?? []).map(aliasKey));
    const names = entity.genericName ? [] : [entity.name, entity.names['zh-Hans'], entity.names['zh-Hant'], entity.names.en];
    const firm = [...names, ...(entity.aliases ?? [])];
    const cased = !!entity.casedWord;
    for (const alias of firm) if (!contextual.has(aliasKey(alias))) this.addAlias(alias, entity.id, false, cased);
    for (const alias of entity.contextAliases ?? []) this.addAlias(alias, entity.id, true, cased);
  }

  private indexRelations(entity: EntityRecord) {
    if (entity.kind !== 'model') return;
    this.link(entity.vendor, entity.id);
    if (!entity.family) return;
    this.link(entity.family, entity.id);
    if (!entity.version) return;
    const table = this.versions.get(entity.family) ?? new Map<string, string>();
    const key = versionKey(entity.version);
    if (!table.has(key)) table.set(key, entity.id);
    this.versions.set(entity.family, table);
    const family = this.entities.get(entity.family);
    if (family?.genericName && entity.name.toLowerCase().endsWith(entity.version.toLowerCase())) {
      const stem = entity.name.slice(0, entity.name.length - entity.version.length).replace(/[- ]$/, '');
      if (/^[A-Za-z][A-Za-z0-9]*$/.test(stem)) this.stems.set(stem.toLowerCase(), entity.family);
    }
    const alone = standaloneVersionKey(entity.version);
    if (/^[a-z]{1,2}\d/.test(alone)) {
      const owners = this.versionOwners.get(alone) ?? [];
      if (!owners.includes(entity.family)) owners.push(entity.family);
      this.versionOwners.set(alone, owners);
    }
  }

  private link(owner: string, modelId: string) {
    const list = this.modelsOf.get(owner) ?? [];
    if (!list.includes(modelId)) list.push(modelId);
    this.modelsOf.set(owner, list);
  }

  private addAlias(alias: string, entityId: string, contextual: boolean, casedWord = false) {
    const key = aliasKey(alias.trim());
    if (key.length < 2 && !/[A-Za-z0-9]/.test(key)) return; // a single CJK character is never a name
    if (!key) return;
    const latin = /^[\x20-\x7e·.]+$/.test(key);
    const list = this.aliases.get(key) ?? [];
    const existing = list.find((e) => e.entityId === entityId);
    if (existing) {
      existing.contextual &&= contextual;
      return;
    }
    // (a short Latin name, GLM or o1, and a name that is also an English word, Runway, only as written)
    const caseSensitive = latin && (key.replace(/[^a-z]/g, '').length <= 2 || (casedWord && /^[A-Za-z]+$/.test(alias.trim())));
    list.push({ entityId, contextual, latin, caseSensitive, written: alias.trim(), cased: normalize(alias.trim()).text });
    this.aliases.set(key, list);
  }

  get(id: string): EntityRecord | undefined {
    return this.entities.get(id);
  }

  /** The phrases an entity's names are no mention inside (asked for every name found: a small table, not the entity records). */
  excludePhrases(id: string): readonly string[] {
    return this.excluding.get(id) ?? NO_PHRASES;
  }

  kindOf(id: string): EntityKind | undefined {
    return this.entities.get(id)?.kind;
  }

  /** The vendor an entity belongs to (itself for a vendor). */
  vendorOf(id: string): string | undefined {
    const e = this.entities.get(id);
    if (!e) return undefined;
    if (e.kind === 'vendor') return e.id;
    return e.vendor;
  }

  /** Whether a model id is a family that has versions. */
  isFamily(id: string): boolean {
    return this.versions.has(id) || (this.modelsOf.get(id)?.length ?? 0) > 0 && this.entities.get(id)?.kind === 'model';
  }

  /** Every occurrence of every alias key in a lower-cased normalised text. */
  findAliases(lowerText: string): Array<{ start: number; end: number; key: string }> {
    if (!this.keys.length) return [];
    const hits: Array<{ start: number; end: number; key: string }> = [];
    for (const search of this.searches) search.forEachMatch(lowerText, (start, end, key) => { hits.push({ start, end, key }); });
    return this.searches.length > 1 ? hits.sort((a, b) => a.end - b.end || a.start - b.start) : hits;
  }
}

function rank(order: string[], id: string) {
  const i = order.indexOf(id);
  return i < 0 ? order.length : i;
}

function union(a?: string[], b?: string[]): string[] | undefined {
  if (!a && !b) return undefined;
  return [...new Set([...(a ?? []), ...(b ?? [])])];
}

/** The bundled knowledge base plus any workspace documents (later sources extend earlier ones). */
export function buildKnowledgeBase(extra: readonly KnowledgeSource[] = []): KnowledgeBase {
  const { sources, index, simplified } = loadBundled();
  if (simplified) useSimplifiedTable(simplified);
  return new KnowledgeBase([...sources, ...extra], index);
}
