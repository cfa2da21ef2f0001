import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  addMonths,
  emptyCounts,
  figuresOf,
  hoursOfMinutes,
  monthsOfPeriod,
  periodProblem,
  rollUpPeriod,
  satisfactionOf,
  sharePermille,
  type PeriodProblem,
  type VolunteerCounts,
} from '../../src/domain/volunteer-statistics.js';
import { da } from '../../src/web/features/volunteer-statistics/i18n/da.js';
import { en } from '../../src/web/features/volunteer-statistics/i18n/en.js';

describe('months and periods', () => {
  const added: [string, number, string][] = [
    ['2026-01', -1, '2025-12'],
    ['2026-12', 1, '2027-01'],
    ['2026-03', -11, '2025-04'],
    ['2026-03', 0, '2026-03'],
    ['2024-02', 24, '2026-02'],
  ];
  for (const [month, count, expected] of added) test(`${month} + ${count} months is ${expected}`, () => assert.equal(addMonths(month, count), expected));

  test('a period lists every month, both ends included, across the new year', () => {
    assert.deepEqual(monthsOfPeriod('2025-11', '2026-02'), ['2025-11', '2025-12', '2026-01', '2026-02']);
    assert.deepEqual(monthsOfPeriod('2026-05', '2026-05'), ['2026-05']);
  });

  const periods: [string, string, number | undefined, PeriodProblem | null][] = [
    ['2025-01', '2025-12', undefined, null],
    ['2025-01', '2025-01', undefined, null],
    ['2023-01', '2025-12', undefined, null],
    ['2022-12', '2025-12', undefined, 'too-long'],
    ['2025-01', '2025-06', 6, null],
    ['2025-01', '2025-07', 6, 'too-long'],
    ['2025-02', '2025-01', undefined, 'backwards'],
    ['2025-13', '2025-12', undefined, 'from-format'],
    ['2025-1', '2025-12', undefined, 'from-format'],
    ['2025-01', '2025-12-31', undefined, 'to-format'],
    ['2025-01', '', undefined, 'to-format'],
    ['2025-00', '2025-12', undefined, 'from-format'],
  ];
  for (const [from, to, longest, expected] of periods) {
    test(`${from} – ${to}${longest ? ` (at most ${longest})` : ''}: ${expected ?? 'fine'}`, () => assert.equal(periodProblem(from, to, longest), expected));
  }
});

describe('shares, averages and hours', () => {
  const shares: [number, number, number | null][] = [
    [0, 0, null],
    [0, 4, 0],
    [1, 3, 333],
    [2, 3, 667],
    [5, 8, 625],
    [7, 7, 1000],
  ];
  for (const [part, whole, expected] of shares) test(`${part} of ${whole} is ${expected} ‰`, () => assert.equal(sharePermille(part, whole), expected));

  const smileys: [{ n: number; sum: number; happy: number }, { n: number; average: number | null; happyPermille: number | null }][] = [
    [{ n: 0, sum: 0, happy: 0 }, { n: 0, average: null, happyPermille: null }],
    [{ n: 3, sum: 8, happy: 2 }, { n: 3, average: 2.67, happyPermille: 667 }],
    [{ n: 4, sum: 4, happy: 0 }, { n: 4, average: 1, happyPermille: 0 }],
  ];
  for (const [counts, expected] of smileys) test(`smileys ${JSON.stringify(counts)} → ${JSON.stringify(expected)}`, () => assert.deepEqual(satisfactionOf(counts), expected));

  const hours: [number, number][] = [
    [0, 0],
    [90, 1.5],
    [105, 1.8],
    [61, 1],
  ];
  for (const [minutes, expected] of hours) test(`${minutes} minutes are ${expected} hours`, () => assert.equal(hoursOfMinutes(minutes), expected));
});

describe('a month and the period', () => {
  const month = (values: Partial<VolunteerCounts>): VolunteerCounts => ({ ...emptyCounts, ...values });

  test('a month without anything gives zeros and null (shown as a dash), never NaN', () => {
    const figures = figuresOf(emptyCounts);
    assert.equal(figures.requests, 0);
    assert.equal(figures.matchedPermille, null);
    assert.equal(figures.medianHoursToMatch, null);
    assert.deepEqual(figures.citizenSatisfaction, { n: 0, average: null, happyPermille: null });
    assert.deepEqual(figures.cancelled, { total: 0, citizen: 0, volunteer: 0, coordinator: 0, unrecorded: 0 });
    assert.ok(!JSON.stringify(figures).includes('NaN'));
  });

  test('cancellations add up to their total; the median is rounded to one decimal', () => {
    const figures = figuresOf(month({ cancelledByCitizen: 2, cancelledByVolunteer: 1, cancelledByCoordinator: 3, cancelledUnrecorded: 1, medianHoursToMatch: 7.4444 }));
    assert.deepEqual(figures.cancelled, { total: 7, citizen: 2, volunteer: 1, coordinator: 3, unrecorded: 1 });
    assert.equal(figures.medianHoursToMatch, 7.4);
  });

  test('the period sums the months and takes its shares and averages from the sums, not from the months’ ratios', () => {
    const january = month({ requests: 1, matched: 1, citizenSmileys: { n: 1, sum: 3, happy: 1 }, volunteerMinutes: 120, activeVolunteers: 3, stoppedVolunteers: 1 });
    const february = month({ requests: 3, matched: 0, citizenSmileys: { n: 3, sum: 3, happy: 0 }, volunteerMinutes: 30, peerGuideMinutes: 45, activeVolunteers: 4, missed: 2 });
    const total = figuresOf(rollUpPeriod([january, february], { medianHoursToMatch: 5, activeVolunteers: 5 }));
    // The months' shares are 100 % and 0 %: their mean would say 50 %, the sums say 1 of 4.
    assert.equal(total.matchedPermille, 250);
    // The months' averages are 3 and 1: their mean would say 2, the sums say 6 / 4.
    assert.equal(total.citizenSatisfaction.average, 1.5);
    assert.equal(total.citizenSatisfaction.happyPermille, 250);
    assert.deepEqual([total.requests, total.matched, total.missed, total.volunteerMinutes, total.peerGuideMinutes, total.stoppedVolunteers], [4, 1, 2, 150, 45, 1]);
    // Neither the median nor the distinct volunteers can be summed: they come from the whole period.
    assert.equal(total.medianHoursToMatch, 5);
    assert.equal(total.activeVolunteers, 5);
  });

  test('a period of empty months is empty', () => {
    assert.deepEqual(figuresOf(rollUpPeriod([emptyCounts, emptyCounts], { medianHoursToMatch: null, activeVolunteers: 0 })), figuresOf(emptyCounts));
  });
});

describe('the page’s texts', () => {
  const keys = (value: unknown, prefix = ''): string[] =>
    typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)) : [prefix];
  test('Danish and English have the same keys', () => assert.deepEqual(keys(en).sort(), keys(da).sort()));
});
