import assert from 'node:assert/strict';
import { test } from 'node:test';
import { targetGroupRows, type TargetGroupRowKey } from '../../src/domain/target-group-rows.js';
import { planDemoEnrolments, TABLE_1_2017, type RowVariants } from '../../src/features/target-groups/demo-enrolment-plan.js';

/** The demo's enrolment plan: 2017 is Table 1 exactly, five years near it, dates in order and not after today. */
const variants = Object.fromEntries(targetGroupRows.map((r) => [r.key, 2])) as RowVariants;
const today = '2026-11-22';
const plan = planDemoEnrolments({ years: [2022, 2023, 2024, 2025, 2026], today, historical: true, variants, excludedFirstNames: new Set(['Mikkel']), takenNames: new Set() });

const distinct = (row: TargetGroupRowKey, year: number) =>
  new Set(plan.enrolments.filter((e) => e.row === row && e.startedOn <= `${year}-12-31` && (e.endedOn === null || e.endedOn >= `${year}-01-01`)).map((e) => e.citizenIndex)).size;

test('2017 has Table 1’s figures, row by row', () => {
  for (const row of targetGroupRows) assert.equal(distinct(row.key, 2017), TABLE_1_2017[row.key], row.key);
});

test('each of the five years is within a quarter of Table 1’s order of magnitude, and the same on every run', () => {
  for (const year of [2022, 2023, 2024, 2025, 2026]) {
    for (const row of targetGroupRows) {
      const n = distinct(row.key, year);
      assert.ok(n >= TABLE_1_2017[row.key] * 0.7 && n <= TABLE_1_2017[row.key] * 1.6 + 2, `${row.key} ${year}: ${n}`);
    }
  }
  const again = planDemoEnrolments({ years: [2022, 2023, 2024, 2025, 2026], today, historical: true, variants, excludedFirstNames: new Set(['Mikkel']), takenNames: new Set() });
  assert.deepEqual(again, plan);
});

test('dates in order, none after today; unique CPR numbers; young people under 18 in their year; no excluded names', () => {
  for (const e of plan.enrolments) {
    assert.ok(e.startedOn <= today && (e.endedOn === null || (e.endedOn >= e.startedOn && e.endedOn <= today)), JSON.stringify(e));
    assert.ok(e.variant >= 0 && e.variant < 2);
  }
  assert.equal(new Set(plan.citizens.map((c) => c.cpr)).size, plan.citizens.length);
  assert.ok(plan.citizens.every((c) => /^\d{6}4\d{3}$/.test(c.cpr) && c.firstName !== 'Mikkel'));
  for (const e of plan.enrolments.filter((x) => x.row === 'drug-youth')) {
    const year = Number(e.startedOn.slice(0, 4));
    assert.ok(plan.citizens[e.citizenIndex]!.birthDate > `${year - 18}-01-01`, 'under 18 on 1 January');
  }
  for (const e of plan.enrolments.filter((x) => x.row === 'drug-day')) {
    assert.ok(plan.citizens[e.citizenIndex]!.birthDate <= '1999-01-01', 'adults');
  }
  // Many citizens are in more than one row in a year: the total is less than the rows' sum.
  const inAny = new Set(plan.enrolments.filter((e) => e.startedOn <= '2025-12-31' && (e.endedOn === null || e.endedOn >= '2025-01-01')).map((e) => e.citizenIndex)).size;
  const sum = targetGroupRows.reduce((n, r) => n + distinct(r.key, 2025), 0);
  assert.ok(inAny < sum * 0.9, `${inAny} of ${sum}`);
});
