// Verification records anchored by quote + context: hundreds of random edit sequences around
// a verified figure never lose it; changing the figure's number makes the record stale; deleting
// the figure orphans it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { anchor, anchorFor, similarity } from '../../server/src/analysis/anchoring.ts';
import { applyVerifications } from '../../server/src/analysis/verifications.ts';
import type { VerificationRecord } from '../../server/src/knowledge/workspace.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../helpers/engine.ts';

const BASE = ['pangu.txt', 'platform.txt'].map((f) => readFileSync(join(__dirname, '..', 'fixtures', 'lsp', f), 'utf8')).join('\n');
const figures = (text: string) => analyse(text).figures;
const FILLER = ['华为表示，', '据介绍，', '此外，', '（编者注）', '\n\n', '。', '大模型', 'ChatGPT', '今年7月', '😀', ' '];

function recordFor(text: string, start: number, end: number): VerificationRecord {
  const a = anchorFor(text, start, end);
  return { id: 'v1', path: 'x.md', quote: a.quote, prefix: a.prefix, suffix: a.suffix, start, source: 's', verifiedAt: '2026-11-26' };
}

test('similarity is 1 for equal strings and falls with edits', () => {
  assert.equal(similarity('数据中包含了', '数据中包含了'), 1);
  assert.ok(similarity('数据中包含了', '数据中一共包含了') > 0.6);
  assert.ok(similarity('数据中包含了', '完全不同的文字') < 0.2);
});

test('edits outside the figure never lose it (random edit sequences)', () => {
  const initial = figures(BASE);
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: initial.length - 1 }),
      fc.array(fc.record({ where: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.integer({ min: 0, max: 6 }), insert: fc.constantFrom(...FILLER) }), { minLength: 1, maxLength: 6 }),
      (which, edits) => {
        const target = initial[which];
        const record = recordFor(BASE, target.start, target.end);
        let text = BASE;
        let start = target.start, end = target.end;
        for (const e of edits) {
          // an edit anywhere except inside the figure (context edits included)
          let at = Math.floor(e.where * text.length);
          if (at > start && at < end) at = end;
          const remove = at < start ? Math.min(e.remove, start - at) : Math.min(e.remove, text.length - at);
          text = text.slice(0, at) + e.insert + text.slice(at + remove);
          const delta = e.insert.length - remove;
          if (at < start || (at === start && remove === 0)) { start += delta; end += delta; }
        }
        const now = figures(text);
        const index = now.findIndex((f) => f.start === start && f.end === end);
        // an edit can make the figure itself read differently (a comparator typed next to it); then there is nothing to find
        if (index < 0 || now[index].text !== target.text) return;
        const marks = applyVerifications([record], now, text);
        assert.equal(marks.verified.get(index), 'v1', `lost after ${JSON.stringify(edits)}`);
      },
    ),
    { numRuns: 300 },
  );
});

test('changing the number makes the record stale, deleting the figure orphans it', () => {
  let checked = 0;
  for (const target of figures(BASE)) {
    const digit = /\d/.exec(target.text);
    if (!digit || BASE.split(target.text).length > 2) continue; // quotes that occur once
    const record = recordFor(BASE, target.start, target.end);
    const replaced = String((Number(digit[0]) + 1) % 10);
    const changedText = target.text.slice(0, digit.index) + replaced + target.text.slice(digit.index + 1);
    const changed = BASE.slice(0, target.start) + changedText + BASE.slice(target.end);
    const after = figures(changed);
    const at = after.findIndex((f) => f.start === target.start);
    if (at < 0) continue;
    const marks = applyVerifications([record], after, changed);
    assert.equal(marks.verified.size, 0, target.text);
    assert.equal(marks.stale.get(at), 'v1', `stale: ${target.text} → ${changedText}`);

    // delete the whole sentence that held the figure
    const s = Math.max(BASE.lastIndexOf('。', target.start) + 1, BASE.lastIndexOf('\n', target.start) + 1);
    let e = BASE.indexOf('。', target.end);
    e = e < 0 ? BASE.length : e + 1;
    const deleted = BASE.slice(0, s) + BASE.slice(e);
    const gone = applyVerifications([record], figures(deleted), deleted);
    assert.deepEqual(gone.orphaned.map((r) => r.id), ['v1'], `orphaned: ${target.text}`);
    checked++;
  }
  assert.ok(checked >= 6, `checked ${checked} figures`);
});

test('with several identical quotes, the context picks the right one', () => {
  const text = '去年营收增长了30%，今年利润增长了30%，明年预计成本下降30%。';
  const fs = figures(text);
  assert.equal(fs.length, 3);
  const record = recordFor(text, fs[1].start, fs[1].end);
  const edited = '【快讯】' + text.replace('今年利润', '今年的利润');
  const now = figures(edited);
  assert.equal(applyVerifications([record], now, edited).verified.get(1), 'v1');
  assert.equal(anchor(edited, now, { quote: '30%', prefix: '今年的利润增长了', suffix: '，明年', start: 0 }).kind, 'exact');
});
