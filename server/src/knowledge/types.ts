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
export interface FactData {
  id?: string;
  subject: string;
  attribute: string;
  value: number;
  unit: string;
  tolerance?: number;
  source: string;
  url?: string;
  date: string;
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
