// The attribute cue table as data (data/attribute-cues.json, schema/attribute-cues.schema.json):
// which words say what a figure measures. Adding a cue is a change to the JSON file alone; the
// analysis compiles it into one multi-pattern matcher (analysis/attributeCues.ts).
import type { Attribute } from './attributes.ts';
import cues from './data/attribute-cues.json';
import schema from './schema/attribute-cues.schema.json';

export { schema as attributeCueSchema };

export interface CueGroupData {
  attribute: Attribute;
  /** Unit classes (keys of unitClasses) the cue applies to. */
  units: string[];
  /** Units of those classes the cue does not apply to (家: companies are never shipped). */
  exceptUnits?: string[];
  /** The attribute of a change of this quantity (营收增长20% → growth). */
  change?: Attribute;
  /** The cue counts only when one of these words is in the figure's sentence. */
  requires?: string[];
  /** A generic word (成本): a cue of another group just before it decides instead. */
  defer?: boolean;
  words: string[];
}

export interface AttributeCueTable {
  unitClasses: Record<string, string[]>;
  unitPriors: Record<string, Attribute>;
  exactUnitPriors: Record<string, Attribute>;
  ratePriors: Record<string, Attribute>;
  changeVerbs: Array<{ attribute: 'growth' | 'speedup' | 'price'; words: string[] }>;
  /** Words that name the size of a change (增速, 降幅): a change even after 达/为/至. */
  changeMeasures: string[];
  /** Words that contain a cue but are not one (数据显示, 快速): matched and discarded. */
  ignore: string[];
  cues: CueGroupData[];
  benchmarks: string[];
  /** Words that narrow what a figure measures (微调, 最高, 输入): differently narrowed figures never conflict. */
  facets: string[];
  /** Facet words written another way (Input, input → 输入): a figure narrowed by either is narrowed alike. */
  facetSynonyms?: Record<string, string[]>;
  /** Ways of counting users (MAU, downloads …) → the cue words that mean each. */
  measures: Record<string, string[]>;
  subjectKinds: Record<string, Array<'model' | 'product' | 'vendor'>>;
}

export const BUNDLED_CUES = cues as AttributeCueTable;
