// An analysis built by hand in which every claim field is filled in (the engine fills them in
// as the claims work lands): rates, benchmarks, time scopes, tolerances, non-claims, figures
// about no named entity, and astral characters before the spans so that code point and UTF-16
// offsets differ. Every exporter must carry all of it.
import type { Analysis, EntityMention, Figure } from '../../server/src/analysis/types.ts';
import type { SourceInfo } from '../../server/src/export/annotations.ts';

export const CLAIM_TEXT =
  '🔥深度求索发布DeepSeek-V3，激活参数370亿。\n' +
  '豆包的价格为0.0008元/千tokens😀。\n' +
  '智谱AI 2024年营收约100亿元±3%，GLM-4在MMLU上得分83.3。\n' +
  '假设每天调用1000次，行业内有超过100家公司。\n';

/** The n-th occurrence of `needle` in the text as a span. */
function at(needle: string, nth = 0): { start: number; end: number; text: string } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = CLAIM_TEXT.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`${needle} not in the sample`);
  return { start, end: start + needle.length, text: needle };
}

const entity = (needle: string, kind: EntityMention['kind'], entityId: string, canonical: string, vendorId?: string): EntityMention =>
  ({ ...at(needle), kind, entityId, canonical, vendorId, via: 'knowledge' });

const figure = (needle: string, fields: Partial<Figure> & Pick<Figure, 'value' | 'unit'>): Figure =>
  ({ ...at(needle), kind: 'figure', qualifier: 'eq', status: 'unverified', statusReason: { kind: 'none' }, ...fields });

export function claimAnalysis(): Analysis {
  return {
    length: CLAIM_TEXT.length,
    sections: [],
    tables: [],
    segmented: true,
    entities: [
      entity('深度求索', 'vendor', 'vendor:deepseek', '深度求索'),
      entity('DeepSeek-V3', 'model', 'model:deepseek-v3', 'DeepSeek-V3', 'vendor:deepseek'),
      entity('豆包', 'model', 'model:doubao', '豆包', 'vendor:bytedance'),
      entity('智谱AI', 'vendor', 'vendor:zhipu', '智谱AI'),
      entity('GLM-4', 'model', 'model:glm-4', 'GLM-4', 'vendor:zhipu'),
    ],
    figures: [
      figure('370亿', { value: 3.7e10, unit: '参数', subjectId: 'model:deepseek-v3', attribute: 'activated_parameters', status: 'verified', statusReason: { kind: 'fact-match', factIndex: 0 }, why: { subject: 'same clause', attribute: '激活' } }),
      figure('0.0008元/千tokens', { value: 0.0008, unit: '元', per: { value: 1000, unit: 'tokens' }, subjectId: 'model:doubao', attribute: 'price' }),
      figure('约100亿元±3%', { value: 1e10, unit: '元', qualifier: 'approx', tolerance: 0.03, scope: '2024', subjectId: 'vendor:zhipu', attribute: 'revenue', source: '据智谱AI' }),
      figure('83.3', { value: 83.3, unit: '', benchmark: 'MMLU', subjectId: 'model:glm-4', attribute: 'score', status: 'attributed', statusReason: { kind: 'attributed' } }),
      figure('1000次', { value: 1000, unit: '次', nonClaim: 'hypothetical', attribute: 'other' }),
      figure('超过100家', { value: 100, unit: '家', qualifier: 'gt', attribute: 'count' }),
    ],
  };
}

export const claimSource: SourceInfo = { path: 'docs/claims 样例.md', length: CLAIM_TEXT.length, sha256: 'ab'.repeat(32), uri: 'file:///work/docs/claims%20%E6%A0%B7%E4%BE%8B.md' };
