// A figure's claim in words, for every view: "DeepSeek-V3 · 激活参数 · 370亿参数", the
// attribute's display name in English or Chinese, and why the analysis decided its subject and
// attribute (the rule and the cue word that decided them, from Figure.why).
import type { EntityRecord, KnowledgeBase } from '../analysis/knowledge.ts';
import type { Attribute, Figure } from '../analysis/types.ts';
import { isChinese, t } from './messages.ts';

const ATTRIBUTE_NAMES: Record<Attribute, [en: string, zh: string]> = {
  parameters: ['parameters', '参数量'],
  activated_parameters: ['activated parameters', '激活参数'],
  training_tokens: ['training tokens', '训练token数'],
  training_data: ['training data', '训练数据量'],
  context_length: ['context length', '上下文长度'],
  training_cost: ['training cost', '训练成本'],
  training_compute: ['training compute', '训练算力'],
  training_gpus: ['training GPUs', '训练用卡数'],
  training_days: ['training time', '训练时长'],
  price: ['price', '价格'],
  throughput: ['throughput', '吞吐速度'],
  latency: ['latency', '延迟'],
  score: ['score', '得分'],
  accuracy: ['accuracy', '准确率'],
  speedup: ['speed-up', '提升幅度'],
  users: ['users', '用户量'],
  market_share: ['market share', '市场份额'],
  revenue: ['revenue', '营收'],
  funding: ['funding', '融资额'],
  valuation: ['valuation', '估值'],
  acquisition: ['acquisition price', '收购价'],
  compute: ['compute', '算力'],
  employees: ['employees', '人员'],
  count: ['count', '数量'],
  growth: ['growth', '增长'],
  other: ['other', '其他'],
};

/** The attribute's name for people: "activated parameters", "激活参数". */
export function attributeName(locale: string, attribute: Attribute | undefined): string {
  const names = ATTRIBUTE_NAMES[attribute ?? 'other'] ?? ATTRIBUTE_NAMES.other;
  return isChinese(locale) ? names[1] : names[0];
}

function localName(e: EntityRecord, locale: string): string {
  return isChinese(locale) ? e.names['zh-Hans'] : e.names.en;
}

/** An entity's name: the knowledge base's in the locale, else the name as written, else its id without the kind. */
export function entityName(kb: KnowledgeBase, id: string, locale: string, written?: string): string {
  const e = kb.get(id);
  return e ? localName(e, locale) : written ?? id.replace(/^\w+:/, '');
}

/** The subject's name, or "no named subject". */
export function subjectName(kb: KnowledgeBase, f: Pick<Figure, 'subjectId'>, locale: string, written?: (id: string) => string | undefined): string {
  return f.subjectId ? entityName(kb, f.subjectId, locale, written?.(f.subjectId)) : t(locale, 'claim.noSubject');
}

/** "DeepSeek-V3 · activated parameters · 370亿参数". */
export function claimLabel(kb: KnowledgeBase, f: Pick<Figure, 'subjectId' | 'attribute' | 'text'>, locale: string, written?: (id: string) => string | undefined): string {
  return `${subjectName(kb, f, locale, written)} · ${attributeName(locale, f.attribute)} · ${f.text}`;
}

/** Rules of Figure.why.subject, with and without a cue word after them. */
const SUBJECT_RULES = new Set([
  'clause', 'sentence', 'chain', 'after', 'respectively', 'coreference', 'acquired', 'raiser', 'maker', 'example', 'generic', 'unknown',
  'paragraph', 'topic', 'heading', 'restated', 'document', 'table', 'none', 'speaker', 'bidder', 'supplier',
]);

/** Why this subject, in words: "refers back (该模型)", "its table row". */
export function subjectReason(locale: string, why: string | undefined): string | undefined {
  if (!why) return undefined;
  // the learned model overrode the rules: its confidence, and whom the rules named and why
  const m = /^learned (\S+) \(rules: (.+?)(?:, (.*))?\)$/.exec(why);
  if (m) {
    const named = m[2] === 'no one' ? t(locale, 'why.subject.noOne') : m[2];
    return t(locale, 'why.subject.learned', `${Math.round(Number(m[1]) * 100)}%`, named, subjectReason(locale, m[3]) ?? t(locale, 'why.subject.none'));
  }
  const [rule, ...rest] = why.split(' ');
  if (!SUBJECT_RULES.has(rule)) return why;
  if (rule === 'table') return t(locale, rest[0] === 'column' ? 'why.subject.table.column' : 'why.subject.table.row');
  const cue = rest.join(' ');
  return t(locale, `why.subject.${rule}` as 'why.subject.clause', cue);
}

/** Why this attribute, in words: "cue word «激活»", "its unit (参数)", "column header «上下文»". */
export function attributeReason(locale: string, why: string | undefined): string | undefined {
  if (!why) return undefined;
  let m: RegExpExecArray | null;
  if ((m = /^unit (.*)$/.exec(why))) return t(locale, 'why.attribute.unit', m[1]);
  if ((m = /^rate (.*)$/.exec(why))) return t(locale, 'why.attribute.rate', m[1]);
  if ((m = /^fact (.*)$/.exec(why))) return t(locale, 'why.attribute.fact', attributeName(locale, m[1] as Attribute));
  if (why === 'no cue') return t(locale, 'why.attribute.none');
  // a procurement notice's mark of a bid: what the mark's own cue said, as a bid's mark
  if ((m = /^bid mark(?: (.*))?$/.exec(why))) return t(locale, 'why.attribute.bidMark', attributeReason(locale, m[1]) ?? t(locale, 'why.attribute.none'));
  if ((m = /^table (column|row) (.*)$/.exec(why))) return t(locale, m[1] === 'column' ? 'why.attribute.column' : 'why.attribute.row', m[2]);
  // the learned model overrode the rules: its confidence, and what the rules said and why
  if ((m = /^learned (\S+) \(rules: (\w+)(?:, (.*))?\)$/.exec(why))) {
    return t(locale, 'why.attribute.learned', `${Math.round(Number(m[1]) * 100)}%`, attributeName(locale, m[2] as Attribute), attributeReason(locale, m[3]) ?? t(locale, 'why.attribute.none'));
  }
  return t(locale, 'why.attribute.cue', why);
}
