// Numeric claims in one block of normalised text: a number with its scale word, unit or
// measure word and comparator (超过3万亿tokens, 10000倍以上, 约 30 倍, 不到2%). Dates,
// times, versions, ordinals, list numbering and digits inside names are not claims.
import { scanNumbers, tidy, type NumberToken } from './numbers.ts';
import type { Qualifier } from './types.ts';

export interface FigureCandidate {
  start: number;
  end: number;
  value: number;
  unit: string;
  qualifier: Qualifier;
  range?: [number, number];
  ambiguity?: 'increase-multiple';
  attribute?: string;
}

interface Blocked { start: number; end: number }

/** Units and measure words, longest first. `strong` units make even a small Chinese numeral a claim (三倍, 两成). */
interface UnitDef { written: string; unit: string; strong?: boolean; inSpan?: boolean }
const UNIT_TABLE: UnitDef[] = [
  ...['个百分点', '百分点'].map((w) => ({ written: w, unit: 'pp', strong: true })),
  { written: '%', unit: '%', strong: true }, { written: '‰', unit: '‰', strong: true },
  { written: '倍', unit: 'x', strong: true },
  ...['美元', '美金'].map((w) => ({ written: w, unit: '美元', strong: true })),
  ...['元人民币', '人民币', '块钱', '元'].map((w) => ({ written: w, unit: '元', strong: true })),
  ...['欧元', '英镑', '日元', '港元', '韩元', '新台币'].map((w) => ({ written: w, unit: w, strong: true })),
  { written: '港币', unit: '港元', strong: true },
  ...['个参数', '参数量', '参数'].map((w) => ({ written: w, unit: '参数', strong: true })),
  ...['个tokens', '个token', 'tokens', 'token', '个词元', '词元'].map((w) => ({ written: w, unit: 'tokens', strong: true })),
  ...['个单词', '单词'].map((w) => ({ written: w, unit: '单词', strong: true })),
  ...['p flops', 'pflops', 'petaflops', 'p flop/s'].map((w) => ({ written: w, unit: 'PFLOPS', strong: true })),
  ...['t flops', 'tflops'].map((w) => ({ written: w, unit: 'TFLOPS', strong: true })),
  ...['e flops', 'eflops'].map((w) => ({ written: w, unit: 'EFLOPS', strong: true })),
  ...['gflops', 'flops'].map((w) => ({ written: w, unit: w.toUpperCase(), strong: true })),
  ...['zb', 'eb', 'pb', 'tb', 'gb', 'mb', 'kb'].map((w) => ({ written: w, unit: w.toUpperCase(), strong: true })),
  ...['cu*h', 'gpu时', '卡时', '计算时'].map((w) => ({ written: w, unit: w.toUpperCase(), strong: true })),
  ...['tops'].map((w) => ({ written: w, unit: 'TOPS', strong: true })),
  ...['x', '×'].map((w) => ({ written: w, unit: 'x', strong: true })),
  ...['人/天', '人天', '人次'].map((w) => ({ written: w, unit: w })),
  ...['个小时', '小时'].map((w) => ({ written: w, unit: '小时' })),
  ...['分钟', '毫秒', '秒钟', '秒'].map((w) => ({ written: w, unit: w === '秒钟' ? '秒' : w })),
  ...['个星期', '星期', '周'].map((w) => ({ written: w, unit: '周' })),
  ...['个多月', '个月'].map((w) => ({ written: w, unit: '月' })),
  ...['个季度', '季度'].map((w) => ({ written: w, unit: '季度' })),
  ...['天', '年', '岁'].map((w) => ({ written: w, unit: w })),
  ...['公里', '千米', '平方米', '米', '吨', '公斤', '千克', '克', '千瓦', '兆瓦', '瓦', '度', '亩'].map((w) => ({ written: w, unit: w })),
  ...['个', '张', '台', '种', '次', '起', '家', '款', '条', '项', '名', '位', '人', '件', '篇', '部', '套', '块', '颗', '枚', '片', '轮', '场', '份', '所', '座', '辆', '架', '页', '户', '例', '批', '笔', '字', '词', '卡', '核', '帧', '像素', '分'].map((w) => ({ written: w, unit: w })),
];
const UNITS_BY_FIRST = new Map<string, UnitDef[]>();
for (const u of UNIT_TABLE.sort((a, b) => b.written.length - a.written.length)) {
  const list = UNITS_BY_FIRST.get(u.written[0]) ?? [];
  list.push(u);
  UNITS_BY_FIRST.set(u.written[0], list);
}

/** Nouns a count is about when no measure word names the unit (750万开发者, 1000+智能应用). */
const COUNTED_NOUNS = ['开发者', '用户', '企业', '客户', '应用', '模型', '员工', '博士', '工程师', '芯片', '服务器', '图片', '样本', '机构', '合作伙伴', '伙伴', '国家', '城市', '行业', '场景', '参数', '单词', 'tokens'];
/** Things counted in the discourse itself, not claims (3个方面, 三类, 两大升级点). */
const DISCOURSE_NOUNS = /^(方面|类|大类|层级|层|部分|阶段|步|步骤|因素|要点|原因|问题|挑战|期待|方向|趋势|特点|特征|优势|劣势|维度|板块|环节|层面|着力点|升级点|方法|模式|路径|途径|原则|要求|条件|措施|建议|角度|点|个|种方式|大难题|难题|件事|句话|小结|总结|结论|亮点|看点|理由|判断|问题)/;

const PREFIX_QUALIFIERS: Array<[string, Qualifier]> = [
  ['不超过', 'lte'], ['不高于', 'lte'], ['不多于', 'lte'], ['不少于', 'gte'], ['不低于', 'gte'], ['至少', 'gte'], ['最少', 'gte'],
  ['起码', 'gte'], ['最多', 'lte'], ['至多', 'lte'], ['不到', 'lt'], ['不足', 'lt'], ['不满', 'lt'], ['未满', 'lt'], ['少于', 'lt'],
  ['低于', 'lt'], ['小于', 'lt'], ['超过', 'gt'], ['超出', 'gt'], ['高于', 'gt'], ['大于', 'gt'], ['多于', 'gt'], ['逾', 'gt'], ['超', 'gt'],
  ['将近', 'approx'], ['接近', 'approx'], ['逼近', 'approx'], ['近', 'approx'], ['大约', 'approx'], ['约为', 'approx'], ['约', 'approx'],
  ['大概', 'approx'], ['倒数', 'lte'], ['≥', 'gte'], ['≤', 'lte'], ['>', 'gt'], ['<', 'lt'], ['~', 'approx'],
].sort((a, b) => b[0].length - a[0].length) as Array<[string, Qualifier]>;
const SUFFIX_QUALIFIERS: Array<[string, Qualifier]> = [
  ['及以上', 'gte'], ['以上', 'gte'], ['及以下', 'lte'], ['以下', 'lte'], ['以内', 'lte'], ['之内', 'lte'], ['左右', 'approx'],
  ['开外', 'gt'], ['有余', 'gt'],
];
/** Metric nouns that make a bare number a claim: 分值0.943, 准确率0.98. */
const METRIC_BEFORE = /(分值|得分|分数|评分|准确率|正确率|精度|精确率|召回率|成功率|F1值?)(为|达到|达|是|:)?$/;
/** A score or rate named earlier in the clause: 得分由49.6提升到55.2. */
const METRIC_IN_CLAUSE = /(分值|得分|分数|评分|成绩|准确率|正确率|精度|精确率|召回率|成功率|胜率)[^,，。;；]{0,12}$/;
/** Currency signs before a number. */
const CURRENCY_SIGN: Record<string, string> = { $: '美元', US$: '美元', '¥': '元', '￥': '元', '€': '欧元', '£': '英镑' };
const INCREASE_VERB = /(提升|提高|增长|增加|提速|加快|扩大|上涨|增长了|增加了|提升了|提高了)(了)?(约|近|超过)?$/;

/** Spans that look numeric but are dates, times, versions or names. */
const BLOCKERS: RegExp[] = [
  /(19|20)\d{2}(年\d{1,2}月?|[-/]\d{1,2}([-/]\d{1,2})?|\.\d{1,2}\.\d{1,2})/g, // 2023-11-09, 2023年7月, 2023/7/6
  /\d{1,2}:\d{2}(:\d{2})?/g, // 14:37:55
  /(?<![\d.])(1[0-9]|20)\d{2}(\s*[-~至到]\s*(1[0-9]|20)?\d{2})?\s*(年|年度|财年|年代)/g, // 2021年, 2020-2023年
  /(?<![\d.个])\d{1,2}(\s*[-~至到]\s*\d{1,2})?\s*月(份|初|底|中旬|上旬|下旬)?(?!份额)/g, // 7月, 7-8月
  /(?<![\d.])\d{1,2}\s*[日号](?![元本])/g, // 6日, 15号
  /(?<![\d.])\d{1,2}\s*[点时](\d{1,2}分)?/g, // 3点, 14时30分
  /\d+\s*年代/g, // 80年代
  /[第首]\s*[\d零一二两三四五六七八九十百千]+/g, // 第三, 第1
  /[vV]\s*\d+(\.\d+)*/g, // v1.5
  /\d+(\.\d+)*\s*(版本|版|代)(?![权图码表工])/g, // 1.5版本, 3.0版
  /(版本|version|Version)\s*\d+(\.\d+)*/g,
  /\d+(\.\d+){2,}/g, // 1.2.3
  /(?<!\d)1[3-9]\d{9}(?!\d)|\d{3,4}-\d{7,8}/g, // phone numbers
  /\d+\s*(个)?(天|小时|分钟|周|个月|年)(前|以前|之前|后|以后|之后)/g, // 26天前: a relative time, not a quantity
];

/** All blockers in one pass. */
const BLOCKER = new RegExp(BLOCKERS.map((r) => `(?:${r.source})`).join('|'), 'g');

export function findFigures(text: string, blockedByEntities: Blocked[], commaOk: (i: number) => boolean): FigureCandidate[] {
  // numbers never start inside an entity name, so 2 of Step-2 does not swallow the 万亿 after it
  const entitySpans = [...blockedByEntities].sort((a, b) => a.start - b.start);
  const tokens = scanNumbers(text, commaOk, entitySpans);
  if (!tokens.length) return [];
  const blocked: Blocked[] = [...blockedByEntities];
  BLOCKER.lastIndex = 0;
  for (const m of text.matchAll(BLOCKER)) blocked.push({ start: m.index!, end: m.index! + m[0].length });
  const isBlocked = (s: number, e: number) => blocked.some((b) => b.start < e && s < b.end);
  const listNumberEnd = listNumbering(text);
  const tableRow = /^\s*\|.*\|\s*$/.test(text) || (text.match(/\|/g)?.length ?? 0) >= 3;
  // a plain-text table: columns aligned with runs of spaces
  const alignedRow = /\S(?: {2,}|\t)\S.*(?: {2,}|\t)\S/.test(text);
  const out: FigureCandidate[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (tok.start < listNumberEnd) continue;
    if (isBlocked(tok.start, tok.end)) continue;
    // a rate's denominator (0.0008元/千tokens) is never a figure of its own
    const prev = out[out.length - 1];
    if (prev && /元|美元|\$/.test(prev.unit) && /^\s*[/／]\s*$/.test(text.slice(prev.end, tok.start))) continue;
    const fig = readFigure(text, tok, tokens[t + 1]) ?? (tableRow ? tableCell(text, tok) : alignedRow ? alignedCell(text, tok) : undefined);
    if (!fig) continue;
    if (isBlocked(fig.start, fig.end) && !isBlocked(tok.start, tok.end)) {
      // the unit or comparator ran into an entity (1024张A100): keep the figure, cut before the entity
      const cut = blocked.filter((b) => b.start >= tok.end && b.start < fig.end).reduce((m, b) => Math.min(m, b.start), fig.end);
      fig.end = Math.max(tok.end, cut);
    }
    if (fig.range && fig.rangeEndToken) t = tokens.indexOf(fig.rangeEndToken);
    delete fig.rangeEndToken;
    out.push(fig);
  }
  return out;
}

/** End of a list number at the start of the block (1. 1、 (1) 一、 （一） ①), or 0. */
function listNumbering(text: string): number {
  const m = /^[\s#>*-]*(?:\(?[\d一二三四五六七八九十]+[.、)）]|[（(][\d一二三四五六七八九十]+[)）])(?!\d)/.exec(text);
  return m ? m[0].length : 0;
}

interface Reading extends FigureCandidate { rangeEndToken?: NumberToken }

function readFigure(text: string, tok: NumberToken, next: NumberToken | undefined, rangeEnd = false): Reading | undefined {
  const before = rangeEnd ? undefined : text[tok.start - 1];
  // digits inside names and codes: A100, HDC2023, NDCG@30, L0, 1+N, x.5
  if (before && /[A-Za-z@#_\\]/.test(before) && !tok.chinese) return undefined;
  // 每百万tokens: the denominator of a rate, not a quantity of its own
  if (text[tok.start - 1] === '每' || text.slice(Math.max(0, tok.start - 2), tok.start) === '每个') return undefined;
  if (before === '.' && /\d/.test(text[tok.start - 2] ?? '')) return undefined;
  // M6-OFA, x-1: a name or code (a range's second number is read with rangeEnd)
  if (before === '-' && /[A-Za-z0-9]/.test(text[tok.start - 2] ?? '') && !tok.chinese) return undefined;

  let pos = tok.end;
  let qualifier: Qualifier = 'eq';
  let openAbove = !!tok.openAbove;
  let value = tok.value;
  let unit = '';
  let strong = !!tok.percent || !!tok.fraction;
  let explicitUnit = false;
  if (tok.percent) unit = '%';

  // $20, ¥500: a currency sign before the number
  let start0 = tok.start;
  const sign = /(US\$|\$|¥|￥|€|£)\s?$/.exec(text.slice(Math.max(0, tok.start - 4), tok.start));
  if (sign && !tok.chinese) {
    unit = CURRENCY_SIGN[sign[1]];
    strong = true;
    start0 = tok.start - sign[0].length;
  }
  // 二次开发, 二次元: 二 before 次 makes a word, not a count (a count says 两次)
  if (tok.chinese && text.slice(tok.start, tok.end) === '二' && text[pos] === '次') return undefined;

  // 30多款, 7个多月, 20余家: 多/余/来 between the number and its measure word
  if (!tok.chinese || tok.value >= 10) {
    if ((text[pos] === '多' || text[pos] === '余') && !text.startsWith('多模态', pos)) { openAbove = true; pos++; }
  }
  // 1000+: an open bound written with a plus
  // (1+N is a name, not 1 and more)
  let plus = false;
  if (text[pos] === '+' && (!/[A-Za-z]/.test(text[pos + 1] ?? '') || matchUnit(text, pos + 1))) { plus = true; pos++; }

  // 三成 = 30%
  if (tok.chinese && !tok.percent && text[pos] === '成' && tok.value >= 1 && tok.value <= 10 && !/^成(为|功|立|本|果|员|绩|就|长|熟|型|交|效|了|都)/.test(text.slice(pos))) {
    value = tidy(tok.value * 10);
    unit = '%';
    strong = true;
    pos++;
  }

  if (!unit) {
    const u = matchUnit(text, pos);
    if (u) {
      unit = u.def.unit;
      strong = !!u.def.strong;
      explicitUnit = true;
      if (u.def.written === '个多月') openAbove = true;
      pos += u.length;
      if (u.def.unit === '月' && !u.def.written.startsWith('个')) return undefined;
    } else if (tok.latinScale) {
      // 70B is a parameter count, 1.5T tokens a token count
      const lookahead = text.slice(pos, pos + 10).toLowerCase();
      if (/^\s*(tokens?|词元)/.test(lookahead)) {
        unit = 'tokens';
        strong = true;
        pos += /^\s*(tokens?|词元)/.exec(lookahead)![0].length;
      } else if (tok.latinScale === 'B' || /^\s*(参数|parameters?)/.test(lookahead)) {
        unit = '参数';
        strong = true;
        const m = /^\s*(个参数|参数|parameters?)/.exec(lookahead);
        if (m) pos += m[0].length;
      } else if (tok.latinScale === 'K' && (/^\s*(上下文|context|字|长文本)/.test(lookahead) || CONTEXT_WORDS.test(sentenceAround(text, tok.start)))) {
        // 128K in a sentence about context windows
        unit = 'tokens';
        strong = true;
      } else if (!plus) {
        return undefined; // 4K, 5M without anything that says what is counted (10k+ counts something)
      }
    } else if (/^P(?![A-Za-z0-9])/.test(text.slice(pos)) && COMPUTE_WORDS.test(sentenceAround(text, tok.start))) {
      // 1000P in a sentence about computing power: PFLOPS
      unit = 'PFLOPS';
      strong = true;
      explicitUnit = true;
      pos += 1;
    } else if (/[A-Za-z]/.test(text[pos] ?? '')) {
      // a Latin word right after the number: a unit we do not know (5000CU*H) or a name (5G, 3D)
      const m = /^[A-Za-z][A-Za-z*/]*/.exec(text.slice(pos))!;
      if (m[0].length < 2 || /^[A-Z]$|^(g|d|k|p|b|c|nm|fps)$/i.test(m[0]) || /\d/.test(text[pos + m[0].length] ?? '')) return undefined;
      unit = m[0];
      explicitUnit = true;
      pos += m[0].length;
    } else if (!tok.chinese && text[pos] === '大' && /^[\u4e00-\u9fff]{2}/.test(text.slice(pos + 1)) && !DISCOURSE_NOUNS.test(text.slice(pos + 1))) {
      // 20大军团
      unit = text.slice(pos + 1, pos + 3);
      explicitUnit = true;
      pos += 3;
    }
  }
  if (explicitUnit && DISCOURSE_NOUNS.test(text.slice(pos))) return undefined;
  if (explicitUnit && unit === '个' && /^[\u4e00-\u9fff]/.test(text[pos] ?? '')) {
    // 6个子课题: the unit is what follows 个 when it is a counted noun
    const noun = COUNTED_NOUNS.find((n) => text.startsWith(n, pos));
    if (noun) { unit = noun; pos += noun.length; }
  }
  if (openAbove && text[pos] === '多') pos++;

  // a range: 5至10倍, 30%-40%, 20~100
  let range: [number, number] | undefined;
  let rangeEndToken: NumberToken | undefined;
  const sep = /^\s*(至|到|~|～|-|—|–)\s*/.exec(text.slice(pos));
  if (sep && next && next.start === pos + sep[0].length && !next.chinese === !tok.chinese) {
    const second = readFigure(text, { ...next }, undefined, true);
    const secondUnit = second?.unit ?? '';
    if (second && (unit === '' || unit === secondUnit) && second.value > value) {
      range = [value, second.value];
      unit = secondUnit;
      strong ||= !!secondUnit;
      pos = second.end;
      rangeEndToken = next;
      if (second.qualifier !== 'eq') qualifier = second.qualifier;
    }
  }

  // comparator before the number
  let start = start0;
  const head = text.slice(Math.max(0, tok.start - 4), tok.start);
  const prefix = rangeEnd ? undefined : PREFIX_QUALIFIERS.find(([w]) => head.endsWith(w));
  if (prefix) {
    qualifier = prefix[1];
    start -= prefix[0].length;
  } else if (text[tok.start - 1] === '上' && tok.chinese && tok.scaled && /^[万亿千百]/.test(text.slice(tok.start))) {
    qualifier = 'gte'; // 上万亿, 上千
    start -= 1;
  } else if (text[tok.start - 1] === '前' && (unit === '%' || unit === '名')) {
    qualifier = 'lte'; // 前10%
    start -= 1;
  } else if (/top\s*$/i.test(head)) {
    qualifier = 'lte';
    start -= /top\s*$/i.exec(head)![0].length;
  }
  // comparator after
  const suffix = SUFFIX_QUALIFIERS.find(([w]) => text.startsWith(w, pos));
  if (suffix && !(suffix[0] === '上下' && text[pos + 2] === '文')) {
    if (qualifier === 'eq' || qualifier === 'approx') qualifier = suffix[1];
    pos += suffix[0].length;
  } else if (text.startsWith('级', pos) && tok.scaled) {
    qualifier = 'approx'; // 千万级
    pos += 1;
  }
  if (qualifier === 'eq') {
    if (openAbove) qualifier = 'gt';
    else if (plus) qualifier = 'gte';
    else if (tok.range) qualifier = 'approx';
  }
  if (tok.range && !range) range = tok.range;

  const metric = METRIC_BEFORE.exec(text.slice(Math.max(0, tok.start - 6), tok.start)) ??
    (tok.decimal ? METRIC_IN_CLAUSE.exec(text.slice(Math.max(0, tok.start - 16), tok.start)) : null);
  if (!unit && metric) unit = /分/.test(metric[1]) ? '分' : '';

  // Is it a claim at all?
  const hasComparator = qualifier !== 'eq' || !!range;
  // a comparator makes a small Chinese numeral a claim (不到两个月), but 近一年 is "the past year";
  // durations and counts of events (两周, 三个月, 四次) are claims too, 一 alone never is
  // (years are left out: 三年磨一剑, 近两年 are idioms and time references)
  const timeOrTimes = /^(年|月|天|周|小时|分钟|次)$/.test(unit);
  const counted = (!!prefix && !(prefix[0].endsWith('近') && timeOrTimes)) ||
    (/^(月|天|周|小时|分钟|次)$/.test(unit) && tok.value >= 2 && !tok.range && !tok.openAbove && !prefix);
  if (tok.chinese && !tok.percent && !strong && !counted) {
    // small Chinese numerals count discourse items (三类, 两个方面) unless a strong unit follows
    const bareScale = tok.scaled && tok.end - tok.start === 1;
    if (tok.value < 10 || bareScale) return undefined;
    // 几十年, 数十年: vague time spans, not claims
    if (tok.openAbove && /^(年|天|月|周|小时|分钟|秒|岁)$/.test(unit)) return undefined;
    if (!explicitUnit && !tok.scaled) return undefined;
  }
  if (!unit && !tok.scaled && !hasComparator && !metric) return undefined;
  if (!explicitUnit && !strong && !tok.scaled && !metric && !hasComparator) return undefined;

  if (!unit) {
    const look = text.slice(pos, pos + 6);
    const noun = COUNTED_NOUNS.find((n) => look.includes(n) && !/[,，。;；、]/.test(look.slice(0, look.indexOf(n))));
    if (noun) unit = noun;
  }
  if (!unit) {
    // the unit named before the number in its clause: 参数规模达到70亿, tokens使用量超过4万亿
    const clause = text.slice(Math.max(0, start - 16), start).split(/[,，。;；!?！？]/).pop() ?? '';
    const named = [...clause.matchAll(/(参数|tokens?|词元|用户|开发者)/gi)].at(-1);
    if (named) unit = /^token/i.test(named[1]) || named[1] === '词元' ? 'tokens' : named[1];
  }
  // an explicit minus sign: 净利润为-3.2亿元 (a hyphen between numbers or in a name is not one)
  if (/^[-−]$/.test(text[tok.start - 1] ?? '') && !/[A-Za-z0-9%]/.test(text[tok.start - 2] ?? '') && !tok.chinese) {
    value = -value;
    start = Math.min(start, tok.start - 1);
  }

  const figure: Reading = { start, end: pos, value: tidy(value), unit, qualifier };
  if (range) figure.range = range;
  if (rangeEndToken) figure.rangeEndToken = rangeEndToken;
  if (unit === 'x' && INCREASE_VERB.test(text.slice(Math.max(0, start - 6), start))) figure.ambiguity = 'increase-multiple';
  return figure;
}

const CONTEXT_WORDS = /上下文|窗口|context|长文本|tokens?/i;
const COMPUTE_WORDS = /算力|智算|超算|FLOPS|计算中心|算力中心/i;

function sentenceAround(text: string, pos: number): string {
  let s = pos, e = pos;
  while (s > 0 && !/[。!?！？;；\n]/.test(text[s - 1])) s--;
  while (e < text.length && !/[。!?！？;；\n]/.test(text[e])) e++;
  return text.slice(s, e);
}

/** A number alone in a Markdown table cell is a data point (a benchmark score, a price, a context length). */
function tableCell(text: string, tok: NumberToken): Reading | undefined {
  let s = tok.start, e = tok.end;
  while (s > 0 && text[s - 1] !== '|' && text[s - 1] !== '\n') s--;
  while (e < text.length && text[e] !== '|' && text[e] !== '\n') e++;
  if (text[s - 1] !== '|' || text[e] !== '|') return undefined;
  const cell = text.slice(s, e).trim();
  const m = /^(\d+(?:\.\d+)?)([KkMB])?$/.exec(cell);
  if (!m || (!m[2] && /^(19|20)\d{2}$/.test(m[1]))) return undefined;
  const start = s + text.slice(s, e).indexOf(cell);
  return { start, end: start + cell.length, value: tok.value, unit: m[2] === 'B' ? '参数' : m[2] ? 'tokens' : '', qualifier: 'eq' };
}

/** A number standing alone between column gaps of a plain-text table: 68.4, -2.1, +0.3. */
function alignedCell(text: string, tok: NumberToken): Reading | undefined {
  // the token's line must have at least three columns
  const lineStart = text.lastIndexOf('\n', tok.start - 1) + 1;
  const lineEnd = text.indexOf('\n', tok.end) < 0 ? text.length : text.indexOf('\n', tok.end);
  if (text.slice(lineStart, lineEnd).trim().split(/ {2,}|\t/).length < 3) return undefined;
  let start = tok.start;
  if (/[-+]/.test(text[start - 1] ?? '')) start--;
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text[tok.end];
  if (!(/^(\s{2}|.?\t)$/.test(before) || start === 0 || text[start - 1] === '\n')) return undefined;
  if (after !== undefined && !/[\s%]/.test(after)) return undefined;
  if (!tok.decimal && /^(19|20)\d{2}$/.test(text.slice(tok.start, tok.end))) return undefined;
  const percent = after === '%';
  const value = text[start] === '-' ? -tok.value : tok.value;
  return { start, end: tok.end + (percent ? 1 : 0), value, unit: percent ? '%' : '', qualifier: 'eq' };
}

function matchUnit(text: string, pos: number): { def: UnitDef; length: number } | undefined {
  // allow one space between a number and a Latin unit (2000 TB); spaces before CJK units were folded
  let skip = 0;
  if (text[pos] === ' ' && /[A-Za-z]/.test(text[pos + 1] ?? '')) skip = 1;
  const first = text[pos + skip];
  if (!first) return undefined;
  const lower = text.slice(pos + skip, pos + skip + 12).toLowerCase();
  for (const def of UNITS_BY_FIRST.get(first.toLowerCase()) ?? UNITS_BY_FIRST.get(first) ?? []) {
    if (!lower.startsWith(def.written)) continue;
    // a Latin unit must end at a word boundary (tb, not tbd)
    const after = lower[def.written.length];
    if (/[a-z]/.test(def.written[def.written.length - 1]) && after && /[a-z0-9]/.test(after)) continue;
    return { def, length: skip + def.written.length };
  }
  return undefined;
}
