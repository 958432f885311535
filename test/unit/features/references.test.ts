// References, called on analyses without a server: the entity's mentions in this document first,
// then in the other documents of the workspace (this one never twice).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { references } from '../../../server/src/features/highlights.ts';
import { analysedDocument, offsetOf } from '../../helpers/features.ts';

const here = analysedDocument('华为发布盘古大模型，华为表示。', { path: 'here.txt' });
const there = analysedDocument('据華為介绍，百度也在做。', { path: 'there.md', markdown: true });
const none = analysedDocument('今天天气很好。', { path: 'none.txt' });

test('mentions across the workspace, this document first', () => {
  const found = references(here, offsetOf(here, '华为', 1), [there, here, none]);
  assert.deepEqual(found.map((l) => [l.uri.split('/').pop(), l.range.start.character]), [['here.txt', 0], ['here.txt', 10], ['there.md', 1]]);
});

test('no entity at the cursor: no references', () => {
  assert.deepEqual(references(here, offsetOf(here, '发布', 1), [there]), []);
});

test('an entity no other document mentions', () => {
  const found = references(there, offsetOf(there, '百度', 1), [here, none]);
  assert.deepEqual(found.map((l) => l.uri.split('/').pop()), ['there.md']);
});
