// The attribute cue table (knowledge data) and what it decides: every attribute from its cue,
// in simplified and traditional Chinese; the nearest cue wins; cost words tell training from
// running; a unit decides only when no cue does; `other` when nothing does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Ajv from 'ajv';
import { CueIndex } from '../../server/src/analysis/attributeCues.ts';
import { aliasKey } from '../../server/src/analysis/knowledge.ts';
import { attributeCueSchema, BUNDLED_CUES } from '../../server/src/knowledge/attributeCues.ts';
import { ATTRIBUTES } from '../../server/src/knowledge/attributes.ts';
import { analyse as analyseShipped } from '../helpers/engine.ts';
import type { AnalyzeOptions } from '../../server/src/analysis/analyze.ts';

/** The rules' decisions alone: the learned model's second opinion on them is tested in learned-attributes.test.ts. */
const analyse = (text: string, options: AnalyzeOptions = {}) => analyseShipped(text, { learnedAttributes: false, ...options });

test('the cue table validates against its schema, and the schema’s attributes are exactly the vocabulary', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(attributeCueSchema);
  assert.ok(validate(BUNDLED_CUES), JSON.stringify(validate.errors));
  assert.deepEqual(attributeCueSchema.definitions.attribute.enum, [...ATTRIBUTES]);
  // and it rejects what it should
  assert.equal(validate({ ...BUNDLED_CUES, cues: [{ attribute: 'parameter_count', units: ['params'], words: ['参数'] }] }), false);
  assert.equal(validate({ ...BUNDLED_CUES, cues: [{ attribute: 'price', units: [], words: ['价格'] }] }), false);
});

test('every unit class a cue or prior names exists; every attribute has subject kinds', () => {
  const classes = new Set(Object.keys(BUNDLED_CUES.unitClasses));
  for (const g of BUNDLED_CUES.cues) for (const u of g.units) assert.ok(classes.has(u), `${g.attribute}: ${u}`);
  for (const table of [BUNDLED_CUES.unitPriors, BUNDLED_CUES.ratePriors]) for (const u of Object.keys(table)) assert.ok(classes.has(u), u);
  for (const a of ATTRIBUTES) assert.ok(BUNDLED_CUES.subjectKinds[a]?.length, a);
  const units = Object.values(BUNDLED_CUES.unitClasses).flat();
  assert.equal(new Set(units).size, units.length, 'a unit belongs to one class');
});

test('no cue word means two attributes for the same unit class (unless a group is conditional: the first whose words hold wins)', () => {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const g of BUNDLED_CUES.cues) {
    for (const w of g.words) {
      for (const u of g.units) {
        const key = `${aliasKey(w)}|${u}|${g.requires?.join(',') ?? ''}`;
        const had = seen.get(key);
        if (had && had !== g.attribute) clashes.push(`${w} (${u}): ${had} / ${g.attribute}`);
        seen.set(key, g.attribute);
      }
    }
  }
  assert.deepEqual(clashes, []);
});

test('a cue is a data change: a new table with one more word decides a new attribute', () => {
  const text = '这家公司的年度捐赠达到500万美元。';
  const at = { start: text.indexOf('500'), end: text.indexOf('美元') + 2, unit: '美元' };
  const sentence = { start: 0, end: text.length };
  const plain = new CueIndex();
  assert.equal(plain.decide(text, sentence, plain.hits(text), at, () => false).attribute, 'other');
  const extended = new CueIndex({ ...BUNDLED_CUES, cues: [...BUNDLED_CUES.cues, { attribute: 'revenue', units: ['money'], words: ['年度捐赠'] }] });
  const decided = extended.decide(text, sentence, extended.hits(text), at, () => false);
  assert.equal(decided.attribute, 'revenue');
  assert.equal(text.slice(decided.cue!.start, decided.cue!.end), '年度捐赠');
});

/** [text, figure as written, attribute, the cue that decided (as written) or the rule] */
type Case = [string, string, string, string?];

function check(cases: Case[]) {
  for (const [text, figure, attribute, why] of cases) {
    const a = analyse(text);
    const f = a.figures.find((x) => x.text === figure);
    assert.ok(f, `${text}: no figure ${figure} in [${a.figures.map((x) => x.text).join(', ')}]`);
    assert.equal(f!.attribute, attribute, `${text} → ${figure}: ${f!.attribute} (${f!.why?.attribute})`);
    if (why) assert.equal(f!.why?.attribute, why, `${text} → ${figure}: why`);
  }
}

test('parameters and activated parameters (激活 / 啟用 beats the unit 参数)', () => check([
  ['通义千问2.5最大的版本拥有720亿参数。', '720亿参数', 'parameters', 'unit 参数'],
  // (but not 激活 of a later clause that has no number of its own after it)
  ['Grok-1拥有3140亿参数，每个token约有25%的权重处于激活状态。', '3140亿参数', 'parameters', undefined],
  ['Grok-1擁有3140億參數，每個token約有25%的權重處於激活狀態。', '3140億參數', 'parameters', undefined],
  ['這個模型的參數規模達到700億。', '700億', 'parameters', '參數規模'],
  ['DeepSeek-V3总参数6710亿，每个token激活370亿参数。', '6710亿', 'parameters', '总参数'],
  ['DeepSeek-V3总参数6710亿，每个token激活370亿参数。', '370亿参数', 'activated_parameters', '激活'],
  ['該模型每個token啟用370億參數。', '370億參數', 'activated_parameters', '啟用'],
  // (啟動, Taiwan's word for it, with a count of parameters only)
  ['R1滿血版總參數 671B，每個 token 啟動 37B。', '37B', 'activated_parameters', '啟動'],
  ['R1满血版总参数 671B，每个 token 启动 37B。', '37B', 'activated_parameters', '启动'],
  ['啟動參數應該是 45B 吧?', '45B', 'activated_parameters', '啟動參數'],
  // (in English, the word after the number: 671B total / 37B activated, 38B of which are activated)
  ['DeepSeek-V3：671B total / 37B activated 的 MoE。', '671B', 'parameters', 'total'],
  ['DeepSeek-V3：671B total / 37B activated 的 MoE。', '37B', 'activated_parameters', 'activated'],
  ['DeepSeek-V3 has 671B parameters in total, 37B of which are activated per token.', '37B', 'activated_parameters', 'activated'],
  ['DeepSeek-V3 has 671B total parameters, 37B active.', '37B', 'activated_parameters', 'active'],
  ['公司启动资金500万元。', '500万元', 'other'],
  // (said as the part that takes part in the computation)
  ['星衍科技发布了星衍-2。星衍-2总参数三千一百多亿，每个token实际参与计算的，大概260亿。', '大概260亿', 'activated_parameters', '实际参与计算'],
  ['星衍科技發布了星衍-2。星衍-2總參數三千一百多億，每個token實際參與計算的，大概260億。', '三千一百多億', 'parameters', '總參數'],
  ['相比之下，Qwen2.5-72B是稠密模型，720亿参数全部参与计算。', '720亿参数', 'parameters', 'unit 参数'],
  // (a setting's parameters, 解码参数, 超参数, are no model's size)
  ['Llama 3.1 405B官方公布的MMLU是88.6，我们按统一提示词和解码参数复测是87.3。', '87.3', 'score'],
  ['Llama 3.1 405B官方公布的MMLU是88.6，我們按統一提示詞和解碼參數複測是87.3。', '87.3', 'score'],
  ['Llama 3.1-405B是稠密模型，其全部4050亿参数在每次推理时都会参与计算。', '4050亿参数', 'parameters', 'unit 参数'],
  // (terse, each figure with its noun after it: 355B总参 32B激活)
  ['GLM-4.5是355B总参 32B激活 上下文128K', '32B', 'activated_parameters', '激活'],
  ['GLM-4.5是355B總參 32B啟用 上下文128K', '355B', 'parameters', '總參'],
  ['营收100亿元 同比增长20%。', '20%', 'growth'],
  // (a valuation that shrinks changes as a business figure does)
  ['一年多时间里，深言智算的估值缩水超过一半。', '超过一半', 'growth'],
  ['一年多時間裡，深言智算的估值縮水超過一半。', '超過一半', 'growth'],
]));

test('training tokens, training data, context length (上下文 / 語境窗口 beats a token unit)', () => check([
  ['Llama 3的预训练数据超过15万亿tokens。', '超过15万亿tokens', 'training_tokens', '预训练数据'],
  ['該模型在2萬億個token的語料上完成訓練。', '2萬億個token', 'training_tokens', '語料'],
  ['训练语料总量达到45TB。', '45TB', 'training_data', '训练语料'],
  ['团队收集了1.2亿图文对用于训练。', '1.2亿', 'training_data', '图文对'],
  // (clips of video and hours of driving data trained on are training data too)
  ['端到端模型训练使用了超过1000万段视频片段。', '超过1000万段', 'training_data', '视频片段'],
  ['端到端模型訓練使用了超過1000萬段視頻片段。', '超過1000萬段', 'training_data', '視頻片段'],
  // (and the mileage of driving data a fleet sends back, and the clips picked from it)
  ['车队累计回传的有效数据里程超过28亿公里。', '超过28亿公里', 'training_data', '有效数据里程'],
  ['車隊累計回傳的有效數據里程超過28億公里。', '超過28億公里', 'training_data', '有效數據里程'],
  ['今年新增可用于训练的clip约450万段，进入训练集的高价值片段约1.5亿段。', '约1.5亿段', 'training_data', '高价值片段'],
  ['今年新增可用於訓練的clip約450萬段。', '約450萬段', 'training_data', 'clip'],
  ['累计训练数据规模超过500万小时。', '超过500万小时', 'training_data', '训练数据'],
  ['累計訓練數據規模超過500萬小時。', '超過500萬小時', 'training_data', '訓練數據'],
  ['GPT-4 Turbo的上下文窗口为128K。', '128K', 'context_length', '上下文窗口'],
  ['其語境窗口擴大到128K。', '128K', 'context_length', '語境窗口'],
  ['新模型支持200万字的长文本输入。', '200万字', 'context_length'],
  ['该版本的上下文长度为100万tokens。', '100万tokens', 'context_length', '上下文长度'],
  ['Kimi可一次性读入二百万字。', '二百万字', 'context_length', '一次性读入'],
  // a clause that opens with another name leaves the cue words of the clause before behind (语料 is ERNIE's)
  ['文心一言训练所用的中文语料约1.5万亿tokens，Kimi可一次读完二百万字。', '二百万字', 'other'],
  ['文心一言訓練所用的中文語料約1.5萬億tokens，Kimi可一次性讀入二百萬字。', '二百萬字', 'context_length', '一次性讀入'],
  // concurrent sessions are throughput
  ['性能指标：支持不少于500路并发会话，平均响应时间不超过2秒。', '不少于500路', 'throughput', '并发会话'],
  ['性能指標：支持不少於500路並發會話。', '不少於500路', 'throughput', '並發會話'],
  // a failure rate is an error rate; a count in 万 is no score; a time is no count of users
  ['字节跳动称，豆包API的调用失败率不到千分之三。', '不到千分之三', 'accuracy', '失败率'],
  ['字節跳動稱，豆包API的調用失敗率不到千分之三。', '不到千分之三', 'accuracy', '失敗率'],
  ['腾讯元宝3月月活环比增长逾20倍，达到4180万，跃居榜单第3名。', '4180万', 'users', '月活'],
  ['豆包3月月活为1.16亿，日活约2800万，用户日均使用时长约30分钟。', '约30分钟', 'other'],
  // a figure restated in brackets measures what the one before it does
  ['Hunyuan-Large总参数量为3890亿（389B），每个token激活520亿（52B）参数。', '52B', 'activated_parameters', '激活'],
  ['Hunyuan-Large總參數量為3890億（389B），每個token激活520億（52B）參數。', '389B', 'parameters', '總參數量'],
  // (and an amount restated in financial numerals after its note)
  ['中标（成交）金额：¥21,436,500.00元（大写：人民币贰仟壹佰肆拾叁万陆仟伍佰元整）', '贰仟壹佰肆拾叁万陆仟伍佰元整', 'price', '中标（成交）金额'],
  ['中標（成交）金額：¥21,436,500.00元（大寫：人民幣貳仟壹佰肆拾叁萬陸仟伍佰元整）', '貳仟壹佰肆拾叁萬陸仟伍佰元整', 'price', '中標（成交）金額'],
  // a name's value in brackets measures what the sentence's first figure of its kind does
  ['2025年2月Kimi月活跃用户为1760万，排名第5，落后于豆包（8100万）和DeepSeek（6180万）。', '8100万', 'users', 'bracketed value'],
  // …but a list of names with a copula only runs on with the measure of its first item
  ['SK海力士占据约50%的份额，三星约占40%，美光不到10%。', '不到10%', 'market_share', '份额'],
  ['火山引擎以46.4%的份额居首，百度智能云、阿里云分别占19.2%和18.8%。', '18.8%', 'market_share', 'parallel clause'],
  // a task's completion rate and a test's sensitivity are accuracies (an adoption rate, 采纳率, is none)
  ['原来用的模型任务完成率只有71%。', '71%', 'accuracy', '任务完成率'],
  ['原來用的模型任務完成率只有71%。', '71%', 'accuracy', '任務完成率'],
  ['MedVision-2在肺结节检出任务上敏感度达96.3%。', '96.3%', 'accuracy', '敏感度'],
  ['在回顾性研究中，MedVision-2将漏诊率由4.6%降至1.1%。', '1.1%', 'accuracy', '漏诊率'],
  // (a window reached by extrapolation: 外推至)
  ['MiniMax-Text-01总参数4560亿、激活459亿，结合线性注意力后推理时可外推至400万tokens。', '400万tokens', 'context_length', '外推至'],
  ['MiniMax-Text-01總參數4560億、激活459億，結合線性注意力後推理時可外推至400萬tokens。', '400萬tokens', 'context_length', '外推至'],
  // (a sum converted to another currency is what the sum before it is: 折算约合)
  ['腾讯本季度总收入1,845亿元；按期末汇率折算约合257亿美元。', '257亿美元', 'revenue', 'converted 收入'],
  ['騰訊本季度總收入1,845億元；按期末匯率折算約合257億美元。', '257億美元', 'revenue', 'converted 收入'],
  // (what a model itself spent is its training's cost; what is spent on using it a price)
  ['训练一个大模型到底要花多少钱？DeepSeek-V3 真的只花了 557 万美元吗？', '557 万美元', 'training_cost', 'spent by a model'],
  ['訓練一個大模型到底要花多少錢？DeepSeek-V3 真的只花了 557 萬美元嗎？', '557 萬美元', 'training_cost', 'spent by a model'],
  ['上个月调用DeepSeek-V3只花了300美元。', '300美元', 'price', 'spent by a buyer'],
  // (a bar to clear is no one's measure: 十亿美元级别的门槛)
  ['DeepSeek-V3的训练成本是557.6万美元，但“拥有训练它的能力”依然是十亿美元级别的门槛。', '十亿美元级', 'other', 'threshold'],
  ['DeepSeek-V3的訓練成本是557.6萬美元，但「擁有訓練它的能力」依然是十億美元級別的門檻。', '十億美元級', 'other', 'threshold'],
  ['在回顧性研究中，MedVision-2將漏診率由4.6%降至1.1%。', '1.1%', 'accuracy', '漏診率'],
  ['代码生成采纳率31.5%。', '31.5%', 'other'],
  // a retrieval's hit rate in a column (Recall@5) is its accuracy; a pipeline's setting (chunk_size) is no benchmark
  ['| chunk_size | Recall@5 |\n|---|---|\n| 512 | 78.4% |', '78.4%', 'accuracy', 'table column Recall'],
  ['| chunk_size | Recall@5 |\n|---|---|\n| 512 | 78.4% |', '512', 'other'],
  ['| 模型 | 召回率@10 |\n|---|---|\n| bge-m3 | 86.9% |', '86.9%', 'accuracy'],
  // parts counted in a machine or a chip (自由度, 晶体管) are specs, no count of products
  ['灵枢R3全身共有44个自由度。', '44个', 'other', '自由度'],
  ['這顆晶片集成約380億個電晶體。', '約380億個', 'other', '電晶體'],
  // speech recognition's error rates, a filter's catch rate, agreement with doctors are accuracies too
  ['新版语音模型的词错率降至4.2%，拒识率为0.8%。', '4.2%', 'accuracy', '词错率'],
  ['新版語音模型的詞錯率降至4.2%，拒識率為0.8%。', '0.8%', 'accuracy', '拒識率'],
  ['该系统对诈骗电话的拦截率达到99.2%。', '99.2%', 'accuracy', '拦截率'],
  ['與醫生診斷一致率達到93%。', '93%', 'accuracy', '診斷一致率'],
  ['在中文测试集上的WER为3.1%。', '3.1%', 'accuracy', 'WER'],
  // a product's penetration of a market is a share of it; an industry's adoption (分行业看，金融的渗透率) is none
  ['IDC预期到2026年，AI PC在商用市场的渗透率可望达到五成以上。', '五成以上', 'market_share', '渗透率'],
  // (a model's share of the companies that chose one: 采用率, 选用率)
  ['在私有化部署场景中，DeepSeek-R1和GLM-4的采用率分别为31.5%和12.6%。', '31.5%', 'market_share', '采用率'],
  ['在私有化部署場景中，DeepSeek-R1和GLM-4的採用率分別為31.5%和12.6%。', '31.5%', 'market_share', '採用率'],
  ['讯飞星火在教育行业的选用率达到33.2%。', '33.2%', 'market_share', '选用率'],
  ['訊飛星火在教育行業的選用率達到33.2%。', '33.2%', 'market_share', '選用率'],
  ['IDC預期到2026年，AI PC在商用市場的滲透率可望達到五成以上。', '五成以上', 'market_share', '滲透率'],
  ['分行业看，金融、互联网和政务的渗透率最高，分别为41%、37%和23%。', '41%', 'other', '渗透率'],
  // a share of downloads is a share of a market, as one of shipments is
  ['国产开源模型在全球开源模型月度下载量中的占比已升至接近三成。', '接近三成', 'market_share', '占比'],
  ['國產開源模型在全球開源模型月度下載量中的佔比已升至接近三成。', '接近三成', 'market_share', '佔比'],
]));

test('pairs of texts a model is trained on are training data, the kind of pair said after the count (4.2亿对中文文本对); 对 before a noun that is no pair is a preposition', () => check([
  ['第一阶段使用约4.2亿对中文文本对做弱监督预训练。', '约4.2亿对', 'training_data', '文本对'],
  ['第一階段使用約4.2億對中文文本對做弱監督預訓練。', '約4.2億對', 'training_data', '文本對'],
  ['微调用了3000万对指令对。', '3000万对', 'training_data'],
]));

test('training cost, compute, GPUs, days; cost words tell training from running', () => check([
  ['DeepSeek-V3的训练成本约为557.6万美元。', '557.6万美元', 'training_cost', '训练成本'],
  ['訓練GPT-4花費了約1億美元。', '約1億美元', 'training_cost', '花費'],
  ['该模型训练使用了2048块H800，耗时55天，成本557.6万美元。', '557.6万美元', 'training_cost', '成本'],
  ['推理成本为每月2万元。', '每月2万元', 'price', '推理成本'],
  // a machine's count of accelerators is its compute, in a column too (GPU数量 | 8)
  ['| 实例规格 | GPU数量 | 内存 |\n| --- | --- | --- |\n| gn9.64xlarge | 8 | 1,024 GiB |', '8', 'compute', 'table column GPU数量'],
  ['| 實例規格 | GPU數量 | 記憶體 |\n| --- | --- | --- |\n| gn9.64xlarge | 8 | 1,024 GiB |', '8', 'compute', 'table column GPU數量'],
  ['部署成本为每月2万元。', '每月2万元', 'price', '部署成本'],
  ['调用费用约为300元。', '300元', 'price', '调用费用'],
  // a plain cost word in a sentence about training is the training's cost (推理成本 stays a price)
  ['Yi-Lightning只用了2000张GPU，训练了一个多月，总成本约300万美元。', '约300万美元', 'training_cost', '总成本'],
  ['這款模型只用了2000張GPU、花費約300萬美元完成訓練。', '約300萬美元', 'training_cost', '花費'],
  ['DeepSeek-V3训练完成后，推理成本为每百万tokens 2元。', '每百万tokens 2元', 'price', '推理成本'],
  ['训练Llama 3使用了1.6万块H100。', '1.6万块', 'training_gpus', 'H100'],
  // (a rate of things done right is an accuracy: 完整率, 通过率; a staff word in the next clause is not the figure's)
  ['信贷审查：报告要素完整率达到98.6%，审查人员可将精力集中在风险研判上。', '98.6%', 'accuracy', '完整率'],
  ['信貸審查：報告要素完整率達到98.6%，審查人員可將精力集中在風險研判上。', '98.6%', 'accuracy', '完整率'],
  // (a training table's columns: 训练卡数, and GPU 小时 written with a space)
  ['| 模型 | 训练卡数 | GPU 小时 |\n|---|---|---|\n| DeepSeek-V3 | 2048 张 H800 | 278.8 万 |', '2048 张', 'training_gpus', 'table column 训练卡数'],
  ['| 模型 | 訓練卡數 | GPU 小時 |\n|---|---|---|\n| DeepSeek-V3 | 2048 張 H800 | 278.8 萬 |', '278.8 萬', 'training_compute', 'table column GPU 小時'],
  ['該模型在2048張H800上完成訓練。', '2048張', 'training_gpus', 'H800'],
  // a span of time, and cards, in a sentence about training (its stages too: 强化学习阶段)
  ['两千张卡、58天，我们是怎么把星衍-2训出来的', '58天', 'training_days', 'training sentence'],
  ['強化學習階段又用了差不多兩週、512張卡。', '兩週', 'training_days', 'training sentence'],
  // (and tokens of text it is fed: 配合约800亿tokens的文本…继续训练; not a rate of use, 每天处理…tokens)
  ['再配合约800亿tokens的粤语文本，在Qwen2.5-14B上继续训练，得出粤言-14B。', '约800亿tokens', 'training_tokens', 'training sentence'],
  ['再配合約800億tokens的粵語文本，在Qwen2.5-14B上繼續訓練，得出粵言-14B。', '約800億tokens', 'training_tokens', 'training sentence'],
  // (in English: characters read in one conversation or at once)
  ['Kimi is trusted by 36 million monthly users. Read up to 2 million Chinese characters in one conversation.', 'up to 2 million Chinese characters', 'context_length', 'in one conversation'],
  ['It can process up to 500,000 characters at once.', 'up to 500,000 characters', 'context_length', 'at once'],
  // (records of data counted in a sentence about training: 份病历, 篇文献, 条问答对; not a test's cases)
  ['微调阶段，项目组使用了约420万份脱敏电子病历、12.6万篇临床指南与文献，以及8,500余条专家标注的问答对，连续训练19天。', '约420万份', 'training_data', 'training sentence'],
  ['微調階段，項目組使用了約420萬份脫敏電子病歷、12.6萬篇臨床指南與文獻，以及8,500餘條專家標註的問答對，連續訓練19天。', '8,500餘條', 'training_data', 'training sentence'],
  ['训练完成后，我们在2000例真实病例上做了测试。', '2000例', 'other'],
  ['训练完成后，平台每天处理超过3000亿tokens。', '超过3000亿tokens', 'users'],
  ['强化学习阶段又用了差不多两周、512张卡。', '512张', 'training_gpus', '卡'],
  // cards counted by a chip's name (its maker's name between) in a sentence about training; GPU hours of a named chip
  ['该模型以超过15万亿个token进行预训练，动用1.6万颗英伟达H100 GPU。', '1.6万颗', 'training_gpus'],
  ['該模型以超過15兆個token進行預訓練，動用1.6萬顆輝達H100 GPU。', '1.6萬顆', 'training_gpus'],
  ['华为云部署了1.6万颗英伟达H100 GPU。', '1.6万颗', 'compute'],
  ['DeepSeek-V3共使用278.8万H800 GPU小时，训练集群为2048块H800。', '278.8万H800 GPU小时', 'training_compute'],
  ['DeepSeek-V3共使用278.8万H800 GPU小时，训练集群为2048块H800。', '2048块', 'training_gpus', 'H800'],
  // (cards a cluster owns, in a clause that trains nothing, are compute)
  ['Meta此前公布的两个训练集群，每个都拥有24,576块GPU。', '24,576块', 'compute'],
  ['Meta此前公布的兩個訓練集群，每個都擁有24,576塊GPU。', '24,576塊', 'compute'],
  ['公司目前拥有超过1万块A100。', '超过1万块', 'compute', 'A100'],
  ['单集群算力达到10 EFLOPS。', '10 EFLOPS', 'compute', '算力'],
  ['GPT-3的训练持续了34天。', '34天', 'training_days', '训练'],
  ['该模型在H800上训练了约50天。', '约50天', 'training_days', '训练了'],
  ['該模型在H800上訓練了約50天。', '約50天', 'training_days', '訓練了'],
]));

test('price, throughput, latency', () => check([
  // seconds a generated clip lasts are its length, no wait (豆包3秒生成一张图 is one)
  ['智谱的清影可以生成6秒视频。', '6秒', 'other', 'length of a clip'],
  ['Sora能生成60秒的1080P視頻。', '60秒', 'other', 'length of a clip'],
  ['可灵最长可生成2分钟的视频。', '2分钟', 'other'],
  ['豆包3秒生成一张图片。', '3秒', 'latency', '生成'],
  // a header that names no measure still gives its cells a unit, and the unit says what they measure
  ['| 引擎 | TPOT (ms) | Decode (tok/s) |\n|---|---|---|\n| vLLM | 31.5 | 1,842 |', '31.5', 'latency', 'table column TPOT (ms), unit 毫秒'],
  ['| 引擎 | TPOT (ms) | Decode (tok/s) |\n|---|---|---|\n| vLLM | 31.5 | 1,842 |', '1,842', 'throughput'],
  ['| 引擎 | 單步耗時 (ms) | 解碼 (tokens/s) |\n|---|---|---|\n| SGLang | 27.0 | 2,236 |', '27.0', 'latency'],
  ['| 引擎 | P99 (ms) | 解碼 (tokens/s) |\n|---|---|---|\n| SGLang | 27.0 | 2,236 |', '2,236', 'throughput'],
  ['GPT-4o的API价格为5美元。', '5美元', 'price', 'API价格'],
  ['豆包大模型的價格降至0.0008元。', '0.0008元', 'price'],
  ['RTX 5090现在卖16999元。', '16999元', 'price', '卖'],
  ['RTX 5090現在賣16999元。', '16999元', 'price', '賣'],
  // a rent is a price (月租, 租价), per its period
  ['目前昇腾910B 8卡整机月租普遍在3.5万元左右。', '3.5万元左右', 'price', '月租'],
  // an average request's tokens are a workload, no context window
  ['真实请求平均输入 1,200 tokens，平均输出 350 tokens。', '1,200 tokens', 'other', '平均输入'],
  ['真實請求平均輸入 1,200 tokens，平均輸出 350 tokens。', '350 tokens', 'other', '平均輸出'],
  ['目前昇騰910B 8卡整機月租普遍在3.5萬元左右。', '3.5萬元左右', 'price', '月租'],
  // an hourly rent and a spot price are prices too (a compute rent in a training's sum stays a cost: 算力租金：五六百万美元)
  ['H100每卡每小时租金，已由去年高峰期约8美元，回落至2美元左右。', '约8美元', 'price', '小时租金'],
  ['H100每卡每小時租金，已由去年高峰期約8美元，回落至2美元左右。', '約8美元', 'price', '小時租金'],
  ['H20现货价一度炒高至逾14万人民币。', '逾14万人民币', 'price', '现货价'],
  ['H20現貨價一度炒高至逾14萬人民幣。', '逾14萬人民幣', 'price', '現貨價'],
  // cards a model ran on for days, and those days, are its training's (1,024 张 H800 跑了 46 天)
  ['技术细节：总参 120B，1,024 张 H800 跑了 46 天。', '1,024 张', 'training_gpus', 'H800'],
  ['技術細節：總參 120B，1,024 張 H800 跑了 46 天。', '46 天', 'training_days', '跑了'],
  ['这台机器已经连续跑了 46 天。', '46 天', 'other'],
  // 总参 is 总参数 cut short
  ['Nebula-2技术细节：总参 120B、激活 12B。', '120B', 'parameters', '总参'],
  ['Nebula-2技術細節：總參 120B、啟用 12B。', '120B', 'parameters', '總參'],
  ['一台8卡服务器的设备采购成本约230万元。', '约230万元', 'price', '采购成本'],
  ['一台8卡伺服器的設備採購成本約230萬元。', '約230萬元', 'price', '採購成本'],
  ['首token延迟低于500毫秒。', '低于500毫秒', 'latency', '延迟'],
  ['首字延遲約為300毫秒。', '300毫秒', 'latency'],
  // (seconds a system takes, with no cue, are its latency as milliseconds are: 单张影像分析时间约2.3秒, 约90秒就能产出逐字稿)
  ['一段1小时的会议录音，约90秒就能产出逐字稿。', '约90秒', 'latency', 'unit 秒'],
  ['一段1小時的會議錄音，約90秒就能產出逐字稿。', '約90秒', 'latency', 'unit 秒'],
  ['该模型可在10秒内由单张图片生成一个3D资产。', '10秒内', 'latency'],
  ['系统会为患者生成90天的康复计划。', '90天', 'other'],
]));

test('a benchmark named inside a longer one is the longer one (MMLU-Pro, not MMLU); a line of benchmarks and scores between bars is scores, each on its own benchmark', () => {
  for (const [text, expected] of [
    ['GPT-4o在MMLU-Pro上得分74.2。', [['74.2', 'score', 'MMLU-Pro']]],
    ['GPT-4o於MMLU-Pro測試中得分74.2。', [['74.2', 'score', 'MMLU-Pro']]],
    ['评测：C-Eval 88.7 ｜ MMLU-Pro 74.2 ｜ GSM8K 89.6', [['88.7', 'score', 'C-Eval'], ['74.2', 'score', 'MMLU-Pro'], ['89.6', 'score', 'GSM8K']]],
    ['評測：C-Eval 88.7 ｜ MMLU-Pro 74.2 ｜ GSM8K 89.6', [['88.7', 'score', 'C-Eval'], ['74.2', 'score', 'MMLU-Pro'], ['89.6', 'score', 'GSM8K']]],
    // (benchmarks listed before 分别 go with the values of 分别's own clause, whatever a later clause lists)
    ['GPT-4o在C-Eval、CMMLU和GSM8K上分别取得89.6分、86.1分和72.3分，较上一代分别提升6.2、4.8和21.5分。', [['89.6分', 'score', 'C-Eval'], ['86.1分', 'score', 'CMMLU'], ['72.3分', 'score', 'GSM8K'], ['6.2', 'speedup', undefined], ['4.8', 'speedup', undefined], ['21.5分', 'speedup', undefined]]],
  ] as const) {
    const a = analyse(text);
    assert.deepEqual(a.figures.map((f) => [f.text, f.attribute, f.benchmark]), expected, text);
    // (and a benchmark is no subject: nothing here is about MMLU)
    assert.ok(a.figures.every((f) => f.subjectId !== 'product:mmlu'), text);
  }
});

test('score (with its benchmark) and accuracy', () => {
  check([
    ['GPT-4o在MMLU上得分88.7。', '88.7', 'score', '得分'],
    ['GLM-4.6以综合分78.9登顶。', '78.9', 'score', '综合分'],
    ['GLM-4.6以綜合分78.9登頂。', '78.9', 'score', '綜合分'],
    ['| 模型 | 综合分 |\n|---|---|\n| GLM-4.6 | 78.9 |', '78.9', 'score'],
    ['在GSM8K測試中達到95.2分。', '95.2分', 'score'],
    // (a model's win rate in an arena is a score)
    ['DeepSeek-V3在对战中的胜率达到百分之五十八点三。', '百分之五十八点三', 'score', '胜率'],
    ['DeepSeek-V3在對戰中的勝率達到百分之五十八點三。', '百分之五十八點三', 'score', '勝率'],
    ['故障识别准确率达到99.5%。', '99.5%', 'accuracy', '准确率'],
    ['誤診率僅為1.8%。', '1.8%', 'accuracy', '誤診率'],
    // (a rate of misses beats the staff word before it: 质检人员由9人减至2人，漏检率从0.8%降到0.1%)
    ['部署后，单班质检人员由9人减至2人，漏检率从0.8%降到0.1%。', '0.8%', 'accuracy', '漏检率'],
    ['部署後，單班質檢人員由9人減至2人，漏檢率從0.8%降到0.1%。', '0.8%', 'accuracy', '漏檢率'],
  ]);
  // (a fiscal period heading a column, | FY24Q3 |, is a time, no benchmark: the row's 同比增速 is a growth)
  for (const text of ['表1：阿里云近五个季度核心经营数据\n| 季度 | FY24Q3 | FY25Q3 |\n| --- | --- | --- |\n| 收入（亿元） | 280.7 | 317.4 |\n| 同比增速 | 3% | 13% |\n',
    '表1：阿里雲近五個季度核心經營數據\n| 季度 | FY24Q3 | FY25Q3 |\n| --- | --- | --- |\n| 收入（億元） | 280.7 | 317.4 |\n| 同比增速 | 3% | 13% |\n']) {
    const growth = analyse(text, { markdown: true }).figures.filter((x) => x.unit === '%');
    assert.deepEqual(growth.map((x) => [x.text, x.attribute, x.benchmark]), [['3%', 'growth', undefined], ['13%', 'growth', undefined]]);
  }
  const f = analyse('GPT-4o在MMLU上得分88.7。').figures[0];
  assert.equal(f.benchmark, 'MMLU');
  const g = analyse('該模型在GSM8K測試中達到95.2分。').figures[0];
  assert.equal(g.benchmark, 'GSM8K');
  assert.notEqual(g.subjectId, 'product:gsm8k', 'a benchmark is not the subject of its score');
  // a column of averages beside benchmarks' columns (| HumanEval | 平均分 |) is a score on no one benchmark, however near
  // a benchmark the line above the table names
  const board = '- **DeepSeek-V3** 以平均分 **89.7** 居首，比第二名 Qwen2.5-72B 高出 0.4 分；它也是唯一在 HumanEval 上超过 87 分的国产模型。\n\n' +
    '| 排名 | 模型 | 机构 | C-Eval | CMMLU | GSM8K | HumanEval | 平均分 | 开源 |\n|:---:|---|---|---:|---:|---:|---:|---:|:---:|\n' +
    '| 🥇 1 | DeepSeek-V3 | DeepSeek | 89.5 | 88.1 | 93.0 | 87.9 | **89.7** | ✅ |';
  for (const text of [board, board.replace('平均分 |', '綜合得分 |').replace('国产', '國產')]) {
    const cells = analyse(text, { markdown: true }).figures.filter((x) => x.start > text.indexOf('|'));
    assert.deepEqual(cells.map((x) => [x.text, x.attribute, x.benchmark]), [['89.5', 'score', 'C-Eval'], ['88.1', 'score', 'CMMLU'],
      ['93.0', 'score', 'GSM8K'], ['87.9', 'score', 'HumanEval'], ['89.7', 'score', undefined]]);
  }
});

test('changes: speedup of a system, growth of a business figure, a price\'s change a speedup (成本降低40%), a discount a price; 提升到 is a level', () => check([
  ['推理速度提升了3倍。', '3倍', 'speedup', '推理速度'],
  ['訓練效率提高50%。', '50%', 'speedup', '訓練效率'],
  ['推理成本降低40%。', '40%', 'speedup', '推理成本'],
  ['新模型比上一代快3倍。', '3倍', 'speedup', '快'],
  ['办理时间缩短了5分钟以上。', '5分钟以上', 'speedup'],
  ['营收同比增长20%。', '20%', 'growth', '营收'],
  ['淨利年增30%。', '30%', 'growth', '淨利'],
  ['用户数增长了3倍。', '3倍', 'growth', '用户数'],
  ['寒武纪出货量比上年翻了一倍多。', '一倍多', 'growth', '翻了'],
  ['寒武紀出貨量比上年翻了一倍多。', '一倍多', 'growth', '翻了'],
  ['新模型的推理速度翻了一倍。', '一倍', 'speedup', '推理速度'],
  ['识别准确率提升到97%。', '97%', 'accuracy', '准确率'],
  ['市场份额提升至30%。', '30%', 'market_share', '市场份额'],
  ['Qwen-Long的价格降幅达97%。', '97%', 'speedup'],
  ['云业务收入增速回升至13%。', '13%', 'growth'],
  ['R1的价格仅为o1的3%左右。', '3%左右', 'speedup'],
  ['DeepSeek-V3在C-Eval上比GPT-4o高出10.5分。', '10.5分', 'speedup'],
  // (a list's next values take the measure of its first, not a word of an earlier clause: 份额…排名第一，A和B分别为…)
  ['火山引擎以46.4%的份额排名第一，百度智能云和阿里云分别为19.9%和18.6%。', '18.6%', 'market_share'],
  ['火山引擎以46.4%的份額排名第一，百度智能雲和阿里雲分別為19.9%和18.6%。', '19.9%', 'market_share'],
  ['晚高峰时段，排队等待时间可能超过30秒。', '超过30秒', 'latency', '等待时间'],
  // (the time a model takes to answer, 耗时, is its latency; a training run's is its days)
  ['同样的任务，DeepSeek-V3平均耗时6.8秒。', '6.8秒', 'latency', '平均耗时'],
  ['同樣的任務，豆包平均耗時3.1秒。', '3.1秒', 'latency', '平均耗時'],
  // (a length that sets up a test is its condition, no context window: 128K输入的首token时间)
  ['长文本场景下，128K输入的首token时间从11秒缩短到3.4秒。', '128K', 'other'],
  ['長文本場景下，128K輸入的首token時間從11秒縮短到3.4秒。', '128K', 'other'],
  ['在长上下文任务上，Maverick在Fiction.LiveBench的120K长度测试中得分仅为15.6%。', '120K', 'other'],
  ['在長上下文任務上，Maverick在Fiction.LiveBench的120K長度測試中得分僅為15.6%。', '120K', 'other'],
  ['极曜-3原生支持128K上下文。', '128K', 'context_length'],
  // (a stock's target price is the price of a share, and its price-earnings multiple is no speedup)
  ['大摩維持「增持」評級，目標價620港元。', '620港元', 'other', '目標價'],
  ['以现价计，腾讯预测市盈率约18倍。', '约18倍', 'other', '市盈率'],
  // (a rate limit is no score, whatever the table around it)
  ['Lumen-Pro的默认RPM为1,000次。', '1,000次', 'other', 'RPM'],
  ['预计2027年将达到1,380亿元，2024—2027年CAGR为62.8%。', '62.8%', 'growth', 'CAGR'],
  ['預計2027年將達到1,380億元，年複合成長率約六成。', '約六成', 'growth', '年複合成長率'],
  ['Qwen2.5在C-Eval上领先GPT-4o整整10.7分。', '10.7分', 'speedup'],
  ['Qwen2.5在C-Eval上領先GPT-4o整整10.7分。', '10.7分', 'speedup'],
  ['這一價格比行業平均水平低99.3%。', '99.3%', 'speedup'],
  ['豆包视觉理解模型比行业便宜85%。', '85%', 'speedup', '便宜'],
  ['o1的輸入價格是Gemini 1.5 Flash的200倍，貴了不少。', '200倍', 'speedup'],
  // a bare fraction of another's measure is a ratio, even of a measure that never changes (memory, shipments)
  ['NX-900的显存容量不到H100的三分之一。', '三分之一', 'speedup', '不到H100的'],
  ['NX-900的出貨量僅為H100的十分之一。', '十分之一', 'speedup', '僅為H100的'],
  ['天枢-7消耗的GPU小时数还不到Llama 3.1 405B的十分之一。', '十分之一', 'speedup', 'GPU小时'],
  ['天枢-7共消耗约290万GPU小时。', '约290万GPU小时', 'training_compute'],
]));

test('accuracy on a named benchmark is a score; downloads and shipments', () => check([
  ['o1在AIME 2024上的准确率为83.3%。', '83.3%', 'score'],
  ['GLM-4-9B的累计下载量超过1000万次。', '超过1000万次', 'users', '下载量'],
  ['英伟达今年在中国出货H20约100万颗。', '约100万颗', 'count', '出货'],
  ['研发人员占比约70%。', '约70%', 'employees', '研发人员'],
]));

test('users, market share, revenue, funding, valuation (the nearest cue wins), acquisition, employees, count', () => check([
  ['文心一言用户数突破3亿。', '3亿', 'users', '用户数'],
  ['豆包大模型日均调用量超过4万亿tokens。', '超过4万亿tokens', 'users'],
  ['月活躍用戶達到1億。', '1億', 'users'],
  ['华为在国内的市场份额达到30%。', '30%', 'market_share', '市场份额'],
  ['公司第三季度营收达到500亿元。', '500亿元', 'revenue', '营收'],
  ['台積電第二季營收約2兆元。', '約2兆元', 'revenue', '營收'],
  // (a results table's column of changes, 变幅, gives their growth)
  ['项目｜2025年上半年｜2024年上半年｜变幅\n总收入｜22.47亿元｜17.40亿元｜+29.1%\n', '+29.1%', 'growth', 'table column 变幅'],
  ['項目｜2025年上半年｜2024年上半年｜變幅\n總收入｜22.47億元｜17.40億元｜+29.1%\n', '+29.1%', 'growth', 'table column 變幅'],
  // (a video's length is no delay: 单次时长, 续写; a first token's longest delay is)
  ['可灵2.0的单次时长为10秒。', '10秒', 'other', '单次时长'],
  ['可靈2.0的單次時長為10秒。', '10秒', 'other', '單次時長'],
  ['首字延迟最长0.5秒。', '0.5秒', 'latency', '首字延迟'],
  // (guidance in money is of revenue; a margin's guidance is no revenue)
  ['英伟达一季度营收441亿美元超预期，二季度指引450亿美元', '450亿美元', 'revenue', '指引'],
  ['輝達第一季營收441億美元超預期，第二季指引450億美元', '450億美元', 'revenue', '指引'],
  ['月之暗面完成10亿美元融资。', '10亿美元', 'funding', '融资'],
  ['智譜完成新一輪融資，金額達25億元。', '25億元', 'funding', '融資'],
  ['公司完成B轮融资，投后估值约30亿美元。', '约30亿美元', 'valuation', '投后估值'],
  ['这家初创公司估值達到40億美元。', '40億美元', 'valuation', '估值'],
  // (a named company's share of a total its sentence counts is its market share, and so are the shares listed after it;
  // a kind's share of the total stays other)
  ['国内公有云大模型日均调用量已超过1.2万亿tokens，其中火山引擎占比46.4%，百度智能云、阿里云分别占19.9%和19.1%。', '46.4%', 'market_share', '占比'],
  ['國內公有雲大模型日均調用量已超過1.2萬億tokens，其中火山引擎佔比46.4%，百度智能雲、阿里雲分別佔19.9%和19.1%。', '19.1%', 'market_share'],
  ['智能体相关调用在总调用量中的占比已从年初的不到10%上升到近三成。', '近三成', 'other'],
  // (a sentence beside a page's buttons is prose, no row of a table: its discount stays a price)
  ['包月购买享8.5折,包年购买享七折。    [立即购买]  [联系销售]', '8.5折', 'price', 'discount 折'],
  ['包月購買享8.5折，包年購買享七折。    [立即購買]  [聯繫銷售]', '七折', 'price', 'discount 折'],
  // (a broker's target price is a price, of a share; a stock index's move is no business growth)
  ['维持“买入”评级，目标价58.00元。', '58.00元', 'other', '目标价'],
  // (orders and rides counted in 单 are a service's use)
  ['萝卜快跑累计订单超过220万单。', '超过220万单', 'users', '订单'],
  ['蘿蔔快跑累計訂單超過220萬單。', '超過220萬單', 'users', '訂單'],
  ['公司累计订单超过1000台。', '超过1000台', 'count', '订单'],
  // (vehicles and racks counted are a fleet's or a site's size, with no cue word: 车队规模约1500辆)
  ['萝卜快跑在武汉投放的车辆超过500辆。', '超过500辆', 'count', 'unit 辆'],
  ['Waymo車隊規模約1500輛。', '約1500輛', 'count', 'unit 辆'],
  ['麥格理較審慎，目標價8.1元。', '8.1元', 'other', '目標價'],
  ['昨日上证指数收于3470点，涨2.57%。', '2.57%', 'other', '上证指数'],
  ['加權指數大漲1.8%，兩市成交額2,310億元。', '2,310億元', 'other', '兩市成交額'],
  ['Databricks以13亿美元收购MosaicML。', '13亿美元', 'acquisition', '收购'],
  ['微软向OpenAI投资了100亿美元。', '100亿美元', 'funding', '投资'],
  ['公司计划未来三年投入超过3800亿元建设算力。', '超过3800亿元', 'other', '投入'],
  ['项目总投资约120亿元。', '约120亿元', 'other'],
  ['本次上市擬集資約8億美元。', '約8億美元', 'funding', '集資'],
  ['公司员工超过2万人。', '超过2万人', 'employees', '员工'],
  ['團隊規模達500人。', '500人', 'employees', '團隊規模'],
  // (people of a firm said after them: 一間約150人的傳產, 一家300人的新创)
  ['小弟在一間約 150 人的傳產做 IT。', '約 150 人', 'employees'],
  ['小弟在一间约 150 人的传产做 IT。', '约 150 人', 'employees'],
  ['百度已发布超过20个大模型。', '超过20个', 'count', '发布'],
  // a share a company ranks with is its market share
  ['百度智能云以19.9%的份额位居第一；阿里云以17.6%位列第二。', '17.6%', 'market_share', '位列第'],
  ['百度智能雲以19.9%的份額位居第一；阿里雲以17.6%位列第二。', '17.6%', 'market_share', '位列第'],
  // rounds of funding are counted, not money
  ['月湾科技成立两年来已完成四轮融资，累计融资超过12亿美元。', '四轮', 'count', '轮融资'],
  ['月灣科技成立兩年來已完成四輪融資。', '四輪', 'count', '輪融資'],
]));

test('a cue inside a quoted project\'s name is part of the name ("新一代云端训练芯片研发项目"（14.6亿元） is no training cost)', () => {
  for (const text of ['募集资金将投向"新一代云端训练芯片研发项目"（14.6亿元）。', '募集資金將投向「新一代雲端訓練晶片研發項目」（14.6億元）。']) {
    assert.notEqual(analyse(text).figures[0]?.attribute, 'training_cost', text);
  }
});

test('other: a cue that names something outside the vocabulary, or no cue at all — never a near guess', () => check([
  ['运行该模型需要80GB显存。', '80GB', 'other', '显存'],
  ['毛利率为45%。', '45%', 'other', '毛利率'],
  ['团队成员平均年龄不到30岁。', '不到30岁', 'other'],
  ['百度本季研发费用为55亿元。', '55亿元', 'other', '研发费用'],
  ['这一比例在去年只有12%。', '12%', 'other', 'no cue'],
  // a cue word inside a longer word is none (服务 of 服务器, 服务商)
  ['S8单机输出吞吐达到2,350 tokens/s，是H20服务器的1.7倍。', '1.7倍', 'speedup', 'unit x'],
  ['S8單機輸出吞吐達到2,350 tokens/s，是H20伺服器的1.7倍。', '1.7倍', 'speedup', 'unit x'],
]));

test('profits, losses and earnings per share are `other` (revenue is sales), their measure named in the facet; earnings per share per one share', () => {
  check([
    ['归属母公司的净利润为52亿元。', '52亿元', 'other', '净利润'],
    ['本季歸屬公司的淨利為人民幣76億元。', '76億元', 'other', '淨利'],
    ['公司全年经营利润为18亿元。', '18亿元', 'other', '经营利润'],
    ['經調整虧損淨額收窄至12億元。', '12億元', 'other'],
    ['归母净亏损3.5亿元，亏损额同比收窄20%。', '20%', 'growth'],
    ['本季度毛利为744亿元，毛利率为45%。', '744亿元', 'other', '毛利'],
    ['本季度毛利为744亿元，毛利率为45%。', '45%', 'other', '毛利率'],
    ['每股盈余13.7元。', '13.7元', 'other'],
    ['每股盈餘為13.7元。', '13.7元', 'other'],
    ['本季每股攤薄收益為3.15元。', '3.15元', 'other'],
    ['公司全年营收为88亿元。', '88亿元', 'revenue', '营收'],
  ]);
  for (const text of ['每股盈余13.7元。', '基本每股收益為0.24元。']) {
    const f = analyse(text).figures[0];
    assert.deepEqual(f.per, { value: 1, unit: '股' }, text);
  }
  assert.equal(analyse('归属母公司的净利润为52亿元。').figures[0].facet, 'net_profit');
});

test('a profit and sales of one company in one period are different measures, never a conflict; two profits of one period are', () => {
  const a = analyse('智谱2024年营收约3亿元。\n\n报道称，智谱2024年的亏损近20亿元。');
  assert.deepEqual(a.figures.map((f) => [f.attribute, f.status === 'conflict']), [['revenue', false], ['other', false]]);
  const b = analyse('百度2024年净利润为238亿元。\n\n另据报道，百度2024年净利润为200亿元。');
  assert.deepEqual(b.figures.map((f) => f.status), ['conflict', 'conflict']);
  const c = analyse('百度2024年淨利潤為238億元。\n\n另據報導，百度2024年淨利潤為200億元。');
  assert.deepEqual(c.figures.map((f) => f.status), ['conflict', 'conflict']);
  // (and not when the years differ)
  const d = analyse('百度2023年净利润为200亿元。\n\n百度2024年净利润为238亿元。');
  assert.deepEqual(d.figures.map((f) => f.status === 'conflict'), [false, false]);
});

test('comparison verbs (领先, 落后, 超越) make a relative figure a speed-up of the thing described', () => check([
  ['DeepSeek-V3落后于Claude 3.5 Sonnet约2个百分点。', '约2个百分点', 'speedup', '落后'],
  ['DeepSeek-V3落後於Claude 3.5 Sonnet約2個百分點。', '約2個百分點', 'speedup', '落後'],
  ['Qwen2.5-Max超越GPT-4o约3分。', '约3分', 'speedup', '超越'],
]));

test('what a buyer pays after a subsidy or a coupon is a price (到手价, 券后价), whatever the subsidy before it', () => check([
  ['消费者可享受15%的国家补贴，到手价5949元。', '5949元', 'price', '到手价'],
  ['消費者可享受15%的國家補貼，到手價5949元。', '5949元', 'price', '到手價'],
  // (a live stream's everyday and event prices, asked as a question and answered)
  ['科大讯飞的AI学习机T20 Pro，官方日常价多少？四千六百九十九！', '四千六百九十九', 'price', 'question 日常价'],
  ['這款學習機活動價3699元。', '3699元', 'price', '活動價'],
  // (投资者 are people, no amount invested: 由于投资者需求旺盛，规模被上调至100亿美元)
  ['这轮融资最初计划筹集50亿美元，但由于投资者需求旺盛，规模被上调至100亿美元。', '100亿美元', 'funding', '筹集'],
  ['這輪融資最初計劃籌集50億美元，但由於投資者需求旺盛，規模被上調至100億美元。', '100億美元', 'funding', '籌集'],
  ['| 模型 | 输出价 |\n|---|---|\n| GPT-4o | 10美元 |', '10美元', 'price'],
]));

test('a unit decides only when no cue does', () => check([
  ['该模型拥有700亿参数。', '700亿参数', 'parameters', 'unit 参数'],
  ['平台已经凝聚了750万开发者。', '750万', 'users', '开发者'],
  ['这台超算的峰值性能为2 EFLOPS。', '2 EFLOPS', 'compute'],
  // (papers and articles are counted: 篇)
  ['今年大会共收到投稿13008篇，录用2878篇。', '13008篇', 'count', 'unit 篇'],
  ['今年大會共收到投稿13008篇，錄用2878篇。', '2878篇', 'count', 'unit 篇'],
]));

test('a sum of money no cue names, under a hundred million, said of a device or a model is its price; a company\'s sum, or a sum of 亿, is not', () => check([
  ['Mac Studio顶配7.2万元，性能很强。', '7.2万元', 'price', 'money of a product'],
  ['Mac Studio頂配7.2萬元，性能很強。', '7.2萬元', 'price', 'money of a product'],
  ['H20今年在中国超过160亿美元。', '超过160亿美元', 'other'],
  ['华为今年7万元，性能很强。', '7万元', 'other'],
]));

test('a change takes the quantity named in an earlier clause of its sentence (营收…，同比下降2%)', () => check([
  ['该公司第三季度营业收入为88亿元，同比下滑4%。', '4%', 'growth', '营业收入'],
  ['該公司本季營收為88億元，按年下降4%。', '4%', 'growth', '營收'],
  ['这款芯片的售价为9999元，比上一代降低了15%。', '15%', 'speedup', '售价'],
  ['本季度净利率为12.5%，较去年同期下降约3个百分点。', '约3个百分点', 'other', '净利率'],
]));

test('a share of another thing written as a fraction is a relative change (只有…的六分之一), of a price too', () => check([
  ['这款模型的输出价格为每百万tokens 3元，只有同类产品的六分之一。', '六分之一', 'speedup'],
  ['新版晶片的售價約為舊款的三分之一。', '三分之一', 'speedup'],
  // (a share of another model's training compute is a saving, not an amount of compute)
  ['这个模型消耗的GPU小时数只有同级稠密模型的八分之一。', '八分之一', 'speedup'],
  ['這個模型消耗的GPU小時數不到同級稠密模型的八分之一。', '八分之一', 'speedup'],
]));

test('how a figure is written decides: a discount is the price it sells at, an amount per share other than earnings is no price', () => check([
  ['夜间时段所有模型调用一律打七折。', '七折', 'price', 'discount 折'],
  ['新模型上线首周，调用费用限时半价。', '半价', 'price', 'discount 半价'],
  // (the sum a bid won with is its price, whatever budget was named before it, and so is its copy in brackets)
  ['包2预算820万元，由科大讯飞以陆佰玖拾柒万伍仟肆佰叁拾贰元伍角（¥6,975,432.50）中标。', '¥6,975,432.50', 'price', 'winning bid 以…中标'],
  ['包2預算820萬元，由科大訊飛以697.5萬元得標。', '697.5萬元', 'price', 'winning bid 以…中标'],
  // (a sum saved or a loss avoided is no price, even after a list's cost or per year)
  ['客服团队按人均年成本9.6万元计算，年节省约960万元；叠加外包服务费下降，合计节省约1,400万元。', '约1,400万元', 'other', 'saved 节省'],
  ['客服團隊按人均年成本9.6萬元計算，年節省約960萬元；疊加外判服務費下降，合計節省約1,400萬元。', '約1,400萬元', 'other', 'saved 节省'],
  ['每条产线一年节省人工成本四百多万元，每年减少的停产损失超过1500万元。', '超过1500万元', 'other', 'saved 节省'],
  ['省下来的钱用于购买每月20美元的会员。', '每月20美元', 'price'],
  ['新模型上線首週，調用費用限時半價。', '半價', 'price', 'discount 半价'],
  ['夜间时段全场打折20%。', '20%', 'speedup'],
  ['董事会建议派发末期股息每股2.30港元。', '每股2.30港元', 'other', 'per share'],
  // (billed at a share of a price is a discount as 五折 is; a share of a price that goes somewhere is not)
  ['上下文缓存命中部分统一按输入单价的 **40%** 计费。', '40%', 'price', 'discount 按…价的'],
  ['批量請求按標準價的50%計費。', '50%', 'price', 'discount 按…价的'],
  ['DeepSeek-V3价格的90%来自算力成本。', '90%', 'other'],
  // (a wait in a queue, a result returned, a report issued: how long a service takes)
  ['⏳排队：工作日白天2～3分钟出片，晚上8点后排队半小时+', '半小时', 'latency', '排队'],
  ['批量調用的結果在 24 小時內返回。', '24 小時內', 'latency', '內返回'],
  ['报告出具时间由过去的平均2小时压缩到30分钟以内。', '30分钟以内', 'latency', '出具时间'],
  // (how often a system's output is usable, agrees or is wrong: 可用率, 一致性, 错字率)
  ['顺手统计了一下“可用率”：可灵83%、海螺80%。', '83%', 'accuracy', '可用率'],
  ['MedGPT在常見病診斷上與主治醫師的一致性達到96%。', '96%', 'accuracy', '一致性'],
  ['中文识别错字率从6.3%降到2.7%。', '2.7%', 'accuracy', '错字率'],
  ['GPT-4o的JSON合规率为99.6%。', '99.6%', 'accuracy', '合规率'],
  ['GPT-4o的JSON合規率為99.6%。', '99.6%', 'accuracy', '合規率'],
  // (the price a share is offered, placed or traded at is a price)
  ['收市价每股1.38港元，折让约9.42%。', '每股1.38港元', 'price', 'offer price'],
  ['當時以每股1.5港元配售新股。', '每股1.5港元', 'price', 'offer price'],
  ['所以每股派息0.5元。', '0.5元', 'other', 'per share'],
]));

test('a procurement notice\'s marks of a bid (综合得分94.15分) grade an offer: other, not a benchmark\'s score; a model\'s score on a named benchmark stays one', () => check([
  ['招标结果公告\n\n第一中标候选人华为技术有限公司报价2,312.6万元，综合得分94.15分。', '94.15分', 'other', 'bid mark 综合得分'],
  ['招標結果公告\n\n第一中標候選人華為技術有限公司報價2,312.6萬元，綜合得分94.15分。', '94.15分', 'other', 'bid mark 綜合得分'],
  ['招标结果公告\n\n| 排名 | 投标人 | 综合得分 |\n| --- | --- | --- |\n| 1 | 北京智谱华章科技有限公司 | 93.44 |\n', '93.44', 'other', 'bid mark table column 综合得分'],
  ['招标结果公告\n\n中标模型GLM-4-Plus在C-Eval上得分89.7。', '89.7', 'score'],
  // (outside a procurement notice a company's 综合得分 is read as before)
  ['华为在本次评测中综合得分94.15分。', '94.15分', 'score'],
]));

test('a column of measures\' names (| 指标 |) says what each row\'s figures measure, before the row\'s name and after the figure\'s own column', () => check([
  ['| 产品 | 指标 | 本周数值 | 环比 |\n| --- | --- | --- | --- |\n| 豆包 | DAU | 4100万 | +3.8% |\n| 豆包 | 营收 | 3.2亿元 | +5% |', '4100万', 'users', 'table row DAU'],
  ['| 产品 | 指标 | 本周数值 | 环比 |\n| --- | --- | --- | --- |\n| 豆包 | DAU | 4100万 | +3.8% |\n| 豆包 | 营收 | 3.2亿元 | +5% |', '3.2亿元', 'revenue', 'table row 营收'],
  ['| 產品 | 指標 | 本週數值 | 環比 |\n| --- | --- | --- | --- |\n| 豆包 | DAU | 4100萬 | +3.8% |\n| 豆包 | 營收 | 3.2億元 | +5% |', '4100萬', 'users', 'table row DAU'],
  ['| 产品 | 指标 | 本周数值 | 环比 |\n| --- | --- | --- | --- |\n| 豆包 | DAU | 4100万 | +3.8% |', '+3.8%', 'growth', 'table column 环比'],
  // (a table with no such column is read as before: the row's name says who, not what)
  ['| 产品 | 本周DAU |\n| --- | --- |\n| 豆包 | 4100万 |', '4100万', 'users', 'table column DAU'],
]));

test('cue words added as data: output length, subscription multiples, share prices, server fleets, business scenarios, developer counts', () => check([
  ['这个模型的上下文为32K，单次最多生成4K tokens。', '4K tokens', 'other', '单次最多生成'],
  ['該模型上下文長度為128K，最長輸出16K tokens。', '16K tokens', 'other', '最長輸出'],
  ['公开发售部分获超额认购约120倍。', '约120倍', 'other', '超额认购'],
  ['受消息带动，该公司股价收报36.5港元，市值约900亿港元。', '36.5港元', 'other'],
  ['该园区的服务器规模超过30万台。', '超过30万台', 'compute', '服务器规模'],
  ['这个大模型已落地超过200个业务场景。', '超过200个', 'count'],
  ['平台的開發者數量已超過50萬。', '超過50萬', 'users', '開發者數量'],
  ['DeepSeek-V3每个token激活370亿。', '370亿', 'activated_parameters', '激活'],
  ['训练共消耗120万GPU小时。', '120万GPU小时', 'training_compute'],
]));

test('a cue word right after the next figure is that figure’s noun', () => check([
  ['开源全家桶：9种尺寸、12万亿tokens与2000万次下载', '12万亿tokens', 'other'],
  ['开源全家桶：9种尺寸、12万亿tokens与2000万次下载', '2000万次', 'users', '下载'],
]));

test('tokens per day are usage, tokens per second are speed', () => check([
  ['全网大模型日均tokens消耗约30万亿', '约30万亿', 'users', 'rate tokens/天'],
  ['解码速度达到每秒85个token', '每秒85个token', 'throughput'],
]));

test('the level a change starts from, or reaches after 升至/降到, is a level of the quantity, not a change', () => check([
  ['客服机器人的问题解决率从70%提升至88%。', '70%', 'accuracy', '问题解决率'],
  ['客服機器人的問題解決率從70%提升至88%。', '88%', 'accuracy', '問題解決率'],
  ['该模型在MATH上的得分由51.2提高到58.4。', '51.2', 'score'],
  ['智算業務收入翻倍增長　佔比升至近五成', '近五成', 'other'],
  ['海外营收占比为11%，比起上一财年的19%下滑了8个百分点。', '19%', 'other'],
  ['客户满意度从90.5分提高到93.2分。', '90.5分', 'other', '客户满意度'],
  ['客戶滿意度提高到93.2分。', '93.2分', 'other', '客戶滿意度'],
]));

test('a level compared with another thing’s: chip compute, a price written as a fraction, a gap in points', () => check([
  ['这款芯片的FP16算力约为150 TFLOPS，仅为H100的15%左右。', '15%左右', 'speedup', '算力'],
  ['該晶片的算力只有旗艦款的約兩成。', '約兩成', 'speedup', '算力'],
  ['新模型的價格只有前代的 1/4。', '1/4', 'speedup'],
  ['两者的解决率相差不到2个百分点。', '不到2个百分点', 'speedup', '解决率'],
  ['它與GPT-4的92.0%只差3.1個百分點。', '3.1個百分點', 'speedup', '只差'],
  ['Qwen2.5-72B的表现超过了参数量为其5倍的模型。', '5倍', 'parameters', '参数量'],
]));

test('the money of funding events and of a round is funding; an investment added to a company too', () => check([
  ['本周共披露融资事件15起，金额合计约40亿元。', '约40亿元', 'funding', '融资事件'],
  ['本週共披露融資事件15起，金額合計約40億元。', '約40億元', 'funding', '融資事件'],
  ['该公司宣布完成B轮融资，本轮金额约5亿元，投后估值超过50亿元。', '约5亿元', 'funding', '本轮金额'],
  ['該公司宣布完成B輪融資，本輪金額約5億元，投後估值超過50億元。', '超過50億元', 'valuation', '投後估值'],
  ['亚马逊宣布对这家初创公司追加20亿美元投资。', '20亿美元', 'funding'],
  ['微軟宣布對這家公司追加10億美元投資。', '10億美元', 'funding'],
]));

test('an answer that names no measure measures what the question before it asked; devices a model comes preinstalled on are users', () => check([
  ['主持人：团队多大？\n\n周宁：一百五十人左右，七成是研发。', '一百五十人左右', 'employees', 'question 团队'],
  ['主持人：團隊多大？\n周寧：一百五十人左右。', '一百五十人左右', 'employees', 'question 團隊'],
  // (the question right before the answer on one line, as a host asks and answers himself)
  ['阿K：好，价格！官方原价多少？五千六百九十九。今天到手更便宜。', '五千六百九十九', 'price', 'question 原价'],
  ['阿K：好，價格！官方原價多少？五千六百九十九。今天到手更便宜。', '五千六百九十九', 'price', 'question 原價'],
  ['主持人：最近怎么样？\n\n周宁：一百五十人左右。', '一百五十人左右', 'other'],
  ['Q：研发投入和人员情况？\n\nA：前三季度研发投入19.5亿元，占营收的29.8%。', '29.8%', 'other'],
  ['目前已经和5家手机厂商合作，预装设备超过2000万台。', '超过2000万台', 'users', '预装设备'],
]));

test('computing power in FLOPS per second is capacity, even for training; FLOPs counted are training compute', () => check([
  ['训练算力服务：不低于200 PFLOPS（FP16）。', '不低于200 PFLOPS', 'compute'],
  ['訓練算力服務：不低於200 PFLOPS（FP16）。', '不低於200 PFLOPS', 'compute'],
  ['GPT-4的训练计算量约为2.1×10^25 FLOPs。', '2.1×10^25 FLOPs', 'training_compute'],
]));

test('questions answered right are a score, a skill\'s column beside 总分 too; full marks and a test\'s size are not; people counted with 个 are people (not 个人用户)', () => check([
  ['在30道长文档题上，灵犀-3答对26道。', '26道', 'score', '答对'],
  // (and said after the questions, as a video's narrator says it: 10道对了8道)
  ['它做数学题更稳，10道对了8道。', '8道', 'score', '对了'],
  ['它做數學題更穩，10道對了8道。', '8道', 'score', '對了'],
]));

test('a bare count of 亿 in a table cell under a header that says what its column counts (| 月输入 | 9 亿 |) is no size of the row\'s model', () => {
  for (const table of [
    '| 场景 | 月输入 | 迁移前 |\n|---|---|---|\n| 工单分类 | 9 亿 | GPT-4o mini |\n| 回复草稿 | 6 亿 | GPT-4o |\n',
    '| 場景 | 月輸入 | 遷移前 |\n|---|---|---|\n| 工單分類 | 9 億 | GPT-4o mini |\n| 回覆草稿 | 6 億 | GPT-4o |\n',
  ]) assert.ok(analyse(table, { markdown: true }).figures.every((f) => f.attribute !== 'parameters'), table);
  assert.equal(analyse('OPPO的AndesGPT端侧有70亿。').figures[0]?.attribute, 'parameters');
});

test('a count of FLOPs too large for any machine\'s speed (3.8×10^25 FLOPs) is compute spent in training, whatever word is near; 10 EFLOPS stays a capacity', () => check([
  ['Meta训Llama 3.1 405B用了1.6万块H100，算力约3.8×10^25 FLOPs。', '约3.8×10^25 FLOPs', 'training_compute', 'amount of FLOPs'],
  ['Meta訓Llama 3.1 405B用了1.6萬塊H100，算力約3.8×10^25 FLOPs。', '約3.8×10^25 FLOPs', 'training_compute', 'amount of FLOPs'],
  ['该集群算力达10 EFLOPS。', '10 EFLOPS', 'compute'],
  ['我自己用100道题测了下，答对了81道。', '100道', 'other', 'test size'],
  ['本期评测题目总计12,860道，其中新增题目占比约45%。', '12,860道', 'other', 'test size'],
  ['本期評測題目總量超過3000道。', '超過3000道', 'other', 'test size'],
  ['本期共有32个模型参与评测，总分满分为100分。', '100分', 'other', 'full marks'],
  ['本期總分滿分為100分。', '100分', 'other', 'full marks'],
  ['| 模型 | 总分 | 数学 | 代码 |\n|---|---|---|---|\n| GLM-4.6 | 77.9 | 80.3 | 76.5 |', '80.3', 'score'],
  ['| 模型 | 總分 | 數學 | 程式 |\n|---|---|---|---|\n| GLM-4.6 | 77.9 | 80.3 | 76.5 |', '76.5', 'score'],
  // (so are an overall column and the skills of a ranking: 综合, 知识, 推理)
  ['| 排名 | 模型 | 综合 | 知识 | 推理 |\n|---|---|---|---|---|\n| 1 | GLM-4.6 | 81.2 | 79.4 | 85.3 |', '81.2', 'score'],
  ['| 排名 | 模型 | 綜合 | 知識 | 推理 |\n|---|---|---|---|---|\n| 1 | GLM-4.6 | 81.2 | 79.4 | 85.3 |', '79.4', 'score'],
  ['| 排名 | 模型 | 綜合 | 知識 | 推理 |\n|---|---|---|---|---|\n| 1 | GLM-4.6 | 81.2 | 79.4 | 85.3 |', '85.3', 'score'],
  // (but not without a ranking or a test: a reasoning model's count is no score)
  ['| 模型 | 推理 |\n|---|---|\n| GLM-4.6 | 128 |', '128', 'other'],
  // (a skill's name alone is no score: 超过25%的新代码)
  ['谷歌超过25%的新代码已由AI生成。', '超过25%', 'other'],
  ['在地生活題目實測中，玉山-LLM 2 70B答對163題。', '163題', 'score', '答對'],
  ['团队才二十几个人。', '二十几个人', 'employees', '团队'],
  ['團隊才二十幾個人。', '二十幾個人', 'employees', '團隊'],
  ['该应用服务超过1000万个人用户。', '超过1000万个', 'users'],
]));

test('stock moves and share counts are other; agents of a service centre are staff; video length is no latency', () => check([
  ['财报发布后，公司美股盘前涨幅一度超过10%。', '超过10%', 'other'],
  ['財報公布後，該公司股價盤後一度上漲超過8%。', '超過8%', 'other'],
  ['公司本季度回购了2.1亿股普通股，流通股数量净减少1.5%。', '1.5%', 'other'],
  ['公司本季度回购了2.1亿股普通股，流通股数量净减少1.5%。', '2.1亿股', 'other'],
  ['上線後，客服中心的坐席规模缩减至180人。', '180人', 'employees', '坐席规模'],
  ['上線後，客服中心的坐席規模縮減至180人。', '180人', 'employees', '坐席規模'],
  ['该模型最长能生成20秒的1080p视频。', '20秒', 'other', 'length of a clip'],
  ['本期累计投票数已超过520万票。', '超过520万票', 'other'],
  ['本期累計投票數已超過520萬票。', '超過520萬票', 'other'],
  ['該模型支持生成最長10秒的影片。', '10秒', 'other', 'length of a clip'],
]));

test('colloquial training time (训了不到2个月) and a diagnosis match rate (诊断符合率) have their cues', () => check([
  ['DeepSeek-V3只用了2048块H800，训了不到2个月。', '不到2个月', 'training_days', '训了'],
  ['DeepSeek-V3只用了2048塊H800，訓了不到2個月。', '不到2個月', 'training_days', '訓了'],
  ['讯飞星火在医疗场景的诊断符合率在百分之九十五以上。', '百分之九十五以上', 'accuracy', '诊断符合率'],
  ['訊飛星火在醫療場景的診斷符合率在百分之九十五以上。', '百分之九十五以上', 'accuracy', '診斷符合率'],
]));

test('a share of a whole market’s users or sales is a market share', () => check([
  ['今年国内加速卡出货量预计约120万张，其中国产芯片的占比将由去年的百分之三十左右升至四成以上。', '百分之三十左右', 'market_share', '国产芯片的占比'],
  ['其中國產晶片出貨量佔比由2024年的三成左右提升至約42%。', '三成左右', 'market_share', '出貨量佔比'],
  ['国产芯片在新增智算中心采购中的占比达四成。', '四成', 'market_share', '采购中的占比'],
  ['其中輝達平台仍將囊括近八成的出貨量。', '近八成', 'market_share', '囊括'],
  ['头部5家厂商已占据国内大模型调用量的逾七成。', '逾七成', 'market_share', '占据'],
  ['頭部5家廠商已佔據國內大模型調用量的逾七成。', '逾七成', 'market_share', '佔據'],
  ['国内AI芯片的国产化率有望从目前的不到两成提升至三成以上。', '不到两成', 'market_share', '国产化率'],
  ['國內AI晶片的國產化率有望從目前的不到兩成提升至三成以上。', '不到兩成', 'market_share', '國產化率'],
  ['国产AI芯片在新建智算中心中的采购占比已过半。', '过半', 'market_share', '采购占比'],
  // (a list of shares goes on to what the others hold together: 其余厂商合计不到四成)
  ['火山引擎份額約兩成，阿里雲逾三成，其餘廠商合計不到四成。', '不到四成', 'market_share'],
  ['其承诺的国产算力占比仅为六成。', '六成', 'other', '占比'],
  ['这款应用占国内AI应用总月活的约35%。', '约35%', 'market_share', '总月活'],
  ['該應用佔國內AI應用總月活的約三成。', '約三成', 'market_share', '總月活'],
  // (a total of users counted is users: 总月活有望突破5亿)
  ['深湛智能期內集團收益為24.62億港元。', '24.62億港元', 'revenue', '收益'],
  ['深湛智能期内集团收益为24.62亿港元。', '24.62亿港元', 'revenue', '收益'],
  ['深湛智能的投资收益为3亿元。', '3亿元', 'other', '投资收益'],
  ['營收攀升38%，淨利飆升1.2倍。', '38%', 'growth', '營收'],
  ['预计到年底，国内AI原生应用的总月活有望突破５亿。', '５亿', 'users', '总月活'],
  ['預計到年底，國內AI原生應用的總月活有望突破５億。', '５億', 'users', '總月活'],
]));

test('a share of people who use or pay is users; a share of revenue, a conversion or a use rate is not', () => check([
  ['报告显示，60岁以上用户的占比从去年的4.2%升至7.6%。', '7.6%', 'users', '用户的占比'],
  ['该类产品的用户规模达4.9亿人，占网民整体的百分之四十六点三。', '百分之四十六点三', 'users', '网民'],
  ['調查顯示，有百分之三十八點二的上班族每週至少使用一次AI工具。', '百分之三十八點二', 'users', '至少使用'],
  ['但願意付費的比例只有一成五。', '一成五', 'users', '付費的比例'],
  ['本月新增用户占比提升至百分之六十。', '百分之六十', 'users', '用户占比'],
  ['付费转化率大概在百分之四点二。', '百分之四点二', 'other'],
  ['海外收入佔比超過六成。', '超過六成', 'other', '佔比'],
  ['智算中心的使用率逾六成。', '逾六成', 'other', '使用率'],
]));

test('tokens per second are a speed whatever stands near; hours of recordings are training data; 募了 raises money; 款 counts no users', () => check([
  ['该芯片支持在端侧以每秒30个token运行70亿参数的模型。', '每秒30个token', 'throughput'],
  ['該晶片支援在端側以每秒30個token運行70億參數的模型。', '每秒30個token', 'throughput'],
  ['该模型训练时使用了超过1.5万小时的真机操作数据。', '超过1.5万小时', 'training_data'],
  ['該模型訓練時使用了超過1.5萬小時的真機操作數據。', '超過1.5萬小時', 'training_data'],
  // (or collected after the data was named: 真机遥操作数据，累计采集了1.2万小时; and recordings counted in 段 in a sentence about training)
  ['第一块是真机遥操作数据，到今年6月底累计采集了1.2万小时。', '1.2万小时', 'training_data', 'hours of data'],
  ['第一塊是真機遙操作數據，到今年6月底累計採集了1.2萬小時。', '1.2萬小時', 'training_data', 'hours of data'],
  // (per day, what a data factory turns out; hours collected with no noun of their own)
  ['两个工厂每天能产出大约2,000小时的有效操作数据。到目前为止累计采集了超过10万小时。', '大约2,000小时', 'training_data', 'hours of data'],
  ['兩個工廠每天能產出大約2,000小時的有效操作數據。到目前為止累計採集了超過10萬小時。', '超過10萬小時', 'training_data', 'hours of data'],
  // (a quota of minutes a month beside a recording's limit is no data)
  ['免费版额度仅 300 分钟/月、单条录音上限 30 分钟。', '300 分钟/月', 'other'],
  ['预训练阶段用了超过100万段人类操作视频。', '超过100万段', 'training_data', 'training sentence'],
  ['数据中心去年运行了8000小时。', '8000小时', 'other'],
  ['该模型最长能生成20秒的视频。', '20秒', 'other'],
  ['最新一輪募了130億美元，估值1830億美元。', '130億美元', 'funding', '募了'],
  ['去年底完成的B轮融了2亿元，投后估值大概在25亿元。', '2亿元', 'funding', '融了'],
  ['全国已完成备案的生成式人工智能服务超过600款。', '超过600款', 'count'],
  ['平台已服务超过120家企业客户。', '超过120家', 'users'],
]));

test('members and the customers a company covers are users, a count of places covered is not', () => check([
  ['上線一年以來，付費會員已累積逾12萬人。', '逾12萬人', 'users', '付費會員'],
  ['公司付费会员超过30万人。', '超过30万人', 'users', '付费会员'],
  ['客户覆盖30余家银行与券商。', '30余家', 'users', '客户覆盖'],
  ['產品已覆蓋25個城市。', '25個', 'count', '覆蓋'],
]));

test('funding events name the money after their count; a generic cost word defers only to a near cue of what costs', () => check([
  ['本周共披露12起融资事件，已披露金额合计超过30亿元。', '超过30亿元', 'funding', '融资事件'],
  ['本週共披露12起融資事件，已披露金額合計超過30億元。', '超過30億元', 'funding', '融資事件'],
  ['上半年共发生融资事件约200起，平均单笔金额约1亿元，同比下降12%。', '12%', 'growth', '融资事件'],
  ['业内估计，该模型单次训练的投入在5000万美元以上。', '5000万美元以上', 'training_cost', '训练'],
  ['業內估計，該模型單次訓練的投入在5000萬美元以上。', '5000萬美元以上', 'training_cost', '訓練'],
  ['按现行定价，一张加速卡一天的推理收入不到150元，而其折旧和电费成本就要250元以上。', '250元以上', 'other', '成本'],
  ['公司本季营收为80亿元，研发投入为12亿元。', '12亿元', 'other', '研发投入'],
  ['公司2025年研发开支为12.4亿元，占收入的139%。', '12.4亿元', 'other', '研发开支'],
  ['公司2025年研發開支為12.4億元，佔收入的139%。', '12.4億元', 'other', '研發開支'],
]));

test('accuracy on a benchmark named before the accuracy word is a score, however far the figure', () => check([
  ['该模型在AIME 2024上的pass@1准确率从15.0%升至70.0%，采用多数投票后更达到85.0%。', '85.0%', 'score'],
  ['該模型在AIME 2024上的pass@1準確率從15.0%升至70.0%，採用多數投票後更達到85.0%。', '85.0%', 'score'],
]));

test('percentage points change a percentage: a share, not the money it is a share of', () => check([
  ['海外营收为120亿美元，占总营收的约10%，比起上一财年的18%下滑了8个百分点。', '8个百分点', 'other'],
  ['海外營收為120億美元，佔總營收的約10%，比起上一財年的18%下滑了8個百分點。', '8個百分點', 'other'],
]));

test('deployed accelerators are compute, fab capacity and PUE are other, price tiers are prices, a shortened cycle is a speed-up', () => check([
  ['该平台已部署超过2万张国产加速卡。', '超过2万张', 'compute', '部署'],
  ['該平台已部署超過2萬張國產加速卡。', '超過2萬張', 'compute', '部署'],
  ['这家代工厂的先进制程产能约5万片/月。', '约5万片/月', 'other', '产能'],
  ['這家代工廠的先進製程產能約5萬片/月。', '約5萬片/月', 'other', '產能'],
  ['新建数据中心的PUE须低于1.2。', '低于1.2', 'other', 'PUE'],
  ['用户可选择6元、30元或298元的档位。', '30元', 'price', '档位'],
  ['用戶可選擇6元、30元或298元的檔位。', '298元', 'price', '檔位'],
  ['该系统帮助客户将新品研发周期缩短30%。', '30%', 'speedup', '研发周期'],
  ['該系統幫助客戶將新品研發週期縮短30%。', '30%', 'speedup', '研發週期'],
]));

test('another thing’s value given for comparison measures what the figure it is compared with measures', () => check([
  ['新版模型在该基准上的得分从30.2%跃升至45.1%，超过了所有公开模型，包括o1-preview的40.3%。', '40.3%', 'score', 'compared value'],
  ['新版模型在該基準上的得分從30.2%躍升至45.1%，超過了所有公開模型，包括o1-preview的40.3%。', '40.3%', 'score', 'compared value'],
  // (the value right before it is what it is compared with, a loss too: no revenue an earlier clause named)
  ['公司总收入37.72亿元，按年增长10.8%；股东应占亏损43.07亿元，较上年度的64.95亿元收窄33.7%。', '64.95亿元', 'other', 'compared value'],
  ['公司總收入37.72億元，按年增長10.8%；股東應佔虧損43.07億元，較上年度的64.95億元收窄33.7%。', '64.95億元', 'other', 'compared value'],
  ['它的上下文窗口长达200万tokens，是Claude 3.5 Sonnet（20万）的10倍，是GPT-4o（128K）的约15倍。', '128K', 'context_length', 'bracketed value'],
  ['它的上下文窗口長達200萬tokens，是Claude 3.5 Sonnet（20萬）的10倍，是GPT-4o（128K）的約15倍。', '128K', 'context_length', 'bracketed value'],
  ['该模型的月活跃用户约3000万，与豆包（近5000万）、Kimi（约2000万）同属第一梯队。', '约2000万', 'users'],
]));

test('a list of values runs on in clauses that only name the next thing (X为N), across a semicolon, and in input/output pairs', () => check([
  ['Gemini 2.5 Pro支持100万tokens上下文；Claude Opus 4.1为20万，GPT-5为40万。', '40万', 'context_length', 'parallel clause'],
  ['首token延迟方面，DeepSeek-V3.2平均1.9秒，GPT-5平均1.2秒。', '1.2秒', 'latency', 'parallel clause'],
  ['月活方面，豆包2024年12月为7523万，2025年1月进一步增长至7861万。', '7861万', 'users', 'parallel clause'],
  ['月活方面，豆包2024年12月為7523萬，2025年1月進一步增長至7861萬。', '7861萬', 'users', 'parallel clause'],
  ['其中，火山引擎份额约两成，阿里云逾三成，百度智能云一成半，其余厂商合计不到四成。', '不到四成', 'market_share', 'parallel clause'],
  ['首token延遲方面，DeepSeek-V3.2平均1.9秒，GPT-5平均1.2秒。', '1.2秒', 'latency', 'parallel clause'],
  ['Gemini 2.5 Pro支援100萬tokens上下文；Claude Opus 4.1為20萬，GPT-5為40萬。', '20萬', 'context_length', 'parallel clause'],
  ['以SWE-bench Verified衡量，Claude Opus 4.1以74.5%居首，GPT-5为72.8%，Qwen3-Max则是69.6%。', '69.6%', 'score', 'parallel clause'],
  ['输入价格方面，GPT-5为1.25美元，Claude Opus 4.1为15美元/75美元。', '75美元', 'price', 'parallel clause'],
  ['公司营收为100亿元，净利润为20亿元。', '20亿元', 'other', '净利润'],
  ['公司营收为100亿元，员工为3000人。', '3000人', 'employees'],
  // (a name ranked by its value measures what the list before it does: 以2,870万位列第四)
  ['腾讯元宝10月MAU达到4,320万，环比增长18.7%；百度文小言以2,870万位列第四。', '2,870万', 'users'],
  ['騰訊元寶10月MAU達到4,320萬，環比增長18.7%；百度文小言以2,870萬位列第四。', '2,870萬', 'users'],
  // (the people a company or a team is made of, right before it)
  ['你们一个两百多人的小公司，凭什么跟大厂拼模型？', '两百多人', 'employees'],
  ['你們一個兩百多人的小公司，憑什麼跟大廠拼模型？', '兩百多人', 'employees'],
  // (organisations that use, deploy or are served by a thing are its customers; firms settling in a district are not)
  ['该系统已在全国超过120家三甲医院落地。', '超过120家', 'users', 'customers'],
  ['該系統已在全國超過120家三甲醫院落地。', '超過120家', 'users', 'customers'],
  ['全国已有超过1.2万家规模以上工业企业部署了大模型应用。', '超过1.2万家', 'users', 'customers'],
  ['全國已有超過1.2萬家規模以上工業企業部署了大模型應用。', '超過1.2萬家', 'users', 'customers'],
  ['资源池已服务本地大模型及AI应用企业210余家。', '210余家', 'users', 'customers'],
  ['資源池已服務本地大模型及AI應用企業210餘家。', '210餘家', 'users', 'customers'],
  ['百度、智谱等30余家大模型企业已在区内落地。', '30余家', 'count'],
  ['百度、智譜等30餘家大模型企業已在區內落地。', '30餘家', 'count'],
  ['已有20家企业完成备案。', '20家', 'count'],
  // (a business's amount set against its own at an earlier time has grown; a multiple whose base a list said once changes what it names)
  ['两大科网股合计季度资本开支已逾700亿元，相当于两年前的三倍有多。', '三倍有多', 'growth'],
  ['兩大科網股合計季度資本開支已逾700億元，相當於兩年前的三倍有多。', '三倍有多', 'growth'],
  ['若按最乐观的口径，今年收入也只能做到去年的2-3倍。', '2-3倍', 'growth'],
  ['日常咨询量约6万次/天，大促期间是平时的7-8倍。', '7-8倍', 'growth'],
  ['新芯片的推理速度是上一代的3倍。', '3倍', 'speedup'],
  // (a spending's or a compute capacity's change is a business's growth; compute set beside another system's is performance)
  ['集团在智能算力基础设施方面的资本开支合计约85亿元，同比增长近1.3倍。', '近1.3倍', 'growth', '资本开支'],
  ['集團在智能算力基礎設施方面的資本開支合計約85億元，同比增長近1.3倍。', '近1.3倍', 'growth', '資本開支'],
  ['集团智能算力总规模约9.6 EFLOPS，较上年末增长118%。', '118%', 'growth'],
  ['集團智能算力總規模約9.6 EFLOPS，較上年末增長118%。', '118%', 'growth'],
  ['CloudMatrix 384超节点总算力达300 PFLOPS，约为GB200 NVL72的1.7倍。', '1.7倍', 'speedup'],
  ['新芯片的算力比H100提升了30%。', '30%', 'speedup'],
  // (a verb that names what changes decides alone: 降价 after a clause that measures spending; 部署 names no capacity that grows)
  ['研发费用率58.1%，知衡3.0降价八成。', '八成', 'speedup', '降价'],
  ['研發費用率58.1%，知衡3.0降價八成。', '八成', 'speedup', '降價'],
  ['输出成本约三块六毛钱/百万token，而官方API输出要12元/百万tokens，自己部署便宜了七成左右。', '七成左右', 'speedup'],
  ['小结：K3的总参数是K2的1.6倍、激活参数是1.5倍。', '1.5倍', 'other'],
  ['小結：K3的總參數是K2的1.6倍、激活參數是1.5倍。', '1.5倍', 'other'],
  ['毛利率59.6%，營益率49.1%，稅後純益4,120億元。', '4,120億元', 'other', '稅後純益'],
  ['毛利率59.6%，营益率49.1%，税后纯益4120亿元。', '49.1%', 'other', '营益率'],
]));

test('stars are other, sign-ups are users, chips joined into a system are compute, real usage data is no training data', () => check([
  ['该开源项目在GitHub上已获得超过3万星标。', '超过3万', 'other', '星标'],
  ['該開源項目在GitHub上已收穫了超過1萬個星標。', '超過1萬個', 'other', '星標'],
  ['网页版上线后，内测申请超过20万人。', '超过20万人', 'users', '内测申请'],
  ['網頁版上線後，內測申請超過20萬人。', '超過20萬人', 'users', '內測申請'],
  ['这家公司将256颗自研芯片以全互联方式组成一个超节点。', '256颗', 'compute'],
  ['這家公司將256顆自研晶片以全互連方式組成一個超節點。', '256顆', 'compute'],
  ['华为将384颗昇腾910C以全互联方式组成一个超节点。', '384颗', 'compute', '组成'],
  ['華為將384顆昇騰910C以全互連方式組成一個超節點。', '384顆', 'compute', '組成'],
  ['分享下我们的实际数据：平均每轮对话约3000 tokens。', '约3000 tokens', 'other'],
  ['分享下我們的實際數據：平均每輪對話約3000 tokens。', '約3000 tokens', 'other'],
]));

test('count is how many models, products, companies …, units shipped, made or sold; parts of a model are other', () => check([
  ['英伟达今年在中国出货H20约100万颗。', '约100万颗', 'count', '出货'],
  ['華為昇騰910B出貨量約40萬顆。', '約40萬顆', 'count', '出貨量'],
  ['小米今年共卖出约20万副智能眼镜。', '约20万副', 'count', '卖出'],
  ['台積電為其生產了超過200萬顆晶粒。', '超過200萬顆', 'count', '生產'],
  ['新模型包含64个专家，每次激活8个。', '64个', 'other', '专家'],
  ['該模型共有256個路由專家。', '256個', 'other', '路由專家'],
  // (and how many a token activates, 每token激活数: no parameters)
  ['StarGPT的路由专家数为192个，每个token激活数为8个。', '8个', 'other', '激活数'],
  ['StarGPT的路由專家數為192個，每個token激活數為8個。', '8個', 'other', '激活數'],
  ['去年共有10家企业采购了国产芯片。', '10家', 'count'],
  ['截至去年底，全市已有100多个模型完成备案。', '100多个', 'count'],
  ['该行一期采购32台训练服务器。', '32台', 'compute', '采购'],
  ['該行一期採購256張加速卡。', '256張', 'compute', '採購'],
]));

test('a price band: goods at a price, with or without a named product', () => check([
  ['其中5000元以上的产品占比约三成。', '5000元以上', 'price', '以上的产品'],
  ['2000元以内的产品销量最大。', '2000元以内', 'price', '以内的产品'],
  ['其中5000元以上的產品佔比約三成。', '5000元以上', 'price', '以上的產品'],
  ['3000元价位段竞争最激烈。', '3000元', 'price', '价位段'],
  ['8000元以上高端机型占比超过三成。', '8000元以上', 'price', '高端机型'],
  ['8000元以上高端機型佔比超過三成。', '8000元以上', 'price', '高端機型'],
]));

test('an IPO: proceeds are funding, changes of share prices and oversubscription are other, the entry fee a price', () => check([
  ['发行价为每股116.2港元，募资净额约42亿港元。', '约42亿港元', 'funding', '募资'],
  // (a sector's money raised: 吸金)
  ['具身智能与AI芯片赛道合计吸金超过200亿元。', '超过200亿元', 'funding', '吸金'],
  ['具身智能與AI晶片賽道合計吸金超過200億元。', '超過200億元', 'funding', '吸金'],
  ['發行價為每股116.2港元，募資淨額約42億港元。', '約42億港元', 'funding', '募資'],
  ['首日开盘价为每股150港元，较发行价上涨29%。', '29%', 'other'],
  ['首日開盤價為每股150港元，較發行價上漲29%。', '29%', 'other'],
  ['公开发售部分获超额认购八倍有多。', '八倍有多', 'other', '超额认购'],
  // the cost of one board lot is a price of shares, not money raised, even beside 集资
  ['某公司今起招股　入场费约5,800港元　拟集资最多43亿港元', '约5,800港元', 'price', 'offer price'],
  ['某公司今起招股　入場費約5,800港元　擬集資最多43億港元', '約5,800港元', 'price', 'offer price'],
  ['某公司今起招股　入场费约5,800港元　拟集资最多43亿港元', '最多43亿港元', 'funding', '集资'],
]));

test('a ratio of two amounts (占收入比例高达八倍) is no change and no speed-up; 比 of 比例 compares nothing', () => check([
  ['研发开支占收入比例高达八倍有多。', '八倍有多', 'other', 'ratio 比例'],
  ['研發開支佔收入比例高達一倍半。', '一倍半', 'other', 'ratio 比例'],
  // a comparison still is one
  ['新模型的推理速度比上一代高出2倍。', '2倍', 'speedup'],
  ['新模型的推理速度比上一代高出2倍，占比例最大的是算子优化。', '2倍', 'speedup'],
]));

test('operations per watt are an efficiency: other, not compute', () => check([
  ['该芯片能效比为14.1 TOPS/W。', '14.1 TOPS/W', 'other'],
  ['該晶片能效比為14.1 TOPS/W。', '14.1 TOPS/W', 'other'],
  ['该芯片算力为1200 TOPS。', '1200 TOPS', 'compute'],
]));

test('a cue inside a longer word is none (款 in 条款)', () => check([
  ['团队构建了包含12万份历史报告、300多万条制度条款的知识库。', '300多万条', 'other', 'no cue'],
  ['團隊構建了包含12萬份歷史報告、300多萬條制度條款的知識庫。', '300多萬條', 'other', 'no cue'],
  ['台積電可能因此面臨10億美元以上的罰款。', '10億美元以上', 'other', '罰款'],
]));

test('percentage points after a change verb are a change, even after 达到', () => check([
  ['GLM-4-9B在GSM8K上提升更多，达到5.0个百分点。', '5.0个百分点', 'speedup'],
  ['GLM-4-9B在GSM8K上提升更多，達到5.0個百分點。', '5.0個百分點', 'speedup'],
  ['毛利率提升到45%。', '45%', 'other'],
]));

test('a tender\'s amounts are prices: its budget, its ceiling, the award and the bids (预算金额, 最高限价, 中标金额, 投标报价); a lot\'s machines are counted', () => check([
  ['预算金额：人民币捌佰陆拾万元整（¥8,600,000.00）', '捌佰陆拾万元整', 'price', '预算金额'],
  ['最高限价：人民币捌佰伍拾叁万贰仟元整', '捌佰伍拾叁万贰仟元整', 'price', '最高限价'],
  ['中標金額：新臺幣壹仟貳佰萬元整', '新臺幣壹仟貳佰萬元整', 'price', '中標金額：'],
  ['第二名投标报价131,800,000.00元，综合得分88.71分。', '131,800,000.00元', 'price', '投标报价'],
  ['| 包号 | 标的名称 | 数量 | 单项最高限价（元） |\n|---|---|---|---|\n| 1 | GPU训练服务器 | 6台 | 1,280,000.00 |', '6台', 'count', 'table column 数量'],
  ['| 包号 | 标的名称 | 数量 | 单项最高限价（元） |\n|---|---|---|---|\n| 1 | GPU训练服务器 | 6台 | 1,280,000.00 |', '1,280,000.00', 'price', 'table column 最高限价'],
  // a budget that buys nothing named stays what it was
  ['公司今年的AI预算为5亿元。', '5亿元', 'other', '预算'],
]));

test('conversations and requests are counted as calls (对话量, 请求量); a quota is no count (次数上限)', () => check([
  ['灵犀助手日均对话量超过1.5亿次，付费用户约80万。', '超过1.5亿次', 'users', '对话量'],
  ['靈犀助手日均請求量超過1.5億次。', '超過1.5億次', 'users', '請求量'],
  ['开通后每日对话次数上限500次。', '500次', 'other', '上限'],
  ['開通後每日對話次數上限500次。', '500次', 'other', '上限'],
]));

test('cards are compute, by the unit or the noun after the count (两千来张卡, 1024卡, 再租五六百张); images are not; 下浮率 is a change; 答对率 an accuracy', () => check([
  ['自己手上有两千来张卡。', '两千来张', 'compute', '卡'],
  ['自己手上有兩千來張卡。', '兩千來張', 'compute', '卡'],
  ['可调度规模不少于1024卡。', '不少于1024卡', 'compute', 'unit 卡'],
  ['业务高峰不够用，还得再租五六百张。', '五六百张', 'compute', '租'],
  ['每天采集5万张高清图片。', '5万张', 'other', 'no cue'],
  ['中标金额：伍佰玖拾壹万元整，下浮率百分之九点零八。', '百分之九点零八', 'speedup', '下浮'],
  ['在600道业务题上，Qwen2.5-72B答对率81.3%。', '81.3%', 'accuracy', '答对率'],
  ['幻觉率方面，Qwen2.5-72B约5.2%，GPT-4o-mini约4.8%。', '约4.8%', 'accuracy', 'parallel clause'],
]));

test('cards counted by a chip\'s name are compute; a share of adopters is users; 翻了一番 and 上升 say a business grew, unless a performance is named', () => check([
  ['二期新增1.2万张昇腾910C。', '1.2万张', 'compute', 'counted chips'],
  ['二期新增1.2萬張昇騰910C。', '1.2萬張', 'compute', 'counted chips'],
  ['已部署生成式AI的受访机构占百分之四十一点五。', '百分之四十一点五', 'users', '占'],
  ['已部署生成式AI的受訪機構佔百分之四十一點五。', '百分之四十一點五', 'users', '佔'],
  ['AI服务器营收占六成。', '六成', 'other'],
  ['合同额翻了一番。', '翻了一番', 'growth', 'doubled 翻番'],
  ['推理速度翻了一番。', '翻了一番', 'speedup'],
  ['营收较去年上升20%。', '20%', 'growth', '营收'],
  ['營收較去年上升20%。', '20%', 'growth', '營收'],
]));

test('a new round names a funding without 融资; bare 数据 measures no training data; respondents are no users; 全公司 counts staff', () => check([
  ['这家公司又拿到了腾讯参与的新一轮3亿美元，估值随之升至33亿美元。', '3亿美元', 'funding', '新一轮'],
  ['這家公司又拿到了騰訊參與的新一輪3億美元，估值隨之升至33億美元。', '3億美元', 'funding', '新一輪'],
  ['这家公司又拿到了腾讯参与的新一轮3亿美元，估值随之升至33亿美元。', '33亿美元', 'valuation', '估值'],
  ['但另一家机构给出的同月数据却是2100万。', '2100万', 'other'],
  ['但另一家機構給出的同月數據卻是2100萬。', '2100萬', 'other'],
  ['我们和医院一起标注了超过200万条病历数据。', '超过200万条', 'training_data', '数据'],
  ['担心幻觉的受访者超过半数。', '超过半数', 'other'],
  ['擔心幻覺的受訪者超過半數。', '超過半數', 'other'],
  ['OpenAI做GPT-4那会儿全公司据说也就700多人。', '700多人', 'employees', '全公司'],
  ['團隊成員約20人。', '約20人', 'employees', '團隊成員'],
]));

test('a cue in a later clause that leads to its own figure is that figure\'s (共有6710亿参数，每个token激活370亿参数); the unit 激活参数 or 总参数 decides', () => check([
  ['DeepSeek-V3共有6710亿参数，每个token激活370亿参数。', '6710亿参数', 'parameters'],
  ['DeepSeek-V3共有6710億參數，每個token激活370億參數。', '6710億參數', 'parameters'],
  ['DeepSeek-V3共有6710亿参数，每个token激活370亿参数。', '370亿参数', 'activated_parameters', '激活'],
  ['启明-MoE-2：4560亿总参数、320亿激活参数。', '320亿激活参数', 'activated_parameters'],
  ['啟明-MoE-2：4560億總參數、320億激活參數。', '4560億總參數', 'parameters'],
  ['本届大会展出1500多项展品，其中大模型产品超过100款。', '1500多项', 'count', '展品'],
  // (or to any later figure of the sentence, not only the next one)
  ['实际参数量并不相等：Llama 3.1 70B是706亿，Qwen2.5-72B是727亿，后者原生支持128K上下文、预训练数据18万亿tokens。', '727亿', 'parameters'],
  ['實際參數量並不相等：Llama 3.1 70B是706億，Qwen2.5-72B是727億，後者原生支援128K上下文、預訓練資料18萬億tokens。', '727億', 'parameters'],
]));

test('a change against the period before (环比, 同比) is growth when its clause names no quantity; a share of users (六成的用户) is users', () => check([
  ['Kimi智能助手以2460万月活排名第3，但环比下滑了百分之三点五。', '百分之三点五', 'growth', '环比'],
  ['Kimi智能助手以2460萬月活排名第3，但環比下滑了百分之三點五。', '百分之三點五', 'growth', '環比'],
  ['Kimi推理速度同比提升50%。', '50%', 'speedup', '推理速度'],
  ['Talkie全球月活约1100万，其中超过六成的用户来自北美。', '超过六成', 'users'],
  ['Talkie全球月活約1100萬，其中超過六成的用戶來自北美。', '超過六成', 'users'],
]));

test('a share of a count said before is not a share of users (文心一言的用户数…其中超过百分之三十来自企业客户)', () => check([
  ['文心一言的用户数已经超过2亿，API日均调用量超过2亿次，其中超过百分之三十来自企业客户。', '超过百分之三十', 'other'],
]));

test('parameters take no cue that led to the parameters of an earlier clause (在激活参数只有370亿的情况下，…4050亿参数); amounts of money do (净利润…，去年同期为…)', () => check([
  ['DeepSeek-V3在激活参数只有370亿的情况下，实现了与4050亿参数的Llama 3.1 405B相当的效果。', '4050亿参数', 'parameters', 'unit 参数'],
  ['DeepSeek-V3在激活參數只有370億的情況下，實現了與4050億參數的Llama 3.1 405B相當的效果。', '4050億參數', 'parameters', 'unit 参数'],
  ['归属于上市公司股东的净利润为1.86亿元，去年同期为0.97亿元。', '0.97亿元', 'other', '净利润'],
]));

test('a list runs on across a semicolon with every figure of the clause before (…營收為4,588億元，年增約33%；緯創則繳出2,390億元)', () => check([
  ['廣達第三季營收為4,588億元，年增約33%；緯創則繳出2,390億元的成績，年增15%。', '2,390億元', 'revenue', 'parallel clause'],
  ['广达第三季营收为4,588亿元，年增约33%；纬创则交出2,390亿元的成绩，年增15%。', '2,390亿元', 'revenue', 'parallel clause'],
  ['广达第三季营收为4,588亿元，年增约33%；纬创则交出2,390亿元的成绩，年增15%。', '15%', 'growth', '年增'],
]));

test('a cue in the clause after the figure weighs less than the round named just before it (刚完成C轮，金额是6亿元，投后估值不方便透露)', () => check([
  ['我们刚完成C轮，金额是6亿元，投后估值不方便透露。', '6亿元', 'funding', 'C轮'],
  ['我們剛完成C輪，金額是6億元，投後估值不方便透露。', '6億元', 'funding', 'C輪'],
]));

test('a free quota is no usage (注册即赠送50万tokens免费额度)', () => check([
  ['新用户注册即赠送50万tokens免费额度。', '50万tokens', 'other', '赠送'],
  ['新用戶註冊即贈送50萬tokens免費額度。', '50萬tokens', 'other', '贈送'],
  ['个人开发者可领取50万tokens。', '50万tokens', 'other', '领取'],
  ['新用户注册即送1000万tokens。', '1000万tokens', 'other', '即送'],
  ['新用戶註冊即送1000萬tokens。', '1000萬tokens', 'other', '即送'],
  ['個人開發者可領取50萬tokens。', '50萬tokens', 'other', '領取'],
  // (a plan's monthly quota: 调用额度 is what may be used, not a count of calls made)
  ['- 每月500万tokens调用额度', '每月500万tokens', 'other', '调用额度'],
  ['- 每月500萬tokens調用額度', '每月500萬tokens', 'other', '調用額度'],
]));

test('companies counted (厂商不足10家) are a count', () => check([
  ['截至2025年6月，国内完成备案的生成式AI服务已超过400款，但能形成规模收入的厂商不足10家。', '不足10家', 'count', '厂商'],
  ['截至2025年6月，國內完成備案的生成式AI服務已超過400款，但能形成規模收入的廠商不足10家。', '不足10家', 'count', '廠商'],
]));

test('things counted with 个 and no other cue are a count (33个地理区域, 93个可用区)', () => check([
  ['目前华为云在全球33个地理区域运营着93个可用区。', '93个', 'count', 'unit 个'],
  ['目前華為雲在全球33個地理區域運營著93個可用區。', '33個', 'count'],
]));

test('what a share measures is named before 只有 or 比, not inside the base phrase (成本只有调用GPT-4o的二十分之一)', () => check([
  ['我们的成本只有调用GPT-4o的二十分之一。', '二十分之一', 'speedup', '成本'],
  ['我們的成本只有調用GPT-4o的二十分之一。', '二十分之一', 'speedup', '成本'],
]));

test('contributors and authors are no staff (贡献者名单有280多人)', () => check([
  ['OpenAI做GPT-4那会儿全公司据说也就700多人，技术报告的贡献者名单有280多人。', '280多人', 'other', '贡献者'],
  ['OpenAI做GPT-4那會兒全公司據說也就700多人，技術報告的貢獻者名單有280多人。', '280多人', 'other', '貢獻者'],
]));

test('the share of a language in the corpus is training data, however the sentence uses its tokens (中文语料占比, 中文占比)', () => check([
  ['预训练共使用11.2万亿tokens，中文语料占比约百分之四十。', '约百分之四十', 'training_data', '语料占比'],
  ['預訓練共使用11.2萬億tokens，中文語料佔比約百分之四十。', '約百分之四十', 'training_data', '語料佔比'],
  ['预训练语料共7万亿tokens，其中高质量合成数据约1.5万亿tokens，中文占比约35%。', '约35%', 'training_data', '中文占比'],
]));

test('a business measure set beside another company\'s is that measure; beside an earlier time of its own it grew', () => check([
  ['OpenAI的ChatGPT全球月活约3.1亿，是豆包的两倍多。', '两倍多', 'users', '月活'],
  ['OpenAI的ChatGPT全球月活約3.1億，是豆包的兩倍多。', '兩倍多', 'users', '月活'],
  ['豆包月活是去年的3倍。', '3倍', 'growth'],
  ['文心一言营收比去年高20%。', '20%', 'growth'],
  ['文心大模型日均调用量达15亿次，是今年5月披露的2亿次的7.5倍。', '7.5倍', 'growth'],
]));

test('an English table header names a price and its side (Input ($/M tokens), Output), the side a facet as in Chinese', () => {
  const table = '| Model | Input ($/M tokens) | Output ($/M tokens) | Context |\n| --- | --- | --- | --- |\n| GPT-4o | 2.40 | 9.60 | 128K |\n';
  check([[table, '2.40', 'price', 'table column Input'], [table, '9.60', 'price', 'table column Output']]);
  const a = analyse(table + '\nGPT-4o的输入价格为每百万tokens 2.5美元。');
  const facet = (text: string) => a.figures.find((x) => x.text === text)?.facet;
  assert.equal(facet('2.40'), '输入');
  assert.equal(facet('9.60'), '输出');
  assert.equal(facet('每百万tokens 2.5美元'), '输入');
});

test('a row label of a table of labels and values has the other labels and the heading above for its conditional cues (估算成本 below 训练时长)', () => {
  const table = (cost: string) => `## 3. 训练过程\n\n| 项目 | 数值 |\n| --- | --- |\n| 训练硬件 | 2048张H800 |\n| 训练时长 | 约52天 |\n| ${cost} | 约512万美元 |\n`;
  check([[table('估算成本'), '约512万美元', 'training_cost', 'table row 成本']]);
  check([[table('估算成本').replace('训练过程', '訓練過程').replace(/训练/g, '訓練'), '约512万美元', 'training_cost', 'table row 成本']]);
  // a table of a company's costs is no training's
  check([['| 项目 | 数值 |\n| --- | --- |\n| 营业收入 | 12亿元 |\n| 营业成本 | 约5亿元 |\n', '约5亿元', 'other']]);
});

test('a bound that picks out a kind of thing is a criterion, not a measure of anyone (月活超过1亿的产品需另行授权)', () => check([
  ['许可证允许商用，但月活超过1亿的产品需要另行申请授权。', '超过1亿', 'other'],
  ['月活躍用戶超過7億的企業需另行申請授權。', '超過7億', 'other'],
  ['日调用量1亿次以上的客户可享受折扣。', '1亿次以上', 'other'],
  // a bound said of a named thing is its measure
  ['豆包月活超过1亿。', '超过1亿', 'users', '月活'],
  ['月活超过1亿的豆包位列第一。', '超过1亿', 'users', '月活'],
]));

test('a share of one amount in another (研发费用占营收比重) is a ratio, not what an earlier clause counts', () => check([
  ['公司研发团队已扩编至1100人，今年研发费用占营收比重预计约22%。', '约22%', 'other', '比重'],
  ['公司研發團隊已擴編至1,100人，今年研發費用占營收比重預計約22%。', '約22%', 'other', '比重'],
  // a specific cue before the generic one still decides when nothing of the clause measures an amount
  ['公司员工约300人，其中研发人员占比超过八成。', '超过八成', 'employees'],
]));

test('racks of a computing centre are its capacity (标准机架超过880万架)', () => check([
  ['全国在用算力中心标准机架超过880万架。', '超过880万架', 'compute', '标准机架'],
  ['全國在用算力中心標準機架超過880萬架。', '超過880萬架', 'compute', '標準機架'],
  ['该数据中心规划机架3000个。', '3000个', 'compute', '机架'],
]));

test('a gap between two scores (分差) is no one\'s score', () => check([
  ['开源模型与闭源模型之间的平均分差已由上期的7.8分收窄至本期的4.2分。', '7.8分', 'other', '平均分差'],
  ['開源模型與閉源模型之間的平均分差已由上期的7.8分收窄至本期的4.2分。', '4.2分', 'other', '平均分差'],
  ['GPT-4o的平均分为88.5分。', '88.5分', 'score', '平均分'],
]));

test('a licence\'s user threshold (月活超过N的企业需申请授权) counts no one\'s users', () => check([
  ['该许可证允许商用，但月活跃用户超过3亿的企业需要另行申请授权。', '超过3亿', 'other'],
  ['該許可證允許商用，但月活躍用戶超過3億的企業需要另行申請授權。', '超過3億', 'other'],
  ['商业使用时，若您的应用月活超过5000万，则须另行获得许可。', '超过5000万', 'other', 'licence threshold'],
  // (a count of users with no licence after it is one)
  ['该应用月活跃用户超过3亿。', '超过3亿', 'users'],
]));

test('a part\'s weight in brackets in a composite said to be weighted (准确性（50%）…加权) is no score', () => check([
  ['总评分由准确性（50%）、速度（20%）、成本（30%）三项加权得出。', '50%', 'other', 'weight 加权'],
  ['總評分由準確性（50%）、速度（20%）、成本（30%）三項加權得出。', '30%', 'other', 'weight 加权'],
  // (a score in brackets with no weighting said is still a score)
  ['该模型的评测得分（85%）领先同类。', '85%', 'score'],
]));

test('a list of Latin names each with its value goes on with the first value\'s measure (MMLU：A 89.6，GPT-4o 88.7)', () => check([
  ['评测数据显示：MMLU：玄鉴-4 Ultra 89.6，GPT-4o 88.7，DeepSeek-V3 88.5；', '88.5', 'score', 'parallel clause'],
  ['評測數據顯示：MMLU：玄鑒-4 Ultra 89.6，GPT-4o 88.7，DeepSeek-V3 88.5；', '88.7', 'score', 'parallel clause'],
]));

test('more tokens than any context window holds are an amount used, whatever word stands near (输入2.2亿tokens)', () => check([
  ['用量：输入2.2亿tokens，输出2100万tokens。', '2.2亿tokens', 'other', 'beyond any window'],
  ['用量：輸入2.2億tokens，輸出2100萬tokens。', '2100萬tokens', 'other', 'beyond any window'],
  ['Llama 4 Scout的上下文窗口为1000万tokens。', '1000万tokens', 'context_length', '上下文窗口'],
]));

test('a bill is a price paid; a reference price in a table header is a price', () => check([
  ['🧾本月账单：¥412.6', '¥412.6', 'price', '账单'],
  ['這個月的API帳單是新台幣1,280元。', '新台幣1,280元', 'price', 'API帳單'],
  ['| 芯片 | 参考价 |\n|---|---|\n| H20 | 约1.3万美元 |\n', '约1.3万美元', 'price', 'table column 参考价'],
  ['| 晶片 | 參考價 |\n|---|---|\n| H20 | 約1.3萬美元 |\n', '約1.3萬美元', 'price', 'table column 參考價'],
  // an amount in a row that names a funding round is the round's (| 穹顶机器人 | B轮 | 近10亿元 |, Anthropic|G轮|300亿美元)
  ['| 公司 | 赛道 | 轮次 | 金额 |\n| --- | --- | --- | --- |\n| 穹顶机器人 | 具身智能 | B轮 | 近10亿元 |\n', '近10亿元', 'funding', 'table column 金额'],
  ['| 公司 | 賽道 | 輪次 | 金額 |\n| --- | --- | --- | --- |\n| 衡鏡醫療 | AI醫療 | Pre-A輪 | 1.2億元 |\n', '1.2億元', 'funding', 'table column 金額'],
  ['四、海外\n\nAnthropic|G轮|300亿美元\n据公司公告。', '300亿美元', 'funding', 'table row G轮'],
  // (and a round named without its letter: 战略融资, 新一轮)
  ['12. 智谱｜战略融资｜10亿元', '10亿元', 'funding', 'table row 战略融资'],
  ['9. 月之暗面｜新一輪｜約6億美元（洽談中）', '約6億美元', 'funding', 'table row 新一轮'],
]));

test('a share of shipments or sales is a market share', () => check([
  ['其中国产加速卡出货约82万张，占比约三成。', '约三成', 'market_share', '占比'],
  ['其中國產加速卡出貨約82萬張，佔比約三成。', '約三成', 'market_share', '佔比'],
  // (a share of something else stays other)
  ['研发费用占营收比重约22%。', '约22%', 'other'],
]));

test('a column of marks beside two or more columns of scores is scored, whatever skill its header names', () => check([
  ['| 模型 | MMLU | C-Eval | 中文写作 |\n|---|---|---|---|\n| DeepSeek-R1 | 90.8 | 91.8 | 87.9 |\n| o3 | 92.9 | 80.1 | 80.5 |\n', '87.9', 'score', 'table column 中文写作 beside scores'],
  ['| 模型 | MMLU | C-Eval | 中文寫作 |\n|---|---|---|---|\n| DeepSeek-R1 | 90.8 | 91.8 | 87.9 |\n| o3 | 92.9 | 80.1 | 80.5 |\n', '80.5', 'score', 'table column 中文寫作 beside scores'],
  // (a table with no column of scores, or one only, says nothing of the kind: an MFU beside a loss)
  // (a column of changes beside them, 周变化, is how much each moved: a relative change, up or down)
  ['| 模型 | MMLU | C-Eval | 周变化 |\n|---|---|---|---|\n| DeepSeek-R1 | 90.8 | 91.8 | +4 |\n| o3 | 92.9 | 80.1 | -2 |\n', '-2', 'speedup', 'table column 周变化 beside scores'],
  ['| 模型 | MMLU | C-Eval | 週變化 |\n|---|---|---|---|\n| DeepSeek-R1 | 90.8 | 91.8 | +4 |\n| o3 | 92.9 | 80.1 | -2 |\n', '+4', 'speedup', 'table column 週變化 beside scores'],
  // (a caption that calls the numbers shares of a market decides what a bare 占比 header leaves open)
  ['表3-3　2024年中国大模型行业应用市场结构（按收入）\n行业　｜占比\n金融　｜20.0%\n政务　｜17.0%\n互联网｜15.2%', '17.0%', 'market_share', 'table caption 市场'],
  ['表3-3　2024年中國大模型行業應用市場結構（按收入）\n行業　｜佔比\n金融　｜20.0%\n政務　｜17.0%\n互聯網｜15.2%', '20.0%', 'market_share', 'table caption 市場'],
  // (and one that ends with its colon: 收入按業務分部劃分如下（人民幣百萬元）：)
  ['收入按业务分部划分如下（人民币百万元）：\n\n| 分部 | 2023年 | 2024年 |\n|---|---|---|\n| 大模型解决方案 | 371.9 | 583.2 |\n', '583.2', 'revenue', 'table caption 收入'],
  ['收入按業務分部劃分如下（人民幣百萬元）：\n\n| 分部 | 2023年 | 2024年 |\n|---|---|---|\n| 大模型解決方案 | 371.9 | 583.2 |\n', '371.9', 'revenue', 'table caption 收入'],
  ['| 模型 | 中文写作 |\n|---|---|\n| DeepSeek-R1 | 87.9 |\n', '87.9', 'other'],
  ['| 配置 | MFU | 验证集 loss |\n|---|---|---|\n| 基线 | 31.5% | 1.962 |\n| FP8 | 37.8% | 1.965 |\n', '37.8%', 'other'],
]));

test('too few tokens to train any model on are no training set (训练时多预测一个token)', () => check([
  ['训练时多预测一个 token，推理时则拿来做投机解码。', '一个 token', 'other', 'too few to train on'],
  ['訓練時多預測一個 token，推理時則拿來做投機解碼。', '一個 token', 'other', 'too few to train on'],
]));

test('an award written as a notice writes it (中标金额：, a 中标金额（万元） column) is a price; a year\'s awards added up are not', () => check([
  ['中标金额：9,876.54万元', '9,876.54万元', 'price', '中标金额：'],
  ['中標金額：9,876.54萬元', '9,876.54萬元', 'price', '中標金額：'],
  ['| 中标供应商 | 中标金额（万元） |\n|---|---|\n| 科大讯飞 | 1,386.50 |\n', '1,386.50', 'price', 'table column 中标金额（'],
  ['2024年讯飞星火相关项目中标金额达23.2亿元，位居行业第一。', '23.2亿元', 'other'],
]));

test('English cue words in a Chinese text: total and activated parameters; a training run from its start (开训)', () => check([
  ['Lucid-MoE-2 的 total parameters 为 421B，每个 token 的 activated parameters 为 32B。', '32B', 'activated_parameters', 'activated parameters'],
  ['Lucid-MoE-2 的 total parameters 為 421B，每個 token 的 activated parameters 為 32B。', '421B', 'parameters', 'total parameters'],
  ['全程在 2048张 H800 上完成，从开训到发布用了约两个月。', '约两个月', 'training_days'],
  ['全程在 2048張 H800 上完成，從開訓到發布用了約兩個月。', '約兩個月', 'training_days'],
]));

test('an amount asked or sold for (国行要7万元, 卖到1.3万元) is a price; 需要 and 主要 ask nothing', () => check([
  ['这台机器国行要7万元。', '7万元', 'price', 'asked 要'],
  ['這台機器國行要7萬元。', '7萬元', 'price', 'asked 要'],
  ['二手卡已经卖到1.3万元。', '1.3万元', 'price', '卖到'],
  ['公司需要7万元资金。', '7万元', 'other'],
]));

test('a pair of values in one table cell (| 32K / 128K |) are two figures of the column', () => {
  for (const header of ['上下文', '上下文長度']) {
    const a = analyse(`| 模型 | ${header} |\n|---|---|\n| Qwen3 | 32K / 128K |\n`);
    assert.deepEqual(a.figures.map((f) => [f.text, f.attribute]), [['32K', 'context_length'], ['128K', 'context_length']]);
  }
});

test('a column of a model\'s architecture (Layers, 层数) counts parts: other; a bid\'s price and technical marks (价格分, 技術分) are no price and no benchmark score', () => check([
  ['| Model | Params | Layers |\n|---|---|---|\n| Qingyu3-7B | 7.6B | 28 |\n', '28', 'other', 'table column Layers'],
  ['| 模型 | 参数量 | 層數 |\n|---|---|---|\n| Qingyu3-7B | 7.6B | 28 |\n', '28', 'other', 'table column 層數'],
  ['| 排名 | 投标人 | 投标报价（元） | 价格分 | 技术分 |\n|---|---|---|---|---|\n| 1 | 科大讯飞 | 41,683,600.00 | 28.69 | 54.30 |\n', '28.69', 'other', 'table column 价格分'],
  ['| 排名 | 投標人 | 投標報價（元） | 價格分 | 技術分 |\n|---|---|---|---|---|\n| 1 | 科大訊飛 | 41,683,600.00 | 28.69 | 54.30 |\n', '54.30', 'other', 'table column 技術分'],
  ['| 排名 | 投标人 | 投标报价（元） | 价格分 |\n|---|---|---|---|\n| 1 | 科大讯飞 | 41,683,600.00 | 28.69 |\n', '41,683,600.00', 'price'],
]));

test('a bare value right after a model\'s name, ending its line or item (🥈 o3 65.94, Kimi-K2 1410), continues the list of scores above it', () => {
  for (const text of [
    '【9月榜单出炉】\n🥇 GPT-5 总分69.37，继续霸榜\n🥈 o3 65.94\n国内：GLM-4.5 59.92、Kimi-K2-0905 58.86。',
    '【9月榜單出爐】\n🥇 GPT-5 總分69.37，繼續霸榜\n🥈 o3 65.94\n國內：GLM-4.5 59.92、Kimi-K2-0905 58.86。',
  ]) {
    const a = analyse(text);
    assert.deepEqual(a.figures.map((f) => [f.text, f.attribute]), [['69.37', 'score'], ['65.94', 'score'], ['59.92', 'score'], ['58.86', 'score']], text);
  }
  // (no list of scores above: a bare value after a name is no score; a year after a name is no value)
  assert.deepEqual(analyse('GLM-4.5 59.92').figures.map((f) => [f.text, f.attribute]), [['59.92', 'other']]);
  assert.deepEqual(analyse('总分69.37。发布于GPT-4 2023').figures.map((f) => f.text), ['69.37']);
  // (items set apart by slashes under a sub-leaderboard's name: 长文本子榜：A 1360 / B 1322)
  assert.deepEqual(analyse('- 长文本子榜：Gemini 1.5 Pro 1360 / Kimi k1.5 1322 / abab6.5s 1301').figures.map((f) => [f.text, f.attribute, f.subjectId]),
    [['1360', 'score', 'model:gemini-1.5-pro'], ['1322', 'score', 'model:kimi-k1.5'], ['1301', 'score', 'model:abab-6.5s']]);
  assert.deepEqual(analyse('- 長文本子榜：Gemini 1.5 Pro 1360 / Kimi k1.5 1322').figures.map((f) => [f.text, f.attribute]), [['1360', 'score'], ['1322', 'score']]);
});

test('a numbered list under a line that says its numbers are scores (前十（Elo分）：), a name and its value set apart by spaces, holds scores', () => {
  for (const text of [
    'LMArena 文本总榜刚刚刷新，整理了前十（Elo分，括号里是上期名次）：\n1. Gemini-2.5-Pro  1463（1）\n2. o3  1451（2）\n3. GLM-4.5  1391（新）\n',
    'LMArena 文本總榜剛剛刷新，整理了前十（Elo分，括號裡是上期名次）：\n1. Gemini-2.5-Pro  1463（1）\n2. o3  1451（2）\n3. GLM-4.5  1391（新）\n',
  ]) {
    assert.deepEqual(analyse(text).figures.map((f) => [f.text, f.attribute]), [['1463', 'score'], ['1451', 'score'], ['1391', 'score']], text);
  }
  // (a list whose caption names no score: its bare values stay unknown)
  assert.deepEqual(analyse('整理了前三（括号里是上期名次）：\n1. Gemini-2.5-Pro  1463（1）\n2. o3  1451（2）\n').figures.map((f) => f.attribute), ['other', 'other']);
});

test('a caption that only notes the unit (（單位：新臺幣億元；資料來源：…）) under a title that says what (主要廠商10月營收一覽): the title decides a column that names nothing', () => {
  const read = (t: string) => analyse(t).figures.filter((f) => f.text === '8,354' || f.text === '66,850').map((f) => [f.text, f.attribute]);
  const table = '貳、主要廠商10月營收一覽\n\n（單位：新臺幣億元；資料來源：公開資訊觀測站）\n\n| 公司 | 10月營收 | 1–10月累計 |\n|---|---|---|\n| 鴻海 | 8,354 | 66,850 |\n';
  assert.deepEqual(read(table), [['8,354', 'revenue'], ['66,850', 'revenue']]);
  assert.deepEqual(read(table.replace('營收一覽', '营收一览').replace('單位：新臺幣億元；資料來源', '单位：新台币亿元；资料来源')), [['8,354', 'revenue'], ['66,850', 'revenue']]);
});

test('pay by the year or the month (年薪, a table under 薪酬水平（单位：万元/年）) is a salary, no price; a subscription by the year is a price', () => {
  const read = (t: string) => analyse(t).figures.map((f) => [f.text, f.attribute]);
  assert.deepEqual(read('## 二、分岗位薪酬水平（单位：万元/年）\n\n| 岗位 | 中位数 |\n|---|---|\n| 算法研究员 | 130 |\n'), [['130', 'other']]);
  assert.deepEqual(read('## 二、分崗位薪酬水平（單位：萬元/年）\n\n| 崗位 | 中位數 |\n|---|---|\n| 算法研究員 | 130 |\n'), [['130', 'other']]);
  assert.deepEqual(read('大模型岗位平均年薪为每年68.5万元。'), [['每年68.5万元', 'other']]);
  assert.deepEqual(read('ChatGPT Plus的订阅费为每年200美元。'), [['每年200美元', 'price']]);
});

test('a time to finish (全部完成, 就能完成, 读完) is a latency, in a sentence or a column', () => check([
  ['Cursor的agent模式平均3.2分钟就能完成一个重构任务。', '3.2分钟', 'latency', '就能完成'],
  ['Kimi大約30秒就讀完了。', '大約30秒', 'latency', '讀完'],
  ['App　　　　首字时间　　全部完成\n豆包　　　　0.9秒　　　11.2秒\nKimi　　　　1.6秒　　　18.7秒\n', '18.7秒', 'latency', 'table column 全部完成'],
  ['训练在3天内完成。', '3天内', 'training_days'],
]));

test('a bound in a table cell (| 约120K |, | 64K左右 |) leaves the value alone in it: a figure of the column', () => {
  for (const [header, cell] of [['可用上下文', '约120K'], ['可用上下文', '64K左右'], ['實測上下文', '約128K']]) {
    const a = analyse(`| 工具 | ${header} |\n|---|---|\n| Cursor | ${cell} |\n`);
    assert.deepEqual(a.figures.map((f) => [f.text, f.attribute]), [[cell, 'context_length']]);
  }
});

test('weekly active users are users, counted as a measure of their own (周活, 週活, WAU); a deployment rate is a share of users', () => {
  check([
    ['ChatGPT周活冲到8亿。', '8亿', 'users', '周活'],
    ['ChatGPT週活衝到8億。', '8億', 'users', '週活'],
    ['| 行业 | 部署率 |\n| --- | --- |\n| 金融 | 58.0% |\n', '58.0%', 'users', 'table column 部署率'],
  ]);
  const a = analyse('ChatGPT周活达到8亿。ChatGPT月活达到10亿。');
  assert.notEqual(a.figures[0].facet, a.figures[1].facet);
});

test('an original or launch price, and a price cut to a level (原价, 首发价, 砍到), are prices', () => check([
  ['【广告】训练营原价2999元，现价999元。', '2999元', 'price', '原价'],
  ['我是首發價8499元入手的。', '8499元', 'price', '首發價'],
  ['GPT-4o又把输入价格砍到5美元。', '5美元', 'price'],
]));

test('市佔 (a market share in Taiwan\'s press) is a cue; the noun right after a share names what it is a share of (拿下近6成市佔)', () => check([
  ['英特爾處理器市佔仍近6成。', '近6成', 'market_share', '市佔'],
  ['英特尔凭借新系列拿下近6成市占。', '近6成', 'market_share', '市占'],
  ['英特爾憑藉新系列拿下近6成市佔。', '近6成', 'market_share', '市佔'],
]));

test('a rate a column\'s unit makes is what the column holds (租金（元/卡时） is a price), and so is rent by the hour; a total rent spent is no price', () => {
  const table = '| 卡型 | 显存 | 参考租金（元/卡时） |\n|---|---|---|\n| H100 | 80GB | 约22 |\n| H800 | 80GB | 约17 |\n| A100 | 80GB | 约8.5 |\n';
  check([[table, '约22', 'price'], [table.replace('显存', '顯存').replace('参考租金（元/卡时）', '參考租金（元/卡時）'), '约17', 'price']]);
  check([['单卡租金约6元/小时。', '约6元/小时', 'price'], ['單卡租金約6元/小時。', '約6元/小時', 'price']]);
  assert.notEqual(analyse('算力租金：五六百万美元量级（仅限最后一次训练）。').figures[0]?.attribute, 'price');
});

test('年 or 月 that ends a time word is no part of a cue (2025年收入 is 收入, 上半年收入 too); 年收入 alone is one', () => {
  const a = analyse('Anthropic2025年收入约50亿美元。东南亚业务上半年收入为3亿元。年收入超过10亿元。');
  const cue = (text: string) => a.figures.find((x) => x.text === text)?.why?.attribute;
  assert.equal(cue('约50亿美元'), '收入');
  assert.equal(cue('3亿元'), '收入');
  assert.equal(cue('超过10亿元'), '年收入');
  const b = analyse('Anthropic2025年收入約50億美元。東南亞業務上半年收入為3億元。');
  assert.equal(b.figures.find((x) => x.text === '3億元')?.why?.attribute, '收入');
});

test('tokens a sum of money buys (相当于1元可处理约660万tokens) are a worked equivalence: no context window, so no conflict with one', () => {
  check([['输入价格仅0.15元/百万tokens，相当于1元可处理约660万tokens。', '约660万tokens', 'other'], ['輸入價格僅0.15元/百萬tokens，相當於1元可處理約660萬tokens。', '約660萬tokens', 'other']]);
  const a = analyse('曜石云发布灵犀-4 Lite，支持32K上下文。\n\n灵犀-4 Lite输入价格仅0.15元/百万tokens，相当于1元可处理约660万tokens。');
  assert.deepEqual(a.figures.filter((f) => f.status === 'conflict').map((f) => f.text), []);
});

test('votes counted on a leaderboard are a count; an accelerator (加速器) is no speed-up word', () => check([
  ['Orbit-2 Pro拿到1331分，但投票数只有2,100余张。', '2,100余张', 'count', '投票数'],
  ['Orbit-2 Pro拿到1331分，但投票數只有2,100餘張。', '2,100餘張', 'count', '投票數'],
  ['混元T1上榜有点意外，投票才两千多。', '两千多', 'count', '投票'],
  ['英伟达的AI加速器市占约8成。', '约8成', 'market_share', '市占'],
  ['輝達的AI加速器市佔約8成。', '約8成', 'market_share', '市佔'],
]));

test('frames a second are a speed, but a video\'s frame rate is what the video is', () => check([
  ['新模型可以直接在机器人本体上以每秒30帧运行。', '每秒30帧', 'throughput'],
  ['新模型可以直接在機器人本體上以每秒30幀運行。', '每秒30幀', 'throughput'],
  ['该模型单次最长可生成16秒视频，分辨率最高为1080p，帧率为24帧/秒。', '24帧/秒', 'other'],
  ['該模型單次最長可生成16秒影片，解析度最高為1080p，幀率為24幀/秒。', '24幀/秒', 'other'],
]));

test('an amount column in a table of funding rounds (| 本期轮次 | 本期金额 |) holds what each company raised', () => check([
  ['| 公司 | 本期轮次 | 本期金额（美元） | 投后估值 |\n| --- | --- | --- | --- |\n| Anysphere | B轮 | 1.05亿 | 25亿 |\n', '1.05亿', 'funding', 'table column 本期金额'],
  ['| 公司 | 本期輪次 | 本期金額（美元） | 投後估值 |\n| --- | --- | --- | --- |\n| Anysphere | B輪 | 1.05億 | 25億 |\n', '1.05億', 'funding', 'table column 本期金額'],
  // (an amount column of any other table says nothing: | 中标金额 |)
  ['| 供应商 | 中标金额（元） |\n| --- | --- |\n| 华为 | 1,650,000.00 |\n', '1,650,000.00', 'price'],
]));

test('hours of speech are training data only where data or training is spoken of: a voice app live for 14 months is no data', () => check([
  ['其语音陪伴应用EchoMate上线14个月，ARR达到3200万美元。', '14个月', 'other'],
  ['其語音陪伴應用EchoMate上線14個月，ARR達到3200萬美元。', '14個月', 'other'],
  ['团队累计采集了5万小时语音。', '5万小时', 'training_data'],
  ['團隊累計採集了5萬小時語音。', '5萬小時', 'training_data'],
]));

test('people no cue names, said of a company, are its staff; of no one, a count stays other', () => check([
  ['36氪：这轮融资主要用在哪？\n\n陈启航：用于软件团队扩张。芯曜科技现在600余人。', '600余人', 'employees', 'people of a vendor'],
  ['36氪：這輪融資主要用在哪？\n\n陳啟航：用於軟件團隊擴張。芯曜科技現在600餘人。', '600餘人', 'employees', 'people of a vendor'],
  ['评标委员会由7人组成。', '7人', 'other'],
]));

test('the base of a change (较上一统计周期增长) names no quantity: the one before it changes; a base that names the quantity still does (比GPT-4o的输出价便宜约9倍)', () => check([
  ['统计区间内，AI应用层共披露融资23笔，合计金额约19亿美元，较上一统计周期增长近四成。', '近四成', 'growth'],
  ['統計區間內，AI應用層共披露融資23筆，合計金額約19億美元，較上一統計週期增長近四成。', '近四成', 'growth'],
  ['DeepSeek-V3的标准输出价格为8元/百万tokens，比GPT-4o的输出价便宜约9倍。', '约9倍', 'speedup'],
  // (an amount in the base says what changes: an earlier clause's share is another kind of quantity)
  ['智能算力规模达到90 EFLOPS，占比约32%，较2023年的70 EFLOPS增长约28.6%。', '约28.6%', 'growth'],
  ['智能算力規模達到90 EFLOPS，佔比約32%，較2023年的70 EFLOPS增長約28.6%。', '約28.6%', 'growth'],
]));

test('a valuation multiple (估值与ARR之比的中位数约为25倍, 平均倍数接近50倍, 本益比13倍) is a ratio, no speed-up', () => check([
  ['一级市场估值与ARR之比的中位数约为25倍，但头部5家的平均倍数接近50倍。', '25倍', 'other'],
  ['一級市場估值與ARR之比的中位數約為25倍，但頭部5家的平均倍數接近50倍。', '接近50倍', 'other'],
  ['廣達今天收268.5元，本益比大概13倍。', '大概13倍', 'other', '本益比'],
]));

test('what a window leaves for the output (留8K给输出, 输出上限) is no context window', () => check([
  ['上下文长度是输入和输出合计的，DeepSeek-V3 的 64K 里最多只能留 8K 给输出。', '8K', 'other', '给输出'],
  ['上下文長度是輸入和輸出合計的，DeepSeek-V3 的 64K 裡最多只能留 8K 給輸出。', '8K', 'other', '給輸出'],
  ['上下文长度是输入和输出合计的，DeepSeek-V3 的 64K 里最多只能留 8K 给输出。', '64K', 'context_length'],
]));

test('queries a service handles (每周处理的查询已超过1亿次) are its usage', () => check([
  ['公司CEO此前公开表示，Perplexity每周处理的查询已超过1亿次。', '超过1亿次', 'users', '查询'],
  ['公司CEO此前公開表示，Perplexity每週處理的查詢已超過1億次。', '超過1億次', 'users', '查詢'],
]));

test('a bracketed aside without a number between a cue and its figure does not part them', () => check([
  ['2024年中国大模型市场规模（口径包含平台与API调用、私有化部署，不含硬件）达到294.6亿元。', '294.6亿元', 'revenue', '市场规模'],
  ['2024年中國大模型市場規模（口徑包含平台與API調用、私有化部署，不含硬體）達到294.6億元。', '294.6億元', 'revenue', '市場規模'],
]));

test('the output value of an industry or a supply chain (产值) is its revenue', () => check([
  ['今年台灣AI伺服器供應鏈產值可望挑戰新台幣5兆元。', '新台幣5兆元', 'revenue', '產值'],
  ['今年AI服务器产业链产值有望突破5万亿元。', '5万亿元', 'revenue', '产值'],
]));

test('a table\'s change column (變動, 同比增减, YoY) holds growth of its row\'s business figure', () => {
  const text = '項目　　　　　　　　　　2024年　　2023年　　變動\n收入（億港元）　　　　　48.6　　　38.2　　　+27.3%\n股東應佔溢利（億港元）　5.12　　　3.63　　　+41%\n';
  const a = analyse(text);
  const of = (t: string) => a.figures.find((f) => f.text === t)!;
  assert.equal(of('48.6').attribute, 'revenue');
  assert.equal(of('+27.3%').attribute, 'growth');
  assert.equal(of('+41%').attribute, 'growth');
  // (a row's label ending with its unit in brackets, set off by one ideographic space, still parts the label from the number)
  assert.equal(of('5.12').value, 512000000);
});

test('a list of names and values joined by 、 takes the measure its first value has (月活前三：A 7,523万、B 3,000万、C 2,000万出头)', () => check([
  ['12月国内AI原生App月活前三：豆包7,523万、文心一言3,000万左右、Kimi 2,000万出头。', '2,000万出头', 'users'],
  ['12月國內AI原生App月活前三：豆包7,523萬、文心一言3,000萬左右、Kimi 2,000萬出頭。', '2,000萬出頭', 'users'],
]));

test('person-times (人次) are events, no staff (每年培育5万人次)', () => check([
  ['强化人才培育：每年培育5万人次，四年累计20万人次。', '20万人次', 'other'],
  ['強化人才培育：每年培育5萬人次，四年累計20萬人次。', '20萬人次', 'other'],
  ['公司员工超过2万人。', '超过2万人', 'employees'],
]));

test('a value after 较X的 is X\'s, of the measure before it, when the change word after it is the next figure\'s', () => check([
  ['星语-2-70B-Chat取得72.4分，较基础模型Qwen2.5-72B的68.1分提升4.3分。', '68.1分', 'score', 'compared value'],
  ['星語-2-70B-Chat取得72.4分，較基礎模型Qwen2.5-72B的68.1分提升4.3分。', '68.1分', 'score', 'compared value'],
  ['星语-2-70B-Chat取得72.4分，较基础模型Qwen2.5-72B的68.1分提升4.3分。', '4.3分', 'speedup'],
]));

test('a table\'s row or column that states its full marks (法考客观题（满分400）) holds scores, however high; a mark above them is none', () => {
  const attributes = (t: string) => analyse(t, { markdown: true }).figures.map((f) => [f.text, f.attribute]);
  assert.deepEqual(attributes('| 评测集 | 衡律HL-2 | GPT-4o |\n| --- | --- | --- |\n| 法考客观题（满分400） | 312 | 268 |\n'), [['312', 'score'], ['268', 'score']]);
  assert.deepEqual(attributes('| 評測集 | 衡律HL-2 | GPT-4o |\n| --- | --- | --- |\n| 法考客觀題（滿分400） | 312 | 268 |\n'), [['312', 'score'], ['268', 'score']]);
  assert.deepEqual(attributes('| 评测集 | 衡律HL-2 | GPT-4o |\n| --- | --- | --- |\n| 法考客观题（满分400） | 312 | 9000 |\n'), [['312', 'score'], ['9000', 'other']]);
});

test('a table\'s caption with a unit in its brackets (出货量（万张）) says what its cells measure; a clause of the next part and 占 goes on the list of shares', () => {
  const a = analyse('图表5：2024-2025E中国AI加速卡出货量（万张）\n\n| 厂商 | 2024 | 2025E |\n| --- | --- | --- |\n| 英伟达 | 132 | 100 |\n| 华为昇腾 | 44 | 95 |\n', { markdown: true });
  assert.deepEqual(a.figures.map((f) => [f.text, f.value, f.attribute]), [['132', 1.32e6, 'count'], ['100', 1e6, 'count'], ['44', 4.4e5, 'count'], ['95', 9.5e5, 'count']]);
  check([
    ['从产业链结构看，算力层仍占据最大份额，占比为46.1%；模型层占21.5%；应用层占32.4%。', '21.5%', 'market_share', 'parallel clause'],
    ['從產業鏈結構看，算力層仍佔據最大份額，佔比為46.1%；模型層佔21.5%；應用層佔32.4%。', '32.4%', 'market_share', 'parallel clause'],
  ]);
});

test('a sum per month or per year said of a product is its plan\'s price, whatever word is near (Cursor Pro（20美元/月）…预算)', () => check([
  ['▶ 重度个人用户：星码Pro（20美元/月）体验依然第一梯队，预算再多点可以上Claude Max；', '20美元/月', 'price'],
]));

test('MAU, DAU and WAU count users; a clause of a name in quotes and its value goes on the list (百度「文小言」約2,100萬)', () => check([
  ['其中字節跳動旗下的「豆包」以約5,600萬MAU遙遙領先，百度「文小言」約2,100萬，月之暗面的Kimi則為1,620萬。', '約5,600萬MAU', 'users', 'unit MAU'],
  ['其中字節跳動旗下的「豆包」以約5,600萬MAU遙遙領先，百度「文小言」約2,100萬，月之暗面的Kimi則為1,620萬。', '約2,100萬', 'users', 'parallel clause'],
  ['其中字节跳动旗下的“豆包”以约5,600万MAU遥遥领先，百度“文小言”约2,100万。', '约2,100万', 'users', 'parallel clause'],
]));

test('a breakdown row of a table (其中：…, or a line indented under its total) measures what its total\'s row names', () => {
  for (const [text, label] of [
    ['指标名称                单位     2025年\n核心产业营业收入        亿元     300.5\n  其中：硬件层          亿元     120.4\n        软件层          亿元      95.0\n企业数量                家         512\n  其中：规上企业        家          88\n', '软件层'],
    ['指標名稱                單位     2025年\n核心產業營業收入        億元     300.5\n  其中：硬體層          億元     120.4\n        軟體層          億元      95.0\n企業數量                家         512\n  其中：規上企業        家          88\n', '軟體層'],
  ] as const) {
    const a = analyse(text);
    const of = (t: string) => a.figures.find((f) => f.text === t)!;
    assert.equal(of('120.4').attribute, 'revenue', label);
    assert.equal(of('95.0').attribute, 'revenue', label);
    assert.equal(of('88').attribute, 'count', label);
  }
  // (a pipe table's rows are all indented alike: none is a breakdown of the row above by its place)
  const pipes = analyse('| 模型 | 参数量 | 营收（亿元） |\n|---|---|---|\n| 甲 | 70B | 3.2 |\n| 乙 | 14B | 1.1 |\n');
  assert.deepEqual(pipes.figures.map((f) => f.attribute), ['parameters', 'revenue', 'parameters', 'revenue']);
});

test('a table\'s usage column (用量（百万tokens）) counts use; its change column (环比) changes what the row\'s other columns measure, of the same subject', () => {
  for (const text of [
    '| 供应商 | 模型 | 用量(百万tokens) | 本月费用(元) | 环比 |\n|---|---|---|---|---|\n| 火山引擎 | Doubao-1.5-pro-32k | 1,250.0 | 1,300.00 | +12.5% |\n| 深度求索 | DeepSeek-V3 | 800.0 | 1,600.00 | -3.0% |\n',
    '| 供應商 | 模型 | 用量(百萬tokens) | 本月費用(元) | 環比 |\n|---|---|---|---|---|\n| 火山引擎 | Doubao-1.5-pro-32k | 1,250.0 | 1,300.00 | +12.5% |\n| 深度求索 | DeepSeek-V3 | 800.0 | 1,600.00 | -3.0% |\n',
  ]) {
    const a = analyse(text);
    const of = (t: string) => a.figures.find((f) => f.text === t)!;
    assert.equal(of('1,250.0').attribute, 'users');
    assert.equal(of('+12.5%').attribute, 'growth');
    assert.equal(of('+12.5%').subjectId, of('1,250.0').subjectId);
    assert.equal(of('-3.0%').subjectId, 'model:deepseek-v3');
  }
});

test('a word that holds a cue\'s characters is no cue (新快照 is no 快); a cue right before a later figure of the same unit is that figure\'s (6710亿参数的MoE模型每个token只激活370亿参数)', () => check([
  ['Gemini 2.5 Pro新快照以1446分蝉联榜首。', '1446分', 'score'],
  ['Gemini 2.5 Pro新快照以1446分蟬聯榜首。', '1446分', 'score'],
  ['这个6710亿参数的MoE模型每个token只激活370亿参数。', '6710亿参数', 'parameters'],
  ['這個6710億參數的MoE模型每個token只激活370億參數。', '370億參數', 'activated_parameters'],
  ['模型共设置256个路由专家和1个共享专家。', '256个', 'other'],
]));

test('a survey\'s sample is no one\'s users (调研的312家律所); a countdown is no training time (只剩9天); a loss in Hong Kong words (蝕) is no revenue', () => check([
  ['衡律智能的客户中，我们调研的312家律所大多已在用AI。', '312家', 'other', 'surveyed'],
  ['衡律智能的客戶中，我們調研的312家律所大多已在用AI。', '312家', 'other', 'surveyed'],
  ['鲸语4.0刚跑完最后一轮对齐训练，离发布日期只剩9天。', '9天', 'other', 'countdown'],
  ['鯨語4.0剛跑完最後一輪對齊訓練，離發布日期只剩9天。', '9天', 'other', 'countdown'],
  ['鲸语4.0使用6144张H800训练了62天。', '62天', 'training_days'],
  ['星瀚智能三年合共蝕約19億元。', '約19億元', 'other', '蝕'],
  ['Qingyu3-72B 在 MMLU 上比 Qingyu2.5-72B（82.7）提升了 4.2 分。', '4.2 分', 'speedup', '提升了'],
]));

test('a results table\'s segments, in the column where the total\'s row names the revenue, are revenue too (| 資料中心 | 263 億美元 |)', () => {
  for (const text of [
    '輝達公布財報。\n\n| 項目 | 2025 財年 Q2 | 年增率 |\n|---|---|---|\n| 總營收 | 300.4 億美元 | 122% |\n| 資料中心 | 263 億美元 | 154% |\n| 遊戲與 AI PC | 28.8 億美元 | 16% |\n',
    '英伟达公布财报。\n\n| 项目 | 2025 财年 Q2 | 年增率 |\n|---|---|---|\n| 总营收 | 300.4 亿美元 | 122% |\n| 数据中心 | 263 亿美元 | 154% |\n| 游戏与 AI PC | 28.8 亿美元 | 16% |\n',
  ]) {
    const a = analyse(text, { markdown: true });
    assert.deepEqual(a.figures.filter((f) => f.unit === '美元').map((f) => f.attribute), ['revenue', 'revenue', 'revenue'], text);
    // (and a row with no measure of its own in a table of costs stays what it was)
  }
  const costs = analyse('| 项目 | 2024年 |\n|---|---|\n| 研发费用 | 12 亿元 |\n| 其他 | 3 亿元 |\n', { markdown: true });
  assert.notEqual(costs.figures.find((f) => f.text === '3 亿元')?.attribute, 'revenue');
});

test('an offering: cornerstone investors\' subscriptions are the company\'s funding, margin subscriptions and oversubscription no one\'s measure; its offer price and entry fee are prices', () => check([
  ['星瀚智能今日招股。其中騰訊認購3,000萬美元。', '3,000萬美元', 'funding', '認購'],
  ['星瀚智能今日招股。其中腾讯认购3000万美元。', '3000万美元', 'funding', '认购'],
  ['靈犀數智的香港公開發售部分已錄得孖展認購約52億港元，相當於超額認購約30倍。', '約52億港元', 'other', '孖展認購'],
  ['思瀚智能招股首日孖展認購已超購逾800倍。', '逾800倍', 'other', '超購'],
  ['思瀚智能今日招股，招股價每股8.8港元，入場費4,929元。', '每股8.8港元', 'price', 'offer price'],
  ['思瀚智能今日招股，招股价每股8.8港元，入场费4,929元。', '4,929元', 'price', 'offer price'],
  ['星瀚智能上市後股價較招股價低約三成。', '約三成', 'other'],
]));

test('a sum in 万 written w in a sentence about a card is its price (两张一共 1.08w); a budget is no price (预算 2w 以内)', () => check([
  ['3090 已下单，两张一共 1.08w。', '1.08w', 'price', 'money in w of a card'],
  ['3090 已下單，兩張一共 1.08w。', '1.08w', 'price', 'money in w of a card'],
  ['H100 现在大概 22w 一张。', '大概 22w 一张', 'price'],
  ['预算 2w 以内，想买 3090。', '2w 以内', 'other'],
  ['總價控制在 1.5w 以內，想買 3090。', '1.5w 以內', 'other'],
]));

test('a paragraph opened by a run-in head that names a measure (预训练数据。) measures it where its sentences name nothing; a size in brackets after a card is its memory', () => check([
  ['预训练数据。原始语料约46TB，保留约9.8TB文本，对应3.2T tokens。按token计算，中文约占42%。', '3.2T tokens', 'training_tokens'],
  ['預訓練數據。原始語料約46TB，保留約9.8TB文本，對應3.2T tokens。按token計算，中文約佔42%。', '42%', 'training_data', '預訓練數據'],
  ['预训练数据。原始语料约46TB，保留约9.8TB文本，对应3.2T tokens。按token计算，中文约占42%。', '42%', 'training_data', '预训练数据'],
  // (a head that only opens on a subject names no measure: 训练配置)
  ['训练配置。我们采用AdamW优化器，全局批大小约4M tokens。', '约4M tokens', 'other'],
  ['训练在256张A800（80GB）上进行。', '80GB', 'other', 'a card\'s memory'],
  ['訓練在256張A800（80GB）上進行。', '80GB', 'other', 'a card\'s memory'],
]));

test('a ranking\'s weights (权重分别为语言理解15%) are no scores; a skill it scores (| 长文本处理 | 76.2 |) is no context window', () => {
  check([
    ['注：综合得分为各维度得分的加权平均，权重分别为语言理解15%、知识问答15%、逻辑推理15%。', '15%', 'other', 'weight 权重'],
    ['註：綜合得分為各維度得分的加權平均，權重分別為語言理解15%、知識問答15%、邏輯推理15%。', '15%', 'other', 'weight 权重'],
  ]);
  for (const text of [
    '| 排名 | 模型名称 | 综合得分 | 语言理解 | 长文本处理 |\n|---|---|---|---|---|\n| 1 | DeepSeek-R1 | 86.75 | 87.6 | 76.2 |\n| 2 | GPT-4o | 84.88 | 88.7 | 83.5 |\n',
    '| 排名 | 模型名稱 | 綜合得分 | 語言理解 | 長文本處理 |\n|---|---|---|---|---|\n| 1 | DeepSeek-R1 | 86.75 | 87.6 | 76.2 |\n| 2 | GPT-4o | 84.88 | 88.7 | 83.5 |\n',
  ]) assert.notEqual(analyse(text, { markdown: true }).figures.find((f) => f.text === '76.2')?.attribute, 'context_length', text);
});

test('a pass rate is accuracy unless a benchmark is named; a list of names and values goes on with 能到 or 在; 直降 a percentage is a price cut', () => check([
  ['我们实测，豆包Pro一次通过率大概七成，DeepSeek-V2.5能到85%，GPT-4o 在90%以上。', '大概七成', 'accuracy', '通过率'],
  ['我們實測，豆包Pro一次通過率大概七成，DeepSeek-V2.5能到85%，GPT-4o 在90%以上。', '85%', 'accuracy'],
  ['我们实测，豆包Pro一次通过率大概七成，DeepSeek-V2.5能到85%，GPT-4o 在90%以上。', '90%以上', 'accuracy'],
  ['DeepSeek-R1在AIME 2024上的通过率为79.8%。', '79.8%', 'score'],
  ['输入价格从0.02元/千tokens降到0.0005元/千tokens，直降百分之九十七。', '百分之九十七', 'speedup', '直降'],
  ['這款手機直降500元，到手價3999元。', '500元', 'price', '直降'],
]));

test('the items of a breakdown measure what the line introducing them measures (营收…拆开看：/ - 游戏：43.1亿美元)', () => check([
  ['英伟达本季营收468.1亿美元，同比增长56%。拆开看：\n\n- 数据中心：412.6亿美元，占总营收接近九成；\n- 游戏：43.1亿美元，同比+49%；\n', '43.1亿美元', 'revenue', 'breakdown of 营收'],
  ['輝達本季營收468.1億美元，年增56%。按業務劃分：\n\n- 資料中心：412.6億美元；\n- 遊戲：43.1億美元，年增49%；\n', '412.6億美元', 'revenue'],
  ['英伟达本季营收468.1亿美元，同比增长56%。拆开看：\n\n- 游戏：43.1亿美元，同比+49%；\n', '+49%', 'growth'],
  // (a list introduced without a breakdown word keeps its own reading)
  ['英伟达本季营收468.1亿美元。我关心的几点：\n\n- 回购：500亿美元；\n', '500亿美元', 'other'],
]));

test('time taken (用时) is latency, in a training sentence a run\'s length', () => check([
  ['一块零件从拍照到出结果，用时不到0.3秒。', '不到0.3秒', 'latency', '用时'],
  ['單次故障診斷的平均用時縮短到15分鐘左右。', '15分鐘左右', 'latency', '平均用時'],
  ['模型训练用时55天。', '55天', 'training_days'],
]));

test('what a buyer spends (花了, 花掉, 月账单) is a price paid; a company\'s spend, or cards bought, is not', () => check([
  ['我配了一副镜片，花了三百八十元。', '三百八十元', 'price', 'spent by a buyer'],
  ['之前一直用GPT-4o，一个月光API就要花掉近1.5万块，实在扛不住。', '近1.5万块', 'price'],
  ['之前一直用GPT-4o，一個月光API就要花掉近1.5萬塊，實在扛不住。', '近1.5萬塊', 'price'],
  ['现在每天大概3000万tokens，月账单控制在800块以内。', '800块以内', 'price'],
  ['字节今年在AI上花了1600亿元。', '1600亿元', 'other'],
]));

test('a numbered table\'s caption (表3-1  中国大模型市场规模及预测) says what its cells measure', () => {
  for (const [caption, unitLine] of [['表3-1  中国大模型市场规模及预测（按细分领域）', '本报告将市场分为四个细分领域（单位：亿元）：'], ['表3-1  中國大模型市場規模及預測（按細分領域）', '本報告將市場分為四個細分領域（單位：億元）：']]) {
    const text = `${unitLine}\n\n${caption}\n\n| 细分领域 | 2023年 | 2024年 | CAGR（2024—2028） |\n|---|---|---|---|\n| 基础模型API与订阅 | 21.3 | 46.8 | 71.2% |\n`;
    for (const markdown of [true, false]) {
      const a = analyse(text, { markdown });
      assert.equal(a.figures.find((f) => f.text === '21.3')?.attribute, 'revenue', `${caption} (markdown ${markdown})`);
      assert.equal(a.figures.find((f) => f.text === '71.2%')?.attribute, 'growth');
      assert.ok(!a.figures.some((f) => f.text.includes('2028')), 'a span of two years in a header is no figure');
    }
  }
});

test('a change takes no quantity from an aside in brackets (市场规模（不含训练用硬件）…同比增长62.4%)', () => check([
  ['2024年中国大模型市场规模（含行业解决方案，不含训练用硬件采购）为294.6亿元，同比增长62.4%。', '62.4%', 'growth', '市场规模'],
  ['2024年中國大模型市場規模（含行業解決方案，不含訓練用硬件採購）為294.6億元，同比增長62.4%。', '62.4%', 'growth'],
]));

test('things done per second, minute or hour with no word for what is counted are a speed; a processing time (办理时长) is latency', () => check([
  ['现在系统的检测速度是每分钟六十个，漏检率降到了千分之一以下。', '每分钟六十个', 'throughput', 'things per time'],
  ['現在系統每秒處理200張圖片。', '200張', 'throughput'],
  ['每天处理6万张工单。', '6万张', 'other'],
  ['平均办理时长由5个工作日缩短到半天。', '5个工作日', 'latency', '办理时长'],
  ['平均辦理時長由5個工作日縮短到半天。', '半天', 'latency'],
]));

test('a duration before a change verb does not take it (三个月增长了近2.7倍); fen per thing is a price', () => check([
  ['月活只有380万，三个月增长了近2.7倍。', '近2.7倍', 'growth'],
  ['月活只有380萬，三個月增長了近2.7倍。', '近2.7倍', 'growth'],
  ['每天6万张工单，摊下来只要0.38分/张。', '0.38分/张', 'price', 'fen per thing'],
  ['C-Eval得分82.5分。', '82.5分', 'score'],
]));

test('cut and saving verbs (砍掉, 省电, 能省) make a relative change', () => check([
  ['Qwen-Turbo的输出价格更是直接砍掉一半以上。', '一半以上', 'speedup'],
  ['液冷方案比氣冷省電約3成。', '約3成', 'speedup', '省電'],
  ['年付一般能省15%-20%。', '15%-20%', 'speedup'],
  ['广东省有3成企业已经上云。', '3成', 'other'],
]));

test('a ranked list\'s column measures what the text above says of one of its values; a signed percentage beside it is its change', () => {
  const list = (zh: string) => check([
    [zh, '4870万', 'users', 'list column'],
    [zh, '+11.5%', 'growth', 'list column change'],
  ]);
  list('字节跳动旗下豆包8月月活跃用户数达到1.62亿，环比增长6.8%。\n\n榜单前五名如下：\n1. 豆包（字节跳动）  1.62亿  +6.8%\n2. DeepSeek（深度求索） 9270万  -3.1%\n3. 腾讯元宝（腾讯） 4870万  +11.5%\n');
  list('字節跳動旗下豆包8月月活躍用戶數達到1.62億，環比增長6.8%。\n\n榜單前五名如下：\n1. 豆包（字節跳動）  1.62億  +6.8%\n2. DeepSeek（深度求索） 9270萬  -3.1%\n3. 騰訊元寶（騰訊） 4870萬  +11.5%\n'.replace('4870萬', '4870万'));
  // (a list whose values the text never states with a measure keeps them unnamed)
  check([['榜单前五名如下：\n1. 豆包  1.62亿\n2. DeepSeek  9270万\n3. 腾讯元宝  4870万\n', '4870万', 'other']]);
});

test('a bare amount a period\'s fee or rent leads to (包月一个月一万出头) is a price, its currency unsaid', () => check([
  ['两张 H800 包月一个月一万出头，而我们现在走百炼 API 一个月大概 1.2 万元。', '一万出头', 'price'],
  ['兩張 H800 包月一個月一萬出頭，而我們現在走百煉 API 一個月大概 1.2 萬元。', '一萬出頭', 'price'],
]));

test('an amount set against the year before (是前一年度的3倍以上) has grown, whatever it measures', () => check([
  ['国内至少有9家LLM新创完成募资，合计金额超过40亿元，是前一年度的3倍以上。', '3倍以上', 'growth'],
  ['國內至少有9家LLM新創完成募資，合計金額超過新台幣40億元，是前一年度的3倍以上。', '3倍以上', 'growth'],
]));

test('启用的参数 and 激活的参数 are one cue, nearer than 参数 alone (实际启用的参数则由370亿提高到410亿); 开发者团队数 counts users, not staff', () => check([
  ['DeepSeek-V3.5每个token实际启用的参数则由370亿提高到约410亿。', '370亿', 'activated_parameters', '启用的参数'],
  ['DeepSeek-V3.5每個Token實際啟用的參數則由370億提高到約410億。', '約410億', 'activated_parameters', '啟用的參數'],
  ['讯飞星火 X1 上线后，星火开发者团队数超 100 万。', '超 100 万', 'users', '开发者团队'],
  ['訊飛星火 X1 上線後，星火開發者團隊數超 100 萬。', '超 100 萬', 'users', '開發者團隊'],
]));

test('a total price beside a unit price and a quantity (a tender\'s | 数量 | 单价（元） | 总价（元） |) is a price; 总价 alone may be a budget', () => check([
  ['| 标的名称 | 数量 | 单价（元） | 总价（元） |\n| --- | --- | --- | --- |\n| 推理一体机 | 2台 | 1,150,000.00 | 2,300,000.00 |\n', '2,300,000.00', 'price'],
  ['| 標的名稱 | 數量 | 單價（元） | 總價（元） |\n| --- | --- | --- | --- |\n| 推理一體機 | 2台 | 1,150,000.00 | 2,300,000.00 |\n', '2,300,000.00', 'price'],
  ['总价控制在 1.5w 以内，想买 3090。', '1.5w 以内', 'other'],
  ['售价却控制在8万-10万元/张。', '8万-10万元/张', 'price', '售价'],
]));

test('experts counted as activated (每 token 激活专家数, 激活8个专家) are a count of experts, no activated parameters', () => check([
  ['| 项目 | 数值 |\n| --- | --- |\n| 激活参数量 | 14B |\n| 每 token 激活专家数 | 8 |\n', '8', 'other'],
  ['| 項目 | 數值 |\n| --- | --- |\n| 啟用參數量 | 14B |\n| 每 token 啟用專家數 | 8 |\n', '8', 'other'],
  ['| 项目 | 数值 |\n| --- | --- |\n| 激活参数量 | 14B |\n| 每 token 激活专家数 | 8 |\n', '14B', 'activated_parameters'],
]));

test('an offering\'s proceeds (所得款项净额) are money raised; a score higher by points (比上一代高了十个点, 还差三个点) is a change, no score', () => check([
  ['按发售价中位数计算，本公司估计全球发售所得款项净额约为22.53亿港元。', '22.53亿港元', 'funding'],
  ['按發售價中位數計算，本公司估計全球發售所得款項淨額約為22.53億港元。', '22.53億港元', 'funding'],
  ['在HumanEval上，StarCoder-2是89.6，比上一代高了十个点左右。', '十个点左右', 'speedup', '高了'],
  ['在HumanEval上，StarCoder-2是89.6，比上一代高了十個點左右。', '十個點左右', 'speedup', '高了'],
  ['Qwen2.5-Coder-32B在HumanEval上是92.7，我们还差三个点。', '三个点', 'speedup'],
  ['在HumanEval上，StarCoder-2是89.6。', '89.6', 'score'],
]));

test('a sum to spend for a reward (满¥50,000享9折, 超过10万元的部分享八折) is an offer\'s threshold, no price', () => check([
  ['企业客户单笔预付满¥50,000享9折，满¥200,000享8折。', '¥50,000', 'other', 'threshold'],
  ['企業客戶單筆預付滿¥50,000享9折，滿¥200,000享8折。', '¥200,000', 'other', 'threshold'],
  ['按量消费超过10万元的部分享八折。', '超过10万元', 'other'],
  ['按量消費超過10萬元的部分享八折。', '超過10萬元', 'other'],
  // (a price with a discount after it is still a price)
  ['StarAI-Pro每百万tokens 2元，新用户享五折。', '每百万tokens 2元', 'price'],
]));

test('a sum of money takes no score from a bare number before it (成绩是77.5 … 那个数是275亿元)', () => check([
  ['热门评论\n阿飞：补充一下，Kimi k1.5的AIME成绩是77.5，数学推理不弱　　赞 892\n小猫 回复 @老K：腾讯那个数我记得是275亿元，四舍五入了吧　　赞 316', '275亿元', 'other'],
  ['熱門評論\n阿飛：補充一下，Kimi k1.5的AIME成績是77.5，數學推理不弱　　讚 892\n小貓 回覆 @老K：騰訊那個數我記得是275億元，四捨五入了吧　　讚 316', '275億元', 'other'],
  // (a bare number after a sum is still the sum's measure: 营收为300亿元，利润为50)
  ['StarAI营收为300亿元，海外为50亿。', '50亿', 'revenue'],
]));

test('a rate converted to another currency (60美元/百万tokens，折合人民币四百多块) keeps its denominator', () => {
  const per = (t: string) => analyse(t).figures.map((f) => `${f.text} ${f.attribute} ${f.per ? `${f.per.value}${f.per.unit}` : '-'}`);
  assert.deepEqual(per('o1 是 60美元/百万tokens，折合人民币四百多块。'), ['60美元/百万tokens price 1000000tokens', '四百多块 price 1000000tokens']);
  assert.deepEqual(per('o1 是 60美元/百萬tokens，折合人民幣四百多塊。'), ['60美元/百萬tokens price 1000000tokens', '四百多塊 price 1000000tokens']);
  // (a month's total told as it adds up is per month)
  assert.deepEqual(per('我们每天跑 2000 万 tokens，一个月下来账单才 9000 多块。').slice(1), ['9000 多块 price 1月']);
  assert.deepEqual(per('我們每天跑 2000 萬 tokens，一個月下來帳單才 9000 多塊。').slice(1), ['9000 多塊 price 1月']);
});

test('a rate limit (TPM, RPM, 速率限制) is no throughput', () => check([
  ['| 用户等级 | RPM（次/分钟） | TPM（tokens/分钟） |\n|---|---|---|\n| 免费版 | 3 | 40,000 |\n', '40,000', 'other'],
  ['免费版的TPM上限为每分钟40,000 tokens。', '每分钟40,000 tokens', 'other'],
  ['實測輸出速度約每分鐘40,000 tokens。', '每分鐘40,000 tokens', 'throughput'],
]));

test('a named company\'s share of a total counted just before it (调用量中，火山引擎占比46.4%) is its market share', () => check([
  ['2024年中国公有云大模型调用量中，火山引擎占比46.4%。', '46.4%', 'market_share'],
  ['2024年中國公有雲大模型調用量中，火山引擎佔比46.4%。', '46.4%', 'market_share'],
  ['火山引擎营收中，海外收入占比12%。', '12%', 'other'],
]));

test('a placing price (配售價每股) is a price; a share of the proceeds spent on something (約15%（即…）用於拓展…市場) is no market share', () => check([
  ['配售代理將促使承配人按配售價每股18.60港元認購配售股份。', '每股18.60港元', 'price', 'offer price'],
  ['配售代理将促使承配人按配售价每股18.60港元认购配售股份。', '每股18.60港元', 'price', 'offer price'],
  ['所得款項淨額約15%（即約3.31億港元）用於拓展東南亞及中東市場。', '約15%', 'other', 'use of funds'],
  ['所得款项净额约15%（即约3.31亿港元）将用于拓展东南亚市场。', '约15%', 'other', 'use of funds'],
  // (a share of a market stays one)
  ['星瀚智能在东南亚市场的份额约15%。', '约15%', 'market_share'],
]));

test('a cue past a 、 or a comma that a number follows (2360亿参数、每token仅激活210亿) is the next number\'s', () => check([
  ['Beiming-MoE总共2360亿参数、每token仅激活210亿。', '2360亿参数', 'parameters', 'unit 参数'],
  ['Beiming-MoE總共2360億參數、每token僅激活210億。', '2360億參數', 'parameters', 'unit 参数'],
  ['Beiming-MoE总共2360亿参数、每token仅激活210亿。', '210亿', 'activated_parameters', '激活'],
  // (a cue right after its figure is still its own: 355B总参、32B激活)
  ['GLM-4.5有355B总参、32B激活。', '32B', 'activated_parameters', '激活'],
]));

test('money per tokens is a price, whatever cost it is called (综合成本大概0.6元/百万tokens)', () => check([
  ['现在用X3跑Qwen2.5-72B，综合成本大概0.6元/百万tokens。', '大概0.6元/百万tokens', 'price'],
  ['現在用X3跑Qwen2.5-72B，綜合成本大概0.6元/百萬tokens。', '大概0.6元/百萬tokens', 'price'],
  ['| 方案 | 月均成本 | 单位成本 |\n|---|---|---|\n| 云租 A100 | 18,000 元 | ~20 元/百万 tokens |\n', '~20 元/百万 tokens', 'price'],
]));

test('the points a scoring method gives each part (评标方法：综合评分法。价格分30分) are weights, and a bidder\'s marks no benchmark score', () => check([
  ['1. 评标方法：综合评分法。价格分30分，技术分55分，商务分15分。', '55分', 'other', 'scoring method'],
  ['1. 評標方法：綜合評分法。價格分30分，技術分55分，商務分15分。', '55分', 'other', 'scoring method'],
  ['第一中标候选人综合得分中，价格分28.76分、技术分53.59分。', '53.59分', 'other', '技术分'],
  ['第一中標候選人綜合得分中，價格分28.76分、技術分53.59分。', '53.59分', 'other', '技術分'],
]));

test('a tender\'s next lot and its amount (包1 …；包2 人民币伍万…) measure what the first lot\'s did', () => check([
  ['代理服务收费金额：包1 人民币壹拾捌万伍仟陆佰元整（¥185,600.00）；包2 人民币伍万贰仟叁佰元整（¥52,300.00）。', '伍万贰仟叁佰元整', 'price', 'parallel clause'],
  ['代理服務收費金額：包1 人民幣壹拾捌萬伍仟陸佰元整（¥185,600.00）；包2 人民幣伍萬貳仟叁佰元整（¥52,300.00）。', '伍萬貳仟叁佰元整', 'price', 'parallel clause'],
  ['本项目预算金额：包1 ¥238,000,000.00，包2 ¥42,500,000.00。', '¥42,500,000.00', 'price', 'parallel clause'],
]));

test('a share of a body of data (语料…，其中中文约占四成) is what it is made of, no adoption', () => check([
  ['预训练阶段，该模型共使用了12.5万亿tokens的语料，其中中文约占四成。', '四成', 'other', 'share of data'],
  ['預訓練階段，該模型共使用了12.5萬億tokens的語料，其中中文約佔四成。', '四成', 'other', 'share of data'],
  // (a share of those who use a thing stays theirs)
  ['接入大模型的企业中，使用私有化部署的约占四成。', '四成', 'users'],
]));

test('a price named by its channel (通路价, 黄牛价, 出厂价) is a price, its currency unsaid', () => check([
  ['RTX 4090：新卡通路价6万2，二手还要5万5左右', '6万2', 'price', '通路价'],
  ['RTX 4090：新卡通路價6萬2，二手還要5萬5左右', '6萬2', 'price', '通路價'],
  ['RTX 5090实际根本抢不到，黄牛价喊到10万。', '10万', 'price', '黄牛价'],
]));

test('a benchmark labels the score after its colon, not the one before the next item\'s mark (C-Eval:89.2|CMMLU:90.1)', () => check([
  ['• C-Eval:89.2|CMMLU:90.1|GSM8K:92.7', '89.2', 'score', 'C-Eval'],
  ['• C-Eval:89.2|CMMLU:90.1|GSM8K:92.7', '92.7', 'score', 'GSM8K'],
  ['• C-Eval：89.2｜CMMLU：90.1', '89.2', 'score', 'C-Eval'],
]));

test('a sector\'s venture investment in all (风险投资总额) is money raised: funding', () => check([
  ['2024年全球AI领域风险投资总额约1,000亿美元。', '约1,000亿美元', 'funding', '风险投资总额'],
  ['2024年全球AI領域風險投資總額約1,000億美元。', '約1,000億美元', 'funding', '風險投資總額'],
]));

test('a cache\'s hit rate (缓存命中率) is no accuracy of a system', () => check([
  ['我们做客服场景，缓存命中率稳定在90%左右。', '90%左右', 'other', '缓存命中率'],
  ['我們做客服場景，緩存命中率穩定在90%左右。', '90%左右', 'other', '緩存命中率'],
  ['该系统的识别命中率为97%。', '97%', 'accuracy', '命中率'],
]));

test('a training chip (训练芯片, 訓練晶片) or a team plan (团队版) names no training cost and no staff', () => check([
  ['世芯-KY再拿下一家美系雲端服務供應商新一代AI訓練晶片委託設計案，專案總金額估逾10億美元。', '逾10億美元', 'other'],
  ['该公司拿下新一代AI训练芯片委托设计案，项目总金额估逾10亿美元。', '逾10亿美元', 'other'],
  ['团队版客户的净收入留存率（NRR）达到118%。', '118%', 'other'],
  ['公司研发团队约120人。', '约120人', 'employees', '团队'],
]));

test('labelled items under a heading that names their measure (▍主要云厂商收入同比增速 / · 谷歌云：35%) take the heading\'s measure', () => check([
  ['▍附：主要云厂商最新季度收入同比增速\n\n· 谷歌云：35%\n· 微软Azure：33%\n· 阿里云：７％\n', '35%', 'growth'],
  ['▍附：主要雲廠商最新季度收入同比增速\n\n· 谷歌雲：35%\n· 微軟Azure：33%\n', '33%', 'growth'],
  // (a list under a heading that names no measure stays unknown)
  ['▍附：主要云厂商\n\n· 谷歌云：35%\n· 微软Azure：33%\n', '35%', 'other'],
  // (or under a line that introduces them with a colon and its label, and a copy in figures after each)
  ['四、预算金额：人民币叁亿伍仟万元整，分三个包：\n    包1（算力硬件设备采购）：人民币贰亿陆仟万元整（¥260,000,000.00）；\n    包2（存储设备采购）：人民币伍仟伍佰万元整（¥55,000,000.00）；\n', '贰亿陆仟万元整', 'price'],
  ['四、预算金额：人民币叁亿伍仟万元整，分三个包：\n    包1（算力硬件设备采购）：人民币贰亿陆仟万元整（¥260,000,000.00）；\n    包2（存储设备采购）：人民币伍仟伍佰万元整（¥55,000,000.00）；\n', '¥55,000,000.00', 'price'],
  ['四、預算金額：人民幣叁億伍仟萬元整，分三個包：\n    包1（算力硬件設備採購）：人民幣貳億陸仟萬元整（¥260,000,000.00）；\n', '貳億陸仟萬元整', 'price'],
]));

test('the noun after 的 right after a figure says what it is (约150亿元的投后估值, 128K的上下文), before a cue further back', () => check([
  ['较上一轮融资时约150亿元的投后估值高出一倍。', '约150亿元', 'valuation', '投后估值'],
  ['較上一輪融資時約150億元的投後估值高出一倍。', '約150億元', 'valuation', '投後估值'],
  ['年度调用量约300亿tokens，其中约50亿tokens的训练数据来自合作方。', '约50亿tokens', 'training_tokens', '训练数据'],
]));

test('a round\'s money (本轮5亿美元, 该轮实际到账10.2亿美元) is funding; 投后 alone is a valuation (定价为投后42亿美元)', () => check([
  ['据悉，本轮5亿美元将主要用于采购算力。', '5亿美元', 'funding', '本轮'],
  ['據悉，本輪5億美元將主要用於採購算力。', '5億美元', 'funding', '本輪'],
  ['据财新了解，该轮实际到账10.2亿美元。', '10.2亿美元', 'funding', '实际到账'],
  ['最终定价为投后42亿美元。', '42亿美元', 'valuation', '投后'],
  ['較B+輪33億美元（以當前匯率約合人民幣240億元）的估值上漲約27%。', '33億美元', 'valuation', '估值'],
  // (a round written with a space, as web text spaces Latin from Chinese, and one round alone: 单轮)
  ['💰 2. 百川智能：A 轮 50 亿元，阿里巴巴、腾讯联合出手', '50 亿元', 'funding', 'A 轮'],
  ['Anthropic 完成 35 億美元 E 輪', '35 億美元', 'funding', 'E 輪'],
  ['银河通用：单轮 7 亿元，具身智能又一大单', '7 亿元', 'funding', '单轮'],
]));

test('a signed percentage in brackets right after a business\'s amount (总收入：37.72亿元（+10.8%）) is its growth', () => {
  for (const text of ['业绩摘要\n.总收入：37.72亿元（+10.8%）\n', '業績摘要\n.總收入：37.72億元（+10.8%）\n']) {
    const f = analyse(text).figures.find((x) => x.text.includes('10.8'));
    assert.equal(f?.attribute, 'growth', text);
  }
  // (a percentage in brackets without a sign is a share, left as it was read)
  assert.notEqual(analyse('总收入：37.72亿元（占比65%）').figures.find((x) => x.text === '65%')?.attribute, 'growth');
});

test('a bare count of 亿 said of a model (AndesGPT端侧有70亿) is its size; 万亿 is left alone (more often tokens)', () => {
  for (const text of ['OPPO的AndesGPT端侧有70亿，是这几个里最大的。', 'OPPO的AndesGPT端側有70億，是這幾個裡最大的。']) {
    assert.equal(analyse(text).figures.find((f) => f.text.startsWith('70'))?.attribute, 'parameters', text);
  }
  assert.notEqual(analyse('Llama 3 70B的训练数据超过15万亿。').figures.find((f) => f.text.includes('15万亿'))?.attribute, 'parameters');
});

test('cue words in English, as a bilingual release writes them, decide as their Chinese counterparts do', () => check([
  ['StepFun has more than 600 employees.', 'more than 600', 'employees', 'employees'],
  ['OpenAI raised $40 billion in March.', '$40 billion', 'funding', 'raised'],
  ['The round values OpenAI at a $300 billion valuation.', '$300 billion', 'valuation', 'valuation'],
  ['ChatGPT now has 800 million weekly active users.', '800 million', 'users', 'weekly active users'],
  ['Step-3.5 was trained on 22 trillion tokens.', '22 trillion tokens', 'training_tokens', 'trained on'],
  ['NetEase Youdao reported revenue of RMB 5.6 billion.', 'RMB 5.6 billion', 'revenue', 'revenue'],
]));

test('净收入 is the net revenue a results release reports (a company listed in the US writes its revenue so), no profit', () => check([
  ['网易有道2024年净收入56.3亿元，同比增长6%。', '56.3亿元', 'revenue', '净收入'],
  ['網易有道2024年淨收入56.3億元，按年增長6%。', '56.3億元', 'revenue', '淨收入'],
  ['网易有道2024年净利润1.2亿元。', '1.2亿元', 'other', '净利润'],
]));

test('a broker\'s pct is percentage points; a table\'s 变化 column is a change; a 最大序列长度 column is a context length', () => {
  check([
    ['公司毛利率为42.1%，同比+3.5pct。', '+3.5pct', 'other', '毛利率'],
    ['| 厂商 | 2023年份额 | 2024年份额 | 变化 |\n|---|---|---|---|\n| 阿里云 | 17.9% | 21.4% | +3.5pct |\n', '+3.5pct', 'growth', 'table column 变化'],
    ['| 廠商 | 2023年份額 | 2024年份額 | 變化 |\n|---|---|---|---|\n| 阿里雲 | 17.9% | 21.4% | +3.5pct |\n', '+3.5pct', 'growth', 'table column 變化'],
    ['| 模型 | 类型 | 最大序列长度 |\n|:--|:--|:--|\n| GLM-4-9B-Chat | Chat | 128K |\n', '128K', 'context_length', 'table column 最大序列长度'],
    ['| 模型 | 類型 | 最大序列長度 |\n|:--|:--|:--|\n| GLM-4-9B-Chat | Chat | 128K |\n', '128K', 'context_length', 'table column 最大序列長度'],
  ]);
  assert.equal(analyse('公司毛利率为42.1%，同比+3.5pct。').figures.find((f) => f.text === '+3.5pct')?.unit, 'pp');
});

test('names listed with 、 before 分别占 go on the list the clause before began (以46.4%的份额排名第一，A、B分别占19.6%和19.1%)', () => check([
  ['其中，火山引擎以46.4%的份额排名第一，阿里云、百度智能云分别占19.6%和19.1%。', '19.6%', 'market_share', 'parallel clause'],
  ['其中，火山引擎以46.4%的份額排名第一，阿里雲、百度智能雲分別佔19.6%和19.1%。', '19.1%', 'market_share', 'parallel clause'],
]));

test('a clip\'s length (时长：单段5秒) and a battery\'s life (续航8小时) are no latency; a response time (响应时长2秒) is', () => check([
  ['可灵 1.6\n· 时长：单段5秒或10秒', '10秒', 'other', '单段'],
  ['可靈 1.6\n· 時長：單段5秒或10秒', '5秒', 'other'],
  ['小度AI眼镜续航8小时。', '8小时', 'other', '续航'],
  ['客服机器人平均响应时长2秒。', '2秒', 'latency', '响应时长'],
  ['客服機器人平均響應時長2秒。', '2秒', 'latency'],
]));

test('a column of a data centre\'s efficiency (平均PUE) measures nothing of the vocabulary, whatever unit or measure the table\'s caption declares', () => check([
  ['各省算力规模（单位：EFLOPS）\n\n| 省份 | 算力总规模 | 平均PUE |\n|---|---|---|\n| 广东 | 32.5 | 1.31 |\n| 江苏 | 25.1 | 1.29 |\n', '1.31', 'other', 'table column 平均PUE'],
  ['各省算力規模（單位：EFLOPS）\n\n| 省份 | 算力總規模 | 平均PUE |\n|---|---|---|\n| 廣東 | 32.5 | 1.31 |\n| 江蘇 | 25.1 | 1.29 |\n', '1.29', 'other'],
  ['各省算力规模（单位：EFLOPS）\n\n| 省份 | 算力总规模 | 平均PUE |\n|---|---|---|\n| 广东 | 32.5 | 1.31 |\n', '32.5', 'compute'],
]));

test('what an investor puts into a round (在本轮中出资约2.5亿美元) is funding; capital put into anything else (出资50亿元建设) is not', () => check([
  ['据知情人士透露，阿里巴巴在本轮中出资约2.5亿美元，占本轮总额四成以上。', '约2.5亿美元', 'funding', '出资'],
  ['據知情人士透露，阿里巴巴在本輪中出資約2.5億美元，佔本輪總額四成以上。', '約2.5億美元', 'funding', '出資'],
  ['市政府出资50亿元建设智算中心。', '50亿元', 'other'],
]));
