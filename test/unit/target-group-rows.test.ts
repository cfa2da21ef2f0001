import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ffbOfferTypes } from '../../src/domain/ffb-offer-types.js';
import { compareTargetGroupRows, normalizeLegalBasis, prettyLegalBasis, targetGroupRowLabel, targetGroupRowOf, targetGroupRows, type TargetGroupFact } from '../../src/domain/target-group-rows.js';

const code = (display: string) => ffbOfferTypes.find((t) => t.display === display)!.code;
const fact = (values: Partial<TargetGroupFact>): TargetGroupFact => ({ legalBasis: null, offerType: null, offerName: null, rate: null, youth: false, ...values });

/** Facts as the demo, the generator and the API write them, and the row Table 1 puts each in. */
const cases: [string, Partial<TargetGroupFact>, string | null][] = [
  ['§85 by the hour (granted service)', { legalBasis: 'SEL §85', rate: 'hour' }, 'sel85-hour'],
  ['§85 without a rate (enrolment)', { legalBasis: 'SEL §85', offerType: code('Socialpædagogisk støtte') }, 'sel85-hour'],
  ['§85 by the day', { legalBasis: 'SEL §85', rate: 'day' }, 'sel85-day'],
  ['§85 by the month (shared housing)', { legalBasis: 'SEL §85', rate: 'month' }, 'sel85-day'],
  ['§85 housing-like offer, by code', { legalBasis: 'SEL §85', offerType: code('Botilbudslignende tilbud') }, 'sel85-day'],
  ['§85 housing-like offer, by name', { legalBasis: 'SEL §85', offerType: 'Botilbudslignende tilbud' }, 'sel85-day'],
  ['spaces and case do not matter', { legalBasis: 'sel § 85', rate: 'hour' }, 'sel85-hour'],
  ['§103', { legalBasis: 'SEL §103' }, 'sel103'],
  ['§104', { legalBasis: 'SEL §104', offerName: 'Huset Tværs' }, 'sel104'],
  ['§104 drop-in centre by name', { legalBasis: 'SEL §104', offerName: 'Perron 4 — værested og modtagecenter' }, 'drop-in'],
  ['a warming room without a paragraph', { offerName: 'Varmestue og fællesspisning i Korsets Hus' }, 'drop-in'],
  ['drop-in in capitals', { offerName: 'VÆRESTED' }, 'drop-in'],
  ['§107', { legalBasis: 'SEL §107' }, 'sel107'],
  ['§108', { legalBasis: 'SEL §108', rate: 'day' }, 'sel108'],
  ['§110', { legalBasis: 'SEL §110' }, 'sel110'],
  ['alcohol, day', { legalBasis: 'SUL §141', offerType: code('Støtte til behandling') }, 'alcohol-day'],
  ['alcohol, residential', { legalBasis: 'SUL §141', offerType: code('Midlertidigt ophold') }, 'alcohol-residential'],
  ['alcohol under 18 stays alcohol', { legalBasis: 'SUL §141', youth: true }, 'alcohol-day'],
  ['drugs, day', { legalBasis: 'SEL §101', offerType: 'Støtte til behandling' }, 'drug-day'],
  ['drugs, §101a', { legalBasis: 'SEL §101a' }, 'drug-day'],
  ['drugs, residential', { legalBasis: 'SEL §101', offerType: code('Midlertidigt ophold') }, 'drug-residential'],
  ['drugs, under 18', { legalBasis: 'SEL §101', youth: true }, 'drug-youth'],
  ['drugs, under 18 and residential: the youth row', { legalBasis: 'SEL §101', offerType: code('Midlertidigt ophold'), youth: true }, 'drug-youth'],
  ['counselling, §12', { legalBasis: 'SEL §12' }, 'counselling'],
  ['counselling, §10', { legalBasis: 'SEL §10' }, 'counselling'],
  ['counselling by offer type', { offerType: code('Akut rådgivning, omsorg og støtte') }, 'counselling'],
  ['another paragraph', { legalBasis: 'SEL §82b' }, 'other:SEL§82B'],
  ['another law', { legalBasis: 'STU-loven' }, 'other:STU-LOVEN'],
  ['no paragraph, no rule: not counted', { offerName: 'Svømning for alle', offerType: code('Fysisk aktivitet') }, null],
  ['a blank paragraph: not counted', { legalBasis: '  ' }, null],
];

for (const [name, values, row] of cases) {
  test(`${name} → ${row}`, () => {
    assert.equal(targetGroupRowOf(fact(values)), row);
  });
}

test('every row of Table 1 has a Danish and an English label, and every key is reached by some rule', () => {
  const reached = new Set(cases.map((c) => c[2]));
  for (const row of targetGroupRows) {
    assert.ok(row.da.length > 0 && row.en.length > 0);
    assert.ok(reached.has(row.key), `a case reaches ${row.key}`);
    assert.equal(targetGroupRowLabel(row.key)!.da, row.da);
  }
});

test('labels of other paragraphs, and unknown keys', () => {
  assert.deepEqual(targetGroupRowLabel('other:SEL§82B'), { legalBasis: 'SEL § 82 b', offerType: null, da: 'Andre tilbud efter SEL § 82 b', en: 'Other offers under SEL § 82 b' });
  assert.equal(targetGroupRowLabel('other:'), null);
  assert.equal(targetGroupRowLabel('nonsense'), null);
  assert.equal(prettyLegalBasis('SEL§97'), 'SEL § 97');
  assert.equal(prettyLegalBasis('STU-LOVEN'), 'STU-LOVEN');
  assert.equal(normalizeLegalBasis(' SEL §  101 a '), 'SEL§101A');
});

test("rows sort in Table 1's order, other paragraphs after", () => {
  assert.deepEqual(['other:SEL§97', 'drop-in', 'other:SEL§82B', 'sel110', 'sel85-day'].sort(compareTargetGroupRows), ['sel85-day', 'sel110', 'drop-in', 'other:SEL§82B', 'other:SEL§97']);
});
