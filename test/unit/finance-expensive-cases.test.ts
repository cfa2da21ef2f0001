import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ageBandOf, changeSince, isExpensive, summariseCases, trendYears } from '../../src/domain/expensive-cases.js';
import { refusionFor, standardBands } from '../../src/domain/refusion.js';
import { yearlyCostOre } from '../../src/domain/service-cost.js';
import { planExpensiveCases, planFigures, verifyPlan, type ExpensiveCaseTargets } from '../../src/features/demo/expensive-case-plan.js';
import { expensiveCaseTargets } from '../../src/features/demo/load-demo-expensive-cases.js';
import { demoRefusionBands } from '../../src/features/demo/load-demo-refusion-bands.js';

const kr = (amount: number) => Math.round(amount * 100);
const bands2026 = standardBands([940_000, 1_840_000, 2_330_000]);

describe('expensive cases', () => {
  const thresholds: [string, number, boolean][] = [
    ['just below 1 million', kr(999_999.99), false],
    ['exactly 1 million (not "over")', kr(1_000_000), false],
    ['one øre above', kr(1_000_000) + 1, true],
  ];
  for (const [name, cost, expected] of thresholds) test(`${name} is ${expected ? '' : 'not '}an expensive case`, () => assert.equal(isExpensive(cost), expected));
  test('the threshold is data', () => assert.equal(isExpensive(kr(600_000), kr(500_000)), true));

  test('a year sums case by case: refusion per case, rounded per case, never of the sum', () => {
    const costs = [kr(2_500_000), kr(1_000_000), kr(940_000) + 2];
    const figures = summariseCases(costs, bands2026);
    assert.equal(figures.cases, 3);
    assert.equal(figures.totalCostOre, kr(4_440_000) + 2);
    assert.equal(figures.refusionOre, kr(597_500) + kr(15_000) + 1);
    assert.equal(figures.netCostOre, figures.totalCostOre - figures.refusionOre!);
    // The refusion of the sum would be far more: the bands apply to one citizen's cost.
    assert.ok(refusionFor(figures.totalCostOre, bands2026).refusionOre > figures.refusionOre!);
  });
  test('without bands the refusion and net cost are unknown, not zero', () => {
    assert.deepEqual(summariseCases([kr(1_500_000)], null), { cases: 1, totalCostOre: kr(1_500_000), refusionOre: null, netCostOre: null });
    assert.deepEqual(summariseCases([], bands2026), { cases: 0, totalCostOre: 0, refusionOre: 0, netCostOre: 0 });
  });

  const changes: [string, number, number, number | null][] = [
    ['2022 to 2025 of the source', kr(267_600_000), kr(407_300_000), 522],
    ['a fall', kr(200), kr(100), -500],
    ['from nothing', 0, kr(100), null],
    ['a half tenth rounds away from zero', kr(2000), kr(2001), 1],
  ];
  for (const [name, before, after, permille] of changes) {
    test(`change since last year: ${name}`, () => {
      const change = changeSince({ cases: 10, totalCostOre: before, refusionOre: 0, netCostOre: before }, { cases: 12, totalCostOre: after, refusionOre: 0, netCostOre: after });
      assert.deepEqual(change, { cases: 2, totalCostOre: after - before, totalCostPermille: permille, netCostOre: after - before });
    });
  }
  test('the net change is unknown when a year has no bands', () => {
    assert.equal(changeSince({ cases: 1, totalCostOre: 5, refusionOre: null, netCostOre: null }, { cases: 1, totalCostOre: 6, refusionOre: 1, netCostOre: 5 }).netCostOre, null);
  });

  const ages: [number, string][] = [[17, 'under-18'], [18, '18-24'], [24, '18-24'], [25, '25-34'], [34, '25-34'], [35, '35-49'], [49, '35-49'], [50, '50-64'], [64, '50-64'], [65, '65-plus'], [99, '65-plus']];
  for (const [age, band] of ages) test(`age ${age} is in the band ${band}`, () => assert.equal(ageBandOf(age), band));

  test('the trend runs from the first year with data to the year asked about', () => {
    assert.deepEqual(trendYears(2022, 2025), [2022, 2023, 2024, 2025]);
    assert.deepEqual(trendYears(null, 2025), [2025]);
    assert.deepEqual(trendYears(2027, 2025), [2025]);
  });
});

describe("the demo's expensive cases (seed/expensive-cases.json)", () => {
  const targets = expensiveCaseTargets('randers')!;

  test('the seed holds the source figures: 2022 199 cases, 267.6 million; 2025 243 cases, 407.3 million', () => {
    assert.deepEqual(targets.years[2022], { cases: 199, totalOre: 26_760_000_000 });
    assert.deepEqual(targets.years[2025], { cases: 243, totalOre: 40_730_000_000 });
    assert.equal(expensiveCaseTargets('soeby'), null);
  });

  test('the plan comes out exactly at every target, recomputed with the pure cost rule', () => {
    const plan = planExpensiveCases(targets);
    const figures = verifyPlan(plan, targets);
    for (const f of figures) {
      const target = targets.years[f.year];
      if (target) assert.deepEqual([f.cases, f.totalOre], [target.cases, target.totalOre], String(f.year));
    }
    // Recomputed independently of verifyPlan: per citizen, per year.
    const per = new Map<string, number>();
    for (const s of plan.services) {
      const key = `${s.citizenIndex}:${s.year}`;
      per.set(key, (per.get(key) ?? 0) + yearlyCostOre(s, s.year));
    }
    const above2022 = [...per].filter(([key, cost]) => key.endsWith(':2022') && cost > targets.thresholdOre);
    assert.equal(above2022.length, 199);
    assert.equal(above2022.reduce((sum, [, cost]) => sum + cost, 0), 26_760_000_000);
  });

  test('the same plan on every load: same people, same prices', () => {
    const a = planExpensiveCases(targets);
    const b = planExpensiveCases(targets);
    assert.deepEqual(a, b);
  });

  test('self-sufficiency rises from about 50 % to about 61 % today', () => {
    const figures = planFigures(planExpensiveCases(targets), targets, `${targets.lastYear}-12-02`);
    const rate = (f: (typeof figures)[number]) => f.ownResidential / f.residential;
    const today = figures[figures.length - 1]!;
    assert.ok(Math.abs(rate(today) - 0.61) < 0.01, `today ${rate(today)}`);
    assert.ok(rate(figures[0]!) < rate(today) - 0.08, 'lower in the first year');
    for (let i = 1; i < figures.length; i += 1) assert.ok(rate(figures[i]!) >= rate(figures[i - 1]!), 'never falls');
  });

  test('plausible cases: adults, unique names and CPR numbers, realistic prices, every kind of provider', () => {
    const plan = planExpensiveCases(targets);
    for (const c of plan.citizens) assert.ok(c.birthDate <= `${targets.firstYear - 18}-12-31`, `${c.firstName} is an adult in ${targets.firstYear}`);
    assert.equal(new Set(plan.citizens.map((c) => `${c.firstName} ${c.lastName}`)).size, plan.citizens.length, 'no two synthetic citizens share a name');
    assert.equal(new Set(plan.citizens.map((c) => c.cpr)).size, plan.citizens.length);
    for (const s of plan.services) {
      assert.ok(s.unitPriceOre > 0 && s.quantityHundredths > 0 && s.quantityHundredths <= 16_800);
      if (s.priceUnit === 'day') assert.ok(s.unitPriceOre <= kr(15_000), `a day rate of ${s.unitPriceOre / 100} kr.`);
      assert.equal(s.residential, s.legalBasis === 'SEL §107' || s.legalBasis === 'SEL §108');
      if (s.providerKind === 'own') assert.equal(s.placement, 'inside');
    }
    const kinds = new Set(plan.services.map((s) => s.providerKind));
    assert.deepEqual([...kinds].sort(), ['other-municipality', 'own', 'private', 'region']);
  });

  test('a different target gives a different plan that meets it', () => {
    const other: ExpensiveCaseTargets = { ...targets, years: { 2022: { cases: 150, totalOre: 20_000_000_000 } } };
    const figures = verifyPlan(planExpensiveCases(other), other);
    assert.deepEqual([figures[0]!.cases, figures[0]!.totalOre], [150, 20_000_000_000]);
  });

  test('the refusion bands of the seed: the source years exact, the years between in between', () => {
    const bands = demoRefusionBands();
    assert.deepEqual(bands.get(2022), standardBands([860_000, 1_680_000, 2_120_000]));
    assert.deepEqual(bands.get(2026), standardBands([940_000, 1_840_000, 2_330_000]));
    for (const year of [2023, 2024, 2025]) {
      const limits = bands.get(year)!.map((b) => b.lowerOre);
      const before = bands.get(year - 1)!.map((b) => b.lowerOre);
      limits.forEach((limit, i) => assert.ok(limit >= before[i]!, `${year} band ${i} rises`));
    }
  });
});
