// The numeral grammar's tables and the unit table are data: these tests keep them consistent
// (every spelling means one thing, every currency has its ISO code, longest spellings win).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  BIG_SCALES, CN_DIGITS, DECIMAL_DIGITS, FINANCIAL_DIGITS, LATIN_SCALES, PERCENT_HEADS, RANGE_PAIRS, SMALL_SCALES,
} from '../../server/src/analysis/numeral-tables.ts';
import { CURRENCIES, CURRENCY_SIGNS, matchUnit, PERIODS, prefixedUnitAt, STRONG_KINDS, SUBUNITS, UNIT_TABLE } from '../../server/src/analysis/units.ts';

const isPowerOfTen = (n: number) => Number.isInteger(Math.log10(n));

describe('numeral tables', () => {
  test('digits are 0–9, scales powers of ten', () => {
    for (const [ch, v] of Object.entries(CN_DIGITS)) assert.ok(Number.isInteger(v) && v >= 0 && v <= 9, ch);
    for (const v of [...Object.values(SMALL_SCALES), ...Object.values(BIG_SCALES), ...Object.values(LATIN_SCALES)]) assert.ok(isPowerOfTen(v), String(v));
  });
  test('financial digits are digits or small scales, everyday digits have a financial twin for 1–9', () => {
    for (const ch of FINANCIAL_DIGITS) assert.ok(ch in CN_DIGITS || ch in SMALL_SCALES, ch);
    const financialValues = new Set([...FINANCIAL_DIGITS].filter((c) => c in CN_DIGITS).map((c) => CN_DIGITS[c]));
    for (let d = 1; d <= 9; d++) assert.ok(financialValues.has(d), `financial ${d}`);
  });
  test('两 is not a decimal digit; every other digit is', () => {
    assert.ok(!('两' in DECIMAL_DIGITS));
    for (const ch of ['零', '一', '五', '九', '壹', '玖']) assert.ok(ch in DECIMAL_DIGITS, ch);
  });
  test('range pairs are two different digits, the smaller first', () => {
    for (const p of RANGE_PAIRS) assert.ok(p.length === 2 && Number(p[0]) < Number(p[1]), p);
  });
  test('percent heads scale to percent', () => {
    assert.deepEqual(Object.fromEntries(PERCENT_HEADS), { 百分之: 1, 佰分之: 1, 千分之: 0.1, 仟分之: 0.1, 万分之: 0.01 });
  });
});

describe('unit table', () => {
  test('every spelling means one unit', () => {
    const seen = new Map<string, string>();
    for (const def of UNIT_TABLE) {
      for (const w of def.written) {
        const key = def.exact ? w : w.toLowerCase();
        assert.ok(!seen.has(key) || seen.get(key) === def.unit, `${w}: ${seen.get(key)} and ${def.unit}`);
        seen.set(key, def.unit);
        assert.ok(def.unit.length > 0 && w.length > 0);
      }
    }
  });
  test('currencies carry an ISO 4217 code, one canonical name per code', () => {
    const byIso = new Map<string, string>();
    for (const c of CURRENCIES) {
      assert.match(c.iso ?? '', /^[A-Z]{3}$/, c.unit);
      if (!c.factor && !c.coin) {
        assert.ok(!byIso.has(c.iso!) || byIso.get(c.iso!) === c.unit, c.iso);
        byIso.set(c.iso!, c.unit);
      }
    }
    for (const unit of Object.values(CURRENCY_SIGNS)) assert.ok(CURRENCIES.some((c) => c.unit === unit), unit);
    for (const unit of Object.keys(SUBUNITS)) assert.ok(CURRENCIES.some((c) => c.unit === unit), unit);
  });
  test('the canonical names the corpus and the knowledge base use', () => {
    const unitOf = (w: string) => matchUnit(w, 0)?.def.unit;
    assert.deepEqual(
      ['美元', '美金', '元', '人民币', '港币', '个百分点', '%', '倍', '参数', 'tokens', '个token', 'TB', 'PFLOPS'].map(unitOf),
      ['美元', '美元', '元', '元', '港元', 'pp', '%', 'x', '参数', 'tokens', 'tokens', 'TB', 'PFLOPS'],
    );
  });
  test('physical units take SI symbols; the longest spelling wins', () => {
    const unitOf = (w: string) => matchUnit(w, 0)?.def.unit;
    assert.deepEqual(
      ['千米', '公里', '千瓦时', '千瓦', '兆瓦', '吉瓦', '千克', '厘米', '兆字节', '吉字节', '太字节', '平方米', '立方米', '兆赫', '摄氏度'].map(unitOf),
      ['km', 'km', 'kWh', 'kW', 'MW', 'GW', 'kg', 'cm', 'MB', 'GB', 'TB', 'm²', 'm³', 'MHz', '℃'],
    );
  });
  test('Latin units end at a word boundary; m is a metre only in lower case', () => {
    assert.equal(matchUnit('tbd', 0), undefined);
    assert.equal(matchUnit('m', 0)?.def.unit, 'm');
    assert.equal(matchUnit('M', 0), undefined);
    assert.equal(matchUnit(' TB', 0)?.def.unit, 'TB');
  });
  test('a unit spelled with a scale character is recognised where the scale word would start', () => {
    assert.equal(prefixedUnitAt('千米', 0)?.def.unit, 'km');
    assert.equal(prefixedUnitAt('兆瓦', 0)?.def.unit, 'MW');
    assert.equal(prefixedUnitAt('千万', 0), undefined);
    assert.equal(prefixedUnitAt('兆元', 0), undefined);
  });
  test('strong kinds exclude measure words and time', () => {
    assert.ok(!STRONG_KINDS.has('measure') && !STRONG_KINDS.has('time'));
    assert.ok(STRONG_KINDS.has('currency') && STRONG_KINDS.has('length'));
  });
  test('periods name time units', () => {
    for (const unit of Object.values(PERIODS)) assert.ok(['秒', '分钟', '小时', '天', '周', '月', '季度', '年'].includes(unit), unit);
  });
});
