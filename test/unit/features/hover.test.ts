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
