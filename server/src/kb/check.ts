// What `ai-annotate kb` reports about knowledge documents: counts (stats), problems (check:
// schema, unique ids, references that resolve, aliases two entities share without saying so,
// facts without a link that are not marked unsourced) and what a name resolves to (find).
import Ajv from 'ajv';
import { aliasKey, toFact, type EntityRecord, type Fact, type KnowledgeBase, type KnowledgeSource } from '../analysis/knowledge.ts';
import { findEntities } from '../analysis/entities.ts';
import { knowledgeSchema } from '../knowledge/index.ts';

export interface SourceCounts {
  vendors: number;
  models: number;
  products: number;
  /** Facts that can verify a figure: each has a source with a link. */
  facts: number;
  factsWithUrl: number;
  /** Facts kept for reference without a findable link; they never verify a figure. */
  unsourcedFacts: number;
}

export interface KnowledgeStats extends SourceCounts {
  /** The same counts per knowledge document (bundled:cn, bundled:epoch-ai, a workspace file …). */
  bySource: Record<string, SourceCounts>;
  /** Facts by the publisher of their source (Epoch AI, arXiv, …). */
  byPublisher: Record<string, number>;
}

/** Counts after merging: an entity defined in two documents counts once, for the first. */
export function knowledgeStats(sources: readonly KnowledgeSource[]): KnowledgeStats {
  const seen = new Map<string, string>();
  const empty = (): SourceCounts => ({ vendors: 0, models: 0, products: 0, facts: 0, factsWithUrl: 0, unsourcedFacts: 0 });
  const total = empty();
  const bySource: Record<string, SourceCounts> = {};
  const byPublisher: Record<string, number> = {};
  for (const { document, origin } of sources) {
    const counts = (bySource[origin] ??= empty());
    for (const [kind, list] of [['vendors', document.vendors], ['models', document.models], ['products', document.products]] as const) {
      for (const e of list ?? []) {
        if (seen.has(e.id)) continue;
        seen.set(e.id, origin);
        counts[kind]++;
        total[kind]++;
      }
    }
    (document.facts ?? []).forEach((f, i) => {
      const fact = toFact(f, i, origin);
      for (const c of [counts, total]) {
        if (fact.unsourced) c.unsourcedFacts++;
        else c.facts++;
        if (fact.source.url) c.factsWithUrl++;
      }
      if (!fact.unsourced) byPublisher[fact.source.publisher ?? '?'] = (byPublisher[fact.source.publisher ?? '?'] ?? 0) + 1;
    });
  }
  return { ...total, bySource, byPublisher };
}

export interface CheckResult {
  errors: string[];
  warnings: string[];
}

const ajv = new Ajv({ allErrors: true, strict: false });
let validate: ReturnType<typeof ajv.compile> | undefined;

/**
 * Problems of a set of knowledge documents, the bundled ones first. A later document may extend
 * an entity of an earlier one (that is how a workspace corrects the bundled knowledge); two
 * bundled documents defining one id is an error.
 */
export function checkKnowledge(sources: readonly KnowledgeSource[], kb: KnowledgeBase): CheckResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  validate ??= ajv.compile(knowledgeSchema);
  const defined = new Map<string, string>();
  for (const { document, origin } of sources) {
    if (!validate(document)) for (const e of validate.errors ?? []) errors.push(`${origin}: schema: ${e.instancePath || '/'} ${e.message}`);
    const bundled = origin.startsWith('bundled:');
    const here = new Set<string>();
    for (const e of [...(document.vendors ?? []), ...(document.models ?? []), ...(document.products ?? [])]) {
      if (here.has(e.id)) errors.push(`${origin}: ${e.id} is defined twice`);
      here.add(e.id);
      const first = defined.get(e.id);
      if (first && first !== origin && bundled) errors.push(`${origin}: ${e.id} is already defined in ${first}`);
      if (!first) defined.set(e.id, origin);
    }
  }
  const kindOf = (id: string) => kb.get(id)?.kind;
  const expect = (origin: string, what: string, id: string | undefined, kind: EntityRecord['kind']) => {
    if (id && kindOf(id) !== kind) errors.push(`${origin}: ${what} ${id} is not a known ${kind}`);
  };
  const declared = new Set<string>();
  for (const { document, origin } of sources) {
    for (const v of document.vendors ?? []) expect(origin, `${v.id}: parent`, v.parent, 'vendor');
    for (const m of document.models ?? []) {
      expect(origin, `${m.id}: vendor`, m.vendor, 'vendor');
      expect(origin, `${m.id}: family`, m.family, 'model');
    }
    for (const p of document.products ?? []) expect(origin, `${p.id}: vendor`, p.vendor, 'vendor');
    (document.facts ?? []).forEach((f, i) => {
      const label = f.id ?? `facts/${i}`;
      if (!kb.get(f.subject)) errors.push(`${origin}: fact ${label}: subject ${f.subject} is not known`);
      const fact = toFact(f, i, origin);
      if (!fact.source.url && !f.unsourced) errors.push(`${origin}: fact ${label} (${f.subject} ${f.attribute}) has no link: add source.url or mark it "unsourced": true`);
      if (fact.source.url && f.unsourced) warnings.push(`${origin}: fact ${label} has a link but is marked unsourced`);
      if (!fact.source.published && !fact.source.retrieved) warnings.push(`${origin}: fact ${label} has no date`);
    });
    for (const a of document.ambiguousAliases ?? []) {
      declared.add(aliasKey(a.alias));
      for (const id of a.entities) if (!kb.get(id)) errors.push(`${origin}: ambiguous alias "${a.alias}": ${id} is not known`);
    }
  }
  for (const [key, entries] of kb.aliases) {
    const owners = [...new Set(entries.map((e) => e.entityId))];
    if (owners.length > 1 && !declared.has(key)) errors.push(`alias "${entries[0].written}" is shared by ${owners.join(', ')}: declare it in ambiguousAliases or drop it from all but one`);
  }
  return { errors, warnings };
}

export interface FoundEntity {
  id: string;
  kind: EntityRecord['kind'];
  name: string;
  names: EntityRecord['names'];
  aliases: string[];
  vendor?: string;
  family?: string;
  /** How the name was found: an alias as written, or the recogniser (a version of a known family). */
  via: 'alias' | 'recogniser';
  facts: Array<Pick<Fact, 'attribute' | 'value' | 'unit' | 'source' | 'unsourced' | 'note' | 'origin'>>;
}

/** A name the recogniser reads as a whole entity the knowledge base lacks (a version or a pattern), with the id it gets. */
export function recognisedUnknown(kb: KnowledgeBase, name: string): { id: string; kind: EntityRecord['kind'] } | undefined {
  const text = name.trim();
  const whole = findEntities(text, kb).find((m) => m.start === 0 && m.end === text.length && !kb.get(m.entityId));
  return whole && whole.entityId ? { id: whole.entityId, kind: whole.kind } : undefined;
}

/** What a name resolves to: every entity an alias of that spelling names, else what the recogniser makes of the whole name. */
export function findName(kb: KnowledgeBase, name: string): FoundEntity[] {
  const describe = (id: string, via: FoundEntity['via']): FoundEntity | undefined => {
    const e = kb.get(id);
    if (!e) return undefined;
    return {
      id, kind: e.kind, name: e.name, names: e.names, aliases: e.aliases ?? [], via,
      vendor: e.kind === 'vendor' ? e.parent : e.vendor, family: e.kind === 'model' ? e.family : undefined,
      facts: (kb.factsBySubject.get(id) ?? []).map(({ attribute, value, unit, source, unsourced, note, origin }) => ({ attribute, value, unit, source, unsourced, note, origin })),
    };
  };
  const direct = [...new Set((kb.aliases.get(aliasKey(name.trim())) ?? []).map((e) => e.entityId))];
  if (direct.length) return direct.map((id) => describe(id, 'alias')).filter((x): x is FoundEntity => !!x);
  const whole = findEntities(name.trim(), kb).filter((m) => m.start === 0 && m.end === name.trim().length);
  return whole.map((m) => describe(m.entityId, 'recogniser')).filter((x): x is FoundEntity => !!x);
}
