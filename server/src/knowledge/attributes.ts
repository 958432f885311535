// What a figure can claim about its subject: the attribute vocabulary of the annotation
// guidelines, used by the analysis, the knowledge base's facts, the ai-annotations/1 schema and
// every export. A figure whose cues name none of these is `other`, never a near guess.
export const ATTRIBUTES = [
  'parameters', // total parameter count
  'activated_parameters', // parameters active per token (MoE)
  'training_tokens', // tokens trained on
  'training_data', // training data by size or items (TB, 图文对, 小时)
  'context_length', // context window
  'training_cost', // money spent to train
  'training_compute', // GPU-hours, FLOPs, PFLOPs-days used to train
  'training_gpus', // accelerators used to train
  'training_days', // training duration
  'price', // a price; a rate keeps its denominator in `per`
  'throughput', // speed of generation or processing
  'latency', // response time
  'score', // a benchmark score
  'accuracy', // accuracy / error rates of a system
  'speedup', // a multiple or relative change of performance or efficiency
  'users', // users, customers, developers, downloads, calls
  'market_share', // a share of a market
  'revenue', // revenue, sales, income
  'funding', // money raised in a round
  'valuation', // the value of a company
  'acquisition', // a deal price
  'compute', // compute capacity owned or offered
  'employees', // staff, researchers
  'count', // how many models, products, companies …
  'growth', // growth of a business figure
  'other', // none of the above
] as const;

export type Attribute = (typeof ATTRIBUTES)[number];

export const isAttribute = (s: unknown): s is Attribute => typeof s === 'string' && (ATTRIBUTES as readonly string[]).includes(s);
