// Texts the export tests run every format on: CRLF line ends, emoji and other astral
// characters before and inside the spans, traditional characters, and the held-out articles.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../server/src/analysis/types.ts';
import type { SourceInfo } from '../../server/src/export/annotations.ts';
import { CLAIM_TEXT, claimAnalysis, claimSource } from './claimSample.ts';
import { analyse } from './engine.ts';

const FIXTURES = join(__dirname, '..', 'fixtures', 'heldout');

export const SAMPLES: Record<string, string> = {
  crlf: '# 华为\r\n\r\n华为发布盘古3.0，训练数据超过3万亿tokens。\r\n据华为介绍，盘古大模型的训练效率提升了1.1倍。\r\n',
  emoji: '🔥大模型价格战：豆包0.0008元/千tokens😀，深度求索发布DeepSeek-V2，API定价为每百万tokens输入1元👩‍💻。𠮷野家也用了通义千问。',
  traditional: '據華為介紹，盤古大模型3.0的訓練數據超過3萬億tokens，參數量達1000億。\r\n智譜AI發布GLM-4，參數約1300億。',
  ...Object.fromEntries(readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(join(FIXTURES, f), 'utf8')])),
};

export interface Sample { name: string; text: string; analysis: Analysis; source: SourceInfo }

let cached: Sample[] | undefined;
export function samples(): Sample[] {
  cached ??= [
    ...Object.entries(SAMPLES).map(([name, text]) => ({
      name, text, analysis: analyse(text, { markdown: name.includes('md') }),
      source: { path: `docs/${name}`, length: text.length, sha256: 'c0ffee'.padEnd(64, '0') },
    })),
    // every claim field filled in, built by hand
    { name: 'claims', text: CLAIM_TEXT, analysis: claimAnalysis(), source: claimSource },
  ];
  return cached;
}

/** The text between two code point offsets, as Python's str slicing gives it. */
export const codePointSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');
