// Document highlights, called on an analysis without a server: every mention of the entity at the cursor.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentHighlights } from '../../../server/src/features/highlights.ts';
import { analysedDocument, offsetOf } from '../../helpers/features.ts';

const TEXT = '华为发布盘古大模型。華為（华为）表示，百度也在做。';
const doc = analysedDocument(TEXT);
const texts = (offset: number) => documentHighlights(doc, offset).map((h) => TEXT.slice(doc.document.offsetAt(h.range.start), doc.document.offsetAt(h.range.end)));

test('every mention of the same entity, however it is written', () => {
  assert.deepEqual(texts(offsetOf(doc, '华为', 1)), ['华为', '華為', '华为']);
  assert.deepEqual(texts(offsetOf(doc, '華為')), ['华为', '華為', '华为'], 'at the first character');
  assert.deepEqual(texts(offsetOf(doc, '華為', 2)), ['华为', '華為', '华为'], 'at the end of the mention');
});

test('another entity, and nothing between entities', () => {
  assert.deepEqual(texts(offsetOf(doc, '百度', 1)), ['百度']);
  assert.deepEqual(texts(offsetOf(doc, '表示', 1)), []);
});
