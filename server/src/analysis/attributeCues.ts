// What a figure measures, from the words around it: the cue table (knowledge data) compiled
// into one multi-pattern matcher, run once per block. The cue nearest to the figure whose
// group accepts the figure's unit class wins (…完成融资，投后估值约N亿美元 is a valuation);
// a percentage or multiple after a change verb is a change (growth of a business figure,
// speedup of a system's); a unit prior decides when no cue does; `other` when nothing does.
import { AhoCorasick, FastSearch } from './automaton.ts';
import type { Attribute } from '../knowledge/attributes.ts';
import { BUNDLED_CUES, type AttributeCueTable, type CueGroupData } from '../knowledge/attributeCues.ts';
import { aliasKey } from './knowledge.ts';
import { groupsDigits } from './sentences.ts';
import { matchUnit, type UnitMatch } from './units.ts';
import type { EntityKind, Qualifier } from './types.ts';

export interface CueGroup extends Omit<CueGroupData, 'units' | 'requires' | 'words' | 'exceptUnits'> {
  units: ReadonlySet<string>;
  exceptUnits?: ReadonlySet<string>;
  requires?: readonly string[];
}

interface WordEntry {
  groups: CueGroup[];
  /** Names the size of a change (降幅, 增速): a change even after 达/为/至. */
  measure?: boolean;
  /** The word starts or ends with a Latin letter or digit: it must stand at a word boundary. */
  latinStart: boolean;
  latinEnd: boolean;
  verb?: 'growth' | 'speedup' | 'price';
  benchmark?: boolean;
  ignore?: boolean;
}

/** A cue word found in the text (normalised offsets). */
export interface CueHit {
  start: number;
  end: number;
  entry: WordEntry;
}

export interface AttributeDecision {
  attribute: Attribute;
  /** The cue word that decided (normalised offsets), when a word did. */
  cue?: { start: number; end: number };
  /** Otherwise the rule: 'unit 参数', 'rate 元', 'no cue'. */
  rule?: string;
  /** The benchmark named in the sentence, for a score. */
  benchmark?: { start: number; end: number };
  /** For a value that goes on a list: the cue word of the figure it follows (what it counts the same way). */
  listCue?: { start: number; end: number };
}

export interface FigureForCues {
  start: number;
  end: number;
  unit: string;
  /** Its comparator, where the figures pass read one (超过 → gt). */
  qualifier?: Qualifier;
  per?: { value: number; unit: string };
  /** Written as a fraction (the figures pass read 三分之一 or a bare 1/4). */
  fraction?: boolean;
  /** Its value (a fraction below one is a share or a ratio; a mixed number, 一又二分之一倍, is neither). */
  value?: number;
}

/** What parts a figure from the next item of a list or the next clause (、 ， ；). */
const NEXT_ITEM_MARK = /[、，,；;|｜]/;
/** A number right after a cue (激活210亿, 上下文为128K): the cue introduces it. */
const NUMBER_RIGHT_AFTER = /^\s*(?:为|為|达|達|约|約|仅|僅|是|:|：)?\s*[\d０-９一二三四五六七八九十两兩]/;
/** Words of a scoring method (评标方法, 评分办法, 综合评分法), whose points are weights. */
const SCORING_METHOD = /评标方法|評標方法|评标办法|評標辦法|评分办法|評分辦法|评分方法|評分方法|评分标准|評分標準|综合评分法|綜合評分法|分值构成|分值構成/;
/** How far before a figure's sentence a scoring method may be named (its label, 评标方法：, ends the sentence before). */
const SCORING_METHOD_REACH = 12;
const RELATIVE = new Set(['percent', 'multiple']);
/** A period's fee or rent before an amount (包月, 月租, 月费, 年费, 租金). */
const PERIOD_FEE_BEFORE = /包月|包年|月租|月费|月費|年费|年費|租金|订阅费|訂閱費|会员费|會員費/;
const PER_SECOND = new Set(['秒', 's', 'S', 'sec']);
/** What follows hours of data (的真机操作数据, 的语音, 的视频素材; not 20秒的视频, a length). */
const HOURS_OF_DATA = /^的?[^，,。；;]{0,8}?(数据|數據|语料|語料|音频|音頻|语音|語音|录音|錄音|素材)/;
/** Data named as such right after hours a period turns out (每天…2,000小时的有效操作数据). */
const DATA_PER_PERIOD_AFTER = /^的?[^，,。；;、]{0,8}?(数据|數據|语料|語料)/;
/** Data named, then collected or recorded for as long as the figure says (遥操作数据，累计采集了1.2万小时). */
const DATA_COLLECTED_BEFORE = /(?:(?:数据|數據|语料|語料|音频|音頻|录音|錄音|视频|視頻|素材)[^。；;]{0,20}?(?:采集|採集|录制|錄製|积累|積累|收集)|(?:累计|累積|已经|已經|共)(?:采集|採集|录制|錄製))了?\s*(?:约|約|超过|超過|近|大约|大約)?\s*$/;
/** Unit classes of measure words, after which a noun names what is counted. */
const COUNTED_CLASSES = new Set(['count', 'accelerators', 'machines']);
const PERIODS = new Set(['天', '周', '月', '年']);
/** What a number of people makes up, right after it (的小公司, 的团队, 规模的创业公司). */
const STAFFED_AFTER = /^(?:左右|上下|出头|出頭)?(?:规模|規模)?的(?:小|大|中型|小型|创业|創業|初创|初創|研发|研發|技术|技術)?(?:公司|团队|團隊|企业|企業|工作室|传产|傳產|新创|新創|工厂|工廠|事务所|事務所)/;
const CHANGES = new Set<string>(['growth', 'speedup']);
/** What a business measures (an amount it spends is one too: 资本开支). */
const BUSINESS = new Set<string>(['revenue', 'users', 'funding', 'valuation', 'employees', 'market_share', 'compute', 'other']);
/** Organisations that can be a product's customers (not its regions, trades or projects). */
const CUSTOMER_ORGANISATION = '(?:企业|企業|公司|医院|醫院|学校|學校|中小学|中小學|高校|大学|大學|机构|機構|单位|單位|客户|客戶|银行|銀行|券商|政府|政务部门|开发者|開發者|商家|律所)';
/** An organisation counted right after the figure, past a few words that say which (三甲, 规模以上工业). */
const ORGANISATION_AFTER = new RegExp(`^[^，。；,;！？!?、\\n]{0,8}?${CUSTOMER_ORGANISATION}`);
/** …or named before it, after the verb that serves or reaches them (服务本地AI应用企业210余家). */
const ORGANISATION_SERVED_BEFORE = new RegExp(`(?:服务|服務|覆盖|覆蓋|接入|签约|簽約|赋能|賦能)(?:了|过|過)?[^，。；,;！？!?\\n]{0,14}${CUSTOMER_ORGANISATION}(?:总数|總數|数量|數量)?(?:已?(?:达|達|超过|超過|逾|近|约|約|共|合计|合計|累计|累計))?\\s*$`);
/** What customers do with a product: use, deploy, adopt, subscribe to it (a filing, a founding or buying chips is no use). */
const USED_BY = /部署|使用|接入|采用|採用|应用了|應用了|上线|上線|服务|服務|覆盖|覆蓋|满足|滿足|签约|簽約|付费|付費|订阅|訂閱|调用|調用|选用|選用|引入|导入|導入|试用|試用/;
/** Does a count figure count organisations that use or are served by something? */
function customersCounted(text: string, sentence: { start: number; end: number }, f: { start: number; end: number }): boolean {
  const clauseEnd = /[，。；,;！？!?\n]/.exec(text.slice(f.end, sentence.end));
  const rest = text.slice(f.end, clauseEnd ? f.end + clauseEnd.index : sentence.end);
  const lead = text.slice(clauseStartBefore(text, f.start), f.start);
  if (ORGANISATION_SERVED_BEFORE.test(lead)) return true;
  if (!ORGANISATION_AFTER.test(rest)) return false;
  // 在120家医院落地 is put to use there; 30余家企业已在区内落地 is firms settling in a district
  return USED_BY.test(rest) || USED_BY.test(lead) || (lead.includes('在') && /^[^在]*落地/.test(rest));
}
/** What a generic cost word (成本, 投入) never defers to. */
const NOT_A_COST = new Set<string>(['revenue', 'funding', 'valuation', 'acquisition']);
const CLAUSE_MARK = /[,，;；:：]/g;
/** a-z, 0-9 (the text is lower-cased) */
const isLatin = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
/** 到/至 right after a change verb (提升到97%, 降至0.8元): what follows is a level, not a change. */
const TO_LEVEL = /^了?\s*(到|至)/;
const CHANGE_AFTER = /^的?(增长|提升|增幅|涨幅|降幅|下降|下滑|提高|增速)/;
/** 升至, 降到 right before the figure, whatever the verb: what follows is the level reached. */
const LEVEL_BEFORE = /(至|到)\s*$/;
/** 从68%, 由49.6, 比起去年的21%: the level a change starts from or is compared with. */
const STARTING_LEVEL = /((从|由|從)\s*(?:[^，,。；;从由從]{0,12}的)?\s*|(比起|相比|相较|较)[^，,。；;]{0,16}的\s*)$/;

export class CueIndex {
  private readonly automaton: FastSearch;
  private readonly entries = new Map<string, WordEntry>();
  private readonly classOf = new Map<string, string>();
  private readonly facetWords: FastSearch;
  private readonly facetStarts: Set<number>;
  private readonly measureOf = new Map<string, string>();
  /** A facet word written another way → the facet word (input → 输入). */
  private readonly facetSynonym = new Map<string, string>();

  constructor(readonly table: AttributeCueTable = BUNDLED_CUES) {
    for (const [cls, units] of Object.entries(table.unitClasses)) for (const u of units) this.classOf.set(u, cls);
    const entry = (word: string) => {
      const key = aliasKey(word);
      let e = this.entries.get(key);
      if (!e) this.entries.set(key, (e = { groups: [], latinStart: isLatin(key.charCodeAt(0)), latinEnd: isLatin(key.charCodeAt(key.length - 1)) }));
      return e;
    };
    for (const g of table.cues) {
      const group: CueGroup = { attribute: g.attribute, units: new Set(g.units) };
      if (g.change) group.change = g.change;
      if (g.defer) group.defer = true;
      if (g.requires) group.requires = g.requires.map(aliasKey);
      if (g.exceptUnits) group.exceptUnits = new Set(g.exceptUnits);
      for (const w of g.words) entry(w).groups.push(group);
    }
    for (const v of table.changeVerbs) for (const w of v.words) entry(w).verb = v.attribute;
    for (const w of table.changeMeasures) entry(w).measure = true;
    for (const b of table.benchmarks) entry(b).benchmark = true;
    for (const w of table.ignore) entry(w).ignore = true;
    this.automaton = new FastSearch(new AhoCorasick([...this.entries.keys()]));
    for (const [name, words] of Object.entries(table.measures)) for (const w of words) this.measureOf.set(aliasKey(w), name);
    for (const [word, others] of Object.entries(table.facetSynonyms ?? {})) for (const w of others) this.facetSynonym.set(aliasKey(w), aliasKey(word));
    const facets = [...new Set([...table.facets, ...this.facetSynonym.keys()].map(aliasKey))];
    this.facetWords = new FastSearch(new AhoCorasick(facets));
    this.facetStarts = new Set(facets.map((w) => w.charCodeAt(0)));
  }

  /** Whether a name is a benchmark's (MMLU, HumanEval): what a score is measured on, never what it is about. */
  isBenchmark(name: string): boolean {
    return !!this.entries.get(aliasKey(name))?.benchmark;
  }

  /** The way a users cue word counts them (月活跃用户 → MAU), or the word itself. */
  measure(word: string): string {
    const key = aliasKey(word);
    return this.measureOf.get(key) ?? key;
  }

  /**
   * The words that narrow what a figure measures, in the clause before it (微调, 输入 …), sorted, or undefined; those
   * inside the figure itself first, when its end is given (its denominator's: $10 per 1M output tokens).
   */
  facetOf(text: string, at: number, previousFigureEnd?: number, figureEnd?: number): string | undefined {
    const inside = figureEnd !== undefined ? this.facetsIn(text, at, figureEnd) : undefined;
    if (inside) return inside;
    const from = clauseStartBefore(text, at);
    // facet words of its own after the figure before it in the clause (输入0.8元 ‼️ 输出3.2元: 输出 alone)
    const since = previousFigureEnd !== undefined && previousFigureEnd > from ? this.facetsIn(text, previousFigureEnd, at) : undefined;
    if (since) return since;
    const own = this.facetsIn(text, from, at);
    if (own) return own;
    // 1. 第一阶段：2.6T tokens通用语料: an item's label before its colon narrows what the item gives
    if (from >= 2 && /[：:]/.test(text[from - 1])) {
      const lineStart = text.lastIndexOf('\n', from - 2) + 1;
      const label = ITEM_LABEL.exec(text.slice(lineStart, from - 1));
      if (label) return this.facetsIn(text, from - 1 - label[1].length, from - 1);
    }
    // X的输出，官网写的是3.5美元: a topic clause without a number that ends with the facet
    if (from < 2 || !/[，,]/.test(text[from - 1])) return undefined;
    const before = clauseStartBefore(text, from - 1);
    const topic = text.slice(before, from - 1);
    // (digits of a name are no figure: Gemini 2.5 Flash的输出)
    if (/[\d０-９]/.test(topic.replace(/[A-Za-z][\w.\-]*(?:\s+\d[\w.]*)*/g, ''))) return undefined;
    // 在开启思考模式后，其MMLU得分为90.1: a condition clause before it narrows it as a whole
    if (CONDITION_CLAUSE.test(topic)) return this.facetsIn(text, before, from - 1);
    const found = this.facetsIn(text, Math.max(before, from - 1 - 4), from - 1);
    return found && TOPIC_FACET_END.test(topic) ? found : undefined;
  }

  /** The facet words of text[from, to), sorted, or undefined. */
  facetsIn(text: string, from: number, to: number): string | undefined {
    // most clauses hold none: look for a first character of one before running the automaton
    let maybe = false;
    for (let i = from; i < to && !maybe; i++) {
      const c = text.charCodeAt(i);
      maybe = this.facetStarts.has(c >= 65 && c <= 90 ? c + 32 : c);
    }
    if (!maybe) return undefined;
    const found = this.facetWords.matchInText(text.slice(from, to).toLowerCase());
    return found.length ? [...new Set(found.map((m) => this.facetSynonym.get(m.keyword) ?? m.keyword))].sort().join(' ') : undefined;
  }

  /** The unit class of the last amount written in a piece of text (较2023年的70 EFLOPS → flops), if it writes one with a unit. */
  private amountClassIn(piece: string): string | undefined {
    let unit: UnitMatch | undefined;
    for (const m of piece.matchAll(AMOUNT)) unit = matchUnit(piece, m.index + m[0].length) ?? unit;
    return unit ? this.unitClass(unit.def.unit) : undefined;
  }

  /** The unit class of a figure's unit: money, params, text … ('count' for a measure word the table lacks). */
  unitClass(unit: string): string {
    return this.classOf.get(unit) ?? (/[\u3400-\u9fff]/.test(unit) ? 'count' : 'unknown');
  }

  /** The cue words of a text (or of text[from, to)), leftmost-longest and not overlapping, ignorable words dropped. */
  hits(text: string, from = 0, to = text.length): CueHit[] {
    const part = from === 0 && to === text.length ? text : text.slice(from, to);
    const folded = part.toLowerCase();
    const lower = folded.length === part.length ? folded : part.replace(/[A-Z]/g, (c) => c.toLowerCase());
    const found = this.automaton.matchInText(lower);
    if (!found.length) return [];
    found.sort((a, b) => a.begin - b.begin || b.end - a.end);
    const out: CueHit[] = [];
    let reach = 0;
    for (const m of found) {
      if (m.begin < reach) continue;
      const entry = this.entries.get(m.keyword)!;
      // a Latin cue stands at word boundaries (ARR, not ARRAY)
      if (entry.latinStart && isLatin(lower.charCodeAt(m.begin - 1))) continue;
      if (entry.latinEnd && isLatin(lower.charCodeAt(m.end))) continue;
      // 年 or 月 that ends a time word is the time's, not the cue's (2025年收入, 上半年收入, 11月活跃用户: 收入, 活跃用户)
      if (TIME_CHAR_START.test(m.keyword) && m.begin > 0 && TIME_WORD_END.test(lower[m.begin - 1])) continue;
      reach = m.end;
      if (!entry.ignore) out.push({ start: from + m.begin, end: from + m.end, entry });
    }
    return out;
  }

  /** Preferred kinds of subject for an attribute, best first. */
  subjectKinds(attribute: Attribute): readonly EntityKind[] {
    return this.table.subjectKinds[attribute] ?? ['model', 'product', 'vendor'];
  }

  /**
   * The attribute of a figure. `hits` are the cue hits of its sentence, `sentence` its text range,
   * `blocked` spans whose words are no cues for this figure (other figures, entity names).
   */
  decide(text: string, sentence: { start: number; end: number }, hits: readonly CueHit[], f: FigureForCues, blocked: (h: CueHit) => boolean, context?: string): AttributeDecision {
    const decided = this.decideByCues(text, sentence, hits, f, blocked, context);
    // 超过120家三甲医院落地, 服务本地企业210余家: organisations that use, deploy or are served by a thing are its customers
    // (whatever counting word stands nearest: 落地, 覆盖)
    if (decided.attribute === 'count' && !f.per && this.unitClass(f.unit) === 'count' && customersCounted(text, sentence, f)) return { attribute: 'users', rule: 'customers' };
    return decided;
  }

  private decideByCues(text: string, sentence: { start: number; end: number }, hits: readonly CueHit[], f: FigureForCues, blocked: (h: CueHit) => boolean, context?: string): AttributeDecision {
    // a counted noun read from after the figure (3200亿的模型 → 模型) is a guess: a cue for a bare number decides first
    if (f.unit && (this.unitClass(f.unit) === 'count' || this.unitClass(f.unit) === 'people') && f.end > f.start && !text.slice(f.start, f.end).includes(f.unit)) {
      const bare = this.decide(text, sentence, hits, { ...f, unit: '' }, blocked, context);
      if (bare.cue) return bare;
    }
    const cls = this.unitClass(f.unit);
    // 月活超过1亿的产品需另行申请授权: a bound that picks out a kind of thing is a criterion, not anyone's measure
    // (money is a price band: 5000元以上的产品)
    if (cls !== 'money' && f.qualifier && f.qualifier !== 'eq' && f.qualifier !== 'approx' && THRESHOLD_OF_KIND.test(text.slice(f.end, f.end + 5))) return { attribute: 'other', rule: 'threshold' };
    // 单笔预付满¥50,000享9折: a sum to spend for a reward is the offer's threshold, no one's price
    // (the bound may open the figure's own span: 超过10万元的部分享八折)
    if (cls === 'money' && SPEND_BEFORE.test(text.slice(Math.max(sentence.start, f.start - 6), f.start) + /^[\u4e00-\u9fff]*/.exec(text.slice(f.start, f.end))![0]) && REWARD_AFTER.test(text.slice(f.end, f.end + 12))) return { attribute: 'other', rule: 'threshold' };
    // 十亿美元级别的门槛: a bar to clear is what something takes, no one's measure
    if (BAR_AFTER.test(text.slice(f.end, f.end + 6))) return { attribute: 'other', rule: 'threshold' };
    // 一个两百多人的小公司, 三十人的团队: people a company or a team is made of are its staff
    if (cls === 'people' && STAFFED_AFTER.test(text.slice(f.end, f.end + 8))) return { attribute: 'employees', rule: 'people of a company' };
    // 1元可处理约660万tokens: tokens a sum of money buys are a worked equivalence, no window or workload
    if (cls === 'text' && TOKENS_PER_MONEY_BEFORE.test(text.slice(Math.max(sentence.start, f.start - 14), f.start))) return { attribute: 'other', rule: 'per money' };
    // 满分为100分: the scale of a test, not anyone's result
    if ((cls === 'score' || cls === 'bare') && FULL_MARKS_BEFORE.test(text.slice(Math.max(sentence.start, f.start - 6), f.start))) return { attribute: 'other', rule: 'full marks' };
    // 评标方法：综合评分法。价格分30分，技术分55分: the points a scoring method gives each part are its weights, no one's result
    if (cls === 'score' && SCORING_METHOD.test(text.slice(Math.max(0, sentence.start - SCORING_METHOD_REACH), f.start))) return { attribute: 'other', rule: 'scoring method' };
    // 用100道题测了下，答对了81道: the questions a test is made of are its size, not anyone's result
    // (题目总计12,860道, 題目總量超過3000道: so are the questions counted after their noun)
    if (cls === 'questions' && (/^\s*[题題]/.test(text.slice(f.end, f.end + 2)) || QUESTIONS_BEFORE.test(text.slice(Math.max(sentence.start, f.start - 10), f.start)))) return { attribute: 'other', rule: 'test size' };
    // 1.5万小时的真机操作数据: hours of recordings are an amount of training data, not a duration
    // (or collected, the data named before: 真机遥操作数据，累计采集了1.2万小时)
    // (per day too, what a data factory turns out: 每天能产出大约2,000小时的有效操作数据; and hours collected with no noun, 累计采集了超过10万小时)
    // (but per a period, only of data named so: 每月20小时的会议录音 and 300分钟/月 of recordings are a quota or a use)
    if ((f.unit === '小时' || f.unit === '分钟' || f.unit === '小時' || f.unit === '分鐘') && (f.per ? PERIODS.has(f.per.unit) && DATA_PER_PERIOD_AFTER.test(text.slice(f.end, f.end + 14)) : HOURS_OF_DATA.test(text.slice(f.end, f.end + 14)) ||
      DATA_COLLECTED_BEFORE.test(text.slice(Math.max(sentence.start, f.start - 30), f.start)))) return { attribute: 'training_data', rule: 'hours of data' };
    // money per GPU-hour or card-hour is a rental price, whatever cost it is used to work out (按每GPU小时2美元计算，训练成本…)
    if (cls === 'money' && f.per && this.unitClass(f.per.unit) === 'computeTime') return { attribute: 'price', rule: `rate ${f.unit}/${f.per.unit}` };
    // 生成6秒视频, 最长60秒的短片: seconds a clip or a recording lasts are what it is, no time anyone waits
    if (cls === 'seconds' && !f.per && MEDIA_LENGTH_AFTER.test(text.slice(f.end, f.end + 10))) return { attribute: 'other', rule: 'length of a clip' };
    // 1080P、24帧/秒的视频: a video's frame rate is what the video is, no speed (a robot's 每秒30帧 is)
    if (f.unit === '帧' && f.per && VIDEO_NEAR.test(text.slice(clauseStartBefore(text, f.start), Math.min(sentence.end, f.end + 8)))) return { attribute: 'other', rule: 'frame rate' };
    // operations per watt (14.1 TOPS/W) are an efficiency, which the vocabulary has no word for
    if ((cls === 'flops' || cls === 'flopsAmount') && f.per && WATTS.has(f.per.unit)) return { attribute: 'other', rule: `rate ${f.unit}/${f.per.unit}` };
    // a cue inside the figure is its unit (参数 of 千亿参数), not a cue; one that runs on past its end is (GPU小时 after 278.8万GPU)
    const usable = hits.filter((h) => h.start >= sentence.start && h.end <= sentence.end && !(h.start >= f.start && h.end <= f.end) && !(h.start < f.start && h.end > f.start) && !blocked(h));
    let sentenceText: string | undefined;
    // (a conditional group's words hold in the sentence, or in the context given: a table's header row)
    const holds = (words: readonly string[]) => {
      sentenceText ??= (text.slice(sentence.start, sentence.end) + (context ? `\n${context}` : '')).toLowerCase();
      return words.some((w) => sentenceText!.includes(w));
    };
    // growth and speedup are changes: their nouns (效率, 营收) only say so after a change verb
    // (a count in 万 or 亿 is no score, whatever 榜单 or 排名 stands near: 月活达到4180万，跃居榜单第3名)
    const scaled = SCALED.test(text.slice(f.start, f.end));
    const applies = (g: CueGroup) => g.units.has(cls) && !g.exceptUnits?.has(f.unit) && !CHANGES.has(g.attribute) && (!g.requires || holds(g.requires)) && !(scaled && g.attribute === 'score');
    // (not the next item's: C-Eval：89.2｜CMMLU：90.1)
    const benchmark = nearest(text, f, usable.filter((h) => h.entry.benchmark && !(h.start >= f.end && NEXT_ITEM_MARK.test(text.slice(f.end, h.start)) && NUMBER_RIGHT_AFTER.test(text.slice(h.end, h.end + 4)))));

    const time = cls === 'duration' || cls === 'seconds';
    // a fraction written as such (九分之一, 1/4: a multiple below one; 四分之一的营收, a percentage) is a share of another thing's measure
    // (百分之三十 and 千分之三 are percentages of their own; a mixed number, 一又二分之一倍, a multiple)
    const fraction = !!f.fraction && (cls === 'bare' || cls === 'percent' || (cls === 'multiple' && (f.value ?? 1) < 1));
    if ((RELATIVE.has(cls) || fraction || time || cls === 'score') && !f.per) {
      // 缩短5分钟, 节省170人天: time saved is a speed-up too (but 增加3天 says nothing); 高出10.5分 changes a score
      const change = this.changeOf(text, f, usable, fraction);
      if (change && (!time || change.attribute === 'speedup')) return change;
    }
    // the nearest cue whose group takes this unit class; a conditional group (requires) before a plain one
    let best: { hit: CueHit; group: CueGroup; cost: number } | undefined;
    for (const h of usable) {
      const group = pickGroup(h.entry.groups, applies) ?? (h.entry.benchmark && ['score', 'bare', 'percent'].includes(cls) ? SCORE_GROUP : undefined);
      if (!group) continue;
      // 2360亿参数、每token仅激活210亿: a cue past a 、 or a comma that a number follows is that next number's
      if (h.start >= f.end && NEXT_ITEM_MARK.test(text.slice(f.end, h.start)) && NUMBER_RIGHT_AFTER.test(text.slice(h.end, h.end + 4))) continue;
      // the noun right after a measure word is what is counted (模型包含64个专家): nearer than any word before
      // (and the noun right after a share names what it is a share of: 拿下近6成市佔)
      // (and the noun after 的 right after it says what it is: 约150亿元的投后估值, 128K的上下文)
      // (that noun beats a word right before the figure: 較B+輪33億美元（…）的估值 is a valuation)
      const cost = h.start === f.end && cls === 'percent' ? -1 : h.start === f.end && COUNTED_CLASSES.has(cls) ? 0 : h.start >= f.end && OF_BETWEEN.test(text.slice(f.end, h.start)) ? -0.5 : distance(text, f, h);
      if (cost > MAX_COST) continue;
      if (!best || cost < best.cost) best = { hit: h, group, cost };
    }
    // a parameter count that says 参数 itself is not taken by a word of a later clause (Grok-1拥有3140亿参数，每个token约有
    // 25%的权重处于激活状态): the clause's own word decides
    if (best && cls === 'params' && best.hit.start >= f.end && /[，,；;]/.test(text.slice(f.end, best.hit.start))) {
      for (const h of hits) {
        const group = h.start >= f.start && h.end <= f.end ? pickGroup(h.entry.groups, applies) : undefined;
        if (group) return { attribute: group.attribute, cue: { start: h.start, end: h.end } };
      }
    }
    if (best?.group.defer) {
      // 训练GPT-3的成本, 训练使用了2048块H800，成本…: a specific cue before the generic one in the sentence decides
      const generic = { start: best.hit.start, end: best.hit.end, unit: '' };
      const before = usable.filter((h) => h.end <= best!.hit.start && distance(text, generic, h) <= MAX_COST);
      // (but a measure of its own clause that cannot take the figure ends the search: 研发费用占营收比重约22% is a
      // ratio of two amounts, whatever staff an earlier clause counts)
      const ownClause = clauseStartBefore(text, best.hit.start);
      for (let i = before.length - 1; i >= 0; i--) {
        // a cost or a spending is never income or capital (收入不到200元，而成本要300元)
        const g = pickGroup(before[i].entry.groups, (x) => applies(x) && !x.defer && !NOT_A_COST.has(x.attribute));
        if (g) { best = { hit: before[i], group: g, cost: best.cost }; break; }
        if (before[i].start >= ownClause && before[i].entry.groups.some((x) => !x.defer && x.units.has('money'))) break;
      }
    }
    // money per tokens is a price, whatever cost it is called (综合成本大概0.6元/百万tokens, a table's 单位成本 column)
    if (best && best.group.attribute !== 'price' && cls === 'money' && f.per && this.unitClass(f.per.unit) === 'text') return { attribute: 'price', rule: `rate ${f.unit}/${f.per.unit}` };
    // tokens per second are a speed whatever other word stands near (支持在端侧以每秒30个token运行…)
    if (best && best.group.attribute !== 'throughput' && cls === 'text' && f.per && PER_SECOND.has(f.per.unit)) return { attribute: 'throughput', rule: `rate ${f.unit}/${f.per.unit}` };
    // …and tokens per day are usage, whatever is done with them (每天处理的文本token超过3万亿): never a context window
    if (best && (best.group.attribute === 'context_length' || best.group.attribute === 'training_tokens') && cls === 'text' && f.per && PERIODS.has(f.per.unit)) return { attribute: 'users', rule: `rate ${f.unit}/${f.per.unit}` };
    if (best) {
      // 在AIME上的准确率: accuracy on a benchmark is its score (the benchmark next to the figure, or to the accuracy word:
      // AIME上的准确率从15.6%升至71.0%，投票后更达到86.7%)
      const onBenchmark = best.group.attribute === 'accuracy' && benchmark &&
        (distance(text, f, benchmark) <= MAX_COST || usable.some((h) => h.entry.benchmark && h.end <= best!.hit.start && distance(text, { start: best!.hit.start, end: best!.hit.end, unit: '' }, h) <= BENCHMARK_TO_CUE));
      if (onBenchmark && benchmark) {
        return { attribute: 'score', cue: { start: best.hit.start, end: best.hit.end }, benchmark: { start: benchmark.start, end: benchmark.end } };
      }
      const out: AttributeDecision = { attribute: best.group.attribute, cue: { start: best.hit.start, end: best.hit.end } };
      if (best.group.attribute === 'score' && benchmark) out.benchmark = { start: benchmark.start, end: benchmark.end };
      return out;
    }
    // 两张 H800 包月一个月一万出头: a bare amount a period's fee or rent leads to is that fee, its currency unsaid
    if (f.per && cls === 'bare' && PERIODS.has(f.per.unit) && PERIOD_FEE_BEFORE.test(text.slice(clauseStartBefore(text, f.start), f.start))) return { attribute: 'price', rule: `rate ${f.per.unit}` };
    // 研发开支占收入比例高达八倍: a ratio of two amounts, no speed-up
    if (cls === 'multiple' && RATIO_BEFORE.test(text.slice(clauseStartBefore(text, f.start), f.start))) return { attribute: 'other', rule: 'ratio 比例' };
    const prior = this.unitPrior(f);
    if (prior) {
      if (prior.attribute === 'score' && benchmark) return { ...prior, benchmark: { start: benchmark.start, end: benchmark.end } };
      return prior;
    }
    return { attribute: 'other', rule: 'no cue' };
  }

  /**
   * What a figure's unit and denominator alone say it measures, when no word near it does (300毫秒 a latency,
   * 100 tokens/s a speed); also for a figure that takes its unit from a table's column header after its sentence was read.
   */
  unitPrior(f: { unit: string; per?: { value: number; unit: string } }): AttributeDecision | undefined {
    const t = this.table;
    const cls = this.unitClass(f.unit);
    // tokens per day or month are usage, not speed (日均tokens消耗约10万亿)
    if (f.per && cls === 'text' && PERIODS.has(f.per.unit)) return { attribute: 'users', rule: `rate ${f.unit}/${f.per.unit}` };
    // times per day or month are a quota or a habit, not a speed (每周50次, 一天大概50次请求)
    if (f.per && cls === 'events' && PERIODS.has(f.per.unit)) return { attribute: 'other', rule: `rate ${f.unit}/${f.per.unit}` };
    if (f.per && t.ratePriors[cls]) return { attribute: t.ratePriors[cls], rule: `rate ${f.unit}` };
    const prior = t.exactUnitPriors[f.unit] ?? t.unitPriors[cls];
    return prior ? { attribute: prior, rule: `unit ${f.unit || '-'}` } : undefined;
  }

  /**
   * A percentage, multiple, score difference or time saved after a change verb in its clause (提升50%, 高出10.5分),
   * after a comparison (比GPT-4低40%), or as a share of another thing (仅为o1的3%): growth or speedup, by the
   * quantity that changes.
   */
  private changeOf(text: string, f: FigureForCues, hits: readonly CueHit[], fraction = false): AttributeDecision | undefined {
    const clauseStart = clauseStartBefore(text, f.start);
    const before = hits.filter((h) => h.end <= f.start && h.start >= clauseStart);
    // the clauses before it in the sentence, when its own clause names no quantity (营收341亿元，同比下降2%)
    // (not a word in brackets, an aside: 市场规模（…，不含训练用硬件采购）为294.6亿元，同比增长62.4%)
    const earlier = hits.filter((h) => h.end <= clauseStart && distance(text, f, h) <= MAX_COST && !inBrackets(text, h.start));
    const changing = (list: readonly CueHit[]) => list.some((h) => h.entry.groups.some((g) => g.change));
    let verb: CueHit | undefined;
    for (let i = before.length - 1; i >= 0; i--) if (before[i].entry.verb) { verb = before[i]; break; }
    // percentage points are a difference: a change verb of the clause before names it (提升更多，达到5.0个百分点)
    if (!verb && f.unit === 'pp') for (let i = earlier.length - 1; i >= 0 && !verb; i--) if (earlier[i].entry.verb) verb = earlier[i];
    // 提升到97%, 占比升至六成 are levels (降幅达97%, 增速回升至13% are not: the word measures the change)
    // (percentage points are a difference whatever the verb: 提升更多，达到5.0个百分点)
    if (verb && !verb.entry.measure && f.unit !== 'pp' && (TO_LEVEL.test(text.slice(verb.end, f.start)) || LEVEL_BEFORE.test(text.slice(verb.end, f.start)))) verb = undefined;
    // 降价八成, 提速三成: a verb that names what changes decides alone, whatever an earlier clause measures
    if (verb && VERB_NAMES_QUANTITY.test(text.slice(verb.start, verb.end))) return { attribute: verb.entry.verb!, cue: { start: verb.start, end: verb.end } };
    const lead = text.slice(clauseStart, f.start);
    let cue: { start: number; end: number } | undefined = verb;
    let fallback: Attribute | undefined = verb?.entry.verb;
    let quantities = before;
    // 较上一统计周期增长近四成: the words of the base a change is measured against name no quantity that changes
    // (an earlier time's words only: 比GPT-4o的输出价便宜 names the quantity in its base)
    const base = verb ? BASE_BEFORE_VERB.exec(text.slice(clauseStart, verb.start)) : null;
    if (base && EARLIER_TIME.test(base[0])) quantities = before.filter((h) => h.end <= clauseStart + base.index || h.start >= verb!.start);
    // 较2023年的70 EFLOPS增长约28.6%: an amount in the base says what kind of quantity changes; an earlier clause's
    // word for another kind (…，占比约32%，) is not it
    const baseClass = base ? this.amountClassIn(base[0]) : undefined;
    let earlierOfBase = earlier;
    if (baseClass) earlierOfBase = earlier.filter((h) => h.entry.groups.some((g) => g.units.has(baseClass)));
    // 月活约3.1亿，是豆包的两倍多: a business's measure set beside another's, not against an earlier time, is that
    // measure (a ratio of two companies is no growth)
    let besideAnother = false;
    if (!verb) {
      // (激活参数是1.5倍 after 总参数是K2的1.6倍: a multiple whose base the list said once)
      const elided = !COMPARED.test(lead) && !SHARE_OF.test(lead) && this.unitClass(f.unit) === 'multiple' ? ELIDED_BASE.exec(text.slice(Math.max(0, f.start - 40), f.start)) : null;
      const compared = COMPARED.exec(lead) ?? SHARE_OF.exec(lead) ?? elided;
      // 成本只有调用GPT-4o的二十分之一: the words after 比 or 只有 name the base; what changes is named before them
      const named = compared ? before.filter((h) => h.end <= clauseStart + compared.index) : [];
      if (named.some((h) => h.entry.groups.some((g) => g.change))) quantities = named;
      // 从68%提升至87%, 比起去年的21%下滑了: the figure a change starts from is a level
      const after = CHANGE_AFTER.test(text.slice(f.end, f.end + 4)) && !STARTING_LEVEL.test(lead) ? hits.find((h) => h.start >= f.end && h.start <= f.end + 1 && h.entry.verb) : undefined;
      if (compared) {
        // only a quantity that changes makes it a change (价格比…低99.3%; 需求是产能的3倍 says nothing)
        // (but a bare fraction of another's measure is a ratio, never that measure's level: GPU小时数不到X的十分之一)
        if (!changing(before) && !changing(earlier)) {
          if (fraction) return { attribute: 'speedup', cue: { start: clauseStart + compared.index, end: f.start } };
          // 资本开支相当于两年前的三倍: a business's amount set against its own earlier one has grown, whatever it measures
          // (a performance word would have named a change: 速度是上一代的3倍)
          if (this.unitClass(f.unit) === 'multiple' && EARLIER_TIME.test(compared[0]) && [...before, ...earlier].some((h) => h.entry.groups.some((g) => BUSINESS.has(g.attribute)))) {
            return { attribute: 'growth', cue: { start: clauseStart + compared.index, end: clauseStart + compared.index + compared[0].length } };
          }
          return undefined;
        }
        cue = { start: clauseStart + compared.index, end: clauseStart + compared.index + compared[0].length };
        fallback = 'speedup';
        besideAnother = !elided && !EARLIER_TIME.test(compared[0]);
      } else if (after) {
        // 30%的增长: the verb after the figure
        cue = after;
        fallback = after.entry.verb;
      } else {
        return undefined;
      }
    }
    // the quantity that changes: the nearest cue with a change attribute before the figure in the clause,
    // else in the clauses before it; percentage points change a percentage (占比…下滑了8个百分点), so a
    // quantity measured in percent comes first for them
    if (f.unit === 'pp') {
      for (const list of [before, earlier]) {
        for (let i = list.length - 1; i >= 0; i--) {
          const h = list[i];
          if (h.entry.verb && list === earlier) continue;
          const g = h.entry.groups.find((x) => x.change && x.units.has('percent'));
          if (g?.change) return { attribute: g.change, cue: { start: h.start, end: h.end } };
        }
      }
    }
    // 以2460万月活排名第3，但环比下滑了3.5%: a change against the period before is a business's, when its own clause
    // names no quantity and the clauses before name no business one
    const period = before.find((h) => PERIOD_COMPARISON.has(text.slice(h.start, h.end)));
    for (const list of [quantities, earlierOfBase]) {
      for (let i = list.length - 1; i >= 0; i--) {
        const h = list[i];
        if (h.entry.verb && list === earlierOfBase) continue;
        const g = h.entry.groups.find((x) => x.change && x.units.has('percent')) ?? h.entry.groups.find((x) => x.change);
        if (g?.change && list === earlierOfBase && period && g.change !== 'growth') return { attribute: 'growth', cue: { start: period.start, end: period.end } };
        // (compute set beside another system's is its performance: 总算力…约为GB200 NVL72的1.7倍)
        if (g?.change === 'growth' && besideAnother && g.attribute === 'compute') return { attribute: 'speedup', cue: { start: h.start, end: h.end } };
        if (g?.change === 'growth' && besideAnother && !CHANGES.has(g.attribute)) return { attribute: g.attribute, cue: { start: h.start, end: h.end } };
        if (g?.change) return { attribute: g.change, cue: { start: h.start, end: h.end } };
      }
    }
    return { attribute: fallback!, cue };
  }
}

/** Whether a place stands inside brackets: an opening one before it, within a short reach, not closed before it. */
function inBrackets(text: string, at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 60); i--) {
    const c = text[i];
    if (c === '（' || c === '(') return true;
    if (c === '）' || c === ')' || c === '\n' || c === '。') return false;
  }
  return false;
}

/** Change verbs that name the quantity they change (a price, a speed, a cost). */
const VERB_NAMES_QUANTITY = /^(?:降价|降價|减价|減價|直降|涨价|漲價|提速|降本|降费|降費)$/;
/** A base that is an earlier time of the same thing (比去年, 是上季度的, 较同期): a comparison that is a change. */
const EARLIER_TIME = /去年|上年|平时|平時|平日|平常|前年|今年|同期|上季|上个?月|上一|前一(?:年|季|个?月|個月|期)|此前|以前|之前|过去|年初|年前|月前|当时|上线时|发布时|\d{4}年|[\d一二三四五六七八九十]{1,2}月/;
/** A change against the same period of another time (the text is simplified here). */
const PERIOD_COMPARISON = new Set(['同比', '环比', '按年', '按季', '年增', '季增', '月增', '年减']);

/** 比GPT-4低40%, 较上一代快3倍: a comparison right before the figure (not 比例, 比重: 占收入比例高达八倍 is a share). */
const COMPARED = /(比(?![例重率值])|较|相比|相较)[^，,。；;]{1,24}?(低|高|多|少|快|慢|强|弱|便宜|贵|长|短|大|小|领先|落后|降低|提升)了?\s*(约|近|超过|逾|达|出)?\s*$/;
/** 较上一统计周期, 比去年同期: the base a change verb right after it is measured against. */
const BASE_BEFORE_VERB = /(较|較|比(?![例重率值])|相比|相较|相較)[^，,。；;]{1,16}$/;
/** A clip right after a number of seconds (6秒视频, 60秒的短片, 10秒音頻): the seconds are its length. */
const MEDIA_LENGTH_AFTER = /^(?:左右|以上|以内|以內)?(?:长|長)?的?(?:高清|1080[Pp]|720[Pp]|4[Kk])?\s*(?:视频|視頻|影片|短片|片段|短视频|短視頻|动画|動畫|音频|音頻|音乐|音樂|歌曲|镜头|鏡頭|长视频|長視頻)/;
/** Words of a video, whose frames a second are its frame rate. */
const VIDEO_NEAR = /视频|視頻|影片|帧率|幀率|画面|畫面|分辨率|解析度|\d{3,4}[Pp]/;
/** Watts as a denominator (TOPS/W, 每瓦). */
const WATTS = new Set(['W', 'w', '瓦', '瓦特']);
/** 占收入比例高达, 与营收之比的中位数约为, 平均倍数接近: the figure is a ratio of two amounts. */
const RATIO_BEFORE = /(占|佔)[^，,。；;]{0,12}(比例|比重|比率)[^，,。；;\d]{0,4}$|之比[^，,。；;\d]{0,8}$|(估值|平均|市场|市場)倍数[^，,。；;\d]{0,4}$/;
/** A kind of thing a bound picks out, right after the figure (…超过1亿的产品, 以上的企業). */
const THRESHOLD_OF_KIND = /^(以上|以下)?的(产品|產品|企业|企業|公司|应用|應用|模型|客户|客戶|厂商|廠商|机构|機構|开发者|開發者|平台)/;
/** A bar to clear after a figure (十亿美元级别的门槛): what it takes, no one's measure. */
const BAR_AFTER = /^\s*(?:级别|級別|别|別|量级|量級)?的?(?:门槛|門檻)/;
/** A multiple right after 是 or 为 whose base the list item before it named (总参数是K2的1.6倍、激活参数是1.5倍). */
const ELIDED_BASE = /的[^，,。；;、]{0,8}倍\s*[、，,][^，,。；;、]{1,12}?(是|为|為)\s*(约|約|近|超过|超過|逾)?\s*$/;
/** 只有H100的15%, 仅为o1的3%左右: a share of another thing. */
const SHARE_OF = /(是|只有|仅有|仅为|只及|仅|不到|不及|相当于|相當於|约为|約為|约是|達到了?|达到了?|做到了?|接近)[^，,。；;]{1,24}?的\s*(约|近|仅|只有|不到)?\s*$/;

/** Only 的 between a figure and the noun after it. */
// (past a note in brackets: 33亿美元（以当前汇率约合人民币240亿元）的估值)
// (in English too: 38B of which are activated)
const OF_BETWEEN = /^\s?(?:[（(][^（）()\n]{0,30}[)）])?\s?(?:的|of which (?:are|is))\s?$/;
const SCORE_GROUP: CueGroup = { attribute: 'score', units: new Set(['score', 'bare', 'percent']) };
/** Cues further than this (characters, clause marks weigh 12) say nothing about the figure. */
const MAX_COST = 48;
/** How near before an accuracy word a benchmark names what it is measured on (在AIME 2024上的pass@1准确率). */
const BENCHMARK_TO_CUE = 12;

function pickGroup(groups: readonly CueGroup[], applies: (g: CueGroup) => boolean): CueGroup | undefined {
  let plain: CueGroup | undefined;
  for (const g of groups) {
    if (!applies(g)) continue;
    if (g.requires) return g; // a conditional group whose condition holds is the more specific reading
    plain ??= g;
  }
  return plain;
}

/** A project's or a plan's name in quotes ("推理芯片迭代及产业化项目", 「算力券计划」). */
const QUOTED_PROJECT = /["“「『]([^"”」』\n]{2,40}?(?:项目|項目|工程|计划|計劃|专项|專項))["”」』]/g;
/** The quoted projects' names in a sentence, when it writes one. */
export function quotedProjects(text: string, sentence: { start: number; end: number }): Array<{ start: number; end: number }> | undefined {
  const s = text.slice(sentence.start, sentence.end);
  if (!s.includes('项目') && !s.includes('項目') && !s.includes('工程') && !s.includes('计划') && !s.includes('計劃') && !s.includes('专项') && !s.includes('專項')) return undefined;
  const out: Array<{ start: number; end: number }> = [];
  QUOTED_PROJECT.lastIndex = 0;
  for (let m; (m = QUOTED_PROJECT.exec(s)); ) out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  return out;
}

/** A closed bracketed aside without a number of its own (a figure in it is read in its own right). */
const ASIDE = /[（(][^（()）\n\d０-９]{0,80}[)）]/g;

function clauseMarks(s: string): number {
  CLAUSE_MARK.lastIndex = 0;
  return s.match(CLAUSE_MARK)?.length ?? 0;
}

/** How far a cue is from a figure: characters between, clause marks weigh 12, a cue after weighs half again. */
function distance(text: string, f: FigureForCues, h: CueHit): number {
  if (h.start < f.end && h.end > f.end) return 0;
  if (h.end <= f.start) {
    // a bracketed aside between them (口径包含…，不含…) does not part a cue from its figure
    const between = text.slice(h.end, f.start).replace(ASIDE, '');
    return between.length + 12 * clauseMarks(between);
  }
  const between = text.slice(f.end, h.start);
  // a label written right after its number (355B总参、32B激活) is nearer than the one after the number before
  if (!between || between === ' ') return 0.5;
  return 2 + 1.5 * between.length + 16 * clauseMarks(between);
}

function nearest(text: string, f: FigureForCues, hits: readonly CueHit[]): CueHit | undefined {
  let best: CueHit | undefined;
  let cost = Infinity;
  for (const h of hits) {
    const c = distance(text, f, h);
    if (c < cost) { cost = c; best = h; }
  }
  return best;
}

/** A sum of money and what it buys right before a count of tokens (1元可处理约, 一块钱能生成). */
const TOKENS_PER_MONEY_BEFORE = /(?:元|块|塊|美元|美金|刀)(?:钱|錢)?\s*(?:就|大概|大约|大約)?(?:可以?|能)(?:处理|處理|生成|调用|調用|跑|用|买到?|買到?)(?:约|約|大约|大約|近|超过|超過)?\s*$/;
/** A cue word that begins with 年 or 月, and what ends a time word before that character (2025, 上半, 全, 今, 去). */
const TIME_CHAR_START = /^[年月]/;
const TIME_WORD_END = /[\d０-９上下半全今去明前当當本每同后後一二三四五六七八九十两兩个個多]/;
const CLAUSE_STOPS = new Set([44, 0xff0c, 59, 0xff1b, 58, 0xff1a, 0x3002, 33, 63, 0xff01, 0xff1f, 10, 0x2026]); // ,，;；:：。!?！？\n…

/** A topic clause that ends with what the next clause states (…的输出，…的输入价格，): 的 and a facet or a price word. */
/** Unit classes of a measured quantity, and attributes of counts. */
const MEASURED = new Set(['duration', 'seconds', 'money']);
const COUNTED = new Set<Attribute>(['users', 'count', 'employees']);
/** What a spending threshold opens with (满, 超过, 达到), and the reward after it (享9折, 可返, 赠). */
const SPEND_BEFORE = /(?:满|滿|满额|滿額|超过|超過|达到|達到)\s*(?:人民币|人民幣)?\s*$/;
const REWARD_AFTER = /^\s*(?:及以上|以上)?(?:的(?:客户|客戶|部分|订单|訂單))?\s*[，,]?\s*(?:可|即|再|还可|還可)?(?:享|返|赠|贈|送|减|減|打(?:折|[\d一二三四五六七八九.．]+折))/;
/** What a sum of money may measure. */
const MONEY_MEASURES = new Set<Attribute>(['price', 'revenue', 'funding', 'valuation', 'training_cost', 'acquisition']);
/** A number written with 万 or 亿 (the text is simplified here): a count or an amount. */
const SCALED = /[万亿]/;
/** 满分为100分, 滿分100: what a test's full marks are. */
const FULL_MARKS_BEFORE = /(满分|滿分)(为|為|是)?\s*$/;
/** A clause that states a condition (在开启思考模式后, 使用工具时, 在INT4量化下). */
const CONDITION_CLAUSE = /^\s*(?:在|當|当|于|於|若|如果|开启|開啟|启用|啟用|使用|采用|採用|经过|經過)[^，,。；;]{1,24}(?:后|後|下|时|時|之后|之後|的情况下|的情況下)\s*$/;
const TOPIC_FACET_END = /的\s*(输入|输出|輸入|輸出|缓存|緩存)(价格|價格|价|價)?\s*$/;

export function clauseStartBefore(text: string, pos: number): number {
  let s = pos;
  // a clause runs back to a mark, or 80 characters at most (a table row, a list without punctuation)
  while (s > 0 && pos - s < 80 && (!CLAUSE_STOPS.has(text.charCodeAt(s - 1)) || groupsDigits(text, s - 1))) s--;
  return s;
}

/** An item's label alone on its line before a colon, its list number aside (1. 第一阶段, - 输入): the label in group 1. */
const ITEM_LABEL = /^\s*(?:\d{1,2}[.、)）]|[一二三四五六七八九十]{1,2}[、.]|[-*•·])?\s*([^，,。；;：:\d]{1,12})$/;
/** 包括o1-preview的41.0%, 比一般版的78%高, 超过X的: another thing's value given for comparison. */
const COMPARED_VALUE = /(比|较|較|包括|超过|超越|高于|低于|不及|仅次于|落后于|领先于?|相当于|对比|相比)[^，,。；;：:]{1,30}的\s*$/;
/** Between two figures of one sentence: no full stop. */
const SAME_SENTENCE_BETWEEN = /^[^。！？!?\n]*$/;
/** The data of the same time said by another right before a value (同月数据却是, 同期的数字为, 该数据为). */
// (and a value named again from a table above: 对应的是上表的128K)
const SAME_MEASURE_DATA = /(?:(?:同月|同期|同季|同年|同一时期|同一時期|该|該|这一|這一)的?(?:数据|數據|数字|數字|统计|統計)(?:却|卻|则|則)?(?:是|为|為|显示为|顯示為)|(?:上表|前表|上文|前文|表中)(?:中|里|裡)?的)\s*$/;
/** The noun of a test's questions, a few words before their count (题目总计, 試題數量共). */
const QUESTIONS_BEFORE = /(?:题目|題目|试题|試題|题量|題量|考题|考題)[^，,。；;：:]{0,6}$/;
/** A clause of a name (or names listed with 、: 阿里云、百度智能云分别占) and a copula only (GPT-5为, Qwen3-Max则是, 后者约为, GPT-5平均): the next item of a list of values. */
const PARALLEL_CLAUSE = /^\s*[A-Za-z0-9\u3400-\u9fff .\-·、]{2,24}?(为|是|则是|则为|约为|仅为|仅|达|达到|平均|平均为|则平均|约|大约|只有|只要|合计|共计|总计|占|佔|则占|則佔|能到|能达到|能達到|可达|可達|可到|在|则在|則在|分别占|分別佔|(?:增长|增加|提升|提高|上升|攀升|下降|降|升|回落|跌)(?:至|到)|则(?:交出|缴出|录得|实现|取得|拿下|获得)了?)\s*(?:不到|不足|超过|逾|将近|接近|近)?\s*$/;
/** A clause that names the amount of what the clause before named (金额为, 规模达). */
/** A name ranked by its value (百度文小言以2,870万位列第四): the clause up to the value, and what follows it. */
const RANKED_BY_BEFORE = /^\s*[A-Za-z0-9\u3400-\u9fff .\-·]{2,24}?以\s*(?:约|約|近|超过|超過|逾)?\s*$/;
const RANKED_BY_AFTER = /^\s*(?:的[\u3400-\u9fff]{1,4})?\s*(?:位列|位居|排在|排名|名列|居于|居於|居|跻身|躋身|排第|位列第)/;
const AMOUNT_ITSELF = /^\s*(?:金额|金額|数额|數額|总额|總額|规模|規模|数字|數字)/;
/** A clause that is a tender's lot and nothing more before its amount (包2, 标段2：, 包2 人民币). */
const LOT_CLAUSE = /^\s*(?:包|标段|標段|标包|標包|子包|分包)\s?\d{1,2}\s*[:：]?\s*(?:人民币|人民幣|¥|￥)?\s*$/;
/** A clause of a name written in Latin letters and a space before its value (GPT-4o 88.7). */
const NAME_AND_VALUE = /^\s*[A-Za-z0-9\u3400-\u9fff.\-·]{1,20}(?: [A-Za-z0-9.\-]{1,12}){0,2}(?<=[A-Za-z0-9])\s+$/;
/** A clause of a name in quotes, perhaps after its maker, and its value (百度「文小言」約2,100萬). */
const QUOTED_NAME_AND_VALUE = /^\s*[\u3400-\u9fffA-Za-z]{0,8}[「“『][^」”』，,。；;]{1,16}[」”』]\s*(?:约|約|近|超过|超過|逾|不到|不足)?\s*$/;
/** 是GPT-4o（128K）的, 豆包（近6000万）: a value in brackets right after a name. */
const BRACKETED_AFTER_NAME = /[A-Za-z0-9\u3400-\u9fff]\s*[（(]\s*$/;

/** An amount's digits and scale word, up to what follows them (its unit, if any). */
const AMOUNT = /[\d０-９][\d０-９,.]*\s*[万亿萬億千百]?\s*(?=\S)/g;
/** Between a value and its restatement in brackets: the bracket, or the note of a financial amount's written form. */
const RESTATED_BETWEEN = /^\s*(?:元|圆|圓)?\s*[（(]\s*(?:(?:大写|大寫|小写|小寫)\s*[:：]?\s*(?:人民币|人民幣|RMB)?\s*)?$/;
/** A list's next item: 、 and a name before its value (、文心一言3,000万, 、Kimi 2,000万). */
const LISTED_NAME_BETWEEN = /^\s*(?:、|和|及|与|與)\s*[A-Za-z\u3400-\u9fff][A-Za-z0-9\u3400-\u9fff.\-·]{0,16}(?: [A-Za-z0-9.\-]{1,12})?\s*$/;
/**
 * A figure without a cue of its own that gives another thing's value for comparison (包括o1-preview的41.0%;
 * GPT-4o（128K）) measures what the figure before it in the sentence measures, the nearest one of a compatible
 * unit that is no change. `decided` is changed in place.
 */
export function inheritCompared(text: string, figures: readonly FigureForCues[], decided: AttributeDecision[], cues: CueIndex): void {
  for (let j = 1; j < figures.length; j++) {
    const f = figures[j];
    if (f.per) continue;
    const closed = /^\s*[）)]/.test(text.slice(f.end, f.end + 2));
    // 3890亿（389B）: the same quantity restated in brackets is what the one before it is
    // (and an amount restated in financial numerals: ¥21,436,500.00元（大写：人民币贰仟壹佰肆拾叁万伍仟陆佰元整）)
    if (closed && RESTATED_BETWEEN.test(text.slice(figures[j - 1].end, f.start))) { decided[j] = decided[j - 1]; continue; }
    const lead = text.slice(Math.max(0, f.start - 32), f.start);
    // (a value in brackets after a name measures what the sentence does, whatever word stands after it: 豆包（8100万）…排名)
    const bracketed = closed && BRACKETED_AFTER_NAME.test(lead);
    // (but a size in brackets after a model's name is its size, as a size in its name is: 完整版Step-R2（321B）)
    if (bracketed && f.unit === '参数') continue;
    // 但AI产品榜给出的同月数据却是2100万: the same measure said by another, whatever word stands before it
    const restated = SAME_MEASURE_DATA.test(lead);
    // (a cue of an earlier clause gives way to the list: X以46.4%的份额排名第一，A和B分别为19.9%和18.6%)
    // (what the way a sum is written decided stays: a sum saved, a bid won with)
    if (FINAL_RULE.test(decided[j].rule ?? '')) continue;
    const ownCue = !!decided[j].cue && decided[j].cue!.start >= clauseStartBefore(text, f.start);
    // (較基礎模型X的61.3分提升7.1分: the change word after the compared value is the next figure's)
    const changeOfNext = !!decided[j].cue && decided[j].cue!.start >= f.end && CHANGES.has(decided[j].attribute) && !!figures[j + 1] && figures[j + 1].start >= decided[j].cue!.end && COMPARED_VALUE.test(lead);
    if ((ownCue || (decided[j].cue && CHANGES.has(decided[j].attribute))) && !bracketed && !restated && !changeOfNext) continue;
    // (a unit written with the value that says what it counts decides: 4560亿总参数、320亿激活参数)
    const unitWord = !decided[j].cue && decided[j].rule?.startsWith('unit ') ? decided[j].rule!.slice(5) : '';
    if (unitWord.length >= 3 && text.slice(f.start, f.end).includes(unitWord) && decided[j].attribute !== 'other' && !bracketed) continue;
    // Claude为20万，GPT-5为40万: a clause that only names the next thing and its value goes on the list begun before
    // (the figure's own comparator counts as the clause's: GPT-4o-mini 约 4.8%)
    const comparator = /^[^\d０-９零一二两三四五六七八九十百千万亿半壹贰叁参肆伍陆柒捌玖拾佰仟]*/.exec(text.slice(f.start, f.end))![0];
    const clause = text.slice(clauseStartBefore(text, f.start), f.start) + comparator;
    // (and a clause of a Latin name and its value alone: MMLU：A 89.6，GPT-4o 88.7，DeepSeek-V3 88.5)
    // (not a clause that names the amount itself: 披露AI相关收入，金额为21.7亿元 is the revenue just named)
    // (and a name ranked by its value: 百度文小言以2,870万位列第四)
    // (and a tender's next lot and its amount: 预算金额：包1 ¥2.38亿，包2 ¥4,250万)
    const parallel = !bracketed && !AMOUNT_ITSELF.test(clause) && (PARALLEL_CLAUSE.test(clause) || NAME_AND_VALUE.test(clause) || QUOTED_NAME_AND_VALUE.test(clause) || LOT_CLAUSE.test(clause) ||
      (RANKED_BY_BEFORE.test(clause) && RANKED_BY_AFTER.test(text.slice(f.end, f.end + 8))));
    // 15美元/75美元 (input/output): the second of a pair measures what the first does
    // (and the next of a list of values with no cue of its own clause: 分别为19.9%和18.6%)
    // (and the next name and value of a list: 月活前三：豆包7,523万、文心一言3,000万左右、Kimi 2,000万出头)
    const between = text.slice(figures[j - 1].end, f.start);
    const paired = (/^\s*[/／]\s*$/.test(between) || (!ownCue && (/^\s*(?:、|和|及|与|與|以及)\s*$/.test(between) || LISTED_NAME_BETWEEN.test(between)))) && figures[j - 1].unit === f.unit;
    if (!bracketed && !parallel && !paired && !restated && !COMPARED_VALUE.test(lead)) continue;
    const cls = cues.unitClass(f.unit);
    // (a restated measure is the first the sentences before it gave, not the last: 月活1282万，日活310万；同月数据却是2100万)
    for (let n = 0; n < j; n++) {
      const i = restated ? n : j - 1 - n;
      const d = decided[i], other = cues.unitClass(figures[i].unit);
      // (a value compared with the one just before it is of that one's measure, whatever it is: 虧損43.07億元，較上年度的
      // 64.95億元收窄 is a loss, no revenue a clause before named)
      if (d.attribute === 'other' && d.cue && i === j - 1 && other === cls && !bracketed && !parallel && !paired && !restated && SAME_SENTENCE_BETWEEN.test(text.slice(figures[i].end, f.start))) {
        decided[j] = { attribute: 'other', rule: 'compared value', listCue: d.cue };
        break;
      }
      // (a measure its unit decided counts: 68.4分 is a score whatever word is near)
      if (CHANGES.has(d.attribute) || d.attribute === 'other' || (!d.cue && d.rule !== 'parallel clause' && !d.rule?.startsWith('unit '))) continue;
      if (other !== cls && other !== 'bare' && cls !== 'bare') continue;
      // (a time or an amount of money is never a count: 日活约2800万，使用时长约30分钟)
      if (other !== cls && MEASURED.has(cls) && COUNTED.has(d.attribute)) continue;
      // (nor is a sum of money a score because a bare number before it was: …成绩是77.5 and, in the next reply, 那个数是275亿元)
      if (other !== cls && (cls === 'money' || other === 'money') && !MONEY_MEASURES.has(d.attribute)) continue;
      const out: AttributeDecision = { attribute: d.attribute, rule: bracketed ? 'bracketed value' : parallel || paired ? 'parallel clause' : 'compared value' };
      if (d.benchmark) out.benchmark = d.benchmark;
      const listCue = d.cue ?? d.listCue;
      if (listCue) out.listCue = listCue;
      decided[j] = out;
      break;
    }
  }
}

/** Rules of a figure's own wording that a list's earlier measure does not override. */
const FINAL_RULE = /^(?:saved |winning bid )/;

let bundled: CueIndex | undefined;
/** The bundled cue table, compiled once. */
export function bundledCues(): CueIndex {
  bundled ??= new CueIndex();
  return bundled;
}
