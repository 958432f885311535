// Rates are one figure: the number, its unit and the denominator (per). The denominator is
// never a figure of its own. A denominator written right after the unit (/千tokens, /月, /s,
// 每百万tokens) or right before the number (每百万tokens 2元, 每秒60个token) is part of the span; one
// earlier in the clause (每百万tokens输入1元) only names the rate.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Rate } from '../../server/src/analysis/types.ts';
import { analyse } from '../helpers/engine.ts';

type Row = [input: string, text: string, value: number, unit: string, per: Rate];

const rows: Row[] = [
  ['豆包的价格降到0.0008元/千tokens', '0.0008元/千tokens', 0.0008, '元', { value: 1000, unit: 'tokens' }],
  ['输出价格为2元/百万tokens', '2元/百万tokens', 2, '元', { value: 1e6, unit: 'tokens' }],
  ['输入价格为0.21元/万tokens', '0.21元/万tokens', 0.21, '元', { value: 1e4, unit: 'tokens' }],
  ['每百万tokens 2元', '每百万tokens 2元', 2, '元', { value: 1e6, unit: 'tokens' }],
  // (a space after 每, as copied text has it)
  ['输入价格从 每 百万tokens ６０元 降了下来', '每 百万tokens ６０元', 60, '元', { value: 1e6, unit: 'tokens' }],
  ['輸入價格從 每 百萬tokens ６０元 降了下來', '每 百萬tokens ６０元', 60, '元', { value: 1e6, unit: 'tokens' }],
  ['每百万tokens仅需1元', '1元', 1, '元', { value: 1e6, unit: 'tokens' }],
  // (a plan paid by the month or the year: 单月, 月付, 年卡)
  ['文心一言专业版单月 59.9 元', '59.9 元', 59.9, '元', { value: 1, unit: '月' }],
  ['文心一言專業版單月 59.9 元', '59.9 元', 59.9, '元', { value: 1, unit: '月' }],
  ['文心一言年卡 499 元', '499 元', 499, '元', { value: 1, unit: '年' }],
  // (a day's volume named as such: 日调用量)
  ['衡川-2的API日调用量超过800亿tokens', '超过800亿tokens', 8e10, 'tokens', { value: 1, unit: '天' }],
  ['豆包日調用量已突破4萬億tokens', '4萬億tokens', 4e12, 'tokens', { value: 1, unit: '天' }],
  // (a bare amount before 一百万 where a price is spoken of: yuan per million tokens)
  ['qwen-max降完价也还行，输入2.4一百万', '2.4一百万', 2.4, '元', { value: 1e6, unit: 'tokens' }],
  ['qwen-max降完價也還行，輸入2.4一百萬', '2.4一百萬', 2.4, '元', { value: 1e6, unit: 'tokens' }],
  // (a list item's label that opens with the denominator: - 每小时成本：5.2美元)
  ['- 每小时成本：5.2美元', '5.2美元', 5.2, '美元', { value: 1, unit: '小时' }],
  ['- 每小時成本：5.2美元', '5.2美元', 5.2, '美元', { value: 1, unit: '小时' }],
  // (what one query or one task costs: 单次查询成本, 单个任务的成本)
  ['单次查询成本约0.019元', '约0.019元', 0.019, '元', { value: 1, unit: '次' }],
  ['單次查詢成本約0.019元', '約0.019元', 0.019, '元', { value: 1, unit: '次' }],
  ['单个任务的平均模型成本约0.9元', '约0.9元', 0.9, '元', { value: 1, unit: '任务' }],
  // (per GPU and hour written apart is per GPU-hour)
  ['H100租赁价格3.5 元/GPU/小时', '3.5 元/GPU/小时', 3.5, '元', { value: 1, unit: 'GPU小时' }],
  ['H100租賃價格2美元/GPU·小時', '2美元/GPU·小時', 2, '美元', { value: 1, unit: 'GPU小时' }],
  // (a piece rate: its pay, then one item)
  ['标注员0.3元一条', '0.3元一条', 0.3, '元', { value: 1, unit: '条' }],
  ['標註員0.3元一條', '0.3元一條', 0.3, '元', { value: 1, unit: '条' }],
  // (a piece rate: one item, then its pay)
  ['标注一条数据0.3元', '0.3元', 0.3, '元', { value: 1, unit: '条' }],
  ['標註一條數據0.3元', '0.3元', 0.3, '元', { value: 1, unit: '条' }],
  ['拉框标注一张图2毛钱', '2毛钱', 0.2, '元', { value: 1, unit: '张' }],
  // (an act counted after 每: what each count of it costs, later in the clause, is per that count; the count is no figure)
  ['报告称每训练1万亿tokens仅需18万GPU小时', '18万GPU小时', 180000, 'GPU小时', { value: 1e12, unit: 'tokens' }],
  ['報告稱每訓練1萬億tokens僅需18萬GPU小時', '18萬GPU小時', 180000, 'GPU小时', { value: 1e12, unit: 'tokens' }],
  ['每生成1000个token需要消耗0.5度电', '0.5度', 0.5, '度', { value: 1000, unit: 'tokens' }],
  ['ChatGPT每响应一次请求平均耗电约2.9瓦时', '约2.9瓦时', 2.9, 'Wh', { value: 1, unit: '次' }],
  ['ChatGPT每響應一次請求平均耗電約2.9瓦時', '約2.9瓦時', 2.9, 'Wh', { value: 1, unit: '次' }],
  // (角 alone as a price right after what it pays for: 八角 is 0.8元)
  // (M and K alone as a price list writes them: a million and a thousand tokens)
  ['价格为￥0.8/M tokens', '￥0.8/M tokens', 0.8, '元', { value: 1e6, unit: 'tokens' }],
  // (per as English writes it, and 每 after the slash)
  ['GPT-4o的价格为$0.5 per million tokens。', '$0.5 per million tokens', 0.5, '美元', { value: 1e6, unit: 'tokens' }],
  ['GPT-4o costs $10 per 1M output tokens.', '$10 per 1M output tokens', 10, '美元', { value: 1e6, unit: 'tokens' }],
  ['The plan is $20 per month.', '$20 per month', 20, '美元', { value: 1, unit: '月' }],
  ['Qwen-Max的价格为2元/每百万tokens。', '2元/每百万tokens', 2, '元', { value: 1e6, unit: 'tokens' }],
  ['Qwen-Max的價格為2元/每百萬tokens。', '2元/每百萬tokens', 2, '元', { value: 1e6, unit: 'tokens' }],
  ['GPT-4o的输入价格为$5/M', '$5/M', 5, '美元', { value: 1e6, unit: 'tokens' }],
  ['Claude 3.5 Sonnet 更贵，$3/MTok 输入', '$3/MTok', 3, '美元', { value: 1e6, unit: 'tokens' }],
  ['輸入價格$3/K tokens', '$3/K tokens', 3, '美元', { value: 1e3, unit: 'tokens' }],
  ['即每百万tokens五角，更便宜了', '每百万tokens五角', 0.5, '元', { value: 1e6, unit: 'tokens' }],
  ['即每百萬tokens五角，更便宜了', '每百萬tokens五角', 0.5, '元', { value: 1e6, unit: 'tokens' }],
  ['输入价格为每百万tokens仅需八角', '八角', 0.8, '元', { value: 1e6, unit: 'tokens' }],
  ['每天超过400亿tokens', '每天超过400亿tokens', 4e10, 'tokens', { value: 1, unit: '天' }],
  // (a daily measure a long way after its cue, without a unit of its own)
  ['豆包的日均tokens使用量在这段时间里一路上涨，今年春天已经涨到了12.7万亿。', '12.7万亿', 1.27e13, '', { value: 1, unit: '天' }],
  ['豆包的日均tokens使用量在這段時間裡一路上漲，今年春天已經漲到了12.7萬億。', '12.7萬億', 1.27e13, '', { value: 1, unit: '天' }],
  // (a monthly capacity across a comma; calls counted with 通)
  ['台積電CoWoS的月產能，預計在2025年底擴充至7.5萬片。', '7.5萬片', 7.5e4, '片', { value: 1, unit: '月' }],
  ['该行客服中心日均来电约4.5万通。', '约4.5万通', 4.5e4, '通', { value: 1, unit: '天' }],
  ['每年不超过2.5亿元', '每年不超过2.5亿元', 2.5e8, '元', { value: 1, unit: '年' }],
  ['文心大模型日均调用量达到16.5亿次', '16.5亿次', 1.65e9, '次', { value: 1, unit: '天' }],
  ['文心大模型的日均調用量達15億次', '15億次', 1.5e9, '次', { value: 1, unit: '天' }],
  ['服务器的月租要12万元左右', '12万元左右', 1.2e5, '元', { value: 1, unit: '月' }],
  // (a month's cost or a monthly measure named before it; an API's rate limit named before its number)
  ['换成GPT-4o，月成本约4.32万元', '约4.32万元', 4.32e4, '元', { value: 1, unit: '月' }],
  ['換成GPT-4o，月成本約4.32萬元', '約4.32萬元', 4.32e4, '元', { value: 1, unit: '月' }],
  ['公司月度净烧钱约2000万元', '约2000万元', 2e7, '元', { value: 1, unit: '月' }],
  ['公司月度淨燒錢約2000萬元', '約2000萬元', 2e7, '元', { value: 1, unit: '月' }],
  ['企业客户默认TPM为80万，是同规格模型的数倍', '80万', 8e5, '', { value: 1, unit: '分钟' }],
  ['企業客戶默認TPM為80萬，是同規格模型的數倍', '80萬', 8e5, '', { value: 1, unit: '分钟' }],
  ['ChatGPT Pro一個月200美元', '200美元', 200, '美元', { value: 1, unit: '月' }],
  // (a rent by the hour said without 每; 块 of the currency named after it)
  ['H100云端租用，最便宜一小时2.1美元', '2.1美元', 2.1, '美元', { value: 1, unit: '小时' }],
  ['H100雲端租用，大廠要到一小時4塊多美金', '4塊多美金', 4, '美元', { value: 1, unit: '小时' }],
  ['正式的一小时至少3块多。', '至少3块多', 3, '元', { value: 1, unit: '小时' }],
  // (a round count of tokens said first, colloquially, without 每: the rate's denominator, in the span)
  ['直接打API 百万token才16块人民币', '百万token才16块人民币', 16, '元', { value: 1e6, unit: 'tokens' }],
  ['直接打API 百萬token才16塊人民幣', '百萬token才16塊人民幣', 16, '元', { value: 1e6, unit: 'tokens' }],
  ['输出一百万tokens只要2块钱', '一百万tokens只要2块钱', 2, '元', { value: 1e6, unit: 'tokens' }],
  ['会员年费199元', '199元', 199, '元', { value: 1, unit: '年' }],
  // (a month's income is a rate; a named month's is not: 12月收入)
  ['该产品月收入突破300万元。', '300万元', 3e6, '元', { value: 1, unit: '月' }],
  ['該產品月收入突破300萬元。', '300萬元', 3e6, '元', { value: 1, unit: '月' }],
  ['会员价20美元/月', '20美元/月', 20, '美元', { value: 1, unit: '月' }],
  // a rent said without its currency, with a scale word, is in yuan
  ['A800八卡整机包月 ４.２万 ，现货紧', '４.２万', 42000, '元', { value: 1, unit: '月' }],
  ['H100八卡整机月租其实是７.８万/月', '７.８万/月', 78000, '元', { value: 1, unit: '月' }],
  ['H100八卡整機月租其實是７.８萬/月', '７.８萬/月', 78000, '元', { value: 1, unit: '月' }],
  // per card and hour is per card-hour
  ['H20按需６.８元/卡/小时', '６.８元/卡/小时', 6.8, '元', { value: 1, unit: '卡时' }],
  ['H20租金每卡每小时7元', '每卡每小时7元', 7, '元', { value: 1, unit: '卡时' }],
  ['H20租金每卡每小時7元', '每卡每小時7元', 7, '元', { value: 1, unit: '卡时' }],
  ['Plus订阅$20/月', '$20/月', 20, '美元', { value: 1, unit: '月' }],
  ['解码速度达到1100 tokens/s', '1100 tokens/s', 1100, 'tokens', { value: 1, unit: '秒' }],
  ['解码速度每秒60个token', '每秒60个token', 60, 'tokens', { value: 1, unit: '秒' }],
  // (a scale alone after 每, where the clause speaks of a model's input or output, is of tokens)
  ['Gemini 2.0 Flash 輸入每百萬 0.1 鎂 便宜到哭', '每百萬 0.1 鎂', 0.1, '美元', { value: 1e6, unit: 'tokens' }],
  ['Gemini 2.0 Flash 输入每百万0.1美元', '每百万0.1美元', 0.1, '美元', { value: 1e6, unit: 'tokens' }],
  // (a bound before the denominator bounds the figure; the span starts at 每, as most annotators write it)
  ['生成速度约每秒78 tokens', '每秒78 tokens', 78, 'tokens', { value: 1, unit: '秒' }],
  ['生成速度約每秒78 tokens', '每秒78 tokens', 78, 'tokens', { value: 1, unit: '秒' }],
  ['价格大约每百万tokens 2元', '每百万tokens 2元', 2, '元', { value: 1e6, unit: 'tokens' }],
  // (TPS and QPS are rates in one word: tokens and queries a second)
  ['生成速度达到60 TPS', '60 TPS', 60, 'tokens', { value: 1, unit: '秒' }],
  ['峰值达到5万QPS', '5万QPS', 50000, '次', { value: 1, unit: '秒' }],
  // (an API's rate limits: requests and tokens a minute, requests a day)
  ['新账户的限额只有3万 TPM', '3万 TPM', 30000, 'tokens', { value: 1, unit: '分钟' }],
  ['默认限流为1.5万 RPM', '1.5万 RPM', 15000, '次', { value: 1, unit: '分钟' }],
  ['預設限流為1.5萬 RPM', '1.5萬 RPM', 15000, '次', { value: 1, unit: '分钟' }],
  ['免费额度每天1万RPD', '1万RPD', 10000, '次', { value: 1, unit: '天' }],
  // (frames a second)
  ['策略模型可以30fps运行', '30fps', 30, '帧', { value: 1, unit: '秒' }],
  // (forum shorthand for tokens a second)
  ['38t/s确实可以了', '38t/s', 38, 'tokens', { value: 1, unit: '秒' }],
  // (a price per event of use after a slash: 会话, 请求, request)
  ['推理成本降到 ¥0.031/会话', '¥0.031/会话', 0.031, '元', { value: 1, unit: '会话' }],
  ['推理成本降到 ¥0.031/會話', '¥0.031/會話', 0.031, '元', { value: 1, unit: '会话' }],
  ['each call costs $0.002/request', '$0.002/request', 0.002, '美元', { value: 1, unit: 'request' }],
  ['速度能到70 t/s以上', '70 t/s以上', 70, 'tokens', { value: 1, unit: '秒' }],
  ['每百萬個Token收費0.5元', '0.5元', 0.5, '元', { value: 1e6, unit: 'tokens' }],
  ['每百萬個Token 0.5元', '每百萬個Token 0.5元', 0.5, '元', { value: 1e6, unit: 'tokens' }],
  // (one period said after an amount of money: 一个月, 一年)
  ['Cursor的Pro版２０刀一个月', '２０刀一个月', 20, '美元', { value: 1, unit: '月' }],
  // (an amount and the one thing it buys: a card, a card-hour, a kilowatt-hour; 万 before 一张 is no 万一)
  ['H20现货已经炒到12万一张了', '12万一张', 120000, '元', { value: 1, unit: '张' }],
  ['H20現貨已經炒到12萬一張了', '12萬一張', 120000, '元', { value: 1, unit: '张' }],
  ['整机报价两万一台', '两万一台', 20000, '元', { value: 1, unit: '台' }],
  // (and one card-hour said with 个, after 块 and its jiao: 7块5一个卡时; a million after 块 before 了: 5块一百万了)
  ['算力券补贴后只要7块5一个卡时', '7块5一个卡时', 7.5, '元', { value: 1, unit: '卡时' }],
  ['算力券補貼後只要7塊5一個卡時', '7塊5一個卡時', 7.5, '元', { value: 1, unit: '卡时' }],
  ['GLM-4-Plus也降到5块一百万了', '5块一百万', 5, '元', { value: 1e6, unit: 'tokens' }],
  ['GLM-4-Plus也降到5塊一百萬了', '5塊一百萬', 5, '元', { value: 1e6, unit: 'tokens' }],
  // (and 一个 closing the clause: so much apiece; not 一个月, 一个人)
  ['智能体定制5万元一个，按项目收费', '5万元一个', 50000, '元', { value: 1, unit: '个' }],
  ['智能體定製5萬元一個，按項目收費', '5萬元一個', 50000, '元', { value: 1, unit: '个' }],
  ['按卡时算，海外1.8-2.2刀一卡时', '1.8-2.2刀一卡时', 1.8, '美元', { value: 1, unit: '卡时' }],
  ['园区工业电价6毛多一度', '6毛多一度', 0.6, '元', { value: 1, unit: '度' }],
  // (a bare amount said loosely, w for 万, and its period)
  ['H100整机年付的话现在6.5w/月左右', '6.5w/月左右', 65000, '', { value: 1, unit: '月' }],
  ['團隊版算下來29元一個月', '29元一個月', 29, '元', { value: 1, unit: '月' }],
  ['会员年卡199元一年', '199元一年', 199, '元', { value: 1, unit: '年' }],
  // (the tokens an amount buys, said without 每)
  ['现在输入是一块钱一百万token', '一块钱一百万token', 1, '元', { value: 1e6, unit: 'tokens' }],
  ['現在輸入是一塊錢一百萬token', '一塊錢一百萬token', 1, '元', { value: 1e6, unit: 'tokens' }],
  // (the denominator glued to the amount, no space between)
  ['输出价格为每百万tokens16元', '每百万tokens16元', 16, '元', { value: 1e6, unit: 'tokens' }],
  ['輸出價格為每百萬tokens16元', '每百萬tokens16元', 16, '元', { value: 1e6, unit: 'tokens' }],
  ['價格為0.0008元/千tokens', '0.0008元/千tokens', 0.0008, '元', { value: 1000, unit: 'tokens' }],
  ['输入$0.15 / 1M tokens', '$0.15 / 1M tokens', 0.15, '美元', { value: 1e6, unit: 'tokens' }],
  ['按每GPU小时2美元计算', '每GPU小时2美元', 2, '美元', { value: 1, unit: 'GPU小时' }],
  ['租金为2美元/GPU小时', '2美元/GPU小时', 2, '美元', { value: 1, unit: 'GPU小时' }],
  ['显存带宽8TB/s', '8TB/s', 8, 'TB', { value: 1, unit: '秒' }],
  ['产能2.4万片/月', '2.4万片/月', 24000, '片', { value: 1, unit: '月' }],
  ['产能预计达到每月7.5万片', '每月7.5万片', 75000, '片', { value: 1, unit: '月' }],
  ['每天采集5万张图片', '5万张', 50000, '张', { value: 1, unit: '天' }],
  ['每天调用超过400亿tokens', '超过400亿tokens', 4e10, 'tokens', { value: 1, unit: '天' }],
  ['定价2元每百万tokens', '2元每百万tokens', 2, '元', { value: 1e6, unit: 'tokens' }],
  ['每百万输入tokens 1元', '每百万输入tokens 1元', 1, '元', { value: 1e6, unit: 'tokens' }],
  ['服务费每次0.1元', '每次0.1元', 0.1, '元', { value: 1, unit: '次' }],
  ['每股派息1.2港元', '1.2港元', 1.2, '港元', { value: 1, unit: '股' }],
  ['年费199元/年', '199元/年', 199, '元', { value: 1, unit: '年' }],
  ['算力租赁12元/小时', '12元/小时', 12, '元', { value: 1, unit: '小时' }],
  ['推理吞吐3000 tokens/秒', '3000 tokens/秒', 3000, 'tokens', { value: 1, unit: '秒' }],
  ['價格降至每百萬tokens 1元', '每百萬tokens 1元', 1, '元', { value: 1e6, unit: 'tokens' }],
  ['訂閱費20美元/月', '20美元/月', 20, '美元', { value: 1, unit: '月' }],
  ['每秒生成200個token', '200個token', 200, 'tokens', { value: 1, unit: '秒' }],
  // what one card or machine costs, said without its currency (一张卡二十多万, 一台八卡机一百二十多万)
  ['那会儿一张卡二十多万', '二十多万', 200000, '元', { value: 1, unit: '张' }],
  ['當時一台八卡機一百二十多萬', '一百二十多萬', 1200000, '元', { value: 1, unit: '台' }],
  // (the card named before 一张, and a particle after the amount)
  ['4090 現在一張要 7 萬多還缺貨', '7 萬多', 70000, '元', { value: 1, unit: '张' }],
  ['4090 现在一张要 7 万多还缺货', '7 万多', 70000, '元', { value: 1, unit: '张' }],
];

/** One test per row: the figure written so among the text's figures, with its value, unit and denominator. */
function rateAmong(cases: readonly Row[]) {
  for (const [input, text, value, unit, per] of cases) {
    test(input, () => {
      const figures = analyse(input).figures;
      const f = figures.find((x) => x.text === text);
      assert.ok(f, `no figure ${text} in [${figures.map((x) => x.text).join(', ')}]`);
      assert.equal(f!.value, value);
      assert.equal(f!.unit, unit);
      assert.deepEqual(f!.per, per);
    });
  }
}

describe('rates as one figure', () => {
  for (const [input, text, value, unit, per] of rows) {
    test(`${input} → ${text} per ${per.value} ${per.unit}`, () => {
      const figures = analyse(input).figures;
      assert.equal(figures.length, 1, `one figure in ${input}: ${figures.map((f) => f.text).join(' | ')}`);
      const f = figures[0];
      assert.deepEqual({ text: f.text, value: f.value, unit: f.unit, per: f.per }, { text, value, unit, per });
    });
  }
});

describe('figures that are not rates carry no per', () => {
  // (nor does a bare count without a scale word after a daily cue)
  for (const input of ['每个token激活370亿参数', '毛利率每年提升20%', '速度提升3倍', '训练使用了2048块H800', '日均调用量约30', '11月AI应用榜：豆包月活破1.3亿稳居第一']) {
    test(input, () => {
      for (const f of analyse(input).figures) assert.equal(f.per, undefined, `${f.text} has no denominator`);
    });
  }
});

describe('the count an act is counted in (每训练1万亿tokens) is a denominator, never a figure', () => {
  test('每训练1万亿tokens仅需18万GPU小时，只要3.7天', () => {
    const figures = analyse('报告称每训练1万亿tokens仅需18万GPU小时，在该集群上只要3.7天').figures;
    // (the next clause, after a number of its own, is no longer per the count)
    assert.deepEqual(figures.map((f) => [f.text, f.per]), [['18万GPU小时', { value: 1e12, unit: 'tokens' }], ['3.7天', undefined]]);
  });
});

describe('a list of rates keeps each its denominator', () => {
  test('输入4元、输出12元/百万tokens: the denominator after the last side is the first side\'s too', () => {
    for (const text of ['Qwen2.5-72B的API价格为输入 4 元、输出 12 元/百万 tokens', 'Qwen2.5-72B的API價格為輸入 4 元、輸出 12 元/百萬 tokens']) {
      assert.deepEqual(analyse(text).figures.map((f) => f.per), [{ value: 1e6, unit: 'tokens' }, { value: 1e6, unit: 'tokens' }], text);
    }
  });
  test('每百万tokens输入1元、输出2元', () => {
    const figures = analyse('每百万tokens输入1元、输出2元').figures;
    assert.deepEqual(figures.map((f) => [f.text, f.value, f.per]), [
      ['1元', 1, { value: 1e6, unit: 'tokens' }],
      ['2元', 2, { value: 1e6, unit: 'tokens' }],
    ]);
  });
  test('0.02元/千tokens降至0.0005元/千tokens', () => {
    const figures = analyse('输入价格从0.02元/千tokens降至0.0005元/千tokens').figures;
    assert.deepEqual(figures.map((f) => [f.text, f.value, f.per]), [
      ['0.02元/千tokens', 0.02, { value: 1000, unit: 'tokens' }],
      ['0.0005元/千tokens', 0.0005, { value: 1000, unit: 'tokens' }],
    ]);
  });
});

describe('a period named before a number whose unit the clause names is a rate too', () => {
  const cases: Row[] = [
    ['该平台日均tokens消耗量已超过3000亿', '超过3000亿', 3e11, 'tokens', { value: 1, unit: '天' }],
    ['這家代工廠的先進封裝月產能將擴充至9萬片', '9萬片', 9e4, '片', { value: 1, unit: '月' }],
  ];
  rateAmong(cases);
});

describe('a denominator written elsewhere in the paragraph', () => {
  const per = (input: string) => analyse(input).figures.map((f) => [f.text, f.per ?? null]);
  const M = { value: 1e6, unit: 'tokens' };
  test('按每百万tokens计算: the prices that follow', () => {
    assert.deepEqual(per('按每百万tokens计算，A模型的输入价格为3美元、输出价格为15美元；B模型为1美元/4美元。'), [
      ['3美元', M], ['15美元', M], ['1美元', M], ['4美元', M],
    ]);
    assert.deepEqual(per('按每百萬tokens計算，輸入價格為3美元，輸出價格為15美元。'), [['3美元', M], ['15美元', M]]);
  });
  test('a total after the framing keeps no denominator', () => {
    assert.deepEqual(per('按每百万tokens计算，输入价格为2元，总成本约3000元。'), [['2元', { value: 1e6, unit: 'tokens' }], ['约3000元', null]]);
  });
  test('a price right after a rate shares its denominator', () => {
    assert.deepEqual(per('输入2元/百万tokens（缓存命中0.5元），输出8元/百万tokens'), [
      ['2元/百万tokens', M], ['0.5元', M], ['8元/百万tokens', M],
    ]);
    assert.deepEqual(per('價格由0.02元/千tokens降至0.0005元'), [['0.02元/千tokens', { value: 1000, unit: 'tokens' }], ['0.0005元', { value: 1000, unit: 'tokens' }]]);
    assert.deepEqual(per('服务器的月租还要12万元左右，现在报价只要6.5万元'), [['12万元左右', { value: 1, unit: '月' }], ['6.5万元', { value: 1, unit: '月' }]]);
  });
  test('a total after a rate is no rate; a conversion is the same rate', () => {
    assert.deepEqual(per('订阅价格为20美元/月，一年下来要240美元'), [['20美元/月', { value: 1, unit: '月' }], ['240美元', null]]);
    assert.deepEqual(per('訂閱價格為20美元/月，折合約145元'), [['20美元/月', { value: 1, unit: '月' }], ['約145元', { value: 1, unit: '月' }]]);
    assert.deepEqual(per('一张H100每小时租金2美元，训练一次需要约10万美元'), [['2美元', { value: 1, unit: '小时' }], ['约10万美元', null]]);
    assert.deepEqual(per('一張H100每小時租金2美元，訓練一次需要約10萬美元'), [['2美元', { value: 1, unit: '小时' }], ['約10萬美元', null]]);
    // what is worked out from a rate (按…计算，训练成本…) is a total; the rate per GPU-hour stays a price
    assert.deepEqual(per('按每GPU小时2美元计算，训练成本约103万美元'), [['每GPU小时2美元', { value: 1, unit: 'GPU小时' }], ['约103万美元', null]]);
    assert.deepEqual(per('按每GPU小時2美元計算，訓練成本約103萬美元'), [['每GPU小時2美元', { value: 1, unit: 'GPU小时' }], ['約103萬美元', null]]);
    assert.equal(analyse('按每GPU小时2美元计算，训练成本约103万美元。').figures[0].attribute, 'price');
  });
  test('a frame closing its sentence (均以每百万tokens计) covers the prices before it, not a sum raised', () => {
    assert.deepEqual(per('输入价格为2元，输出价格为8元（均以每百万tokens计）。'), [['2元', M], ['8元', M]]);
    assert.deepEqual(per('輸入價格為2元，輸出價格為8元，按每百萬tokens計。'), [['2元', M], ['8元', M]]);
    assert.deepEqual(per('公司完成融资2亿元，输出价格为8元（以每百万tokens计）。'), [['2亿元', null], ['8元', M]]);
  });
  test('a bracket right after a price that holds only its denominator (3美元和15美元（每百万tokens）) is that price\'s and its list\'s', () => {
    assert.deepEqual(per('Claude 3.5 Sonnet的输入、输出价格分别为3美元和15美元（每百万tokens）。'), [['3美元', M], ['15美元', M]]);
    assert.deepEqual(per('Claude 3.5 Sonnet的輸入、輸出價格分別為3美元和15美元（每百萬tokens）。'), [['3美元', M], ['15美元', M]]);
    assert.deepEqual(per('输出价格为15美元（每百万tokens）。'), [['15美元', M]]);
  });
  test('a bracket that opens with the denominator (价格（每百万tokens，输入/输出）) frames the prices after it', () => {
    assert.deepEqual(per('价格（每百万tokens，输入/输出）：GPT-5为1.25美元/10美元。'), [['1.25美元', M], ['10美元', M]]);
    assert.deepEqual(per('價格（每百萬tokens，輸入/輸出）：GPT-5為1.25美元/10美元。'), [['1.25美元', M], ['10美元', M]]);
  });
  test('a cell writing its currency, the header\'s or another, takes its column header\'s denominator', () => {
    const table = '| 模型 | 输入（元/百万tokens） | 输出（美元/百万tokens） |\n| --- | --- | --- |\n| A1 | 6元 | 24元 |\n| A2 | 0.8 | 2 |';
    assert.deepEqual(per(table), [['6元', M], ['24元', M], ['0.8', M], ['2', M]]);
    assert.deepEqual(per(table.replace('输入（元/百万tokens）', '輸入（元/百萬tokens）')), [['6元', M], ['24元', M], ['0.8', M], ['2', M]]);
  });
  test('a caption\'s unit note with spaces around its slash (单位：元 / 百万 tokens) gives the cells their denominator, and is no figure itself', () => {
    const table = '单位：元 / 百万 tokens（人民币，含税）\n\n| 模型 | 输入 | 输出 |\n| --- | --- | --- |\n| DeepSeek-V3 | 2 | 8 |';
    assert.deepEqual(per(table), [['2', M], ['8', M]]);
    assert.deepEqual(per(table.replace('单位：元 / 百万 tokens', '單位：元 / 百萬 tokens')), [['2', M], ['8', M]]);
  });
  test('a caption\'s unit written right after its word, as a forum post writes it (單位 tokens/s), gives an aligned table\'s cells unit and denominator', () => {
    const S = { value: 1, unit: '秒' };
    const table = '【生成速度】單位 tokens/s,越高越好\n\n                      Llama 3.1 8B   Qwen2.5-7B\nZenbook S 14             21.4          23.8\nMacBook Air M4           24.6          26.0\n';
    assert.deepEqual(per(table), [['21.4', S], ['23.8', S], ['24.6', S], ['26.0', S]]);
    assert.deepEqual(per(table.replace('單位 tokens/s', '单位 tokens/s')), [['21.4', S], ['23.8', S], ['24.6', S], ['26.0', S]]);
  });
  test('a caption\'s word for its numbers before the unit in its bracket (对比表（输出价，美元/百万tokens）) leaves the unit to the cells', () => {
    const table = '来一张对比表（输出价，美元/百万tokens）：\n| 模型 | 输出价 |\n|---|---|\n| GPT-4o | 10.00 |\n| DeepSeek-V3 | 1.10 |';
    assert.deepEqual(per(table), [['10.00', M], ['1.10', M]]);
    assert.deepEqual(per(table.replace('输出价，美元/百万tokens', '輸出價，美元/百萬tokens')), [['10.00', M], ['1.10', M]]);
  });
  test('a header that is a rate without brackets (| 生成 t/s |, | tokens/秒 |) gives its cells unit and denominator; a slash between words gives none', () => {
    const S = { value: 1, unit: '秒' };
    const row = '|---|---|---|\n| Qwen2.5-7B | Q4_K_M | 45.2 |';
    for (const header of ['t/s', '生成 t/s', 'prefill tok/sec', 'tokens/秒', '字/秒']) assert.deepEqual(per(`| 模型 | 量化 | ${header} |\n${row}`), [['45.2', S]], header);
    assert.deepEqual(per(`| 模型 | 量化 | 輸出 tokens/秒 |\n${row}`), [['45.2', S]]);
    assert.deepEqual(per(`| 模型 | 量化 | 输入/输出 |\n${row}`), [['45.2', null]]);
  });
  test('a cell after a cell of tokens takes its own column\'s unit, not the tokens', () => {
    const table = '| 模型 | 预训练数据 | 输入价格（元/千tokens） |\n| --- | --- | --- |\n| Qwen2.5-7B | 18T tokens | 0.0005 |';
    assert.deepEqual(per(table), [['18T tokens', null], ['0.0005', { value: 1000, unit: 'tokens' }]]);
  });
  test('a caption that names the denominator first (API 价格（每百万tokens，美元）) gives it to the cells below', () => {
    const table = 'API 价格（每百万tokens，美元）\n模型 | 输入 | 输出\nGPT-4o | 2.50美元 | 10.00美元\no1 | 15.00 | 60.00';
    assert.deepEqual(per(table), [['2.50美元', M], ['10.00美元', M], ['15.00', M], ['60.00', M]]);
    assert.deepEqual(per(table.replace('价格（每百万tokens，美元）', '價格（每百萬tokens，美元）')), [['2.50美元', M], ['10.00美元', M], ['15.00', M], ['60.00', M]]);
  });
  test('a price written later without its denominator, of the same thing and facet and of one size, takes it', () => {
    assert.deepEqual(per('豆包Pro输出价格为3.2元/百万tokens。\n\n评论区有人说豆包Pro输出是3.6元，官网写的是3.2元。'), [['3.2元/百万tokens', M], ['3.6元', M], ['3.2元', M]]);
    assert.deepEqual(per('豆包Pro輸出價格為3.2元/百萬tokens。\n\n評論區有人說豆包Pro輸出是3.6元。'), [['3.2元/百萬tokens', M], ['3.6元', M]]);
    // not of another facet, nor of another size (a membership), nor of another thing
    assert.deepEqual(per('豆包Pro输出价格为3.2元/百万tokens。\n\n豆包Pro输入是0.8元。'), [['3.2元/百万tokens', M], ['0.8元', null]]);
    assert.deepEqual(per('豆包Pro输出价格为3.2元/百万tokens。\n\n豆包Pro会员价格是98元。'), [['3.2元/百万tokens', M], ['98元', null]]);
    assert.deepEqual(per('豆包Pro输出价格为3.2元/百万tokens。\n\n文心一言输出价格是3.6元。'), [['3.2元/百万tokens', M], ['3.6元', null]]);
  });
  test('每天 before a figure later in its clause makes it a rate per day, usage and never a context window', () => {
    const claims = (input: string) => analyse(input).figures.map((f) => [f.text, f.per ?? null, f.attribute]);
    assert.deepEqual(claims('MiniMax的大模型每天处理的文本token超过3万亿。'), [['超过3万亿', { value: 1, unit: '天' }, 'users']]);
    assert.deepEqual(claims('MiniMax的大模型每天處理的文本token超過3萬億。'), [['超過3萬億', { value: 1, unit: '天' }, 'users']]);
    // (within its clause only)
    assert.deepEqual(claims('以每天采集5万张图片为例，可节省人工标注时间170人/天。').map(([t, p]) => [t, p]), [['5万张', { value: 1, unit: '天' }], ['170人/天', null]]);
  });
  test('a count after another number is not per the period before that number', () => {
    assert.deepEqual(per('支持在端侧以每秒30个token运行70亿参数的模型，每天采集5万张图片。'), [['每秒30个token', { value: 1, unit: '秒' }], ['70亿参数', null], ['5万张', { value: 1, unit: '天' }]]);
  });
  test('整 closes an amount written out, before a rate or alone (捌拾捌万元整/台, …元整)', () => {
    assert.deepEqual(per('单价捌拾捌万元整/台，共12台。'), [['捌拾捌万元整/台', { value: 1, unit: '台' }], ['12台', null]]);
    assert.deepEqual(per('中标金额为壹仟叁佰陆拾捌万伍仟元整。'), [['壹仟叁佰陆拾捌万伍仟元整', null]]);
  });
  test('首月 is a price per month', () => {
    assert.deepEqual(per('会员首月仅需9.9元'), [['9.9元', { value: 1, unit: '月' }]]);
    assert.deepEqual(per('會員首月僅需9.9元'), [['9.9元', { value: 1, unit: '月' }]]);
  });
});

describe('一天 makes an amount a rate per day; a cost right after a rate shares its denominator', () => {
  test('一张卡一天的收入不到150元，而成本要250元', () => {
    const figures = analyse('一张加速卡一天的推理收入不到150元，而成本要250元以上').figures;
    assert.deepEqual(figures.map((f) => [f.text, f.per]), [['不到150元', { value: 1, unit: '天' }], ['250元以上', { value: 1, unit: '天' }]]);
  });
  test('a bare number after the other side is that side\'s price only where the first side wrote a currency', () => {
    const M = { value: 1e6, unit: 'tokens' };
    for (const text of ['step-2也贵，输入38块一百万，输出120', 'step-2也貴，輸入38塊一百萬，輸出120']) {
      assert.deepEqual(analyse(text).figures.map((f) => [f.value, f.unit, f.per, f.attribute]), [[38, '元', M, 'price'], [120, '元', M, 'price']], text);
    }
    assert.deepEqual(analyse('输入价格为2元，输出为8').figures.map((f) => [f.text, f.unit]), [['2元', '元'], ['8', '元']]);
    assert.deepEqual(analyse('输入5元，输出3个结果').figures.map((f) => [f.text, f.unit]), [['5元', '元'], ['3个', '个']]);
    assert.deepEqual(analyse('输入5元，输出2025年').figures.map((f) => f.text), ['5元']);
  });
  test('单次 is per query only where a cost or a query is said: not a limit, nor one deal', () => {
    assert.deepEqual(analyse('单次最多可生成8K tokens').figures.map((f) => [f.text, f.per]), [['8K tokens', undefined]]);
    assert.deepEqual(analyse('单次融资规模达5亿元').figures.map((f) => [f.text, f.per]), [['5亿元', undefined]]);
  });
  test('a market\'s move within one day (市值一天蒸发) is no rate per day', () => {
    assert.deepEqual(analyse('DeepSeek的走红让英伟达市值一天蒸发近5900亿美元').figures.map((f) => [f.text, f.per]), [['近5900亿美元', undefined]]);
    assert.deepEqual(analyse('DeepSeek的走紅讓輝達市值一天蒸發近5900億美元').figures.map((f) => [f.text, f.per]), [['近5900億美元', undefined]]);
  });
  test('一張卡一天的收入不到150元', () => {
    assert.deepEqual(analyse('一張加速卡一天的推理收入不到150元').figures.map((f) => f.per), [{ value: 1, unit: '天' }]);
  });
  test('第一天 is a date, not a period', () => {
    assert.deepEqual(analyse('上线第一天的收入就超过了100万元').figures.map((f) => f.per ?? null), [null]);
  });
});

describe('a number named again (这一数字) is measured as before; 一年, 单台 name a denominator', () => {
  const per = (input: string) => analyse(input).figures.map((f) => [f.text, f.per ?? null]);
  test('这一数字 takes the unit and denominator of the figure before', () => {
    const figures = analyse('5月时，该模型的日均tokens使用量为800亿；到9月，这一数字增长至3000亿。').figures;
    assert.deepEqual(figures.map((f) => [f.text, f.unit, f.per, f.attribute]), [
      ['800亿', 'tokens', { value: 1, unit: '天' }, 'users'],
      ['3000亿', 'tokens', { value: 1, unit: '天' }, 'users'],
    ]);
    const tw = analyse('5月時，該模型的日均tokens使用量為800億；到9月，這一數字增長至3000億。').figures;
    assert.deepEqual(tw.map((f) => f.per), [{ value: 1, unit: '天' }, { value: 1, unit: '天' }]);
  });
  test('一年的出货 is per year; 上线一年累计 is no rate', () => {
    assert.deepEqual(per('一家头部厂商一年的出货就是数千万台'), [['数千万台', { value: 1, unit: '年' }]]);
    assert.deepEqual(per('一家頭部廠商一年的出貨就是5000萬台'), [['5000萬台', { value: 1, unit: '年' }]]);
    assert.deepEqual(per('该产品上线一年累计生成视频超过2亿条'), [['超过2亿条', null]]);
  });
  test('单台设备的授权费 is a price per device', () => {
    const f = analyse('单台设备的授权费在2到4元之间').figures[0];
    assert.deepEqual([f.per, f.attribute], [{ value: 1, unit: '台' }, 'price']);
    const g = analyse('單台設備的授權費約為3元').figures[0];
    assert.deepEqual([g.per, g.attribute], [{ value: 1, unit: '台' }, 'price']);
  });
});

describe('a rate converted to another currency is the same rate; times per day are no speed', () => {
  const claims = (input: string) => analyse(input).figures.map((f) => [f.text, f.per ?? null, f.attribute]);
  test('换算, 约合 carry the denominator to the converted price', () => {
    assert.deepEqual(claims('ChatGPT Plus每月20美元，换算人民币大概145元。'), [
      ['每月20美元', { value: 1, unit: '月' }, 'price'], ['大概145元', { value: 1, unit: '月' }, 'price'],
    ]);
    assert.deepEqual(claims('ChatGPT Plus每月20美元，換算台幣大概650元。'), [
      ['每月20美元', { value: 1, unit: '月' }, 'price'], ['大概650元', { value: 1, unit: '月' }, 'price'],
    ]);
  });
  test('a period cue (日均) reaches later figures of its sentence unless a new measure is named for them', () => {
    const per = (input: string) => claims(input).map(([text, rate]) => [text, rate]);
    assert.deepEqual(per('文心大模型日均调用量达到16.5亿次，一年前为5000万次。'), [['16.5亿次', { value: 1, unit: '天' }], ['5000万次', { value: 1, unit: '天' }]]);
    assert.deepEqual(per('灵犀助手日均对话量超过1.5亿次，付费用户约80万。'), [['超过1.5亿次', { value: 1, unit: '天' }], ['约80万', null]]);
    assert.deepEqual(per('靈犀助手日均對話量超過1.5億次，付費用戶約80萬。'), [['超過1.5億次', { value: 1, unit: '天' }], ['約80萬', null]]);
  });
  test('每周50次 is a quota, not a throughput', () => {
    assert.deepEqual(claims('o3每周可以用50次。')[0][2], 'other');
    assert.deepEqual(claims('我一天大概丟50次請求給Claude。')[0][2], 'other');
  });
});

describe('rates as English writes them in a Chinese text (spaces, input/output tokens, a comparator after a space)', () => {
  const cases: Row[] = [
    ['GPT-4o-mini 的 pricing 是 $0.15 / 1M input tokens。', '$0.15 / 1M input tokens', 0.15, '美元', { value: 1e6, unit: 'tokens' }],
    ['輸出為 $0.60 / 1M output tokens。', '$0.60 / 1M output tokens', 0.6, '美元', { value: 1e6, unit: 'tokens' }],
    ['单卡就能跑到每秒 120 个 token 以上。', '每秒 120 个 token 以上', 120, 'tokens', { value: 1, unit: '秒' }],
    ['單卡就能跑到每秒 120 個 token 以上。', '每秒 120 個 token 以上', 120, 'tokens', { value: 1, unit: '秒' }],
    ['并发 32 时总吞吐能到 1,150 tokens/s 左右。', '1,150 tokens/s 左右', 1150, 'tokens', { value: 1, unit: '秒' }],
  ];
  rateAmong(cases);
});

test('a daily cue reaches past a comma only a figure of the same unit', () => {
  const a = analyse('该行客服中心日均来电约4.5万通，过去依赖420名人工坐席。日均调用量达到16.5亿次，一年前为5000万次。');
  const per = (text: string) => a.figures.find((f) => f.text === text)?.per;
  assert.deepEqual(per('约4.5万通'), { value: 1, unit: '天' });
  assert.equal(per('420名'), undefined);
  assert.deepEqual(per('5000万次'), { value: 1, unit: '天' });
});

test('a table takes its denominator from the unit note above it (以下价格单位为元/百万tokens：)', () => {
  for (const note of ['以下价格单位为元/百万tokens：', '以下價格單位為元/百萬tokens（圖片按等效tokens折算）：']) {
    const text = `## 模型调用价格\n\n${note}\n\n| 模型 | 输入价格 | 输出价格 |\n| --- | --- | --- |\n| 云启-Pro | 4 | 12 |\n| DeepSeek-V3 | 2 | 8 |\n`;
    const figures = analyse(text, { markdown: true }).figures.filter((f) => f.attribute === 'price');
    assert.deepEqual(figures.map((f) => [f.text, f.per?.value, f.per?.unit]), [['4', 1e6, 'tokens'], ['12', 1e6, 'tokens'], ['2', 1e6, 'tokens'], ['8', 1e6, 'tokens']], note);
  }
});

test('a line\'s next amounts in 块 after one in 块 and jiao a card-hour are money a card-hour too (13块5一卡时，…11块左右，A800 6块多)', () => {
  for (const text of ['H100差不多13块5一卡时，H800便宜点，11块左右，A800 6块多', 'H100差不多13塊5一卡時，H800便宜點，11塊左右，A800 6塊多']) {
    const figures = analyse(text).figures;
    assert.deepEqual(figures.map((f) => [f.value, f.unit, f.qualifier, f.per?.unit]), [[13.5, '元', 'eq', '卡时'], [11, '元', 'approx', '卡时'], [6, '元', 'gt', '卡时']], text);
  }
});

test('a bound before a rate\'s denominator bounds the figure (约每秒78 tokens is about 78)', () => {
  for (const text of ['生成速度约每秒78 tokens', '生成速度約每秒78 tokens', '价格大约每百万tokens 2元']) {
    assert.deepEqual(analyse(text).figures.map((f) => f.qualifier), ['approx'], text);
  }
});

test('a note right below a table gives its unit (注：表中价格单位均为 元/百万tokens，含税；…); a paragraph below that is no note gives none', () => {
  for (const note of ['注：表中价格单位均为 元/百万tokens，含税；降幅按输入价格计算。', '註：表中價格單位均為 元/百萬tokens，含稅；降幅按輸入價格計算。']) {
    const text = `| 模型 | 输入 | 输出 |\n|---|---|---|\n| 混元-Turbo | 2.4元 | 9.6元 |\n| 混元-Pro | 8 | 24 |\n\n${note}\n`;
    const figures = analyse(text, { markdown: true }).figures.filter((f) => f.attribute === 'price');
    assert.deepEqual(figures.map((f) => [f.text, f.unit, f.per?.value, f.per?.unit]), [['2.4元', '元', 1e6, 'tokens'], ['9.6元', '元', 1e6, 'tokens'], ['8', '元', 1e6, 'tokens'], ['24', '元', 1e6, 'tokens']], note);
  }
  const text = '| 模型 | 输入 | 输出 |\n|---|---|---|\n| 混元-Pro | 8 | 24 |\n\n另一家的价格单位是元/千tokens。\n';
  assert.deepEqual(analyse(text, { markdown: true }).figures.filter((f) => f.text === '8').map((f) => f.per), [undefined]);
});

test('a side\'s price (按输入2元、输出8元算) in the paragraph of a rate shares its denominator; so does a list with 分别 that opens the next sentence', () => {
  const rates = (text: string) => analyse(text).figures.filter((f) => f.attribute === 'price').map((f) => [f.text, f.per?.value, f.per?.unit]);
  for (const text of ['DeepSeek-V3的价格为输入每百万tokens 2元、输出每百万tokens 8元。推理模型DeepSeek-R1则分别为4元和16元。用V3的API，按输入2元、输出8元算，月账单约3万元。',
    'DeepSeek-V3的價格為輸入每百萬tokens 2元、輸出每百萬tokens 8元。推理模型DeepSeek-R1則分別為4元和16元。用V3的API，按輸入2元、輸出8元算，月帳單約3萬元。']) {
    const per = [1e6, 'tokens'];
    assert.deepEqual(rates(text).slice(0, 6).map((r) => r.slice(1)), [per, per, per, per, per, per], text);
  }
  // (not across a blank line, nor a total its clause names)
  assert.deepEqual(rates('DeepSeek-V3输入每百万tokens 2元。\n\n我们按输入算，输入账单为3000元。').map((r) => r[1]), [1e6, undefined]);
});

test('a unit note with 为 and a colon (以下价格单位均为：元/百万tokens) gives its unit; so does a label cell of the row (| X | 输入（元/百万tokens） | 18 |)', () => {
  for (const note of ['以下价格单位均为：元/百万tokens（含税）。', '以下價格單位均為：元/百萬tokens（含稅）。']) {
    const text = `${note}\n\n| 模型名称 | 调整前输入 | 调整后输入 |\n| --- | --- | --- |\n| DeepSeek-V3 | 2.4 | 0.8 |\n`;
    assert.deepEqual(analyse(text, { markdown: true }).figures.map((f) => [f.text, f.attribute, f.unit, f.per?.value, f.per?.unit]), [['2.4', 'price', '元', 1e6, 'tokens'], ['0.8', 'price', '元', 1e6, 'tokens']], note);
  }
  for (const label of ['输入（元/百万tokens）', '輸入（元/百萬tokens）']) {
    const text = `| 模型名称 | 计费项 | 调整前价格 | 调整后价格 |\n| --- | --- | --- | --- |\n| DeepSeek-V3 | ${label} | 18 | 3 |\n`;
    assert.deepEqual(analyse(text, { markdown: true }).figures.map((f) => [f.text, f.attribute, f.unit, f.per?.value, f.per?.unit]), [['18', 'price', '元', 1e6, 'tokens'], ['3', 'price', '元', 1e6, 'tokens']], label);
  }
});

test('a unit note that ends the paragraph above a heading and its table (单位是「美元／每百万 Token」) gives the denominator to its prices', () => {
  for (const note of ['各家都改了价，我整理了一份完整比较。以下价格全部来自各家官方定价页，单位是「美元／每百万 Token」，未税。', '各家都改了價，我整理了一份完整比較。以下價格全部來自各家官方定價頁，單位是「美元／每百萬 Token」，未稅。']) {
    const text = `${note}\n\n## 一、价格总表\n\n| 模型 | 输入 | 输出 |\n|---|---|---|\n| GPT-4.1 | $2.00 | $8.00 |\n| GPT-4o mini | $0.15 | $0.60 |\n`;
    const figures = analyse(text, { markdown: true }).figures.filter((f) => f.attribute === 'price');
    assert.deepEqual(figures.map((f) => [f.text, f.per?.value, f.per?.unit]), [['$2.00', 1e6, 'tokens'], ['$8.00', 1e6, 'tokens'], ['$0.15', 1e6, 'tokens'], ['$0.60', 1e6, 'tokens']], note);
  }
});

test('a caption that states only what prices are per (牌价（输入／输出，每百万Token）：) gives the denominator to the prices the cells write', () => {
  for (const [note, table] of [
    ['以下为笔者整理的牌价（输入／输出，每百万Token；内地模型以人民币计）：', '｜模型｜厂商｜输入｜输出｜\n｜GPT-4o｜OpenAI｜2.5美元｜10美元｜\n｜豆包｜字节跳动｜0.8元｜2元｜\n'],
    ['以下為筆者整理的牌價（輸入／輸出，每百萬Token；內地模型以人民幣計）：', '｜模型｜廠商｜輸入｜輸出｜\n｜GPT-4o｜OpenAI｜2.5美元｜10美元｜\n｜豆包｜字節跳動｜0.8元｜2元｜\n'],
  ]) {
    const figures = analyse(`四、价目总表\n\n${note}\n\n${table}`).figures.filter((f) => f.attribute === 'price');
    assert.deepEqual(figures.map((f) => [f.text, f.per?.value, f.per?.unit]), [['2.5美元', 1e6, 'tokens'], ['10美元', 1e6, 'tokens'], ['0.8元', 1e6, 'tokens'], ['2元', 1e6, 'tokens']], note);
  }
  // (a caption that is no note of a denominator gives none: 以下为各家模型的价格：)
  const plain = analyse('以下为各家模型的价格：\n\n｜模型｜输入｜\n｜GPT-4o｜2.5美元｜\n').figures.filter((f) => f.attribute === 'price');
  assert.deepEqual(plain.map((f) => f.per), [undefined]);
});

test('a line that frames the paragraph below with a currency and its denominator (再看海外（按美元/1M tokens）：)', () => {
  const M = { value: 1e6, unit: 'tokens' };
  for (const [frame, body] of [
    ['再看海外（按美元/1M tokens）：', 'OpenAI的GPT-4o是输入$2.50、输出$10，GPT-4o mini是$0.15 / $0.60。'],
    ['再看海外（按美元/1M tokens）：', 'OpenAI的GPT-4o是輸入$2.50、輸出$10，GPT-4o mini是$0.15 / $0.60。'],
    // (a bracket that opens with 每 and the denominator frames them too)
    ['再看价格（每百万tokens，美元，输入/输出）：', 'OpenAI的GPT-4o是输入$2.50、输出$10，GPT-4o mini是$0.15 / $0.60。'],
    ['再看價格（每百萬tokens，美元，輸入/輸出）：', 'OpenAI的GPT-4o是輸入$2.50、輸出$10，GPT-4o mini是$0.15 / $0.60。'],
  ]) {
    const figures = analyse(`${frame}\n\n${body}\n\n另外，ChatGPT Plus会员每月20美元。\n`).figures;
    assert.deepEqual(figures.filter((f) => f.per?.unit === 'tokens').map((f) => [f.text, f.attribute, f.per]),
      [['$2.50', 'price', M], ['$10', 'price', M], ['$0.15', 'price', M], ['$0.60', 'price', M]], body);
  }
});

test('a list\'s bare amounts under a line that declares their currency and denominator (价格一览（元/百万tokens，输入/输出）) are prices, one per facet', () => {
  const M = { value: 1e6, unit: 'tokens' };
  for (const text of [
    '📌 附：主流模型API价格一览（元/百万tokens，输入/输出，截至2025年2月）\nDeepSeek-V3：2 / 8\nabab6.5s（MiniMax）：1 / 1\n',
    '📌 附：主流模型API價格一覽（元/百萬tokens，輸入/輸出，截至2025年2月）\nDeepSeek-V3：2 / 8\nabab6.5s（MiniMax）：1 / 1\n',
  ]) {
    const a = analyse(text);
    assert.deepEqual(a.figures.map((f) => [f.text, f.unit, f.per, f.attribute, f.subjectId, f.facet]), [
      ['2', '元', M, 'price', 'model:deepseek-v3', '输入'], ['8', '元', M, 'price', 'model:deepseek-v3', '输出'],
      ['1', '元', M, 'price', 'model:abab-6.5s', '输入'], ['1', '元', M, 'price', 'model:abab-6.5s', '输出'],
    ], text);
    assert.ok(a.figures.every((f) => f.status !== 'conflict'));
  }
  // (a period and a currency unit declared, 按月付价格，单位：元, and a bar between name and amount; 起 makes a price from)
  for (const text of ['📋 总结表（按月付价格，单位：元）\n文心一言｜59.9\n海螺AI｜68起\n', '📋 總結表（按月付價格，單位：元）\n文心一言｜59.9\n海螺AI｜68起\n']) {
    assert.deepEqual(analyse(text).figures.map((f) => [f.text, f.unit, f.qualifier, f.per, f.attribute, f.subjectId]), [
      ['59.9', '元', 'eq', { value: 1, unit: '月' }, 'price', 'model:ernie-bot'], ['68起', '元', 'gte', { value: 1, unit: '月' }, 'price', 'model:hailuo-ai'],
    ], text);
  }
  // (a unit declared by 单位：, and each amount labelled by its side on the line: Qwen-Turbo：输入0.3，输出0.6)
  for (const text of ['调整后价格如下（单位：元/百万tokens）：\nDeepSeek-V3：输入2，输出8\n', '調整後價格如下（單位：元/百萬tokens）：\nDeepSeek-V3：輸入2，輸出8\n']) {
    assert.deepEqual(analyse(text).figures.map((f) => [f.text, f.unit, f.per, f.attribute, f.subjectId, f.facet]), [
      ['2', '元', M, 'price', 'model:deepseek-v3', '输入'], ['8', '元', M, 'price', 'model:deepseek-v3', '输出'],
    ], text);
  }
  // (two amounts and no facets declared for them are no list of prices; nor a line after a blank one)
  assert.deepEqual(analyse('价格一览（元/百万tokens）\nDeepSeek-V3：2 / 8\n').figures.map((f) => f.text), []);
  assert.deepEqual(analyse('价格一览（元/百万tokens）\n\nDeepSeek-V3：2\n').figures.map((f) => f.unit), []);
});

test('a framed price restated in another currency in brackets (（约合人民币18元/73元）) keeps the frame\'s denominator', () => {
  const M = { value: 1e6, unit: 'tokens' };
  for (const text of [
    '再看价格（每百万tokens，输入/输出）：\n· GPT-4o：输入2.5刀、输出10刀（约合人民币18元/73元）\n',
    '再看價格（每百萬tokens，輸入/輸出）：\n· GPT-4o：輸入2.5刀、輸出10刀（約合人民幣18元/73元）\n',
  ]) assert.deepEqual(analyse(text).figures.map((f) => [f.text, f.per]), [['2.5刀', M], ['10刀', M], ['18元', M], ['73元', M]], text);
});

test('an API\'s bare input or output price after another model\'s price per tokens is per as many tokens', () => {
  const M = { value: 1e6, unit: 'tokens' };
  for (const text of [
    'DeepSeek-V3：输入2元/百万tokens，缓存命中只要0.5元，输出8元。\nDeepSeek-R1：输入4元，缓存命中1元，输出16元。',
    'DeepSeek-V3：輸入2元/百萬tokens，快取命中只要0.5元，輸出8元。\nDeepSeek-R1：輸入4元，快取命中1元，輸出16元。',
  ]) {
    const r1 = analyse(text).figures.filter((f) => f.start > text.indexOf('DeepSeek-R1'));
    assert.deepEqual(r1.map((f) => [f.text, f.per]), [['4元', M], ['1元', M], ['16元', M]], text);
  }
  // (a membership's monthly fee is no API price)
  const fee = analyse('DeepSeek-V3：输入2元/百万tokens，输出8元。\n会员订阅每月29元。').figures.find((f) => f.text.includes('29元'));
  assert.notDeepEqual(fee?.per, M);
});

test('a denominator written once after a list of prices is every item\'s (分别为2.4元、0.8元和0.3元/百万tokens)', () => {
  const M = { value: 1e6, unit: 'tokens' };
  const per = (input: string) => analyse(input).figures.map((f) => [f.text, f.per ?? null]);
  assert.deepEqual(per('三款模型的输入价格分别为2.4元、0.8元和0.3元/百万tokens。'), [['2.4元', M], ['0.8元', M], ['0.3元/百万tokens', M]]);
  assert.deepEqual(per('三款模型的輸入價格分別為2.4元、0.8元和0.3元/百萬tokens。'), [['2.4元', M], ['0.8元', M], ['0.3元/百萬tokens', M]]);
  // (amounts of another size are no items of the rate's list)
  assert.deepEqual(per('公司营收为2.4亿元和0.3元/股。').map(([t, p]) => [t, p && (p as { unit: string }).unit]), [['2.4亿元', null], ['0.3元/股', '股']]);
});

test('the same rates of another thing listed with 分别 (而前代X分别为0.25美元和1.25美元) are per as many tokens', () => {
  const M = { value: 1e6, unit: 'tokens' };
  const per = (input: string) => analyse(input).figures.map((f) => [f.text, f.per ?? null]);
  assert.deepEqual(per('Claude 3.5 Haiku输入价格为每百万tokens 1美元，输出5美元，而前代Claude 3 Haiku分别为0.25美元和1.25美元。').slice(2), [['0.25美元', M], ['1.25美元', M]]);
  assert.deepEqual(per('Claude 3.5 Haiku輸入價格為每百萬tokens 1美元，輸出5美元，而前代Claude 3 Haiku分別為0.25美元和1.25美元。').slice(2), [['0.25美元', M], ['1.25美元', M]]);
  // (not past the end of the sentence)
  assert.deepEqual(per('输入价格为每百万tokens 1美元。公司估值和融资分别为3亿美元和1亿美元。').slice(1), [['3亿美元', null], ['1亿美元', null]]);
});

test('a caption that names the currency and the denominator (（人民币元／每百万tokens，截至8月20日）) gives both to a table\'s bare cells', () => {
  for (const caption of ['表：主要大模型API价格比较（人民币元／每百万tokens，截至8月20日）', '表：主要大模型API價格比較（人民幣元／每百萬tokens，截至8月20日）']) {
    const text = `${caption}\n厂商\t模型\t输入\t输出\n阿里云\tQwen-Plus\t0.3\t0.6\n阿里云\tQwen-Max\t2.4\t9.6\n`;
    const figures = analyse(text).figures;
    assert.deepEqual(figures.map((f) => [f.text, f.unit, f.attribute, f.per?.value]), [['0.3', '元', 'price', 1e6], ['0.6', '元', 'price', 1e6], ['2.4', '元', 'price', 1e6], ['9.6', '元', 'price', 1e6]], caption);
  }
});

test('an amount and one hour after it is an hourly rate (6块钱一小时), not the start of a time (一小时内)', () => {
  const per = (input: string) => analyse(input).figures.map((f) => [f.text, f.per ?? null]);
  assert.deepEqual(per('云上租 A800 大概 6 块钱一小时。'), [['大概 6 块钱一小时', { value: 1, unit: '小时' }]]);
  assert.deepEqual(per('雲上租A800大概6元一小時。'), [['大概6元一小時', { value: 1, unit: '小时' }]]);
  assert.deepEqual(per('花了6元一小时内就完成了。'), [['6元', null]]);
  // (块 and 多 before the hour: yuan, more than seven; a rental's 万 per month)
  const money = (input: string) => analyse(input).figures.map((f) => [f.text, f.unit, f.per ?? null]);
  assert.deepEqual(money('AutoDL 上 A100 80G 大概 7 块多一小时。'), [['大概 7 块多一小时', '元', { value: 1, unit: '小时' }]]);
  assert.deepEqual(money('AutoDL 上 A100 80G 大概 7 塊多一小時。'), [['大概 7 塊多一小時', '元', { value: 1, unit: '小时' }]]);
  assert.deepEqual(money('现在 H20 租一张大概 1.2 万/月。'), [['大概 1.2 万/月', '元', { value: 1, unit: '月' }]]);
  assert.deepEqual(money('租用了2万张卡。'), [['2万张', '张', null]]);
});

test('a count of M or K after the slash of a price is of tokens ($2.5/1M, $1.25/1K)', () => {
  const per = (input: string) => analyse(input).figures.map((f) => [f.text, f.per ?? null]);
  // (and a bare million after 每 or a slash: 16元每百万, 2元/百万)
  assert.deepEqual(per('Kimi K2要16元每百万，比V3贵。'), [['16元每百万', { value: 1e6, unit: 'tokens' }]]);
  assert.deepEqual(per('Kimi K2要16元/百萬，比V3貴。'), [['16元/百萬', { value: 1e6, unit: 'tokens' }]]);
  assert.deepEqual(per('GPT-4o：输入 $2.5/1M ，缓存 $1.25/1K'), [['$2.5/1M', { value: 1e6, unit: 'tokens' }], ['$1.25/1K', { value: 1e3, unit: 'tokens' }]]);
  assert.deepEqual(per('GPT-4o：輸入 $2.5/1M tokens'), [['$2.5/1M tokens', { value: 1e6, unit: 'tokens' }]]);
});

test('a unit note among a caption\'s other notes (（单位：亿元，数据来源：公司公告）：) scales the bare cells', () => {
  for (const caption of ['分部拆分如下（单位：亿元，数据来源：公司公告，券商整理）：', '分部拆分如下（單位：億元，數據來源：公司公告，券商整理）：']) {
    const text = `${caption}\n\n| 分部 | 本季收入 | 同比 |\n|---|---|---|\n| 公共云 | 121.7 | +29% |\n| 混合云 | 41.2 | -3% |\n`;
    const figures = analyse(text).figures;
    assert.deepEqual(figures.map((f) => [f.text, f.value, f.unit]), [['121.7', 1.217e10, '元'], ['+29%', 29, '%'], ['41.2', 4.12e9, '元'], ['-3%', -3, '%']], caption);
  }
});

test('a cell with a comparator before its bare number (| 約18 |) takes the currency and denominator the caption names', () => {
  const text = '表：API價格比較（人民幣元／每百萬tokens）\n廠商\t模型\t輸入\t輸出\nOpenAI\tGPT-4o\t約18\t約72\n阿里雲\tQwen-Plus\t0.3\t0.6\n';
  const f = analyse(text).figures.find((x) => x.text === '約18');
  assert.deepEqual([f?.unit, f?.attribute, f?.per?.value], ['元', 'price', 1e6]);
});

test('a header\'s unit after a note\'s mark (（亿tokens）（注2）), a scale alone (（万）) and a rate unit in a caption (单位：t/s) reach the bare cells', () => {
  const table = '| 指标 | 2024年末 | 2023年末 |\n|---|---|---|\n| 日均调用量（亿tokens）（注2） | 13,000 | 2,100 |\n| 月活跃用户（万） | 3,460 | 980 |\n';
  const byText = (text: string) => Object.fromEntries(analyse(text).figures.map((f) => [f.text, [f.value, f.unit]]));
  const a = byText(table);
  assert.deepEqual(a['13,000'], [1.3e12, 'tokens']);
  assert.deepEqual(a['980'][0], 9.8e6);
  const b = byText(table.replace('日均调用量（亿tokens）（注2）', '日均調用量（億tokens）（註2）').replace('月活跃用户（万）', '月活躍用戶（萬）'));
  assert.deepEqual(b['13,000'], [1.3e12, 'tokens']);
  for (const caption of ['【实测结果】（单位：t/s，越高越好）', '【實測結果】（單位：t/s，越高越好）']) {
    const f = analyse(`${caption}\n\n模型｜4090｜3090\nLlama 3.1 8B｜128｜104\nBreeze-7B｜131｜107\n`).figures;
    const cell = f.find((x) => x.text === '128');
    assert.deepEqual([cell?.unit, cell?.per?.unit], ['tokens', '秒'], caption);
    // (the header row's numbers name cards, no claims)
    assert.ok(!f.some((x) => x.text === '4090'), caption);
  }
});

test('a Latin scale alone in a header\'s brackets (上下文长度(K), 参数量(B)) scales its column\'s bare numbers; a word in brackets is no scale', () => {
  for (const header of ['| 模型 | 上下文长度(K) | 参数量(B) |', '| 模型 | 上下文長度(K) | 參數量(B) |']) {
    const f = analyse(`${header}\n|---|---|---|\n| A-1 | 128 | 72 |\n`, { markdown: true }).figures;
    assert.deepEqual(f.map((x) => [x.text, x.value]), [['128', 128e3], ['72', 72e9]], header);
  }
  assert.equal(analyse('| 模型 | 数值(constructor) |\n|---|---|\n| A-1 | 128 |\n', { markdown: true }).figures[0]?.value, 128);
});

test('a column of a period\'s money (月费用, 月费, 年费) makes the amounts its cells write rates of that period', () => {
  for (const header of ['月费用', '月費用']) {
    const f = analyse(`| 方案 | ${header} | 折合人民币 |\n|---|---|---|\n| Cursor Pro | 20美元 | 约144元 |\n| GitHub Copilot | 10美元 | 约72元 |\n`).figures.find((x) => x.text === '20美元');
    assert.deepEqual(f?.per, { value: 1, unit: '月' }, header);
  }
});

test('last year (上一年度营业收入) is a time, no period of one year; 会员一年499元 is a rate', () => {
  for (const [text, figure, per] of [
    ['申请企业上一年度营业收入不低于500万元。', '不低于500万元', undefined], ['申請企業上一年度營業收入不低於500萬元。', '不低於500萬元', undefined],
    ['会员一年499元。', '499元', { value: 1, unit: '年' }],
  ] as const) {
    const f = analyse(text).figures.find((x) => x.text === figure);
    assert.ok(f, text);
    assert.deepEqual(f.per, per, text);
  }
});

test('a salary is a rate of its period (平均月薪4.2万元, 年薪中位数达68.5万元, 时薪200元)', () => {
  for (const [text, figure, unit] of [
    ['大模型岗位平均月薪为4.63万元。', '4.63万元', '月'], ['大模型崗位平均月薪為4.63萬元。', '4.63萬元', '月'],
    ['算法岗年薪中位数达68.5万元。', '68.5万元', '年'], ['算法崗年薪中位數達68.5萬元。', '68.5萬元', '年'],
    ['标注员时薪约200元。', '约200元', '小时'],
  ]) {
    const f = analyse(text).figures.find((x) => x.text === figure);
    assert.deepEqual(f?.per, { value: 1, unit }, text);
  }
});

test('a rental per card and month (8,980元/卡/月) is a rate of its own, beside the rate per card-hour, in text and in a column\'s unit', () => {
  const rate = (text: string, figure: string, markdown = false) => analyse(text, { markdown }).figures.find((f) => f.text === figure)?.per;
  for (const [input, figure, per] of [
    ['H800按量16.90元/卡/小时，包月8,980元/卡/月。', '16.90元/卡/小时', { value: 1, unit: '卡时' }],
    ['H800按量16.90元/卡/小时，包月8,980元/卡/月。', '8,980元/卡/月', { value: 1, unit: '卡月' }],
    ['H800按量16.90元/卡/小時，包月8,980元/卡/月，包年9萬元/卡/年。', '9萬元/卡/年', { value: 1, unit: '卡年' }],
  ] as const) assert.deepEqual(rate(input, figure), per, `${input} ${figure}`);
  for (const table of [
    '| GPU型号 | 按量(元/卡/小时) | 包月(元/卡/月) |\n|---|---|---|\n| H800 | 16.90 | 8,980 |\n',
    '| GPU型號 | 按量(元/卡/小時) | 包月(元/卡/月) |\n|---|---|---|\n| H800 | 16.90 | 8,980 |\n',
  ]) {
    assert.deepEqual(rate(table, '16.90', true), { value: 1, unit: '卡时' }, table);
    assert.deepEqual(rate(table, '8,980', true), { value: 1, unit: '卡月' }, table);
  }
});

test('a subscription per seat or account and period (2,980元/席位/年, 99元/账号/月) is one rate, its denominator whole', () => {
  const rate = (text: string, figure: string) => analyse(text).figures.find((f) => f.text === figure)?.per;
  for (const [input, figure, per] of [
    ['标准版定价2,980元/席位/年，企业版6,800元/席位/年。', '2,980元/席位/年', { value: 1, unit: '席位/年' }],
    ['標準版定價2,980元/席位/年，企業版6,800元/席位/年。', '6,800元/席位/年', { value: 1, unit: '席位/年' }],
    ['团队版199元/账号/月。', '199元/账号/月', { value: 1, unit: '账号/月' }],
    ['團隊版199元/帳號/月。', '199元/帳號/月', { value: 1, unit: '账号/月' }],
    ['Cursor企业版40美元/用户/月。', '40美元/用户/月', { value: 1, unit: '用户/月' }],
    ['Cursor企業版40美元/用戶/月。', '40美元/用戶/月', { value: 1, unit: '用户/月' }],
  ] as const) assert.deepEqual(rate(input, figure), per, `${input} ${figure}`);
});

test('an amount a rate adds up to (折算, 合计) is no price per the rate\'s unit; a price in another currency is', () => {
  const per = (t: string) => analyse(t).figures.map((f) => `${f.text} ${f.per ? `${f.per.value}${f.per.unit}` : '-'}`);
  assert.deepEqual(per('按每GPU小时2美元租金折算约合557.6万美元。'), ['每GPU小时2美元 1GPU小时', '557.6万美元 -']);
  assert.deepEqual(per('按2美元/GPU小时的租价折算约557.6万美元。'), ['2美元/GPU小时 1GPU小时', '约557.6万美元 -']);
  assert.deepEqual(per('按每GPU小時2美元租金折算約合557.6萬美元。'), ['每GPU小時2美元 1GPU小时', '557.6萬美元 -']);
  assert.deepEqual(per('输入2元/百万tokens，折合0.28美元。'), ['2元/百万tokens 1000000tokens', '0.28美元 1000000tokens']);
  // (nor one after a rate the clause reckons by: 按…算，…就要)
  assert.deepEqual(per('同样按2美元/GPU小时算，光租卡就要6168万美元。'), ['2美元/GPU小时 1GPU小时', '6168万美元 -']);
  assert.deepEqual(per('同樣按2美元/GPU小時計，光租卡就要6168萬美元。'), ['2美元/GPU小時 1GPU小时', '6168萬美元 -']);
});

test('a price per a unit and a period is one rate (0.3元/GB/月, 25元/Mbps/月); per card and hour stays 卡时', () => {
  const per = (t: string) => analyse(t).figures.map((f) => `${f.text} ${f.per ? `${f.per.value}${f.per.unit}` : '-'}`);
  assert.deepEqual(per('共享文件存储0.3元/GB/月，公网带宽25元/Mbps/月。'), ['0.3元/GB/月 1GB/月', '25元/Mbps/月 1Mbps/月']);
  assert.deepEqual(per('數據盤0.0008元/GB/小時，A800按12.5元/卡/小時計費。'), ['0.0008元/GB/小時 1GB/小时', '12.5元/卡/小時 1卡时']);
  assert.deepEqual(per('对象存储5元/GB。'), ['5元/GB 1GB']);
  // (a dot may join them: 元/卡·月 as 元/卡/月, 元/台·月)
  assert.deepEqual(per('单卡不到6000元/卡·月，整机65,000 元/台·月。'), ['不到6000元/卡·月 1卡月', '65,000 元/台·月 1台/月']);
  assert.deepEqual(per('單卡不到6000元/卡·月，整機65,000 元/台·月。'), ['不到6000元/卡·月 1卡月', '65,000 元/台·月 1台/月']);
});

test('a denominator that names input or output tokens, with a space or none (每百万输入 tokens 1.25 美元), is one rate', () => {
  const per = (t: string) => analyse(t).figures.map((f) => `${f.text} ${f.per ? `${f.per.value}${f.per.unit}` : '-'}`);
  assert.deepEqual(per('定价为每百万输入 tokens 1.25 美元、每百万输出 tokens 10 美元。'), ['每百万输入 tokens 1.25 美元 1000000tokens', '每百万输出 tokens 10 美元 1000000tokens']);
  assert.deepEqual(per('定價為每百萬輸入 tokens 1.25 美元、每百萬輸出tokens 10 美元。'), ['每百萬輸入 tokens 1.25 美元 1000000tokens', '每百萬輸出tokens 10 美元 1000000tokens']);
});

test('a column header that opens with a denominator (| 每小时卡费 | 每百万输出tokens | 每千次请求 |) gives it to the column\'s prices', () => {
  const per = (t: string) => analyse(t, { markdown: true }).figures.map((f) => `${f.text} ${f.per ? `${f.per.value}${f.per.unit}` : '-'}`);
  assert.deepEqual(per('| 模型 | 每小时卡费 | 每百万输出tokens | 每千次请求 |\n|---|---|---|---|\n| Qwen2.5-72B | 19.96 元 | 3.00 元 | 1.05 元 |\n'),
    ['19.96 元 1小时', '3.00 元 1000000tokens', '1.05 元 1000次']);
  assert.deepEqual(per('| 模型 | 每小時卡費 | 每百萬輸出tokens | 每千次請求 |\n|---|---|---|---|\n| Qwen2.5-72B | 19.96 元 | 3.00 元 | 1.05 元 |\n'),
    ['19.96 元 1小时', '3.00 元 1000000tokens', '1.05 元 1000次']);
});

test('tokens per tokens is no rate: two windows side by side (8K/32K) are two figures', () => {
  const per = (t: string) => analyse(t).figures.map((f) => `${f.text} ${f.per ? `${f.per.value}${f.per.unit}` : '-'}`);
  assert.deepEqual(per('两款模型的窗口却只有 8K/32K。'), ['8K -', '32K -']);
  assert.deepEqual(per('兩款模型的窗口卻只有 8K/32K。'), ['8K -', '32K -']);
  assert.deepEqual(per('价格为0.1元/1K tokens。'), ['0.1元/1K tokens 1000tokens']);
});

test('a unit price column (| 数量 | 单价（元） |) is per one of what the row counts', () => {
  const per = (t: string) => analyse(t).figures.map((f) => `${f.text} ${f.attribute} ${f.per ? `${f.per.value}${f.per.unit}` : '-'}`);
  assert.deepEqual(per('| 标的名称 | 数量 | 单价（元） | 总价（元） |\n| --- | --- | --- | --- |\n| 推理一体机 | 2台 | 1,150,000.00 | 2,300,000.00 |\n'),
    ['2台 count -', '1,150,000.00 price 1台', '2,300,000.00 price -']);
  assert.deepEqual(per('| 標的名稱 | 數量 | 單價（元） | 總價（元） |\n| --- | --- | --- | --- |\n| 推理一體機 | 2台 | 1,150,000.00 | 2,300,000.00 |\n'),
    ['2台 count -', '1,150,000.00 price 1台', '2,300,000.00 price -']);
});

test('time spent in an hour is no rent (一小时内处理500份), and tokens used in all are no denominator (用了300万tokens要16元)', () => {
  const per = (t: string) => analyse(t).figures.map((f) => `${f.text} ${f.per ? `${f.per.value}${f.per.unit}` : '-'}`);
  assert.deepEqual(per('一小时内处理了500份文件。'), ['500份 -']);
  assert.deepEqual(per('一小時內處理了500份文件。'), ['500份 -']);
  assert.deepEqual(per('总共用了300万tokens要16元。'), ['300万tokens -', '16元 -']);
});

test('bare numbers under a price column (输入·调整后, 缓存命中) take the unit the text declared for its prices; bare numbers under other columns do not', () => {
  const per = (t: string) => analyse(t, { markdown: true }).figures.map((f) => `${f.text} ${f.unit} ${f.per ? `${f.per.value}${f.per.unit}` : '-'}`);
  const page = (s: string) => s === 'zh-hant'
    ? '> 所有價格均為含稅價；如無特別說明，單位為 **元/百萬 tokens**。\n\n| 模型 | 輸入·調整後 | 快取命中輸入 | RPM |\n|---|---|---|---|\n| Qwen-Max | 2.4 | 0.96 | 1200 |\n'
    : '> 所有价格均为含税价；如无特别说明，单位为 **元/百万 tokens**。\n\n| 模型 | 输入·调整后 | 缓存命中输入 | RPM |\n|---|---|---|---|\n| Qwen-Max | 2.4 | 0.96 | 1200 |\n';
  assert.deepEqual(per(page('zh-hans')).slice(0, 2), ['2.4 元 1000000tokens', '0.96 元 1000000tokens']);
  assert.deepEqual(per(page('zh-hant')).slice(0, 2), ['2.4 元 1000000tokens', '0.96 元 1000000tokens']);
  assert.ok(!per(page('zh-hans')).some((x) => x.startsWith('1200 元')));
});

test('a caption that writes its unit with a currency code (本周价格速查表（USD / 1M tokens）) gives a table\'s bare prices their unit and denominator, and its count of tokens is no figure', () => {
  const per = (t: string) => analyse(t, { markdown: true }).figures.map((f) => `${f.text} ${f.unit} ${f.attribute} ${f.per ? `${f.per.value}${f.per.unit}` : '-'}`);
  const table = (caption: string) => `## 📋 ${caption}\n\n| Model | Input | Output | Context |\n|---|---|---|---|\n| GPT-4o | 2.50 | 10.00 | 128K |\n`;
  assert.deepEqual(per(table('本周价格速查表（USD / 1M tokens）')).slice(0, 3), ['2.50 美元 price 1000000tokens', '10.00 美元 price 1000000tokens', '128K  context_length -']);
  assert.deepEqual(per(table('本週價格速查表（USD / 1M tokens）')).slice(0, 2), ['2.50 美元 price 1000000tokens', '10.00 美元 price 1000000tokens']);
  // (a pair of prices after a slash stays two prices)
  assert.deepEqual(analyse('Claude 3.5 Sonnet输入/输出为3美元/15美元（每百万tokens）。').figures.map((f) => f.text), ['3美元', '15美元']);
});

test('a named month\'s income (12月收入, 上月收入) is no monthly rate', () => {
  const per = (t: string) => analyse(t).figures.map((f) => `${f.text} ${f.per ? `${f.per.value}${f.per.unit}` : '-'}`);
  assert.deepEqual(per('公司12月收入为300万元。'), ['300万元 -']);
  assert.deepEqual(per('上月收入為300萬元。'), ['300萬元 -']);
});

test('a monthly active user count (月度活跃用户) is no monthly rate', () => {
  const per = (t: string) => analyse(t).figures.map((f) => `${f.text} ${f.per ? `${f.per.value}${f.per.unit}` : '-'}`);
  assert.deepEqual(per('Kimi月度活跃用户达到3000万。'), ['3000万 -']);
  assert.deepEqual(per('Kimi月度活躍用戶達到3000萬。'), ['3000萬 -']);
});

test('a column headed by a rate limit (RPM, 默认TPM, RPM（每分钟请求数）) or by a period\'s measure (日均调用量, 月成本, 月度净烧钱) gives its numbers that period; a corner\'s period (渗透率＼年均支出) does not', () => {
  const per = (t: string) => analyse(t, { markdown: true }).figures.map((f) => `${f.text} ${f.per ? `${f.per.value}${f.per.unit}` : '-'}`);
  assert.deepEqual(per('| 模型 | RPM | 默认TPM |\n|---|---|---|\n| GLM-4-Plus | 300 | 500,000 |\n'), ['300 1分钟', '500,000 1分钟']);
  assert.deepEqual(per('| 模型 | RPM（每分钟请求数） | 默認TPM |\n|---|---|---|\n| GLM-4-Plus | 300 | 500,000 |\n'), ['300 1分钟', '500,000 1分钟']);
  assert.deepEqual(per('| 模型 | 日均调用量（亿tokens） | 月成本（元） | 月度净烧钱 |\n|---|---|---|---|\n| 豆包 | 12,000 | 4,800 | 300万元 |\n'), ['12,000 1天', '4,800 1月', '300万元 1月']);
  assert.deepEqual(per('| 模型 | 日均調用量（億tokens） | 月成本（元） | 月度淨燒錢 |\n|---|---|---|---|\n| 豆包 | 12,000 | 4,800 | 300萬元 |\n'), ['12,000 1天', '4,800 1月', '300萬元 1月']);
  assert.deepEqual(per('表2：市场规模敏感性分析（单位：亿元）\n| 渗透率＼年均支出 | 20万元 | 28万元 |\n| --- | --- | --- |\n| 25% | 300 | 420 |\n').filter((x) => /^(300|420) /.test(x)), ['300 -', '420 -']);
});

test('a unit declared for prices (价格单位统一为人民币元 / 百万 tokens) gives a table\'s bare prices their denominator', () => {
  const per = (t: string) => analyse(t, { markdown: true }).figures.filter((f) => f.unit === '元').map((f) => `${f.text} ${f.attribute} ${f.per ? `${f.per.value}${f.per.unit}` : '-'}`);
  assert.deepEqual(per('> 价格单位统一为 **人民币元 / 百万 tokens**（¥ / M tokens）。\n\n| 模型 | 上下文 | 输入 | 输出 |\n|---|---|---|---|\n| DeepSeek-V3 | 64K | ¥2 | ¥8 |\n'),
    ['¥2 price 1000000tokens', '¥8 price 1000000tokens']);
  assert.deepEqual(per('> 價格單位統一為 **人民幣元 / 百萬 tokens**。\n\n| 模型 | 上下文 | 輸入 | 輸出 |\n|---|---|---|---|\n| DeepSeek-V3 | 64K | ¥2 | ¥8 |\n'),
    ['¥2 price 1000000tokens', '¥8 price 1000000tokens']);
  // (no declaration: a bare price keeps no denominator)
  assert.deepEqual(per('| 模型 | 上下文 | 输入 | 输出 |\n|---|---|---|---|\n| DeepSeek-V3 | 64K | ¥2 | ¥8 |\n'), ['¥2 price -', '¥8 price -']);
});
