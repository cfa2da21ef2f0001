import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { daysPassed, expectedNewCostOre, forecastOre, isDateInYear } from '../../src/domain/budget-forecast.js';
import { centreOf, rollUpToCentres, type OrgNode } from '../../src/domain/centre-roll-up.js';

describe('days of the year passed', () => {
  const cases: [number, string, number][] = [
    [2026, '2025-12-31', 0],
    [2026, '2026-01-01', 1],
    [2026, '2026-03-30', 89],
    [2026, '2026-05-31', 151],
    [2026, '2026-09-30', 273],
    [2024, '2024-03-30', 90],
    [2026, '2026-12-31', 365],
    [2024, '2024-12-31', 366],
    [2026, '2027-06-01', 365],
  ];
  for (const [year, asOf, expected] of cases) test(`${asOf} in ${year}: ${expected}`, () => assert.equal(daysPassed(year, asOf), expected));
});

describe('the forecast: committed cost plus the decisions still to come', () => {
  // newDecisions × R² / (E × (2R + E)), E days passed, R days left, rounded half up.
  const cases: [string, number, string, number, number][] = [
    ['per 30/3 2026 (E 89, R 276): × 76176/57049', 2026, '2026-03-30', 57_049, 76_176],
    ['mid leap year (E 183, R 183): a third', 2024, '2024-07-01', 300, 100],
    ['the first day (E 1, R 364): × 132496/729', 2026, '2026-01-01', 729, 132_496],
    ['a half øre rounds up (E 146, R 219: 8 → 4.5)', 2026, '2026-05-26', 8, 5],
    ['below a half øre rounds down (30/3: 1 → 1.34)', 2026, '2026-03-30', 1, 1],
    ['no decisions this year: nothing more expected', 2026, '2026-05-31', 0, 0],
    ['at the year end nothing is left to come', 2026, '2026-12-31', 1_000_000, 0],
    ['after the year nothing is left to come', 2026, '2027-03-30', 1_000_000, 0],
    ['before the year nothing shows the pace', 2026, '2025-12-31', 1_000_000, 0],
  ];
  for (const [name, year, asOf, newDecisionsOre, expected] of cases) {
    test(name, () => {
      assert.equal(expectedNewCostOre({ year, asOf, committedOre: 5_000_000, newDecisionsOre }), expected);
      assert.equal(forecastOre({ year, asOf, committedOre: 5_000_000, newDecisionsOre }), 5_000_000 + expected);
    });
  }

  test('with decisions every day at the same cost, the estimate at each month end (two months or more left) is within 2 % of what they cost', () => {
    const dailyCost = 1_000;
    for (let month = 1; month <= 10; month += 1) {
      const asOf = new Date(Date.UTC(2026, month, 0)).toISOString().slice(0, 10);
      const passed = daysPassed(2026, asOf);
      // A decision on day t costs from t to the year's end (365 − t + 1 days).
      const costOfDay = (t: number) => dailyCost * (365 - t + 1);
      let soFar = 0;
      let toCome = 0;
      for (let t = 1; t <= 365; t += 1) if (t <= passed) soFar += costOfDay(t);
      else toCome += costOfDay(t);
      const estimate = expectedNewCostOre({ year: 2026, asOf, committedOre: soFar, newDecisionsOre: soFar });
      assert.ok(Math.abs(estimate - toCome) / toCome < 0.02, `${asOf}: estimate ${estimate}, simulated ${toCome}`);
    }
  });

  const day = fc.integer({ min: 0, max: 364 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
  test('property: never below the committed cost, and less is expected as the year passes', () => {
    fc.assert(
      fc.property(day, day, fc.integer({ min: 0, max: 50_000_000_000 }), (a, b, newDecisionsOre) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const expectedEarly = expectedNewCostOre({ year: 2026, asOf: early, committedOre: newDecisionsOre, newDecisionsOre });
        const expectedLate = expectedNewCostOre({ year: 2026, asOf: late, committedOre: newDecisionsOre, newDecisionsOre });
        return expectedEarly >= 0 && expectedLate >= 0 && expectedLate <= expectedEarly && Number.isSafeInteger(expectedEarly);
      }),
      { seed: 20261202 },
    );
  });
});

describe('a date of the year wheel lies within its year', () => {
  const cases: [string, number, boolean][] = [
    ['2026-01-01', 2026, true],
    ['2026-12-31', 2026, true],
    ['2025-12-31', 2026, false],
    ['2027-01-01', 2026, false],
    ['2026-02-29', 2026, false],
    ['2024-02-29', 2024, true],
    ['2026-13-01', 2026, false],
    ['2026-6-1', 2026, false],
    ['', 2026, false],
  ];
  for (const [date, year, expected] of cases) test(`${date || '(empty)'} in ${year}: ${expected}`, () => assert.equal(isDateInYear(date, year), expected));
});

describe('costs roll up from the paying unit to its centre', () => {
  // area A ⊃ centre C1 ⊃ unit U1 ⊃ unit U11; centre C2 ⊃ U2; a top-level unit T ⊃ T1 with no centre; X and Y in a loop.
  const units: OrgNode[] = [
    { id: 'A', parentId: null, kind: 'area' },
    { id: 'C1', parentId: 'A', kind: 'centre' },
    { id: 'U1', parentId: 'C1', kind: 'unit' },
    { id: 'U11', parentId: 'U1', kind: 'unit' },
    { id: 'C2', parentId: null, kind: 'centre' },
    { id: 'U2', parentId: 'C2', kind: 'unit' },
    { id: 'T', parentId: null, kind: 'unit' },
    { id: 'T1', parentId: 'T', kind: 'unit' },
    { id: 'X', parentId: 'Y', kind: 'unit' },
    { id: 'Y', parentId: 'X', kind: 'unit' },
  ];
  const centres: [string, string | null][] = [
    ['U11', 'C1'],
    ['U1', 'C1'],
    ['C1', 'C1'],
    ['U2', 'C2'],
    ['A', 'A'],
    ['T1', 'T'],
    ['T', 'T'],
    ['unknown', null],
  ];
  for (const [unit, centre] of centres) test(`${unit} counts for ${centre ?? 'no centre'}`, () => assert.equal(centreOf(units, unit), centre));
  test('a loop in the tree ends', () => assert.ok(['X', 'Y'].includes(centreOf(units, 'X')!)));

  test('sums per centre; no unit or an unknown unit is unassigned', () => {
    const { byCentre, unassigned } = rollUpToCentres(units, [
      { unitId: 'U11', committedOre: 100, newDecisionsOre: 10 },
      { unitId: 'U1', committedOre: 50, newDecisionsOre: 0 },
      { unitId: 'C1', committedOre: 1, newDecisionsOre: 1 },
      { unitId: 'U2', committedOre: 7, newDecisionsOre: 3 },
      { unitId: 'T1', committedOre: 5, newDecisionsOre: 5 },
      { unitId: null, committedOre: 2, newDecisionsOre: 2 },
      { unitId: 'unknown', committedOre: 3, newDecisionsOre: 3 },
    ]);
    assert.deepEqual(Object.fromEntries(byCentre), {
      C1: { committedOre: 151, newDecisionsOre: 11 },
      C2: { committedOre: 7, newDecisionsOre: 3 },
      T: { committedOre: 5, newDecisionsOre: 5 },
    });
    assert.deepEqual(unassigned, { committedOre: 5, newDecisionsOre: 5 });
  });
});
