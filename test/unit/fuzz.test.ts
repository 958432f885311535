// Whatever the text, the analysis does not throw, gives the same result twice, and reports
// only spans inside the text that split no surrogate pair.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../server/src/analysis/analyze.ts';
import { fixtureTexts } from '../bench/text.ts';
import { engine, fastStartEngine } from '../helpers/engine.ts';

const splitsPair = (text: string, i: number) =>
  i > 0 && i < text.length && /[\ud800-\udbff]/.test(text[i - 1]) && /[\udc00-\udfff]/.test(text[i]);

function checkSpans(text: string, spans: ReadonlyArray<{ start: number; end: number; text: string }>) {
  for (const s of spans) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), 'integer offsets');
    assert.ok(s.start >= 0 && s.end <= text.length && s.start < s.end, `span ${s.start}-${s.end} inside ${text.length}`);
    assert.ok(!splitsPair(text, s.start) && !splitsPair(text, s.end), 'no split surrogate pair');
    assert.equal(s.text, text.slice(s.start, s.end));
  }
}

const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? 20261201);
const corpus = fixtureTexts().join('\n');
const fragments = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: corpus.length - 60 }).map((i) => corpus.slice(i, i + Math.floor(i % 57) + 3)) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('😀', '👩‍💻', '\ud83d', '\ude00', '\u0000', '\u0007', '\r\n', '\n\n', '\t', '\ufeff', '３万亿', '超过', '倍以上', '%', '亿', '(lián)', '`', '```\n', '[x](http://a.b/3万亿)') },
  { weight: 1, arbitrary: fc.constantFrom('华为', '盘古3.0', 'GPT-4o', 'Qwen2.5-72B', '1750亿参数', '5至10倍', '30%-40%', '百分之三十', '三千五', '五亿零六') },
);

for (const [name, e] of [['with segmentation', engine], ['fast start (no segmentation)', () => fastStartEngine]] as const) {
  test(`random texts never throw, are deterministic and stay in bounds (${name})`, () => {
    fc.assert(
      fc.property(fc.array(fragments, { maxLength: 40 }), fc.boolean(), (parts, markdown) => {
        const text = parts.join('');
        const first = analyze(text, e(), { markdown }).analysis;
        const second = analyze(text, e(), { markdown }).analysis;
        assert.deepEqual(first, second);
        checkSpans(text, first.entities);
        checkSpans(text, first.figures);
        for (const s of first.sections) assert.ok(s.start >= 0 && s.end <= text.length && s.start <= s.end);
      }),
      // a fixed seed keeps the suite reproducible; FUZZ_SEED=random (or a number) explores further
      { numRuns: 3000, seed: SEED },
    );
  });
}

test('a table whose first row is the text\'s second line ends (the caption above it is looked for once)', { timeout: 20_000 }, () => {
  for (const text of ['\n| 智谱 | GLM-4-Plus | 128K | 5 | 5 | -90% |\n| 月之暗面 |', '\n\n| A | B |\n| --- | --- |\n| StarGPT | 5 |', '\r\n| 模型 | 参数 |\n| StarGPT | 3000亿 |']) {
    for (const markdown of [false, true]) checkSpans(text, analyze(text, engine(), { markdown }).analysis.figures);
  }
});

test('a 100 KB line, lone surrogates and control characters', () => {
  const line = ('华为盘古3.0超过3万亿tokens，' + '\ud800' + '😀' + '\u0001').repeat(4000);
  const a = analyze(line, engine()).analysis;
  checkSpans(line, a.entities);
  checkSpans(line, a.figures);
  assert.ok(a.figures.length >= 3000);
});

test('an emoji in the middle of a figure does not produce a broken span', () => {
  const text = '超过3😀万亿tokens，约 30 😀 倍';
  const a = analyze(text, engine()).analysis;
  checkSpans(text, a.figures);
});

test('reusing block results gives the same analysis as starting afresh', () => {
  const text = fixtureTexts()[0];
  const first = analyze(text, engine());
  const edited = text.replace('超过3万亿tokens', '超过4万亿tokens');
  const incremental = analyze(edited, engine(), { cache: first.cache }).analysis;
  const fresh = analyze(edited, engine()).analysis;
  assert.deepEqual(incremental, fresh);
});
