// UTF-16 ↔ code point offsets, checked against the way Python and Array.from count: one
// element per code point, a lone surrogate counting as one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { codePointOffsets } from '../../server/src/export/offsets.ts';

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }), // any code point, astral ones included
  loneSurrogate,
  fc.constantFrom('😀', '👩‍💻', '𠮷', '華為', '\r\n', 'a', '３万亿'),
);
const texts = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));

/** UTF-16 offsets where a code point starts, and the end. */
function boundaries(text: string): number[] {
  const out = [0];
  for (const ch of text) out.push(out[out.length - 1] + ch.length);
  return out;
}

test('code point offsets agree with iterating the string by code points', () => {
  fc.assert(fc.property(texts, (text) => {
    const offsets = codePointOffsets(text);
    const points = Array.from(text);
    assert.equal(offsets.length, points.length);
    boundaries(text).forEach((utf16, cp) => {
      assert.equal(offsets.toCodePoint(utf16), cp);
      assert.equal(offsets.toUtf16(cp), utf16);
      assert.equal(points.slice(0, cp).join(''), text.slice(0, utf16));
    });
  }), { numRuns: 500 });
});

test('an offset inside a surrogate pair maps to the pair, and out-of-range offsets are clamped', () => {
  fc.assert(fc.property(texts, fc.integer({ min: -5, max: 200 }), (text, utf16) => {
    const offsets = codePointOffsets(text);
    const cp = offsets.toCodePoint(utf16);
    assert.ok(cp >= 0 && cp <= offsets.length);
    const back = offsets.toUtf16(cp);
    assert.ok(back <= Math.max(0, Math.min(utf16, text.length)), 'never past the offset');
    assert.ok(Math.min(utf16, text.length) - back <= 1, 'at most the high surrogate before it');
  }), { numRuns: 500 });
});

test('worked examples: emoji, lone surrogates, CRLF', () => {
  const text = '🔥華為\r\n\ud800x😀y\udc00';
  const offsets = codePointOffsets(text);
  assert.deepEqual([0, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12].map((u) => offsets.toCodePoint(u)), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  assert.equal(offsets.toCodePoint(1), 0, 'inside 🔥');
  assert.equal(offsets.toCodePoint(9), 7, 'inside 😀');
  assert.equal(offsets.length, 10);
  assert.equal(codePointOffsets('').toUtf16(3), 0);
});
