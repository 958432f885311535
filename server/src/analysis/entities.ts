// Vendors, models and products in one block of normalised text: knowledge-base names from
// one multi-pattern pass, versions attached to known families, and names the knowledge base
// lacks (…大模型 after a proper noun, …GPT, Name-7B, organisations ending 科技/集团/…).
import { aliasKey, foldCase, standaloneVersionKey, versionKey, type AliasEntry, type KnowledgeBase } from './knowledge.ts';
import { wordBoundaries, type Segmenter, type TaggedWord } from './segmenter.ts';
import type { EntityKind, MentionSource } from './types.ts';

export interface EntityCandidate {
  start: number;
  end: number;
  kind: EntityKind;
  entityId: string;
  canonical: string;
  vendorId?: string;
  via: MentionSource;
  /** A context alias (苹果, 星火) without support in its own sentence: kept only if the document names the entity firmly elsewhere. */
  tentative?: boolean;
  /** A version written alone (R1, V3, k1.5): the families it may belong to, decided by what the document talks about. */
  familyChoices?: string[];
  /** A company's name that is also its model's (DeepSeek): the model, when the words around it speak of a model. */
  alternative?: string;
  versionKey?: string;
  /** A device or chip the knowledge base lacks, named by its code next to what it is (G1人形机器人). */
  device?: boolean;
  /** Named in its paragraph as an investor, a base of comparison or a counted member: no antecedent of a later paragraph's 该模型. */
  sidelined?: boolean;
}

/**
 * A name the document itself gives an entity the knowledge base lacks: found by its form in one
 * paragraph (a listing mark, an organisation's suffix, a descriptor before it, a model's name-version-size),
 * and then a mention of the same entity wherever the document writes it, or its short form.
 */
export interface DocumentName {
  /** The name as the entity search reads text: normalised and lower case. */
  key: string;
  kind: EntityKind;
  entityId: string;
  canonical: string;
  vendorId?: string;
  /** A company's short form (灵枢 for 灵枢机器人): a mention only where the tagger reads it as a word that may be a name. */
  short?: boolean;
  /** A model family's or a company's brand and its hyphen (澜海- of 澜海-3, 月涌- of 月涌科技): a version after it (澜海-2, 月涌-M2) is a model, the brand no mention itself. */
  brand?: boolean;
  /** A family's name known only from a name with its version (衡言 of 衡言大模型4.0): it names that version glued to a version again (衡言4.0), no mention alone. */
  versionOnly?: boolean;
  /** A family's version said as a word (衡思三 of 衡思-3, 衡思二 beside it in a transcript): a mention only where no quantity or time goes on. */
  spoken?: boolean;
  /** A product line's brand before its code (澜湾 of 澜湾T3): another code after it (澜湾T2) is the line's other product, the brand no mention itself. */
  coded?: boolean;
}

const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/;
const isWordChar = (ch: string | undefined) => ch !== undefined && LATIN_OR_DIGIT.test(ch);
/** Character tests by code (called for every name found, where a regular expression costs more). */
const digitAt = (text: string, i: number) => { const c = text.charCodeAt(i); return c >= 48 && c <= 57; };
const letterAt = (text: string, i: number) => { const c = text.charCodeAt(i) | 32; return c >= 97 && c <= 122; };

/** What may follow a family name as its version: 3.0, -4o, 2.5-72B, 3.5 Sonnet, V3, 1.5 Pro. */
const VERSION_AFTER_FAMILY =
  /^([- ]?)([a-z]?\d+(?:\.\d+)*(?:[a-z](?![a-z]))?)((?:[- ]?(?:turbo|pro|max|plus|ultra|mini|nano|lite|flash|air|instruct|chat|sonnet|opus|haiku|large|medium|small|base|vl|coder|math|preview|vision|omni|thinking|r1|v\d))*)((?:[- ]?\d+(?:\.\d+)?[bmk])?)(?![a-z0-9])/;
/** A version may not run into a quantity: 盘古3万亿 and 豆包0.0008元 are not versions. */
// (not 月活, 日活: a model's monthly or daily users follow its name)
/** A year right after a name, with its word for year or quarter (2024年, 2025财年, 2024Q3). */
const YEAR_GLUED = /^(?:19|20)\d{2}(?:年|財年|财年|Q[1-4]|H[12])/;
const QUANTITY_AFTER = /^\s*(?:[万亿千百个张台倍%％年天次种条位名家款元块角秒字]|分(?!之)|[月日](?!活)|美元|欧元|港元|日元|小时|分钟|[,，]\d{3}(?!\d))/;
/** A number glued to the name that follows it (通义千问2.0AndesGPT). */
const GLUED_VERSION = /^v?\d+(?:\.\d+)*(?=[A-Za-z])/i;

const MODEL_SUFFIX = '大模型';
/** Words that make "X大模型" generic rather than a name. */
const GENERIC_MODEL_WORDS = new Set([
  '通用', '行业', '国产', '自研', '开源', '闭源', '最新', '自家', '旗下', '垂直', '垂类', '基础', '专属', '多模态', '语言', '中文',
  '企业', '企业级', '产业', '领域', '场景', '细分', '私有', '公有', '底层', '聊天', '对话', '生成式', '预训练', '全新', '首个',
  '各家', '各类', '这些', '这个', '一个', '多个', '新一代', '下一代', '千亿级', '万亿级', '超大', '超级', '本土', '国内', '国外', '海外',
  '新版', '旧版', '老版', '当前', '同款', '系列', '家族', '两款', '多款', '这款', '该款', '同类', '其他', '其它', '主力', '旗舰', '新款', '最强',
  '衍生', '微调', '蒸馏', '量化', '轻量',
]);
/** Whether a word is made of description words only (新一代旗舰, 最新开源): no name, however many are joined. */
function genericModelWords(x: string): boolean {
  let rest = x;
  for (let guard = 0; rest && guard < 6; guard++) {
    let cut = 0;
    for (let n = Math.min(4, rest.length); n >= 2 && !cut; n--) if (GENERIC_MODEL_WORDS.has(rest.slice(0, n))) cut = n;
    if (!cut) return false;
    rest = rest.slice(cut);
  }
  return !rest;
}
const GENERIC_LATIN = new Set([
  'ai', 'aigc', 'agi', 'nlp', 'cv', 'llm', 'llms', 'ml', 'dl', 'gpt', 'ai大', 'it', 'b端', 'c端', 'to', 'api', 'app', 'saas', 'paas', 'iaas', 'gpu', 'cpu',
  // kinds of models, not names: MoE大模型, VLM大模型, RAG大模型
  'moe', 'vlm', 'vlms', 'mllm', 'mllms', 'lmm', 'rag', 'sota', 'sft', 'rlhf', 'dpo', 'cot', 'ocr', 'asr', 'tts', 'iot', 'ar', 'vr', 'xr',
  'transformer', 'diffusion', 'dense', 'agent', 'agents', 'gui', 'ui', 'dit', 'vla', 'sd', 'edge', 'cloud', 'open', 'opensource',
  // kinds of service and product, not names: 上线Robotaxi服务, 推出Chatbot, 发布Demo
  'robotaxi', 'robotaxis', 'robobus', 'robovan', 'robotruck', 'chatbot', 'chatbots', 'bot', 'bots', 'demo', 'beta', 'plugin', 'plugins',
  'apps', 'maas', 'aipc', 'token', 'tokens', 'prompt', 'prompts',
]);
/** What a name the knowledge base lacks is made of (patternVendors takes CJK and Latin words; digits may lead into them). */
const NAME_CHAR = /[\u3400-\u9fffA-Za-z0-9]/;
const STOP_IN_NAME = /[的和与及或等在是了把被对为从向之将已会要也都还并又就才再让给于以、,，.。;；:：!！?？“”"'‘’()（）《》\s]/;
/** Words before 科技/集团/智能 that make a description, not a name (各大科技企业, 国内科技巨头; 特专科技公司, Hong Kong's 18C listing). */
const GENERIC_ORG_WORDS = /^(AI|IT|AIGC|AGI|各大|各家|多家|国内|国外|海外|全球|头部|大型|中小|新兴|互联网|人工智能|信息|金融|金控|控股|投资|投資|科技|数字|网络|电子|未来|智慧|高新|前沿|硬|黑|新|老|大|小|具身|通用|群体|生成式|认知|边缘|环境|决策|计算|感知|机器|人形|工业|服务|家用|扫地|协作|四足|双足|仿生|情感|医疗|教育|陪伴|物流|农业|特种|特专|特專|智能|聊天|客服|问答|問答|对话|對話|配送|巡检|巡檢|导览|導覽|迎宾|迎賓)$/;

/** What may follow a company's name inside one dictionary word (苹果公司, 小米手机). */
const ORG_TAIL = /^(公司|集团|手机|科技|股份|官网|官方|芯片|商店)/;

/** Verbs and adverbs that make "百度相继宣布大模型" a clause, not a name. */
// (and what someone did at a company, 此前在阿里云负责大模型推理平台; what a company leads in, 阶跃星辰领跑大模型赛道)
const VERB_IN_NAME = /宣布|发布|推出|招标|采购|集采|部署|相继|纷纷|开始|正在|已经|将要|准备|计划|打造|研发|开发|上线|升级|降价|接入|使用|采用|基于|通过|提供|支持|包括|布局|进军|押注|投入|负责|領跑|领跑|主导|聚焦|深耕|专注|发力|加码|领先/;

/** Words after 科技/智能/… that make a field of activity, not a company (AI科技圈, 人工智能板块). */
const SECTOR_AFTER = /^(圈|界|股|板块|行业|领域|赛道|概念|产业|浪潮|热)/;
/** Words 智能 begins (智能体, 智能化, 智能手机): YOYO智能体 is an agent, not a company YOYO智能. */
const WORD_AFTER_INTELLIGENCE = /^(体|化|型|手机|终端|座舱|驾驶|硬件|客服|助手|助理|家居|电视|穿戴|眼镜|网联|设备|汽车|制造|音箱|语音|应用|产品|时代|技术|算力|芯片|搜索|推荐|办公|创作|营销|教育|医疗|交通|城市|安防|水平|程度|服务|升级|生成)/;

/** Organisation suffixes for names the knowledge base lacks. */
/** A size or a class, not a name (万卡级, 千卡, E级). */
const SIZE_NAME = /^[一二两三四五六七八九十百千万亿几]+[卡台张P]|级$/;
const ORG_SUFFIX = /(科技|集团|智能|实验室|研究院|机器人|电子|半导体|微电子|光电|控股|智算|汽车)/g;
const PROPER_TAGS = new Set(['nr', 'ns', 'nt', 'nz', 'nrt', 'nrfg', 'x', 'eng', 'j']);

/** A category word right after a context alias (创意类, 评论区): the alias is the common word it is made of. */
const CATEGORY_AFTER = /^[类類区區]/;

/** Words near a context alias that support the entity reading. */
const VENDOR_CUES = /(公司|集团|旗下|份额|份額|市占|发布|推出|宣布|自研|销量|品牌|大学|学院|教授|实验室|研究(?:团队|人员|者)|CEO|创始人|董事长|股价|财报|市值|营收|營收|收入|营业额|營業額|毛利|净利|淨利|亏损|虧損|融资|融資|估值|员工|員工|股东|股東|財報|股價|出货|出貨|手机|商城|应用商店|官方|官网|芯片|晶片|产品|產品|公布|公告|业绩|業績|订单|訂單|iPhone|iOS|[(（]\d{4,6}(?:\.(?:S[HZ]|HK|TWO?))?[)）]|[(（](?:S[HZ]|HK|BJ)\d{6}[)）]|\$ )/i;
// not 模型 or 大模型: in AI news every sentence has them
const MODEL_CUES = /(版本|发布|升级|推出|对话|App|APP|app|接入|调用|参数|助手|智能体|月活|用户|tokens?|元\/|价格|定价|降价|上下文)/i;

/** What the knowledge base and the patterns find in a block, before segmentation has had its say. */
export interface EntityDraft {
  text: string;
  kb: KnowledgeBase;
  chosen: EntityCandidate[];
  /** Two-character names to check against a word segmentation of the window around them. */
  checks: Array<{ candidate: EntityCandidate; from: number; to: number }>;
  /**
   * Places before 科技/集团/… where a name the knowledge base lacks may end; `listed`: before a listing mark
   * (世芯-KY, 某公司(3661), （688256.SH）), which ends a company's name the name keeps (-KY) or not (the code);
   * `clauseOpening`: a short name that opens its clause before an officer's title or news of its funding (云川智算CEO).
   */
  sites: Array<{ from: number; suffixStart: number; suffixEnd: number; listed?: { nameEnd: number; model?: boolean; nameStart?: number }; apposition?: { next: string }; short?: DocumentName; clauseOpening?: boolean; launched?: boolean; bigModel?: boolean }>;
}

/** Everything up to segmentation; `segmented` says whether a segmenter will answer the requests. */
export function draftEntities(text: string, kb: KnowledgeBase, segmented: boolean, names?: readonly DocumentName[]): EntityDraft {
  // lower case as alias keys are (offsets stay put)
  const lower = foldCase(text);
  const candidates: EntityCandidate[] = [];

  let accepted: Array<{ start: number; end: number; entry: AliasEntry; entries: AliasEntry[]; glued?: boolean }> = [];
  // names right after a digit (通义千问2.0AndesGPT): names only if the digits are a version of the name before
  const afterDigit = new Map<number, { start: number; end: number; entry: AliasEntry }>();
  for (const hit of kb.findAliases(lower)) {
    const entries = kb.aliases.get(hit.key)!;
    let entry = entries.find((e) => acceptsAlias(text, lower, hit.start, hit.end, e, kb));
    // a name that is both a company and its model family, with a version after it, is the model (DeepSeek-V4)
    if (entry && entries.length > 1 && kb.kindOf(entry.entityId) === 'vendor') {
      const family = entries.find((e) => e !== entry && kb.kindOf(e.entityId) === 'model' && kb.isFamily(e.entityId));
      if (family && attachVersion(text, lower, hit.start, hit.end, family.entityId, kb)) entry = family;
    }
    if (entry) accepted.push({ start: hit.start, end: hit.end, entry, entries });
    else if (letterAt(text, hit.end - 1) && digitAt(text, hit.end)) {
      // digits glued to a model's Latin name: its version (Qwen4, GLM5, Qwen3.5) or a date or quantity after it (Kimi7月)
      const glued = entries.find((e) => kb.kindOf(e.entityId) === 'model' && acceptsAlias(text, lower, hit.start, hit.end, e, kb, false, true));
      if (glued && (attachVersion(text, lower, hit.start, hit.end, glued.entityId, kb) || QUANTITY_AFTER.test(lower.slice(hit.end).replace(/^\d+(?:\.\d+)?/, '')))) {
        accepted.push({ start: hit.start, end: hit.end, entry: glued, entries, glued: true });
      } else if (YEAR_GLUED.test(text.slice(hit.end, hit.end + 8))) {
        // a company's Latin name glued to a year (OpenAI2024年营收): the company, then its year
        const company = entries.find((e) => kb.kindOf(e.entityId) === 'vendor' && acceptsAlias(text, lower, hit.start, hit.end, e, kb, false, true));
        if (company) accepted.push({ start: hit.start, end: hit.end, entry: company, entries, glued: true });
      }
    } else if (/[0-9]/.test(text[hit.start - 1] ?? '') && /[A-Z]/.test(text[hit.start])) {
      const glued = entries.find((e) => acceptsAlias(text, lower, hit.start, hit.end, e, kb, true));
      if (glued && !afterDigit.has(hit.start)) afterDigit.set(hit.start, { start: hit.start, end: hit.end, entry: glued });
    }
  }
  // a known name that runs into the digits wins over the family with a version (Qwen2.5-Coder-32B is Qwen2.5-Coder's)
  if (accepted.some((a) => a.glued)) accepted = accepted.filter((a) => !a.glued || !accepted.some((b) => !b.glued && b.start === a.start && b.end > a.end));
  const candidateOf = (a: { start: number; end: number; entry: AliasEntry; entries?: AliasEntry[] }): EntityCandidate => {
    const record = kb.get(a.entry.entityId)!;
    const alternative = record.kind === 'vendor' && !a.entry.contextual && a.entries && a.entries.length > 1
      ? a.entries.find((e) => !e.contextual && kb.kindOf(e.entityId) === 'model')?.entityId
      : undefined;
    const candidate: EntityCandidate = {
      start: a.start, end: a.end, kind: record.kind, entityId: record.id, canonical: record.name,
      vendorId: kb.vendorOf(record.id), via: 'knowledge', tentative: a.entry.contextual || undefined,
    };
    if (alternative) candidate.alternative = alternative;
    return candidate;
  };
  for (const a of accepted) {
    const candidate = candidateOf(a);
    candidates.push(candidate);
    if (candidate.kind !== 'model') continue;
    const versioned = attachVersion(text, lower, a.start, a.end, candidate.entityId, kb, afterDigit);
    if (!versioned) continue;
    candidates.push(versioned);
    const next = afterDigit.get(versioned.end);
    if (next) candidates.push(candidateOf(next));
  }
  const named = names?.length ? documentNameHits(text, lower, names) : undefined;
  if (named) candidates.push(...named.full);
  candidates.push(...patternModels(text, candidates, kb));
  candidates.push(...patternDevices(text, candidates));
  if (text.includes('简称') || text.includes('簡稱')) candidates.push(...securityNames(text, candidates));
  if (text.includes('有限')) candidates.push(...legalNames(text, candidates));
  if (LATIN_ORG_HINT.test(text)) candidates.push(...latinOrgNames(text, candidates));
  if (text.includes('×') || text.includes('✕')) candidates.push(...partners(text, candidates));
  // (a cloud heading its page first: its brand may name the platform, 启明云 | … 启明大模型服务平台)
  if (text.includes('云') || text.includes('雲')) candidates.push(...siteClouds(text, candidates));
  if (text.includes('平台') || text.includes('平臺')) candidates.push(...openPlatforms(text, candidates, names));
  if (PLANS_WORD.test(text)) candidates.push(...sitePlans(text, candidates));
  if (text.includes('轮') || text.includes('輪')) candidates.push(...fundedAtLineStart(text, candidates));
  if (/[帮幫文开開]/.test(text) && SITE_SECTION.test(text)) candidates.push(...siteOwners(text, candidates), ...documentedProducts(text, candidates));
  if (/[价價费費]/.test(text) && /[＞>»›]/.test(text)) candidates.push(...pricedProducts(text, candidates));
  const chosen = splitVendorPrefix(text, selectLongest(candidates), candidates, kb);
  const brands = names?.filter((n) => n.brand).map((n) => n.key.slice(0, -1));
  const sites = segmented ? orgSites(text, chosen, brands) : [];
  if (segmented && named?.short.length) sites.push(...named.short.filter((site) => !chosen.some((c) => c.start < site.suffixEnd && site.suffixStart < c.end)));
  return { text, kb, chosen, checks: segmented ? splitWordChecks(text, chosen) : [], sites };
}

/** The texts a segmenter must cut and tag for a draft. */
export function segmentationRequests(d: EntityDraft): { cut: string[]; tag: string[] } {
  return { cut: d.checks.map((c) => d.text.slice(c.from, c.to)), tag: d.sites.map((s) => d.text.slice(s.from, s.suffixEnd)) };
}

/** The entities of a block, given the segmenter's answers to its requests (none during fast start). */
export function completeEntities(d: EntityDraft, cuts: string[][] = [], tags: TaggedWord[][] = []): EntityCandidate[] {
  const { text, kb } = d;
  let chosen = d.chosen;
  if (d.checks.length) chosen = dropSplitWords(text, chosen, d.checks, cuts);
  // (the chosen names never overlap and are in order: only new ones need choosing again)
  const vendors = d.sites.length ? patternVendors(text, chosen, d.sites, tags) : [];
  if (vendors.length) chosen = selectLongest([...chosen, ...vendors]);
  const bare = bareVersions(text, chosen, kb);
  if (bare.length) chosen = selectLongest([...chosen, ...bare]);
  const cards = bareCardNumbers(text, chosen, kb);
  if (cards.length) chosen = selectLongest([...chosen, ...cards]);
  chosen = joinNameParts(text, chosen, kb);
  chosen = spacedVersions(text, chosen, kb);
  for (const c of chosen) if (c.alternative && speaksOfModel(text, c, chosen)) Object.assign(c, modelReading(c.alternative, kb));
  const absorbed = new Set<EntityCandidate>();
  for (const c of chosen) {
    if (absorbed.has(c)) continue;
    // a name hyphenated before a model's is another model built on it: CKIP-Llama, Chinese-LLaMA-Alpaca
    if (c.kind === 'model' && LATIN_OR_DIGIT.test(text[c.start]) && text[c.start - 1] === '-') {
      const head = HYPHENATED_HEAD.exec(text.slice(Math.max(0, c.start - 24), c.start));
      const from = head ? c.start - head[0].length : c.start;
      if (head && !GENERIC_LATIN.has(head[1].toLowerCase()) && !chosen.some((o) => o !== c && o.end > from && o.start < c.start)) {
        c.start = from;
        Object.assign(c, { entityId: `model:${aliasKey(text.slice(c.start, c.end))}`, canonical: text.slice(c.start, c.end), via: 'pattern' as const, tentative: undefined });
      }
    }
    // a size or variant written after a model's name is part of it (Qwen2.5-Coder-32B, Qwen2-7B-Instruct,
    // GPT-4-0613, Step-2 Turbo): the whole name is the mention, and a name the knowledge base lacks gets an id of its own
    const name = text.slice(c.start, c.end);
    const tail = c.kind === 'model' ? modelTail(text, c, name, kb) : c.kind === 'product' ? deviceTail(text, c, kb) : null;
    // names inside a hyphenated tail are parts of this one name (DeepSeek-R1-Distill-Qwen-32B, MiniCPM-Llama3-V 2.5)
    const inside = tail ? chosen.filter((o) => o !== c && o.start < c.end + tail.length && o.end > c.end) : [];
    const within = (o: EntityCandidate) => o.start >= c.end && o.end <= c.end + tail!.length;
    const joinable = !!tail && ((tail.startsWith('-') && inside.every((o) => o.kind !== 'vendor' && o.start > c.end && within(o))) ||
      // a part number read alone as a device code (昆仑芯P800) is the family's chip
      (c.kind === 'product' && inside.every((o) => o.kind === 'product' && o.via === 'pattern' && within(o))));
    if (tail && (!inside.length || joinable)) {
      for (const o of inside) absorbed.add(o);
      c.end += tail.length;
      // a chip family's short name that is also a word (征程) is the chip with a part number after it (征程7P)
      // (so is a word-like family name with a variant in Latin letters: 豆包-pro-32k, 豆包 pro-32k)
      if ((c.kind === 'product' || /[A-Za-z]/.test(tail)) && c.tentative && !c.familyChoices) c.tentative = undefined;
      const whole = text.slice(c.start, c.end);
      const known = kb.aliases.get(aliasKey(whole))?.find((e) => kb.kindOf(e.entityId) === c.kind);
      if (known) Object.assign(c, { entityId: known.entityId, canonical: kb.get(known.entityId)!.name, vendorId: kb.vendorOf(known.entityId) });
      else if (c.familyChoices) c.versionKey = versionKey(whole); // X1 Turbo written alone
      else if (c.entityId) Object.assign(c, { entityId: variantId(c.entityId, tail), canonical: whole, via: c.via === 'pattern' ? 'pattern' : 'version' });
    }
    // a facility named after its operator is a product of its own (中国移动智算中心, 阿里云张北数据中心), not a mention of the operator
    if (c.kind === 'vendor' && !c.tentative && near(text, '中心', c.end, 10)) {
      const facility = FACILITY_AFTER.exec(text.slice(c.end, c.end + 10));
      // (not a business line: 英伟达数据中心业务, 数据中心收入)
      if (facility && !STOP_IN_NAME.test(facility[1].replace(HUB_PLACES, '')) && !BUSINESS_AFTER.test(text.slice(c.end + facility[0].length, c.end + facility[0].length + 3)) &&
        !operatorsDataCentres(text, facility, c.end) &&
        !chosen.some((o) => o !== c && o.start < c.end + facility[0].length && o.end > c.end)) {
        const name = text.slice(c.start, c.end + facility[0].length);
        Object.assign(c, { kind: 'product', end: c.end + facility[0].length, entityId: `product:${aliasKey(name)}`, canonical: name, vendorId: c.entityId, via: 'pattern' });
        continue;
      }
    }
    // a company the document named by its form, with a Latin name glued after it, is that company's model or
    // product (灵枢-VLA 2.0 after 具身基础模型, 人形机器人灵枢H3): one mention, not the company
    if (c.kind === 'vendor' && c.via === 'pattern' && CJK_CHAR.test(text[c.end - 1]) && LATIN_OR_DIGIT.test(text[c.end + (text[c.end] === '-' ? 1 : 0)] ?? '')) {
      const own = OWN_PRODUCT_AFTER.exec(text.slice(c.end, c.end + 24));
      const end = own ? c.end + own[0].length : c.end;
      if (own && !QUANTITY_AFTER.test(text.slice(end)) && !ROUND_AFTER.test(text.slice(end, end + 2)) && !chosen.some((o) => o !== c && o.start < end && o.end > c.end)) {
        const name = text.slice(c.start, end);
        const before = text.slice(Math.max(0, c.start - 8), c.start);
        // (a device's kind before it makes it the device, whatever its code: AI笔记本曜石Book 14)
        // (a word only models are named with: 码灵Coder, 星河Chat)
        const model = /模型\s*$/.test(before) || /^\s*(?:大)?模型/.test(text.slice(end, end + 4)) || MODEL_WORD_NAME.test(own[0]) || /\d/.test(own[0]) && !/^-?[A-Z]{0,2}\d/.test(own[0]) && !DEVICE_KIND_BEFORE.test(before.replace(/\s+$/, ''));
        const device = !model && DEVICE_NOUN_BEFORE.test(before);
        Object.assign(c, { kind: model ? 'model' : 'product', end, entityId: `${model ? 'model' : 'product'}:${aliasKey(name)}`, canonical: name, vendorId: c.entityId });
        if (device) c.device = true;
        continue;
      }
    }
    // a registered name is one mention: 北京生数科技有限公司, 北京智谱华章科技股份有限公司
    if (c.kind === 'vendor' && near(text, '公司', c.end, 18)) {
      const form = REGISTERED_AFTER.exec(text.slice(c.end, c.end + 18));
      if (form) {
        c.end += form[0].length;
        const city = CITY_BEFORE.exec(text.slice(Math.max(0, c.start - 4), c.start));
        if (city) c.start -= city[0].length;
      }
    }
    // an app's name is the chat product's name: 通义App, 豆包 App are mentions of 通义, 豆包
    const app = c.kind === 'model' && (text[c.end - 1] === 'p' || text[c.end - 1] === 'P') ? /\s?(?:App|APP|app)$/.exec(text.slice(c.start, c.end)) : null;
    if (app && app.index >= 2) c.end = c.start + app.index;
    if (c.kind === 'model' && c.via !== 'pattern' && text.startsWith(MODEL_SUFFIX, c.end) && !text.slice(c.start, c.end).endsWith(MODEL_SUFFIX)) {
      c.end += MODEL_SUFFIX.length;
    }
    // a context alias counted or eaten is the thing, not the company (一只蚂蚁, 吃苹果), whatever the document says elsewhere
    // (and one a category word follows is the common word, 创意类公司, 评论区: a kind, no company)
    if (c.tentative && !c.familyChoices && (ORDINARY_BEFORE.test(text.slice(Math.max(0, c.start - 3), c.start)) || CATEGORY_AFTER.test(text.slice(c.end, c.end + 1)))) absorbed.add(c);
    else if (c.tentative && !c.familyChoices && hasLocalSupport(text, c, chosen)) c.tentative = undefined;
    // (衡元大模型2.5 and 衡元2.5 are one model: 大模型 before a version is no part of its id)
    if (c.kind === 'model' && c.via === 'pattern' && BIG_MODEL_BEFORE_VERSION.test(c.canonical)) c.entityId = `model:${aliasKey(c.canonical.replace(BIG_MODEL_BEFORE_VERSION, ''))}`;
  }
  return absorbed.size ? chosen.filter((c) => !absorbed.has(c)) : chosen;
}

/** The id of a name with a size or variant written after a known one (Qwen2-7B + -Instruct, K2 Thinking + Turbo): one id however it is written. */
export function variantId(baseId: string, tail: string): string {
  const suffix = aliasKey(tail).trim().replace(/\s+/g, '-');
  return `${baseId}${/^[-.]/.test(suffix) ? '' : '-'}${suffix}`;
}

/**
 * What is written after a model's name and belongs to it: a size or variant (-Instruct, -32B, " Turbo"
 * after a version), a version after a space (Open-Sora 1.2), a tier glued to a Chinese family name
 * (讯飞星火Lite, 混元-standard). Not a quantity (Kimi 1.5亿用户).
 */
function modelTail(text: string, c: EntityCandidate, name: string, kb: KnowledgeBase): string | null {
  const rest = text.slice(c.end, c.end + 40);
  let m: RegExpExecArray | null = null;
  if (/[A-Za-z0-9]$/.test(name)) {
    // a variant word after a space belongs to a versioned name (Step-2 Turbo), not to a product's plan (ChatGPT Pro)
    // (and after a variant word of the name itself: Kimi K2 Thinking Turbo)
    m = (/\d$/.test(name) || VARIANT_END.test(name) ? MODEL_TAIL : HYPHEN_TAIL).exec(rest);
  } else if (CJK_CHAR.test(name[name.length - 1])) {
    const record = kb.get(c.entityId);
    if (record?.kind === 'model' && (kb.isFamily(record.id) || record.family)) m = CJK_FAMILY_TAIL.exec(rest);
  }
  const tail = m?.[0] ?? '';
  if (tail && /\d$/.test(tail) && QUANTITY_AFTER.test(rest.slice(tail.length))) return null;
  // (a tier letter after a variant word: 混元Turbo S)
  const letter = TIERED_END.test(name + tail) ? TIER_LETTER.exec(rest.slice(tail.length)) : null;
  return tail + (letter?.[0] ?? '') || null;
}
/** A name ending with a capitalised variant word, which a tier letter may follow (Turbo S). */
const TIERED_END = /(?:Turbo|Pro|Max|Plus|Ultra|Lite|Flash)$/;
const TIER_LETTER = /^ S(?![A-Za-z0-9.\-])/;

/** A device's tiers (Pro, Max, Ultra …), written after its name or its size. */
const DEVICE_TIERS = 'Pro\\+?|Max|Ultra|Plus|Mini|Air|SE';
/** A device series' model number and tier (Mate 80 Pro, iPhone 17 Pro Max, Pura 80 Ultra): one product's name. */
const DEVICE_TAIL = new RegExp(`^ ?\\d{1,3}[A-Za-z]?(?: ?(?:${DEVICE_TIERS}|RS|标准版|標準版|非凡大师|非凡大師))*(?![A-Za-z0-9.])`);
/** A device's tier after its generation (Galaxy S24 Ultra, Walker S2 Max). */
const TIER_TAIL = new RegExp(`^ ?(?:${DEVICE_TIERS}|FE|Edge)(?: ?(?:Max|Plus))?(?![A-Za-z0-9.])`);
/** A chip family's part number (思元590, 曦云C600, 昇腾950PR, 昆仑芯P800): one chip's name. */
const CHIP_TAIL = /^ ?[A-Z]{0,3}(?:\d{2,4}[A-Za-z]{0,2}\d?|\d[A-Za-z]{1,2})(?: ?(?:Pro|Max|Ultra|Plus|Lite))?(?![A-Za-z0-9.])/;
/** What makes a facility's word a company's business line: 数据中心业务, 数据中心收入. */
const BUSINESS_AFTER = /^(?:业务|業務|收入|营收|營收|部门|部門|事业|事業|板块|板塊|集团|集團)/;
/** A PC or phone chip's series, tier and model number after its family (酷睿Ultra 9 288V, 骁龙X Elite, 锐龙AI 9 HX 370, 骁龙8 Gen 3). */
const CHIP_SERIES_TAIL = /^ ?(?:(?:Ultra|AI|X)(?: ?\d{1,2}(?![\d.]))?(?: (?:Elite|Plus|Pro|Max|HX|H|U))?(?: \d{3,4}[A-Z]{0,2})?|\d ?Gen ?\d)(?![A-Za-z0-9.])/;
function deviceTail(text: string, c: EntityCandidate, kb: KnowledgeBase): string | null {
  const record = kb.get(c.entityId);
  if (record?.kind !== 'product') return null;
  const written = text.slice(c.start, c.end);
  const chipFamily = record.category === 'chip' && !/\d/.test(written);
  // (a device named with its generation takes only a tier: Galaxy S24 Ultra)
  const generation = record.category === 'device' && /\d$/.test(written);
  if (!chipFamily && !generation && (record.category !== 'device' || !/[A-Za-z]$/.test(written))) return null;
  const rest = text.slice(c.end, c.end + 24);
  const m = chipFamily ? CHIP_TAIL.exec(rest) ?? CHIP_SERIES_TAIL.exec(rest) : generation ? TIER_TAIL.exec(rest) : DEVICE_TAIL.exec(rest);
  // (nor a rate: X Elite 135GB/s is its bandwidth)
  if (!m || QUANTITY_AFTER.test(rest.slice(m[0].length)) || /^\s*[/／]/.test(rest.slice(m[0].length))) return null;
  return m[0];
}

/** Whether `word` begins within `span` characters after `from` (a cheap test before a regular expression). */
function near(text: string, word: string, from: number, span: number): boolean {
  const first = word.charCodeAt(0), last = Math.min(text.length - word.length, from + span);
  for (let k = from; k <= last; k++) if (text.charCodeAt(k) === first && text.startsWith(word, k)) return true;
  return false;
}

/** A Latin name glued after a company's (灵枢-VLA 2.0, 灵枢H3, 灵枢Sim): its model's or product's. */
// (not an officer's title or the word AI: 万象智能CEO, 万象智能AI)
// (a quarter, a half-year or a fiscal year after a company's name is its period: 寒曜科技Q3营收, 云硕H1, FY2025)
const OWN_PRODUCT_AFTER = /^(?!(?:CEO|CTO|CFO|COO|CIO|CMO|CSO|CPO|VP|AI|IPO|PR|HR|Q[1-4]|H[12]|FY\d{2,4})(?![A-Za-z0-9]))-?[A-Z][A-Za-z0-9]*(?:[- ]\d+(?:\.\d+)*[A-Za-z]?)?(?![A-Za-z0-9.])/;

/** The word that ends a computing facility's name (the text is simplified here). */
const FACILITY_KIND = '(?:智算中心|数据中心|超算中心|算力中心|计算中心|算力枢纽)';
/** A facility's name, as the document-level reading tells a facility found by its form. */
export const FACILITY_NAME_END = new RegExp(`${FACILITY_KIND}$`);
/** A verb of building or backing that may open a clause before a facility's name (推动合肥人工智能计算中心二期扩容): no part of the name. */
const BUILDING_VERB = '推动|推動|推进|推進|支持|建设|建設|依托|依託|打造|加快|新建|扩建|擴建|布局|佈局|围绕|圍繞|聚焦|鼓励|鼓勵|引导|引導|升级|升級';
/**
 * A computing facility the knowledge base does not know, named as one (位于宁夏中卫的北辰智算中心, “北辰智算中心”, 北辰智算中心一期,
 * a clause opening with it and news of it: 北辰智算中心正式投运, 北辰智算中心由…建设):
 * group 1 is its own name, which must be no word for a kind of facility (大型, 城市, 国家级).
 */
// (a city's name may come with 市 and 人工智能 before the kind: 庆阳市人工智能计算中心, 西安未来人工智能计算中心)
const OWN_FACILITY_NAME = '((?:(?![的在和与及或是为从于])[\\u4e00-\\u9fff]){2,4}(?:(?:市|区|區)?(?:未来|未來)?人工智能)?)';
const NAMED_FACILITY = new RegExp(
  `(?<=(?:位于|地处|坐落于|坐落在)[^，,。；;]{1,12}的|(?:共建|合建|联合建设|聯合建設)的|[“「『])${OWN_FACILITY_NAME}${FACILITY_KIND}|(?<=(?:^|[\\s：:，,。；;“「『【】])(?:${BUILDING_VERB})?)(?!${BUILDING_VERB})${OWN_FACILITY_NAME}${FACILITY_KIND}(?=[（(]?[一二三]期|正式|已|于|於|将|將|今年|日前|近日|投运|投運|落成|启用|啟用|开工|開工|建成|签约|簽約|项目|項目|总投资|總投資|由|位于|位於|占地|佔地|\\s*[|｜]|[（(](?:运营|運營|建设|建設)方|[:：])`, 'g');
const FACILITY_KIND_WORDS = /^(?:该|这|此|那|一|另|某|新|首|多|两|几|数|各|本|当地|[东西南北中]部|华[东西南北中]|[西东][南北]|大型|超大|超级|国家|省|市|区|县|城市|区域|地方|公共|国产|国内|海外|全球|自建|自有|现有|已有|全国|智能|绿色|先进|液冷|边缘|枢纽|集群|大规模|商业|商用|单体|万卡|千卡|人工|算力|数据)/;

/** Computing hubs whose names hold a character that otherwise ends a name (the 和 of 呼和浩特, 和林格尔). */
const HUB_PLACES = /呼和浩特|和林格尔|和林格爾/g;
/** Words that describe an operator's data centres without naming one (全球自建数据中心, 旗下数据中心). */
const OWN_FACILITIES_WORDS = /^(?:全球|国内|國內|海外|境内|境內|自建|自有|旗下|所有|全部|各地|各)*$/;
/**
 * 阿里云数据中心的能源消耗, 阿里云全球自建数据中心总用电量: the operator's data centres in general, a mention of the operator,
 * not one facility (阿里云张北数据中心, 中国移动智算中心（贵阳）, 某某数据中心一期 are one).
 */
function operatorsDataCentres(text: string, facility: RegExpExecArray, from: number): boolean {
  const end = from + facility[0].length;
  return facility[0].endsWith('数据中心') && OWN_FACILITIES_WORDS.test(facility[1]) && !/^\s*(?:[（(]|[一二三四五六七八九十\d]期)/.test(text.slice(end, end + 4));
}
/** A computing facility's name after its operator's (a place may stand between). */
const FACILITY_AFTER = new RegExp(`^([\\u4e00-\\u9fff]{0,4}?)${FACILITY_KIND}`);

/** The rest of a company's registered name (生数 + 科技有限公司). */
const REGISTERED_AFTER = /^(?:(?:智能)?科技|信息技术|网络技术|人工智能)?(?:\(\S{2,3}\)|（\S{2,3}）)?(?:集团)?(?:股份)?有限(?:责任)?公司/;
/** The city a registered name begins with. */
const CITIES = '(?:北京|上海|杭州|深圳|广州|南京|苏州|成都|武汉|西安|合肥|天津|重庆|珠海|厦门|无锡|长沙|香港|台北|新竹)(?:市)?';
const CITY_BEFORE = new RegExp(`${CITIES}$`);
const CITY_FIRST = new RegExp(`^${CITIES}`);

/** Words after a name that make it a model: its app, what it answers; 等…模型 (DeepSeek等低成本模型). */
const MODEL_AFTER = /^\s*(?:的\s*)?(?:App|APP|app|网页版|客户端|回答|回复|深度思考|联网搜索|满血版|蒸馏版|免费版|会员|會員|订阅|訂閱)|^\s*等[^。，,；;！!？?]{0,10}模型/;
/** Words before a name that make it a model: one uses, calls or asks a model, not a company. */
const MODEL_BEFORE = /(?:接入|调用|使用|部署|试用|体验|改用|换成|换用|先上|就上|问问|问了|用的是|主力是|订阅了?|開了|开了)\s*$/;
// (and a list of apps split by slashes: 豆包 / DeepSeek / 通义)
const ENUMERATION = /^\s*(?:、|,|，|和|与|及|或|或者|还是|跟|vs\.?|VS|\/|／)\s*$/;

/** Whether a company's name that is also its model's is used as the model here (接 DeepSeek 或者 Kimi 的API). */
function speaksOfModel(text: string, c: EntityCandidate, chosen: EntityCandidate[]): boolean {
  if (MODEL_AFTER.test(text.slice(c.end, c.end + 16)) || MODEL_BEFORE.test(text.slice(Math.max(0, c.start - 6), c.start))) return true;
  const i = chosen.indexOf(c);
  const prev = chosen[i - 1], next = chosen[i + 1];
  const isModel = (o: EntityCandidate | undefined) => !!o && o.kind === 'model' && !o.tentative;
  return (isModel(prev) && ENUMERATION.test(text.slice(prev!.end, c.start))) || (isModel(next) && ENUMERATION.test(text.slice(c.end, next!.start)));
}

function modelReading(id: string, kb: KnowledgeBase): Partial<EntityCandidate> {
  return { kind: 'model', entityId: id, canonical: kb.get(id)!.name, vendorId: kb.vendorOf(id), alternative: undefined };
}

/** Variant words and sizes written after a model's name: -Instruct, -32B, -0613, " Turbo", " Pro". */
const MODEL_TAIL = /^(?:-[A-Za-z0-9][A-Za-z0-9.]*|[ ]?(?:Turbo|Pro|Max|Plus|Ultra|Mini|Nano|Lite|Flash|Air|Instruct|Chat|Preview|Vision|Omni|Thinking|Reasoner|Coder|Math|VL|Long|Terminus|Exp)(?![A-Za-z0-9]))+(?![A-Za-z0-9.-])/i;

/** A numeral and a measure word, or eating and drinking, before a word: the word's everyday thing. */
const ORDINARY_BEFORE = /(?:[一二两三四五六七八九十几半][只头条颗个斤块碗粒片根串杯袋箱]|吃了?|喝了?|种了?|买了[一两几]?[斤个袋箱])$/;

/** What may stand hyphenated before a model's name as the name of a model built on it. */
const HYPHENATED_HEAD = /(?<![A-Za-z0-9.\-_/])([A-Za-z][A-Za-z0-9]+)(?:-[A-Za-z0-9]+)*-$/;
/** A name that ends with a variant word (K2 Thinking): further variant words after a space are part of it. */
const VARIANT_END = /[ -](?:Turbo|Pro|Max|Plus|Ultra|Mini|Lite|Flash|Air|Instruct|Chat|Preview|Thinking|Reasoner|Coder)$/i;
// (a version after a space has a one-digit major, 1.2 or 2.5: GPT-4o 88.7 in a list of scores is a score)
const HYPHEN_TAIL = /^(?:(?:-[A-Za-z0-9][A-Za-z0-9.]*)+(?: \d\.\d+)?| \d\.\d+)(?![A-Za-z0-9.-])/;
/** A tier or variant after a Chinese family name: -lite, -standard, Lite, Pro (混元Turbo is a name of its own). */
// (with its context window or further variant after it, and a variant word after a space: 豆包-pro-32k, 豆包 pro-32k)
const CJK_FAMILY_TAIL = /^(?:-[A-Za-z][A-Za-z0-9.]*|[ ]?(?:Lite|Pro|Max|Plus|Ultra|Turbo|Air|Flash|Mini|Standard|Speed|Lightning)(?![A-Za-z0-9]))(?:-[A-Za-z0-9][A-Za-z0-9.]*)*(?![A-Za-z0-9.-])/i;

/**
 * A brand written before a model's Latin name labels it: 文心ERNIE 4.0 (the family's two-character
 * Chinese brand, then a version of it in Latin letters) is one mention of ERNIE 4.0. A full Chinese
 * product name before the Latin one (通义千问Qwen2.5) is two names side by side.
 */
/** A small version after a Latin model's name and a space (FoxBrain 2, Aurora 3.5), then no unit, size or more digits. */
// (not the first digits of a grouped number: Kimi 2,000万)
const SPACED_VERSION = /^ ([1-9](?:\.\d)?)(?=$|[\s，。；;：:、！？!?）)」”\u4e00-\u9fff]|,(?!\d))/;
/**
 * FoxBrain 2 of the knowledge base's FoxBrain: a Latin model's name and a small version after a space is that version's
 * name, one mention (a quantity after it, FoxBrain 2个版本, is none).
 */
function spacedVersions(text: string, chosen: EntityCandidate[], kb: KnowledgeBase): EntityCandidate[] {
  let out: EntityCandidate[] | undefined;
  for (let k = 0; k < chosen.length; k++) {
    const c = chosen[k];
    if (c.kind !== 'model' || c.tentative || !letterAt(text, c.end - 1)) continue;
    const m = SPACED_VERSION.exec(text.slice(c.end, c.end + 6));
    if (!m) continue;
    const end = c.end + m[0].length;
    if ((chosen[k + 1] && chosen[k + 1].start < end) || QUANTITY_AFTER.test(text.slice(end, end + 3)) || /^\s*(?:的?(?:版本|代|号|號|期)|[-–~～至到])/.test(text.slice(end, end + 4))) continue;
    const written = text.slice(c.start, end);
    const known = kb.aliases.get(aliasKey(written))?.find((e) => kb.kindOf(e.entityId) === 'model');
    const v: EntityCandidate = known
      ? { start: c.start, end, kind: 'model', entityId: known.entityId, canonical: kb.get(known.entityId)?.name ?? written, via: c.via }
      : { start: c.start, end, kind: 'model', entityId: `model:${aliasKey(written)}`, canonical: written, via: 'pattern' };
    if (c.vendorId) v.vendorId = c.vendorId;
    (out ??= chosen.slice())[k] = v;
  }
  return out ?? chosen;
}

function joinNameParts(text: string, chosen: EntityCandidate[], kb: KnowledgeBase): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (const c of chosen) {
    const prev = out[out.length - 1];
    const scripts = prev && prev.end === c.start && prev.end - prev.start <= 2 && CJK_CHAR.test(text[prev.start]) && !CJK_CHAR.test(text[c.start]);
    if (scripts && prev.kind === 'model' && c.kind === 'model' && !prev.tentative && !c.tentative && sameFamily(prev, c, kb)) {
      out[out.length - 1] = { ...c, start: prev.start };
      continue;
    }
    out.push(c);
  }
  return out;
}

/** Whether the second of two model names is a version or a spelling of the first. */
function sameFamily(a: EntityCandidate, b: EntityCandidate, kb: KnowledgeBase): boolean {
  if (a.entityId === b.entityId) return true;
  const familyOf = (c: EntityCandidate) => {
    const r = kb.get(c.entityId);
    if (r?.kind === 'model' && r.family) return r.family;
    // a version the knowledge base lacks: its id is the family's id and the version
    return [...kb.versions.keys()].find((f) => c.entityId.startsWith(`${f}-`));
  };
  const fa = familyOf(a), fb = familyOf(b);
  return fb === a.entityId || fa === b.entityId || (!!fa && fa === fb);
}

/** All of it for one text (tests, one-off use); the analysis batches the segmentation of many blocks instead. */
export function findEntities(text: string, kb: KnowledgeBase, segmenter?: Segmenter): EntityCandidate[] {
  const d = draftEntities(text, kb, !!segmenter);
  const req = segmentationRequests(d);
  return completeEntities(d, req.cut.length ? segmenter!.cutAll(req.cut) : [], req.tag.length ? segmenter!.tagAll(req.tag) : []);
}

/** aliasKey of the knowledge base's own strings (excluded phrases, aliases as written): few, and asked at every hit. */
const knowledgeKeys = new Map<string, string>();
function knowledgeKey(written: string): string {
  let key = knowledgeKeys.get(written);
  if (key === undefined) knowledgeKeys.set(written, (key = aliasKey(written)));
  return key;
}

/** A part of a chip written right after its name (CPU, GPU, NPU, SoC). */
const PART_AFTER_CHIP = /^(?:CPU|GPU|NPU|SoC|ISP|DSP)(?![A-Za-z])/;

function acceptsAlias(
  text: string, lower: string, start: number, end: number, entry: AliasEntry, kb: KnowledgeBase, afterDigit = false, digitsAfter = false,
): boolean {
  const written = text.slice(start, end);
  if (entry.caseSensitive && written !== entry.cased) return false;
  if (isWordChar(written[0]) && isWordChar(text[start - 1]) && !(afterDigit && /[0-9]/.test(text[start - 1]))) return false;
  // (a chip's name that ends in a digit may have its part glued on: 天璣9400CPU, 麒麟9000S的NPU)
  if (isWordChar(written[written.length - 1]) && isWordChar(text[end]) && !(digitsAfter && /[0-9]/.test(text[end])) &&
    !(/[0-9]/.test(written[written.length - 1]) && /[\u4e00-\u9fff]/.test(written[0]) && PART_AFTER_CHIP.test(text.slice(end, end + 4)))) return false;
  // a name ending in a number that goes on (Qwen3 in Qwen3.5) is a shorter name's version, not this name
  if (text[end] === '.' && digitAt(text, end - 1) && digitAt(text, end + 1)) return false;
  // (nor one whose number is a quantity's: 小米15亿元 is 小米 and 15亿元, not the phone)
  if (digitAt(text, end - 1) && /[\u4e00-\u9fff]/.test(written[0]) && QUANTITY_AFTER.test(text.slice(end, end + 4))) return false;
  // (a shop's name before 价 labels a price on its page, 京东价　￥2699.00: no mention of the company; 京东价格战 is one)
  if (entry.entityId.startsWith('vendor:') && /^[价價](?![格值位])/.test(text.slice(end, end + 2))) return false;
  // (a name of digits alone, 360, is no name inside a number or before its unit: 1,360亿, 0.360, 360元, 360度)
  // (nor a code's part after a hyphen: QS-360, HK-360)
  if (/^\d+$/.test(written) && (insideNumber(text, start) || /[A-Za-z0-9][-‐–]$/.test(text.slice(Math.max(0, start - 2), start)) || /^(?:\.\d|[\d,])/.test(text.slice(end, end + 2)) || QUANTITY_AFTER.test(text.slice(end, end + 4)) || /^\s*(?:亿|萬|億|度|°|[A-Za-z%])/.test(text.slice(end, end + 3)))) return false;
  for (const phrase of kb.excludePhrases(entry.entityId)) {
    const p = knowledgeKey(phrase);
    const k = p.indexOf(knowledgeKey(entry.written));
    if (k >= 0 && lower.startsWith(p, start - k)) return false;
  }
  return true;
}

const NO_NAMES_AFTER_DIGIT: ReadonlyMap<number, unknown> = new Map();

/**
 * A version written after a model's name: 盘古3.0, GPT-4o, Qwen2.5-72B, 文心一言4.0. A name with
 * versions of its own (a family) takes any version; another model's name (文心一言) only one
 * written right after it in Chinese. A number that runs into a quantity (盘古3万亿, 豆包0.0008元)
 * is no version; a number glued to the next name (通义千问2.0AndesGPT) is one.
 */
function attachVersion(
  text: string, lower: string, start: number, end: number, modelId: string, kb: KnowledgeBase,
  namesAfterDigit: ReadonlyMap<number, unknown> = NO_NAMES_AFTER_DIGIT,
): EntityCandidate | undefined {
  const family = kb.isFamily(modelId);
  const table = kb.versions.get(modelId);
  const cjkName = CJK_CHAR.test(text[end - 1]);
  if (!family && !cjkName) return undefined;
  const rest = lower.slice(end, end + 40);
  const glued = GLUED_VERSION.exec(rest);
  const m = glued && namesAfterDigit.has(end + glued[0].length)
    ? Object.assign([glued[0], '', glued[0], '', ''], { index: 0, input: rest, groups: undefined }) as RegExpExecArray
    : VERSION_AFTER_FAMILY.exec(rest);
  if (!m) return undefined;
  if (cjkName && m[1] === ' ') return undefined; // 盘古 3 with a space is not a version (豆包-1.6 with a hyphen is)
  // a letter before the number only as the family writes its versions (DeepSeek-R2 after R1, Kimi K3 after K2; not DeepSeek H20)
  if (/^[a-uw-z]/.test(m[2]) && !versionLetters(kb, modelId).has(m[2][0])) return undefined;
  // a version the knowledge base names is matched by that model's own names (Kimi-K2-Instruct is Kimi-K2's variant)
  if (/^[a-uw-z]/.test(m[2]) && table?.has(versionKey(m[2]))) return undefined;
  const after = rest.slice(m[0].length);
  if (QUANTITY_AFTER.test(after) && !/[a-z]$/.test(m[0])) return undefined;
  // (seconds written with s after a space are a time, no version: Kimi 19.4s｜豆包 26s; abab6.5s is a model;
  // after a Chinese name the space is gone by now, as the normaliser drops one between a Chinese word and a digit)
  if ((cjkName ? /^\s?\d+(?:\.\d+)?m?s$/ : /^\s\d+(?:\.\d+)?m?s$/).test(m[0]) && !/^[A-Za-z0-9]/.test(after)) return undefined;
  if (/^\.\d/.test(after) || /\.\d{3,}/.test(m[2])) return undefined;
  const version = m[2] + (m[3] ?? '');
  const size = (m[4] ?? '').replace(/^[- ]/, '');
  const record = kb.get(modelId)!;
  const full = versionKey(version + (size ? '-' + size : ''));
  // a context window written after the version (ernie-4.0-turbo-8k) is the same model
  const known = table?.get(full) ?? (/^\d+k$/.test(size) ? table?.get(versionKey(version)) : undefined);
  const newEnd = end + m[0].length;
  if (known) {
    const rec = kb.get(known)!;
    return { start, end: newEnd, kind: 'model', entityId: known, canonical: rec.name, vendorId: kb.vendorOf(known), via: 'version' };
  }
  // a version the knowledge base does not list: an id derived from the name
  return {
    start, end: newEnd, kind: 'model', entityId: `${modelId}-${full}`, canonical: text.slice(start, newEnd),
    vendorId: kb.vendorOf(modelId) ?? (record.kind === 'model' ? record.vendor : undefined), via: 'version',
  };
}

const lettersOf = new WeakMap<object, Set<string>>();
/** The letters a family's versions begin with (r and v for DeepSeek's R1 and V3). */
function versionLetters(kb: KnowledgeBase, familyId: string): Set<string> {
  const table = kb.versions.get(familyId);
  if (!table) return new Set();
  let letters = lettersOf.get(table);
  if (!letters) {
    letters = new Set([...table.keys()].filter((k) => /^[a-z]\d/.test(k)).map((k) => k[0]));
    lettersOf.set(table, letters);
  }
  return letters;
}

/** The patterns of patternModels, each global and shared: read with exec from the start (firstMatch), never nested. */
const STEM_VERSION = /(?<![A-Za-z0-9.-])([A-Z][A-Za-z]+)(-?|[ ](?=[A-Za-z]))([A-Za-z]?\d+(?:\.\d+)*[A-Za-z]?)(?![A-Za-z0-9.])/g;
const NAME_GPT = /(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*GPT(?:-?\d+(?:\.\d+)*[a-zA-Z]?)?(?![A-Za-z0-9])/g;
/** A letter or a digit right before GPT: in every match of NAME_GPT (GPT alone, GPT-4o, has none). */
const NAME_BEFORE_GPT = /[A-Za-z0-9]GPT/;
const NAME_SIZE = /(?<![A-Za-z0-9-])([A-Z][A-Za-z]+(?:[- ]?\d+(?:\.\d+)?)?(?:-[A-Z][A-Za-z]{1,9})?)-(\d+(?:\.\d+)?[BM])(?![A-Za-z0-9])/g;
/** A hyphenated Latin name right before 技术报告 or 模型卡 (Helix-MoE技术报告). */
const NAME_BEFORE_REPORT = /(?<![A-Za-z0-9._-])([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+)(?=\s*(?:技术报告|技術報告|模型卡|的技术报告|的技術報告))/g;
/** A capitalised word, a hyphen and a code of one or two capitals and a number (Halcyon-R2): a model's name when 模型 follows in its sentence. */
const WORD_CODE_NAME = /(?<![A-Za-z0-9.\-_])[A-Z][a-z]{2,12}-[A-Z]{1,2}\d{1,2}(?:\.\d)?(?![A-Za-z0-9.\-])/g;
const NAME_NUMBER = /(?<![A-Za-z0-9-])[A-Z][A-Za-z]+(?:-[A-Za-z]+)*-\d+(?:\.\d+)?[A-Za-z]?(?![A-Za-z0-9])/g;
const NAME_VERSION_SIZE = /(?<![A-Za-z0-9._-])[A-Z][A-Za-z]+-\d+(?:\.\d+)*(?:-\d+(?:\.\d+)?[BTMK](?:-A\d+(?:\.\d+)?[BM])?|[A-Za-z]?)(?![A-Za-z0-9.])/g;
/** A size at the end of a name (-1T, -70B, -30B-A3B): the name is a model's by its form alone. */
const SIZED_END = /-\d+(?:\.\d+)?[BTMK](?:-A[\d.]+[BM])?$/;
// (not a variant after a Chinese brand's hyphen: 云擎-Pro大模型 is 云擎-Pro)
const LATIN_BIG_MODEL = /(?<![A-Za-z0-9]|[\u4e00-\u9fff]-)([A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]|[A-Za-z])大模型/g;
const BARE_VERSION = /(?<![A-Za-z0-9.\-_/])[A-Za-z]{1,2}\d+(?:\.\d+)?(?:-[A-Za-z][A-Za-z0-9]*)*(?![A-Za-z0-9.\-_/])/g;
const LATIN_LETTER = /[A-Za-z]/;
/** The first match of a global pattern in text; RE.exec(text) gives the next ones (a loop without matchAll's iterator and copy of the pattern). */
function firstMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(text);
}

/** 大模型 between a Chinese name and its version or code (衡元大模型2.5, 天衡大模型 V3, 衡律大模型 HL-2), and the space after it. */
const BIG_MODEL_BEFORE_VERSION = /(?<=[\u4e00-\u9fff])大模型\s?(?=(?:[Vv]?\d+(?:\.\d+)*|[A-Z]{1,3}-?\d{1,2}(?:\.\d{1,2})?)$)/;
/** Models the knowledge base lacks: Name大模型 after a proper noun, …GPT, Name-7B. */
function patternModels(text: string, known: EntityCandidate[], kb: KnowledgeBase): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const derived = (start: number, end: number, vendorId?: string): EntityCandidate => {
    const name = text.slice(start, end);
    return { start, end, kind: 'model', entityId: `model:${aliasKey(name)}`, canonical: name, vendorId, via: 'pattern' };
  };
  // a chip or a machine named by its form
  const derivedProduct = (start: number, end: number): EntityCandidate => ({ ...derived(start, end), kind: 'product', entityId: `product:${aliasKey(text.slice(start, end))}` });
  const overlapsKnown = (s: number, e: number) => known.some((k) => k.start < e && s < k.end && !(k.start === s && k.end <= e));
  // every pattern but the last needs a Latin letter
  const latin = LATIN_LETTER.test(text);

  // a version the knowledge base lacks of a family whose name is never matched alone: Step-4, MiniMax-M3
  if (kb.stems.size && latin) {
    for (let m = firstMatch(STEM_VERSION, text); m; m = STEM_VERSION.exec(text)) {
      const family = kb.stems.get(m[1].toLowerCase());
      if (!family) continue;
      if (/^[A-Za-z]/.test(m[3]) && !versionLetters(kb, family).has(m[3][0].toLowerCase())) continue;
      if (QUANTITY_AFTER.test(text.slice(m.index! + m[0].length))) continue;
      const s = m.index!, e = s + m[0].length;
      const known = kb.versions.get(family)?.get(versionKey(m[3]));
      const record = known ? kb.get(known) : undefined;
      out.push({
        start: s, end: e, kind: 'model', entityId: record?.id ?? `${family}-${versionKey(m[3])}`, canonical: record?.name ?? m[0],
        vendorId: kb.vendorOf(family), via: 'version',
      });
    }
  }
  // …GPT: BloombergGPT, FinGPT, RobotGPT (GPT in capitals, a name before it)
  if (latin && NAME_BEFORE_GPT.test(text)) for (let m = firstMatch(NAME_GPT, text); m; m = NAME_GPT.exec(text)) {
    const s = m.index!;
    // (a number after it that counts something is no version: ChatGPT11月 is ChatGPT in November)
    const counted = /\d$/.test(m[0]) && QUANTITY_AFTER.test(text.slice(s + m[0].length)) ? /-?\d+(?:\.\d+)*$/.exec(m[0])![0].length : 0;
    const e = s + m[0].length - counted;
    if (m[0].startsWith('GPT') || e - s < 5) continue;
    if (!known.some((k) => k.start === s && k.end >= e)) out.push(derived(s, e));
  }
  // the next three need a hyphen: one search for it spares three scans with a lookbehind at every place
  const hyphen = latin && text.includes('-');
  // Name-7B, Name-70B-Chat
  if (hyphen) for (let m = firstMatch(NAME_SIZE, text); m; m = NAME_SIZE.exec(text)) {
    const s = m.index!, e = s + m[0].length;
    if (NOT_A_MODEL_HEAD.test(m[0])) continue;
    if (!overlapsKnown(s, e) || known.some((k) => k.start === s && k.end < e)) out.push(derived(s, e));
  }
  // Name-2.0-1T, Name-3-70B: a name, a version and a size is a model's name by its form alone;
  // Name-2.5 right after a launch verb (开源了Foo-2.5) is one too
  if (hyphen) for (let m = firstMatch(NAME_VERSION_SIZE, text); m; m = NAME_VERSION_SIZE.exec(text)) {
    const s = m.index!, e = s + m[0].length;
    const sized = SIZED_END.test(m[0]);
    if (!sized && !LAUNCHED_BEFORE.test(text.slice(Math.max(0, s - 6), s))) continue;
    // (not a chip's code: 推出XR-12加速卡)
    if (NOT_A_MODEL_HEAD.test(m[0]) || QUANTITY_AFTER.test(text.slice(e, e + 3)) || DEVICE_NOUN_AFTER.test(text.slice(e, e + 8))) continue;
    if (!overlapsKnown(s, e) && !known.some((k) => k.start <= s && k.end >= e)) out.push(derived(s, e));
  }
  // 视频生成模型跃影2.0, 具身基础模型灵枢VLA 1.5: a Chinese name (and a Latin kind) with a dotted version right after 模型 is that model's name
  if (CJK_CODE_AFTER_MODEL.test(text)) for (let m = firstMatch(CJK_AFTER_MODEL, text); m; m = CJK_AFTER_MODEL.exec(text)) {
    const s = m.index! + m[0].length - m[1].length, e = s + m[1].length;
    // (nor a measure and its value: 该模型综合得分63.2)
    if (QUANTITY_AFTER.test(text.slice(e, e + 3)) || MEASURE_IN_NAME.test(m[1]) || known.some((k) => k.start < e && s < k.end)) continue;
    out.push(derived(s, e));
  }
  // 发布了天枢大模型3.0, 其衡言大模型V4: a Chinese name with 大模型 and a version after it is that model's, whatever the verb
  // (a launch verb, a word of description or a known name before it is no part of the name: 发布全新天枢 is 天枢)
  if (BIG_MODEL_THEN_CODE.test(text)) for (let m = firstMatch(CJK_BIG_MODEL_VERSION, text); m; m = CJK_BIG_MODEL_VERSION.exec(text)) {
    const end = m.index! + m[0].length, nameEnd = m.index! + m[1].length;
    let s = m.index!;
    for (const k of known) if (k.end > s && k.end <= nameEnd) s = k.end;
    for (let lead = NOT_A_BIG_MODEL_NAME_START.exec(text.slice(s, nameEnd)); lead; lead = NOT_A_BIG_MODEL_NAME_START.exec(text.slice(s, nameEnd))) s += lead[0].length;
    const name = text.slice(s, nameEnd);
    // (a family's name and a kind, 灵犀端侧大模型2.0, is read with the family's other kinds elsewhere)
    if (name.length < 2 || GENERIC_MODEL_WORDS.has(name) || KIND_OF_MODEL.test(name) || KIND_AT_END.test(name) || VERB_IN_NAME.test(name) || QUANTITY_AFTER.test(text.slice(end, end + 3)) || known.some((k) => k.start < end && s < k.end)) continue;
    out.push(derived(s, end));
  }
  if (text.includes('模型')) for (let m = firstMatch(CJK_SIZED_AFTER_MODEL, text); m; m = CJK_SIZED_AFTER_MODEL.exec(text)) {
    const s = m.index! + m[0].length - m[1].length, e = s + m[1].length;
    if (known.some((k) => k.start < e && s < k.end)) continue;
    out.push(derived(s, e));
  }
  // 视频生成模型 Seedance 2.0, 推理模型Zeta 2: a Latin name with a version right after 模型 is that model's name
  if (latin && MODEL_THEN_CAPITAL.test(text)) for (let m = firstMatch(LATIN_AFTER_MODEL, text); m; m = LATIN_AFTER_MODEL.exec(text)) {
    const s = m.index! + m[0].length - m[1].length, e = s + m[1].length;
    if (NOT_A_MODEL_HEAD.test(`${m[1]}-`) || /^(?:FP|BF|INT|GB|TB|MB|PUE|Q|H|TOP|V|v)\d/.test(m[1]) || QUANTITY_AFTER.test(text.slice(e, e + 3))) continue;
    if (!known.some((k) => k.start < e && s < k.end)) out.push(derived(s, e));
  }
  // Atlas 800I A2推理服务器, PowerEdge XE9680服务器: a Latin name and a code right before a kind of machine is that machine's
  if (latin && LATIN_THEN_MACHINE.test(text)) for (let m = firstMatch(LATIN_BEFORE_MACHINE, text); m; m = LATIN_BEFORE_MACHINE.exec(text)) {
    const s = m.index!, e = s + m[1].length;
    if (!/\d/.test(m[1]) || GENERIC_LATIN.has(m[1].split(' ')[0].toLowerCase()) || known.some((k) => k.start < e && s < k.end)) continue;
    out.push(derivedProduct(s, e));
  }
  // GPU云服务器gn9系列, 国产算力实例ga7: a cloud's instance family, a lower-case code after the machine it is
  if (latin) for (let m = firstMatch(INSTANCE_FAMILY, text); m; m = INSTANCE_FAMILY.exec(text)) {
    const s = m.index! + m[0].length - m[1].length, e = s + m[1].length;
    if (!known.some((k) => k.start < e && s < k.end)) out.push(derivedProduct(s, e));
  }
  // AI助手“小满”, 智能体「天衡」, 推理晶片「湃芯P3」, 一間台灣新創「聲紋未來」: a name in quotes right after what it is
  // (not after 大模型: “六小虎”, “鼻祖” are epithets)
  // (but after a model the company made itself, a quoted name is its own: 自研的医疗大模型“衡知·明鉴”)
  if (text.includes('“') || text.includes('「') || text.includes('『') || text.includes('"')) for (const re of [QUOTED_AFTER_KIND, QUOTED_AFTER_COMPANY, QUOTED_LAUNCHED_PLATFORM, QUOTED_OWN_MODEL, QUOTED_VERSIONED_MODEL, QUOTED_BUILT_ON_MODEL, QUOTED_NAMED, QUOTED_AFTER_SYSTEM, QUOTED_MACHINE]) {
    for (let m = firstMatch(re, text); m; m = re.exec(text)) {
      const s = m.index! + m[0].length - m[2].length - 1, e = s + m[2].length;
      // (a version's dot is no stop: 新版本“澜思-2.5”)
      // (a machine's name may hold spaces: 「雲湧 LLM 一體機」; any name one before its Latin code: “深维 S2”)
      // (a company's name opening the quoted one is its maker's, no bar: NPU“深维 S2” of 深维智能)
      if (GENERIC_MODEL_WORDS.has(m[2]) || STOP_IN_NAME.test((re === QUOTED_MACHINE ? m[2].replace(/ /g, '') : m[2].replace(/ (?=[A-Za-z0-9])/g, '')).replace(/(\d)\.(?=\d)/g, '$1')) ||
        known.some((k) => k.start < e && s < k.end && !(k.kind === 'vendor' && k.start === s && k.end < e))) continue;
      // (a slogan on 模 is no name: 初创“一模走天下”, 大厂“一厂多模”)
      if (MODEL_SLOGAN.test(m[2])) continue;
      // (a scare-quoted word is no name: 系统“瘫痪”, 叫“卷王”)
      if ((re === QUOTED_NAMED || re === QUOTED_AFTER_SYSTEM) && (NOT_IN_QUOTED_NAME.test(m[2]) || EPITHET_IN_QUOTES.test(m[2]))) continue;
      out.push(re === QUOTED_AFTER_COMPANY || (re === QUOTED_NAMED && namedCompany(text, m.index!, e)) ? { ...derived(s, e), kind: 'vendor', entityId: `vendor:${aliasKey(m[2])}` }
        : re === QUOTED_LAUNCHED_PLATFORM || re === QUOTED_BUILT_ON_MODEL || re === QUOTED_MACHINE || CHIP_KIND.test(m[1]) || m[1].endsWith('平台') || (re === QUOTED_AFTER_SYSTEM && !m[1].endsWith('模型')) || (re === QUOTED_NAMED && !namedModel(text, m.index!, e)) ? derivedProduct(s, e) : derived(s, e));
    }
  }
  // 自研的推理框架HengServe, 调度平台FlowMesh: a name in two capitalised parts right after what software it is
  if (latin && SOFTWARE_NOUN_THEN_CAPITAL.test(text)) for (let m = firstMatch(CAMEL_AFTER_SOFTWARE, text); m; m = CAMEL_AFTER_SOFTWARE.exec(text)) {
    const s = m.index! + m[0].length - m[1].length, e = s + m[1].length;
    if (known.some((k) => k.start < e && s < k.end)) continue;
    out.push(derivedProduct(s, e));
  }
  // 其产品灵犀助理, 其核心产品FlowServe推理引擎: a company's product named right after the word
  if (text.includes('产品') || text.includes('產品')) for (let m = firstMatch(OWN_PRODUCT_NAMED, text); m; m = OWN_PRODUCT_NAMED.exec(text)) {
    const s = m.index! + m[0].length - m[1].length, e = s + m[1].length;
    if (GENERIC_LATIN.has(m[1].toLowerCase()) || known.some((k) => k.start < e && s < k.end)) continue;
    out.push(derivedProduct(s, e));
  }
  // 公司主打面向企业的“数字员工”平台Flowmate: a Latin name right after the kind of product a company offers or launches
  if (latin && PRODUCT_KIND_THEN_CAPITAL.test(text)) for (let m = firstMatch(OFFERED_PRODUCT_NAMED, text); m; m = OFFERED_PRODUCT_NAMED.exec(text)) {
    const s = m.index! + m[0].length - m[1].length, e = s + m[1].length;
    if (GENERIC_LATIN.has(m[1].toLowerCase()) || known.some((k) => k.start < e && s < k.end)) continue;
    out.push(derivedProduct(s, e));
  }
  // 轮式双臂机器人灵枢W2, 旗舰芯片曦岳X9: a name with a code right after the kind of device it is
  for (let m = firstMatch(DEVICE_NAMED, text); m; m = DEVICE_NAMED.exec(text)) {
    const s = m.index! + m[0].length - m[1].length, e = s + m[1].length;
    // (not a precision or a setting: 一体机单机FP16算力)
    if (STOP_IN_NAME.test(m[1]) || /(?:FP|BF|INT|TF)\d/.test(m[1]) || /^[单單每整全]/.test(m[1]) || QUANTITY_AFTER.test(text.slice(e, e + 3)) || known.some((k) => k.start < e && s < k.end)) continue;
    out.push(derivedProduct(s, e));
  }
  // 发布曜石 S8, 推出星图 Pro: a launched name of a few characters and a Latin code or tier is a name by its form
  // (a block with no launch verb is not searched: the pattern is tried at every place of one that has a Latin letter)
  const launchVerb = LAUNCH_VERB.test(text);
  const launching = latin && launchVerb;
  if (launching) for (let m = firstMatch(LAUNCHED_CODE_NAME, text); m; m = LAUNCHED_CODE_NAME.exec(text)) {
    const s = m.index! + m[0].length - m[1].length, e = s + m[1].length;
    const brand = /^[\u4e00-\u9fff]+/.exec(m[1])![0];
    if (NOT_A_LAUNCHED_BRAND.test(brand) || /(?:FP|BF|INT|TF)\d/.test(m[1]) || QUANTITY_AFTER.test(text.slice(e, e + 3)) || known.some((k) => k.start < e && s < k.end)) continue;
    // (a device's kind near it makes it a product: 一体机, 服务器, 芯片)
    const device = deviceNear(text, s, e);
    out.push(device ? derivedProduct(s, e) : derived(s, e));
  }
  // 我们发布了曜言3.0，它是…: a launched name of a few characters and a version with a point is a model by its form
  // (searched only in a block with a launch verb and a version's point)
  if (launchVerb && text.includes('.')) for (let m = firstMatch(LAUNCHED_CJK_VERSION, text); m; m = LAUNCHED_CJK_VERSION.exec(text)) {
    const s = m.index! + m[0].length - m[1].length, e = s + m[1].length;
    const brand = /^[\u4e00-\u9fff]+/.exec(m[1])![0];
    if (NOT_A_LAUNCHED_BRAND.test(brand) || QUANTITY_AFTER.test(text.slice(e, e + 3)) || known.some((k) => k.start < e && s < k.end)) continue;
    out.push(derived(s, e));
  }
  // 曜石云发布…, 租自矩阵云: a cloud provider, a name and 云, opening a clause before its news or after what is rented from it
  // (云 is found by a plain search: a pattern that ends in it would be tried at every Chinese character)
  for (let at = text.indexOf('云'); at >= 0; at = text.indexOf('云', at + 1)) {
    if (CLOUD_THING_AFTER.test(text.slice(at + 1, at + 5))) continue;
    // (a brand and a kind of cloud is a name: 星河算力云 is 星河's, 算力云 alone no one's)
    for (const length of [2, 3, 4]) {
      const s = at - length, e = at + 1;
      const name = text.slice(Math.max(0, s), at);
      if (s < 0 || !/^[\u4e00-\u9fff]+$/.test(name) || NOT_IN_CLOUD_NAME.test(name)) continue;
      if (length === 4 && !(CLOUD_KIND.test(name) && !CLOUD_KIND.test(name.slice(0, 2)))) continue;
      // (rented on it: 机器是在星河算力云上租的)
      const rented = RENTED_FROM.test(text.slice(Math.max(0, s - 6), s)) || (/在\s*$/.test(text.slice(Math.max(0, s - 2), s)) && RENTED_ON_AFTER.test(text.slice(e, e + 6)));
      if (!rented && !((s === 0 || CLAUSE_OPENER.test(text[s - 1])) && COMPANY_NEWS_AFTER.test(text.slice(e, e + 5)))) continue;
      if ((!CLOUD_KIND.test(name) || length === 4) && !known.some((k) => k.start < e && s < k.end)) out.push({ ...derived(s, e), kind: 'vendor', entityId: `vendor:${aliasKey(text.slice(s, e))}` });
      break;
    }
  }
  // Figure AI发布的Helix, 英伟达开源的GR00T N1: a Latin name, and a code after it, right after a launch verb
  // (a block with no launch verb is not searched, as for the launched codes above)
  if (launching && LAUNCHED_THEN_CAPITAL.test(text)) for (let m = firstMatch(LAUNCHED_LATIN_NAME, text); m; m = LAUNCHED_LATIN_NAME.exec(text)) {
    const s = m.index! + m[0].length - m[1].length, e = s + m[1].length;
    const head = m[1].split(' ')[0];
    // (nor a precision or an edition: 发布了FP8版本的权重)
    if (!/[a-z0-9]/.test(head) || GENERIC_LATIN.has(head.toLowerCase()) || NOT_A_LAUNCHED_LATIN.test(head) || NOT_A_MODEL_HEAD.test(`${head}-`) || PRECISION_NAME.test(head) || /^\s?版/.test(text.slice(e, e + 2))) continue;
    if (QUANTITY_AFTER.test(text.slice(e, e + 3)) || INTERFACE_AFTER.test(text.slice(e, e + 5)) || known.some((k) => k.start < e && s < k.end)) continue;
    // (腾讯自研的 Angel 训练框架: a framework, an engine or a platform is software, no model)
    const device = deviceNear(text, s, e) || SOFTWARE_AFTER.test(text.slice(e, e + 8));
    out.push(device ? derivedProduct(s, e) : derived(s, e));
  }
  // 开源图生视频模型 Step-Video-TI2V, 推出快思考模型 Turbo S: a Latin name right after a launch verb and what kind of model it is
  // (the kind says it is a model: its name needs no number)
  // (理想的视觉语言模型MindVLA: the same after whose it is, 的, and the kind, when the name is a word's, not an acronym's)
  if (MODEL_THEN_CAPITAL.test(text)) for (const [re, owned] of [[LAUNCHED_KIND_MODEL, false], [OWNED_KIND_MODEL, true]] as const) {
    if (!owned && !launching) continue;
    for (let m = firstMatch(re, text); m; m = re.exec(text)) {
      const s = m.index! + m[0].length - m[1].length, e = s + m[1].length;
      const head = m[1].split(/[ -]/)[0];
      // (an acronym with a part after a hyphen is a name too: 它的云端教师模型QY-Base)
      if (owned && (NOT_A_LAUNCHED_LATIN.test(head) || ((!/[a-z0-9]/.test(head) || head.length < 3) && !HYPHENED_CODE.test(m[1])))) continue;
      if (GENERIC_LATIN.has(head.toLowerCase()) || /^(?:API|SDK|App|APP|MoE)$/.test(head) || PRECISION_NAME.test(head) || QUANTITY_AFTER.test(text.slice(e, e + 3)) || INTERFACE_AFTER.test(text.slice(e, e + 5))) continue;
      if (known.some((k) => k.start < e && s < k.end)) continue;
      out.push(derived(s, e));
    }
  }
  // 请到了深空智元的创始人, 陈屿，深空智元创始人: a name of four characters before its founder or chief, opening a clause
  if (OFFICER_HINT.test(text)) for (let m = firstMatch(OFFICERS_COMPANY, text); m; m = OFFICERS_COMPANY.exec(text)) {
    const s = m.index! + m[0].indexOf(m[1]), e = s + m[1].length;
    // (a known short name inside it is part of it: 智元 of 深空智元)
    if (NOT_AN_OFFICERS_NAME.test(m[1]) || VERB_IN_NAME.test(m[1]) || STOP_IN_NAME.test(m[1]) || NUMERAL_CHAR.test(m[1]) || known.some((k) => k.start < e && s < k.end && !(k.start > s && k.end <= e))) continue;
    out.push({ ...derived(s, e), kind: 'vendor', entityId: `vendor:${aliasKey(m[1])}` });
  }
  // 一家名为“灵枢科技”的创业公司: a name in quotes that a company is called
  if (text.includes('名为') || text.includes('名為')) for (let m = firstMatch(NAMED_COMPANY, text); m; m = NAMED_COMPANY.exec(text)) {
    const s = m.index! + m[0].indexOf(m[1]), e = s + m[1].length;
    if (STOP_IN_NAME.test(m[1]) || known.some((k) => k.start < e && s < k.end)) continue;
    out.push({ ...derived(s, e), kind: 'vendor', entityId: `vendor:${aliasKey(m[1])}` });
  }
  // a name with its English name in brackets: right after the word for a young company (初創港算雲（HKCompute）), or
  // before what only a company does (新竹的耐能智慧（Kneron）去年完成…融资)
  if (latin) for (const [hint, pattern] of [[STARTUP_KIND_THEN_NAME, STARTUP_WITH_ENGLISH_NAME], [ENGLISH_NAMED_COMPANY_HINT, ENGLISH_NAMED_COMPANY]] as const) {
    if (!hint.test(text)) continue;
    for (let m = firstMatch(pattern, text); m; m = pattern.exec(text)) {
      const s = m.index! + m[0].indexOf(m[1]), e = s + m[1].length;
      if (STOP_IN_NAME.test(m[1]) || NUMERAL_CHAR.test(m[1]) || GENERIC_ORG_WORDS.test(m[1]) || known.some((k) => k.start < e && s < k.end)) continue;
      out.push({ ...derived(s, e), kind: 'vendor', entityId: `vendor:${aliasKey(m[1])}` });
    }
  }
  // 位于宁夏中卫的北辰智算中心: a computing facility named as one
  if (text.includes('中心') || text.includes('枢纽')) for (let m = firstMatch(NAMED_FACILITY, text); m; m = NAMED_FACILITY.exec(text)) {
    const own = m[1] ?? m[2];
    const s = m.index!, e = s + m[0].length;
    if (FACILITY_KIND_WORDS.test(own) || STOP_IN_NAME.test(own) || known.some((k) => k.start < e && s < k.end)) continue;
    // (a province's or a city's 大数据中心 is a government bureau, no facility: 东陵省大数据中心)
    if (own.endsWith('大') && m[0].endsWith('数据中心')) continue;
    out.push(derivedProduct(s, e));
  }
  // “华擎政务大模型3.0”: a name in quotes that ends with 大模型 (and a version) is a model's, unless it only says
  // what kind of model (“政务大模型”, “行业大模型”)
  if (text.includes('模型')) for (let m = firstMatch(QUOTED_BIG_MODEL, text); m; m = QUOTED_BIG_MODEL.exec(text)) {
    const s = m.index! + 1, e = s + m[1].length;
    if (GENERIC_MODEL_WORDS.has(m[2]) || KIND_OF_MODEL.test(m[2]) || NOT_IN_QUOTED_NAME.test(m[2]) || STOP_IN_NAME.test(m[2]) || known.some((k) => k.start < e && s < k.end)) continue;
    out.push(derived(s, e));
  }
  // 本公司自研的天衡大模型: a short name the company built, written before 大模型 and named again in the text
  if (text.includes('大模型')) for (let m = firstMatch(BUILT_BIG_MODEL, text); m; m = BUILT_BIG_MODEL.exec(text)) {
    // (a kind between the name and 大模型 is no part of the name: 自研的曜言端侧大模型 is 曜言)
    const s = m.index! + m[0].length - m[1].length - (m[2]?.length ?? 0) - 3, e = m[2] ? s + m[1].length : s + m[1].length + 3;
    if (GENERIC_MODEL_WORDS.has(m[1]) || KIND_OF_MODEL.test(m[1]) || NOT_IN_QUOTED_NAME.test(m[1]) || STOP_IN_NAME.test(m[1]) || /[一二三四五六七八九十百千万亿级款个]/.test(m[1]) ||
      known.some((k) => k.start < e && s < k.end) || text.indexOf(m[1], e) < 0) continue;
    // (a version or a code after 大模型 makes the name longer: 自研的衡律大模型 HL-2 is read with its code above)
    if (!m[2] && BIG_MODEL_CODE_AFTER.test(text.slice(e, e + 6))) continue;
    out.push(derived(s, e));
  }
  // 公司自研的政务领域赣言大模型: after the field it serves, a short name before 大模型 is a name, named once or more
  if (text.includes('领域') || text.includes('領域') || text.includes('垂类') || text.includes('垂類')) for (let m = firstMatch(BUILT_FIELD_BIG_MODEL, text); m; m = BUILT_FIELD_BIG_MODEL.exec(text)) {
    const e = m.index! + m[0].length, s = e - m[1].length - 3;
    if (GENERIC_MODEL_WORDS.has(m[1]) || KIND_OF_MODEL.test(m[1]) || STOP_IN_NAME.test(m[1]) || /专用|專用|通用|大型|[一二三四五六七八九十百千万亿级款个]/.test(m[1]) || known.some((k) => k.start < e && s < k.end)) continue;
    out.push(derived(s, e));
  }
  // 中标产品：澜数·知川大模型平台 V3.0: the value of a product's label on a line of its own is its name (its version after)
  if (text.includes('：') || text.includes(':')) for (let m = firstMatch(LABELLED_PRODUCT, text); m; m = LABELLED_PRODUCT.exec(text)) {
    const s = m.index! + m[0].length - m[1].length, e = s + m[1].length;
    if (STOP_IN_NAME.test(m[1].replace(/[·・ ]/g, '')) || known.some((k) => k.start < e && s < k.end)) continue;
    out.push(/模型$/.test(m[1]) ? derived(s, e) : derivedProduct(s, e));
  }
  // 其千亿级参数的天枢金融大模型: a short name and the field it serves before 大模型, after 的 or a launch, is that model
  if (FIELD_BIG_MODEL.test(text)) for (let m = firstMatch(NAMED_FIELD_BIG_MODEL, text); m; m = NAMED_FIELD_BIG_MODEL.exec(text)) {
    const s = m.index!, e = s + m[0].length;
    if (GENERIC_MODEL_WORDS.has(m[1]) || KIND_OF_MODEL.test(m[1]) || STOP_IN_NAME.test(m[1]) || NOT_A_FIELD_MODEL_NAME.test(m[1]) || known.some((k) => k.start < e && s < k.end)) continue;
    out.push(derived(s, e));
  }
  // “澜思”大模型, “极睿·衡”行业大模型: a name in quotes that a model word follows is that model's, unless it only says what kind
  if (text.includes('模型') || text.includes('Agent') || /智能[体體]/.test(text)) for (let m = firstMatch(QUOTED_BEFORE_MODEL, text); m; m = QUOTED_BEFORE_MODEL.exec(text)) {
    const s = m.index! + 1, e = s + m[1].length;
    // (a kind is said before a model word or 智能体, not before Agent: “小精灵”Agent is a name)
    // (nor an epithet in quotes: 真正的“杀手级”智能体, “现象级”大模型)
    // (nor a type said in quotes, “思考型”模型Gemini 2.5 Pro: a name follows the model word, or the word ends with 型)
    if (GENERIC_MODEL_WORDS.has(m[1]) || (m[3] !== 'Agent' && KIND_OF_MODEL.test(m[1])) || STOP_IN_NAME.test(m[1]) || STOP_IN_NAME.test(m[2]) || EPITHET_IN_QUOTES.test(m[1]) || DEGREE_EPITHET.test(m[1]) || known.some((k) => k.start < e && s < k.end) ||
      (m[3] !== 'Agent' && /[\u4e00-\u9fff]型$/.test(m[1])) || known.some((k) => k.start === m!.index! + m![0].length)) continue;
    out.push(derived(s, e));
  }
  // “擎天-Ⅱ”万卡AI集群, 「北辰一号」智算中心: a name in quotes that a cluster's or a computing centre's word follows is that facility's
  if (text.includes('集群') || text.includes('中心') || text.includes('超节点')) for (let m = firstMatch(QUOTED_BEFORE_FACILITY, text); m; m = QUOTED_BEFORE_FACILITY.exec(text)) {
    const s = m.index! + 1, e = s + m[1].length;
    if (GENERIC_MODEL_WORDS.has(m[1]) || STOP_IN_NAME.test(m[1]) || EPITHET_IN_QUOTES.test(m[1]) || DEGREE_EPITHET.test(m[1]) || known.some((k) => k.start < e && s < k.end)) continue;
    out.push(derivedProduct(s, e));
  }
  // Name-1, Name-2.5 next to the word 模型 (通用机器人大模型StarDust-1, Foo-2模型), or right after a launch verb (开源Lucid-MoE-2)
  if (hyphen) for (let m = firstMatch(NAME_NUMBER, text); m; m = NAME_NUMBER.exec(text)) {
    const s = m.index!, e = s + m[0].length;
    if (!/模型\s*$/.test(text.slice(Math.max(0, s - 8), s)) && !/^\s*(大)?模型/.test(text.slice(e, e + 4)) &&
      !(LAUNCHED_BEFORE.test(text.slice(Math.max(0, s - 6), s)) && !NOT_A_MODEL_HEAD.test(m[0]) && !QUANTITY_AFTER.test(text.slice(e, e + 3)) && !DEVICE_NOUN_AFTER.test(text.slice(e, e + 8)))) continue;
    if (!known.some((k) => k.start <= s && k.end >= e) && !GENERIC_LATIN.has(m[0].toLowerCase().replace(/-[\d.]+[a-z]?$/, ''))) out.push(derived(s, e));
  }
  // Halcyon-R2：首个…的推理模型: a word and a code after a hyphen, with 模型 later in its sentence, is a model's name
  if (hyphen && text.includes('模型')) for (let m = firstMatch(WORD_CODE_NAME, text); m; m = WORD_CODE_NAME.exec(text)) {
    const s = m.index!, e = s + m[0].length;
    if (NOT_A_MODEL_HEAD.test(m[0]) || GENERIC_LATIN.has(m[0].split('-')[0].toLowerCase()) || QUANTITY_AFTER.test(text.slice(e, e + 3)) || DEVICE_NOUN_AFTER.test(text.slice(e, e + 8))) continue;
    if (!/^[^。！？!?\n]{0,40}模型/.test(text.slice(e, e + 44)) || known.some((k) => k.start < e && s < k.end)) continue;
    out.push(derived(s, e));
  }
  // Helix-MoE技术报告: a hyphenated Latin name right before its technical report or model card is a model's
  if (hyphen && (text.includes('报告') || text.includes('報告') || text.includes('模型卡'))) for (let m = firstMatch(NAME_BEFORE_REPORT, text); m; m = NAME_BEFORE_REPORT.exec(text)) {
    const s = m.index!, e = s + m[1].length;
    if (NOT_A_MODEL_HEAD.test(`${m[1]}-`) || known.some((k) => k.start < e && s < k.end)) continue;
    out.push(derived(s, e));
  }
  // X大模型 where X is a Latin name (HunYuan大模型, M6大模型)
  if (latin && text.includes(MODEL_SUFFIX)) for (let m = firstMatch(LATIN_BIG_MODEL, text); m; m = LATIN_BIG_MODEL.exec(text)) {
    const name = m[1];
    const s = m.index!, e = s + m[0].length;
    if (GENERIC_LATIN.has(name.toLowerCase()) || GENERIC_LATIN.has(name.toLowerCase().replace(/[-\d.]+$/, ''))) continue;
    if (!/[a-z0-9]/.test(name) && name.length < 4) continue; // all-capital short words are acronyms (NLP, CV)
    if (!known.some((k) => k.start <= s && k.end >= e)) out.push(derived(s, e));
  }
  // a company's name, a hyphen and a version is its model (发布澜舟-3, 澜舟-3大模型), not the company and a number -3
  if (text.includes('-') || text.includes('－')) for (const k of known) {
    if (k.kind !== 'vendor' || !CJK_CHAR.test(text[k.end - 1])) continue;
    const end = companyVersionEnd(text, k.end);
    if (end === undefined) continue;
    if (!/^\s*(?:大)?模型|^\s*(?:系列|版本)/.test(text.slice(end, end + 4)) && !NAMED_MODEL_BEFORE.test(text.slice(Math.max(0, k.start - 10), k.start))) continue;
    if (!overlapsKnown(k.start, end)) out.push(derived(k.start, end, k.entityId));
  }
  // Family X 大模型 (盘古医疗大模型), Vendor X 大模型 (蚂蚁金融大模型), Brand X 大模型 (九天基础大模型) and Family X 模型 (豆包视觉理解模型)
  for (const k of known) {
    // a context alias before 的…大模型 (荣耀的魔法大模型) is supported by that very phrase
    const ownModel = k.kind === 'vendor' && text[k.end] === '的';
    const record = k.kind === 'model' ? kb.get(k.entityId) : undefined;
    // a family, or a brand whose models are named "brand X大模型" (九天大模型): X大模型 after it supports even a context alias
    const brand = !!record && (kb.isFamily(k.entityId) || record.name.endsWith(MODEL_SUFFIX));
    if (k.kind !== 'vendor' && !brand) continue;
    if (k.tentative && !ownModel && !(brand && CJK_CHAR.test(text[k.end - 1]))) continue;
    if (text.slice(k.start, k.end).endsWith('模型')) continue; // 文心大模型涵盖基础大模型 is two phrases
    // 荣耀的魔法大模型: a vendor's own model named after 的 (the model span leaves the vendor out)
    const possessive = k.kind === 'vendor' && text[k.end] === '的';
    const from = possessive ? k.end + 1 : k.end;
    const rest = text.slice(from, from + 12);
    let i = rest.indexOf(MODEL_SUFFIX), suffix = MODEL_SUFFIX;
    if (i < (possessive ? 2 : 1) || i > 4) {
      // a family's model named by what it does: 豆包视觉理解模型
      i = brand && CJK_CHAR.test(text[k.end - 1]) ? rest.indexOf('模型') : -1;
      suffix = '模型';
      if (i < 2 || i > 6 || rest[i - 1] === '大') continue;
    }
    const x = rest.slice(0, i);
    // after a brand, 基础大模型 is its foundation model's name (九天基础大模型); after a company, a description
    // (nor a count of its models: 通义千问9款模型, 文心十余个模型)
    if (STOP_IN_NAME.test(x) || !/^[\u3400-\u9fffA-Za-z0-9]+$/.test(x) || (genericModelWords(x) && !(brand && x === '基础' && CJK_CHAR.test(text[k.end - 1]))) || VERB_IN_NAME.test(x) || MODELS_COUNTED.test(x)) continue;
    const xs = from, xe = from + i;
    if (known.some((o) => o !== k && o.start < xe + suffix.length && xs < o.end)) continue;
    const vendorId = k.kind === 'vendor' ? k.entityId : kb.vendorOf(k.entityId);
    out.push(derived(possessive ? xs : k.start, xe + suffix.length, vendorId));
  }
  return out;
}

/** A name in quotes right after the kind of thing it names: an AI assistant or product (AI写作助手“X”, AI学习产品“X”, not 办公助手), an app, an agent, a chip. */
const CHIP_KIND = /芯片|晶片|处理器|處理器|GPU|NPU|ASIC|加速器|加速卡/;
/** A device's kind, then its name: a few characters and a code (机器人灵枢W2, 芯片曦岳X9, 眼镜星镜A1 Pro). */
const DEVICE_NAMED = /(?:机器人|機器人|芯片|晶片|处理器|處理器|加速卡|眼镜|眼鏡|耳机|耳機|手机|手機|平板|服务器|伺服器|一体机|一體機)((?:[\u4e00-\u9fff](?<![的是为為和与與及在将將已了款台个個])){2,4}[A-Z]{1,2}\d{1,4}[A-Za-z]?(?: ?(?:Pro|Max|Ultra|Plus|Mini|Lite))?)(?![A-Za-z0-9.])/g;
/** The kinds of product a company offers under a name (平台, 产品, 应用, 助手, 工具, App). */
const PRODUCT_KIND_WORD = /平台|产品|產品|应用|應用|助手|工具|App|APP/;
/** A Latin name right after the kind of product a company offers or launches (主打…平台Flowmate, 推出AI助手Mira, 其Agent平台AskXBOT), a few words after the verb or 其. */
const OFFERED_PRODUCT_NAMED = new RegExp(`(?:主打|推出|发布|發布|上线|上線|打造|旗下|其(?![中他它余餘实實次后後间間]))[^，,。；;！？!?\\n]{0,16}?(?:${PRODUCT_KIND_WORD.source})\\s?([A-Z][A-Za-z0-9]+(?:[ -][A-Z0-9][A-Za-z0-9]*)?)(?![A-Za-z0-9.\\-])`, 'g');
/** A kind of product and a capital: in every match of OFFERED_PRODUCT_NAMED. */
const PRODUCT_KIND_THEN_CAPITAL = new RegExp(`(?:${PRODUCT_KIND_WORD.source})\\s?[A-Z]`);
/** A company's product right after 其产品 or 旗下产品: a Latin name, or a Chinese one that ends with what it is (灵犀助理, 星图App). */
const OWN_PRODUCT_NAMED = /(?:其|旗下|公司)(?:核心|主力|主打|旗舰|旗艦|首款|明星)?(?:产品|產品)\s?([A-Z][A-Za-z0-9]+(?:[ -][A-Z0-9][A-Za-z0-9]*)?|[\u4e00-\u9fff]{2,4}(?:助理|助手|App|APP|Agent|引擎|平台))(?![A-Za-z0-9])/g;
/**
 * A machine's quoted name that says what it is, with a model's letters or number in it (「雲湧 LLM 一體機」,
 * “星河X1推理服务器”; a kind of machine in quotes, “地端大模型一体机”, names none): group 2 is the name.
 */
const QUOTED_MACHINE = /()[“「『"]((?=[^”」』"]{0,14}[A-Za-z0-9])[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9.\- ]{0,14}?(?:一体机|一體機|服务器|伺服器|工作站|算力盒子|机柜|機櫃))[”」』"]/g;
/** A quoted name given as one (叫“衡流”, 命名为「灵机」, 旗下的“小鹿AI”): group 2 is the name. */
const QUOTED_NAMED = /(叫做?|名叫|名[为為]|命名[为為]|取名[为為]?|代号[为為]?|代號[為]?|旗下的?)[“「『"]([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9.\- ]{1,11})[”」』"]/g;
/** Words for software right after a name (Angel 训练框架, Foo推理引擎): what is named is software, no model. */
const SOFTWARE_AFTER = /^\s?(?:训练|訓練|推理|深度学习|深度學習|分布式|机器学习|機器學習)?(?:框架|引擎|工具链|中间件|中間件)/;
/** Words for software (a framework, an engine, a platform), right before a name. */
const SOFTWARE_NOUN = /框架|引擎|平台|工具链|系统|系統|软件|軟體|中间件|中間件/;
/** A name in two or more capitalised parts (HengServe, FlowMesh) right after a word for software; the word is matched first (a lookbehind at every place is slow). */
const CAMEL_AFTER_SOFTWARE = new RegExp(`(?:${SOFTWARE_NOUN.source})\\s?((?<![A-Za-z0-9])[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+(?:[ -]?\\d+(?:\\.\\d+)*)?)(?![A-Za-z0-9.\\-_/@])`, 'g');
/** A kind of software and a capital: in every match of CAMEL_AFTER_SOFTWARE. */
const SOFTWARE_NOUN_THEN_CAPITAL = new RegExp(`(?:${SOFTWARE_NOUN.source})\\s?[A-Z]`);
/** A quoted name right after a system, an engine or a domain's model (诊断系统「影析」, 推理引擎“衡流”, 法律模型「律思」). */
const QUOTED_AFTER_SYSTEM = /(系统|系統|引擎|框架|(?:政务|政務|医疗|醫療|金融|教育|工业|工業|法律|法务|法務|气象|氣象|能源|电力|電力|农业|農業|科研|零售|客服|办公|辦公|代码|代碼|编程|編程|数学|數學|视觉|視覺|语音|語音|图像|圖像|视频|視頻|端侧|端側|推理|具身|垂直|行业|行業)(?:大)?模型)[“「『"]([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9.\- ]{1,11})[”」』"]/g;
/** Words that quotes make an epithet or a nickname, not a name (卷王, 国家队, 天花板, 六小虎). */
/** A class an epithet puts a thing in (杀手级, 现象级, 国民级, 破圈级): no name. */
const DEGREE_EPITHET = /^[\u4e00-\u9fff]{1,3}[级級]$/;
const EPITHET_IN_QUOTES = /王$|队$|隊$|天花板|小虎|小龙|小龍|一哥|黑马|黑馬|神器|杀手|殺手|标杆|標杆|顶流|頂流|网红|網紅|学霸|學霸|卡脖子|内卷|內卷|出圈|瘫痪|癱瘓|崩溃|崩潰|幻觉|幻覺|越狱|越獄|失忆|失憶|降智|偷懒|偷懶/;
/** A company is what a quoted name names when a word for one is said just before or after (一家公司叫“X”, 名为“X”的初创). */
function namedCompany(text: string, at: number, end: number): boolean {
  return /(?:公司|企业|企業|初创|初創|新创|新創|创企|創企|创业团队|創業團隊)[^，。；！？,;!?]{0,4}$/.test(text.slice(Math.max(0, at - 10), at)) ||
    /^[”」』]的?[\u4e00-\u9fff]{0,4}?(?:公司|企业|企業|初创|初創|新创|新創|创企|創企)/.test(text.slice(end, end + 10));
}
/** A model is what a quoted name names when a model word is said just before it or right after it. */
function namedModel(text: string, at: number, end: number): boolean {
  return /模型|智能[体體]|Agent|助手|助理|App|APP|聊天|对话|對話/.test(text.slice(Math.max(0, at - 12), at)) || /^[”」』]\s*(?:的)?[\u4e00-\u9fff]{0,4}?(?:大模型|模型|助手|App|APP)/.test(text.slice(end, end + 10));
}
const QUOTED_AFTER_KIND = /((?:AI|智能) ?[\u4e00-\u9fff]{0,4}(?:助手|助理|客服|数字人|數字人|产品|產品|应用程序|应用程式|應用程式|应用|應用|工具)|(?:对话|對話|聊天|编程|編程|写作|寫作|搜索|翻译|翻譯|代码|代碼)(?:助手|助理|机器人|機器人)|AI应用|AI應用|(?:C端|c端|To C|ToC|消费级|消費級)(?:产品|產品|应用|應用)|App|APP|智能体|智能體|聊天机器人|聊天機器人|芯片|晶片|处理器|處理器|GPU|NPU|ASIC|加速器|加速卡|新版本|新一代模型|下一代模型|新模型|(?<!评测|测评|榜单)平台)[“「『"]([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9.\- ]{1,11})[”」』"]/g;
/** A model's quoted Latin name with its version right after 模型 (肺结节筛查模型「ClearLung 3.0」): a name by its form, not an epithet. */
const QUOTED_VERSIONED_MODEL = /(模型)[“「『"]([A-Za-z][A-Za-z0-9.\- ]{0,14}\d(?:\.\d{1,2})?)[”」』"]/g;
/** A model a company made itself or for itself, its quoted name right after the word (自研的具身大模型“擎天-VLA”, 自研医疗大模型“衡知·明鉴”, 行内专属模型“江南智答”). */
// (its kind may be written in Latin letters and glossed in brackets: 自研的VLA（视觉-语言-动作）模型“衡元”)
const QUOTED_OWN_MODEL = /((?:自研|自主研发|自主研發|自家|自有|专属|專屬|定制|定製)[的]?(?:[\u4e00-\u9fffA-Za-z]|[（(][^（）()“”「」\n]{1,12}[)）]){0,8}?(?:大模型|模型))[“「『"]([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9.\-·・ ]{1,11})[”」』"]/g;
/** A system built on a model, its quoted name right after (基于百度文心大模型打造的“工艺大脑”): a product. */
const QUOTED_BUILT_ON_MODEL = /((?:基于|基於)[^，,。；;！？!?“”「」『』]{1,20}?(?:打造|开发|開發|研发|研發|训练|訓練|构建|構建|搭建|推出)的)[“「『"]([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9.\- ]{1,11})[”」』"]/g;
/** A platform launched under a quoted name that says it is one (推出“星河MaaS平台”, 上线「灵犀开放平台」). */
const QUOTED_LAUNCHED_PLATFORM = /(推出|发布|發布|上线|上線|打造|搭建|推出了|发布了|發布了|上线了|上線了)[“「『"]([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9.\- ]{0,10}(?:平台|云|雲))[”」』"]/g;
/** A name in quotes ending with 大模型 and perhaps a version (“华擎政务大模型3.0”); group 2 is what stands before 大模型. */
const QUOTED_BIG_MODEL = /[“「『"](([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,10}?)(?:大模型|模型)(?:\s?[Vv]?\d+(?:\.\d+)*)?)[”」』"]/g;
/**
 * A name in quotes right before 大模型 or 模型, perhaps with a domain between (“澜思”大模型, “极睿·衡”行业大模型); group 1 is the
 * name. Not when the phrase names a company or a trend (“六小虎”大模型公司, “百模”大模型大战).
 */
/** A name in quotes before a cluster's or a computing centre's word, a scale or a kind between (“擎天-Ⅱ”万卡AI集群; Roman numerals too). */
const QUOTED_BEFORE_FACILITY = /[“「『"]([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9.·\-\u2160-\u217f ]{0,11})[”」』"](?:[\u4e00-\u9fffA-Za-z]{0,6}?)(?:集群|智算中心|算力中心|数据中心|超算中心|计算中心|超节点)/g;
const QUOTED_BEFORE_MODEL = /[“「『"]([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9.·\- ]{0,11})[”」』"]([\u4e00-\u9fff]{0,4}?)(大模型|模型|系列模型|Agent(?![A-Za-z])|智能体|智能體)(?!公司|企业|厂商|创业|初创|独角兽|团队|赛道|领域|行业|时代|浪潮|竞赛|大战|热|概念|玩家|服务商|产业|平台|市场)/g;
/** A word for a young company (初创, 新創, 创企), which a name may follow without quotes. */
const STARTUP_KIND = '(?:初创公司|初創公司|初创企业|初創企業|创业公司|創業公司|新创公司|新創公司|初创|初創|新创|新創|创企|創企)';
const STARTUP_KIND_THEN_NAME = new RegExp(`${STARTUP_KIND}[\\u4e00-\\u9fff]{2,5}[（(][A-Z]`);
/** 初創港算雲（HKCompute）: the name, in group 1, and its English name in brackets. */
const STARTUP_WITH_ENGLISH_NAME = new RegExp(`${STARTUP_KIND}([\\u4e00-\\u9fff]{2,5})[（(][A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]*)*[)）]`, 'g');
/** What only a company does right after its name (去年完成…融资, 获得…投资, 宣布, 递表), its time words before. */
const COMPANY_DEED = '\\s*(?:去年|今年|前年|近日|日前|此前|今日|今天|[\\d一二三四五六七八九十]{1,2}月(?:份)?)?\\s*(?:(?:完成|获得|獲得)(?=[^，。；;\\n]{0,24}?(?:融资|融資|募资|募資|投资|投資|[A-E]\\+?轮|[A-E]\\+?輪|天使轮|天使輪|上市|IPO))|宣布|宣佈|递表|遞表|创立于|創立於|成立于|成立於)';
/** 耐能智慧（Kneron）去年完成…: a name opening its clause (or after 的), its English name in brackets, then a company's deed (group 1: the name). */
const ENGLISH_NAMED_COMPANY = new RegExp(`(?<=^|[的、，,。：:；;\\s])([\\u4e00-\\u9fff]{2,5})[（(][A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]*)*[)）](?=${COMPANY_DEED})`, 'gm');
const ENGLISH_NAMED_COMPANY_HINT = new RegExp(`[）)]${COMPANY_DEED}`);
/** A company's name in quotes after 名为 (一家名为“灵枢科技”的创业公司). */
const NAMED_COMPANY = /名[为為][“「『]([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9.\- ]{1,11})[”」』]的[\u4e00-\u9fff]{0,4}?(?:公司|企业|企業|初创|初創|创企|創企|厂商|廠商)/g;
/** Words of a phrase, not of a name, before 大模型 in quotes (“有没有大模型”, “用不用大模型”). */
const NOT_IN_QUOTED_NAME = /[有没沒无無不是的了吗嗎呢么麼哪谁誰怎做用个個这這那要能会會]/;
/** What begins a kind of model rather than a name: a domain, a modality, a market (政务大模型, 端侧模型). */
const KIND_OF_MODEL = /^(?:政务|政務|医疗|醫療|金融|教育|工业|工業|法律|城市|交通|气象|氣象|能源|电力|電力|农业|農業|科研|制造|製造|零售|文旅|媒体|媒體|客服|办公|辦公|安全|代码|代碼|数学|數學|视觉|視覺|语音|語音|图像|圖像|视频|視頻|多模态|多模態|端侧|端側|推理|世界|具身|小|大|专用|專用)/;
/** A name a company built, before 大模型 and perhaps its kind (自研的天衡大模型, 自研的曜言端侧大模型). */
/** A version or a code of capitals right after 大模型 (3.0, V4, HL-2): what CJK_BIG_MODEL_VERSION reads as part of the name. */
const BIG_MODEL_CODE_AFTER = /^\s?(?:[Vv]?\d{1,2}\.\d|[Vv]\d|(?!(?:Q|H|FY)\d)[A-Z]{1,3}-?\d)/;
const BUILT_BIG_MODEL = /(?:自研|研发|研發|推出|发布|發布|打造|训练|訓練)的([\u4e00-\u9fff]{2,3}?)(端侧|端側|多模态|多模態|语言|語言|推理|视觉|視覺|行业|行業|通用)?大模型/g;
/** A product's label and its name, alone on its line but for a version (中标产品：澜数·知川大模型平台 V3.0): group 1 is the name. */
const LABELLED_PRODUCT = /(?<=^|\n)[ \t]*(?:中标产品|中標產品|成交产品|成交產品|产品名称|產品名稱|品牌型号|品牌型號)[ \t]*[：:][ \t]*([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9·・ \-]{1,23}?)(?=[ \t]*(?:[Vv]\d+(?:\.\d+)*)?[ \t]*(?:\n|$))/g;
/** Fields a model is built for (金融, 医疗). */
const MODEL_FIELDS = '金融|医疗|醫療|政务|政務|法律|教育|工业|工業|气象|氣象|能源|电力|電力|农业|農業|科研|营销|營銷|法务|法務|交通|汽车|汽車|电商|電商|传媒|傳媒|医药|醫藥|保险|保險|证券|證券|银行|銀行|客服|办公|辦公';
/** A two-character name and a field before 大模型, after 的 or a launch (的天枢金融大模型, 发布瀚海医疗大模型): group 1 is the name. */
const NAMED_FIELD_BIG_MODEL = new RegExp(`(?<=的|发布|發布|推出|上线|上線)([\\u4e00-\\u9fff]{2})(?:${MODEL_FIELDS})大模型`, 'g');
/** A field and 大模型: what every match of NAMED_FIELD_BIG_MODEL holds, found far faster than the pattern that looks behind at every place. */
const FIELD_BIG_MODEL = new RegExp(`(?:${MODEL_FIELDS})大模型`);
/** Words before a field's 大模型 that say what kind or whose it is, not its name (垂直, 自研, 首个, 国产). */
const NOT_A_FIELD_MODEL_NAME = /^(?:垂直|专属|專屬|自有|自研|领先|領先|国产|國產|首款|首个|首個|新款|专用|專用|通用|大型|小型|行业|行業|开源|開源|私有|本地|智能|全新|新一|一个|一個|多个|多個|各类|各類|主流|头部|頭部|中文|中国|中國|国内|國內|海外|全球|自家|现有|現有|相关|相關|定制|訂製|专业|專業|综合|綜合|[\d一二三四五六七八九十百千万亿两兩几幾多首该該这這那此各某其].*)$/;
/** A model built for a field, its name between the field and 大模型 (自研的政务领域赣言大模型). */
const BUILT_FIELD_BIG_MODEL = /(?:自研|研发|研發|推出|发布|發布|打造|训练|訓練)的[\u4e00-\u9fff]{1,4}(?:领域|領域|垂类|垂類)([\u4e00-\u9fff]{2,3}?)大模型/g;
/** A play on 模 (model) with a numeral, as slogans make it: 一模走天下, 一厂多模, 百模大战, 千模千面. */
const MODEL_SLOGAN = /[一二两兩三四五六七八九十百千万萬多]模|模[一二两兩三四五六七八九十百千万萬多走]|天下$/;
/** A company's name in quotes right after a word for a company (not after 大模型 or 独角兽 alone: “六小虎” is an epithet). */
const QUOTED_AFTER_COMPANY = /(公司|企业|企業|新创|新創|初创|初創|创企|創企|创业公司|創業公司|新创公司|新創公司|新創團隊|创业团队|創業團隊)[“「『"]([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9.\- ]{1,11})[”」』"]/g;
/** Kinds of machine a Latin name and its codes may come before (推理服务器, 一体机, 加速卡). */
const MACHINE_KINDS = '推理服务器|训练服务器|推理伺服器|訓練伺服器|服务器|伺服器|服務器|一体机|一體機|超节点|超節點|整机|整機|加速卡|推理卡|训练卡|訓練卡';
/** A Latin name and one to three codes right before a kind of machine (Atlas 800I A2推理服务器). */
const LATIN_BEFORE_MACHINE = new RegExp(`(?<![A-Za-z0-9])([A-Z][A-Za-z]{2,}(?: [A-Z0-9][A-Za-z0-9]{0,6}){1,3})\\s?(?=${MACHINE_KINDS})`, 'g');
/** A letter or a digit right before a kind of machine: in every match of LATIN_BEFORE_MACHINE. */
const LATIN_THEN_MACHINE = new RegExp(`[A-Za-z0-9]\\s?(?:${MACHINE_KINDS})`);
/** A lower-case code after a cloud server or an instance and before 系列 or a clause's end (gn9系列, 实例ga7，). */
const INSTANCE_FAMILY = /(?:服务器|伺服器|服務器|实例|實例)\s?([a-z]{1,4}\d{1,2}[a-z]{0,2})(?![A-Za-z0-9.])(?=\s?(?:系列|[，,。；;、及和与與]|$))/gm;
/** A Chinese name of a few characters (none a word of grammar or measure) and a dotted version right after 模型 (模型跃影2.0, 大模型天衡3.5-Pro). */
// (not a predicate after 模型: 较上一代模型分别提升6.2、4.8和21.5个百分点)
const CJK_AFTER_MODEL = /模型[“「]?(?!分别|分別|各自|均|都|也|还|還|又|再|仍|提升|提高|增长|增長|下降|降低|减少|減少|增加|上涨|上漲|得分|跑分|平均)((?:(?![的是了在和与與及为為达達到有等将將已其这這那个個参參数數量规規模版本约約近超过過共计計占用于於从從比较較])[\u4e00-\u9fff]){2,4}(?:[A-Z]{2,4} ?)?\d{1,2}\.\d{1,2}(?:[ -]?(?:Pro|Max|Turbo|Lite|Mini|Plus|Ultra|Flash))?)(?![\d.A-Za-z])/g;
/** Words of a measure, never of a name (得分, 准确率, 均值): what precedes a value, 综合得分63.2. */
const MEASURE_IN_NAME = /得分|分数|分數|成绩|成績|评分|評分|跑分|总分|總分|均分|率|均值|指数|指數/;
/** 模型, a few Chinese characters and a capital or a digit: in every match of CJK_AFTER_MODEL. */
const CJK_CODE_AFTER_MODEL = /模型[“「]?[\u4e00-\u9fff]{2,4}[A-Z\d]/;
/** A Chinese name of two to four characters (none a word of grammar), 大模型 and a dotted or V version (天枢大模型3.0, 衡言大模型V4). */
// (or a code of capitals and a number, 衡律大模型 HL-2, 天衡大模型 X1: not a quarter, a half or a fiscal year, Q4, H1, FY24)
const CJK_BIG_MODEL_VERSION = /((?:(?![的是了在和与與及为為达達到有等将將已其这這那个個款该該此各从從向对對把被以用于於])[\u4e00-\u9fff]){2,4})大模型\s?(?:[Vv]\d{1,2}(?:\.\d{1,2})?|\d{1,2}\.\d{1,2}|(?!(?:Q|H|FY)\d)[A-Z]{1,3}-?\d{1,2}(?:\.\d{1,2})?)(?![\d.A-Za-z%])/g;
/** 大模型 and what may start a version or a code after it: in every match of CJK_BIG_MODEL_VERSION (the pattern is
 * tried at every Chinese character, this one only at 大模型). */
const BIG_MODEL_THEN_CODE = /大模型\s?[\dA-Zv]/;
/** A kind of model at a name's end (灵犀端侧, 星河云端). */
const KIND_AT_END = /(?:端侧|端側|云端|雲端|多模态|多模態|语言|語言|推理|视觉|視覺|行业|行業|通用)$/;
/** What opens such a match but no name: a launch verb, a word of description (发布, 全新, 最新一代, 公司). */
const NOT_A_BIG_MODEL_NAME_START = /^(?:(?:旗舰|旗艦|基础|基礎|通用)?模型|发布|發布|發佈|推出|升级|升級|上线|上線|开源|開源|亮相|打造|迭代|全新|最新|新版|新一代|下一代|自研|旗下|公司|集团|集團|新)/;
/** 端侧模型叫 星河3B, 模型名为澜语7B: a Chinese name with a size named after 模型 (叫, 名为, or quotes) is that model's name (not 模型激活20B). */
const CJK_SIZED_AFTER_MODEL = /模型(?:(?:叫做?|名为|名為|名叫|命名为|命名為)\s?[“「]?|[“「])((?:(?![的是了在和与與及为為达達到有等将將已其这這那个個参參数數量规規模版本约約近超过過共计計占用于於从從比较較只仅僅])[\u4e00-\u9fff]){2,4}\d{1,3}(?:\.\d)?[BT])(?![\d.A-Za-z])/g;
/** A Latin name and a version after 模型 (视频生成模型 Seedance 2.0, 基座模型HC-Mind 3.0: two capitals before a hyphen). */
const LATIN_AFTER_MODEL = /模型\s?((?<![A-Za-z0-9])(?:[A-Z][A-Za-z]{2,}|[A-Z]{2}(?=-[A-Z][a-z]))(?:-[A-Z][A-Za-z]*)?(?: [A-Z][A-Za-z]+)?[ -]?\d+(?:\.\d+)*[A-Za-z]?)(?![A-Za-z0-9.])/g;
/** 模型 and a capital: in every match of LATIN_AFTER_MODEL, LAUNCHED_KIND_MODEL and OWNED_KIND_MODEL (most text has 模型, few a Latin name right after it). */
const MODEL_THEN_CAPITAL = /模型\s?[A-Z]/;

/** Verbs that introduce a newly named model (开源了Foo-2.5, 发布Bar-3). */
const LAUNCH_VERBS = '推出|提出|发布|發布|开源|開源|上线|上線|亮相|名为|名為|命名为|命名為|自研|叫做|名叫|版本|升级为|升級為|升级到|升級到';
/** What introduces a model's name: a launch verb or the word 模型 (发布衡元-2, 混合专家模型衡元-2). */
// (and an opening quote after it: 自研的具身大模型“擎天-VLA”)
const NAMED_MODEL_BEFORE = new RegExp(`(?:${LAUNCH_VERBS}|模型|上一代|前代|新一代|新版|旧版|舊版|最新)[了的]?\\s*[“「『]?$`);
/** A launch verb right before a name. */
const LAUNCHED_BEFORE = new RegExp(`(?:${LAUNCH_VERBS})[了的]?\\s*$`);
/** A launched name, perhaps after what it is: a few characters (no word of grammar) and a Latin code or tier (发布曜石 S8, 推出了新一代模型星图 Pro, 上线澜图H3). */
const LAUNCH_VERB = new RegExp(LAUNCH_VERBS);
const LAUNCHED_CODE_NAME = new RegExp(`(?:${LAUNCH_VERBS})[了的]?\\s*(?:[\\u4e00-\\u9fffA-Za-z0-9]{0,8}?(?:模型|一体机|一體機|服务器|伺服器|芯片|晶片|机器人|機器人|手机|手機|产品|產品|应用|應用|助手|平台))?\\s*((?:(?![的是了在和与與及为為将將已款代个個还還有也都包括即如像比被把对對向从從到以用于於])[\\u4e00-\\u9fff]){2,4} ?(?:[A-Z][A-Za-z]{0,3}\\d{1,4}[A-Za-z]?|Pro|Max|Ultra|Plus|Lite|Mini|Air|Turbo|Flash)(?: (?:Pro|Max|Ultra|Plus|Lite|Mini))?)(?![A-Za-z0-9.\\-])`, 'g');
/** A launch verb and a name of a few Chinese characters with a version that has a point (发布了曜言3.0, 上线星火 4.5): group 1 is the name. */
const LAUNCHED_CJK_VERSION = new RegExp(`(?:${LAUNCH_VERBS})了?\\s*((?:(?![的是了在和与與及为為将將已款代个個还還有也都包括即如像比被把对對向从從到以用于於约約近超达達])[\\u4e00-\\u9fff]){2,4} ?\\d{1,2}\\.\\d{1,2})(?![\\d.A-Za-z%％])`, 'g');
/** A count of models between a family and 模型 (9款, 十余个, 多款). */
const MODELS_COUNTED = /^[\d零一二两兩三四五六七八九十百几幾多数數余餘]+[款个個种種类類家]/;
/** What opens a description rather than a brand before a code (新款, 全新, 旗舰, 自研芯片, 该公司). */
/** A Latin name of one word (and a code) right after a launch verb (发布的Helix, 开源了GR00T N1): group 1 is the name. */
// (or letters, a hyphen and a series' code: 推出了HX-R200)
// (a letter alone after the hyphen only before 模型: 自研的Echo-S模型)
const LAUNCHED_LATIN_NAME = new RegExp(`(?:${LAUNCH_VERBS})[了的]?\\s?((?<![A-Za-z0-9])(?:[A-Z][A-Za-z]{0,3}-[A-Z]{1,2}(?:\\d{1,4}[A-Za-z]{0,2}|(?=\\s?大?模型))|[A-Z][A-Za-z0-9]{2,14}(?: [A-Z]?[A-Za-z]?\\d[A-Za-z0-9.]{0,4})?))(?![A-Za-z0-9.\\-_/@])`, 'g');
/** A launch verb and a capital: in every match of LAUNCHED_LATIN_NAME. */
const LAUNCHED_THEN_CAPITAL = new RegExp(`(?:${LAUNCH_VERBS})[了的]?\\s?[A-Z]`);
/** A launch verb, what kind of model (a few Chinese characters and 模型) and a Latin name of words, hyphens and tier letters. */
const LAUNCHED_KIND_MODEL = new RegExp(`(?:${LAUNCH_VERBS})了?[\\u4e00-\\u9fff]{0,8}?模型[ ]?((?<![A-Za-z0-9])[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+){0,4}(?: [A-Z][A-Za-z0-9]{0,9}){0,2})(?![A-Za-z0-9.\\-_/@])`, 'g');
/** Whose model, what kind, and a Latin name (理想的视觉语言模型MindVLA, 该公司的多模态模型VisionX). */
const OWNED_KIND_MODEL = /的[\u4e00-\u9fff]{1,8}?模型[ ]?((?<![A-Za-z0-9])[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+){0,4})(?![A-Za-z0-9.\-_/@])/g;
/** An acronym and a part after a hyphen (QY-Base, HX-VL2): a code a model is named by. */
const HYPHENED_CODE = /^[A-Z]{2,5}-[A-Za-z][A-Za-z0-9]+$/;
/** A number format, no name (发布了FP8版本的权重). */
const PRECISION_NAME = /^(?:FP|BF|INT|TF)\d/;
/** An interface or a kit is what a Latin name after a launch verb names (推出 Responses API 与 Agents SDK). */
const INTERFACE_AFTER = /^ ?(?:API|SDK|接口)/;
/** Latin words after a launch verb that name no model (发布的App, 推出Beta版). */
const NOT_A_LAUNCHED_LATIN = /^(?:App|Apps|Beta|Alpha|Demo|Preview|Release|Update|Version|Plus|Pro|Max|Ultra|Lite|Mini|Air|Turbo|Flash|Chat|Web|Windows|Linux|Android|Mac|Github|GitHub|Hugging|Paper|Report|Blog|Twitter|Weibo|The|This|New|Our|Open|Free)$/;
const NOT_A_LAUNCHED_BRAND = /^(?:新|全|最|首|旗|自|该|該|其|这|這|那|此|本|我|你|他|她|它|一|两|兩|多|各|每|国产|國產|开源|開源|免费|免費|正式|同步|同时|同時|版本|模型|产品|產品|芯片|晶片|手机|手機|系列|平台|服务|服務|功能|插件|接口|套餐|会员|會員)|(?:模型|芯片|晶片|手机|手機|系列|平台|版|型|号|號|代)$/;
/** A launched name is a device's when a device's kind stands next to it, or a chip's own measure soon after it (推出了HX-R200，后者把显存提升到144GB). */
function deviceNear(text: string, s: number, e: number): boolean {
  return DEVICE_KIND_NEAR.test(text.slice(Math.max(0, s - 8), s)) || DEVICE_KIND_NEAR.test(text.slice(e, e + 12)) || CHIP_MEASURES_AFTER.test(text.slice(e, e + 24));
}
/** What only a chip or a card measures (显存, 功耗, TOPS). */
const CHIP_MEASURES_AFTER = /显存|顯存|功耗|TOPS|FLOPS|制程|製程|HBM|GDDR/;
/** A device's kind next to a launched name. */
const DEVICE_KIND_NEAR = /一体机|一體機|服务器|伺服器|芯片|晶片|处理器|處理器|加速卡|推理卡|整机|整機|机柜|機櫃|机器人|機器人|手机|手機|平板|笔记本|筆記本|笔电|筆電|眼镜|眼鏡|耳机|耳機|终端|終端|设备|設備/;
/** Letter runs that lead standards, codes and benchmarks, not model names (COVID-19, SWE-2, ISO-9001). */
const NOT_A_MODEL_HEAD = /^(?:COVID|ISO|SWE|MMLU|GSM|AIME|HBM|DDR|LPDDR|GDDR|PCIe|USB|IEEE|RFC|CVE|SARS|MERS|Wi|LTE|Cat|Level|Rev|Ver|Version|Type|Class|Tier|Gen|Phase|Stage|Page|Part|Item|Case|Note|Fig|Table)-/i;

/** Words for a device or a chip, next to which a letter-and-digit code is its model name (G1人形机器人, 四足机器人Go2, 推理芯片CX-1). */
const DEVICE_NOUN = '(?:人形机器人|四足机器人|双足机器人|机器狗|机器人|旗舰机|手机|平板|眼镜|头显|芯片|晶片|处理器|處理器|开发板|机柜|機櫃|整机柜|整機櫃|量产产品|量產產品|(?:AI ?)?(?:加速器|加速卡|推理卡|训练卡|訓練卡|计算卡|計算卡|算力卡))';
// (a rack's code names its size after a space: GB300 NVL72; a series' letters may come after a hyphen: HX-R100)
const DEVICE_CODE = '[A-Z][A-Za-z]{0,3}(?:-[A-Z]{1,2})?-?\\d{1,4}[A-Za-z]{0,2}(?: (?:Pro|Max|Ultra|Plus|Mini|Lite|Air|NVL\\d{1,3}))?';
/** A chip's own part, which only a chip has (A18 Pro的神经网络引擎; the text is simplified already, 網路 read 网路). */
const CHIP_PART = '(?:神经网络引擎|神经网路引擎|神经引擎|神经网络处理器|神经网路处理器)';
// (or before a chip's own part, after 的 perhaps)
const DEVICE_BEFORE_NOUN = new RegExp(`(?<![A-Za-z0-9.\\-_/])(${DEVICE_CODE})(?![A-Za-z0-9.\\-_/])(?= ?(?:${DEVICE_NOUN}|的? ?${CHIP_PART}))`, 'g');
/** A code right before what only a chip or a card measures (X590单卡FP16算力, X590 TFLOPS): the chip's name. */
const CODE_BEFORE_CHIP_MEASURE = /(?<![A-Za-z0-9.\-_/])([A-Z]{1,2}\d{3,4}[A-Za-z]?)(?![A-Za-z0-9.\-_/])(?= ?(?:单卡|單卡|整卡|每卡)?(?:的)? ?(?:FP\d{1,2}|INT\d{1,2}|BF16|TF32)? ?(?:稠密)?(?:算力|显存|顯存|功耗|TFLOPS|TOPS|HBM))/g;
const DEVICE_NOUN_BEFORE = new RegExp(`${DEVICE_NOUN}\\s*$`);
const DEVICE_NOUN_AFTER = new RegExp(`^ ?${DEVICE_NOUN}`);
/** A code right after a device word (the code's first letter is looked for first: the lookbehind is read only there). */
const DEVICE_AFTER_NOUN = new RegExp(`(?=[A-Z])(?<=${DEVICE_NOUN} ?)(${DEVICE_CODE})(?![A-Za-z0-9.\\-_/])`, 'g');
const DEVICE_WORD = new RegExp(`${DEVICE_NOUN}|${CHIP_PART}`);
/** A brand of two characters, or a Latin brand and a space, and a device's own word, its tier and size after it (澜图Book Pro 14 AI, 小米Pad 6 Max, 华为MatePad Pro, Aerix Book 14 AI): group 1 is the brand. */
/** AI and a wearable's or a gadget's word right after a company's name, its tier after it (AI眼镜 Pro, 智能耳机). */
// (after 的 too, the device's name beginning after it, and with a code of its own: 科大讯飞的AI学习机T20 Pro)
const COMPANY_AI_DEVICE = /^(的)?(?:AI|智能)(?:眼镜|眼鏡|耳机|耳機|手表|手錶|音箱|学习机|學習機|翻译机|翻譯機|录音笔|錄音筆|戒指|吊坠|吊墜|胸针|胸針)(?: ?(?:Pro\+?|Max|Air|Ultra|Plus|Mini|Lite|SE|\d{1,2}|[A-Z]{1,2}\d{1,3})(?![A-Za-z0-9.]))*/;
/** A chip's code right after its maker's name: letters and a hyphenated part or a number (Orin-X, Thor-U, MDC 810). */
const VENDOR_CHIP_CODE = /^ ?[A-Z][A-Za-z]{1,8}(?:(?:-[A-Z0-9][A-Za-z0-9]{0,4})+| ?\d{1,4}[A-Za-z]?)(?![A-Za-z0-9.])/;
/** A phone line's word and its code right after its maker's name, with its tier (Magic8 Pro, X300 Pro, Find X9 Pro, Mate 70 Pro, Galaxy S25 Ultra). */
const PHONE_LINE = /^ ?(?:Magic ?\d{1,2}|Mate ?\d{2}|Pura ?\d{2}|nova ?\d{1,2}|Find [XN] ?\d{1,2}|Reno ?\d{1,2}|X ?\d{2,3}|iQOO ?\d{1,2}|Galaxy [SZA] ?\d{1,2}|Pixel ?\d{1,2}|Redmi K ?\d{2}|iPhone ?\d{1,2})(?: ?(?:Pro\+?|Max|Ultra|Plus|Mini|mini|Lite|SE|RS|Fold ?\d?|Flip ?\d?|Air|[smx]))*(?![A-Za-z0-9.])/;
const BRANDED_DEVICE = /(?<=^|[^\u4e00-\u9fffA-Za-z0-9]|[的了是用买買台款在和与與及把被对對为為从從向这這那新旧舊】」”])([\u4e00-\u9fff]{2}|[A-Z][a-z]{2,9} )(?:Mate)?(?:Book|Pad|Phone|Watch|Band|Buds|Glass(?:es)?|Tab|Vision|Pods)(?: ?(?:Pro\+?|Max|Air|Ultra|Plus|Mini|Lite|SE|AI|X|\d{1,2}(?:\.\d)?[a-z]?)(?![A-Za-z0-9.]))*(?![A-Za-z0-9])/g;
/** A chip named by a Chinese brand and a code right after what it is (NPU 川流C3, 推理晶片鋒芯T3, 产品芯域R1, 推理卡曜光S2). */
const CHIP_NOUN = '(?:芯片|晶片|处理器|處理器|NPU|GPU|TPU|ASIC|加速卡|计算卡|計算卡|推理卡|训练卡|訓練卡|算力卡|AI卡|SoC|首款产品|首款產品|主力产品|主力產品|主力晶片|主力芯片)';
const CHIP_WORD = new RegExp(CHIP_NOUN);
/** (The brand and the code's first letter are looked for first: the lookbehind is read only there, not at every place.) */
/** A Chinese brand and a number right after a chip's kind (加速卡天枢590), a quantity or a measure word after it excluded. */
const CJK_CHIP_AFTER_NOUN = new RegExp(`(?=[\\u4e00-\\u9fff]{2,4}\\d)(?<=${CHIP_NOUN} ?)([\\u4e00-\\u9fff]{2,4}\\d{3,4}[A-Za-z]?)(?![A-Za-z0-9.\\-_/%％万亿千百张張片颗顆块塊元台個个])`, 'g');
/** Words of a chip's measures, which a number after them counts (出货量2000, 功耗350), and verbs before one (号称120, 只要300). */
const CHIP_MEASURE_WORDS = /算力|性能|峰值|功率|带宽|帶寬|频率|頻率|主频|主頻|量|数|數|称|稱|仅|僅|只|到|至|需|要|有|跑|用|可|价|價|能|率|耗|额|額|比|值|规模|規模|份|约|約|达|達|超|近|为|為|是|的|了|在|和|与|與|及|或|共|每|第|年|月|日|型号|型號/;
const BRANDED_CHIP_AFTER_NOUN = new RegExp(`(?=[\\u4e00-\\u9fff]{2,4}[A-Z])(?<=${CHIP_NOUN} ?)([\\u4e00-\\u9fff]{2,4}[A-Z][A-Za-z]{0,2}\\d{1,4}[A-Za-z]?(?: (?:Pro|Max|Ultra|Plus|Mini|Lite))?)(?![A-Za-z0-9.\\-_/])`, 'g');
/** Codes that are not device names: quarters and halves, precisions, memory and bus standards, levels, versions. */
const NOT_A_DEVICE = /^(?:Q\d|H[12]$|FY|TOP|Top|No|PUE|FP|BF|INT|DDR|LPDDR|GDDR|HBM|USB|PCIe|Wi|COVID|L[0-5]$|V\d+$|v\d)/;

/** A short name a document defines right after a full one: （以下简称“云穹”）, (下稱「瀾海」). */
export const DEFINED_SHORT_NAME = /^\s*[（(]\s*(?:以下|下文)?(?:简称|簡稱|下称|下稱|称|稱)(?:为|為)?\s*((?:[“"「『][\u3400-\u9fffA-Za-z][\u3400-\u9fffA-Za-z0-9.\- ]{0,11}[”"」』](?:\s*(?:或|或者|及|、|,|，)\s*)?)+)/;
/** One of the quoted short names of DEFINED_SHORT_NAME. */
const QUOTED_SHORT_NAME = /[“"「『]([^”"」』]+)[”"」』]/g;
/** What a filing calls its parties, no name of theirs (“公司”, “本公司”, “甲方”, “发行人”). */
const PARTY_WORD = /^(?:本?公司|本集团|本集團|集团|集團|甲方|乙方|丙方|发行人|發行人|上市公司|标的公司|標的公司|子公司|母公司|买方|買方|卖方|賣方|我们|我們|本行|该公司|該公司)$/;
/** The names of a DEFINED_SHORT_NAME match, without a filing's words for its parties. */
export function definedNames(defined: RegExpExecArray): string[] {
  return [...defined[1].matchAll(QUOTED_SHORT_NAME)].map((q) => q[1]).filter((q) => !PARTY_WORD.test(q));
}

/**
 * A company a funding roundup's item opens with: its name, then its round (穹顶机器人|B轮|…领投, · 穹顶机器人B轮融资近10亿元,
 * 衡镜医疗｜Pre-A轮).
 */
function fundedAtLineStart(text: string, known: EntityCandidate[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (const m of text.matchAll(FUNDED_ITEM)) {
    const name = m[1], s = m.index! + m[0].length - m[2].length - name.length, e = s + name.length;
    if (text.slice(s, e) !== name || NOT_A_FUNDED_NAME.test(name) || VERB_IN_FUNDED_NAME.test(name) || GENERIC_ORG_WORDS.test(name) || known.some((k) => k.start < e && s < k.end)) continue;
    out.push({ start: s, end: e, kind: 'vendor', entityId: `vendor:${aliasKey(name)}`, canonical: name, via: 'pattern' });
  }
  return out;
}
/** A lettered or named funding round (B轮, Pre-A輪, 天使轮, Pre-IPO轮); group 1 is its name. */
export const FUNDING_ROUND = '(?<![A-Za-z])(种子|種子|天使|Pre-?IPO|Pre-?[A-H]\\+{0,2}|[A-H]\\+{0,2}|战略|戰略)\\s*[轮輪]';
const FUNDED_ITEM = new RegExp(`(?<=^|\\n)[ \\t]*(?:[·•●▪◆\\-*]\\s*|\\d{1,2}[.、．]\\s*)?([\\u4e00-\\u9fff]{2,6}|[A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+)?)((?:\\s*[|｜]\\s*|\\s?)${FUNDING_ROUND})`, 'g');
/** Verbs and particles no company's name holds (衡石智能完成B轮: the name ends before 完成). */
const VERB_IN_FUNDED_NAME = /完成|获|獲|宣布|进行|進行|开启|開啟|启动|啟動|拿到|斩获|斬獲|融资|融資|的|了|再|又|将|將|已/;
/** Words a roundup's line may open with that name no company (本轮, 完成, 新一). */
const NOT_A_FUNDED_NAME = /^(?:本|该|該|这|這|其|新|上|下|首|完成|获得|獲得|宣布|进行|進行|开启|開啟|启动|啟動|拿到|公司|企业|企業|融资|融資|合计|合計|共计|共計|累计|累計|本周|本週|上周|上週)/;

/** A company's help centre or documentation named at the head of its page (云岫算力 · 帮助中心 > 计费说明). */
export const SITE_SECTION = /(?:帮助中心|幫助中心|文档中心|文檔中心|开发者文档|開發者文檔|开发者中心|開發者中心)/;
const SITE_OWNER = new RegExp(String.raw`(?:^|\n)[ \t　]*([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,11}?)[ \t　]*[·|｜-]?[ \t　]*${SITE_SECTION.source}[ \t　]*(?:[＞>»›/|｜]|$|\n)`, 'g');

/** The company whose help centre or documentation a page is, named at the head of a line (云岫算力 · 帮助中心 > 计费说明). */
function siteOwners(text: string, known: EntityCandidate[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (const m of text.matchAll(SITE_OWNER)) {
    const s = m.index! + m[0].indexOf(m[1]), e = s + m[1].length;
    if (known.some((k) => k.start < e && s < k.end) || GENERIC_ORG_WORDS.test(m[1]) || /^(?:首页|首頁|主页|主頁|返回|产品|產品|服务|服務|用户|用戶)$/.test(m[1])) continue;
    out.push({ start: s, end: e, kind: 'vendor', entityId: `vendor:${aliasKey(m[1])}`, canonical: m[1], via: 'pattern' });
  }
  return out;
}

/**
 * The products a pattern names by where they stand on a page (its group 1), unless the name is a word `rejects` knows
 * or a name already found there.
 */
function productsNamedBy(text: string, pattern: RegExp, known: EntityCandidate[], rejects: readonly RegExp[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (const m of text.matchAll(pattern)) {
    const [s, e] = m.indices![1];
    if (rejects.some((r) => r.test(m[1])) || known.some((k) => k.start < e && s < k.end)) continue;
    out.push({ start: s, end: e, kind: 'product', entityId: `product:${aliasKey(m[1])}`, canonical: m[1], via: 'pattern' });
  }
  return out;
}

/**
 * The product a documentation trail goes into (蓝鲸云 > 文档中心 > 弹性GPU服务 > 计费说明): the place right after the help
 * centre, when the trail goes on below it and the place is no section of the documents themselves.
 */
const documentedProducts = (text: string, known: EntityCandidate[]) => productsNamedBy(text, DOCUMENTED_PRODUCT, known, [DOCUMENT_SECTION_WORD, GENERIC_ORG_WORDS]);
const DOCUMENTED_PRODUCT = new RegExp(String.raw`${SITE_SECTION.source}[ \t　]*[＞>»›/][ \t　]*([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9 ]{1,14}[\u4e00-\u9fffA-Za-z0-9])(?=[ \t　]*[＞>»›/])`, 'gd');
/** Words of a documentation's own sections, not of a product (计费说明, 快速入门, API参考, 常见问题). */
const DOCUMENT_SECTION_WORD = /计费|計費|价格|價格|定价|定價|说明|說明|概述|概览|概覽|简介|簡介|入门|入門|指南|参考|參考|问题|問題|FAQ|API|SDK|实践|實踐|公告|更新|文档|文檔|教程|帮助|幫助|控制台|购买|購買|续费|續費|退款|账户|賬戶|账号|帳號|产品|產品|服务条款|服務條款|协议|協議|政策|安全|下载|下載|首页|首頁|全部/;

/**
 * The product a trail ends on with its price page (首页 > 定价 > 弹性计算 > GPU云服务器 价格): what the page prices, whatever
 * the words of its name, at the end of a trail of three places or more, when the name has a Latin part (GPU云服务器,
 * 弹性GPU服务: a page of the site's own words, > 实例价格, > 模型服务价格, names none).
 */
const pricedProducts = (text: string, known: EntityCandidate[]) => productsNamedBy(text, PRICED_PRODUCT, known, [DOCUMENT_SECTION_WORD, GENERIC_ORG_WORDS, NO_LATIN]);
/** A name with no Latin letter. */
const NO_LATIN = /^[^A-Za-z]*$/;
/** A trail's last place before its price word (价格, 计费, 收费), at a line's end: group 1 is the product's name. */
const PRICED_PRODUCT = /^[^\n]*?[^\s＞>»›][ \t　]*[＞>»›][^\n]*?[＞>»›][ \t　]*([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9 ]{0,14}?[\u4e00-\u9fffA-Za-z0-9])[ \t　]*(?:价格|價格|定价|定價|计费|計費|收费|收費)(?:说明|說明|详情|詳情|标准|標準)?[ \t　]*$/gmd;

/** A listed company's name on a filing's first line (证券简称：汇智数科, 股票簡稱：鼎曜): the company the filing is from. */
function securityNames(text: string, known: EntityCandidate[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (const m of text.matchAll(SECURITY_SHORT_NAME)) {
    const s = m.index! + m[0].length - m[1].length, e = s + m[1].length;
    if (known.some((k) => k.start < e && s < k.end) || GENERIC_ORG_WORDS.test(m[1])) continue;
    // (ST and *ST mark a listed company's risk, not its name)
    const name = m[1].replace(/^\*?ST/, '');
    if (name.length >= 2) out.push({ start: e - name.length, end: e, kind: 'vendor', entityId: `vendor:${aliasKey(name)}`, canonical: name, via: 'pattern' });
  }
  return out;
}
export const SECURITY_SHORT_NAME = /(?:证券|證券|股票|公司|A股|H股)(?:简称|簡稱)\s*[：:]\s*(\*?(?:ST)?[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,7})(?![\u4e00-\u9fffA-Za-z0-9])/g;

/**
 * A brand's open platform standing as a name (岫光开放平台 > 文档中心, 本文介绍星衍开放平台…): the product a developer's page
 * is about, however unknown its brand. Not a kind of platform (大模型开放平台, 国家级开放平台).
 */
function openPlatforms(text: string, known: EntityCandidate[], names?: readonly DocumentName[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  if (text.includes('开放平台') || text.includes('開放平台')) for (const m of text.matchAll(OPEN_PLATFORM)) {
    // (an adverb before the brand is no part of it: 目前衡元开放平台 is 衡元开放平台)
    const adverb = /^(?:目前|当前|當前|现在|現在|如今|此前|同时|同時|其中|旗下)(?=[\u4e00-\u9fff]{2})/.exec(m[2])?.[0] ?? '';
    const s = m.index! + m[1].length + adverb.length, e = m.index! + m[0].length;
    const brand = m[2].slice(adverb.length);
    if (GENERIC_ORG_WORDS.test(brand) || NOT_A_PLATFORM_BRAND.test(brand) || STOP_IN_NAME.test(brand) || known.some((k) => k.start < e && s < k.end)) continue;
    out.push({ start: s, end: e, kind: 'product', entityId: `product:${aliasKey(text.slice(s, e))}`, canonical: text.slice(s, e), via: 'pattern' });
  }
  // 启明云 … 启明大模型服务平台: a brand's model platform, when the brand begins another name of the block or the document,
  // or a page's trail names it
  // (not a kind of platform: 国产大模型服务平台 shares no brand with a name)
  if (MODEL_PLATFORM_WORD.test(text)) for (const m of text.matchAll(BRAND_MODEL_PLATFORM)) {
    const s = m.index! + m[1].length, e = m.index! + m[0].length;
    const brand = m[2];
    // (a family's name inside it gives way: 启明大模型 of 启明大模型服务平台)
    if (GENERIC_ORG_WORDS.test(brand) || NOT_A_PLATFORM_BRAND.test(brand) || STOP_IN_NAME.test(brand) || known.some((k) => k.start < e && s < k.end && !(k.start >= s && k.end < e)) ||
      !(known.some((k) => k.end - k.start > brand.length && text.startsWith(brand, k.start)) || names?.some((n) => n.key.length > brand.length && n.key.startsWith(brand)) ||
        // (or a page's trail names it between its marks: 首页 > 产品文档 > 启明大模型服务平台 > 计费说明)
        (/[>＞»›]\s*$/.test(text.slice(Math.max(0, s - 3), s)) && /^\s*[>＞»›]/.test(text.slice(e, e + 3))))) continue;
    out.push({ start: s, end: e, kind: 'product', entityId: `product:${aliasKey(text.slice(s, e))}`, canonical: text.slice(s, e), via: 'pattern' });
  }
  return out;
}
/** The words every BRAND_MODEL_PLATFORM match ends with: one search for them spares the pattern's scan of most blocks. */
const MODEL_PLATFORM_WORD = /(?:大模型|AI|MaaS)(?:服务|服務|开发|開發|应用|應用|开放|開放)?(?:平台|平臺)/;
/** Where a brand's model platform starts (a mark or a page's words before it), its brand (group 2), and its closing words. */
const BRAND_MODEL_PLATFORM = new RegExp(String.raw`(^|[\s>＞»|｜:：，,、（(“"「。；;！？]|本文介绍|本文介紹|欢迎使用|歡迎使用)([\u4e00-\u9fff]{2,4}?)${MODEL_PLATFORM_WORD.source}`, 'gm');
/**
 * A cloud's name heading its own page (天枢云 | GPU云服务器 …): the cloud, however unknown (its other mentions, 在天枢云上训练,
 * are then found as the document's own names).
 */
function siteClouds(text: string, known: EntityCandidate[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (const m of text.matchAll(SITE_CLOUD)) {
    const s = m.index! + m[0].indexOf(m[1]), e = s + m[1].length;
    if (NOT_A_PLATFORM_BRAND.test(m[1].slice(0, -1)) || GENERIC_ORG_WORDS.test(m[1].slice(0, -1)) || known.some((k) => k.start < e && s < k.end)) continue;
    out.push({ start: s, end: e, kind: 'vendor', entityId: `vendor:${aliasKey(m[1])}`, canonical: m[1], via: 'pattern' });
  }
  return out;
}
/**
 * A partner named beside a known one with a cross (优选汇 × 通义千问：…, a case study's or a partnership's title): a company,
 * however unknown its name.
 */
function partners(text: string, known: EntityCandidate[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const knownAt = (s: number, e: number) => known.find((k) => k.start === s && k.end === e);
  for (const m of text.matchAll(PARTNERS)) {
    const leftStart = m.index! + m[1].length, leftEnd = leftStart + m[2].length;
    const rightStart = m.index! + m[0].length - m[4].length, rightEnd = rightStart + m[4].length;
    for (const [s, e, other] of [[leftStart, leftEnd, [rightStart, rightEnd]], [rightStart, rightEnd, [leftStart, leftEnd]]] as const) {
      const name = text.slice(s, e);
      if (!knownAt(other[0], other[1]) || known.some((k) => k.start < e && s < k.end) || GENERIC_ORG_WORDS.test(name) || STOP_IN_NAME.test(name) || NUMERAL_CHAR.test(name) || name.startsWith('某')) continue;
      out.push({ start: s, end: e, kind: 'vendor', entityId: `vendor:${aliasKey(name)}`, canonical: name, via: 'pattern' });
    }
  }
  return out;
}
/** Two names joined by a cross on a line of their own or before its colon: each in its group (2 and 4). */
const PARTNERS = /(^|[\n【\[「『“])([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,9})( ?[×✕] ?)([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9.\-]{1,15})(?=[：:｜|】\]」』”，,\s]|$)/gm;
const SITE_CLOUD = /^[ \t]*([\u4e00-\u9fff]{2,3}(?:云|雲))[ \t]*[|｜·]/gm;
const OPEN_PLATFORM = /(^|[\s>＞»|｜:：，,、（(“"「]|本文介绍|本文介紹|欢迎使用|歡迎使用)([\u4e00-\u9fff]{2,4})(?:AI)?(?:开放平台|開放平台)/gm;
/** Words before 开放平台 that say what kind of platform, no brand. */
const NOT_A_PLATFORM_BRAND = /大模型|模型|国家|國家|行业|行業|产业|產業|企业|企業|政务|政務|数据|數據|能力|技术|技術|创新|創新|公共|城市|省级|省級|市级|市級|国家级|國家級|官方|统一|統一|一个|一個|该|該|此|本/;

/**
 * A product's name heading its own pricing page (墨言AI · 定价方案): the product, however unknown (用墨言AI写报告 is then
 * found as the document's own name).
 */
const sitePlans = (text: string, known: EntityCandidate[]) => productsNamedBy(text, SITE_PLANS, known, [GENERIC_ORG_WORDS, NOT_A_PLATFORM_BRAND]);
const PLANS_WORD = /定价|定價|价格|價格|会员|會員|套餐|订阅|訂閱|Pricing|Plans/;
/** A bar and the page's word for its plans after a product's name (· 定价方案, | Pricing). */
const PLANS_TAIL = String.raw`[ \t]*[|｜·—-][ \t]*(?:定价方案|定價方案|定价|定價|价格方案|價格方案|价格|價格|会员方案|會員方案|套餐|订阅方案|訂閱方案|Pricing|Plans)(?![\u4e00-\u9fffA-Za-z])`;
/** The product's Latin name after its Chinese one, before the bar (墨言写作 InkWrite | 定价). */
const LATIN_NAME_BESIDE = String.raw`(?:[ \t]+[A-Z][A-Za-z0-9]{2,15})?`;
/** What follows a product's name over its own pricing page (documentClaims reads the page as that product's). */
export const PLANS_AFTER_NAME = new RegExp(`^${LATIN_NAME_BESIDE}${PLANS_TAIL}`);
const SITE_PLANS = new RegExp(String.raw`^[ \t]*(?:#{1,2}[ \t]*)?([\u4e00-\u9fff]{2,6}(?:AI)?|[A-Z][A-Za-z0-9]{2,15}(?: AI)?)${LATIN_NAME_BESIDE}${PLANS_TAIL}`, 'gmd');

/** A Latin company's name by its form: capitalised words before Labs, Inc., Technologies (Halcyon Labs, Nova Robotics Inc.). */
const LATIN_ORG = /(?<![A-Za-z0-9.\-])(?!(?:The|A|An|At|In|On|By|From|For|Our|With|And|Of|To)\s)((?:[A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9]*|[A-Z]{2,})(?: (?:[A-Z][A-Za-z0-9]*|[A-Z]{2,})){0,2}) (?:Labs?|Inc\.?|Technologies|Robotics)(?![A-Za-z])/g;
const LATIN_ORG_HINT = / (?:Labs?|Inc|Technologies|Robotics)\b/;

function latinOrgNames(text: string, known: EntityCandidate[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (const m of text.matchAll(LATIN_ORG)) {
    const s = m.index!, e = s + m[0].length;
    // (a company the knowledge base knows, written with its form, is that company: Google DeepMind, OpenAI Inc.; a name
    // the document gave by form inside it, Halcyon of Halcyon 2, is the company's brand)
    if (known.some((k) => k.start < e && s < k.end && !(k.via !== 'knowledge' && k.start >= s && k.end <= e))) continue;
    const name = m[0].replace(/\.$/, '');
    // (a kind of lab named by what it works on, AI Lab, NLP Lab, is a team of the company the text speaks of, no name)
    if (m[1].split(' ').every((w) => GENERIC_LATIN.has(w.toLowerCase()))) continue;
    out.push({ start: s, end: e - (m[0].endsWith('.') ? 1 : 0), kind: 'vendor', entityId: `vendor:${aliasKey(name)}`, canonical: name, via: 'pattern' });
  }
  return out;
}

/**
 * A company's registered name standing on its own after a label, a colon or a list mark (中标供应商名称：华曜云计算有限公司,
 * 第一名：星垣数据服务有限公司): the whole registered name is one mention of the company.
 */
function legalNames(text: string, known: EntityCandidate[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (const m of text.matchAll(LEGAL_NAME)) {
    // (the run may open at a clause before the kind of company it is: ：本地人工智能企業灣睿智能科技集團有限公司 is 灣睿智能科技's)
    const kind = KIND_OF_COMPANY_IN_RUN.exec(m[2]);
    const cut = kind && m[2].length - kind[0].length >= 2 ? kind[0].length : 0;
    const s = m.index! + m[1].length + cut, e = m.index! + m[0].length;
    // (a company's name the document found by its form inside it is that name again: 云穹 in 云穹智算科技股份有限公司)
    if (known.some((k) => k.start < e && s < k.end && !(k.via === 'pattern' && k.kind === 'vendor' && k.start >= s && k.end <= e))) continue;
    const written = m[2].slice(cut);
    let name = written;
    const city = CITY_FIRST.exec(name);
    if (city && name.length - city[0].length >= 2) name = name.slice(city[0].length);
    // the name the company goes by, without the form's words (澜图机器人科技 → 澜图机器人), as when found by its suffix
    const form = /(?:智能科技|科技|信息技术|网络技术|人工智能)$/.exec(name);
    if (form && name.length - form[0].length >= 2) name = name.slice(0, -form[0].length);
    // (a clause about the company is no name: 於中華人民共和國註冊成立的股份有限公司)
    if (GENERIC_ORG_WORDS.test(name) || /^(?:该|這|这|一家|某|本|贵|貴|於|于|在)|的|註冊|注册/.test(name)) continue;
    // (the short name the filing defines for it is the one it goes by: …科技股份有限公司（以下简称“公司”或“汇智数科”）)
    const defined = text.includes('称') || text.includes('稱') ? DEFINED_SHORT_NAME.exec(text.slice(e, e + 40)) : null;
    const short = defined ? definedNames(defined).find((d) => written.startsWith(d.slice(0, 2))) : undefined;
    // (and so is its listed name, 证券简称：汇智数科, that its registered name begins with)
    const listed = known.find((k) => k.kind === 'vendor' && k.via === 'pattern' && k.canonical.length >= 2 && written.startsWith(k.canonical));
    if (short) name = short;
    else if (listed) name = listed.canonical;
    out.push({ start: s, end: e, kind: 'vendor', entityId: `vendor:${aliasKey(name)}`, canonical: name, via: 'pattern' });
  }
  return out;
}
/** Words for the kind of company a registered name may follow (AI芯片公司, 独角兽, 初创). */
const COMPANY_KINDS = '公司|企业|企業|厂商|廠商|独角兽|獨角獸|供应商|供應商|创企|創企|初创|新创|新創';
// (after a roundup's bracketed label too: 【灵枢机器人】深圳灵枢机器人有限公司完成…; and after a closing quote:
// “…”北疆云谷数据科技有限公司副总经理韩志远说; not after a sentence's end, where a clause may open the run: 。由省属企业…有限公司;
// after the kind of company it is: AI芯片公司澄曜科技股份有限公司)
// (and after 的 or a verb when a city opens the name: 成立不到三年的合肥启元视觉科技有限公司, 这是北京…科技有限公司)
const LEGAL_NAME = new RegExp(String.raw`(^|[：:，,、；;\s（(“"「】\]”」』]|[一二三四五六七八九十\d]+[.、．]|(?:${COMPANY_KINDS})|(?:的|是|由|与|與|和|及|向)(?=${CITIES}))([\u4e00-\u9fff]{2,14}?)(?:（[\u4e00-\u9fff]{2,3}）|\([\u4e00-\u9fff]{2,3}\))?(?:集团|集團)?(?:股份)?有限(?:责任|責任)?公司`, 'g');

/** A run of characters up to the last kind of company in it (本地人工智能企業 of 本地人工智能企業灣睿智能科技). */
const KIND_OF_COMPANY_IN_RUN = new RegExp(`^.*(?:${COMPANY_KINDS})`);
/** A funding round after a letter (B轮, A+輪): the letter names a round, not a device. */
const ROUND_AFTER = /^\+?[轮輪]/;
/** Devices and chips the knowledge base lacks, named by a code next to what they are (G1人形机器人, 四足机器人Go2, M4芯片). */
function patternDevices(text: string, known: EntityCandidate[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  // 澜图Book Pro 14 AI, 小米Pad 6 Max: a brand and a device's own word (Book, Pad, Phone, Watch …) with its tier and size
  if (/[A-Z]/.test(text) && /(?:Book|Pad|Phone|Watch|Band|Buds|Glass|Tab|Vision|Pods)/.test(text)) for (let m = firstMatch(BRANDED_DEVICE, text); m; m = BRANDED_DEVICE.exec(text)) {
    const s = m.index!, e = s + m[0].length;
    // (a known brand is part of the device's name: 小米Pad 6)
    const brandEnd = s + m[1].trimEnd().length;
    // (a model's name with a device's word, 视频生成大模型「镜流Vision」, 镜流Vision 2.5: a dotted version, or 模型 right before it)
    if (/\d\.\d/.test(m[0]) || /模型[「『“"]?\s*$/.test(text.slice(Math.max(0, s - 6), s))) continue;
    if (known.some((k) => k.start < e && s < k.end && !(k.kind === 'vendor' && k.start === s && k.end === brandEnd))) continue;
    out.push({ start: s, end: e, kind: 'product', entityId: `product:${aliasKey(m[0])}`, canonical: m[0], via: 'pattern', device: true });
  }
  // a known company's name and what it makes right after it: AI and a wearable's or gadget's word (小米AI眼镜 Pro, 雷鸟AI眼镜:
  // one name with the company's), a phone line's code (荣耀 Magic8 Pro, vivo X300 Pro: the code is the mention, the maker
  // stays one of its own, as the knowledge base's phones are named: OPPO + Find X8)
  // (a letter before a digit: a phone line's code, 荣耀 Magic8, or a chip's, X590)
  const gadgets = text.includes('AI') || text.includes('智能'), codes = /[A-Za-z]\s?\d/.test(text);
  // (and a chip's code, when what follows measures a chip: 英伟达Orin-X能提供254 TOPS, 英伟达Thor-U单颗算力约700 TOPS)
  const chipCodes = CHIP_MEASURES_AFTER.test(text) && /[A-Z]/.test(text);
  if (gadgets || codes || chipCodes) for (const k of known) {
    if (k.kind !== 'vendor') continue;
    const after = text.slice(k.end, k.end + 24);
    const gadget = gadgets ? COMPANY_AI_DEVICE.exec(after) : null;
    // (a code after the maker: a phone line's, or a chip's)
    let code = !gadget && codes ? PHONE_LINE.exec(after) : null;
    if (!gadget && !code && chipCodes) {
      const chip = VENDOR_CHIP_CODE.exec(after);
      if (chip && !NOT_A_DEVICE.test(chip[0].trim()) && CHIP_MEASURES_AFTER.test(text.slice(k.end + chip[0].length, k.end + chip[0].length + 16))) code = chip;
    }
    const m = gadget ?? code;
    if (!m) continue;
    const of = !!gadget?.[1];
    const e = k.end + m[0].length, s = code ? e - m[0].trimStart().length : of ? k.end + 1 : k.start;
    if (known.some((o) => o !== k && o.start < e && k.end < o.end) || out.some((o) => o.start < e && k.start < o.end)) continue;
    const written = code ? `${text.slice(k.start, k.end)} ${text.slice(s, e)}` : of ? `${text.slice(k.start, k.end)}${text.slice(s, e)}` : text.slice(k.start, e);
    out.push({ start: s, end: e, kind: 'product', entityId: `product:${aliasKey(written)}`, canonical: written, via: 'pattern', device: true, vendorId: k.entityId });
  }
  // X590单卡FP16算力: a code right before what only a chip measures (gated by those words, no device word needed)
  if (codes && CHIP_MEASURES_AFTER.test(text)) for (let m = firstMatch(CODE_BEFORE_CHIP_MEASURE, text); m; m = CODE_BEFORE_CHIP_MEASURE.exec(text)) {
    const s = m.index!, e = s + m[1].length;
    if (NOT_A_DEVICE.test(m[1]) || known.some((k) => k.start < e && s < k.end)) continue;
    out.push({ start: s, end: e, kind: 'product', entityId: `product:${aliasKey(m[1])}`, canonical: m[1], via: 'pattern', device: true });
  }
  // the patterns need a device word: one scan for it spares scans with lookarounds at every place
  const chips = CHIP_WORD.test(text);
  if (!chips && !DEVICE_WORD.test(text)) return out;
  // 加速卡天枢590: a Chinese brand and a number right after a chip's kind (not a measure of it: 芯片出货量2000万颗)
  if (chips) for (let m = firstMatch(CJK_CHIP_AFTER_NOUN, text); m; m = CJK_CHIP_AFTER_NOUN.exec(text)) {
    const s = m.index!, e = s + m[1].length;
    if (CHIP_MEASURE_WORDS.test(m[1]) || known.some((k) => k.start < e && s < k.end)) continue;
    out.push({ start: s, end: e, kind: 'product', entityId: `product:${aliasKey(m[1])}`, canonical: m[1], via: 'pattern', device: true });
  }
  if (!/[A-Z]/.test(text)) return out;
  for (const re of [DEVICE_BEFORE_NOUN, DEVICE_AFTER_NOUN, BRANDED_CHIP_AFTER_NOUN]) {
    for (let m = firstMatch(re, text); m; m = re.exec(text)) {
      const name = m[1];
      const s = m.index!, e = s + name.length;
      // (H1 after a device's kind is its name, not a half-year: 人形机器人H1)
      // (nor a funding round's letter: 穹顶机器人B轮)
      if ((NOT_A_DEVICE.test(name) && !(re === DEVICE_AFTER_NOUN && /^H[12]$/.test(name))) || ROUND_AFTER.test(text.slice(e, e + 2)) || known.some((k) => k.start < e && s < k.end) || out.some((o) => o.start === s)) continue;
      out.push({ start: s, end: e, kind: 'product', entityId: `product:${aliasKey(name)}`, canonical: name, via: 'pattern', device: true });
    }
  }
  return out;
}

/**
 * A product written after its maker's name (百度千帆, 讯飞火石平台) is two mentions: the vendor and the
 * product, when the rest is a name of the product itself; 腾讯会议 is one product's name.
 */
function splitVendorPrefix(text: string, chosen: EntityCandidate[], all: EntityCandidate[], kb: KnowledgeBase): EntityCandidate[] {
  // a new list only from the first name split (most blocks have none: no list of one for every name)
  let out: EntityCandidate[] | undefined;
  for (let i = 0; i < chosen.length; i++) {
    const c = chosen[i];
    const vendor = c.kind === 'product' && c.via === 'knowledge'
      ? all.filter((v) => v.kind === 'vendor' && !v.tentative && v.start === c.start && v.end < c.end && c.end - v.end >= 2).sort((a, b) => b.end - a.end)[0]
      : undefined;
    const rest = vendor && kb.aliases.get(foldCase(text.slice(vendor.end, c.end)))?.some((e) => e.entityId === c.entityId);
    if (vendor && rest) (out ??= chosen.slice(0, i)).push(vendor, { ...c, start: vendor.end });
    else out?.push(c);
  }
  return out ?? chosen;
}

/** A Latin word and a space right before a text position. */
const LATIN_WORD_BEFORE = /([A-Za-z][A-Za-z0-9'’-]*) $/;
const HARDWARE_AFTER = /^\s*(?:(?:Pro|Max|Ultra)\s*)?(?:芯片|晶片|处理器|显卡|GPU|CPU|NPU|chip|版本|版(?!权))/i;
const HARDWARE_BEFORE = /(?:苹果|Apple|英伟达|NVIDIA|辉达|AMD|英特尔|Intel|高通|Qualcomm|Mac|MacBook(?: (?:Air|Pro))?)\s*$/i;

/** A document a version after it is of: 报告 v2, 论文v3, 许可证 2.0. */
const DOCUMENT_BEFORE = /(?:报告|報告|论文|論文|文档|文檔|草稿|规范|規範|协议|協議|许可证|許可證|白皮书|白皮書)\s*$/;
/** Versions written without their family (DeepSeek发布R1; V3的训练成本): resolved by the document's other mentions. */
function bareVersions(text: string, chosen: EntityCandidate[], kb: KnowledgeBase): EntityCandidate[] {
  if (!kb.versionOwners.size || !LATIN_LETTER.test(text)) return [];
  const out: EntityCandidate[] = [];
  for (let m = firstMatch(BARE_VERSION, text); m; m = BARE_VERSION.exec(text)) {
    const s = m.index!, e = s + m[0].length;
    if (chosen.some((c) => c.start < e && s < c.end)) continue;
    const owners = kb.versionOwners.get(standaloneVersionKey(m[0]));
    if (!owners) continue;
    // a chip or a version number, not a model: 苹果M1芯片, M2 Ultra处理器, 已迭代至V6版本
    if (HARDWARE_AFTER.test(text.slice(e, e + 12)) || HARDWARE_BEFORE.test(text.slice(Math.max(0, s - 8), s))) continue;
    // (a document's version: 技术报告 v2, 论文v3)
    if (DOCUMENT_BEFORE.test(text.slice(Math.max(0, s - 8), s))) continue;
    // the version of the Latin name written before it, which is no model's (LiveCodeBench v5, SWE-bench v2)
    const word = LATIN_WORD_BEFORE.exec(text.slice(Math.max(0, s - 24), s));
    if (word && !kb.aliases.has(aliasKey(word[1]))) continue;
    // (and of a known name that is none of the version's families or their makers: TPU v3 is no DeepSeek-V3)
    if (word && !kb.aliases.get(aliasKey(word[1]))!.some((a) => owners.some((o) => o === a.entityId || kb.vendorOf(o) === a.entityId))) continue;
    out.push({ start: s, end: e, kind: 'model', entityId: '', canonical: m[0], via: 'version', tentative: true, familyChoices: owners, versionKey: versionKey(m[0]) });
  }
  return out;
}

/**
 * Whether a bare version stands as a whole table cell beside a cell one step up or down the same ladder (| V2 | beside
 * | V1 | or | V3 |): a level a table's rows climb (a member's tier), no model. Read in the whole text, where the rows are.
 */
export function ladderCell(text: string, s: number, e: number): boolean {
  if (!/(?:^|\n|\|)[ \t]*$/.test(text.slice(Math.max(0, s - 8), s)) || !/^[ \t]*\|/.test(text.slice(e, e + 4))) return false;
  const m = /^([A-Za-z]{1,2})(\d+)$/.exec(text.slice(s, e));
  if (!m) return false;
  const n = Number(m[2]);
  return [n - 1, n + 1].some((k) => k >= 0 && new RegExp(`\\|[ \\t]*${m[1]}${k}[ \\t]*\\|`).test(text));
}

/** A consumer graphics card by its number alone (4090, 3090, 5090D, 4080 Super), as builders write it. */
// (a comma before it groups digits only after a digit: 缺貨，5090 is the card)
const CARD_NUMBER = /(?<![A-Za-z0-9.\-_/#]|[\d０-９][,，])([2-5]0[5-9]0)(D|\s?Ti|\s?Super)?(?![0-9A-Za-z.%％])/g;
/** …where its neighbours speak of cards: memory, a count of cards, running a model, RTX or 显卡 nearby. */
const CARD_CONTEXT = /显卡|顯卡|GPU|RTX|GeForce|N卡|显存|顯存|魔改|单卡|單卡|双卡|雙卡|多卡|整机|整機|[一两兩二三四五六七八九十\d]\s*[张張块塊]|\d+\s*G(?:B)?(?![A-Za-z])|tokens?\/s|tok\/s|vLLM|Ollama|llama\.cpp|量化|推理|部署|跑/i;
/** …and not a count, an amount or a year: 4090元, 共4090家, 2050年. */
const CARD_NUMBER_NOT_AFTER = /^\s*(?:[万亿千百个張张台倍%％年天次种条位名家款元块塊角秒月日号號期届屆人]|分(?!之)|美元|小时|分钟|[,，.]\d)/;
/** …nor a code: 编号4090, 代码4090, 第4090. */
const CARD_NUMBER_NOT_BEFORE = /(?:编号|編號|代码|代碼|号码|號碼|电话|電話|邮编|郵編|尾号|尾號|No\.?|第)\s*$/i;
const CARD_CONTEXT_REACH = 16;

/** A card's number where it is no count, amount, year or code. */
function cardNumberStands(text: string, start: number, end: number): boolean {
  return !CARD_NUMBER_NOT_AFTER.test(text.slice(end, end + 3)) && !CARD_NUMBER_NOT_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && !insideNumber(text, start);
}

/** Whether digits at `start` go on a number before them: after a digit or a point, or a comma that groups digits (1,360;
 *  a comma after a clause, 缺貨，5090, does not). */
function insideNumber(text: string, start: number): boolean {
  return /[\d.]/.test(text[start - 1] ?? '') || (/[,，]/.test(text[start - 1] ?? '') && /[\d０-９]/.test(text[start - 2] ?? ''));
}

/** Bare card numbers (一张4090, 4090 48G魔改版): mentions of the RTX card of that number. */
function bareCardNumbers(text: string, chosen: EntityCandidate[], kb: KnowledgeBase): EntityCandidate[] {
  const family = kb.get('product:geforce-rtx');
  if (!family) return [];
  const out: EntityCandidate[] = [];
  for (let m = firstMatch(CARD_NUMBER, text); m; m = CARD_NUMBER.exec(text)) {
    const s = m.index!, e = s + m[0].length;
    if (chosen.some((c) => c.start < e && s < c.end)) continue;
    if (!cardNumberStands(text, s, e)) continue;
    const around = text.slice(Math.max(0, s - CARD_CONTEXT_REACH), s) + ' ' + text.slice(e, e + CARD_CONTEXT_REACH);
    if (!CARD_CONTEXT.test(around)) continue;
    const name = `RTX ${m[1]}${m[2] ? m[2].trim().replace(/^(?=Ti|Super)/, ' ') : ''}`;
    const known = kb.aliases.get(aliasKey(name))?.find((x) => kb.kindOf(x.entityId) === 'product');
    const entityId = known?.entityId ?? variantId(family.id, m[0].replace(/\s+/g, ' '));
    out.push({ start: s, end: e, kind: 'product', entityId, canonical: known ? kb.get(known.entityId)!.name : name, vendorId: kb.vendorOf(family.id), via: 'pattern' });
  }
  return out;
}

const VIA_RANK: Record<MentionSource, number> = { knowledge: 0, version: 0, pattern: 1 };

/** Leftmost-longest choice among overlapping candidates. */
function selectLongest(candidates: EntityCandidate[]): EntityCandidate[] {
  const sorted = [...candidates].sort(
    (a, b) => a.start - b.start || b.end - a.end || VIA_RANK[a.via] - VIA_RANK[b.via] || Number(!!a.tentative) - Number(!!b.tentative),
  );
  const out: EntityCandidate[] = [];
  let reach = -1;
  for (const c of sorted) {
    if (c.start < reach) continue;
    out.push(c);
    reach = c.end;
  }
  return out;
}

/**
 * A short Chinese name found inside a longer word is not that name: 华为 in 中华为民, 盘古 in
 * 盘古开天地. Two-character names are checked against the segmentation of a small window;
 * a boundary that touches another recognised name is accepted (华为云|盘古 reads as 云盘|古).
 */
function splitWordChecks(text: string, chosen: EntityCandidate[]): EntityDraft['checks'] {
  // only a Chinese neighbour that is not itself part of a recognised name can form a word across the boundary
  const inOther = (i: number, c: EntityCandidate) => chosen.some((o) => o !== c && o.start <= i && i < o.end);
  const risky = (i: number, c: EntityCandidate) => CJK_CHAR.test(text[i] ?? '') && !inOther(i, c);
  return chosen
    .filter((c) => c.via === 'knowledge' && c.end - c.start === 2 && CJK_CHAR.test(text[c.start]) && CJK_CHAR.test(text[c.start + 1]) &&
      (risky(c.start - 1, c) || risky(c.end, c)))
    .map((c) => ({ candidate: c, from: Math.max(0, c.start - 4), to: Math.min(text.length, c.end + 4) }));
}

/** A time word that opens what a company did or said (上周, 上月, 上半年), right after its name. */
const TIME_AFTER_NAME = /^(?:上(?:周|週|星期|个月|個月|月|季度?|半年|年)|本(?:周|週|月|季度?)|今年|去年|昨[日天]|今[日天]|近日|日前)/;
/** A closing price right after a company's name (收136元, 收在288.5元, 收報56.18元). */
const CLOSING_PRICE_AFTER = /^收(?:在|于|於|报|報|盘|盤)?\s*[\d０-９]/;

function dropSplitWords(text: string, chosen: EntityCandidate[], checks: EntityDraft['checks'], cuts: string[][]): EntityCandidate[] {
  const rejected = new Set<EntityCandidate>();
  // where names start and end (a name never ends where it starts, so none of these is the candidate itself)
  let starts: Set<number> | undefined, ends: Set<number> | undefined;
  checks.forEach(({ candidate: c, from, to }, i) => {
    const bounds = cuts[i] && wordBoundaries(text.slice(from, to), cuts[i]);
    if (!bounds) return;
    const ok = (pos: number, side: 'end' | 'start') =>
      bounds.has(pos - from) || (side === 'end' ? (ends ??= new Set(chosen.map((o) => o.end))) : (starts ??= new Set(chosen.map((o) => o.start)))).has(pos);
    // 4000张华为昇腾: after a number and its measure word, 张华 is not a name
    const afterMeasure = /[\d零一二两三四五六七八九十百千万][张台个家款颗块位名套]$/.test(text.slice(Math.max(0, c.start - 2), c.start));
    const startOk = ok(c.start, 'end') || afterMeasure;
    // 苹果公司 is one dictionary word, and still the company 苹果
    const tail = ORG_TAIL.exec(text.slice(c.end, c.end + 4));
    // (a listed company's closing price, 緯創收136元: 收 is the close, no word 创收 across the name)
    // (and a time word after it, 鴻海上週法說會透露: 海上 is no word across a subject and its time)
    const endOk = ok(c.end, 'start') || (c.kind === 'vendor' && ((!!tail && bounds.has(c.end + tail[0].length - from)) || CLOSING_PRICE_AFTER.test(text.slice(c.end, c.end + 6)) || TIME_AFTER_NAME.test(text.slice(c.end, c.end + 4))));
    if (!startOk || !endOk) rejected.add(c);
  });
  return rejected.size ? chosen.filter((c) => !rejected.has(c)) : chosen;
}

/** Places before 科技/集团/智能/… that are not part of a recognised name. */
function orgSites(text: string, chosen: EntityCandidate[], brands?: readonly string[]): EntityDraft['sites'] {
  const sites: EntityDraft['sites'] = [];
  for (let m = firstMatch(ORG_SUFFIX, text); m; m = ORG_SUFFIX.exec(text)) {
    const suffixStart = m.index!, suffixEnd = suffixStart + m[0].length;
    if (chosen.some((c) => c.start < suffixEnd && suffixStart < c.end)) continue;
    let from = suffixStart;
    // only characters a name can have: punctuation, symbols and emoji in the window would change
    // what jieba's HMM guesses (and differently in nodejieba and jieba-wasm), never the name
    while (from > 0 && suffixStart - from < 8 && NAME_CHAR.test(text[from - 1]) && !STOP_IN_NAME.test(text[from - 1])) from--;
    if (from === suffixStart) continue;
    // a circle or a sector, not an organisation (AI科技圈, 科技界, 科技板块), and a word 智能 begins (智能体):
    // no name whatever the tagger says, so the window is not tagged at all
    if (SECTOR_AFTER.test(text.slice(suffixEnd, suffixEnd + 2))) continue;
    if (m[0] === '智能' && WORD_AFTER_INTELLIGENCE.test(text.slice(suffixEnd, suffixEnd + 3))) continue;
    // (智算 before 中心 names a kind of facility: 中西部智算中心)
    if (m[0] === '智算' && text.startsWith('中心', suffixEnd)) continue;
    sites.push({ from, suffixStart, suffixEnd });
  }
  for (let m = firstMatch(DESCRIPTOR_HEAD, text); m; m = DESCRIPTOR_HEAD.exec(text)) {
    const nameStart = m.index! + m[0].length, head = m[1] ? nameStart - 1 : m.index!;
    // a descriptor before the head (具身智能公司, 算力租赁企业), not a determiner (该公司, 这家公司, 一家企业)
    const before = text[head - 1];
    if (!before || !NAME_CHAR.test(before) || STOP_IN_NAME.test(before) || NOT_A_DESCRIPTOR_END.test(before)) continue;
    if (chosen.some((c) => c.start < nameStart + 2 && nameStart < c.end)) continue;
    // (a name may begin with a character that is a word of its own elsewhere: 并行智算)
    let run = nameStart + 1;
    while (run < text.length && run - nameStart < 10 && NAME_CHAR.test(text[run]) && !STOP_IN_NAME.test(text[run])) run++;
    const rest = text.slice(nameStart, run);
    // (a word that begins in the run and ends past it, where the run stopped at a character names cannot have: 北溟数智正在)
    const own = SUBJECT_NEXT.exec(rest);
    const ahead = own ? null : SUBJECT_NEXT.exec(text.slice(nameStart, run + 1));
    const next = own ?? (ahead && ahead.index < rest.length ? ahead : null);
    // the name runs up to what follows a subject (完成, 今日, 宣布), or is the whole run before a punctuation mark
    // (a Latin name may be longer: 硅谷公司Tabnova在10月完成)
    const latin = /^[A-Za-z][A-Za-z0-9.\-]*$/.test(rest);
    let end = next ? nameStart + next.index : (rest.length <= 6 || latin) && run - nameStart < 10 ? run : -1;
    // a date after the name (灵枢12日宣布) is not part of it
    const date = /\d+[日月号]?$/.exec(text.slice(nameStart, Math.max(nameStart, end)));
    if (date) end -= date[0].length;
    if (end - nameStart < 2 || end - nameStart > (latin ? 10 : 8)) continue;
    if (chosen.some((c) => c.start < end && nameStart < c.end)) continue;
    // (its founder or chief after 的 speaks of a company too: 推理云创业公司流云算力的创始人)
    const officer = OFFICER_AFTER.exec(text.slice(end, end + 8));
    sites.push({ from: nameStart, suffixStart: nameStart, suffixEnd: end, apposition: { next: next && nameStart + next.index === end ? next[0] : officer ? officer[0] : '' } });
  }
  // 云川智算CEO表示, 据星垣数据创始人介绍: a clause that opens with a short name and an officer's title names a company
  // (and so does one that opens with a short name and news of its funding: 云川智算获…12亿元战略融资)
  // (the funding search looks ahead from every 获 and 完成: only where 融资 or 投资 is written)
  for (const re of FUNDED_WORD.test(text) ? [OFFICER_TITLE, FUNDED_AFTER] : [OFFICER_TITLE]) for (let m = firstMatch(re, text); m; m = re.exec(text)) {
    const title = m.index!;
    if (chosen.some((c) => c.start < title && title <= c.end)) continue;
    // 【擎天具身】完成2.8亿元天使+轮融资: a name set off in brackets right before the news of its funding
    if (re === FUNDED_AFTER) {
      const closed = /[【「『“]([\u4e00-\u9fffA-Za-z0-9]{2,8})[】」』”]$/.exec(text.slice(Math.max(0, title - 10), title));
      if (closed && !NOT_A_FUNDED_NAME.test(closed[1]) && !VERB_IN_FUNDED_NAME.test(closed[1])) {
        sites.push({ from: title - closed[1].length - 1, suffixStart: title - 1, suffixEnd: title - 1, clauseOpening: true });
        continue;
      }
    }
    let from = title;
    while (from > 0 && title - from < 7 && NAME_CHAR.test(text[from - 1]) && !STOP_IN_NAME.test(text[from - 1])) from--;
    // (对话 may be cut in two by the window: 对 stops a name, 话 does not)
    if (from > 0 && OFFICER_NAME_OPENER.test(text.slice(from - 1, from + 1))) from++;
    // (成立不到一年的擎天具身完成…融资: a company described by its founding before its name)
    const opener = from === 0 || CLAUSE_OPENER.test(text[from - 1]) || OFFICER_NAME_OPENER.test(text.slice(Math.max(0, from - 2), from)) ||
      (re === FUNDED_AFTER && FOUNDED_BEFORE.test(text.slice(Math.max(0, from - 14), from)));
    const inside = OFFICER_NAME_OPENER.exec(text.slice(from, title));
    if (inside) from += inside[0].length;
    // (企业级Agent平台灵析数据完成…融资: a word for what the company is, right before its name, opens the name too)
    const described = re === FUNDED_AFTER && !opener && !inside ? DESCRIBED_BEFORE_NAME.exec(text.slice(from, title)) : null;
    if (described) from += described.index + described[0].length;
    if (title - from < 2 || title - from > 6 || !(opener || inside || described)) continue;
    // (a word for what a company is, no name of one: 「暖言」开发商获8000万元融资)
    if (DESCRIPTOR_ALONE.test(text.slice(from, title))) continue;
    sites.push({ from, suffixStart: title, suffixEnd: title, clauseOpening: true });
  }
  // a Chinese name, a hyphen and a Latin name or a number with a size, version or variant is a model's name by
  // its form (星舟-VLM 3B, 灵枢-VLA 2.0, 星衍-4 Ultra): the Chinese name is the last name-like word before the
  // hyphen, as before a listing mark
  if (text.includes('-')) for (let m = firstMatch(CJK_SIZED_MODEL, text); m; m = CJK_SIZED_MODEL.exec(text)) {
    const hyphen = m.index!, end = hyphen + m[0].length;
    if (chosen.some((c) => c.start < end && hyphen <= c.end) || QUANTITY_AFTER.test(text.slice(end, end + 3))) continue;
    // a number alone after the hyphen (同比-5, 京-4号), or a name with nothing after it (中国-ASEAN), needs a launch
    // verb or 模型 before the brand (发布衡元-2)
    // (or a brand the document gives a model of: 澜海-2 after 澜海-3)
    // (a variant's word alone after the hyphen is a model's name by itself: 灵雀-Max, 云衡-Turbo)
    const launched = [2, 3, 4].find((n) => NAMED_MODEL_BEFORE.test(text.slice(Math.max(0, hyphen - n - 8), hyphen - n)) && CJK_NAME.test(text.slice(hyphen - n, hyphen)));
    // (a size after the hyphen is a model's by itself: 灵狐-8B)
    // (or what only a model does or has right after the name: 曜光-2开源, 曜光-2的参数)
    if ((!m[2] || (m[1] && !/[A-Za-z]/.test(m[0]))) && !/^\d+(?:\.\d+)?[BTM]$/.test(m[1] ?? '') && !VARIANT_AFTER_HYPHEN.test(m[0]) && launched === undefined &&
      !MODEL_NEWS_AFTER.test(text.slice(end, end + 8)) && !brands?.some((b) => foldCase(text.slice(hyphen - b.length, hyphen)) === b)) continue;
    let from = hyphen;
    while (from > 0 && hyphen - from < 8 && NAME_CHAR.test(text[from - 1]) && !STOP_IN_NAME.test(text[from - 1])) from--;
    if (hyphen - from < 2) continue;
    // (right after a launch verb the name is what stands between them, whatever the tagger guesses: 发布了启衡-MoE-A3B)
    // (a brand the document gives is the name, whatever the tagger glues before it: 比星枢-1.5 is 星枢-1.5)
    const brand = brands?.find((b) => foldCase(text.slice(hyphen - b.length, hyphen)) === b && hyphen - b.length > from);
    const nameStart = launched !== undefined && hyphen - launched >= from ? hyphen - launched : brand ? hyphen - brand.length : undefined;
    sites.push({ from, suffixStart: hyphen, suffixEnd: hyphen, listed: { nameEnd: end, model: true, nameStart } });
  }
  // 衡言大模型, 以楚言大模型为核心: two characters before 大模型 that the tagger knows as no word are a model's name
  if (text.includes('大模型')) for (let at = text.indexOf('大模型'); at >= 0; at = text.indexOf('大模型', at + 3)) {
    const from = at - 2, name = text.slice(Math.max(0, from), at);
    if (from < 0 || !/^[\u4e00-\u9fff]{2}$/.test(name) || STOP_IN_NAME.test(name) || NUMERAL_CHAR.test(name) || GENERIC_MODEL_WORDS.has(name) || KIND_OF_MODEL.test(name)) continue;
    // (not the end of a longer name: 瀚海金融大模型, 豆包大模型)
    // (a verb that launches or uses it may stand right before: 发布了衡言大模型, 推出衡言大模型)
    const glued = from > 0 && NAME_CHAR.test(text[from - 1]) && !NOT_NAME_BEFORE_BIG_MODEL.test(text[from - 1]);
    const verb = glued && VERB_BEFORE_BIG_MODEL.test(text.slice(Math.max(0, from - 2), from));
    if (chosen.some((c) => c.start < at + 3 && from < c.end) || (glued && !verb)) continue;
    // (nor the start of a product's name: 云启大模型平台)
    if (PRODUCT_AFTER_BIG_MODEL.test(text.slice(at + 3, at + 8))) continue;
    // (tagged with the character before it, which must stay a word of its own: 如果说大模型 is no 果说)
    // (after a verb, the name alone: the verb is a word of its own)
    sites.push({ from: verb ? from : Math.max(0, from - 1), suffixStart: at, suffixEnd: at, bigModel: true });
  }
  // 维港智算科技推出的港语通，…: what a launch made, one word the tagger does not know, is a model's or an app's name
  if (text.includes('的')) for (let m = firstMatch(LAUNCHED_OBJECT, text); m; m = LAUNCHED_OBJECT.exec(text)) {
    // (launched by a company: one the text names right before, its time aside; not a city's voucher, 推出的算力券)
    const launcher = text.slice(Math.max(0, m.index! - 16), m.index!);
    if (!LAUNCHER_BEFORE.test(launcher) && !chosen.some((c) => c.kind === 'vendor' && c.end <= m!.index! && TIME_WORDS_ONLY.test(text.slice(c.end, m!.index!)))) continue;
    const nameStart = m.index! + m[0].length;
    let run = nameStart;
    while (run < text.length && run - nameStart < 6 && /[\u4e00-\u9fff]/.test(text[run]) && !STOP_IN_NAME.test(text[run])) run++;
    if (run - nameStart < 2 || chosen.some((c) => c.start < run && nameStart < c.end)) continue;
    sites.push({ from: nameStart, suffixStart: nameStart, suffixEnd: run, launched: true });
  }
  if (!text.includes('KY') && !/[(（]/.test(text)) return sites;
  for (let m = firstMatch(LISTING, text); m; m = LISTING.exec(text)) {
    const suffixStart = m.index!;
    const code = m[2], ky = m[1] ?? m[4];
    // (2024) is a year, not a stock code
    if (!ky && code.length === 4 && !m[3] && /^(?:19|20)\d\d$/.test(code)) continue;
    if (chosen.some((c) => c.start < suffixStart && suffixStart <= c.end)) continue;
    let from = suffixStart;
    while (from > 0 && suffixStart - from < 8 && NAME_CHAR.test(text[from - 1]) && !STOP_IN_NAME.test(text[from - 1])) from--;
    if (suffixStart - from < 2) continue;
    // (a Hong Kong share class after its company's hyphen, 百度集團-SW（09888）, is no name)
    if (/[-－]/.test(text[from - 1] ?? '') && SHARE_CLASS.test(text.slice(from, suffixStart))) continue;
    sites.push({ from, suffixStart, suffixEnd: suffixStart, listed: { nameEnd: suffixStart + (ky?.length ?? 0) } });
  }
  return sites;
}

/** A descriptor or a department standing alone where a short name would (开发商, 母公司, 生态总经理): no name. */
const DESCRIPTOR_ALONE = /^(?:生态|生態|业务|業務|商业化|商業化|投资者关系|投資者關係|公共关系|公共關係|人力资源|人力資源|法务|法務|行政|技术|技術|产品|產品|市场|市場|销售|銷售|运营|運營|战略|戰略|研发|研發|财务|財務|品牌|公关|公關|事业部|事業部|部门|部門|开发商|開發商|公司|企业|企業|厂商|廠商|供应商|供應商|服务商|服務商|运营商|運營商|制造商|製造商|提供商|母公司|子公司|创业公司|創業公司|初创公司|初創公司|新创公司|新創公司|团队|團隊|该公司|該公司)$/;
/** A descriptor's head noun, which a company's name may follow in apposition (具身智能公司灵枢机器人, AI芯片初创企业曦望科技, 設計服務廠晶詠科技).
 * 厂 is a head only after what is made or served; that word is matched too (a lookbehind there made the search three times slower) and group 1 marks it. */
const DESCRIPTOR_HEAD = /(?:公司|企业|银行|銀行|厂商|独角兽|供应商|服务商|制造商|设计商|开发商|提供商|企業|廠商|獨角獸|供應商|服務商|製造商|設計商|開發商|(?:服务|服務|芯片|晶片|晶圆|晶圓|代工|封测|封測|设计|設計|组装|組裝|伺服器|服务器|服務器|电源|電源|散热|散熱|网通|網通|笔电|筆電)大?(厂|廠)(?!商))(?=[\u3400-\u9fffA-Za-z])/g;
/** Characters before a head noun that make it a reference or a count, not a descriptor (该公司, 这家公司, 一家企业, 各企业). */
const NOT_A_DESCRIPTOR_END = /[该這这那此本其每各某家个個一两兩几幾多贵貴我你他她全该]/;
/** What follows a clause's subject: a time word, an adverb, a verb of announcing or doing (…灵枢机器人今日宣布, …并行智算完成, …晶詠科技今（12）日). */
const SUBJECT_NEXT = /研发|研發|打造|自研|值得|今$|今日|今天|同日|同天|当日|當日|日前|近日|昨日|昨天|本周|上周|本月|上月|今年|去年|近期|此前|刚刚|已经|正式|正在|同样|首次|再次|宣布|完成|发布|推出|获得|成立|表示|透露|披露|公布|计划|预计|指出|创始人|联合创始人|董事长|总裁|首席|CEO|于|在|已|将|获|称|也|还|则|与|和|及|是|为|成为/;
/** Common nouns and titles that follow 公司/企业 and are no company's name (公司员工, 企业用户, 创业公司CFO). */
const NOT_A_COMPANY_NAME = /^(?:C[EFTOMIPSD]O(?![A-Za-z])|VP(?![A-Za-z])|(?:ARR|MRR|GMV|MAU|DAU|WAU|EPS|ROE|ROI|API|GPU|CPU|NPU|SaaS|IPO|AI)(?![A-Za-z])|总裁|總裁|总经理|總經理|首席|合伙人|合夥人|用户|客户|员工|高管|内部|方面|负责人|创始人|董事|股价|股东|股票|股份|业务|业绩|产品|团队|旗下|自身|本身|官方|官网|财报|营收|營收|收入|利润|利潤|毛利|淨利|净利|亏损|虧損|现金|現金|开支|開支|支出|费用|費用|市值|估值|规模|数量|人数|层面|战略|管理|发言人|代表|名称|名单|数据|总部|注册|上市|融资|级|主页|账号|网站|系统|平台|服务|内容|研发|技术|人员|人士|工程师|文化|治理|架构|组织|数字化|转型|资金|资产|成本|价格|订单|合同|项目)/;

/** A Latin name or a number with a size, version or variant after a hyphen glued to a Chinese name (星舟-VLM 3B, 灵枢-VLA 2.0, 星衍-4 Ultra),
 * and a version between them when a size follows the hyphen (岫光2.5-72B). */
const CJK_SIZED_MODEL = /(?<=[\u4e00-\u9fff])(?:\d+(?:\.\d+)?(?=-\d+(?:\.\d+)?[BTM](?![A-Za-z])))?-(?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z][A-Za-z0-9]*)*|(\d+(?:\.\d+)?(?:[BTM](?![A-Za-z]))?))((?:-\d+(?:\.\d+)*[BTMK]?|[ ]\d+(?:\.\d+)?[BTMK]|[ ]\d(?:\.\d+)*|[ -]?(?:Pro|Max|Ultra|Plus|Mini|Lite|Air|Turbo|Flash))*)(?![A-Za-z0-9.])/g;

/** A name of Chinese characters only (the brand before a model's hyphen). */
const CJK_NAME = /^[\u3400-\u9fff]+$/;
/** A Latin part only models are named with (码灵Coder, 星河-Chat, 云雀LLM). */
const MODEL_WORD_NAME = /^-?(?:Coder|Chat|GPT|LM|LLM|VL|VLM|Instruct|Math|Omni|Reasoner|MoE|Embedding)(?![a-z])/;
/** What may stand between a company's short name and 大模型 without being a kind of model: the rest of its name, 旗下, 的. */
const NOT_A_KIND_OF_MODEL = /^[^大]{0,3}(?:智能|科技|集团|集團|公司|旗下|推出|发布|發布|自研|的|和|与|與|及)/;
/** What kind of product a name written right after it is: 企业级平台瀚海智服, 旗下应用X. */
const PRODUCT_KIND_BEFORE = /(?:平台|平臺|产品|產品|应用|應用|系统|系統|工具|助手|App|APP)\s*$/;
/** What only a model does or has, right after its name (开源, 的参数, 的上下文): a brand and a number before it are a model. */
const MODEL_NEWS_AFTER = /^\s*(?:开源|開源|正式开源|正式開源|的(?:参数|參數|总参数|總參數|激活参数|上下文|训练|訓練|预训练|預訓練|推理|API|权重|權重|评测|評測)|总参数|總參數|激活参数|激活參數|参数量|參數量|大模型|模型|系列模型|API)/;
/** A variant's word right after a brand's hyphen (-Max, -Turbo, -Flash): a model's name by itself. */
const VARIANT_AFTER_HYPHEN = /^-(?:Pro|Max|Ultra|Plus|Mini|Lite|Air|Turbo|Flash|Instruct|Chat|Coder|Omni|VL|Vision|Thinking|Preview)(?:[ -](?:Pro|Max|Ultra|Plus|Mini|Lite|Air|Turbo|Flash|Preview))?$/;
/** A listing mark after a company's name: -KY (a Taiwan-listed foreign company), a stock code in brackets (a US ticker may come first: （HYC.US / 06690.HK）). */
const LISTING = /(-KY(?![A-Za-z]))?[(（](?:[A-Z]{1,5}\.(?:US|N|O)\s*[/／、,，]\s*)?(?:(?:TWSE|TPEx|HKEX|SSE|SZSE|SH|SZ|HK|NASDAQ|NYSE|港股|上证|深证|股份代號|股份代号|股票代码|股票代碼|股票代號|股票代号|代码|代碼|代號|代号)[:：]?\s*)?(\d{4,6})(\.(?:TW|TWO|HK|SH|SZ|SS))?[)）]|(-KY)(?![A-Za-z(（])/g;
/** A Hong Kong share class written after a company's name and a hyphen (-W, -SW, -S, -B, -P, -R). */
const SHARE_CLASS = /^(?:S?W|S|B|P|R|U)R?$/;
/** Words before a listing mark that are no company's name. */
const NOT_LISTED_NAME = /^(?:公司|集团|集團|股份|企业|企業|厂商|廠商|龙头|龍頭|大厂|大廠|个股|個股|股票|代码|代碼|指数|指數|板块|板塊)$/;
/** A compass point and a place word (北麓, 南湖), which the tagger reads as a direction (f), not a locality word of grammar (以上, 东部). */
const DIRECTION_NAME = /^[东南西北東][^部方边面侧邊側]$/;
const NOT_NAME_TAGS = /^(?:v|vd|p|u|uj|ul|uz|ug|uv|ud|c|d|m|mq|q|r|rr|rz|f|t|tg|a|ad|ag|y|e|o|zg)$/;

/** A district, a park or its administration after a name: the name is a place's (滨江湾高新区, 滨江湾人工智能产业园, 滨江湾管委会). */
const DISTRICT_AFTER = /^(?:人工智能|智能|数字|數字|科技|科创|科創|软件|軟件)?(?:高新区|高新區|开发区|開發區|经开区|經開區|新区|新區|产业园|產業園|园区|園區|科技园|科技園|管委会|管委會|管理委员会|管理委員會|自贸区|自貿區|片区|片區|街道)/;
/** Organisations the knowledge base lacks: a proper noun the tagger marks, then 科技/集团/智能/实验室/研究院. */
function patternVendors(text: string, chosen: EntityCandidate[], sites: EntityDraft['sites'], tagged: TaggedWord[][]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  sites.forEach((site, i) => {
    const words = tagged[i] ?? [];
    if (site.short) {
      // the short form must be a word of its own, and not one the tagger reads as a pronoun, a verb, a number … (什么)
      const n = site.short, start = site.suffixStart, end = start + n.key.length;
      // (the place a company is named after, 滨江湾 of 滨江湾智能科技, where a district or a park follows it)
      if (n.kind === 'vendor' && DISTRICT_AFTER.test(text.slice(end, end + 8))) return;
      let pos = site.from, begins = pos === start, ends = false, unknownAcross = true;
      let against = false, inside = 0, single = true;
      for (const w of words) {
        if (pos >= start && pos < end) {
          inside++;
          single &&= w.word.length === 1;
          // (a character the tagger reads as a bare morpheme, 昇/zg of 瑞昇, says nothing against a name)
          if (NOT_NAME_TAGS.test(w.tag) && !(w.word.length === 1 && /g$/.test(w.tag))) against = true;
        }
        if (pos < end && pos + w.word.length > start && w.tag !== 'x') unknownAcross = false;
        pos += w.word.length;
        if (pos === start) begins = true;
        if (pos === end) ends = true;
      }
      // (a name the tagger cuts into single characters, 帧/q 跃/v of 帧跃, is one it does not know: their tags say nothing)
      let ok = begins && (!against || (inside > 1 && single));
      // (a short name the tagger does not know glues to the next characters, 云硕营|收: it stands when what follows
      // is a company's own measure, 营收, 市占率, 股价)
      // (and to the character before: 占云硕营|收)
      if ((!ends || !ok) && unknownAcross && n.kind === 'vendor' && COMPANY_FIGURE_AFTER.test(text.slice(end, end + 4))) ok = ends = true;
      if (ok && ends && pos === site.suffixEnd) {
        // 灵犀助手, 灵犀App: a company's short name and what it makes is its product, a model as chat products are
        const product = n.kind === 'vendor' ? COMPANY_PRODUCT_AFTER.exec(text.slice(end, end + 5)) : null;
        if (product) {
          const name = text.slice(start, end + product[0].length);
          out.push({ start, end: end + product[0].length, kind: 'model', entityId: `model:${aliasKey(name)}`, canonical: name, vendorId: n.entityId, via: 'pattern' });
          return;
        }
        const c: EntityCandidate = { start, end, kind: n.kind, entityId: n.entityId, canonical: n.canonical, via: 'pattern' };
        if (n.vendorId) c.vendorId = n.vendorId;
        out.push(c);
      }
      return;
    }
    if (site.clauseOpening) {
      // every word a name's (not a pronoun, a verb, an adverb: 公司新任CEO, 这位CEO), the tagger's guess aside
      const written = text.slice(site.from, site.suffixStart);
      // (a compass point and a place word is a place-like name the tagger reads as a direction: 北麓数据副总裁)
      if (words.map((w) => w.word).join('') !== written || !words.every((w) => /^[\u3400-\u9fffA-Za-z]+$/.test(w.word) && (DIRECTION_NAME.test(w.word) || (!NOT_NAME_TAGS.test(w.tag) && !OPENING_WORD_TAGS.test(w.tag))))) return;
      // (a person's name before the title: 王小川创始人)
      if (written.length <= 4 && words.some((w) => w.tag === 'nr')) return;
      if (GENERIC_ORG_WORDS.test(written) || NOT_LISTED_NAME.test(written) || NOT_AN_OFFICERS_COMPANY.test(written) || chosen.some((c) => c.start < site.suffixStart && site.from < c.end)) return;
      out.push({ start: site.from, end: site.suffixStart, kind: 'vendor', entityId: `vendor:${aliasKey(written)}`, canonical: written, via: 'pattern' });
      return;
    }
    if (site.bigModel) {
      if (words.map((w) => w.word).join('') !== text.slice(site.from, site.suffixStart)) return;
      // every word that holds a character of the name is unknown to the tagger (衡言/x, 以衡/x 言/vg) or a bare
      // morpheme (曜/zg 言/vg), not a word it knows (如果/c 说)
      const name = site.suffixStart - 2;
      let at = site.from;
      for (const w of words) {
        const end = at + w.word.length;
        if (end > name && !(LAUNCHED_NAME_TAGS.has(w.tag) || (w.word.length === 1 && /g$/.test(w.tag)))) return;
        at = end;
      }
      // (with its version: 极衍大模型2.0)
      const version = BIG_MODEL_VERSION.exec(text.slice(site.suffixStart + 3, site.suffixStart + 16));
      const end = site.suffixStart + 3 + (version && !QUANTITY_AFTER.test(text.slice(site.suffixStart + 3 + version[0].length)) ? version[0].length : 0);
      const written = text.slice(name, end);
      out.push({ start: name, end, kind: 'model', entityId: `model:${aliasKey(written)}`, canonical: written, via: 'pattern' });
      return;
    }
    if (site.launched) {
      // (the first word only, one the tagger does not know or takes for a brand, and not the head of a longer name: 港语通大模型)
      const first = words[0];
      if (!first || first.word.length < 2 || first.word.length > 4 || !LAUNCHED_NAME_TAGS.has(first.tag) || !/^[\u4e00-\u9fff]+$/.test(first.word)) return;
      const end = site.from + first.word.length;
      if (text.slice(site.from, end) !== first.word || /^大?模型/.test(text.slice(end, end + 3)) || GENERIC_ORG_WORDS.test(first.word)) return;
      out.push({ start: site.from, end, kind: 'model', entityId: `model:${aliasKey(first.word)}`, canonical: first.word, via: 'pattern' });
      return;
    }
    if (site.apposition) {
      const name = apposedName(text, site, words);
      if (name) out.push({ start: site.suffixStart, end: site.suffixEnd, kind: 'vendor', entityId: `vendor:${aliasKey(name)}`, canonical: name, via: 'pattern' });
      return;
    }
    if (site.listed) {
      const name = listedName(text, site, words);
      if (name && !chosen.some((c) => c.start < site.listed!.nameEnd && name.start < c.end)) {
        const written = text.slice(name.start, site.listed.nameEnd);
        const kind = site.listed.model ? 'model' : 'vendor';
        out.push({ start: name.start, end: site.listed.nameEnd, kind, entityId: `${kind}:${aliasKey(written)}`, canonical: written, via: 'pattern' });
      }
      return;
    }
    const bounds = wordBoundaries(text.slice(site.from, site.suffixEnd), words.map((w) => w.word));
    if (!bounds || !words.length) return;
    // the suffix must be a word of its own (人工智能 is not 人工 + 智能)
    const last = words[words.length - 1];
    if (last.word !== text.slice(site.suffixStart, site.suffixEnd)) return;
    let start = site.suffixStart;
    let properSeen = false, characters = 0;
    for (let k = words.length - 2; k >= 0; k--) {
      const w = words[k];
      const isName = /^[\u3400-\u9fffA-Za-z]+$/.test(w.word) && PROPER_TAGS.has(w.tag);
      if (!isName || site.suffixStart - (start - w.word.length) > 6) break;
      start -= w.word.length;
      if (w.tag !== 'ns') properSeen = true;
      if (w.word.length === 1) characters++;
    }
    // (two places of one character each, 云/ns 岫/ns of 云岫智能, are a name the tagger cut into characters, not a place)
    if (characters >= 2 && site.suffixStart - start === characters) properSeen = true;
    start = withoutGluedRole(text, start, site.suffixStart);
    // (下表載列本集團: 本集团 and 本公司 are a filing's word for itself, not the end of a name)
    if (SELF_BEFORE_SUFFIX.test(text.slice(Math.max(0, site.suffixStart - 2), site.suffixStart))) return;
    // a word the tagger takes for a common noun (万象) is a name too when what follows speaks of a company (万象智能旗下, …CEO)
    const before = words[words.length - 2];
    // (and a word it takes for a place, when the company's news follows: 岚山科技推出的…)
    if (!properSeen && before?.tag === 'ns' && start === site.suffixStart - before.word.length && /^[\u3400-\u9fff]{2,4}$/.test(before.word) && CITY_FIRST.exec(before.word)?.[0] !== before.word &&
      COMPANY_NEWS_AFTER.test(text.slice(site.suffixEnd, site.suffixEnd + 5))) properSeen = true;
    // (a word it takes for an adjective or a verb too, 澄明 of 澄明智能（Chengming AI）: the company's English name says so)
    // (and an interview's title, 对话循迹智能周屹：, names the company and its founder)
    const companyAfter = before ? COMPANY_AFTER.exec(text.slice(site.suffixEnd, site.suffixEnd + 24)) : null;
    const interviewed = !!before && INTERVIEW_BEFORE.test(text.slice(Math.max(0, site.suffixStart - before.word.length - 3), site.suffixStart - before.word.length)) &&
      PERSON_AND_COLON.test(text.slice(site.suffixEnd, site.suffixEnd + 6));
    // (or a time word, 星汉/t of 星汉智能（NASDAQ: XHAI）, its stock code in brackets after it)
    if (!properSeen && start === site.suffixStart && before && /^[\u3400-\u9fff]{2,4}$/.test(before.word) && (companyAfter || interviewed) &&
      (!NOT_NAME_TAGS.test(before.tag) || (/^(?:a[dg]?|v|t)$/.test(before.tag) && (interviewed || /^[（(]/.test(companyAfter![0]))))) {
      start = site.suffixStart - before.word.length;
      properSeen = true;
    }
    // 曜石智能今日宣布, 星河科技完成: a clause that opens with a short name of common words (which the tagger does not
    // take for one) and its suffix is a company's when a company's news verb follows (a name the tagger guesses is a
    // verb too, alone before the suffix: 启衡实验室近日发布)
    // (also when the tagger found a name of one character only: 曜 | 川 of 曜川科技)
    if ((properSeen ? site.suffixStart - start < 2 : start === site.suffixStart) && site.suffixStart - site.from >= 2 && site.suffixStart - site.from <= 4 &&
      (site.from === 0 || CLAUSE_OPENER.test(text[site.from - 1])) && COMPANY_NEWS_AFTER.test(text.slice(site.suffixEnd, site.suffixEnd + 5)) &&
      // (a name cut into single characters, 帧/q 跃/v of 帧跃科技, is one the tagger does not know: their tags say nothing)
      (words.length > 2 && words.slice(0, -1).every((w) => /^[\u3400-\u9fff]$/.test(w.word) && !NUMERAL_CHAR.test(w.word)) ||
        words.slice(0, -1).every((w) => /^[\u3400-\u9fff]+$/.test(w.word) && (!OPENING_WORD_TAGS.test(w.tag) || (w.tag === 'v' && words.length === 2 && w.word.length === 2))))) {
      start = site.from;
      properSeen = true;
    }
    // (a preposition the tagger glued to the name's first word is no part of it: 由青岚 of 由青岚智能（QingLan AI）研发,
    // 按星衍 of 按星衍智能目前的营收规模)
    if (LEADING_PREPOSITION.test(text[start]) && site.suffixStart - start >= 3) start++;
    // (nor the kind of company the text calls it right before: AI创企澄曜智能, 独角兽企业澜图机器人)
    const kind = COMPANY_KIND_BEFORE_NAME.exec(text.slice(start, site.suffixStart));
    if (kind && site.suffixStart - start - kind[0].length >= 2) start += kind[0].length;
    if (!properSeen || site.suffixStart - start < 2) return;
    // (not a unit after its number, 10EFLOPS智算集群, nor a size, 万卡级智算中心, nor a kind of chip: GPU智算服务; 智算 ends
    // names of Chinese words only)
    const named = text.slice(start, site.suffixStart);
    if (/[\d０-９.]/.test(text[start - 1] ?? '') || SIZE_NAME.test(named) || (text.startsWith('智算', site.suffixStart) && /[A-Za-z]/.test(named))) return;
    if (GENERIC_ORG_WORDS.test(text.slice(start, site.suffixStart))) return;
    // (an index or a board named like a company is none: 恒生科技指數, 人工智能ETF)
    if (INDEX_AFTER.test(text.slice(site.suffixEnd, site.suffixEnd + 3))) return;
    if (chosen.some((c) => c.start < site.suffixEnd && start < c.end)) return;
    // the company's name without the city its registered name begins with (北京澜图机器人 is 澜图机器人)
    // (星讯智能云 of 星讯集团: a company's cloud is named with 云 after its suffix 智能, as 百度智能云 is)
    const end = site.suffixEnd + (text.slice(site.suffixStart, site.suffixEnd) === '智能' && CLOUD_AFTER.test(text.slice(site.suffixEnd, site.suffixEnd + 3)) ? 1 : 0);
    const written = text.slice(start, end);
    const city = CITY_FIRST.exec(written);
    const name = city && site.suffixStart - start - city[0].length >= 2 ? written.slice(city[0].length) : written;
    out.push({ start, end, kind: 'vendor', entityId: `vendor:${aliasKey(name)}`, canonical: name, via: 'pattern' });
  });
  // (据本研究院, 由该实验室: a preposition and a determiner before the suffix name no one)
  return out.filter((c) => c.kind !== 'vendor' || !SELF_REFERENCE_BEFORE_SUFFIX.test(text.slice(c.start, c.end).replace(SHORT_NAME_TAIL, '')));
}

/**
 * A name right after a descriptor's head noun, if it is one: no common noun (公司员工), no description,
 * and a company's suffix (深言科技) or a word the tagger takes for a name or does not know (耀睿, 曦).
 */
function apposedName(text: string, site: EntityDraft['sites'][number], words: TaggedWord[]): string | null {
  const name = text.slice(site.suffixStart, site.suffixEnd);
  if (!words.length || !wordBoundaries(name, words.map((w) => w.word))) return null;
  // (公司的研究院: a name does not open with 的)
  if (/^[的之和与與及或]/.test(name) || NOT_A_COMPANY_NAME.test(name) || GENERIC_ORG_WORDS.test(name) || GENERIC_LATIN.has(name.toLowerCase()) || VERB_IN_NAME.test(name)) return null;
  const suffixed = APPOSED_SUFFIX.test(name) && name.length >= 4;
  // (a company's suffix makes a name of characters the tagger reads as a month or a measure: 月涌科技)
  if (/^\d/.test(name) || ADVERB_START.test(name) || words.some((w) => NOT_NAME_TAGS.test(w.tag) && w.tag !== 'v' && !(suffixed && /^[\u4e00-\u9fff]$/.test(w.word) && !NUMERAL_CHAR.test(w.word)))) return null;

  const next = site.apposition!.next;
  // a person's name before a verb of saying (公司张伟表示) is a spokesman, not the company; so is one after the
  // officer's title (104人力銀行人資長林宜蓁指出)
  if (SAYING.test(next) && name.length <= 3 && words.every((w) => w.tag === 'nr' || w.tag === 'x')) return null;
  if (TITLE_OPENS_NAME.test(name)) return null;
  if (suffixed || words.some((w) => NAME_TAGS.has(w.tag) && !(w.tag === 'eng' && GENERIC_LATIN.has(w.word.toLowerCase())))) return name;
  // a word the tagger does not know (耀睿, 并行智算) is a name only as the subject of what follows it
  if (next && words.some((w) => w.tag === 'x')) return name;
  // (and so is one common noun of two or three characters before a company's news: 法律AI公司深言宣布获得…)
  if (APPOSED_NEWS.test(next) && words.length === 1 && words[0].tag === 'n' && name.length >= 2 && name.length <= 3) return name;
  // any name-like words are, when the company's founder or chief follows (流云算力的创始人)
  return OFFICER_AFTER.test(next) && name.length >= 3 ? name : null;
}

/** A company's news right after its name in apposition (宣布, 完成, 获得, 今日): what only a company's name is the subject of. */
const APPOSED_NEWS = /^(?:宣布|完成|获得|获|发布|推出|今日|近日|日前|正式|官宣)$/;
/** 的创始人, 的CEO after a name: the name is a company's. */
const OFFICER_AFTER = /^的(?:联合创始人|聯合創始人|创始人|創始人|创办人|創辦人|CEO|首席执行官|首席執行官|董事长|董事長|总裁|總裁)/;
/** What a company's short name names when written before it: its assistant or app (灵犀助手, 灵犀App; 灵犀助手App is 灵犀助手). */
const COMPANY_PRODUCT_AFTER = /^(?:AI)?(?:助手(?=App|APP|app)|(?:助手|App|APP|app)(?![A-Za-z]))/;
/** A company's news right after its name (今日宣布, 完成, 发布, 获得): what a clause that opens with a company's name goes on with. */
/** An officer's title after a company's name (云川智算CEO, 星垣数据创始人), not a title of another kind (首席科学家). */
const OFFICER_TITLE = /(?:董事总经理|董事總經理|执行董事|執行董事|执行总裁|執行總裁|管理合伙人|管理合夥人|合伙人|合夥人|投资总监|投資總監|行政总裁|行政總裁|副总裁|副總裁|CEO|CTO|COO|CFO|首席执行官|首席執行官|首席技术官|首席技術官|联合创始人|聯合創始人|创始人|創始人|创办人|創辦人|董事长|董事長|总裁|總裁|总经理|總經理|相关负责人)(?![A-Za-z])/g;
/** A word for what a company is, the last before its name (平台, 公司, 初创企业, 独角兽, 服务商). */
const DESCRIBED_BEFORE_NAME = /(?:平台|平臺|公司|企业|企業|初创|初創|独角兽|獨角獸|厂商|廠商|服务商|服務商|提供商|创企|創企)(?=[\u4e00-\u9fffA-Za-z0-9]{2,6}$)/;
/** News of a company's funding right after its name: 获…融资, 完成…轮融资, 宣布获得…投资. */
const FUNDED_AFTER = /(?:宣布|宣佈)?(?:获得|獲得|获|獲|完成|斩获|斬獲)(?=[^，,。；;：:]{0,30}(?:融资|融資|投资|投資))/g;
const FUNDED_WORD = /融资|融資|投资|投資/;
/** A preposition that may open a clause before a company's name (由…研发, 经…认证, 据…披露, 按…的营收规模, 向…投资). */
const LEADING_PREPOSITION = /[由经經据據按向被把让讓给給从從跟对對]/;
/** Words before a company's name in the clause (据…介绍, 由…研发, 对话…) that are not part of it. */
/** A company described by when or by whom it was founded, before its name (成立不到一年的, 由前阿里高管创立的). */
const FOUNDED_BEFORE = /(?:成立|创立|創立|创办|創辦|孵化)[^，,。；;：:]{0,8}的$/;
const OFFICER_NAME_OPENER = /^(?:据|據|由|对话|對話|专访|專訪)/;
/** Words before an officer's title that are no company: another title (董事長暨總經理), a rank or a stage (新任, 前任, 首任, 现任, 行政总裁, 执行董事), a whole (集团, 公司), a role, a unit of one (客服中心, 事业部). */
const NOT_AN_OFFICERS_COMPANY = /^(?:董事长|董事長|总裁|總裁|主席|新任|前任|首任|现任|現任|时任|時任|原|副|联席|聯席|行政|执行|執行|轮值|輪值|高级|高級|资深|資深|常务|常務|名誉|名譽|荣誉|榮譽|集团|集團|公司|本公司|该公司|該公司|兼任|担任|擔任|出任|身为|身為|作为|作為|其|我们|我們|他们|他們)|(?:公司|集团|集團|中心|部|部门|部門|事业部|事業部|事业群|事業群|团队|團隊|小组|小組|处|處|科|局|厅|廳|办|辦|办公室|辦公室|分行|支行|分公司|门店|門店|项目|項目|委|会|署|市|省|县|縣|区|區|州|镇|鎮|村|政府)$/;
// (or the period of its results: 昱晟科技2025年第三季营收, 星河科技上半年)
/** Words 云 begins when it means the cloud as a kind of thing (云服务器, 云计算, 云端). */
const CLOUD_THINGS = '服务器|伺服器|计算|計算|端|原生|厂商|廠商|平台|存储|儲存|主机|主機|桌面|电脑|電腦|盘|盤|游戏|遊戲';
/** 云 that ends a company's cloud's name, not a word it begins (云服务, 云计算, 上云). */
const CLOUD_AFTER = new RegExp(`^[云雲](?!${CLOUD_THINGS}|服务|服務|上|化)`);
/** A name of four characters (two or three are a person's) before its founder or chief, after a clause's opening or a word that introduces a guest: group 1 is the name. */
// (after what kind of company it is too: 國內AI新創鼎碩智算技術長陳冠宇表示)
const OFFICERS_COMPANY = /(?:^|[\s，,。；;：:、（(“"「【]|请到了|請到了|邀请到|邀請到|对话|對話|专访|專訪|新创|新創|初创|初創|创企|創企)([\u4e00-\u9fff]{4})的?\s?(?:联合创始人|聯合創始人|创始人|創始人|首席执行官|首席執行官|首席技术官|首席技術官|CEO|CTO|董事长|董事長|执行长|執行長|技术长|技術長)(?!论坛|論壇|大会|大會|峰会|峰會|圆桌|圓桌|俱乐部|俱樂部|班)/gm;
const OFFICER_HINT = /创始人|創始人|CEO|CTO|董事长|董事長|首席|执行长|執行長|技术长|技術長/;
/** Words before a founder that name no company (这家公司的创始人, 我们团队的CEO). */
const NOT_AN_OFFICERS_NAME = /创始|創始|董事|首席|执行|執行|总裁|總裁|主席|兼|公司|团队|團隊|集团|集團|企业|企業|机构|機構|平台|项目|項目|实验室|實驗室|我们|我們|他们|他們|你们|你們|本届|本屆|前任|现任|現任|新任|首任|时任|時任|副|其|该|該|这|這|那|此|两位|兩位|三位|多位|几位|幾位/;
/** What is rented or bought from a cloud provider, said before its name (租自矩阵云). */
const RENTED_FROM = /(?:租自|租用|采购自|採購自|购自|購自|来自|來自)\s*$/;
/** Rented or run on a cloud, after it (在…云上租的, 在…云上跑). */
const RENTED_ON_AFTER = /^\s*上\s*(?:租|跑|部署|训练|訓練|开了|開了|买了|買了)/;
/** Characters no cloud provider's name has (the words around names). */
const NOT_IN_CLOUD_NAME = /[的是了在和与與及或为為从從向将將已把被对對个個这這那]/;
/** The cloud as a kind of thing after 云, perhaps one character on (云服务器, 云端, GPU云主机). */
const CLOUD_THING_AFTER = new RegExp(`^[\\u4e00-\\u9fff]?(?:${CLOUD_THINGS})`);
/** What kind of cloud, no provider (私有云, 政务云, 智算云). */
const CLOUD_KIND = /(?:私有|公有|混合|政务|政務|行业|行業|边缘|邊緣|专有|專有|专属|專屬|金融|智能|数字|數字|工业|工業|医疗|醫療|教育|算力|智算|国产|國產|国资|國資|城市|企业|企業|多|上|白|风|風|乌|烏|彩|星|青|祥|浮|孤|朵)$/;
const COMPANY_NEWS_AFTER = /^(?:今日|今天|今起|日前|近日|昨日|昨天|上周|上週|本周|本週|上个?月|上個?月|本月|刚刚|剛剛|这轮|這輪|本轮|本輪|新一轮|新一輪|招股|宣布|宣佈|完成|获得|獲得|正式|推出|发布|發布|开源|開源|开发|開發|研发|研發|打造|出品|官宣|首次|再度|再次|递表|遞表|上市|登陆|登陸|成立|年报|年報|财报|財報|公告|招股书|招股書|季报|季報|(?:19|20)\d\d年|第[一二三四]季|[上下]半年|前三季|Q[1-4])/;
/** Where a clause opens: a text's start, a line, a punctuation mark, a bracket. */
const CLAUSE_OPENER = /[\s。，,；;：:！？!?】」』”、（(]/;
/** Tags of words that open a clause without naming anyone (这, 各, 今年, 一些, 还). */
const OPENING_WORD_TAGS = /^(?:v|vd|vn|p|c|d|m|mq|q|r|rr|rz|f|t|tg|u|uj|ul|uz|ug|uv|ud|y|e|o|a|ad|ag|s)$/;
/** What follows a company's name and no other noun: 旗下, its officers, its official voice. */
/** An interview's word right before the company it talks to (对话, 专访). */
const INTERVIEW_BEFORE = /(?:对话|對話|专访|專訪)\s*$/;
/** A person's name and a colon (周屹：), as an interview's title writes the guest after the company. */
const PERSON_AND_COLON = /^[\u4e00-\u9fff]{2,3}[：:]/;
// (and its English name in brackets: 澄明智能（Chengming AI）; or its stock code, not a year: 瀚海智能（2590）, 曜川科技（688xxx.SH）)
const COMPANY_AFTER = /^(?:旗下|官方|CEO|创始人|創始人|联合创始人|聯合創始人|董事长|董事長|首席执行官|首席執行官|总裁|總裁|股价|股價|[（(][A-Z][a-z]+(?: [A-Z][A-Za-z]*)*[)）]|[（(](?:(?:股票代码|股票代碼|股份代号|股份代號|代码|代碼)[：:]?\s*)?(?:(?!(?:19|20)\d\d[)）])\d{4,6}(?:\.(?:HK|SH|SZ|BJ|TW))?|(?:HK|SH|SZ)\d{4,6})[)）]|[（(](?:NASDAQ|Nasdaq|NYSE|纳斯达克|納斯達克|纽交所|紐交所|港交所|HKEX)\s*[:：]\s*[A-Z0-9.]{1,6}[)）])/;

/** A launch and 的 before what it launched (推出的, 發布的, 上线了的). */
const LAUNCHED_OBJECT = /(?:推出|發布|发布|上线|上線|开源|開源|打造|研发|研發)了?的/g;
/** A company's own measure right after its name (营收, 市占率, 股价, 毛利率, 每股). */
const COMPANY_FIGURE_AFTER = /^(?:合并营收|營收|营收|市占|股价|股價|毛利|净利|淨利|每股|营益|營益|获利|獲利|出货|出貨|营业|營業)/;
/** Time words between a company and what it does (去年九月, 近日). */
const TIME_WORDS_ONLY = /^(?:去年|今年|前年|近日|日前|此前|最近|早前|上月|本月|年初|年底|年中|[\d一二三四五六七八九十]{1,2}月[份初底中]?|于|於|已|正式|刚刚|剛剛)*$/;
/** A company's name (its suffix) and its time words right before a launch. */
const LAUNCHER_BEFORE = new RegExp(`(?:科技|智能|集团|集團|公司|实验室|實驗室|研究院|智算|数智|數智|AI)${TIME_WORDS_ONLY.source.slice(1, -1)}$`);
/** What makes X大模型 the start of a product's name (平台, 开放平台, App, 助手). */
const PRODUCT_AFTER_BIG_MODEL = /^(?:平台|开放平台|開放平台|服务平台|服務平台|App|APP|app|助手|应用|應用)/;
/** A version right after a name's 大模型 (2.0, V3, 3.5-Pro). */
const BIG_MODEL_VERSION = /^\s?[Vv]?\d+(?:\.\d+)*(?:[ -]?(?:Pro|Max|Turbo|Lite|Plus|Ultra|Flash|Mini))?(?![\d.A-Za-z])/;
/** Characters before a name that end a phrase rather than begin a name (以衡言大模型, 的, 是, 和). */
const NOT_NAME_BEFORE_BIG_MODEL = /[以的是和与與及在将將为為把被对對从從向于於由其该該这這那款个個家用据據称稱即如]/;
/** A verb that launches or uses the model named right after it (发布了, 推出, 开源, 接入). */
const VERB_BEFORE_BIG_MODEL = /(?:了|发布|發布|推出|开源|開源|上线|上線|升级|升級|基于|基於|接入|调用|調用|采用|採用)$/;
/** Tags of a word that may be a launched thing's name: unknown to the tagger, or a brand's. */
const LAUNCHED_NAME_TAGS = new Set(['x', 'nz', 'nrt']);
/** Tags of words the tagger takes for names (a person's, an organisation's, a brand's, a Latin word). */
const NAME_TAGS = new Set(['nr', 'nz', 'nt', 'nrt', 'nrfg', 'eng', 'j']);
/** What a company's name in apposition may end with (深言科技, 灵枢机器人, 并行智算). */
/** Characters that write a number (一, 两, 十, 百 …): a name with one of them read as a numeral is a count, not a name. */
const NUMERAL_CHAR = /[零一二两三四五六七八九十百千万亿几]/;
const APPOSED_SUFFIX = /(?:科技|银行|銀行|集团|集團|智能|机器人|機器人|实验室|實驗室|研究院|半导体|半導體|微电子|微電子|电子|電子|智算|智造|网络|網路|網絡|信息|资讯|資訊|生物|医疗|醫療|汽车|汽車|动力|動力|能源|电脑|電腦|通讯|通訊|精密|光电|光電)$/;
/** Adverbs and pronouns a clause begins with after its subject (公司仍处于亏损, 厂商自研, 同周官宣). */
// (and the adverbs of many doing one thing, 厂商密集发布, 企业纷纷入局)
const ADVERB_START = /^(?:仍|也|都|还|已|正|再|又|曾|均|皆|亦|自|同|共|将|会|可|需|须|应|则|便|就|才|即|乃|所|其|该|此|本|另|各|每|不|未|没|无|非|密集|集中|纷纷|紛紛|相继|相繼|陆续|陸續|先后|先後|扎堆|争相|爭相|竞相|競相|集体|集體)/;
const SAYING = /^(?:表示|称|透露|指出|说)/;
/** The kind of company written before its name (AI创企, 独角兽企业, 初创公司). */
const COMPANY_KIND_BEFORE_NAME = /^(?:AI|人工智能|大模型|具身智能|机器人|機器人|芯片|晶片)?(?:创企|創企|初创公司|初創公司|初创企业|初創企業|初创|初創|新创|新創|独角兽企业|獨角獸企業|独角兽|獨角獸|公司|企业|企業|厂商|廠商)/;
/** An officer's title a person's name follows (人资长林宜蓁, 执行长黄仁勋): a person, no company. */
const TITLE_OPENS_NAME = /^(?:人资长|人資長|执行长|執行長|财务长|財務長|技术长|技術長|营运长|營運長|董事长|董事長|总经理|總經理|副总|副總|总裁|總裁|发言人|發言人|分析师|分析師|研究员|研究員|经理|經理|主任|院长|院長|所长|所長|处长|處長|局长|局長)/;

/** The company's name before a listing mark: the last word (or the last two, if it is one character) that can be a name. */
function listedName(text: string, site: EntityDraft['sites'][number], words: TaggedWord[]): { start: number } | null {
  if (site.listed?.nameStart !== undefined) {
    const start = withoutGluedRole(text, site.listed.nameStart, site.suffixStart);
    return GENERIC_ORG_WORDS.test(text.slice(start, site.suffixStart)) ? null : { start };
  }
  let end = site.from;
  const spans: Array<{ start: number; word: TaggedWord }> = [];
  for (const w of words) {
    if (end + w.word.length > site.suffixStart) break;
    spans.push({ start: end, word: w });
    end += w.word.length;
  }
  if (end !== site.suffixStart || !spans.length) return null;
  // a company's suffix written as a word of its own (晶湛电子, 某某科技) takes the name before it
  const last = spans[spans.length - 1].word.word;
  const suffix = SHORT_NAME_TAIL.exec(last)?.[0] === last ? last.length : 0;
  // (a word the tagger reads as an adjective names a company too before such a suffix and a stock code: 深湛智能（2697）)
  // (a short name that stands alone between punctuation and its suffix is the name, however the tagger cuts it:
  // 【研究所】算芯科技（688721.SH）)
  const whole = site.suffixStart - site.from;
  if (suffix && whole >= 2 + suffix && whole <= 4 + suffix && (site.from === 0 || !NAME_CHAR.test(text[site.from - 1])) && /^[\u3400-\u9fff]+$/.test(text.slice(site.from, site.suffixStart))) {
    return GENERIC_ORG_WORDS.test(text.slice(site.from, site.suffixStart)) ? null : { start: site.from };
  }
  // (a character the tagger reads as a bare morpheme, 曜/zg of 曜光-2, says nothing against a model's name)
  const isName = (w: TaggedWord) => /^[\u3400-\u9fffA-Za-z]+$/.test(w.word) && (!NOT_NAME_TAGS.test(w.tag) || (suffix > 0 && /^a[dg]?$/.test(w.tag)) ||
    (!!site.listed?.model && w.word.length === 1 && /g$/.test(w.tag))) && !NOT_LISTED_NAME.test(w.word);
  // (a run of words the tagger does not know, alone between a mark and the listing, $华拓数科(SZ301967)$, is the name whole)
  if (!suffix && !site.listed?.model && whole >= 3 && whole <= 6 && (site.from === 0 || !NAME_CHAR.test(text[site.from - 1])) && /^[\u3400-\u9fff]+$/.test(text.slice(site.from, site.suffixStart)) &&
    spans.every((x) => x.word.tag === 'x' && x.word.word.length >= 2)) {
    const start = withoutGluedRole(text, site.from, site.suffixStart);
    return GENERIC_ORG_WORDS.test(text.slice(start, site.suffixStart)) ? null : { start };
  }
  for (let k = spans.length - 1; k >= 0 && isName(spans[k].word) && site.suffixStart - spans[k].start <= 4 + suffix; k--) {
    if (site.suffixStart - spans[k].start < 2 + suffix) continue;
    const start = withoutGluedRole(text, spans[k].start, site.suffixStart);
    return GENERIC_ORG_WORDS.test(text.slice(start, site.suffixStart)) ? null : { start };
  }
  return null;
}

/** A preposition and a determiner, or a time (季内, 年内), the whole of what stands before an organisation's suffix (据本, 由该, 经我). */
const SELF_REFERENCE_BEFORE_SUFFIX = /^(?:(?:据|據|由|经|經|对|對|向|在|从|從|为|為)?(?:本|该|該|我|我们|我們|其|这|這|此|贵|貴)|(?:本|同|当|當)?(?:季|年|月|期|周|週)(?:内|內|中|初|末|底)|期间|期間|同期)$/;

/** Where the document's own names are written in a block (whole words where they are Latin). */
function documentNameHits(text: string, lower: string, names: readonly DocumentName[]): { full: EntityCandidate[]; short: EntityDraft['sites'] } {
  const full: EntityCandidate[] = [];
  const short: EntityDraft['sites'] = [];
  for (const n of names) {
    for (let at = lower.indexOf(n.key); at >= 0; at = lower.indexOf(n.key, at + 1)) {
      const end = at + n.key.length;
      if ((isWordChar(text[at]) && isWordChar(text[at - 1])) || (isWordChar(text[end - 1]) && isWordChar(text[end]))) continue;
      // what a company's short name names with something written after it: its model or its product
      const companyShort = n.short && n.kind === 'vendor';
      // (made by the company a short name names, or by the maker of the model a name names)
      const own = (kind: 'model' | 'product', nameEnd: number, written = text.slice(at, nameEnd)) => {
        const c: EntityCandidate = { start: at, end: nameEnd, kind, entityId: `${kind}:${aliasKey(written)}`, canonical: written, via: 'pattern' };
        const maker = n.kind === 'vendor' ? n.entityId : n.vendorId;
        if (maker) c.vendorId = maker;
        full.push(c);
      };
      if (n.coded) {
        // 澜湾T2 beside 澜湾T3: the line's brand and another code is its other product
        const code = LINE_CODE.exec(text.slice(end, end + 8));
        if (code) own('product', end + code[0].length);
        continue;
      }
      if (n.brand) {
        // Xihe-VL, xihe-vl2-a6b after the brand of Xihe-VL2-A6B: a Latin family's brand and a name after its hyphen is a model
        const rest = LATIN_BRAND_KEY.test(n.key) ? LATIN_MODEL_REST.exec(text.slice(end, end + 24)) : null;
        if (rest && !(isWordChar(text[end + rest[0].length]) || text[end + rest[0].length] === '-')) own('model', end + rest[0].length);
        continue;
      }
      if (n.spoken) {
        // (衡思三年, 衡思二十: a quantity or a time, not the version)
        if (SPOKEN_VERSION_NOT_AFTER.test(text[end] ?? '')) continue;
        // (衡思三-Lite: a variant after the hyphen is the version's model of its own)
        const variant = VARIANT_AFTER_HYPHEN_AT.exec(text.slice(end, end + 16));
        const c: EntityCandidate = variant
          ? { start: at, end: end + variant[0].length, kind: 'model', entityId: `model:${aliasKey(n.canonical + variant[0])}`, canonical: n.canonical + variant[0], via: 'pattern' }
          : { start: at, end, kind: 'model', entityId: n.entityId, canonical: n.canonical, via: 'pattern' };
        if (n.vendorId) c.vendorId = n.vendorId;
        full.push(c);
        continue;
      }
      // a company's short name before -3, -V2 is a model family's brand (灵犀-3 of 灵犀智能), not the company;
      // with a version or a size after the hyphen it is the company's model (曜石-7B, 曜石-2.5)
      const hyphen = companyShort ? /^[-‐－]([A-Za-z0-9０-９])?/.exec(text.slice(end, end + 2)) : null;
      if (hyphen) {
        const modelEnd = companyVersionEnd(text, end);
        if (modelEnd !== undefined) { own('model', modelEnd); continue; }
        if (hyphen[1]) continue;
      }
      // 灵雀14B, 灵雀 14B of 灵雀智能: a company's short name and a size glued to it is its model
      const sized = companyShort && !hyphen ? /^ ?\d{1,4}(?:\.\d)?[BT](?![A-Za-z0-9])/.exec(text.slice(end, end + 8)) : null;
      // (one model however it is written: 灵雀14B is 灵雀-14B)
      if (sized) { own('model', end + sized[0].length, `${text.slice(at, end)}-${sized[0].trim()}`); continue; }
      // 云启大模型平台, 星衍开放平台: a company's short name and a platform is its product
      const platform = companyShort && !hyphen ? COMPANY_PLATFORM.exec(text.slice(end, end + 10)) : null;
      if (platform) { own('product', end + platform[0].length); continue; }
      // 拾光AI, 星衍AI助手: a company's short name and AI is its app
      const app = companyShort && !hyphen ? COMPANY_APP.exec(text.slice(end, end + 12)) : null;
      // (not the company itself when that is its name: 溯光AI)
      if (app && n.canonical.toLowerCase() !== lower.slice(at, end + app[0].length)) { own('model', end + app[0].length); continue; }
      // 平台瀚海智服 of 瀚海智能: after what kind of product it is, a company's short name and a few characters is its product
      if (companyShort && !hyphen && PRODUCT_KIND_BEFORE.test(text.slice(Math.max(0, at - 6), at))) {
        let run = end;
        while (run < text.length && run - end < 3 && CJK_CHAR.test(text[run]) && !STOP_IN_NAME.test(text[run])) run++;
        if (run > end && (run === text.length || STOP_IN_NAME.test(text[run]) || !CJK_CHAR.test(text[run]))) { own('product', run); continue; }
      }
      // 瀚海金融大模型 of 瀚海智能: a company's short name, what kind of model and 大模型 is the company's model
      // (not the company's whole name before news of its model: 曜石智能旗下大模型)
      const kindModel = companyShort && !hyphen && !NOT_A_KIND_OF_MODEL.test(text.slice(end, end + 16)) ? FAMILY_KIND_MODEL.exec(text.slice(end, end + 16)) : null;
      if (kindModel && !QUANTITY_AFTER.test(text.slice(end + kindModel[0].length, end + kindModel[0].length + 3))) { own('model', end + kindModel[0].length); continue; }
      // 星衍2.0, 月湾M2, 星衍2.0-Lite: a company's short name with a dotted or lettered version glued on is its model
      // (a letter and a number after a device's kind is the device: 人形机器人澜图H3 is a product)
      // (曜言-3B, 曜言-Pro of 曜言: a model's name with a size, a version or a variant after a hyphen is a model of its own)
      if (n.kind === 'model' && !n.short && /^[-‐－]/.test(text.slice(end, end + 1))) {
        const variant = VARIANT_AFTER_HYPHEN_AT.exec(text.slice(end, end + 16));
        const modelEnd = companyVersionEnd(text, end) ?? (variant ? end + variant[0].length : undefined);
        if (modelEnd !== undefined) { own('model', modelEnd); continue; }
      }
      // 灵犀端侧大模型2.0, 灵犀云端大模型Pro of the family 灵犀: a family's name, what kind of model and 大模型 is a model of its own
      if (n.kind === 'model') {
        const kind = FAMILY_KIND_MODEL.exec(text.slice(end, end + 16));
        if (kind && !QUANTITY_AFTER.test(text.slice(end + kind[0].length, end + kind[0].length + 3))) { own('model', end + kind[0].length); continue; }
      }
      // (问川大模型3.0 of 问川大模型: the family's whole name with its version after it is that version)
      if (!n.short && n.kind === 'model' && n.key.endsWith(MODEL_SUFFIX)) {
        const version = BIG_MODEL_VERSION.exec(text.slice(end, end + 13));
        if (version && !QUANTITY_AFTER.test(text.slice(end + version[0].length, end + version[0].length + 3))) { own('model', end + version[0].length); continue; }
      }
      // (a model's name with a dotted version glued on is that version: 靈犀3.0, 靈犀3.0-Edge of the family the document
      // names 「靈犀」; 天衡2.0 of 天衡大模型, its short name, a model of the family's maker, with a tier's word only)
      if (n.kind === 'model') {
        const version = (n.short ? GLUED_FAMILY_VERSION : GLUED_MODEL_VERSION).exec(text.slice(end, end + 20));
        if (version && !QUANTITY_AFTER.test(text.slice(end + version[0].length, end + version[0].length + 3))) { own('model', end + version[0].length); continue; }
      }
      const glued = companyShort && !hyphen ? GLUED_COMPANY_VERSION.exec(text.slice(end, end + 20)) : null;
      // (a device's kind before it, quoted or not, makes it the device: 训推一体芯片“曜石X2”)
      if (glued && !(/^[A-Z]/.test(glued[0]) && DEVICE_KIND_BEFORE.test(text.slice(Math.max(0, at - 7), at).replace(/[“「『"]\s*$/, ''))) && !QUANTITY_AFTER.test(text.slice(end + glued[0].length, end + glued[0].length + 3))) {
        // (a name the document gives the whole already, 曜石X7 a phone after AI手机曜石X7, is that name: its own hit stands)
        const whole = lower.slice(at, end + glued[0].length);
        if (names.some((x) => x !== n && !x.short && !x.brand && x.key === whole)) continue;
        // (a code like the company's devices' the document names, 曜石X6 beside the phone 曜石X7, is another device)
        const code = /^[a-z]+\d/.test(whole.slice(n.key.length));
        if (code && names.some((x) => x.kind === 'product' && x.key.startsWith(n.key) && /^[a-z]+\d/.test(x.key.slice(n.key.length)))) { own('product', end + glued[0].length); continue; }
        own('model', end + glued[0].length);
        continue;
      }
      if (n.versionOnly) continue;
      if (n.short) {
        // a window of a few name characters on each side, for the tagger to read the short form in
        let from = at, to = end;
        while (from > 0 && at - from < 3 && NAME_CHAR.test(text[from - 1]) && !STOP_IN_NAME.test(text[from - 1])) from--;
        while (to < text.length && to - end < 3 && NAME_CHAR.test(text[to]) && !STOP_IN_NAME.test(text[to])) to++;
        short.push({ from, suffixStart: at, suffixEnd: to, short: n });
        continue;
      }
      // (a name of digits, a card's 4090, is none where it is a count or a code: 4090家, 编号4090)
      if (/^\d/.test(n.key) && !cardNumberStands(text, at, end)) continue;
      const c: EntityCandidate = { start: at, end, kind: n.kind, entityId: n.entityId, canonical: n.canonical, via: 'pattern' };
      if (n.vendorId) c.vendorId = n.vendorId;
      full.push(c);
    }
  }
  return { full, short };
}

/** 本 right before 集团/公司 (本集團), unless it ends a word (资本, 日本, 成本, 版本 …). */
const SELF_BEFORE_SUFFIX = /(?<![资資日成根基版文脚腳样樣课課剧劇账賬帐帳副原蓝藍范範])本$/;

/**
 * Where a name starts once the last character of a description or a verb the segmenter glued on is left
 * out (設計服務廠世芯, 设计商芯湃科技, 概念股某某; 模型叫澜星-Edge, 对话澜星智能 read from 话, 轻量版青峦-Lite): only from a name of
 * three characters or more.
 */
function withoutGluedRole(text: string, start: number, end: number): number {
  if (end - start < 3) return start;
  // (a descriptor glued before: 上市公司鼎算科技, 初创企业曜石智能)
  const descriptor = DESCRIPTOR_BEFORE_NAME.exec(text.slice(start, end));
  if (descriptor && end - start - descriptor[0].length >= 2) return start + descriptor[0].length;
  if (/[厂廠商股叫话話版据據]/.test(text[start])) return start + 1;
  // (a party's word glued before: 运营方云擎科技, 建设方…; not 方正科技)
  if (text[start] === '方' && PARTY_BEFORE_FANG.test(text.slice(Math.max(0, start - 2), start))) return start + 1;
  // (the end of a time clause glued before: 本轮融资后栖云智能, 上市前曜石科技)
  return /[后後前]/.test(text[start]) && /[\u4e00-\u9fff]/.test(text[start - 1] ?? '') ? start + 1 : start;
}
/** A company's descriptor the tagger may glue to its name (上市公司, 初创企业, 龙头企业). */
const DESCRIPTOR_BEFORE_NAME = /^(?:上市公司|上市企业|上市企業|初创公司|初創公司|初创企业|初創企業|创业公司|創業公司|龙头企业|龍頭企業|独角兽|獨角獸|公司|企业|企業)/;
/** What makes 方 a party's word (运营方, 建设方, 甲方) rather than a name's first character. */
const PARTY_BEFORE_FANG = /(?:运营|運營|建设|建設|投资|投資|承建|供应|供應|合作|出资|出資|[甲乙丙])$/;
/** A variant word after a model's version (灵枢-3 Mini, 星衍2.0 Pro). */
const VARIANT_WORD = '(?:[ ]?(?:Lite|Mini|Pro|Max|Plus|Ultra|Turbo|Flash|Air|Nano)(?![A-Za-z0-9]))*';
/** A hyphen and a version or a size after a company's name, or a field and 大模型: its model (澜舟-3, 曜石-7B, 曜石-2.5, -V2, -R1-32B, 极光-金融大模型). */
const COMPANY_VERSION = new RegExp(`^[-‐－](?:(?:[A-Za-z]?\\d{1,3}(?:\\.\\d{1,2})?[BbMmKkTt]?)(?:-[A-Za-z0-9]{1,8})*(?![\\d.A-Za-z])${VARIANT_WORD}|[\\u4e00-\\u9fff]{1,6}?大?模型)`);
/** A platform after a company's short name (云启大模型平台, 星衍开放平台, 灵枢AI平台). */
/** A variant's word after a model's hyphen (曜言-Pro, 曜言-Lite), with nothing Latin glued after it. */
/** A Latin family's brand and its hyphen (xihe-). */
const LATIN_BRAND_KEY = /^[a-z][a-z]{2,}-$/;
/** What names one of its models after the hyphen: Latin words and numbers joined by hyphens (VL, VL2-A6B, ViT-H). */
const LATIN_MODEL_REST = /^[A-Za-z0-9][A-Za-z0-9.]*(?:-[A-Za-z0-9][A-Za-z0-9.]*)*/;
/** What after a family's version said as a word makes it a quantity or a time (衡思三年, 衡思二十, 衡思三点). */
const SPOKEN_VERSION_NOT_AFTER = /[\d一二三四五六七八九十百千万亿兩两零〇个個年月日号號成倍点點分位家次天周岁歲期代款版]/;
const VARIANT_AFTER_HYPHEN_AT = /^[-‐－](?:Pro|Max|Ultra|Plus|Mini|Lite|Air|Turbo|Flash|Instruct|Chat|Coder|Omni|VL|Vision|Thinking|Preview)(?:[ -](?:Pro|Max|Ultra|Plus|Mini|Lite|Air|Turbo|Flash|Preview))?(?![A-Za-z0-9])/;
/** What kind of model and 大模型 after a family's name, and its version or variant if any (端侧大模型2.0, 云端大模型Pro, 医疗大模型). */
// (not a verb or a word of grammar after the name: 鲸跃做大模型, 鲸跃给顶尖大模型研究员)
const FAMILY_KIND_MODEL = /^(?![的和与與及是为為做搞给給把让讓用对對向从從在将將也都还還又就才再等已会會要能可投押砸进進入开開])[\u4e00-\u9fff]{1,4}?大模型(?:\s?[Vv]?\d{1,2}(?:\.\d{1,2})?(?![\d.])|\s?(?:Pro|Max|Lite|Mini|Plus|Ultra|Turbo|Flash)(?![A-Za-z]))?(?!体系|體系|系列|平台|家族|矩阵|矩陣)/;
/** What makes a name before it an index, a fund or a board, no company (指数, ETF, 板块, 概念股). */
// (and a place named like one: 北投士林科技園區, 光谷科技城, 南京软件园)
const INDEX_AFTER = /^(?:指数|指數|ETF|板块|板塊|概念|园区|園區|产业园|產業園|城(?![市])|馆|館|博览会|博覽會|展览|展覽)/;
/** A dotted version glued to a model's name, and the variants after it (3.0, 3.0-Edge, V2.5-Pro). */
const GLUED_MODEL_VERSION = /^[Vv]?\d{1,2}\.\d{1,2}(?:[-‐－][A-Za-z][A-Za-z0-9]{0,7})*(?![\d.A-Za-z])/;
/** A dotted version glued to a family's short name (天衡2.0, 天衡3.5-Pro). */
const GLUED_FAMILY_VERSION = /^[Vv]?\d{1,2}\.\d{1,2}(?:[-‐－](?:Pro|Max|Ultra|Plus|Mini|Lite|Air|Turbo|Flash))?(?![\d.A-Za-z])/;
/** AI after a company's short name, for its app (拾光AI, 星衍AI助手); not a business, a team, a field or a cloud of it (拾光AI业务, 拾光AI实验室, 匯智AI雲). */
const COMPANY_APP = /^AI(?:助手|App|APP|app)?(?![A-Za-z0-9]|平台|业务|業務|公司|团队|團隊|芯片|晶片|事业|事業|部|实验室|實驗室|研究院|技术|技術|战略|戰略|产业|產業|领域|領域|赛道|賽道|应用|應用|产品|產品|解决方案|解決方案|能力|大模型|模型|云|雲|算力|计算|計算|数据|數據|服务|服務|开放|開放|生态|生態)/;
// (智能体平台 too: 云启智能体平台; a version after it is its release, 云启智能体平台2.0, the same platform)
const COMPANY_PLATFORM = /^(?:大模型|AI|智能体|智能體|智能)?(?:开放|開放|开发者|開發者|服务|服務|云|雲)?平台/;
/** The kind of a device right before its name (人形机器人澜图H3, 旗舰手机X5). */
const DEVICE_KIND_BEFORE = /(?:机器人|機器人|手机|手機|芯片|晶片|眼镜|眼鏡|汽车|汽車|车型|車型|耳机|耳機|平板|电脑|電腦|笔记本|筆記本|笔电|筆電|服务器|伺服器|处理器|處理器|加速卡|终端|終端|设备|設備|一体机|一體機)$/;
/** A dotted or lettered version glued to a company's short name (2.0, M2, K1.5), with its variant (-Lite, Mini); or 大模型 and its version (匯智大模型4.0). */
const GLUED_COMPANY_VERSION = new RegExp(`^(?:(?:\\d{1,2}\\.\\d{1,2}|[A-Z]\\d{1,2}(?:\\.\\d{1,2})?)(?:[-‐－][A-Za-z][A-Za-z0-9]{0,7})*(?![\\d.A-Za-z])${VARIANT_WORD}|大模型(?: ?[Vv]?\\d{1,2}(?:\\.\\d{1,2})?(?![\\d.A-Za-z]))?(?!平台|服务|服務|产品|產品|应用|應用|开放|開放|生态|生態|公司|团队|團隊|业务|業務|事业|事業))`);

/** Where a company's model named by a hyphen and a version after the name ending at `nameEnd` ends (not 同比-3%). */
function companyVersionEnd(text: string, nameEnd: number): number | undefined {
  // (a window wide enough that a long name's end is not cut off by the window's: -2-MoE-48B-A6B)
  const v = COMPANY_VERSION.exec(text.slice(nameEnd, nameEnd + 40));
  if (!v) return undefined;
  const end = nameEnd + v[0].length;
  return QUANTITY_AFTER.test(text.slice(end, end + 3)) ? undefined : end;
}
/** What a company's name may end with that its short name leaves out (灵枢机器人科技有限公司 → 灵枢机器人 → 灵枢; 世芯-KY → 世芯). */
const SHORT_NAME_TAIL = /(?:科技|银行|銀行|集团|集團|智能|机器人|機器人|实验室|實驗室|研究院|股份|控股|半导体|半導體|动力|動力|电子|電子|微电子|微電子|信息|资讯|資訊|网络|網路|软件|軟體|技术|技術|光电|光電|电脑|電腦|通讯|通訊|精密|电机|電機|光学|光學|智慧|智算|数智|數智|数据|數據|数码|數碼|(?<=[\u4e00-\u9fff])AI|(?:股份)?有限(?:责任|責任)?公司|-KY)$/;
/** Places: a short name that is one is no company's (北京科技 is not 北京). */
const PLACE_NAME = /^(?:中国|中國|美国|美國|日本|韩国|韓國|台湾|台灣|香港|北京|上海|深圳|杭州|广州|廣州|南京|苏州|蘇州|成都|武汉|武漢|西安|合肥|天津|重庆|重慶|台北|新竹|全国|全國|国际|國際)$/;

/** A Chinese model's name, 大模型 and its version (衡言大模型4.0): the family and the version. */
export const CJK_MODEL_WITH_VERSION = /^([\u4e00-\u9fff]{2,4})大模型\s?([Vv]?\d{1,2}(?:\.\d{1,2})?)$/;

/** A product named by a Chinese brand and a letter-and-number code (澜湾T3, 曜石X2): group 1 is the brand. */
export const CODED_PRODUCT = /^([\u4e00-\u9fff]{2,4})([A-Z]{1,2}\d{1,3}[A-Za-z]?)$/;
/** A code right after a product line's brand (T2 of 澜湾T2), ending there. */
const LINE_CODE = /^[A-Z]{1,2}\d{1,3}[A-Za-z]?(?![A-Za-z0-9.])/;

/** A brand, a domain and 大模型 (澜言金融大模型): group 1 is the brand. */
const DOMAIN_MODEL = /^([\u4e00-\u9fff]{2,4}?)(?:金融|医疗|醫療|政务|政務|法律|教育|工业|工業|能源|电力|電力|气象|氣象|营销|營銷|客服)大模型$/;
/**
 * The names a document gives entities by their form, from its mentions found by a pattern: each
 * mention's spelling and, for a company, its shorter forms (the suffixes taken off one by one, while
 * at least two characters of a name remain that are no description or place).
 */
export function documentNameSpellings(written: string, kind: EntityKind, quoted = false): string[] {
  const out = [written];
  if (kind === 'model') {
    // 澜海-3 → 澜海-: the brand, which names the family's other versions too
    const brand = /^([\u4e00-\u9fff]{2,6})(?:-[A-Za-z0-9]|$)/.exec(written);
    if (brand) out.push(`${brand[1]}-`);
    // 青梧-Pro is written 青梧Pro too (a hashtag, a headline): the same model without its hyphen
    const variant = /^([\u4e00-\u9fff]{2,6})-([A-Za-z][A-Za-z0-9]*)$/.exec(written);
    if (variant) out.push(`${variant[1]}${variant[2]}`);
    // 天衡大模型 → 天衡, 跃影2.0 → 跃影: the family's short name, which a glued version (天衡2.0, 跃影1.5) makes a model of its own
    const family = /^([\u4e00-\u9fff]{2,4})(?:大模型|\d{1,2}\.\d{1,2})$/.exec(written);
    if (family) out.push(family[1]);
    // (and a domain's model the text names in quotes as it introduces it, “澜言金融大模型”, by its brand alone after: 澜言已覆盖…;
    // unquoted, 岐黄医疗大模型 beside 岐黄2.5 is a family whose versions the brand names)
    // (nor a place's name: 江州政务大模型 leaves 江州 the city)
    const domain = quoted ? DOMAIN_MODEL.exec(written) : null;
    if (domain && !PLACE_NAME.test(domain[1]) && !/[州市省县縣区區镇鎮]$/.test(domain[1])) out.push(domain[1]);
    // 衡言大模型4.0 → 衡言4.0, the version written without 大模型, and 衡言, which names it only with a version glued on
    // again (`versionOnly`: the family's own name is another model's)
    const versioned = CJK_MODEL_WITH_VERSION.exec(written);
    if (versioned) out.push(`${versioned[1]}${versioned[2]}`, versioned[1]);
  }
  if (kind !== 'vendor') return out;
  let name = written;
  const city = CITY_FIRST.exec(name);
  if (city && name.length - city[0].length >= 3) out.push((name = name.slice(city[0].length)));
  for (let m = SHORT_NAME_TAIL.exec(name); m; m = SHORT_NAME_TAIL.exec(name)) {
    name = name.slice(0, m.index);
    const cjk = CJK_CHAR.test(name[0] ?? '');
    if (name.length < (cjk ? 2 : 3) || GENERIC_ORG_WORDS.test(name) || PLACE_NAME.test(name) || GENERIC_LATIN.has(name.toLowerCase())) break;
    out.push(name);
  }
  // 月涌科技 → 月涌-, 云擎数智 → 云擎-: a company's short name, or its first two characters, and a hyphen name its
  // models (月涌-M2, 云擎-Pro), as a family's brand does
  if (out.length > 1 && /^[\u4e00-\u9fff]{2,6}$/.test(name)) {
    out.push(`${name}-`);
    if (name.length >= 4) out.push(`${name.slice(0, 2)}-`);
  }
  return out;
}

/**
 * The code a model's or a chip's name ends with, after its brand and series (曦岳X9 → X9, MTT S6000 → S6000, MiniMax-M3
 * → M3, Claude Opus 4.1 → Opus 4.1, Ryzen AI 9 HX 370 → HX 370, Snapdragon X Elite → X Elite): writers name the thing by
 * the code alone once the brand is given. A letter first and a digit in it (not 4o of GPT-4o, not Pro), or a letter and
 * its tier.
 */
export function nameCode(written: string): string | undefined {
  const m = NAME_CODE.exec(written);
  if (m && (/\d/.test(m[1]) || LETTER_TIER.test(m[1]))) return m[1];
  // (or a word with a capital inside after a Chinese brand, 混元TurboS → TurboS: no tier word alone, which has none)
  return CAMEL_CODE.exec(written)?.[1];
}
/** A Chinese brand and a Latin word with a capital inside (混元TurboS). */
const CAMEL_CODE = /^[\u4e00-\u9fff]{2,6}[ -]?([A-Z][a-z]{2,}[A-Z][A-Za-z]{0,3})$/;
const NAME_CODE = /^(?:[\u4e00-\u9fff]{2,6}[ -]?|[A-Za-z]{2,12}[ -](?:[A-Za-z0-9][A-Za-z0-9+]{0,11} ){0,3})([A-Z][A-Za-z]{0,5}(?:[ -]?\d+(?:\.\d+)?[A-Za-z]{0,2})(?: (?:Pro|Max|Ultra|Plus|Mini|Lite|Air|Turbo|Flash))?|[A-Z] (?:Elite|Plus|Pro|Max|Ultra))$/;
/** A letter and a tier (X Elite of Snapdragon X Elite). */
const LETTER_TIER = /^[A-Z] (?:Elite|Plus|Pro|Max|Ultra)$/;

const LISTED_TOGETHER = new Set(['model', 'vendor']);
const ENUMERATION_JOIN = /^(?:\s*[（(][^）)\n]{1,16}[）)])?\s*[、,，和与及/ ]{1,2}\s*$/;

/** A context alias is supported by a neighbouring name in an enumeration (苹果、华为、小米) or by a cue word in its clause. */
function hasLocalSupport(text: string, c: EntityCandidate, all: EntityCandidate[]): boolean {
  // (each item may carry its value in brackets: 豆包（8100万）和 DeepSeek（6180万）)
  // (of either kind: apps and companies are listed together, 豆包和DeepSeek)
  const near = all.some((o) => o !== c && !o.tentative && (o.kind === c.kind || (LISTED_TOGETHER.has(o.kind) && LISTED_TOGETHER.has(c.kind))) &&
    ((o.end <= c.start && ENUMERATION_JOIN.test(text.slice(o.end, c.start))) ||
     (o.start >= c.end && ENUMERATION_JOIN.test(text.slice(c.end, o.start)))));
  if (near) return true;
  // a vendor next to one of its models, or a model or product after its vendor (字节的豆包, 字节跳动旗下豆包, 小米的MiLM, 阿里巴巴的夸克)
  const joined = (a: EntityCandidate, b: EntityCandidate) => a.end <= b.start && /^(的|旗下的?| ?)$/.test(text.slice(a.end, b.start));
  if ((c.kind === 'model' || c.kind === 'product') && all.some((o) => o.kind === 'vendor' && !o.tentative && o.entityId === c.vendorId && joined(o, c))) return true;
  if (c.kind === 'vendor' && all.some((o) => o.kind === 'model' && o !== c && (o.vendorId === c.entityId || text[c.end] === '的') && joined(c, o))) return true;
  // a model's name before 系列 or 模型 (Yi系列模型, Yi模型)
  // (in quotes too: “九天”大模型; a word of rank between: 豆包主力模型Doubao-pro-32k)
  if (c.kind === 'model' && /^[”」』"]? ?(?:主力|旗舰|旗艦|最新|新一代|新版|开源|開源)?(?:系列|大?模型)/.test(text.slice(c.end, c.end + 8))) return true;
  // a company before its own product (寒武纪思元590, 地平线征程6)
  if (c.kind === 'vendor' && all.some((o) => o.kind === 'product' && !o.tentative && o.vendorId === c.entityId && joined(c, o))) return true;
  if (c.kind === 'vendor' && /^的[^,，。;；]{1,6}大?模型/.test(text.slice(c.end, c.end + 10))) return true;
  let s = c.start, e = c.end;
  while (s > 0 && c.start - s < 12 && !/[。!?！？;；,，]/.test(text[s - 1])) s--;
  while (e < text.length && e - c.end < 12 && !/[。!?！？;；,，]/.test(text[e])) e++;
  const clause = text.slice(s, c.start) + ' ' + text.slice(c.end, e);
  return (c.kind === 'model' ? MODEL_CUES : VENDOR_CUES).test(clause);
}
