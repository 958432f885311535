// Conflicts only when they are real: same subject, same attribute, same rate denominator, the
// same time (for what changes over time), values that cannot both hold given their qualifiers
// and the precision they are written with; never within one sentence, never for `other`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assignStatuses, roundingSlack, type ExternalFigure } from '../../server/src/analysis/status.ts';
import { listRuns } from '../../server/src/analysis/documentClaims.ts';
import { buildKnowledgeBase } from '../../server/src/analysis/knowledge.ts';
import { analyse, engine, kb } from '../helpers/engine.ts';

const conflicts = (text: string) => analyse(text).figures.filter((f) => f.status === 'conflict').map((f) => f.text);

test('two claims that cannot both hold conflict, both of them', () => {
  assert.deepEqual(conflicts('StarGPT拥有3000亿参数。另一份材料称StarGPT有7000亿参数。'), ['3000亿参数', '7000亿参数']);
  assert.deepEqual(conflicts('百川智能2023年营收为10亿元。\n\n另有报道称，百川智能2023年营收为30亿元。'), ['10亿元', '30亿元']);
});

test('different attributes never conflict: total vs activated parameters, funding vs valuation, price vs cost', () => {
  for (const text of [
    'StarGPT总参数6710亿。StarGPT每个token激活370亿参数。',
    '百川智能完成10亿美元融资。百川智能估值达到30亿美元。',
    'StarGPT的训练成本为600万美元。StarGPT的推理成本为每月2万美元。',
    // a bare fraction is a ratio, never an amount's level
    'StarGPT共消耗约290万GPU小时。另一份材料称，StarGPT的GPU小时数为Llama的十分之一。',
    'StarGPT共消耗約290萬GPU小時。另一份材料稱，StarGPT的GPU小時數為Llama的十分之一。',
    // a multiple is a ratio too, whatever a bare amount leaves unwritten
    'StarGPT总参数1.6万亿。小结：StarGPT的总参数是上一代的1.6倍、参数量是1.5倍。',
    'StarGPT總參數1.6萬億。小結：StarGPT的總參數是上一代的1.6倍、參數量是1.5倍。',
    // (and so is a slash fraction of a measure: 以1/20参数比肩R1)
    'QwQ-32B以1/20参数比肩R1。QwQ-32B的参数量为320亿。',
    // (a parameter count under a million is no size but a count misread: a table's 每token激活数 | 8)
    'StarGPT每个token激活370亿参数。\n\n| 配置项 | StarGPT |\n|---|---|\n| 总参数 | 6710亿 |\n| 每token激活参数 | 8 |\n',
  ]) assert.deepEqual(conflicts(text), [], text);
});

test('a lighter variant named in brackets after its model (安第斯大模型（端侧版）) is a thing of its own: its size contradicts no fact of the full model', () => {
  assert.deepEqual(conflicts('| 机型 | 端侧模型 | 参数量 |\n| --- | --- | --- |\n| OPPO Find X9 Pro | 安第斯大模型（端侧版） | 约40亿 |\n\n安第斯大模型参数量为700亿。\n'), []);
  assert.deepEqual(conflicts('安第斯大模型（端側版）參數量約40億。\n\n另據報道，安第斯大模型參數量為700億。'), []);
  // (the full model's two sizes still do)
  assert.deepEqual(conflicts('安第斯大模型参数量为700亿。\n\n另据报道，安第斯大模型参数量为1000亿。'), ['700亿', '1000亿']);
});

test('a context window is the most a model takes: 最大支持128K contradicts a context length of 256K', () => {
  assert.deepEqual(conflicts('# Hunyuan-Large 模型卡\n\nHunyuan-Large的上下文长度为256K。Hunyuan-Large很强，Hunyuan-Large开源。\n\n## 局限性\n\n本模型最大支持128K上下文。'), ['256K', '128K']);
});

test('a window stated beside a price (a price list\'s row) is a service\'s offer: it contradicts no other window of the text', () => {
  for (const text of [
    'MiniMax-Text-01采用线性注意力架构，上下文窗口长达400万tokens。\n\n| 模型 | 输入（元/百万tokens） | 输出（元/百万tokens） | 上下文 |\n|---|---|---|---|\n| MiniMax-Text-01 | 1 | 8 | 1000K |\n',
    'MiniMax-Text-01採用線性注意力架構，上下文窗口長達400萬tokens。\n\n| 模型 | 輸入（元/百萬tokens） | 輸出（元/百萬tokens） | 上下文 |\n|---|---|---|---|\n| MiniMax-Text-01 | 1 | 8 | 1000K |\n',
  ]) assert.deepEqual(conflictsInMarkdown(text), [], text);
  // (two windows stated without prices still contradict each other)
  assert.deepEqual(conflicts('MiniMax-Text-01的上下文窗口长达400万tokens。另据介绍，MiniMax-Text-01的上下文窗口为100万tokens。'), ['400万tokens', '100万tokens']);
});

test('plans of one product are things of their own: their context windows do not conflict', () => {
  assert.deepEqual(conflicts('OpenAI公布了订阅方案。\n\n免费版\n0美元/月\n✓ 上下文窗口 8K\n\nChatGPT Plus\n20美元/月\n✓ 上下文窗口 32K\n\nChatGPT Pro\n200美元/月\n✓ 上下文窗口 128K'), []);
});

test('今年 and 去年 of a story dated at its top are years: 2024年营收 and 去年营收 of a 2025 story conflict', () => {
  assert.deepEqual(conflicts('2025年3月10日 · 来源：某科技\n\n百川智能2024年营收为10亿元。\n\n另有人士透露，百川智能去年营收为30亿元。'), ['10亿元', '30亿元']);
  assert.deepEqual(conflicts('2025-03-10 某科技\n\n百川智能2024年營收為10億元。\n\n另有人士透露，百川智能去年營收為30億元。'), ['10億元', '30億元']);
  // (今年 is another year; an undated story keeps 去年 as it is written)
  assert.deepEqual(conflicts('2025年3月10日 · 来源：某科技\n\n百川智能2024年营收为10亿元。\n\n百川智能今年营收预计为30亿元。'), []);
  assert.deepEqual(conflicts('百川智能2024年营收为10亿元。\n\n另有人士透露，百川智能去年营收为30亿元。'), []);
});

test('本季度 is the one quarter the document reports on; 上年同期 is another time', () => {
  assert.deepEqual(conflicts('百度公布2024年第三季度财报。\n\n百度智能云本季度营收达到49亿元。\n\n演示材料中，百度智能云第三季度收入被列为47亿元。'), ['49亿元', '47亿元']);
  assert.deepEqual(conflicts('百度公布2024年第三季度財報。\n\n百度智能雲本季度營收達到49億元。\n\n演示材料中，百度智能雲第三季度收入被列為47億元。'), ['49億元', '47億元']);
  for (const text of [
    '百度公布2024年第三季度财报。百度智能云本季度营收达到49亿元，同比增长11%，上年同期为44亿元。',
    // two quarters named: 本季度 is neither for sure
    '百度智能云第二季度营收为47亿元。\n\n百度智能云第三季度营收为49亿元。\n\n百度智能云本季度营收为45亿元。',
  ]) assert.deepEqual(conflicts(text), [], text);
});

test('figures of different times never conflict; timed attributes need the same stated time', () => {
  for (const text of [
    '百川智能2023年营收为10亿元。百川智能2024年营收为30亿元。',
    '百川智能2024年第一季度营收10亿元。百川智能2024年第二季度营收12亿元。',
    // (上年度 is the year before, as 去年 is, and a loss compared with the year before's is no revenue)
    '商汤集团公布2024年度业绩，总收入37.72亿元；股东应占亏损43.07亿元，较上年度的64.95亿元收窄33.7%。',
    '商湯集團公布2024年度業績，總收入37.72億元；股東應佔虧損43.07億元，較上年度的64.95億元收窄33.7%。',
    // a span of months is no month: 10月營收 and 1–10月累計 of one table
    '（單位：新臺幣億元）\n\n| 公司 | 10月營收 | 1–10月累計營收 |\n|---|---|---|\n| 廣達 | 1,660 | 15,820 |\n',
    '广达10月营收1,660亿元，1—10月累计营收15,820亿元。',
    // a fiscal quarter (第一财季) is no fiscal year
    '英伟达2026财年第一财季营收为441亿美元。分析师预期，英伟达2026财年营收有望达到约2000亿美元。',
    '輝達2026財年第一財季營收為441億美元。分析師預期，輝達2026財年營收有望達到約2000億美元。',
    '百川智能营收为10亿元。百川智能营收为30亿元。', // no time stated: a segment, a period — not a contradiction
    '百川智能完成A轮融资1亿美元。百川智能完成B轮融资5亿美元。',
    // (这一轮 and 当时 point to the round named just before; a round compared with, 较B轮上涨, is not the figure's)
    '衡川智能的A轮在2023年9月完成。这一轮由阿里巴巴领投，衡川智能投后估值8亿美元。\n\n2024年4月的B轮是衡川智能最大的一笔。公司当时公布的投后估值为15亿美元。',
    '衡川智能的A輪在2023年9月完成。這一輪由阿里巴巴領投，衡川智能投後估值8億美元。\n\n2024年4月的B輪是衡川智能最大的一筆。公司當時公布的投後估值為15億美元。',
    '衡川智能B轮投后估值15亿美元。\n\n半年后，衡川智能B+轮2亿美元到账。这一轮衡川智能投后估值25亿美元，较B轮上涨67%。',
    // the first three quarters are no third quarter
    '百川智能第三季度营收5.82亿元。\n\n百川智能前三季度营收14.6亿元。',
    '百川智能第三季度營收5.82億元。\n\n百川智能前三季度營收14.6億元。',
  ]) assert.deepEqual(conflicts(text), [], text);
  assert.deepEqual(conflicts('2024年5月StarGPT的月活用户为3000万。\n\n另有报道称，2024年5月StarGPT的月活用户为8000万。'), ['3000万', '8000万']);
  // a price without its denominator the writer disputes (别传谣) against the rate given before; each figure's facet is its own (‼️ 输出)
  assert.deepEqual(conflicts('豆包Pro输入价格直接干到 0.8元/百万tokens ‼️ 输出 3.2元/百万tokens 🤯\n\nP.S. 评论区有人说 豆包Pro 输出是 3.6元，官网确实写的是3.2元 别传谣哈'), ['3.2元/百万tokens', '3.6元']);
  // the yardstick a price is brought down to (价格打到GPT-4o零头) is no subject of the sentence's other figures
  assert.deepEqual(conflicts('MiniMax开源400万上下文大模型，价格打到GPT-4o零头\n\nGPT-4o的上下文为128K。'), []);
  assert.deepEqual(conflicts('MiniMax開源400萬上下文大模型，價格打到GPT-4o零頭\n\nGPT-4o的上下文為128K。'), []);
  // a figure the next sentence says does not contradict the one before (这和上面的估算并不矛盾) counts something else
  assert.deepEqual(conflicts('GPT-4的训练成本大概在6000万美元上下。Sam Altman说过，GPT-4的训练花费超过1亿美元。这和上面的估算并不矛盾：他说的是总账。'), []);
  assert.deepEqual(conflicts('GPT-4的訓練成本大概在6000萬美元上下。Sam Altman說過，GPT-4的訓練花費超過1億美元。這和上面的估算並不矛盾：他說的是總帳。'), []);
  assert.deepEqual(conflicts('GPT-4的训练成本大概在6000万美元上下。Sam Altman说过，GPT-4的训练花费超过1亿美元。'), ['6000万美元上下', '超过1亿美元']);
  // a model's window on one platform and on another are two facets of it
  assert.deepEqual(conflicts('DeepSeek-V3官方API的上下文为64K。\n\n火山方舟上的DeepSeek-V3把上下文开到了128K。'), []);
  assert.deepEqual(conflicts('DeepSeek-V3官方API的上下文為64K。\n\n火山方舟上的DeepSeek-V3把上下文開到了128K。'), []);
  // a native context and an extrapolated one are two facets of it
  assert.deepEqual(conflicts('StarGPT的上下文：官方说原生支持262K。\n\nStarGPT外推最长能到100万tokens。'), []);
  // a paragraph that breaks revenue down by business (分业务看) speaks of parts, never the total
  assert.deepEqual(conflicts('算擎科技第三季度实现营业收入18.64亿元。\n\n分业务看，AI算力租赁仍是最大收入来源，三季度收入11.3亿元。'), []);
  assert.deepEqual(conflicts('算擎科技第三季度實現營業收入18.64億元。\n\n分業務看，AI算力租賃仍是最大收入來源，三季度收入11.3億元。'), []);
  assert.deepEqual(conflicts('算擎科技第三季度实现营业收入18.64亿元。\n\n另据公告，算擎科技第三季度营业收入为11.3亿元。'), ['18.64亿元', '11.3亿元']);
  // a score under a condition (在开启思考模式后，其…, 使用工具时，…) is not the plain score
  assert.deepEqual(conflicts('StarGPT在MMLU上的得分为88.5分。官方称，在开启思考模式后，其MMLU得分为90.1分。'), []);
  assert.deepEqual(conflicts('StarGPT在MMLU上的得分為88.5分。官方稱，在開啟思考模式後，其MMLU得分為90.1分。'), []);
  assert.deepEqual(conflicts('StarGPT在MMLU上的得分为88.5分。官方称，StarGPT的MMLU得分为90.1分。'), ['88.5分', '90.1分']);
  // 第三季 (Taiwan and Hong Kong usage) names a quarter as 第三季度 does
  assert.deepEqual(conflicts('聯發科第三季營收為182.6億元。\n\n不過，聯發科簡報卻將第三季營收列為168.2億元，與損益表數字不符。'), ['182.6億元', '168.2億元']);
  assert.deepEqual(conflicts('聯發科第三季營收為182.6億元。\n\n聯發科第二季營收為150.4億元。'), []);
});

test('a figure whose subject is only what the whole document is about accuses nothing; a sentence that refers to it (本模型) does', () => {
  // (a family's section heading and a reader's comment, both about the family only by the document's topic)
  assert.deepEqual(conflicts('百度发布文心5.0家族\n\n旗舰模型：总参数2.4万亿，激活参数不到500亿\n\n文心5.0很强。文心5.0发布。\n\n网友评论：端侧30亿参数能跑在手机上，有点意思。'), []);
  assert.deepEqual(conflicts('百度發布文心5.0家族\n\n旗艦模型：總參數2.4萬億，激活參數不到500億\n\n文心5.0很強。文心5.0發布。\n\n網友評論：端側30億參數能跑在手機上，有點意思。'), []);
});

test('a value named again from a table above (上表的128K) in the sentence that states another explains the difference', () => {
  assert.deepEqual(conflicts('| 模型 | 上下文 |\n|---|---|\n| Qwen2.5-72B-Instruct | 128K |\n\nQwen2.5-72B-Instruct总参数72B。不过它的model card写的是支持256K上下文，而config里的max_position_embeddings对应的是上表的128K，我们已经提了issue。'), []);
  assert.deepEqual(conflicts('| 模型 | 上下文 |\n|---|---|\n| Qwen2.5-72B-Instruct | 128K |\n\nQwen2.5-72B-Instruct總參數72B。不過它的model card寫的是支援256K上下文，而config裡的max_position_embeddings對應的是上表的128K，我們已經提了issue。'), []);
});

test('characters are no tokens: a 30万字 document and a 128K context never conflict', () => {
  assert.deepEqual(conflicts('GLM-4.5的上下文为128K。\n\n长上下文测试里，我塞了一本差不多30万字的网文进去，GLM-4.5的上下文不够。'), []);
  assert.deepEqual(conflicts('GLM-4.5的上下文為128K。\n\n長上下文測試裡，我塞了一本差不多30萬字的網文進去，GLM-4.5的上下文不夠。'), []);
  // (two counts of characters still do)
  assert.deepEqual(conflicts('Kimi支持20万字的上下文。\n\n另一份材料称，Kimi支持的上下文只有8万字。'), ['20万字', '8万字']);
});

test('a time said relative to the story (两年前, 三个月前, 当时) is another time: a user count then never contradicts one now', () => {
  assert.deepEqual(conflicts('ChatGPT的周活跃用户已经达到8亿。两年前的同一场合，这个数字还只是每周1亿用户。'), []);
  assert.deepEqual(conflicts('ChatGPT的週活躍用戶已經達到8億。兩年前的同一場合，這個數字還只是每週1億用戶。'), []);
  assert.deepEqual(conflicts('StarGPT的月活用户为3000万。三个月前，StarGPT的月活用户为800万。'), []);
  // (and one counted from a launch: 上线不到两个月 is then, not now)
  assert.deepEqual(conflicts('星衍科技发布了星衍-2。其C端应用星衍助手上线不到两个月，月活就超过了500万。\n\n周牧之：星衍助手那边，月活现在大概800万。'), []);
  assert.deepEqual(conflicts('星衍科技發布了星衍-2。其C端應用星衍助手上線不到兩個月，月活就超過了500萬。\n\n周牧之：星衍助手那邊，月活現在大概800萬。'), []);
});

test('a business named before the revenue cue after a colon is a segment (…增长引擎：智能云收入达68.3亿元): no conflict with another part', () => {
  assert.deepEqual(conflicts('朗云集团第二季度总收入为352.6亿元。AI业务成为主要增长引擎：智能云收入达68.3亿元；公司本季度首次单独披露AI相关收入，金额为21.7亿元。'), []);
  assert.deepEqual(conflicts('朗雲集團第二季度總收入為352.6億元。AI業務成為主要增長引擎：智能雲收入達68.3億元；公司本季度首次單獨披露AI相關收入，金額為21.7億元。'), []);
});

test('a previous generation\'s figure in brackets after its name is its own: no conflict with the new model\'s', () => {
  assert.deepEqual(conflicts('澄明智能开源Lucid-MoE-2：总参数4210亿。\n\n和上一代 Lucid-MoE-1（总参数1450亿）一样，团队继续走细粒度专家的路线。'), []);
  assert.deepEqual(conflicts('澄明智能開源Lucid-MoE-2：總參數4210億。\n\n和上一代 Lucid-MoE-1（總參數1450億）一樣，團隊繼續走細粒度專家的路線。'), []);
});

test('qualifiers and rounding: 1750亿 vs 175B, 约1.8万亿 vs 1.76万亿, 超过1000亿 vs 1750亿 hold together', () => {
  for (const text of [
    'StarGPT拥有1750亿参数。StarGPT即175B参数的版本。',
    'StarGPT约有1.8万亿参数。StarGPT的参数为1.76万亿。',
    'StarGPT拥有超过1000亿参数。StarGPT拥有1750亿参数。',
    'StarGPT拥有1.8万亿参数。StarGPT拥有1.75万亿参数。',
  ]) assert.deepEqual(conflicts(text), [], text);
  assert.equal(roundingSlack({ text: '1750亿参数', value: 1.75e11 }), 5e7);
  assert.equal(roundingSlack({ text: '175B', value: 1.75e11 }), 5e8);
  assert.equal(roundingSlack({ text: '1.8万亿', value: 1.8e12 }), 5e10);
  assert.equal(roundingSlack({ text: '１，０２４张', value: 1024 }), 0.5);
});

test('a number is rounded half up: 1.1万亿 and 1.2万亿 cannot both hold (1.15万亿 is written 1.2万亿), 约1.1万亿 and 1.2万亿 can', () => {
  assert.deepEqual(conflicts('鲸语科技发布鲸语K3，总参数1.1万亿。\n\n网友称鲸语K3有1.2万亿参数！'), ['1.1万亿', '1.2万亿参数']);
  assert.deepEqual(conflicts('鯨語科技發布鯨語K3，總參數1.1萬億。\n\n網友稱鯨語K3有1.2萬億參數！'), ['1.1萬億', '1.2萬億參數']);
  assert.deepEqual(conflicts('鲸语科技发布鲸语K3，总参数约1.1万亿。\n\n网友称鲸语K3有1.2万亿参数！'), []);
});

test('figures of one sentence are a list or a correction, not a contradiction', () => {
  assert.deepEqual(conflicts('StarGPT最有价值的不是5000亿、上万亿的参数。'), []);
  assert.deepEqual(conflicts('StarGPT有两个版本，分别拥有70亿和700亿参数。'), []);
  // several values of one subject in a sentence are its variants: none contradicts a value elsewhere
  assert.deepEqual(conflicts('StarGPT有两个版本，参数量分别为80亿和5亿。\n\n测试中StarGPT的参数为80亿。'), []);
  assert.deepEqual(conflicts('StarGPT有兩個版本，參數量分別為80億和5億。\n\n測試中StarGPT的參數為80億。'), []);
});

test('a sentence that states both values explains the difference: it contradicts neither value stated elsewhere', () => {
  for (const text of [
    'StarGPT的上下文长度为1M。\n\nStarGPT标称上下文为1M，但不少第三方平台实际只开放了256K。',
    'StarGPT的上下文長度為1M。\n\nStarGPT標稱上下文為1M，但不少第三方平台實際只開放了256K。',
    'StarGPT拥有3000亿参数。\n\n此前传闻StarGPT有7000亿参数，官方澄清实为3000亿参数。',
    // (a difference said to be small is accounted for, no disagreement pointed at: 与官方API的65.4%相差不大)
    '| 模型 | AIME 2025 |\n|---|---|\n| QwQ-32B | 65.4 |\n\n我用2张RTX 4090跑QwQ-32B的量化版本，跑完AIME 2025的480次采样，分数为64.2%，与官方API的65.4%相差不大。',
    '| 模型 | AIME 2025 |\n|---|---|\n| QwQ-32B | 65.4 |\n\n我用2張RTX 4090跑QwQ-32B的量化版本，跑完AIME 2025的480次採樣，分數為64.2%，與官方API的65.4%相差不大。',
    // (nor one said to lie within error, or to be noise)
    '我们对三个推理框架做了精度对齐：StarGPT-70B 在 vLLM 上 MMLU 得分为 81.6，在 SGLang 上为 81.4，差异在误差范围内；其余任务一致。',
    '我們對三個推理框架做了精度對齊：StarGPT-70B 在 vLLM 上 MMLU 得分為 81.6，在 SGLang 上為 81.4，差異在誤差範圍內；其餘任務一致。',
    'StarGPT-70B 在 vLLM 上 MMLU 得分为 81.6，在 SGLang 上为 81.4，两者相差0.2分，属于正常波动。',
  ]) assert.deepEqual(conflicts(text), [], text);
  // (a difference pointed at and left unexplained is still one)
  assert.deepEqual(conflicts('StarGPT-70B 在 vLLM 上 MMLU 得分为 81.6，在 SGLang 上却只有 76.2，两者相差5.4分。').length, 2);
  // a sentence with one value still contradicts another sentence with another
  assert.deepEqual(conflicts('StarGPT的上下文长度为1M。\n\n第三方平台上StarGPT的上下文长度为256K。'), ['1M', '256K']);
});

test('a quantized, distilled or pruned form\'s score (该版本, 量化版, 蒸馏后) is that form\'s: it contradicts no score of the model itself', () => {
  for (const text of [
    '| 模型 | HumanEval |\n|---|---|\n| StarGPT-70B | 82.6 |\n\n社区还出现了StarGPT-70B的2比特动态量化版本，体积只有30GB；但在我们的测试中，该版本的HumanEval得分跌至71.3。',
    '| 模型 | HumanEval |\n|---|---|\n| StarGPT-70B | 82.6 |\n\n社區還出現了StarGPT-70B的2比特動態量化版本，體積只有30GB；但在我們的測試中，該版本的HumanEval得分跌至71.3。',
    'StarGPT-70B的MMLU得分为84.1。\n\nStarGPT-70B量化到INT4后，MMLU得分为82.9。',
    'StarGPT-70B的MMLU得分為84.1。\n\nStarGPT-70B量化到INT4後，MMLU得分為82.9。',
  ]) assert.deepEqual(conflicts(text), [], text);
  // (the model's own scores still disagree, and a quant fund's name is no modified form)
  assert.equal(conflicts('StarGPT-70B的MMLU得分为84.1。\n\n第三方测得StarGPT-70B的MMLU得分为79.0。').length, 2);
  assert.equal(conflicts('StarGPT-70B的MMLU得分为84.1。\n\n幻方量化的工程师测得StarGPT-70B的MMLU得分为79.0。').length, 2);
});

test('a table cell of total and activated parameters (Params (total / active) | 671B / 37B) holds two attributes', () => {
  const a = analyse('| Model | Params (total / active) | Context |\n|---|---|---|\n| DeepSeek-R1 | 671B / 37B | 128K |\n', { markdown: true });
  assert.deepEqual(a.figures.map((f) => [f.text, f.attribute]), [['671B', 'parameters'], ['37B', 'activated_parameters'], ['128K', 'context_length']]);
  assert.deepEqual(a.figures.filter((f) => f.status === 'conflict'), []);
  const t = analyse('| 模型 | 参数（总/激活） |\n|---|---|\n| DeepSeek-R1 | 671B / 37B |\n', { markdown: true });
  assert.deepEqual(t.figures.map((f) => f.attribute), ['parameters', 'activated_parameters']);
  // (the first's word said whole: 总参数/激活, 總參數/啟用)
  for (const header of ['总参数/激活', '總參數/啟用']) {
    const w = analyse(`| 模型 | ${header} | MMLU-Pro |\n|---|---|---|\n| Step-4 | 412B/27B | 81.2 |\n`, { markdown: true });
    assert.deepEqual(w.figures.filter((f) => f.unit === '参数').map((f) => [f.text, f.attribute]), [['412B', 'parameters'], ['27B', 'activated_parameters']], header);
  }
});

test('a table under a heading that calls its numbers scores (一、先上总成绩) holds scores, bold cells too; rows of tasks never conflict', () => {
  const a = analyse('## 一、先上总成绩\n\n| 测试项目 | 文心一言 | Kimi |\n| --- | --- | --- |\n| 中文写作 | 8.6 | 8.2 |\n| 长文档总结 | 8.1 | 9.3 |\n| **总分** | **49.0** | **50.4** |\n', { markdown: true });
  assert.deepEqual(a.figures.map((f) => [f.text, f.attribute]), [['8.6', 'score'], ['8.2', 'score'], ['8.1', 'score'], ['9.3', 'score'], ['49.0', 'score'], ['50.4', 'score']]);
  assert.deepEqual(a.figures.filter((f) => f.status === 'conflict'), []);
  const t = analyse('## 一、先上總成績\n\n| 測試項目 | 文心一言 | Kimi |\n| --- | --- | --- |\n| 中文寫作 | 8.6 | 8.2 |\n');
  assert.deepEqual(t.figures.map((f) => f.attribute), ['score', 'score']);
});

test('other, non-claims and differently narrowed figures never conflict', () => {
  for (const text of [
    'StarGPT的毛利率为40%。StarGPT的毛利率为60%。',
    'StarGPT的预训练数据为3万亿tokens。StarGPT的微调数据为1000万tokens。',
    'StarGPT的输入价格为2元。StarGPT的输出价格为8元。',
    'StarGPT拥有3000亿参数。假设StarGPT拥有7000亿参数，成本将翻倍。',
    // a question asserts nothing
    'StarGPT的月活跃用户达到9800万。\n网友：StarGPT一个亿月活？感觉水分不小 🤔',
    'StarGPT的月活躍用戶達到9800萬。網友：StarGPT月活真有一億？',
    // a difference from another thing is no level of its own; a ratio is no amount
    '在MMLU上，GPT-4o得分88.7。在MMLU上，GPT-4o只比DeepSeek-V3高0.2分。',
    // (a difference said so after it: 仅以0.4分之差落后)
    '在GPQA上，Claude 3.7 Sonnet得分68.0。不过在GPQA上，Claude 3.7 Sonnet仅以0.4分之差落后。',
    '在GPQA上，Claude 3.7 Sonnet得分68.0。不過在GPQA上，Claude 3.7 Sonnet僅以0.4分之差落後。',
    '在MMLU上，GPT-4o得分88.7。在MMLU上，GPT-4o只比DeepSeek-V3高0.2分。'.replace('只比', '只比上一代多出'),
    'Qwen2-7B-Instruct在GSM8K上的准确率为89.1%，与GPT-4-0613的92.0%只差2.9个百分点。GPT-4-0613在GSM8K上的准确率为92.0%。',
    // (a gap that narrows: 差距缩小到2分以内)
    '在MMLU上，DeepSeek-V3得分87.1。英文知识（MMLU）：GPT-4o仍是天花板，国产里DeepSeek-V3最接近，差距已经缩小到2分以内。',
    '在MMLU上，DeepSeek-V3得分87.1。英文知識（MMLU）：GPT-4o仍是天花板，國產裡DeepSeek-V3最接近，差距已經縮小到2分以內。',
    '玄枢-2-MoE总参数236B（激活21B）。玄枢科技的玄枢-2-MoE表现亮眼：它每个token激活的参数不到十分之一。',
    '玄樞-2-MoE總參數236B（激活21B）。玄樞科技的玄樞-2-MoE表現亮眼：它每個token激活的參數不到十分之一。',
    // a percentage of an amount is a share of it; another portion (另外还有) is no total
    'StarGPT的训练数据中中文占四成。StarGPT的训练数据中英文约45%。StarGPT的训练数据中代码不到百分之五。',
    'StarGPT预训练一共用了9.6万亿tokens。StarGPT另外还有约3,000亿tokens的合成数据。',
    // (tokens of a continued pretraining are added to a base's, no total of them)
    'StarGPT的训练数据为9.6万亿tokens。团队又对StarGPT继续预训练了1.2万亿tokens。',
    'StarGPT的訓練資料為9.6萬億tokens。團隊又對StarGPT增量預訓練了1.2萬億tokens。',
    // what the next model will have is no claim about the one named
    'StarGPT的参数量为4820亿。\n\n**StarGPT的下一代模型或迈入万亿参数**',
    'StarGPT的参数量为30亿。值得一提的是，StarGPT的前代模型只有13亿参数。',
    'StarGPT的參數量為30億。值得一提的是，StarGPT的前代模型只有13億參數。',
    // (a version the company will release, and the window one deployment has beside another's)
    'StarGPT的参数量为8000亿。StarGPT团队称会在明年一季度开源一个70亿参数的轻量版本。',
    'StarGPT的參數量為8000億。StarGPT團隊稱會在明年一季度開源一個70億參數的輕量版本。',
    'StarGPT的上下文为64K，这是API侧的限制；StarGPT的开源权重本身支持128K。',
    'StarGPT的上下文為64K，這是API側的限制；StarGPT的開源權重本身支持128K。',
    'StarGPT預訓練一共用了9.6萬億tokens。StarGPT另外還有約3,000億tokens的合成數據。',
    // (each stage of training has its own days and cards, the stage named once for its sentence)
    'StarGPT预训练阶段使用1,024张H800，历时53天。StarGPT的后训练过程在256张H800上完成，耗时约9天。',
    'StarGPT預訓練階段使用1,024張H800，歷時53天。StarGPT的後訓練過程在256張H800上完成，耗時約9天。',
    // (继续预训练 is a stage of its own, not the 预训练 inside its name)
    'StarGPT继续预训练阶段使用256张H800，历时12天。StarGPT的预训练过程在2048张H800上完成，耗时约60天。',
  ]) assert.deepEqual(conflicts(text), [], text);
  // (one stage's two values do)
  assert.deepEqual(conflicts('StarGPT预训练阶段使用1,024张H800，历时53天。\n\n另据报道，StarGPT的预训练使用了2,048张H800，历时90天。'), ['53天', '90天']);
  // (the same two figures, both asserted, do)
  assert.deepEqual(conflicts('StarGPT的月活跃用户达到9800万。\n网友：StarGPT月活跃用户一个亿。'), ['9800万', '一个亿']);
});

test('a fact of the knowledge base: a match verifies; a figure only conflicts when no fact of the subject allows it', () => {
  // (the mixture of experts of a family, 盘古Ultra MoE, is a model of its own: the dense 盘古Ultra's size is no fact of it)
  assert.deepEqual(conflicts('华为披露了盘古Ultra MoE的训练细节：总参数7180亿。而盘古Ultra为1350亿参数的稠密模型。'), []);
  assert.deepEqual(conflicts('華為披露了盤古Ultra MoE的訓練細節：總參數7180億。'), []);
  // a model whose context grew: two sourced facts, each true once
  const source = (published: string) => ({ url: 'https://example.com/kimi', publisher: 'Example', title: 'Example', published });
  const grown = buildKnowledgeBase([{ origin: 'test', document: { facts: [
    { subject: 'model:kimi', attribute: 'context_length', value: 2e5, unit: '字', source: source('2023-10-09') },
    { subject: 'model:kimi', attribute: 'context_length', value: 2e6, unit: '字', source: source('2024-03-18') },
  ] } }]);
  const e = { kb: grown, segmenter: engine().segmenter };
  const status = (text: string) => analyse(text, {}, e).figures.map((f) => `${f.text}:${f.status}`);
  assert.deepEqual(status('Kimi支持20万字的长文本输入。'), ['20万字:verified']);
  assert.deepEqual(status('Kimi支持200万字的长文本输入。'), ['200万字:verified']);
  // a window smaller than every known one contradicts them; a larger one may be a later extension, so it is only unverified
  assert.deepEqual(status('Kimi支持5万字的长文本输入。'), ['5万字:conflict']);
  assert.deepEqual(status('Kimi支持500万字的长文本输入。'), ['500万字:unverified']);
  // a sentence whose other figure states the fact's value for a phase of its own tells the two apart
  const phased = buildKnowledgeBase([{ origin: 'test', document: { facts: [
    { subject: 'model:kimi', attribute: 'context_length', value: 4e6, unit: 'tokens', source: source('2025-01-15') },
  ] } }]);
  const p = (text: string) => analyse(text, {}, { kb: phased, segmenter: engine().segmenter }).figures.map((f) => `${f.text}:${f.status}`);
  assert.deepEqual(p('Kimi训练阶段上下文长度为100万tokens，推理时可外推到400万tokens。'), ['100万tokens:unverified', '400万tokens:verified']);
  assert.deepEqual(p('Kimi訓練階段上下文長度為100萬tokens，推理時可外推到400萬tokens。'), ['100萬tokens:unverified', '400萬tokens:verified']);
  assert.deepEqual(p('Kimi的上下文长度为100万tokens。'), ['100万tokens:conflict']);
});

test('an attribute no word of the figure gave takes the one a fact gives its very value (R1可是671B after 激活20B, V3是557.6万美元)', () => {
  const figure = (text: string, at: string) => analyse(text).figures.find((f) => f.text === at)!;
  for (const text of ['网友：新模型激活20B，DeepSeek-R1可是671B。', '網友：新模型啟用20B，DeepSeek-R1可是671B。']) {
    const f = figure(text, '671B');
    assert.deepEqual([f.attribute, f.status, f.why?.attribute], ['parameters', 'verified', 'fact parameters'], text);
  }
  // (a value no fact gives keeps what the clause gave it)
  assert.equal(figure('网友：新模型激活20B，DeepSeek-R1可是500B。', '500B').attribute, 'activated_parameters');
  // (a sum no word names, or only guessed a price, is what a fact gives for its very value; not a round sum near it)
  for (const text of ['晚点：有人说DeepSeek-V3是557.6万美元。', '晚點：有人說DeepSeek-V3是557.6萬美元。']) {
    const f = figure(text, text.includes('萬') ? '557.6萬美元' : '557.6万美元');
    assert.deepEqual([f.attribute, f.status, f.why?.attribute], ['training_cost', 'verified', 'fact training_cost'], text);
  }
  assert.notEqual(figure('晚点：有人说DeepSeek-V3是560万美元。', '560万美元').attribute, 'training_cost');
  // (what the model itself spent is its training's cost by the words already: the fact verifies it)
  const spent = figure('晚点：有人说DeepSeek-V3只花了557.6万美元。', '557.6万美元');
  assert.deepEqual([spent.attribute, spent.status, spent.why?.attribute], ['training_cost', 'verified', 'spent by a model']);
});

test('across documents: every contradicting place is listed', () => {
  const here = analyse('StarGPT拥有3000亿参数。');
  const mine = here.figures[0];
  const elsewhere = (path: string, value: number): ExternalFigure => ({
    start: 0, end: 8, text: `${value / 1e8}亿参数`, value, unit: '参数', qualifier: 'eq', subjectId: mine.subjectId, attribute: 'parameters', path, position: { line: 2, character: 0 },
  });
  const [status] = assignStatuses([mine], kb, {
    external: [elsewhere('file:///b.md', 7e11), elsewhere('file:///c.md', 9e11), elsewhere('file:///d.md', 3e11), { ...elsewhere('file:///e.md', 8e11), attribute: 'other' }],
  });
  assert.equal(status.status, 'conflict');
  assert.equal(status.reason.kind, 'figure-conflict');
  if (status.reason.kind !== 'figure-conflict') return;
  assert.deepEqual([status.reason.other, ...(status.reason.also ?? [])].map((p) => p.path), ['file:///b.md', 'file:///c.md']);
});

test('across documents, a user count needs the same stated time: each document\'s "now" is its own', () => {
  const users = (text: string) => analyse(text).figures[0];
  const elsewhere = (f: ReturnType<typeof users>): ExternalFigure => ({ ...f, path: 'file:///b.md', position: { line: 0, character: 0 } });
  const [undated] = assignStatuses([users('StarGPT的用户规模已突破1亿。')], kb, { external: [elsewhere(users('StarGPT的用户数为4500万。'))] });
  assert.notEqual(undated.status, 'conflict');
  const [dated] = assignStatuses([users('2024年5月StarGPT的月活用户为1亿。')], kb, { external: [elsewhere(users('2024年5月StarGPT的月活用户为4500万。'))] });
  assert.equal(dated.status, 'conflict');
});

test('an attribute guessed from a unit the text does not write (8B版本) never accuses another figure', () => {
  assert.deepEqual(conflicts('StarGPT开源了两个尺寸。8B版本得分54.3。\n\nStarGPT的3B版本则为41.9分。'), []);
  // written out, the unit names what is measured: a real contradiction
  assert.deepEqual(conflicts('StarGPT拥有80亿参数。\n\n另一份材料称StarGPT拥有30亿参数。'), ['80亿参数', '30亿参数']);
});

test('list runs: two or more items, blank lines between them allowed, prose ends them', () => {
  const text = '正文第一段。\n\n- 甲：1个\n- 乙：2个\n\n- 丙：3个\n正文第二段。\n\n· 丁\n';
  assert.deepEqual(listRuns(text).map((l) => text.slice(l.start, l.end)), ['- 甲：1个\n- 乙：2个\n\n- 丙：3个']);
});

test('the round a story reports on (新一轮, 本轮) is one round throughout a document, never across documents', () => {
  assert.deepEqual(conflicts('百川智能完成新一轮30亿元融资。\n\n知情人士透露，百川智能本轮融资金额为20亿元。'), ['30亿元', '20亿元']);
  assert.deepEqual(conflicts('百川智能完成新一輪30億元融資。\n\n知情人士透露，百川智能本輪融資金額為20億元。'), ['30億元', '20億元']);
  // …and the round named with its letter in the sentence that says it is the new one
  assert.deepEqual(conflicts('百川智能完成新一轮（C轮）30亿元融资。\n\n知情人士透露，百川智能本轮融资金额为20亿元。'), ['30亿元', '20亿元']);
  assert.deepEqual(conflicts('百川智能完成新一輪（C輪）30億元融資。\n\n知情人士透露，百川智能本輪融資金額為20億元。'), ['30億元', '20億元']);
  // before and after the money, a year's total: other things
  for (const text of [
    '百川智能完成新一轮融资，投后估值200亿元。\n\n本轮融资前，投前估值为150亿元。',
    '百川智能完成新一轮30亿元融资。\n\n百川智能2023年全年累计融资超过50亿元。',
  ]) assert.deepEqual(conflicts(text), [], text);  const first = (text: string) => analyse(text).figures[0];
  const elsewhere = (f: ReturnType<typeof first>): ExternalFigure => ({ ...f, path: 'file:///b.md', position: { line: 0, character: 0 } });
  const [mine] = assignStatuses([first('百川智能完成新一轮30亿元融资。')], kb, { external: [elsewhere(first('百川智能完成新一轮20亿元融资。'))] });
  assert.notEqual(mine.status, 'conflict');
});

test('scores on the same benchmark (written as a table header or in a sentence) conflict within a document', () => {
  const text = '表1 主要基准得分\n模型          GPQA-Diamond   MMLU-Pro\nQwen2.5-Max   60.1           76.1\nGPT-4o        53.6           77.0\n\n在GPQA-Diamond上，Qwen2.5-Max取得62.1。';
  assert.deepEqual(conflicts(text), ['60.1', '62.1']);
  // other benchmarks, other models: nothing
  assert.deepEqual(conflicts('在MMLU上，Qwen2.5-Max得分76.1。\n\n在GPQA上，Qwen2.5-Max得分62.1。'), []);
});

test('a user count in a table row (元宝DAU) and in a sentence (日活跃用户) are the same measure', () => {
  const text = '腾讯旗下的AI助手元宝日活跃用户（DAU）已突破2000万。\n\n| 指标 | 数值 |\n| --- | --- |\n| 元宝DAU | 约1500万 |';
  const a = analyse(text, { markdown: true });
  assert.deepEqual(a.figures.map((f) => [f.text, f.attribute, f.status === 'conflict']), [['2000万', 'users', true], ['约1500万', 'users', true]]);
  // downloads and daily users are not
  const b = analyse('腾讯旗下的AI助手元宝日活跃用户已突破2000万。\n\n| 指标 | 数值 |\n| --- | --- |\n| 元宝下载量 | 约1500万 |', { markdown: true });
  assert.deepEqual(b.figures.filter((f) => f.status === 'conflict'), []);
});

test('这款模型 after a family named loosely (混元大模型) is the model the story is about (混元Large)', () => {
  const a = analyse('腾讯开源混元Large，该模型总参数3890亿。\n\n腾讯透露，混元大模型已接入超过700个业务场景。\n\n业内人士认为，这款总参数达3200亿的模型规模最大。');
  const f = a.figures.find((x) => x.text === '3200亿')!;
  assert.equal(a.entities.find((e) => e.entityId === f.subjectId)?.canonical, 'Hunyuan-Large');
});

test('prices: the same rate of one model stated twice with values the writer says disagree conflicts; other prices never do', () => {
  assert.deepEqual(conflicts('StarGPT的输出价格为8元/百万tokens。\n\n在官网价格页上，StarGPT的输出价格则标为每百万tokens 12元，与发布会公布的数字不同。'), ['8元/百万tokens', '每百万tokens 12元']);
  assert.deepEqual(conflicts('StarGPT的輸出價格為8元/百萬tokens。\n\n在官網價格頁上，StarGPT的輸出價格則標為每百萬tokens 12元，與發布會公布的數字不同。'), ['8元/百萬tokens', '每百萬tokens 12元']);
  // prices come in tiers and variants a text may not name: without the writer saying they disagree, no conflict
  assert.deepEqual(conflicts('StarGPT的输出价格为8元/百万tokens。\n\n在官网价格页上，StarGPT的输出价格则标为每百万tokens 12元。'), []);
  assert.deepEqual(conflicts('StarGPT的输出价格为8元/百万tokens。\n\n在官网价格页上，StarGPT的输出价格标为每百万tokens 12元，两者并不矛盾。'), []);
  for (const text of [
    // input and output, or a price with and without its side named
    'StarGPT的输入价格为2元/百万tokens。StarGPT的输出价格为8元/百万tokens。',
    'StarGPT的价格为2元/百万tokens。StarGPT的输出价格为8元/百万tokens。',
    // different times, or a change
    '2024年StarGPT的输出价格为12元/百万tokens。2025年StarGPT的输出价格为8元/百万tokens。',
    'StarGPT的输出价格为12元/百万tokens。StarGPT的输出价格此前为16元/百万tokens。',
    // a sentence that tells of a price change or a period the price holds for
    'StarGPT的输出价格为2元/百万tokens，与内测期相比下调了六成。\n\n内测期的输出价格为每百万tokens 5元。',
    'StarGPT的輸出價格為2元/百萬tokens，與內測期相比下調了六成。\n\n內測期的輸出價格為每百萬tokens 5元。',
    // different denominators or currencies, or a price that is no rate (a configuration's)
    'StarGPT的输出价格为8元/百万tokens。StarGPT的输出价格为8元/千tokens。',
    'StarGPT的输出价格为8元/百万tokens。StarGPT的输出价格为2美元/百万tokens。',
    'StarBox售价1.99万元。StarBox售价2.99万元。',
  ]) assert.deepEqual(conflicts(text), [], text);
});

test('prices across documents: each announcement may change the price, so no conflict', () => {
  const price = (text: string) => analyse(text).figures[0];
  const elsewhere = (f: ReturnType<typeof price>): ExternalFigure => ({ ...f, path: 'file:///b.md', position: { line: 0, character: 0 } });
  const [status] = assignStatuses([price('StarGPT的输出价格为8元/百万tokens。')], kb, { external: [elsewhere(price('StarGPT的输出价格为12元/百万tokens。'))] });
  assert.notEqual(status.status, 'conflict');
});

test('a figure a fact verifies still conflicts with another figure of the text that contradicts it (both places need a look)', () => {
  assert.deepEqual(conflicts('DeepSeek-V3总参数6710亿。\n\n另一份报告称，DeepSeek-V3总参数为8000亿。'), ['6710亿', '8000亿']);
  assert.deepEqual(conflicts('DeepSeek-V3總參數6710億。\n\n另一份報告稱，DeepSeek-V3總參數為8000億。'), ['6710億', '8000億']);
  // nothing contradicts it: verified
  assert.equal(analyse('DeepSeek-V3总参数6710亿。').figures[0].status, 'verified');
});

test('two figures written to the same precision that differ in a digit conflict (52.3 vs 53.2); a part of a total (其中约3亿元) never does', () => {
  assert.deepEqual(conflicts('百川智能2025年11月营收52.3亿元。\n\n百川智能表示，2025年11月营收为53.2亿元。'), ['52.3亿元', '53.2亿元']);
  assert.deepEqual(conflicts('百川智能2025年11月營收52.3億元。\n\n百川智能表示，2025年11月營收為53.2億元。'), ['52.3億元', '53.2億元']);
  assert.deepEqual(conflicts('百川智能2025年11月营收52.3亿元。\n\n百川智能表示，2025年11月营收为52.3亿元，其中包含约3亿元的一次性收入。'), []);
  assert.deepEqual(conflicts('StarGPT拥有1750亿参数。StarGPT即175B参数的版本。'), []);
});

test('years listed before 分别 go with the figures after it (同期 names them again); a year\'s 全年 figure is that year\'s', () => {
  const text = '大模型公司智岚科技2023年、2024年、2025年分别实现收入1.92亿元、4.05亿元和7.86亿元。同期净亏损分别为5.6亿元、8.3亿元及6.9亿元。\n\n不过，资料集另一节称，公司2025年全年收入为7.68亿元，与财务资料部分的数字不一致。';
  assert.deepEqual(conflicts(text), ['7.86亿元', '7.68亿元']);
  const scopes = analyse(text).figures.map((f) => f.scope);
  assert.deepEqual(scopes.slice(0, 6), ['2023', '2024', '2025', '2023', '2024', '2025']);
  // traditional, and no conflict when the later figure is another year's
  assert.deepEqual(conflicts('大模型公司智嵐科技2023年、2024年分別實現收入1.92億元和4.05億元。\n\n公司2023年全年收入為1.92億元。'), []);
  assert.deepEqual(conflicts('大模型公司智嵐科技2023年、2024年分別實現收入1.92億元和4.05億元。\n\n公司2024年全年收入為4.50億元，與前文不一致。'), ['4.05億元', '4.50億元']);
});

test('two values of one figure in one sentence the writer says disagree (相差, 不一致) conflict, unless it corrects one', () => {
  assert.deepEqual(conflicts('纬岚科技10月营收达1,286亿元。\n\n值得注意的是，公司申报的10月营收为1,286亿元，但新闻稿却写成1,268亿元，两者相差18亿元。'), ['1,286亿元', '1,286亿元', '1,268亿元']);
  assert.deepEqual(conflicts('緯嵐科技10月營收達1,286億元。\n\n值得注意的是，公司申報的10月營收為1,286億元，但新聞稿卻寫成1,268億元，兩者相差18億元。'), ['1,286億元', '1,286億元', '1,268億元']);
  // a correction accounts for the two values
  assert.deepEqual(conflicts('纬岚科技10月营收达1,286亿元。\n\n公司申报的10月营收为1,268亿元，后更正为1,286亿元，两者相差18亿元。'), []);
  // no word of disagreement: one sentence with two values is the writer's own account
  assert.deepEqual(conflicts('纬岚科技10月营收达1,286亿元。\n\n公司申报的10月营收为1,286亿元，新闻稿写的是1,268亿元。'), []);
});

test('a number in two parts (3兆8,090億) is as precise as its last part, so 3兆8,090億 and 3兆8,920億 disagree', () => {
  assert.deepEqual(conflicts('台積電今日召開法說會。值得注意的是，公司上季財報曾指2025年全年營收為3兆8,090億元，但本次簡報附表列為3兆8,920億元，公司並未說明差異原因。'), ['3兆8,090億元', '3兆8,920億元']);
  assert.equal(roundingSlack({ text: '3兆8,090億元', value: 3.809e12 }), 0.5e8);
  assert.equal(roundingSlack({ text: '1亿2000万', value: 1.2e8 }), 0.5e4);
});

test('全年 twice in one document with no year named is the same year; 预训练 narrows no training tokens', () => {
  assert.deepEqual(conflicts('AI平台公司汇岚云科披露年度业绩，公司全年总收入为48.6亿元。\n\n在业绩说明会上，首席财务官表示：“公司全年收入达到46.8亿元。”'), ['48.6亿元', '46.8亿元']);
  assert.deepEqual(conflicts('MiniMax发布MiniMax-M2.5，该模型在15万亿tokens的数据上完成训练。\n\n技术报告写道，MiniMax-M2.5的预训练语料规模为18万亿tokens，与发布会口径并不一致。'), ['15万亿tokens', '18万亿tokens']);
  // across documents each 全年 may be another year
  assert.deepEqual(conflicts('AI平台公司汇岚云科披露业绩，公司全年总收入为48.6亿元。'), []);
});

test('a speaker who says a figure was wrong (讲错, 其实是) sets the two prices against each other', () => {
  assert.deepEqual(conflicts('阿凯：Gemini 2.5 Flash的输出为2.5美元/百万tokens。\n小雨：好。\n阿凯：我刚刚讲错一个数字，Gemini 2.5 Flash的输出，官网写的是每百万tokens 3.5美元，不是2.5。'), ['2.5美元/百万tokens', '每百万tokens 3.5美元']);
  assert.deepEqual(conflicts('阿凱：Gemini 2.5 Flash的輸出為2.5美元/百萬tokens。\n小雨：好。\n阿凱：我剛剛講錯一個數字，Gemini 2.5 Flash的輸出，官網寫的是每百萬tokens 3.5美元，不是2.5。'), ['2.5美元/百萬tokens', '每百萬tokens 3.5美元']);
});

test('a cue in a table cell before its figure (参数量 | 671B（激活37B）) decides before the column header: no false conflict', () => {
  const text = '| 模型 | 参数量 | 上下文 |\n| --- | --- | --- |\n| DeepSeek-V3 | 671B（激活37B） | 128K |';
  assert.deepEqual(conflicts(text), []);
  assert.equal(analyse(text).figures.find((f) => f.text === '37B')?.attribute, 'activated_parameters');
  assert.deepEqual(conflicts('| 模型 | 參數量 |\n| --- | --- |\n| DeepSeek-V3 | 671B（激活37B） |'), []);
});

test('an ablation row (数据减至5000条) is a setting, no contradiction of the training data stated elsewhere', () => {
  assert.deepEqual(conflicts('作者只用1.2万条偏好数据训练Qwen2-7B-Instruct。\n\n| 设置 | GSM8K |\n| --- | --- |\n| 数据减至5000条 | 87.9 |'), []);
});

test('a score its maker reports (官方技术报告中…) is compared with the maker\'s scores only, not with an independent test\'s', () => {
  assert.deepEqual(conflicts('| 模型 | C-Eval |\n| --- | --- |\n| Qwen2.5-Max | 87.4 |\n\n阿里云官方技术报告中Qwen2.5-Max的C-Eval成绩为91.2。'), []);
  assert.deepEqual(conflicts('| 模型 | C-Eval |\n| --- | --- |\n| Qwen2.5-Max | 87.4 |\n\n阿里雲官方技術報告中Qwen2.5-Max的C-Eval成績為91.2。'), []);
  // two independent tests of one benchmark still contradict
  assert.deepEqual(conflicts('| 模型 | C-Eval |\n| --- | --- |\n| Qwen2.5-Max | 87.4 |\n\n另一份评测中Qwen2.5-Max的C-Eval成绩为91.2。'), ['87.4', '91.2']);
});

test('a time named before a semicolon holds after it: the quarter of 营收 is the quarter of 净利润', () => {
  const text = '财报显示，本季度星澜科技实现营业收入5.82亿元；归属于股东的净利润为1.86亿元。\n\n财报附注中，星澜科技本季度净利润一项写作1.68亿元。';
  assert.deepEqual(conflicts(text), ['1.86亿元', '1.68亿元']);
  assert.deepEqual(conflicts(text.replace('。\n\n财报附注中，星澜科技本季度', '。\n\n财报附注中，星澜科技上季度')), []);
  assert.deepEqual(conflicts('財報顯示，本季度星瀾科技實現營業收入5.82億元；歸屬於股東的淨利潤為1.86億元。\n\n財報附註中，星瀾科技本季度淨利潤一項寫作1.68億元。'), ['1.86億元', '1.68億元']);
});

test('two values of one sentence that it says disagree are no variants: they conflict with each other and with the rest', () => {
  const text = '鸿海第三季营收达1兆8,600亿元。\n\n分析师提醒，鸿海第三季营收虽达1兆8,600亿元，但该公司简报中列出的第三季营收为1兆7,800亿元，两者出现落差。';
  assert.deepEqual(conflicts(text), ['1兆8,600亿元', '1兆8,600亿元', '1兆7,800亿元']);
  assert.deepEqual(conflicts('鴻海第三季營收達1兆8,600億元。\n\n分析師提醒，鴻海第三季營收雖達1兆8,600億元，但該公司簡報中列出的第三季營收為1兆7,800億元，兩者出現落差。'), ['1兆8,600億元', '1兆8,600億元', '1兆7,800億元']);
  // (two versions of a sentence are variants still: 参数量分别为80亿和5亿)
  assert.deepEqual(conflicts('StarGPT有两个版本，参数量分别为80亿和5亿。StarGPT的参数量为80亿。'), []);
});

test('本轮 of a story that names one round is that round', () => {
  const text = '百川智能完成A轮融资，投后估值超过20亿元。\n\n据知情人士透露，百川智能本轮融资的投后估值约15亿元。';
  assert.deepEqual(conflicts(text), ['超过20亿元', '约15亿元']);
  assert.deepEqual(conflicts('百川智能完成A輪融資，投後估值超過20億元。\n\n據知情人士透露，百川智能本輪融資的投後估值約15億元。'), ['超過20億元', '約15億元']);
  // (a story that names two rounds does not say which one 本轮 is)
  assert.deepEqual(conflicts('百川智能此前完成A轮融资，投后估值超过20亿元；百川智能此后完成B轮融资。\n\n据知情人士透露，百川智能本轮融资的投后估值约15亿元。'), []);
});

test('a price in a table takes the side its header names (输入价格): it conflicts with the same side in a sentence that says they differ', () => {
  const table = '| 模型 | 厂商 | 输入价格（元/百万tokens） |\n| --- | --- | --- |\n| Qwen2.5-72B | 阿里云 | 4 |\n| StarGPT | 星澜科技 | 4 |\n\n';
  const text = `${table}值得注意的是，官网目前显示，StarGPT的输入价格为每百万tokens 8元，与我们此前从渠道获取的报价存在差异，我们以表格数据为准，后续将持续跟踪。`;
  assert.deepEqual(conflicts(text), ['4', '每百万tokens 8元']);
  // (the output price is another one; a price the sentence says was cut is a later one)
  assert.deepEqual(conflicts(text.replace('StarGPT的输入价格为', 'StarGPT的输出价格为')), []);
  assert.deepEqual(conflicts(text.replace('官网目前显示，StarGPT的输入价格为', '官网显示，StarGPT的输入价格已下调至')), []);
});

test('此前 of a report (此前有媒体报道称) is when it was said, not an earlier state: its figure conflicts', () => {
  assert.deepEqual(conflicts('# StarGPT开源：总参数3890亿\n\n此前有媒体报道称StarGPT的总参数量为1.2万亿，这一说法与官方技术报告不符。'), ['3890亿', '1.2万亿']);
  assert.deepEqual(conflicts('# StarGPT開源：總參數3890億\n\n此前有媒體報導稱StarGPT的總參數量為1.2萬億，這一說法與官方技術報告不符。'), ['3890億', '1.2萬億']);
});

test('a user count that goes on a list counts the way the one before it does: two monthly actives of one month conflict', () => {
  assert.deepEqual(conflicts('豆包的月活2024年12月为7523万，2025年1月增长至7861万。\n\n另据统计，豆包2025年1月的月活为9800万。'), ['7861万', '9800万']);
});

test('a month without its year in a story whose months are of one year is of that year', () => {
  const text = '据统计，豆包2024年10月的月活为5100万。\n\n另一份榜单显示，豆包11月月活约8000万。\n\n该榜单附表给出的豆包2024年11月月活为6000万。';
  assert.deepEqual(conflicts(text), ['约8000万', '6000万']);
  // (months of two years leave a month without its year as it is written)
  assert.deepEqual(conflicts(text.replace('2024年10月', '2023年10月')), []);
});

test('a unit written in traditional script is written: 800億參數 contradicts 700億 as 800亿参数 does', () => {
  assert.deepEqual(conflicts('StarGPT的參數規模達700億。\n\nStarGPT擁有800億參數。'), ['700億', '800億參數']);
});

test('a size said of one version of several (还有参数量为70亿的版本) and a count of last month are no contradiction', () => {
  assert.deepEqual(conflicts('Qwen2.5的参数量为720亿。\n\n另外，Qwen2.5还有参数量为70亿的版本。'), []);
  assert.deepEqual(conflicts('Qwen2.5的參數量為720億。\n\n另外，Qwen2.5還有參數量為70億的版本。'), []);
  assert.deepEqual(conflicts('Kimi月活为3600万。\n\n上个月Kimi月活为3200万。'), []);
  assert.deepEqual(conflicts('Kimi月活為3600萬。\n\n上個月Kimi月活為3200萬。'), []);
  // (a count of now said twice still conflicts)
  assert.deepEqual(conflicts('Kimi月活为3600万。\n\n另有数据显示，Kimi月活为2000万。'), ['3600万', '2000万']);
});

test('a sentence that opens with 其中 breaks down the one before: it takes its time, and its parts never conflict with the total', () => {
  // 1.27亿 is April's (the sentence before names it), 1.21亿 March's: no conflict
  assert.deepEqual(conflicts('4月国内AI助手类App合计月活达到3.86亿。其中，豆包以1.27亿月活排名第一。\n\n豆包4月月活较3月的1.21亿环比增长5.0%。'), []);
  assert.deepEqual(conflicts('4月國內AI助手類App合計月活達到3.86億。其中，豆包以1.27億月活排名第一。\n\n豆包4月月活較3月的1.21億環比增長5.0%。'), []);
  // a part of the company's revenue is no other value of it
  assert.deepEqual(conflicts('百度第四季度总营收为341亿元。其中，百度核心营收261亿元，同比增长2%。'), []);
  // still: the same month's value said twice differently
  assert.deepEqual(conflicts('4月国内AI助手类App合计月活达到3.86亿。其中，豆包以1.27亿月活排名第一。\n\n另一家机构的数据显示，豆包4月月活为1.05亿，与前者出入较大。'), ['1.27亿', '1.05亿']);
});

test('a business named before a revenue cue is a part of the company: its revenue never conflicts with the total', () => {
  assert.deepEqual(conflicts('百度2024年第二季度总营收339亿元，同比下降0.4%；百度核心收入为265亿元。'), []);
  assert.deepEqual(conflicts('百度2024年第二季度總營收339億元，同比下降0.4%；百度核心收入為265億元。'), []);
  assert.deepEqual(conflicts('英伟达第三季度营收351亿美元。\n\n英伟达第三季度数据中心营收308亿美元。'), []);
  // still: the whole company's revenue said twice differently, with or without 总
  assert.deepEqual(conflicts('百川智能2023年总营收为10亿元。\n\n另有报道称，百川智能2023年实现营收30亿元。'), ['10亿元', '30亿元']);
});

test('a variant or a size named with a figure narrows it; the base of a multiple is the other thing\'s value', () => {
  for (const text of [
    // a variant in brackets after the figure (基础模型) against the instruct model's
    'StarGPT的数学基准MATH为62.1（基础模型）。\n\nStarGPT的MATH在指令版中为83.1。',
    'StarGPT的數學基準MATH為62.1（基礎模型）。\n\nStarGPT的MATH在指令版中為83.1。',
    // one size of a family per sentence
    '论文披露，StarGPT的8B版本训练了11天。StarGPT的4B版本则只训练了6天。',
    // 405B参数是72B的五倍: 72B is what the multiple is taken of
    'Llama 3.1 405B总参数为4050亿。Llama 3.1 405B参数是720亿的五倍多。',
    // a setting a measurement was made in (128K长度下, 4K 输入长度下) claims nothing, not even against another setting
    'StarGPT在128K长度下的准确率为93.7%。StarGPT的上下文长度为8K。\n\n下表给出了StarGPT在4K 输入长度下推理所需的最低显存。',
    // a new version announced with its size is no other value of the current one's
    'StarGPT-8B的参数量约80亿。计划办公室表示，今年将推出参数规模达120亿的新版本。',
    // GPUs added later are no other count of those there are (再增加)
    '国网中心表示，新系统配备约1,700张H100 GPU。国网中心也规划在2026年前再增加约1,000张GPU。',
    // a subsidiary named after 旗下子公司 is a company of its own
    '緯創9月營收為2,086億元。緯創旗下子公司緯穎9月營收則為903億元。',
  ]) assert.deepEqual(conflicts(text), [], text);
  // still: one variant's value said twice differently
  assert.deepEqual(conflicts('StarGPT的MATH为62.1（基础模型）。\n\n另一份报告称，StarGPT的MATH为58.3（基础模型）。'), ['62.1', '58.3']);
});

test('a side named inside a rate\'s denominator narrows it (per 1M input tokens, 每百万输出tokens)', () => {
  assert.deepEqual(conflicts('GPT-4o costs $2.5 per 1M input tokens and $10 per 1M output tokens.'), []);
  assert.deepEqual(conflicts('豆包每百万输入tokens 0.8元，每百万输出tokens 2元。'), []);
});

test('the same measure restated by another source (同月数据却是) is that measure, and disagrees', () => {
  assert.deepEqual(conflicts('据QuestMobile统计，2024年11月Kimi的月活跃用户数为1282万，日活跃用户约310万；但AI产品榜给出的同月数据却是2100万。'), ['1282万', '2100万']);
  assert.deepEqual(conflicts('據QuestMobile統計，2024年11月Kimi的月活躍用戶數為1282萬，日活躍用戶約310萬；但AI產品榜給出的同月數據卻是2100萬。'), ['1282萬', '2100萬']);
});

test('businesses of a breakdown are parts named by their clause, and what one customer contributes is a part: none contradicts the total or each other', () => {
  for (const text of [
    '按业务划分，云栖智能2023年模型订阅服务收入为3.1亿元；硬件集成项目收入为2.4亿元。',
    '按業務劃分，雲棲智能2023年模型訂閱服務收入為3.1億元；硬件集成項目收入為2.4億元。',
    '云栖智能2023年营收为6.2亿元。\n\n客户方面，云栖智能的第一大客户是一家车企，2023年贡献收入约1.1亿元。',
    '雲棲智能2023年營收為6.2億元。\n\n客戶方面，雲棲智能的第一大客戶是一家車企，2023年貢獻收入約1.1億元。',
  ]) assert.deepEqual(conflicts(text), [], text);
  // one business named twice with two values still disagrees
  assert.deepEqual(conflicts('按业务划分，云栖智能2023年模型订阅服务收入为3.1亿元。\n\n按业务划分，云栖智能2023年模型订阅服务收入为2.2亿元。'), ['3.1亿元', '2.2亿元']);
});

test('DeepSeek-V3 is published at 6710亿 (main model) and 6850亿 (with its prediction module): both hold', () => {
  for (const text of ['DeepSeek-V3的总参数为6850亿。', 'DeepSeek-V3的總參數為6850億。', 'DeepSeek-V3的总参数为6710亿。']) {
    assert.deepEqual(analyse(text).figures.filter((f) => f.status === 'conflict').map((f) => f.text), [], text);
  }
  assert.deepEqual(analyse('DeepSeek-V3的总参数为5000亿。').figures.map((f) => f.status), ['conflict']);
});

const conflictsInMarkdown = (text: string) => analyse(text, { markdown: true }).figures.filter((f) => f.status === 'conflict').map((f) => f.text);

test('a plan\'s heading (### 专业版, ### 企业版, ### Pro) narrows what its lines state: one plan\'s quota is not another\'s', () => {
  for (const text of [
    '# 云帆平台定价\n\n云帆平台是云帆科技的大模型平台。云帆平台提供推理服务，云帆平台按量计费。\n\n### 专业版\n\n- 支持上下文长度32K\n- 每月调用量500万次\n\n### 企业版\n\n- 支持上下文长度128K\n- 每月调用量1亿次\n',
    '# 云帆平台定價\n\n云帆平台是云帆科技的大模型平台。云帆平台提供推理服務，云帆平台按量計費。\n\n### 專業版\n\n- 支援上下文長度32K\n- 每月調用量500萬次\n\n### 企業版\n\n- 支援上下文長度128K\n- 每月調用量1億次\n',
    '# 云帆平台定价\n\n云帆平台是云帆科技的大模型平台。云帆平台提供推理服务，云帆平台按量计费。\n\n### Pro\n\n支持上下文长度32K。\n\n### Enterprise（推荐）\n\n支持上下文长度128K。\n',
  ]) assert.deepEqual(conflictsInMarkdown(text), [], text);
  // (under one plan's heading two context windows still disagree)
  assert.deepEqual(conflictsInMarkdown('# 云帆平台定价\n\n云帆平台是云帆科技的大模型平台。云帆平台提供推理服务，云帆平台按量计费。\n\n### 专业版\n\n云帆平台支持上下文长度32K。\n\n另一份材料称云帆平台支持上下文长度128K。\n'), ['32K', '128K']);
});

test('a user count of a stated month and one with no time are counts of different times; a size of an unnamed class of models is no one\'s', () => {
  for (const text of [
    'Kimi上线半年后，日活约180万。\n\n数据显示，今年9月，Kimi的日活不到70万。',
    'Kimi上線半年後，日活約180萬。\n\n數據顯示，今年9月，Kimi的日活不到70萬。',
    'Qwen1.5-MoE-A2.7B的总参数为143亿。官方称，它的效果与70亿参数级别的稠密模型相当。',
    'Qwen1.5-MoE-A2.7B的總參數為143億。官方稱，它的效果與70億參數級別的稠密模型相當。',
  ]) assert.deepEqual(conflicts(text), [], text);
});

test('a product\'s revenue counted for its maker is that business\'s, no contradiction of the company\'s total', () => {
  for (const text of [
    '算芯科技（688721.SH）深度报告。算芯科技2024年实现营业收入11.8亿元。\n\n公司旗下全资子公司运营的算芯云平台，截至2024年末服务客户超过600家，全年实现收入1.7亿元。',
    '算芯科技（688721.SH）深度報告。算芯科技2024年實現營業收入11.8億元。\n\n公司旗下全資子公司營運的算芯雲平台，截至2024年末服務客戶超過600家，全年實現收入1.7億元。',
  ]) assert.deepEqual(conflicts(text), [], text);
});

test('a context window in characters (约30万汉字) is no count of tokens (64K): different units never conflict', () => {
  for (const text of [
    '深流-R2的上下文窗口为64K。深流-R2很强，深流-R2开源。\n\n深流-R2可一次性处理约30万汉字的长文档。',
    '深流-R2的上下文窗口為64K。深流-R2很強，深流-R2開源。\n\n深流-R2可一次性處理約30萬漢字的長文檔。',
  ]) assert.deepEqual(conflicts(text), [], text);
});

test('a figure of something under the subject that the text names without a known name (瑞昇旗下…的宏穎雲端) is a part, never the whole', () => {
  for (const text of [
    '組裝大廠瑞昇電腦公布3月營收為1,856.3億元。\n\n瑞昇旗下專攻雲端伺服器主機板的宏穎雲端，3月營收同樣亮眼，達312.5億元。',
    '组装大厂瑞昇电脑公布3月营收为1,856.3亿元。\n\n瑞昇旗下专攻云端服务器主板的宏颖云端，3月营收同样亮眼，达312.5亿元。',
  ]) assert.deepEqual(conflicts(text), [], text);
});

test('a score whose model only an earlier sentence named (a yardstick, 卡在X和Y之间) accuses no table cell of X', () => {
  const table = '| 基准 | Helix-MoE-141B | Qwen3-235B-A22B |\n| --- | --- | --- |\n| C-Eval | 90.3 | 88.4 |\n\n';
  assert.deepEqual(conflicts(`${table}译者后记：141B 这个尺寸正好卡在 Qwen3-235B-A22B 和 30B 级小模型之间，单机 4 卡就能跑。C-Eval 90.3 在同级别开源模型里确实能打。`), []);
  assert.deepEqual(conflicts(`${table}譯者後記：141B 這個尺寸正好卡在 Qwen3-235B-A22B 和 30B 級小模型之間，單機 4 卡就能跑。C-Eval 90.3 在同級別開源模型裡確實能打。`), []);
  // (named in its own sentence, it does)
  assert.deepEqual(conflicts(`${table}Qwen3-235B-A22B 的 C-Eval 得分为 90.3。`), ['88.4', '90.3']);
});

test('a context said of one card (在单张80GB显卡上即可处理140K) and items of a test (12项指标里只有1项) never contradict the model\'s own figures', () => {
  for (const text of [
    'StarGPT支持256K上下文。\n\nStarGPT在单张80GB显卡上即可处理140K上下文。',
    'StarGPT支持256K上下文。\n\nStarGPT在單張80GB顯卡上即可處理140K上下文。',
    'StarGPT的预训练数据中，代码约占四成。\n\n我们让它提取关键财务数据并生成表格，StarGPT给出的12项指标里只有1项单位写错了。',
  ]) assert.deepEqual(conflicts(text), [], text);
});

test('a price in a cell\'s note (2（缓存命中 0.5）) is the noted price, no second reading of the cell\'s', () => {
  const a = analyse('| 模型 | 输入（元/百万tokens） |\n| --- | --- |\n| DeepSeek-V3 | 2（缓存命中 0.5） |\n\nDeepSeek-V3的输入价格为2元/百万tokens。');
  assert.deepEqual(a.figures.filter((f) => f.status === 'conflict').map((f) => f.text), []);
  assert.match(a.figures.find((f) => f.text === '0.5')?.facet ?? '', /缓存命中/);
});

test('a month and the first quarter (首季) are different times: 3月營收 and 首季營收 never conflict', () => {
  for (const text of [
    '緯創3月營收2,070億元，月增88%；首季營收4,857億元，年增98.2%。',
    '纬创3月营收2,070亿元，月增88%；首季营收4,857亿元，年增98.2%。',
    // 前两月 is the first two months together, not one of them
    '纬创2月营收1,500亿元。纬创前两月营收2,800亿元。',
  ]) assert.deepEqual(conflicts(text), [], text);
  // two figures of the first quarter still do
  assert.deepEqual(conflicts('纬创首季营收4,857亿元。\n\n另有报道称，纬创第一季度营收为3,900亿元。'), ['4,857亿元', '3,900亿元']);
});

test('a quarter written with a digit (第3季) and the first three quarters (前三季) are times of their own: no conflict with the month before them', () => {
  for (const text of [
    '廣達10日公布9月合併營收1,856.2億元，月增21.4%；第3季營收達5,132億元，季增18.6%，前三季累計營收1.46兆元。',
    '广达10日公布9月合并营收1,856.2亿元，月增21.4%；第3季营收达5,132亿元，季增18.6%，前三季累计营收1.46兆元。',
  ]) assert.deepEqual(conflicts(text), [], text);
  // two figures of the third quarter still do
  assert.deepEqual(conflicts('广达第3季营收达5,132亿元。\n\n另有报道称，广达第三季度营收为4,900亿元。'), ['5,132亿元', '4,900亿元']);
});

test('a measure moved from the chip a heading names to the model run on it (## H20 部署 / 上下文开到 32K) accuses nothing: a guess on a guess', () => {
  for (const text of [
    '# 部署笔记\n\n## H20 部署\n\n这次用的模型是 Qwen2.5-72B。\n\n上下文开到 32K，够用。\n\n| 模型 | 上下文 |\n| --- | --- |\n| Qwen2.5-72B | 128K |\n',
    '# 部署筆記\n\n## H20 部署\n\n這次用的模型是 Qwen2.5-72B。\n\n上下文開到 32K，夠用。\n\n| 模型 | 上下文 |\n| --- | --- |\n| Qwen2.5-72B | 128K |\n',
  ]) {
    const a = analyse(text, { markdown: true });
    assert.equal(a.figures.find((f) => f.text === '32K')?.subjectId, 'model:qwen2.5-72b', text);
    assert.deepEqual(a.figures.filter((f) => f.status === 'conflict').map((f) => f.text), [], text);
  }
});

test('a model\'s round size in its name (QwQ-32B以320亿参数) contradicts no exact count a source gives', () => {
  const facts = kb.factsBySubject.get('model:qwq-32b') ?? [];
  assert.ok(facts.some((f) => f.attribute === 'parameters' && f.value !== 32e9), 'the bundled facts give QwQ-32B an exact count');
  for (const text of ['阿里开源QwQ-32B，该模型参数量为320亿。', '阿里開源QwQ-32B，該模型參數量為320億。']) {
    assert.deepEqual(conflicts(text), [], text);
  }
  // another number still contradicts it
  assert.deepEqual(conflicts('阿里开源QwQ-32B，该模型参数量为720亿。'), ['720亿']);
});

test('a tier of input lengths (0-32K输入区间) is no context window', () => {
  for (const text of ['豆包1.6支持256K上下文。在0-32K输入区间，输入价格为0.8元/百万tokens。', '豆包1.6支援256K上下文。在0-32K輸入區間，輸入價格為0.8元/百萬tokens。']) {
    const a = analyse(text).figures.find((f) => f.text === '0-32K');
    assert.equal(a?.attribute, 'other', text);
    assert.deepEqual(conflicts(text), [], text);
  }
});

test('a span of months (1–10月, 1-10月, 1至10月) is a time of its own, not its last month', () => {
  assert.deepEqual(analyse('广达1–10月累计营收15,820亿元，10月营收1,660亿元。').figures.map((f) => f.scope), ['1-10月', '-10']);
  assert.deepEqual(analyse('廣達1至10月累計營收15,820億元。').figures.map((f) => f.scope), ['1-10月']);
});

test('a business named before its revenue (美国商业收入) is a segment, no total; tokens of a kind of data named after them (的长文档数据) are that data\'s', () => {
  for (const text of ['Palantir第三季度美国商业收入达3.97亿美元，同比增长121%。\n\n回顾来看，Palantir第三季度11.6亿美元的营收中，美国市场贡献了约75%。', 'Palantir第三季度美國商業收入達3.97億美元，同比增長121%。\n\n回顧來看，Palantir第三季度11.6億美元的營收中，美國市場貢獻了約75%。']) {
    assert.deepEqual(conflicts(text), [], text);
  }
  for (const text of ['DeepSeek-V3的预训练语料总量为14.8T tokens；在320亿tokens的长文档数据上将上下文扩展至128K。', 'DeepSeek-V3的預訓練語料總量為14.8T tokens；在320億tokens的長文檔數據上將上下文擴展至128K。']) {
    assert.deepEqual(conflicts(text), [], text);
  }
  // (the same kind of data twice still conflicts)
  assert.deepEqual(conflicts('DeepSeek-V3的预训练语料总量为14.8T tokens。\n\n另据报道，DeepSeek-V3的预训练语料总量为9.2T tokens。'), ['14.8T tokens', '9.2T tokens']);
});

test('a count of training tokens is compared with a fact at 5 % (one paper says 3T and 3.1T of one run)', () => {
  const status = (text: string) => analyse(text).figures.map((f) => [f.text, f.status]);
  assert.deepEqual(status('Yi-34B的训练数据为3.0T tokens。'), [['3.0T tokens', 'verified']]);
  assert.deepEqual(status('Yi-34B的訓練數據為3.0T tokens。'), [['3.0T tokens', 'verified']]);
  assert.deepEqual(status('Yi-34B的训练数据为2.5T tokens。'), [['2.5T tokens', 'conflict']]);
});

test('全年 after a quarter is the whole year, a time of its own: a quarter\'s revenue and the year\'s do not conflict', () => {
  assert.deepEqual(conflicts('星汉智能第四季度总营收达到18.62亿元，同比增长47.3%；全年总营收63.4亿元，首次突破60亿元大关。'), []);
  assert.deepEqual(conflicts('星漢智能第四季度總營收達到18.62億元，同比增長47.3%；全年總營收63.4億元，首次突破60億元大關。'), []);
  assert.deepEqual(analyse('2024年第四季度，华为营收达到1,862亿元，全年营收6,340亿元。').figures.map((f) => f.scope), ['2024Q4', '2024']);
  assert.deepEqual(analyse('第四季度，华为营收1,862亿元，全年营收6,340亿元。').figures.map((f) => f.scope), ['Q4', '全年']);
});

test('years of the Republic calendar are times: 112年 and 117年 figures are different times, 112年 twice the same', () => {
  assert.deepEqual(conflicts('112年國內AI產業產值約新臺幣3,100億元，目標117年達新臺幣1兆元以上。'), []);
  assert.deepEqual(conflicts('鴻海112年營收為新臺幣6.16兆元，113年營收為新臺幣6.86兆元。'), []);
  assert.deepEqual(conflicts('鴻海112年營收為新臺幣6.16兆元。\n\n另據報導，鴻海112年營收為新臺幣5.8兆元。'), ['新臺幣6.16兆元', '新臺幣5.8兆元']);
  assert.deepEqual(analyse('112年國內AI產業產值約新臺幣3,100億元').figures.map((f) => f.scope), ['2023']);
});

test('a range of years goes with a list of as many figures, one year each (a forecast: 2024-2026年营收分别为a/b/c)', () => {
  const text = '我们预计公司2024-2026年营收分别为249.6/298.3/352.7亿元，对应EPS 0.18/0.39/0.59元。';
  assert.deepEqual(analyse(text).figures.map((f) => f.scope), ['2024', '2025', '2026', '2024', '2025', '2026']);
  assert.deepEqual(conflicts(text), []);
  assert.deepEqual(analyse('我們預計公司2024—2026年營收分別為249.6、298.3、352.7億元。').figures.map((f) => f.scope), ['2024', '2025', '2026']);
  // (a range of another length names no year of each)
  assert.deepEqual(analyse('我们预计公司2024-2027年营收分别为249.6/298.3/352.7亿元。').figures.map((f) => f.scope), ['2027', '2027', '2027']);
});

test('a table\'s column headed by a year holds that year\'s figures, in its caption\'s unit; a filing\'s years before one short clause go with 分别', () => {
  const text = '截至2023年及2024年12月31日止年度，公司收入分別為人民幣6.85億元及9.37億元。\n\n收入按業務分部劃分如下（人民幣百萬元）：\n\n| 分部 | 2023年 | 2024年 |\n|---|---|---|\n| 總計 | 685.0 | 937.0 |\n';
  const figures = analyse(text, { markdown: true }).figures;
  assert.deepEqual(figures.map((f) => [f.text, f.value, f.scope]), [['6.85億元', 685000000, '2023'], ['9.37億元', 937000000, '2024-12'], ['685.0', 685000000, '2023'], ['937.0', 937000000, '2024']]);
  assert.deepEqual(conflictsInMarkdown(text), []);
});

test('a family\'s name where the text names two of its versions (盘古 beside 盘古3.0 and 盘古5.0) may mean either: its figures conflict with nothing', () => {
  assert.deepEqual(conflicts('华为发布了盘古3.0，总参数为1000亿。下一代盘古5.0将在明年发布。\n\n盘古大模型的总参数为1000亿。\n\n盘古大模型的总参数超过3000亿。\n'), []);
  assert.deepEqual(conflicts('華為發布了盤古3.0，總參數為1000億。下一代盤古5.0將在明年發布。\n\n盤古大模型的總參數為1000億。\n\n盤古大模型的總參數超過3000億。\n'), []);
  // (one version named: the family's figures still contradict each other)
  assert.deepEqual(conflicts('华为发布了盘古3.0。\n\n盘古大模型的总参数为1000亿。\n\n盘古大模型的总参数超过3000亿。\n'), ['1000亿', '超过3000亿']);
});

test('a context window in a price list\'s row is a service\'s offer: shorter than the model\'s own it contradicts no fact; said alone it still does', () => {
  const status = (text: string) => analyse(text, { markdown: true }).figures.filter((f) => f.attribute === 'context_length').map((f) => `${f.text}:${f.status}`);
  assert.deepEqual(status('| 模型 | 上下文长度 | 输入价格（元/百万tokens） |\n|---|---|---|\n| DeepSeek-V2 | 32K | 1 |\n'), ['32K:unverified']);
  assert.deepEqual(status('| 模型 | 上下文長度 | 輸入價格（元/百萬tokens） |\n|---|---|---|\n| DeepSeek-V2 | 32K | 1 |\n'), ['32K:unverified']);
  assert.deepEqual(status('DeepSeek-V2的上下文长度为32K。'), ['32K:conflict']);
});

test('figures of different populations or no one\'s never conflict: a survey\'s sample (调研的312家律所), organisations counted by what they are (186家律所 + 9家企业法务部), a loss (三年合共蝕約19億元) beside revenue', () => {
  assert.deepEqual(conflicts('衡律智能的付费客户为186家律所 + 9家企业法务部。\n\n衡律智能的付费客户包括2家银行。'), []);
  assert.deepEqual(conflicts('衡律智能的付費客戶為186家律所 + 9家企業法務部。\n\n衡律智能的付費客戶包括2家銀行。'), []);
  assert.deepEqual(conflicts('衡律智能的付费客户为186家律所。\n\n衡律智能的付费客户为150家律所。'), ['186家', '150家']);
  assert.deepEqual(conflicts('星瀚智能2024年收入为9.46億元。\n\n星瀚智能三年合共蝕約19億元。'), []);
});

test('a countdown (离发布日期只剩9天) is no training run\'s length: it conflicts with none', () => {
  assert.deepEqual(conflicts('鲸语4.0刚跑完最后一轮对齐训练，离发布日期只剩9天。\n\n鲸语4.0使用6144张H800训练了62天。'), []);
  assert.deepEqual(conflicts('鯨語4.0剛跑完最後一輪對齊訓練，離發布日期只剩9天。\n\n鯨語4.0使用6144張H800訓練了62天。'), []);
});

test('a change after a bracketed figure (（82.7）提升了4.2分) is a change, not a score that contradicts the table\'s', () => {
  assert.deepEqual(conflicts('| 基准 | Qingyu3-72B-Instruct |\n|---|---|\n| MMLU | 86.9 |\n\nQingyu3-72B-Instruct 在 MMLU 上比上一代 Qingyu2.5-72B-Instruct（82.7）提升了 4.2 分。'), []);
});

test('a broker\'s year columns, actual or estimated (| 2024A | 2025E |), hold their year\'s figures: a year\'s forecast in the text is compared with its own column only', () => {
  const table = '| 产品 | 厂商 | 2024A | 2025E |\n|---|---|---|---|\n| H20 | 英伟达 | 95 | 100 |\n';
  assert.deepEqual(analyse(`表2：国内AI加速卡出货量（万张）\n${table}`).figures.map((f) => f.scope), ['2024', '2025']);
  assert.deepEqual(analyse(`表2：國內AI加速卡出貨量（萬張）\n${table.replace('产品', '產品').replace('厂商', '廠商').replace('英伟达', '輝達')}`).figures.map((f) => f.scope), ['2024', '2025']);
});

test('a value a change starts from (由 32K 扩展至 128K) is a former one: it contradicts no current value elsewhere', () => {
  assert.deepEqual(conflicts('StarGPT-2的上下文窗口由 32K 扩展至 128K。\n\n规格表中，StarGPT-2的上下文窗口为64K。'), []);
  assert.deepEqual(conflicts('StarGPT-2的上下文窗口由 32K 擴展至 128K。\n\n規格表中，StarGPT-2的上下文窗口為64K。'), []);
  // (由 with no change after it is no former value: 由X发布 …)
  assert.deepEqual(conflicts('StarGPT-2的上下文窗口为32K。\n\n规格表中，StarGPT-2的上下文窗口为64K。'), ['32K', '64K']);
});

test('a question that asserts (不是38.9亿吗？) contradicts as a statement does; a real question does not', () => {
  assert.deepEqual(conflicts('寒武纪前三季度营收41.5亿元。\n\n网友：寒武纪前三季度营收不是38.9亿吗？'), ['41.5亿元', '38.9亿']);
  assert.deepEqual(conflicts('寒武紀前三季度營收41.5億元。\n\n網友：寒武紀前三季度營收不是38.9億嗎？'), ['41.5億元', '38.9億']);
  assert.deepEqual(conflicts('寒武纪前三季度营收41.5亿元。\n\n网友：寒武纪前三季度营收有38.9亿吗？'), []);
});

test('a benchmark score is as precise as it is written: 78.4 and 78.1 on one benchmark conflict', () => {
  assert.deepEqual(conflictsInMarkdown('StarGPT在MMLU上取得78.4分。\n\n| 模型 | MMLU |\n| --- | --- |\n| StarGPT | 78.1 |\n'), ['78.4分', '78.1']);
  // (one written less precisely still covers the other: 78分 and 78.3)
  assert.deepEqual(conflictsInMarkdown('StarGPT在MMLU上取得78分。\n\n| 模型 | MMLU |\n| --- | --- |\n| StarGPT | 78.3 |\n'), []);
});

test('a part broken out of a whole (共计约8万亿tokens，其中约1.5万亿…) contradicts no other size of the whole', () => {
  const card = (front: string) => `${front}# 混元-Large\n\n| 配置项 | 混元-Large |\n| --- | --- |\n| 预训练数据量 | 7T tokens |\n\n## 技术亮点\n\n- 预训练语料共计约8万亿tokens，其中约1.5万亿tokens为高质量合成数据。\n`;
  assert.ok(!conflicts(card('')).includes('约1.5万亿tokens'));
  assert.ok(!conflicts(card('---\nlicense: other\ntags:\n- moe\n---\n\n')).includes('约1.5万亿tokens'));
});

test('sizes that label versions (32K与256K两个版本, 32K版输入…) are variants: their context windows do not conflict', () => {
  assert.deepEqual(conflicts('🫘 3. 豆包大模型1.5 Pro｜字节跳动\n· 上下文：32K与256K两个版本\n· 价格（火山引擎）：32K版输入0.8元/百万tokens、输出2元/百万tokens'), []);
  assert.deepEqual(conflicts('🫘 3. 豆包大模型1.5 Pro｜字節跳動\n· 上下文：32K與256K兩個版本\n· 價格（火山引擎）：32K版輸入0.8元/百萬tokens、輸出2元/百萬tokens'), []);
});

test('a variant named after 的 (MiLM的精简版，只有13亿参数) contradicts no size of the full model', () => {
  assert.deepEqual(conflicts('小米15用的MiLM参数60亿。红米K80也有超级小爱，但端侧用的是MiLM的精简版，只有13亿参数。'), []);
  assert.deepEqual(conflicts('小米15用的MiLM參數60億。紅米K80也有超級小愛，但端側用的是MiLM的精簡版，只有13億參數。'), []);
  assert.deepEqual(conflicts('小米15用的MiLM参数60亿。另据报道，MiLM参数为13亿。'), ['60亿', '13亿']);
});

test('training data counted in what it holds (1.2亿段 clips, 50万条 captions) are two sets: no conflict unless both write one unit', () => {
  assert.deepEqual(conflicts('Hailuo-03的训练数据包含超过1.2亿段视频片段。Hailuo-03的训练数据还包括50万条人工标注描述。'), []);
  assert.deepEqual(conflicts('Hailuo-03的訓練數據包含超過1.2億段視頻片段。Hailuo-03的訓練數據還包括50萬條人工標註描述。'), []);
  assert.deepEqual(conflicts('Hailuo-03的训练数据为1.2亿条。另据报道，Hailuo-03的训练数据为50万条。'), ['1.2亿条', '50万条']);
});

test('a bare 亿 in a sentence that counts tokens (输入tokens总计6080亿，输出1680亿) is no size of a model', () => {
  for (const text of ['DeepSeek-V3总参数6710亿。当天DeepSeek-V3输入tokens总计6080亿，输出1680亿。', 'DeepSeek-V3總參數6710億。當天DeepSeek-V3輸入tokens總計6080億，輸出1680億。']) {
    assert.deepEqual(conflicts(text), [], text);
    assert.notEqual(analyse(text).figures.find((f) => f.text.startsWith('1680'))?.attribute, 'parameters', text);
  }
});

test('a model\'s own report (DeepSeek-V3的官方技术报告显示，该模型…) speaks of that model: its figure conflicts with no other model\'s', () => {
  for (const text of ['Yi-Lightning训练成本约300万美元。DeepSeek-V3的官方技术报告显示，该模型的训练成本仅557.6万美元。', 'Yi-Lightning訓練成本約300萬美元。DeepSeek-V3的官方技術報告顯示，該模型的訓練成本僅557.6萬美元。']) {
    assert.deepEqual(conflicts(text), [], text);
    assert.equal(analyse(text).figures.find((f) => f.text.startsWith('557.6'))?.subjectId, 'model:deepseek-v3', text);
  }
});

test('a size in brackets after a model\'s name (完整版Step-R2（321B）) is its total size, whatever the clause before measured', () => {
  for (const text of ['由于激活参数仅为32B，完整版Step-R2（321B）可在单台服务器上部署。', '由於激活參數僅為32B，完整版Step-R2（321B）可在單台伺服器上部署。']) {
    assert.equal(analyse(text).figures.find((f) => f.text === '321B')?.attribute, 'parameters', text);
  }
});

test('a claim the text reports of others and then refutes (有篇稿子说V3“总参数2360亿”。这是把…安到了V3头上) contradicts nothing', () => {
  assert.deepEqual(conflicts('技术报告写得很清楚：DeepSeek-V3 总参数 671B，每个 token 激活 37B。真正错的是这种：有篇稿子说 V3“总参数 2360 亿、每 token 激活 210 亿”。这是把上一代的规格安到了 V3 头上。'), []);
  assert.deepEqual(conflicts('技術報告寫得很清楚：DeepSeek-V3 總參數 671B，每個 token 激活 37B。真正錯的是這種：有篇稿子說 V3「總參數 2360 億、每 token 激活 210 億」。這是把上一代的規格安到了 V3 頭上。'), []);
  // (reported and not refuted, it still does)
  assert.deepEqual(conflicts('技术报告写得很清楚：DeepSeek-V3 总参数 671B。有篇稿子说 V3“总参数 2360 亿”。'), ['671B', '2360 亿']);
});

test('a net profit after non-recurring items (扣除非经常性损益后的净利润, 经调整净利润) is a measure of its own: it conflicts with no net profit', () => {
  assert.deepEqual(conflicts('百度第三季度实现营业收入186.42亿元；归属于上市公司股东的净利润5.12亿元，同比增长41.70%；扣除非经常性损益后的净利润4.83亿元。'), []);
  assert.deepEqual(conflicts('百度第三季度實現營業收入186.42億元；歸母淨利潤5.12億元；經調整淨利潤4.83億元。'), []);
  assert.deepEqual(conflicts('百度第三季度归母净利润5.12亿元。\n\n另据公告，百度第三季度归母净利润为4.83亿元。'), ['5.12亿元', '4.83亿元']);
});

test('a figure listed in a frame of settings (在 Qwen2.5-72B、32K 上下文、并发 32 的场景下) sets a measurement, no claim: it conflicts with no context window', () => {
  const card = '| 模型 | 上下文 |\n|---|---|\n| Qwen2.5-72B | 128K |\n\n在 Qwen2.5-72B、32K 上下文、并发 32 的场景下，显存占用为38.2 GB。\n';
  assert.deepEqual(conflicts(card), []);
  assert.deepEqual(conflicts(card.replace('显存占用为', '顯存佔用為')), []);
});

test('a sentence that opens with 旗下 after one about a company speaks of a part of it: a subsidiary\'s revenue conflicts with no whole', () => {
  assert.deepEqual(conflicts('緯創10月營收892.14億元，月減4.6%。旗下專攻AI伺服器的子公司10月營收467.8億元，年增3.2倍。'), []);
  assert.deepEqual(conflicts('纬创10月营收892.14亿元，月减4.6%。旗下专攻AI服务器的子公司10月营收467.8亿元，年增3.2倍。'), []);
});

test('a total of money raised (总募资额) after one part of it (IPO募资) is a total, and a size with its edition after it (70亿参数端侧版本) a version: neither conflicts', () => {
  assert.deepEqual(conflicts('2024年11月，小马智行登陆纳斯达克，IPO募资约2.6亿美元；加上同步进行的私募配售，总募资额约4.5亿美元。'), []);
  assert.deepEqual(conflicts('2024年11月，小馬智行登陸納斯達克，IPO募資約2.6億美元；加上同步進行的私募配售，總募資額約4.5億美元。'), []);
  assert.deepEqual(conflicts('蓝心端侧大模型的参数规模为30亿。作为对比，去年跑的70亿参数端侧版本出词速度约每秒20个token。'), []);
});

test('a business within the company (云端产品线收入, 开放平台营收, 来自字节跳动的收入) and a forecast or a target (我们预计, 一致预期, 营收目标) conflict with no total', () => {
  for (const text of [
    '寒武纪2024年营收11.74亿元。寒武纪2024年云端产品线收入11.6亿元。',
    '寒武紀2024年營收11.74億元。寒武紀2024年雲端產品線收入11.6億元。',
    '科大讯飞2024年营收233亿元。科大讯飞2024年开放平台营收52.7亿元。',
    '科大讯飞2024年营收233亿元。科大讯飞2024年大模型相关项目收入为9亿元。',
    '寒武纪2024年营收为11亿元。寒武纪2024年营收中，来自字节跳动的收入为8亿元。',
    '我们预计寒武纪2025年营收65亿元。市场一致预期寒武纪2025年营收为60亿元。',
    '寒武纪2024年营收为100亿元。寒武纪2024年营收目标为120亿元。',
    '寒武紀2024年營收為100億元。寒武紀2024年營收目標為120億元。',
  ]) assert.deepEqual(conflicts(text), [], text);
  // (two totals of the same year still do)
  assert.deepEqual(conflicts('寒武纪2024年营收为11亿元。\n\n另有报道称，寒武纪2024年营收为30亿元。'), ['11亿元', '30亿元']);
});

test('an edition or platform after the name (豆包网页版, Kimi App端), a total that includes more (含MTP模块共6850亿), another way of scoring (cons@64), what an API serves and what training used are claims of their own: none conflicts', () => {
  for (const text of [
    '豆包月活超过1亿。豆包网页版月活为5000万。',
    '豆包月活超過1億。豆包網頁版月活為5000萬。',
    'Kimi智能助手的月活为3600万。Kimi App端的月活为1600万。',
    'DeepSeek-V3总参数6710亿。DeepSeek-V3含MTP模块共6850亿参数。',
    'DeepSeek-V3總參數6710億。DeepSeek-V3含MTP模組共6850億參數。',
    'DeepSeek-R1在AIME 2024上得分79.8%。DeepSeek-R1在AIME 2024上的cons@64为86.7%。',
    // (what an API serves and what training used are not the model's window; a site only says where a figure was read)
    'DeepSeek-V3支持128K上下文。DeepSeek-V3 API上下文为64K。',
    'DeepSeek-V3支持128K上下文。DeepSeek-V3 API的上下文為64K。',
    'MiniMax-01上下文长度400万。MiniMax-01训练时上下文长度100万。',
    // (nor is the length a test was run at, in brackets after its name)
    'M3最长支持100万tokens上下文。长上下文方面，M3在RULER（128K）上得分92.4。',
    'M3最長支持100萬tokens上下文。長上下文方面，M3在RULER（128K）上得分92.4。',
  ]) assert.deepEqual(conflicts(text), [], text);
});

test('a subject a review\'s heading gave (3️⃣ DeepSeek（深度求索） / 上下文：最长64K) is too weak a guess to accuse another figure', () => {
  assert.deepEqual(conflicts('五款AI助手横评\n\n3️⃣ DeepSeek（深度求索）\n👍 背后的DeepSeek-R1是MoE模型。\n📏 上下文：最长64K\n\n附：DeepSeek-R1的上下文长度为128K。'), []);
  assert.deepEqual(conflicts('五款AI助手橫評\n\n3️⃣ DeepSeek（深度求索）\n👍 背後的DeepSeek-R1是MoE模型。\n📏 上下文：最長64K\n\n附：DeepSeek-R1的上下文長度為128K。'), []);
});

test('a subject an earlier sentence of the paragraph gave, the figure\'s own sentence naming it nowhere (…54 天的预训练…。…实际训练周期约 20 天), accuses no other figure; one its sentence names does, across a semicolon too', () => {
  assert.deepEqual(conflicts('Meta 用 16,384 张 H100 训练 Llama 3.1 405B，在 Llama 3 论文里披露：54 天的预训练期间共发生 419 次意外中断。算上 checkpoint 回滚和重启，实际训练周期约 20 天。'), []);
  assert.deepEqual(conflicts('Meta 用 16,384 張 H100 訓練 Llama 3.1 405B，在 Llama 3 論文裡披露：54 天的預訓練期間共發生 419 次意外中斷。算上 checkpoint 回滾和重啟，實際訓練週期約 20 天。'), []);
  assert.deepEqual(conflicts('Llama 3的预训练用了54天。另据报道，Llama 3的预训练用了20天。'), ['54天', '20天']);
});

test('years listed before 分別 go with the values after it, whose currency each may name again (人民幣5.12億元、人民幣8.37億元), and an adjusted loss (經調整淨虧損) is no net loss: neither series conflicts', () => {
  for (const text of [
    '2022年、2023年及2024年，深維的淨虧損分別為人民幣5.12億元、人民幣8.37億元及人民幣11.06億元；經調整淨虧損分別為人民幣3.95億元、人民幣6.41億元及人民幣8.88億元。',
    '2022年、2023年及2024年，深维的净亏损分别为人民币5.12亿元、人民币8.37亿元及人民币11.06亿元；经调整净亏损分别为人民币3.95亿元、人民币6.41亿元及人民币8.88亿元。',
  ]) assert.deepEqual(conflicts(text), [], text);
  const scopes = analyse('2022年、2023年及2024年，深維的淨虧損分別為人民幣5.12億元、人民幣8.37億元及人民幣11.06億元。').figures.map((f) => f.scope);
  assert.deepEqual(scopes, ['2022', '2023', '2024']);
});

test('a table row of a business\'s sales (| 有道学习机销售额 |) is a part of the company\'s revenue (| 净收入 |): no conflict with the whole', () => {
  const text = '2月底，网易有道交出了一份年报：2024年全年净收入56.3亿元，同比增长约4.3%。\n\n## 附：网易有道2024年核心数据一览\n\n| 项目 | 2024年 | 同比 |\n|---|---|---|\n| 净收入 | 56.3亿元 | +4.3% |\n| AI订阅服务销售额 | 1.8亿元 | +132% |\n| 有道学习机销售额 | 约8.6亿元 | -12% |\n';
  assert.deepEqual(conflicts(text), []);
  assert.deepEqual(conflicts(text.replace(/网易有道/g, '網易有道').replace('有道学习机销售额', '有道學習機銷售額')), []);
  assert.equal(analyse(text).figures.find((f) => f.text === '约8.6亿元')?.facet, '有道学习机');
});

test('a default setting (默认配置为32K) is one facet of a context window: no contradiction of the window a table gives', () => {
  const table = '| 模型 | 上下文窗口 |\n|---|---|\n| Qwen2.5-72B | 128K |\n\n';
  assert.deepEqual(conflicts(table + 'DeepSeek-V3模型本身支持128K上下文，但官方API只开放64K；Qwen2.5-72B默认配置为32K，需要借助YaRN等方法才能扩展到128K。'), []);
  assert.deepEqual(conflicts(table + 'DeepSeek-V3模型本身支持128K上下文，但官方API只開放64K；Qwen2.5-72B默認配置為32K，需要藉助YaRN等方法才能擴展到128K。'), []);
  // (a window said without a setting still does)
  assert.deepEqual(conflicts(table + 'DeepSeek-V3模型本身支持128K上下文，但官方API只开放64K；Qwen2.5-72B的上下文长度为32K。'), ['128K', '32K']);
});

test('the second of two values set against each other (88.5对88.6) is the other side\'s: no conflict with the first', () => {
  assert.deepEqual(conflicts('DeepSeek-V3的MMLU成绩为88.5。作为对比，Llama 3.1 405B用了1.6万块H100。DeepSeek-V3用不到对方十分之一的算力，做到了相近的MMLU成绩（88.5对88.6）。'), []);
  assert.deepEqual(conflicts('DeepSeek-V3的MMLU成績為88.5。作為對比，Llama 3.1 405B用了1.6萬塊H100。DeepSeek-V3用不到對方十分之一的算力，做到了相近的MMLU成績（88.5對88.6）。'), []);
});

test('a window that names an edition (32K 版本, 256K 版本) is that edition\'s: two editions\' windows do not conflict', () => {
  assert.deepEqual(conflicts('豆包大模型 1.5 Pro的上下文长度为256K。32K 版本定价输入 0.8 元/百万 tokens；256K 版本输入 5 元/百万 tokens。\n\n另外，豆包大模型 1.5 Pro的32K版本适合短对话。'), []);
  assert.deepEqual(conflicts('豆包大模型 1.5 Pro的上下文長度為256K。32K 版本定價輸入 0.8 元/百萬 tokens；256K 版本輸入 5 元/百萬 tokens。\n\n另外，豆包大模型 1.5 Pro的32K版本適合短對話。'), []);
});

test('a table of a business\'s parts (| 業務分部 | 2024年收入 |) sums to its total: a part\'s revenue contradicts no revenue of the whole', () => {
  const filing = '# 睿瞳科技股份有限公司\n\n我們是中國領先的AI視覺解決方案提供商。2024年，我們實現收入約人民幣8.4億元。\n\n下表載列我們於2024年按業務分部劃分的收入明細：\n\n' +
    '| 業務分部 | 2024年收入（人民幣） | 佔總收入比例 |\n|---|---|---|\n| 工業質檢 | 4.96億元 | 58.8% |\n| 智慧零售 | 2.13億元 | 25.3% |\n| 合計 | 8.43億元 | 100.0% |\n';
  assert.deepEqual(conflicts(filing), []);
  assert.deepEqual(conflicts(filing.replace('業務分部', '业务分部').replace('我們實現收入約人民幣8.4億元', '我们实现收入约人民币8.4亿元')), []);
});

test('a company\'s revenue in China (在华营收) is a part of its revenue: no contradiction of the whole quarter\'s', () => {
  assert.deepEqual(conflicts('英伟达第三财季营收350.8亿美元。\n\n集邦咨询的数据显示，英伟达第三财季在华营收约47亿美元。'), []);
  assert.deepEqual(conflicts('輝達第三財季營收350.8億美元。\n\n集邦諮詢的數據顯示，輝達第三財季在華營收約47億美元。'), []);
});

test('what a revenue loses (营收减少约80亿美元) is a change, no level of the revenue: no contradiction of the quarter\'s revenue', () => {
  assert.deepEqual(conflicts('英伟达第一季度营收为441亿美元。\n\n英伟达预计，在本季度，出口限制将使其营收减少约80亿美元。'), []);
  assert.deepEqual(conflicts('輝達第一季度營收為441億美元。\n\n輝達預計，在本季度，出口限制將使其營收減少約80億美元。'), []);
});

test('the phases of a training (1. 第一阶段：2.6T tokens…, 0.5T tokens高质量数据退火) are parts of its total, never contradicting it', () => {
  for (const text of [
    '# 论文速读｜StarGPT：3.2万亿tokens训出的16B MoE\n\n- **数据**：在3.2T tokens上预训练；\n\n训练分两个阶段：\n1. 第一阶段：2.6T tokens通用语料，序列长度4K；\n2. 第二阶段：0.5T tokens高质量数据退火，学习率线性衰减。',
    '# 論文速讀｜StarGPT：3.2萬億tokens訓出的16B MoE\n\n- **數據**：在3.2T tokens上預訓練；\n\n訓練分兩個階段：\n1. 第一階段：2.6T tokens通用語料，序列長度4K；\n2. 第二階段：0.5T tokens高質量數據退火，學習率線性衰減。',
  ]) assert.deepEqual(conflicts(text), [], text);
  // (the same total written twice with another value still conflicts)
  assert.deepEqual(conflicts('StarGPT在3.2T tokens上预训练。\n\n另一份材料称，StarGPT在5T tokens上预训练。'), ['3.2T tokens', '5T tokens']);
});

test('a device\'s model and a cloud\'s (端侧, 云侧) are two things: their sizes do not conflict', () => {
  for (const text of ['小艺的端侧模型是70亿参数。另据介绍，小艺的云侧模型有1000亿参数。', '小藝的端側模型是70億參數。另據介紹，小藝的雲側模型有1000億參數。']) assert.deepEqual(conflicts(text), [], text);
});

test('a cell of a value changed (| 4 → 0.8 |) holds two figures, the first where the change starts: neither contradicts the new value said again', () => {
  const text = '| 模型 | 输入价格（元/百万tokens） |\n| --- | --- |\n| StarGPT | 4 → 0.8 |\n\n调整后，StarGPT的输入价格为0.8元/百万tokens。\n';
  const a = analyse(text, { markdown: true });
  assert.deepEqual(a.figures.filter((f) => f.attribute === 'price').map((f) => [f.text, f.per?.value]), [['4', 1000000], ['0.8', 1000000], ['0.8元/百万tokens', 1000000]]);
  assert.deepEqual(a.figures.filter((f) => f.status === 'conflict').map((f) => f.text), []);
});

test('an ablation\'s scaled-down setting (所有消融都在一个缩小版配置上完成（总参数约4B，训练200B tokens）) contradicts no measure of the model', () => {
  for (const text of [
    '# 论文速读｜StarGPT：3.2万亿tokens训出的16B MoE\n\n所有消融都在一个缩小版配置上完成（总参数约4B，训练200B tokens），下表分数为该配置下的结果。',
    '# 論文速讀｜StarGPT：3.2萬億tokens訓出的16B MoE\n\n所有消融都在一個縮小版配置上完成（總參數約4B，訓練200B tokens），下表分數為該配置下的結果。',
  ]) assert.deepEqual(conflicts(text), [], text);
});
