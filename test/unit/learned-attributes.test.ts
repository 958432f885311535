// The learned attribute model: its data file, the features the trainer names and the analysis
// hashes, and when its opinion replaces the rules' (only when very sure, never for a table's
// header or a figure that is not a claim, always with the reason in the explanation; a guess that
// never accuses another figure of a conflict).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Ajv from 'ajv';
import { AttributeModel, featureHash, figureFeatures, isLearned, OVERRIDE_AT, reviseAttributesInSteps, ruleKind } from '../../server/src/analysis/learnedAttributes.ts';
import { isComparable } from '../../server/src/analysis/status.ts';
import { runSteps } from '../../server/src/analysis/steps.ts';
import type { Figure } from '../../server/src/analysis/types.ts';
import { attributeModelSchema, BUNDLED_ATTRIBUTE_MODEL, type AttributeModelData } from '../../server/src/knowledge/attributeModel.ts';
import { ATTRIBUTES } from '../../server/src/knowledge/attributes.ts';
import { analyse } from '../helpers/engine.ts';

test('the bundled model validates against its schema, and its classes are the attribute vocabulary', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(attributeModelSchema);
  assert.ok(validate(BUNDLED_ATTRIBUTE_MODEL), JSON.stringify(validate.errors));
  assert.deepEqual(attributeModelSchema.definitions.attribute.enum, [...ATTRIBUTES]);
  assert.deepEqual(BUNDLED_ATTRIBUTE_MODEL.attributes, [...ATTRIBUTES]);
  assert.ok(BUNDLED_ATTRIBUTE_MODEL.examples > 1000 && Object.keys(BUNDLED_ATTRIBUTE_MODEL.weights).length > 1000);
  for (const [name, pairs] of Object.entries(BUNDLED_ATTRIBUTE_MODEL.weights)) {
    assert.equal(pairs.length % 2, 0, name);
    for (let j = 0; j < pairs.length; j += 2) assert.ok(pairs[j] >= 0 && pairs[j] < ATTRIBUTES.length, name);
  }
  // and it rejects what it should
  assert.equal(validate({ ...BUNDLED_ATTRIBUTE_MODEL, attributes: ['price', 'parameter_count'] }), false);
  assert.equal(validate({ ...BUNDLED_ATTRIBUTE_MODEL, weights: { bias: [0, 0.5] } }), false);
  assert.equal(validate({ ...BUNDLED_ATTRIBUTE_MODEL, scale: 0 }), false);
});

test('the kind of rule that decided, read from the explanation', () => {
  const cases: Array<[string | undefined, string]> = [
    [undefined, 'none'],
    ['激活', 'cue'],
    ['估值', 'cue'],
    ['H800', 'cue'],
    ['no cue', 'no cue'],
    ['unit 参数', 'unit'],
    ['rate 元', 'rate'],
    ['discount 折', 'discount'],
    ['table column 上下文长度', 'table column'],
    ['table row MMLU', 'table row'],
    ['money of a product', 'money of'],
    ['parallel clause', 'parallel clause'],
  ];
  for (const [why, kind] of cases) assert.equal(ruleKind(why), kind, String(why));
});

test('the features the trainer names are the hashes the analysis looks up', () => {
  const texts: Array<[string, string]> = [
    ['智谱完成新一轮融资，投后估值约200亿元人民币。', '约200亿元'],
    ['DeepSeek-V3總參數6710億，啟用參數370億。', '370億'],
    ['输入价格为0.8元/百万tokens，输出价格为2元/百万tokens', '2元/百万tokens'],
    ['😀 5亿', '5亿'],
  ];
  for (const [text, figure] of texts) {
    const start = text.indexOf(figure);
    const f = { start, end: start + figure.length, unit: '元', attribute: 'price', why: 'no cue' };
    const names: string[] = [], hashes: number[] = [];
    figureFeatures(text, f, (h) => hashes.push(h), names);
    assert.deepEqual(hashes, names.map(featureHash), text);
    assert.ok(names.includes('rule=price') && names.includes('kind=no cue') && names.includes('unit=元'));
    // the characters on either side, near and far; the figure's own non-digits
    assert.ok(names.some((n) => /^L[nf]1=/.test(n)) || start === 0);
    assert.ok(!names.some((n) => /^in=[\d.,]$/.test(n)), 'digits are not features');
  }
});

/**
 * A model over three attributes that says `valuation` whenever 估值 stands just before the figure, and
 * that met the cue 融资 deciding `funding` in training (but never 募资).
 */
const tiny: AttributeModelData = {
  trainedOn: ['test'], examples: 3, scale: 100, attributes: ['funding', 'valuation', 'other'],
  weights: { bias: [2, 50], 'Ln2=估值': [1, 1000], 'Ln1=值': [1, 200], 'cue=融资|funding': [] },
};

const figure = (text: string, written: string, attribute: Figure['attribute'], why: string, extra: Partial<Figure> = {}): Figure => {
  const start = text.indexOf(written);
  return { kind: 'figure', start, end: start + written.length, text: written, value: 1, unit: '元', qualifier: 'exact', attribute, why: { attribute: why }, status: 'unverified', statusReason: 'unassessed', ...extra } as Figure;
};

test('the model overrides the rules only when very sure, never a named rule, a cue it never met or a non-claim, and says why', () => {
  const model = new AttributeModel(tiny);
  const text = '公司完成融资，投后估值200亿元，融资额10亿元。';
  const sure = model.predict(text, { start: text.indexOf('200'), end: text.indexOf('200') + 5, unit: '元', attribute: 'funding', why: '融资' });
  assert.equal(sure.attribute, 'valuation');
  assert.ok(sure.p >= OVERRIDE_AT);
  const unsure = model.predict(text, { start: text.indexOf('10亿'), end: text.indexOf('10亿') + 4, unit: '元', attribute: 'funding', why: '融资' });
  assert.ok(unsure.p < OVERRIDE_AT, `${unsure.attribute} ${unsure.p}`);

  const cases: Array<[Figure, string, string | RegExp]> = [
    [figure(text, '200亿元', 'funding', '融资'), 'valuation', /^learned 1\.00 \(rules: funding, 融资\)$/],
    [figure(text, '200亿元', 'funding', 'no cue'), 'valuation', /^learned 1\.00 \(rules: funding, no cue\)$/],
    [figure(text, '10亿元', 'funding', '融资'), 'funding', '融资'],
    [figure(text, '200亿元', 'funding', 'table column 融资额'), 'funding', 'table column 融资额'],
    [figure(text, '200亿元', 'funding', 'compared value'), 'funding', 'compared value'],
    [figure(text, '200亿元', 'funding', '募资'), 'funding', '募资'],
    [figure(text, '200亿元', 'other', '估'), 'other', '估'],
    [figure(text, '200亿元', 'funding', '融资', { nonClaim: 'hypothetical' }), 'funding', '融资'],
    [figure(text, '200亿元', 'valuation', '估值'), 'valuation', '估值'],
  ];
  const figures = cases.map((c) => c[0]);
  runSteps(reviseAttributesInSteps(text, figures, model));
  cases.forEach(([f, attribute, why], i) => {
    assert.equal(f.attribute, attribute, `case ${i}`);
    if (typeof why === 'string') assert.equal(f.why?.attribute, why, `case ${i}`);
    else assert.match(f.why!.attribute!, why, `case ${i}`);
  });
});

test('the analysis asks the bundled model unless told not to; a table header keeps its attribute', () => {
  // [text, figure, the rules' attribute, the shipped model's]
  const cases: Array<[string, string, string, string]> = [
    ['本周发布的模型在数学推理题上的通过率为81.3%，高于上一版本。', '81.3%', 'accuracy', 'score'],
    ['本週發布的模型在數學推理題上的通過率為81.3%，高於上一版本。', '81.3%', 'accuracy', 'score'],
    ['智谱完成新一轮融资，投后估值约200亿元。', '约200亿元', 'valuation', 'valuation'],
    ['DeepSeek-V3总参数6710亿，激活参数370亿。', '370亿', 'activated_parameters', 'activated_parameters'],
    ['| 模型 | 上下文长度 |\n| --- | --- |\n| Kimi | 200万字 |\n', '200万字', 'context_length', 'context_length'],
  ];
  for (const [text, written, rules, shipped] of cases) {
    const plain = analyse(text, { learnedAttributes: false }).figures.find((f) => f.text === written);
    const revised = analyse(text).figures.find((f) => f.text === written);
    assert.equal(plain?.attribute, rules, written);
    assert.equal(revised?.attribute, shipped, written);
    if (rules !== shipped) assert.match(revised!.why!.attribute!, new RegExp(`^learned (0\\.9[5-9]|1\\.00) \\(rules: ${rules}, `));
  }
});

test('an attribute the model gave shows, but never accuses another figure of a conflict', () => {
  const base = { start: 0, end: 9, text: '1000亿tokens', value: 1e11, unit: 'tokens', qualifier: 'eq' as const, subjectId: 'model:x', attribute: 'training_tokens' as const };
  assert.equal(isComparable({ ...base, why: { attribute: '训练' } }), true);
  assert.equal(isComparable({ ...base, why: { attribute: 'learned 0.97 (rules: other, no cue)' } }), false);
  assert.ok(isLearned('learned 0.97 (rules: other, no cue)') && !isLearned('训练') && !isLearned(undefined));
});
