import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { normalize, toHalfWidth, toOriginalSpan, toSimplified } from '../../server/src/analysis/normalize.ts';

test('traditional characters become simplified, length kept', () => {
  assert.equal(toSimplified('訊飛華為，竟悄然已在大模型上'), '讯飞华为，竟悄然已在大模型上');
  assert.equal(toSimplified('飛槳深度學習平臺'), '飞桨深度学习平台');
  const s = '語翼(TeleChat)大模型、星環無涯金融大模型';
  assert.equal(toSimplified(s).length, s.length);
});

test('昇 of 昇腾 survives conversion', () => {
  assert.equal(toSimplified('昇騰AI算力'), '昇腾AI算力');
});

test('simplified text is returned unchanged', () => {
  const s = '华为不想走ChatGPT的老路';
  assert.equal(toSimplified(s), s);
});

test('full-width digits, letters and punctuation become half-width', () => {
  assert.equal(toHalfWidth('３万亿ｔｏｋｅｎｓ，９９．９９％'), '3万亿tokens,99.99%');
  assert.equal(toHalfWidth('Ａ１００\u3000ＧＰＵ'), 'A100 GPU');
});

test('pinyin glosses are dropped and spans map back over them', () => {
  const original = '竟悄然已在大模型上聯(lián)手';
  const n = normalize(original);
  assert.equal(n.text, '竟悄然已在大模型上联手');
  const i = n.text.indexOf('联手');
  const [s, e] = toOriginalSpan(n, i, i + 2);
  assert.equal(original.slice(s, e), '聯(lián)手');
});

test('a parenthesis without tone marks is not a gloss', () => {
  assert.equal(normalize('语翼(TeleChat)大模型').text, '语翼(TeleChat)大模型');
  assert.equal(normalize('底层(L0)的通用大模型').text, '底层(L0)的通用大模型');
});

test('spaces inside a figure are folded', () => {
  const original = '以永川每天采集 5 万张高清图片，提升约 30 倍';
  const n = normalize(original);
  assert.equal(n.text, '以永川每天采集5万张高清图片,提升约30倍');
  const i = n.text.indexOf('5万张');
  const [s, e] = toOriginalSpan(n, i, i + 3);
  assert.equal(original.slice(s, e), '5 万张');
  assert.equal(normalize('1 000 000 tokens').text, '1000000 tokens');
  assert.equal(normalize('ImageNet 1%').text, 'ImageNet 1%');
  // digits typed one by one with spaces between, three or more: one number
  assert.equal(normalize('日活 2 0 0 0 万').text, '日活2000万');
  assert.equal(normalize('第 1 2 名').text, '第1 2名'); // two digits are no such run
  // (nor are two before anything but a scale word or a percent sign; the last of three may hold two digits)
  assert.equal(normalize('突破了 ２ ０ 万亿').text, '突破了20万亿');
  assert.equal(normalize('增长 1 2 %').text, '增长12%');
  assert.equal(normalize('月活大约是 ２ １ ００万').text, '月活大约是2100万');
  assert.equal(normalize('版本 1 2 3 4').text, '版本1234');
  assert.equal(normalize('分数 12 34 56').text, '分数12 34 56');
  assert.equal(normalize('增长12 %').text, '增长12%');
});

test('the offset map stays in bounds and monotonic for any text', () => {
  const pieces = fc.oneof(
    fc.string(),
    fc.constantFrom('聯(lián)', '產(chǎn)', ' ', '　', '５ 万', '3 倍', '(lián)', '😀', '\ud800', '\r\n', '華為', '１２３'),
  );
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
      const original = parts.join('');
      const n = normalize(original);
      assert.equal(n.origin.length, n.text.length + 1);
      assert.equal(n.origin[n.text.length], original.length);
      for (let i = 0; i < n.text.length; i++) {
        assert.ok(n.origin[i] >= 0 && n.origin[i] < original.length);
        if (i > 0) assert.ok(n.origin[i] > n.origin[i - 1]);
      }
      for (let i = 0; i < n.text.length; i++) {
        const [s, e] = toOriginalSpan(n, i, i + 1);
        assert.ok(s >= 0 && e <= original.length && s < e);
      }
    }),
    { numRuns: 2000 },
  );
});

test('an unclosed code fence hides the rest of a Markdown document, but only its own line in plain text', async () => {
  const { maskNonProse } = await import('../../server/src/analysis/mask.ts');
  const { readMarkdownNow } = await import('../../server/src/analysis/markdown.ts');
  const text = '前文超过3万亿tokens\n```python\nx = 5万\n后文约40个';
  assert.ok(maskNonProse(text, readMarkdownNow(text)).endsWith(' '.repeat('后文约40个'.length)));
  assert.ok(maskNonProse(text).endsWith('后文约40个'));
  const closed = '```\n5万张\n```\n约40个';
  assert.equal(maskNonProse(closed), '   \n   \n   \n约40个');
});

test('a tab between a number and a word is a column gap, kept; one space there is dropped', () => {
  assert.equal(normalize('0.0008\t0.0020\t立即体验').text, '0.0008\t0.0020\t立即体验');
  assert.equal(normalize('参数量 700 亿').text, '参数量700亿');
});
