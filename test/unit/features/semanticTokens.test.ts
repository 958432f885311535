// Semantic tokens, called on an analysis without a server: the LSP encoding decoded back to spans.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from '../../../server/src/features/semanticTokens.ts';
import { analysedDocument } from '../../helpers/features.ts';

/** The tokens as [text, type, modifiers]. */
function decode(text: string, markdown = false) {
  const doc = analysedDocument(text, { markdown });
  const { data } = semanticTokens(doc);
  const out: Array<[string, string, string[]]> = [];
  let line = 0, char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] ? data[i + 1] : char + data[i + 1];
    const start = doc.document.offsetAt({ line, character: char });
    out.push([text.slice(start, start + data[i + 2]), TOKEN_TYPES[data[i + 3]], TOKEN_MODIFIERS.filter((_, k) => data[i + 4] & (1 << k))]);
  }
  return out;
}

test('entities and figures become tokens of their kind, figures with their status', () => {
  assert.deepEqual(decode('华为发布盘古大模型5.0，参数规模达到1000亿。据华为介绍，训练数据超过3万亿tokens。'), [
    ['华为', 'vendor', []],
    ['盘古大模型5.0', 'model', []],
    ['1000亿', 'figure', ['unverified']],
    ['华为', 'vendor', []],
    ['超过3万亿tokens', 'figure', ['attributed']],
  ]);
});

test('tokens on several lines, and after a surrogate pair, keep their places', () => {
  const tokens = decode('🔥华为\n\n第二行：百度发布文心一言。\n');
  assert.deepEqual(tokens.map((t) => t[0]), ['华为', '百度', '文心一言']);
});

test('nothing in Markdown code', () => {
  assert.deepEqual(decode('`华为`\n\n```\n百度 1000亿\n```\n', true), []);
});
