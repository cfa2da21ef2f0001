import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ActivityStatus } from '../../src/domain/strategy-status.js';
import { daysBetween, duplicateIn, noteDateProblem, periodProblem, selectableInYear, selectionDateProblem, staleness, workingGroupKey } from '../../src/features/strategies/strategy-rules.js';

/** The pure rules of strategy tracking: the 90-day rule, periods, note dates and the committee's selection. */

const today = '2026-06-15';
const staleCases: [string, ActivityStatus, string | null, string | null, string, boolean, number][] = [
  // name, status, periodFrom, lastNoteOn, createdOn, stale, days
  ['in progress, note 89 days ago', 'in-progress', null, '2026-03-18', '2025-01-01', false, 89],
  ['in progress, note 90 days ago', 'in-progress', null, '2026-03-17', '2025-01-01', true, 90],
  ['in progress, note 91 days ago', 'in-progress', null, '2026-03-16', '2025-01-01', true, 91],
  ['ongoing, note a year ago', 'ongoing', null, '2025-06-15', '2024-01-01', true, 365],
  ['in progress, no note, recorded 100 days ago', 'in-progress', null, null, '2026-03-07', true, 100],
  ['in progress, no note, recorded 10 days ago', 'in-progress', null, null, '2026-06-05', false, 10],
  ['done, note long ago: closed', 'done', null, '2020-01-01', '2019-01-01', false, 2357],
  ['stopped, no note: closed', 'stopped', null, null, '2019-01-01', false, 2722],
  ['not started, period ahead', 'not-started', '2027-01-01', null, '2025-01-01', false, 530],
  ['not started, no period', 'not-started', null, null, '2025-01-01', false, 530],
  ['not started, period begun and nothing written', 'not-started', '2026-01-01', null, '2025-01-01', true, 530],
  ['a note dated after today counts as today', 'in-progress', null, '2026-06-20', '2025-01-01', false, 0],
];
for (const [name, status, periodFrom, lastNoteOn, createdOn, stale, days] of staleCases) {
  test(`stale: ${name}`, () => {
    assert.deepEqual(staleness({ status, periodFrom, lastNoteOn, createdOn }, today), { stale, daysWithoutNote: days });
  });
}

test('days between calendar dates, across a daylight-saving change and a leap day', () => {
  assert.equal(daysBetween('2026-03-28', '2026-03-30'), 2);
  assert.equal(daysBetween('2024-02-28', '2024-03-01'), 2);
  assert.equal(daysBetween('2026-01-02', '2026-01-01'), -1);
});

test('a period may not end before it starts; open ends are fine', () => {
  assert.equal(periodProblem('2026-05-01', '2026-01-01'), 'period.backwards');
  assert.equal(periodProblem('2026-01-01', '2026-01-01'), null);
  assert.equal(periodProblem(null, '2026-01-01'), null);
  assert.equal(periodProblem('2026-01-01', undefined), null);
});

test('a note is not dated in the future nor before 2000', () => {
  assert.equal(noteDateProblem('2026-06-15', today), null);
  assert.equal(noteDateProblem('2026-06-16', today), 'note.future');
  assert.equal(noteDateProblem('1999-12-31', today), 'note.too-old');
});

const selectionCases: [number, string, ReturnType<typeof selectionDateProblem>][] = [
  [2027, '2026-06-15', null],
  [2027, '2026-01-01', null],
  [2026, '2026-03-01', null],
  [2026, '2025-12-09', null],
  [2027, '2025-12-31', 'selection.decided-too-early'],
  [2025, '2026-01-10', 'selection.decided-after-year'],
  [2027, '2026-06-16', 'selection.decided-future'],
];
for (const [year, decidedOn, problem] of selectionCases) {
  test(`selection for ${year} decided ${decidedOn}: ${problem ?? 'fine'}`, () => {
    assert.equal(selectionDateProblem(year, decidedOn, today), problem);
  });
}

test('a replaced plan cannot be selected after it ended; a plan past its end without a successor can', () => {
  assert.equal(selectableInYear({ periodTo: '2021-12-31', succeeded: true }, 2022), false);
  assert.equal(selectableInYear({ periodTo: '2021-12-31', succeeded: true }, 2021), true);
  assert.equal(selectableInYear({ periodTo: '2026-12-31', succeeded: false }, 2027), true);
  assert.equal(selectableInYear({ periodTo: null, succeeded: true }, 2030), true);
});

test('duplicates and working-group keys', () => {
  assert.equal(duplicateIn(['a', 'b', 'a']), true);
  assert.equal(duplicateIn(['a', 'b']), false);
  assert.equal(workingGroupKey(2027, 'disability-plan', 4), 'wg-2027-disability-plan-4');
  assert.ok(workingGroupKey(2027, 'x'.repeat(80), 4).length <= 60);
});
