// Epoch AI's "Notable AI Models" CSV as knowledge data: one model per row (or facts for a model
// the hand-written data already has), its organisations as vendors (mapped onto existing vendor
// ids), and each number of the row as a fact citing the row's primary source, with Epoch AI as
// publisher, the model's publication date and the date the CSV was retrieved. The result is a
// knowledge document of its own (generated, never edited by hand); names people write in Chinese
// and the mapping of organisations come from a hand-written map file.
import { parse } from 'csv-parse/sync';
import * as OpenCC from 'opencc-js/cn2t';
import type { FactData, FactSource, KnowledgeDocument, ModelData, VendorData } from '../analysis/knowledge.ts';
import { aliasKey, KnowledgeBase } from '../analysis/knowledge.ts';

export const EPOCH_PUBLISHER = 'Epoch AI';
export const EPOCH_ATTRIBUTION = 'Data: Epoch AI (epoch.ai), CC BY 4.0';
export const EPOCH_DATA_URL = 'https://epoch.ai/data/notable-ai-models';

/** A vendor the map defines (an organisation the hand-written data lacks). */
export interface OrganizationEntry {
  id?: string;
  /** Simplified Chinese name; the traditional one is converted from it unless given. */
  zh?: string;
  hant?: string;
  en?: string;
  aliases?: string[];
  contextAliases?: string[];
  type?: string;
  country?: string;
  parent?: string;
}

/** How one Epoch model row becomes a model: an existing id, or names for a new entry. */
export interface ModelEntry {
  /** An existing model: the row adds facts to it. */
  id?: string;
  zh?: string;
  hant?: string;
  /** The name as written in English, when Epoch's is a description (Qwen2.5 Instruct (72B)). */
  en?: string;
  aliases?: string[];
  contextAliases?: string[];
  family?: string;
  version?: string;
  /** The name is an everyday technical term (Transformer, LSTM): the model is kept, its name is not matched in text. */
  generic?: boolean;
}

export interface EpochMap {
  /** Epoch organisation → existing vendor id, or a new vendor. */
  organizations: Record<string, string | OrganizationEntry>;
  /** Epoch model name → existing model id, or names for the new model. */
  models: Record<string, string | ModelEntry>;
  /** Model names that are everyday technical terms, never matched in running text. */
  generic?: string[];
}

export interface ImportOptions {
  /** When the CSV was downloaded (YYYY-MM-DD): every fact's source.retrieved. */
  retrieved: string;
  /** The hand-written knowledge the import maps onto (never changed by it). */
  existing: KnowledgeDocument[];
}

export interface ImportReport {
  rows: number;
  /** Rows whose model already exists in the hand-written data (facts only). */
  mapped: number;
  newModels: number;
  newVendors: number;
  facts: number;
  /** Rows of organisations in China (or Hong Kong, Taiwan) and how many the map covers. */
  chineseRows: number;
  chineseRowsMapped: number;
  /** Problems that make the import unusable (an unmapped Chinese row, a map entry pointing nowhere). */
  errors: string[];
  /** Things a maintainer may want to look at. */
  notes: string[];
}

const COUNTRIES: Record<string, string> = {
  'United States of America': 'US', China: 'CN', 'United Kingdom of Great Britain and Northern Ireland': 'GB', Canada: 'CA',
  France: 'FR', Germany: 'DE', 'Korea (Republic of)': 'KR', 'Hong Kong': 'HK', Singapore: 'SG', Switzerland: 'CH', Israel: 'IL',
  Japan: 'JP', Australia: 'AU', Finland: 'FI', 'Saudi Arabia': 'SA', Netherlands: 'NL', 'United Arab Emirates': 'AE', Denmark: 'DK',
  Czechia: 'CZ', India: 'IN', Belgium: 'BE', Italy: 'IT', Sweden: 'SE', Spain: 'ES', Taiwan: 'TW', Austria: 'AT', Poland: 'PL',
  'Iran (Islamic Republic of)': 'IR', Norway: 'NO', Russia: 'RU', Argentina: 'AR', Malaysia: 'MY', Ireland: 'IE', Croatia: 'HR',
};
const CHINESE = new Set(['CN', 'HK', 'TW']);

const MODALITY: Record<string, string> = {
  Language: 'text', Vision: 'image', 'Image generation': 'image', Speech: 'speech', Audio: 'audio', Video: 'video',
  Multimodal: 'multimodal', Biology: 'science', Mathematics: 'science', Medicine: 'science', 'Earth science': 'weather',
  '3D modeling': '3d',
};

export interface EpochRow {
  name: string;
  organizations: string[];
  countries: string[];
  categories: string[];
  published?: string;
  domains: string[];
  task: string;
  parameters?: number;
  parametersNotes: string;
  compute?: number;
  datasetSize?: number;
  datasetNotes: string;
  confidence: string;
  links: string[];
  reference: string;
  hours?: number;
  hoursNotes: string;
  computeNotes: string;
  hardware: string;
  hardwareQuantity?: number;
  cost?: number;
  accessibility: string;
}

/** The rows of the CSV, cells trimmed (names may end with a line break), numbers parsed, links split. */
export function readEpochCsv(text: string): EpochRow[] {
  const records = parse(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
  const cell = (r: Record<string, string>, k: string) => (r[k] ?? '').replace(/\s+/g, ' ').trim();
  const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
  const num = (s: string) => {
    const v = Number(s);
    return s && Number.isFinite(v) && v > 0 ? v : undefined;
  };
  return records.map((r) => ({
    name: cell(r, 'Model'),
    organizations: list(cell(r, 'Organization')),
    countries: list(cell(r, 'Country (of organization)')),
    categories: list(cell(r, 'Organization categorization')),
    published: partialDate(cell(r, 'Publication date')),
    domains: list(cell(r, 'Domain')),
    task: cell(r, 'Task'),
    parameters: num(cell(r, 'Parameters')),
    parametersNotes: cell(r, 'Parameters notes'),
    compute: num(cell(r, 'Training compute (FLOP)')),
    datasetSize: num(cell(r, 'Training dataset size (gradients)')),
    datasetNotes: cell(r, 'Dataset size notes'),
    confidence: cell(r, 'Confidence'),
    links: links(r['Link'] ?? ''),
    reference: cell(r, 'Reference'),
    hours: num(cell(r, 'Training time (hours)')),
    hoursNotes: cell(r, 'Training time notes'),
    computeNotes: cell(r, 'Training compute notes'),
    hardware: cell(r, 'Training hardware'),
    hardwareQuantity: num(cell(r, 'Hardware quantity')),
    cost: num(cell(r, 'Training compute cost (2023 USD)')),
    accessibility: cell(r, 'Model accessibility'),
  })).filter((r) => r.name);
}

/** 2024-05-13, 2024-05 or 2024 as written; anything else is no date. */
function partialDate(s: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(s);
  if (!m) return undefined;
  return [m[1], m[2]?.padStart(2, '0'), m[3]?.padStart(2, '0')].filter(Boolean).join('-');
}

/** The http(s) links of a cell (several, separated by spaces, commas or line breaks; a bare arxiv.org/… gets https). */
function links(cell: string): string[] {
  const out: string[] = [];
  for (const raw of cell.split(/[\s,;]+/)) {
    const url = raw.replace(/[)\].]+$/, '');
    if (/^https?:\/\/\S+\.\S+/.test(url)) out.push(url);
    else if (/^[a-z0-9-]+(\.[a-z0-9-]+)+\/\S+/i.test(url)) out.push(`https://${url}`);
  }
  return [...new Set(out)];
}

/** A lower-case id part from a name: Qwen2.5-72B → qwen2.5-72b, PanGu-Σ → pangu-σ is not allowed, so pangu. */
export function slug(name: string): string {
  return name.normalize('NFKD').toLowerCase().replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9.+]+/g, '-').replace(/^[-.+]+|[-.+]+$/g, '').replace(/-{2,}/g, '-') || 'x';
}

/** The name without a trailing parenthesis: GPT-4o (Mar 2025) → GPT-4o. */
const withoutNote = (name: string) => name.replace(/\s*\([^()]*\)\s*$/, '').trim();

let toTraditional: ((s: string) => string) | undefined;
function traditional(s: string): string {
  toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' }) as (s: string) => string;
  return toTraditional(s);
}

/** Parameters active per token, when the notes or the name say so (102B, of which 12B active; Qwen3-235B-A22B). */
export function activatedParameters(row: Pick<EpochRow, 'name' | 'parametersNotes'>): number | undefined {
  const scale: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };
  const amount = (n: string, s: string) => Number(n) * scale[s.toLowerCase()];
  const notes = row.parametersNotes;
  const patterns = [
    /(\d+(?:\.\d+)?)\s*([KMBT])\b[^.;,]{0,20}?\b(?:active|activated)\b/i,
    /\b(?:active|activated)(?:\s+parameters?)?(?:\s*(?:of|:|=|is|are))?\s*(\d+(?:\.\d+)?)\s*([KMBT])\b/i,
  ];
  for (const p of patterns) {
    const m = p.exec(notes);
    if (m) return amount(m[1], m[2]);
  }
  const n = /-A(\d+(?:\.\d+)?)([BM])\b/.exec(row.name);
  return n ? amount(n[1], n[2]) : undefined;
}

/** The rows as a knowledge document, with a report of what was mapped and what is missing. */
export function importEpoch(rows: EpochRow[], map: EpochMap, options: ImportOptions): { document: KnowledgeDocument; report: ImportReport } {
  const hand = new KnowledgeBase(options.existing.map((document, i) => ({ document, origin: `existing:${i}` })));
  const report: ImportReport = { rows: rows.length, mapped: 0, newModels: 0, newVendors: 0, facts: 0, chineseRows: 0, chineseRowsMapped: 0, errors: [], notes: [] };
  const vendors = new Map<string, VendorData>();
  const models = new Map<string, ModelData>();
  const facts: FactData[] = [];
  const generic = new Set((map.generic ?? []).map(aliasKey));
  const taken = new Set<string>([...hand.entities.keys()]);

  const existingOfKind = (key: string, kind: 'vendor' | 'model') => hand.aliases.get(key)?.find((e) => hand.get(e.entityId)?.kind === kind)?.entityId;
  const uniqueId = (base: string) => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };

  // organisations → vendor ids
  const vendorIds = new Map<string, string>();
  const vendorFor = (org: string, country: string | undefined, category: string | undefined): string => {
    const known = vendorIds.get(org);
    if (known) return known;
    const entry = map.organizations[org];
    let id: string | undefined;
    if (typeof entry === 'string') {
      id = entry;
      if (!hand.get(id)) report.errors.push(`organisation "${org}" maps to ${id}, which is not in the hand-written data`);
    } else if (entry?.id && (hand.get(entry.id) || vendors.has(entry.id))) {
      id = entry.id; // two spellings of one organisation (UT Austin, University of Texas at Austin)
    } else {
      const bare = withoutNote(org).replace(/,?\s+(Inc\.?|Ltd\.?|Co\.?|Corporation|Corp\.?|Group|Technologies|Technology|Mobile Telecommunications)$/i, '');
      const spelled = [org, withoutNote(org), bare, ...(/\(([^()]+)\)/.exec(org)?.slice(1) ?? []), ...org.split(/\s*\/\s*/)];
      id = entry ? undefined : spelled.map((s) => existingOfKind(aliasKey(s), 'vendor')).find(Boolean);
      if (!id) {
        id = entry?.id ?? uniqueId(`vendor:${slug(entry?.en ?? withoutNote(org))}`);
        taken.add(id);
        const code = entry?.country ?? country;
        const zh = entry?.zh ?? org;
        const vendor: VendorData = {
          id, name: entry?.zh ?? org,
          names: { 'zh-Hans': zh, 'zh-Hant': entry?.hant ?? (entry?.zh ? traditional(entry.zh) : org), en: entry?.en ?? withoutNote(org) },
          country: code && /^[A-Z]{2}$/.test(code) ? code : 'US',
          type: entry?.type ?? vendorType(org, category),
        };
        const aliases = [...new Set([org, ...(entry?.aliases ?? [])])].filter((a) => ![vendor.name, ...Object.values(vendor.names)].includes(a));
        if (aliases.length) vendor.aliases = aliases;
        if (entry?.contextAliases?.length) vendor.contextAliases = entry.contextAliases;
        else if (!entry && looksGeneric(org)) vendor.contextAliases = [org];
        if (entry?.parent) vendor.parent = entry.parent;
        if (!code || !/^[A-Z]{2}$/.test(code)) report.notes.push(`organisation "${org}": no country in the data, US assumed`);
        if (code && CHINESE.has(code) && !entry?.zh) report.errors.push(`Chinese organisation "${org}" has no Chinese name in the map`);
        vendors.set(id, vendor);
        report.newVendors++;
      }
    }
    vendorIds.set(org, id!);
    return id!;
  };

  // stripped names shared by several rows (MMLSTM (WT-2), MMLSTM (PTB)) are no alias of either
  const strippedCount = new Map<string, number>();
  for (const r of rows) strippedCount.set(aliasKey(withoutNote(r.name)), (strippedCount.get(aliasKey(withoutNote(r.name))) ?? 0) + 1);

  // an organisation's country, from the rows where the two lists line up
  const orgCountry = new Map<string, string>();
  for (const r of rows) {
    if (r.countries.length !== r.organizations.length) continue;
    r.organizations.forEach((org, i) => { if (COUNTRIES[r.countries[i]]) orgCountry.set(org, COUNTRIES[r.countries[i]]); });
  }

  for (const row of rows) {
    if (!row.organizations.length) {
      report.notes.push(`"${row.name}": no organisation, left out`);
      continue;
    }
    const countries = row.organizations.map((org) => orgCountry.get(org) ?? (row.organizations.length === 1 ? COUNTRIES[row.countries[0]] : undefined));
    const chinese = countries.some((c) => c && CHINESE.has(c));
    const vendorList = row.organizations.map((org, i) => vendorFor(org, countries[i], row.categories[i]));
    const entry = map.models[row.name];
    if (chinese) report.chineseRows++;

    let modelId: string | undefined;
    if (typeof entry === 'string' || entry?.id) {
      modelId = typeof entry === 'string' ? entry : entry.id!;
      if (!hand.get(modelId) && !models.has(modelId)) {
        report.errors.push(`model "${row.name}" maps to ${modelId}, which does not exist`);
        continue;
      }
    } else if (!entry) {
      modelId = [row.name, withoutNote(row.name)].map((s) => existingOfKind(aliasKey(s), 'model')).find(Boolean);
    }
    if (chinese && !entry && !modelId) report.errors.push(`Chinese model "${row.name}" (${row.organizations.join(', ')}) has no entry in the map`);
    else if (chinese) report.chineseRowsMapped++;
    if (modelId) {
      report.mapped++;
      if (!entry) report.notes.push(`"${row.name}" → ${modelId} (by name)`);
    } else {
      const e = (entry ?? {}) as ModelEntry;
      modelId = uniqueId(`model:${slug(e.en ?? row.name)}`);
      const en = e.en ?? row.name;
      const zh = e.zh ?? en;
      const model: ModelData = {
        id: modelId, name: zh,
        names: { 'zh-Hans': zh, 'zh-Hant': e.hant ?? (e.zh ? traditional(e.zh) : zh), en },
        vendor: vendorList[0],
      };
      const stripped = withoutNote(row.name);
      const aliases = [row.name, ...(e.aliases ?? [])];
      if (stripped !== row.name && strippedCount.get(aliasKey(stripped)) === 1 && !hand.aliases.has(aliasKey(stripped))) aliases.push(stripped);
      const own = new Set([model.name, ...Object.values(model.names)].map(aliasKey));
      const kept = [...new Set(aliases)].filter((a) => !own.has(aliasKey(a)) && !hand.aliases.has(aliasKey(a)));
      if (kept.length) model.aliases = kept;
      if (e.contextAliases?.length) model.contextAliases = e.contextAliases;
      if (e.generic || generic.has(aliasKey(row.name)) || looksGeneric(row.name)) model.genericName = true;
      if (e.family) model.family = e.family;
      if (e.version) model.version = e.version;
      if (row.published) model.released = row.published;
      if (row.parameters) model.parameters = Math.round(row.parameters);
      const modality = [...new Set(row.domains.map((d) => MODALITY[d]).filter(Boolean))];
      if (modality.length) model.modality = modality;
      if (/^Open weights/.test(row.accessibility)) model.openWeights = true;
      else if (/^(Unreleased|API access|Hosted access)/.test(row.accessibility)) model.openWeights = false;
      if (row.links[0]) model.url = row.links[0];
      model.description = `${[row.domains.join(', '), row.task].filter(Boolean).join(': ')}. ${EPOCH_ATTRIBUTION}.`;
      models.set(modelId, model);
      report.newModels++;
    }
    for (const f of rowFacts(row, modelId, options.retrieved)) facts.push(f);
  }
  // a spelling one new entry is named by is no alias of another (MSRA the lab, not MSRA (C, PReLU))
  const named = new Map<string, string>();
  for (const e of [...vendors.values(), ...models.values()]) {
    for (const n of [e.name, ...Object.values(e.names), ...(e.aliases ?? []), ...(e.contextAliases ?? [])]) if (!named.has(aliasKey(n))) named.set(aliasKey(n), e.id);
  }
  for (const e of [...vendors.values(), ...models.values()]) {
    const own = (a: string) => named.get(aliasKey(a)) === e.id;
    if (e.aliases) e.aliases = e.aliases.filter(own);
    if (e.aliases && !e.aliases.length) delete e.aliases;
  }
  report.facts = facts.length;
  const byId = <T extends { id?: string }>(a: T, b: T) => (a.id! < b.id! ? -1 : a.id! > b.id! ? 1 : 0);
  return {
    document: {
      vendors: [...vendors.values()].sort(byId),
      models: [...models.values()].sort(byId),
      facts: facts.sort(byId),
    },
    report,
  };
}

/** An all-capital abbreviation of up to four letters (GSM, LDA, SSD) is an everyday word in technical text. */
function looksGeneric(name: string): boolean {
  return /^[A-Z]{2,4}s?$/.test(name);
}

function vendorType(org: string, category: string | undefined): string {
  if (/universit|college|école|school|institute of technology|\bETH\b|academy of sciences/i.test(org)) return 'university';
  if (/laborator|\blab\b|institute|academy|research|centre|center/i.test(org)) return category === 'Industry' ? 'unit' : 'research-institute';
  return category === 'Academia' ? 'research-institute' : 'company';
}

/** Notes that say a number is a rumour or a guess: such a number is no fact. */
const SPECULATIVE = /speculat|rumou?r|conjectur|unconfirmed|not verified|leak|guess/i;
/** A dataset note that gives a bound or the mixture several models share (more than 30 trillion tokens): no model's own count. */
const SHARED_OR_BOUND = /\b(more than|over|at least|in excess of|upwards of)\s+[\d.,]+\s*(trillion|billion|[TB]\b)|\bdata mixture\b|\bacross (?:all|the) models\b/i;

/** A dataset note that says the count is the data's editor's assumption (Not explicitly mentioned, but I assume the 7.588T tokens…): no source states it. */
const ASSUMED = /\b(?:I|we) assume\b|\bassuming\b|not explicitly (?:mentioned|stated)/i;

/** The first sentence of one of Epoch's notes, short enough for a hover. */
function excerpt(note: string): string | undefined {
  const first = note.replace(/^["“]|["”]$/g, '').split(/(?<=[.!?])\s/)[0].trim();
  if (!first) return undefined;
  return first.length > 160 ? `${first.slice(0, 157)}…` : first;
}

/**
 * The facts of one row: parameters (total and active), tokens, accelerators and days as the
 * primary source states them (its link is the source), and Epoch AI's own estimates of training
 * compute and cost (Epoch's data page is their source). A number whose notes call it a rumour or
 * a guess is left out: a figure must never be "verified" by a rumour.
 */
export function rowFacts(row: EpochRow, subject: string, retrieved: string): FactData[] {
  const common = { publisher: EPOCH_PUBLISHER, ...(row.published ? { published: row.published } : {}), retrieved, attribution: EPOCH_ATTRIBUTION };
  const stated: FactSource = { title: row.reference || row.name, url: row.links[0] ?? EPOCH_DATA_URL, ...common };
  const estimated: FactSource = { title: `Epoch AI, "Data on Notable AI Models": ${row.name}`, url: EPOCH_DATA_URL, ...common };
  const idBase = `epoch:${subject.replace(/^model:/, '')}:${slug(row.name)}`;
  const out: FactData[] = [];
  const add = (attribute: string, value: number, unit: string, source: FactSource, extra: Partial<FactData> = {}) => {
    const fact: FactData = { id: `${idBase}:${attribute}`, subject, attribute, value, unit, ...extra, source };
    if (!fact.note) delete fact.note;
    out.push(fact);
  };
  const speculativeRow = row.confidence === 'Speculative';
  if (row.parameters && !SPECULATIVE.test(row.parametersNotes)) {
    add('parameters', Math.round(row.parameters), '参数', stated, { note: excerpt(row.parametersNotes) });
    const active = activatedParameters(row);
    if (active && active < row.parameters) add('activated_parameters', active, '参数', stated, { note: excerpt(row.parametersNotes) });
  }
  if (row.datasetSize && row.domains.includes('Language') && (!row.datasetNotes || /token/i.test(row.datasetNotes)) && !SPECULATIVE.test(row.datasetNotes) && !SHARED_OR_BOUND.test(row.datasetNotes) && !ASSUMED.test(row.datasetNotes)) {
    add('training_tokens', Math.round(row.datasetSize), 'tokens', stated, { tolerance: 0.05, note: excerpt(row.datasetNotes) });
  }
  const timeIsGuess = speculativeRow || SPECULATIVE.test(row.hoursNotes) || SPECULATIVE.test(row.computeNotes);
  if (row.hardwareQuantity && !timeIsGuess) add('training_gpus', Math.round(row.hardwareQuantity), '张', stated, row.hardware ? { note: row.hardware } : {});
  if (row.hours && !timeIsGuess) add('training_days', Math.round((row.hours / 24) * 10) / 10, '天', stated, { tolerance: 0.05, note: excerpt(row.hoursNotes) });
  if (row.compute && !speculativeRow && !SPECULATIVE.test(row.computeNotes)) {
    add('training_compute', row.compute, 'FLOPs', estimated, { tolerance: 0.1, note: 'training compute as estimated by Epoch AI' });
  }
  if (row.cost && !speculativeRow) add('training_cost', Math.round(row.cost), '美元', estimated, { tolerance: 0.1, note: 'training compute cost as estimated by Epoch AI, in 2023 US dollars' });
  return out;
}
