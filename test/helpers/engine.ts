// One knowledge base and one nodejieba per test process (loading it takes about a second).
import { analyze, type AnalyzeOptions, type Engine } from '../../server/src/analysis/analyze.ts';
import { loadJieba } from '../../server/src/analysis/jieba.ts';
import type { Analysis } from '../../server/src/analysis/types.ts';
import { buildKnowledgeBase } from '../../server/src/analysis/knowledge.ts';

export const kb = buildKnowledgeBase();
let withSegmentation: Engine | undefined;

export function engine(): Engine {
  withSegmentation ??= { kb, segmenter: loadJieba(kb.aliases.keys()) };
  return withSegmentation;
}

export const fastStartEngine: Engine = { kb };

export function analyse(text: string, options: AnalyzeOptions = {}, e: Engine = engine()): Analysis {
  return analyze(text, e, options).analysis;
}

/** The figures of a text as [text, value, unit, qualifier] tuples. */
export function figuresOf(text: string) {
  return analyse(text).figures.map((f) => [f.text, f.value, f.unit, f.qualifier] as const);
}
