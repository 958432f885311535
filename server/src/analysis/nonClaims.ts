// Numbers that are not claims about the world: a hypothesis (假设每天调用100万次…), a worked
// example (例如：输入1000 tokens…，费用为0.0008×1=0.0008元), a definition or conversion
// (1个汉字约计为1个token, 1美元约合7.2元). They keep their reading but raise no diagnostic and
// never conflict.
import type { Range } from './sentences.ts';

export type NonClaim = 'hypothetical' | 'example' | 'definition';

/** A condition or supposition opens the sentence's hypothetical part (在乐观情景下: a scenario's outcome). */
const HYPOTHESIS = /(假设|假如|假定|假使|设想|试想|倘若|倘使|(?<![主需只重想总還还])要是|(?<!申)万一|如果(?!说)|(?:^|[，,：:；;])\s*若(?!干)|(?:乐观|悲观|中性|基准|保守|极端)(?:情景|情境|场景|假设)下)/;
/** 按每天调用100万次计算: an assumed input (the span must hold a number). */
const ASSUMED_INPUT = /(按|以|按照)[^，,。；;]{0,30}?\d[^，,。；;]{0,30}?(计算|估算|来算|来计算|计(?![费費价價])|算)/;
const DEFINITION_HINT = /等于|约合|折合|相当于|计为|换算|对应|≈|=|＝|~|为|是/;

/**
 * A condition a figure only bounds (输入长度在0–32K区间时，…; 当调用量超过100万次时，…): the tier or
 * threshold of what follows, not a claim about the subject.
 */
const CONDITION = /(?:^|[，,：:；;])\s*(?:当|當|在|若)?[^，,。：:；;]{0,16}(?:区间|區間|范围|範圍|以内|以內|之内|之內|以下|以上|之间|之間|不超过|不超過|超过|超過|达到|達到|大于|大於|小于|小於|低于|低於|高于|高於)[^，,。：:；;]{0,12}[时時](?=[，,])/;
/** The setting of an evaluation written in brackets after its name (评测OpenAI-MRCR（128K）, 测试集（5-shot）). */
const EVALUATION_SETTING = /(?:评测|評測|测评|測評|测试|測試|基准|基準|榜单|榜單|benchmark)[^，,。；;（(]{0,24}[（(][^）)]{0,12}\d[^）)]{0,12}[)）]/gi;
/**
 * A figure restated in other units right after another one (256K约合40万汉字, 约等于每月6.7万元, 約合新台幣650元).
 * (The conversion word's first character is looked for first: the lookbehind is read only there, not at every place.)
 */
const CONVERSION = /(?=[约約折大相])(?<=[\dKkMB万亿元字折成%]\S{0,6})(约合|約合|折合|约等于|約等於|大约相当于|相当于约|相當於約)(?=\s*(约|約|近|每月|每年|每天)?\s*(新台币|新台幣|台币|台幣|人民币|人民幣|港币|港幣|港元|美元|日元|欧元|歐元)?\s*[\d０-９一二三四五六七八九十两兩几幾数數])/g;
/** A negation right before a number: what follows is not claimed. */
const NEGATED = /(并不等于|不等于|并不意味着|不意味着|并不代表|不代表|并不是|并非|不是|而非|并没有|没有达到)(?=\s*(约|近|超过)?\s*[\d一二三四五六七八九十百千万亿两])/g;
/** A question that asserts what it asks about (不是…吗？, 不就是…吗？). */
export const RHETORICAL_QUESTION = /(?:不是|不就是)[^，,。；;？?！!]{1,30}[吗嗎][？?]/;
const EXAMPLE = /(例如|比如|譬如|举例来说|举个例子|举例|示例|样例|例：|例:|以[^，,。；;]{1,24}为例)/;
/** 以一篇5000字的文章为例, 以一家中型企业为例: a case described by amounts or as "a (any) one". */
const MADE_UP_CASE = /\d[\d.,]*\s*[万亿千百]?\s*(字|个|家|篇|元|美元|次|张|台|份|人|位|款|条|块|小时|天|月|年|tokens?|[Kk]\b|%)|一(篇|家|个|位|款|次|台|张|份|条|段|部)/i;
/** GPT-3, Qwen2.5-72B: a Latin name's digits are no amount. */
const LATIN_NAME = /[A-Za-z][\w.\-]*/g;
/** The arithmetic of a worked example. */
const WORKED = /(=|＝|×|\*|÷|乘以|除以|合计|总计|共计|一共|算下来|折算|则需|需支付|需要支付|应付|账单)/;
/** One unit stated as so many of another: 1个汉字约计为1个token, 1美元约合7.2元, 1K=1000. */
const DEFINITION = /(?:^|[，,：:；;(（])\s*(?:通常|一般|大约|大概|平均|粗略地?|在[^，,。；;]{1,8}中)?\s*(?:1|一|每)\s*个?\s*(汉字|中文字?|字|字符|英文单词|单词|token|tokens|词元|k|b|m|千|百万|美元|元|人民币|港元|欧元|英镑|日元|p|pflops|张图片?|张图像|幅图|秒音频|秒视频|分钟音频)\s*(大约|大概|约|约计|通常|一般)?\s*(等于|约合|折合|相当于|计为|换算为|换算成|折算为|折算成|折合为|对应|为|是|≈|=|＝|~)/i;

/**
 * A paragraph that says its numbers are made up (以下数字均为假设, 上述结果仅为示意, 敏感性分析, 做个思想实验) or that
 * they are no company's real figures: every figure in it is hypothetical. (仅供参考, a disclaimer on real
 * figures, is not such a statement.)
 */
const ILLUSTRATIVE_PARAGRAPH = /(均为|皆为|都是|全部为|仅为|只是|纯属|纯为)(假设|假定|虚构|示意|举例|演示|模拟|估算示例)|仅(用于|供)(说明|示意|演示|举例)|不代表[^，,。；;]{0,12}(实际|真实)(经营|业绩|数据|情况)|(情景|情境)(分析|假设|测算)|敏感性分析|思想实验|思想實驗|thought experiment/i;

/** Words or characters of every statement above, but 举例 (the first test, cheap, fails on most paragraphs). */
const ILLUSTRATIVE_HINT = /假|示|虚|演|说明|代表|情|敏感|模拟|思想|thought/i;

/** Whether a paragraph declares all its numbers illustrative. */
export function illustrativeParagraph(paragraph: string): boolean {
  // (模拟, not 模 alone, which most paragraphs hold in 模型; 举例 passes with 模, as it did when 模 alone did)
  return (ILLUSTRATIVE_HINT.test(paragraph) || (paragraph.includes('举例') && paragraph.includes('模'))) && ILLUSTRATIVE_PARAGRAPH.test(paragraph);
}

/** Which part of a sentence is not a claim, if any: [from, to) in text offsets and its kind. */
export function nonClaimSpans(text: string, sentence: Range, inName: (at: number) => boolean = () => false): Array<Range & { kind: NonClaim }> {
  const body = text.slice(sentence.start, sentence.end);
  const out: Array<Range & { kind: NonClaim }> = [];
  // cheap tests first: most sentences hold none of these
  const def = DEFINITION_HINT.test(body) ? DEFINITION.exec(body) : null;
  if (def) {
    // the clause of the definition
    const from = def.index;
    let to = body.slice(from + 1).search(/[，,；;。]/);
    to = to < 0 ? body.length : from + 1 + to;
    out.push({ start: sentence.start + from, end: sentence.start + to, kind: 'definition' });
  }
  const example = /例|比如|譬如|举|示例|样例/.test(body) ? EXAMPLE.exec(body) : null;
  // 以一篇5000字的文章为例: a case with numbers made up to illustrate; 以DeepSeek为例 names a real case
  const madeUpCase = example?.[0].startsWith('以') && MADE_UP_CASE.test(example[0].replace(LATIN_NAME, ''));
  // (以DeepSeek-V3为例，…折算约合557.6万美元: a real case's arithmetic is a claim of its own, not a worked example)
  const realCase = example?.[0].startsWith('以') && !madeUpCase;
  if (example && (madeUpCase || (!realCase && WORKED.test(body.slice(example.index))))) {
    out.push({ start: sentence.start + example.index, end: sentence.end, kind: 'example' });
    return out;
  }
  // 8x22B并不等于1760亿参数, 不是5000亿参数: a number said not to hold
  // (unless asked back, which says it holds: 营收不是38.9亿吗？)
  if (/[不非没]/.test(body)) for (const m of body.matchAll(NEGATED)) {
    const askedBack = RHETORICAL_QUESTION.exec(body.slice(m.index!));
    if (askedBack && askedBack.index <= 1) continue;
    const from = m.index! + m[0].length;
    let to = body.slice(from).search(/[，,；;。]/);
    to = to < 0 ? body.length : from + to;
    out.push({ start: sentence.start + m.index!, end: sentence.start + to, kind: 'hypothetical' });
  }
  // 256K上下文约合40万汉字: the same quantity again in other units, not a second claim that could contradict the first
  // (up to the clause's end, or a 的 that makes the amount describe what follows: 约合4.2亿美元的估值上涨约27%)
  if (/合|等於|等于|相当|相當/.test(body)) for (const m of body.matchAll(CONVERSION)) {
    const from = m.index! + m[0].length;
    let to = body.slice(from).search(/[，,；;。]|的/);
    to = to < 0 ? body.length : from + to;
    out.push({ start: sentence.start + m.index!, end: sentence.start + to, kind: 'definition' });
  }
  if (/[（(]/.test(body)) for (const m of body.matchAll(EVALUATION_SETTING)) {
    const open = m[0].search(/[（(]/);
    out.push({ start: sentence.start + m.index! + open, end: sentence.start + m.index! + m[0].length, kind: 'definition' });
  }
  const condition = /[时時]/.test(body) ? CONDITION.exec(body) : null;
  if (condition) out.push({ start: sentence.start + condition.index, end: sentence.start + condition.index + condition[0].length, kind: 'hypothetical' });
  // (a conditional's word that begins a name is the name: 若水科技旗下…)
  const supposed = HYPOTHESIS.exec(body);
  const hypothesis = (supposed && !inName(sentence.start + supposed.index + supposed[0].length - 1) ? supposed : null) ?? (/计|算/.test(body) ? ASSUMED_INPUT.exec(body) : null);
  if (hypothesis) out.push({ start: sentence.start + hypothesis.index, end: sentence.end, kind: 'hypothetical' });
  return out;
}
