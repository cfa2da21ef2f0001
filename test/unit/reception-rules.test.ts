import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isoWeekLabel, isoWeekMonday, isoWeeksBetween } from '../../src/domain/iso-week.js';
import { canChangeVisitStatus, containsCprNumber, followUpDueOn, followUpState, getsFollowUp, isOpenVisit, visitStatuses, waitingMinutes, type VisitStatus } from '../../src/domain/reception-visit.js';
import { weeklyCountsByCentre } from '../../src/domain/reception-weekly-counts.js';
import { suppressSmallCount } from '../../src/domain/small-counts.js';

describe('the visit status machine', () => {
  const legal: [VisitStatus, VisitStatus][] = [
    ['waiting', 'with-worker'],
    ['waiting', 'left'],
    ['with-worker', 'done'],
    ['with-worker', 'left'],
  ];
  // Every pair of statuses: the four above are legal, every other change (and staying put) is refused.
  for (const from of visitStatuses) {
    for (const to of visitStatuses) {
      const expected = legal.some(([a, b]) => a === from && b === to);
      test(`${from} → ${to}: ${expected ? 'allowed' : 'refused'}`, () => assert.equal(canChangeVisitStatus(from, to), expected));
    }
  }
  const open: [VisitStatus, boolean, boolean][] = [
    ['waiting', true, false],
    ['with-worker', true, false],
    ['done', false, true],
    ['left', false, false],
  ];
  for (const [status, isOpen, followUp] of open) {
    test(`${status}: ${isOpen ? 'in the queue' : 'out of the queue'}, ${followUp ? 'gets' : 'gets no'} follow-up`, () => {
      assert.equal(isOpenVisit(status), isOpen);
      assert.equal(getsFollowUp(status), followUp);
    });
  }
});

describe('the follow-up 14 days after the visit ends, as a Danish calendar date', () => {
  const cases: [string, string, string][] = [
    ['an afternoon in winter', '2026-01-15T14:00:00Z', '2026-01-29'],
    ['late evening UTC, already the next day in Denmark (winter)', '2026-01-15T23:30:00Z', '2026-01-30'],
    ['late evening UTC, already the next day in Denmark (summer)', '2026-07-15T22:30:00Z', '2026-07-30'],
    ['21:59 UTC in summer is still the same Danish day', '2026-07-15T21:59:00Z', '2026-07-29'],
    ['across the end of summer time', '2026-10-20T10:00:00Z', '2026-11-03'],
    ['across New Year', '2026-12-25T10:00:00Z', '2027-01-08'],
    ['across a leap day', '2028-02-20T10:00:00Z', '2028-03-05'],
  ];
  for (const [name, ended, due] of cases) test(name, () => assert.equal(followUpDueOn(new Date(ended)), due));
  test('the number of days is data', () => assert.equal(followUpDueOn(new Date('2026-01-15T14:00:00Z'), 7), '2026-01-22'));
  const states: [string, string, ReturnType<typeof followUpState>][] = [
    ['2026-02-01', '2026-01-31', 'upcoming'],
    ['2026-02-01', '2026-02-01', 'due'],
    ['2026-02-01', '2026-02-02', 'overdue'],
  ];
  for (const [due, today, state] of states) test(`due ${due}, today ${today}: ${state}`, () => assert.equal(followUpState(due, today), state));
});

describe('waiting time', () => {
  const arrived = new Date('2026-03-10T09:00:00Z');
  const at = (minutes: number) => new Date(arrived.getTime() + minutes * 60_000);
  const cases: [string, { handedOverAt: Date | null; finishedAt: Date | null }, Date, number][] = [
    ['still waiting', { handedOverAt: null, finishedAt: null }, at(17.9), 17],
    ['handed over after 12 minutes, asked an hour later', { handedOverAt: at(12), finishedAt: null }, at(60), 12],
    ['done: the wait ended at hand-over, not at the end', { handedOverAt: at(5), finishedAt: at(45) }, at(90), 5],
    ['left without a worker after 30 minutes', { handedOverAt: null, finishedAt: at(30) }, at(90), 30],
    ['a clock slightly behind never gives a negative wait', { handedOverAt: null, finishedAt: null }, at(-1), 0],
  ];
  for (const [name, visit, now, minutes] of cases) test(name, () => assert.equal(waitingMinutes({ arrivedAt: arrived, ...visit }, now), minutes));
});

describe('no CPR number in an anonymous record', () => {
  const cases: [string, boolean][] = [
    ['Mads, grå hættetrøje', false],
    ['0101901234', true],
    ['Hedder Ali, 010190-1234', true],
    ['cpr 010190 1234 sagde han', true],
    ['telefon 86 42 12 34', false],
    ['12345678', false],
    ['991399-1234 er ikke en dato', false],
    ['31129912345 er for lang', false],
    ['', false],
  ];
  for (const [text, expected] of cases) test(`"${text}": ${expected ? 'refused' : 'allowed'}`, () => assert.equal(containsCprNumber(text), expected));
});

describe('ISO weeks', () => {
  const weeks: [string, string, string][] = [
    ['a Monday', '2026-11-23', '2026-W48'],
    ['the Sunday of the same week', '2026-11-29', '2026-W48'],
    ['1 January 2026, a Thursday: week 1', '2026-01-01', '2026-W01'],
    ['29 December 2025 already belongs to 2026-W01', '2025-12-29', '2026-W01'],
    ['1 January 2027, a Friday: still 2026-W53', '2027-01-01', '2026-W53'],
    ['3 January 2027, a Sunday: 2026-W53', '2027-01-03', '2026-W53'],
    ['4 January 2027: 2027-W01', '2027-01-04', '2027-W01'],
    ['1 January 2021, a Friday: 2020-W53', '2021-01-01', '2020-W53'],
  ];
  for (const [name, date, label] of weeks) test(name, () => assert.equal(isoWeekLabel(date), label));
  test('the Monday of a week', () => {
    assert.equal(isoWeekMonday('2026-11-29'), '2026-11-23');
    assert.equal(isoWeekMonday('2027-01-01'), '2026-12-28');
    assert.equal(isoWeekMonday('2026-11-23'), '2026-11-23');
  });
  test('the weeks of a period, both ends included, across New Year', () => {
    assert.deepEqual(isoWeeksBetween('2026-12-24', '2027-01-05'), [
      { week: '2026-W52', monday: '2026-12-21' },
      { week: '2026-W53', monday: '2026-12-28' },
      { week: '2027-W01', monday: '2027-01-04' },
    ]);
    assert.deepEqual(isoWeeksBetween('2026-11-25', '2026-11-25'), [{ week: '2026-W48', monday: '2026-11-23' }]);
  });
});

describe('small counts are not shown', () => {
  const cases: [number, number, number | string][] = [
    [0, 5, 0],
    [1, 5, '<5'],
    [4, 5, '<5'],
    [5, 5, 5],
    [120, 5, 120],
    [2, 3, '<3'],
    [3, 3, 3],
  ];
  for (const [count, below, shown] of cases) test(`${count} with threshold ${below} shows ${shown}`, () => assert.equal(suppressSmallCount(count, below), shown));
});

describe('weekly counts per centre and need', () => {
  test('days add up to their ISO week; every centre gets every week; unknown centres and needs are ignored', () => {
    const counts = weeklyCountsByCentre(
      ['perron4', 'slotsgaarden'],
      ['2026-W47', '2026-W48'],
      ['meal', 'housing'],
      [
        { centreId: 'perron4', day: '2026-11-22', count: 3 }, // Sunday: W47
        { centreId: 'perron4', day: '2026-11-23', count: 2 }, // Monday: W48
        { centreId: 'perron4', day: '2026-11-29', count: 4 }, // Sunday: W48
        { centreId: 'elsewhere', day: '2026-11-23', count: 9 },
      ],
      [
        { centreId: 'perron4', day: '2026-11-23', need: 'meal', count: 2 },
        { centreId: 'perron4', day: '2026-11-29', need: 'meal', count: 1 },
        { centreId: 'perron4', day: '2026-11-29', need: 'housing', count: 4 },
        { centreId: 'perron4', day: '2026-11-29', need: 'unknown', count: 7 },
      ],
    );
    assert.deepEqual(counts.get('perron4'), [
      { week: '2026-W47', visits: 3, needs: { meal: 0, housing: 0 } },
      { week: '2026-W48', visits: 6, needs: { meal: 3, housing: 4 } },
    ]);
    assert.deepEqual(counts.get('slotsgaarden'), [
      { week: '2026-W47', visits: 0, needs: { meal: 0, housing: 0 } },
      { week: '2026-W48', visits: 0, needs: { meal: 0, housing: 0 } },
    ]);
    assert.equal(counts.has('elsewhere'), false);
  });
});
