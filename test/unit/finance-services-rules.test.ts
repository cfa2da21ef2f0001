import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  changedFields,
  checkDecision,
  isResidentialBasis,
  isSameService,
  MAX_UNIT_PRICE_ORE,
  normaliseLegalBasis,
  periodsOverlap,
  serviceStatus,
  type DecisionFacts,
} from '../../src/domain/granted-service-rules.js';
import { formatHundredths, formatKroner, formatWholeKroner, kronerInputValue, parseHundredths, parseKronerToOre } from '../../src/web/features/finance/money-format.js';

const today = '2026-11-22';
const valid: DecisionFacts = { periodFrom: '2026-01-01', periodTo: null, priceUnit: 'day', unitPriceOre: 295_000, quantityHundredths: 100, decidedOn: '2026-01-01' };

describe('checking a decision', () => {
  const cases: [string, Partial<DecisionFacts>, string[]][] = [
    ['a valid decision', {}, []],
    ['a negative price', { unitPriceOre: -1 }, ['unitPriceOre:price.not_positive']],
    ['a price of zero', { unitPriceOre: 0 }, ['unitPriceOre:price.not_positive']],
    ['one øre', { unitPriceOre: 1 }, []],
    ['exactly 100 million DKK', { unitPriceOre: MAX_UNIT_PRICE_ORE }, []],
    ['one øre above 100 million DKK', { unitPriceOre: MAX_UNIT_PRICE_ORE + 1 }, ['unitPriceOre:price.too_large']],
    ['a quantity of zero', { quantityHundredths: 0 }, ['quantityHundredths:quantity.not_positive']],
    ['a negative quantity', { quantityHundredths: -100 }, ['quantityHundredths:quantity.not_positive']],
    ['168 hours a week', { priceUnit: 'hour', quantityHundredths: 16_800 }, []],
    ['168.01 hours a week', { priceUnit: 'hour', quantityHundredths: 16_801 }, ['quantityHundredths:quantity.hours_a_week']],
    ['200 places a day is allowed by the day rate', { quantityHundredths: 20_000 }, []],
    ['a quantity above 1,000', { quantityHundredths: 100_001 }, ['quantityHundredths:quantity.too_large']],
    ['a one-day period', { periodTo: '2026-01-01' }, []],
    ['a period ending the day before it starts', { periodTo: '2025-12-31' }, ['periodTo:period.ends_before_start']],
    ['decided today', { decidedOn: today }, []],
    ['decided tomorrow', { decidedOn: '2026-11-23' }, ['decidedOn:decided.in_future']],
    ['a period that lies ahead', { periodFrom: '2027-05-14' }, []],
    ['everything wrong at once', { unitPriceOre: 0, quantityHundredths: 0, periodTo: '2025-01-01', decidedOn: '2027-01-01' }, ['unitPriceOre:price.not_positive', 'quantityHundredths:quantity.not_positive', 'periodTo:period.ends_before_start', 'decidedOn:decided.in_future']],
  ];
  for (const [name, change, expected] of cases) {
    test(name, () => {
      assert.deepEqual(
        checkDecision({ ...valid, ...change }, today).map((p) => `${p.field}:${p.key}`),
        expected,
      );
    });
  }
});

describe('legal bases', () => {
  const written: [string, string, boolean][] = [
    ['SEL §108', 'SEL §108', true],
    ['SEL § 108', 'SEL §108', true],
    ['sel  §107', 'SEL §107', true],
    ['SEL§107', 'SEL §107', true],
    ['SEL §85', 'SEL §85', false],
    ['SEL §1080', 'SEL §1080', false],
    ['SEL §108, stk. 2', 'SEL §108, stk. 2', true],
    ['STU-loven', 'STU-loven', false],
    ['  SEL   §  101 ', 'SEL §101', false],
  ];
  for (const [input, normal, residential] of written) {
    test(`"${input}" is "${normal}", ${residential ? '' : 'not '}residential`, () => {
      assert.equal(normaliseLegalBasis(input), normal);
      assert.equal(isResidentialBasis(input), residential);
    });
  }
});

describe('overlap and sameness', () => {
  const periods: [string, { from: string; to: string | null }, { from: string; to: string | null }, boolean][] = [
    ['back to back', { from: '2026-01-01', to: '2026-06-30' }, { from: '2026-07-01', to: null }, false],
    ['sharing one day', { from: '2026-01-01', to: '2026-06-30' }, { from: '2026-06-30', to: null }, true],
    ['inside', { from: '2026-01-01', to: '2026-12-31' }, { from: '2026-03-01', to: '2026-03-31' }, true],
    ['both open', { from: '2020-01-01', to: null }, { from: '2030-01-01', to: null }, true],
    ['before an open one', { from: '2020-01-01', to: '2020-12-31' }, { from: '2021-01-01', to: null }, false],
  ];
  for (const [name, a, b, expected] of periods) {
    test(`periods ${name}: ${expected ? 'overlap' : 'do not overlap'}`, () => {
      assert.equal(periodsOverlap(a, b), expected);
      assert.equal(periodsOverlap(b, a), expected);
    });
  }
  const services: [string, Parameters<typeof isSameService>[0], Parameters<typeof isSameService>[1], boolean][] = [
    ['the same offer under another name', { offerId: 'o1', serviceName: 'A', legalBasis: 'SEL §85' }, { offerId: 'o1', serviceName: 'B', legalBasis: 'SEL §104' }, true],
    ['the same name in another case and spacing, same paragraph', { offerId: null, serviceName: 'Bostøtte  nord', legalBasis: 'SEL §85' }, { offerId: 'o2', serviceName: 'BOSTØTTE Nord ', legalBasis: 'sel § 85' }, true],
    ['the same name under another paragraph', { offerId: null, serviceName: 'Bostøtte', legalBasis: 'SEL §85' }, { offerId: null, serviceName: 'Bostøtte', legalBasis: 'SEL §104' }, false],
    ['other offers, other names', { offerId: 'o1', serviceName: 'A', legalBasis: 'SEL §85' }, { offerId: 'o2', serviceName: 'B', legalBasis: 'SEL §85' }, false],
    ['no offers, other names', { offerId: null, serviceName: 'A', legalBasis: 'SEL §85' }, { offerId: null, serviceName: 'B', legalBasis: 'SEL §85' }, false],
  ];
  for (const [name, a, b, expected] of services) {
    test(`${name}: ${expected ? 'the same service' : 'another service'}`, () => {
      assert.equal(isSameService(a, b), expected);
      assert.equal(isSameService(b, a), expected);
    });
  }
});

describe('status and changes', () => {
  const statuses: [string, { periodFrom: string; periodTo: string | null; cancelled: boolean }, string][] = [
    ['withdrawn', { periodFrom: '2026-01-01', periodTo: null, cancelled: true }, 'cancelled'],
    ['begins tomorrow', { periodFrom: '2026-11-23', periodTo: null, cancelled: false }, 'planned'],
    ['begins today', { periodFrom: today, periodTo: null, cancelled: false }, 'active'],
    ['ends today', { periodFrom: '2026-01-01', periodTo: today, cancelled: false }, 'active'],
    ['ended yesterday', { periodFrom: '2026-01-01', periodTo: '2026-11-21', cancelled: false }, 'ended'],
  ];
  for (const [name, service, expected] of statuses) test(`${name}: ${expected}`, () => assert.equal(serviceStatus(service, today), expected));

  test('the first version lists what has a value; later ones what changed', () => {
    assert.deepEqual(changedFields(null, { a: 1, b: null, c: 'x' }), [
      { field: 'a', from: null, to: 1 },
      { field: 'c', from: null, to: 'x' },
    ]);
    assert.deepEqual(changedFields({ a: 1, b: null, c: 'x' }, { a: 2, b: null, c: 'x' }), [{ field: 'a', from: 1, to: 2 }]);
    assert.deepEqual(changedFields({ a: 1, b: 'y' }, { a: 1, b: null }), [{ field: 'b', from: 'y', to: null }]);
    assert.deepEqual(changedFields({ a: true }, { a: true }), []);
  });
});

describe('money on the finance pages', () => {
  const typed: [string, number | null][] = [
    ['2950', 295_000],
    ['2.950', 295_000],
    ['2 950', 295_000],
    ['2950,5', 295_050],
    ['2.950,50', 295_050],
    ['2950.50', 295_050],
    ['kr. 2.950,50', 295_050],
    ['2950 kr.', 295_000],
    ['0,01', 1],
    ['1.234.567,89', 123_456_789],
    ['-100', -10_000],
    ['2950,505', null],
    ['12,', null],
    ['1.23.4', null],
    ['abc', null],
    ['', null],
  ];
  for (const [text, ore] of typed) test(`"${text}" is ${ore === null ? 'not an amount' : `${ore} øre`}`, () => assert.equal(parseKronerToOre(text), ore));

  test('øre are shown as Danish kroner, and back into a field', () => {
    assert.equal(formatKroner(123_456_789).replace(/\u00a0/g, ' '), '1.234.567,89 kr.');
    assert.equal(formatKroner(123_456_789, 'en').replace(/\u00a0/g, ' '), 'DKK 1,234,567.89');
    assert.equal(formatWholeKroner(123_456_750).replace(/\u00a0/g, ' '), '1.234.568 kr.');
    assert.equal(formatWholeKroner(-150).replace(/\u00a0/g, ' '), '-2 kr.');
    assert.equal(kronerInputValue(295_050), '2950,50');
    assert.equal(kronerInputValue(295_000), '2950');
    assert.equal(kronerInputValue(295_005, 'en'), '2950.05');
    for (const ore of [1, 99, 100, 295_050, 123_456_789]) assert.equal(parseKronerToOre(kronerInputValue(ore)), ore, `${ore} round trip`);
  });

  test('quantities in hundredths', () => {
    assert.equal(formatHundredths(350), '3,5');
    assert.equal(formatHundredths(100, 'en'), '1');
    assert.equal(parseHundredths('3,5'), 350);
    assert.equal(parseHundredths('12'), 1200);
    assert.equal(parseHundredths('0,25'), 25);
    assert.equal(parseHundredths('1,234'), null);
    assert.equal(parseHundredths('x'), null);
  });
});
