// What a figure is about: its subject (the entity of its clause), what it measures
// (parameters, training cost …) and who says so (据华为介绍, 论文显示, 张平安表示).
import type { EntityCandidate } from './entities.ts';
import type { FigureCandidate } from './figures.ts';
import { sentenceAt, sentences, type Range } from './sentences.ts';
import type { Attribute } from './types.ts';

export interface Claim {
  subjectId?: string;
  attribute?: Attribute;
  /** Where the attribution cue is, in the analysed (normalised) text; the caller reads it from the original. */
  source?: { start: number; end: number };
}

/** Attributes precise enough that two different values for one subject contradict each other. */
export const COMPARABLE_ATTRIBUTES = new Set<string>([
  'parameters', 'training_tokens', 'training_data', 'training_cost', 'training_days', 'training_gpus',
  'acquisition', 'funding', 'valuation', 'context_length',
]);

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

export function describeClaims(text: string, entities: EntityCandidate[], figures: FigureCandidate[]): Claim[] {
  if (!figures.length) return [];
  const list = sentences(text);
  const sourceOf = sentenceSources(text, list);
  return figures.map((f) => {
    const sentence = sentenceAt(list, f.start) ?? { start: 0, end: text.length };
    const subject = subjectOf(text, f, sentence, entities);
    const claim: Claim = {};
    if (subject) claim.subjectId = subject.entityId;
    const attribute = attributeOf(f, text.slice(sentence.start, f.start), text.slice(f.end, Math.min(sentence.end, f.end + 8)));
    if (attribute) claim.attribute = attribute;
    const source = sourceOf.get(sentence);
    if (source) claim.source = source;
    return claim;
  });
}

/** The attribution cue of every sentence, carried on while reported speech continues. */
function sentenceSources(text: string, list: Range[]): Map<Range, Range> {
  const out = new Map<Range, Range>();
  let carried: Range | undefined;
  for (const s of list) {
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

/** The attribution cue of a sentence, as a span of it. */
export function findSource(sentence: string): Range | undefined {
  if (!SOURCE_HINT.test(sentence)) return undefined;
  for (const re of SOURCE_PATTERNS) {
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

const KIND_ORDER: Record<string, number> = { model: 0, product: 1, vendor: 2 };

/** The entity a figure is about: "1750亿参数的GPT-3" names it after; otherwise the nearest model, product or vendor of its sentence, preceding first. */
function subjectOf(text: string, f: FigureCandidate, sentence: Range, entities: EntityCandidate[]): EntityCandidate | undefined {
  // the base of a comparison is not the subject: 盘古3.0的速度是GPT-4的3倍, 比GPT-4高30%
  const isComparisonBase = (e: EntityCandidate) =>
    e.end <= f.start && /(是|为|比|较|相比|相较于|相当于|超过|达到)$/.test(text.slice(Math.max(0, e.start - 4), e.start)) &&
    /^(的|高|快|多|大|强|低|少|慢)?[^,，。;；]{0,3}$/.test(text.slice(e.end, f.start));
  const inSentence = entities.filter((e) => !e.tentative && e.start >= sentence.start && e.end <= sentence.end && !isComparisonBase(e));
  if (!inSentence.length) return undefined;
  const after = inSentence.find((e) => e.start >= f.end && /^的?$/.test(text.slice(f.end, e.start)));
  if (after) return after;
  const ranked = [...inSentence].sort((a, b) => {
    const byKind = KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
    if (byKind) return byKind;
    const da = a.end <= f.start ? f.start - a.end : 1e6 + a.start - f.end;
    const db = b.end <= f.start ? f.start - b.end : 1e6 + b.start - f.end;
    return da - db;
  });
  return ranked[0];
}

function attributeOf(f: FigureCandidate, before: string, after: string): Attribute | undefined {
  const near = before.slice(-24);
  switch (f.unit) {
    case '参数': return 'parameters';
    case 'tokens': return /上下文|窗口|context/i.test(near) ? 'context_length' : 'training_tokens';
    case 'TB': case 'PB': case 'GB': case 'EB': case 'ZB':
      return /数据|语料|训练/.test(near) ? 'training_data' : undefined;
    case '美元': case '元': case '欧元': case '英镑': case '日元': case '港元':
      if (/收购/.test(near)) return 'acquisition';
      if (/融资/.test(near)) return 'funding';
      if (/估值/.test(near)) return 'valuation';
      if (/营收|收入|营业额/.test(near)) return 'revenue';
      if (/训练|成本|费用|花费|耗资/.test(near)) return 'training_cost';
      if (/售价|价格|定价|报价/.test(near)) return 'price';
      return undefined;
    case '天': return /训练/.test(near) ? 'training_days' : undefined;
    case '张': case '块': case '颗': case '台': case '卡':
      return /GPU|显卡|A100|H100|H800|A800|V100|芯片|加速卡/.test(near + after) ? 'training_gpus' : undefined;
    case '开发者': return 'users';
    case '用户': return 'users';
    case '员工': return 'employees';
    case '模型': return 'count';
    case 'PFLOPS': case 'TFLOPS': case 'EFLOPS': return 'compute';
    case 'x': return 'speedup';
    case '%': return /准确率|精度|发现率|正确率|召回率|成功率/.test(near) ? 'accuracy' : undefined;
    case '分': return 'score';
    default: return undefined;
  }
}
