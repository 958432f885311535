// The Claims view's grouping (client/src/claimsGroups.ts): by status, the ones that need
// attention first, then by subject in order of first appearance, "no subject" last.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { groupClaims } from '../../client/src/claimsGroups.ts';
import type { FigureStatus, ReportFigure } from '../../protocol/index.ts';
import { buildReport } from '../../server/src/features/report.ts';
import { analyse, kb } from '../helpers/engine.ts';

let n = 0;
function figure(status: FigureStatus, subjectId?: string, text = `${++n}%`): ReportFigure {
  const index = n;
  return {
    index, uri: 'file:///ws/a.md', path: 'a.md', text, description: text, status, subjectId, subject: subjectId?.replace(/^\w+:/, '').toUpperCase(),
    range: { start: { line: index, character: 0 }, end: { line: index, character: text.length } }, context: { before: '', after: '' },
  };
}

test('groups by status in order conflict, unverified, attributed, verified; empty statuses are left out', () => {
  const figures = [figure('verified', 'model:a'), figure('unverified', 'model:b'), figure('conflict', 'model:a'), figure('unverified')];
  const groups = groupClaims(figures);
  assert.deepEqual(groups.map((g) => [g.status, g.count]), [['conflict', 1], ['unverified', 2], ['verified', 1]]);
  assert.deepEqual(groupClaims([]), []);
});

test('within a status, subjects in order of first appearance, figures in text order, no subject last', () => {
  const figures = [
    figure('unverified'), figure('unverified', 'model:glm-4'), figure('unverified', 'vendor:huawei'),
    figure('unverified', 'model:glm-4'), figure('unverified'), figure('attributed', 'vendor:huawei'),
  ];
  const [unverified, attributed] = groupClaims(figures);
  assert.equal(unverified.status, 'unverified');
  assert.deepEqual(unverified.subjects.map((s) => s.subjectId), ['model:glm-4', 'vendor:huawei', undefined]);
  assert.deepEqual(unverified.subjects.map((s) => s.subject), ['GLM-4', 'HUAWEI', undefined]);
  assert.deepEqual(unverified.subjects[0].figures, [figures[1], figures[3]]);
  assert.deepEqual(unverified.subjects[2].figures, [figures[0], figures[4]]);
  assert.ok(unverified.subjects.every((s) => s.status === 'unverified'));
  assert.equal(unverified.count, 5);
  assert.deepEqual(attributed.subjects.map((s) => [s.subjectId, s.figures.length]), [['vendor:huawei', 1]]);
});

test('a subject without a name is shown by its id', () => {
  const f = { ...figure('conflict', 'model:x'), subject: undefined };
  assert.equal(groupClaims([f])[0].subjects[0].subject, 'model:x');
});

test('on a real analysis every figure lands in exactly one group', () => {
  const text = '据华为介绍，盘古3.0拥有千亿参数，训练数据超过3万亿tokens。\n智谱的GLM-4参数量达到9000亿，GPT-4o用户超过2亿。\n今年整个行业的融资增长了30%。';
  const data = buildReport([{ uri: 'file:///ws/a.txt', path: 'a.txt', document: TextDocument.create('file:///ws/a.txt', 'plaintext', 1, text), analysis: analyse(text), kb }], { scope: 'document', locale: 'en' });
  const groups = groupClaims(data.figures);
  const flat = groups.flatMap((g) => g.subjects.flatMap((s) => s.figures));
  assert.equal(flat.length, data.figures.length);
  assert.deepEqual(new Set(flat), new Set(data.figures));
  for (const g of groups) for (const s of g.subjects) for (const f of s.figures) assert.ok(f.status === g.status && f.subjectId === s.subjectId);
  const unverified = groups.find((g) => g.status === 'unverified')!;
  assert.ok(unverified.subjects.some((s) => s.subjectId === 'model:glm-4'));
  assert.equal(unverified.subjects.at(-1)!.subjectId, undefined, 'the industry figure has no subject');
});

test('within a subject, figures by what they measure, in order of first appearance', () => {
  const f = (text: string, attribute?: string) => ({ ...figure('unverified', 'model:x', text), attribute, attributeName: attribute && `name of ${attribute}` });
  const figures = [f('1%', 'price'), f('2%', 'parameters'), f('3%', 'price'), f('4%')];
  const [group] = groupClaims(figures);
  const [subject] = group.subjects;
  assert.deepEqual(subject.attributes.map((a) => [a.attribute, a.name, a.figures.map((x) => x.text)]), [
    ['price', 'name of price', ['1%', '3%']], ['parameters', 'name of parameters', ['2%']], [undefined, undefined, ['4%']],
  ]);
  assert.deepEqual(subject.figures.map((x) => x.text), ['1%', '2%', '3%', '4%']);
});
