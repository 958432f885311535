// Versions written alone (R1, V3, M1, K2) are mentions of a family's model only when the document names
// that family; chips and version numbers are not (苹果M1芯片, 已迭代至V6版本), nor hardware (A100, H20).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse } from '../helpers/engine.ts';

const cases: Array<{ input: string; want: Array<[string, string]> }> = [
  { input: 'DeepSeek-R1发布后，R1的下载量大增，V3也被更多人使用。DeepSeek-V3的成本很低。', want: [['R1', 'model:deepseek-r1'], ['V3', 'model:deepseek-v3']] },
  { input: '深度求索發布R1，R1推理能力接近o1。', want: [['R1', 'model:deepseek-r1'], ['R1', 'model:deepseek-r1']] },
  { input: '月之暗面开源Kimi K2，K2为万亿参数模型。', want: [['K2', 'model:kimi-k2']] },
  { input: 'MiniMax发布MiniMax-M1，M1支持百万上下文。百川智能发布Baichuan-M1。', want: [['M1', 'model:minimax-m1']] },
  { input: '百川智能发布Baichuan-M1，M1面向医疗。MiniMax发布MiniMax-M1。', want: [['M1', 'model:baichuan-m1']] },
  { input: 'R1和V3的价格都降了。', want: [] },
  { input: '苹果M1芯片与百川智能的Baichuan-M2，M2 Ultra处理器。', want: [] },
  { input: '商汤的日日新已迭代至V6版本。', want: [] },
  { input: 'DeepSeek-V3用H800训练，A100和H20也在名单上。', want: [] },
  // (the version of a known name that is no model of that family: a chip's generation)
  { input: 'DeepSeek-V3之后，谷歌的旧模型曾在1024个TPU v3核心上训练。', want: [] },
  { input: 'DeepSeek-V3之後，谷歌的舊模型曾在1024個TPU v3核心上訓練。', want: [] },
  // (a ladder a table's rows climb is a member's tiers, however the document speaks of DeepSeek-V3; a table of models is not)
  { input: '平台支持DeepSeek-V3。\n\n| 等级 | 累计充值 | RPM |\n| --- | --- | --- |\n| V1 | 500元以上 | 500 |\n| V2 | 5000元以上 | 3000 |\n| V3 | 5万元以上 | 10000 |\n', want: [] },
  { input: '平台支援DeepSeek-V3。\n\n| 等級 | 累計儲值 | RPM |\n| --- | --- | --- |\n| V1 | 500元以上 | 500 |\n| V2 | 5000元以上 | 3000 |\n| V3 | 5萬元以上 | 10000 |\n', want: [] },
  { input: 'DeepSeek发布了DeepSeek-V3。\n\n| 模型 | 价格 |\n| --- | --- |\n| V3 | 2元 |\n| R1 | 4元 |\n', want: [['V3', 'model:deepseek-v3'], ['R1', 'model:deepseek-r1']] },
];

for (const c of cases) {
  test(`${c.input} → ${c.want.map(([t, id]) => `${t}=${id}`).join(', ') || 'no version alone'}`, () => {
    const got = analyse(c.input).entities.filter((e) => e.kind === 'model' && e.via === 'version' && /^[A-Za-z]{1,2}\d+$/.test(e.text));
    assert.deepEqual(got.map((e) => [e.text, e.entityId]), c.want);
  });
}

// a known version with variant words after it, written alone, is one mention of that version's variant
const variants: Array<{ input: string; want: Array<[string, string]> }> = [
  { input: '月之暗面发布K2 Thinking Turbo，输出速度每秒60个token。', want: [['K2 Thinking Turbo', 'model:kimi-k2-thinking-turbo']] },
  { input: '月之暗面發佈K2 Thinking Turbo，輸出速度每秒60個token。', want: [['K2 Thinking Turbo', 'model:kimi-k2-thinking-turbo']] },
  { input: 'Kimi K2 Thinking Turbo更便宜。K2 Thinking Turbo的上下文为256K。', want: [['Kimi K2 Thinking Turbo', 'model:kimi-k2-thinking-turbo'], ['K2 Thinking Turbo', 'model:kimi-k2-thinking-turbo']] },
  { input: 'R1和V3 Turbo的价格都降了。', want: [] },
];
for (const c of variants) {
  test(`${c.input} → ${c.want.map(([t, id]) => `${t}=${id}`).join(', ') || 'no model'}`, () => {
    const a = analyse(c.input);
    assert.deepEqual(a.entities.filter((e) => e.kind === 'model').map((e) => [e.text, e.entityId]), c.want);
    for (const [name] of c.want) assert.ok(!a.figures.some((f) => name.includes(f.text)), `${name} holds no figure`);
  });
}
