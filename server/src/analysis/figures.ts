// Numeric claims in one block of normalised text: a numeral (numerals.ts) with its unit or
// measure word (units.ts), comparator, range, rate denominator and tolerance (超过3万亿tokens,
// 10000倍以上, 0.0008元/千tokens, 营收N亿美元±3%). Dates, times, versions, ordinals, rankings,
// stock codes, phone numbers, list numbering and digits inside names are not claims.
import { LABELLED_VALUE_LINE } from './alignedTables.ts';
import { normalize, toSimplified } from './normalize.ts';
import { FULL_STOPS, sentenceText } from './sentences.ts';
import { CN_DIGITS, FINANCIAL_DIGITS } from './numeral-tables.ts';
import { MEASURE_AFTER_FRACTION, periodAt, readNumeral, scanNumerals, tidy, type NumeralToken } from './numerals.ts';
import { cellAt, linesAbove, type CellPlace, type Table } from './structure.ts';
import type { Figure, Qualifier, Rate } from './types.ts';
import { CARD_CLUSTER, CURRENCIES, CURRENCY_SIGNS, LATIN_TIME, matchUnit, STRONG_KINDS, SUBUNITS, type UnitKind } from './units.ts';

export interface FigureCandidate {
  start: number;
  end: number;
  value: number;
  unit: string;
  qualifier: Qualifier;
  range?: [number, number];
  ambiguity?: 'increase-multiple';
  attribute?: string;
  /** The denominator of a rate (0.0008元/千tokens → {value: 1000, unit: 'tokens'}). */
  per?: Rate;
  /** A stated relative tolerance (±3% → 0.03). */
  tolerance?: number;
  /** Where the unit word was written (internal: a name inside it does not cut the figure). */
  unitSpan?: [number, number];
  /** Written as a fraction (三分之一, or a bare 1/4): a share, perhaps of another thing's measure. */
  fraction?: boolean;
}

interface Blocked { start: number; end: number }

/** The digit after 块 in spoken money (４块５): one digit, then no other digit or measure word. */
// (19块9一个月: a period after it is no part of the number)
// (13块5一卡时, 2块5一小时: nor one card-hour or one hour)
const SPOKEN_JIAO = /^([0-9０-９一二三四五六七八九])(?![0-9０-９.．二三四五六七八九十百千万亿个张台块元]|一(?![个個]?(?:[月年天周]|卡|小时|小時)))/;
/** 输出四块, 价格降到了5块: 块 closing a clause that speaks of a price is yuan, said loosely. */
// (and what was spent or billed: 账单大概9000块, 花了300块)
const PRICE_BEFORE_KUAI = /(?:价格|價格|单价|單價|输入|輸入|输出|輸出|卖|賣|售价|售價|收费|收費|会员|會員|订阅|訂閱|月费|月費|年费|年費|要价|要價|降到|降至|涨到|漲到|便宜|账单|帳單|帐单|花了|花费|花費|费用|費用|工资|工資|月薪|年薪|预算|預算|成本|付了|充了|省了|缓存命中|緩存命中)[^，,。；;！？!?\n]{0,8}$/;
/** A count of tokens the amount pays for, right before it (每百万 tokens 2 块, 每千token 0.8块; without 每, ROUND_TOKENS_BEFORE). */
const TOKENS_BEFORE_KUAI = /每\s*(?:[\d.]+\s*)?(?:百万|百萬|千万|千萬|万|萬|千|百|[MK])?\s*(?:个|個)?\s*tokens?\s*(?:要|只要|仅|僅|才|是|收)?\s*$/i;
/** What may close an amount of 块 (a bound after it too: 41块出头, 9000块左右). */
const KUAI_CLOSES = /^[钱錢]?(?=(?:出头|出頭|左右|上下|多)?(?:[，,。；;！？!?、（()）\s]|$))/;
/** The sides of a token price, simplified and traditional (输入, 輸出). */
const PRICE_SIDE = '输入|输出|輸入|輸出';
/** One period (一个月, 每年, 一小时), its unit in a group. */
const ONE_PERIOD = '(?:一|每)[个個]?(月|年|天|周|小时|小時)';
/** …not the start of a count of periods or of a time within them (一个月内, 一年多, 一天后). */
const NOT_A_SPAN_OF_PERIODS = '(?![内內多后後来來之以])';
/** One period right before an amount (一个月六十九块, 每年599块). */
const PERIOD_BEFORE_KUAI = new RegExp(`${ONE_PERIOD}\\s*(?:要|只要|仅|僅|才|是|收|至少|最少|大概|大约|约)?\\s*$`);
/** One thing an amount pays for, said after 一 (一张, 一台, 一卡时, 一度 of electricity, not 一度 "once"). */
const ONE_THING = '[个個]?卡时|[个個]?卡時|张|張|条|條|篇|页|頁|台|颗|顆|片|套|件|度(?=电|電|[，,。；;！!？?\\s）)]|$)|[个個](?=[，,。；;！!？?\\s）)]|$)';
/** 块 (and 多) before one period or one thing: 7块多一小时, 13块一卡时. */
const KUAI_RATE = new RegExp(`^[钱錢]?(多)?(?=\\s*(?:${ONE_PERIOD}${NOT_A_SPAN_OF_PERIODS}|一(?:${ONE_THING})(?![\\dA-Za-z])))`);
/** 块 before a count of tokens (0.8块一百万token, 2块每百万tokens, 1块/百万tokens): a price per tokens in yuan. */
const KUAI_PER_TOKENS = /^[钱錢]?(?=\s*(?:[\/／]|每|一)?\s*(?:[\d.]+\s*)?(?:百万|百萬|千万|千萬|万|萬|千|百|[MK])?\s*(?:个|個)?\s*(?:tokens?|Tokens?|TOKENS?)|\s*一(?:百万|百萬)(?=了|[^\dA-Za-z\u4e00-\u9fff]|$))/;
const JIAO_DIGITS = '0123456789０１２３４５６７８９零一二三四五六七八九';
/** Nouns a count is about when no measure word names the unit (750万开发者, 1000+智能应用). */
const COUNTED_NOUNS = ['开发者', '用户', '企业', '客户', '应用', '模型', '员工', '博士', '工程师', '芯片', '服务器', '图片', '样本', '机构', '合作伙伴', '伙伴', '国家', '城市', '行业', '场景', '参数', '单词', 'tokens'];
/** Things counted in the discourse itself, not claims (3个方面, 三类, 两大升级点). */
const DISCOURSE_NOUNS = /^(方面|类|大类|层级|层|部分|阶段|步|步骤|因素|要点|原因|问题|挑战|期待|方向|趋势|特点|特征|优势|劣势|维度|板块|环节|层面|着力点|升级点|方法|模式|路径|途径|原则|要求|条件|措施|建议|角度|点|个(?![人体體])|种方式|大难题|难题|件事|句话|小结|总结|结论|亮点|看点|理由|判断|问题)/;

/** Comparators in English, each in lower case (its capitalised form is added below: More than 600). */
const ENGLISH_PREFIXES: ReadonlyArray<readonly [string, Qualifier]> = [
  ['more than', 'gt'], ['over', 'gt'], ['less than', 'lt'], ['under', 'lt'], ['fewer than', 'lt'], ['at least', 'gte'], ['at most', 'lte'],
  ['up to', 'lte'], ['about', 'approx'], ['around', 'approx'], ['roughly', 'approx'], ['approximately', 'approx'], ['nearly', 'approx'], ['almost', 'approx'],
];
const PREFIX_QUALIFIERS: Array<[string, Qualifier]> = ([
  ['不超过', 'lte'], ['不高于', 'lte'], ['不多于', 'lte'], ['不少于', 'gte'], ['不低于', 'gte'], ['至少', 'gte'], ['最少', 'gte'],
  ['起码', 'gte'], ['最多', 'lte'], ['至多', 'lte'], ['顶多', 'lte'], ['最高', 'lte'], ['不到', 'lt'], ['不足', 'lt'], ['不满', 'lt'],
  ['未满', 'lt'], ['少于', 'lt'], ['低于', 'lt'], ['小于', 'lt'], ['超过', 'gt'], ['超出', 'gt'], ['高于', 'gt'], ['大于', 'gt'],
  ['多于', 'gt'], ['逾', 'gt'], ['超', 'gt'], ['将近', 'approx'], ['接近', 'approx'], ['逼近', 'approx'], ['近', 'approx'],
  ['大约', 'approx'], ['约为', 'approx'], ['约', 'approx'], ['大概', 'approx'], ['倒数', 'lte'], ['≥', 'gte'], ['≤', 'lte'],
  ['>', 'gt'], ['<', 'lt'], ['~', 'approx'], ['突破', 'gt'], ['过', 'gt'], ['過', 'gt'], ['小', 'approx'], ['破', 'gt'],
  // in English, as a bilingual release or a translated story writes it (more than 50,000, about 40%, up to 128K)
  ...ENGLISH_PREFIXES.flatMap(([w, q]): Array<[string, Qualifier]> => [[`${w} `, q], [`${w[0].toUpperCase()}${w.slice(1)} `, q]]),
] as Array<[string, Qualifier]>).sort((a, b) => b[0].length - a[0].length);
/** The prefix qualifiers by the code of their last character: one map lookup instead of forty string tests (and no string made of the character). */
const PREFIX_BY_LAST = new Map<number, Array<[string, Qualifier]>>();
for (const entry of PREFIX_QUALIFIERS) {
  const last = entry[0].charCodeAt(entry[0].length - 1);
  PREFIX_BY_LAST.set(last, [...(PREFIX_BY_LAST.get(last) ?? []), entry]);
}
/** One-character comparators that are one only where these hold (text, and `at` where the number starts). */
const PREFIX_GUARDS: Readonly<Record<string, (text: string, at: number) => boolean>> = {
  // 过 says "more than" only of a half or a round magnitude (过半, 营收过亿, 用户过千万): 经过3年, 通过2项, 做过3次 are no comparisons
  过: (text, at) => overBefore(text, at),
  過: (text, at) => overBefore(text, at),
  // 破 is "over" after the measure it breaks (月活破3000万, 营收破亿), not in 打破, 攻破
  破: (text, at) => !/[打攻击擊突识識看说說]/.test(text[at - 2] ?? ''),
  // 小 says "nearly" only in speech before a Chinese round number (小一百人, 小两万): 缩小3倍, 最小5个 are no bounds
  // 约 is "about" on its own, not the end of a word (签约3年, 合约, 预约, 节约, 违约)
  约: (text, at) => !/[签预节履违条公制特邀相隐赴践失]/.test(text[at - 2] ?? ''),
  小: (text, at) => /^[一两兩二三四五六七八九][十百千万萬亿億]/.test(text.slice(at, at + 2)) && !/[大缩縮最减減变變较較小微]/.test(text[at - 2] ?? ''),
  // 近 is "nearly" on its own, not the end of 最近, 附近 (最近一个财季 is the latest quarter)
  近: (text, at) => !/[最附]/.test(text[at - 2] ?? ''),
};
function overBefore(text: string, at: number): boolean {
  // (已经过亿: 已经 and then 过, not 经过)
  if (/[经經通度跨越错錯超不]/.test(text[at - 2] ?? '') && text[at - 3] !== '已') return false;
  // (过 after a verb is its aspect, 发布过千亿参数的模型, 推出过, 用过)
  // (nor a headline's question, 月入过万？)
  return text[at] === '半' || (/^(?:[十百千][万萬亿億]|[万萬亿億])(?![\d０-９])/.test(text.slice(at, at + 2)) && !/[布佈出做用练練见見听聽试試有拿达達到曾看想说說]/.test(text[at - 2] ?? '') &&
    !/^[十百千]?[万萬亿億][？?]/.test(text.slice(at, at + 3)));
}
/** The comparator written right before `at`, longest first. */
function prefixBefore(text: string, at: number): [string, Qualifier] | undefined {
  return PREFIX_BY_LAST.get(text.charCodeAt(at - 1))?.find(([w]) => text.startsWith(w, at - w.length) && (PREFIX_GUARDS[w]?.(text, at) ?? true));
}
const SUFFIX_QUALIFIERS: Array<[string, Qualifier]> = [
  ['及以上', 'gte'], ['以上', 'gte'], ['及以下', 'lte'], ['以下', 'lte'], ['以内', 'lte'], ['之内', 'lte'], ['左右', 'approx'],
  ['开外', 'gt'], ['有余', 'gt'], ['有多', 'gt'], ['出头', 'gt'], ['出頭', 'gt'], ['不到', 'lt'], ['上下', 'approx'],
];
/** A bound named a few words before the number: 最高可达97.6%, 最多支持128个, 至少需要1000张. */
const DISTANT_BOUND: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  [/(最高|最多|至多)(可达到?|可达|可支持|支持|可|达到?|提升|为|至)$/, 'lte'],
  [/(至少|最少|起码|不少于)(需要|要|可|有|为|达到?|投入|部署)$/, 'gte'],
];
/** Metric nouns that make a bare number a claim: 分值0.943, 准确率0.98, a data centre's PUE为1.15. */
const METRIC_BEFORE = /(分值|得分|分数|评分|综合分|綜合分|总分|總分|平均分|均分|准确率|正确率|精度|精确率|召回率|成功率|F1值?|PUE值?|WUE值?|Elo(?:分|分数|積分|积分)?|ELO|平均值|均值|积分|積分)\s?(为|為|达到|達到|达|達|是|:|：)?\s?$/;
/** A score or rate named earlier in the clause: 得分由49.6提升到55.2. */
// (a data centre's power usage effectiveness too: 平均PUE由2020年的1.55降至1.46)
// (not across a bar into the next cell: 87.1万个评分 ｜ 累计下载 1.8亿+)
const METRIC_IN_CLAUSE = /(分值|得分|分数|评分|综合分|綜合分|总分|總分|平均分|均分|成绩|准确率|正确率|精度|精确率|召回率|成功率|胜率|PUE|WUE|电能利用效率|電能利用效率)[^,，。;；|｜]{0,16}$/;
const INCREASE_VERB = /(提升|提高|增长|增加|提速|加快|扩大|上涨|增长了|增加了|提升了|提高了)(了)?(约|近|超过)?$/;
const CONTEXT_WORDS = /上下文|窗口|context|长文本|tokens?/i;
/** A sentence about benchmark results: a bare decimal in it is a score. */
const SCORE_SENTENCE = /得分|分数|成绩|评分|基准|榜单|评测|测评|跑分|benchmark|MMLU|C-?Eval|CMMLU|GSM8K|HumanEval|MATH|GPQA|Arena|AIME|LiveCodeBench|SWE-?bench|BBH|MBPP/i;
const POWER_WORDS = /功耗|功率|TDP|TGP|TBP|供电|供電|电源|電源|耗电|耗電|能耗|瓦|散热|散熱|充电|充電|电费|電費|电价|電價|度电|度電|满载|滿載|满血功|滿血功/;
const COMPUTE_WORDS = /算力|智算|超算|FLOPS|计算中心|算力中心/i;
/** An index or the market's close before a number (恒指, 指数, 道指, 收报, 收市): its points follow. */
const INDEX_WORDS = /指数|指數|恒指|道指|纳指|納指|标普|標普|大盘|大盤|(?:收报|收報|收市|收盘|收盤|报收|報收|高见|高見|低见|低見)[^，,。；;]{0,4}$|(?:(?<![提上])升|跌|涨|漲|上涨|上漲|下跌|回落|反弹|反彈)\s*$/;
/** 占 right before a number (the text is simplified here): the number is a share of a whole. */
const SHARE_VERB_BEFORE = /[占佔](?:比|到|据|據)?(?:[^，,。；;！？!?]{0,12}的)?\s*(?:约|約|近|逾|超过|超過|不到)?\s*$/;
/** A word for a share before a fraction in its clause (其中能分给AI芯片的比例不到三分之一). */
const SHARE_WORD_BEFORE = /(?:比例|比重|占比|佔比|份额|份額)[^，,。；;！？!?\n]{0,6}$/;
/** A fraction that opens its clause is a part of the group just named (40多个人，三分之一是博士; 中小企：三分之一計劃引入). */
const CLAUSE_OPENS_BEFORE = /[，,；;：:。\n]\s*(?:约|約|近|超过|超過|逾|不到)?$/;
/** 的 right after a fraction (perhaps with a bound): the whole it is a part of follows (1/2的请求, 四分之一以上的营收). */
const FRACTION_OF_WHOLE_AFTER = /^(?:左右|以上|以下|多)?的/;
/** Where a slash fraction is a ratio, not a date or a pair: 降至1/4, 仅为前代的1/6, 1/2的努力, 以1/20参数比肩. */
const RATIO_CUE_BEFORE = /(为|至|到|是|占|约|仅|只有|只|的|了|降|缩|减|达|近|超过|不到|以|用)\s*$/;

/** Spans that look numeric but are dates, times, versions, names, rankings, codes or phone numbers. */
const BLOCKERS: RegExp[] = [
  // (a month of 1 to 12: 2000-2500元 is a range of sums)
  /(19|20)\d{2}(年\d{1,2}月?|[-/](?:1[0-2]|0?[1-9])(?!\d)([-/]\d{1,2})?|\.\d{1,2}\.\d{1,2})/g, // 2023-11-09, 2023年7月, 2023/7/6
  /(?<![\d.])(19|20)\d{2}\.(0[1-9]|1[0-2])(?![\d.%])(?!\s*[万亿萬億元美分倍个個张張台])/g, // 2025.06, a month as a table of rounds dates it
  /(?<![\d.])(?:19|20)\d{2}\s?(?:款|款式|年款)/g, // 2025款: a model's year, not a count of models
  /(?<![\d.])\d{1,2}:\d{2}(:\d{2})?(?!\d)/g, // 14:37:55 (not 2:4560 of 启明-MoE-2：4560亿)
  /(?<![\d.])\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}/g, // 11-20 09:41, 03/12 22:49: a post's or a reply's date and time
  // 3-16 北京 回复: a comment's date opening its line, before its place and the reply button
  /(?:^|\n)[ \t]*(?:1[0-2]|0?[1-9])[-/](?:[12]\d|3[01]|0?[1-9])(?=\s*(?:(?:(?!的)[\u4e00-\u9fff]){2,4}\s*)?(?:回复|回覆|來自|来自|赞|讚))/g,
  // （3.10-3.16）, 本周（3.17-3.21）: a week's dates in brackets, its days written with two digits
  // (the bracket first: the look back for the weekly's word is tried at brackets only, and only at those a digit follows)
  /[（(](?=\s*\d)(?<=(?:周|週|报|報|刊|期|week|Week)[^\n]{0,40}[（(])\s*(?:1[0-2]|0?[1-9])\.(?:[12]\d|3[01]|0[1-9])\s*[-~～至到–—－]\s*(?:1[0-2]|0?[1-9])\.(?:[12]\d|3[01]|0[1-9])(?=\s*[)）])/g,
  // 12.10-12.12 限时3天, 活动时间：6.1-6.18: a sale's days, month.day to month.day, beside what says they are days
  /(?<![\d.])(?:1[0-2]|0?[1-9])\.(?:[12]\d|3[01]|0?[1-9])\s*[-~～至到]\s*(?:1[0-2]|0?[1-9])\.(?:[12]\d|3[01]|0?[1-9])(?![\d.%])(?=\s*(?:限时|限時|活动|活動|期间|期間|开售|開售|预售|預售|抢购|搶購|大促|狂欢|狂歡|[|｜]))|(?:活动时间|活動時間|活动日期|活動日期|促销时间|促銷時間)\s*[：:]\s*(?:1[0-2]|0?[1-9])\.(?:[12]\d|3[01]|0?[1-9])\s*[-~～至到]\s*(?:1[0-2]|0?[1-9])\.(?:[12]\d|3[01]|0?[1-9])(?![\d.%])/g,
  /(?<![\d.])(1[0-9]|20)\d{2}(\s*[-~至到—–]\s*(1[0-9]|20)?\d{2})?\s*(年|年度|财年|年代)/g, // 2021年, 2020-2023年, 2024—2025年
  // a span of two years without 年 (CAGR（2024—2028）, © 2012-2025, 投运 2019/2023), not a range of sums (2000-2500元, 1900-2000 tokens)
  /(?<![\d.])(?:19|20)\d{2}\s*[-~至到—–/]\s*(?:19|20)\d{2}(?![\d.%])(?!\s*(?:[万亿萬億元美倍个個张張台块塊]|tokens?\b|[KMBT]\b))/gi,
  // a year of the Republic calendar, as Taiwan writes its years: 112年, 民國113年度, 112至117年 (not a span: 有110年历史)
  /(?<![\d.])(?:民国)?1[01]\d(?:\s*[-~至到—–]\s*1[01]\d)?\s*年(?!前|以前|之前|后|以后|之后|来|间|历史|的历史)/g,
  /(?<![\d.个])\d{1,2}(\s*[-~至到–—]\s*\d{1,2})?\s*月(份|初|底|中旬|上旬|下旬)?(?!份额)/g, // 7月, 7-8月, 1–10月
  /(?<![\d.])(?:[12]?\d|3[01])\s*[日号](?![元本内以]|之内|之內)/g, // 6日, 15号, 2 月 8 日之后 (30日内, 30日之内 are durations)
  /(?<![\d.])\d{1,2}\s*[点时](\d{1,2}分)?/g, // 3点, 14时30分
  /\d+\s*年代/g, // 80年代
  /[第首]\s*[\d零一二两三四五六七八九十百千]+/g, // 第三, 第1
  /[vV]\s*\d+(\.\d+)*/g, // v1.5
  // a version of the software a thing runs on: iOS 16.0 及以上, Android 9, HarmonyOS 4.2, Windows 11, CUDA 12.4, Python 3.10
  /(?<![A-Za-z])(?:iOS|iPadOS|macOS|Android|安卓|HarmonyOS|鸿蒙|鴻蒙|Windows|Win|Ubuntu|CentOS|Debian|Linux|CUDA|cuDNN|ROCm|CANN|Python|PyTorch|Node\.js|Java|Chrome|Xcode)\s?(?:系统|系統|OS)?\s?\d+(?:\.\d+)*(?![\d.])(?!\s*(?:[%％万亿萬億台部个個款家名位元]|亿|percent))/g, // (not a share: 安卓73%、iOS 27%)
  /\d+(\.\d+)*\s*(版本|版|代)(?![权图码表工])/g, // 1.5版本, 3.0版
  // (not a version's price or measure: 老版本0.0008元/千tokens)
  /(版本|version|Version)\s*\d+(\.\d+)*(?![\d.])(?!\s*(?:[元块塊%％万亿萬億倍]|美元|港元|tokens?\b|[KMBT](?![A-Za-z])))/g,
  /\d+(\.\d+){2,}/g, // 1.2.3
  /\d+\s*(个)?(天|小时|分钟|周|个月|年)(前|以前|之前|后|以后|之后)/g, // 26天前: a relative time, not a quantity
  // (in words too: 较三個月前, 两年后)
  /[一二两兩三四五六七八九十半]{1,3}\s*[个個]?(?:天|周|週|个月|個月|年)(?=前|以前|之前|後|后|以后|以後|之后|之後)/g,
  // a shopping festival's name: 618打了八五折, 618大促, 双11期间 (a date that names a sale)
  /(?<![\d.])618(?=\s*(?:大促|促销|促銷|期间|期間|活动|活動|打|购物节|購物節|当天|當天|狂欢|狂歡|前|后|後|价|價|到手))|[双雙]\s*(?:11|十一|12|十二)(?![\d.])/g,
  // a plan named by its multiple of another's usage: Claude Max 5x, Max 20x
  // (the plan's word is matched too: a lookbehind first would be tried at every place of every block)
  /\b(?:Max|Pro|Plus|Ultra|Team)\s?\d{1,2}x(?![A-Za-z0-9])/g,
  // an age that picks out a group: 65歲以上長者, 18岁以下用户 (a criterion, no one's measure)
  /(?<![\d.])\d{1,3}\s*[岁歲](?:以上|以下|及以上|或以上)(?=的?(?:长者|長者|老人|用户|用戶|人群|客户|客戶|人士|群体|群體|儿童|兒童|青少年))/g,
  // a page counter: 第 7 页 / 共 32 页
  /(?:共|[/／])\s*\d+\s*[页頁]/g,
  /前\s*[\d一二两三四五六七八九十]+\s*(?:个月|个季度|季度|季|周)/g, // 前九个月, 前三季度: the period a figure is of
  // rankings: TOP19, Top 10, 排名前五, 前10名 (a percentile, 前10%, is a figure)
  /\b[Tt][Oo][Pp]\s*\d+/g,
  /前\s*[\d一二两三四五六七八九十百]+\s*(名|强|位)(?!\s*[%％])/g,
  /(排名|排行|位列|位居|排在|跻身|名列)(全球|世界|全国|国内|行业)?(第|前)\s*[\d一二两三四五六七八九十百]+(?![\d一二两三四五六七八九十百]|\s*[%％])/g,
  // stock codes: 台积电(2330), 腾讯（00700.HK）, 600519.SH, 股票代码：688256
  /[(（]\s*(?:[A-Za-z]{2,8}\s*[:：]\s*)?\d{4,6}(?:\.[A-Za-z]{2,3})?\s*[)）]/g,
  /\d{4,6}\.(?:SH|SZ|HK|SS|TW|TWO|sh|sz|hk)\b/g,
  /(股票|证券|股份)代码\s*[:：为是]?\s*\d{4,6}/g,
  // a section's number heading its line: 02 ｜ Kimi：从顶流到“被追”, 03 | 价格战
  // (the line break is matched, not looked behind for: a lookbehind first makes the whole pattern ten times slower)
  // (and an item's number before its time: 2｜09:40【Kimi月活数据出炉】)
  /(?:^|\n)[ \t]*\d{1,2}[ \t]*[｜|丨](?=[ \t]*(?:[^\d\s]|\d{1,2}:\d{2}))/g,
  // a year heading a line or a title: 2024—大模型元年, 2023——回顾
  /(?<![\d.])(19|20)\d{2}\s*(——|—|–)(?!\s*\d)/g,
  // phone numbers: 13812345678, +86 138…, 010-12345678, (010)12345678, 400-800-1234, 电话：…
  /(?<![\d.])(?:\+?86[-\s]?)?1[3-9]\d{9}(?!\d)/g,
  /(?<![\d.])0\d{1,3}-\d{7,8}(?!\d)|[(（]0\d{2,3}[)）]\s*\d{7,8}|(?<![\d.])[48]00[-\s]?\d{3}[-\s]?\d{4}(?!\d)/g,
  /(电话|热线|客服|手机|联系方式|报料|爆料|投诉|[Tt]el|TEL)\s*[:：]?\s*[\d\s()（）+-]{5,20}/g, // (a news tip line: 澎湃新闻报料：021-962866)
  // (a number grouped with a space, and a label spaced out: 电　话：020-3862 7751)
  // (its last digits masked too: 0571-8652 3xxx)
  /(?<![\d.])0\d{2,3}-\d{3,4}(?:[ \u3000]\d{4}(?!\d)|[ \u3000]?\d{0,3}[xX*＊]{1,4}(?![A-Za-z0-9]))/g,
  // a unified social credit code (91440600759236418K) or any 18-character registration number
  /(?<![0-9A-Za-z.])\d{8}[0-9A-Z]{10}(?![0-9A-Za-z])/g,
  // a floor of a building in an address: 城建大厦21层
  /(?:大厦|大廈|大楼|大樓|广场|廣場|写字楼|寫字樓)\s*[A-Z]?\d{1,3}\s*[层層楼樓]/g,
  // a masked number (a phone, a licence or an ID with digits hidden): 2021XXXXXX, 138****5678, 19XXXXXX
  /(?<![\d.])\d+(?:[Xx*＊]{2,}\d*)+/g,
  /7\s*[×x*]\s*24(?:\s*小时)?|24\s*\/\s*7/g, // round the clock
  // an index provider's name and its levels: 申万一级行业, 申万宏源 (万 of a name, no ten thousand)
  /申万(?:宏源)?(?:[一二三]级)?/g,
  // dimensions of an image or a screen: 1024×1024, 1920x1080, 512*512 (a size, not two figures)
  /(?<![\d.])\d{3,5}\s*[×xX*]\s*\d{3,5}(?![\d.])/g,
  // the unit side of an exchange rate: 1美元兑7.1元, 以匯率1美元兌30.5元新台幣 (what it is worth is the figure)
  /(?<![\d.])1\s*(?:美元|美金|港元|港币|港幣|欧元|歐元|日元|英镑|英鎊|新台币|新台幣|人民币|人民幣|元)(?=\s*(?:兑|兌|≈|=|＝|约合|約合|折合|约等于|約等於)\s*(?:人民币|人民幣|新台币|新台幣)?\s*[\d])/g,
  // a unit of charging, not a quantity: 按百万tokens计价, 以千tokens为单位, 按1000次计费, 按千tokens报价
  /(?:按|以|按照)\s*每?\s*[\d.]*\s*[百千万亿]*\s*个?\s*(?:tokens?|Tokens?|字符|字|次|张|張|秒|分钟|分鐘|小时|小時|卡时|卡時|页|頁)\s*(?=计价|计费|計價|計費|计算|計算|计|計|收费|收費|报价|報價|定价|定價|标价|標價|为单位|為單位)/g,
  // 千万别看错, 千萬不要: 千万 as "by all means", no ten million
  /千万(?=别|不要|不能|不可|要|记得|注意|小心|慎|勿|留意)/g,
  // a reply's floor number before its author and its time: 1  neonfish  3 天前 (a forum thread)
  /(?:^|\n)[ \t]*#?\d{1,3}(?=[ \t]+[A-Za-z0-9_\-\u4e00-\u9fff]{2,20}[ \t]+(?:\d+\s*(?:天|小时|小時|分钟|分鐘|秒)前|刚刚|剛剛|昨天))/g,
  // a page's buttons: +1 收藏 分享 举报 (an upvote, no figure)
  /(?:^|\n)[ \t]*\+1(?=[ \t]*(?:\n|$|收藏|分享|举报|舉報|点赞|點讚|點贊))/g,
  // a share's order of magnitude, no number: 低双位数百分比, 個位數百分比的成長
  /位[数數]百分(?:比|点|點)?/g,
  // an attachment's number before a year: 附件：1.2024年全省重点算力项目清单
  /(?<![\d.])\d{1,2}\.(?:19|20)\d{2}\s*年/g,
  // a publication's title: 《2025大模型API选型手册》 (its numbers name it, they claim nothing)
  /《[^《》\n]{1,40}》/g,
  // a section's number written with a leading zero at its line's start: ## 01 大模型：…, 02 价格战
  // (the space before a Chinese word is gone once the text is normalised: 01大模型)
  /(?:^|\n)[ \t]*(?:#{1,6}[ \t]*)?0[1-9](?=[ \t]*[^\d\s.,，%％])/g,
  // a post's date without its year: 编辑于 02-28 上海, 发布于 3-15
  /(?:编辑于|发布于|发表于|更新于|修改于|编辑|发布)\s*(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?![\d.])/g,
];

/** All blockers in one pass. */
const BLOCKER = new RegExp(BLOCKERS.map((r) => `(?:${r.source})`).join('|'), 'g');

export interface FigureOptions {
  /** Whether the comma at normalised offset i may be a thousands separator. */
  commaOk?: (i: number) => boolean;
  /** Whether the text around normalised offset i was written in traditional characters (兆 is 10¹² there). */
  traditionalAt?: (i: number) => boolean;
}

/** What every step of reading a figure may look at. */
interface Block {
  text: string;
  tokens: NumeralToken[];
  options: FigureOptions;
}

export function findFigures(
  text: string,
  blockedByEntities: Blocked[],
  commaOk: (i: number) => boolean = () => true,
  options: Omit<FigureOptions, 'commaOk'> = {},
): FigureCandidate[] {
  // numbers never start inside an entity name, so 2 of Step-2 does not swallow the 万亿 after it
  // (the entities come in text order: sorted only when they do not)
  const entitySpans = byStart(blockedByEntities);
  const opts: FigureOptions = { commaOk, traditionalAt: options.traditionalAt };
  const tokens = scanNumerals(text, opts, entitySpans);
  // (年增逾倍 writes no number: read apart, after the numerals)
  const doubled = text.includes('逾倍') || text.includes('超倍');
  if (!tokens.length) return doubled ? moreThanDouble(text, []) : [];
  const blockers = blockerSpans(text, tokens);
  const blocked: Blocked[] = blockers.length ? [...blockedByEntities, ...blockers] : blockedByEntities;
  const isBlocked = overlapTest(entitySpans, blockers);
  const listNumberEnd = listNumbering(text);
  const tableRow = /^\s*\|.*\|\s*$/.test(text) || (text.match(/\|/g)?.length ?? 0) >= 3;
  // a plain-text table: columns aligned with runs of spaces
  const alignedRow = (text.includes('  ') || text.includes('\t')) && /\S(?: {2,}|\t)\S/.test(text);
  const block: Block = { text, tokens, options: opts };
  const out: FigureCandidate[] = [];
  let consumed = 0; // a figure's span (its unit, range end, rate denominator) is never read again
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (tok.start < consumed || tok.start < listNumberEnd) continue;
    if (isBlocked(tok.start, tok.end)) continue;
    const fig = readFigure(block, t) ?? (tableRow ? tableCell(text, tok) : alignedRow ? alignedCell(text, tok) : undefined) ?? valueAfterName(text, tok, entitySpans);
    if (!fig) continue;
    // a cell that is a scale and a unit alone (| 人民币百万元 |) states the unit of the table's numbers, no amount
    // (of anything, in a statistics table's unit column, before the row's numbers: 碳排放 | 万吨CO2e | 61.5)
    if (tableRow && isUnitCell(text.slice(text.lastIndexOf('|', fig.start) + 1, nextBar(text, fig.end)), text, fig.end)) continue;
    // (and so does one between a plain table's gaps: 人民幣千元     %    人民幣千元)
    if (alignedRow && isUnitCell(gapCellAround(text, fig.start, fig.end), text, fig.end)) continue;
    if (isBlocked(fig.start, fig.end) && !isBlocked(tok.start, tok.end)) {
      // the unit or comparator ran into an entity (1024张A100): keep the figure, cut before the entity
      // (a name inside a unit word, 字节 of 兆字节, does not cut it)
      const cut = blocked.filter((b) => b.start >= tok.end && b.start < fig.end && !(fig.unitSpan && b.start >= fig.unitSpan[0] && b.end <= fig.unitSpan[1]))
        .reduce((m, b) => Math.min(m, b.start), fig.end);
      fig.end = Math.max(tok.end, cut);
    }
    if (out.length && fig.start < out.at(-1)!.end) fig.start = out.at(-1)!.end;
    consumed = fig.end;
    out.push(fig);
  }
  carryDenominators(text, out);
  const listed = text.includes('分别') || text.includes('分別') || text.includes('/') || text.includes('／') ? listedValues(text, tokens, out, isBlocked) : out;
  return doubled ? [...listed, ...moreThanDouble(text, listed)].sort((a, b) => a.start - b.start) : listed;
}

/** What parts a name from its value: spaces, or a comma or colon and perhaps a space. */
const NAME_VALUE_GAP = /^(?:[ \t]{1,4}|[，,：:] ?)$/;
/**
 * A value right after a name, ending its line or its item: 🥈 o3 65.94, GLM-4.5 59.92、Kimi-K2 1410, GPT-5-high，1442 (a
 * leaderboard's list). A decimal, or a whole number of three or four digits that is no year.
 */
function valueAfterName(text: string, tok: NumeralToken, names: readonly Blocked[]): FigureCandidate | undefined {
  if (tok.chinese || tok.scaled || !names.length) return undefined;
  // (a list's name and its value may be set apart by a few spaces: 1. Gemini-2.5-Pro  1463（1）)
  if (!names.some((n) => n.end <= tok.start && tok.start - n.end <= 4 && NAME_VALUE_GAP.test(text.slice(n.end, tok.start)))) return undefined;
  // (or before the next item of a list set apart by slashes: DeepSeek-R1 1401 / o1 1396 / Qwen2.5-Max 1352; a table's bar
  // follows a version in a name's cell, | Pika 2.1 |)
  if (!/^(?:[ \t]*(?:\n|$)|[、，,；;。（(]|[ \t]*[/／][ \t])/.test(text.slice(tok.end, tok.end + 3))) return undefined;
  const written = text.slice(tok.start, tok.end);
  if (!(tok.decimal ? /^\d{1,4}\.\d{1,2}$/.test(written) : /^\d{3,4}$/.test(written) && !/^(?:19|20)\d{2}$/.test(written))) return undefined;
  return { start: tok.start, end: tok.end, value: tok.value, unit: '', qualifier: 'eq' };
}

/** 年增逾倍: more than double with no number written, a growth of over one time (1 x, more). */
const MORE_THAN_DOUBLE = /(?<=增|增长|增長|成长|成長|增加|提升|上升|大增|暴增|翻)(?:逾|超)倍/g;
function moreThanDouble(text: string, out: readonly FigureCandidate[]): FigureCandidate[] {
  const added: FigureCandidate[] = [];
  for (let m; (m = MORE_THAN_DOUBLE.exec(text)); ) {
    const start = m.index, end = start + m[0].length;
    if (!out.some((o) => o.start < end && start < o.end)) added.push({ start, end, value: 1, unit: 'x', qualifier: 'gt' });
  }
  return added;
}

/** A table cell that names only a scale and a currency: 人民币百万元, 百萬港元, 亿美元. */
const SCALE_UNIT_CELL = /^\s*(?:单位\s*[:：]\s*|單位\s*[:：]\s*)?(?:人民币|人民幣|港币|港幣|新台币|新台幣)?[十百千万萬亿億]+(?:元|美元|港元|日元|欧元|歐元)\s*$/;
/** A cell of a scale and any unit (万人, 万架, 万吨CO2e): a statistics table's unit column, when numbers follow it in the row. */
const ANY_SCALE_UNIT_CELL = /^\s*[十百千万萬亿億]+(?![级級多余餘十百千万萬亿億])[A-Za-z\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff]{0,7}\s*$/;
/** The rest of a unit cell, then the next cell opening with a number. */
const NUMBER_CELL_NEXT = /^[A-Za-z0-9\u4e00-\u9fff]*(?:[ \t\u3000]{2,}|\t|[ \t]*\|[ \t]*)[-+]?\d/;
/** Whether a figure's cell, read up to `end`, states the unit of its row's or column's numbers rather than an amount. */
function isUnitCell(cell: string, text: string, end: number): boolean {
  return SCALE_UNIT_CELL.test(cell) || (ANY_SCALE_UNIT_CELL.test(cell) && NUMBER_CELL_NEXT.test(text.slice(end, end + 40)));
}
/** The text between the gaps (two spaces, a tab, or a line's end) around [start, end). */
function gapCellAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 24), start), after = text.slice(end, end + 24);
  return CELL_PART_BEFORE.exec(before)![0] + text.slice(start, end) + CELL_PART_AFTER.exec(after)![0];
}
/** What of a cell stands before and after a figure in it: no line break, tab, ideographic space or two spaces. */
const CELL_PART_BEFORE = /(?:[^\n\t\u3000 ]| (?! ))*$/;
const CELL_PART_AFTER = /^(?:[^\n\t\u3000 ]| (?! ))*/;
const nextBar = (text: string, from: number) => { const at = text.indexOf('|', from); return at < 0 ? text.length : at; };

/** What joins the values of a list (45、48和50; a forecast's years, 249.6/298.3/352.7亿元). */
const VALUE_LIST_JOIN = /^\s*(?:、|，|,|和|与|與|及|以及|\/|／)\s*$/;
/** How many values a list joined by slashes alone needs to be one without 分别 (0.18/0.39/0.59元: a forecast's years; 1/4 is a ratio). */
const SLASH_LIST_MIN = 3;
/** 分别为, 分別達 a few characters before a list's first value. */
const RESPECTIVELY_BEFORE = /分[别別][^，,。；;\d０-９]{0,4}$/;

/**
 * 分别为45、48和50 TOPS: the unit written once after a list's last value is every value's, and so is its scale
 * (分别为249.6、298.3、352.7亿元). Only plain numbers before the figure, and only after 分别 (a list of values of several
 * things) or in a list of three or more joined by slashes (EPS 0.18/0.39/0.59元, a forecast's years).
 */
function listedValues(text: string, tokens: readonly NumeralToken[], out: FigureCandidate[], isBlocked: (s: number, e: number) => boolean): FigureCandidate[] {
  const added: FigureCandidate[] = [];
  let k = 0;
  for (const f of out) {
    if (!f.unitSpan || f.per || f.range || !f.unit) continue;
    while (k < tokens.length && tokens[k].start < f.start) k++;
    const own = tokens[k];
    if (!own || own.start !== f.start || own.percent || own.fraction || own.value !== f.value) continue;
    // (a scale is shared when written as a word, 亿; never a Latin letter's, 7B/13B/70B being sizes read on their own)
    if (own.scaled && (own.latinScale || !own.multiplier)) continue;
    const scale = own.scaled ? own.multiplier! : 1;
    const listed: NumeralToken[] = [];
    let next = f.start;
    for (let i = k - 1; i >= 0; i--) {
      const t = tokens[i];
      if (!VALUE_LIST_JOIN.test(text.slice(t.end, next)) || t.scaled || t.percent || t.fraction || t.slash || t.digitString || t.chinese) break;
      // (a value read alone as a bare number, 298.3 in 分别为249.6、298.3、352.7亿元, is the list's: it takes the unit)
      if (isBlocked(t.start, t.end) || out.some((o) => o.start < t.end && t.start < o.end && !(o.start === t.start && o.end === t.end && !o.unit))) break;
      listed.unshift(t);
      next = t.start;
    }
    if (!listed.length) continue;
    // what joins each value to the next (the last to the figure)
    const bySlash = listed.map((t, i) => /[/／]/.test(text.slice(t.end, i + 1 < listed.length ? listed[i + 1].start : f.start)));
    // (and a pair of prices set off by a spaced slash, 2 / 8 元: an input's and an output's)
    const pricePair = listed.length === 1 && CURRENCY_UNITS.has(f.unit) && /^\s+[/／]\s+$/.test(text.slice(listed[0].end, f.start));
    const slashed = (listed.length + 1 >= SLASH_LIST_MIN || pricePair) && bySlash.every(Boolean);
    if (!slashed && !RESPECTIVELY_BEFORE.test(text.slice(Math.max(0, listed[0].start - 8), listed[0].start))) continue;
    // (a list joined by commas or 和 is not one joined by slashes: 分别为10/20、30元 is no list of three)
    if (!slashed && bySlash.some(Boolean)) continue;
    for (const t of listed) added.push({ start: t.start, end: t.end, value: scale === 1 ? t.value : Number((t.value * scale).toPrecision(12)), unit: f.unit, qualifier: 'eq' });
  }
  if (!added.length) return out;
  const taken = new Set(added.map((a) => a.start));
  return [...out.filter((o) => o.unit || !taken.has(o.start)), ...added].sort((a, b) => a.start - b.start);
}

const CURRENCY_UNITS = new Set(CURRENCIES.map((c) => c.unit));
/** Whether a unit is a currency's (元, 美元 …). */
export const isCurrency = (unit: string): boolean => CURRENCY_UNITS.has(unit);
/** 按每百万tokens计算, 以每千tokens计: a denominator named once for the prices that follow in the paragraph. */
const FRAMING = /(按|以|按照|[（(])\s*每/g;
const FRAMING_END = /^\s*(计算|计费|计|算|来算|来计算)/;
/** What follows the denominator that opens a bracket (（每百万tokens）, （每百万tokens，输入/输出）). */
const BRACKET_FRAME_END = /^\s*(计|计算|计费)?\s*[）)，,、]/;
/** What follows a frame that closes its sentence: a bracket or the sentence's end. */
const TRAILING_FRAME = /^\s*([)）。；;]|$)/;
/**
 * Words that make a price a total, not the rate named before it (一年下来, 合计, 按…计算，训练成本…); a conversion
 * (折合, 约合) is the same rate.
 */
const NOT_THE_SAME_RATE = /每|总|共|合计|累计|一共|一次|整个|相当于|下来|账单|全年|一年|首月|首年|至少|融资|估值|募资|募得|集资|筹资|市值|营收|收入|利润|净利|毛利|计算|训练成本|训练费用/;
/** 约合人民币145元, 换算台币大概650元: the rate before in another currency. */
const CONVERSION = /折合|折算|换算|约合|合人民币|合台币|合港币/;
/** 这一数字, 该数字: the figure before, named again. */
const REFERS_BACK = /(这一|这个|该|此一?)数(字|据|值)[^。！？!?]{0,16}$/;
const REFERS_BACK_REACH = 40;
/** How far (characters between) a price may stand from the rate before it and still share its denominator. */
const ELLIPSIS_REACH = 16;
/** 输入每百万tokens 1美元，输出5美元，而前代X分别为0.25美元: the same rates of another thing, listed with 分别, reach further. */
const RESPECTIVELY_REACH = 48;
const CLAUSE_BEFORE = /[^，,。；;：:！？!?\n]*$/;
/** A price's side right before it (输入2元, 输出只卖8元, input只卖0.27美元): a rate's side, whatever its clause says of the denominator. */
const SIDE_LABEL_BEFORE = new RegExp(`(?:${PRICE_SIDE}|input|output)(?:价格|價格|价|價|费用|費用)?\\s*(?:只|仅|僅)?(?:卖|賣|收|要)?\\s*(?:为|為|是|[:：])?\\s*(?:约|約)?\\s*$`, 'i');
/** How far in its paragraph a side's price may stand from the rate before it and still share its denominator. */
const SIDE_REACH = 200;

/**
 * Prices whose denominator is written elsewhere in the paragraph: after a framing clause (按每百万tokens计算，
 * X为3美元/15美元；Y为…), and a price right after a rate, with nothing between that makes it another
 * quantity (输入2元/百万tokens（缓存命中0.5元）, 由0.02元/千tokens降至0.0005元, 月租12万元，报价只要6.5万元).
 */
function carryDenominators(text: string, figures: FigureCandidate[]): void {
  if (!figures.some((f) => f.per) && !text.includes('每') && !text.includes('数')) return;
  let framed: { at: number; per: Rate } | undefined;
  if (text.includes('每')) {
    FRAMING.lastIndex = 0;
    for (const m of text.matchAll(FRAMING)) {
      const d = readDenominator(text, m.index! + m[0].length);
      // 价格（每百万tokens，输入/输出）：a bracket that opens with the denominator frames the prices after it
      const bracket = m[1] === '（' || m[1] === '(';
      const end = d && (bracket ? BRACKET_FRAME_END : FRAMING_END).exec(text.slice(d.end, d.end + 6));
      if (!d || !end) continue;
      if (bracket) {
        // 3美元和15美元（每百万tokens）: a bracket right after a price that holds only a denominator is that price's (and its list's, below)
        const priced = /^\s*[）)]/.test(text.slice(d.end, d.end + 3)) ? figures.find((f) => f.end <= m.index! && !text.slice(f.end, m.index!).trim() && CURRENCY_UNITS.has(f.unit)) : undefined;
        if (priced && !priced.per) priced.per = d.per;
        framed ??= { at: d.end, per: d.per };
        continue;
      }
      // 输入2元，输出8元（均以每百万tokens计）: a frame closing its sentence covers the prices before it
      if (TRAILING_FRAME.test(text.slice(d.end + end[0].length, d.end + end[0].length + 2))) {
        const from = Math.max(text.lastIndexOf('。', m.index!), text.lastIndexOf('\n', m.index!));
        for (const f of figures) {
          if (f.start <= from || f.end > m.index! || !CURRENCY_UNITS.has(f.unit) || f.per) continue;
          if (!NOT_THE_SAME_RATE.test(CLAUSE_BEFORE.exec(text.slice(Math.max(0, f.start - 24), f.start))![0])) f.per = d.per;
        }
      }
      framed ??= { at: d.end, per: d.per };
    }
  }
  let last: FigureCandidate | undefined;
  let previous: FigureCandidate | undefined;
  for (const f of figures) {
    // 日均使用量为1200亿；到7月，这一数字增长至5000亿: the number named again is measured as before
    if (previous && !f.unit && !f.per && f.start - previous.end <= REFERS_BACK_REACH && REFERS_BACK.test(text.slice(previous.end, f.start))) {
      f.unit = previous.unit;
      if (previous.per) f.per = previous.per;
    }
    previous = f;
    const money = CURRENCY_UNITS.has(f.unit);
    if (money && !f.per) {
      const clause = CLAUSE_BEFORE.exec(text.slice(Math.max(0, f.start - 24), f.start))![0];
      if (framed && f.start >= framed.at) {
        if (!NOT_THE_SAME_RATE.test(clause)) f.per = framed.per;
      } else if (last?.per && (f.start - last.end <= ELLIPSIS_REACH || (f.start - last.end <= RESPECTIVELY_REACH && RESPECTIVELY_BEFORE.test(text.slice(last.end, f.start)))) && (last.unit === f.unit || CONVERSION.test(text.slice(last.end, f.start)))) {
        const between = text.slice(last.end, f.start);
        // (the same currency after 折算 is what the rate adds up to: 按2美元/GPU小时的租价折算约557.6万美元)
        const totalled = last.unit === f.unit && TOTALLED.test(between);
        // (nor does another cell of a table's row: | 5.98元/卡时 | 11.5h | 550.16元 |)
        // (a list with 分别 may open the next sentence: …输出每百万tokens 8元。推理模型R1则分别为4元、1元和16元)
        const stop = RESPECTIVELY_BEFORE.test(between) ? /[！？!?；;|\t\n]|  / : /[。！？!?；;|\t]|  /;
        if (!stop.test(between) && !NOT_THE_SAME_RATE.test(between) && !NOT_THE_SAME_RATE.test(clause) && !totalled) f.per = last.per;
      }
      // 官方价是输入每百万tokens 2元…。用V3的API，按输入2元、输出8元算: a side's price in the paragraph of a rate is per the same
      if (!f.per && last?.per && last.unit === f.unit && f.start - last.end <= SIDE_REACH && SIDE_LABEL_BEFORE.test(clause) &&
        !text.slice(last.end, f.start).includes('\n\n') && !NOT_THE_SAME_RATE.test(clause)) f.per = last.per;
    }
    if (money) last = f;
  }
  // 分别为2.4元、0.8元和0.3元/百万tokens: the denominator written once after a list is every item's
  for (let i = figures.length - 1; i > 0; i--) {
    const f = figures[i];
    if (!f.per || !CURRENCY_UNITS.has(f.unit)) continue;
    for (let k = i - 1; k >= 0; k--) {
      const g = figures[k], next = figures[k + 1];
      // (amounts of one size: 2.4亿元、0.3元/股 are no list of one rate)
      if (g.per || g.unit !== f.unit || !LISTED_BEFORE.test(text.slice(g.end, next.start)) || !(g.value <= f.value * 100 && g.value * 100 >= f.value)) break;
      g.per = f.per;
    }
  }
}
/** What joins the items of a list of amounts (、 和 及 与), perhaps before the next item's side (输入4元、输出12元/百万tokens). */
const LISTED_BEFORE = new RegExp(`^\\s*(?:(?:、|和|及|与|與|以及)\\s*(?:${PRICE_SIDE}|(?:缓存|快取)?未?命中)?|[，,]\\s*(?:${PRICE_SIDE}|(?:缓存|快取)?未?命中))\\s*(?:价格|價格|价|價)?\\s*(?:为|為|是)?\\s*$`);

/** How far before a numeral a blocker may start (电话：, 股票代码为, 排名全球前). */
const BLOCKER_REACH = 40;

/**
 * The blocker matches that can touch a numeral: the regex runs from a little before each numeral
 * to the first match after it, never over the stretches of text between, which hold no numeral.
 */
function blockerSpans(text: string, tokens: readonly NumeralToken[]): Blocked[] {
  const spans: Blocked[] = [];
  let searched = 0; // every match starting before this is recorded
  for (const tok of tokens) {
    if (tok.end <= searched) continue;
    let at = Math.max(searched, tok.start - BLOCKER_REACH);
    // never start inside a number: a lookbehind must see the digit before
    while (at > searched && /[\d.,]/.test(text[at - 1])) at--;
    BLOCKER.lastIndex = at;
    for (;;) {
      const m = BLOCKER.exec(text);
      if (!m) { searched = text.length; break; }
      const end = m.index + m[0].length;
      spans.push({ start: m.index, end });
      searched = BLOCKER.lastIndex = Math.max(end, m.index + 1);
      if (m.index >= tok.end) break;
    }
  }
  return spans;
}

/** The spans in order of their starts: the list itself when it is in that order already (as it usually is). */
function byStart<T extends { start: number }>(spans: readonly T[]): readonly T[] {
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].start) return [...spans].sort((a, b) => a.start - b.start);
  return spans;
}

/**
 * A test whether [s, e) overlaps any of the spans of two lists, each in order of their starts:
 * merged intervals (the lists merged as they go) and a binary search.
 */
function overlapTest(a: readonly Blocked[], b: readonly Blocked[]): (s: number, e: number) => boolean {
  const starts: number[] = [], ends: number[] = [];
  const add = (x: Blocked) => {
    if (x.end <= x.start) return;
    if (ends.length && x.start < ends[ends.length - 1]) ends[ends.length - 1] = Math.max(ends[ends.length - 1], x.end);
    else { starts.push(x.start); ends.push(x.end); }
  };
  let i = 0, j = 0;
  while (i < a.length || j < b.length) add(j >= b.length || (i < a.length && a[i].start <= b[j].start) ? a[i++] : b[j++]);
  return (s, e) => {
    // the last interval starting before e; the intervals are disjoint, so only it can reach past s
    let lo = 0, hi = starts.length - 1, k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < e) { k = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return k >= 0 && ends[k] > s;
  };
}

/** End of a list number at the start of the block (1. 1、 (1) 一、 （一） ①), or 0. */
function listNumbering(text: string): number {
  const m = /^[\s#>*-]*(?:\(?[\d一二三四五六七八九十]+[.、)）]|[（(][\d一二三四五六七八九十]+[)）])(?!\d)/.exec(text);
  return m ? m[0].length : 0;
}

// ---- reading one figure: a pipeline of steps over one state ---------------------------------

/** A figure being read: each step reads a little further (pos) and fills in what it found. */
interface Reading {
  tok: NumeralToken;
  start: number;
  pos: number;
  value: number;
  unit: string;
  kind?: UnitKind;
  qualifier: Qualifier;
  openAbove: boolean;
  plus: boolean;
  /** A unit that makes even a small Chinese numeral a quantity (三倍, 两成, 一吨). */
  strong: boolean;
  /** The unit was written after the number (not inferred). */
  explicitUnit: boolean;
  /** The comparator written before the number, if any. */
  prefix?: string;
  metric: boolean;
  range?: [number, number];
  per?: Rate;
  tolerance?: number;
  unitSpan?: [number, number];
  /** Reading the second number of a range: no comparator before it, no claim test. */
  rangeEnd: boolean;
}

/** Read the figure that starts with token t, or undefined when it is not a claim. */
function readFigure(block: Block, t: number, rangeEnd = false): FigureCandidate | undefined {
  const tok = block.tokens[t];
  const rating = !rangeEnd && !tok.chinese && !tok.scaled ? ratingOf(block.text, tok) : undefined;
  if (rating) return rating;
  if (!mayStartFigure(block.text, tok, rangeEnd)) return undefined;
  // 占三分之一, 近四分之一的营收: a proper fraction is a percentage where it is a share of a whole, as 六成 and 千分之三 are;
  // elsewhere it is a ratio to another thing's measure, in words as written with a slash (降至原来的十分之一, 降至1/4)
  // (a mixed number is a multiple, 一又二分之一倍)
  const share = !!tok.fraction && tok.value < 1 && (SHARE_VERB_BEFORE.test(block.text.slice(Math.max(0, tok.start - 20), tok.start)) ||
    SHARE_WORD_BEFORE.test(block.text.slice(Math.max(0, tok.start - 12), tok.start)) ||
    CLAUSE_OPENS_BEFORE.test((tok.start < 6 ? '\n' : '') + block.text.slice(Math.max(0, tok.start - 6), tok.start)) ||
    (FRACTION_OF_WHOLE_AFTER.test(block.text.slice(tok.end, tok.end + 4)) && !/的\s*(?:约|約|近|超过|超過|逾|不到)?\s*$/.test(block.text.slice(Math.max(0, tok.start - 4), tok.start))));
  const r: Reading = {
    tok, start: tok.start, pos: tok.end, value: share ? tok.value * 100 : tok.value, unit: tok.percent || share ? '%' : '', qualifier: 'eq',
    openAbove: !!tok.openAbove, plus: false, strong: !!tok.percent || !!tok.fraction, explicitUnit: false, metric: false, rangeEnd,
    // every field from the start: one object shape for all readings
    kind: tok.percent || share ? 'percent' : undefined, prefix: undefined, range: undefined, per: undefined, tolerance: undefined, unitSpan: undefined,
  };
  for (const step of STEPS) if (!step(block, r, t)) return undefined;
  // (a ratio to another thing's measure is a multiple of it, below one: 降至原来的十分之一 is ×0.1)
  if (tok.fraction && !share && tok.value < 1 && !r.unit) { r.unit = 'x'; r.kind = 'multiple'; }
  // (and so is one of a measure named after it, 以1/20参数比肩R1: the measure is what it is a share of, no unit)
  if (tok.slash && !share && tok.value < 1 && MEASURE_AFTER_FRACTION.test(block.text.slice(tok.end, tok.end + 2))) {
    r.unit = 'x'; r.kind = 'multiple'; r.pos = tok.end; r.unitSpan = undefined; r.explicitUnit = false;
  }
  return finish(block.text, r);
}

/** 8.5/10, 4/5: a mark out of a whole scale (10, 5, 100). */
const RATING = /^(\d{1,3}(?:\.\d{1,2})?)\s*[/／]\s*(10|5|100)$/;
/** What gives a mark before it: 我的打分：, 评分, 综合评分, 推荐指数, rating. */
const RATING_BEFORE = /(?:打分|评分|評分|得分|分数|分數|给分|給分|推荐指数|推薦指數|推荐度|推薦度|满意度|滿意度|rating|Rating|score|Score)\s*[:：]?\s*$/;

/**
 * 我的打分：8.5/10: a rater's mark, out of the scale after the slash, is a score of the mark itself (8.5分); any other
 * slash fraction is left to the ratio rules (降至1/4).
 */
function ratingOf(text: string, tok: NumeralToken): FigureCandidate | undefined {
  // (a decimal is read alone, its scale after it: 8.5 and /10)
  const end = tok.slash ? tok.end : tok.end + (RATING_SCALE_AFTER.exec(text.slice(tok.end, tok.end + 6))?.[0].length ?? 0);
  const m = end > tok.end || tok.slash ? RATING.exec(text.slice(tok.start, end)) : null;
  if (!m || Number(m[1]) > Number(m[2]) || !RATING_BEFORE.test(text.slice(Math.max(0, tok.start - 10), tok.start))) return undefined;
  if (/^[\d.%％]/.test(text[end] ?? '')) return undefined;
  return { start: tok.start, end, value: Number(m[1]), unit: '分', qualifier: 'eq' };
}
const RATING_SCALE_AFTER = /^\s*[/／]\s*(?:10|5|100)(?![\d.])/;

/** A letter, @, #, _ or \\ before digits makes them part of a name or code. */
const isNameChar = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 64 || c === 35 || c === 95 || c === 92;

/** Digits inside names and codes (A100, HDC2023, NDCG@30), the denominator of a rate, digit strings. */
function mayStartFigure(text: string, tok: NumeralToken, rangeEnd: boolean): boolean {
  if (tok.digitString) return false;
  const before = rangeEnd ? undefined : text[tok.start - 1];
  // (but a rate's denominator written before the amount with no space, 每百万tokens16元, ends in a unit, not a name)
  if (before && !tok.chinese && isNameChar(before.charCodeAt(0)) && !DENOMINATOR_GLUED.test(text.slice(Math.max(0, tok.start - 12), tok.start))) return false;
  // 每百万tokens: the denominator of a rate, not a quantity of its own
  // (a space after 每 as copied text has it: 每 百万tokens ６０元; readRateBefore reads it the same way)
  const b = text.charCodeAt(tok.start - 1) === 32 ? tok.start - 1 : tok.start;
  if (text[b - 1] === '每' || text.slice(Math.max(0, b - 2), b) === '每个') return false;
  // (每训练1万亿tokens仅需…: the denominator of what the act costs, after the act it counts)
  if (EACH_ACT_BEFORE.test(text.slice(Math.max(0, b - 5), b))) return false;
  // (and 百万token才16块: a round count of tokens said before the price it buys, without 每)
  if (ROUND_TOKENS_NUMBER.test(text.slice(tok.start, tok.end)) && ROUND_TOKENS_PRICE_AFTER.test(text.slice(tok.end, tok.end + 24))) return false;
  if (before === '.' && /\d/.test(text[tok.start - 2] ?? '')) return false;
  // M6-OFA, x-1: a name or code (a range's second number is read with rangeEnd)
  if (before === '-' && /[A-Za-z0-9]/.test(text[tok.start - 2] ?? '') && !tok.chinese) return false;
  // 包1 人民币…, 标段2：…: a lot's number is its label
  if (!tok.chinese && !tok.decimal && LOT_BEFORE.test(text.slice(Math.max(0, tok.start - 4), tok.start)) && LOT_NUMBER_AFTER.test(text.slice(tok.end, tok.end + 4))) return false;
  // 二次开发, 二次元: 二 before 次 makes a word, not a count (a count says 两次)
  if (tok.chinese && text.slice(tok.start, tok.end) === '二' && text[tok.end] === '次') return false;
  // a scale word alone is a unit annotation after ( or / (（億港元）, 元/百万tokens), and 千兆/万兆 name a network class
  if (tok.chinese && /^[十百千万亿兆]+$/.test(text.slice(tok.start, tok.end)) &&
    (SCALE_ANNOTATION_BEFORE.test(text.slice(Math.max(0, tok.start - 12), tok.start)) || text[tok.end - 1] === '兆')) return false;
  // (USD / 1M tokens), 美元/1M tokens: the count after a currency's slash is the denominator of a unit annotation
  if (!tok.chinese && CURRENCY_SLASH_BEFORE.test(text.slice(Math.max(0, tok.start - 8), tok.start)) && TOKENS_COUNTED_AFTER.test(text.slice(tok.end, tok.end + 16))) return false;
  // a slash fraction is a ratio only where the text says so (降至1/4) or it stands alone
  if (tok.slash && !rangeEnd && !RATIO_CUE_BEFORE.test(text.slice(Math.max(0, tok.start - 4), tok.start)) &&
    text[tok.end] !== '的' && !standsAlone(text, tok)) return false;
  return true;
}

/** A lot of a tender right before its number (包1, 标段2; 包 alone only after a mark or a space, not 流量包1个). */
const LOT_BEFORE = /(?:(?:^|[^\u4e00-\u9fff])包|标段|標段|标包|標包|子包|分包)\s?$/;
/** What follows a lot's number: a colon, a bracket, a space, the amount's currency. */
const LOT_NUMBER_AFTER = /^(?:\s|[:：（(]|人民币|人民幣|¥|￥)/;
/** A round count of tokens (百万, 一百万, 1M), and a price right after it: the count is the price's denominator. */
const ROUND_TOKENS_NUMBER = /^(?:一|1\s*)?(?:百万|百萬|千万|千萬|千|万|萬|M|K)$/i;
const ROUND_TOKENS_PRICE_AFTER = /^\s*(?:个|個)?\s*tokens?\s*(?:才|只要|仅要|僅要|仅需|僅需|只需|只收|要|收|[:：])?\s*(?:约|約|大概|大约|大約)?\s*[\d０-９一二三四五六七八九十两兩]+(?:\.\d+)?\s*(?:块|塊|元|美元|美金|毛|角)/i;
/** 每百万tokens right before a number: the denominator of the price that follows. */
const DENOMINATOR_GLUED = /每\s*[\d一二两三四五六七八九十百千万亿KkMm]*\s*(?:个)?\s*(?:tokens?|Tokens?|TOKENS?)$/;
/** A currency's code, name or sign and a slash right before a number: what follows is a denominator (USD / 1M tokens). */
const CURRENCY_SLASH_BEFORE = /(?:USD|RMB|CNY|HKD|美元|美金|人民币|港元|元|\$|¥|￥)\s*[/／]\s*(?:每\s*)?$/i;
/** Tokens right after a count (1M tokens, 1000 tokens, 百万tokens): what a denominator counts. */
const TOKENS_COUNTED_AFTER = /^\s*(?:[KkMm]|百万|百萬|千|万|萬)?\s*(?:input |output )?tokens?\b/i;
/** What a unit annotation opens with: （億港元）, 元/百万tokens, （人民币亿元）, 单位：亿元. */
// (a slash may have a space after it: 元 / 百万 tokens)
const SCALE_ANNOTATION_BEFORE = /(?:[(（/]|[(（]\s*(?:单位\s*[:：]\s*)?(?:人民币|港币|新台币|美金)|单位\s*[:：]\s*(?:人民币|港币|新台币|美金)?) ?$/;

/** A currency sign of the sign table (the longest first: US$ before $) and a space at most, right before a number. */
const SIGN_BEFORE = new RegExp(`(${Object.keys(CURRENCY_SIGNS).sort((a, b) => b.length - a.length).map((k) => k.replace(/\$/g, '\\$')).join('|')})\\s?$`);
/** $20, ¥500, US$1.5, RMB 2: a currency sign before the number. */
function readCurrencySign(b: Block, r: Reading): boolean {
  if (r.tok.chinese || r.unit) return true;
  const sign = SIGN_BEFORE.exec(b.text.slice(Math.max(0, r.tok.start - 4), r.tok.start));
  if (sign) {
    r.unit = CURRENCY_SIGNS[sign[1]];
    r.kind = 'currency';
    r.strong = true;
    r.start = r.tok.start - sign[0].length;
  }
  return true;
}

/** 来 before a scale inside a numeral (二十来个亿, 三百来万, 十來億). */
const LAI_INSIDE = /[来來]个?[万亿萬億]/;
/** Measure words after 来 that make it "about" (两千来张), not a verb (三百来自, 十来看). */
const ABOUT_LAI_BEFORE = /[个個张張人号號家位名台块塊款种種项項次岁歲元倍天年米斤]/;
/** 30多款, 20余家, 两千来张, 1000+: an open bound or an approximation between the number and its unit. */
function readOpenBound(b: Block, r: Reading): boolean {
  const text = b.text;
  if ((!r.tok.chinese || r.tok.value >= 10) && (text[r.pos] === '多' || text[r.pos] === '余') && !text.startsWith('多模态', r.pos)) {
    r.openAbove = true;
    r.pos++;
  }
  // 20几秒, 30幾家: Arabic tens and 几 for the ones digit say "twenty-odd", as 20多 does
  if (!r.openAbove && !r.tok.chinese && text[r.pos] === '几' && r.tok.value >= 10 && r.tok.value % 10 === 0 && !r.tok.decimal && !r.tok.scaled && !/[乎何]/.test(text[r.pos + 1] ?? '')) {
    r.openAbove = true;
    r.pos++;
  }
  // 八十五点几: "eighty-five point something", over 85 (a number said aloud, its decimals not given)
  if (!r.openAbove && text.startsWith('点几', r.pos) && r.tok.chinese && Number.isInteger(r.tok.value) && !r.tok.scaled) {
    r.openAbove = true;
    r.strong = true;
    r.pos += 2;
  }
  // 两千来张, 四百来号人, 十来个: 来 after a round number and before its measure word says "about"
  if (!r.openAbove && text[r.pos] === '来' && r.tok.value >= 10 && r.tok.value % 10 === 0 && !r.tok.decimal && ABOUT_LAI_BEFORE.test(text[r.pos + 1] ?? '')) {
    if (r.qualifier === 'eq') r.qualifier = 'approx';
    r.pos++;
  }
  // (二十来个亿, 三百来万: 来 inside the numeral)
  if (r.qualifier === 'eq' && LAI_INSIDE.test(text.slice(r.tok.start, r.tok.end))) r.qualifier = 'approx';
  // 1000+ (1+N is a name, not 1 and more)
  if (text[r.pos] === '+' && (!/[A-Za-z]/.test(text[r.pos + 1] ?? '') || matchUnit(text, r.pos + 1))) {
    r.plus = true;
    r.pos++;
  }
  return true;
}

/** A number restated with a Latin scale in brackets right after one (（18T）, (1.8T)). */
const RESTATED_SCALE_AFTER = /^\s*[（(]\s*[\d.]+\s*[KMBTkmbt]\s*[)）]\s*/;

/** The unit or measure word after the number; Latin scale priors (70B, 128K); 1000P in a compute sentence; 20大军团. */
function readUnit(b: Block, r: Reading): boolean {
  if (r.unit) return true;
  const text = b.text;
  if (text.startsWith('个半', r.pos) && readHalfUnit(text, r)) return true;
  // 翻两番: doubled twice, ×4 (翻了 in the span: the number alone says nothing)
  const doubled = text[r.pos] === '番' ? /翻了?$/.exec(text.slice(Math.max(0, r.tok.start - 2), r.tok.start)) : null;
  if (doubled && Number.isInteger(r.value) && r.value >= 1 && r.value <= 5) {
    r.start -= doubled[0].length;
    r.value = 2 ** r.value;
    r.unit = 'x';
    r.kind = 'multiple';
    r.strong = r.explicitUnit = true;
    r.pos += 1;
    return true;
  }
  const u = matchUnit(text, r.pos);
  if (u && text[r.pos] === '块' && readKuai(text, r)) return true;
  if (u) {
    const w = text.slice(r.pos, r.pos + u.length);
    // 十六日 is a day of the month; 30日内, 为期90日 are durations
    if (w === '日' && Math.abs(r.value) <= 31 && !/^(内|以内|之内|以上|左右|后|之后)/.test(text.slice(r.pos + 1, r.pos + 3))) return false;
    // 价格啊，官方是三千九百九十九起，: a price said from where it starts, no count of cases (3起事故 is one)
    if (w === '起' && /^(?:[，,。；;！!？?、\s]|$)/.test(text.slice(r.pos + 1, r.pos + 2)) && PRICED_BEFORE.test(text.slice(Math.max(0, r.tok.start - 12), r.tok.start))) {
      if (r.qualifier === 'eq') r.qualifier = 'gte';
      r.pos += 1;
      return true;
    }
    r.unit = u.def.unit;
    r.kind = u.def.kind;
    if (u.def.factor) r.value = tidy(r.value * u.def.factor);
    r.strong = STRONG_KINDS.has(u.def.kind);
    r.explicitUnit = true;
    // (a 多 written inside the unit is an open bound: 个多月, 分多钟, 个多小时)
    if (w.includes('多')) r.openAbove = true;
    if (u.def.per) r.per = { ...u.def.per };
    r.unitSpan = [r.pos, r.pos + u.length];
    r.pos += u.length;
    // 三毛五: one digit after 毛 or 角 is its fen, said loosely (0.35元)
    const fen = (w === '毛' || w === '角') && u.def.kind === 'currency' ? SPOKEN_JIAO.exec(text.slice(r.pos, r.pos + 5)) : null;
    if (fen) {
      r.value = tidy(r.value + JIAO_DIGITS.indexOf(fen[1]) % 10 / 100);
      r.pos += 1;
    }
    // 壹佰万元整, 捌拾捌万元整/台: 整 closes an amount written out (as on a cheque or a tender), and is part of it
    if (u.def.kind === 'currency' && text[r.pos] === '整') r.pos += 1;
    return true;
  }
  // 约18万亿（18T）tokens: the unit after a restatement in brackets is the number's too (the span stays the number's)
  const restated = RESTATED_SCALE_AFTER.exec(text.slice(r.pos, r.pos + 14));
  const unitAfter = restated && !r.tok.latinScale ? matchUnit(text, r.pos + restated[0].length) : undefined;
  if (unitAfter && !unitAfter.def.factor && unitAfter.def.kind !== 'currency') {
    r.unit = unitAfter.def.unit;
    r.kind = unitAfter.def.kind;
    r.strong = STRONG_KINDS.has(unitAfter.def.kind);
    r.explicitUnit = true;
    return true;
  }
  if (r.tok.latinScale) return latinScalePrior(text, r);
  // 700W, 120 W: watts where the sentence speaks of power (典型功耗约85W；峰值不超过120W) (W alone is also 万 in web slang: 10W+阅读)
  if (/^ ?W(?![A-Za-z0-9+])/.test(text.slice(r.pos, r.pos + 3)) && POWER_WORDS.test(sentenceText(text, r.tok.start, r.tok.start, 200, FULL_STOPS))) {
    return takeUnit(r, 'W', 'power', text[r.pos] === ' ' ? 2 : 1, false);
  }
  // 恒指收报25,487点，升312点: an index's points where the clause speaks of an index or the market's close (not 3点 o'clock,
  // 三点经验, 个点: percentage points are read as units)
  if (/^[点點](?![赞讚子位击擊评評名钟鐘半整多左前後后心])/.test(text.slice(r.pos, r.pos + 2)) && INDEX_WORDS.test(text.slice(Math.max(0, r.tok.start - 16), r.tok.start))) {
    return takeUnit(r, '点', 'measure', 1);
  }
  if (/^P(?![A-Za-z0-9])/.test(text.slice(r.pos)) && COMPUTE_WORDS.test(sentenceText(text, r.tok.start, r.tok.start, 400))) {
    return takeUnit(r, 'PFLOPS', 'compute', 1, false);
  }
  // 24G显存, H20（96G）: G alone is gigabytes of memory where memory is spoken of, or in brackets after a card's name
  // (or where its sentence speaks of memory: 两张就是48G, 512G统一内存, 700G左右显存; not 5G手机)
  if (/^G(?![A-Za-z0-9])/.test(text.slice(r.pos)) && (MEMORY_AFTER.test(text.slice(r.pos + 1, r.pos + 8)) || MEMORY_BEFORE.test(text.slice(Math.max(0, r.tok.start - 8), r.tok.start)) || CARD_BRACKET_BEFORE.test(text.slice(Math.max(0, r.tok.start - 12), r.tok.start)) && /^[）)]/.test(text.slice(r.pos + 1)) ||
    (!NETWORK_AFTER_G.test(text.slice(r.pos + 1, r.pos + 4)) && MEMORY_OR_CARDS.test(sentenceText(text, r.tok.start, r.tok.start, 200, FULL_STOPS))))) {
    return takeUnit(r, 'GB', 'data', 1);
  }
  if (/[A-Za-z]/.test(text[r.pos] ?? '')) {
    // a Latin word right after the number: a unit we do not know (5000CU*H) or a name (5G, 3D)
    const m = /^[A-Za-z][A-Za-z*/]*/.exec(text.slice(r.pos))!;
    if (m[0].length < 2 || /^[A-Z]$|^(g|d|k|p|b|c|nm|fps)$/i.test(m[0]) || /\d/.test(text[r.pos + m[0].length] ?? '')) return false;
    // 88VIP, 360AI, 15Pro: a name's number and its word, not a count of anything
    if (NAME_WORD_AFTER_NUMBER.test(m[0])) return false;
    r.unit = m[0];
    r.explicitUnit = true;
    r.pos += m[0].length;
    return true;
  }
  if (!r.tok.chinese && text[r.pos] === '大' && /^[\u4e00-\u9fff]{2}/.test(text.slice(r.pos + 1)) && !DISCOURSE_NOUNS.test(text.slice(r.pos + 1))) {
    r.unit = text.slice(r.pos + 1, r.pos + 3); // 20大军团
    r.explicitUnit = true;
    r.pos += 3;
  }
  return true;
}

/** Latin words that make the number before them part of a name (88VIP, 360AI, 15Pro, a card's 7900XTX, 4060Ti). */
const NAME_WORD_AFTER_NUMBER = /^(?:s?vip|ai|app|pro|plus|max|ultra|se|gt|rs|lite|air|mini|ti|xt|xtx|super)$/i;

/** A unit stated after the number, `length` characters at r.pos (`spanned`: the unit's own span is kept for the figure's). */
function takeUnit(r: Reading, unit: string, kind: UnitKind, length: number, spanned = true): true {
  r.unit = unit;
  r.kind = kind;
  r.strong = r.explicitUnit = true;
  if (spanned) r.unitSpan = [r.pos, r.pos + length];
  r.pos += length;
  return true;
}

/** 70B is a parameter count, 1.5T tokens a token count, 128K in a context sentence tokens; 4K alone says nothing. */
function latinScalePrior(text: string, r: Reading): boolean {
  const lookahead = text.slice(r.pos, r.pos + 12).replace(/\n/g, '').toLowerCase();
  const tokens = /^\s*(tokens?|词元)/.exec(lookahead);
  if (tokens) {
    r.unit = 'tokens';
    r.kind = 'tokens';
    r.strong = true;
    r.pos += tokens[0].length;
    return true;
  }
  // (总参数 1T: a trillion right after 参数 is parameters, not terabytes)
  const paramsBefore = r.tok.latinScale === 'T' && /(?:参数|參數|parameters?)(?:量|规模|規模)?\s*(?:为|為|达|達|是|:|：)?\s*$/i.test(text.slice(Math.max(0, r.tok.start - 8), r.tok.start));
  // (1T 总参数, 32B 激活参数: the kind of count written after it is part of it)
  if (r.tok.latinScale === 'B' || paramsBefore || /^\s*(?:总|總|激活|啟用)?(?:参数|參數|parameters?)/.test(lookahead)) {
    r.unit = '参数';
    r.kind = 'parameters';
    r.strong = true;
    const m = /^\s*(个参数|個參數|(?:总|總|激活|啟用)?(?:参数|參數)|parameters?)/.exec(lookahead);
    if (m) r.pos += m[0].length;
    return true;
  }
  // 1.2M downloads, 下载量达到1.2M, Star数超过12k: a page's counts of downloads, views and stars, written with a Latin scale
  // (a unit the unit table knows, 3.4k stars or 12K次, was read before)
  if (r.tok.latinScale === 'K' || r.tok.latinScale === 'M') {
    const noun = COUNT_NOUN_AFTER_LATIN.exec(lookahead);
    const counted = noun ?? COUNT_BEFORE_LATIN.exec(text.slice(Math.max(0, r.tok.start - 12), r.tok.start));
    if (counted) {
      if (noun) r.pos += noun[0].length;
      r.unit = /star|星/i.test(counted[1]) ? '星' : /download|下载|下載|次/i.test(counted[1]) ? '次' : '';
      r.kind = 'measure';
      return true;
    }
  }
  // 月薪40K, 50-90K·16薪: a salary written in thousands of yuan, whatever window a passage nearby speaks of
  if (r.tok.latinScale === 'K' && (SALARY_BEFORE.test(text.slice(Math.max(0, r.tok.start - 12), r.tok.start).replace(/[\d.\s]*[-~～至到]\s*$/, '')) || SALARY_AFTER.test(lookahead))) {
    r.unit = '元';
    r.kind = 'currency';
    r.strong = true;
    return true;
  }
  // 128K in a passage about context windows
  const passage = text.slice(Math.max(0, r.tok.start - 80), r.tok.end + 40);
  const contextK = r.tok.latinScale === 'K' && (CONTEXT_WORDS.test(sentenceText(text, r.tok.start, r.tok.start, 400)) || /上下文|窗口|context|长文档|長文檔|长文本|長文本/i.test(passage));
  // 1M context: M is a context size only where its own sentence speaks of context (1M alone is a million of anything)
  const contextM = r.tok.latinScale === 'M' && /上下文|窗口|context|长文本/i.test(sentenceText(text, r.tok.start, r.tok.start, 400));
  if ((r.tok.latinScale === 'K' || r.tok.latinScale === 'M') && /^\s*(上下文|context|字|长文本)/.test(lookahead) || contextK || contextM) {
    r.unit = 'tokens';
    r.kind = 'tokens';
    r.strong = true;
    return true;
  }
  // 10k+ counts something; a number standing alone is a data point
  return r.plus || standsAlone(text, r.tok);
}
/** Words of pay (年薪, 月薪, 薪酬, 总包): a sum by the year or month they speak of is what someone earns. */
export const SALARY_WORDS = /年薪|月薪|薪酬|薪资|薪資|薪水|工资|工資|年包|总包|總包|起薪|底薪/;
/** A salary's word right before a number in K (月薪40K, 薪资：30-55K). */
const SALARY_BEFORE = new RegExp(`(?:${SALARY_WORDS.source}|待遇|税前|稅前)\\s*(?:约|約|大概|大约|大約|在|为|為|是|有|:|：)?\\s*$`);
/** …or the months paid a year, or per month, right after it (50-90K·16薪, 40K×14薪, 30K/月). */
const SALARY_AFTER = /^\s*(?:[·•×xX*]\s*\d{1,2}\s*薪|\/\s*月|每月)/;
/** What a count written with a Latin scale counts, right after it (1.2M downloads, 10k likes). */
const COUNT_NOUN_AFTER_LATIN = /^\s*(downloads?|likes?|followers?|views?|次(?:下载|下載)?)(?![A-Za-z])/i;
/** …or right before it (下载量达到1.2M, GitHub Star数超过12k). */
const COUNT_BEFORE_LATIN = /(下载量|下載量|下载|下載|downloads?|stars?|star数|star數|浏览量|瀏覽量|阅读量|閱讀量|播放量|点赞|點讚|粉丝|粉絲|关注者|followers?)\s*(?:达到|達到|达|達|超过|超過|突破|破|为|為|已|已经|已經|:|：)?\s*$/i;

/** A currency named right before a number (人民币5000万, 约人民币5亿元, 新台币49,900元). */
const CURRENCY_BEFORE = /(人民币|美元|美金|港币|港元|欧元|日元|新台币|台币)\s*$/;
/** 人民币5000万, 美元100亿: a currency named before the number when none follows it. */
function readCurrencyBefore(b: Block, r: Reading): boolean {
  if (r.unit) {
    // 新台幣49,900元, 港幣3億元: the 元 after a number that another currency than the yuan is named before is that
    // currency's, and the name is part of the figure
    const named = r.unit === '元' ? CURRENCY_BEFORE.exec(b.text.slice(Math.max(0, r.start - 5), r.start)) : null;
    const other = named ? matchUnit(named[1], 0)!.def.unit : '元';
    if (named && other !== '元') {
      r.unit = other;
      r.start -= named[0].length;
    }
    return true;
  }
  const m = CURRENCY_BEFORE.exec(b.text.slice(Math.max(0, r.start - 5), r.start));
  if (!m) return true;
  const u = matchUnit(m[1], 0)!;
  r.unit = u.def.unit;
  r.kind = 'currency';
  r.strong = true;
  r.start -= m[0].length;
  return true;
}

/** A discourse count (3个方面) is no claim; the noun after 个 (100多个模型) is what is counted, not the unit. */
function readCountedNoun(b: Block, r: Reading): boolean {
  const text = b.text;
  if (r.explicitUnit && DISCOURSE_NOUNS.test(text.slice(r.pos))) return false;
  if (r.openAbove && text[r.pos] === '多') r.pos++;
  return true;
}

/**
 * A small Chinese numeral counting things (一个, 三类, 两家) is no claim unless a comparator, a
 * range or a strong unit makes it one: decided here, before the costlier steps, exactly as isClaim would.
 */
function smallCount(b: Block, r: Reading): boolean {
  const tok = r.tok;
  if (r.rangeEnd || !tok.chinese || Math.abs(tok.value) >= 10 || tok.percent || tok.fraction || tok.range || tok.openAbove || tok.half || tok.decimal) return true;
  if (r.strong || /^(月|天|周|小时|分钟|秒|毫秒|次|家|轮|席)$/.test(r.unit)) return true;
  const text = b.text;
  if (/^\s*(至|到|~|～|-|—|–)/.test(text.slice(r.pos, r.pos + 3))) return true;
  if (prefixBefore(text, r.start)) return true;
  return !r.unit && standsAlone(text, tok);
}

/** 一个半小时 (1.5 h), 两个半月: 个半 before a unit adds a half. */
function readHalfUnit(text: string, r: Reading): boolean {
  const u = matchUnit(text, r.pos + 2);
  const month = !u && text[r.pos + 2] === '月';
  if (!month && (!u || u.def.kind === 'measure')) return false;
  r.value += 0.5;
  r.unit = month ? '月' : u!.def.unit;
  r.kind = month ? 'time' : u!.def.kind;
  r.strong = r.explicitUnit = true;
  r.pos += 2 + (month ? 1 : u!.length);
  return true;
}

/** 一吨半, 两米半, 三年半; 半 alone before a unit (半小时) is 0.5 of it. */
function readHalf(b: Block, r: Reading): boolean {
  const text = b.text;
  if (r.tok.half) { r.strong = r.explicitUnit; return true; }
  if (r.explicitUnit && text[r.pos] === '半' && !/[导岛径月]/.test(text[r.pos + 1] ?? '') && Number.isInteger(r.value) && !r.tok.scaled &&
    r.kind && r.kind !== 'percent' && r.kind !== 'measure') {
    r.value += 0.5;
    r.strong = true;
    r.pos++;
  }
  return true;
}

/** 每百万tokens仅需八角: 角 alone is a word (八角, 五角大楼, 冰山一角, 三角形) except as a price right after what it pays for. */
function readPriceInJiao(b: Block, r: Reading): boolean {
  const text = b.text;
  if (r.unit || r.tok.scaled || r.tok.percent || r.tok.fraction || text[r.pos] !== '角') return true;
  // 1角2分, 两角五分: jiao and fen together are money wherever they stand
  const fen = JIAO_AND_FEN.exec(text.slice(r.pos + 1, r.pos + 4));
  if (fen && Number.isInteger(r.value) && r.value < 10) {
    r.value = tidy(r.value * 0.1 + (JIAO_DIGITS.indexOf(fen[1]) % 10) / 100);
    return takeUnit(r, '元', 'currency', 1 + fen[0].length);
  }
  if (/[星形洲楼樓大度钱錢]/.test(text[r.pos + 1] ?? '')) return true;
  const paidFor = denominatorBefore(text, r.start);
  if (!paidFor || !PRICE_VERB_BETWEEN.test(text.slice(paidFor.d.end, r.start))) return true;
  r.value = tidy(r.value * 0.1);
  r.unit = '元';
  r.kind = 'currency';
  r.pos += 1;
  r.explicitUnit = true;
  r.strong = true;
  return true;
}

/** The fen after a jiao (1角2分): one digit and 分, not the start of minutes, a fraction or a score (2分钟, 2分之1). */
const JIAO_AND_FEN = /^([0-9０-９一二三四五六七八九])分(?![钟鐘之数數])/;
/** What may stand between what a price pays for and the price (每百万tokens仅需八角). */
const PRICE_VERB_BETWEEN = /^\s*(?:仅需|僅需|只需|只要|仅|僅|需|为|為|是|收费|收費)?\s*$/;

/** 3元5角2分 (3.52元), 五元三毛 (5.3元), 两美元又三美分 (2.03美元). */
function readSubunits(b: Block, r: Reading): boolean {
  const text = b.text;
  // (another currency than the yuan named before an amount written in 元 counts its 角 and 分 as the yuan does: 港幣壹元貳角伍分)
  const parts = SUBUNITS[r.unit] ?? (r.kind === 'currency' && r.explicitUnit && (text[r.pos - 1] === '元' || text[r.pos - 1] === '圆') ? SUBUNITS.元 : undefined);
  // 人民币壹角伍分, 人民币1角5分: the currency named before an amount in 角 (and 分)
  if (parts && r.unit === '元' && !r.explicitUnit && r.kind === 'currency' && (text[r.pos] === '角' || text[r.pos] === '毛')) {
    r.value = tidy(r.value * 0.1);
    r.pos += 1;
    r.explicitUnit = true;
  }
  // 五秒六, 八秒多: seconds said aloud, a tenth after them (5.6秒) or 多 (over 8秒)
  if (r.unit === '秒' && r.explicitUnit && r.tok.chinese && Number.isInteger(r.value)) {
    const tenth = SPOKEN_TENTH.exec(text.slice(r.pos, r.pos + 2));
    if (tenth) { r.value = tidy(r.value + CN_DIGITS[tenth[0]] / 10); r.pos += 1; }
    else if (text[r.pos] === '多') { r.openAbove = true; r.pos += 1; }
  }
  // 3分半, 两分半钟: minutes and a half (no score: a score's half is written 3.5分)
  const half = r.unit === '分' && Number.isInteger(r.value) ? MINUTES_AND_A_HALF.exec(text.slice(r.pos, r.pos + 3)) : null;
  if (half) {
    r.value += 0.5;
    r.pos -= 1;
    takeUnit(r, '分钟', 'time', 1 + half[0].length);
  }
  if (r.explicitUnit && r.unit in SMALLER_DURATION && Number.isInteger(r.value)) readDurationRest(text, r);
  if (!parts || !r.explicitUnit) return true;
  for (;;) {
    const at = text[r.pos] === '又' ? r.pos + 1 : r.pos;
    // (a financial digit alone is a word elsewhere, 队伍; before 角 or 分 after an amount it is a digit: 壹元伍角)
    const n = readNumeral(text, at) ?? (FINANCIAL_DIGITS.has(text[at]) ? { value: CN_DIGITS[text[at]], end: at + 1 } as NumeralToken : undefined);
    if (!n || n.scaled || n.percent || n.fraction || n.digitString) break;
    const part = parts.find(([w]) => text.startsWith(w, n.end));
    if (!part) break;
    r.value = tidy(r.value + n.value * part[1]);
    r.pos = n.end + part[0].length;
  }
  if (text[r.pos] === '钱' && r.unit === '元') r.pos++;
  return true;
}

/** 半 after 分 as a time says it (3分半, 两分半钟), not a word that begins with 半 (半导体, 半年). */
const MINUTES_AND_A_HALF = /^半(?:钟|鐘)?(?![导導岛島径徑年月天小个個])/;
/** A duration's unit and the smaller one it may go on in (1分40秒, 2小时30分钟), with how many of these make one. */
const SMALLER_DURATION: Readonly<Record<string, readonly [RegExp, string, number]>> = {
  小时: [/^(?:分钟|分鐘|分(?![之数數钱錢]))/, '分钟', 60],
  分钟: [/^(?:秒钟|秒鐘|秒)/, '秒', 60],
  分: [/^(?:秒钟|秒鐘|秒)/, '秒', 60],
};

/** 1分40秒, 2小时30分钟: a duration said in two units is one figure, counted in the smaller (100秒, 150分钟). */
function readDurationRest(text: string, r: Reading): void {
  const [unitAfter, smaller, per] = SMALLER_DURATION[r.unit];
  const n = readNumeral(text, r.pos);
  if (!n || n.scaled || n.percent || n.fraction || n.digitString || !Number.isInteger(n.value) || n.value >= per) return;
  const u = unitAfter.exec(text.slice(n.end, n.end + 2));
  if (!u) return;
  r.value = r.value * per + n.value;
  r.pos = n.end;
  takeUnit(r, smaller, 'time', u[0].length);
}

/** One digit after 毛 or 角 in 块-money, its fen (四块七毛三), not the start of what the money buys (一块二毛一小时). */
const FEN_AFTER_JIAO = /^([0-9０-９一二三四五六七八九])(?![0-9０-９.．\u4e00-\u9fff])/;

/** One digit said after a unit of seconds, a tenth of one (五秒六), not the start of another number (三秒六十帧). */
const SPOKEN_TENTH = /^[一二三四五六七八九](?![十百千万亿个個秒分点點帧幀次])/;

/** A currency named after 块 (and 多): 4块多美金. */
const KUAI_OF_CURRENCY = /^(多)?(美金|美元|港币|港元|人民币|新台币|台币|日元|日圆|欧元)/;
const CURRENCY_AFTER_KUAI: Record<string, string> = {
  美金: '美元', 美元: '美元', 港币: '港元', 港元: '港元', 人民币: '元', 新台币: '新台币', 台币: '新台币', 日元: '日元', 日圆: '日元', 欧元: '欧元',
};

/** 块 said for 元 (pieces otherwise: 8块木板): the amount in yuan read, or false. */
function readKuai(text: string, r: Reading): boolean {
  // 4块多美金, 三块港币: 块 is one of the currency named right after it
  const named = KUAI_OF_CURRENCY.exec(text.slice(r.pos + 1, r.pos + 6));
  if (named) {
    if (named[1]) r.openAbove = true;
    return takeUnit(r, CURRENCY_AFTER_KUAI[named[2]], 'currency', 1 + named[0].length);
  }
  // ４块５, 三块八: 块 and one digit after it is money in yuan and jiao (said as 4.5元), not pieces
  // (三块五毛: the digit's 毛 or 角 written too)
  const coin = /^[毛角](?:钱|錢)?/.exec(text.slice(r.pos + 2, r.pos + 4));
  const jiao = coin || !matchUnit(text, r.pos + 2) ? SPOKEN_JIAO.exec(text.slice(r.pos + 1, r.pos + 6)) ?? (coin ? /^([0-9０-９一二三四五六七八九])/.exec(text.slice(r.pos + 1, r.pos + 2)) : null) : null;
  if (jiao) {
    r.value = tidy(r.value + JIAO_DIGITS.indexOf(jiao[1]) % 10 / 10);
    // (四块七毛三: one digit after the 毛 is its fen)
    const fen = coin?.[0].length === 1 ? FEN_AFTER_JIAO.exec(text.slice(r.pos + 3, r.pos + 5)) : null;
    if (fen) r.value = tidy(r.value + JIAO_DIGITS.indexOf(fen[1]) % 10 / 100);
    return takeUnit(r, '元', 'currency', 2 + (coin ? coin[0].length : 0) + (fen ? 1 : 0));
  }
  // 两块五刀, 一块五美元: a spoken tenth between 块 and another currency is that currency's (2.5 dollars)
  const tenth = /^([一二三四五六七八九])/.exec(text.slice(r.pos + 1, r.pos + 2));
  const other = tenth ? matchUnit(text, r.pos + 2) : undefined;
  if (tenth && other?.def.kind === 'currency' && other.def.unit !== '元') {
    r.value = tidy(r.value + JIAO_DIGITS.indexOf(tenth[1]) % 10 / 10);
    return takeUnit(r, other.def.unit, 'currency', 2 + other.length);
  }
  const closes = KUAI_CLOSES.exec(text.slice(r.pos + 1, r.pos + 3));
  // 一个月六十九块, 一年五百九十九块: after one period; 输出四块, 价格降到了5块: closing a clause about a price
  // (and a list of amounts in 块 goes on: H100差不多13块5一卡时，H800便宜点，11块左右，A800 6块多)
  if (closes && (PERIOD_BEFORE_KUAI.test(text.slice(Math.max(0, r.tok.start - 6), r.tok.start)) || PRICE_BEFORE_KUAI.test(text.slice(Math.max(0, r.tok.start - 16), r.tok.start)) ||
    TOKENS_BEFORE_KUAI.test(text.slice(Math.max(0, r.tok.start - 16), r.tok.start)) || ROUND_TOKENS_BEFORE.test(text.slice(Math.max(0, r.tok.start - 16), r.tok.start)) || KUAI_MONEY_BEFORE.test(text.slice(Math.max(0, r.tok.start - 40), r.tok.start)))) {
    // (6块多: over six yuan)
    const more = text[r.pos + 1 + closes[0].length] === '多';
    if (more) r.openAbove = true;
    return takeUnit(r, '元', 'currency', 1 + closes[0].length + (more ? 1 : 0));
  }
  const perTokens = KUAI_PER_TOKENS.exec(text.slice(r.pos + 1, r.pos + 16));
  if (perTokens) return takeUnit(r, '元', 'currency', 1 + perTokens[0].length);
  // 7块多一小时, 5块一个月: before one period, a rental's or a plan's rate
  const rate = KUAI_RATE.exec(text.slice(r.pos + 1, r.pos + 10));
  if (!rate) return false;
  if (rate[1]) r.openAbove = true;
  return takeUnit(r, '元', 'currency', 1 + rate[0].length);
}

/** An amount in 块 and jiao, or in 块 a card-hour, earlier on the line (13块5, 7块多一小时): the line lists money. */
const KUAI_MONEY_BEFORE = /[\d０-９一二三四五六七八九十]\s*块(?:[\d０-９一二三四五六七八九](?![\d０-９])|多?一?(?:卡时|小时|个小时))[^。！？!?\n]*$/;

/** 从 or 由 right before a figure: what follows 到 is where it went. */
const FROM_BEFORE_RANGE = /(?:从|從|由)\s*$/;
/** What after two values says they bound a spread (不等, 之间, 区间). */
const SPREAD_AFTER = /^\s*(?:不等|之间|之間|区间|區間|范围|範圍)/;
/** What after 2、3 makes them dates or ordinals, no range: 2、3月, 3、4号, 1、2期. */
const DATE_AFTER_LISTED = /^\s*(?:月|日|号|號|季|期|代|名|届|屆|楼|樓|层|層|章|节|節|点|點|级|級|星)/;

/** 5至10倍, 30%-40%, 12–15亿美元 (one scale word for both ends), 三到五成, 百分之五十到六十. */
function readRange(b: Block, r: Reading, t: number): boolean {
  const text = b.text;
  const next = b.tokens[t + 1];
  const sep = /^\s*(至|到|~|～|-|—|–|、)\s*/.exec(text.slice(r.pos));
  if (r.rangeEnd || !sep || !next || next.start !== r.pos + sep[0].length || !next.chinese !== !r.tok.chinese) return true;
  const listed = sep[1] === '、';
  // (2、3天: two neighbouring digits and a 、, one unit after them, is a range said loosely; not a list, 第1、2名, 1、2、3, nor dates, 2、3月)
  if (listed && (r.unit || r.value < 1 || r.value > 8 || !Number.isInteger(r.value) || next.value !== r.value + 1 || next.end - next.start !== 1 || r.tok.end - r.tok.start !== 1 ||
    /[第、,，\d]/.test(text[r.tok.start - 1] ?? '') || text[next.end] === '、' || DATE_AFTER_LISTED.test(text.slice(next.end, next.end + 3)))) return true;
  const second = readFigure(b, t + 1, true);
  if (!second || (listed && !second.unit)) return true;
  // 从12个人到300多人: from one value to another is a change, two figures (not 从3元到5元不等, a spread)
  if ((sep[1] === '到' || sep[1] === '至') && r.unit && FROM_BEFORE_RANGE.test(text.slice(Math.max(0, r.start - 2), r.start)) && !SPREAD_AFTER.test(text.slice(second.end, second.end + 3))) return true;
  let first = r.value;
  // 12–15亿: the first end shares the second's scale word (and 三到五成 its 成)
  const m = next.multiplier;
  if (m && m > 10 && !r.tok.scaled && !r.tok.percent && (r.tok.multiplier ?? 1) <= 10 && !r.unit && first * m < second.value) first = tidy(first * m);
  else if (next.percent && next.multiplier === 10 && !r.tok.percent && !r.unit && first * 10 < second.value) first = tidy(first * 10);
  // (新台幣300億到350億元: the currency named before the first end, its 元 after the second)
  const namedCurrency = r.kind === 'currency' && r.unit !== '元' && second.unit === '元';
  const unitsAgree = r.unit === '' || r.unit === second.unit || (r.unit === '%' && second.unit === '') || namedCurrency;
  if (!unitsAgree || !(second.value > first)) return true;
  r.value = first;
  r.range = [first, second.value];
  if (second.unit && !namedCurrency) r.unit = second.unit;
  if (second.unit && second.unit !== '%') r.strong = true;
  r.strong ||= !!second.unit;
  r.pos = second.end;
  if (second.per) r.per = second.per;
  if (second.qualifier !== 'eq') r.qualifier = second.qualifier;
  return true;
}

/** The denominator of a rate after the unit: 0.0008元/千tokens, 20美元/月, 1100 tokens/s, 2元每百万tokens. */
function readRateAfter(b: Block, r: Reading): boolean {
  if (r.per || r.kind === 'percent' || r.kind === 'multiple') return true;
  const text = b.text;
  // 6.5w/月, 12万一张: a bare amount said loosely, and the period or the one thing it is for (a price, as a chat says it)
  if (!r.unit) {
    const written = text.slice(r.start, r.pos);
    if (!/[万萬千亿億wWkK]/.test(written) && r.value < 100) return true;
    const period = /^\s*[\/／]\s*/.exec(text.slice(r.pos, r.pos + 3));
    const per = period ? periodAt(text, r.pos + period[0].length) : undefined;
    if (per && !/^[内內份度底初中末均]/.test(text.slice(r.pos + period![0].length + per.length))) {
      r.per = { value: 1, unit: per.unit };
      r.pos += period![0].length + per.length;
      return true;
    }
    // (what one thing costs: an amount in yuan, as the spoken 块 is)
    if (takeOneThing(text, r)) { r.unit = '元'; r.kind = 'currency'; }
    return true;
  }
  // (2元/每百万tokens, $0.5 per million tokens)
  const slash = /^\s*(\/\s*每|\/|每|per(?= ))\s*/i.exec(text.slice(r.pos, r.pos + 6));
  // ２０刀一个月, 29元一个月, 199元一年: an amount of money and one period after it
  const spoken = !slash && r.kind === 'currency' ? ONE_PERIOD_AFTER.exec(text.slice(r.pos, r.pos + 5)) : null;
  if (spoken) {
    r.per = { value: 1, unit: spoken[1] };
    r.pos += spoken[0].length;
    return true;
  }
  // 12万元一张, 1.8刀一卡时, 6毛多一度: an amount of money and the one thing it buys
  if (!slash && r.kind === 'currency' && takeOneThing(text, r)) return true;
  // 一块钱一百万token: an amount of money and the tokens it buys, said without 每
  const tokens = !slash && r.kind === 'currency' ? /^\s*一?(?=[百千万萬])/.exec(text.slice(r.pos, r.pos + 3)) : null;
  // (60块一百万，: a million alone after a price is of tokens, as a price list says it)
  const spokenTokens = tokens ? readDenominator(text, r.pos + tokens[0].length) ?? spokenMillion(text, r.pos + tokens[0].length) : undefined;
  if (spokenTokens?.per.unit === 'tokens' && spokenTokens.per.value >= 1000) {
    r.per = spokenTokens.per;
    r.pos = spokenTokens.end;
    return true;
  }
  if (!slash) return true;
  // (16元每百万, 2元/百万: a bare million or thousand after a price is of tokens, as a price list says it)
  const d = readDenominator(text, r.pos + slash[0].length) ?? (r.kind === 'currency' ? bareTokenScale(text, r.pos + slash[0].length) : undefined);
  // (tokens per tokens is no rate: 8K/32K are two windows side by side)
  if (!d || (r.unit === 'tokens' && d.per.unit === 'tokens')) return true;
  r.per = d.per;
  r.pos = d.end;
  const pair = perUnitAndPeriod(d, text, r.pos);
  if (pair) { r.per = pair.per; r.pos = pair.end; }
  return true;
}

/**
 * 6.8元/卡/小时, 8980元/卡/月, 每卡每小时: per card and hour is per card-hour, per card and month per card-month
 * (a rental's hourly and monthly prices are two rates, never one); 0.3元/GB/月, 25元/Mbps/月: per unit and period.
 */
function perUnitAndPeriod(d: { per: Rate; end: number }, text: string, at: number): { per: Rate; end: number } | undefined {
  if (d.per.value !== 1 || PERIOD_UNITS.has(d.per.unit)) return undefined;
  // (or a dot between: 元/卡·月, 元/台·月)
  const m = /^\s*(?:\/|每|·|・)\s*(小时|小時|时|時|天|日|月|年)(?![活份度底初均])/.exec(text.slice(at, at + 6));
  if (!m) return undefined;
  // (a card's time is one word, 卡时, 卡月; any other unit and its period are written as a pair: 0.3元/GB/月, 25元/Mbps/月)
  if (d.per.unit === '卡') return { per: { value: 1, unit: `卡${/^[小时時]/.test(m[1]) ? '时' : m[1] === '日' ? '天' : m[1]}` }, end: at + m[0].length };
  const period = /^[小时時]/.test(m[1]) ? '小时' : m[1] === '日' ? '天' : m[1];
  return { per: { value: 1, unit: `${d.per.unit}/${period}` }, end: at + m[0].length };
}

/** 每百万, 每千 with nothing after them, as a price list says them: so many tokens. */
function bareTokenScale(text: string, at: number): { per: Rate; end: number } | undefined {
  const m = /^(百万|百萬|千|1M|1K)(?=了|[^\dA-Za-z\u4e00-\u9fff]|$)/.exec(text.slice(at, at + 3));
  return m ? { per: { value: /^(百|1M)/.test(m[1]) ? 1e6 : 1e3, unit: 'tokens' }, end: at + m[0].length } : undefined;
}

/** 百万 alone, the tokens a price buys said without their unit (60块一百万，). */
function spokenMillion(text: string, at: number): { per: Rate; end: number } | undefined {
  const d = bareTokenScale(text, at);
  return d && d.per.value === 1e6 ? d : undefined;
}

/** One thing an amount pays for, said after it (一张, 一卡时, and 一次, 一块), 多 before it (6毛多一度); not a longer word (一块儿). */
const ONE_ITEM_AFTER = new RegExp(`^(多)?\\s*一(${ONE_THING}|次(?!性)|块(?![钱錢儿兒])|塊(?![钱錢]))(?![\\dA-Za-z])`);

/** 12万一张, 6毛多一度: the one thing after an amount, taken as its denominator. */
function takeOneThing(text: string, r: Reading): boolean {
  const item = ONE_ITEM_AFTER.exec(text.slice(r.pos, r.pos + 6));
  if (!item) return false;
  // (一个卡时 is one card-hour)
  r.per = { value: 1, unit: item[2].length > 1 ? item[2].replace(/^[个個]/, '') : item[2] };
  r.pos += item[0].length;
  if (item[1]) r.openAbove = true;
  return true;
}
/** One period said after an amount of money (一个月, 一年, 一天, 一小时); not the start of a count of periods (一个月内, 一年多). */
// (and an hour, 6块钱一小时: a rental's rate)
const ONE_PERIOD_AFTER = new RegExp(`^\\s*${ONE_PERIOD}${NOT_A_SPAN_OF_PERIODS}`);
/** 按美元/1M tokens, （元/百万tokens）: a currency and its denominator named once for the prices below. */
const CURRENCY_FRAME = /(?:按|以|[（(]|[单單]位\s*[:：])\s*(?:美元|美金|元|人民币|人民幣|港元|新台币|新台幣|USD|RMB|CNY|\$|¥|￥)\s*[/／]\s*/g;

/** The denominator a line frames the prices after it with (再看海外（按美元/1M tokens）：, 再看价格（每百万tokens，输入/输出）：), if it names one. */
export function framedDenominator(written: string): Rate | undefined {
  // (read as the figures are, simplified: 每百萬tokens)
  const line = normalize(written).text;
  const currency = currencyFrame(line);
  if (currency) return currency.d.per;
  FRAMING.lastIndex = 0;
  for (const m of line.matchAll(FRAMING)) {
    const d = readDenominator(line, m.index! + m[0].length);
    const bracket = m[1] === '（' || m[1] === '(';
    if (d && (bracket ? BRACKET_FRAME_END : FRAMING_END).test(line.slice(d.end, d.end + 6))) return d.per;
  }
  return undefined;
}

/** The first currency a line names before a slash and the denominator after it (（元/百万tokens）, 按美元/1M tokens): the currency's unit too. */
function currencyFrame(line: string): { unit: string; d: { per: Rate; end: number } } | undefined {
  CURRENCY_FRAME.lastIndex = 0;
  for (const m of line.matchAll(CURRENCY_FRAME)) {
    const d = readDenominator(line, m.index! + m[0].length);
    const unit = currencyUnit(m[0].replace(/^(?:按|以|[（(]|[单單]位\s*[:：])\s*/, ''));
    if (d && unit) return { unit, d };
  }
  return undefined;
}
/** The unit a currency word or sign starting `word` stands for (美金 → 美元, 人民币 → 元, ¥ → 元). */
function currencyUnit(word: string): string | undefined {
  const u = matchUnit(word, 0);
  return u?.def.kind === 'currency' ? u.def.unit : CURRENCY_SIGNS[word[0]];
}
/** The facets a declaration names for each amount of a line, joined by a slash (输入/输出). */
const DECLARED_FACETS = new RegExp(`(${PRICE_SIDE}|input|output)\\s*[/／]\\s*(${PRICE_SIDE}|input|output)`, 'i');

/**
 * A line that declares the currency, the denominator and perhaps the facets of the price list below it
 * (📌 主流模型API价格一览（元/百万tokens，输入/输出，截至2025年2月）), read simplified.
 */
export function declaredPrices(written: string): { unit: string; per: Rate; facets?: string[]; written: string } | undefined {
  // (every block is asked: most write no declaration, and are let go before they are normalised)
  if (!DECLARATION_HINT.test(written)) return undefined;
  const line = normalize(written).text;
  const currency = currencyFrame(line);
  if (currency) {
    const facets = DECLARED_FACETS.exec(line.slice(currency.d.end));
    return { unit: currency.unit, per: currency.d.per, ...(facets ? { facets: [facets[1], facets[2]] } : {}), written: written.trim() };
  }
  // 总结表（按月付价格，单位：元）: a period and a currency unit
  const period = PERIOD_PRICES.exec(line);
  const unit = period ? currencyUnit(period[2]) : undefined;
  return period && unit ? { unit, per: { value: 1, unit: period[1] }, written: written.trim() } : undefined;
}
/** What a declaration writes: a currency before a slash in brackets, or 单位. */
const DECLARATION_HINT = new RegExp(`${CURRENCY_FRAME.source}|单位|單位`);
/** A declaration of prices by a period, with their currency as a unit (按月付价格，单位：元; 每月费用（单位：美元）). */
const PERIOD_PRICES = /(?:按|每)(月|年|天|周)[付计計]?[^\n（()）]{0,6}?(?:价格|價格|费用|費用|价|價|收费|收費)?[^\n]{0,8}?单位\s*[:：]\s*(元|美元|美金|港元|人民币|新台币)/;

/** A list's line: a bullet, a name (perhaps its maker in brackets), a colon, then amounts joined by slashes and nothing else. */
// (or a bar, 智谱清言｜19.9; and 起 after the amount, a price from: 海螺AI｜68起)
const PRICE_LIST_LINE = /^[ \t]*(?:[-*·•]\s*)?([^\n:：|｜]{1,40}?)[ \t]*[:：|｜][ \t]*(\d+(?:\.\d+)?(?:[ \t]*[/／][ \t]*\d+(?:\.\d+)?)*)[ \t]*(起)?[ \t]*$/;
/** A side's label and its amount on a list's line (输入0.3). */
const LABELLED_AMOUNT = new RegExp(`(${PRICE_SIDE}|input|output)[ \\t]*[:：]?[ \\t]*(\\d+(?:\\.\\d+)?)`, 'gi');
/** A list's line with each amount labelled by its side (Qwen-Turbo：输入0.3，输出0.6). */
const LABELLED_PRICE_LINE = new RegExp(`^[ \\t]*(?:[-*·•]\\s*)?([^\\n:：|｜]{1,40}?)[ \\t]*[:：|｜][ \\t]*((?:${PRICE_SIDE}|input|output)[ \\t]*[:：]?[ \\t]*\\d+(?:\\.\\d+)?(?:[ \\t]*[，,、；;/／][ \\t]*(?:${PRICE_SIDE}|input|output)[ \\t]*[:：]?[ \\t]*\\d+(?:\\.\\d+)?)*)[ \\t]*[。.]?[ \\t]*$`, 'i');

/**
 * DeepSeek-V3：2 / 8 under a line that declares the list's currency and denominator: its bare amounts are the prices of
 * the model the line names, one per facet the declaration names (two amounts need two facets, or they would contradict).
 */
export function pricesOnListLine(line: string, mentions: ReadonlyArray<{ start: number; end: number; kind: string; entityId: string }>,
  declared: { unit: string; per: Rate; facets?: string[] }): Array<{ start: number; end: number; value: number; unit: string; qualifier: Qualifier; per: Rate; subjectId?: string; facet?: string }> | undefined {
  const plain = PRICE_LIST_LINE.exec(line);
  const labelled = plain ? null : LABELLED_PRICE_LINE.exec(line);
  const m = plain ?? labelled;
  if (!m) return undefined;
  const labelEnd = m.index + m[0].indexOf(m[1]) + m[1].length;
  const named = mentions.filter((e) => e.end <= labelEnd);
  const subject = named.find((e) => e.kind === 'model') ?? named[0];
  if (!subject) return undefined;
  if (labelled) {
    const at = m.index + m[0].lastIndexOf(m[2]);
    return [...m[2].matchAll(LABELLED_AMOUNT)].map((a) => {
      const start = at + a.index! + a[0].length - a[2].length;
      return { start, end: start + a[2].length, value: Number(a[2]), unit: declared.unit, qualifier: 'eq' as Qualifier, per: declared.per, subjectId: subject.entityId, facet: toSimplified(a[1]).toLowerCase() };
    });
  }
  const amounts = [...m[2].matchAll(/\d+(?:\.\d+)?/g)];
  if (amounts.length > 1 && declared.facets?.length !== amounts.length) return undefined;
  const at = m.index + m[0].lastIndexOf(m[2]);
  return amounts.map((a, k) => ({
    start: at + a.index!, end: at + a.index! + a[0].length + (m[3] ? 1 : 0), value: Number(a[0]), unit: declared.unit, qualifier: m[3] ? 'gte' : 'eq', per: declared.per, subjectId: subject.entityId,
    ...(amounts.length > 1 ? { facet: declared.facets![k] } : {}),
  }));
}

/** A GPU and an hour written apart (GPU/小时, GPU·小时, GPU/h). */
const GPU_AND_HOUR = /^(?:GPU|gpu)\s*(?:\/|·|・)\s*(?:小时|小時|时|時|h(?![A-Za-z]))/;
/** A scale said in English before a denominator's unit (per million tokens). */
const ENGLISH_SCALE = /^(million|thousand|billion) ?(?=[A-Za-z])/i;
const ENGLISH_SCALES: Record<string, number> = { million: 1e6, thousand: 1e3, billion: 1e9 };

/** A denominator at pos: [a number or scale word] [个] a unit or a period (千tokens, 百万个Token, 1M tokens, 月, s, GPU小时). */
function readDenominator(text: string, pos: number): { per: Rate; end: number } | undefined {
  let value = 1;
  let at = pos;
  let english: RegExpExecArray | null;
  const n = readNumeral(text, pos);
  if (n && !n.percent && !n.fraction && !n.digitString && n.value > 0) {
    value = n.value;
    at = n.end;
    // $2.5/1M, $0.5/1K: a count of M or K after the slash is of tokens, as a price list writes it
    if (text[pos - 1] === '/' && /^\d+(?:\.\d+)?\s?[MK]$/.test(text.slice(pos, at)) && !/^[A-Za-z0-9]/.test(text.slice(at, at + 1))) {
      const unit = /^ ?tokens?(?![A-Za-z])/i.exec(text.slice(at, at + 9));
      return { per: { value, unit: 'tokens' }, end: at + (unit ? unit[0].length : 0) };
    }
  } else if ((english = ENGLISH_SCALE.exec(text.slice(pos, pos + 9)))) {
    // per million tokens, per thousand tokens
    value = ENGLISH_SCALES[english[1].toLowerCase()];
    at = pos + english[0].length;
  } else {
    // $0.8/M tokens, $5/M: M and K alone are a million and a thousand (tokens, as a model's price list writes)
    // ($3/MTok, as Anthropic's price list writes a million tokens)
    const abbreviated = /^([MK])(?=Toks?(?![A-Za-z])|(?![A-Za-z0-9]))/.exec(text.slice(pos, pos + 5));
    if (abbreviated) {
      value = abbreviated[1] === 'M' ? 1e6 : 1e3;
      at = pos + 1;
      const unit = /^ ?(?:(?:input|output|prompt|completion) )?(?:tokens?|Toks?)(?![A-Za-z])/i.exec(text.slice(at, at + 20));
      if (unit) return { per: { value, unit: 'tokens' }, end: at + unit[0].length };
      if (text[pos - 1] === '/') return { per: { value, unit: 'tokens' }, end: at };
      at = pos;
      value = 1;
    }
  }
  if (text[at] === ' ') at++;
  if (text[at] === '个') at++;
  // (元/GPU/小时, 美元/GPU·小时: per GPU and hour is per GPU-hour, as 元/GPU时 writes it)
  const gpuHour = GPU_AND_HOUR.exec(text.slice(at, at + 10));
  if (gpuHour) return { per: { value, unit: 'GPU小时' }, end: at + gpuHour[0].length };
  const period = periodAt(text, at);
  if (period) return { per: { value, unit: period.unit }, end: at + period.length };
  // 2.39元/时: 时 alone after a slash is an hour
  if (text[at] === '时' && text[pos - 1] === '/' && at === pos) return { per: { value: 1, unit: '小时' }, end: at + 1 };
  const u = matchUnit(text, at);
  if (u && u.def.kind !== 'currency' && u.def.kind !== 'percent' && u.def.kind !== 'multiple') {
    // 每百万输入tokens: the words between scale and unit name which tokens
    return { per: { value, unit: u.def.unit }, end: at + u.length };
  }
  // (1M input tokens, 1M output tokens: as English writes it; 每百万输入 tokens with a space)
  const io = /^(?:(?:输入|输出|輸入|輸出)\s?|(?:input|output|prompt|completion|cached input) )(tokens?|词元|詞元)/i.exec(text.slice(at, at + 20));
  if (io) return { per: { value, unit: 'tokens' }, end: at + io[0].length };
  // ¥0.031/会话, $0.002/request: after a slash, a price per event of use
  const event = text[pos - 1] === '/' || text[pos - 1] === '／' ? PER_EVENT.exec(text.slice(at, at + 10)) : null;
  if (event) return { per: { value, unit: event[1] }, end: at + event[0].length };
  // TOPS/W, tokens/J: a performance per watt or per joule
  if (/^W(?![A-Za-z0-9])/.test(text.slice(at, at + 2)) && /\//.test(text[pos - 1] ?? '')) return { per: { value, unit: 'W' }, end: at + 1 };
  for (const [re, unit] of LATIN_TIME) {
    const m = re.exec(text.slice(at, at + 8));
    if (m) return { per: { value, unit }, end: at + m[0].length };
  }
  // 輸入每百萬 0.1 鎂: a scale said alone before a price, where the clause speaks of a model's input or output, is of tokens
  if (n && at > pos && SCALE_ALONE.test(text.slice(pos, at).trim()) && /^\s*[$¥￥]?\s*\d/.test(text.slice(at, at + 4)) &&
    TOKEN_PRICE_BEFORE.test(text.slice(Math.max(0, pos - 16), pos))) return { per: { value, unit: 'tokens' }, end: text.slice(0, at).trimEnd().length };
  return undefined;
}
/** An event of use a price is per, written after a slash (会话, 请求, 调用, request), or a user it is charged for (40美元/用户/月). */
const PER_EVENT = /^(会话|會話|对话|對話|请求|請求|次调用|次調用|调用|調用|queries|query|requests|request|calls|call|sessions|session|用户|user)(?![A-Za-z])/;
/** A denominator's scale word alone (每百万, 每千). */
const SCALE_ALONE = /^(?:千|万|萬|百万|百萬|千万|千萬)$/;
/** What makes a bare scale's denominator one of tokens: the clause's input, output or API price. */
const TOKEN_PRICE_BEFORE = /(?:输入|输出|輸入|輸出|API|api|tokens?|Token|价格|價格|定价|定價|报价|報價)[^，,。；;]{0,6}每\s*$/;

/** 营收预计达N亿美元±3%: one figure with a relative tolerance. */
function readTolerance(b: Block, r: Reading): boolean {
  const m = /^\s*[±]\s*(\d+(?:\.\d+)?)\s*(%?)/.exec(b.text.slice(r.pos, r.pos + 12));
  if (!m || !r.value) return true;
  const n = Number.parseFloat(m[1]);
  r.tolerance = m[2] && r.unit !== '%' ? tidy(n / 100) : tidy(n / Math.abs(r.value));
  r.pos += m[0].length;
  return true;
}

/** The comparator before a currency word before the number (约人民币, 超过新台币). */
function boundBeforeCurrency(text: string, at: number): Qualifier | undefined {
  const currency = CURRENCY_BEFORE.exec(text.slice(Math.max(0, at - 5), at));
  return currency ? prefixBefore(text, at - currency[0].length)?.[1] : undefined;
}

/** The comparator before (超过, 最高, 约, 上万亿, 前10%) and after (以上, 左右, 级, 起) the number. */
function readQualifiers(b: Block, r: Reading): boolean {
  const text = b.text;
  const tok = r.tok;
  let prefix = r.rangeEnd ? undefined : prefixBefore(text, r.start);
  // 约 ¥1.5M, 超过 $3M: a space between the bound and a currency sign
  let signGap = 0;
  if (!prefix && !r.rangeEnd && r.start < tok.start && text[r.start - 1] === ' ') {
    prefix = prefixBefore(text, r.start - 1);
    if (prefix) signGap = 1;
  }
  if (prefix) {
    r.qualifier = prefix[1];
    r.prefix = prefix[0];
    // 约为 is 约 and the copula, 突破 a verb: the bound counts, the span starts at the number (as after 为)
    if (prefix[0] !== '约为' && prefix[0] !== '突破') r.start -= prefix[0].length + signGap;
  } else if (text[tok.start - 1] === '上' && tok.chinese && tok.scaled && /^[万亿千百]/.test(text.slice(tok.start))) {
    r.qualifier = 'gte'; // 上万亿, 上千
    r.start -= 1;
  } else if (text[tok.start - 1] === '前' && r.unit === '%') {
    r.qualifier = 'lte'; // 前10%
    r.start -= 1;
  } else if (nearlyBefore(text, r)) {
    r.qualifier = 'approx'; // 快2千港元: 快 is "nearly" before an amount
    r.prefix = '快';
    r.start -= 1;
  } else if (!r.rangeEnd) {
    // 约人民币5亿元, 超過新台幣2億元: the bound before the currency word (the span starts at the number)
    // (and 最高可达97.6%, 至少需要1000张: a bound a few words before)
    const near = text.slice(Math.max(0, r.start - 6), r.start);
    const bound = boundBeforeCurrency(text, r.start) ?? DISTANT_BOUND.find(([re]) => re.test(near))?.[1];
    if (bound) r.qualifier = bound;
  }
  // (after a Latin unit a writer may leave a space: 1,150 tokens/s 左右, 38 tokens/s 以上)
  const gap = text[r.pos] === ' ' && /[A-Za-z]/.test(text[r.pos - 1] ?? '') ? 1 : 0;
  let suffix = SUFFIX_QUALIFIERS.find(([w]) => text.startsWith(w, r.pos + gap));
  // 八倍有多 is "over eight times"; 有多少, 有多大 ask a question
  if (suffix?.[0] === '有多' && /[\u4e00-\u9fff]/.test(text[r.pos + 2] ?? '') && !/[的了]/.test(text[r.pos + 2])) suffix = undefined;
  // 上下文 is context, not "about"; 不到 after a number is "short of" (四分之一不到), 不到位 is not
  // (after the space too: 128K 上下文)
  if (suffix && ((suffix[0] === '上下' && /[文層层]/.test(text[r.pos + gap + 2] ?? '')) || (suffix[0] === '不到' && text[r.pos + gap + 2] === '位'))) suffix = undefined;
  if (suffix) {
    if (r.qualifier === 'eq' || r.qualifier === 'approx') r.qualifier = suffix[1];
    r.pos += gap + suffix[0].length;
  } else if (text[r.pos] === '多' && r.kind === 'multiple' && r.qualifier === 'eq' && !/[个種种项家倍年天]/.test(text[r.pos + 1] ?? '')) {
    r.qualifier = 'gt'; // 一倍多, 六倍多: more than the multiple
    r.pos += 1;
  } else if (r.kind === 'time' && text[r.pos] === '内' && !/[容部地存核置需]/.test(text[r.pos + 1] ?? '') && !narrativeFrame(text, r)) {
    if (r.qualifier === 'eq' || r.qualifier === 'approx') r.qualifier = 'lte'; // 10秒内, 90日内: within
    r.pos += 1;
  } else if (text.startsWith('级', r.pos) && tok.scaled) {
    r.qualifier = 'approx'; // 千万级
    r.pos += 1;
  } else if (text[r.pos] === '起' && r.kind === 'currency' && r.qualifier === 'eq') {
    r.qualifier = 'gte'; // 9.9元起
    r.pos += 1;
  } else if (text[r.pos] === '+' && r.unit === '%' && !r.plus && !/[A-Za-z0-9]/.test(text[r.pos + 1] ?? '')) {
    r.plus = true; // 90%+
    r.pos += 1;
  }
  if (r.qualifier === 'eq') {
    if (r.openAbove) r.qualifier = 'gt';
    else if (r.plus) r.qualifier = 'gte';
    else if (tok.range) r.qualifier = 'approx';
  }
  if (tok.range && !r.range) r.range = tok.range;
  return true;
}

/** 过去的两周内, 随后两周内, 一周内就…: a stretch of the story's time, not a bound on how long something takes. */
const FRAME_BEFORE = /(过去|最近|随后|此后|之后|以来|短短|往后|未来)的?\s*$/;
const FRAME_AFTER = /^内\s*(就|便|即|已|又|相继|先后|连续|陆续|接连|下降|上涨|增长|下滑|翻)/;
function narrativeFrame(text: string, r: Reading): boolean {
  return FRAME_BEFORE.test(text.slice(Math.max(0, r.start - 6), r.start)) || FRAME_AFTER.test(text.slice(r.pos, r.pos + 4));
}

/** Words after which 快 is "fast", not "nearly" (很快, 更快, 加快). */
const FAST_BEFORE = /[很更越最较还加太挺真飞变赶尽]$/;
/** A comparison earlier in the clause: 比上一代快3秒 is faster by, not nearly. */
const COMPARISON_IN_CLAUSE = /(比|较|相比|相较|than)[^，,。；;：:！？!?\n]*$/;

/** 快2千港元, 快一万人: 快 right before an amount is "nearly"; not after a comparison (比…快3秒) nor for a change (快3倍, 快30%). */
function nearlyBefore(text: string, r: Reading): boolean {
  if (r.rangeEnd || text[r.tok.start - 1] !== '快' || r.start !== r.tok.start) return false;
  if (r.kind === 'percent' || r.kind === 'multiple' || (!r.unit && !r.tok.scaled)) return false;
  const lead = text.slice(Math.max(0, r.start - 25), r.start - 1);
  // 涨了快２千, 降了快一半: after a verb's 了, 快 is "nearly" even in a comparison
  if (/[涨漲降跌多少增减減贵貴便宜]了$/.test(lead)) return true;
  return !FAST_BEFORE.test(lead) && !COMPARISON_IN_CLAUSE.test(lead);
}

/** An act counted by 每 before its count (每训练1万亿tokens, 每生成1000个token, 每處理100萬張): what follows is what each count costs. */
const EACH_ACT = /^(?:训练|訓練|生成|处理|處理|推理|输出|輸出|输入|輸入|调用|調用|响应|響應|回答|回复|回覆|查询|查詢|搜索|产生|產生|识别|識別|翻译|翻譯|合成|渲染|标注|標註|传输|傳輸|写入|寫入|读取|讀取)\s*/;
/** The same act right before a number (the number is the act's count, a denominator, not a figure of its own). */
const EACH_ACT_BEFORE = new RegExp(`每${EACH_ACT.source.slice(1)}$`);

/** The last 每 and the denominator after it within a few characters before `start` (每百万tokens, 每 百万tokens, 每卡每小时, 每训练1万亿tokens). */
function denominatorBefore(text: string, start: number): { at: number; d: { per: Rate; end: number }; act?: boolean } | undefined {
  const from = Math.max(0, start - 24);
  const near = text.slice(from, start).lastIndexOf('每'); // a bounded search: lastIndexOf would scan the whole block
  if (near < 0) return roundTokensBefore(text, start);
  let at = from + near;
  const act = EACH_ACT.exec(text.slice(at + 1, at + 8));
  if (act) {
    const counted = readDenominator(text, at + 1 + act[0].length);
    return counted ? { at, d: counted, act: true } : undefined;
  }
  let d = readDenominator(text, text.charCodeAt(at + 1) === 32 ? at + 2 : at + 1);
  // 每卡每小时7元5: per card and hour is per card-hour
  if (d && (d.per.unit === '小时' || d.per.unit === '时') && d.per.value === 1 && /每\s*卡\s*$/.test(text.slice(Math.max(0, at - 3), at))) {
    at = text.lastIndexOf('每', at - 1);
    d = { per: { value: 1, unit: '卡时' }, end: d.end };
  }
  return d ? { at, d } : undefined;
}

/** A round count of tokens said right before an amount, without 每 (百万token才16块, 一百万tokens只要2元). */
const ROUND_TOKENS_BEFORE = /(?<![\d０-９.])(?:一|1\s*)?(百万|百萬|千万|千萬|千|万|萬|M|K)\s*(?:个|個)?\s*tokens?\s*(?:才|只要|仅要|僅要|仅需|僅需|只需|只收|要|收|[:：])?\s*$/i;
/** What each round count of tokens is. */
const ROUND_TOKENS: Record<string, number> = { 百万: 1e6, 百萬: 1e6, 千万: 1e7, 千萬: 1e7, 千: 1e3, 万: 1e4, 萬: 1e4, m: 1e6, k: 1e3 };

/**
 * The denominator of a price said first, colloquially: so many tokens, then 才, 只要 or 要, then the amount. The word
 * between is taken with the denominator, so that the span runs from the denominator through the amount.
 */
function roundTokensBefore(text: string, start: number): { at: number; d: { per: Rate; end: number } } | undefined {
  const before = text.slice(Math.max(0, start - 16), start);
  const m = ROUND_TOKENS_BEFORE.exec(before);
  return m ? { at: start - before.length + m.index, d: { per: { value: ROUND_TOKENS[m[1].toLowerCase()], unit: 'tokens' }, end: start } } : undefined;
}

/** What a label that opens with a denominator says before its colon (每小时成本：, 每月费用：). */
const EACH_LABEL = /^[^,，。;；:：!?！？\n\d]{0,8}[:：]\s*$/;
/** Words that make an amount after a rate what the rate adds up to, not another price per the same unit. */
// (and an amount after a rate the clause reckons by, 按2美元/GPU小时算，光租卡就要6168万美元: the total it comes to)
const TOTALLED = /折算|折合|约合|合计|共计|总计|一共|总共|累计|算下来|^\s*(?:的[^，,。；;\d]{0,6})?来?(?:算|计|計)(?:的话|的話)?\s*[，,]/;
/** The denominator before the number: 每百万tokens 2元, 每秒60个token, 每百萬個Token 0.5元; or earlier in the clause (每天采集5万张). */
function readRateBefore(b: Block, r: Reading): boolean {
  if (r.per || r.rangeEnd || r.kind === 'percent' || r.kind === 'multiple') return true;
  const text = b.text;
  // (an amount without a unit is a rate only by a period cue, and only with a scale word: 日均使用量…涨到了12.7万亿)
  if (!r.unit) return r.tok.scaled ? periodCue(text, r) : true;
  const found = denominatorBefore(text, r.start);
  if (!found) return periodCue(text, r);
  const { at: k, d } = found;
  const between = text.slice(d.end, r.start);
  // 每训练1万亿tokens仅需18万GPU小时: what the counted act costs, said after it in the same clause (or the next, with no
  // other number between), is per that count
  if (found.act) {
    if (r.unit !== d.per.unit && !/[\d０-９。；;!?！？\n]/.test(between) && between.length <= 16 && !TOTALLED.test(between)) r.per = d.per;
    return r.per ? true : periodCue(text, r);
  }
  if (/^[\s:：]*$/.test(between)) {
    // 每百万tokens 2元, 每秒60个token, 每月约8万片: the denominator right before the number is part of the span
    r.per = d.per;
    r.start = k;
    // 约每秒78 tokens, 超过每月20万次: a bound before the denominator bounds the figure (the span starts at 每, as
    // most annotators write it)
    const prefix = r.prefix ? undefined : prefixBefore(text, k);
    if (prefix && prefix[0] !== '约为' && prefix[0] !== '突破') r.qualifier = prefix[1];
    return true;
  }
  // 每百万tokens输入1元、输出2元, 每天采集5万张: the same clause names the denominator
  // (or a list item's label that opens with it: - 每小时成本：5.2美元)
  const labelled = EACH_LABEL.test(between) && /^[\s\-*•·]*$/.test(text.slice(text.lastIndexOf('\n', k - 1) + 1, k));
  const sameClause = (!/[,，。;；:：!?！？\n]/.test(between) || labelled) && between.length <= 12;
  const periodic = PERIOD_UNITS.has(d.per.unit);
  // (a count after another number is not per that period: 每秒30个token运行70亿参数的模型)
  // (nor an amount the rate adds up to: 按每GPU小时2美元租金折算约合557.6万美元)
  if (sameClause && (r.kind === 'currency' || (periodic && !/[\d０-９]/.test(between))) && !/激活/.test(between) && !TOTALLED.test(between)) r.per = d.per;
  return r.per ? true : periodCue(text, r);
}

/** An API's rate limit (RPM, TPM, RPD, QPS) named in the clause before a number. */
const RATE_LIMIT_BEFORE = /(?<![A-Za-z])(RPM|TPM|RPD|QPS)(?![A-Za-z])[^。；;!?！？\n，,、]{0,24}$/i;
/** A word every period cue holds: one pass over the text before a number that holds none, instead of one per cue. */
const PERIOD_CUE_WORD = /单次|單次|单个任务|單個任務|每个任务|每個任務|日均|每日|天均|日调用|日調用|日请求|日請求|日处理|日處理|日消耗|每天|月均|月租|月费|月費|月薪|包月|首月|单月|單月|月付|月卡|月产|月產|个月|一天|一年|单台|每台|年均|年费|年費|年卡|年付|包年|年薪|周均|一周|时薪|日薪|一小时|一个小时|月收入|月营收|月流水|月成本|月度/;
/** Words that make a count or an amount a rate without 每: 日均调用量16.5亿次, 月租12万元, 一个月200美元. */
const PERIOD_CUES: ReadonlyArray<readonly [RegExp, string]> = [
  // (far enough for a change told from one level to another: 日均tokens使用量从去年5月的1200亿涨到了今年3月的12.7万亿)
  [/(日均|每日|天均)[^。；;!?！？\n]{0,40}$/, '天'],
  // (a day's volume named as such: API日调用量超过800亿tokens)
  [/(?<![\d０-９一二三四五六七八九十])(日调用量?|日調用量?|日请求量?|日請求量?|日处理量?|日處理量?|日消耗量?)[^。；;!?！？\n，,]{0,12}$/, '天'],
  // (每天 within its clause only: 每天采集5万张图片为例，可节省170人/天 is no daily rate of the saving)
  [/每天[^。；;!?！？\n，,]{0,16}$/, '天'],
  // (not 豆包月活: a name's 包 and a measure's 月)
  // (and a plan paid by the month: 单月59.9元, 月付30元, 月卡19.9元)
  [/(月均|月租|月费|月費|(?<!豆)包月|首月|单月|單月|月付|月卡)[^。；;!?！？\n，,]{0,12}$/, '月'],
  // (a capacity across a comma: 月产能，预计在2025年底扩充至7.5万片)
  [/(月产能|月产量|月產能|月產量)[^。；;!?！？\n]{0,24}$/, '月'],
  // (a month's cost or a monthly measure: 月成本约4800元, 月度净烧钱约2000万元; not a monthly active user, 月度活跃用户)
  [/(月成本|月度(?!活跃|活躍|用户|用戶|报告|報告|会议|會議))[^。；;!?！？\n，,]{0,12}$/, '月'],
  [/(一个月|每个月|个月收)[^。；;!?！？\n，,]{0,3}$/, '月'],
  // (a month's income as a rate: 月收入突破300万元; not a named month's, 12月收入, 上月收入)
  [/(?<![\d０-９一二三四五六七八九十个個上下本当當该該同去今明前首单單])(月收入|月营收|月流水)[^。；;!?！？\n，,]{0,6}$/, '月'],
  // (a month's total told as it adds up: 一个月下来账单才9000多块)
  [/(一个月下来|一個月下來)[^。；;!?！？\n，,]{0,10}$/, '月'],
  // (not a market's move within one day: 市值一天蒸发近5900亿美元)
  [/(?<![第前后这那])(一天|每一天)(?![^。；;!?！？\n，,]*(?:蒸发|蒸發|暴跌|大跌|跌去|缩水|縮水|暴涨|暴漲|大涨|大漲))[^。；;!?！？\n，,]{0,12}$/, '天'],
  // (上一年度 is last year, no period of one year)
  [/(?<![第前后这那上]|上线|上線|成立|发布|發布|推出|运营|運營)一年(?!度|下来|内|來|来|多|前|后|後|半)(?![^。；;!?！？\n，,]*(累计|累計|总共|總共|共计|共計))[^。；;!?！？\n，,]{0,12}$/, '年'],
  [/(单台|每台)[^。；;!?！？\n，,]{0,12}$/, '台'],
  // (what one query or one task costs or takes: 单次查询成本约0.019元, 单个任务的平均模型成本从约0.9元降至0.28元)
  // (a cost or a query said of it only: not a limit, 单次最多可生成8K tokens, nor one deal, 单次融资规模达5亿元)
  [/(?<![第首])(单次|單次)(?=[^。；;!?！？\n，,]{0,8}(?:成本|费用|費用|花费|花費|开销|開銷|价格|價格|收费|收費|查询|查詢|对话|對話|请求|請求|调用|調用))[^。；;!?！？\n，,]{0,12}$/, '次'],
  [/(单个任务|單個任務|每个任务|每個任務)[^。；;!?！？\n，,]{0,16}$/, '任务'],
  [/(年均|年费|年費|年卡|年付|包年)[^。；;!?！？\n，,]{0,12}$/, '年'],
  // a salary is a rate of its period (年薪中位数达68.5万元, 平均月薪4.2万元, 时薪200元)
  [/月薪[^。；;!?！？\n，,]{0,12}$/, '月'],
  [/年薪[^。；;!?！？\n，,]{0,12}$/, '年'],
  [/时薪[^。；;!?！？\n，,]{0,6}$/, '小时'],
  // (a rent said by the hour: 国外小厂最便宜一小时2.1美元, 正式的一小时至少3块多; not 一小时内, 一小时后)
  [/(?<![第前后这那])一个?小时(?![内內多后後前以之])\s*(?:要|只要|才|仅|僅|至少|最少|大概|大约|约|收)?\s*$/, '小时'],
  [/日薪[^。；;!?！？\n，,]{0,6}$/, '天'],
  [/(周均|一周)[^。；;!?！？\n，,]{0,6}$/, '周'],
];

/** Nouns that name a measure of their own (a count of people, money, a share), which a period cue before them does not reach. */
const NEW_MEASURE = /用户|用戶|会员|會員|客户|客戶|员工|員工|人数|人數|收入|营收|營收|价格|價格|售价|售價|估值|市值|份额|份額|占比|佔比|累计|累計|总计|總計|企业|企業|开发者|開發者/;
/** A piece rate, one item and then its pay or price (标注一条数据0.3元, 一张图2毛钱, 一页译稿80元): per that item. */
const ONE_ITEM_BEFORE = /(?<![第前后後这這那每單单])一(条|條|张|張|页|頁|篇|帧|幀)[^。；;!?！？\n，,\d０-９]{0,6}$/;
/** A period named by a cue word before the number (no 每): the figure is a rate per that period. */
function periodCue(text: string, r: Reading): boolean {
  if (r.kind === 'time') return true;
  const before = text.slice(Math.max(0, r.start - 48), r.start);
  // 默认TPM为80万: an API's rate limit named before its number is per the limit's period
  if (!r.unit || r.unit === 'tokens' || r.unit === '次') {
    const limit = RATE_LIMIT_BEFORE.exec(before);
    const per = limit ? rateLimit(limit[1])?.per : undefined;
    if (per) { r.per = per; return true; }
  }
  const item = r.kind === 'currency' ? ONE_ITEM_BEFORE.exec(before) : null;
  if (item) { r.per = { value: 1, unit: item[1] }; return true; }
  if (!PERIOD_CUE_WORD.test(before)) return true;
  for (const [re, unit] of PERIOD_CUES) {
    const m = re.exec(before);
    if (!m) continue;
    // (a later figure keeps the cue unless a new measure is named for it: 日均调用量达到16.5亿次，一年前为5000万次 is
    // daily twice, but 日均对话量超过1.5亿次，付费用户约80万 counts the paying users once)
    const since = before.slice(m.index + (m[1]?.length ?? 0));
    const lastNumber = since.search(/[\d０-９][^\d０-９]*$/);
    // (nor past a comma to a figure of another unit: 日均来电约4.5万通，过去依赖420名人工坐席 has 420 people, not a day's)
    const after = lastNumber < 0 ? '' : since.slice(lastNumber).replace(/^[\d０-９.．,，]*[十百千万亿萬億兆]*/, '');
    const otherUnit = lastNumber >= 0 && /[，,]/.test(after) && !!r.unit && !after.startsWith(r.unit);
    if (lastNumber < 0 || (!NEW_MEASURE.test(since.slice(lastNumber)) && !otherUnit)) r.per = { value: 1, unit };
    break;
  }
  return true;
}

/** 分值0.943, 准确率0.98: a metric named before a bare number makes it a claim. */
function readMetric(b: Block, r: Reading): boolean {
  const text = b.text;
  const tok = r.tok;
  const metric = METRIC_BEFORE.exec(text.slice(Math.max(0, tok.start - 6), tok.start)) ??
    (tok.decimal && !tok.chinese ? METRIC_IN_CLAUSE.exec(text.slice(Math.max(0, tok.start - 20), tok.start)) : null);
  if (metric) {
    r.metric = true;
    if (!r.unit && /分/.test(metric[1])) r.unit = '分';
  } else if (!r.unit && tok.decimal && !tok.chinese && !tok.scaled && Math.abs(tok.value) < 1000) {
    // 高于Llama 3.1 405B的85.2, 在Arena-Hard上以89.4领先: a score in a sentence about benchmarks
    const sentence = sentenceText(text, tok.start, tok.start, 60);
    // (or in a paragraph its label names a benchmark in, **代码（HumanEval）**：…DeepSeek-V3以82.6领先; or beside a score
    // in 分: Qwen2.5-Max以88.2分拿下单项第一，ERNIE 4.5以87.9紧随其后)
    const lineStart = text.lastIndexOf('\n', tok.start - 1) + 1;
    const label = tok.start - lineStart <= 400 ? BENCHMARK_LABEL.exec(text.slice(lineStart, Math.min(tok.start, lineStart + 40))) : null;
    const besideScore = SCORE_IN_POINTS.test(sentence);
    if (SCORE_SENTENCE.test(sentence) || label || besideScore) {
      r.metric = true;
      if (/得分|分数|评分|成绩/.test(sentence) || besideScore || label) r.unit = '分';
    }
  }
  return true;
}

/** A paragraph's label that names a benchmark: **代码（HumanEval）**：, 数学推理（GSM8K）：. */
const BENCHMARK_LABEL = /^[\s*#>\-]*[^：:\n。]{0,16}?[（(]\s*(?:MMLU|C-?Eval|CMMLU|GSM8K|HumanEval|MATH|GPQA|AIME|LiveCodeBench|SWE-?bench|BBH|MBPP|Arena-?Hard|IFEval)[^）)]{0,10}[)）][\s*]*[：:]/i;
/** A score in points with one decimal in a sentence (88.2分): the bare decimals beside it are scores too. */
const SCORE_IN_POINTS = /\d\.\d\s*分(?![钟鐘之])/;
/** Memory named right before a size: 显存24G, 显存占用43.5G, 内存共192G. */
const MEMORY_BEFORE = /(显存|顯存|内存|內存|記憶體|VRAM|占用|佔用)[^，,。；;\d]{0,4}$/;
/** Memory words after a size in G (24G显存, 700G左右显存, 512G统一内存). */
const MEMORY_AFTER = /^\s*(?:左右|上下|以上|的|统一|統一)?\s*(显存|顯存|内存|內存|記憶體|HBM|GDDR|存储|儲存)/;
/** Memory spoken of in a sentence: a size in G there is of memory. */
const MEMORY_WORDS = /显存|顯存|内存|內存|記憶體|VRAM/;
/** Graphics cards spoken of in a sentence (4060Ti 16G, 两卡 48G): a size in G there is of their memory. */
const CARD_WORDS = /显卡|顯卡|GPU|[双雙单單两兩\d]卡|(?<![\d.])[1-9]0[5-9]0\s?(?:Ti|ti|Super|D)?(?![\d.])|7900\s?XTX?/;
/** Memory or graphics cards spoken of: a size in G in their sentence is gigabytes. */
const MEMORY_OR_CARDS = new RegExp(`${MEMORY_WORDS.source}|${CARD_WORDS.source}`);
/** What 5G names right after it: a network, not a size. */
const NETWORK_AFTER_G = /^\s*(?:网络|網路|網絡|手机|手機|基站|时代|時代|技术|技術|信号|信號|套餐|流量|芯片|晶片|模组|模組|专网|專網|终端|終端)/;
/** A card's name and an opening bracket (H20（, RTX 4090（, A800 (): its memory is given in the bracket. */
const CARD_BRACKET_BEFORE = /[A-Za-z]{0,4}\s?\d{2,4}[A-Za-z]{0,2}\s*[（(]\s*$/;

/** Is it a claim at all? Small Chinese numerals count discourse items (三类, 两个方面) unless a unit says otherwise. */
function isClaim(b: Block, r: Reading): boolean {
  if (r.rangeEnd) return true;
  const tok = r.tok;
  const text = b.text;
  const alone = !r.unit && !r.explicitUnit && standsAlone(text, tok);
  // a year standing alone (2024) is a date, not a data point
  // (a table's column headed by what it measures takes its cells back: measuredYearCells)
  if (alone && !tok.chinese && !tok.decimal && /^(19|20)\d{2}$/.test(text.slice(tok.start, tok.end))) return false;
  if (alone || (tok.chinese && tok.decimal && !tok.fraction)) return true; // a data point; 三点一四 is always a quantity
  const hasComparator = r.qualifier !== 'eq' || !!r.range;
  const timeOrTimes = /^(年|月|天|周|小时|分钟|次)$/.test(r.unit);
  const magnitude = Math.abs(tok.value);
  // 最近一轮, 近一次: the latest one, not a count
  if (r.prefix?.endsWith('近') && magnitude === 1 && /^(轮|次|期|代|届|季)$/.test(r.unit)) return false;
  const after = r.unitSpan?.[1] ?? r.pos;
  const counted = (!!r.prefix && !(r.prefix.endsWith('近') && timeOrTimes)) ||
    (/^(月|天|周|小时|分钟|秒|毫秒|次)$/.test(r.unit) && magnitude >= 2 && !tok.range && !tok.openAbove && !r.prefix) ||
    // 三家车企, 两家被否决: companies counted (not 这三家, 上述两家: the ones just named); 完成五轮融资
    // (一家 is an article: 一家公司)
    // (两家公司可以…, the two named before, unless the clause counts them: 共有七家企业, 覆盖三家车企)
    // (百度、阿里、腾讯三家的总和: the ones just listed)
    (r.unit === '家' && magnitude >= 2 && !/(这|這|那|上述|以上|前|后|後)\s*$/.test(text.slice(Math.max(0, tok.start - 2), tok.start)) &&
      COUNTING_VERB.test(text.slice(Math.max(0, tok.start - 12), tok.start).split(/[，,。；;！!？?]/).pop()!) &&
      !/、[^、，,。；;]{1,8}$/.test(text.slice(Math.max(0, tok.start - 12), tok.start))) ||
    (r.unit === '轮' && magnitude >= 2 && /^\s*(融资|投资|募资|融資|投資|募資)/.test(text.slice(after, after + 4))) ||
    // 占据了四席: seats of a ranking (not 一席之地)
    (r.unit === '席' && text[after] !== '之');
  if (tok.chinese && !tok.percent && !r.strong && !counted) {
    const bareScale = tok.scaled && tok.end - tok.start === 1 && !clusterScale(text, r);
    if (magnitude < 10 || bareScale) return false;
    // 几十年, 数十年: vague time spans, not claims
    // (not 十几秒, 二十几天: a tens digit said, the ones left open)
    if (tok.openAbove && /^[几数]/.test(text.slice(tok.start, tok.end)) && /^(年|天|月|周|小时|分钟|秒|岁)$/.test(r.unit)) return false;
    if (!r.explicitUnit && !tok.scaled) return false;
  }
  if (!r.unit && !tok.scaled && !hasComparator && !r.metric && !tok.fraction) return false;
  if (!r.explicitUnit && !r.strong && !tok.scaled && !r.metric && !hasComparator) return false;
  return true;
}

/** Words that count what follows them in a clause (共有七家企业, 覆盖三家车企). */
const COUNTING_VERB = /有|共|超过|超過|逾|获|獲|覆盖|覆蓋|包括|签|簽|合作|入围|入圍|达|達|新增|累计|累計|服务|服務|吸引|接入|落地/;

/** 万卡集群, 千卡以上, 万卡级: a bare 千/万 of cards is the size of a cluster. */
function clusterScale(text: string, r: Reading): boolean {
  const after = r.unitSpan?.[1] ?? r.pos;
  return r.unit === '卡' && CARD_CLUSTER.test(text.slice(after, after + 6));
}

/** A number with no unit: the counted noun after it (750万开发者), or the unit named before it in its clause (参数规模达到70亿). */
function unitFromContext(b: Block, r: Reading): boolean {
  if (r.unit || r.tok.fraction) return true; // 三分之二的企业: the fraction is the measure
  const text = b.text;
  const look = text.slice(r.pos, r.pos + 6);
  const noun = COUNTED_NOUNS.find((n) => look.includes(n) && !/[,，。;；、]/.test(look.slice(0, look.indexOf(n))));
  // (训一个三千亿的模型: hundreds of millions before 的模型 is the model's size, no count of models)
  if (noun === '模型' && Math.abs(r.value) >= 1e8 && /^的(?:大)?模型/.test(look)) { r.unit = '参数'; return true; }
  if (noun) { r.unit = noun; return true; }
  let clause = text.slice(Math.max(0, r.start - 16), r.start).split(/[,，。;；!?！？]/).pop() ?? '';
  // (in a table row, the cell before names the measure only when it is a label: | 日均tokens消耗 | 约10万亿 |, not
  // | 18T tokens | 0.0005 |)
  const cells = clause.split(/[|｜\t]/);
  if (cells.length > 1) clause = cells.at(-1)!.trim() || (/\d/.test(cells.at(-2)!) ? '' : cells.at(-2)!);
  const named = [...clause.matchAll(/(参数|tokens?|词元|用户|开发者)/gi)].at(-1);
  if (named) r.unit = /^token/i.test(named[1]) || named[1] === '词元' ? 'tokens' : named[1];
  return true;
}

/** The steps of reading a figure, in order; each reads a little further or rejects the candidate. */
const STEPS: ReadonlyArray<(b: Block, r: Reading, t: number) => boolean> = [
  readCurrencySign, readOpenBound, readUnit, readCurrencyBefore, readImpliedCurrency, readPricePerSpokenMillion, readOtherSide, readCountedNoun, readPriceInJiao, readHalf, smallCount, readSubunits, readRange, readRateAfter,
  readTolerance, readQualifiers, readRateBefore, readMetric, isClaim, unitFromContext, periodOfContextUnit,
];

/** A number of digits alone so far: no unit, no scale word, no percent or fraction, no Chinese numeral. */
const bareDigits = (r: Reading) => !r.unit && !r.tok.scaled && !r.tok.percent && !r.tok.fraction && !r.tok.chinese;

/**
 * 输入2.4一百万，输出9.6: a bare amount right before 一百万 where a price is spoken of is yuan per million tokens, as a chat
 * says a price list (the 一百万 is no figure of its own).
 */
function readPricePerSpokenMillion(b: Block, r: Reading): boolean {
  if (!bareDigits(r)) return true;
  const million = SPOKEN_MILLION_AFTER.exec(b.text.slice(r.pos, r.pos + 10));
  if (!million || !PRICE_BEFORE_KUAI.test(b.text.slice(Math.max(0, r.tok.start - 16), r.tok.start))) return true;
  takeUnit(r, '元', 'currency', million[0].length);
  r.per = { value: 1e6, unit: 'tokens' };
  return true;
}
/**
 * 输入2.4一百万，输出9.6: the other side of a price said right before, in the same sentence, with its unit, leaves
 * the unit unwritten: it is the first side's (the denominator is inherited later, of the same thing).
 */
function readOtherSide(b: Block, r: Reading): boolean {
  if (!bareDigits(r)) return true;
  const text = b.text;
  const before = text.slice(Math.max(0, r.tok.start - 40), r.tok.start);
  if (!SIDE_RIGHT_BEFORE.test(before)) return true;
  const first = FIRST_SIDE_PRICE.exec(before.slice(before.search(/[^。；;！？!?\n]*$/)));
  if (!first || /^\s*[\d０-９.]/.test(text.slice(r.pos, r.pos + 2))) return true;
  const u = matchUnit(first[1], 0);
  const unit = u?.def.kind === 'currency' ? u.def.unit : /^(?:块|塊|一百)/.test(first[1]) ? '元' : undefined;
  if (!unit) return true;
  takeUnit(r, unit, 'currency', 0, false);
  return true;
}
/** The second side's label right before a bare amount (，输出9.6, 输出为8). */
const SIDE_RIGHT_BEFORE = new RegExp(`[，,、；;\\s](?:${PRICE_SIDE})(?:价格|價格|价|價)?\\s*(?:为|為|是)?\\s*$`);
/** The first side and its amount with a currency (输入2.4元, 输入38块, 输入价格为2元, 输入2.4一百万). */
const FIRST_SIDE_PRICE = new RegExp(`(?:${PRICE_SIDE})(?:价格|價格|价|價)?\\s*(?:为|為|是)?\\s*[\\d０-９]+(?:\\.[\\d０-９]+)?\\s*(元|块|塊|美元|刀|美金|港元|一百万|一百萬)`);
/** 一百万 right after an amount, and its tokens if written (一百万, 一百萬個token). */
const SPOKEN_MILLION_AFTER = /^一(?:百万|百萬)(?:[个個]?\s*tokens?)?(?![\d０-９])/i;

/**
 * Money said without its currency — a rent or a price (八卡整机包月４.２万, 月租其实是７.８万/月), a cost or an income
 * (要花三千万, 收入六个多亿): yuan, when the amount has a scale word.
 */
function readImpliedCurrency(b: Block, r: Reading): boolean {
  if (retailPrice(b.text, r)) return takeUnit(r, '元', 'currency', 0, false);
  if (r.unit || !r.tok.scaled || r.tok.percent || r.tok.fraction || !/[万萬千亿億]/.test(b.text.slice(r.tok.start, r.tok.end))) return true;
  // (not a count of something: 包月4万张卡)
  if (!nothingCountedAfter(b.text, r.pos)) return true;
  const before = b.text.slice(Math.max(0, r.tok.start - 12), r.tok.start);
  // 一张卡二十多万, 一台八卡机一百二十多万: what one machine or card costs, in yuan, per that one
  const each = ONE_MACHINE_BEFORE.exec(before);
  if (each) r.per = { value: 1, unit: each[1] };
  else if (!IMPLIED_PRICE_BEFORE.test(before)) return true;
  return takeUnit(r, '元', 'currency', 0, false);
}
/** No unit and no word after an amount, but for a bound (左右, 多, 起, 上下) or a particle: what it counts is not written. */
function nothingCountedAfter(text: string, at: number): boolean {
  // (nor is a particle or an adverb of the clause's: 一張要 7 萬多還缺貨, 七万吧)
  return !matchUnit(text, at) && (!/^\s*[\u4e00-\u9fff]/.test(text.slice(at, at + 1)) || /^(左右|多|起|上下|[还還就都也了吧啦呢啊吗嗎才])/.test(text.slice(at, at + 2)));
}
/** 连续包月是49.9，首月还有9.9的活动: a shop's price, ending in 9, after a subscription's or a price's words, no unit or word after it. */
function retailPrice(text: string, r: Reading): boolean {
  const tok = r.tok;
  if (r.unit || tok.scaled || tok.percent || tok.fraction || tok.chinese || !RETAIL_PRICE.test(text.slice(tok.start, tok.end))) return false;
  const before = text.slice(Math.max(0, tok.start - 12), tok.start);
  if (!IMPLIED_PRICE_BEFORE.test(before) && !PRICED_BEFORE.test(before) && !SUBSCRIPTION_BEFORE.test(before)) return false;
  const next = text[r.pos] ?? '';
  return !matchUnit(text, r.pos) && (next === '的' || !/[\u4e00-\u9fff%％]/.test(next));
}
/** A shop's price: ending in 9 (9.9, 49.9, 19.99, 199). */
const RETAIL_PRICE = /^\d{1,4}(?:\.\d?9|9)$/;
/** One machine or card right before an amount said without its currency (一张卡, 一台八卡机, 一块H800). */
// (the thing named before it too: 4090 現在一張要 7 萬多)
const ONE_MACHINE_BEFORE = /一(张|張|台|块|塊|颗|顆|套)(?:[\u4e00-\u9fffA-Za-z0-9]{0,6}?(?:卡|机|機|服务器|伺服器|GPU|显卡|顯卡|整机|整機|一体机|一體機|\d{2,4}))?(?:要|是|得|就|都)?\s*$/;
/** A subscription's words before its price (连续包月是, 会员, 首月). */
const SUBSCRIPTION_BEFORE = /(会员|會員|订阅|訂閱|首月|首年|连续包月|連續包月|连续包年|連續包年|月卡|年卡)[^，,。；;！!？?\d０-９]{0,6}$/;
/** A price named before a number in its clause (价格…, 售价, 官方是…起). */
const PRICED_BEFORE = /(价格|價格|售价|售價|定价|定價|原价|原價|官方价|官方價|起售价|起售價)[^。；;！!？?\d０-９]{0,8}$/;
// (豆包月活 is no 包月: a monthly-user count follows 月活)
const IMPLIED_PRICE_BEFORE = /(包月(?!活)|包年|月租|年租|租金|租(?!户|戶|赁市场|賃市場)|月费|月費|报价|報價|售价|售價|要价|要價|卖|賣|开价|開價|标价|標價|花了|花费|花費|要花|得花|耗资|耗資|斥资|斥資|烧掉|燒掉|烧了|燒了|收入|营收|營收|赚了|賺了|亏了|虧了|亏损|虧損|融了|估值|成交(?!量))[^，,。；;！!？?\d０-９]{0,6}$/;

/** A unit read from the clause (日均tokens使用量超过1200亿) makes a rate as a written unit does. */
function periodOfContextUnit(b: Block, r: Reading): boolean {
  return r.per || !r.unit || r.rangeEnd || r.kind === 'percent' || r.kind === 'multiple' ? true : periodCue(b.text, r);
}

function finish(text: string, r: Reading): FigureCandidate {
  const figure: FigureCandidate = { start: r.start, end: r.pos, value: tidy(r.value), unit: r.unit, qualifier: r.qualifier, unitSpan: r.unitSpan };
  if (r.range) figure.range = r.range;
  if (r.per) figure.per = r.per;
  if (r.tolerance !== undefined) figure.tolerance = r.tolerance;
  // (a slash fraction read as a share, 1/2的请求, is a percentage like any other)
  if (r.tok.fraction && (!r.tok.slash || !r.unit)) figure.fraction = true;
  if (r.unit === 'x' && INCREASE_VERB.test(text.slice(Math.max(0, r.start - 6), r.start))) figure.ambiguity = 'increase-multiple';
  return figure;
}

// ---- helpers ---------------------------------------------------------------------------------

const PERIOD_UNITS = new Set(['秒', '分钟', '小时', '天', '周', '月', '季度', '年']);

/** Separators around a data point: line ends, list and clause punctuation, table bars. */
const SEGMENT_BREAK = /[\n,，、;；。|\t]/;

/** The numeral is all there is between two separators (a value on its own line, an item of a list of numbers). */
function standsAlone(text: string, tok: NumeralToken): boolean {
  // (a bound around it leaves it alone: | 约120K |, | 64K左右 |)
  let s = tok.start - (prefixBefore(text, tok.start)?.[0].length ?? 0), e = tok.end;
  const suffix = SUFFIX_QUALIFIERS.find(([w]) => text.startsWith(w, e));
  if (suffix) e += suffix[0].length;
  while (s > 0 && !SEGMENT_BREAK.test(text[s - 1])) {
    if (!/\s/.test(text[s - 1])) return pairedInCell(text, s - 1, -1);
    s--;
  }
  while (e < text.length && !SEGMENT_BREAK.test(text[e])) {
    if (!/\s/.test(text[e])) return pairedInCell(text, e, 1);
    e++;
  }
  return true;
}

/** | 32K / 128K |: a pair of values in one cell, read from the slash at `at` towards `step`, each standing alone in it. */
function pairedInCell(text: string, at: number, step: 1 | -1): boolean {
  if (text[at] !== '/' && text[at] !== '／') return false;
  const rest = step > 0 ? text.slice(at + 1, at + 16) : text.slice(Math.max(0, at - 15), at);
  return step > 0 ? /^\s*[\d.,]+[KkMB]?\s*[|｜]/.test(rest) : /[|｜]\s*[\d.,]+[KkMB]?\s*$/.test(rest);
}

/** 2（缓存命中 0.5）: a number and a note in brackets that words another number. */
const NOTED_CELL = /^(\d+(?:\.\d+)?)\s*[（(]([^）)\d|]{1,12}?)\s*(\d+(?:\.\d+)?)\s*[)）]$/;

/** An arrow from an old value to a new one (4 → 0.8, 16->8). */
export const ARROW = '(?:→|->|⟶|➝|➜|=>|⇒)';
/** 4 → 0.8: a cell's value before and after a change. */
const CHANGED_CELL = new RegExp(String.raw`^(\d+(?:\.\d+)?)\s*${ARROW}\s*(\d+(?:\.\d+)?)$`);

/** A number alone in a Markdown table cell is a data point (a benchmark score, a price, a context length). */
function tableCell(text: string, tok: NumeralToken): FigureCandidate | undefined {
  let s = tok.start, e = tok.end;
  while (s > 0 && text[s - 1] !== '|' && text[s - 1] !== '\n') s--;
  while (e < text.length && text[e] !== '|' && text[e] !== '\n') e++;
  if (text[s - 1] !== '|' || text[e] !== '|') return undefined;
  // (a cell set in bold or italics, **50.4**, is the number it emphasises; a footnote's mark after it, 88.0* or 80.4†,
  // is no part of it; an amount in brackets, (521.4), is an accountant's loss, read as its size under the row that
  // says what it is: 亏损)
  const cell = text.slice(s, e).trim().replace(/^([*_]{1,2})(.*)\1$/, '$2');
  // (and a number with a note in brackets after it, 2（缓存命中 0.5）: the number, and the note's number, each a figure)
  const noted = NOTED_CELL.exec(cell);
  if (noted) {
    const cellStart = s + text.slice(s, e).indexOf(cell);
    const inner = cellStart + cell.lastIndexOf(noted[3]);
    const at = tok.start === cellStart ? { start: cellStart, text: noted[1] } : tok.start === inner ? { start: inner, text: noted[3] } : undefined;
    if (at && tok.end === at.start + at.text.length) return { start: at.start, end: tok.end, value: tok.value, unit: '', qualifier: 'eq' };
    return undefined;
  }
  // (and a value changed, 4 → 0.8: the old and the new, each a figure)
  const changed = CHANGED_CELL.exec(cell);
  if (changed) {
    const cellStart = s + text.slice(s, e).indexOf(cell);
    const after = cellStart + cell.length - changed[2].length;
    const at = tok.start === cellStart ? changed[1] : tok.start === after ? changed[2] : undefined;
    return at && tok.end === tok.start + at.length ? { start: tok.start, end: tok.end, value: tok.value, unit: '', qualifier: 'eq' } : undefined;
  }
  const m = /^(\d+(?:\.\d+)?)([KkMB])?(?:[*†‡¹²³]{1,2})?$/.exec(cell) ?? /^[(（](\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)()[)）]$/.exec(cell);
  if (!m || (!m[2] && /^(19|20)\d{2}$/.test(m[1]))) return undefined;
  // (a size's K, M or B follows a few digits: 91440600759236418K is a registration code)
  if (m[2] && /^\d{6}/.test(m[1])) return undefined;
  const bracketed = cell.startsWith('(') || cell.startsWith('（');
  const start = s + text.slice(s, e).indexOf(cell) + (bracketed ? 1 : 0);
  // (under a row that is no cost nor loss, | 經調整EBITDA | (98,216) |, the brackets are a minus sign, part of the figure)
  if (bracketed) {
    const lineStart = text.lastIndexOf('\n', s) + 1;
    const label = text.slice(lineStart, s).split(/[|｜]/).map((c) => c.trim()).find(Boolean) ?? '';
    if (label && !COST_OR_LOSS_LABEL.test(label)) return { start: start - 1, end: start + m[1].length + 1, value: -tok.value, unit: '', qualifier: 'eq' };
  }
  return { start, end: start + m[1].length + (m[2]?.length ?? 0), value: tok.value, unit: m[2] === 'B' ? '参数' : m[2] ? 'tokens' : '', qualifier: 'eq' };
}

/** Whether the line before or after [lineStart, lineEnd) is a labelled value too. */
function labelledValueBeside(text: string, lineStart: number, lineEnd: number): boolean {
  const prevStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : -1;
  if (prevStart >= 0 && LABELLED_VALUE_LINE.test(text.slice(prevStart, lineStart - 1))) return true;
  if (lineEnd >= text.length) return false;
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  return LABELLED_VALUE_LINE.test(text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd));
}

/** A row's label that names a cost, an expense or a loss (銷售成本, 研發開支, 年內虧損): its amounts in brackets are their size. */
const COST_OR_LOSS_LABEL = /成本|开支|開支|费用|費用|支出|亏损|虧損|损失|損失|减值|減值|税|稅|利息/;
/** A number standing alone between column gaps of a plain-text table: 68.4, -2.1, +0.3. */
function alignedCell(text: string, tok: NumeralToken): FigureCandidate | undefined {
  // the token's line must have at least three columns, or be a label and its value beside another
  // (研发投入合计　　492,724,093.25 under 本期费用化研发投入　　452,806,613.25)
  const lineStart = text.lastIndexOf('\n', tok.start - 1) + 1;
  const lineEnd = text.indexOf('\n', tok.end) < 0 ? text.length : text.indexOf('\n', tok.end);
  const columns = text.slice(lineStart, lineEnd).trim().split(/ {2,}|\t/).length;
  if (columns < 3 && !(LABELLED_VALUE_LINE.test(text.slice(lineStart, lineEnd)) && labelledValueBeside(text, lineStart, lineEnd))) return undefined;
  let start = tok.start;
  if (/[-+]/.test(text[start - 1] ?? '') && text[start] !== '-') start--;
  // (an amount in brackets on a line whose label names a cost or a loss, 銷售成本  (52,180), is read as its size; its digits
  // grouped or with a decimal: (2330) is a stock code)
  const bracketed = /[(（]/.test(text[start - 1] ?? '') && /[)）]/.test(text[tok.end] ?? '') && /[,.]/.test(text.slice(tok.start, tok.end)) &&
    COST_OR_LOSS_LABEL.test(text.slice(lineStart, Math.min(lineEnd, lineStart + 24)).trim().split(/ {2,}|\t|\u3000/)[0]) ? 1 : 0;
  const before = text.slice(Math.max(0, start - bracketed - 2), start - bracketed);
  const after = text[tok.end + bracketed];
  // (a row's label ending with its unit in brackets may be set off by one gap: 股東應佔溢利（億港元）　5.12)
  if (!(/^(\s{2}|.?\t|[)）]\s)$/.test(before) || start - bracketed === 0 || text[start - bracketed - 1] === '\n')) return undefined;
  if (after !== undefined && !/[\s%]/.test(after)) return undefined;
  if (!tok.decimal && /^(19|20)\d{2}$/.test(text.slice(tok.start, tok.end))) return undefined;
  const percent = after === '%';
  const value = text[start] === '-' && tok.value > 0 ? -tok.value : tok.value;
  return { start, end: tok.end + (percent ? 1 : 0), value, unit: percent ? '%' : '', qualifier: 'eq' };
}

// ---- table columns --------------------------------------------------------------------------

/** What a column header says about its numbers: 集资净额（亿港元）, 输入价格（元/百万tokens）, Price ($/1M tokens). */
export interface ColumnUnit { scale: number; unit: string; per?: Rate }

/** The unit annotation of a header cell (in brackets at its end), or undefined. */
/** A note after a unit that says what it does not hold: ，百分比除外, ，除另有说明外, , except per share data. */
// (and one that says how to read them: ，越高越好, ，下同)
const UNIT_EXCEPTION_NOTE = /\s*[，,、;；]\s*(?:[^，,]{0,12}除外|除(?:另有|特别|特別)?[^，,]{0,8}外|越[高低大小快慢多少]越好|下同|except\b.*|higher is better|lower is better)$/i;

/** A Latin scale written alone in a header's brackets. */
const LATIN_SCALE_ALONE: ReadonlyMap<string, number> = new Map([['K', 1e3], ['k', 1e3], ['M', 1e6], ['B', 1e9], ['T', 1e12]]);
export function columnUnit(header: string): ColumnUnit | undefined {
  // (a note's mark after the unit is no unit: 日均调用量（亿tokens）（注2）)
  // (nor the colon a caption ends with: 收入按業務分部劃分如下（人民幣百萬元）：)
  const written = normalize(header).text.replace(NOTE_MARKS_AT_END, '');
  const m = /[(（]([^()（）]{1,24})[)）]\s*[:：]?\s*$/.exec(written);
  if (!m) {
    // | 生成 t/s |, | tokens/秒 |: a rate written without brackets, as the header's last word, is the column's unit too
    const rate = RATE_AS_LAST_WORD.exec(written);
    const unit = rate ? columnUnit(`（${rate[1]}）`) : undefined;
    return unit?.per ? unit : rateLimitHeader(written) ?? headerPeriod(header);
  }
  // 单位：亿元, 人民币亿元: the currency word names the unit again
  // (人民币千元，百分比除外: a note of what the unit is not for is no part of it)
  const inner = m[1].trim().replace(/^单位\s*[:：]\s*/, '').replace(/^(人民币|港币|新台币|美金)(?=[十百千万亿])/, '').replace(UNIT_EXCEPTION_NOTE, '');
  // 每百万tokens，美元: the denominator first, then the unit
  if (inner.startsWith('每')) {
    const d = readDenominator(inner, 1);
    const rest = d ? inner.slice(d.end).replace(/^\s*[，,、;；/]?\s*/, '') : '';
    const own = rest ? columnUnit(`（${rest}）`) : undefined;
    if (own && !own.per) return { ...own, per: d!.per };
    // | RPM（每分钟请求数） |: the bracket explains the header's rate, whose unit is the header's own
    return d && !own ? rateLimitHeader(written.slice(0, m.index)) ?? { scale: 1, unit: '', per: d.per } : undefined;
  }
  // (a caption's word for what its numbers are, before the unit: 对比表（输出价，美元/百万tokens）)
  const labelled = /^[^，,()（）]{1,8}[，,]\s*([^，,]+)$/.exec(inner);
  if (labelled) {
    const own = columnUnit(`（${labelled[1]}）`);
    if (own) return own;
  }
  // 上下文长度(K), 参数量(B): a Latin scale alone, as a model card writes one over its column of bare numbers
  const latin = LATIN_SCALE_ALONE.get(inner);
  if (latin) return { scale: latin, unit: '' };
  let at = 0;
  let scale = 1;
  const n = readNumeral(inner, 0);
  // (百分点 is points, not a hundred of 分点)
  if (n && n.chinese && /^[十百千万亿]+$/.test(inner.slice(0, n.end)) && !inner.startsWith('百分')) { scale = n.value; at = n.end; }
  let unit: string | undefined;
  const sign = /^(US\$|HK\$|NT\$|\$|¥|￥|€|£)/.exec(inner.slice(at));
  if (sign) { unit = CURRENCY_SIGNS[sign[1]]; at += sign[0].length; }
  const u = unit ? undefined : matchUnit(inner, at);
  if (u) { unit = u.def.unit; at += u.length; if (u.def.factor) scale *= u.def.factor; }
  // (a scale alone counts what the row names: 月活跃用户（万）)
  if (!unit) return scale > 1 && at === inner.length ? { scale, unit: '' } : headerPeriod(header);
  // (a unit that is a rate of its own: 单位：t/s)
  if (u?.def.per && at === inner.length) return { scale, unit, per: u.def.per };
  // (美元/每百万Token: a 每 after the slash says the same)
  const slash = /^\s*\/\s*每?/.exec(inner.slice(at));
  // (a header that names a period's amount says its denominator: 月产能（万片）)
  if (!slash) {
    if (at !== inner.length) return undefined;
    const period = headerPeriod(header.slice(0, header.length - m[0].length));
    return period?.per ? { scale, unit, per: period.per } : { scale, unit };
  }
  const read = readDenominator(inner, at + slash[0].length);
  const d = read && (perUnitAndPeriod(read, inner, read.end) ?? read);
  return d && d.end === inner.length ? { scale, unit, per: d.per } : undefined;
}

/** A header's last word when it is a rate (t/s, tokens/秒, 元/百万tokens): a slash or 每 inside it. */
const RATE_AS_LAST_WORD = /(?:^|\s)([^\s()（）]{1,12}(?:[/／]|每)[^\s()（）]{1,12})\s*$/;
/** Notes' marks at the end of a header: （注2）, (注), ※, *. */
const NOTE_MARKS_AT_END = /(?:\s*(?:[(（]\s*注\s*[\d一二三四五六七八九十]*\s*[)）]|※|\*+))+\s*$/;
/** An API's rate limit by its acronym (RPM, TPM, RPD, QPS): what it counts, per which period (units.ts's rate units). */
function rateLimit(word: string): { unit: string; per: Rate } | undefined {
  const u = matchUnit(word, 0);
  return u?.def.per && u.length === word.length ? { unit: u.def.unit, per: u.def.per } : undefined;
}

/** A header that is an API's rate limit (RPM, 默认TPM, QPS上限): its numbers are per the limit's period. */
function rateLimitHeader(header: string): ColumnUnit | undefined {
  const word = /(?:^|[^A-Za-z])([A-Za-z]{3})(?:上限|限额|限額|配额|配額)?\s*$/.exec(header.trim());
  const limit = word ? rateLimit(word[1]) : undefined;
  return limit ? { scale: 1, ...limit } : undefined;
}

/** A header that names a period's money (月费用, 月租, 年费, 每月): its amounts are per that period. */
function headerPeriod(header: string): ColumnUnit | undefined {
  const text = normalize(header).text;
  // | 每百万输出tokens | 每千次请求 | 每小时卡费 |: a header that opens with a denominator gives it to the column's prices
  const opening = /^\s*每/.exec(text);
  const d = opening ? readDenominator(text, opening[0].length) : undefined;
  if (d) return { scale: 1, unit: '', per: d.per };
  const period = /月费|月租|月薪|包月|月付|每月|[\/／]月|^月(?:产能|產能|产量|產量|出货|出貨)/.test(text) ? '月' : /年费|年租|年薪|包年|年付|每年|[\/／]年|^年(?:产能|產能|产量|產量)/.test(text) ? '年' : undefined;
  // (or a period the prose's cues name, opening the header: 日均调用量, 月成本, 月度净烧钱; not a corner's 渗透率＼年均支出)
  const cued = period ?? (PERIOD_CUE_WORD.test(text) ? PERIOD_CUES.find(([re]) => re.exec(text.trim())?.index === 0)?.[1] : undefined);
  return cued ? { scale: 1, unit: '', per: { value: 1, unit: cued } } : undefined;
}

/** Headers of columns that number the rows (a rank, a serial number): their cells are no claims. */
const ORDINAL_HEADER = /^(?:排名|名次|排序|位次|序号|序號|编号|編號|包号|包號|标段|標段|标包|標包|分包|项号|項號|行号|行號|#|No\.?|Rank(?:ing)?|ID)$/i;

/**
 * Whether a whole number labels a table's row or column rather than claims: a cell of a column that numbers the rows
 * (排名, 序号, #), or a whole cell of the header row (| 模型 | 4090 | 3090 |).
 */
export function isTableLabel(tables: readonly Table[], text: string, start: number, end: number): boolean {
  const place = tables.length ? cellAt({ tables }, start) : undefined;
  if (!place) return false;
  if (place.columnHeader && ORDINAL_HEADER.test(text.slice(place.columnHeader.start, place.columnHeader.end))) return true;
  return place.row.header && text.slice(place.cell.start, place.cell.end).trim() === text.slice(start, end);
}

/**
 * | Codeforces | … | 2051 |: a cell of four digits that a year's form left no figure, under a column header that names
 * a measure and no time, is that measure's value (a rating, a count). Returned in text order, to be merged.
 */
export function measuredYearCells(figures: readonly Figure[], tables: readonly Table[], text: string): Figure[] {
  const out: Figure[] = [];
  // (tables, rows and cells come in text order, as the figures do: one pass over the figures)
  let k = 0;
  for (const table of tables) {
    const header = table.rows[0]?.header ? table.rows[0] : undefined;
    if (!header) continue;
    for (const row of table.rows) {
      if (row === header) continue;
      for (const cell of row.cells) {
        const written = text.slice(cell.start, cell.end);
        const m = /^\s*((?:19|20)\d{2})\s*$/.exec(written);
        if (!m) continue;
        const head = header.cells.find((c) => c.column === cell.column);
        const headText = head ? text.slice(head.start, head.end) : '';
        if (!/[A-Za-z\u4e00-\u9fff]/.test(headText) || TIME_HEADER.test(headText) || cell.column === 0) continue;
        const start = cell.start + written.indexOf(m[1]), end = start + 4;
        while (k < figures.length && figures[k].end <= start) k++;
        if (k < figures.length && figures[k].start < end) continue;
        out.push({ kind: 'figure', start, end, text: m[1], value: Number(m[1]), unit: '', qualifier: 'eq', status: 'unverified', statusReason: { kind: 'none' } });
      }
    }
  }
  return out;
}
/** A column header of times: its four-digit cells are years. */
const TIME_HEADER = /年|时间|時間|日期|时期|時期|季度|月份|year|date|time|period/i;

/**
 * Numbers in a table cell take the unit, scale word and rate denominator their column header
 * names: 54.07 under 集资净额（亿港元） is 5.407e9 港元; 18 under 输入价格（元/百万tokens） is
 * 18 元 per 1e6 tokens. Only a bare number is changed (a cell that writes its own unit keeps it).
 */
export function applyColumnUnits(figures: Figure[], tables: readonly Table[], text: string): void {
  if (!tables.length) return;
  const columns = new Map<string, ColumnUnit | null>();
  const captions = new Map<Table, ColumnUnit | null>();
  const percentColumns = new Map<Table, string[]>();
  const namedColumns = new Map<Table, NamedColumnUnit[]>();
  let declared: Array<{ start: number; unit: ColumnUnit }> | undefined;
  for (const f of figures) {
    // (a comparator may stand before the number: | 約18 |)
    // (a unit read from outside the cell, a counted noun of the row's name, does not make it written)
    // (a range of bare numbers too: | 11~12 |)
    const bare = (!f.unit || !f.text.includes(f.unit)) && /^(?:约|約|近|~|～|≈)?\s*[-+\u2212]?[\d,.]+(?:\s*[~～\-–—至到]\s*[\d,.]+)?$/.test(f.text.trim());
    // a cell that writes its own currency (6元) under 输入（元/百万tokens） still takes the column's denominator
    if (!bare && !(CURRENCY_UNITS.has(f.unit) && !f.per)) continue;
    const place = cellAt({ tables }, f.start);
    if (!place || (!place.columnHeader && !place.rowHeader)) continue;
    let column: ColumnUnit | null | undefined = null;
    if (place.columnHeader) {
      const headerText = text.slice(place.columnHeader.start, place.columnHeader.end);
      column = columns.get(headerText);
      if (column === undefined) columns.set(headerText, column = columnUnit(headerText) ?? null);
    }
    // (or a later line of the header: 人民幣千元 under 2024年)
    for (const sub of place.subHeaders ?? []) {
      if (column) break;
      const subText = text.slice(sub.start, sub.end).trim();
      column = /^[%％]$/.test(subText) ? { scale: 1, unit: '%' } : columnUnit(SCALE_UNIT_CELL.test(subText) ? `（${subText}）` : subText) ?? null;
    }
    // a statistics table gives each row its unit in a column of its own (指标名称 | 单位 | 2024年: 营业收入 | 亿元 | 468.3);
    // a column whose header states a unit keeps it (比上年增长（%）)
    if (!column && place.columnHeader) column = rowUnitCell(place, text);
    // a row's header may state the unit of its cells instead (| 微软（亿美元） | 322 | 558 |)
    if (!column && place.rowHeader && place.rowHeader !== place.cell) column = columnUnit(text.slice(place.rowHeader.start, place.rowHeader.end)) ?? null;
    // (or a label cell after the row's name, its unit in brackets: | hunyuan-vision | 输入（元/百万tokens） | 18 | 3 |)
    for (const c of place.row.cells) {
      if (column || c.column >= place.cell.column) break;
      const label = text.slice(c.start, c.end).trim();
      if (c !== place.rowHeader && /[)）]$/.test(label) && !/^[\d.,，\s]/.test(label)) column = columnUnit(label) ?? null;
    }
    // or the header row's first cell, over the rows' names (| 人民币百万元 | 2023年 | 2024年 |)
    if (!column && place.rowHeader && place.rowHeader !== place.cell) {
      const corner = place.table.rows[0]?.header ? place.table.rows[0].cells.find((c) => c.column === 0) : undefined;
      // (or in brackets at its end: | 截至12月31日止年度（百萬港元） | 2024年 |)
      const cornerText = corner ? text.slice(corner.start, corner.end).trim() : '';
      if (corner) column = (/[)）]$/.test(cornerText) ? columnUnit(cornerText) : undefined) ?? columnUnit(`（${cornerText}）`) ?? null;
    }
    // (unless the caption's note gives the column a unit of its own: 單位：新台幣億元；月增率、年增率為%)
    if (!column && place.columnHeader) {
      let percent = percentColumns.get(place.table);
      if (percent === undefined) percentColumns.set(place.table, percent = captionPercentColumns(text, place.table.start));
      const header = text.slice(place.columnHeader.start, place.columnHeader.end);
      if (percent.some((name) => header.includes(name))) column = { scale: 1, unit: '%' };
    }
    // (or names the columns each unit is for: 输入/输出单位均为元/M；上下文单位为tokens)
    let named = namedColumns.get(place.table);
    if (named === undefined) {
      // (only names the table's header row has: 分部拆分如下（单位：亿元 names no column)
      const first = place.table.rows[0];
      const headerRow = first?.header ? text.slice(first.start, first.end) : '';
      named = captionNamedColumnUnits(text, place.table.start).filter((n) => n.names.some((name) => headerRow.includes(name)));
      namedColumns.set(place.table, named);
    }
    if (!column && named.length) {
      const header = place.columnHeader ? text.slice(place.columnHeader.start, place.columnHeader.end) : '';
      column = named.find((n) => n.names.some((name) => header.includes(name)))?.unit ?? null;
    }
    // a column that states no unit takes the table's: its caption or heading (分部收入（人民币亿元）, 单位：亿元), not
    // what the caption says of other columns by name (单位：亿元；增速单位为%)
    if (!column) {
      let caption = captions.get(place.table);
      if (caption === undefined) captions.set(place.table, caption = captionUnit(text, place.table.start, named.map((n) => n.clause)) ?? noteUnitBelow(text, place.table.end) ?? null);
      column = caption;
    }
    // (and prices written with their currency take what the text declared above the table, however far:
    // 价格单位统一为人民币元 / 百万 tokens; a bare number, which may be no price, does not, unless its column
    // says it is one: | 输入·调整后 | 缓存命中输入 | under 如无特别说明，单位为元/百万 tokens)
    if (!column && (!bare || (place.columnHeader && PRICE_COLUMN.test(text.slice(place.columnHeader.start, place.columnHeader.end))))) {
      declared ??= unitDeclarations(text);
      column = declared.filter((d) => d.start < place.table.start).at(-1)?.unit ?? null;
    }
    if (!column) continue;
    if (!bare) {
      // (a caption that states only the denominator, 每百萬Token, gives it to the prices the cells write)
      // (another currency than the header's too: 2.5美元 under 输入价格（元/百万tokens） is per a million tokens)
      if (column.per && (column.unit === f.unit || !column.unit || (CURRENCY_UNITS.has(column.unit) && CURRENCY_UNITS.has(f.unit)))) f.per = column.per;
      continue;
    }
    // (a column of a period's amounts, | 月费 | 20 |, keeps its numbers and gives them the period)
    if (!column.unit && column.scale === 1) { if (column.per && PERIOD_UNITS.has(column.per.unit) && !f.per && f.value > 0) f.per = column.per; continue; }
    f.value = tidy(f.value * column.scale);
    if (f.range) f.range = [tidy(f.range[0] * column.scale), tidy(f.range[1] * column.scale)];
    if (column.unit) f.unit = column.unit;
    if (column.per) f.per = column.per;
  }
}

/** A column header that says its cells are prices (输入·调整后, 缓存命中, 单价, output). */
const PRICE_COLUMN = new RegExp(`${PRICE_SIDE}|input|output|价格|價格|单价|單價|定价|定價|缓存|快取|命中`, 'i');
/** Where a text declares the unit its prices are in (价格单位统一为人民币元 / 百万 tokens, 单位：元/百万tokens), read as a header's unit. */
function unitDeclarations(text: string): Array<{ start: number; unit: ColumnUnit }> {
  const out: Array<{ start: number; unit: ColumnUnit }> = [];
  if (!text.includes('单位') && !text.includes('單位')) return out;
  for (const m of text.matchAll(UNIT_DECLARATION)) {
    const unit = columnUnit(`（${normalize(m[1]).text.trim()}）`);
    if (unit?.per) out.push({ start: m.index!, unit });
  }
  return out;
}
/** A unit declared for prices: 单位, 价格单位, 计价单位 and the currency's slash (group 1 from the currency on). */
const UNIT_DECLARATION = /(?:价格|價格|计价|計價|计费|計費)?(?:单位|單位)\s*(?:统一|統一)?\s*(?:为|為|是|[：:])\s*\**\s*(?:人民币|人民幣)?\s*((?:元|美元|美金|港元|\$|¥|￥)\s*[/／][^\n。；;，,）)*]{1,16})/g;

/** The unit the row's cell under a 单位 column states for the other cells of its row (亿元, 万人, 家, PFLOPS). */
function rowUnitCell(place: CellPlace, text: string): ColumnUnit | null {
  const header = place.table.rows[0];
  if (!header?.header) return null;
  const unitColumn = header.cells.find((c) => UNIT_COLUMN.test(text.slice(c.start, c.end).trim()));
  if (!unitColumn || unitColumn.column === place.cell.column) return null;
  const cell = place.row.cells.find((c) => c.column === unitColumn.column);
  const written = cell ? text.slice(cell.start, cell.end).trim() : '';
  if (!written || written.length > 12) return null;
  const known = columnUnit(`（${written}）`);
  if (known) return known;
  // (a scale before a unit the engine has no name for keeps the unit as written: 万吨CO2e)
  const scale = /^([十百千万亿萬億]+)(\S+)$/.exec(written);
  const n = scale ? readNumeral(scale[1], 0) : undefined;
  return n && n.end === scale![1].length ? { scale: n.value, unit: scale![2] } : null;
}
const UNIT_COLUMN = /^(?:计量|計量)?(?:单位|單位)$/;

/** A caption's unit note: 单位：亿元, 以下价格单位为元/百万tokens：, 單位為元/千tokens（圖片按等效tokens折算）。, and one
 *  among a bracket's notes (（单位：亿元，数据来源：公司公告）). */
// (its slash may stand between spaces: 单位：元 / 百万 tokens; 均 may stand before 为: 价格单位均为元/百万tokens, and a colon after it: 单位均为：元/百万tokens)
// (or a Latin unit right after the word, as a forum's caption writes it: 單位 tokens/s; and a filing's currency after it:
// 单位：万元　币种：人民币)
const UNIT_NOTE = /(?:单位|單位)\s*(?:均|都|皆|一律)?\s*(?:[:：]|(?:为|為|是)\s*[:：]?|(?=[A-Za-z%％]))\s*([^\s（(：:，,。；;)）]{1,16}(?:\s*[/／]\s*[^\s（(：:，,。；;)）]{1,10}(?: [A-Za-z]{1,8})?)?)(?:[^：:。]{0,24}[:：。]?$|[，,；;][^（(]{0,40}[)）][:：]?\s*$|[\s，,；;]+(?:币种|幣種)\s*[:：]\s*[^\s：:，,。]{1,8}\s*$)/;

/** A caption that states only what prices are per (牌价（输入／输出，每百万Token；…）：): a denominator, no unit. */
function captionDenominator(line: string): ColumnUnit | undefined {
  if (!/[(（].*[)）]\s*[:：]?\s*$/.test(line) && !/[:：]\s*$/.test(line)) return undefined;
  const text = normalize(line).text;
  for (let at = text.indexOf('每'); at >= 0; at = text.indexOf('每', at + 1)) {
    const d = readDenominator(text, at + 1);
    // (and the currency before it, when the note names one: （人民币元／每百万tokens，截至8月20日）)
    const currency = CURRENCY_BEFORE_PER.exec(text.slice(Math.max(0, at - 8), at));
    if (d?.per.unit === 'tokens') return { scale: 1, unit: currency ? currency[1] : '', per: d.per };
  }
  return undefined;
}
/** A currency right before a denominator's 每 (元／每, 美元/每). */
const CURRENCY_BEFORE_PER = /(?:人民币)?(美元|港元|欧元|日元|元)\s*[\/／]?\s*$/;

/**
 * A caption line as its unit note reads (单位是「美元／每百万 Token」: the quotes and the space before a Latin word
 * dropped); of a long line (a paragraph that ends with its note) only the note at its end, if any.
 */
function captionNote(line: string): string | undefined {
  const at = Math.max(line.lastIndexOf('单位'), line.lastIndexOf('單位'));
  if (line.length > 60 && (at < 0 || line.length - at > 40)) return undefined;
  // (a space between a Chinese word and a Latin one goes, not one after a Latin scale: 每百萬 Token, but 1M tokens)
  return (line.length > 60 ? line.slice(at) : line).replace(/[「」『』“”]/g, '').replace(/(?<=[\u3400-\u9fff]) (?=[A-Za-z])/g, '');
}

/** A caption's note that some columns are in per cent: 月增率、年增率為%, 同比为百分比. */
const PERCENT_COLUMNS_NOTE = /([^：:；;，,。\s]{2,24}?)\s*(?:为|為|是|均为|均為|单位为|單位為)\s*(?:%|％|百分比)/;
/** The columns the two lines above a table say are in per cent (their header words). */
function captionPercentColumns(text: string, tableStart: number): string[] {
  let seen = 0;
  for (const line of linesAbove(text, tableStart)) {
    const m = PERCENT_COLUMNS_NOTE.exec(line);
    if (m) return m[1].split(/[、,，及和与與]/).map((w) => w.trim()).filter((w) => w.length >= 2);
    if (++seen === 2) break;
  }
  return [];
}

interface NamedColumnUnit { names: string[]; unit: ColumnUnit; clause: string }
/** A caption clause that gives the columns it names their unit: 输入/输出单位均为元/M, 上下文單位為tokens. */
const NAMED_COLUMNS_UNIT = /^(?:说明|說明|注|註|备注|備註)?\s*[:：]?\s*([^：:\s（()）]{1,30}?)的?(?:单位|單位)\s*(?:均|都|皆|统一|統一)?\s*(?:为|為|是|[:：])\s*(\S{1,16})$/;
/** The units the two lines above a table give its columns by name (nothing when its note names no column). */
function captionNamedColumnUnits(text: string, tableStart: number): NamedColumnUnit[] {
  let seen = 0;
  for (const line of linesAbove(text, tableStart)) {
    const found: NamedColumnUnit[] = [];
    for (const clause of line.split(/[；;。，,]/)) {
      const m = NAMED_COLUMNS_UNIT.exec(clause.trim());
      if (!m) continue;
      const names = m[1].split(/[\/／、及和与與]/).map((w) => w.trim()).filter((w) => w.length >= 2);
      // (the note's clause may close the caption's bracket: （单位：亿元；PE单位：倍）)
      const unit = columnUnit(`（${m[2].replace(/[「」『』“”]/g, '').replace(/[)）]+$/, '')}）`);
      if (names.length && unit) found.push({ names, unit, clause });
    }
    if (found.length) return found;
    if (++seen === 2) break;
  }
  return [];
}

/** The unit a table's caption states: one of the two lines right above it, ending in a unit annotation (its clauses
 *  that give named columns their unit left out). */
function captionUnit(text: string, tableStart: number, namedClauses: readonly string[] = []): ColumnUnit | undefined {
  let seen = 0;
  for (const whole of linesAbove(text, tableStart)) {
    const written = namedClauses.reduce((line, clause) => line.replace(clause, ''), whole);
    // (a paragraph above the table may end with its note: …整理一篇完整比較。以下價格…，單位是「美元／每百萬 Token」，未稅。)
    const line = captionNote(written);
    if (line === undefined) return undefined;
    const unit = columnUnit(line) ?? columnUnit(`（${UNIT_NOTE.exec(line)?.[1] ?? ''}）`) ?? captionDenominator(line);
    if (unit) return unit;
    if (++seen === 2) return undefined;
  }
  return undefined;
}

/**
 * The unit a note right below a table states for it (注：表中价格单位均为 元/百万tokens，含税；…): the first line
 * after the table, when it is a note that speaks of the table's unit.
 */
function noteUnitBelow(text: string, tableEnd: number): ColumnUnit | undefined {
  const rest = text.slice(tableEnd, tableEnd + 200).replace(/^\s+/, '');
  const line = rest.slice(0, rest.search(/\n|$/));
  if (!TABLE_NOTE.test(line)) return undefined;
  const at = Math.max(line.lastIndexOf('单位'), line.lastIndexOf('單位'));
  if (at < 0) return undefined;
  // (the note's clause of the unit alone, up to its full stop: 单位均为元/百万tokens，含税；降幅按…)
  const note = UNIT_NOTE.exec(line.slice(at).split(/[。；;]/)[0]);
  return note ? columnUnit(`（${note[1]}）`) ?? captionDenominator(`（${note[1]}）`) : undefined;
}
/** A note under a table: 注：, 註：, 备注：, 说明：, *, or a line that speaks of 表中 / 上表. */
const TABLE_NOTE = /^(?:[*＊※]\s*)?(?:(?:注|註|备注|備註|说明|說明)\s*\d?\s*[:：]|表中|上表|以上)/;
