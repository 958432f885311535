// Specification of entity recognition (issue 2, section 3; corpus GUIDELINES "Kinds"):
// names in simplified, traditional and English forms, word boundaries, versions, 大模型 in
// the span, names the knowledge base lacks, context aliases, vendor + product splits.
//
// `has`: mentions that must be found, compared on text (original offsets), entityId and, where
// given, kind, via and vendorId. `not`: entity ids that must not be found at all.
// Cases marked `todo` state what the spec wants and the engine does not do yet.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { EntityKind, EntityMention, MentionSource } from '../../server/src/analysis/types.ts';
import { analyse } from '../helpers/engine.ts';

interface Mention {
  /** The span's text, or the acceptable spans when the spec allows more than one (苹果 / 苹果公司). */
  text: string | string[];
  /** An exact id, or a test for ids the engine derives (versions and names the knowledge base lacks). */
  entityId: string | ((id: string) => boolean);
  kind?: EntityKind;
  via?: MentionSource;
  vendorId?: string;
}

interface Case {
  input: string;
  has?: Mention[];
  not?: string[];
  /** Of this kind, exactly these texts (in order) and nothing else. */
  only?: { kind: EntityKind; texts: string[] };
  todo?: string;
}

const m = (text: Mention['text'], entityId: Mention['entityId'], extra: Omit<Mention, 'text' | 'entityId'> = {}): Mention => ({ text, entityId, ...extra });

function matches(e: EntityMention, want: Mention): boolean {
  if (typeof want.text === 'string' ? e.text !== want.text : !want.text.includes(e.text)) return false;
  if (typeof want.entityId === 'string' ? e.entityId !== want.entityId : !want.entityId(e.entityId)) return false;
  if (want.kind && e.kind !== want.kind) return false;
  if (want.via && e.via !== want.via) return false;
  if (want.vendorId && e.vendorId !== want.vendorId) return false;
  return true;
}

const show = (es: readonly EntityMention[]) =>
  es.map((e) => `${e.text}=${e.entityId}(${e.kind},${e.via}${e.vendorId ? ',' + e.vendorId : ''})`).join('; ') || '(none)';

function check(c: Case) {
  const got = analyse(c.input).entities;
  for (const e of got) assert.equal(e.text, c.input.slice(e.start, e.end), 'an entity text is its span of the original');
  for (const want of c.has ?? []) {
    assert.ok(got.some((e) => matches(e, want)), `expected ${[want.text].flat().join(' or ')} → ${typeof want.entityId === 'string' ? want.entityId : 'a derived id'}; found ${show(got)}`);
  }
  for (const id of c.not ?? []) {
    assert.ok(!got.some((e) => e.entityId === id), `${id} must not be found; found ${show(got)}`);
  }
  if (c.only) {
    assert.deepEqual(got.filter((e) => e.kind === c.only!.kind).map((e) => e.text), c.only.texts);
  }
}

function run(title: string, cases: Case[]) {
  describe(title, () => {
    for (const c of cases) {
      const what = [...(c.has ?? []).map((h) => [h.text].flat().join('/')), ...(c.not ?? []).map((n) => `not ${n}`)].join(', ');
      test(`${c.input} → ${what || (c.only ? c.only.texts.join(', ') || `no ${c.only.kind}` : '')}`, c.todo ? { todo: c.todo } : {}, () => check(c));
    }
  });
}

/** A derived id for a version of `family` that is not the family itself. */
const versionOf = (family: string) => (id: string) => id !== family && id.startsWith(family + '-');
const derivedModel = (id: string) => id.startsWith('model:');
const derivedVendor = (id: string) => id.startsWith('vendor:');
const derivedProduct = (id: string) => id.startsWith('product:');

run('one entity, every written form', [
  { input: '华为发布了新一代AI芯片', has: [m('华为', 'vendor:huawei', { kind: 'vendor', via: 'knowledge' })] },
  { input: '華為發布了新一代AI晶片', has: [m('華為', 'vendor:huawei', { kind: 'vendor' })] },
  { input: 'Huawei发布了新一代AI芯片', has: [m('Huawei', 'vendor:huawei', { kind: 'vendor' })] },
  { input: '百度推出了文心一言', has: [m('百度', 'vendor:baidu'), m('文心一言', 'model:ernie-bot', { kind: 'model', vendorId: 'vendor:baidu' })] },
  { input: 'Baidu发布了ERNIE 4.0', has: [m('Baidu', 'vendor:baidu'), m('ERNIE 4.0', 'model:wenxin-4.0', { kind: 'model' })] },
  { input: '腾讯、騰訊和Tencent说的是同一家公司', has: [m('腾讯', 'vendor:tencent'), m('騰訊', 'vendor:tencent'), m('Tencent', 'vendor:tencent')] },
  { input: '阿里巴巴（Alibaba）发布了通义千问', has: [m('阿里巴巴', 'vendor:alibaba'), m('Alibaba', 'vendor:alibaba'), m('通义千问', 'model:qwen')] },
  { input: '通義千問和Qwen是同一个模型', has: [m('通義千問', 'model:qwen'), m('Qwen', 'model:qwen')] },
  { input: '盤古大模型又稱Pangu', has: [m('盤古大模型', 'model:pangu'), m('Pangu', 'model:pangu')] },
  { input: '字節跳動推出了豆包大模型', has: [m('字節跳動', 'vendor:bytedance'), m('豆包大模型', 'model:doubao', { vendorId: 'vendor:bytedance' })] },
  { input: '科大訊飛發布了訊飛星火', has: [m('科大訊飛', 'vendor:iflytek'), m('訊飛星火', 'model:spark')] },
  { input: 'OpenAI发布了ChatGPT', has: [m('OpenAI', 'vendor:openai'), m('ChatGPT', 'model:chatgpt', { vendorId: 'vendor:openai' })] },
  { input: '谷歌（Google）推出了Gemini', has: [m('谷歌', 'vendor:google'), m('Google', 'vendor:google')] },
  { input: '蘋果公司推出了Apple Intelligence', has: [m(['蘋果', '蘋果公司'], 'vendor:apple'), m('Apple Intelligence', 'model:apple-intelligence')] },
  { input: '華為聯(lián)手百度發布新品', has: [m('華為', 'vendor:huawei'), m('百度', 'vendor:baidu')] },
  { input: '訊(xùn)飛星火正式發布', has: [m('訊(xùn)飛星火', 'model:spark')] },
  { input: 'HUAWEI发布会即将举行', has: [m('HUAWEI', 'vendor:huawei')] },
  { input: '月之暗面推出了Kimi', has: [m('月之暗面', 'vendor:moonshot'), m('Kimi', 'model:kimi', { vendorId: 'vendor:moonshot' })] },
  { input: '智谱发布了GLM-4', has: [m('智谱', 'vendor:zhipu'), m('GLM-4', 'model:glm-4')] },
  { input: '零一万物开源了Yi-34B', has: [m('零一万物', 'vendor:01ai'), m('Yi-34B', 'model:yi-34b')] },
  { input: '华为云盘古大模型服务千行百业', has: [m('华为云', 'vendor:huawei-cloud'), m('盘古大模型', 'model:pangu')] },
  { input: '华为云上线了新服务', has: [m('华为云', 'vendor:huawei-cloud')], not: ['vendor:huawei'] },
]);

run('word boundaries and names that are ordinary words', [
  { input: '他们倡导中华为民、天下为公的理念', not: ['vendor:huawei'] },
  { input: '盘古开天地是中国古代神话', not: ['model:pangu'] },
  { input: '遇到不懂的问题可以百度一下', not: ['vendor:baidu'] },
  { input: '我每天都吃苹果', not: ['vendor:apple'] },
  { input: '早餐喝了一碗小米粥', not: ['vendor:xiaomi'] },
  // (a Latin name that is also an English word, written in lower case, is the word: runway, perplexity, cursor)
  { input: '按当前 burn 的 runway 约 27 个月，模型的 perplexity 降到 5.2，用 cursor 选中这一行。', not: ['vendor:runway', 'vendor:perplexity', 'product:cursor'] },
  { input: 'Runway发布了新模型，Perplexity完成新一轮融资，Cursor的收入翻倍。', has: [m('Runway', 'vendor:runway'), m('Perplexity', 'vendor:perplexity'), m('Cursor', 'product:cursor')] },
  { input: '车队新增可用于训练的clip约450万段。OpenAI的CLIP模型早已开源。', only: { kind: 'model', texts: ['CLIP'] } },
  // (a company whose name is a word is one in a funding sentence, not in a product's name: Magic在去年8月融资, 荣耀Magic7)
  { input: '开发Devin的Cognition去年估值达到20亿美元；Magic在去年8月融资3.2亿美元；Poolside则筹集了5亿美元。', only: { kind: 'vendor', texts: ['Cognition', 'Magic', 'Poolside'] } },
  { input: '荣耀Magic7 Pro售价5699元，Magic UI也升级了。', not: ['vendor:magic'] },
  // (a kind of model that begins a table's name, Embedding of Embedding-3, is no brand: Embedding 模型 is any of them)
  { input: '## Embedding 模型价格对比\n\n| 模型 | 厂商 | 价格 |\n|---|---|---|\n| Embedding-3 | 智谱 | 0.5元/百万tokens |\n| bge-m3 | 智源 | 开源 |', only: { kind: 'model', texts: ['Embedding-3', 'bge-m3'] } },
  { input: '每个字节包含8个比特', not: ['vendor:bytedance'] },
  { input: '新技术呈星火燎原之势', not: ['model:spark'] },
  { input: 'OpenAIX是一家虚构的公司', not: ['vendor:openai'] },
  { input: '这台工作站配备了A1000显卡', not: ['product:a100'] },
  { input: '训练使用了A100显卡', has: [m('A100', 'product:a100', { kind: 'product' })] },
  { input: 'Metaverse概念股集体大涨', not: ['vendor:meta'] },
  { input: 'GPT-4o的响应更快', has: [m('GPT-4o', 'model:gpt-4o')], not: ['model:gpt-4'] },
]);

run('context aliases', [
  { input: '苹果、华为、小米等手机厂商都在布局大模型', has: [m('苹果', 'vendor:apple'), m('华为', 'vendor:huawei'), m('小米', 'vendor:xiaomi')] },
  { input: '苹果公司发布了新款iPhone', has: [m(['苹果', '苹果公司'], 'vendor:apple')] },
  { input: '苹果的CEO库克表示将加大AI投入', has: [m('苹果', 'vendor:apple')] },
  { input: '这个季节的苹果又甜又脆', not: ['vendor:apple'] },
  { input: '其中，小米的AI眼镜单品销量突破10万副', has: [m('小米', 'vendor:xiaomi')] },
  { input: '小米接入了自研的MiLM', has: [m('小米', 'vendor:xiaomi')] },
  { input: '并和吉利汽车合作开发智能座舱助手', has: [m('吉利汽车', 'vendor:geely')] },
  { input: '祝大家新年吉利', not: ['vendor:geely'] },
  { input: 'MIT的研究人员发现', has: [m('MIT', 'vendor:mit')] },
  { input: '斯坦福、MIT和清华的团队', has: [m('MIT', 'vendor:mit')] },
  { input: '| GLM-4.5 | 智谱 | 355B | MIT |', not: ['vendor:mit'] },
  { input: '權重採用修改版MIT授權', not: ['vendor:mit'] },
  { input: '其中，小米的AI眼鏡單品銷量突破10萬副', has: [m('小米', 'vendor:xiaomi')] },
  { input: '讯飞星火发布后，星火的用户数快速增长', has: [m('讯飞星火', 'model:spark'), m('星火', 'model:spark')] },
  // written right after its maker's name (的, 旗下) it is that maker's product
  { input: '阿里巴巴的夸克月活1.48亿', has: [m('夸克', 'product:quark')] },
  { input: '阿里巴巴旗下夸克月活躍用戶達1.48億', has: [m('夸克', 'product:quark')] },
  { input: '阿里巴巴发布财报。物理学家发现了新的夸克', not: ['product:quark'] },
  // listed beside another name, each with its value in brackets
  { input: '落后于 豆包（8100万）和 DeepSeek（6180万）', has: [m('豆包', 'model:doubao')] },
  { input: '我买了苹果（5元）和豆包（3元）', not: ['model:doubao', 'vendor:apple'] },
]);

run('versions attached to a known family', [
  { input: '华为发布了盘古3.0', has: [m('盘古3.0', 'model:pangu-3.0', { vendorId: 'vendor:huawei' })] },
  { input: 'OpenAI推出了GPT-4o', has: [m('GPT-4o', 'model:gpt-4o')] },
  { input: '国内厂商纷纷对标GPT4.0', has: [m('GPT4.0', 'model:gpt-4')] },
  { input: '阿里开源了Qwen2.5-72B', has: [m('Qwen2.5-72B', 'model:qwen2.5-72b', { vendorId: 'vendor:alibaba-cloud' })] },
  { input: '百度发布了文心大模型3.5', has: [m('文心大模型3.5', 'model:wenxin-3.5')] },
  { input: '讯飞星火V3.5正式发布', has: [m('讯飞星火V3.5', 'model:spark-3.5')] },
  { input: 'Claude 3.5 Sonnet的代码能力很强', has: [m('Claude 3.5 Sonnet', 'model:claude-3.5-sonnet')] },
  { input: '盘古4.0即将发布', has: [m('盘古4.0', versionOf('model:pangu'), { kind: 'model', via: 'version', vendorId: 'vendor:huawei' })] },
  { input: '业界期待GPT-6的到来', has: [m('GPT-6', versionOf('model:gpt'), { kind: 'model', via: 'version', vendorId: 'vendor:openai' })] },
  // (a known Latin name, a space and a small version: that version, one mention; not before a quantity or a grouped number)
  { input: '鴻海宣布第二代模型 FoxBrain 2 正式開源', has: [m('FoxBrain 2', 'model:foxbrain 2', { kind: 'model', vendorId: 'vendor:foxconn' })] },
  { input: '鸿海的FoxBrain 2个版本都开源了', has: [m('FoxBrain', 'model:foxbrain')] },
]);

run('a family\'s name and words that only describe a model (新一代旗舰模型, 衍生模型) are the family, no model of their own', [
  { input: '阿里同日宣布通義千問新一代旗艦模型Qwen3.6-Max將於下月上線。', only: { kind: 'model', texts: ['通義千問', 'Qwen3.6-Max'] } },
  { input: '基于通义千问衍生模型的应用超过10万个。', only: { kind: 'model', texts: ['通义千问'] } },
  // (a name's own words stay: 豆包视觉理解模型)
  { input: '豆包视觉理解模型价格为3元。', only: { kind: 'model', texts: ['豆包视觉理解模型'] } },
]);

run('a Chinese name, a hyphen and a number after 最新 or before its parameters is a model (最新的灵枢-2, 灵枢-2总参数量), never a minus', [
  { input: '最新的灵枢-2总参数量为70亿。', only: { kind: 'model', texts: ['灵枢-2'] } },
  { input: '最新的靈樞-2總參數量為70億。', only: { kind: 'model', texts: ['靈樞-2'] } },
]);

run('a Latin name right after its company\'s kind of product and 其 (其Agent平台AskXBOT) is a product', [
  { input: '公司签约金额约8,600万元；其Agent平台Lumora完成复杂任务的平均耗时缩短至6分钟。', only: { kind: 'product', texts: ['Lumora'] } },
  { input: '公司簽約金額約8,600萬元；其Agent平台Lumora完成複雜任務的平均耗時縮短至6分鐘。', only: { kind: 'product', texts: ['Lumora'] } },
  // (其中 is no 其: 其中产品Pro… names nothing)
  { input: '其中产品Pro版本售价99元。', only: { kind: 'product', texts: [] } },
]);

run('a name in quotes before a cluster\'s or a computing centre\'s word (“擎天-Ⅱ”万卡AI集群) is that facility, a Roman numeral in it too', [
  { input: '云擎智算“擎天-Ⅱ”万卡AI集群正式投产，单集群算力达12 EFLOPS。', only: { kind: 'product', texts: ['擎天-Ⅱ'] } },
  { input: '雲擎智算「擎天-Ⅱ」萬卡AI集群正式投產，單集群算力達12 EFLOPS。', only: { kind: 'product', texts: ['擎天-Ⅱ'] } },
  { input: '北辰科技的“北辰一号”智算中心今日启用。', only: { kind: 'product', texts: ['北辰一号'] } },
]);

run('a code before a chip\'s own part (A18 Pro的神经网络引擎) is the chip', [
  { input: 'A18 Pro的神经网络引擎算力为35 TOPS。', only: { kind: 'product', texts: ['A18 Pro'] } },
  { input: 'A18 Pro的神經網路引擎算力為35 TOPS。', only: { kind: 'product', texts: ['A18 Pro'] } },
]);

run('a quoted Latin name with its version right after 模型 (筛查模型「ClearLung 3.0」) is a model\'s name by its form', [
  { input: '公司的肺结节筛查模型「NodScan 2.5」将漏诊率降至1.1%。', only: { kind: 'model', texts: ['NodScan 2.5'] } },
  { input: '公司嘅肺結節篩查模型「NodScan 2.5」將漏診率降至1.1%。', only: { kind: 'model', texts: ['NodScan 2.5'] } },
  // (a quoted word with no version is no name by its form: 模型“Transformer”)
  { input: '这一代模型“Transformer”架构依旧。', only: { kind: 'model', texts: [] } },
]);

run('a known company\'s name, AI and a wearable\'s word is its device (小米AI眼镜 Pro), no mention of the company', [
  { input: '第一款是小米AI眼镜 Pro，售价1999元。', only: { kind: 'product', texts: ['小米AI眼镜 Pro'] } },
  { input: '第一款是小米AI眼鏡 Pro，售價1999元。', only: { kind: 'product', texts: ['小米AI眼鏡 Pro'] } },
  { input: '华为智能手表的续航提升了。', only: { kind: 'product', texts: ['华为智能手表'] } },
  // (after 的, the device its own mention after the maker's, with a code of its own: 科大讯飞的AI学习机T20 Pro)
  { input: '先上1号链接，科大讯飞的AI学习机T20 Pro，就是我手上这台。', has: [m('科大讯飞', 'vendor:iflytek')], only: { kind: 'product', texts: ['AI学习机T20 Pro'] } },
  { input: '先上1號鏈接，科大訊飛的AI學習機T20 Pro，就是我手上這台。', has: [m('科大訊飛', 'vendor:iflytek')], only: { kind: 'product', texts: ['AI學習機T20 Pro'] } },
]);

run('大模型 belongs to the span when it is part of the name', [
  { input: '华为发布了盘古3.0大模型', has: [m('盘古3.0大模型', 'model:pangu-3.0')] },
  { input: '腾讯的HunYuan大模型开放测试', has: [m('HunYuan大模型', 'model:hunyuan')] },
  { input: '盘古气象大模型登上了Nature', has: [m('盘古气象大模型', 'model:pangu-weather')] },
  { input: '文心大模型已经迭代多次', has: [m('文心大模型', 'model:wenxin')] },
  { input: '华为将推出盘古4.0大模型', has: [m('盘古4.0大模型', versionOf('model:pangu'), { via: 'version' })] },
]);

run('names the knowledge base lacks, by pattern', [
  { input: '彭博推出了BloombergGPT', has: [m('彭博', 'vendor:bloomberg'), m('BloombergGPT', 'model:bloomberggpt', { vendorId: 'vendor:bloomberg' })] },
  { input: '开源社区发布了FinGPT', has: [m('FinGPT', 'model:fingpt')] },
  { input: '研究团队发布了MedicoGPT', has: [m('MedicoGPT', derivedModel, { kind: 'model', via: 'pattern' })] },
  { input: '开源社区发布了Lingxi-7B', has: [m('Lingxi-7B', derivedModel, { kind: 'model', via: 'pattern' })] },
  { input: '某团队推出了Vega大模型', has: [m('Vega大模型', derivedModel, { kind: 'model', via: 'pattern' })] },
  {
    input: '华为天穹大模型正式亮相',
    has: [m('华为天穹大模型', derivedModel, { kind: 'model', via: 'pattern', vendorId: 'vendor:huawei' })],
  },
  { input: '衔远科技发布了新产品', has: [m('衔远科技', derivedVendor, { kind: 'vendor', via: 'pattern' })] },
  { input: '华彩集团宣布进军人工智能', has: [m('华彩集团', derivedVendor, { kind: 'vendor', via: 'pattern' })] },
  { input: '各大科技企业纷纷入局', only: { kind: 'vendor', texts: [] } },
  { input: '国内科技巨头加大了投入', only: { kind: 'vendor', texts: [] } },
  // (a kind of robot or of lab is no company: 聊天机器人, 客服机器人, AI Lab)
  { input: '之前偷偷用過一陣子網頁版的聊天機器人，效率大概提升三成。', only: { kind: 'vendor', texts: [] } },
  { input: '银行上线了客服机器人，人工坐席减少三成。', only: { kind: 'vendor', texts: [] } },
  { input: '最后两年我负责整个AI Lab，手上管着大概六百张A100。', only: { kind: 'vendor', texts: [] } },
  // (nor a category, 创意类公司, whatever company 创意 may stand for; nor what many do at once, 厂商密集发布)
  { input: '办公、教育、创意类公司的AI付费开始跑通。', only: { kind: 'vendor', texts: [] } },
  { input: '這也是今年國內大模型廠商密集發布季中備受關注的一場。', only: { kind: 'vendor', texts: [] } },
  { input: '这也是今年国内大模型厂商密集发布季中备受关注的一场。', only: { kind: 'vendor', texts: [] } },
  // (nor a Hong Kong share class after its company's hyphen: 百度集團-SW（09888）)
  { input: '百度集團-SW（09888）昨晚公布第二季業績。', only: { kind: 'vendor', texts: ['百度集團'] } },
  { input: '商汤集团-W（00020）昨晚公布业绩。', only: { kind: 'vendor', texts: ['商汤集团'] } },
  { input: '通用大模型和行业大模型各有所长', only: { kind: 'model', texts: [] } },
]);

run('a product after its vendor is two mentions', [
  { input: '百度千帆平台接入了多个模型', has: [m('百度', 'vendor:baidu', { kind: 'vendor' }), m('千帆', 'product:qianfan', { kind: 'product' })] },
  { input: '讯飞火石平台正式上线', has: [m('讯飞', 'vendor:iflytek', { kind: 'vendor' }), m('火石平台', 'product:huoshi', { kind: 'product' })] },
  { input: '阿里云百炼提供模型服务', has: [m('阿里云', 'vendor:alibaba-cloud', { kind: 'vendor' }), m('百炼', 'product:bailian', { kind: 'product' })] },
]);

run('names the knowledge base lacks, more forms', [
  { input: '星尘智能发布了通用机器人大模型StarDust-1。', has: [m('StarDust-1', (id) => id.startsWith('model:'), { kind: 'model', via: 'pattern' })] },
  { input: '灵犀机器人发布了新一代人形机器人。', has: [m('灵犀机器人', (id) => id.startsWith('vendor:'), { kind: 'vendor', via: 'pattern' })], only: { kind: 'vendor', texts: ['灵犀机器人'] } },
  { input: '在MMLU上，Llama-3-8B得分66.6。', has: [m('Llama-3-8B', (id) => id === 'model:llama-3-8b' || id.startsWith('model:llama-3'), { kind: 'model' })] },
]);

run('sizes after a model name', [
  { input: '阿里发布Qwen2.5-Coder-32B，性能接近GPT-4o。', has: [m('Qwen2.5-Coder-32B', (id) => id.startsWith('model:qwen2.5-coder'), { kind: 'model' })] },
]);

run('a model name keeps its version, size and variant', [
  { input: '百度发布文心一言4.0。', only: { kind: 'model', texts: ['文心一言4.0'] } },
  { input: '高速版Kimi K2 Thinking Turbo的输出价格更高。', only: { kind: 'model', texts: ['Kimi K2 Thinking Turbo'] } },
]);

run('a company\'s name, a hyphen and a version is its model, never the company and a number -3', [
  { input: '澜舟科技今日发布澜舟-3大模型，总参数为3200亿。', only: { kind: 'model', texts: ['澜舟-3'] } },
  { input: '瀾舟科技今日發布瀾舟-3大模型，總參數為3200億。', only: { kind: 'model', texts: ['瀾舟-3'] } },
  { input: '澜舟-2.5模型的上下文为128K。', only: { kind: 'model', texts: ['澜舟-2.5'] } },
  { input: '澜舟今年营收同比-3%。', only: { kind: 'model', texts: [] } },
  // (…or a field and 大模型 after the hyphen: 极光-金融大模型 of 极光智算)
  { input: '极光智算创始人说，我们的极光-金融大模型上线一年多，极光的客户很多。', only: { kind: 'model', texts: ['极光-金融大模型'] } },
  { input: '極光智算創始人說，我們的極光-金融大模型上線一年多，極光的客戶很多。', only: { kind: 'model', texts: ['極光-金融大模型'] } },
  { input: '极光智算创始人说，极光-北京团队今年扩张。', only: { kind: 'model', texts: [] } },
]);

run('right after a launch verb, a brand and a hyphen name a model whatever the tagger guesses of the brand (发布了启衡-MoE-A3B)', [
  { input: '启衡实验室近日发布了启衡-MoE-A3B的技术报告。', only: { kind: 'model', texts: ['启衡-MoE-A3B'] } },
  { input: '啟衡實驗室近日發布了啟衡-2。', only: { kind: 'model', texts: ['啟衡-2'] } },
  { input: '启衡实验室近日发布了启衡-2。', only: { kind: 'vendor', texts: ['启衡实验室'] } },
  { input: '今年营收同比-5%。', only: { kind: 'model', texts: [] } },
]);

run('a brand and a number after a hyphen, then what only a model does or has (曜光-2开源, 曜光-2的参数), whatever the tagger cuts', [
  { input: '去年曜光-2开源那会儿在圈里刷屏了一阵子。', only: { kind: 'model', texts: ['曜光-2'] } },
  { input: '曜光-2的參數三千億左右。', only: { kind: 'model', texts: ['曜光-2'] } },
  { input: '京-4号线今年开通，北京-2的站点已开工。', only: { kind: 'model', texts: [] } },
]);

run('a chip\'s code with a hyphen after what it is; an AI assistant\'s name in quotes, not an office tool\'s', [
  { input: '芯川科技的首款推理芯片CX-1算力达256 TOPS。', only: { kind: 'product', texts: ['CX-1'] } },
  { input: '公司旗下AI写作助手“语澜笔记”注册用户突破800万。', only: { kind: 'model', texts: ['语澜笔记'] } },
  { input: '内部办公助手“小智”接入了OA和邮件系统。', only: { kind: 'model', texts: [] } },
  { input: '百度旗下AI学习产品“小度伴学”月活突破1.2亿。', only: { kind: 'model', texts: ['小度伴学'] } },
  { input: '百度旗下AI學習產品「小度伴學」月活突破1.2億。', only: { kind: 'model', texts: ['小度伴學'] } },
  { input: '主力是推理卡曜光S2，单卡算力512 TOPS。', only: { kind: 'product', texts: ['曜光S2'] } },
  { input: '主力是推理卡曜光S2，單卡算力512 TOPS。', only: { kind: 'product', texts: ['曜光S2'] } },
]);

run('a known Chinese family, a hyphen and a version is one model (豆包-1.6-pro, 豆包-1.6); a year after the hyphen is none', [
  { input: '| 豆包-1.6-pro | 字节跳动 | 0.8元/百万tokens |', only: { kind: 'model', texts: ['豆包-1.6-pro'] } },
  { input: '豆包-1.6的输入价格为0.8元/百万tokens。', only: { kind: 'model', texts: ['豆包-1.6'] } },
  { input: '豆包-1.6-pro的輸入價格為0.8元/百萬tokens。', only: { kind: 'model', texts: ['豆包-1.6-pro'] } },
  { input: '混元-2024年度报告显示用户增长。', only: { kind: 'model', texts: ['混元'] } },
]);

run('a name in quotes that ends with 大模型 (and a version) is a model; a kind of model in quotes is not', [
  { input: '由省属企业华擎数科研发的“华擎政务大模型3.0”已在16个地市上线。', only: { kind: 'model', texts: ['华擎政务大模型3.0'] } },
  { input: '由省屬企業華擎數科研發的「華擎政務大模型3.0」已在16個地市上線。', only: { kind: 'model', texts: ['華擎政務大模型3.0'] } },
  { input: '由省属企业华擎数科研发的“华擎政务大模型3.0”已在16个地市上线。', only: { kind: 'vendor', texts: ['华擎数科'] } },
  { input: '“政务大模型”和“行业大模型”正在各地落地。', only: { kind: 'model', texts: [] } },
  { input: '各界的疑问已经从“有沒有大模型”转变为如何用好。', only: { kind: 'model', texts: [] } },
]);

run('a model its company made itself, quoted right after the word (自研的具身大模型“擎天-VLA”), is a model; an epithet after 大模型 is none', [
  { input: '该公司自研的具身大模型“擎天-VLA”参数规模为70亿。', only: { kind: 'model', texts: ['擎天-VLA'] } },
  { input: '其基于自研医疗大模型“衡知·明鉴”的筛查系统准确率达96.7%。', only: { kind: 'model', texts: ['衡知·明鉴'] } },
  // (and one made for itself on another's: 得到行内专属模型“江南智答”)
  { input: '银行基于Qwen2.5-72B微调，得到行内专属模型“江南智答”。', only: { kind: 'model', texts: ['Qwen2.5-72B', '江南智答'] } },
  { input: '銀行基於Qwen2.5-72B微調，得到行內專屬模型「江南智答」。', only: { kind: 'model', texts: ['Qwen2.5-72B', '江南智答'] } },
  { input: '其基於自研醫療大模型「衡知·明鑑」的篩查系統準確率達96.7%。', only: { kind: 'model', texts: ['衡知·明鑑'] } },
  { input: '这家公司被称为AI大模型“六小虎”之一。', only: { kind: 'model', texts: [] } },
  // (its kind in Latin letters, glossed in brackets: 自研的VLA（视觉-语言-动作）模型“衡元”; then its version is the model's too)
  { input: '星衡机器人自研的VLA（视觉-语言-动作）模型“衡元”已迭代到1.5版。衡元1.5总参数约70亿。', only: { kind: 'model', texts: ['衡元', '衡元1.5'] } },
  { input: '星衡機器人自研的VLA（視覺-語言-動作）模型「衡元」已迭代到1.5版。衡元1.5總參數約70億。', only: { kind: 'model', texts: ['衡元', '衡元1.5'] } },
  // (straight quotes, as text copied from the web often has them)
  { input: '公司自研的影像大模型"深瞳-Med"已在全国超过260家医院部署。', only: { kind: 'model', texts: ['深瞳-Med'] } },
  { input: '公司自研的影像大模型"深瞳-Med"已在全國超過260家醫院部署。', only: { kind: 'model', texts: ['深瞳-Med'] } },
  { input: '这家公司被称为AI大模型"六小虎"之一。', only: { kind: 'model', texts: [] } },
]);

run('a clause that opens with a short name and an officer\'s title or news of its funding names a company (云川智算CEO表示, 据星垣数据创始人介绍, 对话…CEO, 云川智算获…融资)', [
  { input: '云川智算CEO表示，集群上架率已超过八成。', only: { kind: 'vendor', texts: ['云川智算'] } },
  // (a title that opens with another's word: 董事总经理, not 总经理 after a name 中金资本董事)
  { input: '云川资本董事总经理许舟表示，国产推理芯片的份额将达四成。', only: { kind: 'vendor', texts: ['云川资本'] } },
  { input: '雲川資本董事總經理許舟表示，國產推理晶片的份額將達四成。', only: { kind: 'vendor', texts: ['雲川資本'] } },
  { input: '據星垣數據創始人李華介紹，營收增長了3倍。', only: { kind: 'vendor', texts: ['星垣數據'] } },
  { input: '对话云川智算CEO：推理卡卖多少钱？', only: { kind: 'vendor', texts: ['云川智算'] } },
  // a rank, a person, a unit of a company: no company
  { input: '公司新任CEO表示，收入增长3倍。', only: { kind: 'vendor', texts: [] } },
  // (another title before one: 董事長暨總經理)
  { input: '董事長暨總經理林志遠表示，單顆推論晶片的每瓦效能提升約1.8倍。', only: { kind: 'vendor', texts: [] } },
  { input: '董事长兼总经理张三表示，公司营收增长30%。', only: { kind: 'vendor', texts: [] } },
  { input: '王小川创始人表示，收入增长3倍。', only: { kind: 'vendor', texts: [] } },
  { input: '客服中心总经理表示，人工坐席减少了260人。', only: { kind: 'vendor', texts: [] } },
  // news of its funding after the name says so too
  { input: '4. 云川智算获国家集成电路产业基金领投的12亿元战略融资。', only: { kind: 'vendor', texts: ['云川智算'] } },
  { input: '星垣數據完成數億元A輪融資。', only: { kind: 'vendor', texts: ['星垣數據'] } },
  { input: '该公司完成融资后扩张。', only: { kind: 'vendor', texts: [] } },
  // (a name set off in brackets before the news, and one described by its founding before it)
  { input: '**【擎天具身】完成2.8亿元天使+轮融资**', only: { kind: 'vendor', texts: ['擎天具身'] } },
  { input: '【擎天具身】完成2.8億元天使+輪融資', only: { kind: 'vendor', texts: ['擎天具身'] } },
  { input: '成立不到一年的擎天具身完成2.8亿元天使+轮融资。', only: { kind: 'vendor', texts: ['擎天具身'] } },
  { input: '【本周】完成融资的公司共5家。', only: { kind: 'vendor', texts: [] } },
  // (and one a word for what it is stands right before: 企业级Agent平台灵析数据完成…融资)
  { input: '企业级Agent平台灵析数据完成数千万元天使轮融资，由奇绩创坛领投。', only: { kind: 'vendor', texts: ['灵析数据'] } },
  { input: '企業級Agent平台靈析數據完成數千萬元天使輪融資。', only: { kind: 'vendor', texts: ['靈析數據'] } },
  { input: '这家平台公司完成融资后扩张。', only: { kind: 'vendor', texts: [] } },
  // a vice-president is an officer too, and a compass point with a place word (西麓) a name the tagger reads as a direction
  { input: '西麓数据副总裁王琳介绍，园区共有约5000张加速卡。', only: { kind: 'vendor', texts: ['西麓数据'] } },
  { input: '西麓數據副總裁王琳介紹，園區共有約5000張加速卡。', only: { kind: 'vendor', texts: ['西麓數據'] } },
  { input: '东部数据副总裁表示，营收增长。', only: { kind: 'vendor', texts: [] } },
]);

run('the end of a time clause glued before a company\'s name (融资后, 上市前) is not part of it', [
  { input: '据知情人士透露，本轮融资后栖云智能的投后估值约40亿元。', only: { kind: 'vendor', texts: ['栖云智能'] } },
  { input: '據知情人士透露，本輪融資後棲雲智能的投後估值約40億元。', only: { kind: 'vendor', texts: ['棲雲智能'] } },
]);

run('a clause-opening name with a company\'s news verb, of which the tagger reads one character as a name (曜 | 港 of 曜港科技)', [
  { input: '产品环节。曜港科技宣布推出新一代推理芯片。', only: { kind: 'vendor', texts: ['曜港科技'] } },
  { input: '產品環節。曜港科技宣佈推出新一代推理晶片。', only: { kind: 'vendor', texts: ['曜港科技'] } },
]);

run('电子, 半导体, 光电, 控股 and 汽车 end a company\'s name as 科技 does, after a proper name; not after a common word', [
  { input: '歡迎各位參加鴻曜電子第三季法人說明會。', only: { kind: 'vendor', texts: ['鴻曜電子'] } },
  { input: '消费电子需求回暖，电子产品出货增长两成。', only: { kind: 'vendor', texts: [] } },
  // (and 汽车 a car maker's: 曜驰汽车; not a kind of car, 新能源汽车, 智能汽车)
  { input: '曜驰汽车2025年第三季度交付新车68,412辆，同比增长41.7%。', only: { kind: 'vendor', texts: ['曜驰汽车'] } },
  { input: '曜馳汽車第三季交付新車68,412輛。', only: { kind: 'vendor', texts: ['曜馳汽車'] } },
  { input: '新能源汽车销量增长30%，智能汽车渗透率达到50%，国产汽车出口200万辆。', only: { kind: 'vendor', texts: [] } },
]);

run('a title after a descriptor is no company\'s name (创业公司CFO, 初创企业CEO)', [
  { input: '对谈某AI芯片创业公司CFO：推理卡卖多少钱才算赚钱？', only: { kind: 'vendor', texts: [] } },
  { input: '對談某AI晶片新創公司CEO：推理卡賣多少錢才算賺錢？', only: { kind: 'vendor', texts: [] } },
  { input: '具身智能公司灵枢机器人今日宣布完成融资。', only: { kind: 'vendor', texts: ['灵枢机器人'] } },
]);

run('a bank is a company by its head noun and suffix; its AI service named in quotes is a chat product; a clause-opening name with last week\'s news is a company', [
  { input: '本地中型銀行永信銀行上周高調宣布，旗下AI客服「永信智答」全面上線。永信表示，首年投入約1.8億港元。', only: { kind: 'vendor', texts: ['永信銀行', '永信'] } },
  { input: '本地中型银行永信银行上周高调宣布，旗下AI客服“永信智答”全面上线。永信表示，首年投入约1.8亿港元。', only: { kind: 'vendor', texts: ['永信银行', '永信'] } },
  { input: '本地中型銀行永信銀行上周高調宣布，旗下AI客服「永信智答」全面上線。', only: { kind: 'model', texts: ['永信智答'] } },
  { input: '流形智能上周官宣了A轮，这轮是两亿五千万美金。', only: { kind: 'vendor', texts: ['流形智能'] } },
  { input: '流形智能上週官宣了A輪，這輪是兩億五千萬美金。', only: { kind: 'vendor', texts: ['流形智能'] } },
  { input: '人工智能上周迎来了新的突破，具身智能本月成为热点。', only: { kind: 'vendor', texts: [] } },
]);

run('a known maker\'s name and a phone line\'s code is its phone; the maker stays a mention of its own; a model\'s name after a maker is no phone', [
  { input: '这次横评的是荣耀 Magic8 Pro、vivo X300 Pro 和 OPPO Find X9 Pro。', only: { kind: 'product', texts: ['Magic8 Pro', 'X300 Pro', 'Find X9 Pro'] } },
  { input: '這次橫評的是榮耀 Magic8 Pro、vivo X300 Pro 和 OPPO Find X9 Pro。', only: { kind: 'vendor', texts: ['榮耀', 'vivo', 'OPPO'] } },
  { input: '谷歌 Pixel 9 Pro首发Gemini，智谱 GLM-4.5开源。', only: { kind: 'product', texts: ['Pixel 9 Pro'] } },
]);

run('a party\'s word glued before a company (运营方云擎科技) is no part of its name; a name that begins with 方 keeps it', [
  { input: '云擎智算中心（高新区，运营方云擎科技）已投产。', only: { kind: 'vendor', texts: ['云擎科技'] } },
  { input: '雲擎智算中心（高新區，運營方雲擎科技）已投產。', only: { kind: 'vendor', texts: ['雲擎科技'] } },
]);

run('a web page\'s sharing bar is buttons, not mentions', [
  { input: '分享到： Facebook LINE 複製連結\n\nOpenAI的ChatGPT Plus每月20美元。', only: { kind: 'vendor', texts: ['OpenAI'] } },
  { input: '【分享】 Facebook ｜ WhatsApp ｜ 複製連結\n\nOpenAI的ChatGPT Plus每月20美元。', only: { kind: 'vendor', texts: ['OpenAI'] } },
  { input: 'Meta旗下的Facebook月活超过30亿。', only: { kind: 'vendor', texts: ['Meta', 'Facebook'] } },
]);

run('a verb the segmenter glues to an unknown name stays out of it (模型叫澜星-Edge 3, 对话澜星智能CEO)', [
  { input: '我们的主力模型叫澜星-Edge 3，参数量是30亿。', only: { kind: 'model', texts: ['澜星-Edge 3'] } },
  { input: '对话澜星智能CEO周宁：端侧大模型的账怎么算', only: { kind: 'vendor', texts: ['澜星智能'] } },
]);

run('a Chinese brand, a hyphen and a variant\'s word is a model by itself (灵雀-Max); a place and a Latin word is not', [
  { input: '刚刚实测了一下新出的灵雀-Max。', only: { kind: 'model', texts: ['灵雀-Max'] } },
  { input: '靈雀-Turbo的輸入價格更低。', only: { kind: 'model', texts: ['靈雀-Turbo'] } },
  { input: '中国-ASEAN合作论坛今日开幕。', only: { kind: 'model', texts: [] } },
]);

run('a device series keeps its model number and tier (Mate 80 Pro, iPhone 17 Pro Max); a quantity after it does not', [
  { input: 'Mate 80 Pro起售价5999元。', only: { kind: 'product', texts: ['Mate 80 Pro'] } },
  { input: 'iPhone 17 Pro Max售價9999元。', only: { kind: 'product', texts: ['iPhone 17 Pro Max'] } },
  { input: '頂配的Mate 80 RS非凡大師售價高達11999元。', only: { kind: 'product', texts: ['Mate 80 RS非凡大師'] } },
  { input: 'iPhone 2亿用户都在用。', only: { kind: 'product', texts: ['iPhone'] } },
  { input: '高速版Kimi K2 Thinking Turbo的輸出價格更高。', only: { kind: 'model', texts: ['Kimi K2 Thinking Turbo'] } },
  { input: '文心ERNIE 4.0表现出色。', has: [m('文心ERNIE 4.0', 'model:wenxin-4.0')], only: { kind: 'model', texts: ['文心ERNIE 4.0'] } },
  { input: '通义千问Qwen2.5开源了。', only: { kind: 'model', texts: ['通义千问', 'Qwen2.5'] } },
  { input: 'OpenAI推出GPT-4 Turbo。', has: [m('GPT-4 Turbo', 'model:gpt-4-turbo')] },
  { input: 'Meta开源Llama 3.1 405B。', has: [m('Llama 3.1 405B', 'model:llama-3.1-405b')] },
  { input: '阿里发布Qwen2.5-72B。', has: [m('Qwen2.5-72B', 'model:qwen2.5-72b')] },
  { input: 'Anthropic的Claude2上线。', has: [m('Claude2', 'model:claude-2')] },
  { input: '豆包0.0008元/千tokens的价格引发价格战。', has: [m('豆包', 'model:doubao')], only: { kind: 'model', texts: ['豆包'] } },
  { input: '通义千问2.0AndesGPT都在列。', has: [m('通义千问2.0', versionOf('model:qwen')), m('AndesGPT', 'model:andesgpt')] },
  { input: '盘古3万亿tokens的训练数据。', only: { kind: 'model', texts: ['盘古'] } },
]);

run('names the knowledge base lacks are recognised whole, each with an id of its own', [
  { input: '阿里开源了Qwen3-30B-A3B。', has: [m('Qwen3-30B-A3B', derivedModel, { kind: 'model' })] },
  { input: '阶跃星辰发布Step-2 Turbo。', has: [m('Step-2 Turbo', versionOf('model:step-2'), { kind: 'model' })] },
  { input: '华为发布盘古5.5Pro。', only: { kind: 'model', texts: ['盘古5.5Pro'] } },
  { input: 'DeepSeek-V3.1-Terminus和Kimi-K2-Instruct-0905。', has: [m('DeepSeek-V3.1-Terminus', versionOf('model:deepseek-v3.1')), m('Kimi-K2-Instruct-0905', versionOf('model:kimi-k2'))] },
  // a chat product's plan is part of its name, as the corpus annotates it (ChatGPT Plus, Gemini Advanced)
  { input: 'ChatGPT Pro会员和ChatGPT。', only: { kind: 'model', texts: ['ChatGPT Pro', 'ChatGPT'] } },
]);

run('a chip family keeps its part number (思元590, 曦云C600, 昆仑芯P800); a year or a quantity after it does not', [
  { input: '寒武纪发布思元590芯片。', only: { kind: 'product', texts: ['思元590'] } },
  { input: '沐曦發布曦雲C600，曦雲C600的顯存為144GB。', only: { kind: 'product', texts: ['曦雲C600', '曦雲C600'] } },
  { input: '昆仑芯P800芯片已量产。', only: { kind: 'product', texts: ['昆仑芯P800'] } },
  { input: '華為的昇騰2025年出貨70萬顆。', only: { kind: 'product', texts: ['昇騰'] } },
  { input: '曦云300张卡已交付。', only: { kind: 'product', texts: ['曦云'] } },
  { input: 'RTX 5090售价16999元，RTX 4090也涨了。', only: { kind: 'product', texts: ['RTX 5090', 'RTX 4090'] } },
  { input: '地平线发布征程7P芯片。', only: { kind: 'product', texts: ['征程7P'] } },
  { input: '地平線發布征程7P晶片。', only: { kind: 'product', texts: ['征程7P'] } },
  { input: '踏上新征程，迎接新挑战。', only: { kind: 'product', texts: [] } },
  { input: '新的征程2025年开启。', only: { kind: 'product', texts: [] } },
]);

run('a PC or phone chip keeps its series, tier and number (酷睿Ultra 9 288V, 骁龙X Elite, 锐龙AI 9 HX 370, 骁龙8 Gen 3)', [
  { input: '处理器：英特尔酷睿Ultra 9 288V，8核8线程。', only: { kind: 'product', texts: ['酷睿Ultra 9 288V'] } },
  { input: '高通驍龍X Elite的NPU算力為45 TOPS。', only: { kind: 'product', texts: ['驍龍X Elite'] } },
  { input: 'AMD锐龙AI 9 HX 370与Ryzen AI 300系列。', only: { kind: 'product', texts: ['锐龙AI 9 HX 370', 'Ryzen AI 300'] } },
  { input: '搭载骁龙8 Gen 3的旗舰机。', only: { kind: 'product', texts: ['骁龙8 Gen 3'] } },
]);

run('a model the knowledge base lacks is named by its form: a name, a version and a size, or a version right after a launch verb', [
  { input: '蚂蚁集团发布Ling-2.0-1T，Ling-2.0-1T总参数1万亿。', only: { kind: 'model', texts: ['Ling-2.0-1T', 'Ling-2.0-1T'] } },
  { input: '該實驗室開源了Zephyrus-3.5，參數為70億。', only: { kind: 'model', texts: ['Zephyrus-3.5'] } },
  { input: 'Orion-4-120B-A12B的激活参数为120亿。', has: [m('Orion-4-120B-A12B', derivedModel, { kind: 'model', via: 'pattern' })] },
  { input: '受COVID-19影响，Zephyrus-3.5销量下滑。', only: { kind: 'model', texts: [] } },
  { input: '符合ISO-9001-2B标准。', only: { kind: 'model', texts: [] } },
]);

run('a Chinese brand, a hyphen and a Latin name or number with a version, size or variant is a model by its form', [
  { input: '该公司发布了璇玑-VLA 2.0，参数为70亿。', only: { kind: 'model', texts: ['璇玑-VLA 2.0'] } },
  { input: '新品星衍-4 Ultra上下文為128K。', only: { kind: 'model', texts: ['星衍-4 Ultra'] } },
  { input: '推出翠鸟-VLM 3B模型，延迟为120ms。', has: [m('翠鸟-VLM 3B', derivedModel, { kind: 'model', via: 'pattern' })] },
  { input: '全新方舟-Video 1.5支持1080P。', only: { kind: 'model', texts: ['方舟-Video 1.5'] } },
  { input: '营收同比-5%，中国-东盟自贸区2.0版启动。', only: { kind: 'model', texts: [] } },
  { input: '编号京-4号地块出让。', only: { kind: 'model', texts: [] } },
]);

run('a Latin name of two words and its number right after a launch verb is a model; its other numbers are its family\'s versions', [
  { input: '澄明智能开源Lucid-MoE-2：总参数4210亿。\n\n和上一代 Lucid-MoE-1（总参数1450亿）一样。', only: { kind: 'model', texts: ['Lucid-MoE-2', 'Lucid-MoE-1'] } },
  { input: '澄明智能開源Lucid-MoE-2：總參數4210億。\n\n和上一代 Lucid-MoE-1（總參數1450億）一樣。', only: { kind: 'model', texts: ['Lucid-MoE-2', 'Lucid-MoE-1'] } },
  { input: '该公司开源COVID-19数据集。', only: { kind: 'model', texts: [] } },
]);

run('a hyphenated Latin name right before its technical report is a model (Helix-MoE技术报告)', [
  { input: '论文笔记：Helix-MoE技术报告精读', only: { kind: 'model', texts: ['Helix-MoE'] } },
  { input: '論文筆記：Helix-MoE技術報告精讀', only: { kind: 'model', texts: ['Helix-MoE'] } },
  { input: '世卫组织发布COVID-19技术报告', only: { kind: 'model', texts: [] } },
]);

run('a company named with its English name in brackets (澄明智能（Chengming AI）), or opening a clause with 开源', [
  { input: '本周的开源模型来自北京团队澄明智能（Chengming AI）。', has: [m('澄明智能', derivedVendor, { kind: 'vendor' })] },
  { input: '本週的開源模型來自北京團隊澄明智能（Chengming AI）。', has: [m('澄明智能', derivedVendor, { kind: 'vendor' })] },
  { input: '澄明科技开源了新模型。', has: [m('澄明科技', derivedVendor, { kind: 'vendor' })] },
  { input: '发展智能（AI）产业，推动智能CEO论坛召开。', only: { kind: 'vendor', texts: [] } },
  // (or its ticker on an exchange, whatever the tagger takes the name for: 星汉/t)
  { input: '星汉智能（NASDAQ: XHAI）2024年第四季度营收18.62亿元。', has: [m('星汉智能', derivedVendor, { kind: 'vendor' })] },
  { input: '星漢智能（NASDAQ: XHAI）2024年第四季度營收18.62億元。', has: [m('星漢智能', derivedVendor, { kind: 'vendor' })] },
  { input: '云岚科技（纽交所：YLAN）今日公布财报。', has: [m('云岚科技', derivedVendor, { kind: 'vendor' })] },
]);

run('a name after 自研, 叫做 or 模型叫 is a model\'s (自研的 Tide-Coder-2, 端侧模型叫 星河3B), not a size alone (模型只有7B)', [
  { input: '底层换成了自研的 Tide-Coder-2：MoE 架构，总参数480B。', has: [m('Tide-Coder-2', 'model:tide-coder-2')] },
  { input: '底層換成了自研的 Tide-Coder-2：MoE 架構，總參數480B。', has: [m('Tide-Coder-2', 'model:tide-coder-2')] },
  // (and after 版本, 升级为: 最新版本HuiSi-3)
  { input: '管理层表示，自研大模型的最新版本HuiSi-3参数规模达2,000亿。', has: [m('HuiSi-3', 'model:huisi-3')] },
  { input: '管理層表示，自研大模型的最新版本HuiSi-3參數規模達2,000億。', has: [m('HuiSi-3', 'model:huisi-3')] },
  { input: '助手已升级为Lumen-4，响应更快。', has: [m('Lumen-4', 'model:lumen-4')] },
  { input: '手机内置的端侧模型叫 星河3B，参数量约30亿。', has: [m('星河3B', 'model:星河3b')] },
  { input: '手機內建的端側模型叫 星河3B，參數量約30億。', has: [m('星河3B', 'model:星河3b')] },
  { input: '该模型参数3B，模型只有7B，新模型激活20B。', only: { kind: 'model', texts: [] } },
]);

run('a funding roundup\'s item opens with its company, then its round (穹顶机器人|B轮|…, · 穹顶机器人B轮融资…); B of B轮 is no code', [
  { input: '穹顶机器人|B轮|红杉领投\n本轮融资金额近10亿元。', only: { kind: 'vendor', texts: ['穹顶机器人'] } },
  { input: '穹頂機器人｜B輪｜紅杉領投\n本輪融資金額近10億元。', only: { kind: 'vendor', texts: ['穹頂機器人'] } },
  { input: '本周要点：\n· 穹顶机器人B轮融资近10亿元，投后估值超百亿元', only: { kind: 'vendor', texts: ['穹顶机器人'] } },
  { input: '衡镜医疗|Pre-A轮|金额1.2亿元', only: { kind: 'vendor', texts: ['衡镜医疗'] } },
  { input: '本轮|B轮|红杉领投\n完成B轮融资后，公司估值翻倍。', only: { kind: 'vendor', texts: [] } },
  { input: '衡石智能完成B轮融资。', only: { kind: 'vendor', texts: ['衡石智能'] } },
]);

run('a company\'s product named right after 其产品 (其产品灵犀助理, 其核心产品FlowServe推理引擎)', [
  { input: '其产品灵犀助理可自动处理客服，定价299元/月。', has: [m('灵犀助理', 'product:灵犀助理')] },
  { input: '其產品靈犀助理可自動處理客服，定價299元/月。', has: [m('靈犀助理', 'product:灵犀助理')] },
  { input: '其核心产品FlowServe推理引擎可将吞吐量提升2.7倍。', has: [m('FlowServe', 'product:flowserve')] },
  { input: '其产品体验很好，售价299元。', only: { kind: 'product', texts: [] } },
]);

run('a company named with its stock code in brackets (寒光科技（688256.SH）), or opening a headline with 今起招股', [
  { input: '寒光科技（688256.SH）上市首日股价大涨。', has: [m('寒光科技', derivedVendor, { kind: 'vendor' })] },
  { input: '寒光科技（股票代碼：6688）上市首日股價大漲。', has: [m('寒光科技', derivedVendor, { kind: 'vendor' })] },
  { input: '【新股速遞】瀚海智能今起招股 每股38.2至42.6港元', has: [m('瀚海智能', derivedVendor, { kind: 'vendor' })] },
  // (a year in brackets is no stock code)
  { input: '发展智能（2025）产业论坛召开。', only: { kind: 'vendor', texts: [] } },
]);

run('a number after a space that is no one-digit version is a value, not part of the name (MMLU：星衍-4 Ultra 89.6，GPT-4o 88.7)', [
  { input: 'MMLU：星衍-4 Ultra 89.6，GPT-4o 88.7，DeepSeek-V3 88.5；', only: { kind: 'model', texts: ['星衍-4 Ultra', 'GPT-4o', 'DeepSeek-V3'] } },
  { input: 'C-Eval：星衍-4 Ultra 92.4，Open-Sora 1.2也在榜上。', only: { kind: 'model', texts: ['星衍-4 Ultra', 'Open-Sora 1.2'] } },
  { input: '綜合分：翠鳥-VLM 3B 1372，方舟-Video 1.5 1365。', only: { kind: 'model', texts: ['翠鳥-VLM 3B', '方舟-Video 1.5'] } },
]);

run('a listed company the knowledge base lacks is named by its listing mark (-KY, a stock code in brackets)', [
  { input: '晶翔-KY(6999)第四季營收198.6億元。', has: [m('晶翔-KY', (id) => id.startsWith('vendor:'), { kind: 'vendor', via: 'pattern' })] },
  { input: 'IC设计服务厂晶翔-KY今日公布财报。', only: { kind: 'vendor', texts: ['晶翔-KY'] } },
  { input: '世芯-KY(3661)第四季營收198.6億元。', has: [m('世芯-KY', 'vendor:alchip')] },
  { input: '信骅（5274）股价创新高。', only: { kind: 'vendor', texts: ['信骅'] } },
  { input: '报告(2024)显示市场增长。', only: { kind: 'vendor', texts: [] } },
  { input: '该公司(2330)公布营收。', only: { kind: 'vendor', texts: [] } },
  { input: '中芯国际(00981.HK)营收增长。', only: { kind: 'vendor', texts: ['中芯国际'] } },
  // (a US ticker first, then the Hong Kong code: （HYC.US / 06690.HK）)
  { input: '华曜云（HYC.US / 06690.HK）2025年投资者日 文字实录', only: { kind: 'vendor', texts: ['华曜云'] } },
  { input: '華曜雲（HYC.US / 06690.HK）2025年投資者日 文字實錄', only: { kind: 'vendor', texts: ['華曜雲'] } },
  // (a department before an officer's title is no company: 投资者关系副总裁)
  { input: '公司出席人员：\n  投资者关系副总裁　沈越', only: { kind: 'vendor', texts: [] } },
  { input: '公司出席人員：\n  投資者關係副總裁　沈越', only: { kind: 'vendor', texts: [] } },
  // (a name that ends with its trade, 電腦, 通訊, 精密, 智慧, is the whole name, and its short form the rest)
  { input: '伺服器代工廠宏擎電腦（6798）今（10）日公布營收。宏擎表示訂單強勁。', only: { kind: 'vendor', texts: ['宏擎電腦', '宏擎'] } },
  { input: '服务器代工厂宏擎电脑（6798）今日公布营收。宏擎表示订单强劲。', only: { kind: 'vendor', texts: ['宏擎电脑', '宏擎'] } },
  { input: '設計服務廠創晟智慧同日公布營收。創晟表示需求暢旺。', only: { kind: 'vendor', texts: ['創晟智慧', '創晟'] } },
  // (a word the tagger reads as an adjective names a company before its trade and a stock code)
  { input: '在港上市的人工智能企業深湛智能（2697）公佈中期業績。', only: { kind: 'vendor', texts: ['深湛智能'] } },
  { input: '深湛科技(2697.HK)公布中期业绩。', only: { kind: 'vendor', texts: ['深湛科技'] } },
  // (a short name between punctuation and its trade is the name, whatever word the tagger cuts from it: 算/v 芯/ng 科技)
  { input: '【华信证券研究所】算芯科技（688721.SH）深度报告节选。', only: { kind: 'vendor', texts: ['算芯科技'] } },
  { input: '【華信證券研究所】算芯科技（688721.SH）深度報告節選。', only: { kind: 'vendor', texts: ['算芯科技'] } },
  // (数据 and 数码 are trades a name ends with too: not the name alone)
  { input: '算力租赁赛道同样火热。恒川数据（300917）前三季度营收9.47亿元。', only: { kind: 'vendor', texts: ['恒川数据'] } },
  { input: '算力租賃賽道同樣火熱。恒川數據（300917）前三季度營收9.47億元。', only: { kind: 'vendor', texts: ['恒川數據'] } },
  { input: '据Wind数据统计，板块内126家公司中有79家营收增长。', only: { kind: 'vendor', texts: [] } },
  // (an index named like a company is none)
  { input: '科技股普遍受惠。恒生科技指數收報5,873點，升3.2%。', only: { kind: 'vendor', texts: [] } },
  { input: '科技股普遍受惠。恒生科技指数收报5,873点，升3.2%。', only: { kind: 'vendor', texts: [] } },
  // (nor is a news outlet: it reports on the industry)
  { input: '界面新闻获得的一份投资人材料显示，月之暗面2024年全年营收为2.3亿元。', only: { kind: 'vendor', texts: ['月之暗面'] } },
  { input: '界面新聞獲得的一份投資人材料顯示，月之暗面2024年全年營收為2.3億元。', only: { kind: 'vendor', texts: ['月之暗面'] } },
]);

run('a company named by its trade 智算 (云栈智算); not a unit, a size or a chip before it (10EFLOPS智算, 万卡级智算中心, GPU智算)', [
  { input: '记者登录云栈智算官网发现，其H800的报价为13.5元/卡/小时。', only: { kind: 'vendor', texts: ['云栈智算'] } },
  { input: '記者登錄雲棧智算官網發現，其H800的報價為13.5元/卡/小時。', only: { kind: 'vendor', texts: ['雲棧智算'] } },
  { input: '公司建成了规模达10EFLOPS智算集群。', only: { kind: 'vendor', texts: [] } },
  { input: '该省建成2个万卡级智算中心。', only: { kind: 'vendor', texts: [] } },
  { input: 'GPU智算服务价格下降。', only: { kind: 'vendor', texts: [] } },
]);

run('a chip named by its code next to 加速器 or 加速卡, or in quotes after it, is a product wherever the text writes it again', [
  { input: '昱晟科技發表NX-900 AI加速器。\n\n昱晟董事長表示，NX-900採用台積電4奈米製程。', only: { kind: 'product', texts: ['NX-900', 'NX-900'] } },
  { input: '昱晟科技发表新一代AI加速器「NX-900」。\n\nNX-900采用4纳米制程。', only: { kind: 'product', texts: ['NX-900', 'NX-900'] } },
  { input: '公司推出XR-12加速卡，售价3万元。', only: { kind: 'product', texts: ['XR-12'] } },
  // (a Chinese brand and a number right after a chip's kind; not a measure of the chip)
  { input: '公司旗舰训推一体加速卡天枢590于2024年二季度量产。', only: { kind: 'product', texts: ['天枢590'] } },
  { input: '公司旗艦訓推一體加速卡天樞590於2024年二季度量產。', only: { kind: 'product', texts: ['天樞590'] } },
  { input: '芯片出货量2000万颗，加速卡功耗350瓦，芯片价格1999元。', only: { kind: 'product', texts: [] } },
  { input: '整個平台加GPU號稱120 TOPS，顯卡只要300瓦。', only: { kind: 'product', texts: [] } },
]);

run('an edition word before a brand and its hyphen is no part of the name (轻量版青峦-Lite)', [
  { input: '轻量版青峦-Lite则降到了0.3元/百万tokens。', only: { kind: 'model', texts: ['青峦-Lite'] } },
  { input: '輕量版青巒-Lite則降到了0.3元/百萬tokens。', only: { kind: 'model', texts: ['青巒-Lite'] } },
]);

run('a rank or a kind of officer before a title is no company (行政總裁, 执行总裁)', [
  { input: '行政總裁梁振邦在業績會上表示，收益增長38%。', only: { kind: 'vendor', texts: [] } },
  { input: '执行总裁王明表示，公司营收增长30%。', only: { kind: 'vendor', texts: [] } },
  { input: '云川智算CEO表示，公司营收增长30%。', only: { kind: 'vendor', texts: ['云川智算'] } },
  // (and a company's name before 行政總裁 ends before it: 天匯數碼, not 天匯數碼行政)
  { input: '天匯數碼行政總裁梁子軒接受訪問時指，租金回落。', only: { kind: 'vendor', texts: ['天匯數碼'] } },
  { input: '天汇数码行政总裁梁子轩接受访问时指，租金回落。', only: { kind: 'vendor', texts: ['天汇数码'] } },
]);

run('server makers and Taiwan chip firms are known; a short name that is also a word needs its listing code', [
  { input: '新华三、宁畅和超聚变的出货量均有增长。', only: { kind: 'vendor', texts: ['新华三', '宁畅', '超聚变'] } },
  { input: '台積電(2330)與創意(3443)營收同步成長。', only: { kind: 'vendor', texts: ['台積電', '創意'] } },
  { input: '这个创意很好。', only: { kind: 'vendor', texts: [] } },
]);

run('a context alias stands where the document names a model of its family (豆包 beside 豆包1.5 Pro)', [
  { input: '豆包1.5 Pro的MATH得分74.3。第二名豆包还停留在七十多分。', has: [m('豆包', 'model:doubao')] },
  { input: '豆包1.5 Pro的MATH得分74.3。第二名豆包還停留在七十多分。', has: [m('豆包', 'model:doubao')] },
  { input: '第二名豆包还停留在七十多分。', only: { kind: 'model', texts: [] } },
]);

run('a model\'s Chinese short name stands where its maker is named in the paragraph and an app\'s word follows (字节跳动…，豆包的日活)', [
  { input: '字节跳动是另一个极端，据说今年在AI上的资本开支超过1600亿元，豆包的日活已经过了4000万。', has: [m('豆包', 'model:doubao')] },
  { input: '字節跳動是另一個極端，據說今年在AI上的資本開支超過1600億元，豆包的日活已經過了4000萬。', has: [m('豆包', 'model:doubao')] },
  // (not alone, nor the everyday thing beside its maker)
  { input: '豆包的日活已经过了4000万。', only: { kind: 'model', texts: [] } },
  { input: '字节跳动食堂今天供应豆包和馒头。', only: { kind: 'model', texts: [] } },
]);

run('a context alias is supported by a market-share cue', [
  { input: '寒武纪的市场份额约7.1%。', has: [m('寒武纪', 'vendor:cambricon')] },
  { input: '寒武紀的市佔率約7.1%。', has: [m('寒武紀', 'vendor:cambricon')] },
]);

test('two different names never share an id', () => {
  const text = 'Qwen3-30B-A3B、Qwen3-30B、Step-2、Step-2 Turbo、GPT-4、GPT-4-0613、Kimi-K2、Kimi-K2-Instruct-0905和Qwen2-7B-Instruct、Qwen2-7B。';
  const models = analyse(text).entities.filter((e) => e.kind === 'model');
  const ids = new Map<string, string>();
  for (const e of models) {
    const other = ids.get(e.entityId);
    assert.ok(!other || other === e.text, `${e.text} and ${other} share ${e.entityId}`);
    ids.set(e.entityId, e.text);
  }
  assert.equal(models.length, 10, show(models));
});

run('API model ids are aliases of their models', [
  { input: '调用qwen-max接口。', has: [m('qwen-max', 'model:qwen2.5-max')] },
  { input: '用glm-4-plus和glm-4-flash。', has: [m('glm-4-plus', 'model:glm-4-plus'), m('glm-4-flash', 'model:glm-4-flash')] },
  { input: 'moonshot-v1-128k的价格。', has: [m('moonshot-v1-128k', 'model:moonshot-v1')] },
  { input: 'ernie-4.0-turbo-8k的价格。', has: [m('ernie-4.0-turbo-8k', 'model:wenxin-4.0-turbo')] },
  { input: '改用deepseek-chat和deepseek-reasoner。', has: [m('deepseek-chat', 'model:deepseek-v3'), m('deepseek-reasoner', 'model:deepseek-r1')] },
]);

run('a chat\'s short names of a model (ds v3, dsr1) are its aliases; a bare version after them is of the same family', [
  { input: 'ds v3现在输入两块一百万。我们在火山上跑的r1，满血版671B。', has: [m('ds v3', 'model:deepseek-v3'), m('r1', 'model:deepseek-r1')] },
  { input: 'ds v3現在輸入兩塊一百萬。dsr1更慢。', has: [m('ds v3', 'model:deepseek-v3'), m('dsr1', 'model:deepseek-r1')] },
]);

run('generic phrases are never vendors; vendors written back to back are each found', [
  { input: '腾讯百度阿里等大厂纷纷入局。', only: { kind: 'vendor', texts: ['腾讯', '百度', '阿里'] } },
  { input: 'AI科技圈的头部厂商都在做大模型。', only: { kind: 'vendor', texts: [] } },
  { input: '大厂和头部厂商加大投入，科技界议论纷纷。', only: { kind: 'vendor', texts: [] } },
]);

run('imported names: recognised, except those that are everyday technical terms', [
  { input: '月之暗面发布Kimi K2 Thinking。', has: [m('Kimi K2 Thinking', 'model:kimi-k2-thinking')] },
  { input: '美团开源LongCat-Flash。', has: [m('LongCat-Flash', 'model:longcat-flash')] },
  { input: '字节的Seed1.5-VL和豆包PixelDance。', has: [m('Seed1.5-VL', (id) => id.startsWith('model:seed1.5-vl')), m('豆包PixelDance', 'model:pixeldance')] },
  { input: '基于Transformer架构，用LSTM和GAN做对比，再加上Dropout。', only: { kind: 'model', texts: [] } },
  { input: '微软亚洲研究院和北京航空航天大学合作。', has: [m('微软亚洲研究院', 'vendor:microsoft-research-asia'), m('北京航空航天大学', 'vendor:beihang-university')] },
]);

run('trap cases stay traps with the larger knowledge base', [
  { input: '早上喝了一碗小米粥。', only: { kind: 'vendor', texts: [] } },
  { input: '中华为民族复兴而奋斗。', not: ['vendor:huawei'] },
  { input: '苹果很甜，香蕉也不错。', not: ['vendor:apple'] },
]);

run('the current industry: 2024–2026 names, simplified and traditional', [
  { input: '台智云推出福尔摩沙大模型FFM。', has: [m('台智云', 'vendor:twsc', { kind: 'vendor' }), m('福尔摩沙大模型', 'model:ffm'), m('FFM', 'model:ffm')] },
  { input: '台智雲推出福爾摩沙大模型。', has: [m('台智雲', 'vendor:twsc'), m('福爾摩沙大模型', 'model:ffm', { vendorId: 'vendor:twsc' })] },
  { input: '國科會推動的TAIDE以Llama3-TAIDE-LX-8B開源。', has: [m('TAIDE', 'model:taide'), m('Llama3-TAIDE-LX-8B', 'model:llama3-taide-lx-8b')], only: { kind: 'vendor', texts: [] } },
  { input: '聯發創新基地發布Breeze 2，聯發科股價上漲。', has: [m('聯發創新基地', 'vendor:mediatek-research'), m('Breeze 2', 'model:breeze-2'), m('聯發科', 'vendor:mediatek')] },
  { input: '台灣杉二號在國網中心上線。', has: [m('台灣杉二號', 'product:taiwania', { kind: 'product' }), m('國網中心', 'vendor:nchc')], only: { kind: 'model', texts: [] } },
  { input: '香港生成式人工智能研發中心推出港話通。', has: [m('港話通', 'model:hkchat', { vendorId: 'vendor:hkgai' })] },
  { input: '阿里巴巴雲智能集團與金山雲、中華電信合作。', has: [m('阿里巴巴雲智能集團', 'vendor:alibaba-cloud'), m('金山雲', 'vendor:kingsoft-cloud'), m('中華電信', 'vendor:chunghwa-telecom')] },
  { input: '百度智慧雲與鴻海研究院合作，華邦、緯創也在名單上。', has: [m('百度智慧雲', 'vendor:baidu-ai-cloud'), m('鴻海研究院', 'vendor:foxconn-research'), m('華邦', 'vendor:winbond'), m('緯創', 'vendor:wistron')] },
  { input: '爱诗科技的PixVerse和阶跃星辰的冒泡鸭。', has: [m('爱诗科技', 'vendor:aisphere'), m('PixVerse', 'model:pixverse'), m('冒泡鸭', 'model:maopaoya')] },
  { input: '字节的即梦和快手的可灵AI同台竞技。', has: [m('即梦', 'model:jimeng', { kind: 'model' }), m('可灵AI', 'model:kling')] },
  { input: '阶跃星辰发布Step 3，Step-1o同步开放。', has: [m('Step 3', 'model:step-3'), m('Step-1o', 'model:step-1o')] },
  { input: 'ChatGPT Plus和Gemini Advanced的月费都是20美元。', has: [m('ChatGPT Plus', 'model:chatgpt-plus'), m('Gemini Advanced', 'model:gemini')] },
]);

run('a version or variant after a family stays in the mention; a figure or word after it does not', [
  { input: 'DeepSeek-R1-Distill-Qwen-32B超过了o1-mini。', only: { kind: 'model', texts: ['DeepSeek-R1-Distill-Qwen-32B', 'o1-mini'] } },
  { input: '面壁開源MiniCPM-Llama3-V 2.5。', only: { kind: 'model', texts: ['MiniCPM-Llama3-V 2.5'] } },
  { input: 'Open-Sora 1.2开源，ChatGPT 1.5亿用户。', only: { kind: 'model', texts: ['Open-Sora 1.2', 'ChatGPT'] } },
  { input: '腾讯的混元-lite免费，混元-standard降价。', only: { kind: 'model', texts: ['混元-lite', '混元-standard'] } },
  { input: '訊飛星火Lite免費，訊飛星火Pro降價。', only: { kind: 'model', texts: ['訊飛星火Lite', '訊飛星火Pro'] } },
  { input: 'Qwen3.5和GLM5都还没有发布，Qwen4也没有。', has: [m('Qwen3.5', versionOf('model:qwen')), m('GLM5', versionOf('model:glm')), m('Qwen4', versionOf('model:qwen'))], only: { kind: 'model', texts: ['Qwen3.5', 'GLM5', 'Qwen4'] } },
  { input: 'DeepSeek发布DeepSeek-V4和DeepSeek-R2。', has: [m('DeepSeek', 'vendor:deepseek', { kind: 'vendor' }), m('DeepSeek-V4', versionOf('model:deepseek')), m('DeepSeek-R2', versionOf('model:deepseek'))] },
  { input: 'Kimi K3、混元T2和文心X2。', only: { kind: 'model', texts: ['Kimi K3', '混元T2', '文心X2'] } },
  { input: 'DeepSeek H20训练的成本，Kimi7月的月活达到3600万。', has: [m('H20', 'product:h20')], only: { kind: 'model', texts: ['Kimi'] } },
  { input: 'GPT-4o的价格，Qwen2.5-72B在MMLU上领先。', only: { kind: 'model', texts: ['GPT-4o', 'Qwen2.5-72B'] } },
  { input: 'Gemini 2.5 Pro和o3-mini-high，Llama 3.1 405B。', only: { kind: 'model', texts: ['Gemini 2.5 Pro', 'o3-mini-high', 'Llama 3.1 405B'] } },
  { input: '通义App和豆包 App的月活，元宝App也在增长。', only: { kind: 'model', texts: ['通义', '豆包', '元宝'] } },
]);

run('a company that is also its model: the model where the words speak of one', [
  { input: '想接 DeepSeek 或者 Kimi 的API。', has: [m('DeepSeek', 'model:deepseek', { kind: 'model' })] },
  { input: '那我先上DeepSeek。DeepSeek等低成本模型冲击市场。', only: { kind: 'model', texts: ['DeepSeek', 'DeepSeek'] } },
  { input: 'DeepSeek发布了新模型，DeepSeek的创始人是梁文锋。', only: { kind: 'vendor', texts: ['DeepSeek', 'DeepSeek'] } },
  // (a list of apps split by slashes, a subscription, the one a user relies on)
  { input: '免费三件套：ChatGPT / DeepSeek / Kimi。', has: [m('DeepSeek', 'model:deepseek', { kind: 'model' })] },
  { input: '我現在主力是DeepSeek，偶爾開了ChatGPT會員。', has: [m('DeepSeek', 'model:deepseek', { kind: 'model' })] },
]);

run('a news outlet the text names as its publisher (新浪科技讯 …消息, 文/新浪科技) is no vendor anywhere in the text', [
  { input: '新浪科技讯 6月18日消息，阿里云今日发布Qwen3.5-Max。（文/新浪科技 李明）', only: { kind: 'vendor', texts: ['阿里云'] } },
  { input: '新浪科技訊 6月18日消息，阿里雲今日發布Qwen3.5-Max。新浪科技認為價格有優勢。', only: { kind: 'vendor', texts: ['阿里雲'] } },
  // (a company that makes a thing, no dateline: a vendor)
  { input: '星衍科技今日发布星衍-4。星衍科技表示，价格下调。', only: { kind: 'vendor', texts: ['星衍科技', '星衍科技'] } },
]);

run('ordinary words, myths, hardware and benchmarks are not vendors or models', [
  { input: '通义这个词的意思是通晓大义。', only: { kind: 'model', texts: [] } },
  { input: '阿里通义的日均调用量约3万亿。', has: [m('通义', 'model:tongyi')] },
  { input: '盘古开天辟地的传说家喻户晓。', only: { kind: 'model', texts: [] } },
  { input: '盤古開天闢地的傳說家喻戶曉。', only: { kind: 'model', texts: [] } },
  { input: '星星之火可以燎原，这点星火不灭。', only: { kind: 'model', texts: [] } },
  { input: '天工开物是明代的科技著作，巧夺天工。', only: { kind: 'model', texts: [] } },
  { input: '孙悟空大闹天宫，刘勰写了文心雕龙。', only: { kind: 'model', texts: [] } },
  { input: '在MMLU和C-Eval上，GPT-4o分别得分88.7和85。', only: { kind: 'model', texts: ['GPT-4o'] } },
  { input: '華為昇騰910B和輝達A100、H20的對比。', has: [m('昇騰910B', 'product:ascend-910b', { kind: 'product' }), m('A100', 'product:a100', { kind: 'product' })], only: { kind: 'model', texts: [] } },
  { input: '文心大模型4.5 Turbo和X1 Turbo同时发布。', has: [m('文心大模型4.5 Turbo', 'model:wenxin-4.5-turbo'), m('X1 Turbo', 'model:wenxin-x1-turbo')] },
]);

run('a brand and what its model does, before 大模型 or 模型, is one name', [
  { input: '中国移动表示，其九天基础大模型在该中心完成训练。', only: { kind: 'model', texts: ['九天基础大模型'] } },
  { input: '火山引擎发布了豆包视觉理解模型。', only: { kind: 'model', texts: ['豆包视觉理解模型'] } },
  { input: '字节跳动的豆包新版模型和豆包这个模型都不错。', only: { kind: 'model', texts: ['豆包', '豆包'] } },
  { input: '商湯下調「日日新」大模型的價格。', only: { kind: 'model', texts: ['日日新'] } },
  { input: '谷歌的PaLM基础大模型和华为基础大模型。', only: { kind: 'model', texts: ['PaLM'] } },
]);

run('registered company names and words that only look like companies', [
  { input: '北京生数科技有限公司完成融资。', only: { kind: 'vendor', texts: ['北京生数科技有限公司'] } },
  { input: '北京智譜華章科技股份有限公司遞交招股書。', has: [m('北京智譜華章科技股份有限公司', 'vendor:zhipu')] },
  { input: '荣耀发布YOYO智能体，百川智能助力医疗。', only: { kind: 'vendor', texts: ['荣耀', '百川智能'] } },
  // (after 的, a city opening the name: 成立不到三年的合肥启元视觉科技有限公司)
  { input: '成立不到三年的合肥启元视觉科技有限公司正在调试新一代质检大模型。', only: { kind: 'vendor', texts: ['合肥启元视觉科技有限公司'] } },
  { input: '成立不到三年的合肥啟元視覺科技有限公司正在調試新一代質檢大模型。', only: { kind: 'vendor', texts: ['合肥啟元視覺科技有限公司'] } },
  // (after the kind of company it is, a clause opening before: 记者报道：本地人工智能企业…有限公司)
  { input: '记者报道：本地人工智能企业湾睿智能科技集团有限公司（下称“湾睿”）昨日递交上市申请。', has: [m('湾睿智能科技集团有限公司', derivedVendor, { kind: 'vendor' })] },
  { input: '記者報道：本地人工智能企業灣睿智能科技集團有限公司（下稱「灣睿」）昨日遞交上市申請。', has: [m('灣睿智能科技集團有限公司', derivedVendor, { kind: 'vendor' })] },
  // (特专科技公司 is a kind of company listed in Hong Kong, no name)
  { input: '公司拟以特专科技公司身份在主板上市。', only: { kind: 'vendor', texts: [] } },
  { input: '公司擬以特專科技公司身份在主板上市。', only: { kind: 'vendor', texts: [] } },
]);

run('names as web pages write them', [
  { input: 'DeepSeek‑R1和Claude\u00a03.5\u00a0Sonnet的对比。', only: { kind: 'model', texts: ['DeepSeek‑R1', 'Claude\u00a03.5\u00a0Sonnet'] } },
  { input: '混元T1发布后，T1的推理速度提升；文心X1与星火X1对比，X1的价格更低。', has: [m('T1', 'model:hunyuan-t1'), m('X1', 'model:spark-x1')] },
]);

run('more vendors of the industry, and their names inside ordinary words', [
  { input: '智源发布悟道3.0，应科院、优必选、算能和紫光展锐参与，安謀與聯發科合作。', has: [m('智源', 'vendor:baai'), m('应科院', 'vendor:astri'), m('优必选', 'vendor:ubtech'), m('算能', 'vendor:sophgo'), m('紫光展锐', 'vendor:unisoc'), m('安謀', 'vendor:arm')] },
  { input: '傅利叶变换是数学工具，计算能力很重要。', only: { kind: 'vendor', texts: [] } },
]);

run('a short name that stands only beside the full one', [
  { input: 'OpenAI上线GPT-4o mini，免费版ChatGPT换成4o mini。', has: [m('4o mini', 'model:gpt-4o-mini')] },
  { input: 'GPT-4o發布後，4o的圖像生成很火。', has: [m('4o', 'model:gpt-4o')] },
  { input: '4o的图像生成很火。', only: { kind: 'model', texts: [] } },
]);

run('a kind of model before 大模型 is no name', [
  { input: '混元是MoE大模型，VLM大模型和RAG大模型都很热门。', only: { kind: 'model', texts: ['混元'] } },
  { input: '中国移动招标大模型服务器，采购规模约8000台。', only: { kind: 'model', texts: [] } },
  { input: '中國移動集採大模型伺服器。', only: { kind: 'model', texts: [] } },
]);

run('a preposition and a determiner, or a time, before an organisation\'s suffix name no one (据本研究院, 由该实验室, 季内集团)', [
  { input: '据本研究院测算，2024年中国大模型市场规模达294.6亿元。', only: { kind: 'vendor', texts: [] } },
  { input: '據本研究院測算，市場規模達294.6億元；由該實驗室開發的模型參數為70億。', only: { kind: 'vendor', texts: [] } },
  { input: '本源量子科技发布新品。', only: { kind: 'vendor', texts: ['本源量子科技'] } },
  { input: '目前全职员工约12.4万人。季內集團另斥資約26億美元回購股份。', only: { kind: 'vendor', texts: [] } },
  { input: '年内集团将再招聘约3000人。', only: { kind: 'vendor', texts: [] } },
]);

run('a version the knowledge base lacks of a family known only by its versions', [
  { input: 'MiniMax-M3和Step-4发布了，MiniMax M2也在。', only: { kind: 'model', texts: ['MiniMax-M3', 'Step-4', 'MiniMax M2'] } },
  { input: 'Step 4：安装依赖。MiniMax 2024年营收增长。', only: { kind: 'model', texts: [] } },
]);

run('a model built on another, named with a hyphen before it, is one name', [
  { input: '中研院推出CKIP-Llama-2-7b，Chinese-LLaMA-Alpaca-2也开源了。', only: { kind: 'model', texts: ['CKIP-Llama-2-7b', 'Chinese-LLaMA-Alpaca-2'] } },
  { input: 'Meta-Llama-3-8B的下载量很高。', has: [m('Meta', 'vendor:meta', { kind: 'vendor' }), m('Llama-3-8B', (id) => id.startsWith('model:llama-3'))] },
]);

run('a context alias counted or eaten is the everyday thing, even where the company is named', [
  { input: '蚂蚁集团发布百灵大模型。一只蚂蚁在爬。', only: { kind: 'vendor', texts: ['蚂蚁集团'] } },
  { input: '苹果公司发布iPhone，我每天吃苹果，买了一斤苹果。苹果的股价上涨。', has: [m(['苹果', '苹果公司'], 'vendor:apple')], only: { kind: 'vendor', texts: ['苹果', '苹果'] } },
]);

run('a company before its own product', [
  { input: '寒武纪思元590和地平线征程6成为替代选择。', has: [m('寒武纪', 'vendor:cambricon'), m('地平线', 'vendor:horizon-robotics')] },
  { input: '寒武纪思元590发布。寒武纪时期的化石。', only: { kind: 'vendor', texts: ['寒武纪'] } },
]);

run('系列 after a family is not part of its name', [
  { input: 'GLM系列模型均可在昇腾上训练，Yi系列模型开源，MiniMax-01系列发布。', only: { kind: 'model', texts: ['GLM', 'Yi', 'MiniMax-01'] } },
]);

run('an app named after its maker is one product, not the maker', [
  { input: '包括元宝、企业微信和腾讯会议。百度地图接入了文心。', only: { kind: 'vendor', texts: [] } },
  { input: '騰訊會議和百度網盤都接入了大模型。', has: [m('騰訊會議', 'product:tencent-meeting', { kind: 'product' }), m('百度網盤', 'product:baidu-netdisk', { kind: 'product' })], only: { kind: 'vendor', texts: [] } },
]);

run('a facility named after its operator', [
  { input: '中国移动智算中心日前投产，阿里云张北数据中心规模大。', only: { kind: 'vendor', texts: [] } },
  { input: '阿里云在张北的数据中心和字节跳动在乌兰察布的数据中心。', only: { kind: 'vendor', texts: ['阿里云', '字节跳动'] } },
  // (but an operator's data centres in general are the operator: 阿里云数据中心的能源消耗, 阿里云全球自建数据中心总用电量)
  { input: '阿里云数据中心的能源消耗持续上升，阿里云全球自建数据中心总用电量为58.6亿千瓦时。', only: { kind: 'vendor', texts: ['阿里云', '阿里云'] } },
  { input: '阿里雲數據中心的能源消耗持續上升，阿里雲全球自建數據中心總用電量為58.6億千瓦時。', only: { kind: 'vendor', texts: ['阿里雲', '阿里雲'] } },
  { input: '阿里云数据中心（张北）日前投产。', only: { kind: 'vendor', texts: [] } },
]);

run('a demonstrative before a context alias keeps it', [
  { input: '字节跳动的豆包上线后，这个豆包很好用。', only: { kind: 'model', texts: ['豆包', '豆包'] } },
]);

run('a facility named after its operator is a product of its own', [
  { input: '中国移动智算中心日前投产。', has: [m('中国移动智算中心', (id) => id.startsWith('product:'), { kind: 'product', vendorId: 'vendor:china-mobile' })] },
]);

run('a short name before 相关负责人, a company suffix before its results\' period, a suffixed name after a descriptor (月涌科技)', [
  { input: '西云算力相关负责人表示，三期规划新增2万卡。', only: { kind: 'vendor', texts: ['西云算力'] } },
  { input: '西雲算力相關負責人表示，三期規劃新增2萬卡。', only: { kind: 'vendor', texts: ['西雲算力'] } },
  { input: '工信部相关负责人表示，全国算力总规模已超过280 EFLOPS。', only: { kind: 'vendor', texts: [] } },
  { input: '昱晟科技2025年第三季法人说明会（节录）', only: { kind: 'vendor', texts: ['昱晟科技'] } },
  { input: '昱晟科技2025年第三季法人說明會（節錄）', only: { kind: 'vendor', texts: ['昱晟科技'] } },
  { input: '大模型公司月涌科技宣布完成10亿元B轮融资。', only: { kind: 'vendor', texts: ['月涌科技'] } },
  { input: '大模型公司月湧科技宣布完成10億元B輪融資。', only: { kind: 'vendor', texts: ['月湧科技'] } },
]);

run('a company\'s short name and a hyphen name its models (月涌-M2, 云擎-Pro), even before 月活 or 大模型', [
  { input: '大模型公司月涌科技宣布完成融资。月涌科技旗下月涌-M2月活用户超过600万。', only: { kind: 'model', texts: ['月涌-M2'] } },
  { input: '第一中标候选人：云擎数智科技有限公司\n服务内容：基于云擎-Pro大模型开发6个业务智能体。', only: { kind: 'model', texts: ['云擎-Pro'] } },
  { input: '第一中標候選人：雲擎數智科技有限公司\n服務內容：基於雲擎-Pro大模型開發6個業務智能體。', only: { kind: 'model', texts: ['雲擎-Pro'] } },
]);

run('a company\'s short name and 助手 or App is its product, a model (灵犀助手)', [
  { input: '今年最大的黑马非灵犀智能旗下的灵犀助手莫属。据灵犀智能披露，灵犀助手月活突破3200万。', only: { kind: 'model', texts: ['灵犀助手', '灵犀助手'] } },
  { input: '今年最大的黑馬非靈犀智能旗下的靈犀助手莫屬。據靈犀智能披露，靈犀助手月活突破3200萬。', only: { kind: 'model', texts: ['靈犀助手', '靈犀助手'] } },
  { input: '今年最大的黑马非灵犀智能旗下的灵犀助手莫属。据灵犀智能披露，灵犀助手月活突破3200万。', only: { kind: 'vendor', texts: ['灵犀智能', '灵犀智能'] } },
]);

run('a name in quotes before 大模型 or 模型 is a model\'s; after 新版本 or 下一代模型 too (a version\'s dot included); not an epithet of companies', [
  { input: '智澜科技的“澜思”大模型首次贡献超三成收入。', has: [m('澜思', derivedModel, { kind: 'model', via: 'pattern' })] },
  { input: '極睿科技的「極睿·衡」行業大模型已在多家銀行落地。', has: [m('極睿·衡', derivedModel, { kind: 'model', via: 'pattern' })] },
  { input: '公司还发布了新版本“澜思-2.5”，效果提升18%。', has: [m('澜思-2.5', derivedModel, { kind: 'model' })] },
  { input: '用于训练下一代模型“澜思-3”。', has: [m('澜思-3', derivedModel, { kind: 'model' })] },
  { input: '“六小虎”大模型公司纷纷降价。', only: { kind: 'model', texts: [] } },
  { input: '“政务”大模型正在各地落地。', only: { kind: 'model', texts: [] } },
]);

run('a name in quotes after 平台 is a product\'s', [
  { input: '公司核心产品是面向企业的智能体平台“深澜Agent”。', has: [m('深澜Agent', (id) => id.startsWith('product:'), { kind: 'product' })] },
  { input: '公司核心產品是面向企業的智能體平臺「深瀾Agent」。', has: [m('深瀾Agent', (id) => id.startsWith('product:'), { kind: 'product' })] },
]);

run('a leaderboard in quotes after 评测平台 is no product', [
  { input: '第三方评测平台“观星评测”10月15日发布最新一期榜单。', only: { kind: 'product', texts: [] } },
]);

run('a computing facility named as one (位于…的X智算中心, “X数据中心”, X智算中心一期, X智算中心正式投运) is a product; a kind of facility is not', [
  { input: '位于宁夏中卫的北辰智算中心一期工程日前正式投产。', has: [m('北辰智算中心', (id) => id.startsWith('product:'), { kind: 'product' })] },
  { input: '位於寧夏中衛的北辰智算中心一期工程日前正式投產。', has: [m('北辰智算中心', (id) => id.startsWith('product:'), { kind: 'product' })] },
  { input: '西部再添“万卡集群”：北辰智算中心一期投产', has: [m('北辰智算中心', (id) => id.startsWith('product:'), { kind: 'product' })] },
  // (a city's 人工智能计算中心, its phase in brackets)
  { input: '庆阳市人工智能计算中心（一期）在西峰区正式投运。', has: [m('庆阳市人工智能计算中心', (id) => id.startsWith('product:'), { kind: 'product' })] },
  { input: '慶陽市人工智能計算中心由市政府與中國電信共同投資建設。', has: [m('慶陽市人工智能計算中心', (id) => id.startsWith('product:'), { kind: 'product' })] },
  { input: '政院通過AI預算341億元，主權AI算力中心明年底上線。', only: { kind: 'product', texts: [] } },
  // a table cell that holds only a facility's name names it (| 张北超级智算中心 | 阿里云 |), and 算力枢纽 is one; a province's 大数据中心 is a bureau
  { input: '| 名称 | 运营方 | 规模 |\n| --- | --- | --- |\n| 张北超级智算中心 | 阿里云 | 超1.5万卡 |\n| 临港算力枢纽一期 | 沪算云 | 8192卡 |\n', has: [m('张北超级智算中心', (id) => id.startsWith('product:'), { kind: 'product' }), m('临港算力枢纽', (id) => id.startsWith('product:'), { kind: 'product' })] },
  { input: '| 名稱 | 營運方 | 規模 |\n| --- | --- | --- |\n| 張北超級智算中心 | 阿里雲 | 超1.5萬卡 |\n', has: [m('張北超級智算中心', (id) => id.startsWith('product:'), { kind: 'product' })] },
  { input: '| 项目 | 采购人 |\n| --- | --- |\n| 公共算力平台 | 东陵省大数据中心 |\n', only: { kind: 'product', texts: [] } },
  { input: '全省已有3个大型智算中心一期投产。', only: { kind: 'product', texts: [] } },
  { input: '位于郊区的城市智算中心已经投产。', only: { kind: 'product', texts: [] } },
  // a clause that opens with it and tells news of it (正式投运, 由…建设)
  { input: '江淮智算中心正式投运，首批上线4096张加速卡。', has: [m('江淮智算中心', (id) => id.startsWith('product:'), { kind: 'product' })] },
  // (a verb opening the clause is no part of the name: 推动X计算中心二期扩容)
  { input: '支持企业建设万卡集群，推动合肥人工智能计算中心二期扩容。', has: [m('合肥人工智能计算中心', (id) => id.startsWith('product:'), { kind: 'product' })] },
  { input: '支持企業建設萬卡集群，推動合肥人工智能計算中心二期擴容。', has: [m('合肥人工智能計算中心', (id) => id.startsWith('product:'), { kind: 'product' })] },
  { input: '據悉，江淮智算中心由皖算科技建設運營。', has: [m('江淮智算中心', (id) => id.startsWith('product:'), { kind: 'product' })] },
  { input: '今年，大型智算中心已投运20余座。', only: { kind: 'product', texts: [] } },
]);

run('a month written right after a …GPT name is no version of it', [
  { input: 'OpenAI的ChatGPT11月全球月活约3.1亿。', has: [m('ChatGPT', 'model:chatgpt')], not: ['model:chatgpt11'] },
  { input: 'OpenAI的ChatGPT11月全球月活約3.1億。', has: [m('ChatGPT', 'model:chatgpt')], not: ['model:chatgpt11'] },
  { input: '研究团队发布了FinGPT3。', has: [m('FinGPT3', derivedModel, { kind: 'model' })] },
]);

run('a version written after a Latin name the knowledge base lacks is that name\'s, no model (LiveCodeBench v5)', [
  { input: 'Qwen3-235B-A22B在代码评测LiveCodeBench v5中得分70.7。', only: { kind: 'model', texts: ['Qwen3-235B-A22B'] } },
  { input: 'DeepSeek发布R1。', has: [m('R1', 'model:deepseek-r1')] },
]);

run('a context name in quotes right before 大模型 is supported by that phrase (“九天”大模型)', [
  { input: '中国移动介绍，“九天”大模型已在超过40个行业落地。', has: [m('九天', 'model:jiutian')] },
  { input: '中國移動介紹，「九天」大模型已在超過40個行業落地。', has: [m('九天', 'model:jiutian')] },
]);

run('assistant apps of the knowledge base, in either script (小浣熊 of SenseTime)', [
  { input: '商汤旗下办公助手“小浣熊”累计用户已超过600万。', has: [m('小浣熊', 'model:raccoon', { kind: 'model' })] },
  { input: '商湯旗下辦公助手「小浣熊」累計用戶已超過600萬。', has: [m('小浣熊', 'model:raccoon', { kind: 'model' })] },
]);

run('a company called by a quoted name (一家名为“灵枢科技”的创业公司) and a quoted name before Agent are names', [
  { input: '一家名为“灵枢科技”的创业公司推出的“小精灵”Agent上线三个月。', only: { kind: 'vendor', texts: ['灵枢科技'] }, has: [m('小精灵', derivedModel, { kind: 'model', via: 'pattern' })] },
  { input: '一家名為「靈樞科技」的創業公司推出的「小精靈」Agent上線三個月。', only: { kind: 'vendor', texts: ['靈樞科技'] }, has: [m('小精靈', derivedModel, { kind: 'model', via: 'pattern' })] },
  { input: '“双十一”App下载量暴涨，“政务”智能体也多了起来。', only: { kind: 'model', texts: [] } },
]);

run('names by their form: a descriptor\'s name before a word that runs past a stop (北溟数智正在), a version and a size (岫光2.5-72B), a code after a card\'s kind (推理卡DS-100)', [
  { input: '据报道，企业级Agent公司北溟数智正在洽谈新一轮融资。', only: { kind: 'vendor', texts: ['北溟数智'] } },
  { input: '據報道，企業級Agent公司北溟數智正在洽談新一輪融資。', only: { kind: 'vendor', texts: ['北溟數智'] } },
  { input: '云岫科技成立于2021年。其旗下岫光2.5-72B自4月上线以来，客户已超过1200家。', has: [m('岫光2.5-72B', derivedModel, { kind: 'model' })] },
  { input: '雲岫科技成立於2021年。其旗下岫光2.5-72B自4月上線以來，客戶已超過1200家。', has: [m('岫光2.5-72B', derivedModel, { kind: 'model' })] },
  { input: '深栈智能的首款推理卡DS-100的算力为256 TOPS。', has: [m('DS-100', 'product:ds-100', { kind: 'product' })] },
  { input: '深棧智能的首款推理卡DS-100的算力為256 TOPS。', has: [m('DS-100', 'product:ds-100', { kind: 'product' })] },
]);

run('a company named X AI stays the company; its short name with a Latin word and a version is its model (溯光AI, 溯光Coder 3.0)', [
  { input: '新公司溯光AI发布代码模型溯光Coder 3.0，提供7B和33B两个尺寸。', only: { kind: 'vendor', texts: ['溯光AI'] }, has: [m('溯光Coder 3.0', derivedModel, { kind: 'model', vendorId: 'vendor:溯光ai' })] },
  { input: '新公司溯光AI發布代碼模型溯光Coder 3.0，提供7B和33B兩個尺寸。', only: { kind: 'vendor', texts: ['溯光AI'] }, has: [m('溯光Coder 3.0', derivedModel, { kind: 'model' })] },
]);

run('what a company launched, one word the tagger does not know, is a model (推出的港语通); a city\'s voucher is not', [
  { input: '维港智算科技去年九月推出的港语通，主打广东话。港语通基本版免费。', only: { kind: 'model', texts: ['港语通', '港语通'] } },
  { input: '維港智算科技去年九月推出的港語通，主打廣東話。港語通基本版免費。', only: { kind: 'model', texts: ['港語通', '港語通'] } },
  // (Cantonese function words read as Mandarin ones: 推出嘅)
  { input: '維港智算科技去年九月推出嘅港語通，主打廣東話同繁體中文。', only: { kind: 'model', texts: ['港語通'] } },
  { input: '苏州市推出的算力券，每年不超过2.5亿元。', only: { kind: 'model', texts: [] } },
]);

run('a company\'s short name the tagger glues to its next word stands before its own measure (雲碩營收)', [
  { input: '雲碩科技（6875）今日公布營收。產品方面，AI伺服器占雲碩營收比重已拉升至62%。', only: { kind: 'vendor', texts: ['雲碩科技', '雲碩'] } },
  { input: '云硕科技（6875）今日公布营收。产品方面，AI服务器占云硕营收比重已拉升至62%。', only: { kind: 'vendor', texts: ['云硕科技', '云硕'] } },
]);

run('a company named after a place (滨江湾智能科技) gives no short name to the place\'s district, park or administration (滨江湾高新区, 滨江湾人工智能产业园)', [
  { input: '滨江湾高新区管委会印发《滨江湾人工智能产业园扶持办法》。园区企业滨江湾智能科技有限公司获得补贴。', only: { kind: 'vendor', texts: ['滨江湾智能科技有限公司'] } },
  { input: '濱江灣高新區管委會印發《濱江灣人工智能產業園扶持辦法》。園區企業濱江灣智能科技有限公司獲得補貼。', only: { kind: 'vendor', texts: ['濱江灣智能科技有限公司'] } },
]);

run('a product named by a brand and a code (澜湾T3) makes the brand and another code its line\'s other product (澜湾T2); the brand alone is none', [
  { input: '澜湾智芯发布加速卡澜湾T3。澜湾T2于2023年发布，澜湾智芯表示T3已量产。', only: { kind: 'product', texts: ['澜湾T3', '澜湾T2', 'T3'] } },
  { input: '瀾灣智芯發布加速卡瀾灣T3。瀾灣T2於2023年發布，瀾灣智芯表示T3已量產。', only: { kind: 'product', texts: ['瀾灣T3', '瀾灣T2', 'T3'] } },
]);

run('a company\'s short name and 助手App is its assistant (极曜助手App is 极曜助手)', [
  { input: '极曜科技发布新模型。与模型一同更新的还有面向C端的极曜助手App。', only: { kind: 'model', texts: ['极曜助手'] } },
  { input: '極曜科技發布新模型。與模型一同更新的還有面向C端的極曜助手App。', only: { kind: 'model', texts: ['極曜助手'] } },
]);

run('a Latin name, a variant and a size after hyphens is a model\'s name (Aurora-Pro-34B)', [
  { input: '极光智算则对Aurora-Pro-34B采用统一定价。', has: [m('Aurora-Pro-34B', derivedModel, { kind: 'model' })] },
  { input: '極光智算則對Aurora-Pro-34B採用統一定價。', has: [m('Aurora-Pro-34B', derivedModel, { kind: 'model' })] },
]);

run('a company\'s name the tagger cuts into single characters (帧/跃 of 帧跃科技) and its short name after; a Chinese name and a version after 模型 (模型跃影2.0)', [
  { input: '帧跃科技完成6亿元B轮融资。2023年9月，帧跃拿到红杉中国领投的1.2亿元天使轮。', only: { kind: 'vendor', texts: ['帧跃科技', '帧跃'] } },
  { input: '幀躍科技完成6億元B輪融資。2023年9月，幀躍拿到紅杉中國領投的1.2億元天使輪。', only: { kind: 'vendor', texts: ['幀躍科技', '幀躍'] } },
  { input: '帧跃科技发布了新一代视频生成模型跃影2.0。跃影2.0比上一代跃影1.5快2.5倍。', only: { kind: 'model', texts: ['跃影2.0', '跃影2.0', '跃影1.5'] } },
  { input: '幀躍科技發布了新一代視頻生成模型躍影2.0。躍影2.0比上一代躍影1.5快2.5倍。', only: { kind: 'model', texts: ['躍影2.0', '躍影2.0', '躍影1.5'] } },
  // (a quantity after 模型 is none: 模型参数达到2.5)
  { input: '新模型参数达到2.5万亿。', only: { kind: 'model', texts: [] } },
  // (nor a predicate: 较上一代模型分别提升6.2、4.8个百分点)
  { input: '新版较上一代模型分别提升6.2、4.8和21.5个百分点。', only: { kind: 'model', texts: [] } },
  { input: '新版較上一代模型分別提升6.2、4.8和21.5個百分點。', only: { kind: 'model', texts: [] } },
]);

run('a code after a device\'s kind is the device, H1 too (人形机器人H1; 上半年H1 is no device)', [
  { input: '宇树更早推出的全尺寸人形机器人H1售价约65万元。', has: [m('H1', 'product:h1', { kind: 'product' })] },
  { input: '宇樹更早推出的全尺寸人形機器人H1售價約65萬元。', has: [m('H1', 'product:h1', { kind: 'product' })] },
  { input: '公司H1营收增长30%。', only: { kind: 'product', texts: [] } },
]);

run('a name the tagger cuts into one-character places (云/ns 岫/ns) before a company\'s suffix is a company', [
  { input: '至於去年以18C章上市的雲岫智能，招股價23.5港元。', only: { kind: 'vendor', texts: ['雲岫智能'] } },
  { input: '至于去年以18C章上市的云岫智能，招股价23.5港元。', only: { kind: 'vendor', texts: ['云岫智能'] } },
]);

run('a family\'s name, what kind of model and 大模型 with a version or a variant is a model of its own (灵犀端侧大模型2.0)', [
  { input: '新机首发搭载自研的灵犀端侧大模型2.0，同时上线了灵犀云端大模型Pro。前代灵犀端侧大模型1.0只有13亿参数。', only: { kind: 'model', texts: ['灵犀端侧大模型2.0', '灵犀云端大模型Pro', '灵犀端侧大模型1.0'] } },
  { input: '新機首發搭載自研的靈犀端側大模型2.0，同時上線了靈犀雲端大模型Pro。前代靈犀端側大模型1.0只有13億參數。', only: { kind: 'model', texts: ['靈犀端側大模型2.0', '靈犀雲端大模型Pro', '靈犀端側大模型1.0'] } },
]);

run('a metric after 公司 is no company\'s name (公司ARR, 公司GMV)', [
  { input: '林叙预计，今年公司ARR将增长至少2倍。', only: { kind: 'vendor', texts: [] } },
  { input: '林敘預計，今年公司ARR將增長至少2倍。', only: { kind: 'vendor', texts: [] } },
]);

run('one common noun after a descriptor\'s 公司 and before a company\'s news is its name (法律AI公司深言宣布); a role is not (公司团队宣布)', [
  { input: '垂直领域方面，法律AI公司深言宣布获得智谱的战略投资。', has: [m('深言', 'vendor:深言', { kind: 'vendor' })] },
  { input: '垂直領域方面，法律AI公司深言宣布獲得智譜的戰略投資。', has: [m('深言', 'vendor:深言', { kind: 'vendor' })] },
  { input: 'AI公司团队宣布完成融资。', only: { kind: 'vendor', texts: [] } },
]);

run('hardware, devices and tools of the industry the knowledge base knows (B300, Galaxy S24 Ultra, SGLang)', [
  { input: '英伟达B300配备288GB显存，L20单卡48GB。', has: [m('B300', 'product:b300', { kind: 'product', vendorId: 'vendor:nvidia' }), m('L20', 'product:l20')] },
  { input: '輝達GB300 NVL72整櫃出貨，Vera Rubin明年量產。', has: [m('GB300 NVL72', 'product:gb300-nvl72'), m('Vera Rubin', 'product:vera-rubin')] },
  { input: 'AMD的MI355X与英特尔Core Ultra 200V（Lunar Lake）', has: [m('MI355X', 'product:instinct-mi355x'), m('Core Ultra 200V', 'product:core-ultra-200v'), m('Lunar Lake', 'product:core-ultra-200v')] },
  { input: '三星Galaxy S24 Ultra与S25 Ultra都支持Galaxy AI', has: [m('Galaxy S24 Ultra', 'product:galaxy-s24-ultra'), m('S25 Ultra', 'product:galaxy-s25-ultra')] },
  // (a tier after a device named with its generation is part of its name)
  { input: '三星Galaxy S25 Edge厚度只有5.8毫米', has: [m('Galaxy S25 Edge', 'product:galaxy-s25-edge')] },
  { input: '我用MacBook Pro和Mac Studio（M3 Ultra）跑模型', has: [m('MacBook Pro', 'product:macbook-pro'), m('Mac Studio', 'product:mac-studio'), m('M3 Ultra', 'product:apple-m3-ultra')] },
  { input: '推理框架用vLLM、SGLang和llama.cpp，本地用Ollama', has: [m('SGLang', 'product:sglang'), m('llama.cpp', 'product:llama-cpp'), m('Ollama', 'product:ollama')], not: ['model:llama'] },
  { input: '微軟的Copilot+ PC要求NPU算力40 TOPS以上', has: [m('Copilot+ PC', 'product:copilot-plus-pc', { vendorId: 'vendor:microsoft' })] },
  { input: '谷歌TPU v5e和Trillium', has: [m('TPU v5e', 'product:tpu-v5e'), m('Trillium', 'product:trillium')] },
  { input: '驍龍8至尊版的NPU', has: [m('驍龍8至尊版', 'product:snapdragon-8-elite')] },
  { input: '豆包MarsCode与秒哒都上线了', has: [m('豆包MarsCode', 'product:marscode'), m('秒哒', 'product:miaoda')] },
  { input: '优必选Walker S1进厂实训，智元远征A2售价约60万元', has: [m('Walker S1', 'product:walker-s1'), m('远征A2', 'product:expedition-a2')] },
]);

run('a launched name of a few characters and a Latin code or tier is a name (发布曜石 S8, 推出新一代模型星图 Pro)', [
  { input: '芯曜科技发布曜石 S8。曜石 S8 为 4U 机架式服务器。', has: [m('曜石 S8', derivedModel)] },
  { input: '芯曜科技發布了新一代模型星圖 Pro，星圖 Pro 的上下文長度為128K。', has: [m('星圖 Pro', derivedModel)] },
  { input: '他们发布了基于昇腾的推理一体机云枢A2，售价50万元。', has: [m('云枢A2', (id) => id.startsWith('product:'), { kind: 'product' })] },
  { input: '我们推出了全新 Pro 版本，售价99元。', only: { kind: 'model', texts: [] } },
  { input: '他们发布了FP8版本的权重。', only: { kind: 'model', texts: [] } },
]);

run('a launched name of a few characters and a version with a point is a model (发布了曜言3.0); a quantity after the verb is none', [
  { input: '今年4月我们发布了曜言3.0，它是一个千亿级参数的MoE模型。', has: [m('曜言3.0', derivedModel)] },
  { input: '今年4月我們發布了曜言3.0，它是一個千億級參數的MoE模型。', has: [m('曜言3.0', derivedModel)] },
  { input: '公司上线了星澜 2.5，上下文长度为128K。', has: [m('星澜 2.5', derivedModel)] },
  { input: '公司发布了财报2.5亿元的营收。', only: { kind: 'model', texts: [] } },
  { input: '我们推出了新版3.0，售价99元。', only: { kind: 'model', texts: [] } },
]);

run('a company\'s Latin name glued to a year is the company (OpenAI2024年营收), not a version', [
  { input: '作为对照，OpenAI2024年营收约37亿美元。', has: [m('OpenAI', 'vendor:openai')] },
  { input: '作為對照，Anthropic2025年收入約50億美元。', has: [m('Anthropic', 'vendor:anthropic')] },
]);

run('two characters the tagger knows as no word before 大模型 are a model\'s name (以衡言大模型为核心); words (主流大模型) and phrases (如果说大模型) are not', [
  { input: '以衡言大模型和衡云MaaS平台为核心的生成式AI业务全年收入同比增长87.2%。', has: [m('衡言大模型', derivedModel, { kind: 'model' })] },
  { input: '湖北省武漢市江城數智發布的楚言大模型已在全省37家三甲醫院落地應用。', has: [m('楚言大模型', derivedModel, { kind: 'model' })] },
  { input: '国内主流大模型、头部大模型和中国大模型，以及千亿大模型、首个大模型、知名大模型都在竞争。', only: { kind: 'model', texts: [] } },
  { input: '如果說大模型是電力，那麼算力就是電網。', only: { kind: 'model', texts: [] } },
  { input: '頭部企業紛紛發布新品，其衡言大模型2.0採用MoE架構。', has: [m('衡言大模型2.0', derivedModel)] },
]);

run('a word, a hyphen and a code with 模型 later in its sentence is a model (Halcyon-R2：…的推理模型), and its code alone names it; a benchmark is none', [
  { input: 'Halcyon-R2：首个在 ARC-AGI-2 上突破 20%的推理模型。', has: [m('Halcyon-R2', derivedModel, { kind: 'model' })] },
  { input: 'Halcyon-R2：首個在 ARC-AGI-2 上突破 20%的推理模型。', has: [m('Halcyon-R2', derivedModel, { kind: 'model' })] },
  { input: 'Halcyon-R2：首个在 ARC-AGI-2 上突破 20%的推理模型。\n\n据报道，R2 是在大约 10 万张 H100 的集群上训的。', only: { kind: 'model', texts: ['Halcyon-R2', 'R2'] } },
  { input: '这款模型在COVID-19数据集上表现一般。', only: { kind: 'model', texts: [] } },
]);

run('a Chinese name, a Latin kind and a dotted version after 模型 is a model\'s name (具身基础模型灵枢VLA 1.5)', [
  { input: '支撑这两款硬件的，是自研的具身基础模型灵枢VLA 1.5，参数规模约30亿。', has: [m('灵枢VLA 1.5', derivedModel, { kind: 'model' })] },
  { input: '支撐這兩款硬體的，是自研的具身基礎模型靈樞VLA 1.5，參數規模約30億。', has: [m('靈樞VLA 1.5', derivedModel, { kind: 'model' })] },
]);

run('a name and 云 opening a clause before its news (曜石云发布) or after what is rented from it (租自矩阵云) is a cloud provider; a kind of cloud (私有云, 政务云) and the cloud as a thing (GPU云服务器) are none', [
  { input: '曜石云发布第九代GPU云服务器。', only: { kind: 'vendor', texts: ['曜石云'] } },
  { input: '曜石雲發布第九代GPU雲伺服器。', only: { kind: 'vendor', texts: ['曜石雲'] } },
  { input: '硬件租自矩阵云，总计用时12天。', only: { kind: 'vendor', texts: ['矩阵云'] } },
  { input: '硬體租自矩陣雲，總計用時12天。', only: { kind: 'vendor', texts: ['矩陣雲'] } },
  { input: '私有云和混合云市场增长30%，政务云发布新标准。', only: { kind: 'vendor', texts: [] } },
]);

run('a lower-case code after a cloud server or an instance, before 系列 or a clause\'s end, is an instance family (GPU云服务器gn9系列, 实例ga7，)', [
  { input: '曜石云发布第九代GPU云服务器gn9系列及国产算力实例ga7，同时宣布降价。', only: { kind: 'product', texts: ['gn9', 'ga7'] } },
  { input: '曜石雲發布第九代GPU雲伺服器gn9系列及國產算力實例ga7，同時宣布降價。', only: { kind: 'product', texts: ['gn9', 'ga7'] } },
  { input: '这台服务器v2版本的固件已更新。', only: { kind: 'product', texts: [] } },
]);

run('a Latin name of one word, and a code, right after a launch verb is a name (发布的Helix, 开源的GR00T N1); words that name no model (App, Beta) are none', [
  { input: 'Figure AI今年初发布的Helix由一个70亿参数的视觉语言模型组成。', has: [m('Helix', derivedModel, { kind: 'model' })] },
  { input: '英偉達開源的GR00T N1參數量為22億。', has: [m('GR00T N1', derivedModel, { kind: 'model' })] },
  { input: '他们发布了App，还推出Beta版。', only: { kind: 'model', texts: [] } },
]);

run('a name of four characters before its founder or chief, opening a clause or after 请到了, is a company (请到了深空智元的创始人), a known short name inside it part of it; 创始人兼CEO names none', [
  { input: '这期我们请到了深空智元的创始人兼 CEO 陈屿。', only: { kind: 'vendor', texts: ['深空智元'] } },
  { input: '陳嶼，深空智元創始人 & CEO。', only: { kind: 'vendor', texts: ['深空智元'] } },
  { input: '这家公司的创始人兼CEO很低调，我们团队的CEO也是。', only: { kind: 'vendor', texts: [] } },
]);

test('a number grouped with a thousands comma right after a name is no version of it (豆包7,523万, Kimi 2,000万)', () => {
  const a = analyse('月活前三：豆包7,523万、文心一言3,000万左右、Kimi 2,000万出头。');
  assert.deepEqual(a.figures.map((f) => f.text), ['7,523万', '3,000万左右', '2,000万出头']);
  assert.deepEqual(a.entities.filter((e) => e.kind === 'model').map((e) => e.text), ['豆包', '文心一言', 'Kimi']);
});

test('a slogan on 模 in quotes after a word for a company is no company (初创“一模走天下”)', () => {
  for (const text of ['四、按主体:大厂“一厂多模”,初创“一模走天下”', '四、按主體：大廠「一廠多模」，初創「一模走天下」']) {
    assert.deepEqual(analyse(text).entities.filter((e) => e.kind === 'vendor').map((e) => e.text), []);
  }
  assert.deepEqual(analyse('一家初创公司“灵枢科技”完成融资。').entities.filter((e) => e.kind === 'vendor').map((e) => e.text), ['灵枢科技']);
});

test('a number and 分 after a name is its score, no version (Claude Pro 9.0分, DeepSeek 8.8分)', () => {
  const a = analyse('Claude Pro 9.0分\nDeepSeek 8.8分\nGemini Advanced 7.1分');
  assert.deepEqual(a.entities.map((e) => e.text), ['Claude Pro', 'DeepSeek', 'Gemini Advanced']);
  assert.deepEqual(a.figures.map((f) => f.text), ['9.0分', '8.8分', '7.1分']);
});

test('phones by name (小米15, 荣耀Magic7 Pro, OPPO Find X8); a name whose number is a quantity\'s is no phone (小米15亿元)', () => {
  const a = analyse('华为Mate 70 Pro、OPPO Find X8、小米15、榮耀Magic7 Pro的對比。');
  assert.deepEqual(a.entities.filter((e) => e.kind === 'product').map((e) => e.canonical), ['Mate 70 Pro', 'OPPO Find X8', '小米15', '荣耀Magic7 Pro']);
  const b = analyse('小米15亿元投资了一家公司。');
  assert.deepEqual(b.entities.map((e) => e.text), ['小米']);
  assert.deepEqual(b.figures.map((f) => f.text), ['15亿元']);
});

test('a name of digits alone (360) is no name inside a number or before its unit (1,360亿, 360元, 360度)', () => {
  for (const [text, figures] of [['该模型总参数量1,360亿。', ['1,360亿']], ['會員價為360元。', ['360元']], ['全景360度拍攝', ['360度']]] as const) {
    const a = analyse(`360发布了360智脑。\n\n${text}`);
    assert.deepEqual(a.figures.map((f) => f.text), figures, text);
    assert.deepEqual(a.entities.map((e) => e.text), ['360', '360智脑'], text);
  }
});

test('robot foundation models and more open models by name (Helix, π0.5, GR00T N1, PaliGemma, GraspVLA, MiLM2)', () => {
  for (const text of ['Figure的Helix、π0和π0.5、英伟达的GR00T N1、谷歌的PaliGemma、银河通用的GraspVLA、小米的MiLM2。', 'Figure的Helix、π0和π0.5、輝達的GR00T N1、谷歌的PaliGemma、銀河通用的GraspVLA、小米的MiLM2。']) {
    assert.deepEqual(analyse(text).entities.filter((e) => e.kind === 'model').map((e) => e.canonical), ['Helix', 'π0', 'π0.5', 'GR00T N1', 'PaliGemma', 'GraspVLA', 'MiLM2']);
  }
});

test('a registered name after a roundup\'s bracketed label is its company, and so is the label (【灵枢机器人】深圳灵枢机器人有限公司)', () => {
  for (const text of ['【灵枢机器人】深圳灵枢机器人有限公司完成1.5亿美元B+轮融资，软银愿景基金领投。', '【靈樞機器人】深圳靈樞機器人有限公司完成1.5億美元B+輪融資，軟銀願景基金領投。']) {
    const vendors = analyse(text).entities.filter((e) => e.kind === 'vendor');
    assert.ok(vendors.some((e) => e.text.endsWith('有限公司')), `${text}: ${vendors.map((e) => e.text).join(', ')}`);
    assert.ok(vendors.some((e) => e.text === '灵枢机器人' || e.text === '靈樞機器人'), `${text}: ${vendors.map((e) => e.text).join(', ')}`);
  }
});

run('a Latin company named with its form (Halcyon Labs, Nova Robotics Inc.) is a company; a known one written so stays itself', [
  { input: '原文作者：The Halcyon Labs Team。Halcyon Labs 成立于2021年。', only: { kind: 'vendor', texts: ['Halcyon Labs', 'Halcyon Labs'] } },
  { input: '譯者後記：Halcyon Labs 成立於2021年，總部位於舊金山。', has: [m('Halcyon Labs', 'vendor:halcyon labs', { kind: 'vendor', via: 'pattern' })] },
  { input: 'Zephyr Robotics Inc. 完成了B轮融资', has: [m(['Zephyr Robotics', 'Zephyr Robotics Inc'], derivedVendor, { kind: 'vendor' })] },
  { input: 'Google DeepMind发布了Gemini 2.5 Pro', not: ['vendor:google deepmind labs'] },
]);

run('a consumer card by its number alone, where its neighbours speak of cards (一张4090, 4090 48G魔改版); not a count, an amount or a code', [
  { input: '4090 48G魔改版现在2.3w左右，跑32B int4够用', only: { kind: 'product', texts: ['4090'] } },
  { input: '買一張 4090 還是直接上 Mac？', only: { kind: 'product', texts: ['4090'] } },
  { input: '两张5090跑70B模型很轻松', has: [m('5090', versionOf('product:geforce-rtx'), { kind: 'product' })] },
  // (after a clause's comma too: a comma groups digits only after a digit)
  { input: '4090 現在一張要 7 萬多還缺貨，5090 32GB 官方價 $66,900', only: { kind: 'product', texts: ['4090', '5090'] } },
  { input: '4090 现在一张要 7 万多还缺货，5090 32GB 官方价 $66,900', only: { kind: 'product', texts: ['4090', '5090'] } },
  { input: '共1，4090张显卡', only: { kind: 'product', texts: [] } },
  { input: '今年共有4090家企业申报，显卡补贴另算。', only: { kind: 'product', texts: [] } },
  { input: '设备编号4090，显卡型号待定。', only: { kind: 'product', texts: [] } },
  { input: '预计到2050年，GPU需求还会增长。', only: { kind: 'product', texts: [] } },
]);

run('a new name before 大模型 right after a verb that launches it (发布了衡言大模型4.0, 推出衡言大模型); the family named whole and then with a version is that version', [
  { input: '公司发布了衡言大模型4.0。', only: { kind: 'model', texts: ['衡言大模型4.0'] } },
  { input: '公司發布了衡言大模型4.0。', only: { kind: 'model', texts: ['衡言大模型4.0'] } },
  { input: '星衡集团推出衡言大模型。', only: { kind: 'model', texts: ['衡言大模型'] } },
  { input: '公司上线了政务大模型。', only: { kind: 'model', texts: [] } },
  { input: '公司以自研的问川大模型为核心。\n\n2024年9月，公司正式发布问川大模型3.0。', only: { kind: 'model', texts: ['问川大模型', '问川大模型3.0'] } },
]);

run('a long name after a family named in quotes keeps its whole end (QingLan-2-MoE-48B-A6B); a preposition glued to a company\'s name is not in it (由青岚智能); a platform launched under a quoted name (推出“星河MaaS平台”)', [
  { input: '发布「QingLan-2」系列，以及 QingLan-2-MoE-48B-A6B，全部开放。', only: { kind: 'model', texts: ['QingLan-2', 'QingLan-2-MoE-48B-A6B'] } },
  { input: '發布「QingLan-2」系列，以及 QingLan-2-MoE-48B-A6B，全部開放。', only: { kind: 'model', texts: ['QingLan-2', 'QingLan-2-MoE-48B-A6B'] } },
  { input: 'QingLan-2 是由青岚智能（QingLan AI）研发的新一代开源大语言模型系列。', has: [m('青岚智能', 'vendor:青岚智能')], not: ['vendor:由青岚智能'] },
  { input: 'QingLan-2 是由青嵐智能（QingLan AI）研發的新一代開源大語言模型系列。', has: [m('青嵐智能', (id) => id.endsWith('青岚智能') || id.endsWith('青嵐智能'))] },
  // (and 按, 向, 对 as 由: 按星衍智能目前的营收规模)
  { input: '投资人算了一笔账：按星衍智能目前的营收规模，它还远没到能自我造血的阶段。', has: [m('星衍智能', 'vendor:星衍智能')], not: ['vendor:按星衍智能'] },
  { input: '投資人算了一筆賬：按星衍智能目前的營收規模，它還遠沒到能自我造血的階段。', has: [m('星衍智能', 'vendor:星衍智能')], not: ['vendor:按星衍智能'] },
  { input: '依托自有算力，公司同步推出“星河MaaS平台”，提供模型精调服务。', has: [m('星河MaaS平台', 'product:星河maas平台', { kind: 'product' })] },
  { input: '依託自有算力，公司同步推出「星河MaaS平台」，提供模型精調服務。', has: [m('星河MaaS平台', (id) => id.startsWith('product:'), { kind: 'product' })] },
]);

run('a model\'s name with a device\'s word (镜流Vision 2.5, 视频生成大模型「镜流Vision」) is no device: a dotted version or 模型 right before it says so', [
  { input: '镜流科技成立于2023年。镜流Vision 2.5采用DiT架构。', has: [m('镜流Vision 2.5', (id) => id.startsWith('model:'), { kind: 'model' })] },
  { input: '鏡流科技成立於2023年。鏡流Vision 2.5採用DiT架構。', has: [m('鏡流Vision 2.5', (id) => id.startsWith('model:'), { kind: 'model' })] },
  { input: '苹果发布Vision Pro。小米Pad 6 Max售价1999元。', has: [m('小米Pad 6 Max', (id) => id.startsWith('product:'), { kind: 'product' })] },
]);

run('a company\'s registered name right after a quote ends (“…”北疆云谷数据科技有限公司副总经理…) is its name, no piece of it', [
  { input: '“总用电量约15亿度。”北疆云谷数据科技有限公司副总经理韩志远说。', has: [m('北疆云谷数据科技有限公司', (id) => id.startsWith('vendor:北疆云谷'))], not: ['vendor:技有限公司副'] },
  { input: '「總用電量約15億度。」北疆雲谷數據科技有限公司副總經理韓志遠說。', has: [m('北疆雲谷數據科技有限公司', (id) => id.startsWith('vendor:'))] },
]);

run('a registered name after a sentence\'s end is not read from the clause before it (。由省属企业黔云智算科技有限公司投资)', [
  { input: '（四）黔云智算中心。由省属企业黔云智算科技有限公司投资45亿元建设。', not: ['vendor:由省属企业黔云智算'] },
]);

run('a Chinese name with 大模型 and a version is a model whatever verb launched it (发布了天枢大模型3.0); a kind of model is none', [
  { input: '我们在去年9月发布了天枢大模型3.0。天枢3.0总参数2450亿。', only: { kind: 'model', texts: ['天枢大模型3.0', '天枢3.0'] } },
  { input: '我們在去年9月發佈了天樞大模型3.0。天樞3.0總參數2,450億。', only: { kind: 'model', texts: ['天樞大模型3.0', '天樞3.0'] } },
  { input: '公司推出全新星河大模型V2，上下文128K。', only: { kind: 'model', texts: ['星河大模型V2'] } },
  { input: '国产大模型2.0时代来了，行业大模型3.0也在路上。', only: { kind: 'model', texts: [] } },
  // (a quarter after 大模型 is no code of a model: a code of capitals is, document-names.test.ts)
  { input: '天衡大模型 Q4调用量增长了三倍。', not: ['model:天衡q4'] },
]);

run('a name given in quotes after 叫/名为/旗下的, a system or an engine, or a domain\'s model is a name; a nickname is none', [
  { input: '这背后是自研的推理引擎，叫“衡流”。', only: { kind: 'product', texts: ['衡流'] } },
  { input: '該公司胸部CT輔助診斷系統「影析」已在4間醫院試用。', only: { kind: 'product', texts: ['影析'] } },
  { input: '公司微调出法律模型「律思」。', only: { kind: 'model', texts: ['律思'] } },
  { input: '杭州鹿鸣智能旗下的“小鹿AI”，月活达到1410万。', has: [m('小鹿AI', (id) => id.endsWith('小鹿ai'))] },
  { input: '他们把这个助手叫“小满”，接入了DeepSeek-R1。', has: [m('小满', (id) => id === 'model:小满', { kind: 'model' })] },
  { input: '一家名为“灵枢科技”的创业公司完成融资。', has: [m('灵枢科技', 'vendor:灵枢科技', { kind: 'vendor' })] },
  { input: '这家公司被同行叫“卷王”，系统“崩溃”了两次。', only: { kind: 'product', texts: [] } },
]);

run('a platform\'s name is its brand and 开放平台, an adverb before it no part (目前衡元开放平台 is 衡元开放平台)', [
  { input: '数据显示，目前衡元开放平台日均token调用量约4200亿。', only: { kind: 'product', texts: ['衡元开放平台'] } },
  { input: '數據顯示，目前衡元開放平台日均token調用量約4200億。', only: { kind: 'product', texts: ['衡元開放平台'] } },
]);

run('a company\'s short name and 云 is its cloud, a company of its own (鼎算科技 → 鼎算云); a descriptor glued before a name is no part of it', [
  { input: '港股上市公司鼎算科技发布三季度业绩，旗下云计算业务鼎算云当季收入58.3亿元。', only: { kind: 'vendor', texts: ['鼎算科技', '鼎算云'] } },
  { input: '港股上市公司鼎算科技發布三季度業績，旗下雲計算業務鼎算雲當季收入58.3億元。', only: { kind: 'vendor', texts: ['鼎算科技', '鼎算雲'] } },
  { input: '曜石科技今日宣布扩产。曜石云今年也跨入GPU算力租赁。', only: { kind: 'vendor', texts: ['曜石科技', '曜石云'] } },
]);

run('a cloud rented on (在星河算力云上租的) is a company, a brand before a kind of cloud (算力云) too; a facility before its operator in brackets is named', [
  { input: '机器是在星河算力云上租的 4 卡 A800 80G。', has: [m('星河算力云', 'vendor:星河算力云', { kind: 'vendor' })] },
  { input: '機器是在星河算力雲上租的 4 卡 A800 80G。', has: [m('星河算力雲', (id) => id.startsWith('vendor:星河算力'), { kind: 'vendor' })] },
  { input: '我们在算力云上租的卡。', only: { kind: 'vendor', texts: [] } },
  { input: '4. 巢湖明月智算中心（运营方明月数智）：2023年底投运。', has: [m('巢湖明月智算中心', 'product:巢湖明月智算中心', { kind: 'product' })] },
  { input: '4. 巢湖明月智算中心（運營方明月數智）：2023年底投運。', has: [m('巢湖明月智算中心', 'product:巢湖明月智算中心', { kind: 'product' })] },
]);

run('consumer cards the knowledge base knows by their short names (7900XTX, RX 9070 XT)', [
  { input: '本地跑 7900XTX 24G，ROCm 6.2 能用。', has: [m('7900XTX', 'product:radeon-rx-7900-xtx', { kind: 'product' })] },
  { input: '換了 RX 9070 XT 之後快了一倍。', has: [m('RX 9070 XT', 'product:radeon-rx-9070-xt', { kind: 'product' })] },
]);

run('a chip\'s code with a series\' letters after a hyphen (HX-R100) is a product after a chip\'s word or a launch with a chip\'s measures after it', [
  { input: '其首款量产产品HX-R100于2023年三季度交付，单卡算力为512 TOPS。', only: { kind: 'product', texts: ['HX-R100'] } },
  { input: '其首款量產產品HX-R100於2023年三季度交付，單卡算力為512 TOPS。', only: { kind: 'product', texts: ['HX-R100'] } },
  { input: '今年4月又推出了HX-R200，后者把显存提升到144GB HBM3。', only: { kind: 'product', texts: ['HX-R200'] } },
  { input: '今年4月又推出了HX-R200，後者把顯存提升到144GB HBM3。', only: { kind: 'product', texts: ['HX-R200'] } },
  { input: '公司推出推理卡HX-R100，算力为512 TOPS。', only: { kind: 'product', texts: ['HX-R100'] } },
  // (a launched code with no chip near it is a model)
  { input: '公司发布了Lumo-X2，上下文长度128K。', only: { kind: 'model', texts: ['Lumo-X2'] } },
]);

run('a name in two capitalised parts right after a word for software (推理框架HengServe, 调度平台FlowMesh 2.0) is a product', [
  { input: '算衡自研的推理框架HengServe已适配超过50个主流开源模型。', only: { kind: 'product', texts: ['HengServe'] } },
  { input: '算衡自研的推理框架HengServe已適配超過50個主流開源模型。', only: { kind: 'product', texts: ['HengServe'] } },
  { input: '公司推出调度平台FlowMesh 2.0，调度效率提升30%。', only: { kind: 'product', texts: ['FlowMesh 2.0'] } },
  // (one capitalised word is no such name: 平台Coze is left to the knowledge base)
  { input: '这个平台Demo很简陋。', not: ['Demo'] },
]);

run('a benchmark\'s request set (ShareGPT) is a dataset, no model by its GPT', [
  { input: '测试方法：用 vLLM 自带的 benchmark_serving.py，从 ShareGPT 随机采样 1000 条请求。', has: [m('ShareGPT', 'product:sharegpt', { kind: 'product' })], not: [] },
]);

run('what someone did at a company (在阿里云负责大模型推理平台) or what a company leads in (领跑大模型赛道) names no model', [
  { input: '联合创始人兼CTO韩牧此前在阿里云负责大模型推理平台。', not: ['阿里云负责大模型'] },
  { input: '聯合創始人兼CTO韓牧此前在阿里雲負責大模型推理平台。', not: ['阿里雲負責大模型'] },
  { input: '阶跃星辰领跑大模型赛道。', not: ['阶跃星辰领跑大模型'] },
]);

run('a Latin name right after the kind of product a company offers or launches (主打…平台Flowmate, 推出AI助手Mira) is a product', [
  { input: '公司主打面向企业的“数字员工”平台Flowmate，客户用自然语言描述流程。', only: { kind: 'product', texts: ['Flowmate'] } },
  { input: '公司主打面向企業的「數字員工」平台Flowmate，客戶用自然語言描述流程。', only: { kind: 'product', texts: ['Flowmate'] } },
  { input: '星衍科技上周推出AI助手Mira，首月用户破百万。', only: { kind: 'product', texts: ['Mira'] } },
  // (no launch or offer before it: a word, not a name)
  { input: '这个平台Demo很简陋。', not: ['Demo'] },
]);

run('a class an epithet puts a thing in, quoted before a model word (“杀手级”智能体, “现象级”大模型), is no name', [
  { input: '谁就更有可能跑出真正的“杀手级”智能体。', not: ['杀手级'] },
  { input: '誰就更有可能跑出真正的「殺手級」智能體。', not: ['殺手級'] },
  { input: '公司发布“现象级”大模型。', not: ['现象级'] },
  { input: '“澜思”大模型参数为70亿。', only: { kind: 'model', texts: ['澜思'] } },
]);

run('a listed company\'s name before its closing price (緯創收136元) is the company, though 创收 is a word', [
  { input: '股價方面，緯創收136元，漲幅近一成。', only: { kind: 'vendor', texts: ['緯創'] } },
  { input: '股价方面，纬创收136元，涨幅近一成。', only: { kind: 'vendor', texts: ['纬创'] } },
  { input: '该项目为公司创收3亿元。', not: ['创收'] },
]);

run('a word-like family name with a variant in Latin letters after it, glued, hyphenated or spaced (豆包-pro-32k, 豆包 pro-32k), is a model; a tier letter after a variant (混元Turbo S) is part of it', [
  { input: '| 豆包-pro-32k | 字节跳动 | 32K |', only: { kind: 'model', texts: ['豆包-pro-32k'] } },
  { input: '豆包 pro-32k 去年首发就喊出 0.0008元/千tokens。', only: { kind: 'model', texts: ['豆包 pro-32k'] } },
  { input: '混元Turbo S参数规模未公布。', only: { kind: 'model', texts: ['混元Turbo S'] } },
]);

run('a Latin name right after a launch verb and a kind of model (开源图生视频模型 Step-Video-TI2V, 推出快思考模型 Turbo S) is a model; an interface after a launch verb (推出 Responses API) is none', [
  { input: '阶跃星辰开源图生视频模型 Step-Video-TI2V，参数规模 300 亿。', has: [{ text: 'Step-Video-TI2V', entityId: (id) => id.startsWith('model:'), kind: 'model' }] },
  { input: '階躍星辰開源圖生影片模型 Step-Video-TI2V，參數規模 300 億。', has: [{ text: 'Step-Video-TI2V', entityId: (id) => id.startsWith('model:'), kind: 'model' }] },
  { input: '腾讯混元推出快思考模型 Turbo S：首字时延降低 44%。', has: [{ text: 'Turbo S', entityId: (id) => id.startsWith('model:'), kind: 'model' }] },
  { input: 'OpenAI 推出 Responses API 与 Agents SDK，按每千次调用 30 美元计费。', only: { kind: 'model', texts: [] } },
]);

run('a Latin name after whose it is and a kind of model (理想的视觉语言模型MindVLA) is a model; an acronym there (公司的大模型API) is none', [
  { input: '理想的视觉语言模型MindVLA参数规模为22亿。', only: { kind: 'model', texts: ['MindVLA'] } },
  { input: '理想的視覺語言模型MindVLA參數規模為22億。', only: { kind: 'model', texts: ['MindVLA'] } },
  { input: '该公司的多模态模型VisionX准确率为91%。', only: { kind: 'model', texts: ['VisionX'] } },
  { input: '公司的大模型API调用量增长了3倍。', only: { kind: 'model', texts: [] } },
  // (a paper proposes its model: 本文提出启衡-MoE; a proposal that is no name is none)
  { input: '本文提出启衡-MoE，一个总参数量为160亿、每个token仅激活28亿参数的模型。', only: { kind: 'model', texts: ['启衡-MoE'] } },
  { input: '本文提出啟衡-MoE，一個總參數量為160億的模型。', only: { kind: 'model', texts: ['啟衡-MoE'] } },
  { input: '专家提出三点建议，并提出了新的评测方法。', only: { kind: 'model', texts: [] } },
  // (an acronym with a part after a hyphen is a code a model is named by)
  { input: '它的云端教师模型QY-Base参数规模达到720亿。', only: { kind: 'model', texts: ['QY-Base'] } },
  { input: '它的雲端教師模型QY-Base參數規模達到720億。', only: { kind: 'model', texts: ['QY-Base'] } },
  { input: '公司的大模型API-Key需要单独申请。', only: { kind: 'model', texts: [] } },
]);

run('a company of four characters before its officer\'s title, after what kind of company it is (AI新創鼎碩智算技術長陳冠宇表示), is a vendor', [
  { input: '國內AI新創鼎碩智算技術長陳冠宇表示，實測輸出速度每秒約1,800個Token。', only: { kind: 'vendor', texts: ['鼎碩智算'] } },
  { input: '国内AI初创鼎硕智算技术长陈冠宇表示，实测输出速度每秒约1,800个Token。', only: { kind: 'vendor', texts: ['鼎硕智算'] } },
]);

run('a known maker\'s name and a chip\'s code glued to it, before what only a chip measures (英伟达Orin-X能提供254 TOPS), is the chip', [
  { input: '2022年前后，一颗英伟达Orin-X能提供254 TOPS的算力。', only: { kind: 'product', texts: ['Orin-X'] } },
  { input: '2022年前後，一顆輝達Orin-X能提供254 TOPS的算力。', only: { kind: 'product', texts: ['Orin-X'] } },
  { input: '华为MDC 810算力为400 TOPS。', only: { kind: 'product', texts: ['MDC 810'] } },
  // (not a title, and not without a chip's measure after it)
  { input: '英伟达CEO表示需求强劲。英伟达Orin-X今年出货增长。', only: { kind: 'product', texts: [] } },
]);

run('a code right before what only a chip measures (X590单卡FP16算力, X590 显存) is the chip, with no word for a chip around it', [
  { input: 'X590单卡FP16算力标称512 TFLOPS，配96GB HBM3。', only: { kind: 'product', texts: ['X590'] } },
  { input: 'X590單卡FP16算力標稱512 TFLOPS，配96GB HBM3。', only: { kind: 'product', texts: ['X590'] } },
  { input: '第3季度营收增长了20%，达到50亿元。', only: { kind: 'product', texts: [] } },
]);

run('a facility named after who built it (由中国电信与华为共建的南昌智算中心) and a model named after the field it serves (自研的政务领域赣言大模型) are names', [
  { input: '由中国电信江西公司与华为共建的南昌智算中心，一期已部署约4000张昇腾910B。', has: [{ text: '南昌智算中心', entityId: (id) => id.startsWith('product:'), kind: 'product' }] },
  { input: '由中國電信江西公司與華為共建的南昌智算中心，一期已部署約4000張昇騰910B。', has: [{ text: '南昌智算中心', entityId: (id) => id.startsWith('product:'), kind: 'product' }] },
  { input: '公司自研的政务领域赣言大模型参数量为130亿。', only: { kind: 'model', texts: ['赣言大模型'] } },
  { input: '公司自研的政務領域贛言大模型參數量為130億。', only: { kind: 'model', texts: ['贛言大模型'] } },
  { input: '公司自研的医疗领域专用大模型参数量为130亿。', only: { kind: 'model', texts: [] } },
]);

run('a filing\'s word for itself (下表载列本集团) ends no name; a name that ends in a word with 本 (高瓴资本集团) still is one', [
  { input: '下表载列本集团于往绩记录期间的综合损益表摘要（人民币千元，百分比除外）：', only: { kind: 'vendor', texts: [] } },
  { input: '下表載列本集團於往績記錄期間的綜合損益表摘要（人民幣千元，百分比除外）：', only: { kind: 'vendor', texts: [] } },
  { input: '高瓴资本集团宣布完成新一轮募资。', only: { kind: 'vendor', texts: ['高瓴资本集团'] } },
]);

run('a product\'s short name (百炼) stands where the text names its company firmly (阿里云), and not alone', [
  { input: '一位接近阿里云的人士透露，降价之后，百炼平台的付费客户数增长了逾2倍。', has: [{ text: '百炼', entityId: 'product:bailian', kind: 'product' }] },
  { input: '一位接近阿里雲的人士透露，降價之後，百鍊平台的付費客戶數增長了逾2倍。', has: [{ text: '百鍊', entityId: 'product:bailian', kind: 'product' }] },
  { input: '这家老字号把百炼成钢当作口号。', only: { kind: 'product', texts: [] } },
]);

run('a company\'s short name before a time word (鴻海上週法說會透露: no word 海上 across them) is the company', [
  { input: '鴻海上週法說會透露，第三季營收年增超過1.5倍。', has: [{ text: '鴻海', entityId: 'vendor:foxconn', kind: 'vendor' }] },
  { input: '鸿海上周法说会透露，第三季营收年增超过1.5倍。', has: [{ text: '鸿海', entityId: 'vendor:foxconn', kind: 'vendor' }] },
]);

run('a machine\'s quoted name that says what it is (「雲湧 LLM 一體機」) is a product, spaces and all', [
  { input: '該公司今年推出的「雲湧 LLM 一體機」搭載8張NVIDIA H200。', has: [{ text: '雲湧 LLM 一體機', entityId: (id) => id.startsWith('product:'), kind: 'product' }] },
  { input: '该公司今年推出的“云涌 LLM 一体机”搭载8张NVIDIA H200。', has: [{ text: '云涌 LLM 一体机', entityId: (id) => id.startsWith('product:'), kind: 'product' }] },
  { input: '他说这台“服务器”很吵。', only: { kind: 'product', texts: [] } },
]);

run('a cashtag ($华拓数科(SZ301967)$, $寒武纪$) names a listed company, whole', [
  { input: '另外提一嘴，前两天 $华拓数科(SZ301967)$ 公告中标一个智算中心租赁项目。', only: { kind: 'vendor', texts: ['华拓数科'] } },
  { input: '另外提一嘴，前兩天 $華拓數科(SZ301967)$ 公告中標一個智算中心租賃項目。', only: { kind: 'vendor', texts: ['華拓數科'] } },
  { input: '$英伟达(NVDA)$ $寒武纪(SH688256)$ 一晚上两份财报。', has: [{ text: '寒武纪', entityId: 'vendor:cambricon', kind: 'vendor' }] },
  { input: '寒武纪时期的化石很多。', only: { kind: 'vendor', texts: [] } },
]);

run('a kind of machine in quotes (“地端大模型一体机”) names none', [
  { input: '鼎硕数位推出“地端大模型一体机”，已有17家企业采用。', only: { kind: 'product', texts: [] } },
]);

run('a count of a family\'s models (通义千问9款模型) is no model\'s name', [
  { input: '阿里云宣布通义千问9款模型降价。', only: { kind: 'model', texts: ['通义千问'] } },
  { input: '阿里雲宣布通義千問9款模型降價。', only: { kind: 'model', texts: ['通義千問'] } },
  { input: '豆包视觉理解模型今天上线。', only: { kind: 'model', texts: ['豆包视觉理解模型'] } },
]);

run('a product\'s short name followed by what only a product has (夸克的月活跃用户) stands beside its company', [
  { input: '阿里巴巴发布财报。本季度，夸克的月活跃用户超过1亿。', has: [{ text: '夸克', entityId: 'product:quark', kind: 'product' }] },
  { input: '阿里巴巴發布財報。本季度，夸克的月活躍用戶超過1億。', has: [{ text: '夸克', entityId: 'product:quark', kind: 'product' }] },
  { input: '阿里巴巴发布财报。物理学家发现了新的夸克。', only: { kind: 'product', texts: [] } },
]);

run('a short name and the field it serves before 大模型, after 的 or a launch (的天枢金融大模型), is a model; a kind or an owner\'s word is none', [
  { input: '公司披露，其千亿级参数的天枢金融大模型已在超过120家银行落地。', only: { kind: 'model', texts: ['天枢金融大模型'] } },
  { input: '公司披露，其千億級參數的天樞金融大模型已在超過120家銀行落地。', only: { kind: 'model', texts: ['天樞金融大模型'] } },
  { input: '公司推出的垂直金融大模型已落地。', only: { kind: 'model', texts: [] } },
  { input: '这是国内首个金融大模型。', only: { kind: 'model', texts: [] } },
]);

run('a company\'s short name with a code glued on, quoted after a device\'s kind (训推一体芯片“曜石X2”), is the device', [
  { input: '曜石科技（688652）三季报显示营收大增。\n\n公司表示，增长主要得益于训推一体芯片“曜石X2”批量出货。', has: [{ text: '曜石X2', entityId: (id) => id.startsWith('product:'), kind: 'product' }] },
  { input: '曜石科技（688652）三季報顯示營收大增。\n\n公司表示，增長主要得益於訓推一體晶片「曜石X2」批量出貨。', has: [{ text: '曜石X2', entityId: (id) => id.startsWith('product:'), kind: 'product' }] },
]);

run('a product\'s label on a line of its own (中标产品：澜数·知川大模型平台 V3.0) names the product, its version after', [
  { input: '包1（服务类）\n中标产品：澜数·知川大模型平台 V3.0\n服务范围：建设市级大模型公共服务平台\n', only: { kind: 'product', texts: ['澜数·知川大模型平台'] } },
  { input: '包1（服務類）\n中標產品：瀾數·知川大模型平台 V3.0\n服務範圍：建設市級大模型公共服務平台\n', only: { kind: 'product', texts: ['瀾數·知川大模型平台'] } },
  { input: '名称：智能算力租赁服务\n', only: { kind: 'product', texts: [] } },
]);
test('a word for what a company is (开发商, 母公司) before news of its funding is no name of one', () => {
  for (const text of ['6.「暖言」开发商获8000万元A轮融资', '6.「暖言」開發商獲8000萬元A輪融資']) {
    assert.deepEqual(analyse(text).entities.filter((e) => e.kind === 'vendor').map((e) => e.text), []);
  }
  assert.deepEqual(analyse('6.「暖言」云川智算获8000万元A轮融资').entities.filter((e) => e.kind === 'vendor').map((e) => e.text), ['云川智算']);
});

test('a maker\'s descriptor (芯片厂商) ends before the name, and digits after a code\'s hyphen (QS-360) are no company 360', () => {
  for (const [text, vendors] of [
    ['国产AI芯片厂商穹算科技发布第三季度报告。', ['穹算科技']],
    ['國產AI晶片廠商穹算科技發布第三季度報告。', ['穹算科技']],
    ['推理芯片QS-360系列收入5.03亿元。', []],
    ['360集团发布了360智脑。', ['360集团']],
  ] as const) {
    assert.deepEqual(analyse(text).entities.filter((e) => e.kind === 'vendor').map((e) => e.text), vendors, text);
  }
});

test('a department before an officer\'s title (生态总经理, 商业化负责人) is no company', () => {
  for (const text of ['- 王屹  华为昇腾计算业务 生态总经理', '- 王屹  華為昇騰計算業務 生態總經理']) {
    assert.deepEqual(analyse(text).entities.filter((e) => e.kind === 'vendor').map((e) => e.text), ['华为'.length === 2 && text.includes('華') ? '華為' : '华为']);
  }
});

test('a kind of group (金控集团, 控股集团) is no company\'s name; a named one is (富邦金控集团)', () => {
  for (const text of ['台湾一间总资产逾13兆元的金控集团宣布自建金融大模型。', '台灣一間總資產逾13兆元的金控集團宣布自建金融大模型。']) {
    assert.deepEqual(analyse(text).entities.filter((e) => e.kind === 'vendor').map((e) => e.text), [], text);
  }
});

run('a name a company built that a word for software follows (Angel 训练框架) is software, no model', [
  { input: '预训练在腾讯自研的 Angel 训练框架上完成。', has: [m('Angel', 'product:angel', { kind: 'product' })], not: ['model:angel'] },
  { input: '預訓練在騰訊自研的 Angel 訓練框架上完成。', has: [m('Angel', 'product:angel', { kind: 'product' })], not: ['model:angel'] },
  { input: '百度自研的 Foo 模型参数达到100亿。', has: [m('Foo', 'model:foo', { kind: 'model' })] },
]);

run('a plain text\'s YAML front matter (a model card pasted into .txt) is no prose', [
  { input: '---\nlicense: other\nlicense_name: tencent-hunyuan-community\ntags:\n- moe\n---\n\n# 混元-Large\n\n混元-Large 是腾讯开源的模型。', only: { kind: 'vendor', texts: ['腾讯'] } },
]);

run('a name that is also a word (寒武纪, the Cambrian) is the company beside a company\'s words: 晶片, 产品, 公布', [
  { input: '寒武纪今日公布新产品。', has: [m('寒武纪', 'vendor:cambricon')] },
  { input: '寒武紀今日公布新晶片。', has: [m('寒武紀', 'vendor:cambricon')] },
  { input: '寒武纪时期的生物大爆发。', not: ['vendor:cambricon'] },
]);

run('phone makers\' assistants and models (小艺, 超级小爱, 小布助手, YOYO, 魔法大模型) are models; 小布 and 小爱 alone only beside a model\'s words', [
  { input: '华为 Mate 70｜小艺（盘古）参数70亿左右', has: [m('小艺', 'model:xiaoyi', { kind: 'model' })] },
  { input: '華為 Mate 70｜小藝（盤古）參數70億左右', has: [m('小藝', 'model:xiaoyi', { kind: 'model' })] },
  { input: '小米15｜超级小爱（MiLM）', has: [m('超级小爱', 'model:xiaoai', { kind: 'model' })] },
  { input: 'OPPO Find X8｜小布助手（AndesGPT）', has: [m('小布助手', 'model:xiaobu', { kind: 'model' })] },
  { input: '荣耀 Magic7｜YOYO（魔法大模型）', has: [m('YOYO', 'model:yoyo'), m('魔法大模型', 'model:magiclm')] },
  { input: '小布今天很可爱。', not: ['model:xiaobu'] },
]);

run('a Latin name with one letter after its hyphen is a model a company built only before 模型 (自研的Echo-S模型)', [
  { input: '语音转写交给团队自研的Echo-S模型。Echo-S的参数量只有15亿。', only: { kind: 'model', texts: ['Echo-S', 'Echo-S'] } },
  { input: '語音轉寫交給團隊自研的Echo-S模型。Echo-S的參數量只有15億。', only: { kind: 'model', texts: ['Echo-S', 'Echo-S'] } },
  { input: '团队自研的Echo-S方案。', only: { kind: 'model', texts: [] } },
]);

run('companies of driving, robots, chips and data centres the industry writes of are vendors (小马智行, 文远知行, 禾赛, 星动纪元, 万国数据)', [
  { input: '小马智行的Robotaxi车队约250台，文远知行超过500台。', has: [m('小马智行', 'vendor:pony-ai'), m('文远知行', 'vendor:weride')] },
  { input: '小馬智行的Robotaxi車隊約250台，文遠知行超過500台。', has: [m('小馬智行', 'vendor:pony-ai'), m('文遠知行', 'vendor:weride')] },
  { input: '禾赛科技全年激光雷达出货量超过50万台，速腾聚创紧随其后。', has: [m('禾赛科技', 'vendor:hesai'), m('速腾聚创', 'vendor:robosense')] },
  { input: '星动纪元与逐际动力分别完成新一轮融资。', has: [m('星动纪元', 'vendor:robotera'), m('逐际动力', 'vendor:limx-dynamics')] },
  { input: '萬國數據與秦淮數據的機櫃數均超過5萬個。', has: [m('萬國數據', 'vendor:gds'), m('秦淮數據', 'vendor:chindata')] },
]);

run('a kind of service after a launch verb (上线Robotaxi服务, 推出Chatbot) is no model\'s name', [
  { input: '特斯拉计划于6月在奥斯汀上线Robotaxi服务。', only: { kind: 'model', texts: [] } },
  { input: '特斯拉計劃於6月在奧斯汀上線Robotaxi服務。', only: { kind: 'model', texts: [] } },
  { input: '这家银行推出Chatbot，接入了DeepSeek-V3。', only: { kind: 'model', texts: ['DeepSeek-V3'] } },
]);

run('a registered name right after the kind of company it is (AI芯片公司衡光智算科技股份有限公司（下称“衡光智算”）) is a company, and so is its defined short name', [
  { input: '上交所官网显示，AI芯片公司衡光智算科技股份有限公司（下称“衡光智算”）科创板IPO申请已获受理。衡光智算营收3亿元。', only: { kind: 'vendor', texts: ['衡光智算科技股份有限公司', '衡光智算', '衡光智算'] } },
  { input: 'AI晶片公司衡光智算科技股份有限公司（下稱「衡光智算」）的申請已獲受理。', only: { kind: 'vendor', texts: ['衡光智算科技股份有限公司', '衡光智算'] } },
  { input: '这家独角兽企业澜图机器人科技有限公司完成B轮融资。', only: { kind: 'vendor', texts: ['澜图机器人科技有限公司'] } },
]);

run('a comparison turned on its side whose rows measure what only a model has (参数量, 上下文长度) compares models', [
  { input: '| | lumen-embed-zh-v3 | lumen-rerank-zh |\n|---|---|---|\n| 模型类型 | Bi-Encoder | Cross-Encoder |\n| 参数量 | 326M | 568M |\n', only: { kind: 'model', texts: ['lumen-embed-zh-v3', 'lumen-rerank-zh'] } },
  { input: '| | lumen-embed-zh-v3 | lumen-rerank-zh |\n|---|---|---|\n| 模型類型 | Bi-Encoder | Cross-Encoder |\n| 參數量 | 326M | 568M |\n', only: { kind: 'model', texts: ['lumen-embed-zh-v3', 'lumen-rerank-zh'] } },
  { input: '| | 小米AI眼镜 Pro | Lumi S2 |\n|---|---|---|\n| 到手价 | 1999元 | 1499元 |\n| 重量 | 40g | 38g |\n', only: { kind: 'model', texts: [] } },
]);

run('an officer\'s title and name after a company\'s descriptor (104人力銀行人資長林宜蓁指出) is a person; a park named like a company (北投士林科技園區) is a place', [
  { input: '104人力銀行人資長林宜蓁指出，企業願意開出月薪12萬元。', only: { kind: 'vendor', texts: [] } },
  { input: '104人力银行人资长林宜蓁指出，企业愿意开出月薪12万元。', only: { kind: 'vendor', texts: [] } },
  { input: '輝達將在台北北投士林科技園區興建台灣新總部。', only: { kind: 'vendor', texts: ['輝達'] } },
  { input: '英伟达将在光谷科技城设立研发中心。', only: { kind: 'vendor', texts: ['英伟达'] } },
]);

run('AI products the industry writes of are products of their makers (智医助理, WPS AI, 飞书妙记)', [
  { input: '科大讯飞披露，其智医助理已覆盖全国801个区县。', has: [m('智医助理', 'product:zhiyi-zhuli', { kind: 'product' })] },
  { input: '金山辦公的WPS AI月活躍用戶數超過1,500萬。', has: [m('WPS AI', 'product:wps-ai', { kind: 'product' })] },
  { input: '飞书妙记和钉钉闪记都支持实时转写。', has: [m('飞书妙记', 'product:feishu-miaoji', { kind: 'product' }), m('钉钉闪记', 'product:dingtalk-shanji', { kind: 'product' })] },
]);

run('a context alias listed next to a model or an app the text names firmly (豆包、通义、腾讯元宝) is one of them too', [
  { input: '免费的：豆包、通义、腾讯元宝、文心一言，日常查资料够用了。', has: [m('豆包', 'model:doubao', { kind: 'model' })] },
  { input: '免費的：豆包、通義、騰訊元寶、文心一言，日常查資料夠用了。', has: [m('豆包', 'model:doubao', { kind: 'model' })] },
  { input: '中午吃了两个豆包，还有苹果和香蕉。', only: { kind: 'model', texts: [] } },
]);

run('overseas AI apps the industry compares with (Otter.ai, Poe, HeyGen) are products', [
  { input: '海外的Otter.ai据报道付费用户超过100万；Poe 19.99美元/月。', has: [m('Otter.ai', 'product:otter-ai', { kind: 'product' }), m('Poe', 'product:poe', { kind: 'product' })] },
  { input: '海外的HeyGen年化收入據報道超過1億美元。', has: [m('HeyGen', 'product:heygen', { kind: 'product' })] },
]);

run('AI PCs, the chips in them, the software of a chip maker and the projects the industry names are products (Zenbook S 14, Core Ultra 7 258V, NeuWare, 星际之门)', [
  { input: '华硕Zenbook S 14搭载Core Ultra 7 258V，NPU算力47 TOPS。', has: [m('Zenbook S 14', 'product:zenbook-s-14', { kind: 'product' }), m('Core Ultra 7 258V', 'product:core-ultra-7-258v', { kind: 'product' })] },
  { input: '微軟Surface Laptop 7售價NT$44,888，搭載驍龍X Elite。', has: [m('Surface Laptop 7', 'product:surface-laptop-7', { kind: 'product' }), m('驍龍X Elite', 'product:snapdragon-x-elite', { kind: 'product' })] },
  { input: '寒武纪NeuWare已适配超过100个主流模型。', has: [m('NeuWare', 'product:neuware', { kind: 'product' })] },
  { input: 'OpenAI宣布成立合资公司“星际之门”，计划投资5000亿美元。', has: [m('星际之门', 'product:stargate', { kind: 'product' })] },
]);

run('seconds after a model\'s name and a space (Kimi 19.4s, 通義千問 31.0s) and characters per second after it (豆包60字/秒) are figures, no versions; abab6.5s stays a model', [
  { input: '实测用时：Kimi 19.4s，通义千问 31.0s。', has: [m('Kimi', 'model:kimi', { kind: 'model' })] },
  { input: '豆包1.5 Pro發布。輸出速度：豆包60字/秒左右，Kimi 45字/秒。', has: [m('Kimi', 'model:kimi', { kind: 'model' })], only: { kind: 'model', texts: ['豆包1.5 Pro', '豆包', 'Kimi'] } },
  { input: 'MiniMax的abab6.5s价格为0.01元/千tokens。', has: [m('abab6.5s', 'model:abab-6.5s', { kind: 'model' })] },
  // (after a Chinese name, whole seconds too: the space before them is gone once the text is normalised)
  { input: '實測首字延遲：Kimi 19.4s｜通義千問 31.0s｜文心一言 44s。', only: { kind: 'model', texts: ['Kimi', '通義千問', '文心一言'] } },
  { input: '大模型实测用时：文心一言 3s，通义千问 12.5s。', only: { kind: 'model', texts: ['文心一言', '通义千问'] } },
]);

run('vision and securities-software companies of the AI industry and their models (海康威视的观澜大模型, 大华股份的星汉大模型)', [
  { input: '海康威视的观澜大模型已在500个场景落地，大华股份的星汉大模型也在推进。', has: [m('海康威视', 'vendor:hikvision'), m('观澜大模型', 'model:hik-guanlan'), m('大华股份', 'vendor:dahua'), m('星汉大模型', 'model:dahua-xinghan')] },
  { input: '海康威視的觀瀾大模型已在500個場景落地，大華股份的星漢大模型也在推進。', has: [m('海康威視', 'vendor:hikvision'), m('觀瀾大模型', 'model:hik-guanlan'), m('大華股份', 'vendor:dahua'), m('星漢大模型', 'model:dahua-xinghan')] },
  { input: '紫光股份、拓尔思和同花顺也发布了大模型。', has: [m('紫光股份', 'vendor:unisplendour'), m('拓尔思', 'vendor:trs'), m('同花顺', 'vendor:10jqka')] },
]);

run('a name in quotes after the kind of assistant it is (对话助手“枢问”, 编程助手「码舟」) is an app\'s; an internal office assistant\'s is not', [
  { input: '玄枢智能旗下的对话助手“枢问”已全面切换到V2。', has: [m('枢问', derivedModel, { kind: 'model' })] },
  { input: '玄樞智能旗下的對話助手「樞問」已全面切換到V2。', has: [m('樞問', derivedModel, { kind: 'model' })] },
  { input: '第三个样本是 AI 视频生成应用“帧象”，上线10个月。', has: [m('帧象', derivedModel, { kind: 'model' })] },
  { input: '内部办公助手“小智”接入了40多个业务系统。', only: { kind: 'model', texts: [] } },
]);

run('a name right after the word for a young company, its English name in brackets after it (初創港算雲（HKCompute）), is a company', [
  { input: '初創港算雲（HKCompute）創辦人梁家輝就睇準中小企市場。', has: [m('港算雲', derivedVendor, { kind: 'vendor' })] },
  { input: '初创港算云（HKCompute）创始人梁家辉看准了中小企业市场。', has: [m('港算云', derivedVendor, { kind: 'vendor' })] },
  // (a kind of model in brackets is no English name of a company)
  { input: '国内初创企业普遍采用混合专家（MoE）架构。', only: { kind: 'vendor', texts: [] } },
]);

run('a name with its English name in brackets, then what only a company does (耐能智慧（Kneron）去年完成…融资), is a company', [
  { input: '研发重心在新竹的耐能智慧（Kneron）去年完成4,900万美元Pre-IPO融资。', has: [m('耐能智慧', derivedVendor, { kind: 'vendor' })] },
  { input: '研發重心在新竹的耐能智慧（Kneron）去年完成4,900萬美元Pre-IPO融資。', has: [m('耐能智慧', derivedVendor, { kind: 'vendor' })] },
  { input: '星图智能（Startu）获得5000万元A轮融资。', has: [m('星图智能', derivedVendor, { kind: 'vendor' })] },
  // (not what a product does: 完成升级)
  { input: '小星同学（Xingo）完成升级，用户达1亿。', only: { kind: 'vendor', texts: [] } },
]);

run('a brand\'s model platform (启明大模型服务平台) is a product when the brand begins another name of the text (启明云)', [
  { input: '启明云 | 文档中心\n\n启明云是星衡科技集团旗下的云计算品牌。启明大模型服务平台提供在线推理服务。', has: [m('启明大模型服务平台', derivedProduct, { kind: 'product' })] },
  { input: '啟明雲 | 文檔中心\n\n啟明雲是星衡科技集團旗下的雲計算品牌。啟明大模型服務平台提供線上推理服務。', has: [m('啟明大模型服務平台', derivedProduct, { kind: 'product' })] },
  // (a model-as-a-service platform too: 衡知MaaS平台 beside 衡知大模型3.0)
  { input: '公司发布衡知大模型3.0。截至年底，衡知MaaS平台累计注册开发者约26.8万人。', has: [m('衡知MaaS平台', derivedProduct, { kind: 'product' })] },
  { input: '公司發布衡知大模型3.0。截至年底，衡知MaaS平台累計註冊開發者約26.8萬人。', has: [m('衡知MaaS平台', derivedProduct, { kind: 'product' })] },
  // (a kind of platform shares no brand with a name of the text)
  { input: '阿里云发布新模型。国产大模型服务平台的价格普遍下降。', only: { kind: 'product', texts: [] } },
  { input: '阿里云发布新模型。国产MaaS平台的价格普遍下降。', only: { kind: 'product', texts: [] } },
]);

run('a chip named in quotes after its kind may begin with its maker\'s name and hold a space (NPU“深维 S2”); what a chip measures (算力256) is no chip', [
  { input: '另一家被投企业深维智能做端侧芯片。其第二代 NPU“深维 S2”单芯片算力 256 TOPS。', has: [m('深维 S2', derivedProduct, { kind: 'product' }), m('深维智能', derivedVendor, { kind: 'vendor' })] },
  { input: '另一家被投企業深維智能做端側晶片。其第二代 NPU「深維 S2」單晶片算力 256 TOPS。', has: [m('深維 S2', derivedProduct, { kind: 'product' })] },
  { input: '该芯片算力256 TOPS，功耗35瓦。', only: { kind: 'product', texts: [] } },
]);

run('a company opening a clause, made known by what it develops after its name (，由帧象科技开发), is a company', [
  { input: '第三个样本是视频生成应用，由帧象科技开发。', has: [m('帧象科技', derivedVendor, { kind: 'vendor' })] },
  { input: '第三個樣本是影片生成應用，由幀象科技開發。', has: [m('幀象科技', derivedVendor, { kind: 'vendor' })] },
]);

run('a partner named with a cross beside a known name (优选汇 × 通义千问：…) is a company; a number or a placeholder is not', [
  { input: '优选汇 × 通义千问：大模型重构智能客服', has: [m('优选汇', derivedVendor, { kind: 'vendor' })] },
  { input: '優選匯 × 通義千問：大模型重構智能客服', has: [m('優選匯', derivedVendor, { kind: 'vendor' })] },
  { input: '8×H100服务器，价格×2。', only: { kind: 'vendor', texts: [] } },
  { input: '阿里云 × 某某：合作案例', only: { kind: 'vendor', texts: ['阿里云'] } },
]);

run('a type said in quotes before 模型 (“思考型”模型Gemini 2.5 Pro) is no model\'s name; a name in quotes is', [
  { input: 'Google DeepMind发布了“思考型”模型Gemini 2.5 Pro。', only: { kind: 'model', texts: ['Gemini 2.5 Pro'] } },
  { input: 'Google DeepMind發布了「思考型」模型Gemini 2.5 Pro。', only: { kind: 'model', texts: ['Gemini 2.5 Pro'] } },
  { input: '星衡科技发布了“灵犀”大模型。', has: [m('灵犀', derivedModel, { kind: 'model' })] },
]);

run('a measure and its value after 模型 (该模型综合得分63.2) are no model\'s name; a name and its version are (视频生成模型跃影2.0)', [
  { input: '在12项主流评测中，该模型综合得分63.2，其中AIME 2024得分91.0。', only: { kind: 'model', texts: [] } },
  { input: '在12項主流評測中，該模型綜合得分63.2，其中AIME 2024得分91.0。', only: { kind: 'model', texts: [] } },
  { input: '视频生成模型跃影2.0今日上线。', has: [m('跃影2.0', derivedModel, { kind: 'model' })] },
]);

run('a name that is a word too (豆包) with its own maker in brackets right after it (豆包（字节跳动）) is that model; another maker makes it no model', [
  { input: '🥈 豆包（字节跳动）\n综合得分：7.9分', has: [m('豆包', 'model:doubao', { kind: 'model' })] },
  { input: '🥈 豆包（字節跳動）\n綜合得分：7.9分', has: [m('豆包', 'model:doubao', { kind: 'model' })] },
  { input: '早餐吃了一个豆包（腾讯食堂），很好吃。', not: ['model:doubao'] },
]);

run('a name that is a word too alone in a table\'s cell (| 豆包 |) is a model or an app where another cell of its column holds one named firmly', [
  { input: '| 排名 | 产品 | 所属公司 | 2月MAU（万） |\n| --- | --- | --- | --- |\n| 2 | 豆包 | 字节跳动 | 8160 |\n| 3 | Kimi | 月之暗面 | 1850 |\n', has: [m('豆包', 'model:doubao', { kind: 'model' })] },
  { input: '| 排名 | 產品 | 所屬公司 | 2月MAU（萬） |\n| --- | --- | --- | --- |\n| 2 | 豆包 | 字節跳動 | 8160 |\n| 3 | Kimi | 月之暗面 | 1850 |\n', has: [m('豆包', 'model:doubao', { kind: 'model' })] },
  // (no firm name in its column: a word)
  { input: '| 早餐 | 价格 |\n| --- | --- |\n| 豆包 | 3元 |\n| 油条 | 2元 |\n', not: ['model:doubao'] },
]);

run('a name in quotes after an app\'s longer word (智能助手應用程式「小瞳」, 智能助手应用程序“小瞳”) is the app\'s', [
  { input: '本集團旗下附屬公司所營運之智能助手應用程式「小瞳」已全面切換至新模型。', has: [m('小瞳', derivedModel, { kind: 'model' })] },
  { input: '本集团旗下附属公司运营的智能助手应用程序“小瞳”已全面切换至新模型。', has: [m('小瞳', derivedModel, { kind: 'model' })] },
]);
