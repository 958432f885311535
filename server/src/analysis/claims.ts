// What a figure claims, within one block (a paragraph): its subject (subjects.ts), what it
// measures (attributeCues.ts), the time it holds for, whether it is a claim at all
// (nonClaims.ts), and who says so (据华为介绍, 论文显示, 张平安表示). What only the whole document
// can settle (a heading's topic, a reference to an earlier paragraph, a source line) is done
// afterwards by documentClaims.ts.
import { bundledCues, clauseStartBefore, inheritCompared, quotedProjects, type AttributeDecision, type CueHit, type CueIndex } from './attributeCues.ts';
import { inSentenceCell } from './alignedTables.ts';
import { FUNDING_ROUND, type EntityCandidate } from './entities.ts';
import { ARROW, isCurrency, SALARY_WORDS, type FigureCandidate } from './figures.ts';
import { illustrativeParagraph, nonClaimSpans, RHETORICAL_QUESTION, type NonClaim } from './nonClaims.ts';
import { toSimplified } from './normalize.ts';
import { sentences, type Range } from './sentences.ts';
import { ParagraphSubjects, type PendingSubject } from './subjects.ts';
import type { Attribute } from './types.ts';

export interface Claim {
  subjectId?: string;
  attribute: Attribute;
  /** Why this subject: the rule and its cue ('chain 旗下', 'coreference 该模型', 'generic 全球' …). */
  subjectWhy: string;
  /** The cue word that decided the attribute (normalised offsets), or the rule when no word did. */
  attributeCue?: Range;
  attributeRule?: string;
  /** The benchmark named for a score (normalised offsets). */
  benchmark?: Range;
  /** The time (2023, 2024Q1, 去年) or funding round (A轮) the figure holds for. */
  scope?: string;
  /** Words that narrow what is measured (微调, 输入). */
  facet?: string;
  nonClaim?: NonClaim;
  /** A subject only the whole document can settle. */
  pending?: PendingSubject;
  /** Where the attribution cue is, in the analysed (normalised) text; the caller reads it from the original. */
  source?: { start: number; end: number };
}

/** The subject id of a version written alone, until the document settles its family: '@start:end'. */
export const VERSION_PLACEHOLDER = '@';

/**
 * Attributes whose value is a property of the subject itself: two different values for one
 * subject contradict each other whatever the sentence says about time.
 */
export const INTRINSIC_ATTRIBUTES = new Set<string>([
  'parameters', 'activated_parameters', 'training_tokens', 'training_data', 'training_cost', 'training_compute',
  'training_days', 'training_gpus', 'context_length', 'acquisition',
]);
/**
 * Attributes that change over time (a company raises round after round, its valuation and revenue grow):
 * they contradict only for the same stated time or round.
 */
export const TIMED_ATTRIBUTES = new Set<string>(['funding', 'valuation', 'revenue']);
/**
 * Attributes precise enough that two different values for one subject can contradict each other; users only
 * for the same measure (下载量, 月活: the cue word is part of the facet) and no different time; scores only on
 * the same benchmark, within one document; prices only as rates with the same denominator and facet (输入, 输出),
 * within one document and for the same stated time.
 */
/** Measures of a company's income other than its sales (净利润, 亏损, 毛利, 每股收益): `other`, compared as revenue is. */
export const PROFIT_MEASURES = new Set(['net_profit', 'adjusted_net_profit', 'gross_profit', 'operating_profit', 'loss', 'eps']);
/** The attribute a figure is compared as: a profit's `other` as revenue, with its measure in its facet. */
export function comparedAttribute(f: { attribute?: string; facet?: string }): string | undefined {
  return f.attribute === 'other' && f.facet && f.facet.split(' ').some((w) => PROFIT_MEASURES.has(w)) ? 'revenue' : f.attribute;
}
export const COMPARABLE_ATTRIBUTES = new Set<string>([...INTRINSIC_ATTRIBUTES, ...TIMED_ATTRIBUTES, 'users', 'score', 'price']);

/** Cue words of what only a company reports (its sales, profit, margins, shares): whatever the attribute, a company's figure. */
/** Ways a subject is given by what the text is about rather than by the figure's own clause. */
export const TOPIC_WHYS = /^(?:topic|document|heading|paragraph)/;
/** What a model's measure moved from the hardware it runs on says before the hardware's own reason (run on heading). */
export const RUN_ON_WHY = 'run on ';
/** What a model's measure a review's section heading gave through its company's first model named below says (documentClaims). */
export const HEADING_MAKERS_WHY = 'heading maker\'s';
export const COMPANY_METRIC = /营收|營收|营业收入|營業收入|净利|淨利|毛利|营益率|營益率|营业利益|營業利益|营业利润|營業利潤|每股|股价|股價|市值|现金流|現金流|研发投入|研發投入|营业费用|營業費用|资本开支|資本開支|资本支出|資本支出|研发开支|研發開支|研发费用|研發費用|净亏损|淨虧損|合同金额|合同金額|签约金额|簽約金額|新签合同|新簽合同/;
/** A business or a region before a revenue cue (东南亚业务上半年收入, 海外收入): a segment the company reports. */
const SEGMENT_BEFORE_REVENUE = /(?:业务|業務|板块|板塊|分部|事业部|事業部|事业群|事業群|海外|境外|国内|國內|地区|地區)[^，,。；;\d]{0,6}$/;

/** Whether a revenue cue follows a business or a region of the company's (东南亚业务上半年收入约6,800万元). */
function segmentRevenue(text: string, sentence: Range, cue: Range): boolean {
  return /收入|营收|營收/.test(text.slice(cue.start, cue.end)) && SEGMENT_BEFORE_REVENUE.test(text.slice(Math.max(sentence.start, cue.start - 12), cue.start));
}

const SOURCE_PATTERNS: RegExp[] = [
  // 据华为介绍, 据国盛证券《…》报告估算, 据了解, 据悉
  /(?<![数证依占票单字论凭收盘])据[^,，。;；!?！？]{0,40}?(介绍|透露|披露|了解|报道|统计|估算|测算|预测|称|显示|悉|指出|表示|公布|发布|估计|研究|调查|分析|数据|消息)/,
  // 论文显示, 报告估算, 官网表示
  /(?:《[^》]{1,40}》)?(论文|报告|研究|数据|调查|财报|白皮书|公告|官网|资料|统计|文章|消息|测试|评测)(显示|表明|指出|估算|称|发现|预计|披露|表示|提到)/,
  // 张平安表示, OpenAI在官网表示, 英伟达曾披露, 李刚强调
  /([A-Za-z\u4e00-\u9fff·]{2,16}?)(?:曾|也|还|则|更|已|就曾|亦)?(?:在[^,，。;；“”"]{1,20}?)?(表示|透露|介绍|(?<![堪简名号俗统通])称(?![为作之])|指出|宣布|披露|强调|提到|认为|坦言|预计|说道|说(?![明法服]))/,
];
/** "X说" that is not a source: 可以说, 也就是说 … */
const NOT_A_SPEAKER = /^(原来|如果|需要|可以|也就是|换句话|总的来|简单来|通俗来|具体来|一般来|比如|不得不|应该|应当|再|或者|所以|因此|这|那|有人|不难|虽然|但|而|可|就|都|也|还|并|被|如此|如|正如|与其|尤其|甚至|因为|据)$/;
/** A sentence that starts like this is the writer speaking again, not the speaker before. */
const CHANGES_TOPIC = /^\s*(另外|此外|同时|与此同时|此前|目前|不过|然而|但|据|根据|数据显示|资料显示|记者|笔者|我们)/;
/** A speech verb introducing reported speech that runs on into the next sentences. */
const INTRODUCES_SPEECH = /(表示|提到|指出|认为|强调|称|说|介绍)[,，:：]/;

/** A paragraph that opens by breaking revenue down (分业务看, 从产品结构看, 按地区划分): its figures are parts. */
const SEGMENT_BREAKDOWN = /^\s*(?:从|從|按|分)(?:业务|業務|产品|產品|地区|地區|区域|區域|板块|板塊|收入结构|收入結構|业务结构|業務結構|产品结构|產品結構)(?:来|來)?(?:看|划分|劃分|分)?[，,：:\s]/;

/** The units electricity is sold by (元/度, 每千瓦时). */
const ELECTRICITY_UNITS = new Set(['度', '千瓦时', '千瓦時', 'kWh', 'KWh', 'kwh']);

/** Words of an ablation or a scaled-down run, anywhere in the sentence before a figure. */
const ABLATION = /消融|缩小版|縮小版|小规模实验|小規模實驗|ablation/i;
/** Words of a model's quantized, distilled or pruned form, or of "that version", before a figure in its sentence (not a quant fund's 量化). */
const MODIFIED_FORM = /(?<!幻方)量化(?!交易|投资|投資|私募|基金|指标|指標)|蒸馏|蒸餾|剪枝|(?:该|該|此|这个|這個|这一|這一)版本/;
/** What a model's modified form changes: how well and how fast it runs. */
const MODIFIED_MEASURES = new Set(['score', 'accuracy', 'throughput', 'latency']);
/** Training measures that each stage of training has its own of (预训练 53 天, 后训练 9 天). */
const STAGED_ATTRIBUTES = new Set(['training_days', 'training_gpus', 'training_compute', 'training_cost']);
/** The stages of training, each as the facet word it stands for. */
const TRAINING_STAGES: readonly [RegExp, string][] = [
  [/后训练|後訓練|post-?training/gi, '后训练'],
  [/继续预训练|繼續預訓練|增量预训练|增量預訓練|持续预训练|持續預訓練/g, '继续预训练'],
  [/预训练|預訓練|pre-?training/gi, '预训练'],
  [/微调|微調|精调|精調|SFT|fine-?tun/gi, '微调'],
  [/强化学习|強化學習|RLHF|GRPO|PPO|DPO/g, '强化学习'],
  [/退火|annealing/gi, '退火'],
  [/蒸馏|蒸餾|distill/gi, '蒸馏'],
];
/** The stage of training the last stage word before `at` in its sentence names, if any (…预训练阶段使用1,024张H800，历时53天). */
function trainingStage(text: string, from: number, at: number): string | undefined {
  const words = text.slice(from, at);
  let best: { end: number; length: number; stage: string } | undefined;
  for (const [re, stage] of TRAINING_STAGES) {
    // (the last stage word names the stage, 预训练之后的后训练阶段; of two ending together the longer, 继续预训练)
    re.lastIndex = 0;
    for (let m; (m = re.exec(words)); ) {
      const end = m.index + m[0].length;
      if (!best || end > best.end || (end === best.end && m[0].length > best.length)) best = { end, length: m[0].length, stage };
    }
  }
  return best?.stage;
}
/** An arrow to a new value right after a figure (4 → 0.8, 16->8). */
export const ARROW_TO_AFTER = new RegExp(String.raw`^\s*${ARROW}\s*[\d０-９]`);
/** What kind of data a count is of, right after it (的长文档数据, 的合成语料; or right after it, 0.5T tokens高质量数据退火, and what is done with the data). */
const DATA_OF_AFTER = /^\s*的?[^，,。；;：:\d]{0,10}?(?:数据|數據|语料|語料|文本)[^，,。；;：:\d]{0,4}/;

/** 贡献 right before a revenue cue (贡献收入, 貢獻了收入): a part's share of the revenue. */
const CONTRIBUTED = /(?:贡献|貢獻)了?$/;

/** The name a segment's clause gives it before its cue, after its time (公司2024年云服务收入 → 云服务). */
function segmentName(text: string, cueStart: number): string {
  const clause = text.slice(0, cueStart).split(/[，,；;：:。]/).at(-1) ?? '';
  return clause.replace(/^.*(?:\d{4}年(?:度|全年|上半年|下半年|第?[一二三四1-4]季度?)?|今年|去年|本季度|同期)/, '').replace(/的$/, '').replace(/\s+/g, '');
}

/** Words of a revenue clause that speak of the whole company or its time, not of a business within it. */
export const WHOLE_COMPANY_WORDS = /总|總|整体|整體|合计|合計|合并|合併|全年|年度|单季|單季|本季|当季|當季|同期|季度|季|上半年|下半年|前三|公司|集团|集團|该|該|其|的|第|[一二三四]|[QH][1-4]|FY|财年|財年|[\s\d年月日度]/g;
/** Verbs that report a business's revenue before its name (披露AI相关收入, 实现云业务收入). */
const VERB_BEFORE_BUSINESS = /披露|实现|實現|录得|錄得|来自|來自|贡献|貢獻|其中|单独|單獨|首次/;
/** How the name of a business within a company ends (百度核心, 智能云, 数据中心, 广告业务, 游戏板块, 云端产品线, 开放平台). */
const BUSINESS_NAME = /(?:相关|相關|核心|云|雲|业务|業務|板块|板塊|部门|部門|事业部|事業部|事业群|事業群|数据中心|數據中心|游戏|遊戲|广告|廣告|汽车|汽車|终端|終端|手机|手機|芯片|晶片|软件|軟體|硬件|硬體|AI|电商|電商|零售|金融科技|订阅|訂閱|授权|授權|API|海外|国际|國際|国内|國內|美国|美國|中国|中國|欧洲|歐洲|亚太|亞太|商业|商業|政府|产品线|產品線|产品|產品|项目|項目|平台|服务|服務|解决方案|解決方案|方案|设备|設備|系统|系統)$/;
/** 来自字节跳动的收入: what one customer or business brings in, right before the cue. */
const FROM_SOURCE_BEFORE = /(?:来自|來自)[^，,。；;]{1,16}?的?$/;

/**
 * The business a revenue cue names right after its company and time (百度核心收入 → 核心, 英伟达第三季度数据中心营收
 * → 数据中心); none for the whole (2024年第二季度总营收).
 */
function businessBefore(text: string, from: number, cueStart: number, names: readonly EntityCandidate[]): string | undefined {
  // (most revenue cues have no business before them: known from the words right before the cue, before any name is looked at)
  if (!BUSINESS_NAME.test(text.slice(Math.max(from, cueStart - 12), cueStart).replace(WHOLE_COMPANY_WORDS, ''))) return undefined;
  let start = from;
  for (const e of names) if (e.end <= cueStart && e.end > start) start = e.end;
  // (from the clause's start: …为代表的AI业务成为主要增长引擎：智能云收入)
  start = Math.max(start, clauseStartBefore(text, cueStart));
  // (the noun after the clause's verb: 首次单独披露AI相关收入 → AI相关)
  const business = text.slice(start, cueStart).replace(WHOLE_COMPANY_WORDS, '').split(VERB_BEFORE_BUSINESS).pop()!;
  return business.length <= 8 && BUSINESS_NAME.test(business) && !/[，,；;：:。、]/.test(business) ? business : undefined;
}

/** Whether a name (of the sorted list) stands wholly within [from, to). */
function namedBetween(names: readonly EntityCandidate[], from: number, to: number): boolean {
  let lo = 0, hi = names.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (names[mid].start < from) lo = mid + 1; else hi = mid; }
  return lo < names.length && names[lo].end <= to;
}

/**
 * `software` tells frameworks (vLLM, DeepSpeed): tools a model is served or trained with, the subject only of their own measures.
 * `hardware` tells chips and devices (H200, RTX 5090): they are the subject of hardware figures only (memory,
 * bandwidth, FLOPS, their price), never of a model's or a company's.
 */
export function describeClaims(text: string, entities: EntityCandidate[], figures: FigureCandidate[], cues: CueIndex = bundledCues(), hardware?: (id: string) => boolean, familyOf?: (id: string) => string | undefined, software?: (id: string) => boolean): Claim[] {
  if (!figures.length) return [];
  const list = boundedSentences(text);
  let lastFigure = 0;
  for (const f of figures) if (f.start > lastFigure) lastFigure = f.start;
  const sourceOf = sentenceSources(text, list, lastFigure);
  const names = entities.filter((e) => !e.tentative);
  // the figures of each sentence, and the cue words of the sentences that have figures (one pass each)
  const figuresOf: number[][] = list.map(() => []);
  const hitsOf: CueHit[][] = list.map(() => []);
  // a figure in a table row (pipes, or columns aligned with spaces) gets its claim from the table's headers,
  // settled for the whole document (documentClaims.ts): here only what its row and unit say
  const inRow = tableRowFigures(text, figures);
  // 测算框架（以下数字均为假设）: a paragraph of made-up numbers claims nothing
  const illustrative = illustrativeParagraph(text);
  let i = 0;
  // windows around the figures (cue words only matter near a figure: further ones are never chosen), merged
  // across the block, read with one pass of the automaton each, then handed to their sentences
  const windows: Range[] = [];
  // the sentence of the last figure: the ones after it decide nothing
  let lastSentence = -1;
  list.forEach((sentence, index) => {
    while (i < figures.length && figures[i].start < sentence.end) {
      if (figures[i].start >= sentence.start) figuresOf[index].push(i);
      i++;
    }
    if (figuresOf[index].length) lastSentence = index;
    for (const k of figuresOf[index]) {
      if (inRow[k]) continue;
      const f = figures[k];
      const s = Math.max(sentence.start, f.start - CUE_REACH_BEFORE), e = Math.min(sentence.end, f.end + CUE_REACH_AFTER);
      const last = windows[windows.length - 1];
      if (last && s <= last.end) last.end = Math.max(last.end, e);
      else windows.push({ start: s, end: e });
    }
  });
  const found: CueHit[] = [];
  for (const w of windows) for (const x of cues.hits(text, w.start, w.end)) found.push(x);
  let h = 0;
  list.forEach((sentence, index) => {
    while (h < found.length && found[h].start < sentence.start) h++;
    if (!figuresOf[index].length) return;
    for (let k = h; k < found.length && found[k].start < sentence.end; k++) if (found[k].end <= sentence.end) hitsOf[index].push(found[k]);
  });
  // a cue word inside a longer name is no cue (数据 in 数据堂); a name that is a cue word itself is one (A100, MMLU)
  const sortedNames = isSorted(names) ? names : [...names].sort((a, b) => a.start - b.start);
  const longest = sortedNames.reduce((m, e) => Math.max(m, e.end - e.start), 0);
  const insideName = (h: CueHit) => {
    // names that can overlap the hit start at most `longest` before it
    let lo = 0, hi = sortedNames.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sortedNames[mid].start < h.start - longest) lo = mid + 1; else hi = mid; }
    for (let k = lo; k < sortedNames.length && sortedNames[k].start < h.end; k++) {
      const e = sortedNames[k];
      // (a benchmark's name holding a shorter one is the benchmark: MMLU-Pro, not its MMLU)
      if (h.start < e.end && !(e.start === h.start && e.end === h.end) && !(h.entry.benchmark && h.start <= e.start && e.end <= h.end)) return true;
    }
    return false;
  };
  // a benchmark is what a score is measured on, never what it is about (在GSM8K测试中达到95分)
  let benchmarks: Set<EntityCandidate> | undefined;
  for (const list of hitsOf) for (const h of list) {
    if (!h.entry.benchmark) continue;
    // (a name read inside the benchmark's, MMLU of MMLU-Pro, is the benchmark's too)
    for (const e of names) if (e.start >= h.start && e.end <= h.end) (benchmarks ??= new Set()).add(e);
  }
  // (and a benchmark named far from any figure, which a later 它 or 其 must not refer to)
  for (const e of names) if (e.kind === 'product' && !benchmarks?.has(e) && cues.isBenchmark(text.slice(e.start, e.end))) (benchmarks ??= new Set()).add(e);
  // a version written alone (R1, V3) is a subject too: its family is settled for the whole document later,
  // so it stands here for itself (VERSION_PLACEHOLDER + its span)
  const candidates = entities.filter((e) => !benchmarks?.has(e)).map((e) => (e.familyChoices && !e.entityId ? { ...e, entityId: `${VERSION_PLACEHOLDER}${e.start}:${e.end}` } : e));
  const subjects = new ParagraphSubjects(text, candidates, (a) => cues.subjectKinds(a), hardware, familyOf, software);
  const out: Claim[] = new Array(figures.length);
  // (most blocks name no report: the test for its publisher is skipped there)
  const namesReports = text.includes('《');
  /** The last figure of the sentence before and its attribute, for a list that runs on past a semicolon. */
  let carry: { sentence: number; figures: FigureCandidate[]; decisions: AttributeDecision[] } | undefined;
  let yearsBefore: { sentence: number; times: string[] } | undefined;
  // a card: a chip or a device the knowledge base knows, or one of a family it knows by its number (RTX 3090 of RTX)
  const isCard = (e: EntityCandidate) => !!hardware && !!e.entityId && (hardware(e.entityId) || hardware(e.entityId.slice(0, Math.max(0, e.entityId.lastIndexOf('-')))));
  // 预训练数据。原始语料约46TB…对应3.2T tokens: a paragraph opened by a run-in head (a few words and a full stop) measures
  // what the head names where its own sentences name nothing
  // (a head that is a measure's name, its whole: 训练配置 only opens on training, it names no measure)
  const headText = list.length > 1 ? text.slice(list[0].start, list[0].end) : '';
  const headHits = RUN_IN_HEAD.test(headText) ? cues.hits(text, list[0].start, list[0].end).filter((x) => headText.replace(/[。：:\s]/g, '') === text.slice(x.start, x.end)) : [];
  const runInHead = headHits.length ? list[0] : undefined;
  // one sentence at a time, in order, so that a paragraph's topic carries forward
  list.forEach((sentence, index) => {
    if (index > lastSentence) return;
    const all = figuresOf[index];
    const mine = all.some((k) => inRow[k]) ? all.filter((k) => !inRow[k]) : all;
    for (const k of all) if (inRow[k]) out[k] = rowClaim(text, sentence, figures[k], candidates, cues, sourceOf.get(sentence));
    if (!mine.length) { subjects.decide(sentence, index, []); return; }
    // (a cue inside a quoted project's name is part of the name: "新一代云端训练芯片研发项目"（14.6亿元）)
    const projects = quotedProjects(text, sentence);
    const sentenceHits = names.length || projects ? hitsOf[index].filter((x) => !insideName(x) && !projects?.some((q) => q.start <= x.start && x.end <= q.end)) : hitsOf[index];
    let invested: boolean | undefined;
    // a cue word inside another figure is no cue (tokens in 3万亿tokens): which figure each hit overlaps
    const overlapped = new Map<CueHit, number>();
    if (mine.length > 1) for (const x of sentenceHits) { const j = mine.find((k) => figures[k].start < x.end && x.start < figures[k].end); if (j !== undefined) overlapped.set(x, j); }
    // 总参数和激活参数分别是6710亿和370亿: the cue words before 分别 go with the figures after it, in order
    const byCue = cuesRespectively(text, sentence, sentenceHits, mine.map((k) => figures[k]));
    const decided = mine.map((k, j) => {
      const f = figures[k];
      const own = byCue?.[j];
      if (own) {
        const d = cues.decide(text, sentence, [own], f, () => false);
        if (d.cue) return d;
      }
      // a cue word right after the next figure is that figure's noun (18万亿tokens与4000万次下载: 下载 is not about the tokens)
      // (unless the two are items of one list of the same unit: 6元、30元或298元的档位)
      const after = mine[j + 1] === undefined ? undefined : figures[mine[j + 1]];
      const listed = !!after && after.unit === f.unit && LIST_JOIN.test(text.slice(f.end, after.start));
      const next = !after || listed ? Infinity : after.end;
      // 文心一言训练所用的语料约1.5万亿tokens，Kimi可一次性读入二百万字: a clause that opens with a name of its own
      // speaks of that name; the cue words of the clauses before are about another thing
      const opener = opensWithName(text, f.start, sortedNames);
      // 共有6710亿参数，每个token激活370亿参数: a cue in a later clause that leads to that clause's own figure is that figure's
      // (or to any later figure: …Qwen2.5-72B是727亿，后者原生支持128K上下文、预训练数据18万亿tokens)
      // (the first figure after the cue is the one it may lead to: a break before it stands before every later one too)
      const leadsToNext = (x: CueHit) => {
        if (x.start < f.end) return false;
        let g: (typeof figures)[number] | undefined;
        for (let i = j + 1; i < mine.length && !g; i++) if (figures[mine[i]].start >= x.end) g = figures[mine[i]];
        return !!g && CLAUSE_BREAK.test(text.slice(f.end, x.start)) && !CLAUSE_BREAK.test(text.slice(x.end, g.start));
      };
      // …and one in an earlier clause that leads to that clause's figure is that figure's (在激活参数只有370亿的情况下，实现了与4050亿参数的…)
      // (parameters only, which their unit names: an amount of money or a count takes the measure of the one before,
      // 净利润为1.86亿元，去年同期为0.97亿元)
      const prior = j > 0 && f.unit === '参数' && figures[mine[j - 1]].unit === f.unit ? figures[mine[j - 1]] : undefined;
      const ledToPrior = (x: CueHit) => !!prior && x.end <= prior.start && !CLAUSE_BREAK.test(text.slice(x.end, prior.start)) && CLAUSE_BREAK.test(text.slice(prior.end, f.start));
      // 355B总参 32B激活: a cue right after the figure before is that figure's noun, when one right after this figure is its own
      const before = j > 0 ? figures[mine[j - 1]] : undefined;
      // (not after a bracketed figure, （82.7）提升了4.2分: the words after the bracket are the clause's own)
      const ownAfter = !!before && f.start - before.end <= 8 && !/[，,。；;、：:\n）)]/.test(text.slice(before.end, f.start)) && sentenceHits.some((x) => x.start >= f.end && x.start - f.end <= 1);
      const nounOfBefore = (x: CueHit) => ownAfter && x.start >= before!.end && x.start - before!.end <= 1 && x.end <= f.start;
      // 这个6710亿参数的MoE模型每个token只激活370亿参数: a cue right before a later figure of the same unit is that figure's
      const headsLater = (x: CueHit) => {
        if (x.start - f.end <= 2 || !f.unit) return false;
        for (let i = j + 1; i < mine.length; i++) {
          const g = figures[mine[i]];
          if (g.start < x.end) continue;
          return g.unit === f.unit && g.start - x.end <= 1 && !CLAUSE_BREAK.test(text.slice(x.end, g.start));
        }
        return false;
      };
      const blocked = (x: CueHit) => { const o = overlapped.get(x); return (o !== undefined && o !== k) || (x.start >= next && x.start - next <= 1) || leadsToNext(x) || ledToPrior(x) || nounOfBefore(x) || headsLater(x) || (!!opener && spokenOfOther(text, x, opener, sortedNames)); };
      const d = cues.decide(text, sentence, sentenceHits, f, blocked);
      if (d.attribute === 'other' && !d.cue && runInHead && index > 0 && !f.per) {
        // (read as if the figure stood right after the head: the head's word is as near as a cue of its own sentence)
        const headed = cues.decide(text, runInHead, headHits, { ...f, start: runInHead.end, end: runInHead.end }, () => false);
        if (headed.cue) return headed;
      }
      // 4090二手1.35w左右, 两张一共1.08w: a sum in 万 written w, with no unit, in a sentence about a card is what the card
      // costs (not a budget: 预算2w以内, 总价控制在1.5w以内)
      if (d.attribute === 'other' && !d.cue && !f.unit && WAN_WRITTEN_W.test(text.slice(f.start, f.end)) && !BUDGET_BEFORE.test(text.slice(clauseStartBefore(text, f.start), f.start)) &&
        sortedNames.some((e) => e.start >= sentence.start && e.end <= sentence.end && isCard(e))) return { attribute: 'price', rule: 'money in w of a card' } as AttributeDecision;
      // 平均年薪为68.5万元, a table under 分岗位薪酬水平（单位：万元/年）: pay by the year or the month is a salary, no price
      if (d.attribute === 'price' && f.per && (f.per.unit === '年' || f.per.unit === '月') && SALARY_WORDS.test(text.slice(sentence.start, sentence.end) + markdownHeadingBefore(text, sentence.start))) return { attribute: 'other', rule: 'salary' } as AttributeDecision;
      // 256张A800（80GB）: a size in brackets right after a card's name is the card's memory, no data of any training
      const bracket = d.attribute !== 'other' && cues.unitClass(f.unit) === 'bytes' ? /[（(]\s*$/.exec(text.slice(Math.max(sentence.start, f.start - 2), f.start)) : null;
      if (bracket && sortedNames.some((e) => e.end === Math.max(sentence.start, f.start - 2) + bracket.index && isCard(e))) return { attribute: 'other', rule: 'a card\'s memory' } as AttributeDecision;
      // 权重分别为语言理解15%、知识问答15%: the weights of a ranking's scores are no score and no share of anything named
      if (f.unit === '%' && d.attribute !== 'other' && WEIGHTS_BEFORE.test(text.slice(clauseStartBefore(text, f.start), f.start))) return { attribute: 'other', rule: 'weight 权重' } as AttributeDecision;
      // 共使用了12.5万亿tokens的语料，其中中文约占四成: a share of a body of data is what it is made of, no one's adoption
      if (d.attribute === 'users' && d.cue && /^(?:占|佔|占比|佔比)$/.test(text.slice(d.cue.start, d.cue.end)) && DATA_BODY.test(text.slice(sentence.start, f.start))) return { attribute: 'other', rule: 'share of data' } as AttributeDecision;
      // 我们调研的312家律所, 受访的500名开发者: those a survey asked are its sample, not anyone's users
      if (d.attribute === 'users' && SURVEYED_BEFORE.test(text.slice(Math.max(sentence.start, f.start - 10), f.start))) return { attribute: 'other', rule: 'surveyed' } as AttributeDecision;
      if (d.attribute === 'training_days' && COUNTDOWN_BEFORE.test(text.slice(Math.max(sentence.start, f.start - 6), f.start))) return { attribute: 'other', rule: 'countdown' } as AttributeDecision;
      // money invested in a company is its funding (向OpenAI投资100亿美元, 获得微软投资); other investment is spending
      if (d.attribute === 'other' && cues.unitClass(f.unit) === 'money' && (invested ??= INVESTED_IN.test(text.slice(sentence.start, sentence.end)))) d.attribute = 'funding';
      // 1.2万张昇腾910C: cards counted by the chip's name right after them are compute
      // (in a sentence about training, the cards it was trained on: 预训练…动用1.6万颗英伟达H100)
      if (d.attribute === 'other' && !d.cue && hardware && cues.unitClass(f.unit) === 'accelerators' && countedChip(text, f, sortedNames, hardware)) {
        return { attribute: TRAINED_ON.test(text.slice(sentence.start, sentence.end)) ? 'training_gpus' : 'compute', rule: 'counted chips' } as AttributeDecision;
      }
      // 两千张卡、58天，我们是怎么把星衍-2训出来的; 强化学习阶段又用了差不多两周: a span of time in a sentence about training
      // is how long it trained (not a time since or until something: 训练完成3个月后)
      // (nor the time of a part of it, 折合每万亿tokens…约3.7天)
      if (d.attribute === 'other' && !d.cue && cues.unitClass(f.unit) === 'duration' && /^(?:天|周|个月|月)$/.test(f.unit) && !NOT_A_RUN_AFTER.test(text.slice(f.end, f.end + 3)) && !text.slice(sentence.start, f.start).includes('每') &&
        TRAINING_WORD.test(text.slice(sentence.start, sentence.end))) return { attribute: 'training_days', rule: 'training sentence' } as AttributeDecision;
      // 配合约800亿tokens的文本，在X上继续训练: tokens of text a sentence about training feeds it are what it trained on
      // (not a rate, 每天处理…tokens, nor a window: those have their cue or their denominator)
      if (d.attribute === 'other' && !d.cue && !f.per && cues.unitClass(f.unit) === 'text' && f.unit === 'tokens' && !text.slice(sentence.start, f.start).includes('每') &&
        TRAINING_WORD.test(text.slice(sentence.start, sentence.end))) return { attribute: 'training_tokens', rule: 'training sentence' } as AttributeDecision;
      // 微调阶段使用了约420万份脱敏电子病历、12.6万篇文献: records of data counted in a sentence about training are what it trained on
      if ((d.attribute === 'other' || d.attribute === 'count') && !f.per && (cues.unitClass(f.unit) === 'count' || !f.unit) && DATA_ITEMS_AFTER.test(text.slice(f.end, Math.min(sentence.end, f.end + 12))) &&
        !text.slice(sentence.start, f.start).includes('每') && TRAINING_WORD.test(text.slice(sentence.start, sentence.end))) return { attribute: 'training_data', rule: 'training sentence' } as AttributeDecision;
      // (cards a sentence about training uses, 强化学习阶段又用了512张卡, are the cards it trained on)
      if (d.attribute === 'compute' && cues.unitClass(f.unit) === 'accelerators' && d.cue && /^(?:卡|张卡|GPU|显卡|加速卡)$/.test(text.slice(d.cue.start, d.cue.end)) && d.cue.start < f.end + 2 &&
        TRAINED_ON.test(text.slice(sentence.start, sentence.end))) return { attribute: 'training_gpus', cue: d.cue, rule: 'training sentence' } as AttributeDecision;
      // (the chip's name after the cards is their cue, but a sentence that trains on them makes them training cards)
      if (d.attribute === 'compute' && hardware && cues.unitClass(f.unit) === 'accelerators' && d.cue && d.cue.start >= f.end && countedChip(text, f, sortedNames, hardware) &&
        TRAINED_ON.test(text.slice(sentence.start, sentence.end))) return { attribute: 'training_gpus', cue: d.cue, rule: 'counted chips' } as AttributeDecision;
      // 每个集群拥有24,576块GPU, 建成的集群跨到了10万卡: cards a cluster owns, in a clause that trains nothing, are compute
      if (d.attribute === 'training_gpus' && cues.unitClass(f.unit) === 'accelerators') {
        const clause = text.slice(clauseStartBefore(text, f.start), f.start);
        if (OWNED_CARDS.test(clause) && !TRAINED_ON.test(clause)) return { attribute: 'compute', cue: d.cue, rule: 'owned cards' } as AttributeDecision;
      }
      return fixedByForm(text, f, d) ?? d;
    });
    // Gemini支持100万tokens上下文；Claude为20万: a list of values runs on across a semicolon
    const carried = carry && carry.sentence === index - 1 && /[；;]\s*$/.test(text.slice(list[index - 1].start, sentence.start)) ? carry : undefined;
    // (every figure of the sentence before: 廣達第三季營收為4,588億元，年增約33%；緯創則繳出2,390億元 takes 營收 past 年增)
    if (carried) {
      const joined = [...carried.decisions, ...decided];
      inheritCompared(text, [...carried.figures, ...mine.map((k) => figures[k])], joined, cues);
      decided.splice(0, decided.length, ...joined.slice(carried.decisions.length));
    } else if (mine.length > 1) inheritCompared(text, mine.map((k) => figures[k]), decided, cues);
    carry = { sentence: index, figures: mine.map((k) => figures[k]), decisions: decided };
    const decisions = subjects.decide(sentence, index, mine.map((k, j) => ({
      start: figures[k].start, end: figures[k].end, attribute: decided[j].attribute, unitClass: cues.unitClass(figures[k].unit),
      companyMetric: !!decided[j].cue && (COMPANY_METRIC.test(text.slice(decided[j].cue!.start, decided[j].cue!.end)) || segmentRevenue(text, sentence, decided[j].cue!)),
      clusterScale: clusterScale(figures[k]), perTokens: figures[k].per?.unit === 'tokens', perCardTime: !!figures[k].per && cues.unitClass(figures[k].per!.unit) === 'computeTime',
      parameters: decided[j].attribute === 'parameters' ? figures[k].value : undefined,
    })));
    // a value in brackets right after a name is that name's (落后于豆包（8100万）和DeepSeek（6180万）)
    mine.forEach((k, j) => {
      // 中国信通院发布《…报告》：备案服务超过400款: the publisher of a report is the figures' source, not their subject
      const chosen = decisions[j].entity;
      if (chosen && namesReports && PUBLISHES_REPORT.test(text.slice(chosen.end, chosen.end + 80))) decisions[j] = { why: 'topic', pending: { kind: 'topic' } };
      const named = nameBeforeBracket(text, figures[k], sortedNames);
      if (named && decisions[j].entity !== named) decisions[j] = { entity: named, why: 'clause （' };
    });
    const nonClaims = nonClaimSpans(text, sentence, (at) => withinName(sortedNames, at, longest));
    const times = timesBeforeSemicolon(text, list, index).concat(timesOf(text, sentence));
    const source = sourceOf.get(sentence);
    // 在GSM8K和HumanEval上，成绩分别为90.2和71.4: the benchmarks before 分别 go with the figures after it, in order
    const byBenchmark = benchmarksRespectively(text, sentence, hitsOf[index], mine.map((k) => figures[k]));
    // 2023年、2024年、2025年分别实现收入1.92亿元、4.05亿元和7.86亿元 (同期净亏损分别为…: the same years again)
    const byTime = timesRespectively(text, sentence, times, mine.map((k) => figures[k]), yearsBefore);
    if (byTime) yearsBefore = { sentence: index, times: byTime.filter((t): t is string => !!t) };
    // (不是38.9亿吗？ asks nothing: it says 38.9亿)
    const said = text.slice(sentence.start, sentence.end);
    const asked = QUESTION_END.test(said) && !RHETORICAL_QUESTION.test(said);
    let marketShareCue = -1;
    mine.forEach((k, j) => {
      const f = figures[k];
      let a = decided[j];
      const s = decisions[j];
      // 评论 203 ｜ 赞 2.1万: a post's counts of likes and comments are the page's, no claim of anything named
      if (ENGAGEMENT_BEFORE.test(text.slice(Math.max(sentence.start, f.start - 4), f.start))) {
        out[k] = { attribute: 'other', subjectWhy: 'page counts', attributeRule: 'page counts' };
        return;
      }
      const claim: Claim = { attribute: a.attribute, subjectWhy: s.why };
      // 招股價每股8.8港元, 入場費4,403.97元: what a share of an offering costs, and the least one can subscribe for, are prices
      // (and what it is traded or placed at: 收市價每股HK$1.38, 以每股1.5港元配售)
      // (decided once the company is: a price is otherwise a model's or a product's)
      if (a.attribute === 'other' && cues.unitClass(f.unit) === 'money' && OFFER_PRICE_BEFORE.test(text.slice(Math.max(sentence.start, f.start - 16), f.start))) {
        claim.attribute = 'price';
        a = { ...a, cue: undefined, rule: 'offer price' };
      }
      // 約15%（即約3.31億港元）用於拓展東南亞市場: a share of an amount that is spent on something is no share of a market it names
      if (a.attribute !== 'other' && f.unit === '%' && SHARE_SPENT_AFTER.test(text.slice(f.end, Math.min(sentence.end, f.end + 30)))) {
        claim.attribute = 'other';
        a = { ...a, cue: undefined, rule: 'use of funds' };
      }
      // 128K输入的首token时间从11秒缩短到3.4秒: a length that sets up a test is the test's condition, no context window
      if ((a.attribute === 'context_length' || a.attribute === 'training_tokens') && TEST_CONDITION_AFTER.test(text.slice(f.end, Math.min(sentence.end, f.end + 12)))) {
        claim.attribute = 'other';
        a = { ...a, cue: undefined, rule: 'test condition' };
      }
      // 日均调用量已超过1.2万亿tokens，其中火山引擎占比46.4%: a named company's share of a total its sentence counts is its share of that market
      // (and so are the shares listed after it with the same word: 百度智能云、阿里云分别占19.9%和19.1%)
      if (a.attribute === 'other' && a.cue && (a.cue.start === marketShareCue ||
        (s.entity && s.entity.kind !== 'model' && s.entity.end <= a.cue.start && a.cue.start - s.entity.end <= 1 &&
          SHARE_WORD.test(text.slice(a.cue.start, a.cue.end)) && MARKET_TOTAL_BEFORE.test(text.slice(sentence.start, s.entity.start))))) {
        claim.attribute = 'market_share';
        marketShareCue = a.cue.start;
      }
      // 工业电价0.85元/度: a tariff of electricity is no named one's price, however near a card or a model stands
      if (claim.attribute === 'price' && f.per && ELECTRICITY_UNITS.has(f.per.unit)) claim.subjectWhy = 'electricity tariff';
      else {
        if (s.entity) claim.subjectId = s.entity.entityId;
        if (s.pending) claim.pending = s.pending;
      }
      if (a.cue) claim.attributeCue = a.cue;
      else claim.attributeRule = a.rule;
      if (a.benchmark) claim.benchmark = a.benchmark;
      const named = byBenchmark?.[j];
      if (named && SCORE_CLASSES.has(cues.unitClass(f.unit))) {
        claim.benchmark = named;
        if (a.attribute === 'other' || a.attribute === 'accuracy') { claim.attribute = 'score'; claim.attributeCue = named; claim.attributeRule = undefined; }
      }
      const scope = scopeOf(text, sentence, f.start, claim.attribute, times, byTime?.[j]);
      if (scope) claim.scope = scope;
      // facets only keep claims from conflicting: only comparable ones need them
      // (a profit, a loss, earnings per share: `other` in the vocabulary, yet a company's figure as precise as its revenue)
      const profit = claim.attribute === 'other' && a.cue ? PROFIT_MEASURES.has(cues.measure(text.slice(a.cue.start, a.cue.end)) ?? '') : false;
      let facet = COMPARABLE_ATTRIBUTES.has(claim.attribute) || profit ? cues.facetOf(text, f.start, j > 0 ? figures[mine[j - 1]].end : undefined, f.per ? f.end : undefined) : undefined;
      // 豆包累计下载量超过1.6亿次，Kimi为约4500万次: a value listed after another of the same measure is narrowed as it is
      const previous = j > 0 ? out[mine[j - 1]] : undefined;
      // (of another subject: two values of one subject are its variants or parts, 累计下载量超过1000万次，有超过2万家企业)
      if (!facet && previous?.facet && previous.attribute === claim.attribute && s.entity && decisions[j - 1].entity && s.entity.entityId !== decisions[j - 1].entity!.entityId && LISTED_AFTER.test(text.slice(figures[mine[j - 1]].end, f.start))) facet = previous.facet.split(' ').filter((w) => !w.startsWith('segment')).join(' ') || undefined;
      // users are counted many ways (下载量, 月活, 调用量): only the same measure is comparable
      // (a value on a list counts the way the one it follows does: 月活2024年12月为7523万，2025年1月增长至7861万)
      const measuredBy = a.cue ?? a.listCue;
      if (claim.attribute === 'users') {
        facet = usersFacet(cues, facet, measuredBy ? cues.measure(text.slice(measuredBy.start, measuredBy.end)) : a.rule);
        // 186家律所 + 9家企业法务部: organisations counted by what they are are each a population of their own
        const counted = COUNTED_ORGS_AFTER.exec(text.slice(f.end, f.end + 8));
        if (counted && ORG_COUNT_UNIT.test(f.unit) && !cues.measure(counted[1])) facet = withFacet(facet, `of ${counted[1]}`);
      }
      // income is counted many ways too (营收, 净利润, 毛利, 亏损, 每股收益): sales are one measure, each other one its own
      if ((claim.attribute === 'revenue' || profit) && a.cue) {
        const measure = cues.measure(text.slice(a.cue.start, a.cue.end));
        if (measure !== 'sales') facet = withFacet(facet, measure);
      }
      // 分业务看，…收入11.3亿元: a paragraph that breaks revenue down by business speaks of parts, never the total,
      // and each part by the name its clause gives it (API服务收入 and 私有化部署收入 are two businesses)
      if (claim.attribute === 'revenue' && SEGMENT_BREAKDOWN.test(text)) facet = withFacet(facet, a.cue ? `segment${segmentName(text, a.cue.start)}` : 'segment');
      // 总营收339亿元…百度核心收入265亿元: a clause that names a business before the cue speaks of that business's revenue
      else if (claim.attribute === 'revenue' && a.cue && a.cue.start < f.start) {
        const business = businessBefore(text, Math.max(sentence.start, a.cue.start - 24), a.cue.start, sortedNames);
        if (business) facet = withFacet(facet, `segment${business}`);
      }
      // 最大客户贡献收入约9800万元: what one customer or business contributes is a part of the revenue
      if (claim.attribute === 'revenue' && a.cue && (CONTRIBUTED.test(text.slice(Math.max(sentence.start, a.cue.start - 3), a.cue.start)) || FROM_SOURCE_BEFORE.test(text.slice(Math.max(sentence.start, a.cue.start - 20), a.cue.start)))) facet = withFacet(facet, 'part');
      // 所有消融都在一个缩小版配置上完成（总参数约4B，训练200B tokens）: an ablation's setting is no model's own measure
      if (ABLATION.test(text.slice(sentence.start, f.start))) facet = withFacet(facet, 'ablation');
      // 量化到INT4后MMLU为84.1, 该版本的HumanEval得分跌至71.3: a quantized, distilled or pruned form's measure is that form's, not the model's
      if (MODIFIED_MEASURES.has(claim.attribute) && MODIFIED_FORM.test(text.slice(sentence.start, f.start))) facet = withFacet(facet, 'variant modified');
      // 预训练阶段使用1,024张H800，历时53天 / 后训练过程在256张H800上完成，耗时约9天: each stage's own measure, named
      // once for the sentence (a facet word next to the figure already says which)
      if (STAGED_ATTRIBUTES.has(claim.attribute) && !TRAINING_STAGES.some(([, w]) => facet?.split(' ').includes(w))) {
        const stage = trainingStage(text, sentence.start, f.start);
        if (stage) facet = withFacet(facet, stage);
      }
      // 4 → 0.8: the value before an arrow is where a change starts, as 由 4 降至 0.8 says, no contradiction of the new
      if (ARROW_TO_AFTER.test(text.slice(f.end, f.end + 4))) facet = withFacet(facet, '从');
      // 在320亿tokens的长文档数据上: the data the tokens are of, right after them, narrows them as a word before does
      if (claim.attribute === 'training_tokens' || claim.attribute === 'training_data') {
        const data = DATA_OF_AFTER.exec(text.slice(f.end, f.end + 16));
        const more = data && cues.facetsIn(text, f.end, f.end + data[0].length);
        if (more) facet = withFacet(facet, more);
      }
      // tokens trained on are pretraining tokens: 预训练 narrows nothing (微调 does)
      if (facet && claim.attribute === 'training_tokens') facet = facet.split(' ').filter((w) => w !== '预训练' && w !== '預訓練').join(' ') || undefined;
      // a context window is the most a model takes: 最大支持128K is its context length
      if (facet && claim.attribute === 'context_length') facet = facet.split(' ').filter((w) => !MOST.has(w)).join(' ') || undefined;
      // a year's figure is the whole year's: 2025年全年收入 is 2025年收入
      if (facet && scope && /^\d{4}\b/.test(scope)) facet = facet.split(' ').filter((w) => w !== '全年' && w !== '年度').join(' ') || undefined;
      // …and a quarter's is the quarter's: 本季度净利润一项 is 第三季度净利润
      if (facet && scope && /(^|\d)Q[1-4]\b|^本季度/.test(scope)) facet = facet.split(' ').filter((w) => w !== '季度').join(' ') || undefined;
      // 官方技术报告中…C-Eval成绩为91.2: a score its maker reports was measured in a setting an independent test may
      // not share (prompts, shots): it is compared with the maker's other scores only
      if (claim.attribute === 'score' && MAKER_REPORTED.test(text.slice(Math.max(sentence.start, f.start - 30), f.start))) facet = withFacet(facet, 'reported');
      // 共计约8万亿tokens，其中约1.5万亿为合成数据: a part the sentence breaks out of a whole is comparable with no whole
      if (COMPARABLE_ATTRIBUTES.has(claim.attribute) && s.why === 'subset 其中') facet = withFacet(facet, 'part');
      // 一个亿月活？: a figure in a question asserts nothing another figure could contradict
      if (asked && COMPARABLE_ATTRIBUTES.has(claim.attribute)) facet = withFacet(facet, 'question');
      // 有篇稿子说V3“总参数2360亿”。这是把上一代的规格安到了V3头上: a claim the text reports of others and then refutes
      // is not the text's: it contradicts nothing the text says
      if (COMPARABLE_ATTRIBUTES.has(claim.attribute) && refutedHearsay(text, sentence, f.start)) facet = withFacet(facet, 'refuted');
      // …GPT-4的训练花费超过1亿美元。这和上面的估算并不矛盾：…他说的是总账: the writer says the figure counts something else
      if (COMPARABLE_ATTRIBUTES.has(claim.attribute) && RECONCILED_NEXT.test(text.slice(sentence.end, sentence.end + 40))) facet = withFacet(facet, 'reconciled');
      // 此前有媒体报道称…总参数量为1.2万亿: 此前 tells of when it was said, not of an earlier state of the thing
      if (facet && EARLIER_FACETS.some((w) => facet!.split(' ').includes(w)) && REPORTED_EARLIER.test(text.slice(Math.max(sentence.start, f.start - 40), f.start))) {
        facet = facet.split(' ').filter((w) => !EARLIER_FACETS.includes(w)).join(' ') || undefined;
      }
      // 上下文窗口由 32K 扩展至 128K: the value a change starts from is a former one (as 从 says)
      if (COMPARABLE_ATTRIBUTES.has(claim.attribute) && FROM_BY_BEFORE.test(text.slice(Math.max(sentence.start, f.start - 3), f.start)) && CHANGED_TO_AFTER.test(text.slice(f.end, f.end + 12))) facet = withFacet(facet, '从');
      // 还有参数量为70亿的版本: a size that names one version of several is comparable with nothing else
      if (COMPARABLE_ATTRIBUTES.has(claim.attribute) && VERSION_AFTER.test(text.slice(f.end, f.end + 4))) facet = withFacet(facet, 'variants');
      if (COMPARABLE_ATTRIBUTES.has(claim.attribute)) {
        // 数学基准MATH为62.1（基础模型）: a variant named in brackets after the figure narrows it as one before it does
        const bracket = VARIANT_BRACKET.exec(text.slice(f.end, f.end + 16));
        if (bracket) facet = withFacet(facet, `variant${bracket[1].toLowerCase()}`);
        // 8B版本…训练了11天；4B版本则…训练6天: a clause about one size of a family speaks of that size only
        const size = SIZE_VERSION.exec(text.slice(sentence.start, f.start));
        if (size) facet = withFacet(facet, `size${size[1].toUpperCase()}`);
        // 405B参数是72B的五倍: the base of a multiple is the other thing's value, comparable with nothing here
        if (BASE_OF_MULTIPLE_AFTER.test(text.slice(f.end, f.end + 8))) facet = withFacet(facet, 'base');
        // 只比DeepSeek-V3高0.2分, 比上一代多出100亿参数: a difference from another thing, not a level of its own
        const ownClause = text.slice(Math.max(sentence.start, clauseStartBefore(text, f.start)), f.start);
        // (and one said so after it: 仅以0.4分之差落后, 3分的差距)
        if (DIFFERENCE_BEFORE.test(ownClause) || DIFFERENCE_AFTER.test(text.slice(f.end, f.end + 4))) facet = withFacet(facet, 'difference');
        // 下一代模型或迈入万亿参数, 前代模型只有13亿参数: what the next or the last generation has is no claim about the one named
        // 我们预计2025年营收65亿元, 营收目标为120亿元: a forecast or a target is no fact another figure can contradict
        if (FORECAST_IN_CLAUSE.test(ownClause)) facet = withFacet(facet, 'forecast');
        if (NEXT_GENERATION.test(ownClause)) facet = withFacet(facet, 'next');
        else if (PREVIOUS_GENERATION.test(ownClause)) facet = withFacet(facet, 'previous');
        // 在128K长度下的准确率, 4K输入长度下所需的显存: a setting a measurement was made in, no claim of its own
        // (also one of a list of settings a frame opened with 在 closes: 在 Qwen2.5-72B、32K 上下文、并发 32 的场景下)
        if (SETTING_AFTER.test(text.slice(f.end, f.end + 10)) || (/在/.test(ownClause) && SETTINGS_FRAME_CLOSES.test(text.slice(f.end, f.end + 30)))) facet = withFacet(facet, 'setting');
        // (and one in brackets after a test's name, no model's: RULER（128K）, LongBench（32K）)
        else if (BENCHMARK_BRACKET_BEFORE.test(text.slice(Math.max(sentence.start, f.start - 24), f.start)) && /^\s*[)）]/.test(text.slice(f.end, f.end + 2)) &&
          !sortedNames.some((e) => e.end <= f.start && f.start - e.end <= 2)) facet = withFacet(facet, 'setting');
        // 瑞昇旗下专攻…的宏颖云端，3月营收…: a figure of something under the subject that the text names without a
        // name we know is a part of the subject's, never its whole
        const s0 = s.entity;
        // (or a sentence that opens with 旗下 after one about the subject: …。旗下专攻AI服务器的子公司…10月营收…)
        if (s0 && s0.end < f.start && (/^\s*旗下/.test(text.slice(s0.end, s0.end + 4)) || /^\s*旗下/.test(text.slice(sentence.start, sentence.start + 4))) && !namedBetween(sortedNames, Math.max(s0.end, sentence.start), f.start)) facet = withFacet(facet, 'part');
        // | 安第斯大模型（端侧版） | 约40亿 |: a variant named in brackets after its subject's name narrows the figure to it
        // (or after 的: MiLM的精简版，只有13亿参数)
        // (or an edition or a platform of it right after: 豆包网页版月活, Kimi App端的月活)
        const variantOfSubject = s0 && s0.end <= f.start ? VARIANT_AFTER_NAME.exec(text.slice(s0.end, s0.end + 8)) ?? VARIANT_OF_NAME.exec(text.slice(s0.end, s0.end + 8)) ?? EDITION_AFTER_NAME.exec(text.slice(s0.end, s0.end + 8)) : null;
        if (variantOfSubject) facet = withFacet(facet, `variant${variantOfSubject[1]}`);
      }
      // 32K 版本定价…；256K 版本…: a window that names an edition is that edition's, each one a thing of its own
      if (claim.attribute === 'context_length' && EDITION_NAMED_AFTER.test(text.slice(f.end, f.end + 3))) facet = withFacet(facet, `variant${text.slice(f.start, f.end)}`);
      if (facet) claim.facet = facet;
      const nc = nonClaims.find((r) => r.start <= f.start && f.start < r.end);
      if (nc) claim.nonClaim = nc.kind;
      else if (illustrative) claim.nonClaim = 'hypothetical';
      if (source) claim.source = source;
      out[k] = claim;
    });
    // 两个版本，参数量分别为80亿和5亿: one subject with several values of one attribute in a sentence has variants,
    // each comparable with nothing else
    // (a part of a total, 其中约3亿元…, is no variant of it)
    // (not when it says they disagree: 第三季营收虽达1兆8,600亿元，但简报中列出的为1兆7,800亿元，两者出现落差)
    if (mine.length > 1 && !DISAGREEMENT.test(text.slice(sentence.start, sentence.end))) markVariants(mine.map((k) => out[k]), mine.map((k) => figures[k]), (f) => PART_CLAUSE.test(text.slice(Math.max(sentence.start, f.start - 40), f.start)));
    // (and so is a company's figure in a sentence that opens with 其中: 总营收为341亿元。其中，百度核心营收261亿元 is a
    // segment's; a market's breakdown, 其中，豆包以1.27亿月活…, names each one's own total)
    if (index > 0 && PART_SENTENCE.test(text.slice(sentence.start, sentence.start + 6))) {
      mine.forEach((k, j) => {
        const cue = decided[j].cue;
        if (cue && COMPANY_METRIC.test(text.slice(cue.start, cue.end)) && !out[k].facet?.split(' ').includes('part')) out[k].facet = withFacet(out[k].facet, 'part');
      });
    }
  });
  // figures outside every sentence cannot happen (sentences cover the block), but stay safe
  for (let k = 0; k < figures.length; k++) out[k] ??= { attribute: 'other', subjectWhy: 'none', attributeRule: 'no cue' };
  // (what the paragraph named only as a base or an investor, a reference in a later one looks past)
  for (const e of subjects.sidelinedNames()) e.sidelined = true;
  return out;
}

const SCORE_CLASSES = new Set(['score', 'bare', 'percent']);
/** 由 right before a value: the start of a change (由 32K 扩展至 128K), when a change to another value follows. */
const FROM_BY_BEFORE = /由\s*$/;
const CHANGED_TO_AFTER = /^\s*[^，,。；;！？\n\d]{0,4}?(?:扩展|擴展|扩充|擴充|提升|提高|增加|增长|增長|上调|上調|下调|下調|降低|下降|调整|調整|缩减|縮減|减少|減少|扩大|擴大|升级|升級)?(?:至|到|为|為)\s*[\d一二三四五六七八九十两兩百千万萬亿億]/;

/** Facet words that say "at most" (the facet table's, simplified). */
const MOST = new Set(['最大', '最长', '最多', '最高']);
/** The clause before a figure opens with 其中 (其中包含一笔约3亿元的收入): a part of the total before it. */
const PART_CLAUSE = /[，,；;]\s*其中[^，,。；;]*$/;
/** A facet with one more word narrowing it. */
export function withFacet(facet: string | undefined, word: string): string {
  return facet ? `${facet} ${word}` : word;
}

/** A sentence that breaks down the one before it. */
const PART_SENTENCE = /^\s*(?:其中|當中|当中)/;

/** A sentence that asks (its last mark a question mark, perhaps before an emoji or a closing quote). */
const QUESTION_END = /[？?][\s”"’」』)）\p{Extended_Pictographic}\uFE0F]*$/u;

/** A user count's facet: the words that narrow it and the way it counts (日活 is DAU: said once). */
export function usersFacet(cues: CueIndex, facet: string | undefined, measure: string | undefined): string {
  const words = (facet ?? '').split(' ').filter((w) => w && cues.measure(w) !== measure);
  return [...words, measure].filter(Boolean).join(' ');
}

/** Compute no single accelerator reaches (the largest give a few PFLOPS): a cluster's or a centre's. */
function clusterScale(f: { value: number; unit: string }): boolean {
  return (f.unit === 'PFLOPS' && f.value >= 50) || f.unit === 'EFLOPS' || f.unit === 'ZFLOPS';
}

/** The counted unit of organisations (家, 所, 个). */
const ORG_COUNT_UNIT = /^(?:家|所|个|個)$/;
/** What kind of organisation a count counts, right after it (186家律所, 9家企业法务部（含…）). */
const COUNTED_ORGS_AFTER = /^([\u4e00-\u9fff]{2,6}?)(?=[\s，,。；;、+＋（()）:：]|$)/;
/** What stands between two values of one list: a comma, a name and 为/是 (，Kimi为约…), or 、和及. */
const LISTED_AFTER = /^[^。；;！？!?]{0,20}?(?:[，,、]|和|及|与)[^。；;，,！？!?]{0,16}?(?:为|是|則|则|有|达)?\s*$/;
/** The editions a variant is named by (端侧版, 轻量版, 蒸馏版…). */
export const VARIANT_EDITIONS = '端侧版|端側版|轻量版|輕量版|精简版|精簡版|蒸馏版|蒸餾版|量化版|手机版|手機版|本地版|离线版|離線版';
/** A lighter variant in brackets right after a model's name: （端侧版）, （轻量版）, (Lite). */
export const VARIANT_AFTER_NAME = new RegExp(`^\\s*[（(](${VARIANT_EDITIONS}|lite|mini|edge)[）)]`, 'i');
/** …or after 的 (MiLM的精简版, Qwen2.5-72B的量化版). */
const VARIANT_OF_NAME = new RegExp(`^\\s*的\\s*(${VARIANT_EDITIONS}|lite版|mini版)`, 'i');
/** An edition named after a figure (32K 版本, 128K版): the figure is the edition's name. */
const EDITION_NAMED_AFTER = /^\s?(?:版本|版)/;
/** An edition or a platform right after a name (豆包网页版, Kimi App端, ChatGPT企业版): what its figures narrow to. */
const EDITION_AFTER_NAME = /^\s*的?\s*(网页版|網頁版|网页端|網頁端|App端|APP端|app端|App版|APP版|移动端|移動端|手机端|手機端|PC端|电脑端|電腦端|桌面端|桌面版|海外版|国际版|國際版|国内版|國內版|企业版|企業版|个人版|個人版|专业版|專業版|免费版|免費版|付费版|付費版|小程序)/;
/** A variant in brackets right after a figure: （基础模型）, (Instruct), （思考模式）. */
const VARIANT_BRACKET = /^\s*[（(](基础模型|基座模型|基础版|基座|预训练版|預訓練版|基礎模型|指令版|指令微调版|对话版|對話版|chat版|base|instruct|chat|思考模式|非思考模式)[）)]/i;
/** A size named as a version (8B版本, 4B模型) in the sentence before a figure. */
const SIZE_VERSION = /(?<![A-Za-z0-9.\-])(\d+(?:\.\d+)?[BbMK])\s?(?:参数)?(?:版本|版|模型)/;
/** A figure that sets the conditions of a measurement (128K长度下, 4K 输入长度下, 批大小为8时). */
const SETTING_AFTER = /^\s*(?:tokens?|的)?\s*(?:输入|輸入|上下文|序列|文本|文档|文檔)?\s*(?:长度|長度|规模|規模|设置|設置)?\s*(?:下|时|時|条件下|條件下|场景下|場景下|情况下|情況下)(?![降滑跌调調])/;
/** A test's Latin name and an opening bracket right before a figure (RULER（, Needle-in-a-Haystack (). */
const BENCHMARK_BRACKET_BEFORE = /[A-Za-z][A-Za-z0-9\-]*\s*[（(]\s*$/;
/** The close of a frame of settings a figure is listed in (、并发 32 的场景下, 的条件下): no comma or full stop before it. */
const SETTINGS_FRAME_CLOSES = /^[^，,。；;！？!?\n]{0,24}?的?(?:场景|場景|条件|條件|情况|情況|设置|設置|配置)下/;
/** A forecast's or a target's words in a figure's own clause (预计, 一致预期, 目标为, 有望达到, 指引). */
const FORECAST_IN_CLAUSE = /预计|預計|预期|預期|预测|預測|预估|預估|有望|目标|目標|指引|展望|或将|或將|料将|料將|将达到|將達到|guidance/i;
/** The next model or product, not out yet (下一代模型, 下一版本, 下代芯片; 会在明年开源一个70亿参数的版本). */
const NEXT_GENERATION = /下一代|下一版|下一款|下一个版本|下一個版本|下代|(?:会|會|将|將|计划|計劃|准备|準備|打算)[^，,。；;]{0,10}(?:开源|開源|发布|發布|推出)(?:一个|一個|一款)$/;
/** The generation before, spoken of without its name (前代模型, 上一代产品). */
const PREVIOUS_GENERATION = /(?:前代|上一代|上代|老一代|上一版|旧款|舊款|老款)(?:模型|大模型|产品|產品|芯片|晶片|版本|机型|機型)/;
/** 比X高, 较上代多出, 领先X: the figure after it is by how much one thing differs from another. */
const DIFFERENCE_AFTER = /^\s*(?:之差|的差距|差距|的差|的分差)/;
const DIFFERENCE_BEFORE = /(?:比|较|較)[^，,。；;]{1,20}?(?:高|低|多|少|贵|貴|便宜|大|小)(?:了|出)?\s*(?:约|約|近|超过|超過)?\s*$|(?:高出|多出|超出|领先|領先|落后|落後|相差|只差|仅差|僅差|还差|還差|差距|差值|分差)[^，,。；;]{0,16}?(?:整整|足足)?了?\s*(?:约|約|近|超过|超過)?\s*$/;
/** The figure is what a multiple is taken of (是72B的五倍, 为上代的3倍). */
const BASE_OF_MULTIPLE_AFTER = /^的?(?:[一二两三四五六七八九十百千\d.]+|几|數|数)倍/;
/** A version or a size named right after a figure (参数量为70亿的版本, 80亿参数的型号, 参数规模达120亿的新版本). */
// (and a variant labelled by its size, 32K版输入0.8元, or sizes counted as versions, 32K与256K两个版本)
const VERSION_AFTER = /^(?:参数)?的?(?:[两二三四五几多]个|[两二三四五几多]种)?(?:端侧|端側|云端|雲端|旧|舊|老|早期)?(?:版本|型号|尺寸|规格|小模型|模型版本|新版本|新模型|新一代|下一代)|^\s?版(?![权權号號])/;

/** 此前 and its like before a verb of saying or getting (此前有媒体报道称, 此前对外宣称的, 此前从渠道获取的): when a thing was said. */
export const REPORTED_EARLIER = /(?:此前|之前|早前|先前)[^，,。；;]{0,8}?(?:报道|報導|报导|宣称|宣稱|声称|聲稱|称|稱|披露|公布|透露|表示|对外|對外|获取|獲取|获得|獲得)/;
const EARLIER_FACETS = ['此前', '之前', '原先', '早前'];

/** Hearsay opening a sentence: what others wrote or say (有篇稿子说, 有媒体称, 网传, 某公众号写). */
const HEARSAY = /(?:有篇|有一篇|有的|有些|不少|某些?|一些)(?:稿子|文章|报道|報導|媒体|媒體|公众号|公眾號|自媒体|自媒體|博主|帖子)[^，,。；;]{0,6}?(?:说|說|称|稱|写|寫|讲|講)|网传|網傳|传闻|傳聞|有人说|有人說|坊间|坊間/;
/** A refutation in the next sentence (这是把…安到了…头上, 是错的, 并不准确). */
const REFUTED = /安到|安在|张冠李戴|張冠李戴|搞混|混淆|搞错|搞錯|写错|寫錯|弄错|弄錯|是错的|是錯的|不准确|不準確|并不准确|並不準確|不对|不對|有误|有誤|错误|錯誤|谣言|謠言/;
/** A next sentence that says its figures do not contradict what came before (这和上面的估算并不矛盾, 两者并不冲突). */
const RECONCILED_NEXT = /^\s*(?:这|這|此|两者|兩者|二者|两个数字|兩個數字)[^。！？!?\n]{0,16}?(?:并不|並不|并无|並無|没有|沒有|不)(?:矛盾|冲突|衝突)/;
/** Whether the figure stands in quotes after hearsay that the next sentence refutes. */
function refutedHearsay(text: string, sentence: Range, at: number): boolean {
  const before = text.slice(sentence.start, at);
  if (!HEARSAY.test(before)) return false;
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('「'), before.lastIndexOf('"'));
  if (open < 0 || /[”」]/.test(before.slice(open + 1))) return false;
  const next = text.slice(sentence.end, Math.min(text.length, sentence.end + 60)).split(/[。！？!?\n]/)[0];
  return REFUTED.test(next) || REFUTED.test(text.slice(at, sentence.end));
}

/** Words that say two values disagree, not after a negation (并不矛盾): they are not variants of one thing. */
export const DISAGREEMENT = /(?<!不|没有|沒有|无|無)(?:不一致|出入(?!境|口)|落差|不符|矛盾)|而非|[并並]非/;

/**
 * The time a sentence that follows a semicolon takes from the clauses before it (本季度营收5.82亿元；净利润为1.86亿元),
 * or one that opens with 其中 from the sentence it breaks down (4月合计月活3.86亿。其中，豆包以1.27亿月活…), as a time
 * said where the sentence starts.
 */
function timesBeforeSemicolon(text: string, list: readonly Range[], index: number): Array<{ start: number; end: number; time: string }> {
  const at = (time: string) => [{ start: list[index].start, end: list[index].start, time }];
  for (let i = index - 1; i >= 0 && index - i <= 3 && /[；;]\s*$/.test(text.slice(list[i].start, list[i + 1].start)); i--) {
    const last = timesOf(text, list[i]).at(-1);
    if (last) return at(last.time);
  }
  if (index > 0 && PART_SENTENCE.test(text.slice(list[index].start, list[index].start + 6))) {
    const last = timesOf(text, list[index - 1]).at(-1);
    if (last) return at(last.time);
  }
  return [];
}

function markVariants(claims: Claim[], figures: readonly FigureCandidate[], isPart: (f: FigureCandidate) => boolean): void {
  const seen = new Map<string, number>();
  claims.forEach((c, j) => {
    if (!c.subjectId || !COMPARABLE_ATTRIBUTES.has(comparedAttribute(c)!) || c.nonClaim) return;
    if (isPart(figures[j])) { c.facet = withFacet(c.facet, 'part'); return; }
    const key = `${c.subjectId}\u0000${c.attribute}\u0000${c.facet ?? ''}\u0000${c.scope ?? ''}`;
    const first = seen.get(key);
    if (first === undefined) { seen.set(key, j); return; }
    if (figures[first].value === figures[j].value) return;
    for (const x of [claims[first], c]) if (!x.facet?.endsWith('variants')) x.facet = withFacet(x.facet, 'variants');
  });
}

/** The short periods of a speed (per second, minute, hour; a rate's unit is written simplified). */
const SHORT_PERIOD = /^(?:秒|秒钟|s|分钟|min|小时|h)$/i;
/** Units that count things done (个, 张, 件, 次, 条, 页): not money, time or size (nor frames: a frame rate is a video's). */
const COUNTED_THINGS = /^(?:个|张|件|次|条|页|份|单|台|片|通|篇|幅|段)?$/;

/** What a sum saved follows in its clause (节省约, 一年节省人工成本, 减少的停产损失超过). */
const SAVED_BEFORE = /(?:节省|節省|节约|節約|省下|省掉|慳)(?:了|下|下来|下來)?(?:人工|人力|运营|運營|运维|運維)?(?:成本|开支|開支|费用|費用|支出)?(?:约|約|近|超过|超過|逾|达|達|高达|高達)?\s*$|(?:减少|減少)的?(?:停产|停產|经济|經濟)?(?:损失|損失)(?:约|約|近|超过|超過|逾|达|達)?\s*$/;
/** A bid won (中标, 成交, 得標), right after its sum (and a bracketed copy of it in figures: （¥6,975,432.50）). */
const WON_WITH_AFTER = /^\s*(?:[（(][^）)]{0,24}[)）])?\s*(?:的价格|的價格|的报价|的報價)?\s*(?:中标|中標|成交|得標|得标|胜出|勝出)/;

/** A count of floating-point operations too large for any machine's speed per second: an amount spent (10^21). */
const SPENT_FLOPS = 1e21;
/** 按 … a price 的 right before a percentage (按输入单价的, 按实时调用价格的 **). */
const BILLED_AT_SHARE_BEFORE = /(?:按|按照|以)[^，,。；;]{0,16}?(?:价|價|价格|價格)的\s*(?:\*\*)?\s*$/;
/** What is billed right after it (计费, 收费, 结算). */
const BILLED_AFTER = /^\s*(?:\*\*)?\s*(?:计费|計費|收费|收費|结算|結算|计价|計價)/;
/**
 * What the way a figure is written decides whatever the words around it: a discount (打五折, 八折, 半价) is the price
 * it sells at, said as a share of the full one (a price, never comparable without a denominator; a cut, 降价40%, is a
 * change of a price, a speedup); an amount per share (每股4.5港元: a dividend, earnings) is no price of anything.
 */
function fixedByForm(text: string, f: FigureCandidate, d: AttributeDecision): AttributeDecision | undefined {
  // earnings per share are income (revenue, per one share); any other amount per share is not
  if (f.per?.unit === '股') return d.attribute === 'revenue' && d.cue ? undefined : { attribute: 'other', rule: 'per share' };
  if (text.charCodeAt(f.end - 1) === 0x6298 /* 折 */ && f.unit === '%') return { attribute: 'price', rule: 'discount 折' };
  // 按输入单价的40%计费, 按标准价的50%收费: billed at a share of a price is a discount as 五折 is
  if (f.unit === '%' && BILLED_AT_SHARE_BEFORE.test(text.slice(Math.max(0, f.start - 24), f.start)) && BILLED_AFTER.test(text.slice(f.end, f.end + 6))) return { attribute: 'price', rule: 'discount 按…价的' };
  if (f.unit === '%' && /^半[价價]$/.test(text.slice(f.start, f.end))) return { attribute: 'price', rule: 'discount 半价' };
  // 以697.5万元中标, 以1,168.8萬元得標: the sum a bid won with is its price, whatever the budget said before it
  // 合计节省约1,400万元, 每年减少的停产损失超过1500万元: a sum saved or a loss avoided is no price of anything
  if (isCurrency(f.unit) && SAVED_BEFORE.test(text.slice(Math.max(0, f.start - 14), f.start))) return { attribute: 'other', rule: 'saved 节省' };
  // (and its copy in brackets: 以陆佰玖拾柒万…元伍角（¥6,975,432.50）中标)
  if (WON_WITH_AFTER.test(text.slice(f.end, f.end + 36)) && /以\s*(?:人民币|人民幣|新台币|新台幣)?\s*(?:约|約)?\s*$|以[^，,。；;（(]{1,30}[（(]\s*$/.test(text.slice(Math.max(0, f.start - 40), f.start))) return { attribute: 'price', rule: 'winning bid 以…中标' };
  // 超过六成的用户来自北美: a share of the users
  if (f.unit === '%' && /^的(?:付费)?用户/.test(text.slice(f.end, f.end + 5))) return { attribute: 'users', rule: 'share of users' };
  // 知识（30%）、推理（40%）…加权得到: a part's weight in a composite, in brackets after the part, is no one's score
  if (f.unit === '%' && /[（(]\s*$/.test(text.slice(Math.max(0, f.start - 2), f.start)) && WEIGHTED_AFTER.test(text.slice(f.end, f.end + 30))) return { attribute: 'other', rule: 'weight 加权' };
  // 月活跃用户超过5亿的企业需另行申请授权: a licence's threshold, no count of anyone's users
  if (d.attribute === 'users' && LICENCE_AFTER.test(text.slice(f.end, f.end + 40))) return { attribute: 'other', rule: 'licence threshold' };
  // 0.38分/张, 5分/次: fen per thing is a price (a score is per no thing)
  if (f.unit === '分' && f.per && !SHORT_PERIOD.test(f.per.unit) && (!d.cue || d.rule?.startsWith('unit '))) return { attribute: 'price', rule: 'fen per thing' };
  // 每分钟六十个, 每分钟600次, 每秒处理200张: things done in a second, a minute or an hour are a speed, when no word says
  // what is counted (每天6万张工单 is a day's volume; 每小时调用5万次 its users' calls)
  if (f.per && f.per.value === 1 && SHORT_PERIOD.test(f.per.unit) && COUNTED_THINGS.test(f.unit) && (d.attribute === 'other' || d.attribute === 'count') && (!d.cue || d.rule?.startsWith('unit '))) return { attribute: 'throughput', rule: 'things per time' };
  // 320亿激活参数, 4560亿总参数: the unit says which count of parameters
  if (f.unit === '参数') {
    const written = /(激活|活跃|总)参数量?$/.exec(text.slice(f.start, f.end));
    if (written) return { attribute: written[1] === '总' ? 'parameters' : 'activated_parameters', rule: `unit ${written[0]}` };
  }
  // 国行要7万出头, 卖到1.3万块: an amount asked or sold for, no word of price around it, is a price
  if (d.attribute === 'other' && !d.cue && !f.per && isCurrency(f.unit) && ASKED_BEFORE.test(text.slice(Math.max(0, f.start - 8), f.start))) return { attribute: 'price', rule: 'asked 要' };
  // 3.8×10^25 FLOPs is no machine's speed (the largest clusters reach some 10^19 FLOPS): the compute a training run spent
  if (f.unit === 'FLOPS' && f.value >= SPENT_FLOPS && !f.per && (d.attribute === 'compute' || d.attribute === 'other')) return { attribute: 'training_compute', rule: 'amount of FLOPs' };
  // 2.2亿tokens is no context window (the longest hold some millions): an amount of text used or processed
  if (d.attribute === 'context_length' && f.value > LONGEST_WINDOW) return { attribute: 'other', rule: 'beyond any window' };
  // 多预测一个token: too few tokens to train any model on
  if (d.attribute === 'training_tokens' && f.value < FEWEST_TRAINING_TOKENS) return { attribute: 'other', rule: 'too few to train on' };
  // 翻了一番 is a business growing (收入翻了一番), unless a measure of performance is named (速度翻了一番)
  if (text.charCodeAt(f.start) === 0x7ffb /* 翻 */ && !PERFORMANCE_BEFORE.test(text.slice(Math.max(0, f.start - 8), f.start))) return { attribute: 'growth', rule: 'doubled 翻番' };
  return undefined;
}
/** A report on an industry or a market published right after a name (发布《生成式人工智能产业发展报告》, 在京发布的《…市场调查》), or credited to it (中经数智研究院 ｜ 《…白皮书》节选). */
export const PUBLISHES_REPORT = /^[^，,。；;！？!?\n]{0,30}?(?:发布|發布|公布|披露|发表|發表)(?:的|了)?\s*《[^》\n]{0,40}?(?:产业|產業|行业|行業|市场|市場|发展|發展|趋势|趨勢|指数|指數|调查|調查|调研|調研|蓝皮书|藍皮書|洞察)|^\s*[|｜·•]\s*《[^》\n]{0,40}?(?:白皮书|白皮書|蓝皮书|藍皮書|报告|報告|研究|指数|指數)/;
/** A verb of asking or selling for right before an amount (要, 卖到, 才卖), an estimate's word between (大概, 约). */
const ASKED_BEFORE = /(?:[^需只主重想必还還]要|卖到?|賣到?|售价?|才卖|才賣|只卖|只賣)\s*(?:大概|大约|大約|约|約|差不多)?\s*$/;
/** More tokens or characters than any model's context window holds (the longest hold about ten million). */
const LONGEST_WINDOW = 1e7;
/** Fewer tokens than any model is trained on. */
const FEWEST_TRAINING_TOKENS = 1e6;
/** A composite made of weighted parts, said after their weights (…三个子项加权得到, 按权重汇总). */
const WEIGHTED_AFTER = /^\s*[)）][^。；;！!？?]{0,28}?(?:加权|加權|权重|權重)/;
/** What a licence asks of a user above a threshold (…的企业需要另行申请授权, …，则需另行获得许可). */
const LICENCE_AFTER = /^[^。；;！!？?]{0,20}?(?:需|须|須|必须|必須)[^。；;！!？?]{0,16}?(?:授权|授權|许可|許可)/;
/** Whether a chip's name follows a count of cards (1.2万张昇腾910C, 2048块 H800). */
function countedChip(text: string, f: FigureCandidate, names: readonly EntityCandidate[], hardware: (id: string) => boolean): boolean {
  const nameAt = (at: number) => names.find((e) => e.start === at + (text[at] === ' ' ? 1 : 0) && !!e.entityId);
  const first = nameAt(f.end);
  if (!first) return false;
  if (hardware(first.entityId!)) return true;
  // its maker's name between (1.6万颗英伟达H100)
  const chip = first.kind === 'vendor' ? nameAt(first.end) : undefined;
  return !!chip && hardware(chip.entityId!);
}
/** The name right before the bracket a figure is written in alone (豆包（8100万）), if any. */
function nameBeforeBracket(text: string, f: FigureCandidate, names: readonly EntityCandidate[]): EntityCandidate | undefined {
  // (the bracket may hold several measures, each with its words: DeepSeek-V2-Lite(总参数157亿,激活24亿))
  const after = BRACKET_REST.exec(text.slice(f.end, f.end + BRACKET_REACH));
  if (!after) return undefined;
  const open = Math.max(text.lastIndexOf('（', f.start), text.lastIndexOf('(', f.start));
  // (a word or two naming what it measures may stand first: Lucid-MoE-1（总参数1450亿）)
  if (open < 0 || f.start - open > BRACKET_REACH || !BRACKET_LEAD.test(text.slice(open + 1, f.start))) return undefined;
  const close = f.end + after[0].length;
  // (a bracket that names something of its own speaks of that: X（与Y相比提升30%）)
  const inside = firstNameFrom(names, open + 1);
  if (inside < names.length && names[inside].start < close) return undefined;
  return names.find((e) => e.end <= open && WHOLE_EDITION_BETWEEN.test(text.slice(e.end, open)) && !!e.entityId);
}
/** Nothing, or a word for the whole model itself, between a name and its bracket (DeepSeek-R1满血版（671B）). */
const WHOLE_EDITION_BETWEEN = /^\s*(?:满血版|滿血版|完整版|正式版|官方版)?\s*$/;
/** How far a bracket's measures reach on either side of a figure in it. */
const BRACKET_REACH = 40;
/** The rest of a bracket after a figure: more measures, then its close. */
const BRACKET_REST = /^[^()（）\n。；;]{0,40}?[)）]/;
/** The part of a bracket before a figure: words, or earlier measures and their separators. */
const BRACKET_LEAD = /^[^()（）\n。；;]{0,40}$/;

/** The first of the names (sorted by start) that starts at or after `pos`. */
function firstNameFrom(names: readonly EntityCandidate[], pos: number): number {
  let lo = 0, hi = names.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (names[mid].start < pos) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Whether a name of `names` (sorted by start, none longer than `longest`) covers the character at `at`. */
function withinName(names: readonly EntityCandidate[], at: number, longest: number): boolean {
  for (let k = firstNameFrom(names, at - longest + 1); k < names.length && names[k].start <= at; k++) if (at < names[k].end) return true;
  return false;
}

/** The name that opens the clause of `at` (，Kimi可一次性读入…), if one does. `names` are sorted by start. */
function opensWithName(text: string, at: number, names: readonly EntityCandidate[]): EntityCandidate | undefined {
  const clause = clauseStartBefore(text, at);
  const lead = /^\s*(?:而|但|则|另外|此外|同时)?\s*/.exec(text.slice(clause, at))![0].length;
  let k = firstNameFrom(names, clause + lead);
  const name = names[k];
  if (!name || name.start !== clause + lead || name.end > at || !name.entityId) return undefined;
  // 三星约占40%，美光不到10%; 百度智能云、阿里云分别占19.2%和18.8%: names and a copula only are the next items of a
  // list of the same measure
  let between = '';
  let from = name.end;
  for (k++; k < names.length && names[k].start < at; k++) if (names[k].start >= from && names[k].end <= at) { between += text.slice(from, names[k].start); from = names[k].end; }
  between += text.slice(from, at);
  // (the items' values before this one too: 分别占19.2%和18.8%)
  return LIST_ITEM_LEAD.test(between.replace(LISTED_VALUE, '')) ? undefined : name;
}
const LISTED_VALUE = /[\d.,]+\s*[%％]?\s*[、,，和与及]\s*/g;
/** A mark that ends a clause. */
const CLAUSE_BREAK = /[，,；;。！？!?：:\n]/;
/** What may stand between a list item's names and its value (约占, 则为, 不到, 、…分别占). */
const LIST_ITEM_LEAD = /^\s*(?:[、,，和与及]\s*)*(?:的)?(?:则|也|亦|还|仅|只|分别)?(?:约|大约|大概)?(?:占|为|是|达|有|在)?(?:约|近|超过|不到|不足|逾)?\s*$/;
/** A cue word in an earlier clause that names another thing than `opener` (not a benchmark, which any clause may name). */
function spokenOfOther(text: string, hit: CueHit, opener: EntityCandidate, names: readonly EntityCandidate[]): boolean {
  if (hit.end > opener.start || hit.entry.benchmark) return false;
  const from = clauseStartBefore(text, hit.start);
  for (let k = firstNameFrom(names, from); k < names.length && names[k].start < opener.start; k++) {
    const e = names[k];
    if (e.end <= opener.start && !!e.entityId && e.entityId !== opener.entityId && !(e.start === hit.start && e.end === hit.end)) return true;
  }
  return false;
}
/** A word that says only that a figure is a share (占比, 比重). */
const SHARE_WORD = /^(?:占比|佔比|比重)$/;
/** A market's total counted earlier in the sentence, then 其中 (or the total and 中) before the name whose share follows (调用量…，其中X占比; 调用量中，X占比). */
const MARKET_TOTAL_BEFORE = /(?:调用量|調用量|出货量|出貨量|销量|銷量|市场规模|市場規模|装机量|裝機量)(?:[^。！？!?]*(?:其中|當中|当中)|中[，,])\s*$/;
/** What follows a length that is a test's condition: 128K输入的首token时间, 32K文本下的吞吐, 长度为8K时的延迟. */
// (and a length a test is run at: 在Fiction.LiveBench的120K长度测试中)
const TEST_CONDITION_AFTER = /^\s*(?:tokens?)?\s*(?:的)?\s*(?:(?:输入|輸入|文本|上下文|长度|長度|场景|場景)?\s*(?:的|下的?|时的?|時的?)\s*(?:首token|首 token|首字|首包|响应|響應|延迟|延遲|耗时|耗時|吞吐|速度|生成速度|时间|時間)|(?:长度|長度|上下文|文本)\s*(?:的)?\s*(?:测试|測試|评测|評測|测评|測評|档位|檔位))/;
/** A post's counts right before a number (赞 2.1万, 评论：203, 转发 56): the page's furniture. */
const ENGAGEMENT_BEFORE = /(?:^|[\s｜|·,，])(?:赞|讚|点赞|點讚|评论|評論|转发|轉發|收藏|阅读|閱讀|浏览|瀏覽|回复|回覆|分享|在看|赞同|贊同|喜欢|喜歡)\s*[:：]?\s*$/;
/** A clause that tells of cards owned or built, not used: 拥有, 部署, 建成. */
const OWNED_CARDS = /拥有|擁有|部署|建成|建设|建設|配备|配備|囤积|囤積|跨到|扩展到|擴展到|扩容至|擴容至/;
/** A sentence about training a model (the cards counted in it trained it). */
// (and cards a model ran on for days: 1,024 张 H800 跑了 46 天)
/** Training named by a word (not by a machine that ran for so long: 连续跑了46天). */
const TRAINING_WORD = /训练|训出|微调|强化学习|后训练|对齐阶段|RLHF|SFT/;
/** Records a body of training data is counted in, right after their count (份病历, 篇文献, 条问答对, 万对图文对). */
const DATA_ITEMS_AFTER = /^[^，,。；;、]{0,8}?(?:病历|病歷|文献|文獻|论文|論文|问答对|問答對|图文对|圖文對|样本|樣本|语料|語料|对话|對話|指令|标注数据|標註數據|图片|圖片|图像|圖像|视频|視頻|音频|音頻|代码|代碼|网页|網頁|书籍|書籍)/;
const TRAINED_ON = new RegExp(`${TRAINING_WORD.source}|跑了\\s*[\\d一二三四五六七八九十两]+\\s*(?:天|周|个月)`);
/** A duration that is no training's: a time since or until an event (上线3个月后, 两年前, 半年以来). */
const NOT_A_RUN_AFTER = /^\s*(?:后|後|前|以来|以來|之后|之後|以后|以後|之前|以前|内|內|里|裡|之内|之內|时|時)/;
/** What a share of an offering costs or the entry to it, right before the amount (招股價介乎, 最高發售價：每股H股, 入場費約). */
const OFFER_PRICE_BEFORE = /(?:招股价|招股價|发售价|發售價|发行价|發行價|配售价|配售價|认购价|認購價|入场费|入場費|收市价|收市價|收盘价|收盤價|行使价|行使價|净价|淨價|回购价|回購價|(?<![所可难難予加足用得])以)(?:范围|範圍|上限|下限|中位数|中位數|介乎|为|為|约|約|达|達|[：:\s]|每股|[HA]股|预期将不高于|預期將不高於|不高于|不高於)*$/;
/** A body of data a share may be of (语料, 训练数据, tokens). */
const DATA_BODY = /语料|語料|训练数据|訓練數據|预训练数据|數據集|数据集|tokens|token|Tokens|Token/;
/** What a share of an amount is spent on, after it and its sum in brackets (（即約8.82億港元）用於, 将用于). */
const SHARE_SPENT_AFTER = /^\s*(?:[（(][^（）()]{0,24}[）)])?\s*(?:将|將|拟|擬|会|會)?\s*(?:用于|用於|用作|拨作|撥作)/;
/** The weights of a score's parts, before the list of them (权重分别为, 權重為, 按…加权). */
const WEIGHTS_BEFORE = /权重|權重|加权比例|加權比例/;
/** The last Markdown heading line before `pos` (## 二、分岗位薪酬水平（单位：万元/年）), or ''. */
function markdownHeadingBefore(text: string, pos: number): string {
  const at = text.lastIndexOf('\n#', pos);
  const start = at < 0 ? (text.startsWith('#') ? 0 : -1) : at + 1;
  if (start < 0) return '';
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 || end > pos ? pos : end);
}
/** A sum in 万 as forums write it, a lower-case w after the number (1.35w, 2.5w+). */
const WAN_WRITTEN_W = /\d\s*w(?![A-Za-z])/;
/** What says a sum is a budget, a cap one spends within (预算2w以内, 总价控制在1.5w以内, 老板批了2w). */
const BUDGET_BEFORE = /预算|預算|总价|總價|控制在|批了|经费|經費|总预算|總預算/;
/** Those a survey asked, right before their count (调研的, 受访, 问卷覆盖, 抽样调查了). */
const SURVEYED_BEFORE = /(?:调研|調研|调查|調查|访谈|訪談|走访|走訪|问卷|問卷|抽样|抽樣|受访|受訪|采访|採訪)(?:了|的|过|過|覆盖|覆蓋|对象|對象)?\s*(?:约|約|近|超过|超過)?\s*$/;
/** A run-in head: a few words alone before a full stop or a colon at a paragraph's start (预训练数据。, 训练配置：). */
const RUN_IN_HEAD = /^\s*[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z ]{1,9}[。：:]\s*$/;
/** A countdown, what is left of a time (离发布日期只剩9天, 还剩两周): no run's length. */
const COUNTDOWN_BEFORE = /(?:剩|剩下|剩余|剩餘|倒计时|倒數|倒数)\s*(?:不到|约|約|仅|僅)?\s*$/;
/** Where a maker reports its own score: its technical report, paper, model card, announcement (the text is simplified here). */
const MAKER_REPORTED = /(官方|技术报告|论文|模型卡|自称|宣称|自测)[^，,。；;]{0,24}$/;
/** A measure of performance right before a change (速度翻了一番, 性能提升): a speedup, not a business growing. */
const PERFORMANCE_BEFORE = /(速度|性能|效率|吞吐量?|能效|算力|带宽)[^，,。；;]{0,3}$/;
/** What joins the items of a list of figures. */
const LIST_JOIN = /^\s*(、|或|和|与|及|以及|,|，)\s*$/;
/** Investment received by a company: 获得微软投资, 向OpenAI投资, 对Anthropic追加40亿美元投资. */
const INVESTED_IN = /(获得|获|得到|接受|引入)[^，,。；;]{0,30}(投资|注资)|向[^，,。；;]{1,20}(投资|注资)|对[^，,。；;]{1,20}追加[^，,。；;]{0,12}(投资|注资)/;

/** Where the sentence's first 分别 (分別 in traditional script) stands, or -1. */
function respectivelyAt(text: string, sentence: Range): number {
  const i = text.slice(sentence.start, sentence.end).search(/分[别別]/);
  return i < 0 ? -1 : sentence.start + i;
}

function cuesRespectively(text: string, sentence: Range, hits: readonly CueHit[], figures: readonly FigureCandidate[]): Array<CueHit | undefined> | undefined {
  const at = respectivelyAt(text, sentence);
  if (at < 0) return undefined;
  // the names of quantities listed right before 分别 (总参数和激活参数), joined by 和/、/与/及
  const named: CueHit[] = [];
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i];
    if (h.end > at || h.entry.verb || h.entry.benchmark || !h.entry.groups.length) continue;
    const gap = text.slice(h.end, named.length ? named[0].start : at);
    if (named.length ? !/^\s*(和|、|与|及|以及|,|，)\s*$/.test(gap) : !/^[^，,。；;]{0,6}$/.test(gap)) break;
    named.unshift(h);
  }
  const after = respectiveValues(text, sentence, at, figures, named.length);
  if (named.length < 2 || named.length !== after.length) return undefined;
  return figures.map((f) => (f.start >= at ? named[after.indexOf(f)] : undefined));
}

/**
 * The values that the names listed before 分别 (at `at`) go with: those of 分别's own clause when it holds as many,
 * else all after it (a later clause may list other values: 较上一代分别提升6.2、4.8和21.5个百分点).
 */
function respectiveValues(text: string, sentence: Range, at: number, figures: readonly FigureCandidate[], count: number): FigureCandidate[] {
  const clauseEnd = text.slice(at, sentence.end).search(/[，,；;]/);
  const inClause = clauseEnd < 0 ? [] : figures.filter((f) => f.start >= at && f.end <= at + clauseEnd);
  return inClause.length === count ? inClause : figures.filter((f) => f.start >= at);
}

function benchmarksRespectively(text: string, sentence: Range, hits: readonly CueHit[], figures: readonly FigureCandidate[]): Range[] | undefined {
  const at = respectivelyAt(text, sentence);
  if (at < 0) return undefined;
  const named = hits.filter((h) => h.entry.benchmark && h.end <= at);
  const after = respectiveValues(text, sentence, at, figures, named.length);
  if (named.length < 2 || named.length !== after.length) return undefined;
  return figures.map((f) => (f.start >= at ? named[after.indexOf(f)] : undefined)) as Range[];
}

/** Whether each figure stands in a table row: its line has pipes, or three columns aligned with spaces or tabs. */
function tableRowFigures(text: string, figures: readonly FigureCandidate[]): Uint8Array {
  const out = new Uint8Array(figures.length);
  // (the characters first: most paragraphs have no pipe and no gap, and are not scanned by the pattern)
  const piped = text.includes('|') || text.includes('｜');
  if (!piped && !((text.includes('  ') || text.includes('\t') || text.includes('\u3000')) && /\S(?:\t| {2,}|\u3000)\S/.test(text))) return out;
  let lineStart = -1, lineEnd = -1, row = false, pipedLine = false;
  figures.forEach((f, k) => {
    if (f.start >= lineEnd || f.start < lineStart) {
      lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
      lineEnd = text.indexOf('\n', f.start);
      if (lineEnd < 0) lineEnd = text.length;
      const line = text.slice(lineStart, lineEnd);
      const pipes = line.match(/[|｜]/g)?.length ?? 0;
      row = pipes >= 2 || ALIGNED_ROW.test(line);
      pipedLine = pipes > 0;
    }
    // (a sentence between an aligned line's gaps is prose beside a page's buttons, no cell: 包月购买享8.5折。    [立即购买])
    if (row && (pipedLine || !inSentenceCell(text.slice(lineStart, lineEnd), f.start - lineStart, f.end - lineStart))) out[k] = 1;
  });
  return out;
}

const ALIGNED_ROW = /\S(?:\t| {2,}|\u3000)\S.*(?:\t| {2,}|\u3000)\S/;

/** A field that is a funding round (| B轮 |, ｜Pre-A輪｜, |天使轮|). */
// (or a round named without its letter: | 战略融资 |, | 新一轮 |)
const ROUND_FIELD = new RegExp(`(?:^|[|｜])\\s*((?:${FUNDING_ROUND}|新一[轮輪]|(?:战略|戰略)(?=融资|融資))(?:融资|融資)?)\\s*(?:[|｜]|$)`);
/** Whether a name at `at` stands in brackets (opened after `from`) that say what a thing holds or runs: （含X）, （基于X）. */
export function heldInBrackets(text: string, from: number, at: number): boolean {
  const open = openBracketBefore(text, from, at);
  return open >= 0 && HELD_OPENING.test(text.slice(open + 1, at));
}
/** Where the bracket still open at `at` opened (after `from`), or -1. */
export function openBracketBefore(text: string, from: number, at: number): number {
  const before = text.slice(from, at);
  const open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
  return open >= 0 && !/[)）]/.test(before.slice(open)) ? from + open : -1;
}
// (每台含8张昇腾910B: so many to each)
const HELD_OPENING = /^\s*(?:(?:每台|每臺|每套|每节点|每節點|每机|每機|单台|單台|单机|單機)\s*)?(?:含|包含|包括|内含|內含|基于|基於|搭载|搭載|适配|適配|支持|部署|配备|配備|配置)/;

/** A table row's figure: its unit's attribute, the first name in its row, to be read again from the headers. */
function rowClaim(text: string, sentence: Range, f: FigureCandidate, entities: readonly EntityCandidate[], cues: CueIndex, source: Range | undefined): Claim {
  // (what the way it is written decides holds in a row too: | 限时8折 | is a discount)
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  let lineEnd = text.indexOf('\n', f.end);
  if (lineEnd < 0) lineEnd = text.length;
  // (a cell that labels its own figure, | C-Eval:89.2 | or ｜价格：2元｜, says what it is, as a sentence would)
  const cell = cellAround(text, lineStart, lineEnd, f);
  const labelled = CELL_LABEL.test(text.slice(cell.start, f.start)) ? cues.decide(text, cell, cues.hits(text, cell.start, cell.end), f, () => false) : undefined;
  const unitOnly = labelled?.cue ? labelled : cues.decide(text, sentence, [], f, () => false);
  const a = fixedByForm(text, f, unitOnly) ?? unitOnly;
  // (not the thing the figure counts, written right after it: | 训练硬件 | 2048张H800 |)
  // (nor a name in brackets that says what the row's thing holds: | 推理一体机（含DeepSeek-R1满血版部署） |)
  const inLine = entities.filter((e) => e.start >= lineStart && e.end <= lineEnd && e.entityId && !(e.start >= f.end && e.start <= f.end + 1) && !heldInBrackets(text, lineStart, e.start));
  let named = inLine.find((e) => !e.tentative);
  // (豆包（字节跳动）: a name the document has yet to confirm, with its maker in brackets after it, is the row's; the
  // document drops it again if it is no name)
  const first = inLine[0];
  if (first?.tentative && named && named.start >= first.end && /^\s*[（(]\s*$/.test(text.slice(first.end, named.start))) named = first;
  // (a cell that names its own thing before its figure is that thing's: Kimi 19.4s｜豆包 26.1s｜千问 31.0s)
  const own = cell.start > lineStart ? inLine.filter((e) => e.start >= cell.start && e.end <= f.start).at(-1) : undefined;
  if (own) named = own;
  const claim: Claim = { attribute: a.attribute, subjectWhy: named ? 'table row' : 'topic', attributeRule: a.rule };
  if (a.cue) claim.attributeCue = a.cue;
  if (a.benchmark) claim.benchmark = a.benchmark;
  // an amount in a row that names a funding round (| 穹顶机器人 | B轮 | 近10亿元 |, Anthropic|G轮|300亿美元) is the round's
  const round = a.attribute === 'other' && cues.unitClass(f.unit) === 'money' ? ROUND_FIELD.exec(text.slice(lineStart, lineEnd)) : null;
  if (round) {
    claim.attribute = 'funding';
    claim.attributeRule = `table row ${round[1]}`;
  }
  if (named) claim.subjectId = named.entityId;
  else claim.pending = { kind: 'topic' };
  if (source) claim.source = source;
  return claim;
}

/** The cell of a bar-separated line the figure stands in (the whole line when no bar parts it). */
function cellAround(text: string, lineStart: number, lineEnd: number, f: Range): Range {
  let start = f.start;
  while (start > lineStart && text[start - 1] !== '|' && text[start - 1] !== '｜') start--;
  let end = f.end;
  while (end < lineEnd && text[end] !== '|' && text[end] !== '｜') end++;
  return { start, end };
}
/**
 * A label before the figure in its own cell, which says what it is as a sentence would: its colon (| C-Eval:89.2 |,
 * ｜价格：2元｜), or its words right before it (｜ 累计下载 12亿+ ｜, the space dropped by the normaliser; ｜ MMLU-Pro 74.2 ｜).
 */
const CELL_LABEL = /\S\s*[:：]\s*$|[\u4e00-\u9fff][ \t\u3000]*$|[A-Za-z][A-Za-z0-9@.\-]*[ \t\u3000]+$/;

function isSorted(list: readonly { start: number }[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i].start < list[i - 1].start) return false;
  return true;
}

/** How far from a figure a cue word is looked for (a little more than the farthest one that can win). */
const CUE_REACH_BEFORE = 64;
const CUE_REACH_AFTER = 40;

/** Longer than this, a "sentence" is a run of lines without punctuation (a page footer, a list): read it in pieces. */
const LONGEST_SENTENCE = 400;

/** Sentences, with runs longer than LONGEST_SENTENCE cut at line breaks or clause marks. */
function boundedSentences(text: string): Range[] {
  const out: Range[] = [];
  for (const s of sentences(text)) {
    let start = s.start;
    while (s.end - start > LONGEST_SENTENCE) {
      const window = text.slice(start, start + LONGEST_SENTENCE);
      const cut = Math.max(window.lastIndexOf('\n'), window.search(/[,，;；:：][^,，;；:：]*$/));
      const end = cut > 0 ? start + cut + 1 : start + LONGEST_SENTENCE;
      out.push({ start, end });
      start = end;
    }
    out.push({ start, end: s.end });
  }
  return out;
}

/** A year, quarter or half, or a relative one (去年), the nearest before the figure in its sentence. */
const TIME = /(?<![A-Za-z0-9])((?:19|20)\d{2}|1[01]\d(?=\s*年(?!前|以前|之前|后|以后|之后|来|间|历史|的历史)))\s*(?:年|财年|財年|年度)\s*(?:(?:第)?([一二三四1-4])\s*(?:季度|财季|財季|季)|([上下])半年|(前三季度)|(全年)|(\d{1,2})\s*月(?!份额))?|(?<![A-Za-z0-9])((?:19|20)\d{2})\s*(?:Q|q)([1-4])|FY\s?((?:19|20)?\d{2})|(?<!前)(?:第(?=[一二三四1-4]\s*(?:财|財)?季)|(?=[一二三四]\s*季度))([一二三四1-4])\s*(?:财季|財季|季度?)|(?<![A-Za-z0-9])Q([1-4])(?![0-9])|(去年同期|上年同期|今年|去年|(?<![以之向往北南马馬])上一?年度?(?!级|級|薪|纪|紀)|明年|前年|全年度?|本季度|上季度|上半年|下半年|前三季度?|首季度?|前[两二三四五六七八九十\d]{1,2}月(?!份额)|(?<![\d.])\d{1,2}\s*[-–—~～至到]\s*\d{1,2}\s*月(?!份额)|上个月|上月|本月|当月|(?:[一两二三四五六七八九十\d]{1,2}|半)年(?:以|之)?前|(?:[一两二三四五六七八九十\d]{1,2})个月(?:以|之)?前|当时|當時)|(?<![\d.年])(\d{1,2})\s*月(?!份额|活|费|薪|度)|(?:上线|上線|发布|發布|推出|开放|開放)(?:后|後)?(?:不到|不足|仅|僅|才|短短|约|約)?\s*([一两二三四五六七八九十半\d]{1,3})\s*(个月|個月|天|周|週|年)/g;
/** Every time TIME reads has a digit before 年/季/月, a Q or FY, or one of these words. */
const TIME_HINT = /\d\s*(年|财年|財年|季|月)|[Qq][1-4]|FY|今年|全年|去年|上一?年|明年|前年|上年同期|半年|本季|上季|首季|前[两二三四五六七八九十\d]{1,2}月|[一二三四]\s*季度|第[一二三四1-4]\s*(?:财|財)?季|上个?月|本月|当月|年前|个月前|年以前|年之前|当时|當時|(?:上线|上線|发布|發布|推出|开放|開放)(?:后|後)?(?:不到|不足|仅|僅|才|短短|约|約)?\s*[一两二三四五六七八九十半\d]{1,3}\s*(?:个月|個月|天|周|週|年)/;
/** The round a story reports on, named without its letter. */
export const CURRENT_ROUND = /(新一轮|本轮|此轮|这一?轮|该轮|最新一轮)(?!.{0,4}(之前|以前|前的|此前))/;
export const CURRENT_ROUND_SCOPE = '本轮';
/** A lettered or named funding round (the document's own text is read too: 輪 as well as 轮). */
const ROUND = new RegExp(FUNDING_ROUND, 'gi');
/** The scope a round found by ROUND is written as: A轮, Pre-A轮, 种子轮. */
const roundScope = (m: RegExpMatchArray) => `${toSimplified(m[1].toUpperCase().replace('PRE', 'Pre'))}轮`;

/** The scope of the one funding round a text (a table row's cells) names, if it names exactly one. */
export function roundNamed(text: string): string | undefined {
  const rounds = new Set([...text.matchAll(ROUND)].map(roundScope));
  return rounds.size === 1 ? [...rounds][0] : undefined;
}

/** Whether every round a text names is this one (A轮融资…A轮投资方). */
export function onlyRoundNamed(text: string, round: string): boolean {
  ROUND.lastIndex = 0;
  for (let m; (m = ROUND.exec(text)); ) if (roundScope(m) !== round) return false;
  return true;
}
const QUARTER: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4' };

/**
 * The times listed before 分别 that go with the figures after it, in order (2023年、2024年、2025年分别实现收入A、B和C),
 * or, after 同期, the years the last such list named; and the years of a range that go with a list of as many figures
 * (2024-2026年营收分别为249.6/298.3/352.7亿元，对应EPS 0.18/0.39/0.59元: a forecast's years, one per value).
 */
function timesRespectively(text: string, sentence: Range, times: ReadonlyArray<{ start: number; end: number; time: string }>, figs: readonly FigureCandidate[],
  before: { sentence: number; times: string[] } | undefined): Array<string | undefined> | undefined {
  const at = respectivelyAt(text, sentence);
  const respectively = at >= 0;
  if (!respectively && !text.slice(sentence.start, sentence.end).includes('/')) return undefined;
  let out: Array<string | undefined> | undefined;
  // each list of figures joined by 、 和 及 与 (or by slashes)
  for (let first = 0; first < figs.length;) {
    let last = first;
    while (last + 1 < figs.length && LIST_SEPARATOR.test(text.slice(figs[last].end, figs[last + 1].start))) last++;
    const count = last - first + 1;
    // (three or more: two joined by a slash are a pair, 输入/输出 2/8元, no forecast's years)
    const slashed = count >= 3 && figs.slice(first, last).every((f, k) => /[/／]/.test(text.slice(f.end, figs[first + k + 1].start)));
    // (the first list after 分别 takes the run of times right before it)
    const afterRespectively = respectively && figs[first].start > at && (first === 0 || figs[first - 1].start < at);
    let years = count >= 2 && afterRespectively ? timesBefore(text, times, at, count, sentence, before) : undefined;
    if (!years && count >= 2 && (slashed || (respectively && figs[first].start > at))) years = rangeYears(text, sentence.start, figs[first].start, count);
    if (years) {
      out ??= new Array(figs.length).fill(undefined);
      for (let k = first; k <= last; k++) out[k] = years[k - first];
    }
    first = last + 1;
  }
  return out;
}

/** The run of times right before 分别 (joined as a list is), when they are as many as the figures; or, after 同期, the years before. */
function timesBefore(text: string, times: ReadonlyArray<{ start: number; end: number; time: string }>, at: number, count: number, sentence: Range,
  before: { sentence: number; times: string[] } | undefined): string[] | undefined {
  const run: string[] = [];
  for (let i = times.length - 1; i >= 0; i--) {
    if (times[i].end > at) continue;
    if (run.length ? !LIST_SEPARATOR.test(text.slice(times[i].end, times[i + 1].start)) : !leadsToRespectively(text.slice(times[i].end, at))) break;
    run.unshift(times[i].time);
  }
  return run.length === count ? run
    : !run.length && before?.times.length === count && /同期|同年/.test(text.slice(sentence.start, at)) ? before.times : undefined;
}

/**
 * What may stand between a list of times and its 分别: no break, or one short clause (截至2022年、2023年及2024年12月31日
 * 止年度，公司收入分別為: the years of a filing's table of three).
 */
function leadsToRespectively(between: string): boolean {
  if (!/[，,。；;]/.test(between)) return true;
  return between.length <= 14 && !/[。；;]/.test(between) && (between.match(/[，,]/g) ?? []).length === 1;
}

/** 2024-2026年, 2024—26E: the years of the last range of years before `to` in the sentence, when they are `count`. */
function rangeYears(text: string, from: number, to: number, count: number): string[] | undefined {
  let found: string[] | undefined;
  YEAR_RANGE.lastIndex = 0;
  const body = text.slice(from, to);
  for (let m; (m = YEAR_RANGE.exec(body)); ) {
    const a = Number(m[1]), b = Number(m[2].length === 2 ? m[1].slice(0, 2) + m[2] : m[2]);
    found = b - a + 1 === count ? Array.from({ length: count }, (_, k) => String(a + k)) : undefined;
  }
  return found;
}
const YEAR_RANGE = /(?<!\d)((?:19|20)\d{2})\s*[-–—~～至到]\s*((?:19|20)?\d{2})\s*(?:年|E|财年|財年)/g;
// (the next item may name its currency again: 人民幣5.12億元、人民幣8.37億元)
const LIST_SEPARATOR = /^\s*(、|,|，|和|及|与|與|以及|\/|／)\s*(?:人民币|人民幣|港币|港幣|新台币|新台幣)?\s*$/;

/** The times a sentence names, in order, each with where it ends (scopeOf picks the last one before a figure). */
export function timesOf(text: string, sentence: Range): Array<{ start: number; end: number; time: string }> {
  const body = text.slice(sentence.start, sentence.end);
  if (!TIME_HINT.test(body)) return [];
  const out: Array<{ start: number; end: number; time: string }> = [];
  let time: string | undefined;
  // (exec on the shared global pattern: matchAll would copy it and build an iterator per sentence)
  TIME.lastIndex = 0;
  for (let m; (m = TIME.exec(body)); ) {
    // (112年 is a year of the Republic calendar, as Taiwan writes them: 2023)
    if (m[1]) time = (m[1].length === 3 ? String(Number(m[1]) + 1911) : m[1]) + (m[2] ? `Q${QUARTER[m[2]] ?? m[2]}` : m[3] ? (m[3] === '上' ? 'H1' : 'H2') : m[4] ? 'Q1-3' : m[6] ? `-${m[6].padStart(2, '0')}` : '');
    else if (m[7]) time = `${m[7]}Q${m[8]}`;
    else if (m[9]) time = `FY${m[9].length === 2 ? '20' + m[9] : m[9]}`;
    else if (m[10]) time = `Q${QUARTER[m[10]] ?? m[10]}`;
    else if (m[11]) time = `Q${m[11]}`;
    // (首季 is the first quarter, as Taiwan's monthly revenue reports say)
    // (1–10月 is a span of months, no month: 1-10月 however its dash is written)
    // (全年 after a quarter is the whole of the year last named: 第四季度…；全年总营收63.4亿元)
    else if (m[12]?.startsWith('全年')) time = /^\d{4}/.exec(time ?? '')?.[0] ?? '全年';
    // (上年度, 上一年: the year before, as 去年 says)
    else if (m[12]) time = m[12] === '上个月' ? '上月' : /^上一?年度?$/.test(m[12]) ? '去年' : m[12].startsWith('首季') ? 'Q1' : m[12].startsWith('前三季') ? 'Q1-3' : /^\d/.test(m[12]) ? m[12].replace(/\s/g, '').replace(/[–—~～至到]/, '-') : m[12];
    // a month alone: of the year last named (5月, 截至12月中旬)
    else if (m[13]) time = `${/^\d{4}/.exec(time ?? '')?.[0] ?? ''}-${m[13].padStart(2, '0')}`;
    // 上线不到两个月，月活就超过了500万: a time counted from a launch (a count then and one now are different times)
    else if (m[14]) time = `上线${m[14]}${m[15].replace('個', '个').replace('週', '周')}`;
    out.push({ start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length, time: time! });
  }
  return out;
}

/** What makes a round named the base of a change, not the figure's own (较B轮上涨67%, 比A轮翻了一倍). */
const COMPARED_ROUND_BEFORE = /(?:较|較|比|相比|相较|相較|对比|對比)\s*$/;
/** 这一轮, 该轮, 那一轮: a round pointed to, the one named last before (not 本轮, the story's own). */
// (and 当时, 此次: the time or the deal just told of, 2024年4月的B轮…。公司当时对外公布的投后估值为15亿美元)
const ROUND_POINTER = /这一?轮|這一?輪|该轮|該輪|此轮|此輪|那一?轮|那一?輪|当时|當時|此次|这次|這次/;
/** How far back a round pointed to is looked for (characters of the paragraph). */
const ROUND_POINTER_REACH = 200;

/** The time (2023, 2024Q1, 2024H1) or funding round a figure holds for, when its sentence says. */
export function scopeOf(text: string, sentence: Range, at: number, attribute: Attribute, times = timesOf(text, sentence), own?: string): string | undefined {
  let time: string | undefined = own;
  if (!own) for (const t of times) if (t.end <= at) time = t.time;
  let round: string | undefined;
  if (attribute === 'funding' || attribute === 'valuation') {
    const body = text.slice(sentence.start, sentence.end);
    // (the last round named before the figure, else the first after it; not one it is compared with: 较B轮上涨67%)
    ROUND.lastIndex = 0;
    let after: string | undefined;
    for (const m of body.matchAll(ROUND)) {
      if (COMPARED_ROUND_BEFORE.test(body.slice(Math.max(0, m.index! - 3), m.index!))) continue;
      if (sentence.start + m.index! < at) round = roundScope(m);
      else after ??= roundScope(m);
    }
    round ??= after;
    // 是2023年9月的A轮。这一轮融资1.2亿美元: 这一轮 points to the round named just before
    if (!round && ROUND_POINTER.test(body)) {
      ROUND.lastIndex = 0;
      for (const m of text.slice(Math.max(0, sentence.start - ROUND_POINTER_REACH), sentence.start).matchAll(ROUND)) round = roundScope(m);
      // (当时 then is that round's time, not a time of its own)
      if (round && (time === '当时' || time === '當時')) time = undefined;
    }
    // 新一轮, 本轮: the round the story is about, the same one throughout a document (never across documents)
    if (!round && !time && CURRENT_ROUND.test(body)) round = CURRENT_ROUND_SCOPE;
  }
  return [time, round].filter(Boolean).join(' ') || undefined;
}

/** The attribution cue of every sentence up to the one at `upTo` (the last figure's), carried on while reported speech continues. */
function sentenceSources(text: string, list: Range[], upTo: number): Map<Range, Range> {
  const out = new Map<Range, Range>();
  let carried: Range | undefined;
  for (const s of list) {
    if (s.start > upTo) break; // no figure after this: its source is never asked for
    const body = text.slice(s.start, s.end);
    const found = findSource(body);
    if (found) {
      const own = { start: s.start + found.start, end: s.start + found.end };
      out.set(s, own);
      // a speaker's words run on (任正非提到，……。而……); 据华为介绍 covers its own sentence only
      carried = INTRODUCES_SPEECH.test(body) && text[own.start] !== '据' ? own : undefined;
    } else if (carried && !CHANGES_TOPIC.test(body)) {
      out.set(s, carried);
    } else {
      carried = undefined;
    }
  }
  return out;
}

/** Every source pattern needs one of these words: a cheap test before the expensive ones. */
const SOURCE_HINT = /据|显示|表明|指出|估算|称|发现|预计|披露|表示|提到|透露|介绍|宣布|强调|认为|坦言|说|《/;

/** The words each source pattern needs, one of them (a sentence with 说 alone has no 据 and no 报告显示). */
const SOURCE_PATTERN_HINTS = [/据/, /显示|表明|指出|估算|称|发现|预计|披露|表示|提到/, /表示|透露|介绍|称|指出|宣布|披露|强调|提到|认为|坦言|预计|说/];

/** The attribution cue of a sentence, as a span of it. */
export function findSource(sentence: string): Range | undefined {
  if (!SOURCE_HINT.test(sentence)) return undefined;
  for (let k = 0; k < SOURCE_PATTERNS.length; k++) {
    const re = SOURCE_PATTERNS[k];
    if (!SOURCE_PATTERN_HINTS[k].test(sentence)) continue;
    const m = re.exec(sentence);
    if (!m) continue;
    const end = m.index + m[0].length;
    if (re === SOURCE_PATTERNS[2]) {
      const speaker = m[1];
      if (NOT_A_SPEAKER.test(speaker) || /^[的了是在和与及就都也还]/.test(speaker)) continue;
      // drop what the character class let through before the speaker: quote marks, a date's 日
      const trimmed = m[0].replace(/^.*[“”"‘’「」]/, '').replace(/^[日号月年]/, '');
      return { start: trimmed.length >= 3 ? end - trimmed.length : m.index, end };
    }
    return { start: m.index, end };
  }
  const cited = /《[^》]{1,40}》/.exec(sentence);
  return cited ? { start: cited.index, end: cited.index + cited[0].length } : undefined;
}

