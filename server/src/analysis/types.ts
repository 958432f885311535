// The Analysis value and its parts. Offsets are UTF-16 code units into the document text
// as the editor holds it; start inclusive, end exclusive.

import type { Attribute } from '../knowledge/attributes.ts';
import type { DocumentStructure, Section, Table } from './structure.ts';

export type { Attribute };
export type EntityKind = 'vendor' | 'model' | 'product';
export type Qualifier = 'eq' | 'gt' | 'gte' | 'lt' | 'lte' | 'approx';
export type FigureStatus = 'verified' | 'attributed' | 'unverified' | 'conflict';

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** How an entity mention was found. */
export type MentionSource =
  | 'knowledge' // a name or alias of the knowledge base
  | 'version' // a known family with a version attached (盘古3.5, GPT-4o)
  | 'pattern'; // a name the knowledge base lacks (…大模型, …GPT, …科技)

export interface EntityMention extends Span {
  kind: EntityKind;
  entityId: string;
  canonical: string;
  vendorId?: string;
  via: MentionSource;
}

export interface Figure extends Span {
  kind: 'figure';
  /** Plain number: 3万亿 → 3e12, 99.99% → 99.99, 1.1倍 → 1.1. For a range, the lower bound. */
  value: number;
  /** tokens, 参数, %, pp, x, 美元, 张 … ('' when the text names none). */
  unit: string;
  qualifier: Qualifier;
  range?: [number, number];
  /** 提升1.1倍 reads as ×1.1 or ×2.1 depending on the writer. */
  ambiguity?: 'increase-multiple';
  /** What the figure measures: parameters, training_tokens, price … (`other` when no cue names one). */
  attribute?: Attribute;
  /** The entity the figure is about (undefined: about no named entity). */
  subjectId?: string;
  /** The denominator of a rate: 0.0008元/千tokens → {value: 1000, unit: 'tokens'}. */
  per?: Rate;
  /** The benchmark a score is on (MMLU, C-Eval), when the text names it. */
  benchmark?: string;
  /** The time the figure holds for, when its sentence says (2023, 2024Q1): figures of different times never conflict. */
  scope?: string;
  /** A stated relative tolerance: 营收N亿美元±3% → 0.03. */
  tolerance?: number;
  /** A word that narrows what is measured (微调, 最高, 输入, 单卡): figures narrowed differently never conflict. */
  facet?: string;
  /** Not a claim: a hypothetical, an example or a definition (假设每天调用N次, 例如, 1个汉字约为1个token). No diagnostic. */
  nonClaim?: 'hypothetical' | 'example' | 'definition';
  /** Why this subject and this attribute: the cues that decided them, for the hover. */
  why?: ClaimExplanation;
  /** The attribution cue of its sentence (据华为介绍, 论文显示 …), if any. */
  source?: string;
  status: FigureStatus;
  statusReason: StatusReason;
  /** The user chose to ignore this figure: no diagnostic. */
  ignored?: boolean;
  /** A verification record of this figure that no longer matches it (its text changed since): shown with its status. */
  staleRecordId?: string;
}

export interface Rate {
  value: number;
  unit: string;
}

/** The cues behind a claim, as written in the text (or the rule's name when no word decided it). */
export interface ClaimExplanation {
  /** e.g. 'same clause', '旗下', 'table row', 'paragraph topic', 'coreference 该模型', 'comparison 比'. */
  subject?: string;
  /** e.g. the cue word '激活', '估值', or 'unit 参数' when only the unit decided. */
  attribute?: string;
}

export type StatusReason =
  /** alsoMatching: further facts (other sources) it matches; disagreeing: sources that state another value. */
  | { kind: 'fact-match'; factIndex: number; alsoMatching?: number[]; disagreeing?: number[] }
  | { kind: 'fact-conflict'; factIndex: number }
  | { kind: 'figure-conflict'; other: ConflictPlace; also?: ConflictPlace[] }
  | { kind: 'verification'; recordId: string }
  | { kind: 'verification-stale'; recordId: string }
  | { kind: 'attributed' }
  | { kind: 'none' };

/** Another figure a figure contradicts: in this document, or in another one (path, position). */
export interface ConflictPlace {
  start: number;
  end: number;
  value: number;
  unit: string;
  path?: string;
  position?: { line: number; character: number };
}

export type { DocumentStructure, Section, Table };

/** The analysis of one document. Its `sections` and `tables` are its DocumentStructure (see ./structure.ts: cellAt, headingAt). */
export interface Analysis extends DocumentStructure {
  readonly length: number;
  readonly entities: readonly EntityMention[];
  readonly figures: readonly Figure[];
  readonly sections: readonly Section[];
  readonly tables: readonly Table[];
  /** Whether word segmentation (nodejieba) took part; false during fast start. */
  readonly segmented: boolean;
}

export interface AnalysisSettings {
  /** Treat the text as Markdown: skip code, link targets and front matter. */
  markdown: boolean;
}
