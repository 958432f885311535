// Units, currencies and measure words, as data: how each is written after a number (in
// normalised text) and the canonical unit a figure carries. Canonical names follow what the
// project's figures have always said (tokens, 参数, %, pp, x, 美元, 元 …); physical units take
// their SI symbols (km, kg, MW, GB). Latin spellings match case-insensitively unless `exact`.

import type { Rate } from './types.ts';

export type UnitKind =
  | 'percent' | 'multiple' | 'currency' | 'tokens' | 'parameters' | 'words' | 'compute' | 'data' | 'bandwidth'
  | 'time' | 'length' | 'area' | 'volume' | 'mass' | 'power' | 'energy' | 'frequency' | 'temperature'
  | 'effort' | 'measure';

export interface UnitDef {
  /** Spellings after a number, in normalised text (simplified, half-width). */
  written: readonly string[];
  /** The canonical unit of the figure. */
  unit: string;
  kind: UnitKind;
  /** The value is multiplied by this (‰ → %: 0.1; 角 → 元: 0.1). */
  factor?: number;
  /** ISO 4217 code of a currency. */
  iso?: string;
  /** A coin named as written, not converted to its currency (港仙: a results notice's per-share amounts are read in it). */
  coin?: boolean;
  /** Latin spellings that must match in this case (m is a metre, M a million). */
  exact?: boolean;
  /** Words after the spelling that make it part of another word (个人用户: individual users, not people). */
  notBefore?: RegExp;
  /** A unit that is itself a rate (TPS: tokens a second): its denominator. */
  per?: Rate;
}

/** Kinds that make even a small Chinese numeral a quantity (两米半, 一吨, 三成): they never count discourse items. */
export const STRONG_KINDS = new Set<UnitKind>([
  'percent', 'multiple', 'currency', 'tokens', 'parameters', 'words', 'compute', 'data', 'bandwidth',
  'length', 'area', 'volume', 'mass', 'power', 'energy', 'frequency', 'temperature',
]);

/** Currencies: the canonical unit is the Chinese name the project uses (美元, 元), with its ISO code. */
export const CURRENCIES: readonly UnitDef[] = [
  { written: ['美元', '美金', '刀', '镁', 'usd', 'us$'], unit: '美元', kind: 'currency', iso: 'USD' },
  { written: ['元人民币', '人民币', '人币', '块钱', '元', 'rmb', 'cny'], unit: '元', kind: 'currency', iso: 'CNY' },
  { written: ['毛钱', '毛', '角钱'], unit: '元', kind: 'currency', iso: 'CNY', factor: 0.1 },
  // 两分钱, 每千tokens 1分钱: a hundredth of a yuan (分 alone is a score, a minute or a point)
  { written: ['分钱'], unit: '元', kind: 'currency', iso: 'CNY', factor: 0.01 },
  // 八厘钱: a thousandth of a yuan (not 厘米, which is longer and wins)
  { written: ['厘钱', '厘'], unit: '元', kind: 'currency', iso: 'CNY', factor: 0.001 },
  { written: ['欧元', 'eur'], unit: '欧元', kind: 'currency', iso: 'EUR' },
  { written: ['英镑', 'gbp'], unit: '英镑', kind: 'currency', iso: 'GBP' },
  { written: ['日元', '日币', 'jpy'], unit: '日元', kind: 'currency', iso: 'JPY' },
  { written: ['港元', '港币', 'hkd'], unit: '港元', kind: 'currency', iso: 'HKD' },
  // 港仙: Hong Kong cents, named as written (每股基本盈利18.6港仙), as a reader of a results notice reads them
  { written: ['港仙'], unit: '港仙', kind: 'currency', iso: 'HKD', coin: true },
  { written: ['新台币', '台币', 'twd'], unit: '新台币', kind: 'currency', iso: 'TWD' },
  { written: ['韩元', 'krw'], unit: '韩元', kind: 'currency', iso: 'KRW' },
  { written: ['瑞士法郎'], unit: '瑞士法郎', kind: 'currency', iso: 'CHF' },
  { written: ['澳元'], unit: '澳元', kind: 'currency', iso: 'AUD' },
  { written: ['加元'], unit: '加元', kind: 'currency', iso: 'CAD' },
  { written: ['新加坡元', '新元'], unit: '新加坡元', kind: 'currency', iso: 'SGD' },
  { written: ['卢布'], unit: '卢布', kind: 'currency', iso: 'RUB' },
  { written: ['印度卢比', '卢比'], unit: '卢比', kind: 'currency', iso: 'INR' },
  { written: ['奈拉'], unit: '奈拉', kind: 'currency', iso: 'NGN' },
  { written: ['泰铢'], unit: '泰铢', kind: 'currency', iso: 'THB' },
  { written: ['越南盾'], unit: '越南盾', kind: 'currency', iso: 'VND' },
];

/** Currency signs before a number ($20, ¥500, US$1.5). */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = { US$: '美元', $: '美元', '¥': '元', '￥': '元', '€': '欧元', '£': '英镑', HK$: '港元', NT$: '新台币', RMB: '元', CNY: '元', USD: '美元' };

/** Smaller coins after a whole amount (3元5角2分, 五元三毛, 两美元又三美分). */
export const SUBUNITS: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  元: [['角', 0.1], ['毛', 0.1], ['分', 0.01]],
  美元: [['美分', 0.01]],
  日元: [['日本钱', 0.01], ['日本銭', 0.01]],
};

export const UNIT_TABLE: readonly UnitDef[] = [
  // (pct, ppt: a broker's note writes percentage points so, 毛利率同比+3.5pct)
  { written: ['个多百分点', '个百分点', '百分点', 'pct', 'pcts', 'ppt'], unit: 'pp', kind: 'percent' },
  // 差不到三个点, 毛利率提升了2个点: points as one says percentage points (not 三个点赞, 两个点子, 十个点位)
  { written: ['个点'], unit: 'pp', kind: 'percent', notBefore: /^[赞讚子位击擊评評名]/ },
  { written: ['%'], unit: '%', kind: 'percent' },
  { written: ['‰'], unit: '%', kind: 'percent', factor: 0.1 },
  { written: ['倍'], unit: 'x', kind: 'multiple', notBefore: /^增(?:为|為|至|到|长为|長為|长到|長到)/ },
  // (in English too: 2.3 times faster)
  { written: ['times'], unit: 'x', kind: 'multiple' },
  // (6万×0.012元: × before a number multiplies, it is no multiple; 8×A800, 4×H20 96G: so many cards of a machine)
  { written: ['x', '×'], unit: 'x', kind: 'multiple', notBefore: /^\s*(?:[\d０-９一二三四五六七八九十]|(?:RTX|GTX|MI)?\s?[A-Z]{1,2}\d{2,4}(?![\d.])|(?:昇腾|昇騰|Ascend)\s?\d)/ },
  ...CURRENCIES,
  { written: ['个参数', '参数量', '参数', '总参数', '总参数量', '激活参数', '个激活参数', '激活参数量', '活跃参数'], unit: '参数', kind: 'parameters' },
  { written: ['个tokens', '个token', '个 tokens', '个 token', 'tokens', 'token', '个词元', '词元'], unit: 'tokens', kind: 'tokens' },
  { written: ['个单词', '单词'], unit: '单词', kind: 'words' },
  // 60 TPS: tokens a second (generation speed); 5万 QPS: queries a second
  { written: ['tps', 't/s', 'tok/s', 'toks/s', 'tok/sec', 't/sec'], unit: 'tokens', kind: 'tokens', per: { value: 1, unit: '秒' } },
  { written: ['qps', 'rps'], unit: '次', kind: 'measure', per: { value: 1, unit: '秒' } },
  // 30 fps: frames a second (a video model's or a robot policy's speed)
  { written: ['fps'], unit: '帧', kind: 'measure', per: { value: 1, unit: '秒' } },
  // an API's rate limits: 500 RPM (requests a minute), 3万 TPM (tokens a minute), 1万 RPD (requests a day)
  { written: ['rpm'], unit: '次', kind: 'measure', per: { value: 1, unit: '分钟' } },
  { written: ['tpm'], unit: 'tokens', kind: 'tokens', per: { value: 1, unit: '分钟' } },
  { written: ['rpd'], unit: '次', kind: 'measure', per: { value: 1, unit: '天' } },
  { written: ['p flops', 'pflops', 'petaflops', 'p flop/s', '个pflops', '個pflops'], unit: 'PFLOPS', kind: 'compute' },
  { written: ['t flops', 'tflops'], unit: 'TFLOPS', kind: 'compute' },
  { written: ['e flops', 'eflops'], unit: 'EFLOPS', kind: 'compute' },
  { written: ['gflops'], unit: 'GFLOPS', kind: 'compute' },
  { written: ['flops'], unit: 'FLOPS', kind: 'compute' },
  { written: ['tops'], unit: 'TOPS', kind: 'compute' },
  { written: ['cu*h'], unit: 'CU*H', kind: 'compute' },
  { written: ['gpu小时', 'gpu 小时', 'gpu时'], unit: 'GPU小时', kind: 'compute' },
  // (the kind of card before it: 96万NPU卡时, GPU卡时)
  { written: ['卡时', 'npu卡时', 'gpu卡时', 'npu 卡时', 'gpu 卡时'], unit: '卡时', kind: 'compute' },
  { written: ['计算时'], unit: '计算时', kind: 'compute' },
  { written: ['zb'], unit: 'ZB', kind: 'data' },
  { written: ['eb'], unit: 'EB', kind: 'data' },
  { written: ['pb'], unit: 'PB', kind: 'data' },
  { written: ['tb', '太字节'], unit: 'TB', kind: 'data' },
  { written: ['tib'], unit: 'TiB', kind: 'data' },
  { written: ['gib'], unit: 'GiB', kind: 'data' },
  { written: ['mib'], unit: 'MiB', kind: 'data' },
  { written: ['gb', '吉字节'], unit: 'GB', kind: 'data' },
  // 两个G左右的内存, 16个G显存: gigabytes as one says them (not 4个GPU)
  { written: ['个G', '个g', '个 G', '个 g'], unit: 'GB', kind: 'data', notBefore: /^[A-Za-z]/ },
  { written: ['mb', '兆字节'], unit: 'MB', kind: 'data' },
  { written: ['kb', '千字节'], unit: 'KB', kind: 'data' },
  { written: ['字节'], unit: 'B', kind: 'data' },
  { written: ['千比特'], unit: 'kbit', kind: 'data' },
  { written: ['兆比特'], unit: 'Mbit', kind: 'data' },
  { written: ['比特'], unit: 'bit', kind: 'data' },
  { written: ['gbps'], unit: 'Gbps', kind: 'bandwidth' },
  { written: ['mbps'], unit: 'Mbps', kind: 'bandwidth' },
  { written: ['tbps'], unit: 'Tbps', kind: 'bandwidth' },
  { written: ['人/天', '人天'], unit: '人/天', kind: 'effort' },
  // 15万个工时, 9万人时: hours of people's work (saved, spent), no clock's time
  { written: ['个工时', '工时', '人工时', '个人时', '人时'], unit: '工时', kind: 'effort' },
  { written: ['人次'], unit: '人次', kind: 'effort' },
  { written: ['个多小时', '个小时', '小时'], unit: '小时', kind: 'time' },
  { written: ['分钟', '分多钟'], unit: '分钟', kind: 'time' },
  { written: ['毫秒', 'ms'], unit: '毫秒', kind: 'time' },
  { written: ['秒钟', '秒'], unit: '秒', kind: 'time' },
  // 1.5s, 0.8 s: seconds as tech writing abbreviates them (lower case only: 4S店 is a car dealer)
  { written: ['s'], unit: '秒', kind: 'time', exact: true },
  // (and hours and minutes: 11.5h, 30 min; lower case only)
  { written: ['h', 'hrs', 'hr'], unit: '小时', kind: 'time', exact: true },
  { written: ['min', 'mins'], unit: '分钟', kind: 'time', exact: true },
  // (2亿周活跃用户: 周活 is weekly active, a count of users, not weeks)
  // (四周围着, 四周環繞: 四周 is "all around", no four weeks)
  { written: ['个星期', '星期', '周'], unit: '周', kind: 'time', notBefore: /^(活|均|报|報|刊|围|圍|环|環|遭|边|邊|一圈|布满|布滿)/ },
  { written: ['个多月', '个月'], unit: '月', kind: 'time' },
  { written: ['个季度', '季度'], unit: '季度', kind: 'time' },
  { written: ['个工作日', '工作日'], unit: '工作日', kind: 'time' },
  // (a contract's days as it counts them: 60个日历天, 30个自然日)
  { written: ['个日历天', '個日曆天', '日历天', '日曆天', '个自然日', '個自然日', '自然日'], unit: '天', kind: 'time' },
  { written: ['天', '日'], unit: '天', kind: 'time' },
  { written: ['年'], unit: '年', kind: 'time' },
  { written: ['岁'], unit: '岁', kind: 'time' },
  { written: ['公里', '千米', 'km'], unit: 'km', kind: 'length' },
  // (a fleet's miles: 超过1亿英里)
  { written: ['英里', 'miles'], unit: '英里', kind: 'length' },
  { written: ['厘米', '公分', 'cm'], unit: 'cm', kind: 'length' },
  // (a die's area: 814 mm², 平方毫米; before mm, or the square would be left out of the span)
  { written: ['平方毫米', 'mm²', 'mm2'], unit: 'mm²', kind: 'area' },
  { written: ['毫米', 'mm'], unit: 'mm', kind: 'length' },
  { written: ['微米', 'μm'], unit: 'μm', kind: 'length' },
  { written: ['纳米', '奈米', 'nm'], unit: 'nm', kind: 'length' },
  { written: ['米'], unit: 'm', kind: 'length' },
  { written: ['m'], unit: 'm', kind: 'length', exact: true },
  { written: ['英寸'], unit: '英寸', kind: 'length' },
  { written: ['平方公里', 'km²'], unit: 'km²', kind: 'area' },
  { written: ['平方米', '平米', '㎡', 'm²'], unit: 'm²', kind: 'area' },
  { written: ['亩'], unit: '亩', kind: 'area' },
  { written: ['立方米'], unit: 'm³', kind: 'volume' },
  { written: ['毫升'], unit: 'mL', kind: 'volume' },
  // (not 从4K升级到256K, 升至, 升高: 升 after a number is also the verb to rise)
  { written: ['升'], unit: 'L', kind: 'volume', notBefore: /^(级|級|至|到|高|为|為|了|幅|值|温|溫|格|职|職|学|學)/ },
  { written: ['吨'], unit: 't', kind: 'mass' },
  { written: ['公斤', '千克', 'kg'], unit: 'kg', kind: 'mass' },
  { written: ['毫克', 'mg'], unit: 'mg', kind: 'mass' },
  { written: ['微克', 'μg'], unit: 'μg', kind: 'mass' },
  { written: ['克'], unit: 'g', kind: 'mass' },
  { written: ['斤'], unit: '斤', kind: 'mass' },
  // (not 7B和33B两个尺寸: 两 before a measure word is the numeral two)
  { written: ['两'], unit: '两', kind: 'mass', notBefore: /^[个個种種类類位名家款项項次倍成台张張块塊件条條部大款套组組方]/ },
  { written: ['太瓦时', '太瓦時', 'twh'], unit: 'TWh', kind: 'energy' },
  { written: ['吉瓦时', '吉瓦時', 'gwh'], unit: 'GWh', kind: 'energy' },
  { written: ['兆瓦时', '兆瓦時', 'mwh'], unit: 'MWh', kind: 'energy' },
  { written: ['千瓦时', 'kwh'], unit: 'kWh', kind: 'energy' },
  { written: ['瓦时', '瓦時', 'wh'], unit: 'Wh', kind: 'energy' },
  { written: ['千卡', '大卡', 'kcal'], unit: 'kcal', kind: 'energy' },
  { written: ['焦耳'], unit: 'J', kind: 'energy' },
  { written: ['太瓦', 'tw'], unit: 'TW', kind: 'power' },
  { written: ['吉瓦', 'gw'], unit: 'GW', kind: 'power' },
  { written: ['兆瓦', 'mw'], unit: 'MW', kind: 'power' },
  { written: ['千瓦', 'kw'], unit: 'kW', kind: 'power' },
  { written: ['瓦'], unit: 'W', kind: 'power' },
  { written: ['兆赫兹', '兆赫', 'mhz'], unit: 'MHz', kind: 'frequency' },
  { written: ['吉赫兹', '吉赫', 'ghz'], unit: 'GHz', kind: 'frequency' },
  { written: ['千赫兹', '千赫', 'khz'], unit: 'kHz', kind: 'frequency' },
  { written: ['赫兹', 'hz'], unit: 'Hz', kind: 'frequency' },
  { written: ['摄氏度', '℃', '°C', '°c'], unit: '℃', kind: 'temperature' },
  { written: ['度'], unit: '度', kind: 'measure' },
  // 二十几个人: people counted with 个 (not 个人用户, 个人版: what individuals use)
  // 四百来号人, 百十号人: people counted with 号 (a colloquial measure word)
  { written: ['号人', '號人'], unit: '人', kind: 'measure' },
  // 500路并发会话: concurrent streams (a bus route, 5路公交, is no such count)
  { written: ['路'], unit: '路', kind: 'measure', notBefore: /^(公交|车|巴士|线|口)/ },
  // 日均来电约4.5万通: calls (not 8通道, 5G通信, 3通过)
  { written: ['通'], unit: '通', kind: 'measure', notBefore: /^(道|信|讯|訊|过|過|用|知|常|行|路|航|畅|暢|胀|脹)/ },
  // 约30万汉字: characters, as 字 counts them (a context window in characters is no count of tokens)
  // (and so do 字符 and 中文字符: 约200万中文字符)
  { written: ['汉字', '漢字', '个汉字', '個漢字', '字符', '个字符', '個字符', '中文字符', '个中文字符', '個中文字符', '中文字'], unit: '字', kind: 'measure' },
  // 超过100万段视频, 20万段对话: recordings and passages counted (not 一段时间, 段落, 段位)
  { written: ['段'], unit: '段', kind: 'measure', notBefore: /^(时间|時間|时期|時期|落|位|距离|距離|子|路|式|话|話)/ },
  // (in English too: 2 million Chinese characters)
  { written: ['chinese characters', 'characters'], unit: '字', kind: 'measure' },
  // (150万个字, 150萬個中文字: characters counted with 个 too; not 个字母, 个字段)
  { written: ['个字', '個字', '个中文字', '個中文字'], unit: '字', kind: 'measure', notBefore: /^(母|段|节|節|号|號|幕|体|體|样|樣|眼|头|頭|符|节|句)/ },
  // 4600颗星, 3.4k stars: a repository's stars
  { written: ['颗星', '顆星', '个星', '個星', '个star', 'stars', 'star'], unit: '星', kind: 'measure', notBefore: /^(标|標|级|級|期|座|球|际|際|光|空|系|链|鏈|网|網)/ },
  // 2,980元/席位/年, 99元/账号/月: the seats and accounts a subscription is sold by
  { written: ['席位', '个席位', '坐席'], unit: '席位', kind: 'measure' },
  { written: ['账号', '帐号', '账户'], unit: '账号', kind: 'measure', notBefore: /^(?:体系|密码|安全|名)/ },
  { written: ['个人'], unit: '人', kind: 'measure', notBefore: /^(用户|开发者|消费者|账户|账号|帐号|版|信息|电脑|计算机|助理|助手|会员|订阅|套餐|客户|投资者|股东|数据|隐私|所得|创作者|品牌|网站|主页|用)/ },
  ...[
    '个', '张', '台', '种', '次', '起', '家', '款', '条', '项', '名', '人', '件', '篇', '部', '套', '块', '颗', '枚',
    '片', '轮', '场', '份', '所', '座', '辆', '架', '页', '户', '例', '批', '笔', '字', '词', '卡', '核', '帧', '像素', '分',
    '只', '双', '打', '股', '副', '顶', '间', '柜', '题', '題', '道', '票', '席',
  ].map((w): UnitDef => ({ written: [w], unit: w, kind: 'measure' })),
  // 28亿对图文: pairs (14B对话模型 is a chat model, 2.5对多语言 a model's name before a verb; but 4.2亿对中文文本对
  // counts pairs, the kind of pair said right after)
  { written: ['对'], unit: '对', kind: 'measure', notBefore: /^(?![^，。,；;\n]{0,8}(?:文本|图文|圖文|样本|樣本|问答|問答|语句|語句|指令|句子|句)[对對])(话|話|比|于|於|齐|齊|标|標|外|接|应|應|多|中|其|此|该|該|方|模型|用户|用戶|[A-Za-z]|\s*[\d０-９])/ },
  // 每月3,900积分: credits a plan gives (积分制, 积分榜 are words of their own)
  { written: ['积分', '積分'], unit: '积分', kind: 'measure', notBefore: /^(制|榜|卡|墙|牆)/ },
  // (位列第四, 位居第二: a rank, after a value it is ranked by: 以2,870万位列第四)
  { written: ['位'], unit: '位', kind: 'measure', notBefore: /^(列|居|于|於|置)/ },
  // 220万单, 每周25万单: orders counted (单价, 单卡, 单次, 单日 are words of their own)
  { written: ['单', '單'], unit: '单', kind: 'measure', notBefore: /^(?:[元位价價卡机機日月周週次个個笔筆台张張人篇项項一二两兩三四五六七八九十片颗顆枚核节節模纯純向独獨体體])/ },
  // 12层堆叠的HBM3E: the layers of a stack (层级, 层面, 层次 are words of their own)
  { written: ['层', '層'], unit: '层', kind: 'measure', notBefore: /^(级|級|面|次|楼|樓)/ },
];

export interface UnitMatch { def: UnitDef; length: number }

/** Spellings by first character (lower-cased for Latin), longest first. */
const BY_FIRST = new Map<string, Array<{ written: string; def: UnitDef; latin: boolean }>>();
for (const def of UNIT_TABLE) {
  for (const written of def.written) {
    const key = written[0].toLowerCase();
    const list = BY_FIRST.get(key) ?? [];
    // (latin: the spelling has Latin letters, matched in any case)
    list.push({ written, def, latin: /[a-z]/.test(written) });
    BY_FIRST.set(key, list);
  }
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.written.length - a.written.length);

const LATIN = /[a-z]/i;
const isCapital = (c: number) => c >= 0x41 && c <= 0x5a;
const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;
/** A chip's model name before GPU小时 or 卡时 (H800 GPU小时, A100卡时). */
const CHIP_HOURS = /^[A-Z]{1,2}\d{2,4}[A-Z]?\s?(?=GPU\s?小?时|gpu\s?小?时|卡时)/;

/**
 * The unit written at `pos`, longest spelling first. One space may stand between a number and
 * a Latin unit (2000 TB); a Latin unit must end at a word boundary (tb, not tbd).
 */
export function matchUnit(text: string, pos: number): UnitMatch | undefined {
  // 278.8万H800 GPU小时: GPU hours of a named chip are GPU hours
  // (a capital and a digit within two characters first: most units are not a chip's name)
  // (a space before the chip too, as a text that spaces its Latin words writes it: 278.8 万 H800 GPU 小时)
  const at = text.charCodeAt(pos) === 0x20 ? pos + 1 : pos;
  const chip = isCapital(text.charCodeAt(at)) && (isDigitCode(text.charCodeAt(at + 1)) || isDigitCode(text.charCodeAt(at + 2))) ? CHIP_HOURS.exec(text.slice(at, at + 16)) : null;
  if (chip) {
    const m = matchUnit(text, at + chip[0].length);
    if (m && m.def.kind === 'compute' && m.length > 1) return { def: m.def, length: at - pos + chip[0].length + m.length };
  }
  // 五百一十二个TOPS, 27.6 个 GPU 小时: a measure word said before a compute unit is part of it
  if (text.charCodeAt(pos) === 0x4e2a /* 个 */) {
    const m = matchUnit(text, pos + 1);
    if (m && m.def.kind === 'compute') return { def: m.def, length: 1 + m.length };
  }
  let skip = 0;
  if (text[pos] === ' ' && LATIN.test(text[pos + 1] ?? '')) skip = 1;
  const first = text[pos + skip];
  if (!first) return undefined;
  const latin = LATIN.test(first);
  const candidates = BY_FIRST.get(latin ? first.toLowerCase() : first);
  if (!candidates) return undefined;
  if (!latin) {
    // CJK and symbols: compare in place, no copy of the text
    for (const { written, def, latin } of candidates) {
      // (Latin letters in any case: 个Token)
      if (!text.startsWith(written, pos + skip) && !(latin && text.slice(pos + skip, pos + skip + written.length).toLowerCase() === written)) continue;
      const last = written[written.length - 1];
      const after = text[pos + skip + written.length];
      if (LATIN.test(last) && after && /[a-z0-9]/i.test(after) && !def.exact) continue;
      if (def.notBefore?.test(text.slice(pos + skip + written.length, pos + skip + written.length + 12))) continue;
      return { def, length: skip + written.length };
    }
    return undefined;
  }
  // (as far as the longest spelling of this letter and one character more: chinese characters is 18)
  const ahead = text.slice(pos + skip, pos + skip + candidates[0].written.length + 1);
  const lower = ahead.toLowerCase();
  for (const { written, def } of candidates) {
    if (!(def.exact ? ahead.startsWith(written) : lower.startsWith(written))) continue;
    const after = lower[written.length];
    // (a word glued to a letter or a digit is another word, but tokens before an amount is a rate's denominator: 每百万tokens16元)
    if (LATIN.test(written[written.length - 1]) && after && (/[a-z]/.test(after) || (/[0-9]/.test(after) && def.unit !== 'tokens'))) continue;
    return { def, length: skip + written.length };
  }
  return undefined;
}

/** Units whose spelling starts with a scale character (千米, 兆瓦, 兆字节): after a number they win over the scale word. */
export function prefixedUnitAt(text: string, pos: number): UnitMatch | undefined {
  const ch = text[pos];
  if (ch !== '千' && ch !== '兆' && ch !== '万') return undefined;
  const m = matchUnit(text, pos);
  if (m?.def.unit === 'kcal' && CARD_CLUSTER.test(text.slice(pos + 2, pos + 8))) return undefined; // 千卡集群 counts cards
  return m && m.length > 1 ? m : undefined;
}

/** What follows 千卡/万卡 when it counts accelerator cards, not kilocalories. */
export const CARD_CLUSTER = /^(以上|左右)?(集群|规模|级|以上|GPU|算力|训练|叢集|規模|智算|超节点|超節點|互联|互聯)/;

/** Denominators of a rate in Latin (1100 tokens/s, $20/mo): time words besides the unit table's. */
export const LATIN_TIME: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:s|sec|second)(?![a-z])/i, '秒'], [/^(?:min|minute)(?![a-z])/i, '分钟'], [/^(?:h|hr|hour)(?![a-z])/i, '小时'],
  [/^(?:d|day)(?![a-z])/i, '天'], [/^(?:wk|week)(?![a-z])/i, '周'], [/^(?:mo|month)(?![a-z])/i, '月'], [/^(?:yr|year)(?![a-z])/i, '年'],
];

/** Time words that name a period on their own after 每 or / (每天, /月, 每秒). */
export const PERIODS: Readonly<Record<string, string>> = {
  秒: '秒', 秒钟: '秒', 分钟: '分钟', 小时: '小时', 个小时: '小时', 天: '天', 日: '天', 周: '周', 星期: '周', 个星期: '周',
  月: '月', 个月: '月', 季度: '季度', 个季度: '季度', 年: '年',
};
