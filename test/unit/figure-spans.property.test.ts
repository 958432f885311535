// Properties of figure spans over generated text: no two figures overlap, and no figure cuts an
// entity mention (a figure and a name are either apart or one contains the other).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../server/src/analysis/analyze.ts';
import { engine } from '../helpers/engine.ts';

const names = ['华为', '盘古3.0', 'GPT-4o', 'Qwen2.5-72B', '文心一言4.0', 'DeepSeek-V3', '豆包', 'A100', '字节跳动', '台積電', 'Llama 3.1 405B'];
const numbers = ['3', '1750', '0.0008', '12', '两', '三千五', '五亿零六', '百分之三十', '三成', '七五折', '１２', '1,024', '十几', '2兆', '三分之二', '1/4', '负3.5', '壹佰'];
const units = ['亿', '万', '元', '美元', '%', '倍', '参数', 'tokens', '个', '张', '千米', '兆瓦', '兆字节', '个百分点', '年', '月', '/千tokens', '/月', ' tokens/s', '半'];
const glue = ['，', '。', '的', '达到', '超过', '约', '至', '到', '-', '~', '每', '每百万tokens ', '±3%', ' ', '、', '(2330)', 'TOP', '第', '\n'];

const piece = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...names) },
  { weight: 4, arbitrary: fc.constantFrom(...numbers) },
  { weight: 3, arbitrary: fc.constantFrom(...units) },
  { weight: 3, arbitrary: fc.constantFrom(...glue) },
);

test('figure spans never overlap each other and never cut an entity mention', () => {
  fc.assert(
    fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), (parts) => {
      const text = parts.join('');
      const { figures, entities } = analyze(text, engine()).analysis;
      for (let i = 1; i < figures.length; i++) {
        assert.ok(figures[i - 1].end <= figures[i].start, `figures overlap in ${JSON.stringify(text)}: ${figures[i - 1].text} / ${figures[i].text}`);
      }
      for (const f of figures) {
        for (const e of entities) {
          const apart = f.end <= e.start || e.end <= f.start;
          const contains = (f.start <= e.start && e.end <= f.end) || (e.start <= f.start && f.end <= e.end);
          assert.ok(apart || contains, `${f.text} cuts ${e.text} in ${JSON.stringify(text)}`);
        }
      }
    }),
    { numRuns: 400 },
  );
});
