// The same article in traditional script makes the same claims: every figure keeps its value,
// subject, attribute, denominator, time, facet and status, every name its span and entity. Each
// fixture article is converted character by character (simplified → Taiwan forms, same length), so
// offsets agree; a rule that reads one script only (a unit compared with 參數, a cue word, a
// pattern) shows here as a difference.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import * as OpenCC from 'opencc-js/cn2t';
import { analyse } from '../helpers/engine.ts';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const fixtures = join(import.meta.dirname, '..', 'fixtures');
const articles = ['eval', 'heldout', 'heldout2'].flatMap((d) => readdirSync(join(fixtures, d)).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md').sort().map((f) => join(d, f)));

const claims = (text: string) => analyse(text).figures.map((f) =>
  [f.start, f.end, f.value, f.unit, f.per?.value, f.per?.unit, f.subjectId, f.attribute, f.scope, f.facet, f.nonClaim, f.status].join(' | '));
const names = (text: string) => analyse(text).entities.map((e) => [e.start, e.end, e.kind, e.entityId].join(' | '));

test('an article in traditional script makes the claims it makes in simplified', () => {
  let compared = 0;
  for (const file of articles) {
    const simplified = readFileSync(join(fixtures, file), 'utf8');
    const traditional = toTraditional(simplified);
    // (a conversion that changes a length, or nothing, compares nothing)
    if (traditional.length !== simplified.length || traditional === simplified) continue;
    assert.deepEqual(names(traditional), names(simplified), `${file}: names`);
    assert.deepEqual(claims(traditional), claims(simplified), `${file}: claims`);
    compared++;
  }
  assert.ok(compared >= 40, `only ${compared} articles compared`);
});
