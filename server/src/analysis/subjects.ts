// Which entity a figure is about, the way a reader resolves it within a paragraph:
//   1750亿参数的GPT-3 (the name after 的), "A、B和C分别为1、2、3" (in order),
//   字节跳动旗下豆包 / OpenAI的最新模型GPT-4o (the head of a 旗下/的/推出的 chain),
//   the entity of the figure's clause, else of its sentence, preferring the kind the attribute is
//   usually about (revenue → a vendor, parameters → a model);
// never the base of a comparison (比GPT-4便宜100倍), an investor (由X领投的融资), or the thing
// counted (2048块H800). A sentence that names no entity refers back (该模型, 其, 该公司), speaks
// of no one in particular (全球市场, 原来…), or continues the paragraph's topic; what the paragraph
// cannot settle (a reference to an earlier paragraph, a heading's or the document's topic) is left
// pending for the document (documentClaims.ts).
import type { Attribute } from '../knowledge/attributes.ts';
import type { EntityCandidate } from './entities.ts';
import { groupsDigits, type Range } from './sentences.ts';
import type { EntityKind } from './types.ts';

/** A subject the paragraph cannot settle: resolved over the whole document. */
export type PendingSubject =
  /** 该模型, 其, 该公司 with no antecedent in the paragraph: the last such entity before it in the document. */
  | { kind: 'coref'; want: readonly EntityKind[]; cue: string }
  /** No entity, no reference, nothing generic: the table row's, the heading's or the document's topic (a company's, for what only a company reports). */
  | { kind: 'topic'; speaker?: string; company?: boolean }
  /** A company named for what only a model has (深度求索注明，557.6万美元…): its model the text spoke of last, if any. */
  | { kind: 'modelOf'; vendorId: string; latest?: boolean }
  /** 前者, 后者 with fewer than two things named before it in the paragraph: the first or second of the last two. */
  | { kind: 'pair'; which: 'former' | 'latter'; want: readonly EntityKind[] }
  /** Air版, Turbo版 with no model so named in the paragraph: the last model named before whose name ends with the word. */
  | { kind: 'variant'; word: string }
  /** 该中心, 一期项目 with no facility named in the paragraph: the last one named before it in the document, else what the sentence decided. */
  | { kind: 'facility' }
  /** 三家…分别为A、B、C with fewer names in the paragraph: the k-th of the last list of n names the document wrote before. */
  | { kind: 'listed'; n: number; k: number };

/** What 分别 gives a figure: a name of the sentence, or the place in a list the document wrote before. */
type RespectiveSubject = EntityCandidate | { why: string; pending: PendingSubject } | undefined;

/** A kind of facility (智算中心, 數據中心): unnamed when no mention holds it. */
const UNNAMED_FACILITY = /(?:智算|数据|數據|超算|算力|计算|計算)中心/g;

/** A facility the document may have named in an earlier paragraph, asked for beside what the paragraph decided. */
const FACILITY_PENDING: PendingSubject = { kind: 'facility' };

export interface SubjectDecision {
  entity?: EntityCandidate;
  /** The rule that decided, and its cue: 'after 的', 'chain 旗下', 'coreference 该模型', 'generic 全球' … */
  why: string;
  pending?: PendingSubject;
}

export interface FigureForSubject {
  start: number;
  end: number;
  attribute: Attribute;
  /** Unit class of the figure (counted things follow measure words). */
  unitClass: string;
  /** Its cue is what only a company reports (营收, 毛利率, 每股盈余): a company is its subject, even for a change or a share. */
  companyMetric?: boolean;
  /** Compute no single chip has (1300 PFLOPS, 9.6 EFLOPS): a cluster's, a centre's or its owner's. */
  clusterScale?: boolean;
  /** A price per tokens (1元/百万tokens): what a model's API charges. */
  perTokens?: boolean;
  /** A price per card-hour or GPU-hour (9.9元/卡时): a rental's, a card's or its seller's, never a model's. */
  perCardTime?: boolean;
  /** A total parameter count's value: the size a model's name may carry (4050亿 is -405B). */
  parameters?: number;
}

const COMPANY_ONLY: readonly EntityKind[] = ['vendor'];
const MODELS_FIRST: readonly EntityKind[] = ['model', 'vendor', 'product'];
const PRODUCTS_FIRST: readonly EntityKind[] = ['product', 'vendor'];
const MAKER_FIRST: readonly EntityKind[] = ['vendor', 'product'];
const PRODUCTS_ONLY: readonly EntityKind[] = ['product'];
/** 8款模型, 100多个模型; MoE模型2款: the count is of models. */
const MODELS_COUNTED_AFTER = /^(?:多|余)?[款个]?(?:大)?模型/;
const MODELS_COUNTED_BEFORE = /模型(?:共|有|为|约)?$/;
const COUNTING_CLASSES = new Set(['accelerators', 'machines', 'count', 'people']);
/** A count of companies (二十家, 7 家): of a group of them, unless owned (其10家, 旗下3家子公司) or hosted (中心已有40家企业入驻). */
const COMPANIES_COUNTED = /家\s*$/;
const OWNED_COMPANIES_BEFORE = /(?:其|旗下|下属|下屬|名下)\s*(?:共|有|拥有|擁有)?\s*(?:约|約|近|超过|超過|逾)?\s*$/;
const OWNED_COMPANIES_AFTER = /^\s*(?:子公司|分公司|关联公司|關聯公司|控股公司|附属|附屬|门店|門店|分店|工厂|工廠|办事处|辦事處|(?:[^，,。；;]{0,8}?(?:企业|企業|公司|机构|機構|厂商|廠商))?(?:入驻|入駐|进驻|進駐|落户|落戶|入园|入園))/;
/** Units of a change or share: about the thing described, never the base (是GPT-4的3倍). */
const RELATIVE_CLASSES = new Set(['percent', 'multiple']);
/** Attributes whose percent is a level, not a change (高于GPT-5的41.7%: GPT-5's own score). */
const LEVEL_ATTRIBUTES = new Set<Attribute>(['score', 'accuracy', 'market_share']);
// (an emoji ends a clause in a post as a comma would: 已经算良心了👍 我这边H20 9.9元/小时; and so does an ellipsis: 早就免费了…只有OpenAI还敢…)
// (not a comma grouping a number's digits: 从V3的6,710亿略增为6,850亿 is one clause)
// (and a space between Chinese words, as a headline separates its clauses: 廣達、緯創3月營收雙創新高 鴻海首季衝上1.64兆元)
const CLAUSE_MARKS = /[，;；:：…]|(?<!\d),|(?<=\d),(?!\d{3}(?!\d))|\p{Extended_Pictographic}|(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])/gu;
/** Examples listed for a counted group (包括A、B等11家) or a kind (（如昇腾910C）). */
const EXAMPLE_SPANS = [
  /(包括|包含)[^，,。；;（）()]{1,60}?等\s*(?:超过|超過|逾|近|约|約|共)?\s*(?=\d|[一二三四五六七八九十百千万两几数多]+[余多]?[家款个名位种类项所])/g,
  // (and the partners or customers a company names before their count: 已与阿里云、火山引擎、智谱等超过40家客户建立合作)
  /(?:与|與|同|跟|为|為|服务了?|服務了?|覆盖了?|覆蓋了?)[^，,。；;（）()]{1,60}?等\s*(?:超过|超過|逾|近|约|約|共)?\s*(?=[\d一二三四五六七八九十百千万两几数多]+[余多]?\s*(?:家|个|個|所|位)(?:客户|客戶|企业|企業|机构|機構|合作伙伴|合作夥伴|伙伴|夥伴|银行|銀行|医院|醫院|高校|单位|單位|用户|用戶))/g,
  /[（(](如|例如|比如|譬如)[^（）()]{1,30}[）)]/g,
];
/** A clause naming what a result is owed to (受惠于…, 受惠…, 受益于…, 得益于…), up to the clause's end. */
const CAUSE_CLAUSE = /(受惠于?|受益于?|得益于?|主因(?:为|是|在于)?|主要(?:是)?(?:因为|由于|受惠于?|受益于?)|由于|因为)[^，,。；;]{1,40}/g;
const CAUSE_HINT = /受惠|受益|得益|主因|由于|因为/;
/** 由上一代X, 从前代X: the predecessor a change starts from. */
const FROM_GENERATION_BEFORE = /(从|由)\s*(上一代|上代|前一代|前代|老一代|上一版|前一版)(产品|芯片|模型|版本|机型)?的?\s*$/;
/** 作为对比，X…: named for reference, beside what the text is about. */
/** A word after a name that makes it an era (GPT-3时代, ChatGPT之前的时期). */
const ERA_AFTER = /^\s*(?:时代|時代|时期|時期|年代)/;
/** A sentence that opens with a supposition (如果说, 要说, 若说), its main clause after 那么 or 那. */
const SUPPOSITION_OPENING = /^\s*(?:如果说|如果說|要说|要說|若说|若說|假如说|假如說)[^，,。；;]*$/;
const MAIN_AFTER_SUPPOSITION = /[，,]\s*(?:那么|那麼|那)[^，,。；;]*$/;
const REFERENCE_BEFORE = /(作为对比|作为对照|作为参照|作为参考|作为比较|作為對比|作為對照|作為參照|作為參考|作為比較|相比之下|对比之下|對比之下)[，,：:]?\s*$/;
/** 英伟达、AMD等客户: examples of a group the sentence speaks of (customers, makers, partners). */
const GROUP_AFTER_EXAMPLES = /等(?=\s*(?:大|主要|重要|头部|海外|国内|国产|國產|国内外|开源|開源|闭源|閉源|主流|热门|熱門|前沿|第三方)?(?:客户|厂商|厂家|伙伴|合作伙伴|企业|公司|大厂|巨头|玩家|对手|竞争对手|供应商|客戶|廠商|夥伴|企業|(?:大)?模型|芯片|晶片))/g;
/** Words of a share offering: subscription, margin financing, the public tranche, listing. */
const OFFERING = /孖展|超额认购|认购|招股|公开发售|国际配售|入场费|集资|募资|挂牌|上市/;
/** A clause that opens with 其中: a part of the total stated before it. */
const SUBSET_OPENING = /^\s*其中(?!包括|包含)/;
/** A clause that sets something against the topic: what it names does not become the paragraph's topic. */
const CONTRAST_CLAUSE = /^\s*(而|相比之下|相較之下|相较之下|反观|反觀|对比之下|對比之下)/;

/** Before the old thing a change starts from (从V3的…). */
const FROM_BEFORE = /(?:从|從|由)\s*$/;
/** Words before a yardstick a value is brought down to (打到GPT-4o零头, 降到o1的3%, 只要GPT-4的一半). */
const YARDSTICK_BEFORE = /(?:打到|干到|幹到|杀到|殺到|降到|降至|只要|只有|仅为|僅為|不到|相当于|相當於)\s*$/;
/** What follows a yardstick: the part or the multiple of it (零头, 一半, 的3%, 的32倍, 两成). */
export const YARDSTICK_AFTER = /^\s*(?:的)?\s*(?:零头|零頭|一半|几分之一|幾分之一|[一二三四五六七八九十百千万\d]+分之[一二三四五六七八九十\d]+|[\d.]+\s*(?:倍|%|％)|[一二两兩三四五六七八九十]成)/;
/** 继…之后 around a name: the earlier thing the news follows (继去年4月释出X后, 繼X之後). */
const FOLLOWS_BEFORE = /(?:继|繼)[^，,。；;！？]{0,14}$/;
const FOLLOWS_AFTER = /^\s*(?:之后|之後|以后|以後|后|後)/;
/** 直到DeepSeek-R1開源之後，…: a thing named as the time something changed, in a clause of its own. */
const UNTIL_BEFORE = /(?:直到|等到)\s*$/;
const UNTIL_AFTER = /^[\u4e00-\u9fff]{0,4}?(?:之后|之後|以后|以後|后|後)\s*[，,]/;
/** A clause opening with the generation before and its name: ，前代V3, ；上一代GLM-4. */
const PREVIOUS_GENERATION_OPENING = /[,，;；]\s*(?:而)?(?:前代|前一代|上一代|上代|老一代)(?:模型|版本|产品)?\s*$/;
/** After the old thing: 的, its value and where the change goes (的6,710亿略增为, 的128K提升到). */
const FROM_OWN_VALUE_AFTER = /^的\s*(?:[^,，。；;]|(?<=\d),(?=\d{3}))*?(?:为|為|到|至)/;
/** Between two values set against each other: 88.5对88.6, 90.2 vs 92.0. */
const VERSUS_BETWEEN = /^\s*(?:对|對|vs\.?|VS\.?|v\.s\.)\s*$/;
/** The other side named by reference: 用不到对方十分之一的算力. */
const OTHER_SIDE = /对方|對方|对手|對手|后者|後者/;
/** Between where a change starts and where it ends: 略增为, 提高到约, 降至. */
const CHANGE_TO_BETWEEN = /^[^，,。；;、\d]{0,8}?(?:为|為|到|至)\s*(?:约|約|近|超过|超過)?\s*$/;
/** Before an entity: it is what the figure is compared with (比GPT-4, 超过GPT-4). */
// (a few words of kind may stand between: 低于同配置的H200服务器)
// (a rank may name the one outdone: 领先第二名Qwen2.5-Max 19分)
const COMPARED_BEFORE = /((?<![价價])比|较|相比|相比于|相较|相较于|对比|相对于|不如|超过了?|超越了?|击败了?|打败了?|优于|胜过|领先于?(?!的)|落后于?(?!的)|領先於?(?!的)|落後於?(?!的)|逊于|高于|低于|快于|慢于|强于|弱于|媲美|比肩|追平|赶超|次于|僅次於|次於|冲着|衝著|对标|對標|瞄准|瞄準|剑指|劍指)(?:同配置|同档|同級|同级|同类|同類|同等|同规格|同規格|同尺寸|同代|基础模型|基礎模型|基座模型|基座|底座模型|原版|原始模型|第[一二三四五六七八九十\d]{1,2}(?:名|位)|排名第[一二三四五六七八九十\d]{1,2}|次席|对手|對手|竞品|競品)?的?\s*$/;
/** 比上一代昇腾910C提升近一倍: the predecessor named after a generation word is the base */
const COMPARED_GENERATION_BEFORE = /(比|较|相比|相比于|相较|相较于|对比|与|和)\s*(上一代|上代|前一代|前代|上一版|前一版|老一代|旧款|老款|此前的?|之前的?|先前的?)(?:[\u4e00-\u9fff]{0,4}?(产品|芯片|模型|版本|机型))?的?\s*$/;
/** 比4月发布的讯飞星火4.0, 较上季度的GLM-4-0520: a few words of when or which between 比 and the name (not 占比, 比例, 较高) */
const COMPARED_MODIFIED_BEFORE = /(?:(?<![占对评排无好相类攀价價])比(?![例重率赛较如])|(?<![比相])较(?![为高低大小多少好快慢强弱早晚长短])|相比于?|相较于?)[^，,。；;、比较]{1,10}的\s*$/;
/** 比第二名Doubao-pro-32k快: a rank between 比 and the name */
const COMPARED_RANKED_BEFORE = /(比|较)(第[一二三四五六七八九十\d]{1,2}名的?|排名第[一二三四五六七八九十\d]{1,2}的)\s*$/;
/** 与 (跟, 同) opening the words before a figure in its clause: the figure is inside what is compared with. */
const WITH_OPENED_BEFORE = /(?:与|跟|同)[^，,。；;与和跟同]{0,12}$/;
/** 与GPT-4相比, 和GPT-4一样 */
const WITH_BEFORE = /(与|和|跟|同|对比)\s*$|(与|跟|同)[^，,。；;与和跟同]{1,12}的\s*$/;
/** 与X的62.3%仍有差距: the other's own value, then the gap to it. */
// (an adverb may come between: 与o1的2061已经相差无几)
const VALUE_THEN_GAP = /^的\s*[\d.]+\s*(?:%|分)?\s*(?:已经|已經|已|仍|还|還|只)?\s*(?:仍有|还有|還有|尚有|存在|有)?(?:差距|相差|接近|持平|相当|相當)/;
const COMPARED_AFTER = /^\s*(相比|比较|比較|相较|相較|对比|對比|一样|一樣|相当|相當|持平|差不多|(?:打得|打成|打了个|打了個)?(?:有来有回|有來有回|不相上下|旗鼓相当|旗鼓相當|平分秋色|互有胜负|互有勝負|难分高下|難分高下|平手)|(?:是|在)?(?:一个|一個|同一个|同一個|同一|同个|同個)量级|(?:是|在)?(?:一个|一個|同一|同一个|同一個)水平|(?:是|在|处于|處於|属于|屬於)?(?:同一|同一个|同一個|一个|一個)梯[队隊]|相近|接近|相距|相差|(?:仍有|还有|還有|尚有|存在|有)?差距(?:为|為|在|约|約|不足|不到)?)/;

/** Whether the words around a name (simplified text) compare with it: 比X, 相较上一代X, 与X相当. */
/** Whether a name is what another is built on, by the words right before it (基于Llama 3.1, 延续了DeepSeek-V3验证过的…). */
export function builtOn(head: string): boolean {
  return BUILT_ON_BEFORE.test(head);
}

/**
 * Where the i-th name's run of names that qualify it starts: its maker (阿里云, OpenAI的) and its family written right
 * before it (通义千问 of 通义千问Qwen2.5-72B). (A model with 的 is no maker: 对标GPT-4的Qwen-Long compares with GPT-4.)
 */
export function qualifiedStart(text: string, names: readonly { start: number; end: number; kind: EntityKind }[], i: number): number {
  let from = names[i].start;
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    const p = names[j], gap = text.slice(p.end, from);
    if (p.end > from || !(p.kind === 'vendor' ? MAKER_GAP : FAMILY_GAP).test(gap)) break;
    from = p.start;
  }
  return from;
}
/** Whether a comparison's verb stands right before `from`, where a qualified name begins (超过了|阿里云通义千问Qwen2.5-72B). */
function qualifiedCompared(text: string, sentenceStart: number, from: number): boolean {
  return COMPARED_BEFORE.test(text.slice(Math.max(sentenceStart, from - 14), from));
}
const MAKER_GAP = /^[\s的·]{0,2}$/;
const FAMILY_GAP = /^[\s·]{0,1}$/;

export function comparedWith(head: string, tail: string): boolean {
  return COMPARED_BEFORE.test(head) || COMPARED_GENERATION_BEFORE.test(head) || COMPARED_MODIFIED_BEFORE.test(head) || FROM_GENERATION_BEFORE.test(head) || REFERENCE_BEFORE.test(head) || (WITH_BEFORE.test(head) && COMPARED_AFTER.test(tail)) ||
    // (the base of a multiple or a share: 这是DeepSeek-V3的十倍以上)
    (BASE_OF_MULTIPLE_BEFORE.test(head) && SHARE_AFTER.test(tail));
}
/** 速度是GPT-4的3倍: the entity is the base of a multiple */
/** A sentence without one of these compares nothing. */
const COMPARISON_HINT = /有来有回|有來有回|不相上下|旗鼓相|平分秋色|互有胜负|互有勝負|难分高下|難分高下|同一梯|同一水平|同一量级|同一量級|一个量级|一個量級|比|较|对比|相对|不如|超|击败|打败|优于|胜过|领先|落后|逊于|高于|低于|快于|慢于|强于|弱于|媲美|追平|赶超|相当|一样|持平|次于|次於|冲着|衝著|对标|對標|瞄准|瞄準|剑指|劍指|相距|相差|差距/;
/** …and of being a share of another (是GPT-4的3倍, 只有H100的15%). */
const SHARE_HINT = /是|为|相当于|达|约为|接近|超过|提升|只有|仅|不到|不及/;
/** A sentence without one of these quotes no one. */
/** First person plural of an organisation's speaker (not 我 alone: a user in a forum speaks for no company). */
const FIRST_PERSON = /我们|我們|我司|本公司|咱们|咱們/g;
/** What may come before the subject of a clause: quotes and a connective or a time word. */
const CLAUSE_OPENING = /^[\s"“「『]*(?:但|但是|而|而且|并且|所以|因此|其实|现在|現在|如今|而今|目前|当时|當時|后来|後來|今年|去年|这两年|這兩年)?\s*$/;
/** A part's share of revenue (手机芯片占营收约五成, 业务营收占比42%): what the company reports, not what the part is. */
const REVENUE_SHARE = /(营收|营业收入|收入|营业额|销售额|销售收入|出货|晶圆收入)[^，,。；;]{0,2}(占比|比重|比例|贡献)|占[^，,。；;]{0,8}(营收|营业收入|总收入|收入|营业额|销售额)/;
const SHARE_ONLY = /占比|比重|占[^，,。；;]{0,4}$/;
/** A change of what a company earns (业务收入增长超过100%, 营收同比下降5%). */
const REVENUE_CHANGE = /(营收|营业收入|收入|营业额|销售额|净利润?|毛利)[^，,。；;\d]{0,6}(增长|增加|下降|减少|下滑|上升|提升)(了|超过|近|约|达到?)*$/;
/** 我们预计, 我们认为: an analyst's judgement, which opens a clause about what it judges. */
const ANALYST_JUDGES = '(?:我们|我們)(?:预计|預計|预测|預測|估计|估計|测算|測算|认为|認為|判断|判斷|看好|上调|上調|下调|下調|调整|調整|维持|維持|给予|給予|重申|首次覆盖|首次覆蓋)';
/** 我们预计公司…, 我们认为该公司…: a judgement of the company the text is about, not of the speaker's own. */
// (我们将公司2025年营收预测由38亿元上调至52亿元: and the company put before the verb)
const JUDGES_ANOTHER = new RegExp(`^(?:${ANALYST_JUDGES}|(?:我们|我們)(?:将|將|把|对|對))(?:该公司|該公司|公司|其)`);
/** 我们预计, 我们认为 opening what follows: an analyst's judgement. */
const ANALYST_JUDGING = new RegExp(`^${ANALYST_JUDGES}`);
/** 我们承诺, 我们的平台: the speaker's company offers what follows (no reference to another thing before the figure). */
const OFFERED = /^(我们|我們|我司|本公司|咱们|咱們)(的|承诺|保证|提供|能够|能|可以|可|已经|已|目前|现在)(?![^，,。；;]*(其|它|该模型|该产品))/;
/** Attributes of a service a speaker promises for their own company (我们承诺首字延迟低于300毫秒). */
const SERVICE_ATTRIBUTES = new Set<Attribute>(['latency', 'throughput', 'price', 'count', 'speedup']);
/** …在整体AI加速芯片出货中的占比: a share of a whole, of what is named before 在 (the text is simplified here). */
const KIND_SHARE = /(在|于)(整体|全体|全球|全部|所有|国内|中国|全国|全行业)?[^，,。；;]{0,16}(中|里|内|当中)的?(占比|比重|份额|渗透率)/;
/** A clause that opens with the share of a kind of thing (国产芯片占比, 开源模型的份额): no named one's. */
const KIND_SHARE_OPENING = /^\s*(?:国产|国内|开源|闭源|海外|进口)(?:AI)?(?:芯片|晶片|算力|GPU|加速卡|模型|大模型|厂商|服务器)的?(?:占比|份额|比例|比重|渗透率|市占率)/;
/** The size of a market or an industry (市场规模, 行业总产值, 中国市场的规模). */
const MARKET_SIZE = /(市场|行业|产业|产业链|供应链)的?(整体|总体)?(规模|总额|总量|容量|总值|总产值|产值|空间)/;
/** A turn of an interview: the speaker's name and a colon open the paragraph (not the interviewer's 问：). */
// (a note's label is no one's turn: 译者后记：, 编者按：)
const SPEAKER_TURN = /^\s*(?!问|問|Q|记者|記者|主持人)(?!(?:译者|譯者|编者|編者|作者)?(?:后记|後記|按|注|前言|附记|附記|说明|說明|备注|備註|摘要|来源|來源|简介|簡介)\s*[：:])[\u4e00-\u9fffA-Za-z·]{2,8}\s*[：:]/;
/** 平台, 公司 at the head of a clause in an interviewee's answer: the speaker's own. */
const OWN_PLATFORM = /^\s*(?:现在|現在|目前|如今|今年|去年)?\s*(平台|公司|本平台|咱们平台|咱們平台)(?!之间|之間)/;
/** Whether what `before` ends with is the opening of a clause: nothing, or a connective or a time word (如今 Behemoth…). */
function opensClause(before: string): boolean {
  return CLAUSE_OPENING.test(before.slice(lastClauseAt(before)));
}
/** Where the last clause of `before` begins (after its last comma, semicolon or colon). */
function lastClauseAt(before: string): number {
  for (let i = before.length - 1; i >= 0; i--) if ((CLAUSE_END.has(before[i]) && !groupsDigits(before, i)) || headlineSpace(before, i)) return i + 1;
  return 0;
}
/** A space between two Chinese characters: a headline's break between its clauses. */
function headlineSpace(text: string, i: number): boolean {
  return (text[i] === ' ' || text[i] === '\u3000') && i > 0 && HAN.test(text[i - 1]) && HAN.test(text[i + 1] ?? '');
}
/** A Chinese character of the common block (what CLAUSE_MARKS reads a headline's space between). */
const HAN = /[\u4e00-\u9fff]/;

const CLAUSE_END = new Set(['，', ',', '；', ';', '：', ':']);
/** What a speaker says of a market or an industry is not about the speaker. */
const MARKET_WORDS = /市场|市場|行业|行業|产业|產業|全球|国内|國內|全国|全國|整体|整體/;
/** The last first-person pronoun of the text, when what follows it up to the figure speaks of no market. */
function lastFirstPerson(before: string): { word: string; at: number } | undefined {
  let last: RegExpExecArray | undefined;
  FIRST_PERSON.lastIndex = 0;
  for (let m = FIRST_PERSON.exec(before); m; m = FIRST_PERSON.exec(before)) last = m;
  if (!last || MARKET_WORDS.test(before.slice(last.index))) return undefined;
  // the speaker is what the clause is about only as its subject (我们的调用量…), not inside it (X是我们最受欢迎的模型)
  const clauseHead = before.slice(0, last.index).split(/[,，;；:：]/).at(-1)!;
  if (!CLAUSE_OPENING.test(clauseHead)) return undefined;
  return { word: last[0], at: last.index };
}
const SPEECH_HINT = /据|表示|透露|介绍|称|指出|宣布|披露|强调|认为|预计|说|公布|显示|提到|提及|坦言|直言/;
/** …的3倍, 的15%, 的八成, 的速度的2倍: a share follows the base (not 是微软的Phi-3.5-mini, a name after 的). */
const SHARE_AFTER = /^\s*(?:[（(][^（()）]{0,12}[)）])?\s*(?:系统|系統|模型|版本|芯片|晶片|产品|產品|服务器|服務器|伺服器|整机|整機|集群|叢集|方案|[\u4e00-\u9fff]{0,2}(?:成本|价格|價格|价|價|费用|规模|参数|速度|算力|功耗|营收|收入|业务|業務))?的[^，,。；;A-Za-z0-9]{0,6}?[\d０-９一二三四五六七八九十两百千万几半]/;
/** 的87.2和: a base's value and a joiner before the next base of the list. */
const BASE_VALUE_LISTED = /的\s*[\d０-９][\d０-９.．]*\s*(?:分|%|％|倍)?\s*[、，,和及与與]\s*$/;
/** 是Claude 2的2.5倍、GPT-4 Turbo的8倍: the next base of a list of shares. */
const AFTER_SHARE = /(倍|%|成|分之[一二三四五六七八九十百千]+)\s*[、，,和及与]\s*$/;
const BASE_OF_MULTIPLE_BEFORE = /(是|(?<![认認以作成称稱因行])为|相当于|只相当于|达到了?|达|约为|约是|接近|超过了?|提升至|提升到|只有|仅有|仅为|只及|仅|不到|不及)\s*(当时|此前|之前|先前|目前|同期|同级|上一代|调用|使用|用)?\s*(?:开源|開源|发布|發布|推出|上线|上線)?的?\s*(?:[^，,。；;的\s]{1,12}的\s*)?$|(?:只有|仅有|僅有|仅为|僅為|只及|只相当于|相当于|不到|不及)\s*[^，,。；;的\s]{1,12}$/;
/** 基于Llama 3.1, 以Llama 3.1为基础: what a model is built on is not what the figure is about. */
/** A statement that what follows is a model's base (星衍-M2的基座是通义千问开源的Qwen2.5-72B). */
const BASE_IS_BEFORE = /(?:基座|基座模型|底模)(?:是|为|為)\s*$/;
const BUILT_ON_BEFORE = /(基于|基於|借鉴|借鑒|借鉴自|借鑒自|参考|參考|参照|參照|复用|復用|源自|蒸馏自|蒸餾自|微调自|微調自|衍生自|沿用|沿袭|沿襲|延续|延續|继承|繼承|接入|基座是|基座为|基座為|基座模型是|基座模型为|基座模型為|底模是|底模为|底模為)了?\s*(?:(?:此前|之前|先前|早先|上一代|前代|自家|自研|开源|開源)的?)?\s*$/;
// (以Blackwell Ultra架構打造的…: an architecture something is built on)
const BUILT_ON_FRAME = /^\s*(?:(为|為|作为|作為)(基础|基礎|底座|基座|底模|骨干|骨幹|架构|架構|底(?![下部层層]))|(?:架构|架構)(?:打造|构建|構建|设计|設計))/;
/** 在X基础上, 在X的底座之上: what something else is built on top of. */
const ON_TOP_OF_AFTER = /^\s*的?(?:基础|基礎|底座|基座)(?:上|之上)/;
// (a kind of model may stand between: 以开源模型Qwen2.5-32B为基座)
const BUILT_ON_WITH = /(以|用|采用|採用|采|採|使用|导入|導入|交由|由|透过|透過|通过|通過|借助|藉由|利用)\s*(?:(?:开源|開源|自研|自家|通用|基础|基礎)的?\s*(?:大)?(?:模型|基座|底座)\s*)?$/;
/** A company speaking of its own platform, unnamed: 称开放平台注册开发者…, 表示平台累计服务…. */
const SPEAKER_OWN_PLATFORM = /^\s*(?:方面|官方)?\s*(?:称|稱|表示|透露|介绍|介紹|宣布|披露)\s*[，,：:]?\s*(?:其|旗下|自家)?(?:开放平台|開放平台|平台|云平台|雲平台)/;
/** What an app runs on, before its model's name (免费版用的是文心大模型3.5, 底层是自研的CodeSpark-32B): not what the app's prices or users are about. */
/** What a tool has of its own: its users and developers, its share, its count (飞桨开发者750万, CUDA开发者超过500万). */
const TOOL_OWN_ATTRIBUTES = new Set<Attribute>(['users', 'market_share', 'count', 'growth']);
/** A list item's mark before a name at its line's start… */
const ITEM_LABEL_BEFORE = /(?:^|\n)[ \t\u3000]*(?:[-*·•‧・]|\d{1,2}[.、)）])[ \t\u3000]*$/;
/** A list item's label and its colon right before a name (- 追求极致吞吐：TensorRT-LLM，…). */
const ITEM_ANSWER_BEFORE = /(?:^|\n)[ \t\u3000]*(?:[-*·•‧・]|\d{1,2}[.、)）])[ \t\u3000]*[^：:\n，,。]{1,16}[：:][ \t\u3000]*$/;
/** …and the colon that ends the label after it (perhaps past a note in brackets: LMDeploy（TurboMind）：). */
const ITEM_LABEL_AFTER = /^\s*(?:[（(][^）)\n]{0,20}[)）])?\s*[：:]/;
/** A framework's own measure or version right after its name (vLLM 0.6的吞吐, SGLang比, vLLM的调度). */
const FRAMEWORK_MEASURED_AFTER = /^\s*(?:v?\d[\d.]*\s*)?(?:的|比|相比|较|較|在|新版|版本|吞吐|速度)/;
/** Words that say the software after them is what something is done with (部署用的是vLLM, 推理框架采用SGLang). */
// (and a deployment's or a serving stack's label: 推荐部署：vLLM ≥ 0.8.5)
const TOOL_USED_BEFORE = /(?:用的是|用的|使用|采用|採用|借助|基于|基於|框架是|框架为|框架為|框架用|部署\s*[：:]|推理框架\s*[：:]|推理引擎\s*[：:])\s*$/;
// (and the models a plan lets one use: Pro+：39美元/月，…可以用Claude Opus 4、o3等最强模型)
const RUNS_ON_BEFORE = /(用的是|用的都是|底层是|底層是|底层用的是|底層用的是|底座是|跑的是|可以用|可调用|可調用|可以调用|可以調用|可选用|可選用)\s*(?:(?:自家|自研|开源|開源)的?)?\s*$/;
/** A family's name said as a class (通义千问系列的旗舰开源模型, Llama家族中的). */
const FAMILY_CLASS_AFTER = /^\s*(?:系列|家族)(?:中|里|裡)?的/;
/** A list's next size, then 的 before a name (、每次激活370亿参数的). */
const SIZES_THEN_OF = /^[ \t]*[、和及与與][^，,。；;、]{0,12}?[\d０-９][\d０-９.,]*\s*[亿億万萬BbTt]?\s*(?:参数|參數|params)?[ \t]*的[ \t]*$/;
/** The rest of a bracket that holds one name: its closing mark, after a word of its kind at most (版, 模型). */
const BRACKET_CLOSES = /^\s*(?:版|版本|模型|大模型)?\s*[)）]/;
/** What a model has of its own, whatever app it runs in: its size, its training, its window, its scores. */
const MODEL_OWN_ATTRIBUTES = new Set<Attribute>(['parameters', 'activated_parameters', 'training_tokens', 'training_data', 'training_cost', 'training_compute', 'training_gpus', 'training_days', 'context_length', 'score']);
/** A process node or a process after a foundry's name (台积电6纳米制程, 台积电的CoWoS封装). */
const FOUNDRY_PROCESS_AFTER = /^(?:-[A-Z0-9]{1,3})?\s*的?\s*(?:第[一二三四五六七八九十\d]代|新一代|最新一代|最新的?)?\s*(?:[\d.]+\s*(?:纳米|奈米|nm)|N\d|CoWoS|(?:先进|先進)?(?:制程|製程|工艺|工藝|封装|封裝)|代工)/;
/** After a count, the list of what it counts begins (…7款大模型通过备案，包括…). */
const EXAMPLES_AFTER = /^[^。；;！？!?]{0,30}?[，,：:]\s*(?:其中)?(?:包括|包含|例如|比如|涵盖)(?:了)?/;
/** Shipping or selling hardware: a count of chips or devices shipped is the hardware's. */
const SHIPPED = /出货|出貨|销量|銷量|销售|銷售|交付|供货|供貨|卖出|賣出|售出/;
/** 从X迁移到Y: moving from one thing to another. */
const MOVED_AWAY = /^[^，,。；;]{0,6}?(迁移|迁|转移|转向|转|切换|切|换)(到|至|为)/;
/** What work is done for (针对天玑9300重写算子, 适配昇腾): a target, not a subject. */
const TARGET_BEFORE = /(针对|適配|适配)\s*$/;
/** 用vLLM跑, 通过Ollama部署: the tool something is run or served with. */
// (拿vLLM实测, 开DeepSpeed ZeRO-3之后, 改用SGLang)
const TOOL_BEFORE = /(用|使用|采用|採用|通过|通過|借助|利用|拿|开了?|開了?|换成|換成|改用)\s*$/;
/** The end of a tool's clause right after its name, perhaps after a mode or version of it (DeepSpeed ZeRO-3，), or where it runs (拿vLLM在一台8卡H20上). */
const TOOL_CLAUSE_END = /^\s*(?:[A-Za-z][A-Za-z0-9.\-]{0,10}\s*)?(?:[，,；;。]|在|之后|之後)/;
const TOOL_AFTER = /^\s*(来|去)?(跑|部署|运行|推理|加速|托管|serve|部署了|跑了|调用|访问)/;
/** 与辉达合作的GB200机柜, 携手阿里云推出: who the subject works with (the partner's own figures say 与X合作 no more). */
const PARTNER_BEFORE = /(与|和|跟|同|携手|联合)\s*$/;
const PARTNER_AFTER = /^\s*(合作|联手|共同|一起|联合|一同|一道|同时发布|同時發布|同时推出|同時推出|同期发布|同期發布)/;
/** A price's label and an opening bracket right before a name (价格（火山引擎）：, 定價（AWS）：). */
const PRICE_LABEL_OPEN = /(?:价格|價格|定价|定價|售价|售價|报价|報價|费用|費用|收费|收費|计费|計費)\s*[（(]\s*$/;
/** An opponent right before its name (对GPT-4o的胜率, 對戰Claude的勝率)… */
const AGAINST_BEFORE = /(?:对|對|对阵|對陣|对战|對戰|相对|相對|vs\.?|VS\.?)\s*$/;
/** …and the win rate after it. */
const WIN_RATE_AFTER = /^\s*(?:的)?\s*(?:胜率|勝率|win ?rate)/i;
/** What stands between figures and the one they are then said to belong to (…210亿激活，是 / 都是). */
const OWNER_PREDICATE_BEFORE = /^[^。；;！？!?]{0,30}?[，,、—\s](?:其实|其實|实际上|實際上)?(?:是|为|為|都是|均为|均為|属于|屬於)\s*$/;
/** …and the words after its name that say so (的数字, 的规格, 的参数). */
const OWNED_NUMBERS_AFTER = /^\s*的\s*(?:数字|數字|数据|數據|规格|規格|参数|參數|配置|成绩|成績|指标|指標)/;
/** A customer introduced right before its name (第一大客户为华为云, 主要客戶為台積電). */
const CUSTOMER_BEFORE = /(?:客户|客戶)\s*(?:为|為|是|系|包括|包含|有)\s*$/;
/** A machine built of the cards counted before its name (8卡H100整机, 八卡A800服务器). */
// (its form written between: 8卡H100 SXM整机; 8卡H20的機器)
const MACHINE_AFTER = /^\s*(?:[A-Za-z][A-Za-z0-9]{0,5}\s*)?的?(整机|整機|服务器|伺服器|一体机|一體機|机柜|機櫃|云主机|雲主機|主机|主機|实例|實例|机器|機器)/;
/** A clause that says what drove the next one's figure (在X出货放量带动下): its names are causes, no subjects. */
const DRIVEN_BY_CLAUSE = /^\s*在[^，,。；;]{1,40}(?:带动|帶動|推动|推動|驱动|驅動|拉动|拉動|带领|帶領|刺激|支撑|支撐|加持|助攻)下\s*[，,]?\s*$/;
/** A clause that gives a reason (主要是为, 因为, 由于): what it names is no subject of a figure in another clause. */
const REASON_OPENING = /^\s*(?:主要|主因|原因|这|這)?(?:是|在于|在於)?(?:为了|為了|为|為|因为|因為|由于|由於|受)/;
/** A clause that breaks down what the one before stated (其中…): its names are parts, no subject of the whole. */
const BREAKDOWN_OPENING = /^\s*其中/;
/** What an amount is spent on follows these (用于采购…, 用作营运资金): a purpose, not what the amount is about. */
const SPENT_ON = /用于|用於|用作|用来|用來|拨作|撥作/;
/** A cluster named after the cards it is built of, counted before them (万卡H800集群, 千卡A100叢集). */
const CLUSTER_AFTER = /^\s*(集群|叢集|丛集)/;
const CARDS_BEFORE = /(?:[万萬千百]|\d+)\s*(?:卡|张|張|块|塊|颗|顆)\s*$/;
/** A clause that opens by bringing in another thing: 还有一个…, 另有一款…, 此外还有一版…. */
const ANOTHER_OPENING = /^\s*(?:另外|此外|同时|同時)?(?:还有|還有|另有|另外还有|另外還有)(?:一个|一個|一款|一版|一种|一種|个|個|款)/;
/** 还有一个面向手机的蒸馏版, 推出了一款: words that introduce a new thing at the end of a clause. */
const INTRODUCES = /(有|推出了?|发布了?|發布了?|开源了?|開源了?)(一个|一個|一款|一版|一种|一種)[^，,。；;]{0,20}$|^的[^，,。；;]{0,8}?(产品|產品|模型|芯片|晶片|机器人|機器人|助手|应用|應用)(是|为|為|就是)[^，,。；;]{0,12}$/;
/** 将用于下一代晶片P5的研发, 投向X: what money is spent on, not what the figure is about. */
const PURPOSE_BEFORE = /(用于|用於|投向|投入到|投资于|投資於)[^，,。；;：:]{0,10}$/;
/** 推理X时, 运行X模型时, 跑X这种稠密模型, 训练X的速度: the workload a chip or a system runs. */
const WORKLOAD_BEFORE = /(推理|运行|運行|跑|部署|训练|訓練)\s*$/;
const WORKLOAD_AFTER = /^\s*(?:(?:大?模型|等模型)?\s*(时|時|的时候|的時候)|(?:这种|這種|这类|這類|这样的|這樣的)[^，,。；;]{0,6}(?:模型|尺寸|规模|規模)|的\s*(?:速度|吞吐量?|性能|效率|能效|耗时|耗時))/;
/** 对X这种尺寸的推理来说: the workload a comparison of chips is made on. */
const FOR_WORKLOAD_BEFORE = /(?:对|對|对于|對於)\s*$/;
const FOR_WORKLOAD_AFTER = /^\s*(?:这种|這種|这类|這類|这样的|這樣的)?[^，,。；;]{0,8}?(?:推理|训练|訓練)(?:来说|來說|而言)/;
/** A version or code after a name the knowledge base knows only in part (骁龙 + 8 Gen 3). */
const VERSION_TAIL = /^[ ]?\d[A-Za-z0-9.+]*(?: [A-Za-z]+(?: \d+)?)?/;
/** 毕业于清华大学: a school one went to is where a person comes from, not a subject. */
const SCHOOL_BEFORE = /(毕业于|就读于|求学于|肄业于)\s*$/;
/** A sentence that opens by speaking of a model by reference (阿飞：这个模型的…, 不过该模型…). */
const MODEL_REFERENCE_OPENING = /^[^。！？!?]{0,14}?(它的|这个模型|该模型|这款模型|该大模型|这个大模型|这款大模型|此模型)/;
/** 上的下载量, 上已经有1.2万星: downloads or stars counted on a site (not what the site holds: 上的开源模型数量). */
const HOSTED_ON_AFTER = /^\s*(?:上(?:的|已经|已|累计|共|有|获得|收获|拿到|获)+[^，,。；;]{0,9}?(?:下载|星|[Ss]tars?|点赞|收藏|关注|粉丝|评分)|(?:仓库|主页|页面|社区)(?:的|已经|已|累计|共|有|获得|收获|拿到|获)*[^，,。；;]{0,12}?(?:下载|星|[Ss]tars?|点赞|收藏|关注|粉丝)|的?(?:下载量|下载次数|星标数?|[Ss]tars?数?|[Ss]tar数))/;
/** 来自华为, 曾任职于百度, 曾任大疆…: a person's former employer. */
export const ORIGIN_BEFORE = /(此前是|之前是|此前為|此前为|原是|曾是|来自|來自|出身于?|出身於|曾任职于|曾任職於|曾就职于|曾就職於|曾任|曾擔任|曾担任|曾在|曾於|曾于|曾经在|曾經在|先后在|先後在|离开|離開|离职于|離職於)\s*$/;
/** 搭载X的手机, 配备X的笔记本: a part, named before the device that carries it. */
const COMPONENT_BEFORE = /(?:搭载|搭載|配备|配備|内置|內置|采用|採用|装有|裝有)\s*$/;
/** 改用英伟达Orin芯片方案, 采用地平线的征程方案: a supplier whose part a product adopts (before its part's word). */
const ADOPTED_BEFORE = /(?:搭载|搭載|配备|配備|采用|採用|改用|换用|換用|选用|選用|使用)了?\s*$/;
const SUPPLIED_PART_AFTER = /^\s*(?:的)?\s*[A-Za-z0-9\u4e00-\u9fff-]{0,10}?(?:芯片|晶片|方案|平台|模组|模組|传感器|傳感器|激光雷达|激光雷達|雷达|雷達|电池|電池|摄像头|攝像頭)/;
/** Between a size and the model it is of: 的, and perhaps the kind of model (的稠密模型, 的MoE模型, 的开源大模型). */
const OWN_SIZE_BETWEEN = /^[ \t]*的[ \t]*(?:(?:稠密|密集|MoE|(?:(?![的是和与與及或在为為])[\u4e00-\u9fff]){1,8}?)?(?:大)?模型[ \t]*)?$/;
const COMPONENT_OF_AFTER = /^\s*(?:的|之)\s*[\u4e00-\u9fffA-Za-z]{0,6}?(?:手机|手機|电脑|電腦|笔记本|筆記本|笔电|筆電|PC|设备|設備|机型|機型|终端|終端|平板|眼镜|眼鏡|服务器|伺服器|整机|整機)/;
/** 由前OpenAI CTO Mira Murati创办的…: a former officer's company is where a person came from (前, 原; not 目前, 之前). */
export const FORMER_BEFORE = /(?<![目之此以提年天日月周当當眼面向上空最超领領])(?:前|原)\s*$/;
/** An officer's or a staff member's title (CTO, 创始人, 员工, 研究员). */
export const OFFICER_TITLES = String.raw`CTO|CEO|COO|CFO|CSO|首席\S{0,4}官|联合创始人|聯合創始人|创始人|創始人|总裁|總裁|副总裁|副總裁|高管|员工|員工|研究员|研究員|科学家|科學家|工程师|工程師|负责人|負責人|董事长|董事長|总经理|總經理`;
const OFFICER_TITLE_AFTER = new RegExp(String.raw`^\s*(?:${OFFICER_TITLES})`);
/** 前 or 原 and an officer's title right after a name (由OpenAI前员工创立, 谷歌原研究员): where people came from. */
const FORMER_STAFF_AFTER = new RegExp(String.raw`^\s*的?\s*(?:前|原)\s*(?:${OFFICER_TITLES})`);
/** 前 or 原 opening a former officer's description a few words before a name (由前百度文心一言产品负责人创立). */
const FORMER_OF_BEFORE = /(?:^|[由是为為、，,\s])(?:前|原)[\u4e00-\u9fffA-Za-z0-9]{0,8}$/;
/** …and the title it ends in, in the same clause. */
const FORMER_TITLE_AFTER = /^[^，,。；;：:]{0,8}?(?:CTO|CEO|首席\S{0,4}官|负责人|負責人|高管|副总裁|副總裁|总监|總監|工程师|工程師|研究员|研究員|科学家|科學家|员工|員工)/;
/** 在机器人本体搭载的 before a name: a place its clause describes first. */
const PLACE_DESCRIBED_BEFORE = /(在|於)[^，,。；;：:在]{1,12}的\s*$/;
/** 在Hugging Face上, 在GitHub平台, 在单张昆仑芯P800上: a place where something happens (a count of the hardware may come between). */
// (or two: 在单台 8卡 H20 服务器上)
/** A sales channel named by its shop: 京东渠道, 天猫旗舰店, 京东自营. */
const SALES_CHANNEL_AFTER = /^\s*(?:渠道|自营|自營|商城|(?:官方)?旗舰店|(?:官方)?旗艦店|平台的?(?:销量|銷量|销售额|銷售額|成交额|成交額|GMV))/;
const PLACE_BEFORE = /(在|于|於|从|從|登陆|登陸|通过|通過)\s*(?:(?:单|單|一|两|兩|[二三四五六七八九十]|\d{1,5})\s*(?:张|張|台|颗|顆|块|塊|片|卡)\s*){0,2}$/;
/** 开源了端到端多模态模型Qwen2.5-Omni-7B: the thing released. */
const LAUNCHED_BEFORE = /(发布|发表|推出|开源|上线|亮相|组成|组建|构建|搭建|打造)了?[^，,。；;、和与及】」』]{0,12}$/;
// (the kind of hardware may come between: 在Jetson AGX Orin端侧芯片上)
// (a market whose share the clause gives: 在GB200运算板的市占率约六成 is the share of whoever supplies it)
const PLACE_AFTER = /^\s*((?:[\u4e00-\u9fffA-Za-z]{0,4}?(?:芯片|晶片|设备|設備|显卡|顯卡|手机|手機|笔记本|筆記本|电脑|電腦|服务器|伺服器|开发板|開發板|模组|模組))?上|[\u4e00-\u9fffA-Za-z]{0,5}?的?(?:市占率|市佔率|市场份额|市場份額|份额|份額|市场占有率|市場佔有率)|[\u4e00-\u9fffA-Za-z]{0,6}?(?:榜|榜单|榜單|排行榜)(?:中|上|里|裡|内|內)|中|里|裡|内|內|的[\u4e00-\u9fffA-Za-z0-9]{0,8}?(?:集群|平台|云端|雲端|云|雲|数据中心|數據中心|智算中心|机房|機房)(?:上|中|里|裡|内|內)|(?:推理|推论|推論|训练|訓練|运行|運行)?(?:场景|場景|任务|任務|负载|負載|测试|測試)下|平台|社区|社區|商店|榜单|榜單|官网|官網|的(下载|下載|榜单|榜單|排行|排名|页面|頁面)|(担任|擔任|负责|負責)?(从事|從事|工作|任职|任職|就职|就職|供职|供職|效力|实习|實習))/;

/** An open bracket that lists what the name before it includes, up to a name in it: （含A100、, (包括, （如. */
const MEMBERS_BRACKET_BEFORE = /[\u4e00-\u9fffA-Za-z0-9][（(](?:含|包含|包括|如|例如|比如)[^（）()]{0,20}$/;
/** What opens a frame a price is reckoned in, a few words before the name (以英伟达A800…, 按H100…). */
const RECKONING_BEFORE = /(?:^|[，,。；;：:\s])(?:以|按|按照)[^，,。；;]{0,12}$/;
/**
 * The end of a frame a price is reckoned in, 以A800计, 按H100折算, 以同等性能加速卡为准, or one that names examples,
 * 以昇腾生态为代表的 (no clause break before it; not 计算中心, 计算力).
 */
const RECKONED_IN = /^[^，,。；;]{0,16}?(?:计算(?!中心|力|能力|卡)|計算(?!中心|力|能力|卡)|折算|为准|為準|为代表|為代表|计(?!划|劃|算)|計(?!劃|算))/;
/**
 * Linkers between a modifier and the head it qualifies: 字节跳动旗下豆包, OpenAI的最新模型GPT-4o, 百度文心一言; and a
 * company's founders or backers (前达摩院团队创办「极弦智能」, 百度孵化的度小满); a family's team (通义千问团队的Qwen2-57B-A14B).
 */
/** A stock code in brackets (（3231）, （NASDAQ: XHAI）). */
const STOCK_CODE = String.raw`[(（]\s*(?:\d{4,6}(?:\.(?:HK|SH|SZ|BJ|TW|TWO))?|[A-Z]{2,8}\s*[:：]\s*[A-Z0-9.]{1,8})\s*[)）]`;
/** A stock code in brackets right after a company's name. */
const STOCK_CODE_AFTER = new RegExp(String.raw`^\s*${STOCK_CODE}`);
const CHAIN_LINKER = new RegExp(String.raw`^\s*(的|(?:级别|級別|级|級|同级|同級|水平|量级|量級)的|今年|去年|明年|今年的|去年的|本季|本季度|(系列|家族)(中|里|裡)?的|的[\u4e00-\u9fff]{1,6}?模型|的[\u4e00-\u9fff]{1,4}?(芯片|晶片|处理器|處理器|加速卡|助手|机器人|機器人)|旗下的?|面向[\u4e00-\u9fffA-Za-z]{1,8}?的|推出的|发布的|發布的|(?:新|刚|剛|最新)(?:出|推出|发布|發布|上线|上線)的|开发的|開發的|研发的|研發的|自研的|打造的|训练的|訓練的|开源的|開源的|的最新|最新的?|新一代的?|最新一代的?|的新一代|的最新一代|的最新版本|最新版本|新版本|的[\u4e00-\u9fff]{1,6}?(?:版本|版)|的大模型|大模型|最新模型|新模型|(?:主力|旗舰|旗艦|核心|开源|開源)?(?:大)?模型|的模型|之|(?:研究|研发|研發)?(?:团队|團隊)|${STOCK_CODE}|公司的?|集团的?|的母公司|母公司|(?:旗下的?|的)?(?:全资|全資)?子公司|的开发商|开发商|背后的公司|的产品|的平台|[(（]|(?:前|原)?(?:团队|團隊|员工|員工|高管|成员|成員|骨干|骨幹|校友)?(?:创办|創辦|创立|創立|创建|創建|孵化|分拆|投资|投資|控股|参股|參股)(?:的|了)?|(旗下|推出|发布|开发|自研|打造)?的?(AI|人工智能|智能|聊天|对话|生成式|多模态|开源|旗舰)?[\u4e00-\u9fff]{0,4}?\s*(助手|应用|产品|机器人|智能体|App|APP|app|芯片|平台|框架|引擎|系统|系統|软件|軟體|厂|廠|厂商|廠商)[“「『"]?)*\s*[“「『"]?$`);

/** A source speaking, not a subject: 据华为介绍, 华为方面表示. */
const SPEAKER_AFTER = /^\s*(方面|官方|公司|团队)?\s*(相关)?(?:(负责人|發言人|发言人|创始人|創始人|CEO|首席执行官|首席執行官|执行长|執行長|首席科学家|总裁|總裁|总经理|總經理|董事长|董事長|高管|研究员|研究員)[^，,。；;！？!?]{0,10}?)?\s*(曾|也|还|則|则|近日|日前)?\s*(?:在|於|于)?\s*(?:(?:上|本|今|昨)(?:周|週|天|日)[一二三四五六日]?|稍早|早前|日前|近日)?\s*(?:的)?(?:法说会|法說會|业绩会|業績會|业绩说明会|業績說明會|电话会议|電話會議|财报会议|財報會議|股东会|股東會|发布会|發布會)?(?:上|中)?\s*(表示|透露|介绍|称|指出|宣布|披露|强调|认为|预计|说|公布|提到|提及|坦言|直言|发布的数据|数据显示|报告显示)/;
/** How far after a name its speaking verb, or the results it publishes, may stand (characters). */
const SPEAKER_REACH = 24;
const OWN_RESULTS_AFTER = /^\s*(?:[（(][^）)]{1,12}[）)])?\s*[^，,。；;]{0,10}?(公布|发布|發布|披露|交出)了?[^，,。；;]{0,10}?(财报|財報|业绩|業績|季报|季報|年报|年報|财务报告|財務報告)/;
const PURCHASE_BEFORE = /(购买|購買|采购|採購|订购|訂購|租用|买下|買下|签下|簽下)了?\s*(价值|價值|总额|總額|总计|總計)?\s*$/;
const SPEAKER_BEFORE = /(据|根据)\s*$/;

/**
 * 红杉中国领投，美团、北京某基金跟投: a clause that ends with the investing verb lists investors only (a roundup's fields
 * are clauses too: 穹顶机器人|B轮|红杉领投), unless it says the company raises (RAISES_IN_CLAUSE: MiniMax其后亦获腾讯等跟投).
 */
const INVESTOR_CLAUSE = /(?<=^|[，,；;：:|｜\n])[^，,。；;：:|｜\n]{1,60}?(领投|跟投|参投|追投|联合投资|共同投资|(?:等(?:机构|公司|基金)?|(?:均|都|亦|也)?有?)(?:参与|參與))(?=\s*(?:[，,。；;！!|｜\n]|$))/g;
/** Investors are not the subject of a funding round. */
const INVESTOR_SPANS: RegExp[] = [
  /由([^，,。；;]{1,40}?)(联合|共同)?(领投|跟投|参投|投资|注资|出资)/g,
  // 该项目由X与Y联合建设运营，…: who builds or runs a project is not what its figures are about (but 由X建设运营的智算中心,
  // a facility the text does not name, is the operator's: the verb ends the clause)
  /由([^，,。；;]{1,40}?)(联合|共同|负责|負責)?(投资建设|投資建設|建设运营|建設運營|建设|建設|运营|運營|承建|代建)(?=\s*(?:[，,。；;]|$))/g,
  /(获得|获|得到|接受|引入)了?([^，,。；;]{1,40}?)(等)?(机构|公司)?的?(战略)?(投资|注资|入股|领投|跟投|参投|融资)/g,
  /(投资方|投资人|投资者|股东|出资方|参投方)[，,]?\s*(包括|为|有|是|涵盖)[^。；;]{1,60}/g,
  INVESTOR_CLAUSE,
  // 老股东启明创投继续加码
  /(老股东|原股东|现有股东|现有投资方)[^，,。；;]{1,30}?(继续|追加|再次)?(加码|增持|追投|跟投|投资)/g,
];
/** A clause that says the company raises (完成…融资, 获…投资): not a list of investors, whatever verb ends it. */
const RAISES_IN_CLAUSE = /完成|获|宣布|融资|募集|筹集/;
// (腾讯等现有股东跟投: the shareholders it is one of)
const INVESTOR_AFTER = /^\s*(?:(?:与|與|和|及|、)[\u4e00-\u9fffA-Za-z]{1,8}?)?(等)?(?:现有|原有|老|原)?(机构|公司|资本|基金|股东|投资方|投资人)?\s*(此次|本次|这次|本轮|此轮)?(只是|仅|仅仅|则|也)?(将|拟|或将|有望|计划|已|再次|继续)?(财务性|战略性)?\s*(联合|共同|也|还|亦)?(领投|跟投|参投|认购|認購|投资了|注资|出资|跟了(?=\s*(?:[，,。；;]|$|一部分|一些|一点))|(?:均|都|亦)?有(?:意)?参与(?:的)?(?:意向|意愿|意願|打算)?(?=\s*(?:[，,。；;]|$))|有意(?:参与|跟投|入股)|出了(?=\s*(?:约|近|超过)?\s*[\d０-９一二两三四五六七八九十百千])|入股|押注|参与了?[^，,。；;]{0,12}融资|(将|拟|计划|承诺)?(投资|投入)(最多|至多|不超过|约|近|超过)?\s*[\d０-９一二两三四五六七八九十百千万亿])/;
/** Between a base and its own value: 的, perhaps after what it did and when (仅次于OpenAI在3月完成的400亿美元融资). */
const BASE_OWN_BETWEEN = /^\s*(?:(?:在|于|於)[^，,。；;的]{1,10})?(?:完成|推出|发布|發布|获得|獲得|录得|錄得|实现|實現|创下|創下)?的\s*$/;
/** What says the figure before it is a level (的水平, 的水準): 高于英伟达约25倍的水平. */
const LEVEL_AFTER = /^\s*的?\s*(?:水平|水准|水準)/;
/** A statistic worked out by who is named right before (测算, 统计, 估算, 调查显示): its source. */
const ESTIMATED_AFTER = /^\s*(?:最新)?(?:测算|測算|统计|統計|估算|调查显示|調查顯示|调研显示|調研顯示|监测显示|監測顯示|数据显示|數據顯示)/;
/** 的数据, 平台数据, 统计 right after a source named after 据: data it publishes, not its own figures. */
const DATA_OF_SOURCE = /^\s*(?:的|方面|平台|官方|官网|最新)?(?:的)?(?:数据|數據|统计|統計|测算|測算|调查|調查|调研|調研|监测|監測)/;
/** 发布的《…》显示, 的报告显示, 数据显示: what follows a study's publisher. */
const PUBLISHED_AFTER = /^\s*(?:(?:近日|日前|最新)?(?:发布|發布|公布|发表|發表)的?\s*)?(?:《[^》]{1,50}》|[^，,。；;《]{0,12}(?:报告|報告|白皮书|白皮書|研究|调查|調查|统计|統計|数据|數據|调研|調研|战报|戰報|榜单|榜單|监测|監測))\s*(?:显示|顯示|指出|称|稱|表明|预计|預計|测算|測算)/;
/** A verb of investing in someone else (领投, 认购, 入股): without one, 投入10亿元 may be a company's own spending. */
const INVESTING_VERB = /领投|領投|跟投|参投|參投|认购|認購|注资|注資|出资|出資|入股|押注|参与|參與|出了/;
/** Words of a sentence where someone raises money (融资, 轮, 募资, 估值). */
const RAISING_WORDS = /融资|融資|[轮輪]|募资|募資|估值|注资|注資|入股|领投|領投|跟投|[获獲][^，,。；;]{0,24}投资|[获獲][^，,。；;]{0,24}投資/;
/** 腾讯、阿里分别持股6.2%、4.8%, 阿里持有其约5%股份: a shareholder, not the company the text goes on about. */
const HOLDER_AFTER = /^\s*(等)?(公司|集团|集團)?\s*(分别|分別|合计|合計|共同|亦|也)?\s*(持股|持有|持有其|控股|參股|参股)/;
/** 、大疆、: names the knowledge base does not know, listed between two it knows. */
const LISTED_BETWEEN = /^(?:\s*、\s*[\u4e00-\u9fffA-Za-z]{1,6}?)+\s*[、和及与]\s*$/;
const ENUM_AFTER = /^\s*[、,，和及与]\s*(以及)?\s*$/;
/** 腾讯参与了月之暗面新一轮超3亿美元的融资: who joins a round invests in the one named after 参与. */
const JOINS_AFTER = /^\s*(也|还|亦|则)?\s*参与了?/;
const JOINS_BEFORE = /参与了?\s*$/;
const ROUND_AHEAD = /融资|[A-Z]\+?轮|[天种]子轮|新一轮|本轮|战略投资/;
/** 向月之暗面投资: the one after 向 raises. */
const RAISER_BEFORE = /(向|对|给)\s*$/;
// (the sum may come before the word: 亚马逊已向Anthropic追加40亿美元投资; 谷歌对Anthropic的投资总额)
const RAISER_AFTER = /^\s*的?\s*(?:追加|新增|再次|累计|累計)?[^，,。；;]{0,14}?(投资|投資|注资|注資)/;
/** 须支持不少于千亿参数模型的训练, 能跑70B模型: what a system must take or can run is a class of models, no one's size. */
// (and with an indefinite article: 跑一个70B的稠密模型)
const CLASS_SUPPORTED_BEFORE = /(?:支持|支撐|满足|滿足|适配|適配|兼容|承载|承載|容纳|容納|训练|訓練|运行|運行|部署|跑|跑得动|跑得動)\s*(?:一个|一個|一款|个|個)?\s*$/;
/** 70亿参数级别的稠密模型, 千亿参数基座模型: a size followed by a model it does not name. */
// (sizes listed before it count too, 千亿级、万亿级的开源MoE; and a mixture of experts is a model, MoE)
const UNNAMED_MODEL_CLASS = /^(?:\s*[、和与或~～至到-]\s*[\d.一二三四五六七八九十百千万亿萬億兆]+[BT]?(?:参数|參數)?(?:级别|級別|级|級)?)*\s*(?:参数|參數)?(?:级别|级|級|别|规模|規模|量级|量級)?的?[\u4e00-\u9fffA-Za-z0-9]{0,6}?(?:模型|MoE|LLM)/;
/** A small model of an experiment, unnamed (小模型, 代理模型), and how far after a figure it may be written (10亿参数的小模型). */
// (a kind of model may stand between: 小规模MoE模型, 小尺寸稠密模型)
const SMALL_MODEL = /小(?:型|尺寸|规模|規模|参数|參數)?(?:[A-Za-z][A-Za-z\-]{0,7}|稠密|密集|语言|語言)?模型|代理模型|proxy model/;
const SMALL_MODEL_AFTER = 6;
/** The sizes of an unnamed model listed before it in one phrase (一个总参数160亿、激活参数28亿的小规模MoE模型): how far on. */
const SIZED_PHRASE_AFTER = /^[^，,。；;！？!?]{0,30}?的/;
/** How long the name of that unnamed model may run after 的 (小规模MoE模型). */
const SMALL_MODEL_NAMED = 12;
/** The opening of a wire's dateline at a paragraph's start: a bracket, perhaps a place and a comma before the agency ((彭博), （路透北京）). */
const WIRE_DATELINE_BEFORE = /(?:^|\n)[ \t　]*[（(]$/;
/** …and its close: the bracket (perhaps a place, a date) and a dash ((彭博）--, (Reuters) -, （新华社）—). */
const WIRE_DATELINE_AFTER = /^(?:社|通讯社|通訊社)?[^（）()\n]{0,14}[）)]\s*(?:--|-|—|–|－)/;
/** 合计, 总计, 加起来 right before a figure (a few words between): the sum of what was listed. */
const SUM_BEFORE = /(合计|合計|总计|總計|共计|共計|加起来|加起來|加总|加總|总和|總和)[^，,。；;\d０-９]{0,4}$/;
/** A counted group of companies and a sum after it (三家合计, 四大CSP合計, 62家公司合计实现): group 2 the sum's word. */
const COUNTED_COMPANIES_SUM = /((?:[两兩二三四五六七八九十]|\d{1,3})(?:家|大\s?(?:CSP|云厂商|雲廠商|云服务商|雲服務商|厂商|廠商|巨头|巨頭|科技公司)))[^，,。；;]{0,16}?(合计|合計|总计|總計|共计|共計|加起来|加起來)/;
/** Words that say a model was made right then, before its name (得到“X”, 训练出X, 命名为X). */
const MADE_BEFORE = /(?:得到|得出|训练出|訓練出|打造出|研发出|研發出|命名为|命名為|取名为|取名為|定名为|定名為)了?\s*[“"「『]?\s*$/;
/** What introduces a product or a model right before its name (推出了, 发布的, 旗下的C端产品, 上线). */
const JUST_INTRODUCED_BEFORE = /(?:推出|发布|發布|上线|上線|开源|開源|产品|產品|应用|應用|助手|平台)了?的?\s*$/;
/** What may follow an introduced name up to the end of its clause (于去年7月上线，). */
const INTRODUCING_CLAUSE_END = /^[^，,。；;！？!?]{0,16}[，,。！？!?]?\s*$/;
/** 这款, 该, 这个 right before a figure: what follows is a thing named before, not a class. */
const DEMONSTRATIVE_BEFORE = /(?:这款|這款|该款|該款|这个|這個|这一|這一|此款|该|該)\s*$/;
/** 与许多同行…, 不同于多数厂商…: the clause sets its subject against a class of others, named by the class alone. */
const PEERS_BEFORE = /(?:与|和|跟|同|不像|不同于|不同於|区别于|區別於|有别于|有別於|相比于?|相较于?|相比於|相較於?)\s*(?:许多|許多|很多|不少|多数|多數|大多数|大多數|其他|其它|一些|部分|众多|眾多|主流|国内外|國內外|海外|国外|國外|国内|國內)?的?(?:同行|同业|同業|对手|對手|竞品|競品|竞争对手|競爭對手|友商|厂商|廠商|公司|玩家|团队|團隊|大模型|模型|创业公司|創業公司)[^，,。；;]{0,8}$/;
/** 与…相当, 超过…: what a size of an unnamed class is compared with. */
const CLASS_COMPARED_BEFORE = /(与|和|跟|同|比|相当于|媲美|超过|超越|优于|逼近|接近|比肩|堪比|不输于?)\s*$/;
/** 暂停万亿参数模型的预训练: the work on a class of model (its training, development), no model named. */
const CLASS_WORK_AFTER = /^的(?:预训练|預訓練|训练|訓練|研发|研發|开发|開發|部署)/;
/** …模型的创业公司: companies told apart by the models they made. */
const CLASS_OF_COMPANIES = /^的?[^，,。；;]{0,8}?(公司|企业|厂商|团队|玩家)/;
/** Why a size that describes an unnamed class of models is no one's (documentClaims.ts reads it as a size). */
export const UNNAMED_MODEL_CLASS_WHY = 'generic 模型';
/** ，一个70亿参数的模型，用1万亿token预训练一遍: a model brought in with an indefinite article opening its clause is any such model. */
const INDEFINITE_OPENING = /(?:^|[，,：:；;。\s])(?:假如|假设|假設|如果|比如|例如|譬如)?(?:一个|一個|一款|某个|某個|某款)\s*$/;
/** 按, 根据 right before a name whose finding a figure is worked out by (按Chinchilla的结论). */
const BASIS_BEFORE = /(?:按|按照|根据|根據|依据|依據|依照|参照|參照)\s*$/;
/** …and the finding, law or method after it. */
const BASIS_AFTER = /^\s*(?:的|提出的|给出的|給出的)?\s*(?:结论|結論|法则|法則|定律|缩放定律|縮放定律|scaling law|配比|公式|口径|口徑|估算方法|测算方法|測算方法|标准|標準|经验|經驗|思路|论文|論文)/i;
/** …模型已经有好几个了, 越来越多: a class of models counted, many of them, none named. */
const CLASS_COUNTED_AFTER = /^[^，,。；;]{0,6}?(?:已经有|已經有|已有|有好几|有好幾|有十几|有十幾|有几十|有幾十|有数十|有數十|越来越多|越來越多|不在少数|不在少數|层出不穷|層出不窮|比比皆是|纷纷|紛紛|扎堆|遍地)/;
/** 收购MosaicML: the one bought is the subject of the deal price. */
const ACQUIRED_BEFORE = /(收购|并购|买下|吞并|拿下)了?[^，,。；;收购并买]{0,10}$/;
const ACQUIRED_AFTER = /^\s*被/;

/** References to an entity named before: what they want, most specific first. */
/** specialReference: this reference is no such one; look on. */
const SKIP = Symbol('skip');
/** 系列 right after a model's name (Qwen3系列, QingLan-2 系列模型, **QingLan-2** 系列): the name is a series'. */
export const SERIES_AFTER = /^[*_」”"]*\s*(?:大模型|模型)?系列/;
/** Words that point back to a model named before (该模型, 这一版本). */
const MODEL_POINTER = /(该模型|该大模型|此模型|这款模型|这款大模型|这一模型|这个模型|新模型|新版本|该版本|这一版本|新一代模型|这个大模型|这款新模型)/;
/** A model pointed back to by what kind it is (该文本模型, 这款视觉模型): the descriptor, in group 1. */
const TYPED_MODEL_POINTER = /(?:该|該|此|这款|這款|这个|這個|这一|這一)(文本|视觉|視覺|多模态|多模態|图文|圖文|图像|圖像|推理|语音|語音|视频|視頻|代码|代碼|编程|編程)(?:理解|生成)?(?:大)?模型/;
/** How a model's name says the kind a descriptor names (MiniMax-Text-01 is the text model, MiniMax-VL-01 the visual one). */
const KIND_IN_NAME: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/文本/, /text|chat|(?<![a-z])lm(?![a-z])/i],
  [/视觉|視覺|多模|图文|圖文|图像|圖像/, /vl|vision|visual|omni|image|(?<![a-z])v(?=[-\d])/i],
  [/推理/, /reason|think|(?<![a-z])[ro]\d/i],
  [/语音|語音/, /speech|audio|voice|tts|asr/i],
  [/视频|視頻/, /video/i],
  [/代码|代碼|编程|編程/, /code|coder/i],
];
const COREFERENCES: Array<{ re: RegExp; want: readonly EntityKind[]; orCompany?: boolean; facility?: boolean; latest?: boolean; own?: boolean; series?: boolean; wraps?: boolean; typed?: boolean }> = [
  // 本模型 in a model card or a release is the document's own model, however many others it names since
  // (not the end of a word: 文本模型 is a text model, 日本模型 a Japanese one)
  { re: /(?<![文日样樣版基根成资資剧劇脚腳课課账賬原范範标標])(本模型|本大模型|本系列模型|本款模型)/, want: ['model'], own: true },
  // 该文本模型 after two models named (MiniMax-Text-01和MiniMax-VL-01): the one whose name says that kind
  { re: TYPED_MODEL_POINTER, want: ['model'], typed: true },
  // 整个系列, 全系列: the series named before (开源Qwen3系列，旗舰模型…；整个系列的预训练数据…), not its flagship
  { re: /(整个系列|全系列|该系列|这一系列|此系列)/, want: ['model'], series: true },
  // 该项目 after a facility named before is the facility's project (江淮智算中心一期项目…该项目总投资…); else an unnamed one
  // (and so is a phase of it: 一期项目共部署4096张卡)
  { re: /(?<![在于於到从從])(?:(?:该|這個|这个|此)(?:项目|項目)|(?<![\u4e00-\u9fffA-Za-z])[一二三四]期(?:项目|項目|工程))/, want: ['product'], facility: true },
  // an unnamed one (该行, 该市): about no entity the text names
  // (after 在/于/到/从 it is a place, not what the sentence is about: 中国电信在该省建设的智算中心)
  // (本地 is "local", 本地化部署: no reference)
  { re: /(?<![在于於到从從])(?!本地)(该|這家|这家|此|本)(行|银行|銀行|机构|機構|医院|醫院|学校|學校|市|省|区|區|地|部门|部門|项目|項目|研究|报告|報告|论文|論文|方案|系统|系統|榜单|榜單|评测|評測|基准|基準|测试集|測試集|数据集|數據集|调查|調查|问卷|問卷)(?![\u4e00-\u9fff]{0,1}(模型|公司))/, want: [] },
  { re: MODEL_POINTER, want: ['model'] },
  // 这款总参数达3200亿的模型
  { re: /(这款|该款|这个|这一)[^，,。；;]{1,16}?的(新)?(大)?模型/, want: ['model'], wraps: true },
  // 模型 opening a clause before what a model has (模型上下文长度由第一代的8K扩充至128K): the model spoken of
  // (and before what it is built of: 模型共64层, 模型采用MoE架构)
  { re: /(?<=(?:^|[，,：:；;。！？\n])\s*)模型(?=的?(?:上下文|参数|參數|总参数|總參數|规模|規模|训练|訓練|预训练|預訓練)|共|总共|總共|一共|包含|采用|採用|拥有|擁有)/, want: ['model'] },
  // 该中心, 这座数据中心, 中心 opening a clause (中心机房共设…): a facility named before (中国移动智算中心, 阿里云张北数据中心);
  // not a place (在该中心训练)
  { re: /(?<![在于於到从從])(该|这座|这个|此)(智算|数据|超算|算力|计算)?中心|(?<=(?:^|[，,：:；;。！？\n])\s*)中心(?!城市|城區|城区|区域|區域|思想|任务|任務|主任|化|点|點|位置|地带|地帶|[，,。])/, want: ['product'], facility: true },
  { re: /(该公司|这家公司|此公司|本公司|本集团|该企业|这家企业|该集团|这家初创公司|这家独角兽)/, want: ['vendor'] },
  // 这家苏州公司, 这家成立两年的初创企业: the company named before, described again
  // (not 该中心已签约服务企业: a company is what the words describe, not what a facility or a product serves)
  { re: /((?:这家|该)(?:(?!中心|平台|模型|项目|芯片|产品|服务|签约|客户|用户)[^，,。；;“”「」]){1,10}?(?:公司|企业|创企|独角兽))(?![\u4e00-\u9fff]{0,2}(?:之一|们))/, want: ['vendor'] },
  // (平台 alone opening a clause is the platform just named: 林舟介绍，目前平台已服务超过300家企业客户)
  { re: /(该平台|这款产品|该产品|该芯片|这款芯片|该服务|该应用|这款应用|该工具|(?<=(?:^|[，,：:；;])\s*(?:目前|现在|如今)?)平台(?=目前|已|将|共|现|还|也|累计))/, want: ['product', 'model'] },
  // 新芯片, 这颗芯片, 新处理器: the chip just named (搭载新一代麒麟X芯片…，新芯片的性能提升约25%)
  // (the last one named, not the paragraph's device that carries it)
  { re: /(新芯片|新款芯片|新一代芯片|这颗芯片|這顆芯片|新晶片|新款晶片|这颗晶片|該晶片|该晶片|该处理器|新处理器|这颗处理器|这张卡|这块卡|该卡|这款卡|这张显卡)/, want: ['product'], latest: true },
  // 该机柜, 这台服务器, 这款手机: the machine just named (GB300 NVL72机柜…。该机柜集成72颗GPU)
  { re: /(?:该|該|这台|這台|这款|這款|该款|該款|此款)(?:机柜|機櫃|服务器|伺服器|服務器|一体机|一體機|整机|整機|机型|機型|手机|手機|笔电|筆電|笔记本|筆記本|显卡|顯卡|加速卡|平板|眼镜|眼鏡|机器人|機器人)/, want: ['product'], latest: true },
  // 它 is a thing, not a company (and not the base of a multiple or a share: 后者的推理成本是它的五倍), unless the
  // figure is what only a company has and no thing was named before (成立不到三年，它先后完成五轮融资，累计融资超过6亿美元)
  // (a person speaking is no thing: a Hong Kong column's 佢透露 reads 它透露)
  { re: /(?<!其)(?<!(?:是|为|為|只有|仅为|僅為|相当于|相當於|约为|約為|比|较|較)\s*)它(?!们|透露|表示|话|話|说|說|笑言|笑說|笑说|坦言|直言|指出|认为|認為|称|稱|强调|強調|补充|補充|回忆|回憶|坦承)/, want: ['model', 'product'], orCompany: true },
];
/** The reference that may wrap its figure (这款总参数达3200亿的模型). */
const WRAPPING_REFERENCE = COREFERENCES.find((c) => c.wraps)!;
// (向其, 给其: it is who is sold to or given to, no subject: 公司向其销售收入约6,850万元)
const PRONOUN = /(?<![尤极与及另向给給])其(?![中他它余实次后间])|它们|后者|前者/;
const PRONOUN_ALL = new RegExp(PRONOUN.source, 'g');
/** A parameter count as a model's name writes it: 405000000000 → 405B, 1.5e9 → 1.5B, 560e6 → 560M. */
function sizeWritten(value: number): string {
  return value >= 1e9 ? `${+(value / 1e9).toFixed(2)}B` : `${+(value / 1e6).toFixed(2)}M`;
}

/** A model named by its size alone: 70B模型, 8B版本, 7B版. */
const SIZE_VARIANT = /(?<![A-Za-z0-9.-])(\d+(?:\.\d+)?[BM])\s?(?:模型|版本|版)/g;
/** Air版价格更低, Turbo版本输出速度…: a variant named by its word alone. */
const VARIANT_REFERENCE = /(?<![A-Za-z0-9.-])((?:[A-Za-z]{0,2}\d+(?:\.\d+)?[ -]?)?(?:Turbo|Pro|Max|Plus|Ultra|Mini|Nano|Lite|Flash|Air|Thinking|Instruct|Coder))(?![A-Za-z0-9])\s?(版本|版|模型)?/gi;
/** 标准版, 基础版: the model a variant named before is built from. */
const PLAIN_VARIANT = /(标准版|基础版|普通版|常规版)/g;
/** The last match of a global regular expression in a text. */
function lastMatch(re: RegExp, text: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  return last;
}
/** The last 其, 它, 前者 or 后者 of a text that is not a base (后者比前者高出5分, 是其56.8倍). */
function lastPronoun(text: string): RegExpExecArray | undefined {
  if (!PRONOUN_WORD.test(text)) return undefined;
  const body = text.replace(PRONOUN_BASE, '');
  let last: RegExpExecArray | undefined;
  PRONOUN_ALL.lastIndex = 0;
  for (let m = PRONOUN_ALL.exec(body); m; m = PRONOUN_ALL.exec(body)) if (!COMPARED_BEFORE.test(body.slice(Math.max(0, m.index - 6), m.index))) last = m;
  return last;
}
/** What every pronoun holds (a cheap first test: most texts before a figure hold none). */
const PRONOUN_WORD = /其|它们|后者|前者/;
/** 卡规模是其56.8倍, 价格只有后者的1/5: 其 (后者, 前者) right before a share or a multiple is its base, not what the figure is about. */
// (a verb's 了 may stand between: 整机功耗也达到了后者的3.9倍)
const PRONOUN_BASE = /(是|为|相当于|达到?|约为|约是|接近|超过|只有|仅为|仅|不到|不及)了?\s*(其|后者|前者)的?\s*$/;

/** A company the text brings in without naming it: 一家AI初创公司, 一位端侧创业公司的创始人, 某大模型企业. */
/** Where someone worked or came from, before an unnamed company (曾在一家…公司, 来自一家…企业). */
const WORKED_AT_BEFORE = /(曾在|曾於|曾于|曾经在|曾經在|此前在|此前於|之前在|之前於|早年在|早年於|先前在|先前於|就职于|就職於|任职于|任職於|供职于|供職於|来自|來自|出身于?|出身於|离开|離開|先后在|先後在)[^，,。；;]{0,4}$/;
/** An unnamed company that speaks right before 其 (据某头部厂商披露，其…). */
const UNNAMED_SPEAKER_BEFORE = /(?:某|一家)[^，,。；;！？!?]{0,8}?(?:厂商|廠商|公司|企业|企業|机构|機構|团队|團隊|云厂商|雲廠商)[^，,。；;！？!?]{0,6}?(?:披露|表示|称|稱|透露|介绍|介紹|公布|指出)?\s*[，,：:]?\s*$/;
const UNNAMED_COMPANY = /(?:(?<![第每])一家|一位|某)[^，,。；;！？!?]{0,16}?(?:公司|企业|企業|初创|創業)/;

/** A figure stated just before, referred to again (这一价格, 该定价, 这个成绩). */
const THIS_FIGURE = /(这一|该|此|这个)(价格|定价|报价|售价|成绩|分数|得分|速度|成本)/;

/** People or firms right after a share, then what they do or think (的受访者表示, 港人用过, 的企业将使用): those a survey counts. */
const POPULATION_AFTER = /^\s*(?:以上|以下|左右|多)?\s*的?\s*(人|受访者|受訪者|受访企业|受訪企業|企业|企業|网友|網友|网民|網民|年轻人|年輕人|家长|家長|家庭|开发者|開發者|员工|員工|学生|學生|消费者|消費者|港人|台湾人|台灣人|民众|民眾|市民|人群|医生|醫生|律师|律師|教师|教師|投资人|投資人|读者|讀者|参与者|參與者|行员|行員|听友|聽友|网友中)[^，,。；;！？!?]{0,10}?(?:表示|认为|認為|愿意|願意|担心|擔心|选择|選擇|用过|用過|使用过|使用過|使用|每天|每周|每月|曾|已经|已經|已|计划|計劃|计画|計畫|打算|希望|将|將|会|會|不会|不會|开过|開過|支持|反对|反對|信任|相信|觉得|覺得|倾向|傾向|尝试|嘗試|正在|在用|付费|付費|坦言|称|稱|把|对|對|能接受|可接受|导入|導入|部署)/;
/** Outranking before a share of people (超过了约96.5%的人类参赛者): the share is a rank of what outranks them. */
const OUTRANKS_BEFORE = /(?:超过|超過|超越|击败|擊敗|打败|打敗|领先|領先|胜过|勝過|优于|優於)了?\s*(?:约|約|近)?\s*$/;
/** Words that open a sentence without being its subject. */
const OPENERS = /^\s*((?:过去|未来|近|最近|这|此后|之后)的?[一二三四五六七八九十两几半数\d]+个?(?:多|余)?(?:年|月|季度|个季度|周|星期|天|日|小时)(?:多|里|内|中|来|以来|之内|时间|期间)?[，,]?|而且|而|但是|但|不过|然而|此外|另外|同时|其中|(?:作为|作為)(?:对比|對比|对照|對照|参照|參照|参考|參考|比较|比較)|(?:相比|对比|對比)之下|目前|如今|现在|当前|此前|随后|之后|最终|据悉|据了解|据介绍|总体来看|整体来看|综合来看|总的来说|具体来看|具体而言|值得一提的是|值得注意的是|事实上|实际上|[^，,。]{1,8}(?:方面|面上)[，,]|[^，,。]{0,24}(显示|顯示|表示|指出|认为|認為|预计|預計|估计|估計|估算|测算|測算|预测|預測|推测|推測|预估|預估|透露|称|稱|说|說|提到|提及)[，,:：]|(在|截至|截止|到|于|从|從|自)[^，,。]{0,20}[，,]|(?:到|至|截至|截止到?)\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年(?:底|末|初)?[，,]?|(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年(?:(?:[\d一二三四五六七八九十]{1,2}\s*[-–~～至到]\s*)?[\d一二三四五六七八九十]{1,2}\s*月份?(?:[\d一二三四五六七八九十]{1,2}\s*日)?|上半年|下半年|前三季度|第?[一二三四1-4]季度|全年|年初|年底|年末)?[^，,。]{0,10}?[，,]?|[\d一二三四五六七八九十]{1,2}\s*月份?(?:[\d一二三四五六七八九十]{1,3}\s*[日号])?(?:初|中|底|末|中旬|上旬|下旬)?[，,]|(今年|去年|明年|前年|近年来?|近几年|近期|最近|日前|近日|今天|昨天|全年|上半年|下半年|本月|上月|本季度|上季度|(?:前|第)?[一二三四1-4]季度|报告期内|期内|期末|季末|年末)(以来)?[，,]?|(?:根|依)?据[^，,。]{1,40}[，,]|(另|又|还|亦)?(据称|据悉|据说|据传|听说|传闻)|[（(][^）)]{0,20}[)）])[，,]?\s*/;
/** Places a sentence or a clause about no one in particular opens with (全球, 国内, 全省, 台湾). */
const GENERIC_PLACE = '全球|全国|国内|全[市省区县州港台澳]|本[市省区县港]|海外|我国|中国|美国|欧洲|日本|台湾|香港|内地|大陆|亚太';
/** A group of several (两大科网股) or analysts (机构预计) opening one. */
const GENERIC_GROUP = '(?:两|三|四|五|几|各)大(?=[\\u4e00-\\u9fff])|机构(?=预计|预测|估计|测算|认为|统计|数据)';
/** A clause that opens with a place, a market or a group of many (国内头部互联网厂商…, 机构预计…): its figures are no one's. */
// (not a company's part of its business there: 海外收入佔比超過七成; nor a place that only says where a price holds: 海外1.8刀一卡时)
const GENERIC_CLAUSE_START = new RegExp(String.raw`^(?:(?:${GENERIC_PLACE})(?![^，,。；;]{0,4}?(?:收入|营收|业务|用户|客户|销售|销量|出货|市场份额|份额))|${GENERIC_GROUP}|全行业|行业(?![^，,。；;]{0,6}?(?:解决方案|方案|业务|板块))|市场(?!份额|占有率)|产业|业界)(?=[^，,。；;]{3})`);
/** A sentence whose subject is no one in particular: the market, the industry, the old way, a survey. */
const GENERIC_START = new RegExp(String.raw`^((?!(?:海外|国外|國外|境外)(?:收入|营收|營收|业务|業務))(?:${GENERIC_PLACE})(?![版服])|我[市省区县]|${GENERIC_GROUP}|(?:开源|闭源)模型|整个(?=行业|市场|产业|业界|社会|国内|中国)|全行业|行业(?![^，,。；;]{0,6}?(?:解决方案|解決方案|方案|业务|業務|板块|板塊))|市场(?!份额|占有率)|产业|业界|传统(?![^，,。；;]{0,10}(?:收入|营收|业务|板块))|原来|原先|以往|过去(?![\d０-９一二三四五六七八九十两几半数]|的[\d０-９一二三四五六七八九十两几半数]|的?$)|以前|普通|一般|通常|人们|人类|大众|网民|消费者|调查|问卷|受访|统计|大模型(?![^，,。；;]{0,6}?(?:解决方案|解決方案|业务|業務|板块|板塊|相关收入|相關收入))|政府|当局|国家|各地|地方|一家|一个|某(?![东東宝寶猫貓鱼魚音书書乎站][上里裡])|多家|许多|很多|不少|大多数|大部分|近半|超半数|每家|各家|头部|中小|国产|(?:互联网|互聯網|科技)?(?:大厂|大廠|小厂|小廠|巨头|巨頭)们?|友商|现场|會場|会场|展会|大会上|(?:大会|大會|展会|展會|活动|活動|会议|會議)(?:期间|期間)|共有|總共|总共|一共|[\u4e00-\u9fffA-Za-z\d]{1,10}(?:指数|指數)(?![^，,。；;]{0,3}(?:成分|成份|权重|權重)))`, 'i');
/** 等…合计 right after a list of names and before one figure: the figure is the group's. */
// (等 or not: 微软、谷歌、亚马逊、Meta合计资本开支, 阿里巴巴、腾讯、百度三家公司的资本开支合计, 小米（01810）三隻股份合共)
const TOGETHER_AFTER_LIST = /^\s*(?:[（(][^（）()\n]{1,12}[)）])?\s*(?:等)?[^，,。；;\d０-９]{0,12}?(?:合计|合計|合共|共计|共計|总计|總計|一共|加起来|加起來|总共|總共)/;
/** What joins two names of a list (阿里云、腾讯, 华为昇腾与英伟达). */
const LIST_JOINER = /^\s*(?:[（(][^（）()\n]{1,12}[)）])?\s*(?:、|与|與|和|及|以及)\s*$/;
/** 等公司, 等厂商 after a list of names: the names are examples of a class. */
const EXAMPLES_OF_CLASS_AFTER = /^\s*等\s*(?:公司|企业|企業|厂商|廠商|玩家|巨头|巨頭|大厂|大廠|同行|对手|對手|创业公司|創業公司|独角兽|獨角獸|初创公司|初創公司)/;
/** Whether the name at `i` of a sorted list is one of a list of names followed by 等公司 (…、MiniMax等公司): an example of a class. */
export function exampleOfClass(text: string, names: ReadonlyArray<{ start: number; end: number }>, i: number): boolean {
  let k = i;
  while (k + 1 < names.length && names[k + 1].start >= names[k].end && LIST_JOINER.test(text.slice(names[k].end, names[k + 1].start))) k++;
  return EXAMPLES_OF_CLASS_AFTER.test(text.slice(names[k].end, names[k].end + 10));
}
/** The rest, the top or a part of a field (其余厂商, 头部5家厂商, 排名前五的厂商中, 部分开源模型, 硅谷头部实验室): a group of no one in particular
 *  (not the base of a multiple: 是表中其余模型的15倍以上). */
const GROUP_OPENING = /^(?:[\u4e00-\u9fff]{1,3}中|国内|國內|海外|国外|國外|硅谷|矽谷|美国|美國|全球|业内|業內)?(?:其余|其他|其它|剩余|剩下的?|头部|頭部|排名前[\d一二三四五六七八九十]+|前[\d一二三四五六七八九十]+(?:名|位)?的|一家|部分|一些|多数|大多数|大部分|不少|许多|許多|很多|少数|少數|个别|個別)[^，,。；;]{0,8}?(?:厂商|廠商|公司|企业|企業|玩家|机构|機構|实验室|實驗室|应用|應用|产品|產品|初创|初創|模型)(?!的\s*(?:$|[\d０-９一二三四五六七八九十两半]))/;
/** Before a company held up as a model (做下一个OpenAI, 成为中国的英伟达, 亚洲版Palantir). */
const HELD_UP_BEFORE = /(?:下一个|下一個|第二个|第二個|另一个|另一個|(?:中国|中國|亚洲|亞洲|国内|國內|本土|香港|台湾|台灣)(?:版|的|嘅))\s*$/;
/** Whether the text before a company holds it up as a model (做下一个OpenAI): the text speaks of another one. */
export function heldUpBefore(before: string): boolean {
  return HELD_UP_BEFORE.test(before);
}
/** 公司, 本公司 opening what is said of it (perhaps after an analyst's 我们预计). */
// (not the company's own test of what it built: 公司内部的法律问答测试，准确率… is the model's)
const COMPANY_OPENING = new RegExp(`^[“"「『]?(?:${ANALYST_JUDGES})?(本公司|本集团|公司|集团)(?![们])(?![^，,。；;]{0,8}?(?:测试|測試|评测|評測|测评|測評|评估|評估|基准|基準))`);
/** The explanation of a subject a clause's own 公司 (本公司, 集团) referred to: `coreference 公司`. */
const COMPANY_REFERENCE_WHY = /^coreference (?:本公司|本集团|公司|集团)$/;
/** Whether a subject was decided by a clause's own 公司 (本公司, 集团): the document may know better which company it is. */
export function byCompanyReference(why: string | undefined): boolean {
  return COMPANY_REFERENCE_WHY.test(why ?? '');
}
/** An opening noun phrase about a market, an industry or a class of companies. */
const GENERIC_PHRASE = /^[^，,。的]{0,10}(?<![分按])(市场|行业(?![^，,。；;]{0,6}?(?:解决方案|解決方案|方案|业务|業務|板块|板塊))|产业|业界|赛道|领域)(?!份额)/;
// (not the finance phrase 归属于上市公司股东的净利润: the listed company is the one reported on; nor 公司 after a verb
// or a preposition, 训练使用公司自建…, 约占公司…, 上调公司…营收预测, 财务总监介绍了公司…经营情况, 招股书披露公司…: an object, the company spoken of; 降低了企业的门槛 is companies at large)
const GENERIC_NOUN_START = /^(?!归属于|归属|属于)(?!(?:第?[一二三四1-4１-４]季度|前三季度|上半年|下半年|今年|去年|本年度?|全年|本季度?|当季|當季|本月|上月|同期|报告期内?|報告期內?|\d{4}年度?|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?|年底|年末|期末|目前|当前|當前|现时|現時|上市后|上市後|发行后|發行後|重组后|重組後)(?:公司|企业|企業))[^，,。的:：]{2,12}(?<!上市|使用|利用|依托|通过|由|为|向|与|对|占|据|让|给|在|上调|下调|调高|调低|维持|给予|预计|预测|看好|上修|下修|介绍|介紹|说明|說明|披露|显示|顯示|指出|提到|提及|透露|公布|宣布|表示)(公司(?<!了公司)|企业|厂商|机构|创业公司|初创企业|玩家|团队们)(?!客户|用户|数|数量|规模|员工|服务|服務|分部|[^，,。]{0,3}(营收|收入))/;

/**
 * A model name the knowledge base does not know (and entity recognition missed), recognised by its form where a
 * name stands: Latin letters with a version number, right after a launch verb or right before 模型
 * (推出Zeta 2, Foo-2模型). A figure near one is about it, not about the last known model of the paragraph.
 */
const UNKNOWN_NAME = /(?<![A-Za-z0-9._-])[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*(?: \d+(?:\.\d+)?[A-Za-z]*)?/g;
const UNKNOWN_BEFORE = /(推出|发布|开源|上线|发表|亮相|升级为|名为|叫做|命名为|新模型|大模型|模型|新版本)[了的]?\s*$/;
const UNKNOWN_AFTER = /^(大?模型|系列|版本)/;
/** A word written as a name (Behemoth, Maverick): a capital and at least three small letters. */
const WORD_NAME = /^[A-Z][a-z]{3,}$/;
/** What a subject's clause says it has or reaches right after its name (已经逼近, 的参数, 拥有). */
const HAS_AFTER_NAME = /^\s*(?:已经|已經|已|的(?:总)?参数|的(?:總)?參數|(?:总)?参数|(?:總)?參數|拥有|擁有|达到|達到|逼近|突破)/;
/** A Latin name with no digit shaped as a model's name: words joined by a hyphen (JY-Act), or a word cased as a name (MedGPT; not API, FLOPs). */
const CODED_NAME = /^[A-Z][A-Za-z]*-[A-Za-z]+$|^[A-Z][a-z]+[A-Z][A-Za-z]*$/;
/** A serial number (LLM-03, No.01), not a version. */
const SERIAL = /[-_. ]0\d/;
/** Letter runs that lead codes, precisions and specifications, not names (FP16, PUE1.15, Q3, HBM3e, 5G). */
const NOT_A_NAME = /^(FP|BF|INT|UINT|TF|PUE|Q|H|FY|TOP|Top|GB|TB|MB|KB|DDR|LPDDR|GDDR|HBM|USB|PCIe|ISO|CPU|GPU|NPU|TPU|No|NO|ID|IP|Wi-?Fi|COVID|MMLU|GSM|AIME|SWE|pass|Pass|v|V|A|B|C|D|E|R)[-_.]?\d/;

interface Role {
  base?: boolean;
  /** What a system is built on (基于讯飞星火打造的助手): the paragraph's topic when the system has no name of its own. */
  builtOn?: boolean;
  /** Inside a title in 《》: part of a name, not a subject. */
  titled?: boolean;
  /** Counted by a figure right before it (2048块H800). */
  counted?: boolean;
  /** A place something happens on (在Hugging Face上). */
  place?: boolean;
  /** Works with the subject (与辉达合作的GB200机柜): its partner, not what the figures are about. */
  partner?: boolean;
  /** One of a group a figure counts (百度、智谱等30余家). */
  member?: boolean;
  investor?: boolean;
  /** Published the study a sentence reports (X发布的《…》显示): its source, no subject. */
  publisher?: boolean;
  /** Named for reference beside the topic (作为对比，X…): no antecedent for a later reference. */
  reference?: boolean;
  /** Holds shares in another company (腾讯、阿里分别持股6.2%、4.8%): no antecedent for a later 公司. */
  holder?: boolean;
  speaker?: boolean;
  raiser?: boolean;
  acquired?: boolean;
  /** Modifier of the next entity in a chain (字节跳动 in 字节跳动旗下豆包). */
  modifier?: boolean;
  /** What makes the next entity's measure change (DeepSeek的走红让英伟达市值蒸发…): not what the measure is of. */
  causer?: boolean;
  /** The model an app runs on (免费版用的是X): no subject of the app's prices, users or revenue. */
  /** Software something is served, trained or measured with (部署用的是vLLM): never the subject. */
  tool?: boolean;
  runsOn?: boolean;
  /** Released in its clause (开源了…模型Qwen2.5-Omni-7B): what the clause's figures are about. */
  launched?: boolean;
  /** The chain linker that made the next entity the head. */
  linker?: string;
}

export class ParagraphSubjects {
  /** Where the entities of the next sentence start in `firm`. */
  private next = 0;
  /** The last sentence without figures that named someone: its topic is worked out when asked for. */
  private unread: { sentence: Range; entities: readonly EntityCandidate[] } | undefined;
  /** The last subject decided in the paragraph, carried to sentences that name no one. */
  private carried: SubjectDecision | undefined;
  /** The figure being decided refers to a facility (该中心, 一期项目) the paragraph does not name. */
  private facilityWanted = false;
  /** Every entity the carried sentence was about (of several kinds: 面壁智能发布MiniCPM 4 is about both). */
  private carriedTopics: readonly EntityCandidate[] = [];
  private carriedSentence = -1;
  /** Entities named as investors, bases of comparison, counted things: no antecedent for a later reference. */
  private readonly sidelined = new Set<EntityCandidate>();
  /** The entities the sentence being read names in a sidelined role (an investor, a base). */
  private readonly sidelinedHere = new Set<string>();
  private readonly firm: EntityCandidate[];
  /** Unknown model names of the sentences read so far, in order. */
  private readonly unknowns: Array<{ start: number; end: number; name: string }> = [];
  /** Where the paragraph's first sentence starts. */
  private paragraphStart = -1;
  /** The loose keys (looseKey) of the firm entities' canonical names and spellings, made when first asked. */
  private looseKeys: Set<string> | undefined;

  constructor(
    private readonly text: string,
    entities: readonly EntityCandidate[],
    private readonly kindsFor: (a: Attribute) => readonly EntityKind[],
    /** Chips and devices: the subject of hardware figures only. */
    private readonly hardware: (id: string) => boolean = () => false,
    /** A model's family (混元-TurboS → 混元), to tell a family named loosely from the member the text is about. */
    private readonly familyOf: (id: string) => string | undefined = () => undefined,
    /** Frameworks (vLLM, DeepSpeed): tools, the subject only of their own measures (vLLM 0.6的吞吐). */
    private readonly software: (id: string) => boolean = () => false,
  ) {
    // context aliases too (豆包): the document decides later whether they stand
    this.firm = entities.filter((e) => e.entityId);
    for (let i = 1; i < this.firm.length; i++) {
      if (this.firm[i].start < this.firm[i - 1].start) { this.firm.sort((a, b) => a.start - b.start); break; }
    }
  }

  /** The names the sentences read so far gave a sidelined role (an investor, a base, a counted member). */
  sidelinedNames(): Iterable<EntityCandidate> {
    return this.sidelined;
  }

  /**
   * Subjects of the figures of one sentence (in text order; `index` is the sentence's place in the
   * paragraph). Sentences come in text order, every one of them (also those without figures).
   */
  decide(sentence: Range, index: number, given: readonly FigureForSubject[]): SubjectDecision[] {
    const text = this.text;
    // a share or a change of revenue (of a product line, a region) is a figure the company reports
    const figures = given.length && /占|比重|收入|营收|营业额|销售额|利/.test(text.slice(sentence.start, sentence.end)) ? given.map((f) => (f.companyMetric || !this.earnings(sentence, f) ? f : { ...f, companyMetric: true })) : given;
    if (this.paragraphStart < 0) this.paragraphStart = sentence.start;
    // sentences come in order: the entities of this one start where the last one's ended
    while (this.next < this.firm.length && this.firm[this.next].start < sentence.start) this.next++;
    let upto = this.next;
    while (upto < this.firm.length && this.firm[upto].start < sentence.end) upto++;
    const inSentence = this.firm.slice(this.next, upto).filter((e) => e.end <= sentence.end);
    this.readUnknowns(sentence, this.firm.slice(this.next, upto));
    if (!figures.length) {
      // nothing to decide: what the sentence is about matters only if a later sentence needs it
      if (inSentence.length) { this.unread = { sentence, entities: inSentence }; this.carriedSentence = index; }
      // (这个模型的社区热度是真的。GitHub上…: a sentence that speaks of the model by reference makes it the topic)
      else {
        const reference = MODEL_REFERENCE_OPENING.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 24)));
        if (reference) {
          const decided = this.antecedent(sentence.start, ['model'], reference[1]);
          if (decided.entity || decided.pending) { this.carried = decided; this.carriedTopics = decided.entity ? [decided.entity] : []; this.carriedSentence = index; this.unread = undefined; }
        }
      }
      return [];
    }
    const roles = inSentence.length ? this.roles(sentence, inSentence) : new Map<EntityCandidate, Role>();
    this.sidelinedHere.clear();
    for (const [e, r] of roles) if (isSidelined(r)) { this.sidelined.add(e); this.sidelinedHere.add(e.entityId); }
    const clauseStarts = [sentence.start];
    CLAUSE_MARKS.lastIndex = 0;
    for (const m of text.slice(sentence.start, sentence.end).matchAll(CLAUSE_MARKS)) clauseStarts.push(sentence.start + m.index! + m[0].length);
    const clauseOf = (pos: number) => {
      let k = clauseStarts.length - 1;
      while (k > 0 && clauseStarts[k] > pos) k--;
      return k;
    };
    const roleOf = (e: EntityCandidate) => roles.get(e) ?? roles.set(e, {}).get(e)!;
    if (inSentence.length) for (const f of figures) {
      // 2048块H800; 266.4万 H800 GPU小时 (the name is part of what is counted)
      if (!COUNTING_CLASSES.has(f.unitClass) && f.unitClass !== 'bare') continue;
      const e = inSentence.find((x) => x.start >= f.end && x.start - f.end <= 2 && /^\s*$/.test(text.slice(f.end, x.start)));
      // (8卡H100整机: the machine of so many cards, which is what its price or its measures are about)
      if (e && !MACHINE_AFTER.test(text.slice(e.end, e.end + 12))) roleOf(e).counted = true;
    }
    for (const e of inSentence) {
      // 278.8万H800 GPU小时: a name inside a figure's span is part of what the figure measures, not what it is about
      if (figures.some((f) => e.start > f.start && e.end <= f.end)) roleOf(e).counted = true;
      // 万卡H800集群, 千卡A100叢集: a cluster of so many of a chip is no named thing, and the chip only what it is built of
      else if (CLUSTER_AFTER.test(text.slice(e.end, e.end + 4)) && CARDS_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 6), e.start)) && this.isHardware(e)) roleOf(e).counted = true;
      // 以英伟达A800或同等性能国产加速卡计，…每卡时不高于8元: what a price is reckoned in is its unit, not what it is about
      // (and 以昇腾生态为代表的计算中心…超过25个: examples of what is counted)
      else if (RECKONING_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 14), e.start)) && RECKONED_IN.test(text.slice(e.end, Math.min(sentence.end, e.end + 20)))) roleOf(e).counted = true;
      // 英伟达产品（含A100、A800、H800等）…占比约为58%: the names a bracket lists as what something includes are its members
      if (MEMBERS_BRACKET_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 24), e.start)) && /^[^（）()]{0,24}[)）]/.test(text.slice(e.end, e.end + 25))) {
        roleOf(e).member = true;
        this.sidelined.add(e);
      }
    }
    // 已有7款大模型通过备案，包括A、B的…: the names listed after a count are examples of what it counts
    if (inSentence.length) for (const f of figures) {
      if (!COUNTING_CLASSES.has(f.unitClass)) continue;
      const listed = EXAMPLES_AFTER.exec(text.slice(f.end, sentence.end));
      if (!listed) continue;
      const from = f.end + listed.index + listed[0].length;
      for (const e of inSentence) if (e.start >= from) { roleOf(e).member = true; this.sidelined.add(e); }
    }
    const respectively = inSentence.length > 1 || (figures.length > 1 && /分[别別]/.test(this.text.slice(sentence.start, sentence.end))) ? this.respectively(sentence, inSentence, roles, figures) : undefined;
    const outside = new Map<number, { attribute: Attribute; decision: SubjectDecision }>();
    const inClause = new Map<string, SubjectDecision | null>();
    // 以永川每天采集5万张图片为例: a scenario of its own, about what it names
    const frame = text.slice(sentence.start, sentence.end).includes('为例') ? /以([^，,。；;]{2,40})为例/.exec(text.slice(sentence.start, sentence.end)) : null;
    const frameStart = frame ? sentence.start + frame.index : -1, frameEnd = frame ? frameStart + frame[0].length : -1;
    const decideFigure = (f: FigureForSubject, i: number): SubjectDecision => {
      if (f.start >= frameStart && f.end <= frameEnd) {
        const inFrame = inSentence.find((e) => e.start >= frameStart && e.end <= frameEnd && isTopic(roles.get(e)));
        return inFrame ? { entity: inFrame, why: 'example 为例' } : { why: 'example 为例' };
      }
      const mapped = respectively?.[i];
      if (mapped) return 'pending' in mapped ? mapped : { entity: mapped, why: 'respectively 分别' };
      // 2360亿总参数、210亿激活，是DeepSeek-V2的数字: figures the sentence then says are another's numbers are that one's
      const owner = inSentence.find((e) => e.start > f.end && OWNER_PREDICATE_BEFORE.test(text.slice(f.end, e.start)) && OWNED_NUMBERS_AFTER.test(text.slice(e.end, e.end + 6)));
      if (owner) return { entity: owner, why: 'owner 的数字' };
      // a bracketed aside about no one (…展台（据称现场来了30多款大模型）)
      const aside = genericAside(text.slice(sentence.start, f.start));
      if (aside) return { why: `generic ${aside}` };
      // 62%的受访者表示…, 逾五成港人用过…: a share of people or firms asked is a survey's, no named one's
      // (unless it is a rank among them: 超过了约96.5%的人类参赛者)
      const population = f.unitClass === 'percent' ? POPULATION_AFTER.exec(text.slice(f.end, Math.min(sentence.end, f.end + 24))) : null;
      if (population && !OUTRANKS_BEFORE.test(text.slice(Math.max(sentence.start, f.start - 8), f.start))) return { why: `generic ${population[1]}` };
      // 国内做推理芯片的公司少说也有二十家, 已有7家企业入围: a count of companies is of a group, no one company's
      // (unless they are the company's own: 智谱及其10家关联公司, 旗下3家子公司)
      if (f.attribute === 'count' && COMPANIES_COUNTED.test(text.slice(f.start, f.end)) &&
        !OWNED_COMPANIES_BEFORE.test(text.slice(Math.max(sentence.start, f.start - 4), f.start)) && !OWNED_COMPANIES_AFTER.test(text.slice(f.end, f.end + 14))) return { why: 'generic 家' };
      // 下一个版本将走向原生多模态，参数规模可能上探到万亿级别: a version not yet out is none of the named ones
      const upTo = text.slice(sentence.start, f.start);
      const next = upTo.includes('下') ? NEXT_VERSION.exec(upTo) : null;
      if (next && !inSentence.some((e) => e.start >= sentence.start + next.index + next[0].length && e.end <= f.start)) return { why: `generic ${next[0]}` };
      // 我们的日均调用量涨了40倍: the speaker's own organisation, which the document is about (an interview, a
      // quoted statement), unless a name comes between the pronoun and the figure (我们的文心一言用户数…)
      const we = this.kindsOf(f).includes('vendor') || SERVICE_ATTRIBUTES.has(f.attribute) ? lastFirstPerson(text.slice(sentence.start, f.start)) ?? this.ownPlatform(sentence.start, f.start) : undefined;
      // (a service's latency, speed or price only when the company offers it: 我们承诺…, 我们的服务…; not 我们实测其…)
      // (a place or a base named between is no such name: 我们的推理引擎在Qwen3-235B上实测，吞吐高2.4倍)
      // (nor when the speaker judges another company: 我们预计公司2025年收入…, 我们认为其…)
      if (we && !inSentence.some((e) => e.start >= sentence.start + we.at && e.end <= f.start && isTopic(roles.get(e))) &&
        !JUDGES_ANOTHER.test(text.slice(sentence.start + we.at, f.start)) &&
        // (nor when an analyst forecasts what the sentence spoke of: 英伟达的份额…下降至约66%，我们预计2025年将降至52%)
        !(ANALYST_JUDGING.test(text.slice(sentence.start + we.at, f.start)) && inSentence.some((e) => e.end <= sentence.start + we.at && isTopic(roles.get(e)))) &&
        (this.kindsOf(f).includes('vendor') || OFFERED.test(text.slice(sentence.start + we.at, f.start)))) {
        // (a statement quoted in a story speaks for the one company its paragraph introduced: 创业公司月隐科技…CTO林远舟介绍…"我们的推理成本…")
        const quoting = this.quotedCompany(sentence.start + we.at);
        if (quoting) return this.kindsOf(f).includes('vendor') ? { entity: quoting, why: `speaker ${we.word}` } : { entity: quoting, why: `speaker ${we.word}`, pending: { kind: 'modelOf', vendorId: quoting.entityId } };
        return { why: `speaker ${we.word}`, pending: { kind: 'topic', speaker: we.word } };
      }
      // 远高于英伟达约25倍的水平: a value written right after the base, the words after it calling it a level, is the base's own (a multiple or a share too)
      const levelled = LEVEL_AFTER.test(text.slice(f.end, f.end + 6)) ? inSentence.find((e) => roles.get(e)?.base && e.end <= f.start && !text.slice(e.end, f.start).trim()) : undefined;
      if (levelled) return { entity: levelled, why: 'compared 的水平' };
      // 高于Llama 3.1 405B的85.2: a level written right after the base and 的 is the base's own
      if (!RELATIVE_CLASSES.has(f.unitClass) || LEVEL_ATTRIBUTES.has(f.attribute)) {
        // (the base written as 后者 or 前者: 它的得分为97.3%，略高于后者的96.4%)
        const named = /(前者|后者)的\s*$/.exec(text.slice(Math.max(sentence.start, f.start - 4), f.start));
        if (named && COMPARED_BEFORE.test(text.slice(Math.max(sentence.start, f.start - 12), f.start - named[0].length))) return this.pronoun(named[1], sentence, f, f.start - named[0].length);
        const own = inSentence.find((e) => roles.get(e)?.base && e.end <= f.start && BASE_OWN_BETWEEN.test(text.slice(e.end, f.start)));
        if (own) {
          const from = qualifiedStart(text, inSentence, inSentence.indexOf(own));
          const head = text.slice(Math.max(sentence.start, from - 12), from);
          // (and the next base of a list, each with its value: 超过GPT-4o的65.9和o1的63.4)
          if (COMPARED_BEFORE.test(head) || COMPARED_GENERATION_BEFORE.test(head) || BASE_VALUE_LISTED.test(head)) return { entity: own, why: 'compared 的' };
          // 与DeepSeek-V3的6710亿相比: the value a comparison is made with is the other thing's
          if (WITH_BEFORE.test(head) && COMPARED_AFTER.test(text.slice(f.end, f.end + 4))) return { entity: own, why: 'compared 与…相比' };
          // 从Qwen2的7万亿扩大到…: where the change starts is the old thing's own
          if (/(从|由)\s*$/.test(head) || FROM_GENERATION_BEFORE.test(head)) return { entity: own, why: 'compared 从' };
        }
        // 是Claude 3.5 Sonnet（20万）的10倍: the base's own level in brackets right after it
        // (低于同配置的H200服务器（约260万元）: the machine named by it too)
        const bracketed = inSentence.find((e) => roles.get(e)?.base && e.end <= f.start && BRACKET_AFTER.test(text.slice(e.end, f.start)));
        if (bracketed) return { entity: bracketed, why: 'compared （）' };
      }
      // 与70亿参数级别的稠密模型相当, 发布过千亿参数基座模型的创业公司: a size that describes an unnamed class of models is no one's
      // (not one a demonstrative points at: 这款4200亿参数的模型 is the model just named)
      // (a bare order of magnitude, 千亿级, sizes a model too when a model follows)
      const sizeLike = f.unitClass === 'params' || /[亿億兆][级級]$/.test(text.slice(f.start, f.end));
      const unnamedClass = sizeLike && !DEMONSTRATIVE_BEFORE.test(text.slice(Math.max(sentence.start, f.start - 4), f.start)) && UNNAMED_MODEL_CLASS.exec(text.slice(f.end, Math.min(sentence.end, f.end + 16)));
      if (unnamedClass && !inSentence.some((e) => e.start >= f.end && e.start < f.end + unnamedClass[0].length) &&
        (CLASS_COMPARED_BEFORE.test(text.slice(Math.max(sentence.start, f.start - 6), f.start)) || INDEFINITE_OPENING.test(text.slice(Math.max(sentence.start, f.start - 6), f.start)) || CLASS_SUPPORTED_BEFORE.test(text.slice(Math.max(sentence.start, f.start - 6), f.start)) ||
          CLASS_OF_COMPANIES.test(text.slice(f.end + unnamedClass[0].length, Math.min(sentence.end, f.end + unnamedClass[0].length + 12))) ||
          CLASS_WORK_AFTER.test(text.slice(f.end + unnamedClass[0].length, Math.min(sentence.end, f.end + unnamedClass[0].length + 6))) ||
          CLASS_COUNTED_AFTER.test(text.slice(f.end + unnamedClass[0].length, Math.min(sentence.end, f.end + unnamedClass[0].length + 12))))) {
        return { why: UNNAMED_MODEL_CLASS_WHY };
      }
      // 市占率分别为41%、25%与9%，前三大合计约75%: the sum of a list's values is no one thing's
      // (not a sum a name in the clause owns: 华为合计出货120万台)
      const sumFrom = Math.max(sentence.start, f.start - 30);
      const sumClause = sumFrom + lastClauseAt(text.slice(sumFrom, f.start));
      const summed = SUM_BEFORE.exec(text.slice(sumClause, f.start));
      // (and a sum of the values of several things the sentence names: 华为的现金与定期存款合计 is 华为's)
      if (summed && !inSentence.some((e) => e.end <= f.start && e.start >= sumClause) &&
        new Set(inSentence.filter((e) => e.end <= sumClause).map((e) => e.entityId)).size >= 2) return { why: `generic ${summed[1]}` };
      // 微软、谷歌、亚马逊、Meta四家北美云厂商合计资本开支约2,280亿美元, 四大CSP合計: the sum of a counted group of companies is none of theirs
      const group = COUNTED_COMPANIES_SUM.exec(text.slice(sumClause, f.start));
      if (group && !inSentence.some((e) => e.start >= sumClause + group.index + group[0].length && e.end <= f.start)) return { why: `generic ${group[2]}` };
      // 与许多同行动辄千亿参数的路线不同: a figure of the peers a subject is set against, named by their class only, is no one's
      const lead = text.slice(Math.max(sentence.start, f.start - 24), f.start);
      const peers = PEERS_BEFORE.exec(lead.slice(lastClauseAt(lead)));
      if (peers && !inSentence.some((e) => e.end <= f.start && e.start >= f.start - peers[0].length)) return { why: 'generic 同行' };
      // 1750亿参数的GPT-3 (not what is bought for an amount: 购买300亿美元的Azure算力 is the buyer's spending)
      const bought = PURCHASE_BEFORE.test(text.slice(Math.max(sentence.start, f.start - 8), f.start));
      // (a compared name too, when the amount is its own: 实现了与4050亿参数的Llama 3.1 405B相当的效果)
      // (and after the kind of model it is: 上一代720亿参数的稠密模型渊鉴-2.0-72B)
      const ownAmount = (e: EntityCandidate) => f.unitClass === 'params' && OWN_SIZE_BETWEEN.test(text.slice(f.end, e.start));
      // (any amount written inside what 与 compares with: 与激活参数约为其五倍的Qwen2.5-14B相当)
      const insideCompared = WITH_OPENED_BEFORE.test(text.slice(Math.max(sentence.start, f.start - 14), f.start));
      const after = bought ? undefined : inSentence.find((e) => e.start >= f.end && e.start - f.end <= 12 && (!roles.get(e)?.base || ownAmount(e) || insideCompared) && !roles.get(e)?.titled && (
        // (an edition's word after 的 too: 130亿参数的轻量版X-Lite)
        /^[ \t]*(级|级别)?[ \t]*[\u4e00-\u9fffA-Za-z ]{0,5}?的[ \t]*(?:[\u4e00-\u9fff]{1,3}[版款])?[ \t]*$/.test(text.slice(f.end, e.start)) || ownAmount(e) ||
        // 32B那是Qwen3-32B的总参数: the value is the named one's
        (/^[ \t]*(?:那|这|這|则|則)?(?:是|才是|乃)[ \t]*$/.test(text.slice(f.end, e.start)) && text[e.end] === '的') ||
        // 千亿参数语翼: a size written before a name (not 2048块H800, the thing counted)
        (e.kind === 'model' && !COUNTING_CLASSES.has(f.unitClass) && /^[ \t]*$/.test(text.slice(f.end, e.start)))));
      if (after) return { entity: after, why: 'after 的' };
      // 拥有6710亿参数、每次激活370亿参数的DeepSeek-R1: the first of a list of sizes before 的 is the name's too
      const listedSize = bought || f.unitClass !== 'params' ? undefined : inSentence.find((e) => e.start >= f.end && e.start - f.end <= 24 && !roles.get(e)?.titled && SIZES_THEN_OF.test(text.slice(f.end, e.start)));
      if (listedSize) return { entity: listedSize, why: 'after 的' };
      // figures of one clause measuring the same thing share its subject (a row of numbers, a list of scores)
      const clause = clauseOf(f.start);
      let named = 0;
      while (named < inSentence.length && inSentence[named].end <= f.start) named++;
      const key = `${clause}\u0000${f.attribute}\u0000${f.unitClass}\u0000${named}`;
      let chosen = inClause.get(key);
      if (chosen === undefined) {
        chosen = inSentence.length ? this.inSentence(f, sentence, inSentence, roles, clauseStarts, clauseOf, i > 0 ? figures[i - 1].end : sentence.start, index, figures, i) ?? null : null;
        inClause.set(key, chosen);
      }
      if (chosen) return chosen;
      const known = outside.get(clause);
      if (known && known.attribute === f.attribute) return known.decision;
      const decision = this.outsideSentence(f, sentence, index);
      outside.set(clause, { attribute: f.attribute, decision });
      return decision;
    };
    const out: SubjectDecision[] = [];
    for (let i = 0; i < figures.length; i++) {
      this.facilityWanted = false;
      // 对比K2的1万亿总参数、320亿激活参数: the values listed after a compared name and 的 are all its own
      const previous = out[i - 1];
      const listedOwn = previous?.entity && previous.why === 'compared 的' && /^\s*[、和及与與]\s*$/.test(text.slice(figures[i - 1].end, figures[i].start)) ? previous : undefined;
      let d = this.subset(sentence, index, figures[i], inSentence, out[i - 1]) ?? listedOwn ?? decideFigure(figures[i], i);
      // (its own value, in the clause that names it so: 前代V3则为14.8万亿)
      const generation = inSentence.find((e) => e.end <= figures[i].start && roles.get(e)?.base && clauseOf(e.start) === clauseOf(figures[i].start) &&
        PREVIOUS_GENERATION_OPENING.test(text.slice(Math.max(sentence.start, e.start - 6), e.start)));
      if (generation) d = { entity: generation, why: 'previous generation' };
      // 总参数从V3的6710亿增为6850亿，激活参数则由370亿提高到410亿: a change written after one that named where it starts
      // starts from the same old thing
      const from = out.find((x) => x.why === 'compared 从');
      if (from && !generation && figures[i + 1] && CHANGE_TO_BETWEEN.test(text.slice(figures[i].end, figures[i + 1].start)) &&
        FROM_BEFORE.test(text.slice(Math.max(sentence.start, figures[i].start - 3), figures[i].start).replace(/[约約]\s*$/, ''))) d = { entity: from.entity, why: 'compared 从' };
      d = this.changedTo(sentence, index, figures, i, d, inSentence, roles, clauseOf) ?? d;
      // 88.5对88.6: the second of two values set against each other is the other side's, never the first's
      if (previous?.entity && d.entity?.entityId === previous.entity.entityId && VERSUS_BETWEEN.test(text.slice(figures[i - 1].end, figures[i].start))) d = this.otherSide(sentence, previous.entity, inSentence, roles);
      // 到2027年中国智能算力规模将达到…，复合增长率为33.9%: a figure the sentence gives no name of its own, after one
      // said of no one in particular, goes on speaking of that
      if (previous?.why.startsWith('generic') && !previous.entity && (d.why === 'paragraph' || d.why === 'topic' || d.why === 'document') &&
        !inSentence.some((e) => e.start >= figures[i - 1].end && e.end <= figures[i].start)) d = { why: previous.why };
      // (the document's facility, named in an earlier paragraph, wins over what the sentence decided: its operator or no one)
      if (this.facilityWanted && (!d.pending || d.pending.kind === 'topic')) d = { ...d, pending: FACILITY_PENDING };
      // what only a company reports (a product line's share of revenue) takes a topic that is a company
      out.push(figures[i].companyMetric && d.pending?.kind === 'topic' && !d.pending.company ? { ...d, pending: { ...d.pending, company: true } } : d);
    }
    // what this sentence was about carries on to the next sentences of the paragraph
    // (not a foil in a contrasting clause: …，而同尺寸的Qwen3-8B使用了约36万亿tokens)
    const foil = (i: number) => CONTRAST_CLAUSE.test(text.slice(clauseStarts[clauseOf(figures[i].start)], figures[i].start));
    // (nor a thing named for reference: 作为对照，GPT-3的参数量为1750亿。其API价格… is not GPT-3's)
    const referenced = (d: SubjectDecision) => !!d.entity && !!roles.get(d.entity)?.reference;
    // (and a clause's own 公司 the document settles, 公司在贵州…建设的智算中心…: what follows is that company's still, not a
    // maker the sentence named after it, …其余为英伟达H800及H20集群)
    // (nor the maker of the model the paragraph is about, speaking of it: Gemini 2.5 Pro支持…，Google表示未来将扩展到200万。…输入价格 is the model's)
    const ownModel = (e: EntityCandidate | undefined, maker: EntityCandidate) => !!e && e.kind !== 'vendor' && e.vendorId === maker.entityId;
    const makerSpeaking = (d: SubjectDecision) => !!d.entity && !!roles.get(d.entity)?.speaker &&
      (ownModel(this.carried?.entity, d.entity) || out.some((o) => ownModel(o.entity, d.entity!)));
    const candidate = (d: SubjectDecision) => (d.entity || d.pending || byCompanyReference(d.why)) && !d.why.startsWith('compared') && !referenced(d) && !makerSpeaking(d);
    const decided = out.filter((d, i) => candidate(d) && !foil(i)).at(-1) ?? out.filter(candidate).at(-1);
    if (decided) { this.carried = decided; this.carriedTopics = decided.entity ? [decided.entity] : []; this.carriedSentence = index; this.unread = undefined; }
    else if (inSentence.length) {
      const topics = topicsOf(inSentence, roles);
      if (topics.length) { this.carried = { entity: topics[0], why: 'paragraph' }; this.carriedTopics = topics; this.carriedSentence = index; this.unread = undefined; }
    }
    return out;
  }

  /**
   * The other side of a pair of values (90.2 vs 92.0): the other name of the sentence (GPT-4o和Claude 3.5 Sonnet的成绩是
   * 90.2 vs 92.0), else, when the sentence refers to it (对方, 后者), the last other one of the same kind named before (a
   * reference too: 作为对比，Llama…); else no one.
   */
  private otherSide(sentence: Range, first: EntityCandidate, inSentence: readonly EntityCandidate[], roles: Map<EntityCandidate, Role>): SubjectDecision {
    const named = inSentence.find((e) => e.entityId !== first.entityId && e.kind === first.kind && !roles.get(e)?.counted && !roles.get(e)?.member);
    if (named) return { entity: named, why: 'versus' };
    if (OTHER_SIDE.test(this.text.slice(sentence.start, sentence.end))) {
      for (let i = this.firm.length - 1; i >= 0; i--) {
        const e = this.firm[i];
        if (e.end <= sentence.start && e.kind === first.kind && e.entityId !== first.entityId) return { entity: e, why: 'versus 对方' };
      }
    }
    return { why: 'versus' };
  }

  /**
   * 团队600多人，其中研发人员占七成; 上架了100多个模型，其中超过30个免费: a part of a total stated just before (its
   * clause opens with 其中 and names no one) is about what the total is about.
   */
  private subset(sentence: Range, index: number, f: FigureForSubject, inSentence: readonly EntityCandidate[], total: SubjectDecision | undefined): SubjectDecision | undefined {
    const before = this.text.slice(sentence.start, f.start);
    const at = lastClauseAt(before);
    if (!SUBSET_OPENING.test(before.slice(at))) return undefined;
    if (inSentence.some((e) => e.start >= sentence.start + at && e.end <= f.start)) return undefined;
    // the total is the figure before it in the sentence, else the last one of the sentence before
    const of = total ?? (at === 0 && this.carriedSentence === index - 1 ? this.carried : undefined);
    if (!of) return undefined;
    return { ...of, why: of.entity || of.pending ? 'subset 其中' : of.why };
  }

  /**
   * A family named loosely (这是混元系列首个…模型，其…) after one of its models was named in the paragraph
   * (发布混元TurboS): the model, which the paragraph is about.
   */
  private memberNamedBefore(e: EntityCandidate): EntityCandidate {
    if (e.kind !== 'model') return e;
    // the sentences before this one (their entities end where this sentence's start), back to the paragraph's start
    for (let i = this.next - 1; i >= 0; i--) {
      const m = this.firm[i];
      if (m.start < this.paragraphStart) break;
      if (m.kind === 'model' && m.entityId !== e.entityId && this.familyOf(m.entityId) === e.entityId) return m;
    }
    return e;
  }

  /** 手机芯片占营收约五成, 营收占比约42%，电源管理芯片占比约8%, 业务收入增长超过100%: a share or a change of what the company earns. */
  private earnings(sentence: Range, f: FigureForSubject): boolean {
    if (f.unitClass !== 'percent' && f.unitClass !== 'multiple' && f.unitClass !== 'bare' && f.unitClass !== 'unknown') return false;
    const before = this.text.slice(sentence.start, f.start);
    const clause = before.slice(lastClauseAt(before));
    if (REVENUE_CHANGE.test(clause)) return true;
    if (f.unitClass === 'multiple') return false;
    if (REVENUE_SHARE.test(clause)) return true;
    // the next item of a list of revenue shares (…营收占比约42%，电源管理芯片占比约8%)
    return SHARE_ONLY.test(clause) && REVENUE_SHARE.test(before);
  }

  /** The kinds of entity a figure can be about, most likely first. */
  private kindsOf(f: FigureForSubject): readonly EntityKind[] {
    if (f.companyMetric) return COMPANY_ONLY;
    // Qwen3系列共包含8款模型，其中MoE模型2款: models counted in a release are its family's, before the company's
    if (f.attribute === 'count' && (MODELS_COUNTED_AFTER.test(this.text.slice(f.end, f.end + 4)) || MODELS_COUNTED_BEFORE.test(this.text.slice(Math.max(0, f.start - 6), f.start)))) return MODELS_FIRST;
    // 晶片天璣9400…AI運算效能達50 TOPS: a rate of compute (TOPS, TFLOPS) is a chip's or a machine's before its maker's
    if (f.attribute === 'compute' && f.unitClass === 'flops') return PRODUCTS_FIRST;
    // 首批订单已超过300台, 出货逾70万颗: machines or cards counted are their maker's or a product's, never a model's they run
    if (f.attribute === 'count' && (f.unitClass === 'machines' || f.unitClass === 'accelerators')) return MAKER_FIRST;
    // 星河云H800裸金属服务器，限时低至9.9元/卡时: a card's rent is the card's, not a model's it trains
    if (f.perCardTime) return PRODUCTS_ONLY;
    return this.kindsFor(f.attribute);
  }

  /** What the paragraph has been about so far; of the wanted kinds when it was about several things. */
  /**
   * The company a quoted statement at `at` speaks for: the one company its paragraph named before the opening quote, when
   * `at` is inside quotation marks (a story's quote, not an interview's turn).
   */
  private quotedCompany(at: number): EntityCandidate | undefined {
    const before = this.text.slice(this.paragraphStart, at);
    const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('「'));
    const straight = (before.match(/"/g) ?? []).length % 2 === 1 ? before.lastIndexOf('"') : -1;
    const quoteAt = Math.max(open > before.lastIndexOf('”') && open > before.lastIndexOf('」') ? open : -1, straight);
    if (quoteAt < 0) return undefined;
    const companies = this.firm.filter((e) => e.kind === 'vendor' && e.start >= this.paragraphStart && e.end <= this.paragraphStart + quoteAt && !this.sidelined.has(e));
    return companies.length && companies.every((e) => e.entityId === companies[0].entityId) ? companies[0] : undefined;
  }

  private topicSoFar(kinds?: readonly EntityKind[]): SubjectDecision | undefined {
    this.readUnread();
    const carried = this.carried?.entity;
    let topic = this.carried;
    if (kinds && carried && !kinds.includes(carried.kind)) {
      const fitting = this.carriedTopics.find((e) => kinds.includes(e.kind));
      if (fitting) topic = { ...this.carried!, entity: fitting };
    }
    // a model the knowledge base does not know, named since: the paragraph is about it now
    const unknown = this.unknowns.at(-1);
    if (unknown && (!kinds || kinds[0] === 'model') && (!topic?.entity || (topic.entity.kind === 'model' || !kinds?.includes(topic.entity.kind)) && topic.entity.start < unknown.start)) {
      return { why: `unknown ${unknown.name}` };
    }
    return topic;
  }

  private inSentence(f: FigureForSubject, sentence: Range, inSentence: readonly EntityCandidate[], roles: Map<EntityCandidate, Role>, clauseStarts: readonly number[], clauseOf: (pos: number) => number, segmentStart: number, index: number, sentenceFigures: readonly FigureForSubject[] = [], at = 0): SubjectDecision | undefined {
    const text = this.text;
    // 华为云、阿里云等12家服务商: a count of a group whose members are listed is the group's, no one's
    // (not when someone before the list owns it: 阶跃星辰已发布Step-3、Step-2等20余款模型)
    if (/等\s*$/.test(text.slice(Math.max(sentence.start, f.start - 2), f.start))) {
      const first = inSentence.find((e) => e.end <= f.start && roles.get(e)?.member);
      // (the list opens its clause: what a clause lists after a verb, 平台上架了X、Y等20余款模型, is what its subject holds)
      const lead = first ? text.slice(sentence.start, first.start) : '';
      if (first && /^\s*(其中|包括|如|以及|及|和|还有|還有|另有)?\s*$/.test(lead.slice(lastClauseAt(lead))) && !inSentence.some((e) => e.end <= first.start && !roles.get(e)?.member && !roles.get(e)?.modifier)) return { why: 'generic 等' };
    }
    // 其中英伟达H800和A800约1.4万张: cards counted are their owner's, not their maker's, named right before them
    const cards = f.attribute === 'compute' && (f.unitClass === 'accelerators' || f.unitClass === 'machines');
    const chipMaker = (e: EntityCandidate) => e.kind === 'vendor' && inSentence.some((n) => n.start >= e.end && n.start - e.end <= 1 && this.isHardware(n));
    // (a speed or a score of hardware, where the sentence names no model that runs there, is the hardware's own:
    // · 小米15 Ultra：首字0.5秒，约35 tokens/s)
    const modelNamed = inSentence.some((e) => e.kind === 'model');
    const candidates = inSentence.filter((e) => {
      const r = roles.get(e);
      if (cards && chipMaker(e)) return false;
      // 2048块H800, 3000台服务器: the thing counted is an object of the sentence
      // (a system's own accelerators are its own: GB200 NVL72包含72颗GPU)
      return !(r?.investor || r?.titled || r?.base || r?.counted || r?.place || r?.partner || r?.member || r?.publisher || (r?.tool && !TOOL_OWN_ATTRIBUTES.has(f.attribute)) || (r?.runsOn && !MODEL_OWN_ATTRIBUTES.has(f.attribute))) && (aboutHardware(f) || !this.isHardware(e) || measuredOn(text, e, f) || this.isSystem(e) || (RUN_SPEED.has(f.attribute) && !modelNamed && !COUNT_OF_CARDS_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 6), e.start))));
    });
    if (!candidates.length) {
      // DeepSeek、阿里巴巴、MiniMax等国内厂商相继推出…，总参数动辄数千亿: said of a group its members only exemplify
      const member = inSentence.filter((e) => e.end <= f.start && roles.get(e)?.member).at(-1);
      // (companies only: what a list of models (Qwen2-7B、GLM-4-9B等9B及以下的模型) does, the paragraph's platform offers)
      // (not in a clause of the writer's own company after them: …等廠商大幅下調API價格，本集團平均API單價下降約62%)
      const lead = text.slice(sentence.start, f.start);
      if (member && COMPANIES_EXEMPLIFIED.test(text.slice(member.end, member.end + 12)) && !COMPANY_OPENING.test(withoutOpeners(lead.slice(lastClauseAt(lead))))) return { why: 'generic 等' };
      return undefined;
    }
    // 据中国信通院测算，我国智能算力规模达到…: a source whose words speak of the country or a market says no fact of its own
    if (candidates.every((e) => roles.get(e)?.speaker)) {
      const rest = withoutOpeners(text.slice(sentence.start, f.start));
      const generic = GENERIC_START.exec(rest);
      // (the generic word is no part of a name: 中国移动 is no 中国)
      const at = f.start - rest.length;
      if (generic && !inSentence.some((e) => e.start < at + generic[0].length && e.end > at)) return { why: `generic ${generic[0]}` };
    }
    if (f.attribute === 'acquisition') {
      const bought = candidates.find((e) => roles.get(e)?.acquired);
      if (bought) return { entity: bought, why: 'acquired 收购' };
    }
    if (f.attribute === 'funding' || f.attribute === 'valuation') {
      const raiser = candidates.find((e) => roles.get(e)?.raiser);
      if (raiser) return { entity: raiser, why: 'raiser 投资' };
    }
    // 月之暗面、MiniMax、智谱等“六小虎”合计融资额: one figure said of several names together is no one's
    // (one said of each, 阿里巴巴和腾讯各订购10万颗, is true of the first as of the others: it stays the first's)
    const listed = candidates.filter((e) => e.end <= f.start && e.start >= sentence.start);
    if (listed.length > 1 && LIST_JOINER.test(text.slice(listed.at(-2)!.end, listed.at(-1)!.start)) && TOGETHER_AFTER_LIST.test(text.slice(listed.at(-1)!.end, f.start))) return { why: 'generic 合计' };
    const kinds = this.kindsOf(f);
    const fits = (e: EntityCandidate) => kinds.includes(e.kind);
    // the figure's clause, then the clauses before it (nearest first), then what follows it
    const own = clauseOf(f.start);
    const groups: Array<{ list: EntityCandidate[]; why: string; later?: boolean }> = [];
    // in the clause, the names since the figure before this one first (GPT-4o为88.7、Claude为88.3), then the rest of it
    const since = Math.max(clauseStarts[own], segmentStart);
    if (since > clauseStarts[own]) groups.push({ list: candidates.filter((e) => e.start >= since && e.end <= f.start), why: 'clause' });
    // 混元-lite免费、混元-standard降价55%: a part of the clause after 、 that opens with a name of its own, the part before
    // it saying something of its own (not a list of names: 阿里巴巴、腾讯各订购…)
    const dun = text.lastIndexOf('、', f.start);
    if (dun > clauseStarts[own] && !candidates.some((e) => e.end === dun)) {
      const opener = candidates.find((e) => e.start === dun + 1 && e.end <= f.start);
      if (opener) groups.push({ list: [opener], why: 'clause' });
    }
    groups.push({ list: candidates.filter((e) => e.start >= clauseStarts[own] && e.end <= f.start), why: 'clause' });
    // 中国AI芯片市场规模约为150亿美元，其中英伟达…: the size of a market is no one's, whoever the sentence names besides
    if (!groups.some((g) => g.list.length)) {
      const market = MARKET_SIZE.exec(text.slice(clauseStarts[own], f.start));
      if (market) return { why: `generic ${market[0]}` };
      // 其余厂商合计不到四成, 头部三款应用合计月活: a clause about the rest or the top of a field is no one's
      const group = GROUP_OPENING.exec(withoutOpeners(text.slice(clauseStarts[own], f.start)));
      if (group) return { why: `generic ${group[0]}` };
    }
    let reference: SubjectDecision | undefined;
    let referenceChecked = groups.some((g) => g.list.length);
    // 智谱官方标称该模型最高可达120 tokens/s: a reference between the last name of its clause and the figure, to a kind that name is not
    const lastInClause = groups.at(-1)!.list.at(-1);
    if (lastInClause) {
      const span = text.slice(lastInClause.end, f.start);
      const ref = COREFERENCES.find((c) => c.want.length && !c.want.includes(lastInClause.kind) && c.re.test(span));
      if (ref) return this.reference(span, sentence, inSentence.filter((e) => e.end <= lastInClause.start), roles, f);
    }
    // 栗永徽指出，这款拥有800亿参数的模型…: a reference that wraps the figure speaks of what it refers to, whoever the
    // clauses before it name
    if (!lastInClause && own > 0) {
      let clauseEnd = f.end;
      while (clauseEnd < sentence.end && !/[,，;；:：。]/.test(text[clauseEnd])) clauseEnd++;
      const clause = text.slice(clauseStarts[own], clauseEnd);
      const wrap = WRAPPING_REFERENCE.re.exec(clause);
      if (wrap && clauseStarts[own] + wrap.index < f.start && clauseStarts[own] + wrap.index + wrap[0].length >= f.end) {
        return this.reference(clause.slice(0, wrap.index + wrap[0].length), sentence, [], roles, f);
      }
    }
    // (a clause that gives a reason names no subject of a figure in another: 主要是为第四季GB200出货备料，存货周转天数…)
    const inClauseOpening = (e: EntityCandidate, opening: RegExp) => { const c = clauseOf(e.start); return c !== own && opening.test(text.slice(clauseStarts[c], e.start)); };
    // (nor one that says what drove it: 在輝達GB200整櫃出貨放量帶動下，單月營收達…)
    const inReason = (e: EntityCandidate) => {
      const c = clauseOf(e.start);
      return inClauseOpening(e, REASON_OPENING) || (c !== own && DRIVEN_BY_CLAUSE.test(text.slice(clauseStarts[c], clauseStarts[c + 1] ?? sentence.end)));
    };
    for (let k = own - 1; k >= 0; k--) {
      let list = candidates.filter((e) => e.start >= clauseStarts[k] && e.end <= clauseStarts[k + 1] && !inReason(e));
      // X还有一个…蒸馏版Y，参数量仅为8B; 深维的主力产品是Y，身高…，…: a clause that introduces a new thing hands the clauses after it to it
      if (list.length > 1 && INTRODUCES.test(text.slice(list[list.length - 2].end, list[list.length - 1].start))) list = [list[list.length - 1], ...list.slice(0, -1)];
      if (list.length && !referenceChecked) {
        // 其推出的助手中心，涵盖1000+应用: a reference between the figure and the last clause that names someone
        reference = this.reference(text.slice(list.at(-1)!.end, f.start), sentence, inSentence, roles, f);
        referenceChecked = true;
      }
      groups.push({ list, why: 'sentence' });
    }
    if (!referenceChecked) reference = this.reference(text.slice(sentence.start, f.start), sentence, inSentence, roles, f);
    if (reference) return reference;
    // names after the figure: of its own clause or the next; further on only when the paragraph has no topic of the kind yet
    // (在TerminalBench上为39.51，明显高于…，需要说明，报告中Kimi K2的分数…: the figure continues the paragraph's model)
    const nearEnd = clauseStarts[own + 2] ?? sentence.end;
    // (not a name of a later clause that has a figure of its own after it: 调用量约50亿tokens，开源的Yi系列累计下载量超过1000万次)
    const ownFigureAfter = (e: EntityCandidate) => {
      const clause = clauseOf(e.start);
      if (clause === own) return false;
      for (let k = at + 1; k < sentenceFigures.length; k++) if (sentenceFigures[k].start >= e.end && clauseOf(sentenceFigures[k].start) === clause) return true;
      return false;
    };
    // (集团表示目前算力规模已达…，主要采用华为云的昇腾方案: a clause that opens with the company speaks of it, not of
    // what a later clause names)
    if (!groups.some((g) => g.list.length) && [clauseStarts[own], sentence.start].some((at) => COMPANY_OPENING.test(withoutOpeners(text.slice(at, f.start))))) return undefined;
    // (nor a name in a later clause that gives a reason, 存货升至2,410亿元，主要是为第四季GB200出货备料, or breaks the
    // figure down, 出货金额年增逾2倍，其中搭载辉达H100的机种仍是主力)
    // (nor what an amount is spent on: 約40%（即約8.82億港元）用於採購…H20)
    const later = candidates.filter((e) => e.start >= f.end && !ownFigureAfter(e) && !inReason(e) && !inClauseOpening(e, BREAKDOWN_OPENING) && !SPENT_ON.test(text.slice(f.end, e.start)));
    const laterNear = later.filter((e) => e.start < nearEnd);
    if (laterNear.length) groups.push({ list: laterNear, why: 'sentence', later: true });
    else if (later.length && !groups.some((g) => g.list.length)) {
      const topic = this.topicSoFar(kinds)?.entity;
      if (!(topic && fits(topic) && this.carriedSentence < index)) groups.push({ list: later, why: 'sentence', later: true });
    }
    // the best of a group: one of a fitting kind, not a source speaking, not a modifier, the first
    // (of models, for a model's own attribute: the one the clause released, 开源了…模型Qwen2.5-Omni-7B)
    const modelOnly = !kinds.includes('vendor');
    // (of products, for a hardware figure: the system the clause built or released, 组成CloudMatrix 384超节点，整体算力达…)
    // (a system of many cards — 超节点, 集群, 一体机 — also for the cards it is built of: 万卡集群，规模超过10000张GPU)
    // (a model the clause released, for what a model is before its company: 火山引擎发布视频生成模型X，可生成最长15秒的视频)
    const released = (e: EntityCandidate, r: Role | undefined) => !!r?.launched && (modelOnly ? e.kind === 'model' : (kinds[0] === 'model' && e.kind === 'model') ||
      (e.kind === 'product' && (aboutHardware(f) || this.isSystem(e)) && (SYSTEM_ATTRIBUTES.has(f.attribute) || (f.attribute === 'other' && SYSTEM_UNITS.has(f.unitClass)))));
    // (of two fitting kinds, the one the attribute is about first: a context window is a model's before a product's;
    // `other` has no such order)
    const ordered = f.attribute !== 'other';
    const rankOf = (e: EntityCandidate) => { const r = roles.get(e); return (fits(e) ? (ordered ? kinds.indexOf(e.kind) * 0.25 : 0) : 4) + (r?.speaker ? 2 : 0) + (r?.modifier || r?.causer ? 1 : 0) - (released(e, r) ? 0.5 : 0); };
    const best = (list: EntityCandidate[]) => {
      let top = list[0], topRank = rankOf(top);
      for (let i = 1; i < list.length; i++) { const r = rankOf(list[i]); if (r < topRank) { top = list[i]; topRank = r; } }
      return top;
    };
    // an entity of the kind the attribute is about, in the nearest group that has one; else the nearest group
    // (a company's own metric never goes to a model or a chip named beside it: the paragraph's company then)
    // (a name after the figure of a kind its attribute is never about, 训推一体机16台…预装DeepSeek-R1, is what follows, not its subject)
    const group = groups.find((g) => g.list.some(fits)) ?? (f.companyMetric ? undefined : groups.find((g) => g.list.length && !(g.later && f.attribute !== 'other')));
    if (!group) return undefined;
    // chips or devices shipped (华为昇腾910B出货量约40万颗, 出货的H20超过100万颗): the count is the hardware's, not its maker's
    if ((f.unitClass === 'accelerators' || f.unitClass === 'machines') && group.why === 'clause' && SHIPPED.test(text.slice(clauseStarts[own], f.start))) {
      const shipped = group.list.filter((e) => e.end <= f.start && this.isHardware(e)).at(-1);
      if (shipped) return { entity: shipped, why: 'shipped' };
    }
    const chosen = best(group.list);
    // software has no size, no training and no window of its own: a model's measure beside a framework alone is the
    // model's the paragraph spoke of (TensorRT-LLM，72B 在 2 张 H100 上…)
    if (modelOnly && chosen.kind === 'product' && this.software(chosen.entityId) && !fits(chosen)) return { why: 'topic', pending: { kind: 'topic' } };
    // a source speaking (腾讯混元团队表示，…) is no subject when the paragraph is about one of its own models
    // (unless it speaks of its own platform: 智谱称开放平台注册开发者已超过100万)
    if (roles.get(chosen)?.speaker && !SPEAKER_OWN_PLATFORM.test(text.slice(chosen.end, f.start))) {
      const topic = this.topicSoFar(kinds)?.entity;
      if (topic && topic !== chosen && topic.entityId !== chosen.entityId && topic.kind === 'model' && fits(topic) && topic.vendorId && topic.vendorId === (chosen.vendorId ?? chosen.entityId)) return { entity: topic, why: 'paragraph' };
    }
    // an unknown model named between the chosen name and the figure (GPT-4o发布后，某实验室推出Zeta 2，参数量为80亿)
    if (chosen.end <= f.start && (chosen.kind === 'model' || kinds[0] === 'model')) {
      const unknown = this.unknownBefore(f.start);
      if (unknown && unknown.start >= chosen.end) return { why: `unknown ${unknown.name}` };
    }
    // a company for what only a model has (训练成本, 参数量): the company's model the text spoke of
    // (not when the clause describes a model it does not name: 华为训练出首个2000亿参数的…模型)
    if (modelOnly && chosen.kind === 'vendor' && !/^[^，,。；;！？!?]*模型/.test(text.slice(f.end, sentence.end))) {
      const topic = this.topicSoFar(['model'])?.entity;
      if (topic?.kind === 'model' && topic.vendorId === chosen.entityId) return { entity: topic, why: `model of ${chosen.canonical}` };
      // (训练这一版本，澜序动用了2048张H800: the company's model the sentence points back to, the last named, not the one it launched first)
      const pointer = MODEL_POINTER.test(text.slice(sentence.start, f.start));
      return { entity: chosen, why: group.why, pending: { kind: 'modelOf', vendorId: chosen.entityId, ...(pointer ? { latest: true } : {}) } };
    }
    const k = inSentence.indexOf(chosen);
    const linker = k > 0 && roles.get(inSentence[k - 1])?.modifier ? roles.get(inSentence[k - 1])!.linker : undefined;
    return { entity: chosen, why: linker !== undefined ? `chain ${linker.trim() || '·'}` : group.why };
  }

  /** A reference (该模型, 其, 该公司) in `span`, resolved to the sentence's topic or an earlier entity. */
  private reference(span: string, sentence: Range, inSentence: readonly EntityCandidate[], roles: Map<EntityCandidate, Role>, f: FigureForSubject): SubjectDecision | undefined {
    const sized = this.sizeOfModel(f);
    if (sized) return sized;
    // 推理成本却只有后者的二十分之一: one of a pair as the base of a share; the figure is about the other one
    const pairBase = PRONOUN_BASE.exec(span);
    if (pairBase && pairBase[2] !== '其') return this.pronoun(pairBase[2] === '后者' ? '前者' : '后者', sentence, f, f.start - span.length + pairBase.index);
    // 这一价格比行业平均低99.3%: the figure stated just before, and what it was about
    const again = THIS_FIGURE.exec(span);
    // (not when a name stands between it and the figure: 这价格已经算良心了，我这边H20 9.9元/小时)
    const againEnd = f.start - span.length + (again ? again.index + again[0].length : 0);
    if (again && this.carried?.entity && !inSentence.some((e) => e.start >= againEnd && e.end <= f.start)) return { entity: this.carried.entity, why: `coreference ${again[0]}` };
    for (const c of COREFERENCES) {
      const m = c.re.exec(span);
      if (!m) continue;
      const cue = m[0].replace(/^[，,：:；;\s]+/, '');
      const special = this.specialReference(c, cue, f.start);
      if (special === SKIP) continue;
      if (special) return special;
      const sized = this.sizedReference(f, cue);
      if (sized) return sized;
      // (nor the speaker a quote is said by: 腾讯混元团队负责人表示，模型的预训练… is the paragraph's model)
      // (and it is named before the word that refers to it: 它训练X的速度 is not about X)
      const cueAt = f.start - span.length + m.index;
      const local = [...inSentence].reverse().find((e) => e.end <= cueAt && c.want.includes(e.kind) && !roles.get(e)?.base && !roles.get(e)?.investor && !roles.get(e)?.reference && !roles.get(e)?.speaker);
      if (local) return { entity: local, why: `coreference ${cue}` };
      // the paragraph's topic when it is such a thing (not 该公司: a company is named again), else the last one named
      // (not one this very sentence compares with: 相较上一代X，新模型… is not about X)
      const topic = cue !== '该公司' && !c.latest ? this.topicSoFar(c.want)?.entity : undefined;
      // (not over a model the knowledge base does not know, named since: 训练了Agent专用模型JY-Act。该模型参数量约320亿)
      const unknown = topic && c.want[0] === 'model' ? this.unknownBefore(cueAt) : undefined;
      if (unknown && unknown.start > topic!.end) return { why: `coreference ${cue} (unknown ${unknown.name})` };
      // (nor over a model the text has just said was made, named since: 微调后得到“澜言金融大模型”。该模型的训练…)
      const made = this.madeSince(topic, cueAt, c.want);
      if (made) return { entity: made, why: `coreference ${cue}` };
      if (topic && c.want.includes(topic.kind) && !roles.get(topic)?.base && !this.sidelined.has(topic)) return { entity: topic, why: `coreference ${cue}` };
      return this.antecedent(sentence.start, c.want, cue);
    }
    const p = lastPronoun(span);
    // (a model named by its size after the last name: 在國網中心完成，70B模型動用512張)
    if (!p) return this.sizeVariantIn(span, f.start)?.decision;
    if (p[0] === '前者' || p[0] === '后者') return this.pronoun(p[0], sentence, f, f.start - span.length + p.index);
    // 其, 它: the topic of the sentence, else of the paragraph (named before the pronoun: 它的C-Eval得分为87.9，MMLU得分为…
    // does not refer to MMLU)
    const at = f.start - span.length + p.index;
    const topics = inSentence.filter((e) => e.end <= at && isTopic(roles.get(e)));
    const kinds = this.kindsOf(f);
    // 旗下的C端产品帧跃Studio于去年7月上线，其累计注册用户…: 其 right after the clause that introduces a product or a
    // model is that one, not the company that made it
    if (p[0] === '其') {
      const introduced = [...inSentence].reverse().find((e) => e.end <= at && kinds.includes(e.kind) && e.kind !== 'vendor');
      if (introduced && this.introducedJustBefore(introduced, sentence.start, at)) return { entity: introduced, why: `coreference ${p[0]}` };
    }
    // (one of another kind only when the attribute fits several: 其预训练数据 after 通过阿里云百炼调用 is no platform's)
    const topic = topics.find((e) => kinds.includes(e.kind)) ?? (kinds.length > 1 ? topics[0] : undefined);
    if (topic) return { entity: this.memberNamedBefore(topic), why: `coreference ${p[0]}` };
    // 腾讯则表示，其星脉网络可支撑…: 其 after a speaker's words begin is the speaker's own
    // (a company speaking of what only a model has speaks of its model: 穹岳智能则透露，其原始抓取数据超过2PB)
    const modelOnly = kinds.length === 1 && kinds[0] === 'model';
    const speaker = p[0] === '其' ? [...inSentence].reverse().find((e) => e.end <= at && roles.get(e)?.speaker && (kinds.includes(e.kind) || (modelOnly && e.kind === 'vendor'))) : undefined;
    if (speaker && !kinds.includes(speaker.kind)) return { entity: speaker, why: `coreference ${p[0]}`, pending: { kind: 'modelOf', vendorId: speaker.entityId } };
    if (speaker) return { entity: speaker, why: `coreference ${p[0]}` };
    return this.pronoun(p[0], sentence, f, at);
  }

  /** A sentence that names no entity (or only ones it is not about). */
  private outsideSentence(f: FigureForSubject, sentence: Range, index: number): SubjectDecision {
    const text = this.text;
    const before = text.slice(sentence.start, f.start);
    // a reference may wrap the figure (这款总参数达3200亿的模型): read on to the end of its clause
    let clauseEnd = f.end;
    while (clauseEnd < sentence.end && !/[,，;；:：。]/.test(text[clauseEnd])) clauseEnd++;
    const through = text.slice(sentence.start, clauseEnd);
    // 该公司披露，其总参数量…: a pronoun nearer the figure is what it refers to; the reference before it speaks
    const nearer = lastPronoun(before);
    for (const c of COREFERENCES) {
      const m = c.re.exec(through);
      if (m && m.index >= before.length) continue;
      if (!m || (nearer && nearer.index > m.index + m[0].length)) continue;
      const cue = m[0].replace(/^[，,：:；;\s]+/, '');
      const special = this.specialReference(c, cue, f.start);
      if (special === SKIP) continue;
      if (special) return special;
      const sized = this.sizedReference(f, cue);
      if (sized) return sized;
      // 它, 该模型: the paragraph's topic when it is such a thing, else the last one named
      // (not one only compared with or investing: 相较上一代X，新模型… is not about X)
      // (of the kinds the attribute is about, when the reference may be several: 它的激活参数 is a model's, not a platform's)
      const fitting = c.want.filter((k) => this.kindsOf(f).includes(k));
      const refer = (want: readonly EntityKind[]): SubjectDecision => {
        const topic = c.latest ? undefined : this.topicSoFar(want)?.entity;
        const made = this.madeSince(topic, sentence.start, want);
        if (made) return { entity: made, why: `coreference ${cue}` };
        if (topic && want.includes(topic.kind) && cue !== '该公司' && !this.sidelined.has(topic)) return { entity: topic, why: `coreference ${cue}` };
        return this.antecedent(sentence.start, want, cue);
      };
      const found = refer(fitting.length ? fitting : c.want);
      // (它 of a company's own measure with no thing named before: the company, 成立不到三年，它先后完成五轮融资)
      return !found.entity && !fitting.length && c.orCompany && this.kindsOf(f).includes('vendor') ? refer(COMPANY_ONLY) : found;
    }
    const again = THIS_FIGURE.exec(before);
    if (again && this.carried?.entity) return { entity: this.carried.entity, why: `coreference ${again[0]}` };
    const pronoun = nearer;
    if (pronoun) return this.pronoun(pronoun[0], sentence, f, sentence.start + pronoun.index);
    // Air版价格更低, 4.5 Turbo速度提升一倍: the variant of a model named before; 标准版: the model it varies
    const variant = this.sizeOfModel(f) ?? this.variantIn(before, f.start);
    if (variant) return variant;
    const rest = withoutOpeners(before);
    // 今年公司营收…: the company the text is about (the paragraph's, else the heading's or the document's)
    const company = COMPANY_OPENING.exec(rest);
    if (company) {
      const c = this.topicSoFar()?.entity;
      let decided = c?.kind === 'vendor' && !this.sidelined.has(c) && !this.heldUp(c) ? { entity: c, why: `coreference ${company[1]}` } : this.antecedent(sentence.start, ['vendor'], company[1]);
      // (not a maker named only before its product, …其余为英伟达H800及H20集群。公司以自有资金…: the document's company, which it settles)
      if (decided.entity && this.makerOfNext(decided.entity)) decided = { why: `coreference ${company[1]}`, pending: { kind: 'topic', company: true } };
      // a company brought in without a name since (一位创业公司的创始人, 一家初创企业): 公司 is that one
      const since = decided.entity ? decided.entity.end : this.paragraphStart;
      const unnamed = since < sentence.start ? UNNAMED_COMPANY.exec(text.slice(since, sentence.start)) : null;
      // (not a company where someone worked before: 创始人曾在一家头部互联网公司负责…)
      if (unnamed && !WORKED_AT_BEFORE.test(text.slice(Math.max(since, since + unnamed.index - 8), since + unnamed.index))) return { why: `coreference ${company[1]} (unnamed)` };
      return decided;
    }
    // 緯創（3231）4月營收…: a company the text names with its stock code but the knowledge base does not know
    const listed = /^([\u4e00-\u9fffA-Za-z]{2,10})\s*[（(]\d{4,6}(?:\.[A-Za-z]{2})?[）)]/.exec(rest);
    if (listed) return { why: `unknown ${listed[1]}` };
    const kinds = this.kindsOf(f);
    // a model the knowledge base does not know, named in the sentence before the figure (某实验室推出Zeta 2，参数量为80亿)
    const unknown = kinds[0] === 'model' ? this.unknownBefore(f.start) : undefined;
    if (unknown && unknown.start >= sentence.start) return { why: `unknown ${unknown.name}` };
    // (or the figure's own clause opens with it: 受H20供应影响，国内头部互联网厂商国产卡采购比例已由…)
    const generic = GENERIC_START.exec(rest) ?? GENERIC_PHRASE.exec(rest) ?? GENERIC_NOUN_START.exec(rest) ?? GROUP_OPENING.exec(rest) ??
      GENERIC_CLAUSE_START.exec(withoutOpeners(before.slice(lastClauseAt(before))));
    if (generic) return { why: `generic ${generic[0]}` };
    // 团队先用10亿参数的小模型在1000亿tokens数据上跑了上百组配比: an unnamed small model an experiment uses is what its clause measures
    // (or described by sizes listed before it: 在一个总参数160亿、激活参数28亿的小规模MoE模型上做消融)
    const phrase = SIZED_PHRASE_AFTER.exec(text.slice(f.end, Math.min(sentence.end, f.end + 40)));
    const small = SMALL_MODEL.exec(before.slice(lastClauseAt(before)) + text.slice(f.start, Math.min(sentence.end, f.end + (phrase ? phrase[0].length + SMALL_MODEL_NAMED : SMALL_MODEL_AFTER))));
    if (small) return { why: `generic ${small[0]}` };
    // 到2027年中国AI编程工具市场规模将超过300亿元，年复合增长率约65%: the size of a market, and its growth, are no one's
    // (the paragraph's company is not the market it sells in)
    const market = MARKET_SIZE.exec(before.slice(lastClauseAt(before))) ?? (f.attribute === 'growth' ? MARKET_SIZE.exec(before) : null);
    if (market) return { why: `generic ${market[0]}` };
    // ASIC在整体AI加速芯片出货中的占比: the share of a kind of thing the sentence names in a whole is no named one's
    // (or that its clause opens with: 国产芯片占比有望从…提升至四成以上)
    const kindShare = f.attribute === 'market_share' ? KIND_SHARE.exec(before) ?? KIND_SHARE_OPENING.exec(withoutOpeners(before.slice(lastClauseAt(before)))) : null;
    if (kindShare) return { why: `generic ${kindShare[0]}` };
    // 录得逾60亿港元孖展额，超额认购约13倍: an offering's figures are the listing company's, the one the paragraph
    // spoke of with its offering (市场对X的孖展认购反应热烈), not the last company named
    if (kinds.includes('vendor') && OFFERING.test(text.slice(sentence.start, sentence.end))) {
      const listing = this.listingBefore(sentence.start);
      if (listing) return { entity: listing, why: 'listing company' };
    }
    // 还有一个700亿总参数的MoE版本，每个token激活…: a sentence that brings in another thing, unnamed, is not about the
    // one named before
    const another = ANOTHER_OPENING.exec(before);
    if (another) return { why: `another ${another[0]}`, pending: { kind: 'topic' } };
    let c = this.topicSoFar(kinds);
    // a topic that is no model gives way, for what only a model has, to the paragraph's last model
    // (**溯光-34B（溯光实验室）**：一家成立不到两年的团队的作品。参数量340亿 is the model's)
    if (c?.entity && c.entity.kind !== 'model' && kinds.length === 1 && kinds[0] === 'model') {
      const named = this.antecedent(sentence.start, kinds, '').entity;
      if (named && named.start >= this.paragraphStart) c = { entity: named, why: 'paragraph' };
    }
    // what only a company reports (a business's revenue, capital spending) is not the product the paragraph spoke of:
    // the company named before it, else the document's
    if (c?.entity && f.companyMetric && c.entity.kind !== 'vendor') {
      const company = this.antecedent(sentence.start, ['vendor'], '');
      c = company.entity ? { entity: company.entity, why: 'paragraph' } : undefined;
    }
    // a chip the paragraph spoke of is no topic for a model's or a company's figure
    if (c?.entity && !aboutHardware(f) && this.isHardware(c.entity)) c = undefined;
    // (nor, a chip carried from an earlier sentence, for a share, a change or a plain number: 一期机柜上架率已达85%, TPP达4800以上;
    // a chip's own measures have its units: 显存80GB, 989 TFLOPS, TDP 700W)
    if (c?.entity && this.carriedSentence < index && LOOSE_ATTRIBUTES.has(f.attribute) && !MEASURE_CLASSES.has(f.unitClass) && !c.entity.device && this.hardware(c.entity.entityId)) c = undefined;
    // …nor any product, for what only a company has (…芯片“擎天T2”…。本轮投后估值约100亿元): the company the paragraph named
    // (one named in the product's own sentence is its maker, which the document settles: 深澜智能的核心产品是“深澜Agent”)
    if (c?.entity && c.entity.kind !== 'vendor' && kinds.length === 1 && kinds[0] === 'vendor') {
      const product = c.entity;
      const company = this.antecedent(sentence.start, ['vendor'], '').entity;
      const maker = company && company.end <= product.start && !/[。！？!?\n]/.test(this.text.slice(company.end, product.start));
      if (!maker) c = company && company.start >= this.paragraphStart ? { entity: company, why: 'paragraph' } : undefined;
    }
    // 腾讯看好…。腾讯此次只是跟投，出资约5000万元: the paragraph's topic, named in this sentence as an investor (or a base,
    // a place), is not what the sentence's figure is about
    const here = c?.entity;
    if (here && this.sidelinedHere.has(here.entityId)) c = undefined;
    if (c && this.carriedSentence < index) {
      // (a company the paragraph speaks of, for what only a model has and no model of the paragraph: the model the document
      // settles on from a heading or its topic, else the company — ## TOP 2｜Qwen2.5-Max（阿里巴巴） / 阿里云…旗舰。官方公布的成绩：Arena-Hard 89.4)
      if (c.entity?.kind === 'vendor' && kinds.length === 1 && kinds[0] === 'model') return { entity: c.entity, why: 'paragraph', pending: { kind: 'topic' } };
      return c.entity ? { entity: c.entity, why: 'paragraph' } : { why: c.why, pending: c.pending };
    }
    return { why: 'topic', pending: { kind: 'topic' } };
  }

  /**
   * 总参数量从V3的6710亿略增为6850亿: where a change ends is not the old thing's, whose value it starts from, but the
   * sentence's own topic (else the paragraph's). Undefined when the figure is no such end.
   */
  private changedTo(sentence: Range, index: number, figures: readonly FigureForSubject[], i: number, d: SubjectDecision,
    inSentence: readonly EntityCandidate[], roles: Map<EntityCandidate, Role>, clauseOf: (pos: number) => number): SubjectDecision | undefined {
    const f = figures[i], prev = figures[i - 1];
    if (!prev || !d.entity || clauseOf(prev.start) !== clauseOf(f.start) || !CHANGE_TO_BETWEEN.test(this.text.slice(prev.end, f.start))) return undefined;
    const old = inSentence.find((e) => e.end <= prev.start && e.entityId === d.entity!.entityId && /^\s*的\s*$/.test(this.text.slice(e.end, prev.start)) &&
      FROM_BEFORE.test(this.text.slice(Math.max(sentence.start, e.start - 2), e.start)));
    if (!old) return undefined;
    const kinds = this.kindsOf(f);
    const topic = inSentence.find((e) => e.end <= old.start && e.entityId !== old.entityId && isTopic(roles.get(e)) && kinds.includes(e.kind));
    if (topic) return { entity: topic, why: 'changed from' };
    const outside = this.outsideSentence(f, sentence, index);
    return outside.entity?.entityId === old.entityId ? undefined : outside;
  }

  /** 其, 它, 后者, 前者 with no antecedent in their own sentence. */
  private pronoun(p: string, sentence: Range, f: FigureForSubject, at = sentence.start): SubjectDecision {
    if (p === '后者' || p === '前者') {
      // the last thing named of a kind the figure can be about, and the one of its kind named before it
      const want = this.kindsOf(f);
      const previous = this.pairBefore(at, want);
      const e = p === '后者' ? previous[0] : previous[1];
      return e ? { entity: e, why: `coreference ${p}` } : { why: `coreference ${p}`, pending: { kind: 'pair', which: p === '后者' ? 'latter' : 'former', want } };
    }
    // 据某头部厂商披露，其万卡集群…: 其 right after an unnamed company speaking is that company's, no named one's
    if (p === '其' && UNNAMED_SPEAKER_BEFORE.test(this.text.slice(sentence.start, at))) return { why: `coreference ${p} (unnamed)` };
    // the paragraph's topic so far when it is of a kind the attribute is about, else the last such entity
    const kinds = this.kindsOf(f);
    // (a sentence that ended by introducing a product or a model hands 其 to it: …的C端产品帧跃Studio于去年7月上线。截至今年2月底，其累计注册用户…)
    if (p === '其') {
      const last = this.lastNamedBefore(sentence.start);
      if (last && last.kind !== 'vendor' && kinds.includes(last.kind) && last.start >= this.paragraphStart &&
        this.introducedJustBefore(last, this.paragraphStart, sentence.start)) return { entity: last, why: `coreference ${p}` };
    }
    const carried = this.topicSoFar()?.entity;
    if (carried && kinds.includes(carried.kind)) return { entity: carried, why: `coreference ${p}` };
    const found = this.antecedent(sentence.start, kinds, p);
    // (a platform or a chip the paragraph spoke of is nothing a model's own figure is about: the reference waits for
    // the document, its heading's model: 只能通过阿里云百炼调用。…其预训练数据)
    if (found.entity || !carried || (carried.kind === 'product' && found.pending)) return found;
    return { entity: carried, why: `coreference ${p}` };
  }

  /** The roles of the last sentence without figures, read when a later one needs them (its topic, its investors). */
  private readUnread(): void {
    if (!this.unread) return;
    const { sentence, entities } = this.unread;
    const roles = this.roles(sentence, entities);
    for (const [e, r] of roles) if (isSidelined(r)) this.sidelined.add(e);
    const topics = topicsOf(entities, roles);
    if (topics.length) { this.carried = { entity: topics[0], why: 'paragraph' }; this.carriedTopics = topics; }
    this.unread = undefined;
  }

  /** The last entity of the wanted kinds named before `pos` in the paragraph, or a pending reference. */
  /** A company held up as a model (做下一个OpenAI): a sentence read or not, no antecedent. */
  private heldUp(e: EntityCandidate): boolean {
    return e.kind === 'vendor' && heldUpBefore(this.text.slice(Math.max(0, e.start - 8), e.start));
  }

  private antecedent(pos: number, want: readonly EntityKind[], cue: string): SubjectDecision {
    if (!want.length) return { why: `coreference ${cue}` };
    // investors and bases of a sentence not read yet are no antecedents either
    this.readUnread();
    // the last one named of a wanted kind
    const unknown = want[0] === 'model' ? this.unknownBefore(pos) : undefined;
    for (let i = this.firm.length - 1; i >= 0; i--) {
      const e = this.firm[i];
      if (e.end <= pos && want.includes(e.kind) && !this.sidelined.has(e) && !this.heldUp(e)) {
        // 该模型 after an unknown model named since: that one
        if (unknown && unknown.start > e.start) return { why: `coreference ${cue} (unknown ${unknown.name})` };
        return { entity: e, why: `coreference ${cue}` };
      }
    }
    if (unknown) return { why: `coreference ${cue} (unknown ${unknown.name})` };
    return { why: `coreference ${cue}`, pending: { kind: 'coref', want, cue } };
  }

  /**
   * The references resolved their own way: 本模型 (the document's model), 整个系列 (the series named), 该中心 (a
   * facility the paragraph or the document named; an unnamed one, 建设的智算中心, is its operator's: SKIP, the reference is no such one).
   */
  private specialReference(c: (typeof COREFERENCES)[number], cue: string, pos: number): SubjectDecision | typeof SKIP | undefined {
    if (c.own) return { why: `coreference ${cue}`, pending: { kind: 'topic' } };
    if (c.typed) {
      const typed = this.modelOfKindBefore(TYPED_MODEL_POINTER.exec(cue)![1], pos);
      return typed ? { entity: typed, why: `coreference ${cue}` } : undefined;
    }
    const named = c.series ? this.seriesBefore(pos) : c.facility ? this.facilityBefore(pos) : undefined;
    if (named) return { entity: named, why: `coreference ${cue}` };
    // (a facility named in an earlier paragraph is found in the document's; none named, the reference is no
    // such one: an unnamed 智算中心 is its operator's, and the sentence decides)
    if (c.facility && !this.unnamedFacilityBefore(pos)) this.facilityWanted = true;
    return c.facility ? SKIP : undefined;
  }

  /**
   * Whether a name is introduced (推出了X, 旗下的C端产品X) by the clause that ends a few words after it, right before `pos`
   * (no further back than `floor`).
   */
  private introducedJustBefore(e: EntityCandidate, floor: number, pos: number): boolean {
    return JUST_INTRODUCED_BEFORE.test(this.text.slice(Math.max(floor, e.start - 8), e.start)) && INTRODUCING_CLAUSE_END.test(this.text.slice(e.end, pos));
  }

  /** The last entity named before `pos`. */
  private lastNamedBefore(pos: number): EntityCandidate | undefined {
    for (let i = this.firm.length - 1; i >= 0; i--) if (this.firm[i].end <= pos) return this.firm[i];
    return undefined;
  }

  /** The last model of the paragraph named before `pos` whose name says the kind a descriptor names (文本: MiniMax-Text-01). */
  private modelOfKindBefore(descriptor: string, pos: number): EntityCandidate | undefined {
    const kind = KIND_IN_NAME.find(([word]) => word.test(descriptor))?.[1];
    if (!kind) return undefined;
    for (let i = this.firm.length - 1; i >= 0; i--) {
      const e = this.firm[i];
      if (e.end > pos) continue;
      if (e.start < this.paragraphStart) break;
      if (e.kind === 'model' && !this.sidelined.has(e) && kind.test(e.canonical)) return e;
    }
    return undefined;
  }

  /** The last model of the paragraph named as a series (Qwen3系列, **QingLan-2** 系列) before `pos` (one named in an earlier paragraph: documentClaims.ts). */
  private seriesBefore(pos: number): EntityCandidate | undefined {
    for (let i = this.firm.length - 1; i >= 0; i--) {
      const e = this.firm[i];
      if (e.end > pos) continue;
      if (e.start < this.paragraphStart) break;
      if (e.kind === 'model' && SERIES_AFTER.test(this.text.slice(e.end, e.end + 8))) return e;
    }
    return undefined;
  }

  /** A company named right before a thing it makes (英伟达H800, 华为昇腾910B): a maker that describes the thing, not spoken of itself. */
  private makerOfNext(e: EntityCandidate): boolean {
    return e.kind === 'vendor' && this.firm.some((n) => n.kind !== 'vendor' && n.start >= e.end && n.start - e.end <= 1 && !/[，,。；;、\s]/.test(this.text.slice(e.end, n.start)));
  }

  /** A chip or a device: known as one, or named by its code next to what it is (G1人形机器人). */
  private isHardware(e: EntityCandidate): boolean {
    return !!e.device || this.hardware(e.entityId);
  }

  /** A system of many accelerators (Atlas 950超节点, 夸娥智算集群, 一体机): its own cards, compute and bandwidth. */
  private isSystem(e: EntityCandidate): boolean {
    return SYSTEM_NAME.test(e.canonical) || SYSTEM_AFTER.test(this.text.slice(e.end, e.end + 10));
  }

  /** The last company named before `pos` in the paragraph in a clause about its share offering. */
  private listingBefore(pos: number): EntityCandidate | undefined {
    for (let i = this.firm.length - 1; i >= 0; i--) {
      const e = this.firm[i];
      if (e.start < this.paragraphStart) break;
      if (e.end > pos || e.kind !== 'vendor' || this.sidelined.has(e)) continue;
      let from = e.start, to = e.end;
      while (from > this.paragraphStart && !CLAUSE_END.has(this.text[from - 1]) && !/[。！？!?\n]/.test(this.text[from - 1])) from--;
      while (to < pos && !CLAUSE_END.has(this.text[to]) && !/[。！？!?\n]/.test(this.text[to])) to++;
      if (OFFERING.test(this.text.slice(from, to))) return e;
    }
    return undefined;
  }

  /** Whether the paragraph speaks of a facility it does not name (建设运营的智算中心) before `pos`. */
  private unnamedFacilityBefore(pos: number): boolean {
    const from = Math.max(0, this.paragraphStart);
    for (const m of this.text.slice(from, pos).matchAll(UNNAMED_FACILITY)) {
      const at = from + m.index!;
      if (!this.firm.some((e) => e.start <= at && at < e.end)) return true;
    }
    return false;
  }

  /** The last computing facility (…智算中心, …数据中心) named before `pos` in the paragraph. */
  private facilityBefore(pos: number): EntityCandidate | undefined {
    for (let i = this.firm.length - 1; i >= 0; i--) {
      const e = this.firm[i];
      // (a centre the knowledge base holds as an organisation too: 武汉人工智能计算中心)
      if (e.end <= pos && e.kind !== 'model' && /中心$/.test(e.canonical) && !this.sidelined.has(e)) return e;
    }
    return undefined;
  }

  /** Unknown model names in a sentence (read once, in order); none inside a known name. */
  private readUnknowns(sentence: Range, near: readonly EntityCandidate[]): void {
    const body = this.text.slice(sentence.start, sentence.end);
    if (!/[A-Za-z][^\n]{0,24}\d/.test(body)) return;
    UNKNOWN_NAME.lastIndex = 0;
    for (const m of body.matchAll(UNKNOWN_NAME)) {
      const name = m[0];
      // (a name without a digit only when it is shaped as a name, JY-Act, and the word right before says it is a model's)
      const digitless = !/\d/.test(name);
      const start = sentence.start + m.index!, end = start + name.length;
      // (or a word written as a name that opens its clause and says what it has: 如今 Behemoth 已经逼近 2 万亿参数)
      const subjectWord = digitless && WORD_NAME.test(name) && HAS_AFTER_NAME.test(this.text.slice(end, end + 6)) && opensClause(this.text.slice(sentence.start, start));
      if (!subjectWord && ((digitless && !CODED_NAME.test(name)) || !/[A-Za-z].*[A-Za-z]/.test(name) || NOT_A_NAME.test(name) || SERIAL.test(name))) continue;
      if (near.some((e) => e.start < end && start < e.end)) continue;
      // another spelling of a name the paragraph knows (GPT2 for GPT-2) is that name
      if (this.firmKeys().has(looseKey(name))) continue;
      const introduced = subjectWord || UNKNOWN_BEFORE.test(this.text.slice(Math.max(sentence.start, start - 8), start));
      if (!introduced && (digitless || !UNKNOWN_AFTER.test(this.text.slice(end, end + 4)))) continue;
      this.unknowns.push({ start, end, name });
    }
  }

  private firmKeys(): Set<string> {
    if (!this.looseKeys) {
      this.looseKeys = new Set();
      for (const e of this.firm) this.looseKeys.add(looseKey(e.canonical)).add(looseKey(this.text.slice(e.start, e.end)));
    }
    return this.looseKeys;
  }

  /**
   * 平台现在一共上架了100多个模型: in an interviewee's answer (a turn that opens with the speaker's name), 平台 or
   * 公司 at the head of the clause is the speaker's own, as 我们的平台 would be.
   */
  private ownPlatform(sentenceStart: number, pos: number): { word: string; at: number } | undefined {
    if (!SPEAKER_TURN.test(this.text)) return undefined;
    const before = this.text.slice(sentenceStart, pos);
    const clauseAt = lastClauseAt(before);
    const m = OWN_PLATFORM.exec(before.slice(clauseAt));
    return m ? { word: m[1], at: clauseAt + m.index + m[0].length - m[1].length } : undefined;
  }

  /**
   * The last model named in the paragraph before `pos`, after the topic, when the words before it say it was made then
   * (微调后得到“澜言金融大模型”。该模型的训练…): a model just made is what 该模型 speaks of, not the base the paragraph began with.
   */
  private madeSince(topic: EntityCandidate | undefined, pos: number, want: readonly EntityKind[]): EntityCandidate | undefined {
    if (!want.includes('model')) return undefined;
    for (let i = this.firm.length - 1; i >= 0; i--) {
      const e = this.firm[i];
      if (e.end > pos || e.kind !== 'model') continue;
      if (e.start < this.paragraphStart || (topic && (e.start <= topic.end || e.entityId === topic.entityId))) return undefined;
      return MADE_BEFORE.test(this.text.slice(Math.max(this.paragraphStart, e.start - 8), e.start)) ? e : undefined;
    }
    return undefined;
  }

  /** The last unknown model named before `pos`. */
  private unknownBefore(pos: number): { start: number; end: number; name: string } | undefined {
    for (let i = this.unknowns.length - 1; i >= 0; i--) if (this.unknowns[i].end <= pos) return this.unknowns[i];
    return undefined;
  }

  /** The last entity of the wanted kinds before `pos` in the paragraph, and the last distinct one of its kind before it. */
  private pairBefore(pos: number, want: readonly EntityKind[]): EntityCandidate[] {
    const out: EntityCandidate[] = [];
    for (let i = this.firm.length - 1; i >= 0 && out.length < 2; i--) {
      const e = this.firm[i];
      if (e.end > pos || (out.length ? e.kind !== out[0].kind || e.entityId === out[0].entityId : !want.includes(e.kind))) continue;
      out.push(e);
    }
    return out.length === 2 ? out : [];
  }

  /** 70B模型: a size that names the model of that size the text named (雪山-TC-70B-Instruct). */
  private sizeOfModel(f: FigureForSubject): SubjectDecision | undefined {
    const size = /^\d+(?:\.\d+)?[BM]$/.exec(this.text.slice(f.start, f.end));
    return size && /^\s?(?:模型|版本|版)/.test(this.text.slice(f.end, f.end + 3)) ? this.modelOfSize(size[0], f.start) : undefined;
  }

  /** 这个4050亿参数的模型: a reference that says the model's size is the model named with that size (Llama 3.1 405B). */
  private sizedReference(f: FigureForSubject, cue: string): SubjectDecision | undefined {
    if (!f.parameters || !cue.includes(this.text.slice(f.start, f.end))) return undefined;
    const sized = this.modelOfSize(sizeWritten(f.parameters), f.start);
    return sized && { ...sized, why: `coreference ${cue}` };
  }

  /** 70B模型動用512張H100: the model of the size named last in `before` (雪山-TC-70B-Instruct). */
  private sizeVariantIn(before: string, pos: number): { decision: SubjectDecision; at: number } | undefined {
    const sized = lastMatch(SIZE_VARIANT, before);
    const decision = sized ? this.modelOfSize(sized[1], pos) : undefined;
    return decision ? { decision, at: sized!.index } : undefined;
  }

  /** The last model before `pos` whose name holds the size (-70B-), else the one model of that size named later. */
  private modelOfSize(written: string, pos: number): SubjectDecision | undefined {
    const size = new RegExp(`(^|[-_ .])${written.replace('.', '\\.')}([-_ .]|$)`, 'i');
    for (let i = this.firm.length - 1; i >= 0; i--) {
      const e = this.firm[i];
      if (e.end <= pos && e.kind === 'model' && size.test(e.canonical)) return { entity: e, why: `variant ${written}` };
    }
    // (a release that gives its sizes before their full names: the one model of that size it names later)
    const later = this.firm.filter((e) => e.start > pos && e.kind === 'model' && size.test(e.canonical));
    return later.length && later.every((e) => e.entityId === later[0].entityId) ? { entity: later[0], why: `variant ${written}` } : undefined;
  }

  /**
   * A variant named without its family (Air版, Turbo版, 4.5 Turbo): the last model before `pos` whose name ends with
   * it; 标准版 after a variant: the model the variant is named after (Qwen3-Max of Qwen3-Max-Thinking).
   */
  private variantIn(before: string, pos: number): SubjectDecision | undefined {
    let m = lastMatch(VARIANT_REFERENCE, before);
    // a variant word alone is one only before 版 (Air版); with a version it names one (4.5 Turbo)
    if (m && !(m[2] || /\d/.test(m[1]))) m = undefined;
    const plain = lastMatch(PLAIN_VARIANT, before);
    const sized = m ? undefined : this.sizeVariantIn(before, pos);
    if (sized && (!plain || plain.index < sized.at)) return sized.decision;
    if (m && (!plain || plain.index < m.index)) {
      const word = m[1].trim();
      const ends = new RegExp(`(^|[-_ .])${word.replace(/[.]/g, '\\.').replace(/[ -]/g, '[ -]?')}$`, 'i');
      for (let i = this.firm.length - 1; i >= 0; i--) {
        const e = this.firm[i];
        if (e.end <= pos && e.kind === 'model' && ends.test(e.canonical)) return { entity: e, why: `variant ${word}` };
      }
      // a bare version the knowledge base lacks is left alone; a variant word before 版 waits for the document
      return m[2] ? { why: `variant ${word}`, pending: { kind: 'variant', word } } : undefined;
    }
    if (!plain) return undefined;
    for (let i = this.firm.length - 1; i >= 0; i--) {
      const v = this.firm[i];
      if (v.end > pos || v.kind !== 'model') continue;
      const base = this.firm.find((e) => e.kind === 'model' && e.end <= pos && e.canonical.length < v.canonical.length && v.canonical.startsWith(e.canonical) && /^[-_ .]/.test(v.canonical.slice(e.canonical.length)));
      if (base) return { entity: base, why: `variant ${plain[1]}` };
    }
    return undefined;
  }

  /** The roles the entities of a sentence play (investor, base, place …). */
  rolesIn(sentence: Range, inSentence: readonly EntityCandidate[]): ReadonlyMap<EntityCandidate, Role> {
    return this.roles(sentence, inSentence);
  }

  private roles(sentence: Range, inSentence: readonly EntityCandidate[]): Map<EntityCandidate, Role> {
    const text = this.text;
    const roles = new Map<EntityCandidate, Role>();
    const role = (e: EntityCandidate) => {
      let r = roles.get(e);
      if (!r) roles.set(e, (r = {}));
      return r;
    };
    const body = text.slice(sentence.start, sentence.end);
    if (body.includes('《')) for (const m of body.matchAll(/《[^》]{1,60}》/g)) {
      const s = sentence.start + m.index!, e = s + m[0].length;
      for (const x of inSentence) if (x.start >= s && x.end <= e) role(x).titled = true;
    }
    const invests = /[投股资]|认购|認購/.test(body);
    if (invests) for (const re of INVESTOR_SPANS) {
      re.lastIndex = 0;
      for (const m of body.matchAll(re)) {
        if (re === INVESTOR_CLAUSE && RAISES_IN_CLAUSE.test(m[0])) continue;
        const s = sentence.start + m.index!, e = s + m[0].length;
        for (const x of inSentence) if (x.start >= s && x.end <= e) role(x).investor = true;
      }
    }
    // which kinds of role the sentence can hold at all: most sentences need none of the tests below
    const compares = COMPARISON_HINT.test(body), shares = body.includes('的') && SHARE_HINT.test(body);
    const joins = body.includes('参与') && /融资|轮/.test(body), buys = /收购|并购|买下|吞并|拿下/.test(body);
    const speaks = SPEECH_HINT.test(body);
    for (let i = 0; i < inSentence.length; i++) {
      const e = inSentence[i];
      // 与DeepSeek-V3、Qwen2.5-72B处于同一梯队: every name of a list compared with is a base
      if (compares && !roles.get(e)?.base && WITH_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 14), e.start))) {
        let j = i;
        while (j + 1 < inSentence.length && LIST_JOINER.test(text.slice(inSentence[j].end, inSentence[j + 1].start))) j++;
        const after = text.slice(inSentence[j].end, Math.min(sentence.end, inSentence[j].end + 10));
        if (j > i && COMPARED_AFTER.test(after.replace(/^[^，,。]{0,4}?(?=相比|比较|相较|对比|一样|相当|持平|处于|處於|属于|屬於|同一)/, ''))) for (let k = i; k <= j; k++) role(inSentence[k]).base = true;
      }
      // 总参数量从V3的6,710亿略增为6,850亿: the old thing a change starts from is a base, not what the sentence is about
      if (FROM_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 2), e.start)) && FROM_OWN_VALUE_AFTER.test(text.slice(e.end, Math.min(sentence.end, e.end + 30)))) role(e).base = true;
      // …，前代V3则为14.8万亿: the generation before, named for reference in a clause of its own
      // (an aside set against the sentence's subject, 前代V3则为…, not a clause about it: 上一代Qwen-Max的价格也同步调整)
      if (PREVIOUS_GENERATION_OPENING.test(text.slice(Math.max(sentence.start, e.start - 6), e.start)) && /^\s*(?:则|則|仅|僅|只有|才)/.test(text.slice(e.end, e.end + 3))) role(e).base = true;
      // 价格打到GPT-4o零头, 只要o1的3%: the yardstick a price or a size is brought down to is a base
      if (YARDSTICK_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 4), e.start)) && YARDSTICK_AFTER.test(text.slice(e.end, e.end + 8))) role(e).base = true;
      // 也是继去年4月发布X之后的第二代旗舰: what the news follows is named for reference, no antecedent of 新模型
      if (FOLLOWS_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 16), e.start)) && FOLLOWS_AFTER.test(text.slice(e.end, e.end + 4))) role(e).base = true;
      if (UNTIL_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 3), e.start)) && UNTIL_AFTER.test(text.slice(e.end, e.end + 8))) role(e).base = true;
      // 按Chinchilla的结论，最优模型约为…: a name whose finding or method a figure is worked out by is its basis, not its subject
      if (BASIS_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 3), e.start)) && BASIS_AFTER.test(text.slice(e.end, e.end + 8))) role(e).base = true;
      if (compares || shares || invests || joins || buys || speaks) {
        const head = text.slice(Math.max(sentence.start, e.start - 14), e.start);
        const tail = text.slice(e.end, Math.min(sentence.end, e.end + 8));
        if (compares && (COMPARED_BEFORE.test(head) || COMPARED_RANKED_BEFORE.test(head) || COMPARED_GENERATION_BEFORE.test(head) || COMPARED_MODIFIED_BEFORE.test(head) || (WITH_BEFORE.test(head) && (COMPARED_AFTER.test(tail.replace(/^[^，,。]{0,6}?(?=相比|比较|相较|对比|一样|相当|持平)/, '')) ||
          VALUE_THEN_GAP.test(text.slice(e.end, Math.min(sentence.end, e.end + 16))))))) role(e).base = true;
        // 与英伟达DGX H200相比: 与 opens the chain this name ends
        else if (compares && i > 0 && roles.get(inSentence[i - 1])?.modifier && COMPARED_AFTER.test(tail)) {
          let k = i;
          while (k > 0 && roles.get(inSentence[k - 1])?.modifier) k--;
          if (WITH_BEFORE.test(text.slice(Math.max(sentence.start, inSentence[k].start - 14), inSentence[k].start))) role(e).base = true;
        }
        // 超过了阿里云通义千问Qwen2.5-72B: the name its maker or family qualify is the base the verb before them names
        else if (compares && i > 0 && qualifiedCompared(text, sentence.start, qualifiedStart(text, inSentence, i))) role(e).base = true;
        // 略高于GPT-4o的87.2和DeepSeek-V3的88.5: the next name of a list of bases, each with its value
        else if (compares && i > 0 && roles.get(inSentence[i - 1])?.base && BASE_VALUE_LISTED.test(head)) role(e).base = true;
        // (after a share only when a base came before it: not Claude的召回率为99.6%，Kimi的召回率…, two measures side by side)
        else if (shares && (BASE_OF_MULTIPLE_BEFORE.test(head) || (AFTER_SHARE.test(head) && inSentence.some((x, k) => k < i && roles.get(x)?.base)))) {
          // the share may follow the chain this name opens (相当于英伟达A100的八成)
          const n = inSentence[i + 1], end = n && n.start >= e.end && n.start - e.end <= 1 ? n.end : e.end;
          if (SHARE_AFTER.test(text.slice(end, Math.min(sentence.end, end + 14)))) role(e).base = true;
        }
        if (invests || joins) {
          // 腾讯参与了月之暗面新一轮的融资: the one joining invests, the one named after 参与 raises
          if (joins && JOINS_AFTER.test(tail) && ROUND_AHEAD.test(text.slice(e.end, sentence.end).split(/[，,。；;]/)[0])) role(e).investor = true;
          if (joins && JOINS_BEFORE.test(head) && ROUND_AHEAD.test(text.slice(e.end, sentence.end).split(/[，,。；;]/)[0])) { role(e).raiser = true; role(e).investor = false; }
          // (投入10亿元 in a sentence that raises no money, 百度将投入10亿元设立生态基金, is the company's own spending)
          const invested = INVESTOR_AFTER.exec(text.slice(e.end, Math.min(sentence.end, e.end + 20)));
          if (invested && (INVESTING_VERB.test(invested[0]) || RAISING_WORDS.test(text.slice(Math.max(0, Math.min(this.paragraphStart, sentence.start)), sentence.end)))) role(e).investor = true;
          if (HOLDER_AFTER.test(tail)) role(e).holder = true;
          if (RAISER_BEFORE.test(head) && RAISER_AFTER.test(text.slice(e.end, Math.min(sentence.end, e.end + 22)))) {
            role(e).raiser = true;
            role(e).investor = false;
            for (const o of inSentence) if (o.end <= e.start && e.start - o.end <= 8) role(o).investor = true;
          }
        }
        if (buys && (ACQUIRED_BEFORE.test(head) || (ACQUIRED_AFTER.test(tail) && /收购|并购|买下/.test(text.slice(e.end, sentence.end))))) role(e).acquired = true;
        // a company announcing its own results (百度公布第三季度财报) is what they are about, not a source
        // (an officer and the occasion may stand between: NVIDIA執行長黃仁勳日前來台時提到)
        if (speaks) {
          const said = text.slice(e.end, Math.min(sentence.end, e.end + SPEAKER_REACH));
          if ((SPEAKER_AFTER.test(said) || SPEAKER_BEFORE.test(head)) && !OWN_RESULTS_AFTER.test(said)) role(e).speaker = true;
        }
        // 中国信通院发布的《…报告》显示: a publisher of a study is its source, never what the study measures
        // (not a model's own report: DeepSeek-V3的官方技术报告显示 speaks of that model)
        if (speaks && e.kind !== 'model' && PUBLISHED_AFTER.test(text.slice(e.end, Math.min(sentence.end, e.end + 60)))) { role(e).speaker = true; role(e).publisher = true; }
        // 据Hugging Face平台数据，…: whose data a sentence cites is its source too
        if (SPEAKER_BEFORE.test(head) && DATA_OF_SOURCE.test(tail)) { role(e).speaker = true; role(e).publisher = true; }
        // 中国信通院测算，2023年我国数据中心耗电量…: who works a statistic out is its source (a company forecasting its own, 华为预计, is not)
        if (ESTIMATED_AFTER.test(tail)) { role(e).speaker = true; role(e).publisher = true; }
        // （彭博）-- Anthropic周二宣布…, (Reuters) - : a wire's dateline names the agency that sends the story, not what it is about
        if (WIRE_DATELINE_BEFORE.test(text.slice(Math.max(0, e.start - 3), e.start)) && WIRE_DATELINE_AFTER.test(text.slice(e.end, e.end + 24))) { role(e).speaker = true; role(e).publisher = true; }
      }
      const n = inSentence[i + 1];
      // (a stock code in brackets after the modifier is no part of the linker's reach: 緯創（3231）旗下伺服器廠緯穎)
      if (n && n.start >= e.end && n.start - e.end <= 10 + (STOCK_CODE_AFTER.exec(text.slice(e.end, n.start))?.[0].length ?? 0)) {
        const between = text.slice(e.end, n.start);
        // (a bracket narrows a company to its model or product, 字节跳动（豆包）; after a model or a product it names
        // what that one runs on or who makes it, Cursor（Claude 3.7 Sonnet）, 豆包（字节跳动）: the first stays the head)
        const bracket = /^\s*[(（]\s*$/.test(between);
        if (CHAIN_LINKER.test(between) && (!bracket || (e.kind === 'vendor' && n.kind !== 'vendor'))) { role(e).modifier = true; role(e).linker = between; }
        if (CAUSES_BETWEEN.test(between)) role(e).causer = true;
        // Copilot（GPT-5 mini）, Cursor + Claude Sonnet 4.5: the model a tool or an app runs on, named with it
        if (e.kind === 'product' && n.kind === 'model' && !this.hardware(e.entityId) &&
          (bracket ? BRACKET_CLOSES.test(text.slice(n.end, n.end + 8)) : /^\s*[+＋]\s*$/.test(between))) role(n).runsOn = true;
      }
    }
    // 没有跟月之暗面、MiniMax等公司一样…: names given as examples of a class are no antecedent of a later 公司
    // (which speaks of one company); what their own sentence says of them is decided as before
    for (let i = 0; i < inSentence.length; i++) if (exampleOfClass(text, inSentence, i)) this.sidelined.add(inSentence[i]);
    // (nor a company held up as a model, 做下一个OpenAI, 成为中国的英伟达: the text speaks of another one)
    for (const e of inSentence) if (this.heldUp(e)) this.sidelined.add(e);
    for (let i = 0; i < inSentence.length; i++) {
      const e = inSentence[i];
      const head = text.slice(Math.max(sentence.start, e.start - 6), e.start);
      const tail = text.slice(e.end, Math.min(sentence.end, e.end + 8));
      // (采用台积电6纳米制程: the foundry whose process a chip is made in is not what the chip's figures are about)
      if (BUILT_ON_BEFORE.test(head) || (BUILT_ON_WITH.test(head) && (BUILT_ON_FRAME.test(tail) || FOUNDRY_PROCESS_AFTER.test(tail)))) role(e).base = true;
      if (e.kind === 'model' && BUILT_ON_BEFORE.test(head) && BUILT_SYSTEM_AFTER.test(text.slice(e.end, sentence.end))) role(e).builtOn = true;
      // 在Qwen2.5-72B基础上继续预训练: what the training starts from is a base too
      if (/在\s*$/.test(head) && ON_TOP_OF_AFTER.test(tail)) role(e).base = true;
      // 通义千问GPT-4级主力模型Qwen-Long, 對標GPT-4o等級: a model named as a class of level measures nothing itself
      if (CLASS_OF_LEVEL_AFTER.test(tail)) role(e).base = true;
      // 价格（火山引擎）：…: the platform a price label names in brackets is where the thing is sold, not what is priced
      if (PRICE_LABEL_OPEN.test(head) && /^\s*[)）]/.test(tail) && e.kind !== 'model') role(e).place = true;
      // 它对GPT-4o的胜率达到62.5%: the opponent of a win rate is whom it is measured against
      if (AGAINST_BEFORE.test(head) && WIN_RATE_AFTER.test(tail)) role(e).base = true;
      // (a model an app runs on is what the app's own measures are not about; its context window is its own)
      if (RUNS_ON_BEFORE.test(head) && e.kind === 'model') role(e).runsOn = true;
      // (and the models listed after it: 可以用Claude Opus 4、o3等)
      else if (e.kind === 'model' && i > 0 && roles.get(inSentence[i - 1])?.runsOn && /^\s*[、和与與及]\s*$/.test(text.slice(inSentence[i - 1].end, e.start))) role(e).runsOn = true;
      // **Qwen2.5-72B-Instruct**：阿里通义千问系列的旗舰开源模型: the family of a model named before it, said as the class
      // that model belongs to, is no subject of the model's figures
      if (e.kind === 'model' && FAMILY_CLASS_AFTER.test(tail) && inSentence.some((o) => o.end <= e.start && o.kind === 'model' && this.familyOf(o.entityId) === e.entityId)) role(e).base = true;
      // 部署用的是 vLLM, 框架用的 LLaMA-Factory: software a model is served or trained with is a tool, not what is measured
      if (e.kind === 'product' && !this.hardware(e.entityId) && TOOL_USED_BEFORE.test(head)) role(e).tool = true;
      // (a framework is one wherever it stands, but where the sentence measures it: vLLM 0.6的吞吐, SGLang比vLLM快)
      // (nor where a list item is labelled with it, as a comparison of engines lists them: - vLLM：吞吐 286 tokens/s)
      // (and with no model in the sentence, named or spoken of, it serves none: 低延迟 + 高吞吐兼顾：SGLang，…命中率能到60%;
      // but 借助vLLM推理加速，模型支持32K上下文)
      else if (e.kind === 'product' && this.software(e.entityId) && !FRAMEWORK_MEASURED_AFTER.test(tail) &&
        (inSentence.some((o) => o.kind === 'model') || text.slice(sentence.start, sentence.end).includes('模型')) &&
        !(ITEM_LABEL_BEFORE.test(text.slice(Math.max(0, e.start - 8), e.start)) && ITEM_LABEL_AFTER.test(text.slice(e.end, e.end + 24))) &&
        // (or answers an item's label: - 追求极致吞吐：TensorRT-LLM，…峰值吞吐3142 tokens/s)
        !(ITEM_ANSWER_BEFORE.test(text.slice(Math.max(0, e.start - 24), e.start)) && /^\s*[，,；;]/.test(text.slice(e.end, e.end + 3)))) role(e).tool = true;
      // 以Meta的Llama 3.1为基础, 以阿里云的通义千问Qwen2.5为基座: the frame opens before the chain's first modifier
      let first = i;
      while (first > 0 && roles.get(inSentence[first - 1])?.modifier) first--;
      const m = first < i ? inSentence[first] : undefined;
      if (m && BUILT_ON_FRAME.test(tail) && BUILT_ON_WITH.test(text.slice(Math.max(sentence.start, m.start - 6), m.start))) role(e).base = true;
      // (基座是通义千问开源的Qwen2.5-72B: and a base word before the chain's modifier)
      if (m && BASE_IS_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 6), m.start))) role(e).base = true;
      // 在骁龙8 Gen 3上: a version written after the name stands between it and 上
      if ((PLACE_BEFORE.test(head) && PLACE_AFTER.test(tail.replace(VERSION_TAIL, ''))) || SCHOOL_BEFORE.test(head) || TARGET_BEFORE.test(head)) role(e).place = true;
      // 在華碩旗下台智雲的雲端上: the head of a chain a place ends (the whole chain is the place)
      else if (m && PLACE_AFTER.test(tail.replace(VERSION_TAIL, ''))) {
        if (PLACE_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 14), m.start))) for (let j = first; j <= i; j++) role(inSentence[j]).place = true;
      }
      // 在魔搭和Hugging Face上: the first of two places named together is a place too
      else if (PLACE_BEFORE.test(head) && inSentence[i + 1] && /^\s*(?:和|与|與|及|、)\s*$/.test(text.slice(e.end, inSentence[i + 1].start)) &&
        PLACE_AFTER.test(text.slice(inSentence[i + 1].end, Math.min(sentence.end, inSentence[i + 1].end + 8)).replace(VERSION_TAIL, ''))) role(e).place = true;
      // 京东渠道销量, 天猫旗舰店的销售额: a shop a product is sold through, once something else was named before it
      if (i > 0 && e.kind === 'vendor' && SALES_CHANNEL_AFTER.test(tail)) role(e).place = true;
      // 核心成员来自华为、大疆, 曾任大疆机器人事业部负责人: where people came from is not what the sentence measures
      // (由OpenAI前员工创立: 前 after the name too, the founders the agent of 由; X前员工创立的Y is a chain, its head Y)
      if (ORIGIN_BEFORE.test(head) || (FORMER_BEFORE.test(head) && OFFICER_TITLE_AFTER.test(tail)) || (/由\s*$/.test(head) && FORMER_STAFF_AFTER.test(tail))) role(e).place = true;
      // 由前百度文心一言产品负责人创立: every name in a former officer's description is where the person came from
      else if (FORMER_OF_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 10), e.start)) && FORMER_TITLE_AFTER.test(text.slice(e.end, Math.min(sentence.end, e.end + 14)))) role(e).place = true;
      // 搭载骁龙8 Gen 3的手机: the chip a device carries is a part of it, not what the device's figures are about
      if (COMPONENT_BEFORE.test(head) && COMPONENT_OF_AFTER.test(text.slice(e.end, Math.min(sentence.end, e.end + 12)))) role(e).place = true;
      // (and the company whose part a product adopts is its supplier: 改用英伟达Orin芯片方案，BOM成本较上一代下降70%)
      if (e.kind === 'vendor' && ADOPTED_BEFORE.test(head) && SUPPLIED_PART_AFTER.test(text.slice(e.end, Math.min(sentence.end, e.end + 16)))) role(e).place = true;
      // GitHub上已经有1.2万星, Hugging Face上的下载量: the site a thing is counted on, with no 在 before it
      if (e.kind !== 'model' && HOSTED_ON_AFTER.test(text.slice(e.end, Math.min(sentence.end, e.end + 14)))) role(e).place = true;
      // 单卡推理DeepSeek-R1时: the model a chip runs is its workload, not what the chip's figures are about
      if (WORKLOAD_BEFORE.test(head) && WORKLOAD_AFTER.test(tail.replace(VERSION_TAIL, ''))) role(e).place = true;
      if (FOR_WORKLOAD_BEFORE.test(head) && FOR_WORKLOAD_AFTER.test(text.slice(e.end, Math.min(sentence.end, e.end + 16)))) role(e).place = true;
      // (but a model trained with it is what a training figure is about: 用于训练下一代模型“澜思-3”，预计训练成本…)
      const purpose = PURPOSE_BEFORE.exec(text.slice(Math.max(sentence.start, e.start - 12), e.start));
      if (purpose && !(e.kind === 'model' && /^用于[^，,。；;：:]{0,3}训练/.test(purpose[0]))) role(e).place = true;
      if (PARTNER_BEFORE.test(head) && PARTNER_AFTER.test(tail)) role(e).partner = true;
      // 第一大客户为华为云，公司向其销售…: a customer named is whom the company sells to, not what its figures are about
      if (CUSTOMER_BEFORE.test(head)) role(e).partner = true;
      // 用vLLM跑Qwen2.5-72B: the tool a model is run with is where its figures are measured, not what they are about
      if (TOOL_BEFORE.test(head) && TOOL_AFTER.test(tail.replace(VERSION_TAIL, ''))) role(e).place = true;
      // 用DeepSpeed ZeRO-3，吞吐…: software used, its clause ending at it, is the instrument, not what is measured
      if (e.kind === 'product' && TOOL_BEFORE.test(head) && !this.isHardware(e) && TOOL_CLAUSE_END.test(tail)) role(e).place = true;
      // 在高通骁龙8 Gen 3上: the place opens before the chain's modifier
      // (在机器人本体搭载的英伟达Jetson Thor上以每秒30帧运行: a place described before its name, and its maker with it)
      const before = inSentence[i - 1];
      const opensPlace = (at: number) => PLACE_BEFORE.test(text.slice(Math.max(sentence.start, at - 6), at)) || PLACE_DESCRIBED_BEFORE.test(text.slice(Math.max(sentence.start, at - 16), at));
      if (before && roles.get(before)?.modifier && opensPlace(before.start) && PLACE_AFTER.test(tail.replace(VERSION_TAIL, ''))) {
        role(e).place = true;
        role(before).place = true;
      } else if (!roles.get(e)?.place && PLACE_DESCRIBED_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 16), e.start)) && PLACE_AFTER.test(tail.replace(VERSION_TAIL, ''))) role(e).place = true;
      if (LAUNCHED_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 16), e.start))) role(e).launched = true;
      // 从Qwen2的7万亿扩大到18万亿: the old thing a change starts from is a base
      if (/(从|由)\s*$/.test(head) && /^\s*的[^，,。；;]{0,20}?(到|至)/.test(text.slice(e.end, sentence.end))) role(e).base = true;
      // 由上一代X的32K扩展至128K: the predecessor a change starts from
      if (FROM_GENERATION_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 10), e.start))) role(e).base = true;
      // 作为对比，X发布时的定价是16元: still what its own clause is about, but no antecedent for a later 新模型
      if (REFERENCE_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 8), e.start))) role(e).reference = true;
      // 从GPT-3时代过来的人: a name that names an era is a time, not what the sentence measures
      if (ERA_AFTER.test(tail)) role(e).place = true;
      // 如果说X开了头，那么Y…: the supposition's name is a foil to the main clause's
      if (SUPPOSITION_OPENING.test(text.slice(sentence.start, e.start)) && inSentence.some((o) => o.start > e.end && MAIN_AFTER_SUPPOSITION.test(text.slice(e.end, o.start)))) role(e).reference = true;
      // 从CUDA迁移到昇腾: what one moves away from is a base; where one moves to is what the figures are about
      if (/从\s*$/.test(head) && MOVED_AWAY.test(tail)) role(e).base = true;
    }
    // a chain is a base or a place as a whole (相当于英伟达A100的八成, 基于Meta的Llama 3.1)
    for (let pass = 0; pass < 2; pass++) {
      for (let i = inSentence.length - 2; i >= 0; i--) {
        const m = roles.get(inSentence[i]), h = roles.get(inSentence[i + 1]);
        if (!m?.modifier) continue;
        // (基于昇腾950的Atlas 950超节点: what is built on a product is not a base itself; only an owner's chain is one)
        if (h?.base || (m.base && inSentence[i].kind === 'vendor')) { m.base = true; role(inSentence[i + 1]).base = true; }
        if (h?.place || m.place) { m.place = true; role(inSentence[i + 1]).place = true; }
      }
    }
    // 仅次于华为昇腾与英伟达: a name joined to a base is compared with too
    for (let i = 0; i + 1 < inSentence.length; i++) {
      if (roles.get(inSentence[i])?.base && !roles.get(inSentence[i + 1])?.base && LIST_JOINER.test(text.slice(inSentence[i].end, inSentence[i + 1].start))) role(inSentence[i + 1]).base = true;
    }
    // 包括昇腾910C在内的出货目标: one member of a total, not what the total is about
    if (body.includes('在内')) for (const m of body.matchAll(/包括([^，,。；;]{1,30}?)在内/g)) {
      const s = sentence.start + m.index!, e = s + m[0].length;
      for (const x of inSentence) if (x.start >= s && x.end <= e) role(x).member = true;
    }
    // 首批包括阿里云、天翼云等11家, （如昇腾910C）: examples of a group or a kind, not what the sentence is about
    if (body.includes('包括') || body.includes('包含') || body.includes('如') || body.includes('等')) for (const re of EXAMPLE_SPANS) for (const m of body.matchAll(re)) {
      const s = sentence.start + m.index!, e = s + m[0].length;
      for (const x of inSentence) if (x.start >= s && x.end <= e) role(x).member = true;
    }
    // 受惠于英伟达等客户的需求: a cause and the examples of a group of customers, not what the sentence is about
    if (CAUSE_HINT.test(body)) for (const m of body.matchAll(CAUSE_CLAUSE)) {
      // (a cause that states a figure is a claim of its own: 由于X的训练成本只有557万美元)
      // (digits in a name, GB300, are no figure)
      if (!m[0].startsWith('受') && !m[0].startsWith('得') && /(?<![A-Za-z0-9.\-])[\d０-９]/.test(m[0])) continue;
      const s = sentence.start + m.index!, e = s + m[0].length;
      for (const x of inSentence) if (x.start >= s && x.end <= e) role(x).member = true;
    }
    if (body.includes('等')) for (const m of body.matchAll(GROUP_AFTER_EXAMPLES)) {
      const at = sentence.start + m.index!;
      for (let k = inSentence.findIndex((e) => e.end === at); k >= 0; k--) {
        role(inSentence[k]).member = true;
        // (the maker before a member's name is one with it: 华为昇腾、寒武纪等国产芯片)
        if (k > 0 && roles.get(inSentence[k - 1])?.modifier) { role(inSentence[k - 1]).member = true; k--; }
        if (k === 0 || !/^\s*[、,，和及与]\s*$/.test(text.slice(inSentence[k - 1].end, inSentence[k].start))) break;
      }
    }
    // 百度、智谱、小米等30余家企业, 微信、QQ浏览器等超过700个场景: the members of a group that is counted
    if (body.includes('等')) for (const m of body.matchAll(/等\s*(?=(?:超过|超過|逾|近|约|約|共|合计|合計)?\s*(?:\d|[一二三四五六七八九十百千万两几数多]+[余多]?[家款个個名位种種类類项項所]))/g)) {
      const at = sentence.start + m.index!;
      let k = inSentence.findIndex((e) => e.end === at);
      while (k >= 0) {
        role(inSentence[k]).member = true;
        // (the maker before a member's name is one with it: 华为昇腾、寒武纪等8种芯片)
        if (k > 0 && roles.get(inSentence[k - 1])?.modifier) role(inSentence[k - 1]).member = true;
        if (k > 0 && roles.get(inSentence[k - 1])?.modifier && k > 1) k--;
        if (k === 0 || !/^\s*[、,，和及与]\s*$/.test(text.slice(inSentence[k - 1].end, inSentence[k].start))) break;
        k--;
      }
    }
    // 针对天玑9300和高通的NPU: what is listed with a place or a target is one too
    for (let i = 1; i < inSentence.length; i++) {
      const p = inSentence[i - 1], e = inSentence[i];
      // (names the knowledge base does not know may stand between: 来自华为、大疆、腾讯)
      if (roles.get(p)?.place && !roles.get(e)?.place && (ENUM_AFTER.test(text.slice(p.end, e.start)) || LISTED_BETWEEN.test(text.slice(p.end, e.start)))) role(e).place = true;
    }
    // 红杉、腾讯和阿里领投: everyone listed before an investor invests too
    for (let i = inSentence.length - 2; i >= 0; i--) {
      const e = inSentence[i], n = inSentence[i + 1];
      // (a name may run on past what the knowledge base knows of it: 联想创投、智谱跟投)
      if (roles.get(n)?.holder && ENUM_AFTER.test(text.slice(e.end, n.start))) role(e).holder = true;
      if (roles.get(n)?.investor && ENUM_AFTER.test(text.slice(e.end, n.start).replace(/^(创投|資本|资本|基金|投资|投資|创新|創新|集团|集團)/, ''))) role(e).investor = true;
    }
    return roles;
  }

  /** "A、B和C分别为1、2、3": the figures after 分别 belong to the entities before it, in order. */
  private respectively(sentence: Range, inSentence: readonly EntityCandidate[], roles: Map<EntityCandidate, Role>, figures: readonly FigureForSubject[]): RespectiveSubject[] | undefined {
    const body = this.text.slice(sentence.start, sentence.end);
    // (a sentence may list its names after one 分别 and their values after another, the last one that maps:
    // 前三名分别为豆包、DeepSeek和Kimi，月活分别为7861万、3370万和2101万)
    const pivots = [...body.matchAll(/分[别別]/g)].map((m) => m.index!);
    for (let k = pivots.length - 1; k >= 0; k--) {
      const mapped = this.respectivelyAt(sentence, body, pivots[k], inSentence, roles, figures);
      if (mapped) return mapped;
    }
    return undefined;
  }

  private respectivelyAt(sentence: Range, body: string, at: number, inSentence: readonly EntityCandidate[], roles: Map<EntityCandidate, Role>, figures: readonly FigureForSubject[]): RespectiveSubject[] | undefined {
    const pivot = sentence.start + at;
    // (the names after the last figure before 分别: X以46.4%位居第一，A和B份额分别为19.7%和9.2%)
    const since = figures.reduce((m, f) => (f.end <= pivot ? Math.max(m, f.end) : m), sentence.start);
    const named: EntityCandidate[] = [];
    for (const e of inSentence) {
      const r = roles.get(e);
      if (e.end > pivot || e.start < since || r?.modifier || r?.base || r?.investor || r?.speaker) continue;
      if (!named.some((x) => x.entityId === e.entityId)) named.push(e);
    }
    let after = figures.map((f, i) => ({ f, i })).filter(({ f }) => f.start >= pivot);
    // (the figures of the list after 分别, not those of a later clause: …分别为89.2、88.7和87.5分，均高于GPT-4o的86.3分)
    const cut = this.text.slice(pivot, sentence.end).search(/[，,；;：:]/);
    const listed = cut < 0 ? after : after.filter(({ f }) => f.start < pivot + cut);
    if (listed.length !== after.length && listed.length === named.length) after = listed;
    // 在MATH-500上，两者的得分分别为97.3%和96.4%: 两者 names the last two named before it
    const both = /(两者|兩者|二者|两家|兩家|两款|兩款|三者|三家|三款)[^，,。；;]{0,10}$/.exec(body.slice(0, at));
    if (named.length < 2 && both) {
      const n = /[两兩二]/.test(both[1]) ? 2 : 3;
      // (of the paragraph so far: a semicolon may stand between, …略高于o1的79.2%；在MATH-500上，两者…)
      const before: EntityCandidate[] = [];
      for (const e of this.firm) {
        const r = roles.get(e);
        if (e.start >= this.paragraphStart && e.end <= sentence.start + both.index && !r?.modifier && !r?.investor && !r?.speaker && !before.some((x) => x.entityId === e.entityId)) before.push(e);
      }
      if (before.length >= n) named.splice(0, named.length, ...before.slice(-n));
      // (or, when the paragraph names fewer, the last list of as many the document wrote before: a title's 通义灵码 vs 豆包MarsCode
      // vs Copilot, a table's header row)
      else if (!named.length && after.length === n) {
        const out: RespectiveSubject[] = figures.map(() => undefined);
        after.forEach(({ i }, k) => { out[i] = { why: `respectively ${both[1]}`, pending: { kind: 'listed', n, k } }; });
        return out;
      }
    }
    // (组装H20服务器的鸿海、广达与纬创分别…: the list of names right before 分别, when others stand before it)
    if (named.length > after.length) named.splice(0, named.length - listRunLength(this.text, named));
    if (named.length < 2 || after.length !== named.length) return undefined;
    // (输入、输出价格分别为…: the list is of facets, not of the names before it, OpenAI在…发布GPT-4o时)
    if (FACETS_LISTED.test(this.text.slice(named.at(-1)!.end, pivot))) return undefined;
    const out: Array<EntityCandidate | undefined> = figures.map(() => undefined);
    after.forEach(({ i }, k) => { out[i] = named[k]; });
    // (and a later clause's values joined as a list of as many: …输出分别60元、50元，窗口却只有8K/32K)
    const rest = cut < 0 ? [] : figures.map((f, i) => ({ f, i })).filter(({ f }) => f.start >= pivot + cut && out[figures.indexOf(f)] === undefined);
    for (let k = 0; k + named.length <= rest.length; k++) {
      const run = rest.slice(k, k + named.length);
      const joined = run.every(({ f }, j) => j === 0 || VALUES_JOINED.test(this.text.slice(run[j - 1].f.end, f.start)));
      const alone = (k === 0 || !VALUES_JOINED.test(this.text.slice(rest[k - 1].f.end, run[0].f.start))) &&
        (k + named.length === rest.length || !VALUES_JOINED.test(this.text.slice(run[run.length - 1].f.end, rest[k + named.length].f.start)));
      if (joined && alone) { run.forEach(({ i }, j) => { out[i] = named[j]; }); k += named.length - 1; }
    }
    return out;
  }
}
/** Between two values of one list: a slash, 、 or 和. */
const VALUES_JOINED = /^\s*(?:[/／、]|和|与|與|及)\s*$/;

/** Two or more facets listed before 分别 (输入、输出价格, 输入和输出, 训练和推理): what the values are of, one thing's. */
const FACETS_LISTED = /(?:输入|輸入|input)\s*(?:[、和及与與/／]|以及)\s*(?:输出|輸出|output)|(?:训练|訓練)\s*(?:[、和及与與/／])\s*(?:推理)|(?:上行|下行)\s*[、和及与與/／]\s*(?:下行|上行)/i;

/** How many of the names, counted from the last, are one list written as such (A、B与C). */
function listRunLength(text: string, names: readonly EntityCandidate[]): number {
  let n = 1;
  while (n < names.length && LIST_JOINER.test(text.slice(names[names.length - n - 1].end, names[names.length - n].start))) n++;
  return n;
}

/** A text without the words that open it and are no subject of it (据悉，今年前三季度…). */
function withoutOpeners(text: string): string {
  // (a paragraph indented with full-width spaces, as Hong Kong and Taiwan pages write it, opens where its words do)
  text = text.trimStart();
  for (let m; (m = OPENERS.exec(text)) && m[0].length; ) text = text.slice(m[0].length);
  return text;
}

/** …、MiniMax等国内厂商: members that exemplify a kind of company. */
const COMPANIES_EXEMPLIFIED = /^\s*等[^，,。；;]{0,6}(厂商|廠商|公司|企业|企業|玩家|巨头|巨頭|大厂|大廠|厂家|廠家|创企|創企)/;

/** A version not yet released, said to come (下一个版本将…, 下一代有望…; not 下一代基础模型的研发). */
const NEXT_VERSION = /(下一(个|個)?(版本|代|版)|下(个|個)版本)(模型|产品|產品)?(将|將|会|會|预计|預計|计划|計劃|有望|可能|或将|或將|要|则|則)/;

/** The generic opening of the bracketed aside a figure stands in, if it stands in one (…（据称现场来了30多款…). */
function genericAside(before: string): string | undefined {
  const bracket = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
  if (bracket < 0 || /[)）]/.test(before.slice(bracket))) return undefined;
  const inner = withoutOpeners(before.slice(bracket + 1).replace(/^\s*(p\.?s\.?|注)[:：.]?\s*/i, ''));
  return (GENERIC_START.exec(inner) ?? GENERIC_PHRASE.exec(inner))?.[0];
}

/** A base's own level in brackets right after it, or after the machine it names (H200服务器（约260万元）). */
const BRACKET_AFTER = /^\s*(?:服务器|伺服器|整机|整機|机型|機型|版本)?\s*[（(]\s*$/;

const SYSTEM_NAME = /(超节点|超節點|集群|叢集|服务器|伺服器|一体机|一體機|机柜|機櫃|整机|整機|SuperPoD|SuperCluster|POD|NVL\d{2,3})$/i;
const SYSTEM_AFTER = /^\s*[\u4e00-\u9fff]{0,4}?(超节点|超節點|集群|叢集|服务器|伺服器|一体机|一體機|机柜|機櫃|整机|整機)/;
/** What a system built or released has of its own (its compute, price, speed-up, units), not its maker's business figures. */
const SYSTEM_ATTRIBUTES = new Set<Attribute>(['compute', 'count', 'price', 'speedup']);

/** Units of a system's own measures (its size, weight, memory, power), not of money spent on it. */
const SYSTEM_UNITS = new Set(['physical', 'bytes', 'flops', 'flopsAmount', 'count', 'bare', 'unknown']);

/** Attributes anything may have: a chip carried from an earlier sentence is their subject only with a unit of its own. */
const LOOSE_ATTRIBUTES = new Set<Attribute>(['other', 'growth', 'market_share', 'accuracy']);
/** Unit classes of a chip's own measures (memory, bandwidth, FLOPS, power, size). */
const MEASURE_CLASSES = new Set(['bytes', 'flops', 'flopsAmount', 'physical', 'unknown']);

/** Attributes a chip or a device can be the subject of: its memory and bandwidth, FLOPS, price, shipments, changes, its developers and users. */
/** A count of the hardware right before its name (8×H20, 8卡H800, 两台): a machine's configuration, not the thing measured. */
const COUNT_OF_CARDS_BEFORE = /(?:[\d０-９]+\s*[×xX*]|[\d０-９一二两兩三四五六七八九十]+\s*(?:张|張|卡|块|塊|台|颗|顆)\s*)\s*$/;
/** What a model does on hardware, said of the hardware when no model is named: how fast, how well. */
const RUN_SPEED = new Set<Attribute>(['latency', 'throughput', 'score']);
const HARDWARE_ATTRIBUTES = new Set<Attribute>(['other', 'price', 'count', 'speedup', 'growth', 'market_share', 'compute', 'accuracy', 'users']);

/** A cause between two names (的走红让, 的爆紅一度讓, 导致): the second name's measure is what changes. */
const CAUSES_BETWEEN = /^[^，,。；;：:、]{0,8}(?:让|讓|使得|使|令|导致|導致|迫使)$/;

/** 单台H20服务器的输出吞吐达到…, H100的推理延迟为…: the machine or chip whose own measure the figure is. */
export const OWN_MEASURE_AFTER = /^\s*(?:服务器|伺服器|整机|整機|芯片|晶片|加速卡|显卡|顯卡)?\s*的[^，,。；;的\d]{0,12}$/;

function measuredOn(text: string, e: EntityCandidate, f: FigureForSubject): boolean {
  return e.end <= f.start && OWN_MEASURE_AFTER.test(text.slice(e.end, f.start));
}

function aboutHardware(f: FigureForSubject): boolean {
  // chips counted (1024块H200, 部署昇腾加速卡1.8万张) are their owner's compute
  // (and so is compute at a scale no chip has: 部署昇腾910B加速卡4096张，FP16算力约1300 PFLOPS)
  // (nor is a price per tokens: what a model's API charges, never a chip's)
  return !f.companyMetric && !f.clusterScale && HARDWARE_ATTRIBUTES.has(f.attribute) && !(f.attribute === 'compute' && (f.unitClass === 'accelerators' || f.unitClass === 'machines')) &&
    !(f.attribute === 'price' && f.perTokens);
}

/** A name without case, spaces and joiners (GPT-2, gpt 2, GPT2 → gpt2). */
function looseKey(name: string): string {
  return name.toLowerCase().replace(/[-_. ]/g, '');
}

/** 级, 等级, 水平 right after a model's name: the name gives a level (GPT-4级模型), not a subject. */
const CLASS_OF_LEVEL_AFTER = /^\s*(?:级|級|等级|等級|水平|水准|水準|量级|量級|同级|同級)(?!别|別)/;

/** Whether a role keeps an entity from being an antecedent of a later reference, in any paragraph. */
function isSidelined(r: Role): boolean {
  return !!(r.investor || r.holder || r.reference || r.publisher || r.base || r.titled || r.place || r.partner || r.member);
}

/** The mentions a sentence makes its paragraph's topic; else the model an unnamed system of it is built on. */
function topicsOf(mentions: readonly EntityCandidate[], roles: ReadonlyMap<EntityCandidate, Role>): EntityCandidate[] {
  const topics = mentions.filter((e) => isTopic(roles.get(e)) && !roles.get(e)?.reference);
  return topics.length ? topics : mentions.filter((e) => roles.get(e)?.builtOn).slice(0, 1);
}

/** An unnamed system made on a model, after it in its sentence (…打造的设备运维助手, …开发的质检系统). */
const BUILT_SYSTEM_AFTER = /^[^，,。；;“「『]{0,6}?(?:打造|开发|開發|研发|研發|构建|構建|搭建|推出)的[^，,。；;“「『]{0,10}?(?:助手|系统|系統|平台|应用|應用|工具|智能体|智能體|机器人|機器人|方案)/;

/** Whether an entity can be what its sentence is about. */
function isTopic(r: Role | undefined): boolean {
  return !r || !(r.modifier || r.speaker || r.base || r.investor || r.titled || r.counted || r.place || r.partner || r.member || r.tool);
}


/**
 * Whether a mention is named as an investor or a shareholder in its sentence (由红杉领投, 美团、腾讯跟投, 获阿里投资,
 * 腾讯持股5%): no antecedent
 * for a later 公司 or 其, whichever paragraph it stands in. `text` is simplified; `sentence` the mention's sentence.
 */
export function namedAsInvestor(text: string, sentence: Range, inSentence: readonly EntityCandidate[], e: EntityCandidate): boolean {
  if (!/[投股资]/.test(text.slice(sentence.start, sentence.end))) return false;
  const reader = new ParagraphSubjects(text, [], () => []);
  const r = reader.rolesIn(sentence, inSentence).get(e);
  return !!(r?.investor || r?.holder);
}
