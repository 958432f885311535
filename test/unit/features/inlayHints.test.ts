// Inlay hints, called on an analysis without a server: the plain value after figures written with
// Chinese numerals or scale words, only inside the requested range.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inlayHints } from '../../../server/src/features/inlayHints.ts';
import { analysedDocument } from '../../helpers/features.ts';

const TEXT = '盘古大模型参数规模达到1000亿。\n第二行：训练数据超过三万亿tokens，另有512张卡。';
const doc = analysedDocument(TEXT);
const whole = { start: { line: 0, character: 0 }, end: doc.document.positionAt(TEXT.length) };

test('a hint after each figure with a scale word or Chinese numeral, none after plain digits', () => {
  const hints = inlayHints(doc, whole);
  const at = (h: { position: { line: number; character: number } }) => doc.document.offsetAt(h.position);
  assert.deepEqual(hints.map((h) => [TEXT.slice(0, at(h)).split(/[，。：\n]/).pop(), h.label]), [
    ['盘古大模型参数规模达到1000亿', '= 1 × 10¹¹ 参数'],
    ['训练数据超过三万亿tokens', '= 3 × 10¹² tokens'],
  ]);
});

test('only the figures in the requested range', () => {
  const firstLine = { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } };
  assert.deepEqual(inlayHints(doc, firstLine), []);
  const second = { start: { line: 1, character: 0 }, end: { line: 1, character: 30 } };
  assert.equal(inlayHints(doc, second).length, 1);
});
