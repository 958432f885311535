// The knowledge base as the recognisers use it: every entity by id, every alias in one
// multi-pattern automaton over normalised text, families with their versions, facts by
// subject. Built from plain knowledge documents (bundled data, workspace additions);
// reading and validating files is ../knowledge's business, not this module's.
import { AhoCorasick } from '@monyone/aho-corasick/fast';
import { BUNDLED_SOURCES } from '../knowledge/index.ts';
import type { FactData, KnowledgeDocument, KnowledgeSource, ModelData, Names, ProductData, VendorData } from '../knowledge/types.ts';
import { normalize } from './normalize.ts';
import type { EntityKind } from './types.ts';

export type { FactData, KnowledgeDocument, KnowledgeSource, ModelData, Names, ProductData, VendorData };

export type EntityRecord =
  | ({ kind: 'vendor' } & VendorData)
  | ({ kind: 'model' } & ModelData)
  | ({ kind: 'product' } & ProductData);

export interface Fact extends FactData {
  /** Index in KnowledgeBase.facts; stable for one knowledge base. */
  index: number;
  /** Where the fact came from: 'bundled' or a workspace file path. */
  origin: string;
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
  return normalize(alias).text.replace(/[A-Z]/g, (c) => c.toLowerCase());
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


export class KnowledgeBase {
  readonly entities = new Map<string, EntityRecord>();
  readonly facts: Fact[] = [];
  readonly factsBySubject = new Map<string, Fact[]>();
  /** alias key → entries, preferred first. */
  readonly aliases = new Map<string, AliasEntry[]>();
  /** family model id → version key → model id. */
  readonly versions = new Map<string, Map<string, string>>();
  /** Versions that can stand alone once their family is known (R1, V3, k1.5): version key → families. */
  readonly versionOwners = new Map<string, string[]>();
  /** entity id → models that belong to it (vendor → models, family → versions). */
  readonly modelsOf = new Map<string, string[]>();
  /** Inconsistencies found while merging documents, for the loader to report. */
  readonly problems: string[] = [];
  private readonly automaton: AhoCorasick;
  private readonly keys: string[];

  constructor(sources: KnowledgeSource[]) {
    const preferred = new Map<string, string[]>();
    for (const { document, origin } of sources) {
      for (const v of document.vendors ?? []) this.addEntity({ kind: 'vendor', ...v }, origin);
      for (const m of document.models ?? []) this.addEntity({ kind: 'model', ...m }, origin);
      for (const p of document.products ?? []) this.addEntity({ kind: 'product', ...p }, origin);
      for (const a of document.ambiguousAliases ?? []) preferred.set(aliasKey(a.alias), a.entities);
      for (const f of document.facts ?? []) {
        const fact: Fact = { ...f, index: this.facts.length, origin };
        this.facts.push(fact);
        const list = this.factsBySubject.get(f.subject) ?? [];
        list.push(fact);
        this.factsBySubject.set(f.subject, list);
      }
    }
    for (const entity of this.entities.values()) this.indexEntity(entity);
    for (const [key, order] of preferred) {
      const list = this.aliases.get(key);
      if (list) list.sort((a, b) => rank(order, a.entityId) - rank(order, b.entityId));
    }
    this.keys = [...this.aliases.keys()];
    this.automaton = new AhoCorasick(this.keys);
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

  private indexEntity(entity: EntityRecord) {
    // a spelling listed as a context alias is context-only, even when it is also the entity's name (小米)
    const contextual = new Set((entity.contextAliases ?? []).map(aliasKey));
    const firm = [entity.name, entity.names['zh-Hans'], entity.names['zh-Hant'], entity.names.en, ...(entity.aliases ?? [])];
    for (const alias of firm) if (!contextual.has(aliasKey(alias))) this.addAlias(alias, entity.id, false);
    for (const alias of entity.contextAliases ?? []) this.addAlias(alias, entity.id, true);
    if (entity.kind === 'model') {
      this.link(entity.vendor, entity.id);
      if (entity.family) {
        this.link(entity.family, entity.id);
        if (entity.version) {
          const table = this.versions.get(entity.family) ?? new Map<string, string>();
          const key = versionKey(entity.version);
          if (!table.has(key)) table.set(key, entity.id);
          this.versions.set(entity.family, table);
          const alone = standaloneVersionKey(entity.version);
          if (/^[a-z]{1,2}\d/.test(alone)) {
            const owners = this.versionOwners.get(alone) ?? [];
            if (!owners.includes(entity.family)) owners.push(entity.family);
            this.versionOwners.set(alone, owners);
          }
        }
      }
    }
  }

  private link(owner: string, modelId: string) {
    const list = this.modelsOf.get(owner) ?? [];
    if (!list.includes(modelId)) list.push(modelId);
    this.modelsOf.set(owner, list);
  }

  private addAlias(alias: string, entityId: string, contextual: boolean) {
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
    const caseSensitive = latin && key.replace(/[^a-z]/g, '').length <= 2;
    list.push({ entityId, contextual, latin, caseSensitive, written: alias.trim(), cased: normalize(alias.trim()).text });
    this.aliases.set(key, list);
  }

  get(id: string): EntityRecord | undefined {
    return this.entities.get(id);
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
    return this.automaton.matchInText(lowerText).map((m) => ({ start: m.begin, end: m.end, key: m.keyword }));
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
  return new KnowledgeBase([...BUNDLED_SOURCES, ...extra]);
}
