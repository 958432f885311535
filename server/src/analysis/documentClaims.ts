// What only the whole document can settle about its figures' claims, after every paragraph has
// been read on its own:
//   - a figure in a table: the row header names its subject, the column header its attribute
//     (a table of models by benchmark: the model, the score on that benchmark);
//   - a subject left pending by its paragraph: a reference to an entity named in an earlier
//     paragraph (该模型 at the start of a paragraph), or a topic: the section heading's entity,
//     else the document's (its title's, or the one entity it is clearly about);
//   - sources for many figures at once: a source line (资料来源：…, 本文资讯来源：…, 数据来源：…)
//     or a footnote the sentence points to ([1], [^1], ①).
import type { Attribute } from '../knowledge/attributes.ts';
import { clauseStartBefore, type CueIndex } from './attributeCues.ts';
import { ARROW_TO_AFTER, COMPANY_METRIC, CURRENT_ROUND, CURRENT_ROUND_SCOPE, HEADING_MAKERS_WHY, heldInBrackets, openBracketBefore, roundNamed, onlyRoundNamed, PUBLISHES_REPORT, RUN_ON_WHY, timesOf, TOPIC_WHYS, usersFacet, VARIANT_AFTER_NAME, VARIANT_EDITIONS, WHOLE_COMPANY_WORDS, withFacet } from './claims.ts';
import { documentNameSpellings, PLANS_AFTER_NAME, SECURITY_SHORT_NAME, SITE_SECTION } from './entities.ts';
import { columnUnit, framedDenominator, isCurrency, SALARY_WORDS } from './figures.ts';
import { normalize, toSimplified } from './normalize.ts';
import { FULL_STOPS, sentenceAround, type Range } from './sentences.ts';
import { PAUSE_EVERY, runSteps, type Steps } from './steps.ts';
import { cellAt, linesAbove, type CellPlace, type DocumentStructure, type Table, type TableCell, type TableRow } from './structure.ts';
import { CHIP_HEADER, PRODUCT_HEADER } from './tableNames.ts';
import { NAMES_JOINED } from './listedNames.ts';
import { builtOn, byCompanyReference, comparedWith, exampleOfClass, qualifiedStart, UNNAMED_MODEL_CLASS_WHY, FORMER_BEFORE, heldUpBefore, namedAsInvestor, OFFICER_TITLES, ORIGIN_BEFORE, OWN_MEASURE_AFTER, SERIES_AFTER, YARDSTICK_AFTER, type PendingSubject } from './subjects.ts';
import type { EntityKind, EntityMention, Figure, Rate, Section } from './types.ts';

export interface SettleInput {
  text: string;
  figures: Figure[];
  /** Pending subjects by figure index. */
  pending: ReadonlyMap<number, PendingSubject>;
  entities: readonly EntityMention[];
  structure: DocumentStructure;
  cues: CueIndex;
  /** The family a model belongs to (Qwen2.5-7B → Qwen2.5), for what a document is about. */
  familyOf?: (id: string) => string | undefined;
  /** The company a business unit belongs to (阿里云 → 阿里巴巴), for 集团 said of the whole group. */
  parentOf?: (id: string) => string | undefined;
  /** The product a shop's page sells (shopPage.ts), by its entity id: what the page is about. */
  soldId?: string;
  /** Chips and devices (H20, RTX 4090), by entity id: where a model runs, not what a model's measures are of. */
  hardware?: (id: string) => boolean;
  /** Where the mentions a paragraph named only as an investor, a base or a counted member start: no antecedents. */
  sidelined?: ReadonlySet<number>;
  /** Platforms and clouds that serve models and rent cards (阿里云百炼, 火山方舟, 火山引擎, AutoDL), by entity id: a model's price there is the model's, a card's rent the cloud's. */
  servesModels?: (id: string) => boolean;
  /** Datasets and benchmarks (MMLU, GSM8K), by entity id: what a score is on, never whose it is. */
  dataset?: (id: string) => boolean;
}

/** Fill in what the paragraphs left open: pending subjects and document-level sources. */
export function settleClaims(input: SettleInput): void {
  runSteps(settleClaimsInSteps(input));
}

/** The same, pausing every few thousand figures, mentions or lines (a huge document is settled in slices). */
export function* settleClaimsInSteps(input: SettleInput): Steps<void> {
  const { figures } = input;
  const pending = new Map(input.pending);
  // (a broker's note or a filing headed by its company and stock code: read once, for the topic and for its 公司)
  const listed = listedCompanyHeader(input.text, input.entities);
  // where the text starts (a heading there is its title, not a section's)
  const firstWritten = firstLine(input.text).start;
  markWorkedExamples(input);
  scoresListed(input);
  if (input.structure.tables.length) yield* readTables(input, pending);
  yield* answerCues(input, pending);
  yield* breakdownItems(input);
  yield* listColumns(input);
  // a subject named by a context alias the document did not confirm (苹果 the fruit) is no subject
  const named = new Set<string>();
  for (let k = 0; k < input.entities.length; k++) {
    named.add(input.entities[k].entityId);
    if (k % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
  }
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (f.subjectId && !named.has(f.subjectId)) {
      f.subjectId = undefined;
      f.why = { ...f.why, subject: 'topic' };
      pending.set(i, { kind: 'topic' });
    }
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
  }
  yield;
  // a digest (快讯, 早报, 周报 …) is a run of stories: none of them is about the document's topic
  let documentAbout: DocumentTopic | undefined;
  // (a roundtable's guests and their companies: its turns speak for them, and it is about none of them)
  const guests = roundtableGuests(input.text, input.entities);
  // (a benchmark a page names, 评测：MMLU-Pro 74.2, is what its scores are measured on, never what the page is about)
  const topicCandidates = () => input.entities.filter((e) => e.kind !== 'product' || !input.cues.isBenchmark(input.text.slice(e.start, e.end)));
  const topicOfDocument = () => documentAbout ??= isDigest(input.text) ? { entities: [] } : { ...documentTopic(input.text, topicCandidates(), (id) => input.familyOf?.(id) ?? launchersOf(input).get(id) ?? input.parentOf?.(id), listed, input.soldId, !!guests), thread: isThread(input.text), chat: isChatLog(input.text) };
  if (pending.size) {
    const topic = topicOfDocument();
    const headings = new HeadingSweep(input.structure.sections);
    // (a notice has a supplier's label line: without one no figure looks up its lines for it)
    const notice = SUPPLIER_LINE.test(input.text);
    yield;
    let n = 0;
    for (const [i, p] of [...pending].sort((a, b) => a[0] - b[0])) {
      if (++n % PAUSE_EVERY === 0) yield;
      const f = figures[i];
      const sections = headings.at(f.start);
      // 公司 (集团) with no company named in its paragraph: the company the document is about, when it is about one
      // (in a brief's section headed by a company, ▍寒武纪（688256.SH）：…, that company)
      const headed = sectionCompany(input.text, input.entities, sections, firstWritten);
      const ownCompany = p.kind === 'coref' && BARE_COMPANY.test((p as { cue: string }).cue) ? headed ?? topic.entities.find((e) => e.kind === 'vendor') : undefined;
      let decided = ownCompany ? { entity: ownCompany, why: `coreference ${(p as { cue: string }).cue}` }
        : p.kind === 'coref' ? antecedent(input.entities, f.start, p.want, p.cue, input.familyOf, input.parentOf, input.text, input.sidelined)
        : p.kind === 'modelOf' ? (soldByCompany(f) ? undefined : companyModel(input.entities, f.start, p.vendorId, launchersOf(input), p.latest))
        : p.kind === 'pair' ? pairOf(input.entities, f.start, p.which, p.want)
        : p.kind === 'listed' ? listedBefore(input.text, input.entities, f.start, p.n, p.k)
        : p.kind === 'variant' ? variantOf(input.entities, f.start, p.word)
        : p.kind === 'facility' ? facilityBefore(input.entities, f.start) ?? (f.subjectId ? undefined : topicOf(input, f, topic, sections, firstWritten, false))
        // (a speaker's 我们 is the document's company when it has one, whatever a question above names: 和深度求索比起来如何？)
        : (notice ? supplierAbove(input, f) : undefined) ?? (p.speaker && headed ? { entity: headed, why: 'heading' } : undefined) ??
          (p.speaker && topic.entities.some((e) => e.kind === 'vendor') ? topicOf(input, f, topic, [], firstWritten, true, false) : undefined) ??
          topicOf(input, f, topic, sections, firstWritten, !!p.speaker || !!p.company);
      // 其 and 它 reach back within their section: not over a heading to what an earlier section spoke of
      if (decided && p.kind === 'coref' && SHORT_PRONOUN.test(p.cue)) {
        const inner = sections.at(-1);
        if (inner && inner.headingStart > firstWritten && decided.entity.start < inner.headingStart) decided = undefined;
      }
      if (decided) {
        f.subjectId = decided.entity.entityId;
        // (本模型, 本公司: the sentence itself refers to what the document is about)
        const self = decided.why === 'document' ? SELF_REFERENCE.exec(sentenceText(input.text, f.start)) : null;
        f.why = { ...f.why, subject: p.kind === 'topic' && p.speaker ? `speaker ${p.speaker}` : self ? `document ${self[0]}` : decided.why };
      }
    }
  }
  // a roundtable: what a turn says of no one named (我们, 我的数字是…) is its speaker's company's
  if (guests) for (let i = 0; i < figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const f = figures[i];
    const why = f.why?.subject ?? '';
    if (!(why.startsWith('speaker') || why === 'topic' || why.startsWith('document'))) continue;
    // (a turn's own 我们 is its company whatever the figure; what no one is said of, only where a company fits)
    if (!why.startsWith('speaker') && !input.cues.subjectKinds(f.attribute ?? 'other').includes('vendor') && f.attribute !== 'other') continue;
    const speaker = turnSpeaker(input.text, f.start);
    const company = speaker ? guests.get(speaker) : undefined;
    if (company) {
      f.subjectId = company.entityId;
      f.why = { ...f.why, subject: `speaker ${speaker}` };
    }
  }
  // in a broker's note or a filing headed by its company and stock code, 公司 is that company, whatever the paragraph
  // named last (公司先后中标中国移动、中国联通…项目。截至年末，公司合同负债…)
  // (not in a section a heading gives to another company: a brief's notes on several)
  // (and in a brief's section headed by a company, （三）计算机｜浪潮信息（000977.SZ）：…, 公司 is that company, whatever
  // the paragraph named last: 阿里巴巴宣布…。公司2025Q1实现营收…)
  // (and in a story about one company, 公司 is that company, not a supplier or a former employer the paragraph named
  // since: 核心团队多来自英伟达、AMD和华为海思。截至6月30日，公司共有员工1,143人; a company its own sentence names stays)
  const headings = new HeadingSweep(input.structure.sections);
  let storyCompany: EntityMention | null | undefined;
  for (let i = 0; i < figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const f = figures[i];
    if (!byCompanyReference(f.why?.subject)) continue;
    let company = sectionCompany(input.text, input.entities, headings.at(f.start), firstWritten) ?? listed;
    // (集团 is the group the story's company belongs to, no reference to it)
    if (!company && f.subjectId && /公司$/.test(f.why?.subject ?? '')) {
      if (storyCompany === undefined) {
        const topic = topicOfDocument();
        storyCompany = !topic.thread && !topic.chat && topic.entities.length && topic.entities[0].kind === 'vendor' ? topic.entities[0] : null;
      }
      const sentence = sentenceAround(input.text, f.start);
      if (storyCompany && !mentionsIn(input.entities, sentence.start, sentence.end).some((e) => e.entityId === f.subjectId)) company = storyCompany;
    }
    if (company && f.subjectId !== company.entityId) f.subjectId = company.entityId;
  }
  yield* platformsReferredTo(input);
  yield* measuresOfHeadedLists(input);
  yield* applyDocumentSources(input.text, figures);
  yield* tierFacets(input.text, figures, input.structure.sections);
  if (TIER_WORD.test(input.text)) yield* tiersOfListedProducts(input);
  yield* inheritDenominators(input.text, figures, input.structure, input.cues);
  yield* settleCurrentPeriods(input.text, figures);
  yield* changesInBrackets(input.text, figures);
  yield* makersOfCompanyFigures(input);
  yield* measuresBySubjectKind(input);
  if (input.hardware) {
    yield* modelsRunOnHardware(input, topicOfDocument);
    yield* rentsOfClouds(input);
  }
  if (EDITION_WORD.test(input.text)) yield* editionsReferredTo(input);
  if (PROCUREMENT.test(input.text)) { yield* buyersBudgets(input); yield* bidMarks(input); }
  if (input.soldId || input.text.includes('评测') || input.text.includes('評測')) yield* specsOfReviewed(input, topicOfDocument());
  if (input.structure.sections.length) yield* headingsRestated(input);
}

/** Subjects a figure of a heading may give way on: decided by no name of its own line. */
const WEAK_SUBJECT = /^(?:topic|document|paragraph|heading)\b/;
/** Attributes a figure of a heading may give way on: decided by no cue word. */
const WEAK_ATTRIBUTE = /^(?:no cue|unit\b)/;

/**
 * 二、病历：每份少写6分钟 / …每份缩短6分钟，降幅达75%: a heading's figure that its section states again is the same
 * claim, about what the section says it is about (a title's, anywhere below it).
 */
function* headingsRestated(input: SettleInput): Steps<void> {
  const { figures } = input;
  const sections = input.structure.sections;
  let k = 0;
  for (let i = 0; i < figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const f = figures[i];
    while (k < sections.length && sections[k].headingEnd < f.start) k++;
    const s = sections[k];
    if (!s || f.start < s.headingStart || f.end > s.headingEnd || f.nonClaim) continue;
    const weakSubject = !f.subjectId ? !(f.why?.subject ?? '').startsWith('generic') : WEAK_SUBJECT.test(f.why?.subject ?? '');
    const weakAttribute = WEAK_ATTRIBUTE.test(f.why?.attribute ?? '');
    if (!weakSubject && !weakAttribute) continue;
    // (the first of the section's own lines that states the same amount)
    let again: Figure | undefined;
    for (let j = i + 1; j < figures.length && figures[j].start < s.end; j++) {
      const g = figures[j];
      if (g.start >= s.headingEnd && g.value === f.value && g.unit === f.unit && !g.nonClaim) { again = g; break; }
    }
    if (!again) continue;
    // (only a subject its own sentence gave it: a guess from the paragraph is no better than the heading's)
    if (weakSubject && again.subjectId && again.subjectId !== f.subjectId && !WEAK_SUBJECT.test(again.why?.subject ?? '')) {
      f.subjectId = again.subjectId;
      f.why = { ...f.why, subject: 'restated below' };
    }
    if (weakAttribute && again.attribute && !WEAK_ATTRIBUTE.test(again.why?.attribute ?? '') && again.attribute !== f.attribute) {
      f.attribute = again.attribute;
      if (again.per && !f.per) f.per = again.per;
      f.why = { ...f.why, attribute: `restated: ${again.why?.attribute ?? again.attribute}` };
    }
  }
}

/** A list item's label and its colon at a line's start (· 谷歌云：, - vLLM：, - LMDeploy（TurboMind）：). */
const ITEM_LABEL = /^[\s\u3000]*(?:[-*·•‧・]|\d{1,2}[.、)）])?[\s\u3000]*[^：:，,。；;！？!?\n]{1,30}[：:]/;
/** What may follow the figure on its item's line: nothing, or a note in brackets (a copy of it in figures too), and the item's stop. */
const ITEM_REST = /^[\s\u3000]*(?:[（(][^）)\n]*[)）])?[\s\u3000]*[；;。，,]?[\s\u3000]*$/;
/** What may stand between an item's label and its figure: the currency's name, a bound. */
const ITEM_LEAD = /^[\s\u3000]*(?:人民币|人民幣|约|約)?[\s\u3000]*$/;
/** A line that introduces the items below it and names their measure (四、预算金额：人民币叁亿伍仟万元整，分三个包：). */
const INTRODUCES_ITEMS = /[：:][\s\u3000]*$/;
/** How many lines above an item the line that introduces its list may stand. */
const ITEMS_REACH = 12;

/**
 * A list of labelled figures under a heading, or a line ending with a colon, that names their measure
 * (▍主要云厂商最新季度收入同比增速 / · 谷歌云：35%; 预算金额：…，分三个包： / 包1（…）：人民币贰亿陆仟万元整): a figure no cue
 * of its own line decided is what the heading or the line says it is.
 */
function* measuresOfHeadedLists(input: SettleInput): Steps<void> {
  const headings = new HeadingSweep(input.structure.sections);
  const { text, figures, cues } = input;
  for (let i = 0; i < figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const f = figures[i];
    if (f.attribute !== 'other' || f.why?.attribute !== 'no cue') continue;
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    let lineEnd = text.indexOf('\n', f.end);
    if (lineEnd < 0) lineEnd = text.length;
    // (an item that labels its figure and says no more: · 谷歌云：35%, - 阿里云: 7%（收入…）)
    const label = ITEM_LABEL.exec(text.slice(lineStart, f.start));
    if (!label) continue;
    // (or its copy in figures in brackets after it: 人民币贰亿陆仟万元整（¥260,000,000.00）)
    const copied = i > 0 && figures[i - 1].start >= lineStart + label[0].length && /^\s*[（(]\s*$/.test(text.slice(figures[i - 1].end, f.start)) ? figures[i - 1] : undefined;
    if (!ITEM_LEAD.test(text.slice(lineStart + label[0].length, copied ? copied.start : f.start))) continue;
    if (!ITEM_REST.test(text.slice(f.end, lineEnd).replace(copied ? /^\s*[)）]/ : /^$/, ''))) continue;
    const section = headings.at(f.start).at(-1);
    const intro = labelledItemsIntroduction(text, lineStart);
    const header = intro && (!section || section.headingEnd <= intro.start) ? intro.text : section && section.headingEnd <= lineStart ? text.slice(section.headingStart, section.headingEnd) : undefined;
    if (!header) continue;
    const decided = headerAttribute(cues, header, f);
    if (!decided || decided.attribute === 'other') continue;
    f.attribute = decided.attribute;
    f.why = { ...f.why, attribute: `heading ${decided.cue}` };
  }
}

/** The line above a list of labelled items (包1（…）：人民币…) that introduces them, ending with a colon. */
function labelledItemsIntroduction(text: string, itemStart: number): { start: number; text: string } | undefined {
  let end = itemStart - 1;
  for (let k = 0; k < ITEMS_REACH && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim()) {
      // (its own label, when it has one, names the measure: 四、预算金额：人民币…，分三个包：)
      if (INTRODUCES_ITEMS.test(line)) return { start, text: ITEM_LABEL.exec(line)?.[0] ?? line };
      if (!ITEM_LABEL.test(line)) return undefined;
    }
    end = start - 1;
  }
  return undefined;
}

/** How far back 平台 reaches for a platform named by its name (characters). */
const PLATFORM_REACH = 300;
/** A reference to a platform (平台, 该平台) a clause opens with. */
const PLATFORM_REFERENCE = /^coreference (?:该|這|这|此)?平台$/;
/** 平台 opening the figure's clause before what it offers (；平台支持128K上下文，并发能力不少于500路). */
const PLATFORM_OPENS_CLAUSE = /(?:^|[，,：:；;。！？\n])\s*(?:该|這|这|此)?平台(?:支持|支援|可|提供|具备|具備|能|部署|接入)[^。；;！？!?\n]*$/;

/**
 * 中标产品：澜数·知川大模型平台 / 服务要求：基座采用DeepSeek-R1…；平台支持128K上下文: 平台 is the platform named last by a
 * name that says so, not far back, whatever model its lines named since (an unnamed platform, 政务大模型平台, names none).
 * A 平台 the sentence refers to by that word alone reaches as far back as the document goes (an FAQ's 平台将扣除… is the
 * 潮汐AI开放平台 of its title, whatever apps and models its answers named since).
 */
function* platformsReferredTo(input: SettleInput): Steps<void> {
  for (let i = 0; i < input.figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const f = input.figures[i];
    const referred = PLATFORM_REFERENCE.test(f.why?.subject ?? '');
    if (!referred && !PLATFORM_OPENS_CLAUSE.test(input.text.slice(Math.max(0, f.start - 40), f.start))) continue;
    const reach = referred ? Infinity : PLATFORM_REACH;
    const at = upperBound(input.entities, f.start);
    for (let k = at - 1; k >= 0 && f.start - input.entities[k].end <= reach; k--) {
      const e = input.entities[k];
      if (e.kind !== 'product' || !/(?:平台|平臺)$/.test(e.canonical) || e.end > f.start) continue;
      f.subjectId = e.entityId;
      f.why = { ...f.why, subject: 'coreference 平台' };
      break;
    }
  }
}

const kindsById = new WeakMap<SettleInput, Map<string, EntityKind>>();
/** The kind of each entity the text names, by its id (read once per settlement). */
function entityKinds(input: SettleInput): ReadonlyMap<string, EntityKind> {
  let kinds = kindsById.get(input);
  if (!kinds) kindsById.set(input, kinds = new Map(input.entities.map((e) => [e.entityId, e.kind])));
  return kinds;
}

/**
 * On a product's page or in its review, a device's measure no cue names (14英寸, 120Hz, 84Wh, 32GB) said of a company
 * (联想, 英特尔 named in the same line) is the reviewed product's: a company has no screen, battery or memory.
 */
function* specsOfReviewed(input: SettleInput, topic: DocumentTopic): Steps<void> {
  const reviewed = topic.reviewed ? topic.entities[0] : undefined;
  if (!reviewed || reviewed.kind === 'vendor') return;
  for (let i = 0; i < input.figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const f = input.figures[i];
    if (f.attribute !== 'other' || !f.subjectId || f.nonClaim || !hardwareMeasure(input.cues, f.unit)) continue;
    if (entityKinds(input).get(f.subjectId) !== 'vendor') continue;
    f.subjectId = reviewed.entityId;
    f.why = { ...f.why, subject: 'reviewed, not a company' };
  }
}

/**
 * What a figure no cue names measures, by the kind of thing it is said of: a sum of money under a hundred million of a
 * device, a chip or a model (Mac Studio顶配7.2万元, NT$87,900) is what it costs (a company's sum may be anything it
 * earns or spends; a product only sells); people of a company are its staff.
 */
function* measuresBySubjectKind(input: SettleInput): Steps<void> {
  for (let i = 0; i < input.figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const f = input.figures[i];
    // (and people no cue names, said of a company, are its staff: 我们现在600余人)
    if (f.attribute === 'other' && f.subjectId && !f.nonClaim && PEOPLE.has(f.unit) && (f.why?.attribute === 'no cue' || f.why?.attribute?.startsWith('unit '))) {
      if (entityKinds(input).get(f.subjectId) === 'vendor') {
        f.attribute = 'employees';
        f.why = { ...f.why, attribute: 'people of a vendor' };
      }
      continue;
    }
    // (and a bare count of 亿 said of a model, OPPO的AndesGPT端侧有70亿, is its size: what else a model counts in 亿 has a word;
    // not 万亿, more often the tokens it was trained on: 超过15万亿)
    // (nor a count in a sentence that counts tokens: 输入tokens总计6080亿，输出1680亿; nor a cell under a header that says
    // what its column counts, | 月输入 | 9 亿 |, whatever model its row names)
    if (f.attribute === 'other' && f.unit === '' && f.subjectId && !f.nonClaim && f.why?.attribute === 'no cue' && /[亿億]/.test(f.text) && !/[万萬][亿億]/.test(f.text) && f.value >= 1e8 && f.value <= MODEL_SIZE_LIMIT &&
      entityKinds(input).get(f.subjectId) === 'model' && !TOKENS_COUNTED.test(sentenceText(input.text, f.start)) && !cellAt(input.structure, f.start)?.columnHeader?.text.trim()) {
      f.attribute = 'parameters';
      f.why = { ...f.why, attribute: 'size of a model' };
      continue;
    }
    // (and a bare count of 亿 that sizes a class of models, 千亿级、万亿级的开源MoE, is a size: no one's)
    if (f.attribute === 'other' && f.unit === '' && !f.subjectId && !f.nonClaim && f.why?.subject === UNNAMED_MODEL_CLASS_WHY && f.why?.attribute === 'no cue' && /[亿億兆]/.test(f.text)) {
      f.attribute = 'parameters';
      f.why = { ...f.why, attribute: 'size of a model' };
      continue;
    }
    // (not a business's sum, an order or a spend of 亿: 超過160億美元 of H20 is what was sold of it)
    // (a sum per month or per year of a product, Cursor Pro（20美元/月）, is its plan's price whatever word is near: 预算)
    const planRate = !!f.per && f.per.value === 1 && PLAN_PERIODS.has(f.per.unit);
    // (what a buyer spends, 配了一副花了三百八十元, 一个月光API就要花掉近1.5万块, 月账单控制在800块以内, is a price paid,
    // of whatever it bought: not a company's spend)
    const subjectKind = f.subjectId ? entityKinds(input).get(f.subjectId) : undefined;
    const clauseStart = f.attribute === 'other' && !f.nonClaim && (f.why?.attribute === 'no cue' || SPENT_CUES.has(f.why?.attribute ?? '')) && (input.cues.unitClass(f.unit) === 'money' || (f.unit === '块' && /^(?:[\s，,。；;！!？?）)]|$)/.test(input.text.slice(f.end, f.end + 1)))) && f.value < 1e8 &&
      subjectKind !== 'vendor' ? clauseStartBefore(input.text, f.start) : -1;
    if (clauseStart >= 0 && BUYER_SPENT_BEFORE.test(input.text.slice(clauseStart, f.start))) {
      // (what a model itself spent, DeepSeek-V3只花了557万美元, is what training it cost: the model is who spends)
      const spender = subjectKind === 'model' ? mentionsIn(input.entities, clauseStart, f.start).filter((e) => e.entityId === f.subjectId).at(-1) : undefined;
      if (spender && MODEL_SPENT_BETWEEN.test(input.text.slice(spender.end, f.start)) && !USED_BEFORE.test(input.text.slice(clauseStart, spender.start))) {
        f.attribute = 'training_cost';
        f.why = { ...f.why, attribute: 'spent by a model' };
        continue;
      }
      f.attribute = 'price';
      f.why = { ...f.why, attribute: 'spent by a buyer' };
      continue;
    }
    // (not a sum saved: 一年节省人工成本四百多万元)
    if (f.attribute !== 'other' || !f.subjectId || f.nonClaim || (f.why?.attribute !== 'no cue' && !planRate) || f.why?.attribute?.startsWith('saved ') || input.cues.unitClass(f.unit) !== 'money' || !(f.value < 1e8)) continue;
    if (subjectKind !== 'product' && subjectKind !== 'model') continue;
    f.attribute = 'price';
    f.why = { ...f.why, attribute: `money of a ${subjectKind}` };
  }
}

/** Words of a sentence that counts tokens or calls, whose bare 亿 is no model's size. */
const TOKENS_COUNTED = /token|词元|詞元|输入|輸入|输出|輸出|调用|調用|请求|請求/i;
/** More parameters than any model has (2万亿): a count of 亿 that large is no size. */
const MODEL_SIZE_LIMIT = 2e12;

/** A cloud's name (星河算力云, 阿里雲, Azure Cloud). */
const CLOUD_NAME = /(?:云|雲|cloud)$/i;
/** What only a model has, or has when it runs: a chip or a device it runs on has none of them (首字延迟, 吞吐, 参数; and a price per token). */
const RUN_MEASURES = new Set<Attribute>(['throughput', 'latency', 'parameters', 'activated_parameters', 'context_length', 'training_tokens', 'training_days']);
/** How far back a model that runs on the hardware is looked for, within the figure's section. */
const RUN_MODEL_REACH = 1500;

/**
 * | H20 | 1,320 | 310 |, 在 H20 上首字延迟 310ms: a model's measure given for a chip or a device (a table's row, a
 * sentence's place), or its speed given for the cloud it runs on, is the model's that runs there — a model a column's
 * header names, else the last one the section named before it, else the model the document is about. With no model in
 * sight the hardware keeps it.
 */
function* modelsRunOnHardware(input: SettleInput, topicOfDocument: () => DocumentTopic): Steps<void> {
  const { text, entities } = input;
  const headings = new HeadingSweep(input.structure.sections);
  let k = 0;
  for (let i = 0; i < input.figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const f = input.figures[i];
    // (and a model's speed, window or price per tokens given for the cloud or platform that serves it: 在星河算力云上…吞吐约1,150
    // tokens/s, 阿里云百炼上…上下文窗口 64K, | 火山方舟 | 2 | 0.5 | 8 |)
    const served = f.attribute === 'throughput' || f.attribute === 'latency' || f.attribute === 'context_length' || (f.attribute === 'price' && f.per?.unit === 'tokens');
    if (!f.subjectId || f.nonClaim) continue;
    const cloud = served && servesModels(input, f.subjectId);
    // (a model's own sentence that says where it is served, 火山方舟上的DeepSeek-V3…128K, narrows its measure to there)
    if (served && entityKinds(input).get(f.subjectId) === 'model') {
      const where = servedOnBefore(input, f);
      if (where) f.facet = withFacet(f.facet, `@${where}`);
      continue;
    }
    if (!(RUN_MEASURES.has(f.attribute ?? 'other') || (f.attribute === 'price' && f.per?.unit === 'tokens')) || !(cloud || input.hardware!(f.subjectId))) continue;
    // (a machine or chip written before 的 and the measure, 单台H20服务器的输出吞吐, has it as its own; a platform's price
    // or window, 火山方舟的输入价, is still the model's it serves)
    const own = !cloud && entities.find((e) => e.entityId === f.subjectId && e.end <= f.start && f.start - e.end <= 24 && OWN_MEASURE_AFTER.test(text.slice(e.end, f.start)));
    if (own) continue;
    // (nor one a list item is labelled with, as a comparison of engines lists them: - vLLM：吞吐 286 tokens/s)
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    const label = ITEM_LABEL.exec(text.slice(lineStart, f.start));
    if (label && entities.some((e) => e.entityId === f.subjectId && e.start >= lineStart && e.end <= lineStart + label[0].length)) continue;
    const cell = input.structure.tables.length ? cellAt(input.structure, f.start) : undefined;
    const header = cell?.columnHeader;
    const inHeader = header ? mentionsIn(entities, header.start, header.end).find((e) => e.kind === 'model') : undefined;
    // (a speed or a delay a device's row gives is the first model the row names, the assistant a user meets:
    // | 小米15 | 超级小爱/MiLM | 60亿 | 约2.5s |; a size stays the model's that has it, the last one)
    const inRow = cell && (f.attribute === 'latency' || f.attribute === 'throughput') ? cell.row.cells.flatMap((c) => mentionsIn(entities, c.start, c.end)).find((e) => e.kind === 'model') : undefined;
    // (figures come in text order, so the sweep of headings moves forward even when it skips some)
    const inner = headings.at(f.start).at(-1);
    const from = Math.max(inner?.headingStart ?? 0, f.start - RUN_MODEL_REACH);
    while (k < entities.length && entities[k].start < from) k++;
    let before: EntityMention | undefined;
    // (not a model another table lists: its rows are that table's, no model this table's hardware runs)
    const others = input.structure.tables.filter((t) => t !== cell?.table && t.end > from && t.start < f.start);
    const otherTable = (e: EntityMention) => others.some((t) => t.start <= e.start && e.end <= t.end);
    for (let j = k; j < entities.length && entities[j].end <= f.start; j++) if (entities[j].kind === 'model' && !otherTable(entities[j])) before = entities[j];
    const model = inHeader ?? inRow ?? before ?? topicOfDocument().entities.find((e) => e.kind === 'model');
    if (!model) continue;
    // (what the model measures there is narrowed to there: 64K on one platform and 128K on another are no contradiction)
    f.facet = withFacet(f.facet, `@${f.subjectId}`);
    f.subjectId = model.entityId;
    f.why = { ...f.why, subject: `${RUN_ON_WHY}${f.why?.subject ?? 'hardware'}` };
  }
}

/** Whether an entity is a cloud (by its name: 腾讯云, 星河算力云) or a platform that serves models (阿里云百炼, 火山方舟). */
function servesModels(input: SettleInput, id: string): boolean {
  return !!input.servesModels?.(id) || (entityKinds(input).get(id) === 'vendor' && CLOUD_NAME.test(canonicalNames(input).get(id) ?? ''));
}

/** Each entity's canonical name, by id (asked per figure: one map, not a search of the mentions). */
const namesById = new WeakMap<SettleInput, ReadonlyMap<string, string>>();
function canonicalNames(input: SettleInput): ReadonlyMap<string, string> {
  let names = namesById.get(input);
  if (!names) namesById.set(input, names = new Map(input.entities.map((e) => [e.entityId, e.canonical])));
  return names;
}

/** An edition of a series, said before its model's name or in brackets after it (旗舰版 X-200B, X-Lite（轻量版）). */
// (a lighter variant's words too: 轻量版, 蒸馏版)
const EDITION_WORD = new RegExp(`旗舰版|旗艦版|标准版|標準版|基础版|基礎版|专业版|專業版|满血版|滿血版|完整版|大杯|小杯|中杯|${VARIANT_EDITIONS}`);
const EDITIONS = new RegExp(EDITION_WORD.source, 'g');
const EDITION_BEFORE = new RegExp(`(${EDITION_WORD.source})\\s*$`);
const EDITION_AFTER = new RegExp(`^\\s*[（(](${EDITION_WORD.source})[）)]`);

/**
 * 旗舰版 Hanlin-MoE-200B-A18B 总参数…。/ - 旗舰版每个 MoE 层包含…: an edition named with its model once is that model when
 * a later sentence says the edition alone, in place of the series the section or the document is about.
 */
function* editionsReferredTo(input: SettleInput): Steps<void> {
  const { text, entities } = input;
  const named = new Map<string, EntityMention | null>();
  for (const e of entities) {
    if (e.kind !== 'model') continue;
    const m = EDITION_BEFORE.exec(text.slice(Math.max(0, e.start - 5), e.start)) ?? EDITION_AFTER.exec(text.slice(e.end, e.end + 7));
    if (!m) continue;
    const edition = toSimplified(m[1]);
    const before = named.get(edition);
    // (an edition said of two models names neither)
    named.set(edition, before === undefined || before?.entityId === e.entityId ? e : null);
  }
  if (![...named.values()].some(Boolean)) return;
  for (let i = 0; i < input.figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const f = input.figures[i];
    if (!f.subjectId?.startsWith('model:') || !TOPIC_WHYS.test(f.why?.subject ?? '')) continue;
    const { start } = sentenceAround(text, f.start, f.end, 200, FULL_STOPS);
    const head = text.slice(start, f.start);
    const said = [...head.matchAll(EDITIONS)].at(-1);
    if (!said) continue;
    const model = named.get(toSimplified(said[0]));
    const at = start + said.index!;
    // (the edition alone: no name beside it, none between it and the figure)
    if (!model || model.entityId === f.subjectId || mentionsIn(entities, Math.max(start, at - 12), f.start).some((e) => e.kind === 'model')) continue;
    f.subjectId = model.entityId;
    f.why = { ...f.why, subject: `edition ${said[0]}` };
  }
}

/** A business's measures, whose change in brackets is growth (a system's performance changes by a speedup). */
const BUSINESS_MEASURES = new Set<Attribute>(['revenue', 'users', 'funding', 'valuation', 'employees', 'count', 'compute', 'market_share']);
/** A signed change in brackets right after an amount: （+10.8%）, (-3.2%), （按年+16.6%）. */
const SIGNED_CHANGE_BEFORE = /^\s*[（(]\s*(?:按年|同比|年增|年減|年减|YoY|yoy)?\s*$/;

/**
 * 总收入：37.72亿元（+10.8%）: a percentage written with its sign in brackets right after an amount is that amount's
 * change, not another amount of its measure.
 */
function* changesInBrackets(text: string, figures: Figure[]): Steps<void> {
  for (let i = 1; i < figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const f = figures[i], before = figures[i - 1];
    if (f.unit !== '%' || !SIGNED.test(f.text) || !BUSINESS_MEASURES.has(before.attribute ?? 'other') || f.attribute === 'growth') continue;
    if (!SIGNED_CHANGE_BEFORE.test(text.slice(before.end, f.start))) continue;
    f.attribute = 'growth';
    f.why = { ...f.why, attribute: 'change in brackets' };
    if (before.subjectId) f.subjectId = before.subjectId;
  }
}

/** The periods a card is rented by (元/卡/小时, 每小时, 包月). */
const RENTAL_PERIODS = new Set(['小时', '卡时', 'GPU小时', '月', '卡月', '天']);

/**
 * | 阿里云 | H800 | 32.5 |, 火山引擎的H800按量价格为27.6元/卡/小时, 记者查询AutoDL发现，RTX 4090单卡按量价格为1.98元/小时: a card's
 * rent, where its sentence or its table row names the cloud that rents it out before it, is that cloud's price.
 */
function* rentsOfClouds(input: SettleInput): Steps<void> {
  for (let i = 0; i < input.figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const f = input.figures[i];
    if (f.attribute !== 'price' || !f.per || !RENTAL_PERIODS.has(f.per.unit) || !f.subjectId || !input.hardware!(f.subjectId)) continue;
    const { start } = sentenceAround(input.text, f.start, f.end, 200, FULL_STOPS);
    const card = mentionsIn(input.entities, start, f.start).find((e) => e.entityId === f.subjectId);
    if (!card) continue;
    const cloud = mentionsIn(input.entities, start, card.start).filter((e) => e.kind === 'vendor' && servesModels(input, e.entityId) && !input.sidelined?.has(e.start)).at(-1);
    if (!cloud) continue;
    f.subjectId = cloud.entityId;
    f.why = { ...f.why, subject: `rented from ${cloud.canonical}` };
  }
}

/** A platform's name right before 上 (火山方舟上的, 在腾讯云上). */
const ON_AFTER_NAME = /^\s*(?:平台)?\s*上/;
/** How far back in its sentence a figure's platform is looked for (characters). */
const SERVED_ON_REACH = 60;

/** The cloud or platform the figure's sentence says its model is served on, before the figure (火山方舟上的DeepSeek-V3). */
function servedOnBefore(input: SettleInput, f: Figure): string | undefined {
  const { start } = sentenceAround(input.text, f.start, f.end, SERVED_ON_REACH, FULL_STOPS);
  return mentionsIn(input.entities, start, f.start).find((e) => ON_AFTER_NAME.test(input.text.slice(e.end, e.end + 4)) && servesModels(input, e.entityId))?.entityId;
}

/** Words of a public procurement (采购, 招标, 中标). */
const PROCUREMENT = /采购|採購|招标|招標|中标|中標|得標|成交公告/;
/** Cues of what a buyer sets aside or caps (预算, 最高限价, 控制价). */
const BUDGET_CUE = /^(?:预算|預算|预算金额|預算金額|采购预算|採購預算|最高限价|最高限價|控制价|控制價|招标控制价|招標控制價)$/;

/**
 * 包1…预算4,860万元: in a procurement, a lot's budget is the buyer's, not the company the story goes on to say won it —
 * when nothing in the figure's own clause named a company, it is no one's the text names.
 */
function* buyersBudgets(input: SettleInput): Steps<void> {
  for (let i = 0; i < input.figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const f = input.figures[i];
    if (!f.subjectId || !BUDGET_CUE.test(f.why?.attribute ?? '') || !TOPIC_WHYS.test(f.why?.subject ?? '')) continue;
    f.subjectId = undefined;
    f.why = { ...f.why, subject: `generic ${f.why!.attribute}` };
  }
}

/**
 * A procurement notice's marks of a bid (综合得分94.15分, | 综合得分 | 93.44 |) grade a company's offer: no benchmark's
 * score. A model's score on a named benchmark in the same notice (在C-Eval上得分89.7) stays one.
 */
function* bidMarks(input: SettleInput): Steps<void> {
  const kinds = entityKinds(input);
  for (let i = 0; i < input.figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const f = input.figures[i];
    if (f.attribute !== 'score' || f.benchmark || !f.subjectId || kinds.get(f.subjectId) !== 'vendor') continue;
    f.attribute = 'other';
    f.why = { ...f.why, attribute: `bid mark${f.why?.attribute ? ` ${f.why.attribute}` : ''}` };
  }
}

/** A buyer's spending words in the clause before a sum (花了, 花掉, 下单了一张4090，, 月账单). */
const BUYER_SPENT_BEFORE = /花了|花掉|花费了|花費了|要花|得花|才花|就花|账单|帳單|下单|下單|买了|買了|入了|付了|配了/;
/** Between a model and what it spent (DeepSeek-V3 真的只花了): the model is the clause's spender. */
const MODEL_SPENT_BETWEEN = /^\s*(?:真的|其实|其實|实际|實際|实际上|實際上|一共|总共|總共|仅仅|僅僅|只|仅|僅|才|就|也|却|卻)*\s*(?:花了|花费了|花費了|花掉了?|耗资|耗資)\s*$/;
/** Before a model in its clause: it is what is used, not who spends (用DeepSeek-V3一个月花了300美元). */
const USED_BEFORE = /用|调用|調用|跑|部署|接入|租/;
/** Generic cost words whose sum a buyer's spending word makes a price. */
const SPENT_CUES = new Set(['花费', '花費', '费用', '費用', '开销', '開銷', '支出', '成本']);

/** The words of a cell's bracketed note right before a number in it (2（缓存命中 0.5）). */
const CELL_NOTE_BEFORE = /[（(]([^）)\d|]{1,12}?)\s*$/;
/** The periods a plan is paid by (20美元/月, 年费199元). */
const PLAN_PERIODS = new Set(['月', '年', '季度', '周']);
/** Units that count people, whoever they are. */
const PEOPLE = new Set(['人', '名', '位']);
/** Names listed in one cell: separated by a slash, an enumeration comma or a comma. */
const LIST_IN_CELL = /[^\s/／、,，;；][\s]*[/／、,，;；][\s]*[^\s/／、,，;；]/;
/** A column of examples of what a row's company makes: 代表产品, 主要产品, 典型型号. */
const EXAMPLES_HEADER = /代表|典型|主要产品|主要產品|主力产品|主力產品|例如|举例|舉例/;
/** A column of who invested (投资方, 领投方, 股东). */
const INVESTORS_HEADER = /投资方|投資方|投资人|投資人|投资机构|投資機構|领投|領投|跟投|出资方|出資方|股东|股東|[Ii]nvestors?/;
/** Units that count cards or machines (a company's fleet, not one system's capacity). */
const CARDS_UNIT = /^(?:张|張|块|塊|颗|顆|卡|片|枚|台)$/;
/** A table row's header that averages the rows above it (a total may be the document's company's: its segments' sum). */
const SUMMARY_ROW = /^(?:(?:行业|行業|可比公司|同业|同業)?(?:平均|平均值|均值|中位数|中位數)|average|mean|median)$/i;
/** …or the others, perhaps with examples in brackets (其他（海光、昆仑芯等）, 其余厂商, Others): about none of them. */
const OTHERS_ROW = /^(?:\*\*)?(?:其他|其它|其余|其餘|others?)(?:厂商|廠商|公司|企业|企業)?(?:\*\*)?\s*(?:[（(][^）)]*[）)])?$/i;
/** A header of total and activated parameters written as a pair (total / active, 总/激活). */
// (the first's word may be said whole: 总参数/激活)
const TOTAL_ACTIVE_HEADER = /(?:total|总|總)\s*(?:参数量?|參數量?|params?|parameters)?\s*[/／]\s*(?:active|activated|激活|啟用|启用)/i;
/** A heading that names a plan or an edition (### 专业版, ## 企业套餐, ### Pro): what its lines state is that tier's. */
const TIER_HEADING = /^[#\s]*([\u4e00-\u9fff]{0,4}?(?:免费|免費|付费|付費|基础|基礎|入门|入門|标准|標準|专业|專業|企业|企業|旗舰|旗艦|个人|個人|团队|團隊|高级|高級|尊享|轻量|輕量|商业|商業|开发者|開發者)(?:版|套餐|方案|计划|計劃|计费|計費|档|檔)?|(?:Free|Basic|Starter|Standard|Pro|Plus|Premium|Team|Business|Enterprise|Max|Ultra|Lite)(?:\s*(?:版|套餐|Plan))?)\s*(?:[（(][^）)\n]{0,8}[）)])?\s*$/i;

/**
 * The figures under a plan's heading (### 免费版 / ### 专业版 / ### 企业版) are that plan's: a quota or a price of one
 * plan does not contradict another's.
 */
function* tierFacets(text: string, figures: Figure[], sections: readonly Section[]): Steps<void> {
  if (!sections.length) return;
  const headings = new HeadingSweep(sections);
  for (let i = 0; i < figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const f = figures[i];
    const inner = headings.at(f.start).at(-1);
    if (!inner || f.start < inner.headingEnd) continue;
    const tier = TIER_HEADING.exec(text.slice(inner.headingStart, inner.headingEnd));
    if (tier) f.facet = withFacet(f.facet, `tier${tier[1].replace(/\s/g, '')}`);
  }
}

/** A plan's word (Plus, Pro, 专业版). */
const TIER_WORD = /Plus|Pro|Max|Team|Ultra|Premium|Business|Enterprise|专业版|專業版|高级版|高級版|团队版|團隊版|企业版|企業版/;
/** A plan's word labelling a list item (▫️ Plus：$20/月). */
const TIER_ITEM = new RegExp(`^[\\s\\p{Extended_Pictographic}\\uFE0F▫▪•·◦\\-*]*(${TIER_WORD.source})\\s*[：:]`, 'u');
/** How many lines above an item its product's line may stand. */
const TIER_PRODUCT_REACH = 12;

/**
 * 🟢 ChatGPT（OpenAI家） / ▫️ Plus：$20/月: a list item labelled with a plan under a line that names a product is that
 * product's plan, when the document names the plan as one (ChatGPT Plus elsewhere in the text).
 */
function* tiersOfListedProducts(input: SettleInput): Steps<void> {
  const { text, entities } = input;
  const planKey = (name: string) => name.toLowerCase().replace(/\s+/g, '');
  const plans = new Map<string, EntityMention>();
  for (const e of entities) plans.set(planKey(e.canonical), e);
  for (let i = 0; i < input.figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const f = input.figures[i];
    if (f.nonClaim) continue;
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    const tier = TIER_ITEM.exec(text.slice(lineStart, f.start));
    if (!tier) continue;
    // the nearest line above that is no item of the list: the product's
    let end = lineStart - 1;
    let product: EntityMention | undefined;
    for (let k = 0; k < TIER_PRODUCT_REACH && end > 0 && !product; k++) {
      const start = text.lastIndexOf('\n', end - 1) + 1;
      const line = text.slice(start, end);
      if (line.trim() && !/^[\s▫▪•·◦\-*✅✔]/u.test(line) && !TIER_ITEM.test(line)) {
        product = mentionsIn(entities, start, end).find((e) => e.kind !== 'vendor');
        if (!product) break;
      }
      end = start - 1;
    }
    if (!product) continue;
    const plan = plans.get(planKey(`${product.canonical}${tier[1]}`));
    if (!plan || plan.entityId === f.subjectId) continue;
    f.subjectId = plan.entityId;
    f.why = { ...f.why, subject: `plan ${tier[1]}` };
  }
}

/** How a product was found the subject of a revenue said of it, not of its maker: named in the figure's own sentence, or 它. */
const OWN_REVENUE_WHY = /^(?:sentence|clause|after|chain|coreference (?:它|其|该产品|該產品))/;
/** How far before a new name its maker may be written (characters). */
const MAKER_BEFORE = 40;

/**
 * What only a company has (funding, valuation, revenue, staff) said of its model or app (Kimi…，公司估值约33亿美元)
 * is its maker's.
 */
function* makersOfCompanyFigures(input: SettleInput): Steps<void> {
  let makers: Map<string, EntityMention | undefined> | undefined;
  for (let i = 0; i < input.figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const f = input.figures[i];
    if (!f.subjectId || !f.attribute || f.subjectId.startsWith('vendor:')) continue;
    const kinds = input.cues.subjectKinds(f.attribute);
    if (kinds.length !== 1 || kinds[0] !== 'vendor') continue;
    // (a product's revenue said of it by name or as 它 is its own: Devin的ARR, 可灵累计收入超过1亿元)
    if (f.attribute === 'revenue' && OWN_REVENUE_WHY.test(f.why?.subject ?? '')) continue;
    if (!makers) {
      // (only a maker the document names: a subject is always a name of the text)
      const vendors = new Set<string>();
      for (const e of input.entities) if (e.kind === 'vendor') vendors.add(e.entityId);
      makers = new Map();
      for (const e of input.entities) if (e.vendorId && e.vendorId !== e.entityId && vendors.has(e.vendorId) && !makers.has(e.entityId)) makers.set(e.entityId, e);
      // a name the knowledge base lacks has its maker where the text first gives it: the company named just before,
      // in its sentence (深澜智能的核心产品是智能体平台“深澜Agent”)
      for (let k = 0; k < input.entities.length; k++) {
        const e = input.entities[k];
        if (e.kind === 'vendor' || e.vendorId || e.via !== 'pattern' || makers.has(e.entityId)) continue;
        for (let j = k - 1; j >= 0 && e.start - input.entities[j].end <= MAKER_BEFORE; j--) {
          const v = input.entities[j];
          if (v.kind !== 'vendor') continue;
          if (!/[。！？!?\n]/.test(input.text.slice(v.end, e.start))) makers.set(e.entityId, { ...e, vendorId: v.entityId });
          break;
        }
        if (!makers.has(e.entityId)) makers.set(e.entityId, undefined);
      }
    }
    const named = makers.get(f.subjectId);
    if (named?.vendorId) {
      f.subjectId = named.vendorId;
      f.why = { ...f.why, subject: `maker ${named.text}` };
      // (a product's revenue counted for its maker is that business's: no contradiction of the company's total)
      if (f.attribute === 'revenue' && !f.facet?.split(' ').some((w) => w.startsWith('segment') || w === 'part')) f.facet = withFacet(f.facet, `segment${named.canonical}`);
    }
  }
}

/**
 * 本季度 and 本轮 are the quarter and the round the document reports on. Where it names only one quarter
 * (第三季度, 2024Q3) and one round as the current one (完成新一轮（C轮）融资), they are those, so that 本季度营收
 * and 第三季度收入 are figures of one time; a quarter without its year takes the document's one year of quarters.
 */
function* settleCurrentPeriods(text: string, figures: Figure[]): Steps<void> {
  const quarters = new Set<string>(), years = new Set<string>(), rounds = new Set<string>(), named = new Set<string>();
  const monthYears = new Set<string>();
  let current = false, bareMonth = false;
  for (let i = 0; i < figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const f = figures[i];
    if (!f.scope) continue;
    for (const part of f.scope.split(' ')) {
      const q = QUARTER_SCOPE.exec(part);
      const month = MONTH_SCOPE.exec(part);
      if (q) { quarters.add(q[2]); if (q[1]) years.add(q[1]); }
      else if (month) { if (month[1]) monthYears.add(month[1]); else bareMonth = true; }
      else if (part === '本季度') current = true;
      else if (part === CURRENT_ROUND_SCOPE) current = true;
      else if (part.endsWith('轮')) {
        named.add(part);
        if (CURRENT_ROUND.test(toSimplified(sentenceText(text, f.start)))) rounds.add(part);
      }
    }
  }
  // 今年, 去年 of a story dated at its top (2025年5月15日 · 来源…, 2025-03-16 投资界): years of their own
  const dated = DATELINE.exec(text.slice(0, 400));
  const written = dated ? Number(dated[1]) : undefined;
  // a month without its year (11月月活) in a story whose months are all of one year (2024年10月…) is of that year
  const monthYear = bareMonth && monthYears.size === 1 ? [...monthYears][0] : undefined;
  if (!current && !written && !monthYear && !(quarters.size === 1 && years.size === 1)) return;
  const year = years.size === 1 ? [...years][0] : '';
  const quarter = quarters.size === 1 ? `${year}Q${[...quarters][0]}` : undefined;
  let round = rounds.size === 1 ? [...rounds][0] : undefined;
  // (or, where no sentence says which round is the current one, the one round the document names: 完成A轮融资…本轮融资的投后估值;
  // the text is read in slices, with a pause after each, overlapping by a round's name)
  if (!rounds.size && named.size === 1) {
    const only = [...named][0];
    let alone = true;
    for (let from = 0; alone && from < text.length; from += ROUND_SCAN_SLICE) {
      alone = onlyRoundNamed(text.slice(from, from + ROUND_SCAN_SLICE + 16), only);
      yield;
    }
    if (alone) round = only;
  }
  for (let i = 0; i < figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const f = figures[i];
    if (!f.scope) continue;
    const parts = f.scope.split(' ').map((part) =>
      part === '本季度' || (QUARTER_SCOPE.test(part) && !part.startsWith('20') && !part.startsWith('19')) ? quarter ?? part
      : part === CURRENT_ROUND_SCOPE ? round ?? part
      : monthYear && /^-\d{2}$/.test(part) ? monthYear + part
      : written && RELATIVE_YEARS[part] !== undefined ? String(written + RELATIVE_YEARS[part]) : part);
    f.scope = parts.join(' ');
  }
}
/** How much of the text one step reads for the rounds it names. */
const ROUND_SCAN_SLICE = 1 << 16;
const QUARTER_SCOPE = /^((?:19|20)\d{2})?Q([1-4])$/;
const MONTH_SCOPE = /^((?:19|20)\d{2})?-\d{2}$/;
/** A full date near the top of a story: the day it was written. */
const DATELINE = /(?<!\d)((?:19|20)\d{2})(?:\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2}(?!\d))/;
const RELATIVE_YEARS: Record<string, number> = { 今年: 0, 去年: -1, 前年: -2, 明年: 1 };
function sentenceText(text: string, at: number): string {
  const s = sentenceAround(text, at, at, 200, FULL_STOPS);
  return text.slice(s.start, s.end);
}

/**
 * A price written without its denominator (输出是3.6元) after a price of the same thing written with one (输出
 * 3.2元/百万tokens): the writer means the same unit, and the two are compared as such — when their facets agree
 * (输入 is not 输出) and the values are of one size (a 20元 membership after 0.8元/百万tokens is no such price); not in a table.
 */
function* inheritDenominators(text: string, figures: Figure[], structure: DocumentStructure, cues: CueIndex): Steps<void> {
  const last = new Map<string, Figure>();
  /** The last price with a denominator of tokens, by currency, whatever it is the price of. */
  const lastOfTokens = new Map<string, Figure>();
  const frames = framingLines(text);
  let frame = 0;
  for (let i = 0; i < figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const f = figures[i];
    // 60美元/百万tokens，折合人民币四百多块: a rate converted to another currency keeps its denominator, and any sum so
    // converted its attribute (总收入1,845亿元；按期末汇率折算约合257亿美元)
    const from = figures[i - 1];
    if (from && from.attribute && from.attribute !== 'other' && !f.per && (isCurrency(f.unit) || f.unit === '块' || f.unit === '塊') && isCurrency(from.unit) && CONVERTED_BETWEEN.test(text.slice(from.end, f.start))) {
      f.attribute = from.attribute;
      if (from.per) f.per = from.per;
      if (from.subjectId) f.subjectId = from.subjectId;
      f.why = { ...f.why, attribute: `converted ${from.why?.attribute ?? ''}`.trim() };
      continue;
    }
    // (a conversion, 约合人民币18元/73元, is the framed price again in another currency: it is framed too)
    if ((f.nonClaim && f.nonClaim !== 'definition') || !(f.value > 0)) continue;
    while (frame < frames.length && frames[frame].end <= f.start) frame++;
    // 再看海外（按美元/1M tokens）： / GPT-4o是输入$2.50、输出$10: the line before the paragraph names the denominator
    // of its amounts of money (an amount no word measures is such a price too: GPT-4o mini是$0.15 / $0.60)
    const framed = frames[frame];
    if (framed && framed.start <= f.start && !f.per && isCurrency(f.unit) && (f.attribute === 'price' || (f.attribute === 'other' && f.why?.attribute === 'no cue')) &&
      !(structure.tables.length && cellAt(structure, f.start))) {
      f.attribute = 'price';
      f.per = framed.per;
      f.why = { ...f.why, attribute: `framed by ${framed.written}` };
      continue;
    }
    if (f.nonClaim) continue;
    if (f.attribute !== 'price') continue;
    if (f.per) {
      if (f.subjectId) last.set(`${f.subjectId}\u0000${f.unit}`, f);
      if (cues.unitClass(f.per.unit) === 'text') lastOfTokens.set(f.unit, f);
      continue;
    }
    // (a table's cells take their denominators from its headers)
    if (structure.tables.length && cellAt(structure, f.start)) continue;
    const facets = (x: Figure) => x.facet?.split(' ') ?? [];
    // DeepSeek-V3：输入2元/百万tokens…⏎DeepSeek-R1：输入4元，输出16元: an API's input or output price, written bare after
    // another's rate per tokens in its paragraph, is per as many tokens
    const rate = lastOfTokens.get(f.unit);
    // (in the same paragraph: a price list's lines, not a later paragraph's price of another thing)
    if (rate && f.start - rate.end <= TOKEN_PRICE_REACH && facets(f).some((x) => TOKEN_PRICE_FACETS.has(x)) && !/\n\s*\n/.test(text.slice(rate.end, f.start))) { f.per = rate.per; continue; }
    if (!f.subjectId) continue;
    const rated = last.get(`${f.subjectId}\u0000${f.unit}`);
    if (!rated || f.value > rated.value * 10 || f.value * 10 < rated.value) continue;
    if (facets(f).length && facets(rated).length && !facets(f).some((x) => facets(rated).includes(x))) continue;
    f.per = rated.per;
  }
}

/** Between a rate and the same rate in another currency (，折合人民币, （约合人民币). */
const CONVERTED_BETWEEN = /^\s*[，,；;（(]?\s*(?:按[^，,。；;\d]{0,8}?(?:汇率|匯率)(?:折算|换算|換算|计算|計算)?\s*)?(?:约合|約合|折合|约等于|約等於|相当于|相當於|换算成|換算成)\s*(?:约|約)?\s*(?:新台币|新台幣|台币|台幣|人民币|人民幣|港币|港幣|港元|美元)?\s*(?:约|約|大约|大約)?\s*$/;

/** The facets of an API's price per tokens (input, output, a cache hit). */
const TOKEN_PRICE_FACETS = new Set(['输入', '输出', '缓存', '命中', '輸入', '輸出', '快取']);
/** How far after a price per tokens a bare input or output price may stand and still share its denominator. */
const TOKEN_PRICE_REACH = 600;

/**
 * Lines ending with a colon that name a currency's denominator (再看海外（按美元/1M tokens）：, 价格（每百万tokens）：): each frames the
 * paragraph after it, up to the next blank line after some text.
 */
function framingLines(text: string): Array<{ start: number; end: number; per: Rate; written: string }> {
  const out: Array<{ start: number; end: number; per: Rate; written: string }> = [];
  if (!text.includes('/') && !text.includes('／') && !text.includes('每')) return out;
  for (const m of text.matchAll(FRAME_LINE)) {
    const per = framedDenominator(m[0]);
    if (!per) continue;
    const start = m.index! + m[0].length;
    const body = /\S[\s\S]*?(?:\n\s*\n|$)/.exec(text.slice(start));
    out.push({ start, end: start + (body ? body.index + body[0].length : 0), per, written: m[0].trim() });
  }
  return out;
}
/** A short line ending with a colon that holds a slash or 每. */
const FRAME_LINE = /^[^\n]{0,40}[/／每][^\n]{0,30}[：:][ \t]*$/gm;

/**
 * The last model of a company mentioned before `pos` (a few hundred mentions back at most); a model the knowledge
 * base lacks is the company's when it carries the company's brand (青梧-Pro of 青梧科技).
 */
function modelOf(entities: readonly EntityMention[], pos: number, vendorId: string, launchers?: ReadonlyMap<string, string>): { entity: EntityMention; why: string } | undefined {
  const k = upperBound(entities, pos);
  const own = companysModel(entities, vendorId, launchers);
  for (let i = k - 1; i >= Math.max(0, k - 300); i--) {
    const e = entities[i];
    if (e.end <= pos && own(e)) return { entity: e, why: 'model of its company' };
  }
  return undefined;
}

/** The denominators of a model's own price (per tokens, calls, characters, images, time, card hours): a rate's unit is written simplified. */
const TOKEN_OR_CALL_UNIT = /token|次|字|张|图|秒|分钟|小时|卡/i;
/** What a company itself sells, not its model's measure: a subscription or a quote (每月390元, 单个项目300万元), a discount (八五折). */
function soldByCompany(f: Figure): boolean {
  return f.attribute === 'price' && !(f.per && TOKEN_OR_CALL_UNIT.test(f.per.unit));
}

/** A company's model for a figure at `pos`: the last mentioned before it, else (a headline's company) the first after it. */
function companyModel(entities: readonly EntityMention[], pos: number, vendorId: string, launchers?: ReadonlyMap<string, string>, latest = false): { entity: EntityMention; why: string } | undefined {
  // (a model the text says the company launched first: its news is about it, not about the app carrying its brand;
  // unless the sentence points back to a model, 训练这一版本: then the company's model named last)
  if (launchers?.size && !latest) {
    const k = upperBound(entities, pos);
    for (let i = k - 1; i >= Math.max(0, k - 300); i--) {
      const e = entities[i];
      if (e.kind === 'model' && launchers.get(e.entityId) === vendorId) return { entity: e, why: 'model of its company' };
    }
  }
  return modelOf(entities, pos, vendorId, launchers) ?? firstModelOf(entities, pos, vendorId, launchers);
}

/** 月湾智能发布多模态大模型观澜-VL 2.0: a company, a launch verb and a model the knowledge base lacks, in one clause. */
// (a date in brackets before the verb: 深度求索今（27）日開源…)
// (and after a comma, the company named as its clause's subject: 鼎碩數位，去年9月推出地端大型語言模型Orchid)
const LAUNCHED_BETWEEN = /^(?:[，,]\s*)?[^，,。；;！？!?\n]{0,8}?(?:正式|今日|近日|日前|首次|全新)?(?:发布|發布|发表|發表|推出|开源|開源|上线|上線|亮相)(?:了)?[^，,。；;！？!?\n]{0,16}$/;
const launchers = new WeakMap<SettleInput, Map<string, string>>();

/** The models the text says a company launched, by id: the company's (read once per settlement). */
function launchersOf(input: SettleInput): ReadonlyMap<string, string> {
  let found = launchers.get(input);
  if (found) return found;
  found = new Map();
  const { entities, text } = input;
  for (let i = 1; i < entities.length; i++) {
    const m = entities[i];
    // (a known family's new version too: 深度求索開源新一代模型DeepSeek-V3.5, its news rather than the versions before it)
    if (m.kind !== 'model' || (m.vendorId && m.via === 'knowledge') || found.has(m.entityId)) continue;
    for (let k = i - 1; k >= 0 && m.start - entities[k].end <= 24; k--) {
      const v = entities[k];
      if (v.kind === 'vendor' && (!m.vendorId || m.vendorId === v.entityId) && LAUNCHED_BETWEEN.test(text.slice(v.end, m.start))) { found.set(m.entityId, v.entityId); break; }
    }
  }
  // 衡元大模型2.5 of 衡元智能: a model the knowledge base lacks, named with its company's name first, is that company's
  const vendors = new Map<string, string>();
  for (const e of entities) {
    if (e.kind !== 'vendor') continue;
    for (const name of [text.slice(e.start, e.end), e.canonical]) {
      const short = name.replace(COMPANY_NAME_TAIL, '');
      for (const n of [name, short]) if (n.length >= 2 && /[\u4e00-\u9fff]/.test(n) && !vendors.has(n)) vendors.set(n, e.entityId);
    }
  }
  if (vendors.size) for (const m of entities) {
    if (m.kind !== 'model' || m.vendorId || found.has(m.entityId)) continue;
    for (const [name, vendorId] of vendors) if (m.canonical.startsWith(name) && m.canonical.length > name.length) { found.set(m.entityId, vendorId); break; }
  }
  launchers.set(input, found);
  return found;
}
/** What a company's name ends with that its short name leaves out (衡元智能 → 衡元). */
const COMPANY_NAME_TAIL = /(?:智能科技|人工智能|智能|科技|AI)$/;

/** The first model of a company mentioned after `pos` (a headline's company, whose model the story names below). */
function firstModelOf(entities: readonly EntityMention[], pos: number, vendorId: string, launchers?: ReadonlyMap<string, string>): { entity: EntityMention; why: string } | undefined {
  const own = companysModel(entities, vendorId, launchers);
  for (let i = upperBound(entities, pos); i < entities.length; i++) if (own(entities[i])) return { entity: entities[i], why: 'model of its company' };
  return undefined;
}

/**
 * Whether a mention is a model of the company: made by it, or (one the knowledge base lacks) launched by it in the text
 * (月湾智能发布多模态大模型观澜-VL 2.0) or carrying its brand (青梧-Pro of 青梧科技).
 */
function companysModel(entities: readonly EntityMention[], vendorId: string, launchers?: ReadonlyMap<string, string>): (e: EntityMention) => boolean {
  let brands: string[] | undefined;
  return (e) => {
    if (e.kind !== 'model') return false;
    if (e.vendorId) return e.vendorId === vendorId;
    if (launchers?.get(e.entityId) === vendorId) return true;
    if (e.via !== 'pattern') return false;
    if (!brands) {
      const company = entities.find((x) => x.entityId === vendorId);
      brands = company ? brandsOf(company) : [];
      // (and the stem of a model the text says it launched: LanSeq-2.5 after 澜序发布第一个模型LanSeq-1)
      if (launchers) for (const stem of launchedStems(entities, launchers).get(vendorId) ?? []) if (!brands.includes(stem)) brands.push(stem);
    }
    return carriesBrand(e, brands);
  };
}

const stemsByLaunchers = new WeakMap<ReadonlyMap<string, string>, Map<string, string[]>>();
/** The Latin stems of the models each company launched (lanseq of LanSeq-1), by company id; read once per document. */
function launchedStems(entities: readonly EntityMention[], launchers: ReadonlyMap<string, string>): Map<string, string[]> {
  let stems = stemsByLaunchers.get(launchers);
  if (stems) return stems;
  stems = new Map();
  const canonical = new Map<string, string>();
  for (const e of entities) if (launchers.has(e.entityId) && !canonical.has(e.entityId)) canonical.set(e.entityId, e.canonical);
  for (const [id, by] of launchers) {
    const stem = /^[A-Za-z]{3,}(?=[-\s]?\d)/.exec(canonical.get(id) ?? '')?.[0].toLowerCase();
    if (stem) stems.set(by, [...(stems.get(by) ?? []), stem]);
  }
  stemsByLaunchers.set(launchers, stems);
  return stems;
}

/** A company's short forms and brand (青梧, 青梧- of 青梧科技), simplified and in lower case. */
function brandsOf(company: EntityMention): string[] {
  return documentNameSpellings(company.canonical, 'vendor').slice(1).map((b) => toSimplified(b).toLowerCase());
}

/** Whether a model's name begins with one of a company's brands. */
function carriesBrand(model: EntityMention, brands: readonly string[]): boolean {
  const name = toSimplified(model.canonical).toLowerCase();
  return brands.some((b) => name.startsWith(b));
}

/** 前者 / 后者 at the start of a paragraph: the last thing named of a wanted kind before it, and the one of its kind before that. */
function pairOf(entities: readonly EntityMention[], pos: number, which: 'former' | 'latter', want: readonly EntityKind[]): { entity: EntityMention; why: string } | undefined {
  const k = upperBound(entities, pos);
  let latter: EntityMention | undefined;
  for (let i = k - 1; i >= Math.max(0, k - 300); i--) {
    const e = entities[i];
    if (e.end > pos) continue;
    if (!latter) { if (want.includes(e.kind)) latter = e; continue; }
    if (e.kind === latter.kind && e.entityId !== latter.entityId) return { entity: which === 'latter' ? latter : e, why: `coreference ${which === 'latter' ? '后者' : '前者'}` };
  }
  return undefined;
}

/**
 * 三家首字延迟分别是0.42秒、0.83秒和0.65秒: the k-th name of the last list of exactly n names written before `pos`
 * (A、B和C, a title's A vs B vs C, a table's header row | A | B | C |).
 */
function listedBefore(text: string, entities: readonly EntityMention[], pos: number, n: number, k: number): { entity: EntityMention; why: string } | undefined {
  const joined = (a: EntityMention, b: EntityMention) => NAMES_LISTED_BETWEEN.test(text.slice(a.end, b.start));
  const last = upperBound(entities, pos) - 1;
  for (let i = last; i >= n - 1 && i > last - 300; i--) {
    if (entities[i].end > pos) continue;
    const run = entities.slice(i - n + 1, i + 1);
    if (new Set(run.map((e) => e.entityId)).size !== n || !run.every((e, j) => j === 0 || joined(run[j - 1], e))) continue;
    // (a list of exactly as many: no name joined on either side)
    if ((i - n >= 0 && joined(entities[i - n], run[0])) || (i < last && entities[i + 1].end <= pos && joined(run[n - 1], entities[i + 1]))) continue;
    return { entity: run[k], why: `respectively list of ${n}` };
  }
  return undefined;
}
/** Between two names of one list: 、 和 与, vs, or a table's bar. */
const NAMES_LISTED_BETWEEN = /^\s*(?:[、,，和及与與|｜]|以及|[Vv][Ss]\.?|对比|對比)\s*$/;

/** The last computing facility (…智算中心, …数据中心) the document named before `pos`. */
function facilityBefore(entities: readonly EntityMention[], pos: number): { entity: EntityMention; why: string } | undefined {
  for (let i = upperBound(entities, pos) - 1; i >= 0; i--) {
    const e = entities[i];
    if (e.kind !== 'model' && /中心$/.test(e.canonical)) return { entity: e, why: 'coreference facility' };
  }
  return undefined;
}

/** Air版, Turbo版 at the start of a paragraph: the last model named before whose name ends with the word. */
function variantOf(entities: readonly EntityMention[], pos: number, word: string): { entity: EntityMention; why: string } | undefined {
  const ends = new RegExp(`[-_ .]${word}$`, 'i');
  const k = upperBound(entities, pos);
  for (let i = k - 1; i >= Math.max(0, k - 300); i--) {
    const e = entities[i];
    if (e.end <= pos && e.kind === 'model' && ends.test(e.canonical)) return { entity: e, why: `variant ${word}` };
  }
  return undefined;
}

/** A bare 公司 (not 该公司, which names one just mentioned). */
const BARE_COMPANY = /^(公司|本公司|集团|本集团)$/;

/** Pronouns that refer to something near: 其, 它 (not 该模型, 该公司, which name what they refer to). */
const SHORT_PRONOUN = /^(其|它)/;

/** The last mention of a wanted kind before `pos`, most wanted kind first. */
/** A reference to a whole series of models (全系列, 整个系列, 该系列). */
const SERIES_REFERENCE = /^(?:整个系列|全系列|该系列|这一系列|此系列)$/;
function antecedent(entities: readonly EntityMention[], pos: number, want: readonly EntityKind[], cue: string, familyOf?: (id: string) => string | undefined, parentOf?: (id: string) => string | undefined, text?: string,
  sidelined?: ReadonlySet<number>): { entity: EntityMention; why: string } | undefined {
  const k = upperBound(entities, pos);
  // 集团 is the whole group: a business unit named since (云智能集团) is passed over when its company was named before it
  let units: Set<string> | undefined;
  if (cue === '集团' && parentOf) {
    for (let i = k - 1; i >= 0; i--) {
      const parent = entities[i].kind === 'vendor' ? parentOf(entities[i].entityId) : undefined;
      if (parent && (firstMention(entities).get(parent) ?? Infinity) < i) (units ??= new Set()).add(entities[i].entityId);
      if (k - i > 300) break;
    }
    // (and so is a group of the company's the knowledge base does not know, 淘天集团, when the text spoke of the
    // company as 阿里巴巴集团 first: the first group named is the whole)
    if (text) {
      const endsInGroup = (e: EntityMention) => /[集][团團]$/.test(text.slice(e.start, e.end)) || /^[集][团團]/.test(text.slice(e.end, e.end + 2));
      let whole: EntityMention | undefined;
      for (let i = 0; i < k && !whole; i++) if (entities[i].kind === 'vendor' && endsInGroup(entities[i])) whole = entities[i];
      if (whole) for (let i = k - 1; i >= Math.max(0, k - 300); i--) {
        const e = entities[i];
        if (e.kind === 'vendor' && e.entityId !== whole.entityId && e.start > whole.start && endsInGroup(e)) (units ??= new Set()).add(e.entityId);
      }
    }
  }
  // 全系列模型 opening a paragraph of its own: the series named before (发布 QingLan-2 系列模型，包括…), not its last model
  // (of several series named, 发布QingLan-2系列 … 开源QingLan-1系列, the one the text speaks of most)
  if (text && SERIES_REFERENCE.test(cue)) {
    const mentions = new Map<string, number>();
    let best: EntityMention | undefined;
    // (counted on both sides: the text goes on about the series it means)
    for (let i = Math.max(0, k - 300); i < Math.min(entities.length, k + 300); i++) {
      const e = entities[i];
      if (e.kind === 'model') mentions.set(e.entityId, (mentions.get(e.entityId) ?? 0) + 1);
    }
    for (let i = k - 1; i >= Math.max(0, k - 300); i--) {
      const e = entities[i];
      if (e.kind === 'model' && e.end <= pos && SERIES_AFTER.test(text.slice(e.end, e.end + 8)) && (!best || mentions.get(e.entityId)! > mentions.get(best.entityId)!)) best = e;
    }
    if (best) return { entity: best, why: `coreference ${cue}` };
  }
  for (let i = k - 1; i >= 0; i--) {
    const e = entities[i];
    if (!want.includes(e.kind) || e.end > pos || units?.has(e.entityId)) continue;
    // (one its own paragraph named only as a base, an investor or a counted member: 是GPT-4o的32倍、Claude 3.5 Sonnet的20倍)
    if (sidelined?.has(e.start)) continue;
    // an investor of a round told before (由红杉领投, 美团跟投) is not the company 公司 refers to
    if (e.kind === 'vendor' && text && investorAt(text, entities, i)) continue;
    // what a sentence compares with (相较上一代X，新模型…) is not what 新模型 refers to
    // (read before the names that qualify it: 超过了阿里云通义千问Qwen2.5-72B)
    if (text) {
      const from = qualifiedStart(text, entities, i);
      if (comparedWith(toSimplified(text.slice(Math.max(0, from - 14), from)), toSimplified(text.slice(e.end, e.end + 8)))) continue;
    }
    // nor what another model is built on (Step-3.5延续了DeepSeek-V3验证过的路线)
    if (e.kind === 'model' && text && builtOn(toSimplified(text.slice(Math.max(0, e.start - 8), e.start)))) continue;
    // nor one given as an example of a class (跟月之暗面、MiniMax等公司一样): 公司 speaks of one company
    if (e.kind === 'vendor' && text && exampleOfClass(text, entities, i)) continue;
    // nor one held up as a model (做下一个OpenAI)
    if (e.kind === 'vendor' && text && heldUpBefore(toSimplified(text.slice(Math.max(0, e.start - 8), e.start)))) continue;
    // a family named loosely (混元大模型) after one of its models (混元Large): 这款模型 is that model
    if (e.kind === 'model' && familyOf) {
      // (a few hundred mentions back at most: a huge document stays linear)
      for (let j = i - 1; j >= Math.max(0, i - 300); j--) if (entities[j].kind === 'model' && familyOf(entities[j].entityId) === e.entityId && !sidelined?.has(entities[j].start)) return { entity: entities[j], why: `coreference ${cue}` };
    }
    return { entity: e, why: `coreference ${cue}` };
  }
  return undefined;
}

/** Whether the i-th mention is named as an investor in its sentence. */
function investorAt(text: string, entities: readonly EntityMention[], i: number): boolean {
  const e = entities[i];
  const { start, end } = sentenceAround(text, e.start, e.end, 200, FULL_STOPS);
  if (!/[投股資资]/.test(text.slice(start, end))) return false;
  const sentence = toSimplified(text.slice(start, end));
  const inSentence = mentionsIn(entities, start, end).map((x) => ({ ...x, start: x.start - start, end: x.end - start }));
  const own = inSentence.find((x) => x.start === e.start - start && x.end === e.end - start);
  return !!own && namedAsInvestor(sentence, { start: 0, end: sentence.length }, inSentence, own);
}

/** Where each entity is first mentioned (index into the mentions), computed once per document. */
const firstMentions = new WeakMap<readonly EntityMention[], Map<string, number>>();
function firstMention(entities: readonly EntityMention[]): Map<string, number> {
  let m = firstMentions.get(entities);
  if (!m) {
    m = new Map();
    for (let i = 0; i < entities.length; i++) if (!m.has(entities[i].entityId)) m.set(entities[i].entityId, i);
    firstMentions.set(entities, m);
  }
  return m;
}

/**
 * The one company the figures of the paragraph right before `lineStart` (not before `floor`, a heading's end) were
 * decided to be about in their own words (not from a topic), if they were all about one.
 */
function companyOfParagraphBefore(input: SettleInput, lineStart: number, floor: number): EntityMention | undefined {
  const { text, figures, entities } = input;
  let end = lineStart;
  while (end > floor && /\s/.test(text[end - 1])) end--;
  if (end <= floor) return undefined;
  // the paragraph: back to a blank line (a list's items are one paragraph)
  const blank = text.lastIndexOf('\n\n', end - 1);
  const start = Math.max(floor, blank < 0 ? 0 : blank + 2);
  let company: string | undefined;
  // (figures are in text order: a binary search finds the paragraph's first, so a long document is not read again for each)
  for (let k = upperBound(figures, start); k < figures.length && figures[k].start < end; k++) {
    const g = figures[k];
    if (!g.subjectId || !g.why?.subject || TOPIC_WHYS.test(g.why.subject)) continue;
    if (!g.subjectId.startsWith('vendor:') || (company && company !== g.subjectId)) return undefined;
    company = g.subjectId;
  }
  if (!company) return undefined;
  for (let k = upperBound(entities, end) - 1; k >= 0; k--) if (entities[k].entityId === company && entities[k].end <= end) return entities[k];
  return undefined;
}

/** Index of the first mention starting at or after pos. */
function upperBound(entities: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0, hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The company the innermost heading above names (not the document's title), of the sections open at a place. */
function sectionCompany(text: string, entities: readonly EntityMention[], sections: readonly Section[], firstWritten: number): EntityMention | undefined {
  for (let k = sections.length - 1; k >= 0; k--) {
    const s = sections[k];
    if (s.headingStart <= firstWritten) return undefined;
    // (a question set as a heading, 问题7：请问公司与阿里云是否有合作？, names whom it asks about, not whose section it is)
    if (/[？?]\s*$/.test(text.slice(s.headingStart, s.headingEnd))) continue;
    // (nor one it names as an investor: ■ 騰訊等7名基石合共認購2.8億美元)
    // (nor where its founder once worked: ■ 創辦人張文曾任商湯總裁)
    // (nor one a later clause names: 二、客户高度集中，字节跳动一家贡献近四成 is about whose customers they are)
    const company = mentionsIn(entities, s.headingStart, s.headingEnd).find((e) => e.kind === 'vendor' && !INVESTED_AFTER.test(text.slice(e.end, s.headingEnd)) &&
      !formerPlace(text.slice(s.headingStart, e.start)) && !/[，,；;]/.test(text.slice(s.headingStart, e.start)));
    if (company) return company;
  }
  return undefined;
}


/** The sections around offsets asked for in increasing order, innermost last (one sweep over the sections). */
class HeadingSweep {
  private next = 0;
  private readonly open: Section[] = [];
  constructor(private readonly sections: readonly Section[]) {}
  at(offset: number): readonly Section[] {
    while (this.next < this.sections.length && this.sections[this.next].start <= offset) {
      const s = this.sections[this.next++];
      while (this.open.length && this.open[this.open.length - 1].level >= s.level) this.open.pop();
      this.open.push(s);
    }
    return this.open.filter((s) => s.start <= offset && offset < s.end);
  }
}

/** A supplier's label line (供应商名称：, 中标人：, 第一中标候选人：, 得標廠商：). */
const SUPPLIER_LABEL = /^[\s\d一二三四五六七八九十、.．()（）第]*(?:中标|中標|成交|得標|决标|決標)?(?:[（(](?:中标|中標|成交)[)）])?(?:供应商|供應商|候选人|候選人|人|单位|單位|厂商|廠商)(?:名称|名稱)?\s*[：:]/;
const SUPPLIER_LINE = new RegExp(SUPPLIER_LABEL.source, 'm');
/** A part's heading in a notice: 四、主要标的信息, 【标包二】, ## 标段一. */
const PART_HEADING = /^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|【|#|第[一二三四五六七八九十\d]{1,3}[部标標包])/;
/** A line's label that gives the buyer's figure: a budget, a ceiling price, an estimate of what it will use. */
const BUYER_LABEL = /^[^：:\n]{0,10}(?:预算|預算|限价|限價|控制价|控制價|预估|預估|预计用量|預計用量|采购数量|採購數量)[^：:\n]{0,6}[：:]/;
/** How many lines above a figure its lot's supplier is looked for. */
const LOT_LINES = 8;

/**
 * 第一中标候选人：曙辰信息技术有限公司 / 中标金额：人民币… / 服务单价：…: in a notice, what a lot's lines state after its
 * supplier's label line (the award's amount, its prices, what it delivers) is the supplier's, up to a blank line or a
 * heading (【标包二】, 四、主要标的信息).
 */
function supplierAbove(input: SettleInput, f: Figure): { entity: EntityMention; why: string } | undefined {
  const text = input.text;
  let end = text.lastIndexOf('\n', f.start - 1) + 1;
  // (the buyer's own figures are no one's: 预算金额：…, 最高限价：…, 预估用量：…)
  if (BUYER_LABEL.test(text.slice(end, f.start))) return undefined;
  // (the label line may be a heading itself: a short line)
  for (let k = 0; k < LOT_LINES && end > 0; k++) {
    const from = text.lastIndexOf('\n', end - 2) + 1;
    const line = text.slice(from, end);
    const label = SUPPLIER_LABEL.exec(line);
    if (label) {
      const entity = input.entities.find((e) => e.kind === 'vendor' && e.start >= from + label[0].length && e.end <= end);
      return entity && { entity, why: 'supplier above' };
    }
    // (not over a part's heading: 四、主要标的信息 lists what was bought, not what the supplier states)
    if (!line.trim() || PART_HEADING.test(line)) return undefined;
    end = from;
  }
  return undefined;
}

/** 通义千问Qwen2.5开源全家桶: a family named with one of its models right after it speaks of that model. */
function memberNamedAfter(e: EntityMention | undefined, named: readonly EntityMention[], familyOf?: (id: string) => string | undefined): EntityMention | undefined {
  if (!e || e.kind !== 'model' || !familyOf) return e;
  const next = named.find((n) => n.start >= e.end && n.start - e.end <= 1 && n.kind === 'model');
  return next && familyOf(next.entityId) === e.entityId ? next : e;
}

/** How far before a figure its section's member of the heading's family may be named. */
const MEMBER_REACH = 400;
/**
 * ## 实测：Qwen3 在 H20 上的吞吐 / 我们部署了 Qwen3-235B-A22B…: a section heading's model family is the one member its
 * section names shortly before the figure, when it names only one (a title's model stays: a report on LingShu-2 that
 * names LingShu-2-Chat in passing is still about LingShu-2).
 */
function memberNamedBelow(input: SettleInput, e: EntityMention, from: number, to: number): EntityMention {
  if (e.kind !== 'model' || !input.familyOf) return e;
  let member: EntityMention | undefined;
  // (a member by the knowledge base's family, or by its name: Qwen3-235B-A22B of Qwen3, not Qwen3.5 nor GPT-4o of GPT-4)
  const memberOf = (n: EntityMention) => input.familyOf!(n.entityId) === e.entityId || (n.canonical.startsWith(e.canonical) && /^[-\s_]/.test(n.canonical.slice(e.canonical.length)));
  for (const n of mentionsIn(input.entities, from, to)) {
    if (n.kind !== 'model' || n.entityId === e.entityId || !memberOf(n)) continue;
    if (member && member.entityId !== n.entityId) return e;
    member = n;
  }
  return member ?? e;
}

/** After a name a heading says a model is built on: 为底, 为基础, 为底座. */
const BASE_IN_HEADING = /^\s*(?:为|為|作为|作為)(?:底|基础|基礎|底座|基座|底模)/;
/** A label that opens the writer's own remarks (小编观察：, 编者按：, 点评：, 结语：). */
const REMARKS_LABEL = /^\s*(?:小编|小編|编者|編者|编辑|編輯|記者|记者|本刊)?(?:观察|觀察|按|点评|點評|结语|結語|总结|總結|小结|小結|后记|後記|写在最后|寫在最後)\s*[：:]/;
/** A share's offer price named right before an amount (按發售價中位數35.70港元). */
const SHARE_PRICE_BEFORE = /(?:发售价|發售價|发行价|發行價|招股价|招股價|每股)[^，,。；;\d]{0,8}$/;
/** A column header over the companies that bid (投标人, 中标候选人, 得標廠商); not a bill's 供应商, the provider of what it bills. */
const BIDDER_HEADER = /^\s*(?:\*\*)?(?:投标人|投標人|投标单位|投標單位|投标方|投標方|投标供应商|投標供應商|中标人|中標人|中标候选人|中標候選人|中标供应商|中標供應商|成交供应商|成交供應商|得標廠商|投標廠商|bidders?)(?:名称|名稱)?(?:\*\*)?\s*$/i;
/** What a bid is scored and priced by. */
const BIDDER_ATTRIBUTES = new Set<Attribute>(['price', 'score', 'other']);

/** The company a bid's row names under the bidders' column, when the table has one and the figure stands elsewhere. */
function bidderOf(entities: readonly EntityMention[], place: CellPlace): EntityMention | undefined {
  const cell = cellUnderHeader(place, BIDDER_HEADER);
  return cell ? mentionsIn(entities, cell.start, cell.end).find((e) => e.kind === 'vendor') : undefined;
}

/** The cell of a figure's row under the column whose header matches, when the table has a header row and the figure stands in another column. */
function cellUnderHeader(place: CellPlace, header: RegExp): TableCell | undefined {
  const head = place.table.rows[0];
  if (!head?.header || head === place.row) return undefined;
  const column = head.cells.find((c) => header.test(c.text))?.column;
  if (column === undefined || column === place.cell.column) return undefined;
  return place.row.cells.find((c) => c.column === column);
}

/** A column header that names a column of measures' names (指标, KPI). */
const METRIC_HEADER = /^\s*(?:\*\*)?(?:指标|指標|指标名称|指標名稱|metrics?|KPI|统计项|統計項)(?:\*\*)?\s*$/i;

/** The units of renting computing time (卡时, GPU时, 卡·小时, 小时). */
const RENTED_TIME = /^(?:卡|GPU|张卡|台)?[·・]?(?:时|小时|天|月)$/;
/** A licence sold per seat, account or user (元/席位/年, 元/账号/月, 元/人/月): the seller's price, whoever's model it serves. */
const PER_SEAT = /^(?:席位|账号|人|用户)(?:\/|$)/;

/** What sets a name up as the yardstick (相比上一代, 较, 对比). */
const COMPARED_WITH_BEFORE = /(?:相比|相較|相较|对比|對比|比起|较之|較之|较|較)(?:于|於)?\s*(?:上一代|上代|前代|前一代)?\s*$/;

function topicOf(input: SettleInput, f: Figure, topic: DocumentTopic, sections: readonly Section[], firstWritten: number, company = false, cards = true): { entity: EntityMention; why: string } | undefined {
  // a speaker's 我们 is a company: its service's latency, speed and price too (我们承诺首字延迟低于300毫秒); and
  // what only a company reports (a product line's share of revenue)
  // (a price of computing time, 每卡时6.8元, and a discount, 七五折, are the provider's too: what it rents out is no entity;
  // and a licence per seat, 2,980元/席位/年)
  const usual = input.cues.subjectKinds(f.attribute ?? 'other');
  const rented = (f.attribute === 'price' && f.per && (RENTED_TIME.test(f.per.unit) || PER_SEAT.test(f.per.unit))) || f.why?.attribute?.startsWith('discount');
  // (a share's price, 每股35.70港元, is the company's: not its product's)
  const perShare = f.attribute === 'price' && (f.per?.unit === '股' || SHARE_PRICE_BEFORE.test(input.text.slice(Math.max(0, f.start - 14), f.start)));
  // (computing time's rent is never a model's: 按每GPU小时2美元估算 in a model's review)
  const kinds: readonly EntityKind[] = (f.why?.attribute && COMPANY_METRIC.test(f.why.attribute)) || company || perShare ? ['vendor'] : rented ? [...usual.filter((k) => k !== 'model' || !f.per || input.cues.unitClass(f.per.unit) !== 'computeTime'), 'vendor'] : usual;
  const fits = (e: EntityMention) => kinds.includes(e.kind);
  // the innermost heading above the figure that names an entity it can be about; a section heading that names
  // none of that kind starts a topic of its own (## 行业动态 after ## 百度): an outer heading's entity stops there,
  // only the title's stays
  // (the writer's own remarks after a list's items, 小编观察：…, speak of no item's heading)
  const lineStart = input.text.lastIndexOf('\n', f.start - 1) + 1;
  const card = cards ? cardTitle(input, lineStart, fits) : undefined;
  if (card) return { entity: card, why: 'heading' };
  // 服务内容：讯飞星火大模型V4.0私有化部署… / 主要指标：参数规模不低于千亿…: a label's line goes on from the line above it,
  // when that names one thing of the kind (and a reply from the question above it: 网友：豆包1.5 Pro怎么收费？/ 作者：输入5元…)
  const above = labelledLineAbove(input, lineStart, fits);
  if (above) return { entity: above, why: 'line above' };
  const said = topic.chat ? saidAbove(input, f.start, fits) : undefined;
  if (said) return { entity: said, why: 'chat above' };
  // - **Pivot-2 正式上线**：… /   - 评测：C-Eval 88.7: a nested item goes on from the item it is nested in, which names its thing first
  const parent = parentItemLead(input.text, lineStart);
  if (parent) {
    const named = mentionsIn(input.entities, parent.start, parent.end);
    const best = firstOfKinds(named, kinds);
    if (best) return { entity: best, why: 'list item' };
  }
  // 但现在形势变了： / 👉 11月MAU约1282万: a list's items continue the line that introduces them with a colon
  const intro = introducingLine(input.text, lineStart);
  if (intro) {
    // (not what the introduction measures them against: 相比上一代玄枢-MoE-V1（…），V2主要有以下改进：)
    const named = mentionsIn(input.entities, intro.start, intro.end).filter((e) => !COMPARED_WITH_BEFORE.test(input.text.slice(Math.max(intro.start, e.start - 8), e.start)));
    const best = ownProduct(firstOfKinds(named, kinds), named, kinds);
    if (best) return { entity: best, why: 'list' };
  }
  const around = REMARKS_LABEL.test(input.text.slice(lineStart, f.start)) ? [] : sections.filter((s) => s.headingEnd <= f.start).reverse();
  let reset = false;
  for (const s of around) {
    const title = s.headingStart <= firstWritten;
    if (reset && !title) continue;
    if (title && (topic.made || topic.ranks)) break;
    // (a page's navigation, 京东 > 电脑、办公 > 笔记本, is no heading of what the page says)
    if (PAGE_FURNITURE.test(input.text.slice(s.headingStart, s.headingEnd))) continue;
    // (not what the heading says a model is built on: ## 以Llama 3.1為底，繁中資料續訓…)
    // (nor an investor or a founder's former employer it names: ■ 騰訊等7名基石合共認購…, ■ 創辦人張文曾任商湯總裁)
    const named = mentionsIn(input.entities, s.headingStart, s.headingEnd).filter((e) => (!BASE_IN_HEADING.test(input.text.slice(e.end, e.end + 6)) || !/(?:以|基于|基於)\s*$/.test(input.text.slice(Math.max(s.headingStart, e.start - 3), e.start))) &&
      !INVESTED_AFTER.test(input.text.slice(e.end, s.headingEnd)) && !formerPlace(input.text.slice(s.headingStart, e.start)) && !yardstickIn(input.text, e, s.headingStart));
    const best = memberNamedAfter(ownProduct(firstOfKinds(named, kinds), named, kinds), named, input.familyOf);
    // (a page about one product names its maker in a line of its own, 上海灵答智能科技有限公司: no heading of its measures)
    if (best && topic.reviewed && best.kind === 'vendor' && topic.entities[0] && topic.entities[0].kind !== 'vendor' && (kinds.includes(topic.entities[0].kind) || f.attribute === 'other')) break;
    if (best) return { entity: title ? best : memberNamedBelow(input, best, Math.max(s.headingEnd, f.start - MEMBER_REACH), f.start), why: 'heading' };
    // 3️⃣ DeepSeek（深度求索） heading a review's item: its model the section named (背后的DeepSeek-R1…) for a model's
    // measure, else the company whose name the item goes by for how it fared (综合得分8.7分, 失败率34%)
    const maker = named.length && named.every((e) => e.kind === 'vendor' && e.entityId === named[0].entityId) ? named[0] : undefined;
    // (the first the section names: a later one is more often a base it is compared with, 和DeepSeek-V3同一个底座)
    if (maker && !title) {
      if (FARED_ATTRIBUTES.has(f.attribute ?? 'other')) return { entity: maker, why: 'heading' };
      const own = mentionsIn(input.entities, s.headingEnd, f.start).find((e) => e.vendorId === maker.entityId && kinds.includes(e.kind));
      if (own) return { entity: own, why: HEADING_MAKERS_WHY };
    }
    if (!title) reset = true;
  }
  // the document's topic: a company for whatever it reports (营收, 毛利率, 每股盈余), a model only for model attributes
  // (a product the document is about, its company unnamed, takes the measures a product can have: 算力 of a chip's spec sheet)
  // (and a measure only hardware has — memory, bandwidth, power, process node, efficiency: 144GB, 4.8TB/s, 700W, 5nm, TOPS/W — is the product's)
  const measure = f.attribute === 'other' && (topic.reviewed || hardwareMeasure(input.cues, f.unit));
  // (a review's product or model takes what either can have: a device's benchmark score, a model's price)
  const reviewed = topic.reviewed && (kinds.includes('model') || kinds.includes('product')) ? topic.entities[0] : undefined;
  if (topic.thread && f.attribute === 'other' && !reviewed) return undefined;
  // (a company only counted most often, no title naming it, is the topic only of what a company alone has: its rounds, its revenue)
  const about = topic.dominant && !DOMINANT_ATTRIBUTES.has(f.attribute ?? 'other') ? [] : topic.entities;
  const e = reviewed ?? about.find((x) => fits(x) && (x.kind === 'vendor' || (kinds[0] === x.kind && f.attribute !== 'other'))) ??
    about.find((x) => x.kind === 'product' && fits(x) && (f.attribute !== 'other' || measure) && f.attribute !== 'growth');
  // (a measure whose usual subject is a company, 年增率 of a results table, stays the company's: not its product's the text also discusses)
  const chosen = (f.attribute !== 'other' || measure) && kinds[0] !== 'vendor' ? ownProduct(e, about, kinds) : e;
  if (chosen) return { entity: chosen, why: 'document' };
  // GAAP毛利率72.4%，净利润264.2亿美元 in a piece on two companies: what a company reports, in a paragraph naming no one,
  // goes on from the paragraph before when all that one's figures were one company's
  // (not a count: of products, deals or places, a count is seldom the company's own)
  // (nor the writer's own remarks after a story, 小编观察：…: they speak of the field, not of the company before them)
  // (nor a table's cell: a row is a thing of its own, whatever company the rows above it named)
  if (kinds[0] === 'vendor' && f.attribute !== 'count' && !REMARKS_LABEL.test(input.text.slice(lineStart, f.start)) && !cellAt(input.structure, f.start)) {
    const before = companyOfParagraphBefore(input, lineStart, sections.at(-1)?.headingEnd ?? 0);
    if (before) return { entity: before, why: 'paragraph before' };
  }
  // a model's measure with no model the document is about: the one model its title names, else (an interview with a
  // company about its model: 我们上个月发布了知微-Edge 2.0) the one model of the company the text names
  if (kinds[0] !== 'model') return undefined;
  // the one model a title names (阿里刚开源的Qwen3-Next，我连夜跑了一遍), however seldom the text names it again
  // (launched or tried in the title: not a model the title compares with, 让7B模型逼近GPT-4)
  const titledModels = topic.titled?.filter((x) => x.kind === 'model') ?? [];
  const launched = titledModels.length > 0 && titledModels.every((x) => x.entityId === titledModels[0].entityId) &&
    (TITLE_LAUNCH_BEFORE.test(input.text.slice(Math.max(0, titledModels[0].start - 12), titledModels[0].start)) || TITLE_LAUNCH_AFTER.test(input.text.slice(titledModels[0].end, titledModels[0].end + 6)));
  if (launched) return { entity: titledModels[0], why: 'document' };
  const maker = about.find((x) => x.kind === 'vendor');
  const own = maker && mainModelOfCompany(input, maker);
  return own ? { entity: own, why: 'document' } : undefined;
}

/** What a review says of how an item fared (its score, its accuracy, a plain measure): said of whatever name the item goes by. */
const FARED_ATTRIBUTES = new Set(['score', 'accuracy', 'other']);
/** Words before a name that make it where someone came from (曾任, 来自, 前): a founder's former employer. */
const formerPlace = (before: string) => ORIGIN_BEFORE.test(before) || FORMER_BEFORE.test(before);
/** The word before a partner's name (与谷歌, 和英伟达, 同微软). */
const PARTNER_BEFORE = /(?:与|與|和|同|跟)\s*$/;
/** What a company does with a partner, after the partner's name (签署…协议, 达成合作). */
const PARTNER_DEAL_AFTER = /^[^，,。；;]{0,10}?(?:签署|簽署|签订|簽訂|签约|簽約|达成|達成|合作|结盟|結盟)/;
/** An investor's part right after its name (领投, 跟投, 等7名基石合共認購): the name is who pays, not who raises. */
const INVESTED_AFTER = /^[^，,。；;：:、]{0,10}?(?:认购|認購|基石|领投|領投|跟投|参投|參投|入股|注资|注資|独家投资|獨家投資)/;
/** What names a product's maker right after the product (Echonote的开发商, Kimi背后的公司). */
const MAKER_NOUN_AFTER = /^\s*(?:的|背后的|背後的)\s*(?:开发商|開發商|研发商|研發商|开发公司|開發公司|母公司|运营方|運營方|运营商|運營商|出品方|开发方|開發方|公司)\s*$/;

/** A list item marked with an emoji or a tick, as posts copied from the web mark them (👉, ✅, ✓). */
const EMOJI_ITEM = /^[ \t]*(?:\p{Extended_Pictographic}|[✓✔☑➤])/u;
const isListItem = (line: string) => LIST_ITEM.test(line) || EMOJI_ITEM.test(line);
/** How far back a list's introducing line may stand (characters). */
const LIST_REACH = 2000;

/**
 * The paragraph (or line) that introduces the list the line at `lineStart` is an item of, ending with a colon
 * (…但现在形势变了：), over the list's earlier items and blank lines; none for a line that is no list item.
 */
function introducingLine(text: string, lineStart: number): Range | undefined {
  const lineEnd = text.indexOf('\n', lineStart);
  if (!isListItem(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))) return undefined;
  let end = lineStart - 1;
  while (end > 0 && lineStart - end < LIST_REACH) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() && !isListItem(line)) {
      if (!/[：:]\s*$/.test(line)) return undefined;
      // (the paragraph the line ends: its sentences name what the list is about)
      const paragraph = text.lastIndexOf('\n\n', start);
      return { start: paragraph < 0 ? start : Math.max(paragraph + 2, start - 400), end };
    }
    end = start - 1;
  }
  return undefined;
}

/** A list item's indentation and marker (  - , \t* , 1. ): group 1 is the indentation. */
const INDENTED_ITEM = /^([ \t]*)(?:[-*+•·]|\d{1,2}[.、)）])[ \t]+/;
/** An indentation's width, a tab counted as four spaces. */
const indentWidth = (indent: string) => indent.replace(/\t/g, '    ').length;
/** How many lines above a nested item its parent item may be. */
const PARENT_ITEM_LINES = 12;

/**
 * The lead of the item a nested list item (indented under another) belongs to: from the parent's first word to its
 * first colon or sentence end (- **Pivot-2 正式上线**：…); none for a line that is no nested item.
 */
function parentItemLead(text: string, lineStart: number): Range | undefined {
  const own = INDENTED_ITEM.exec(text.slice(lineStart, lineStart + 16));
  if (!own || !own[1].length) return undefined;
  const depth = indentWidth(own[1]);
  let end = lineStart - 1;
  for (let k = 0; k < PARENT_ITEM_LINES && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    const item = INDENTED_ITEM.exec(line);
    // (a line that is no item, or one as deep as this one or deeper, is a sibling's or its text: look further up)
    if (item && indentWidth(item[1]) < depth) {
      const from = start + item[0].length;
      const stop = line.slice(item[0].length).search(/[：:。；;]/);
      return { start: from, end: stop < 0 ? end : from + stop };
    }
    if (!item && line.trim() && !/^[ \t]/.test(line)) return undefined;
    end = start - 1;
  }
  return undefined;
}

/** A line that opens a breakdown of what it just gave (营收468.1亿美元…拆开看：, 按业务划分：). */
const BREAKDOWN_INTRO = /拆开看|拆開看|拆开来看|拆開來看|拆分|分业务|分業務|按业务|按業務|分板块|分板塊|按板块|按板塊|分部门|分部門|按部门|按部門|分产品线|分產品線|按产品线|按產品線|构成如下|構成如下|分地区|分地區|按地区|按地區|分区域|分區域|按区域|按區域/;

/**
 * The items of a breakdown (拆开看：/ - 数据中心：412.6亿美元 / - 游戏：43.1亿美元) measure what the line introducing them
 * measures, when an item names no measure of its own: the last figure of the introduction a cue decided, of the same
 * kind of unit.
 */
function* breakdownItems(input: SettleInput): Steps<void> {
  const { text, figures, cues } = input;
  if (!BREAKDOWN_INTRO.test(text)) return;
  for (let i = 0; i < figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const f = figures[i];
    if (f.attribute !== 'other' || f.why?.attribute !== 'no cue' || f.per) continue;
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    const intro = introducingLine(text, lineStart);
    if (!intro || !BREAKDOWN_INTRO.test(text.slice(intro.start, intro.end))) continue;
    const cls = cues.unitClass(f.unit);
    for (let j = i - 1; j >= 0 && figures[j].end > intro.start; j--) {
      const g = figures[j];
      if (g.end > intro.end || !g.attribute || g.attribute === 'other' || CHANGE_ATTRIBUTES.has(g.attribute) || cues.unitClass(g.unit) !== cls || g.why?.attribute === 'no cue') continue;
      f.attribute = g.attribute;
      f.why = { ...f.why, attribute: `breakdown of ${g.why?.attribute ?? g.attribute}` };
      break;
    }
  }
}
const CHANGE_ATTRIBUTES = new Set<Attribute>(['growth', 'speedup']);

/** A signed percentage (+6.8%, -3.1%): a change. */
const SIGNED = /^[+＋\-−－]/;
/** The fewest items of a list whose columns are read together. */
const LIST_COLUMN_ITEMS = 3;

/**
 * A ranked list's items (1. 豆包（字节跳动）  1.62亿  +6.8% / 2. DeepSeek  9270万  -3.1%) give their values in columns:
 * a column whose values no cue names measures what one of them measures where the text above states the same value
 * with its measure (豆包8月月活跃用户数达到1.62亿); a signed percentage beside a business's measure is its change.
 */
function* listColumns(input: SettleInput): Steps<void> {
  const { text, figures, cues } = input;
  // the values the text states with a cue of their measure, by value (read once, when a list asks)
  let said: Map<number, Figure[]> | undefined;
  const saidBefore = (f: Figure) => {
    if (!said) {
      said = new Map();
      for (const g of figures) {
        if (!g.attribute || g.attribute === 'other' || g.why?.attribute === 'no cue' || CHANGE_ATTRIBUTES.has(g.attribute)) continue;
        const list = said.get(g.value);
        if (list) list.push(g); else said.set(g.value, [g]);
      }
    }
    return said.get(f.value)?.find((g) => g.end <= f.start && (g.unit === f.unit || !f.unit));
  };
  const readColumns = (rows: readonly number[][]) => {
    const width = Math.min(...rows.map((r) => r.length));
    for (let c = 0; c < width; c++) {
      const column = rows.map((r) => figures[r[c]]);
      const cls = cues.unitClass(column[0].unit);
      if (column.some((f) => cues.unitClass(f.unit) !== cls)) continue;
      const open = column.filter((f) => f.attribute === 'other' && f.why?.attribute === 'no cue' && !f.nonClaim);
      if (!open.length) continue;
      // the measure of one of its values said before the list, with a cue
      const measure = column.map(saidBefore).find(Boolean)?.attribute;
      if (measure) for (const f of open) { f.attribute = measure; f.why = { ...f.why, attribute: 'list column' }; }
    }
    // a signed percentage beside a business's measure in its row is that measure's change
    for (const r of rows) {
      if (!r.some((i) => figures[i].attribute === 'users' || figures[i].attribute === 'revenue')) continue;
      for (const i of r) {
        const f = figures[i];
        if (f.unit === '%' && f.attribute === 'other' && f.why?.attribute === 'no cue' && SIGNED.test(f.text)) { f.attribute = 'growth'; f.why = { ...f.why, attribute: 'list column change' }; }
      }
    }
  };
  // the list items' lines in a run (blank lines between them), each with its figures
  const run: Array<{ start: number; end: number; figures: number[] }> = [];
  const flush = () => {
    if (run.length >= LIST_COLUMN_ITEMS) readColumns(run.map((l) => l.figures));
    run.length = 0;
  };
  let lineStart = -1, lineIsItem = false;
  for (let i = 0; i < figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const start = text.lastIndexOf('\n', figures[i].start - 1) + 1;
    if (start !== lineStart) {
      lineStart = start;
      const found = text.indexOf('\n', start);
      const end = found < 0 ? text.length : found;
      lineIsItem = isListItem(text.slice(start, end));
      const last = run.at(-1);
      if (!lineIsItem || (last && text.slice(last.end, start).trim())) flush();
      if (lineIsItem) run.push({ start, end, figures: [] });
    }
    if (lineIsItem) run.at(-1)!.figures.push(i);
  }
  flush();
}

/**
 * A name alone on the first line of the figure's paragraph (a plan's card on a pricing page: ChatGPT Plus / 20美元/月 /
 * ✓ 上下文窗口 32K): what the lines below it list, as a heading would.
 */
function cardTitle(input: SettleInput, lineStart: number, fits: (e: EntityMention) => boolean): EntityMention | undefined {
  const text = input.text;
  // the paragraph's first line: back to a blank line (a few lines at most)
  let start = lineStart;
  // (模型名称：深流-R2 on a line of the card above the figure's: the card's name, whatever line opens it)
  let labelled: EntityMention | undefined;
  for (let k = 0; k < 12 && start > 0; k++) {
    const previous = text.lastIndexOf('\n', start - 2) + 1;
    // (a rule drawn across, ━━━━ or ----, parts cards as a blank line does)
    if (!text.slice(previous, start - 1).trim() || RULE_LINE.test(text.slice(previous, start - 1))) break;
    start = previous;
    if (!labelled && CARD_NAME_LABEL.test(text.slice(start, start + 8))) labelled = namedAlone(input, start, text.indexOf('\n', start), fits, CARD_NAME_LABEL);
  }
  if (start === lineStart) return undefined;
  const end = text.indexOf('\n', start);
  return namedAlone(input, start, end, fits) ?? labelled ?? firstField(input, start, end, fits) ?? captionedBy(input, start, end, fits) ?? specsOf(input, start, end, fits);
}

/** What a card's first line calls its lines after the name: 一期主要指标, 关键参数, 基本情况. */
const SPECS_TAIL = /\s*(?:[一二三四五六七八九十\d]+期)?\s*(?:的)?(?:主要|关键|關鍵|核心|基本|技术|技術)?(?:指标|指標|参数|參數|数据|數據|规格|規格|信息|資訊|情况|情況|概况|概況|一览|一覽)\s*[：:]?\s*$/;

/** The one entity a card's first line names before what it calls the lines below (北疆智算中心一期主要指标): that line without its tail, named alone. */
function specsOf(input: SettleInput, start: number, end: number, fits: (e: EntityMention) => boolean): EntityMention | undefined {
  const tail = end < 0 ? null : SPECS_TAIL.exec(input.text.slice(start, end));
  return tail ? namedAlone(input, start, start + tail.index, fits) : undefined;
}

/**
 * The one entity (of the kinds that fit) a short first line ending with a colon names: the caption of the lines
 * below it (輝達上一季（FY2025 Q4）財報： over 營收393億美元 / 毛利率約73%).
 */
function captionedBy(input: SettleInput, start: number, end: number, fits: (e: EntityMention) => boolean): EntityMention | undefined {
  if (end < 0 || end - start > 40 || !/[：:]\s*$/.test(input.text.slice(start, end))) return undefined;
  return oneNamed(input, start, end, fits);
}

/** The one entity (of the kinds that fit) [start, end) names, however often. */
function oneNamed(input: SettleInput, start: number, end: number, fits: (e: EntityMention) => boolean): EntityMention | undefined {
  const named = mentionsIn(input.entities, start, end).filter(fits);
  return named.length && named.every((e) => e.entityId === named[0].entityId) ? named[0] : undefined;
}

/** A label opening a line: 主要指标：, 服务内容：, a commenter's name (算力搬砖工（作者）：), a short phrase and a colon. */
const LINE_LABEL = /^[ \t]*[^\s\d：:，。,；;！!？?]{2,12}[：:]/;

/**
 * The one entity (of the kinds that fit) the line right above names, when both lines open with a label and no blank
 * line parts them: the lines of one lot, one card, one record.
 */
function labelledLineAbove(input: SettleInput, lineStart: number, fits: (e: EntityMention) => boolean): EntityMention | undefined {
  const text = input.text;
  if (lineStart < 2 || !LINE_LABEL.test(text.slice(lineStart, lineStart + 10))) return undefined;
  const previous = text.lastIndexOf('\n', lineStart - 2) + 1;
  if (!LINE_LABEL.test(text.slice(previous, previous + 10))) return undefined;
  return oneNamed(input, previous, lineStart - 1, fits);
}

/** The one entity the first of a line's fields names (穹顶机器人|B轮|…领投: a roundup's item, its company first). */
function firstField(input: SettleInput, start: number, end: number, fits: (e: EntityMention) => boolean): EntityMention | undefined {
  const line = input.text.slice(start, end < 0 ? undefined : end);
  const bar = /[^|｜\s]\s*[|｜]/.exec(line);
  return bar ? namedAlone(input, start, start + bar.index + 1, fits) : undefined;
}

/** 模型名称：, 产品名称：, 型号：: a line that names what a card's lines are about. */
const CARD_NAME_LABEL = /^[\s*\-–—|]*(?:模型名称|模型名稱|模型|产品名称|產品名稱|产品|產品|名称|名稱|型号|型號|芯片名称|晶片名稱)\s*[：:]/;

/** The one entity a short line names, with nothing else on it but marks (and a label). */
function namedAlone(input: SettleInput, start: number, end: number, fits: (e: EntityMention) => boolean, label?: RegExp): EntityMention | undefined {
  if (end < 0 || end - start > 40) return undefined;
  const named = mentionsIn(input.entities, start, end);
  if (named.length !== 1 || !fits(named[0])) return undefined;
  const rest = (input.text.slice(start, named[0].start).replace(label ?? /^$/, '')) + input.text.slice(named[0].end, end);
  return CARD_TITLE_FURNITURE.test(rest) ? named[0] : undefined;
}
/** A line drawn across (━━━━━━, ──────, ------, ======). */
const RULE_LINE = /^\s*[━─—–=\-_~·•*＊]{3,}\s*$/;
/** What may stand beside a card's name on its title line: marks, brackets, emoji, a list number and the plan's edition (🟢 1️⃣ X, 📌 1｜X, 🔴 5️⃣ X 专业版). */
const CARD_TITLE_FURNITURE = /^(?:[\s#*>\-–—|｜：:【】\[\]()（）]|\p{Extended_Pictographic}|\uFE0F|\u20E3|\d{1,2}(?=\uFE0F?\u20E3|\s*[.、｜|)）])|[.、](?<=\d[.、])|[①-⑳]|专业版|專業版|高级版|高級版|旗舰版|旗艦版|标准版|標準版|企业版|企業版|个人版|個人版|团队版|團隊版|会员|會員)*$/u;

/** A title's words that launch or try what they name (刚开源的X, 实测X; X正式发布, X来了). */
const TITLE_LAUNCH_BEFORE = /(发布|發布|开源|開源|推出|上线|上線|实测|實測|评测|評測|测评|測評|体验|體驗|上手|首测|首測|新出|刚出|剛出|上新)(了|的)?(?:一下|一把|一波)?[^，,。！？!?：:\s]{0,6}?\s*$/;
const TITLE_LAUNCH_AFTER = /^\s*(正式|发布|發布|开源|開源|上线|上線|来了|來了|登场|登場|实测|實測|评测|評測|测评|測評|体验|體驗|上手|(?:技术|技術)?(?:报告|報告|论文|論文)?(?:精读|精讀|解读|解讀|拆解|笔记|筆記)|(?:技术|技術)(?:报告|報告))/;

const mainModels = new WeakMap<SettleInput, Map<string, EntityMention | undefined>>();

/** mainModelOf, counted once per company and settlement (a long document asks it for many figures). */
function mainModelOfCompany(input: SettleInput, company: EntityMention): EntityMention | undefined {
  let found = mainModels.get(input);
  if (!found) mainModels.set(input, (found = new Map()));
  if (!found.has(company.entityId)) found.set(company.entityId, mainModelOf(company, input.entities, launchersOf(input)));
  return found.get(company.entityId);
}

/** The model the text names most often of a company (none when two are named as often): by the company's id, or named with its brand (知微-Edge of 知微智能). */
function mainModelOf(company: EntityMention, entities: readonly EntityMention[], launchers?: ReadonlyMap<string, string>): EntityMention | undefined {
  const own = companysModel(entities, company.entityId, launchers);
  const counts = new Map<string, { first: EntityMention; n: number }>();
  for (const x of entities) {
    if (!own(x)) continue;
    const c = counts.get(x.entityId);
    if (c) c.n++; else counts.set(x.entityId, { first: x, n: 1 });
  }
  let best: { first: EntityMention; n: number } | undefined, tied = false;
  for (const c of counts.values()) {
    if (!best || c.n > best.n) { best = c; tied = false; } else if (c.n === best.n) tied = true;
  }
  return tied ? undefined : best?.first;
}

/** Units of what only hardware measures: memory and bandwidth, power, a process node, operations (per watt). */
// (a device's battery, screen, refresh rate, clock, weight and size are its own too: 72Wh, 14英寸, 120Hz, 1.2kg)
const HARDWARE_UNITS = new Set(['核', '線程', '线程', 'W', 'w', 'kW', 'KW', '瓦', '千瓦', 'nm', '纳米', '納米', '奈米', 'Wh', 'mAh', '英寸', 'Hz', 'GHz', 'MHz', '尼特', 'kg', 'g', 'mm']);
function hardwareMeasure(cues: CueIndex, unit: string): boolean {
  return HARDWARE_UNITS.has(unit) || cues.unitClass(unit) === 'bytes' || cues.unitClass(unit) === 'flops' || cues.unitClass(unit) === 'flopsAmount';
}

/**
 * A company named together with its own product or model (沐曦发布曦云C600): a measure that fits the
 * product (算力, 吞吐, 价格) is the product's, the one the text is specific about; the company keeps what only it has.
 */
function ownProduct(chosen: EntityMention | undefined, named: readonly EntityMention[], kinds: readonly EntityKind[]): EntityMention | undefined {
  if (chosen?.kind !== 'vendor' || kinds.length === 1) return chosen;
  return named.find((x) => x.kind !== 'vendor' && x.vendorId === chosen.entityId && kinds.includes(x.kind)) ?? chosen;
}

/**
 * The figures whose subject an earlier sentence of their paragraph gave, their own sentence (up to a full stop or a line's
 * end, not a semicolon: …营业收入5.82亿元；净利润为1.86亿元) naming it nowhere: 实际训练周期约20天 after a sentence on
 * Llama 3's run. A guess too weak to accuse another figure (`StatusInput.carried`).
 */
export function carriedAcrossSentences(text: string, figures: readonly Figure[], entities: readonly EntityMention[]): Set<number> {
  const out = new Set<number>();
  figures.forEach((f, i) => {
    if (f.why?.subject !== 'paragraph' || !f.subjectId) return;
    const s = sentenceAround(text, f.start, f.end, CARRY_SENTENCE_REACH, FULL_STOPS);
    if (!mentionsIn(entities, s.start, s.end).some((e) => e.entityId === f.subjectId)) out.add(i);
  });
  return out;
}
/** How far carriedAcrossSentences reads a figure's sentence on either side (characters). */
const CARRY_SENTENCE_REACH = 400;

/** The mentions inside [start, end). */
function mentionsIn(entities: readonly EntityMention[], start: number, end: number): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = upperBound(entities, start); i < entities.length && entities[i].start < end; i++) if (entities[i].end <= end) out.push(entities[i]);
  return out;
}

/**
 * 主持人：团队多大？ / 周宁：一百五十人左右: a figure of an answer that names no measure of its own measures what
 * the question right before it asked about (the question read as a table's header is).
 */
function* answerCues(input: SettleInput, pending: Map<number, PendingSubject>): Steps<void> {
  const { figures, text, cues } = input;
  if (!text.includes('？') && !text.includes('?')) return;
  let lineOf = -1, question: string | null = null, asked: string | null = null;
  for (let i = 0; i < figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const f = figures[i];
    const measureless = f.attribute === 'other' && !f.per && (f.why?.attribute === 'no cue' || !!f.why?.attribute?.startsWith('unit '));
    // (a subject the answer's own words did not give: the document's, the paragraph's)
    const subjectless = f.why?.subject === 'document' || f.why?.subject === 'topic';
    if (!measureless && !subjectless) continue;
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    if (lineStart !== lineOf) {
      lineOf = lineStart;
      asked = question = questionBefore(text, lineStart);
      // (a question about two things, 研发投入和人员情况？, does not say which one a figure is)
      if (question && question.split(/和|与|與|及|、|，|,/).filter((part) => cues.hits(normalize(part).text).length).length > 1) question = null;
    }
    // 阿飞：它的训练数据呢？ / 小林：超过15万亿tokens: an answer that names no one is about what the question refers to
    const reference = subjectless && asked ? QUESTION_REFERENCE.exec(asked) : null;
    if (reference) {
      const at = text.lastIndexOf(asked!, lineStart);
      const found = at >= 0 ? antecedent(input.entities, at, ['model'], reference[0], input.familyOf, input.parentOf, text) : undefined;
      if (found) { f.subjectId = found.entity.entityId; f.why = { ...f.why, subject: `coreference ${reference[0]}` }; pending.delete(i); }
    }
    // 阶跃的 step-1-256k 怎么没列？ / 太贵了，输入 38 元/百万tokens: an answer that names no one is about the one model the question names
    // (an answer: the author's reply in a thread, or an interview's 答; not the next comment of another reader)
    const answering = subjectless && asked && !reference && (REPLY_LABEL.test(text.slice(lineStart, lineStart + 40)) || QUESTION_LABEL.test(asked));
    const at = answering ? text.lastIndexOf(asked!, lineStart) : -1;
    // (the one model it names, else, naming none, the one product)
    const askedAbout = at < 0 ? undefined : oneNamed(input, at, at + asked!.length, (e) => e.kind === 'model') ??
      (mentionsIn(input.entities, at, at + asked!.length).some((e) => e.kind === 'model') ? undefined : oneNamed(input, at, at + asked!.length, (e) => e.kind === 'product'));
    if (askedAbout) { f.subjectId = askedAbout.entityId; f.why = { ...f.why, subject: 'question' }; pending.delete(i); }
    // 好，价格！官方原价多少？五千六百九十九。: a question right before the answer on its own line
    const asking = measureless ? question ?? questionJustBefore(text, lineStart, f.start) : null;
    if (!asking) continue;
    const decided = headerAttribute(cues, asking, f);
    if (!decided || decided.attribute === 'other') continue;
    f.attribute = decided.attribute;
    f.why = { ...f.why, attribute: `question ${decided.cue}` };
  }
}

/** A line that opens as an answer: the author's (楼主, 作者) or an interview's (答：, A：). */
const REPLY_LABEL = /^[>\s]*(?:\*\*)?(?:[^：:\n]{0,20}?(?:[（(](?:作者|楼主|樓主|题主|題主)[)）]|作者|楼主|樓主|题主|題主)|答|A)(?:\*\*)?\s*[：:]/;
/** A line that opens as an interview's question (问：, Q：, 记者：). */
const QUESTION_LABEL = /^[>\s]*(?:\*\*)?(?:问|問|Q|提问|提問|记者|記者)(?:\*\*)?\s*[：:]/;

/** A model referred to in a question (它的…呢？, 这个模型的…？). */
const QUESTION_REFERENCE = /它|该模型|這個模型|这个模型|這款模型|这款模型|該模型/;

/** A short question ending right before `at` on its line (…多少？五千六百九十九), when only a few words come between. */
function questionJustBefore(text: string, lineStart: number, at: number): string | null {
  const line = text.slice(lineStart, at);
  const mark = Math.max(line.lastIndexOf('？'), line.lastIndexOf('?'));
  if (mark < 0 || at - (lineStart + mark + 1) > 4 || /[。！!；;]/.test(line.slice(mark + 1))) return null;
  const opened = Math.max(line.lastIndexOf('。', mark), line.lastIndexOf('！', mark), line.lastIndexOf('!', mark), line.lastIndexOf('：', mark), line.lastIndexOf(':', mark));
  const question = line.slice(opened + 1, mark + 1);
  return question.length <= 30 ? question : null;
}

/** The first mention of the kind the attribute is most about, then of the next (a row's model before the platform
 *  that sells it: | 百度智能云千帆 | ERNIE 4.0 Turbo | 20 |). */
function firstOfKinds(mentions: readonly EntityMention[], kinds: readonly EntityKind[]): EntityMention | undefined {
  for (const kind of kinds) {
    const found = mentions.find((e) => e.kind === kind);
    if (found) return found;
  }
  return undefined;
}

const UNIT_PRICE_HEADER = /单价|單價/;
/** How many figures on either side of a cell's may stand in its row. */
const ROW_REACH = 16;
/** What a row may count that a unit price is per: 台, 套, 项, 个, 张, 月 (not a share or a sum). */
const COUNTED_UNIT = /^(?:台|套|项|項|个|個|张|張|件|部|块|塊|片|颗|顆|月|年|天|人|次)$/;

/** The mention of the row the nearest figure before `i` in the same table row was decided to be about. */
function sameRowSubject(figures: readonly Figure[], i: number, row: { start: number; end: number }, inRow: readonly EntityMention[]): EntityMention | undefined {
  for (let k = i - 1; k >= 0 && figures[k].start >= row.start; k--) {
    const id = figures[k].subjectId;
    if (figures[k].attribute !== 'growth' && id) return inRow.find((e) => e.entityId === id);
  }
  return undefined;
}

/**
 * The header of the row a breakdown row belongs to: a row whose label opens with 其中 or is indented
 * more than the rows above belongs to the nearest row above it that is neither.
 */
function totalRowHeader(text: string, table: Table, row: TableRow): TableCell | undefined {
  const indent = (r: TableRow) => (r.cells[0] ? r.cells[0].start - (text.lastIndexOf('\n', r.cells[0].start - 1) + 1) : 0);
  const breakdown = (r: TableRow) => BREAKDOWN_LABEL.test(r.cells[0]?.text ?? '');
  const own = indent(row);
  // (every row of a pipe table is indented alike: a row is a breakdown by its place when indented beyond the table's least)
  let least = leastIndents.get(table);
  if (least === undefined) {
    // (a loop, not Math.min(...rows): a huge document's table may have more rows than a call takes arguments)
    least = Infinity;
    for (const r of table.rows) if (!r.header) least = Math.min(least, indent(r));
    leastIndents.set(table, least);
  }
  if (!breakdown(row) && own <= least) return undefined;
  for (let k = table.rows.indexOf(row) - 1; k >= 0 && !table.rows[k].header; k--) {
    const above = table.rows[k];
    if (!breakdown(above) && indent(above) < own + (breakdown(row) ? 1 : 0)) return above.cells[0];
  }
  return undefined;
}
const leastIndents = new WeakMap<Table, number>();
const BREAKDOWN_LABEL = /^\s*(?:其中|其中：|其中:|含：|含:)/;

/** The question on the line before `lineStart` (blank lines between), when it is a short one. */
function questionBefore(text: string, lineStart: number): string | null {
  let end = lineStart - 1;
  // (a quoted thread's empty quote lines between: > 问？ / > / > 答)
  while (end > 0 && /[\s>]/.test(text[end - 1])) end--;
  if (end <= 0 || !/[？?]/.test(text[end - 1])) return null;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  return end - start <= 60 ? text.slice(start, end) : null;
}

/** The header of a column of parts of a business (业务分部, 產品線, 地区, segment): its rows are parts of the whole. */
const PARTS_HEADER = /业务|業務|分部|板块|板塊|产品线|產品線|地区|地區|区域|區域|segment|Segment/;
/** A row that sums the parts (合计, 總計, Total). */
const TOTAL_LABEL = /^\s*(?:合计|合計|总计|總計|总额|總額|总收入|總收入|收入总额|收入總額|小计|小計|共计|共計|total|Total|TOTAL)/;

/**
 * Figures in table cells: the row header (the row's first cell) names the subject when it names
 * an entity, else the column header does (a table with models as columns); the column header
 * (else the row header) names the attribute when a cue word in it fits the figure's unit.
 */
function* readTables(input: SettleInput, pending: Map<number, PendingSubject>): Steps<void> {
  const { figures, entities, cues, structure } = input;
  const captions = new Map<object, string | null>();
  const headerTimes = new Map<object, string | null>();
  // each table's header row, normalised once: the words its conditional cues may need
  const headerRows = new Map<object, string | undefined>();
  // and, for a row's label, with the other rows' labels and the heading above
  const rowContexts = new Map<object, string>();
  const captioned = new Map<object, EntityMention[]>();
  // tables with a column of scores, and the figures no header or caption decided for
  const scored = new Map<object, Set<object>>();
  const undecided: Array<{ f: Figure; table: object; header: { start: number; end: number; text: string }; column: number }> = [];
  // the columns where a row's label says its sums are a revenue (| 總營收 | 300.4 億美元 |), by table
  const revenueColumns = new Map<object, Set<number>>();
  for (let i = 0; i < figures.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const f = figures[i];
    const place = cellAt(structure, f.start);
    if (!place || f.end > place.cell.end + 1) continue;
    const rowHeader = place.rowHeader && place.rowHeader !== place.cell ? place.rowHeader : undefined;
    // | 分部 | 2022年 | 2023年 |: a column (or a row) headed by a year holds that year's figures (each header read once)
    if (!f.scope) {
      const time = headerTime(input.text, place.columnHeader, headerTimes) ?? headerTime(input.text, rowHeader, headerTimes);
      if (time) f.scope = time;
    }
    // a cue word in the figure's own cell before it decides before the headers (参数量 | 671B（激活37B）: 37B is activated)
    const ownCue = cellCue(cues, input.text.slice(place.cell.start, f.end), f);
    if (ownCue) {
      f.attribute = ownCue.attribute;
      f.why = { ...f.why, attribute: ownCue.cue };
      // (and the words that narrow it there: 数据减至5000条 is a setting of an experiment)
      if (ownCue.facet) f.facet = ownCue.facet;
    }
    // the attribute: a cue in the column header, else in the row header; a benchmark's name there makes it a score
    let benchmarkHeader: typeof rowHeader;
    let decidedByHeader = false;
    let headerCue: string | undefined;
    // (a breakdown row, 其中：基础层 or a line indented under its total, measures what its total's row names)
    const totalRow = rowHeader ? totalRowHeader(input.text, place.table, place.row) : undefined;
    // (a header of several lines names a column's measure on a later line too: | | 2025年 | 同比變動 | under the period)
    const headers: Array<readonly [typeof rowHeader, 'column' | 'row']> = [[place.columnHeader, 'column']];
    for (const sub of place.subHeaders ?? []) headers.push([sub, 'column']);
    // (| 产品 | 指标 | 本周数值 |: a column of measures' names says what each row's figures measure, | 豆包 | DAU | 4100万 |)
    headers.push([cellUnderHeader(place, METRIC_HEADER), 'row'], [rowHeader, 'row'], [totalRow, 'row']);
    for (const [header, which] of headers) {
      if (!header?.text || ownCue) continue;
      if (!headerRows.has(place.table)) {
        const first = place.table.rows[0];
        headerRows.set(place.table, first?.header ? normalize(input.text.slice(first.start, first.end)).text : undefined);
      }
      // (a row's label, in a table of labels and values, also has the other rows' labels and the heading above
      // for the words its conditional cues need: 估算成本 below 训练硬件, 训练时长 is a training cost)
      if (which === 'row' && !rowContexts.has(place.table)) {
        const labels = [headingAbove(input.text, place.table.start), ...place.table.rows.map((r) => r.cells[0]?.text ?? '')].map((t) => normalize(t).text);
        rowContexts.set(place.table, [headerRows.get(place.table), ...labels].filter(Boolean).join('\n'));
      }
      let decided = headerAttribute(cues, header.text, f, which === 'row' ? rowContexts.get(place.table) : headerRows.get(place.table));
      // (a sum of money in a table its caption says is a revenue, 按業務線劃分的收入明細, is that: a row naming a business
      // line, 模型API及訂閱服務, names no price; a row naming a measure, 毛利, still says what its sums are)
      if (decided?.attribute === 'price' && which === 'row' && isCurrency(f.unit) && moneyCaption(input.text, place.table, captions, cues, f)) decided = undefined;
      // (a row headed by a name and nothing else, | 华为昇腾 |, says who, not what is measured: 昇腾 is no cue there; a
      // benchmark's name still is)
      if (decided && which === 'row' && !decided.benchmark && decided.attribute !== 'score' && namesOnly(input.text, entities, header)) decided = undefined;
      // (a skill a ranking scores, | 长文本处理 | 76.2 |, is no context window: a window has a unit, or is whole)
      if (decided?.attribute === 'context_length' && !f.unit && (!Number.isInteger(f.value) || SKILL_HEADER.test(header.text))) decided = undefined;
      if (decided) {
        f.attribute = decided.attribute;
        f.why = { ...f.why, attribute: `table ${which} ${decided.cue}` };
        headerCue = decided.cue;
        // Params (total / active) | 671B / 37B: the second of a pair in the cell is the header's second, the activated
        if ((decided.attribute === 'parameters' || decided.attribute === 'activated_parameters') && TOTAL_ACTIVE_HEADER.test(header.text)) {
          f.attribute = /[/／]/.test(input.text.slice(place.cell.start, f.start)) ? 'activated_parameters' : 'parameters';
          f.why = { ...f.why, attribute: `table ${which} ${header.text.trim()}` };
        }
        // a user count is comparable only with one counted the same way (元宝DAU, 日活跃用户)
        if (decided.attribute === 'users') f.facet = usersFacet(cues, undefined, cues.measure(decided.cue));
        // (and a business's revenue only with that business's: | 有道学习机销售额 | is a part of | 净收入 |)
        if (decided.business) f.facet = decided.business;
        // | 業務分部 | 2024年收入 |: the rows of a table of parts are parts, and only | 合計 | is the whole
        else if (decided.attribute === 'revenue' && which === 'column' && rowHeader && PARTS_HEADER.test(place.table.rows[0]?.header ? place.table.rows[0].cells[0]?.text ?? '' : '') && !TOTAL_LABEL.test(rowHeader.text)) f.facet = withFacet(f.facet, `part ${rowHeader.text.trim()}`);
        // a price's header says which one it is (输入价格, 缓存命中): the same words a sentence would narrow it by
        if (decided.attribute === 'price') {
          const facet = decided.facet();
          // (keeping the start of a change its cell shows: | 4 → 0.8 |)
          if (facet) f.facet = ARROW_TO_AFTER.test(input.text.slice(f.end, f.end + 4)) ? withFacet(facet, '从') : facet;
          // | 数量 | 单价（元） |: a unit price is per one of what the row counts (| 2台 | 1,150,000.00 |)
          if (which === 'column' && !f.per && UNIT_PRICE_HEADER.test(header.text)) {
            // (the row's figures stand next to this one in text order: a few on either side)
            const row = { start: place.row.cells[0]?.start ?? f.start, end: place.row.cells.at(-1)?.end ?? f.end };
            const counted = figures.slice(Math.max(0, i - ROW_REACH), i + ROW_REACH).find((g) => g !== f && g.start >= row.start && g.end <= row.end && g.attribute === 'count' && COUNTED_UNIT.test(g.unit));
            if (counted) f.per = { value: 1, unit: counted.unit.replace(/^个(?=月)/, '') };
          }
        }
        if (decided.benchmark) f.benchmark = decided.benchmark;
        // (| 平均分 | names no benchmark: the one its sentence pass saw in the header row is another column's)
        else if (decided.attribute === 'score' && which === 'column' && f.benchmark && !input.text.slice(place.row.start, place.row.end).includes(f.benchmark)) delete f.benchmark;
        if (decided.attribute === 'score') benchmarkHeader = header;
        if (decided.attribute === 'revenue' && which === 'row' && isCurrency(f.unit)) {
          let columns = revenueColumns.get(place.table);
          if (!columns) revenueColumns.set(place.table, columns = new Set());
          columns.add(place.cell.column);
        }
        decidedByHeader = true;
        break;
      }
      if (looksLikeBenchmark(header.text) && !mentionsIn(entities, header.start, header.end).some((e) => !input.dataset?.(e.entityId)) && SCORE_UNITS.has(f.unit)) {
        f.attribute = 'score';
        f.benchmark = header.text;
        f.why = { ...f.why, attribute: `table ${which} ${header.text}` };
        benchmarkHeader = header;
        decidedByHeader = true;
        break;
      }
      // (a column of a machine's hardware, vCPU or 内存, or of a data centre's efficiency, 平均PUE, measures none of the
      // vocabulary, whatever the caption says)
      if (which === 'column' && (HARDWARE_HEADER.test(header.text.trim()) || EFFICIENCY_HEADER.test(header.text.trim()))) {
        f.attribute = 'other';
        f.why = { ...f.why, attribute: `table column ${header.text.trim()}` };
        decidedByHeader = true;
        break;
      }
    }
    // neither header says: the table's caption or heading does (分部收入（人民币亿元）); and where a header's word
    // names nothing of the vocabulary (占比), the caption may (行业应用市场结构（按收入）: shares of a market)
    if (!decidedByHeader || (f.attribute === 'other' && !ownCue && SHARE_ONLY_CUE.test(headerCue ?? ''))) {
      let caption = captions.get(place.table);
      if (caption === undefined) captions.set(place.table, caption = captionLine(input.text, place.table) ?? null);
      const decided = caption ? headerAttribute(cues, caption, f) : undefined;
      if (decided && (!decidedByHeader || decided.attribute !== 'other')) {
        f.attribute = decided.attribute;
        f.why = { ...f.why, attribute: `table caption ${decided.cue}` };
      } else if (!ownCue && place.columnHeader?.text.trim()) undecided.push({ f, table: place.table, header: place.columnHeader, column: place.cell.column });
    }
    if (benchmarkHeader && benchmarkHeader === place.columnHeader) {
      let columns = scored.get(place.table);
      if (!columns) scored.set(place.table, columns = new Set());
      columns.add(benchmarkHeader);
    }
    // 2（缓存命中 0.5）: a number in a cell's bracketed note is of the kind the note says, not the cell's own
    const note = input.text.lastIndexOf('（', f.start) >= place.cell.start || input.text.lastIndexOf('(', f.start) >= place.cell.start ? CELL_NOTE_BEFORE.exec(input.text.slice(place.cell.start, f.start)) : null;
    if (note) f.facet = [f.facet, normalize(note[1].trim()).text].filter(Boolean).join(' ');
    // a row that averages the others (平均值, 中位数) is about no one of them, nor the document's topic
    if (rowHeader && (SUMMARY_ROW.test(rowHeader.text.trim()) || OTHERS_ROW.test(rowHeader.text.trim()))) {
      f.subjectId = undefined;
      f.why = { ...f.why, subject: `table row ${rowHeader.text.trim()}` };
      pending.delete(i);
      continue;
    }
    // the subject: a name in the row (of the kind the attribute is about), else in the column header
    const kinds = cues.subjectKinds(f.attribute ?? 'other');
    // (a cell that lists several, | H20 / L20 |, or under a header of examples, | 代表产品 |, names what the row's
    // company makes: the row is about its other names first)
    const header = place.table.rows[0]?.header ? place.table.rows[0] : undefined;
    // (not the row's own label: | 昇腾910B/910C | 华为 | 10 | is about the chips it lists)
    const examples = (c: TableCell) => c !== place.row.cells[0] && (LIST_IN_CELL.test(input.text.slice(c.start, c.end)) || EXAMPLES_HEADER.test(header?.cells.find((h) => h.column === c.column)?.text ?? ''));
    // (and a column of investors names who paid, never who raised: | 主要投资方 | 腾讯（领投）、阿里巴巴 |)
    const investors = (c: TableCell) => c !== place.row.cells[0] && INVESTORS_HEADER.test(header?.cells.find((h) => h.column === c.column)?.text ?? '');
    const otherCells = place.row.cells.filter((c) => c !== place.cell && c !== benchmarkHeader && !investors(c));
    // (not a name in brackets that says what the row's thing holds: | 推理一体机（含DeepSeek-R1满血版部署） |)
    // (nor a benchmark's: | MMLU (EM) | 84.7 | is the column's model's score)
    // (nor a name in another cell's bracketed note: | 671B | 2360 亿（V2 的） | names V2 for its own cell only)
    const own = (c: TableCell) => mentionsIn(entities, c.start, c.end).filter((e) => !heldInBrackets(input.text, c.start, e.start) && !input.dataset?.(e.entityId) &&
      !(c !== place.row.cells[0] && openBracketBefore(input.text, c.start, e.start) >= 0 && /\d/.test(input.text.slice(c.start, e.start))));
    const named = otherCells.filter((c) => !examples(c)).flatMap(own);
    const inRow = [...named, ...otherCells.filter(examples).flatMap(own)];
    // (a row that names a maker and its product counts or prices the product: | 华为 | Atlas 800T A2 | 160台 |;
    // a share or a revenue stays the company's)
    // (and a capacity in FLOPS the row's centre, system or chip has: | 中国电信 | 天翼云长沙智算中心 | 1,200 |; cards counted
    // stay their owner's)
    // (and a device's measure: | 处理器 | 英特尔酷睿Ultra 9 285H，16核 | is the chip's, even in a column of examples:
    // | 摩尔线程 | MTT S4000 | 100 TFLOPS | 48GB |)
    const device = (f.attribute === 'compute' && !CARDS_UNIT.test(f.unit)) || (f.attribute === 'other' && hardwareMeasure(cues, f.unit));
    const productFirst = kinds[0] !== 'vendor' || f.attribute === 'count' || device;
    // (one product in its cell, not a list of the cards a centre holds: | A100/H800 |)
    const devices = device ? [...named, ...otherCells.filter((c) => examples(c) && !LIST_IN_CELL.test(input.text.slice(c.start, c.end))).flatMap((c) => mentionsIn(entities, c.start, c.end))] : named;
    // (a change column, | 环比 |, changes what the row's other columns measure: the subject they were given)
    const rowSubject = f.attribute === 'growth' && i > 0 ? sameRowSubject(figures, i, place.row, inRow) : undefined;
    // | 性能对标DeepSeek-R1（6710亿参数） |: a figure in brackets right after a name in its own cell is that name's
    const bracketed = !rowSubject ? nameBeforeBracket(input.text, entities, place.cell.start, f.start, kinds) : undefined;
    // | 機種 | 處理器 | NPU算力 |: what the chip's own part computes (NPU, GPU, CPU) is the chip's, not the machine's
    const chip = device && CHIP_PART_HEADER.test(place.columnHeader?.text ?? '')
      ? otherCells.filter((c) => CHIP_HEADER.test(header?.cells.find((h) => h.column === c.column)?.text.trim() ?? '')).flatMap((c) => mentionsIn(entities, c.start, c.end))[0]
      : undefined;
    // | 机型 | 起售价 | 内存 | 端侧模型 |: a row a device heads, under a column of devices, is the device's: its price and its
    // memory, not the on-device model another of its cells names (a price per tokens stays the model's)
    const label = place.row.cells[0];
    const deviceRow = label !== place.cell && PRODUCT_HEADER.test(header?.cells.find((c) => c.column === label.column)?.text.trim() ?? '') &&
      ((f.attribute === 'price' && !(f.per && TOKEN_OR_CALL_UNIT.test(f.per.unit))) || f.attribute === 'other' || device)
      ? own(label).find((e) => e.kind === 'product') : undefined;
    // | 项目 | DeepBox Lite | DeepBox Pro | over | AI处理器 | 昇腾910B，4卡 | 昇腾910B，8卡 |: a table turned on its side, the
    // products heading its columns and a row naming none, holds each column's own measures, not the parts its cells name
    // (the column's, read below as any column's is)
    const headed = !own(label).length && place.columnHeader && label !== place.cell &&
      !!firstOfKinds(mentionsIn(entities, place.columnHeader.start, place.columnHeader.end), kinds.filter((k) => k !== 'vendor'));
    // | 投标人 | 投标模型 | 投标报价 | 技术分 |: a bid's price and marks are the bidder's, not the product it offers
    const bidder = BIDDER_ATTRIBUTES.has(f.attribute ?? 'other') ? bidderOf(entities, place) : undefined;
    const chosen = rowSubject ?? bidder ?? bracketed ?? chip ?? deviceRow ?? (headed ? undefined : (productFirst ? firstOfKinds(devices, kinds.filter((k) => k !== 'vendor')) : undefined) ?? inRow.find((e) => kinds.includes(e.kind)) ?? inRow[0]);
    const column = chosen || !place.columnHeader || place.columnHeader === benchmarkHeader ? [] : mentionsIn(entities, place.columnHeader.start, place.columnHeader.end);
    // (a column headed by a maker and its product, | 英伟达 L20 |, is the product's as a row would be)
    let subject: EntityMention | undefined = chosen ?? (productFirst ? firstOfKinds(column, kinds.filter((k) => k !== 'vendor')) : undefined) ?? column.find((e) => kinds.includes(e.kind)) ?? column[0];
    // | 配置（8×H20，Qwen2.5-72B，输入 64K） | TTFT | …: neither names one, the header row's corner may (what all its rows are run on)
    if (!subject && !chosen && place.rowHeader && place.rowHeader !== place.cell) {
      const corner = header?.cells.find((c) => c.column === 0);
      const named = corner && corner !== place.columnHeader ? mentionsIn(entities, corner.start, corner.end) : [];
      subject = named.find((e) => kinds.includes(e.kind) && !input.hardware?.(e.entityId));
    }
    let why = chosen === bidder && bidder ? 'bidder' : chosen ? 'table row' : subject && !column.length ? 'table corner' : 'table column';
    // neither the row nor the column names one: the table's caption may (表2  CRPO在Qwen2-7B-Instruct上的消融)
    if (!subject) {
      let named = captioned.get(place.table);
      if (named === undefined) captioned.set(place.table, named = captionMentions(input.text, entities, place.table.start).filter((e) => !toolInCaption(input.text, e)));
      // (not a caption that lists several, 可抵扣X、Y与Z的调用费用: it says what the table is for, not whose its figures are)
      const fitting = named.filter((e) => kinds.includes(e.kind));
      const listed = (list: readonly EntityMention[]) => list.some((e, k) => k > 0 && e.entityId !== list[k - 1].entityId && LIST_JOIN.test(input.text.slice(list[k - 1].end, e.start)));
      subject = listed(fitting.length ? fitting : named) ? undefined : fitting[0] ?? named[0];
      why = 'table caption';
      // each row is a setting of its own (完整方法, 去掉正则): figures of different rows measure different things
      if (subject && rowHeader?.text.trim()) f.facet = normalize(rowHeader.text.trim()).text;
    }
    // | 2024年4月 | A轮 | 1.5亿美元 |: money raised or a valuation holds for the round its row names, whatever the date
    if (f.attribute === 'funding' || f.attribute === 'valuation') {
      const round = roundNamed(place.row.cells.map((c) => input.text.slice(c.start, c.end)).join('|'));
      if (round) f.scope = round;
    }
    if (subject) {
      f.subjectId = subject.entityId;
      f.why = { ...f.why, subject: why };
      pending.delete(i);
      // | 安第斯大模型（端侧版） | 约40亿 |: the row's variant of its model, comparable with that variant's figures only
      const variant = why === 'table row' ? VARIANT_AFTER_NAME.exec(input.text.slice(subject.end, subject.end + 8)) : null;
      if (variant) f.facet = withFacet(f.facet, `variant${variant[1]}`);
    }
  }
  // | 推理 | 代码 | 中文写作 |: a column of marks beside two or more columns of scores is scored too, whatever skill its header names
  // (one score column, a loss beside an MFU, makes no table of scores)
  for (const { f, table, header, column } of undecided) {
    // | 總營收 | 300.4 億美元 | beside | 資料中心 | 263 億美元 |: sums of money a row naming no measure has, in the column
    // where another row names the revenue, are the revenue of a part (a segment, a region, a product line)
    if (isCurrency(f.unit) && (!f.attribute || f.attribute === 'other') && !f.per && revenueColumns.get(table)?.has(column)) {
      f.attribute = 'revenue';
      f.why = { ...f.why, attribute: `table column ${header.text.trim()} beside a revenue` };
      continue;
    }
    // | TPOT (ms) | 21 |: a header that names no measure still gives the cell its unit, and the unit says what it
    // measures as it would in a sentence (a latency in milliseconds, tokens per second a speed)
    const prior = f.why?.attribute === 'no cue' && f.unit ? cues.unitPrior(f) : undefined;
    if (prior && prior.attribute !== 'other') {
      f.attribute = prior.attribute;
      f.why = { ...f.why, attribute: `table column ${header.text.trim()}, ${prior.rule}` };
      continue;
    }
    // | 法考客观题（满分400） | 312 | 268 |: a row or a column that states its full marks holds marks out of them
    if (SCORE_UNITS.has(f.unit) && (!f.attribute || f.attribute === 'other') && f.value >= 0) {
      const rowHeader = cellAt(structure, f.start)?.rowHeader;
      const marks = [header, rowHeader].map((h) => h && h.start !== f.start ? FULL_MARKS.exec(input.text.slice(h.start, h.end)) : null).find(Boolean);
      if (marks && f.value <= parseFloat(marks[1])) {
        f.attribute = 'score';
        f.why = { ...f.why, attribute: `table ${marks[0]}` };
        continue;
      }
    }
    if ((scored.get(table)?.size ?? 0) < 2 || !SCORE_UNITS.has(f.unit) || (f.attribute && f.attribute !== 'other')) continue;
    // | 周变化 |: a column of changes beside the scores is how much each model moved (+4, -2): a relative change
    if (CHANGE_HEADER.test(header.text)) {
      f.attribute = 'speedup';
      f.why = { ...f.why, attribute: `table column ${header.text.trim()} beside scores` };
      continue;
    }
    if (mentionsIn(entities, header.start, header.end).length || !(f.value >= 0 && f.value <= 100)) continue;
    f.attribute = 'score';
    f.benchmark = header.text.trim();
    f.why = { ...f.why, attribute: `table column ${f.benchmark} beside scores` };
  }
  // a table of pay (## 分岗位薪酬水平（单位：万元/年）): its sums by the year or the month are salaries, no prices
  const pay = new Map<object, boolean>();
  for (const f of figures) {
    if (f.attribute !== 'price' || !f.per || (f.per.unit !== '年' && f.per.unit !== '月')) continue;
    const place = cellAt(structure, f.start);
    if (!place) continue;
    let paid = pay.get(place.table);
    if (paid === undefined) {
      const header = place.table.rows[0]?.header ? input.text.slice(place.table.rows[0].start, place.table.rows[0].end) : '';
      pay.set(place.table, paid = SALARY_WORDS.test(header + headingAbove(input.text, place.table.start)));
    }
    if (paid) {
      f.attribute = 'other';
      f.why = { ...f.why, attribute: 'salary' };
    }
  }
}

/** The full marks a header states (满分400, 滿分100, 总分150): its cells are marks out of them. */
const FULL_MARKS = /(?:满分|滿分|总分|總分)\s*(\d+(?:\.\d+)?)\s*分?/;
/** A column header of what a chip's own part does (NPU算力, GPU TFLOPS). */
const CHIP_PART_HEADER = /NPU|GPU|CPU|TPU/i;
/** A header that names a skill a test scores (长文本处理, 长文本理解能力, 代码得分). */
const SKILL_HEADER = /处理|處理|能力|理解|得分|评分|評分|表现|表現/;
/** A column header that names a change (周变化, 涨跌, 较上周, Δ). */
const CHANGE_HEADER = /变化|變化|变动|變動|涨跌|漲跌|升降|增减|增減|较上|較上|环比|環比|[ΔΔ]|change/i;

/** A name of one of the kinds right before an opening bracket right before `at` (DeepSeek-R1（6710亿参数）), within [from, at). */
function nameBeforeBracket(text: string, entities: readonly EntityMention[], from: number, at: number, kinds: readonly EntityKind[]): EntityMention | undefined {
  const windowStart = Math.max(from, at - 6);
  const m = /[（(]\s*(?:约|約|仅|僅|达|達)?\s*$/.exec(text.slice(windowStart, at));
  if (!m) return undefined;
  const open = windowStart + m.index;
  const named = mentionsIn(entities, from, open);
  const last = named[named.length - 1];
  return last && last.end === open && kinds.includes(last.kind) ? last : undefined;
}

/** The time a short header names (2022年, 2024Q3, FY2025): the time of the figures it heads. */
function headerTime(text: string, header: { start: number; end: number; text: string } | undefined, seen: Map<object, string | null>): string | undefined {
  if (!header) return undefined;
  let time = seen.get(header);
  if (time === undefined) {
    const times = header.text.trim().length > 12 ? [] : timesOf(text, header);
    // (a broker's year columns, actual or estimated: | 2024A | 2025E |, and a bare year: | 2024 |)
    const year = times.length ? null : HEADER_YEAR.exec(header.text);
    seen.set(header, time = times.length === 1 ? times[0].time : year ? year[1] : null);
  }
  return time ?? undefined;
}

const HEADER_YEAR = /^\s*((?:19|20)\d{2})\s*(?:[AEFP]|年?[EF]|年)?\s*$/;

/** The names in the short line right above a table (its caption or heading). */
function captionMentions(text: string, entities: readonly EntityMention[], tableStart: number): EntityMention[] {
  let end = tableStart;
  for (let k = 0; k < 3 && end > 0; k++) {
    const from = end >= 2 ? text.lastIndexOf('\n', end - 2) + 1 : 0;
    const line = text.slice(from, end).trim();
    if (line) return line.length <= 80 ? mentionsIn(entities, from, end) : [];
    if (from >= end) break;
    end = from;
  }
  return [];
}

/** The nearest non-empty line above a table (its heading or caption), without the heading's marks. */
function headingAbove(text: string, tableStart: number): string {
  for (const above of linesAbove(text, tableStart)) {
    const line = above.replace(/^#+\s*/, '');
    if (line) return line.length <= 80 ? line : '';
  }
  return '';
}

/** The line right above a table (a heading or a caption), when it is short and states the unit of the table's numbers. */
function captionLine(text: string, table: Table): string | undefined {
  const tableStart = table.start;
  let line = headingAbove(text, tableStart);
  // (over a header's line that is no row of the table, 截至12月31日止年度, the caption above it)
  if (PERIOD_SPANNER.test(line)) {
    const above = linesAbove(text, tableStart);
    above.next();
    line = above.next().value?.replace(/^#+\s*/, '') ?? '';
  }
  // (a note of the unit alone, （單位：新臺幣億元；資料來源：…）, under the title that says what: 主要廠商10月營收一覽)
  else if (UNIT_NOTE_ONLY.test(line)) {
    const above = linesAbove(text, tableStart);
    above.next();
    const title = above.next().value?.replace(/^#+\s*/, '') ?? '';
    if (title && title.length <= 40 && !/[。！？!?]$/.test(title)) return `${title} ${line}`;
  }
  // a caption that states the unit of the table's numbers (分部收入（人民币亿元）) says what they measure, and so does one
  // that says they are scores (一、先上总成绩: a review's marks, the models in its columns)
  // (and one that says they are shares of a market: 行业应用市场结构, 厂商份额)
  // (its colon too: 收入按業務分部劃分如下（人民幣百萬元）：)
  // (and one that introduces the table, 下表載列我們…按業務線劃分的收入明細：)
  // (any unit in its brackets: 图表12：中国AI加速卡出货量（万张）)
  // (and a filing's title of a breakdown, 按業務線劃分的收入, 收入构成)
  // (and a numbered table's caption over columns that are periods, 表3-1  中国大模型市场规模及预测 | 2023年 | 2024年 |: the
  // periods say when, the caption what)
  return line && line.length <= 60 && (/[(（][^()（）]{0,12}[元币幣$][^()（）]{0,6}[)）]\s*[:：]?$|单位\s*[:：]|單位\s*[:：]/.test(line) || SCORE_CAPTION.test(line) || SHARE_CAPTION.test(line) || TABLE_INTRODUCED.test(line) || BREAKDOWN_CAPTION.test(line) || (NUMBERED_CAPTION.test(line) && periodColumns(table)) || (/[)）]\s*[:：]?$/.test(line) && !!columnUnit(line))) ? line : undefined;
}
/** A caption line that only states the unit (and a source): （單位：新臺幣億元；資料來源：…）, 单位：亿元. */
const UNIT_NOTE_ONLY = /^[（(]?\s*(?:单位|單位)\s*[:：]/;
/** A header cell that is a period (2024年, 2025E, 2024Q3, FY2025, 2025年E). */
const PERIOD_HEADER = /^(?:FY\s*)?(?:19|20)\d{2}\s*(?:年|年度|财年|財年)?\s*(?:[EeFfAa]|[QqHh][1-4]|年?[上下]半年|第?[一二三四1-4]季度?)?$/;
/** Whether most of a table's header cells after the first are periods. */
function periodColumns(table: Table): boolean {
  const header = table.rows[0];
  if (!header?.header) return false;
  const cells = header.cells.slice(1).filter((c) => c.text.trim());
  return cells.length > 0 && cells.filter((c) => PERIOD_HEADER.test(c.text.trim())).length * 2 > cells.length;
}
/** A numbered table's caption (表3-1, 表 2：, 圖表12). */
const NUMBERED_CAPTION = /^\s*(?:表|表格|图表|圖表|附表)\s*[\d一二三四五六七八九十]{1,3}(?:\s*[-－—.．]\s*\d{1,3})?(?![\d年月日])\s*[:：\s]/;
/** Whether a cell holds names and nothing else (| 华为昇腾 |, | 英伟达 / AMD |). */
function namesOnly(text: string, entities: readonly EntityMention[], cell: TableCell): boolean {
  const named = mentionsIn(entities, cell.start, cell.end);
  if (!named.length) return false;
  let rest = text.slice(cell.start, cell.end);
  for (const e of [...named].reverse()) rest = rest.slice(0, e.start - cell.start) + rest.slice(e.end - cell.start);
  return !/[^\s/／、,，()（）]/.test(rest);
}

/** Whether a table's caption names what a sum of money in it measures (revenue, cost, funding: not a price). */
function moneyCaption(text: string, table: Table, captions: Map<object, string | null>, cues: CueIndex, f: Figure): boolean {
  let caption = captions.get(table);
  if (caption === undefined) captions.set(table, caption = captionLine(text, table) ?? null);
  const decided = caption ? headerAttribute(cues, caption, f) : undefined;
  return !!decided && MONEY_MEASURES.has(decided.attribute);
}
const MONEY_MEASURES = new Set<Attribute>(['revenue', 'funding', 'valuation', 'training_cost']);

/** A header line spanning a filing's columns of years (截至12月31日止年度, 截至6月30日止六個月). */
const PERIOD_SPANNER = /^截至[^。\n]{1,16}止(?:年度|[^。\n]{1,4}個?月|[^。\n]{1,4}个?月)$/;
/** 工具用的是vLLM自带的benchmark_serving.py: the tool a caption says measured the table is not what it measured. */
function toolInCaption(text: string, e: EntityMention): boolean {
  return TOOL_BEFORE_IN_CAPTION.test(text.slice(Math.max(0, e.start - 8), e.start)) || TOOL_AFTER_IN_CAPTION.test(text.slice(e.end, e.end + 8));
}
const TOOL_BEFORE_IN_CAPTION = /(?:工具|框架|引擎)[^，,。；;]{0,3}(?:是|为|為|用|选|選)[^，,。；;]{0,2}$|(?:用|使用|采用|採用|借助|通过|通過|基于|基於)\s*$/;
const TOOL_AFTER_IN_CAPTION = /^\s*(?:自带|自帶|框架|引擎|推理框架|部署|跑的|压测|壓測|测的|測的)/;
/** A short title of a breakdown: 按業務線劃分的收入, 按地区拆分的营收, 收入构成, 营业收入明细. */
const BREAKDOWN_CAPTION = /^[^，,。！？!?；;]{0,16}(?:(?:按|按照)[^，,。！？!?；;]{1,12}(?:划分|劃分|拆分|分类|分類|区分|區分)|(?:明细|明細|构成|構成))[^，,。！？!?；;]{0,12}$/;
/** A sentence that introduces the table below it (下表列示…如下：, 下表載列…：). */
const TABLE_INTRODUCED = /^(?:下表|下列|以下表格)[^。！？\n]*[:：]$/;
/** What joins the names of a list: 、, a comma, 和, 与, 及. */
const LIST_JOIN = /^\s*(?:、|，|,|和|与|與|及|以及)\s*$/;
/** A header's word that says only that its numbers are shares, of what it does not say (占比, 比例). */
const SHARE_ONLY_CUE = /^(?:占比|佔比|比例|比重)$/;
/** A caption that calls a table's numbers shares of a market. */
const SHARE_CAPTION = /份额|份額|市场结构|市場結構|市占率|市佔率/;

/** A caption or heading that calls a table's numbers scores. */
const SCORE_CAPTION = /成绩|成績|得分|评分|評分|打分|测评|測評|评测|評測|跑分|总分|總分/;
/** Units a header can state for the bare numbers below it. */
const HEADER_UNITS: Array<[RegExp, string]> = [
  [/美元|\$|usd/i, '美元'],
  // 元 as a unit (（亿元）, 元/百万tokens, 单价元), not inside a word (元宝, 元宇宙)
  [/(亿|万|千|百|港|人民币|[(（/])\s*元|元\s*([)）/]|\s*$)|rmb|cny/i, '元'], [/毫秒|\bms\b/i, '毫秒'], [/(^|[^a-z])s\)|秒/i, '秒'],
  [/%|百分比/, '%'], [/tokens?|token数/i, 'tokens'], [/亿参数|参数量?\s*[(（]?\s*[bB亿]/, '参数'], [/gb\b/i, 'GB'], [/pflops/i, 'PFLOPS'],
];

/** Units a benchmark score is written with. */
const SCORE_UNITS = new Set(['', '%', '分']);
/** A header that names a benchmark the cue table does not know: a Latin name (LiveBench, Arena-Hard, MMLU-Pro). */
function looksLikeBenchmark(header: string): boolean {
  return /^[A-Za-z][A-Za-z0-9.\-_@ ]{1,30}$/.test(header.trim()) && /[A-Za-z]{2}/.test(header) && !MEASURE_HEADER.test(header.trim()) && !HARDWARE_HEADER.test(header.trim()) &&
    !FISCAL_PERIOD_HEADER.test(header.trim());
}
/** A fiscal period heading a column (FY24Q3, FY2025, FY25 H1): a time, no benchmark. */
const FISCAL_PERIOD_HEADER = /^FY\s?'?\d{2,4}(?:\s?[QH][1-4])?$|^[QH][1-4]\s?FY\s?\d{2,4}$/i;
/** Latin headers of a machine's hardware (vCPU, RAM): they measure none of the vocabulary. */
// (and of a model's architecture: Layers, 层数, Heads, Vocab — counts of its parts, no score and no size)
const HARDWARE_HEADER = /^(?:v?CPUs?|[GNT]PUs?|V?RAM|HBM\d?e?|SSD|HDD|cores?|threads?|memory|storage|bandwidth|TDP|[GTM]iB|(?:#\s*)?(?:layers?|heads?|attention heads|hidden(?: size| dim)?|vocab(?:ulary)?(?: size)?|experts?|KV heads)|层数|層數|注意力头数?|注意力頭數?|隐藏层维度|隱藏層維度|词表大小|詞表大小|词表|詞表|专家数|專家數)$/i;
/** A column of a data centre's power or water efficiency (平均PUE, WUE). */
const EFFICIENCY_HEADER = /^(?:平均|年均|设计|設計)?\s*(?:PUE|WUE|CUE|电能利用效率|電能利用效率)(?:值)?$/i;
/** Latin headers of a system's measures, no benchmarks (MFU, TTFT, loss, throughput). */
// (and a retrieval's hit rates, Recall@5, and a pipeline's settings, chunk_size, top_k: no benchmark either)
const MEASURE_HEADER = /^(?:(?:FP|BF|INT|TF)\d+|MFU|HFU|PUE|WUE|TPS|QPS|RPS|TTFT|TPOT|ITL|E2E|loss|latency|throughput|speed|goodput|FLOPs?|[TPGE]FLOPS|TOPS|[GTM]B|ms|params|parameters|context|price|cost|tokens?|batch(?: size)?|step|steps|lr|(?:recall|precision|hit(?: ?rate)?|acc(?:uracy)?)(?:\s*@\s*\d+)?|chunk[_ ]?size|chunk[_ ]?overlap|top[_ -]?[kp]|epochs?|seq[_ ]?len(?:gth)?|max[_ ]?len(?:gth)?|dim(?:ension)?s?|temperature)$/i;

/** A cue word written in a figure's own cell before it (激活 of 671B（激活37B）), if one fits. */
function cellCue(cues: CueIndex, cell: string, f: Figure): { attribute: Attribute; cue: string; facet?: string } | undefined {
  const text = normalize(cell).text;
  const at = { start: text.length - (f.end - f.start), end: text.length, unit: f.unit, per: f.per };
  if (at.start <= 0) return undefined;
  const hits = cues.hits(text, 0, at.start);
  if (!hits.length) return undefined;
  const decided = cues.decide(text, { start: 0, end: text.length }, hits, at, () => false);
  if (!decided.cue) return undefined;
  const out: { attribute: Attribute; cue: string; facet?: string } = { attribute: decided.attribute, cue: text.slice(decided.cue.start, decided.cue.end) };
  const facet = cues.facetOf(text, at.start);
  if (facet) out.facet = facet;
  return out;
}

/** What a header says a figure measures; the words narrowing it are read when asked (for a price only). */
interface HeaderDecision { attribute: Attribute; cue: string; benchmark?: string; facet: () => string | undefined; business?: string }

/**
 * What a header cell (or a caption) says a figure measures: a cue word of it that fits the figure's unit;
 * `headerRow` holds the words its conditional cues may need (数学 is a score beside 总分).
 */
function headerAttribute(cues: CueIndex, header: string, f: Figure, headerRow?: string): HeaderDecision | undefined {
  const text = `${normalize(header).text} `;
  // a bare number takes the unit its header states: 输入价格（元/百万tokens）, 延迟(ms)
  const unit = f.unit || HEADER_UNITS.find(([re]) => re.test(text))?.[1] || '';
  const at = { start: text.length, end: text.length, unit, per: f.per };
  const decided = cues.decide(text, { start: 0, end: text.length }, cues.hits(text), at, () => false, headerRow);
  // (a rate the header's unit makes is decided by that unit: 租金（元/卡时） is a price)
  if (!decided.cue && decided.rule?.startsWith('rate ')) return { attribute: decided.attribute, cue: header.trim(), facet: () => undefined };
  if (!decided.cue) return undefined;
  const cueEnd = decided.cue.end;
  // (a revenue row that names a business before its cue, | 有道学习机销售额 |, is that business's: a part of the
  // company's, | 净收入 |, never the same measure)
  const business = decided.attribute === 'revenue' ? text.slice(0, decided.cue.start).replace(WHOLE_COMPANY_WORDS, '').trim() : '';
  const out: HeaderDecision = { attribute: decided.attribute, cue: header.slice(decided.cue.start, cueEnd), facet: () => cues.facetOf(text, cueEnd) };
  if (business.length >= 2) out.business = business;
  if (decided.benchmark) out.benchmark = header.slice(decided.benchmark.start, decided.benchmark.end);
  return out;
}

interface DocumentTopic {
  /** What the document is about: entities named in its title (or first in its lead) and often in its text. */
  entities: EntityMention[];
  /** Everything its title names, however seldom the text names it again. */
  titled?: EntityMention[];
  /** The product or model a review's title names: every measure the text gives without a name of its own is its. */
  reviewed?: boolean;
  /** A post and its replies: a commenter's own numbers, of no named kind, are not the post's topic's. */
  thread?: boolean;
  /** A chat log: a message goes on about what the messages right above it named. */
  chat?: boolean;
  /** A write-up of making a model from the one its title names: the made model, not the base, is what its sections are about. */
  made?: boolean;
  /** A company neither title nor lead names, only named far more often than any other: the topic of a company's own measures only. */
  dominant?: boolean;
  /** A ranking, a leaderboard or a comparison: what its title names are ranked, none of them is what its sections are about. */
  ranks?: boolean;
}

/** A chat log's message header: a nickname and the time it was sent, on a line of its own (老K｜美元基金 20:41). */
const CHAT_HEADER_LINE = /^[^\n:：]{1,30}?[ \t]\d{1,2}:\d{2}(?::\d{2})?[ \t]*$/;
const CHAT_HEADER = new RegExp(CHAT_HEADER_LINE.source, 'gm');
/** A transcript's turn: a time stamp and a speaker opening the line that holds what they say ([00:08:37] Mia：…, 08:37 老周：…). */
// (a speaker's name: a subtitle's aside, [00:36]（弹幕：…）, is no turn)
const TURN_LINE = /^[ \t]*[[【(（]?\d{1,2}:\d{2}(?::\d{2})?[\]】)）]?[ \t]*[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z ·]{0,11}[：:]/;
const TURN = new RegExp(TURN_LINE.source, 'gm');
/** Whether the text is a chat log (three message headers or more), or a transcript of time-stamped turns (a podcast's). */
const isChatLog = (text: string) => matchesAtLeast(CHAT_HEADER, text, 3) || matchesAtLeast(TURN, text, 3);
/** How far a message reaches back for what it speaks of: so many lines (headers not counted) and messages. */
const CHAT_REACH_LINES = 6;
const CHAT_REACH_MESSAGES = 3;
const CHAT_REACH_TURNS = 6;

/**
 * In a chat log, the last thing of the kind a figure is about that its message, or the few messages just above it,
 * named (问：H100整机租什么价？ / 答：年付6.5w/月): a chat's answers rarely repeat the name.
 */
function saidAbove(input: SettleInput, at: number, fits: (e: EntityMention) => boolean): EntityMention | undefined {
  const text = input.text;
  // (a figure above the messages, a page's counts over its transcript, 12.3万播放, is in none)
  if (!inMessage(text, at)) return undefined;
  let end = at;
  let lines = 0, messages = 0, turns = 0;
  for (let start = text.lastIndexOf('\n', at - 1) + 1; ; start = text.lastIndexOf('\n', start - 2) + 1) {
    const line = text.slice(start, end).trim();
    if (CHAT_HEADER_LINE.test(line)) { if (++messages === CHAT_REACH_MESSAGES) return undefined; }
    else if (line) {
      const named = mentionsIn(input.entities, start, end).filter(fits);
      if (named.length) return named[named.length - 1];
      // (a transcript's turn opens its own line, a whole message: a conversation stays on its thing a few turns longer)
      if (TURN_LINE.test(line)) { if (++turns === CHAT_REACH_TURNS) return undefined; }
      else if (++lines > CHAT_REACH_LINES) return undefined;
    }
    if (start === 0) return undefined;
    end = start - 1;
  }
}

/** Whether a place is in a chat's message or a transcript's turn: a header or a turn a few lines above it, or its own line a turn. */
function inMessage(text: string, at: number): boolean {
  let end = at;
  for (let start = text.lastIndexOf('\n', at - 1) + 1, k = 0; k <= CHAT_REACH_LINES; start = text.lastIndexOf('\n', start - 2) + 1, k++) {
    const line = text.slice(start, end).trim();
    if (CHAT_HEADER_LINE.test(line) || TURN_LINE.test(line)) return true;
    if (start === 0) return false;
    end = start - 1;
  }
  return false;
}

/** A reply's marks: a nested reply (└), a like or reply count, a floor number, a poster's IP, a forum's push line. */
const REPLY_MARK = /^[ \t]*(?:└|↳|回复@|回復@|\d{1,4}\s*[楼樓]|#\d{1,4}\b|(?:赞|讚|点赞|點讚)\s*\d|IP属地|IP屬地|(?:推|噓|→)\s+\S+\s*:)/gm;
/** Whether the text is a post with replies (three reply marks or more). */
const isThread = (text: string) => matchesAtLeast(REPLY_MARK, text, 3);

/** Whether a global pattern matches the text `n` times or more (counted up to `n`, not over the whole text). */
function matchesAtLeast(re: RegExp, text: string, n: number): boolean {
  re.lastIndex = 0;
  let found = 0;
  while (found < n && re.exec(text)) found++;
  return found === n;
}

/**
 * The first line that says anything: the title, when it is short and does not end a sentence (a page copied from
 * the web may open with its navigation, sharing buttons, date and source lines: those are passed over).
 */
/** A line of HTML or of badges above a README's title (<p align="center">, <img …>, 🤗 <a href=…>…</a> | …, [![License](…)](…)). */
// (as written, or blanked where the Markdown reader masks its markup: a bar of links with runs of spaces where the tags were)
const MARKUP_LINE = /^\s*<\/?[A-Za-z][^>\n]*>|<\/a>|<img\b|^\s*\[?!\[[^\]\n]*\]\(| {4,}[^\n]*[|｜]|[|｜][^\n]* {4,}/;
/** A line of a date and perhaps a time and a place alone (2025年07月31日 12:06 北京, 2025-03-16 09:30). */
const DATE_ONLY_LINE = /^\s*(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+[\u4e00-\u9fff]{1,6})?\s*$/;
/** A byline of who reports (机器之心报道, 新智元报道). */
const REPORTED_BY_LINE = /^\s*[^\s，,。：:]{1,10}(?:报道|報導|报导)\s*$/;
/** A short name alone on a line (a site's or an account's). */
const SITE_NAME_LINE = /^\s*[^\s，,。：:！!？?]{1,10}\s*$/;

function firstLine(text: string): Range {
  let lineStart = 0, lineEnd = 0;
  for (let from = 0, k = 0; k < 16; k++) {
    const m = /^\s*(.*)/.exec(text.slice(from));
    if (!m) break;
    lineStart = from + m[0].length - m[1].length;
    lineEnd = lineStart + m[1].length;
    // (a site's name is no title either: a line of navigation follows it, 首页 > 评测 or 首页　归档　分类)
    // (nor a README's markup above its title: <p align="center">, a logo, its links and badges)
    const next = /^\s*(.*)/.exec(text.slice(lineEnd))![1];
    // (nor a public account's name over its date, byline and editor: 机器之心 / 2025年07月31日 12:06 北京 / 机器之心报道 / 编辑：…)
    const byline = DATE_ONLY_LINE.test(m[1]) || REPORTED_BY_LINE.test(m[1]) || CREDIT_LINE.test(m[1]) || (SITE_NAME_LINE.test(m[1]) && DATE_ONLY_LINE.test(next));
    // (nor a label over a Markdown title: [译] vllm-project/vllm · Issue #15873 over # [Performance]: X 在 8 张 H200 上…)
    const labelOverTitle = !/^#/.test(m[1]) && /^#\s/.test(next) && !/[。！？!?]/.test(m[1]);
    if (!m[1].trim() || !(byline || labelOverTitle || PAGE_FURNITURE.test(m[1]) || MASTHEAD.test(m[1]) || POST_META.test(next) || NAVIGATION.test(next) || MARKUP_LINE.test(m[1]))) break;
    from = lineEnd;
  }
  return { start: lineStart, end: lineEnd };
}

/** A breadcrumb trail: a line of places joined by >, », › or / that starts at a home page or a help centre (perhaps after the site's own name: 岫光开放平台 > 文档中心 > 计费说明). */
const BREADCRUMB = new RegExp(String.raw`^[ \t　]*(?:首页|首頁|主页|主頁|Home|产品文档|產品文檔|(?:[^\n>»›]{1,24}?[·|｜＞>»›][ \t　]*)?${SITE_SECTION.source})[ \t　]*[＞>»›/](?:[^\n]*[＞>»›/])*[^\n]*$`, 'm');
/** A bar or a dot and the site's help centre or documents after a name (· 文档中心, ｜ 帮助中心). */
const SECTION_AFTER_NAME = new RegExp(String.raw`^[ \t　]*[|｜·][ \t　]*${SITE_SECTION.source}`);
/** The company whose name opens a page's first line before a bar (天枢云 | GPU云服务器). */
function siteNameHeader(text: string, entities: readonly EntityMention[]): EntityMention | undefined {
  const first = /^\s*/.exec(text)![0].length;
  const e = entities[0];
  // (not a publisher's credit over its report: 中经数智研究院 ｜ 《…白皮书》节选)
  // (or a product's, over its plans: 墨言AI · 定价方案)
  // (or a product's, over its documentation: 深流开放平台 · 文档中心)
  if (e?.kind === 'product' && e.start === first && ((e.via === 'pattern' && PLANS_AFTER_NAME.test(text.slice(e.end, e.end + 32))) || SECTION_AFTER_NAME.test(text.slice(e.end, e.end + 12)))) return e;
  return e && e.kind === 'vendor' && e.start === first && /^[ \t]*[|｜]/.test(text.slice(e.end, e.end + 3)) && !PUBLISHES_REPORT.test(text.slice(e.end, e.end + 80)) ? e : undefined;
}
/** How far down a page its trail is looked for. */
const BREADCRUMB_REACH = 1500;

/** The last entity a page's breadcrumb trail names, near its top. */
function breadcrumbTopic(text: string, entities: readonly EntityMention[]): EntityMention | undefined {
  const top = text.slice(0, BREADCRUMB_REACH);
  if (!/[＞>»›]/.test(top)) return undefined;
  const m = BREADCRUMB.exec(top);
  if (!m) return undefined;
  const from = m.index, to = m.index + m[0].length;
  return entities.filter((e) => e.start >= from && e.end <= to).at(-1);
}

/** What a supplier calls the stories of its customers, in a page's trail or title. */
const CASE_STUDY = /客户案例|客戶案例|成功案例|客户故事|客戶故事|案例研究|标杆案例|標杆案例|最佳实践|最佳實踐/;
/** Whether the case-study words stand in the page's title line or its trail (首页 > 客户案例 >). */
function isCaseStudy(text: string, titleLine: string): boolean {
  if (CASE_STUDY.test(titleLine)) return true;
  const top = text.slice(0, BREADCRUMB_REACH);
  if (!CASE_STUDY.test(top) || !/[＞>»›]/.test(top)) return false;
  const trail = BREADCRUMB.exec(top);
  return !!trail && CASE_STUDY.test(trail[0]);
}

/** Words only an app store's page writes: two different ones make a page an app's page. */
const APP_STORE_MARKS = /App\s*内购买|App\s*內購買|应用内购买|應用內購買|个评分|個評分|年龄\s*\d+\+|年齡\s*\d+\+|版本记录|版本紀錄|版本历史|版本歷史|隐私标签|隱私標籤|兼容性|评分及评论|評分及評論/g;
/** How far into a page its app store marks are looked for. */
const APP_STORE_HEAD = 2000;
function isAppStorePage(text: string): boolean {
  const marks = new Set<string>();
  for (const m of text.slice(0, APP_STORE_HEAD).matchAll(APP_STORE_MARKS)) marks.add(m[0].replace(/\s|\d/g, ''));
  return marks.size >= 2;
}

/** Words by which a document refers to what it is about (a model card's 本模型, a filing's 本公司). */
const SELF_REFERENCE = /本模型|本產品|本产品|本公司|本集团|本集團|本服务|本服務|本芯片|本晶片/;
/** The writers making what the lead names next (我们…从零预训练了一个…模型): their own model. */
const OWN_MAKING_BEFORE = /(?:我们|我們|团队|團隊)[^。！？!?]{0,40}(?:预训练|預訓練|训练|訓練|发布|發布|开源|開源|推出|打造|研发|研發)了[^。！？!?]{0,30}$/;
/** A social post's author line: a role at a company (联合创始人 & CEO @ 栈桥智能, Founder @ X); the officers' and staff's titles, and a few more. */
const POST_AUTHOR_LINE = new RegExp(String.raw`^[^\n@＠。！？!?]{0,40}?(?:${OFFICER_TITLES}|创办人|創辦人|合伙人|合夥人|经理|經理|总监|總監|VP|Founder|Co-founder|Engineer|Director|Manager|Head|Lead)[^\n@＠。！？!?]{0,20}?\s*[@＠]\s*`, 'i');
/** A post's byline: a date or a reading time, no sentence (> 周屿 · 2024-11-18 · 阅读约 15 分钟). */
const POST_BYLINE = /^(?:>\s*)?[^。！？!?]{0,80}?(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|阅读|閱讀|字数|字數)[^。！？!?]*$/;
/** A page's line of date and source (发布时间：…　来源：…). */
const DATE_AND_SOURCE_LINE = /(?:^|\s)(?:来源|來源|发布时间|發布時間|出处|出處)\s*[:：]/;
/** A title that runs through several (从A、B到C): a survey of them, about none of them. */
const SURVEY_TITLE = /(?:从|從)[^，,。！？!?]{1,12}、[^，,。！？!?]{1,12}?(?:到|至)/;
/** A periodical's name and issue above the story's own title (AI前哨 Weekly｜第58期 · 模型速递). */
const MASTHEAD = /^(?=[^\n]{0,40}$)[^\n]*第\s*[\d一二三四五六七八九十百]+\s*期/;

/** What names the model a text's author made (产出的模型我叫它, 命名为, 取名叫, 内部代号), right before the name. */
const MADE_MODEL_BEFORE = /(?:我叫它|我们叫它|我們叫它|叫它|命名为|命名為|取名为|取名為|取名叫|起名为|起名為|起名叫|(?:内部|內部)代[号號](?:为|為|是|叫)?[:：]?)\s*[“「『]?\s*$/;
/** How far into a text its author names the model it made. */
const MADE_MODEL_REACH = 1500;
/** The model the text's author says they made and named, and whether they name it again below. */
function madeModel(text: string, entities: readonly EntityMention[]): { model: EntityMention; again: boolean } | undefined {
  for (const e of entities) {
    if (e.start > MADE_MODEL_REACH) return undefined;
    if (e.kind !== 'model' || !MADE_MODEL_BEFORE.test(text.slice(Math.max(0, e.start - 8), e.start))) continue;
    return { model: e, again: entities.some((o) => o !== e && o.entityId === e.entityId) };
  }
  return undefined;
}

/** A name's other name in brackets at the end of a title (（XuanHeng-MoE）). */
const ALIAS_IN_BRACKETS = /\s*[（(]\s*([^（）()]{1,40}?)\s*[）)]$/;
/** Whether a title is its first name and nothing else, but perhaps that name's other name in brackets (a second name, or a Latin one). */
function nameAloneTitle(line: string, text: string, named: readonly EntityMention[]): boolean {
  const bare = line.replace(/^#+\s*/, '').replace(/[*_`]/g, '').trim();
  const written = (e: EntityMention) => text.slice(e.start, e.end);
  if (named.length === 1 && bare === written(named[0])) return true;
  const alias = ALIAS_IN_BRACKETS.exec(bare);
  return !!alias && bare.slice(0, alias.index) === written(named[0]) &&
    (named.length === 1 ? /^[A-Za-z][\w.\- ]*$/.test(alias[1]) : alias[1] === written(named[1]));
}

/** Words before a name a title measures against (比GPT-4, 打到GPT-4o零头, 对标o1, 超越Llama). */
const TITLE_BASE_BEFORE = /(?:比|較|较|打到|干到|幹到|杀到|殺到|降到|对标|對標|超越|超过|超過|媲美|吊打|碾压|碾壓|追平|击败|擊敗|赶超|趕超|逼近|不输|不輸)\s*$/;
/** Whether a title or a heading (starting at `floor`) names a mention as the yardstick of its news. */
function yardstickIn(text: string, e: EntityMention, floor: number): boolean {
  return TITLE_BASE_BEFORE.test(text.slice(Math.max(floor, e.start - 4), e.start)) || YARDSTICK_AFTER.test(text.slice(e.end, e.end + 8));
}

/** What only a company has: a dominant company is the topic of these alone. */
const DOMINANT_ATTRIBUTES = new Set<Attribute>(['funding', 'valuation', 'revenue', 'acquisition']);
/** How often the most named company must be named, and how many times as often as the next, to be a text's topic. */
const DOMINANT_MENTIONS = 6;
const DOMINANT_LEAD = 3;

/**
 * 《财经》封面 | 程立舟：在大模型牌桌上算账的人: a title and a lead that name no company, over a profile that names one
 * company (with its models) far more often than any other, is about that company; else one product or model so named.
 */
function dominantTopic(entities: readonly EntityMention[], ownerOf: (id: string) => string | undefined): DocumentTopic {
  // mentions by company (a model or product counted for its maker) and by the thing itself, each with its first mention
  const byCompany = new Map<string, number>(), byThing = new Map<string, number>();
  const first = new Map<string, EntityMention>();
  for (const e of entities) {
    byThing.set(e.entityId, (byThing.get(e.entityId) ?? 0) + 1);
    if (!first.has(e.entityId)) first.set(e.entityId, e);
    const company = e.kind === 'vendor' ? e.entityId : e.vendorId ?? ownerOf(e.entityId);
    if (company) byCompany.set(company, (byCompany.get(company) ?? 0) + 1);
  }
  const leader = (counts: Map<string, number>) => {
    const [top, next] = [...counts].sort((a, b) => b[1] - a[1]);
    return top && top[1] >= DOMINANT_MENTIONS && top[1] >= DOMINANT_LEAD * (next?.[1] ?? 0) ? first.get(top[0]) : undefined;
  };
  const company = leader(byCompany);
  if (company?.kind === 'vendor') return { entities: [company], dominant: true };
  // (or one product or model named as far more often than anything else, its company's other names counted apart: a
  // build-in-public thread about one app, a platform's page: every unnamed measure is that one's, as a review's are)
  const thing = leader(byThing);
  return thing && thing.kind !== 'vendor' ? { entities: [thing], reviewed: true } : { entities: [] };
}

/** What a document is about: the names its title (or lead) gives that the text names often, and how its unnamed measures are read (a review's, a thread's, a chat's). */
function documentTopic(text: string, entities: readonly EntityMention[], ownerOf: (id: string) => string | undefined, listed: EntityMention | undefined, soldId?: string, roundtable = false): DocumentTopic {
  const { start: lineStart, end: lineEnd } = firstLine(text);
  const line = text.slice(lineStart, lineEnd).trim();
  // (a Markdown title may run longer: # 大模型周榜｜第47期（2025.01.13–01.19）：X首次上榜即进前五，Y稳居开源第一)
  const titled = (line.length <= 60 || (line.length <= 120 && /^#\s/.test(line))) && !/[。！？!?；;，,]$/.test(line);
  // no title: the first sentence (the lead) names what the story is about first
  const leadEnd = titled ? lineEnd : lineStart + Math.max(0, text.slice(lineStart, lineEnd).search(/[。！？!?；;]|$/));
  let named = entities.filter((e) => e.start >= lineStart && e.end <= leadEnd);
  // 通义千问Qwen2.5: of two names written together, the second is the specific one (two companies, 華碩宏碁, are two)
  named = named.filter((e, k) => !(named[k + 1] && /^[\s的·]?$/.test(text.slice(e.end, named[k + 1].start)) && !(e.kind === 'vendor' && named[k + 1].kind === 'vendor')));
  // 中国信通院发布《…报告》：备案服务超过400款: the publisher of a report is where the figures come from, not what they are about
  named = named.filter((e) => !PUBLISHES_REPORT.test(text.slice(e.end, e.end + 80)));
  // (nor is the yardstick a title measures its news by: 价格打到GPT-4o零头, 比GPT-4便宜100倍)
  if (titled && named.length > 1) named = named.filter((e) => !yardstickIn(text, e, lineStart));
  if (!titled) named = named.slice(0, 1);
  // a procurement notice's title names the buyer (X采购项目中标结果公告): what is bought, not the buyer, is what its figures are about
  if (titled && PROCUREMENT_TITLE.test(line)) return { entities: [] };
  // (nor is an authority's notice about a company it lists: 关于印发《…扶持办法》的通知, its thresholds and subsidies are no one's)
  if (titled && OFFICIAL_NOTICE_TITLE.test(line)) return { entities: [] };
  // (and a contest's notice is about the contest, not its organiser or its sponsor: prizes, quotas and dates are the contest's)
  if (titled && CONTEST_NOTICE_TITLE.test(line)) return { entities: [] };
  // (nor a leaderboard's, JCBench 2025Q3 中文大模型综合能力评测报告, 大模型周榜｜…：X首次上榜即进前五，Y稳居开源第一: it
  // ranks many, the one named most is its winner, and the ones its title names are news of the ranking, not its topic)
  if (titled && LEADERBOARD_TITLE.test(line) && named.filter((e) => e.kind !== 'vendor').length !== 1) return { entities: [], titled: named, ranks: true };
  // (and a supplier's case study, 首页 > 客户案例 > 金融, is about its customer: the bank's assets, the assistant it built, not the supplier's)
  if (isCaseStudy(text, line)) return { entities: [] };
  // (nor is a survey's about the first it names: 從鴻海、廣達到新創，看地端LLM的算盤)
  if (SURVEY_TITLE.test(line) && named.length) return { entities: [], titled: named };
  // (nor a ranking's or a comparison's, its title listing three names or more: 百度智能云、阿里云、火山引擎位列前三)
  if (titled && listsThree(text, named)) return { entities: [], titled: named, ranks: true };
  // (nor an industry's story, its title naming three companies or more however it joins them, none of which the text names
  // twice as often as the next: 聯想續居龍頭、華碩宏碁喊明年再翻倍; a round's title names its investors beside the company)
  if (titled && !ROUND_TITLE.test(line) && industryTitle(entities, named)) return { entities: [], titled: named };
  // a shop's product page is about its product, each of its unnamed prices and specs too
  const sold = soldId ? entities.find((e) => e.entityId === soldId) : undefined;
  if (sold) return { entities: [sold], reviewed: true };
  // and an app store's page is about the app its title names (问渠AI-智能助手：写作翻译AI搜索 / App内购买项目 / 年龄 12+)
  if (titled && named[0] && named[0].kind !== 'vendor' && isAppStorePage(text)) return { entities: [named[0]], titled: named, reviewed: true };
  // a page copied from a site's documentation shows where it sits (首页 > 文档 > 火山方舟 > 产品计费 > 模型服务价格): the
  // last thing its trail names is what the page is about, more closely than the site's name at its top (its FAQ's Q: and A: make it no interview)
  // (a product's or a model's page: every measure it gives without a name of its own is that product's, as a review's)
  // a site's own page headed by its name and a bar (天枢云 | GPU云服务器 限时特惠, over its navigation) is about the site's company
  // (the site's company gives way to its product the trail names: 启明云 | 文档中心 … 首页 > 产品文档 > 启明大模型服务平台 > 计费说明)
  const siteName = siteNameHeader(text, entities);
  const crumb = breadcrumbTopic(text, entities);
  if (siteName && !(siteName.kind === 'vendor' && crumb && crumb.kind !== 'vendor')) return siteName.kind === 'vendor' ? { entities: [siteName] } : { entities: [siteName], reviewed: true };
  if (crumb) return crumb.kind === 'vendor' ? { entities: [crumb] } : { entities: [crumb], reviewed: true };
  // an interview is about the interviewee's company, however often the answers name others (对话X创始人, 专访X CEO);
  // a transcript with speaker labels (主持人：, 嘉宾：, Q：/A：) is one too, its guest's company introduced near the top
  // when the title does not name it (今天的嘉宾是X的联合创始人…)
  // (its questions begin near the top: only the opening is searched for them)
  // (a transcript may begin with its first turn, no title: 主持人：今天我们请到了…)
  if ((titled && INTERVIEW_TITLE.test(line)) || isTranscript(text.slice(0, QA_REACH))) {
    // (a roundtable's guests come from several companies: it is about none of them, each turn about its speaker's)
    if (roundtable) return { entities: [] };
    const company = (titled ? named.find((e) => e.kind === 'vendor') : undefined) ?? guestCompany(text, entities);
    if (company) return { entities: [company] };
  }
  // a broker's note or a filing heads its text with the company and its stock code (曜川科技（688xxx.SH）): that company
  if (listed) return { entities: [listed] };
  // a title that names no one (西部智算中心二期投产): the lead's one name, when no other is named as often
  const untitledLead = titled && !named.length;
  // (a product the lead gives its maker by, counted as the maker's)
  const madeByLead = new Set<string>();
  if (untitledLead) {
    // (over the credits' lines: 出品｜虎嗅科技组, 作者｜…, 头图｜…, 本文是#AI进化论#栏目的第147篇文章。)
    let after = lineEnd;
    for (let k = 0; k < CREDIT_LINES; k++) {
      const line = /^\s*(.*)/.exec(text.slice(after))!;
      if (!CREDIT_LINE.test(line[1])) break;
      after += line[0].length;
    }
    // the next line's first sentence (a heading there is the story's title, its exclamation no end: # 資料不上雲！鼎碩數位推…)
    const leadAt = (at: number) => {
      const m = /^\s*(.*)/.exec(text.slice(at))!;
      const from = at + m[0].length - m[1].length;
      return { line: m[1], from, end: from + (/^#{1,3}\s/.test(m[1]) ? m[1].length : Math.max(0, m[1].search(/[。！？!?；;]|$/))) };
    };
    let next = leadAt(after);
    const namedIn = (lead: { from: number; end: number }) => entities.filter((e) => e.start >= lead.from && e.end <= lead.end);
    // (a source line, 来源：X, names where the story comes from, not what it is about: the lead is the line after it)
    if (DATE_AND_SOURCE_LINE.test(next.line)) next = leadAt(next.from + next.line.length);
    named = DATE_AND_SOURCE_LINE.test(next.line) ? [] : namedIn(next);
    // (nor a post's byline: > 周屿 · 2024-11-18 · 技术 / 大模型 · 阅读约 15 分钟)
    if (!named.length && POST_BYLINE.test(next.line) && !DATE_AND_SOURCE_LINE.test(next.line)) {
      next = leadAt(next.from + next.line.length);
      named = namedIn(next);
    }
    // (a lead that names no one, 开源大模型圈，又来了一条“鲶鱼”。, hands the story to the next paragraph's first sentence)
    // (a sentence, not a page's furniture: 字号：大 中 小)
    if (!named.length && /[。！!]\s*$/.test(next.line) && !DATE_AND_SOURCE_LINE.test(next.line) && !/^#{1,3}\s/.test(next.line)) {
      next = leadAt(next.from + next.line.length);
      named = namedIn(next);
    }
    // (a release's labels over its headline name no one either: 新闻稿 | PRESS RELEASE / 即时发布 | FOR IMMEDIATE RELEASE / 阶跃星辰发布…)
    for (let k = 0; k < LABEL_LINES && !named.length && LABELS_ONLY.test(next.line); k++) {
      next = leadAt(next.from + next.line.length);
      named = DATE_AND_SOURCE_LINE.test(next.line) ? [] : namedIn(next);
    }
    // (a social post's author line under their name, 联合创始人 & CEO @ 栈桥智能 ｜ 前阿里云…: the post speaks for the company
    // after the @, whatever other names the line gives)
    const author = POST_AUTHOR_LINE.exec(next.line);
    if (author) {
      const at = next.from + author[0].length;
      const company = named.find((e) => e.kind === 'vendor' && e.start >= at && !text.slice(at, e.start).trim());
      if (company) return { entities: [company] };
    }
    // (a headline found under them is read as a title is: a procurement's or a contest's notice is about no one it names)
    if (PROCUREMENT_TITLE.test(next.line) || CONTEST_NOTICE_TITLE.test(next.line)) return { entities: [] };
    // (a product the lead names only to describe its maker, AI会议助手Echonote的开发商聆风科技, is the maker's)
    // (nor are its investors what it is about: 由阿里巴巴领投，红杉中国跟投)
    // (nor a partner it signs with, nor what the deal is for: …获130亿美元融资，同时与谷歌签署大规模TPU算力协议)
    const partner = named.find((e) => PARTNER_BEFORE.test(text.slice(Math.max(0, e.start - 2), e.start)) && PARTNER_DEAL_AFTER.test(text.slice(e.end, e.end + 16)));
    const inDeal = (e: EntityMention) => !!partner && e.start >= partner.start && !/[，,。；;]/.test(text.slice(partner.end, e.start));
    named = named.filter((e, k) => {
      const described = named[k + 1]?.kind === 'vendor' && MAKER_NOUN_AFTER.test(text.slice(e.end, named[k + 1].start));
      if (described) madeByLead.add(e.entityId);
      return !described && !inDeal(e) && !INVESTED_AFTER.test(text.slice(e.end, e.end + 14));
    });
    // (a programme's name over an episode's title that announces an interview: 硅基漫游指南 · 播客 / EP87｜对话X陈屿：…)
    const guest = INTERVIEW_TITLE.test(next.line) ? named.find((e) => e.kind === 'vendor') : undefined;
    if (guest) return { entities: [guest] };
    // (a company and the model it releases, under one name and its short name: 澄曜智能正式开源了旗舰MoE模型
    // Chengming-MoE-480B-A32B（下文简称Chengming-MoE）: both, the model for what a model measures)
    const vendors = named.filter((e) => e.kind === 'vendor'), models = named.filter((e) => e.kind === 'model');
    if (vendors.length <= 1 && models.length && vendors.length + models.length === named.length && (vendors.length || models.length > 1) &&
      models.every((m) => m.canonical.startsWith(models[0].canonical) || models[0].canonical.startsWith(m.canonical))) {
      return { entities: [...vendors, models.reduce((a, b) => (b.canonical.length < a.canonical.length ? b : a))] };
    }
    if (named.length !== 1) return dominantTopic(entities, ownerOf);
  }
  // 基座：Qwen2.5-32B-Instruct，LoRA 微调，产出的模型我叫它 LawQwen-32B: a write-up of making a model (of tuning
  // another) is about the model it made, named again below, more than about the base its title names
  // (named once only, the made model is no topic; the base its title names is not the subject of its sections either)
  const made = madeModel(text, entities);
  if (made && named.every((e) => e.kind === 'model')) return { entities: made.again ? [made.model] : [], titled: named, made: true };
  if (!named.length) return dominantTopic(entities, ownerOf);
  // a title that is a name and nothing else (# LanShan-2-MoE-312B-A28B, a model's card) says what the text is about
  // (and so is a name with its other name in brackets after it, known or a Latin one: # 玄衡-MoE-36B-A3B（XuanHeng-MoE）)
  // (a model's: a card, each of its unnamed measures the model's, as a review's are its product's)
  if (titled && named.length <= 2 && nameAloneTitle(line, text, named)) return { entities: [named[0]], titled: named, reviewed: named[0].kind === 'model' };
  // a model's card (【模型卡中译】X：…, X Model Card) is about that model, each of its unnamed measures too (| 层数 | 60 |)
  if (titled && MODEL_CARD_TITLE.test(line)) {
    const card = named.find((e) => e.kind === 'model');
    if (card) return { entities: [card], titled: named, reviewed: true };
  }
  // a title that opens with a name and a colon (Halcyon-R2：首个…的推理模型) is about that name
  const opening = titled ? named.find((e) => e.kind !== 'product') : undefined;
  if (opening && opening === named[0] && !text.slice(lineStart, opening.start).replace(TITLE_LABEL, '').trim() && /^\s*[:：]/.test(text.slice(opening.end, opening.end + 3))) return { entities: [opening], titled: named };
  // a review's title names what it reviews first (【實測】X 評測：…, X上手体验): that, however often the text names the
  // platform it runs on
  // (a short line that asks, 有幾快？, is a title too)
  if (line.length <= 60 && REVIEW_TITLE.test(line)) {
    const reviewed = named.find((e) => e.kind === 'product' || e.kind === 'model');
    if (reviewed) return { entities: [reviewed], titled: named, reviewed: true };
  }
  // mentions in the whole text; a vendor or a family counts its models' mentions too
  const counts = new Map<string, number>();
  const add = (id: string | undefined) => { if (id) counts.set(id, (counts.get(id) ?? 0) + 1); };
  for (const e of entities) {
    add(e.entityId);
    if (e.vendorId !== e.entityId) add(e.vendorId);
    const owner = ownerOf(e.entityId);
    if (owner && owner !== e.vendorId) add(owner);
  }
  // measured against the others the text names, not against its own vendor or family (which count its mentions too)
  const topOther = (e: EntityMention) => {
    const own = new Set([e.entityId, e.vendorId, ownerOf(e.entityId)]);
    let top = 0;
    // (nor its own companies: 阿里云 is 阿里巴巴's)
    for (const [id, n] of counts) if (n > top && !own.has(id) && !madeByLead.has(id) && ownerOf(id) !== e.entityId) top = n;
    return top;
  };
  const count = (e: EntityMention) => counts.get(e.entityId) ?? 0;
  // (the lead's name must be named again, and as often as any other; the model the writers say they made, once named again,
  // however often they compare it with others: 我们…从零预训练了一个7B基座模型 Kestrel-7B)
  if (untitledLead) {
    const own = named.find((e) => e.kind === 'model' && count(e) >= 2 && OWN_MAKING_BEFORE.test(text.slice(Math.max(0, e.start - 80), e.start)));
    return { entities: own ? [own] : named.filter((e) => count(e) >= 2 && count(e) * 2 >= topOther(e)) };
  }
  // (a title's one product needs no repetition when nothing else is named more than three times as often: a review's
  // device, written whole once and then 这台, 它)
  const alone = titled && named.length === 1 && named[0].kind === 'product';
  const enough = (e: EntityMention) => alone ? count(e) * 3 >= topOther(e) : count(e) >= 3 && count(e) * 2 >= Math.max(topOther(e), count(e));
  return { entities: named.filter(enough), titled: titled ? named : undefined };
}

/** How far after a score a bare value after a model's name still continues its list (characters). */
const SCORE_LIST_REACH = 400;
/** A list's caption that says its numbers are scores (Elo分, 得分, 评分, 分数). */
const SCORED_LIST_CAPTION = /Elo|elo|得分|评分|評分|分数|分數|成绩|成績|跑分|总分|總分|[（(][^（()）]{0,6}分[，,)）]/;
/** A line that is an item of a numbered or bulleted list. */
const LIST_ITEM_LINE = /^\s*(?:\d{1,2}\s*[.、．)）](?!\d)|[-*•·]\s|\d\uFE0F?\u20E3|[\u2460-\u2473])/u;
/** The line that introduces the list a position is an item of, ending with a colon (…整理了前十（Elo分）：). */
function listCaption(text: string, at: number): string | undefined {
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let lineEnd = text.indexOf('\n', at);
  if (!LIST_ITEM_LINE.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))) return undefined;
  for (let k = 0; k < 40 && lineStart > 0; k++) {
    lineEnd = lineStart - 1;
    lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd);
    if (!line.trim() || LIST_ITEM_LINE.test(line)) continue;
    return /[：:]\s*$/.test(line) ? line : undefined;
  }
  return undefined;
}

/**
 * 🥇 GPT-5(high) 总分69.37 / 🥈 o3 65.94, Elo 1455 … GPT-5-high，1442: a bare value right after a model's name that no
 * cue decided continues the list of scores just above it.
 */
function scoresListed(input: SettleInput): void {
  // the score that heads the list, and where the list has reached
  let head: Figure | undefined;
  let reached = 0;
  for (const f of input.figures) {
    if (f.attribute === 'score') { head = f; reached = f.end; continue; }
    // 整理了前十（Elo分）：\n1. Gemini-2.5-Pro  1463: a numbered list under a line that says its numbers are scores
    if (f.attribute === 'other' && f.unit === '' && f.why?.attribute === 'no cue' && f.subjectId?.startsWith('model:') && (!head || f.start - reached > SCORE_LIST_REACH)) {
      const caption = listCaption(input.text, f.start);
      if (caption && SCORED_LIST_CAPTION.test(caption)) {
        f.attribute = 'score';
        f.why = { ...f.why, attribute: 'list of scores' };
        continue;
      }
    }
    if (!head || f.attribute !== 'other' || f.unit !== '' || f.why?.attribute !== 'no cue' || !f.subjectId?.startsWith('model:') || f.start - reached > SCORE_LIST_REACH) continue;
    // (on the list's benchmark, measured as it is: a score of another list is never its conflict)
    f.attribute = 'score';
    f.why = { ...f.why, attribute: 'list of scores' };
    if (head.benchmark) f.benchmark = head.benchmark;
    if (head.facet) f.facet = head.facet;
    reached = f.end;
  }
}

/** A byline's line under a title: who made, wrote, edited or illustrated the story, or the column it runs in. */
// (and a byline, 衡山 发自 凹非寺, or an outlet's account line, 量子位 | 公众号 QbitAI)
const CREDIT_LINE = /^(?:>\s*)?(?:发布|發布|发布方|發布方|发布机构|發布機構|出品方|出品|作者|编辑|編輯|责编|責編|责任编辑|責任編輯|头图|頭圖|题图|題圖|封面|封面来源|封面來源|图片来源|圖片來源|图片|圖片|撰文|撰稿|策划|策劃|校对|校對|文|图|圖)\s*[|｜:：丨/]|^本文(?:是|为|為|系|来自|來自)[^。\n]{0,40}(?:栏目|欄目|专栏|專欄|系列)|^[^\s，。]{1,12}\s*(?:发自|發自)\s*[^\s，。]{1,12}\s*$|^[^\s，。|｜]{2,12}\s*[|｜]\s*(?:公众号|公眾號|微信公众号)/;
/** How many credit lines may stand between a title and its lead. */
const CREDIT_LINES = 8;
/** A short line of labels that is no sentence (即时发布 | FOR IMMEDIATE RELEASE, 新闻稿, 2025年9月18日): what a release puts over its headline. */
const LABELS_ONLY = /^[^。！？!?；;，,]{1,40}$/;
/** How many such lines may stand over the headline. */
const LABEL_LINES = 3;
/** A title that announces a model's card. */
const MODEL_CARD_TITLE = /模型卡|模型卡片|model\s*card/i;
/** A title's label or Markdown mark before its words (【独家】, ## ). */
const TITLE_LABEL = /^\s*(?:#+\s*|[【\[][^】\]\n]{1,12}[】\]]\s*)*/;
/** A contest's notice or rules (…挑战赛」参赛公告, 黑客松报名通知, 大赛章程). */
const CONTEST_NOTICE_TITLE = /(?:大赛|大賽|挑战赛|挑戰賽|竞赛|競賽|比赛|比賽|黑客松|黑客马拉松|黑客馬拉松|hackathon|创新赛|創新賽)[^\n]{0,16}?(?:公告|通知|章程|规则|規則|简章|簡章|指南)/i;
/** An authority's notice, decision or opinion (关于印发《…办法》的通知, 关于加快…的意见); a company's 公告 is not one. */
const OFFICIAL_NOTICE_TITLE = /^(?:[\u4e00-\u9fff]{2,20}(?:人民政府|办公厅|辦公廳|管委会|管委會|委员会|委員會|局|厅|廳))?关于[^\n]{2,80}的(?:通知|通告|决定|決定|意见|意見|批复|批覆)\s*$|^關於[^\n]{2,80}的(?:通知|通告|決定|意見|批覆)\s*$/;
/** A procurement notice's title (…采购项目中标结果公告, …招标公告, …成交公示). */
const PROCUREMENT_TITLE = /(?:采购|採購|招标|招標|中标|中標|成交|询价|詢價|磋商|比选|比選|遴选|遴選)[^\n]{0,12}(?:公告|公示)/;
/** A title of a report that ranks models (评测报告, 排行榜, 榜单, leaderboard). */
const LEADERBOARD_TITLE = /(?:评测|評測|测评|測評|评估|評估|能力)(?:报告|報告)|排行榜|[周週月季年]榜|榜单|榜單|leaderboard/i;
/** A title that announces a review of a device or a product (评测, 上手, 开箱, 实测). */
const REVIEW_TITLE = /评测|評測|测评|測評|上手|开箱|開箱|实测|實測|体验报告|體驗報告|深度体验|深度體驗|长测|長測|review/i;
/** A line near the top that is a company's name and its stock code, perhaps a title after a colon (曜川科技（688721.SH）：…). */
// (and a forum's cashtag that opens a post: $寒武纪(SH688256)$ 五千亿的“寒王”到底贵不贵？)
/** A stock code in brackets: （301563）, (688256.SH), （HK:0700）. */
// (its label may be a word too: （股份代號：2598）, (Stock Code: 2598))
const STOCK_CODE = String.raw`[（(]\s*(?:(?:[A-Za-z]{2,6}|Stock Code|股份代[號号]|股票代[码碼號号]|证券代码|證券代碼)\s*[:：]\s*)?(?:[A-Za-z]{2})?\d{4,6}(?:\.[A-Za-z]{2,3})?\s*[)）]`;
// (a few words of what the title is may stand before its colon: 匯思智能（6689.HK）全年業績：收益按年增長47.3%)
const STOCK_CODE_HEADER = new RegExp(String.raw`^[ \t#*]*\$?([^\n（($]{2,20}?)\s*${STOCK_CODE}[*]*(?:\$\s*[^\n]*|\s*(?:[^\n:：|｜（(，,。]{0,8}[:：|｜][^\n]*)?)$`, 'gm');
/** How far into a text its header lines may run. */
const HEADER_REACH = 600;
function listedCompanyHeader(text: string, entities: readonly EntityMention[]): EntityMention | undefined {
  const head = text.slice(0, HEADER_REACH);
  const issuer = issuerHeader(text, entities) ?? leadListedCompany(text, entities);
  if (issuer) return issuer;
  if (!head.includes('（') && !head.includes('(') && !head.includes('简称') && !head.includes('簡稱')) return undefined;
  // (or a filing's short name on its header line: 证券代码：688417　证券简称：星衡智能)
  for (const header of [STOCK_CODE_HEADER, SECURITY_SHORT_NAME]) {
    for (const m of head.matchAll(header)) {
      const start = m.index! + m[0].indexOf(m[1]), end = start + m[1].length;
      const company = entities.find((e) => e.kind === 'vendor' && e.start >= start && e.end <= end);
      if (company) return company;
    }
  }
  return undefined;
}

/**
 * A story about one listed company: its title names the company, and its lead gives the company's stock code
 * (天衡智算拟定增募资… / 证券时报e公司讯，天衡智算（301563）11月18日晚间披露…): 公司 is that company throughout.
 */
function leadListedCompany(text: string, entities: readonly EntityMention[]): EntityMention | undefined {
  const { start, end } = firstLine(text);
  const titled = new Set<string>();
  for (const e of entities) {
    if (e.start >= end) break;
    if (e.kind === 'vendor' && e.start >= start) titled.add(e.entityId);
  }
  if (titled.size !== 1) return undefined;
  for (const e of entities) {
    if (e.start >= HEADER_REACH + end) break;
    if (e.start >= end && titled.has(e.entityId) && STOCK_CODE_AFTER.test(text.slice(e.end, e.end + 16))) return e;
  }
  return undefined;
}
/** A stock code right after a company's name. */
const STOCK_CODE_AFTER = new RegExp(String.raw`^\s*${STOCK_CODE}`);

/** A company's registered name (…股份有限公司, …集团, … Co., Ltd.). */
const REGISTERED_NAME = /(?:公司|集团|集團|Co\.,?\s*Ltd\.?|Inc\.?|Limited|Corporation)$/i;
/** The words by which a company speaks of itself in its own filing (我們是…, 本集團). */
const OWN_VOICE = /我們|我们|本公司|本集團|本集团|发行人|發行人/g;
/** How many times a text must speak as the company for its header to name who is speaking. */
const OWN_VOICE_TIMES = 3;
/** A stock code in brackets at the end of a line (（股份代號：2598）, (Stock Code: 2598)). */
const STOCK_CODE_AT_END = new RegExp(String.raw`\s*${STOCK_CODE}\s*$`);
/** How many lines at the top may hold a filing's issuer. */
const ISSUER_LINES = 8;

/**
 * A prospectus or an annual report in the company's own voice, its registered name alone on a line at the top
 * (深瀚智能科技股份有限公司 … 我們是中國領先的…): every 我們 and every unnamed figure is that company's.
 */
function issuerHeader(text: string, entities: readonly EntityMention[]): EntityMention | undefined {
  if (!matchesAtLeast(OWN_VOICE, text, OWN_VOICE_TIMES)) return undefined;
  let lineStart = 0, k = 0;
  for (let n = 0; n < ISSUER_LINES && lineStart < text.length; ) {
    const nl = text.indexOf('\n', lineStart), lineEnd = nl < 0 ? text.length : nl;
    // (its stock code in brackets after it is no part of the name: 雲岫科技集團有限公司（股份代號：2598）)
    const line = text.slice(lineStart, lineEnd).replace(/[#*]/g, '').trim().replace(STOCK_CODE_AT_END, '');
    // (the entities come in text order: each line looks only at its own)
    while (k < entities.length && entities[k].start < lineStart) k++;
    if (line) {
      n++;
      for (let j = k; j < entities.length && entities[j].start < lineEnd; j++) {
        const company = entities[j];
        if (company.kind === 'vendor' && company.end <= lineEnd && REGISTERED_NAME.test(line) && company.end - company.start >= line.length - 2) return company;
      }
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** A site's line of navigation: a breadcrumb (首页 > 评测 > …) or its sections after 首页 (首页　归档　分类　标签). */
// (a site's name may lead its home page, in a trail of two steps at least: 36氪首页 > 创投 > 正文)
const NAVIGATION = /^\s*(?:首页|首頁|主页|主頁|Home)(?:\s*[＞>»/›]|[ \t　]+[^\s。，,]{1,4}[ \t　]+[^\s。，,]{1,4}(?:[ \t　]|$))|^\s*[^\s＞>»›。，,]{1,6}(?:首页|首頁)\s*[＞>»›][^\n＞>»›]{1,12}[＞>»›]/;

/**
 * A line of a web page's furniture: its navigation (NAVIGATION), sharing buttons, the date and source line, a line of hashtags,
 * a post's author handle alone on its line (@某某);
 * an official account's calls to follow it (点击上方蓝字关注我们, 星标公众号), its 原创 byline, and rules drawn with box characters.
 */
// (a navigation bar of links: [首页](/) | [产品](/products) | …, its targets blanked where Markdown is masked; or of
// short words alone: 登录 | 下载APP | 寻求报道)
const PAGE_FURNITURE = new RegExp(`${NAVIGATION.source}|` + String.raw`^\s*(?:\[[^\]\n]{1,12}\](?:\([^)\n]*\))?\s*[|｜·]\s*){3,}|^\s*[^|｜\n。，,；;！!？?]{1,8}(?:\s*[|｜]\s*[^|｜\n。，,；;！!？?]{1,8}){2,}\s*$|^\s*(?:\[[^\]\n]{1,12}\]\([^)\n]*\)\s*){3,}|(?:^|\s)(?:来自|來自)\s*\S*(?:客户端|客戶端|iPhone|Android|微博)|点击上方|點擊上方|关注我们|關注我們|星标公众号|星標公眾號|设为星标|設為星標|^\s*原创[\s　]|^\s*原創[\s　]|^\s*[━─—=＝\-_*·•~～]{3,}\s*$|[＞>»][^＞>»\n]{1,12}[＞>»]|分享到|复制链接|複製連結|字体[:：]|字體[:：]|字号[:：]|字號[:：]|^\s*(?:\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}日?\s*(?:\d{1,2}:\d{2})?)?\s*(?:来源|來源|作者|编辑|編輯)[:：]|阅读\s*[\d０-９]|閱讀\s*[\d０-９]|^\s*(?:#[^#\n]{1,30}#\s*)+$|^\s*@[^\s@]{1,30}\s*$`);

/** A post's time and client line (11-20 09:41 来自 iPhone客户端): it and the author's name above it are no title. */
const POST_META = /^\s*(?:\d{1,4}[-/年.]\d{1,2}[-/月.]?\d{0,2}日?\s*)?(?:\d{1,2}:\d{2}\s*)?(?:来自|來自)\s*\S*|已编辑\s*$|已編輯\s*$/;

/** Whether three names or more stand in a row joined by 、, 和 or 与 (百度智能云、阿里云、火山引擎). */
/** A funding round's words in a title (its investors are named beside the company: …完成A輪募資！鴻海、台積電旗下創投進場). */
const ROUND_TITLE = /融资|融資|募资|募資|[A-E]\+?(?:轮|輪)|天使轮|天使輪|领投|領投|估值/;
/** Whether a title names three companies or more, none of which the text names twice as often as the next. */
function industryTitle(entities: readonly EntityMention[], named: readonly EntityMention[]): boolean {
  const companies = new Set(named.filter((e) => e.kind === 'vendor').map((e) => e.entityId));
  if (companies.size < 3) return false;
  const counts = [...companies].map((id) => entities.filter((e) => e.entityId === id).length).sort((a, b) => b - a);
  return counts[0] < 2 * counts[1];
}

function listsThree(text: string, named: readonly EntityMention[]): boolean {
  let run = 1;
  for (let k = 1; k < named.length; k++) {
    run = NAMES_JOINED.test(text.slice(named[k - 1].end, named[k].start)) ? run + 1 : 1;
    if (run >= 3) return true;
  }
  return false;
}

/** A title that announces an interview or a company's call (法说会, 业绩会, 逐字稿). */
const INTERVIEW_TITLE = /【[^】]{0,6}人物[^】]{0,4}】|人物志|人物专访|人物專訪|对话|對話|专访|專訪|访谈|訪談|对谈|對談|问答|問答|面对面|面對面|独家采访|獨家採訪|法说会|法說會|业绩会|業績會|业绩说明会|業績說明會|电话会|電話會|逐字稿|实录|實錄|文字稿/;
/** A question line of a Q&A (问：, Q:, 记者：) or a speaker label of a transcript (主持人：, 嘉宾：, A：, 答：). */
// (a label may carry the speaker's name: 主持人老周：)
const QA_LINE = /^[ \t]*(?:问|問|Q|记者|記者|主持人[\u4e00-\u9fff]{0,3}|主持|嘉宾[\u4e00-\u9fff]{0,3}|嘉賓[\u4e00-\u9fff]{0,3}|答|A)\s*[：:]/gm;
/** A speaker's name as a transcript's label opens a line: 陈琳：, 主持人（老周）：, 财务长 黄雅琪：, Tom: (a short name, perhaps a role before it). */
const NAME_LABEL = /^[ \t]*([\u4e00-\u9fffA-Za-z]{1,8}(?:[ \u3000][\u4e00-\u9fffA-Za-z]{1,4})?(?:[（(][^）)\n]{1,8}[）)])?)\s*[：:]/gm;
/** Labels of lines that are no one's turn (来源：, 注：, 原标题：). */
const NOT_A_SPEAKER_LABEL = /^(?:来源|來源|注|备注|備註|说明|說明|作者|编辑|編輯|责任编辑|責任編輯|原标题|原標題|标题|標題|摘要|关键词|關鍵詞|时间|時間|地点|地點|图|圖|数据|數據|资料|資料|附|网址|網址|链接|連結|出品|撰文|文|本文|提示|声明|聲明|https?|[A-Za-z])$/;

/**
 * An interview or a transcript: two question or role lines (问：, 主持人：), or turns of named speakers — at least two
 * names, each opening two lines or more (老周：… 陈琳：… 老周：…).
 */
function isTranscript(opening: string): boolean {
  if ((opening.match(QA_LINE)?.length ?? 0) >= 2) return true;
  const turns = new Map<string, number>();
  for (const m of opening.matchAll(NAME_LABEL)) if (!NOT_A_SPEAKER_LABEL.test(m[1])) turns.set(m[1], (turns.get(m[1]) ?? 0) + 1);
  let speakers = 0;
  for (const n of turns.values()) if (n >= 2) speakers++;
  return speakers >= 2;
}

/** Where a transcript introduces its guest. */
const GUEST_INTRO = /嘉宾|嘉賓|邀请到|邀請到|请到|請到|欢迎|歡迎|来自|來自/;
/** A profile introduces its founder right after the company: 粵智科技（CantoAI Labs）創辦人兼行政總裁梁浩維. */
const FOUNDER_AFTER = /^\s*(?:[（(][^）)\n]{0,24}[)）])?\s*的?(?:联合|聯合)?(?:创始人|創始人|创办人|創辦人|行政總裁|行政总裁|首席执行官|首席執行官|CEO)/;

/** The company named first in a line that introduces the guest, near the top of a transcript. */
function guestCompany(text: string, entities: readonly EntityMention[]): EntityMention | undefined {
  for (let i = 0; i < entities.length && entities[i].start < QA_REACH; i++) {
    const e = entities[i];
    if (e.kind !== 'vendor') continue;
    const lineFrom = text.lastIndexOf('\n', e.start) + 1;
    let lineTo = text.indexOf('\n', e.end);
    if (lineTo < 0) lineTo = text.length;
    if (GUEST_INTRO.test(text.slice(lineFrom, lineTo)) || FOUNDER_AFTER.test(text.slice(e.end, e.end + 30))) return e;
  }
  return undefined;
}
const QA_REACH = 4000;

/** A line of a list of guests: a name, then a company and a title (- 林舟  阶跃星辰 产品副总裁; 许安（MiniMax技术总监）). */
const GUEST_LINE = /^[ \t]*(?:[-*•·]\s*)?([\u4e00-\u9fff]{2,4})(?:[ \t　]+|[（(])/;
/** A turn of a transcript: a speaker's name and a colon at a line's start (林舟：…). */
const TURN_START = /^[ \t]*([\u4e00-\u9fff]{2,4})[：:]/;
/** How far back from a figure its turn may begin (characters). */
const TURN_REACH = 2000;

/**
 * A roundtable's guests by name, each with the company its guest line names, when the list names two companies or
 * more: a turn's 我们 and its figures speak for its speaker's company. Undefined for a text with one guest or none.
 */
function roundtableGuests(text: string, entities: readonly EntityMention[]): Map<string, EntityMention> | undefined {
  if (!isTranscript(text.slice(0, QA_REACH)) && !GUEST_INTRO.test(text.slice(0, QA_REACH))) return undefined;
  const guests = new Map<string, EntityMention>();
  for (let i = 0; i < entities.length && entities[i].start < QA_REACH; i++) {
    const e = entities[i];
    if (e.kind !== 'vendor') continue;
    const lineFrom = text.lastIndexOf('\n', e.start) + 1;
    const guest = GUEST_LINE.exec(text.slice(lineFrom, e.start));
    if (!guest || guests.has(guest[1]) || e.start - lineFrom > 20) continue;
    guests.set(guest[1], e);
  }
  return new Set([...guests.values()].map((e) => e.entityId)).size >= 2 ? guests : undefined;
}

/** The speaker of the transcript's turn that holds `at`, by the name that opens it. */
function turnSpeaker(text: string, at: number): string | undefined {
  for (let line = text.lastIndexOf('\n', at - 1) + 1; at - line < TURN_REACH; line = text.lastIndexOf('\n', line - 2) + 1) {
    const turn = TURN_START.exec(text.slice(line, line + 8));
    if (turn) return turn[1];
    if (line === 0) return undefined;
  }
  return undefined;
}

/**
 * Two or more list items in a row (- …, • …, ■ …, 1. …, 一、…, 【…】…): like a table's rows, each is about a
 * different thing.
 */
const LIST_ITEM = /^[ \t>]*(?:[-*•·▪◆●■□▶►★☆◇◎]|\d{1,2}[.、)）]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、|【[^】\n]{1,20}】)\s*\S/;

/** A title or opening line that names a digest of short stories. */
const DIGEST = /快讯|快訊|快报|快報|早报|早報|晨报|晨報|晨会|晨會|晚报|晚報|日报|日報|周报|週報|周刊|週刊|简讯|簡訊|速递|速遞|速览|速覽|要闻|要聞|一周|一週|汇总|匯總|盘点|盤點|新闻摘要|新聞摘要|digest|roundup|weekly|daily/i;

/** A lead sentence that says what the page gathers (本文汇总了…), not a digest's label. */
// (a quoted lead's last sentence too: > 启明云是…。本文汇总了用户…最常遇到的问题)
const SUMMING_LEAD = /(?:^\s*>?|[。！？!?])\s*(?:本文|本页|本頁|以下)(?:汇总|匯總|盘点|盤點)/;
function isDigest(text: string): boolean {
  // the first two lines that say anything (a web page's navigation and sharing lines say nothing of the story)
  // (nor a byline's newspaper: 2024/11/08　經濟日報　記者王建中／台北報導)
  // (nor a site's name above its navigation: e+數碼週刊 over 主頁 ＞ 評測 is a weekly's site, this page one review)
  const said = text.slice(0, 600).split('\n').filter((l) => l.trim());
  // (nor a help page's trail, 云岫算力 · 帮助中心 > 计费说明; nor a lead's sentence that sums up, 本文汇总了…常见问题。)
  const lines = said.filter((l, k) => !PAGE_FURNITURE.test(l) && !BYLINE.test(l) && !NAVIGATION.test(said[k + 1] ?? '') && !BREADCRUMB.test(l) && !SUMMING_LEAD.test(l)).slice(0, 2);
  // (a column of one company's filing or results, 【招股书速览】, 财报速递, 招股说明书（注册稿）要点速览, is no digest)
  // (nor is a column's label that opens a story's lead on its line: 【融资快讯】据知情人士透露，X完成…)
  // (nor a column's label over one story's dateline: 【財經快訊】2025年3月27日　18:42)
  if (!DIGEST.test(lines.join('\n').slice(0, 200).replace(ONE_FILING_COLUMN, '').replace(STORY_LABEL, '').replace(DATED_LABEL, ''))) return false;
  // (nor a flash whose story opens with its dateline, 【潮汐财经2月26日讯】: one story under the column's label)
  if (STORY_DATELINE.test(text.slice(0, DATELINE_REACH))) return false;
  // (a periodical's masthead above one story's labelled title, 【技术报告精读】X开源Y：…, the only label near the top: a story of
  // the periodical, no digest of several)
  const title = lines[0] && MASTHEAD.test(lines[0]) ? lines[1] : undefined;
  return !(title && STORY_TITLE.test(title) && (text.slice(0, 2000).match(LABEL_LINE) ?? []).length === 1);
}
/** A story's dateline in brackets: its outlet, its day and 讯 (【潮汐财经2月26日讯】, 【本報訊】). */
const STORY_DATELINE = /[【\[][^】\]\n]{0,20}(?:讯|訊)[】\]]/;
/** How far into a text a story's dateline is looked for. */
const DATELINE_REACH = 800;
/** A byline: the reporter, the place reported from (記者王建中／台北報導, 本报记者). */
const BYLINE = /记者|記者|[／/][\u4e00-\u9fff]{2,4}(?:报道|報導|电|電)\s*$/;
/** A line that opens with a label in brackets (【融资】, [快讯]). */
const LABEL_LINE = /^\s*[【\[][^】\]\n]{1,12}[】\]]/gm;

const ONE_FILING_COLUMN = /(招股书|招股書|招股说明书|招股說明書|财报|財報|年报|年報|季报|季報|业绩|業績|公告)[^\n]{0,12}?(要点|要點)?(速览|速覽|速递|速遞|快讯|快訊|快报|快報)/g;
const STORY_LABEL = /^\s*[【\[][^】\]\n]{1,12}[】\]](?=[^\n]{24,})/gm;
/** A label with a date and a time alone on its line: a story's dateline under its column's name. */
const DATED_LABEL = /^\s*[【\[][^】\]\n]{1,12}[】\]][ \t　]*\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?[ \t　]*(?:\d{1,2}:\d{2}(?::\d{2})?)?[ \t　]*$/gm;
/** The same, on one line (not global: tested once). */
const STORY_TITLE = /^\s*[【\[][^】\]\n]{1,12}[】\]](?=[^\n]{24,})/;



export function listRuns(text: string): Array<{ start: number; end: number }> {
  return runSteps(listRunsInSteps(text));
}

export function* listRunsInSteps(text: string): Steps<Array<{ start: number; end: number }>> {
  const out: Array<{ start: number; end: number }> = [];
  let runStart = -1, runEnd = -1, items = 0;
  let pos = 0;
  let lines = 0;
  while (pos <= text.length) {
    if (++lines % PAUSE_EVERY === 0) yield;
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    if (LIST_ITEM.test(line)) {
      if (runStart < 0) { runStart = pos; items = 0; }
      runEnd = nl;
      items++;
    } else if (line.trim() && runStart >= 0) {
      // a line of prose ends the list (blank lines between items do not)
      if (items >= 2) out.push({ start: runStart, end: runEnd });
      runStart = -1;
      items = 0;
    }
    pos = nl + 1;
  }
  if (runStart >= 0 && items >= 2) out.push({ start: runStart, end: runEnd });
  return out;
}

// ---- document-level sources ----

/** A line that says where the text's figures come from. */
const SOURCE_LINE = /^[\s>*_#-]*[（(【[]?\s*(?:注\s*[:：]\s*)?(?:本文|全文|文中|以上|上述|表中|图中)?(?:的)?(?:资讯|信息|数据|资料|内容|图片|图表|素材|统计)?(?:来源|出处|来自)\s*(?:于)?\s*[:：]\s*(.{2,120}?)\s*[）)】\]]?[\s*_]*$/;
const SOURCE_LINE_EN = /^[\s>*_#-]*[(（[]?\s*(?:data\s+)?sources?\s*[:：]\s*(.{2,120}?)\s*[)）\]]?\s*$/i;
/** The same, as the last words of a paragraph: ……增长20%。（来源：IDC） */
const SOURCE_TAIL = /[（(【[]\s*(?:资讯|信息|数据|资料)?(?:来源|出处)\s*[:：]\s*([^（()）【】[\]\n]{2,80})[）)】\]]\s*$/;
/** A footnote definition whose text reads like a citation. */
const FOOTNOTE_DEF = /^\s*(?:\[\^?(\w{1,6})\]\s*[:：]?|注\s*(\d{1,3})\s*[:：]|([①-⑳]))\s*(.{2,200})$/;
const CITATION = /来源|出处|出自|引自|参见|参考|据|报告|白皮书|财报|公告|论文|官网|https?:\/\/|《|et al|\d{4}/i;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

interface Covered { start: number; end: number; source: string }

const SOURCE_HINT = /(来源|來源|出处|出處|来自|來自|sources?)\s*(于|於)?\s*[:：]|^[\s>*_#-]*[（(【[]?\s*(\[\^?\w{1,6}\]|注\s*\d{0,3}\s*[:：]|[①-⑳])/i;

/** Source lines and footnotes → the stretches of text they cover. */
export function documentSources(text: string): Covered[] {
  return runSteps(documentSourcesInSteps(text));
}

function* documentSourcesInSteps(text: string): Steps<Covered[]> {
  // most texts have none of these: a source word before a colon, or a footnote mark
  if (!/(来源|來源|出处|出處|来自|來自|sources?)\s*(于|於)?\s*[:：]|\[\^?\w{1,6}\]|[①-⑳]/i.test(text)) return [];
  const lines: Array<{ start: number; end: number; text: string }> = [];
  for (let pos = 0; pos <= text.length;) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    lines.push({ start: pos, end: nl, text: text.slice(pos, nl).replace(/\r$/, '') });
    pos = nl + 1;
    if (lines.length % PAUSE_EVERY === 0) yield;
  }
  const nonEmpty = lines.filter((l) => l.text.trim());
  yield;
  const out: Covered[] = [];
  const footnotes = new Map<string, string>();
  let previousSourceEnd = 0;
  for (let k = 0; k < nonEmpty.length; k++) {
    const line = nonEmpty[k];
    if (k % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    // only a line with a source word before a colon, or a footnote's mark, can say where figures come from
    if (!SOURCE_HINT.test(line.text)) continue;
    const simplified = toSimplified(line.text);
    const m = SOURCE_LINE.exec(simplified) ?? SOURCE_LINE_EN.exec(simplified);
    const footnote = !m ? FOOTNOTE_DEF.exec(simplified) : null;
    if (footnote && CITATION.test(footnote[4])) {
      const key = footnote[1] ?? footnote[2] ?? String(CIRCLED.indexOf(footnote[3]) + 1);
      const at = footnote.index + footnote[0].length - footnote[4].length;
      footnotes.set(key, sourceText(line.text.slice(at), footnote[4].length));
      continue;
    }
    if (!m) {
      const tail = SOURCE_TAIL.exec(simplified);
      if (tail) {
        // the paragraph this line ends
        let first = k;
        while (first > 0 && nonEmpty[first - 1].end + 1 === nonEmpty[first].start) first--;
        out.push({ start: nonEmpty[first].start, end: line.start + tail.index, source: sourceText(line.text.slice(tail.index), tail[0].length) });
      }
      continue;
    }
    const written = sourceText(line.text, line.text.length);
    const wholeDocument = /本文|全文|文中/.test(simplified) || k < 3 || nonEmpty.slice(k + 1).every((l) => !/\d/.test(l.text) || FOOTNOTE_DEF.test(l.text));
    if (wholeDocument) {
      out.push({ start: 0, end: text.length, source: written });
    } else {
      // the paragraph or table just above the line
      let first = k - 1;
      while (first > 0 && nonEmpty[first - 1].end + 1 === nonEmpty[first].start) first--;
      const from = Math.max(first >= 0 ? nonEmpty[first].start : 0, previousSourceEnd);
      out.push({ start: from, end: line.start, source: written });
    }
    previousSourceEnd = line.end;
  }
  if (footnotes.size) {
    const marker = /\[\^?(\w{1,6})\]|([①-⑳])/g;
    let n = 0;
    for (const line of lines) {
      if (++n % PAUSE_EVERY === 0) yield;
      if (FOOTNOTE_DEF.test(line.text)) continue;
      for (const m of line.text.matchAll(marker)) {
        const key = m[1] ?? String(CIRCLED.indexOf(m[2]) + 1);
        const source = footnotes.get(key);
        if (!source) continue;
        // the sentence the marker closes
        const at = line.start + m.index!;
        let s = at;
        while (s > line.start && !/[。！？!?；;]/.test(text[s - 1])) s--;
        out.push({ start: s, end: at + m[0].length, source });
      }
    }
  }
  return out;
}

/** A source as written, trimmed of brackets and emphasis, at most 80 characters. */
function sourceText(line: string, length: number): string {
  const s = line.slice(0, length).replace(/^[\s>*_#-]*[（(【[]?/, '').replace(/[）)】\]]?[\s*_]*$/, '').trim();
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}

function* applyDocumentSources(text: string, figures: Figure[]): Steps<void> {
  if (!figures.some((f) => !f.source)) return;
  let covered = yield* documentSourcesInSteps(text);
  if (!covered.length) return;
  // the most specific cover of each figure: the shortest stretch around it (covers sorted by start; a
  // figure looks back over the few that start before it and still reach it)
  // a source of the whole text covers whatever nothing narrower does
  const whole = covered.find((c) => c.start === 0 && c.end >= text.length);
  covered = covered.filter((c) => c !== whole).sort((a, b) => a.start - b.start);
  const maxLength = covered.reduce((m, c) => Math.max(m, c.end - c.start), 0);
  let n = 0;
  for (const f of figures) {
    if (++n % PAUSE_EVERY === 0) yield;
    if (f.source) continue;
    let lo = 0, hi = covered.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (covered[mid].start <= f.start) lo = mid + 1; else hi = mid; }
    let best: Covered | undefined;
    for (let k = lo - 1; k >= 0 && f.start - covered[k].start <= maxLength; k--) {
      const c = covered[k];
      if (f.end <= c.end && (!best || c.end - c.start < best.end - best.start)) best = c;
    }
    best ??= whole;
    if (best) f.source = best.source;
  }
}

/**
 * 以下示例仅用于说明计费方式，数字均为假设: the examples below the statement are made up, up to the next heading
 * or question; 【示例一】, 例2： label a worked example of their own, to the end of their paragraph. Their figures
 * claim nothing (no diagnostic, no conflict with the real figures of the page).
 */
const FOLLOWING_EXAMPLES = /(以下|下面|下列|下文|如下)[^。！？!?\n]{0,24}(示例|例子|举例|算例|案例|计算|测算|数字|数据|数值|場景|场景)[^。！？!?\n]{0,24}((仅|只|僅)(用于|供|用於)(说明|示意|演示|举例|說明|舉例|參考|参考)|(均为|皆为|都是|均為|皆為|全部为)(假设|假定|虚构|示意|假設|虛構))/g;
const EXAMPLE_LABEL = /^[ \t]*(【(示例|例|算例|举例|舉例|案例演示)[一二三四五六七八九十\d]*】|(示例|算例|例)[一二三四五六七八九十\d]{1,2}[：:）)])/gm;
/** A line that opens the next part of a page of questions: Q4：…, 问：…, 四、…, a line that ends asking. */
const NEXT_PART = /\n[ \t]*(Q\d+[：:.、\s]|问[：:]|問[：:]|[一二三四五六七八九十]+、|#+\s|[^\n]{2,40}[？?][ \t]*\n)/g;

function markWorkedExamples(input: SettleInput): void {
  const { text, figures } = input;
  // (cheap tests first: most texts state no examples)
  if (!figures.length || !(text.includes('例') || (text.includes('假') && text.includes('下')))) return;
  const spans: Range[] = [];
  const nextPart = (from: number) => {
    NEXT_PART.lastIndex = from;
    const m = NEXT_PART.exec(text);
    let end = m ? m.index : text.length;
    for (const s of input.structure.sections) if (s.headingStart > from && s.headingStart < end) end = s.headingStart;
    return end;
  };
  if (text.includes('下')) for (const stated of text.matchAll(FOLLOWING_EXAMPLES)) {
    const from = stated.index! + stated[0].length;
    spans.push({ start: from, end: nextPart(from) });
  }
  if (text.includes('例')) {
    EXAMPLE_LABEL.lastIndex = 0;
    for (let m = EXAMPLE_LABEL.exec(text); m; m = EXAMPLE_LABEL.exec(text)) {
      const para = text.indexOf('\n\n', m.index);
      spans.push({ start: m.index, end: Math.min(para < 0 ? text.length : para, nextPart(m.index + m[0].length)) });
    }
  }
  if (!spans.length) return;
  for (const f of figures) {
    if (f.nonClaim) continue;
    if (spans.some((r) => f.start >= r.start && f.end <= r.end)) f.nonClaim = 'example';
  }
}
