import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { divideRoundHalfUp, MoneyError, ore, oreFromKroner } from '../../src/domain/money.js';
import { checkBands, NoRefusionBands, refusionFor, standardBands } from '../../src/domain/refusion.js';
import { activeOn, projectedSelfSufficiencyPermille, selfSufficiencyOn } from '../../src/domain/self-sufficiency.js';
import { daysInYearCovered, yearlyCostOre } from '../../src/domain/service-cost.js';

const bands2026 = standardBands([940_000, 1_840_000, 2_330_000]);
const bands2022 = standardBands([860_000, 1_680_000, 2_120_000]);
const kr = (amount: number) => amount * 100;

describe('money', () => {
  const rounding: [bigint, bigint, bigint][] = [
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [4n, 3n, 1n],
    [5n, 3n, 2n],
    [149n, 100n, 1n],
    [150n, 100n, 2n],
    [0n, 7n, 0n],
  ];
  for (const [numerator, denominator, expected] of rounding) test(`${numerator}/${denominator} rounds half up to ${expected}`, () => assert.equal(divideRoundHalfUp(numerator, denominator), expected));
  test('øre are whole and within range; kroner have at most two decimals', () => {
    assert.throws(() => ore(1.5), MoneyError);
    assert.throws(() => ore(2n ** 60n), MoneyError);
    assert.equal(oreFromKroner(12.34), 1234);
    assert.throws(() => oreFromKroner(12.345), MoneyError);
    assert.throws(() => divideRoundHalfUp(1n, 0n), MoneyError);
  });
});

describe('refusion by marginal bands', () => {
  const cases: [string, number, number][] = [
    ['nothing', 0, 0],
    ['below the first limit', kr(939_999.99), 0],
    ['exactly at the first limit', kr(940_000), 0],
    ['one krone above the first limit', kr(940_001), 25],
    ['one øre above the first limit (a quarter øre rounds down)', kr(940_000) + 1, 0],
    ['two øre above the first limit (a half øre rounds up)', kr(940_000) + 2, 1],
    ['in the 25 % band', kr(1_000_000), kr(15_000)],
    ['exactly at the second limit', kr(1_840_000), kr(225_000)],
    ['just above the second limit', kr(1_840_100), kr(225_050)],
    ['in the 50 % band', kr(2_000_000), kr(305_000)],
    ['exactly at the third limit', kr(2_330_000), kr(470_000)],
    ['the worked example of the issue: 2,500,000', kr(2_500_000), kr(597_500)],
    ['far in the 75 % band', kr(10_000_000), kr(470_000) + kr(7_670_000 * 0.75)],
  ];
  for (const [name, cost, expected] of cases) {
    test(`2026, ${name}`, () => assert.equal(refusionFor(cost, bands2026).refusionOre, expected));
  }

  test('the worked example band by band, to the øre', () => {
    const result = refusionFor(kr(2_500_000), bands2026);
    assert.deepEqual(result.parts.map((p) => [p.ratePercent, p.amountOre]), [[0, kr(940_000)], [25, kr(900_000)], [50, kr(490_000)], [75, kr(170_000)]]);
    assert.equal(result.netOre, kr(2_500_000 - 597_500));
  });

  test('another year has its own limits', () => {
    assert.equal(refusionFor(kr(1_000_000), bands2022).refusionOre, kr(35_000));
  });

  test('a year without bands, or broken bands, is a clear error', () => {
    assert.throws(() => refusionFor(kr(1_000_000), []), NoRefusionBands);
    assert.throws(() => checkBands([{ lowerOre: 100, ratePercent: 0 }]), /start at 0/);
    assert.throws(() => checkBands([{ lowerOre: 0, ratePercent: 0 }, { lowerOre: 0, ratePercent: 25 }]), /same amount/);
    assert.throws(() => checkBands([{ lowerOre: 0, ratePercent: 120 }]), /0-100/);
    assert.throws(() => refusionFor(-1, bands2026), RangeError);
  });

  const cost = fc.integer({ min: 0, max: kr(50_000_000) });
  test('refusion never exceeds the cost', () => fc.assert(fc.property(cost, (c) => refusionFor(c, bands2026).refusionOre <= c)));
  test('refusion never falls as the cost rises', () => fc.assert(fc.property(cost, cost, (a, b) => refusionFor(Math.min(a, b), bands2026).refusionOre <= refusionFor(Math.max(a, b), bands2026).refusionOre)));
  test('refusion is continuous at the limits: one øre more changes it by at most one øre', () => {
    for (const band of bands2026) {
      for (const at of [band.lowerOre - 1, band.lowerOre, band.lowerOre + 1].filter((x) => x >= 0)) {
        assert.ok(refusionFor(at + 1, bands2026).refusionOre - refusionFor(at, bands2026).refusionOre <= 1, `at ${at}`);
      }
    }
    fc.assert(fc.property(cost, (c) => refusionFor(c + 1, bands2026).refusionOre - refusionFor(c, bands2026).refusionOre <= 1));
  });
});

describe('yearly cost pro rata by days', () => {
  const day = { priceUnit: 'day' as const, unitPriceOre: kr(2_000), quantityHundredths: 100 };
  test('a whole year, a leap year, and part of a year', () => {
    assert.equal(yearlyCostOre({ ...day, periodFrom: '2026-01-01', periodTo: null }, 2026), kr(2_000) * 365);
    assert.equal(yearlyCostOre({ ...day, periodFrom: '2024-01-01', periodTo: null }, 2024), kr(2_000) * 366);
    assert.equal(yearlyCostOre({ ...day, periodFrom: '2026-03-01', periodTo: '2026-03-31' }, 2026), kr(2_000) * 31);
    assert.equal(yearlyCostOre({ ...day, periodFrom: '2025-06-01', periodTo: '2025-12-31' }, 2026), 0);
  });

  test('across the leap day: February of 2024 has 29 days, of 2026 28', () => {
    assert.equal(daysInYearCovered({ periodFrom: '2024-02-01', periodTo: '2024-02-29' }, 2024), 29);
    assert.equal(daysInYearCovered({ periodFrom: '2023-12-15', periodTo: '2025-01-10' }, 2024), 366);
    assert.equal(daysInYearCovered({ periodFrom: '2026-02-01', periodTo: '2026-03-01' }, 2026), 29);
  });

  test('a monthly amount costs twelve months in a full year, leap or not, and pro rata by days otherwise', () => {
    const monthly = { priceUnit: 'month' as const, unitPriceOre: kr(30_000), quantityHundredths: 100, periodTo: null };
    assert.equal(yearlyCostOre({ ...monthly, periodFrom: '2024-01-01' }, 2024), kr(360_000));
    assert.equal(yearlyCostOre({ ...monthly, periodFrom: '2026-01-01' }, 2026), kr(360_000));
    // 184 of 365 days (1 July to 31 December): 360,000 × 184 / 365 = 181,479.452… → 181,479.45
    assert.equal(yearlyCostOre({ ...monthly, periodFrom: '2026-07-01' }, 2026), 18_147_945);
    // The same half year in a leap year: 360,000 × 184 / 366 = 180,983.606… → 180,983.61
    assert.equal(yearlyCostOre({ ...monthly, periodFrom: '2024-07-01' }, 2024), 18_098_361);
  });

  test('an hourly rate × hours a week, and quantities with decimals', () => {
    // 450 kr an hour, 7.5 hours a week, a whole year: 450 × 7.5 × 365 / 7 = 175,982.142… → 175,982.14
    assert.equal(yearlyCostOre({ priceUnit: 'hour', unitPriceOre: kr(450), quantityHundredths: 750, periodFrom: '2026-01-01', periodTo: null }, 2026), 17_598_214);
    // 1.5 places at 1,000.01 kr a day for 3 days: 4,500.045 → 4,500.05 (a half øre up)
    assert.equal(yearlyCostOre({ priceUnit: 'day', unitPriceOre: 100_001, quantityHundredths: 150, periodFrom: '2026-01-01', periodTo: '2026-01-03' }, 2026), 450_005);
  });
});

describe('self-sufficiency', () => {
  const placements = [
    { periodFrom: '2025-01-01', periodTo: null, own: true },
    { periodFrom: '2025-01-01', periodTo: '2025-06-30', own: false },
    { periodFrom: '2025-03-01', periodTo: null, own: false },
    { periodFrom: '2026-01-01', periodTo: null, own: true },
  ];
  test('own placements among all active on the day', () => {
    assert.deepEqual(selfSufficiencyOn(placements, '2025-04-01'), { own: 1, total: 3, permille: 333 });
    assert.deepEqual(selfSufficiencyOn(placements, '2025-12-31'), { own: 1, total: 2, permille: 500 });
    assert.deepEqual(selfSufficiencyOn(placements, '2026-06-30'), { own: 2, total: 3, permille: 667 });
    assert.deepEqual(selfSufficiencyOn(placements, '2024-12-31'), { own: 0, total: 0, permille: null });
    assert.equal(activeOn({ periodFrom: '2025-01-01', periodTo: '2025-06-30' }, '2025-06-30'), true);
  });
  test('planned places move citizens home: the own share grows, never above all', () => {
    assert.equal(projectedSelfSufficiencyPermille({ own: 61, total: 100 }, 12), 730);
    assert.equal(projectedSelfSufficiencyPermille({ own: 95, total: 100 }, 12), 1000);
    assert.equal(projectedSelfSufficiencyPermille({ own: 5, total: 100 }, -8), 0);
    assert.equal(projectedSelfSufficiencyPermille({ own: 0, total: 0 }, 3), null);
  });
});
