// The knowledge documents as data: what the bundled files and a workspace's knowledge.json hold
// (their JSON Schema is schema/knowledge.schema.json). The engine indexes them (../analysis/knowledge.ts).

export interface Names { 'zh-Hans': string; 'zh-Hant': string; en: string }

export interface EntityCommon {
  id: string;
  name: string;
  names: Names;
  aliases?: string[];
  contextAliases?: string[];
  excludePhrases?: string[];
  /** The name is an everyday technical term (Transformer, LSTM): only the aliases are matched in text. */
  genericName?: boolean;
  /** Its Latin names are also English words (Runway, Cursor): matched only as written, capitals included. */
  casedWord?: boolean;
  description?: string;
  url?: string;
}
export interface VendorData extends EntityCommon {
  country: string;
  type: string;
  parent?: string;
  founded?: string;
}
export interface ModelData extends EntityCommon {
  vendor: string;
  family?: string;
  version?: string;
  released?: string;
  parameters?: number;
  modality?: string[];
  openWeights?: boolean;
}
export interface ProductData extends EntityCommon {
  vendor?: string;
  category: string;
  released?: string;
}
/** Where a fact comes from: a publication with its link and dates. */
export interface FactSource {
  /** The page, paper or announcement (http or https). */
  url?: string;
  /** Who published it: a company, a journal, a database (Epoch AI). */
  publisher?: string;
  title: string;
  /** When it was published (YYYY, YYYY-MM or YYYY-MM-DD). */
  published?: string;
  /** When it was read, for pages that change. */
  retrieved?: string;
  /** A credit the source's license requires wherever the fact is shown. */
  attribution?: string;
}
export interface FactData {
  id?: string;
  subject: string;
  attribute: string;
  value: number;
  unit: string;
  tolerance?: number;
  /** The source; a plain string is the older form (a citation, with `url` and `date` beside it). */
  source: FactSource | string;
  /** No findable public source: shown, never used to verify a figure. */
  unsourced?: boolean;
  /** Older form: the link of a string source. */
  url?: string;
  /** Older form: when a string source stated the fact. */
  date?: string;
  note?: string;
}
export interface KnowledgeDocument {
  vendors?: VendorData[];
  models?: ModelData[];
  products?: ProductData[];
  facts?: FactData[];
  ambiguousAliases?: Array<{ alias: string; entities: string[]; note?: string }>;
}

/** A knowledge document and where it came from ('bundled:cn', or a workspace file's path). */
export interface KnowledgeSource { document: KnowledgeDocument; origin: string }

/** An alias entry as the compiled index stores it: [entity id, flags (1 contextual, 2 latin, 4 case-sensitive), written, cased when it differs]. */
export type PackedAliasEntry = [string, number, string, string?];

/** The double array of the alias automaton, as JSON holds it (see ../analysis/automaton.ts). */
export interface AutomatonState {
  head: number;
  tail: number;
  base: number[];
  check: number[];
  failure: number[];
  /** Character → code. */
  code: Array<[string, number]>;
  /** Node → the keywords that end there (only nodes that have some). */
  keywords: Array<[number, string[]]>;
}

/**
 * The expensive part of a knowledge base, computed once for the bundled documents (at `npm run
 * build`): every alias key with its entries, and the automaton over the keys.
 */
export interface CompiledIndex {
  format: 1;
  /** The sources it was compiled from, in order: a knowledge base uses it only when its sources begin with these. */
  origins: string[];
  aliases: Array<[string, PackedAliasEntry[]]>;
  automaton: AutomatonState;
}
