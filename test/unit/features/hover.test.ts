// Hover, called on an analysis without a server: entity cards and figure cards in both languages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hoverAt } from '../../../server/src/features/hover.ts';
import { analysedDocument, offsetOf } from '../../helpers/features.ts';

const TEXT = '华为发布盘古大模型5.0，参数规模达到1000亿。据华为介绍，训练数据超过3万亿tokens。';
const doc = analysedDocument(TEXT);
const hover = (needle: string, locale = 'en', plus = 1) => {
  const h = hoverAt(doc, offsetOf(doc, needle, plus), locale);
  return h && { value: (h.contents as { value: string }).value, range: h.range };
};

const CASES: Array<[string, string, RegExp[]]> = [
  ['华为', 'en', [/\*\*Huawei\*\*/, /Vendor/, /CN/]],
  ['华为', 'zh-cn', [/\*\*华为\*\*/, /厂商/]],
  ['盘古大模型5.0', 'en', [/Model/, /Huawei/]],
  ['1000亿', 'en', [/10¹¹/, /unverified/i]],
  ['超过3万亿tokens', 'en', [/more than 3 × 10¹² tokens/, /据华为介绍/]],
  ['超过3万亿tokens', 'zh-cn', [/超过 3 × 10¹² tokens/]],
];

for (const [needle, locale, patterns] of CASES) {
  test(`hover over ${needle} (${locale})`, () => {
    const h = hover(needle, locale);
    assert.ok(h, 'a hover');
    for (const p of patterns) assert.match(h.value, p);
    const at = TEXT.indexOf(needle);
    assert.deepEqual(h.range, { start: doc.document.positionAt(at), end: doc.document.positionAt(at + needle.length) }, 'the range is the item');
  });
}

test('no hover between items, nor outside the text', () => {
  assert.equal(hoverAt(doc, offsetOf(doc, '发布', 1), 'en'), undefined);
  assert.equal(hoverAt(doc, TEXT.length + 10, 'en'), undefined);
});

test('a name recognised by its form only says so', () => {
  const d = analysedDocument('新发布的StarGPT表现不错。');
  const m = d.analysis.entities.find((e) => e.via === 'pattern');
  assert.ok(m, 'a pattern mention');
  const h = hoverAt(d, m.start + 1, 'en')!;
  assert.match((h.contents as { value: string }).value, /not in the knowledge base|pattern/i);
});

test('a figure card: the claim first, then why (subject and attribute), in both languages', () => {
  const d = analysedDocument('DeepSeek发布了DeepSeek-V3。该模型每个token激活370亿参数。');
  const en = (hoverAt(d, offsetOf(d, '370亿参数', 1), 'en')!.contents as { value: string }).value;
  assert.match(en.split('\n')[0], /^\*\*DeepSeek-V3 · activated parameters · 370亿参数\*\* \(3\.7 × 10¹⁰ 参数\)$/);
  assert.match(en, /Why\*: subject: refers back \(该模型\); attribute: cue word “激活”/);
  const zh = (hoverAt(d, offsetOf(d, '370亿参数', 1), 'zh-cn')!.contents as { value: string }).value;
  assert.match(zh.split('\n')[0], /^\*\*DeepSeek-V3 · 激活参数 · 370亿参数\*\*/);
  assert.match(zh, /判断依据\*: 对象：指代前文（该模型）；属性：提示词“激活”/);
});

test('an attribute a fact gave says so: its value is the subject\'s total parameters in the knowledge base', () => {
  const d = analysedDocument('网友：总参数200B激活20B，这配置是冲着DeepSeek-R1去的，R1可是671B。');
  const en = (hoverAt(d, offsetOf(d, '671B', 1), 'en')!.contents as { value: string }).value;
  assert.match(en.split('\n')[0], /^\*\*DeepSeek-R1 · parameters · 671B\*\*/);
  assert.match(en, /attribute: its value is the subject’s parameters in the knowledge base/);
  const zh = (hoverAt(d, offsetOf(d, '671B', 1), 'zh-cn')!.contents as { value: string }).value;
  assert.match(zh, /属性：其数值即知识库中该对象的参数量/);
});

test('an attribute the learned model gave says so: how sure, and what the rules said and why', () => {
  const d = analysedDocument('本周发布的模型在数学推理题上的通过率为81.3%，高于上一版本。');
  const en = (hoverAt(d, offsetOf(d, '81.3%', 1), 'en')!.contents as { value: string }).value;
  assert.match(en.split('\n')[0], /· score · 81\.3%\*\*/);
  assert.match(en, /attribute: the words around it, by a model learned from annotated texts \(\d+% sure\); the rules said accuracy: cue word “通过率”/);
  const zh = (hoverAt(d, offsetOf(d, '81.3%', 1), 'zh-cn')!.contents as { value: string }).value;
  assert.match(zh, /属性：周围的字词，由标注文本学得的模型判断（把握\d+%）；规则判为准确率：提示词“通过率”/);
});

test('a subject the learned model gave says so: how sure, and whom the rules named and why', () => {
  const d = analysedDocument('对比一下，Meta训Llama 3.1 405B用了1.6万块H100，数据量超过15万亿tokens。');
  const en = (hoverAt(d, offsetOf(d, '1.6万块', 1), 'en')!.contents as { value: string }).value;
  assert.match(en.split('\n')[0], /^\*\*Llama 3\.1 405B · /);
  assert.match(en, /subject: where the names stand, by a model learned from annotated texts \(\d+% sure\); the rules said Meta: named in its clause/);
  const zh = (hoverAt(d, offsetOf(d, '1.6万块', 1), 'zh-cn')!.contents as { value: string }).value;
  assert.match(zh, /对象：名称所在的位置，由标注文本学得的模型判断（把握\d+%）；规则判为Meta：所在分句中的名称/);
});

test('a bid\'s mark says it is one, in both languages', () => {
  const d = analysedDocument('招标结果公告\n\n第一中标候选人华为技术有限公司报价2,312.6万元，综合得分94.15分。');
  const en = (hoverAt(d, offsetOf(d, '94.15分', 1), 'en')!.contents as { value: string }).value;
  assert.match(en, /attribute: a procurement notice’s mark of a bid, no benchmark’s score \(cue word “综合得分”\)/);
  const zh = (hoverAt(d, offsetOf(d, '94.15分', 1), 'zh-cn')!.contents as { value: string }).value;
  assert.match(zh, /采购公告中对投标的评分，并非基准测试得分（提示词“综合得分”）/);
});

test('a conflict lists every place it is contradicted, each a link; a non-claim says so', () => {
  const d = analysedDocument('StarGPT拥有3000亿参数。\n\n另一份材料称StarGPT有7000亿参数。\n\n还有人说StarGPT有9000亿参数。');
  const value = (hoverAt(d, offsetOf(d, '3000亿参数', 1), 'en')!.contents as { value: string }).value;
  const links = value.match(/\]\(file:\/\/\/work\/doc\.txt#L\d+\)/g) ?? [];
  assert.equal(links.length, 2, value);
  assert.match(value, /line 3 of this document: 7 × 10¹¹ 参数/);
  const h = analysedDocument('假设每天调用100万次，每月费用约为6万元。');
  assert.match((hoverAt(h, offsetOf(h, '6万元', 1), 'en')!.contents as { value: string }).value, /Not a claim: a hypothesis/);
});
