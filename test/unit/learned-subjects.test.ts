// The learned subject model: its data file, the candidates of a figure and their features, and when
// its opinion replaces the rules' (only when sure, only over rules that read where names stand, never
// a figure that is not a claim, always with the rules' choice in the explanation; a guess that never
// accuses another figure of a conflict).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Ajv from 'ajv';
import { isLearnedSubject, mayOverrideSubject, reviseSubjectsInSteps, SUBJECT_OVERRIDE_AT, SubjectContext, SubjectModel, subjectRuleKind } from '../../server/src/analysis/learnedSubjects.ts';
import { isComparable } from '../../server/src/analysis/status.ts';
import { runSteps } from '../../server/src/analysis/steps.ts';
import type { EntityMention, Figure } from '../../server/src/analysis/types.ts';
import { BUNDLED_SUBJECT_MODEL, subjectModelSchema, type SubjectModelData } from '../../server/src/knowledge/subjectModel.ts';
import { analyse } from '../helpers/engine.ts';

test('the bundled model validates against its schema', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(subjectModelSchema);
  assert.ok(validate(BUNDLED_SUBJECT_MODEL), JSON.stringify(validate.errors));
  assert.ok(BUNDLED_SUBJECT_MODEL.examples > 1000 && Object.keys(BUNDLED_SUBJECT_MODEL.weights).length > 1000);
  assert.ok(BUNDLED_SUBJECT_MODEL.trainedOn.length > 10);
  // and it rejects what it should
  assert.equal(validate({ ...BUNDLED_SUBJECT_MODEL, weights: { null: 0.5 } }), false);
  assert.equal(validate({ ...BUNDLED_SUBJECT_MODEL, scale: 0 }), false);
  assert.equal(validate({ ...BUNDLED_SUBJECT_MODEL, extra: 1 }), false);
});

const mention = (text: string, written: string, entityId: string, kind: EntityMention['kind'], vendorId?: string, nth = 0): EntityMention => {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(written, start + 1);
  return { start, end: start + written.length, text: written, kind, entityId, canonical: written, vendorId, via: 'knowledge' };
};
const figure = (text: string, written: string, extra: Partial<Figure> = {}): Figure => {
  const start = text.indexOf(written);
  return { kind: 'figure', start, end: start + written.length, text: written, value: 1, unit: '', qualifier: 'eq', attribute: 'other', status: 'unverified', statusReason: 'unassessed', ...extra } as Figure;
};

test('a figure\'s candidates: no one first, then the names of its sentence and the two before it, the nearest few, and the rules\' choice wherever it stands', () => {
  const text = '## 华为\n\n百度发布文心4.5。阿里云发布通义千问。腾讯发布混元。字节发布豆包，智谱发布GLM-4.5，价格为每百万tokens 2元。';
  const entities = [
    mention(text, '华为', 'vendor:huawei', 'vendor'),
    mention(text, '百度', 'vendor:baidu', 'vendor'),
    mention(text, '文心4.5', 'model:ernie-4.5', 'model', 'vendor:baidu'),
    mention(text, '阿里云', 'vendor:aliyun', 'vendor'),
    mention(text, '通义千问', 'model:qwen', 'model', 'vendor:aliyun'),
    mention(text, '腾讯', 'vendor:tencent', 'vendor'),
    mention(text, '混元', 'model:hunyuan', 'model', 'vendor:tencent'),
    mention(text, '字节', 'vendor:bytedance', 'vendor'),
    mention(text, '豆包', 'model:doubao', 'model', 'vendor:bytedance'),
    mention(text, '智谱', 'vendor:zhipu', 'vendor'),
    mention(text, 'GLM-4.5', 'model:glm-4.5', 'model', 'vendor:zhipu'),
  ];
  const context = new SubjectContext(text, entities);
  const f = figure(text, '2元', { attribute: 'price', subjectId: 'vendor:huawei', why: { subject: 'heading' } });
  const cands = context.candidates(f);
  assert.equal(cands[0].id, null);
  assert.ok(cands[0].features.includes('null') && cands[0].features.includes('null|why=heading') && cands[0].features.includes('null|attr=price'));
  const ids = cands.slice(1).map((c) => c.id);
  // the four nearest names, and the heading's company the rules chose though it stands outside the window
  assert.deepEqual(ids.slice(0, 4).sort(), ['model:doubao', 'model:glm-4.5', 'vendor:bytedance', 'vendor:zhipu']);
  assert.equal(ids.at(-1), 'vendor:huawei');
  const rule = cands.find((c) => c.id === 'vendor:huawei')!;
  assert.ok(rule.features.includes('rule') && rule.features.includes('outside') && rule.features.includes('rule|why=heading'));
  const glm = cands.find((c) => c.id === 'model:glm-4.5')!;
  for (const feature of ['before', 'insent', 'sameline', 'k=model', 'k|attr=model|price', 'parentnear', 'a1=,', 'ncl=1|b']) assert.ok(glm.features.includes(feature), feature);
  const zhipu = cands.find((c) => c.id === 'vendor:zhipu')!;
  assert.ok(zhipu.features.includes('childnear') && zhipu.features.includes('btw=发布|b') === false);
});

test('the features read a traditional or full-width text as its simplified twin', () => {
  const pairs: Array<[string, string]> = [
    ['智谱发布GLM-4.5，总参数3550亿，激活参数320亿。', '智譜發佈GLM-4.5，總參數3550億，激活參數320億。'],
    ['对比一下，Meta训Llama 3.1 405B用了1.6万块H100。', '對比一下，Meta訓Llama 3.1 405B用了1.6萬塊H100。'],
  ];
  for (const [simplified, traditional] of pairs) {
    const features = (text: string) => {
      const a = analyse(text, { learnedSubjects: false });
      const context = new SubjectContext(text, a.entities);
      return a.figures.filter((f) => f.attribute).map((f) => context.candidates(f).map((c) => [c.id, c.features]));
    };
    assert.deepEqual(features(traditional), features(simplified), simplified);
  }
});

test('the kind of rule that decided, and which the model may override', () => {
  const kinds: Array<[string | undefined, string]> = [[undefined, 'none'], ['sentence', 'sentence'], ['coreference 该模型', 'coreference'], ['table row', 'table'], ['acquired 收购', 'acquired']];
  for (const [why, kind] of kinds) assert.equal(subjectRuleKind(why), kind, String(why));
  // [the rules' reason, the rules' subject, the model's, the kind of the rules' subject, the attribute, may override (, the rules' name stands in the sentence)]
  const cases: Array<[string | undefined, string | null, string | null, string | undefined, string, boolean, boolean?]> = [
    ['paragraph', 'vendor:a', null, 'vendor', 'other', true],
    ['heading', 'vendor:a', 'model:b', 'vendor', 'parameters', true],
    ['clause', 'vendor:a', 'model:b', 'vendor', 'training_tokens', true],
    [undefined, null, 'model:b', undefined, 'score', true],
    ['coreference 其', null, 'model:b', undefined, 'score', true],
    // a pronoun's antecedent is not traded for another name
    ['coreference 该模型', 'model:a', 'model:b', 'model', 'score', false],
    // a name of the figure's own sentence is not traded for no one
    ['sentence', 'model:a', null, 'model', 'count', false],
    ['clause', 'model:a', null, 'model', 'other', false],
    // nor a heading's name: headings are context for what they head
    ['heading', 'model:a', null, 'model', 'other', false],
    // nor a name of the sentence before its semicolon (但…同月数据却是2100万)
    ['paragraph', 'model:a', null, 'model', 'users', false, true],
    ['paragraph', 'model:a', null, 'model', 'users', true, false],
    // what a company reports stays the company's
    ['heading', 'vendor:a', null, 'vendor', 'revenue', false],
    ['paragraph', 'vendor:a', null, 'vendor', 'growth', false],
    // named rules stand, and so does "no one" for want of a topic
    ['acquired 收购', 'vendor:a', null, 'vendor', 'acquisition', false],
    ['supplier', 'vendor:a', 'vendor:b', 'vendor', 'price', false],
    ['respectively', 'model:a', 'model:b', 'model', 'score', false],
    ['topic', null, 'model:b', undefined, 'price', false],
    ['document', 'product:a', null, 'product', 'score', false],
    // nor a chat's reply going on about what the message above named
    ['chat above', 'product:a', null, 'product', 'price', false],
    // nor a company standing for its model, nor a size of an unnamed class of models
    ['model of 深度求索', 'model:a', 'vendor:b', 'model', 'training_cost', false],
    ['generic 模型', null, 'model:b', undefined, 'parameters', false],
    // a company's own measure stays the company's, for another name too (推出了昇腾910C，全年营收增长20%)
    ['sentence', 'vendor:a', 'product:b', 'vendor', 'growth', false],
    ['sentence', 'vendor:a', 'product:b', 'vendor', 'compute', true],
  ];
  cases.forEach(([why, rule, guess, kind, attribute, may, inSentence], i) => assert.equal(mayOverrideSubject(why, rule, guess, kind, attribute, inSentence), may, `case ${i}`));
  // and a sum invested stays with whom the rules gave it (阿里巴巴投资最多12亿美元)
  assert.equal(mayOverrideSubject('paragraph', 'vendor:a', 'vendor:b', 'vendor', 'other', false, '投资'), false);
  assert.equal(mayOverrideSubject('paragraph', 'vendor:a', 'vendor:b', 'vendor', 'other', false, 'no cue'), true);
});

test('the model overrides the rules only when sure and allowed, never a non-claim, and keeps the rules\' choice in the explanation', () => {
  // a model that likes a name right before the figure's clause and dislikes no one
  const tiny: SubjectModelData = { trainedOn: ['test'], examples: 1, scale: 100, weights: { 'rule': 100, 'btwx=用了': 900, 'null': -300 } };
  const model = new SubjectModel(tiny);
  const text = 'Meta训Llama用了1.6万块H100，数据量超过15万亿tokens，另有5个团队参与。';
  const entities = [mention(text, 'Meta', 'vendor:meta', 'vendor'), mention(text, 'Llama', 'model:llama', 'model', 'vendor:meta'), mention(text, 'H100', 'product:h100', 'product', 'vendor:nvidia')];
  const cases: Array<[Figure, string | undefined, string | RegExp | undefined]> = [
    [figure(text, '1.6万块', { subjectId: 'vendor:meta', why: { subject: 'clause' } }), 'model:llama', /^learned 1\.00 \(rules: Meta, clause\)$/],
    [figure(text, '1.6万块', { subjectId: 'vendor:meta', why: { subject: 'acquired 收购' } }), 'vendor:meta', 'acquired 收购'],
    [figure(text, '1.6万块', { subjectId: 'vendor:meta', why: { subject: 'clause' }, nonClaim: 'example' }), 'vendor:meta', 'clause'],
    [figure(text, '1.6万块', { subjectId: 'vendor:meta', why: { subject: 'clause' }, attribute: undefined }), 'vendor:meta', 'clause'],
    [figure(text, '5个', { subjectId: undefined, why: { subject: 'generic 团队' } }), undefined, 'generic 团队'],
  ];
  const figures = cases.map((c) => c[0]);
  runSteps(reviseSubjectsInSteps(text, figures, entities, model));
  cases.forEach(([f, subject, why], i) => {
    assert.equal(f.subjectId, subject, `case ${i}`);
    if (why instanceof RegExp) assert.match(f.why!.subject!, why, `case ${i}`);
    else assert.equal(f.why?.subject, why, `case ${i}`);
  });
  const probabilities = model.choose(new SubjectContext(text, entities).candidates(figure(text, '1.6万块', { subjectId: 'vendor:meta', why: { subject: 'clause' } })));
  assert.ok(probabilities.p >= SUBJECT_OVERRIDE_AT);
});

test('the analysis asks the bundled model unless told not to', () => {
  // [text, figure, the rules' subject, the shipped model's]
  const cases: Array<[string, string, string, string]> = [
    ['对比一下，Meta训Llama 3.1 405B用了1.6万块H100，数据量超过15万亿tokens。', '1.6万块', 'vendor:meta', 'model:llama-3.1-405b'],
    ['對比一下，Meta訓Llama 3.1 405B用了1.6萬塊H100，數據量超過15萬億tokens。', '超過15萬億tokens', 'vendor:meta', 'model:llama-3.1-405b'],
    ['| 厂商 | 芯片 | 算力 | 份额 |\n| --- | --- | --- | --- |\n| 华为 | 昇腾910B | 376 | 约45 |\n', '约45', 'product:ascend-910b', 'product:ascend-910b'],
  ];
  for (const [text, written, rules, shipped] of cases) {
    const plain = analyse(text, { learnedSubjects: false }).figures.find((f) => f.text === written);
    const revised = analyse(text).figures.find((f) => f.text === written);
    assert.equal(plain?.subjectId, rules, written);
    assert.equal(revised?.subjectId, shipped, written);
    if (rules !== shipped) assert.match(revised!.why!.subject!, /^learned (0\.[7-9]\d|1\.00) \(rules: /);
  }
});

test('a subject the model gave shows, but never accuses another figure of a conflict', () => {
  const base = { start: 0, end: 9, text: '1000亿tokens', value: 1e11, unit: 'tokens', qualifier: 'eq' as const, subjectId: 'model:x', attribute: 'training_tokens' as const };
  assert.equal(isComparable({ ...base, why: { subject: 'sentence' } }), true);
  assert.equal(isComparable({ ...base, why: { subject: 'learned 0.97 (rules: Meta, sentence)' } }), false);
  assert.ok(isLearnedSubject('learned 0.97 (rules: Meta, sentence)') && !isLearnedSubject('sentence') && !isLearnedSubject(undefined));
});
