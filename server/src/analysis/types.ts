// The Analysis value and its parts. Offsets are UTF-16 code units into the document text
// as the editor holds it; start inclusive, end exclusive.

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
  /** What the figure measures, when it can be told: parameters, training_tokens, training_cost … */
  attribute?: string;
  /** The entity the figure is about, from the same clause or sentence. */
  subjectId?: string;
  /** The attribution cue of its sentence (据华为介绍, 论文显示 …), if any. */
  source?: string;
  status: FigureStatus;
  statusReason: StatusReason;
  /** The user chose to ignore this figure: no diagnostic. */
  ignored?: boolean;
}

export type StatusReason =
  | { kind: 'fact-match'; factIndex: number }
  | { kind: 'fact-conflict'; factIndex: number }
  | { kind: 'figure-conflict'; other: { start: number; end: number; value: number; unit: string; path?: string; position?: { line: number; character: number } } }
  | { kind: 'verification'; recordId: string }
  | { kind: 'verification-stale'; recordId: string }
  | { kind: 'attributed' }
  | { kind: 'none' };

export interface Section {
  title: string;
  level: number;
  /** The heading line. */
  headingStart: number;
  headingEnd: number;
  /** The whole section: from its heading to the next heading of the same or a higher level. */
  start: number;
  end: number;
}

export interface Analysis {
  readonly length: number;
  readonly entities: readonly EntityMention[];
  readonly figures: readonly Figure[];
  readonly sections: readonly Section[];
  /** Whether word segmentation (nodejieba) took part; false during fast start. */
  readonly segmented: boolean;
}

export interface AnalysisSettings {
  /** Treat the text as Markdown: skip code, link targets and front matter. */
  markdown: boolean;
}
