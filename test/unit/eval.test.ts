// The evaluation: every gold file of the project's sets is well formed, and the scores `npm run eval` measures do not
// fall below the table in README.md ("How well it recognises", between the eval:begin/eval:end markers). The README
// table is the one place the expected numbers live; `npm run eval -- --markdown` prints a fresh one.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ATTRIBUTES } from '../../server/src/knowledge/attributes.ts';
import { combine, DEFAULT_SETS, evaluate, ROWS } from '../../scripts/eval/run.ts';
import { hasClaims, scoreClaims, scoreSpans, type GoldAnnotation, type PredAnnotation } from '../../scripts/eval/score.ts';

const ROOT = join(__dirname, '..', '..');
const SETS = DEFAULT_SETS.map((d) => join(ROOT, d)).filter((d) => existsSync(d));
const KINDS = ['vendor', 'model', 'product', 'figure'];
const QUALIFIERS = ['eq', 'gt', 'gte', 'lt', 'lte', 'approx'];

function goldFiles(dir: string) {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => ({ f, data: JSON.parse(readFileSync(join(dir, f), 'utf8')) }))
    .filter(({ data }) => typeof data.file === 'string' && Array.isArray(data.annotations));
}

/** Everything wrong with one gold file, as messages. */
function goldProblems(dir: string, file: string, annotations: GoldAnnotation[]): string[] {
  const problems: string[] = [];
  const textPath = join(dir, file);
  if (!existsSync(textPath)) return [`${file}: no text`];
  const text = readFileSync(textPath, 'utf8');
  const names = new Set(annotations.filter((a) => a.kind !== 'figure').map((a) => a.canonical ?? a.text));
  for (const a of annotations) {
    const at = `${file} "${a.text}"@${a.start}`;
    if (!KINDS.includes(a.kind)) problems.push(`${at}: kind ${a.kind}`);
    if (!(Number.isInteger(a.start) && Number.isInteger(a.end) && a.start >= 0 && a.start < a.end && a.end <= text.length)) problems.push(`${at}: offsets`);
    else if (text.slice(a.start, a.end) !== a.text) problems.push(`${at}: the text is "${text.slice(a.start, a.end)}" there`);
    if (a.kind !== 'figure') continue;
    if (typeof a.value !== 'number' || !Number.isFinite(a.value)) problems.push(`${at}: value`);
    // ('' when the text names none, as the engine writes it: a bare coefficient, 0.47)
    if (typeof a.unit !== 'string') problems.push(`${at}: unit`);
    if (!QUALIFIERS.includes(a.qualifier ?? '')) problems.push(`${at}: qualifier ${a.qualifier}`);
    if (!('subject' in a || 'attribute' in a)) continue;
    if (a.attribute !== null && !(ATTRIBUTES as readonly unknown[]).includes(a.attribute)) problems.push(`${at}: attribute ${a.attribute}`);
    if (a.subject !== null && !names.has(a.subject!)) problems.push(`${at}: subject ${a.subject} is no entity of this gold`);
    if (a.per !== undefined && !(a.per && Number.isFinite(a.per.value))) problems.push(`${at}: per`);
    if (a.conflict && !annotations.some((b) => b !== a && b.conflict && b.subject === a.subject && b.attribute === a.attribute && b.value !== a.value)) {
      problems.push(`${at}: a conflict with nothing to contradict`);
    }
  }
  return problems;
}

describe('evaluation gold', () => {
  for (const dir of SETS) {
    test(`${dir.slice(ROOT.length + 1)}: every annotation is its text's slice, with valid fields and claims`, () => {
      const files = goldFiles(dir);
      assert.ok(files.length > 0, 'no gold files');
      assert.deepEqual(files.flatMap(({ data }) => goldProblems(dir, data.file, data.annotations)), []);
    });
  }

  test('the project corpus states claims in every text', () => {
    const dir = join(ROOT, 'test', 'fixtures', 'eval');
    const files = goldFiles(dir);
    assert.ok(files.length >= 20, `${files.length} texts`);
    assert.deepEqual(files.filter(({ data }) => !hasClaims(data.annotations)).map(({ f }) => f), []);
  });
});

function readmeTable(): { columns: string[]; rows: { label: string; cells: string[] }[] } {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = /<!-- eval:begin -->([\s\S]*?)<!-- eval:end -->/.exec(readme);
  assert.ok(block, 'README.md has no evaluation table between <!-- eval:begin --> and <!-- eval:end -->');
  const lines = block[1].split('\n').map((l) => l.trim()).filter((l) => l.startsWith('|'));
  const split = (l: string) => l.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
  const [header, , ...body] = lines;
  return { columns: split(header).slice(1), rows: body.map((l) => { const [label, ...cells] = split(l); return { label, cells }; }) };
}

test('npm run eval does not fall below the README table', () => {
  assert.ok(existsSync(join(ROOT, 'server', 'out', 'cli.js')), 'the CLI is not built: run `npm run build`');
  const sets = evaluate(SETS);
  const measured = [...sets, combine(sets)];
  assert.deepEqual(measured.flatMap((s) => s.failures), [], 'every text annotated');
  const { columns, rows } = readmeTable();
  assert.ok(rows.length > 0, 'the README table has no rows');
  const below: string[] = [];
  for (const { label, cells } of rows) {
    const row = ROWS.find((r) => r.label === label);
    assert.ok(row, `README row "${label}" is not one of: ${ROWS.map((r) => r.label).join(', ')}`);
    columns.forEach((column, i) => {
      const stated = cells[i];
      if (stated === undefined || stated === '–' || stated === '-' || stated === 'n/a' || stated === '') return;
      const set = measured.find((s) => s.name === column);
      assert.ok(set, `README column "${column}" is not a measured set (${measured.map((s) => s.name).join(', ')})`);
      const expected = Number(stated.replace(/\*/g, ''));
      assert.ok(Number.isFinite(expected), `README cell "${stated}" (${label}, ${column}) is not a number`);
      const value = row.get(set);
      const slack = row.count ? 0 : 0.0005; // the README rounds to three decimals
      const ok = value !== null && (row.better === 'higher' ? value >= expected - slack : value <= expected + slack);
      if (!ok) below.push(`${label}, ${column}: ${value === null ? 'not measured' : row.count ? value : value.toFixed(4)} (README ${stated})`);
    });
  }
  assert.deepEqual(below, [], 'worse than the README states');
});

describe('scorers', () => {
  const text = '豆包降价：输入0.0008元/千tokens，GPT-4o贵了100倍。';
  const at = (s: string, kind: string, extra: Record<string, unknown> = {}): PredAnnotation =>
    ({ kind, start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, ...extra });
  const gold = [
    at('豆包', 'model', { canonical: '豆包' }),
    at('GPT-4o', 'model', { canonical: 'GPT-4o' }),
    at('0.0008元/千tokens', 'figure', { value: 0.0008, unit: '元', qualifier: 'eq', per: { value: 1000, unit: 'tokens' }, subject: '豆包', attribute: 'price' }),
    at('100倍', 'figure', { value: 100, unit: 'x', qualifier: 'eq', optional: true }),
  ] as unknown as GoldAnnotation[];
  const entities = [at('豆包', 'model', { entityId: 'model:doubao' }), at('GPT-4o', 'model', { entityId: 'model:gpt-4o' })];

  test('strict needs the exact span, lenient an overlap; an optional gold span is neither a hit nor a false alarm', () => {
    const pred = [...entities, at('0.0008元', 'figure', { value: 0.0008 }), at('100倍', 'figure', { value: 100 })];
    const s = scoreSpans([{ name: 't', gold, pred: { annotations: pred } }]);
    assert.deepEqual(s.strict.figure, { tp: 0, fp: 1, fn: 1 });
    assert.deepEqual(s.lenient.figure, { tp: 1, fp: 0, fn: 0 });
    assert.deepEqual([s.valueHit, s.valueTotal], [1, 1]);
  });

  test('a rate is right only with its denominator; the subject is judged by the mentions of the predicted entity', () => {
    const claim = (fig: PredAnnotation) => scoreClaims([{ name: 't', gold, pred: { annotations: [...entities, fig] } }]);
    const whole = claim(at('0.0008元/千tokens', 'figure', { value: 0.0008, per: { value: 1000 }, subjectId: 'model:doubao', attribute: 'price' }));
    assert.deepEqual([whole.claimOk, whole.rateOk, whole.subjectOk], [1, 1, 1]);
    const cut = claim(at('0.0008元', 'figure', { value: 0.0008, per: { value: 1000 }, subjectId: 'model:gpt-4o', attribute: 'price' }));
    assert.deepEqual([cut.claimOk, cut.rateOk, cut.subjectOk, cut.attributeOk], [0, 0, 0, 1]);
  });

  test('a predicted conflict where the gold has none is a false conflict', () => {
    const c = scoreClaims([{ name: 't', gold, pred: { annotations: [at('0.0008元/千tokens', 'figure', { value: 0.0008, status: 'conflict' })] } }]);
    assert.deepEqual([c.predictedConflicts, c.falseConflicts.length, c.missedConflicts.length], [1, 1, 0]);
  });
});
