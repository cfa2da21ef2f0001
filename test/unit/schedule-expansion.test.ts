import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { copenhagenInstant, copenhagenWallClock, dayNumber } from '../../src/domain/copenhagen-wall-clock.js';
import { expandSchedule, lastOccurrence, parseRecurrence, type ScheduleRule } from '../../src/domain/schedule-expansion.js';

/** A schedule with everything empty; each case fills in what it is about. */
function rule(values: Partial<ScheduleRule>): ScheduleRule {
  return { freq: null, interval: null, byday: null, bymonthday: null, dtstart: null, until: null, count: null, validFrom: null, validTo: null, opensAt: null, closesAt: null, ...values };
}

const window = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) });
const starts = (r: ScheduleRule, w = window('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')) => expandSchedule(r, w).map((o) => o.startsAt.toISOString());
const dates = (r: ScheduleRule, w = window('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')) => expandSchedule(r, w).map((o) => o.date);

describe('Danish wall-clock time to instants (RFC 5545 §3.3.5)', () => {
  const cases: [string, string, string, string][] = [
    ['a winter morning', '2026-01-15', '10:00', '2026-01-15T09:00:00.000Z'],
    ['a summer morning', '2026-07-15', '10:00', '2026-07-15T08:00:00.000Z'],
    ['just before the spring gap', '2026-03-29', '01:59', '2026-03-29T00:59:00.000Z'],
    ['inside the spring gap: read with the offset before it (02:30 is 03:30 summer time)', '2026-03-29', '02:30', '2026-03-29T01:30:00.000Z'],
    ['the first hour after the gap', '2026-03-29', '03:00', '2026-03-29T01:00:00.000Z'],
    ['inside the autumn overlap: the first of the two, in summer time', '2026-10-25', '02:30', '2026-10-25T00:30:00.000Z'],
    ['after the overlap', '2026-10-25', '03:00', '2026-10-25T02:00:00.000Z'],
    ['midnight on the autumn Sunday', '2026-10-25', '00:00', '2026-10-24T22:00:00.000Z'],
  ];
  for (const [name, date, time, expected] of cases) {
    test(name, () => assert.equal(copenhagenInstant(date, time).toISOString(), expected));
  }
  test('and back: an instant shows its Danish date and time', () => {
    assert.deepEqual(copenhagenWallClock(new Date('2026-10-25T00:30:00Z')), { date: '2026-10-25', time: '02:30:00', hhmm: '02:30' });
    assert.deepEqual(copenhagenWallClock(new Date('2026-10-25T01:30:00Z')), { date: '2026-10-25', time: '02:30:00', hhmm: '02:30' });
    assert.equal(copenhagenWallClock(new Date('2026-12-31T23:30:00Z')).date, '2027-01-01');
  });
});

describe('schedule expansion across the daylight-saving changes', () => {
  const cases: { name: string; rule: ScheduleRule; window?: { from: Date; to: Date }; expected: string[] }[] = [
    {
      name: 'weekly on Thursday 10-12 over the last Sunday of October: 10:00 Danish time before and after',
      rule: rule({ freq: 'WEEKLY', byday: 'TH', dtstart: '2026-10-15', count: 3, opensAt: '10:00', closesAt: '12:00' }),
      expected: ['2026-10-15T08:00:00.000Z', '2026-10-22T08:00:00.000Z', '2026-10-29T09:00:00.000Z'],
    },
    {
      name: 'weekly on Thursday over the last Sunday of March',
      rule: rule({ freq: 'WEEKLY', byday: 'TH', dtstart: '2026-03-19', until: '2026-04-02', opensAt: '10:00:00', closesAt: '12:00:00' }),
      expected: ['2026-03-19T09:00:00.000Z', '2026-03-26T09:00:00.000Z', '2026-04-02T08:00:00.000Z'],
    },
    {
      name: 'daily at 02:30 in March: the missing time on the change day becomes 03:30 summer time',
      rule: rule({ freq: 'DAILY', dtstart: '2026-03-28', count: 3, opensAt: '02:30' }),
      expected: ['2026-03-28T01:30:00.000Z', '2026-03-29T01:30:00.000Z', '2026-03-30T00:30:00.000Z'],
    },
    {
      name: 'daily at 02:30 in October: the doubled time on the change day is the first one',
      rule: rule({ freq: 'DAILY', dtstart: '2026-10-24', count: 3, opensAt: '02:30' }),
      expected: ['2026-10-24T00:30:00.000Z', '2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z'],
    },
  ];
  for (const c of cases) {
    test(c.name, () => assert.deepEqual(starts(c.rule, c.window), c.expected));
  }

  test('the last Sunday of March and of October, at 14:00 local time', () => {
    const sundays = expandSchedule(rule({ freq: 'MONTHLY', byday: '-1SU', dtstart: '2026-03-01', until: '2026-10-31', opensAt: '14:00', closesAt: '15:30' }), window('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'));
    const march = sundays.find((o) => o.date === '2026-03-29')!;
    const october = sundays.find((o) => o.date === '2026-10-25')!;
    assert.equal(march.startsAt.toISOString(), '2026-03-29T12:00:00.000Z');
    assert.equal(october.startsAt.toISOString(), '2026-10-25T13:00:00.000Z');
    assert.equal(october.endsAt.getTime() - october.startsAt.getTime(), 90 * 60_000);
    assert.equal(sundays.length, 8);
  });

  test('an all-day opening on the change days lasts 23 and 25 hours', () => {
    const [spring] = expandSchedule(rule({ dtstart: '2026-03-29' }), window('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'));
    const [autumn] = expandSchedule(rule({ dtstart: '2026-10-25' }), window('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'));
    assert.equal(spring!.allDay, true);
    assert.equal((spring!.endsAt.getTime() - spring!.startsAt.getTime()) / 3_600_000, 23);
    assert.equal((autumn!.endsAt.getTime() - autumn!.startsAt.getTime()) / 3_600_000, 25);
  });

  test('a night opening 22:00-08:00 over the October change lasts 11 hours and ends the next morning', () => {
    const [night] = expandSchedule(rule({ freq: 'DAILY', dtstart: '2026-10-24', count: 1, opensAt: '22:00', closesAt: '08:00' }), window('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'));
    assert.equal(night!.startsAt.toISOString(), '2026-10-24T20:00:00.000Z');
    assert.equal(night!.endsAt.toISOString(), '2026-10-25T07:00:00.000Z');
  });
});

describe('schedule expansion rules', () => {
  const cases: { name: string; rule: ScheduleRule; window?: { from: Date; to: Date }; expected: string[] }[] = [
    {
      name: 'every other Monday (INTERVAL=2)',
      rule: rule({ freq: 'WEEKLY', interval: 2, byday: 'MO', dtstart: '2026-01-05', until: '2026-02-28', opensAt: '09:00' }),
      expected: ['2026-01-05', '2026-01-19', '2026-02-02', '2026-02-16'],
    },
    {
      name: 'every other week on Monday and Thursday, starting on a Thursday',
      rule: rule({ freq: 'WEEKLY', interval: 2, byday: 'MO,TH', dtstart: '2026-01-08', count: 4, opensAt: '09:00' }),
      expected: ['2026-01-08', '2026-01-19', '2026-01-22', '2026-02-02'],
    },
    {
      name: 'COUNT: three Tuesdays and no more',
      rule: rule({ freq: 'WEEKLY', byday: 'TU', dtstart: '2026-02-01', count: 3, opensAt: '13:00' }),
      expected: ['2026-02-03', '2026-02-10', '2026-02-17'],
    },
    {
      name: 'UNTIL is inclusive: the Tuesday on the until day is the last',
      rule: rule({ freq: 'WEEKLY', byday: 'TU', dtstart: '2026-02-01', until: '2026-02-17', opensAt: '13:00' }),
      expected: ['2026-02-03', '2026-02-10', '2026-02-17'],
    },
    {
      name: 'UNTIL before COUNT is reached ends it',
      rule: rule({ freq: 'WEEKLY', byday: 'TU', dtstart: '2026-02-01', until: '2026-02-12', count: 10, opensAt: '13:00' }),
      expected: ['2026-02-03', '2026-02-10'],
    },
    {
      name: 'monthly on the first Monday (1MO)',
      rule: rule({ freq: 'MONTHLY', byday: '1MO', dtstart: '2026-01-01', count: 4, opensAt: '17:00' }),
      expected: ['2026-01-05', '2026-02-02', '2026-03-02', '2026-04-06'],
    },
    {
      name: 'monthly on the last Friday (-1FR)',
      rule: rule({ freq: 'MONTHLY', byday: '-1FR', dtstart: '2026-01-01', count: 3, opensAt: '17:00' }),
      expected: ['2026-01-30', '2026-02-27', '2026-03-27'],
    },
    {
      name: 'monthly on the first Monday and the last Friday',
      rule: rule({ freq: 'MONTHLY', byday: '1MO,-1FR', dtstart: '2026-01-01', count: 4, opensAt: '17:00' }),
      expected: ['2026-01-05', '2026-01-30', '2026-02-02', '2026-02-27'],
    },
    {
      name: 'every third month on the second Wednesday',
      rule: rule({ freq: 'MONTHLY', interval: 3, byday: '2WE', dtstart: '2026-01-01', until: '2026-12-31', opensAt: '10:00' }),
      expected: ['2026-01-14', '2026-04-08', '2026-07-08', '2026-10-14'],
    },
    {
      name: 'monthly on the last day of the month (BYMONTHDAY=-1)',
      rule: rule({ freq: 'MONTHLY', bymonthday: '-1', dtstart: '2026-01-01', count: 3 }),
      expected: ['2026-01-31', '2026-02-28', '2026-03-31'],
    },
    {
      name: 'monthly on the 31st from DTSTART skips the short months',
      rule: rule({ freq: 'MONTHLY', dtstart: '2026-01-31', count: 3, opensAt: '10:00' }),
      expected: ['2026-01-31', '2026-03-31', '2026-05-31'],
    },
    {
      name: 'Friday the 13th (BYDAY limits BYMONTHDAY)',
      rule: rule({ freq: 'MONTHLY', byday: 'FR', bymonthday: '13', dtstart: '2026-01-01', until: '2026-12-31' }),
      expected: ['2026-02-13', '2026-03-13', '2026-11-13'],
    },
    {
      name: 'yearly on the 20th Monday of the year',
      rule: rule({ freq: 'YEARLY', byday: '20MO', dtstart: '2025-01-01', count: 2 }),
      expected: ['2026-05-18'],
    },
    {
      name: 'weekdays only, daily',
      rule: rule({ freq: 'DAILY', byday: 'MO,TU,WE,TH,FR', dtstart: '2026-01-01', until: '2026-01-07', opensAt: '08:00' }),
      expected: ['2026-01-01', '2026-01-02', '2026-01-05', '2026-01-06', '2026-01-07'],
    },
    {
      name: 'weekly without BYDAY repeats the start day',
      rule: rule({ freq: 'WEEKLY', dtstart: '2026-01-07', count: 2, opensAt: '08:00' }),
      expected: ['2026-01-07', '2026-01-14'],
    },
    {
      name: 'valid_from and valid_to cut the open weeks out of a longer rule',
      rule: rule({ freq: 'WEEKLY', byday: 'WE', dtstart: '2026-01-01', validFrom: '2026-03-01', validTo: '2026-03-25', opensAt: '10:00' }),
      expected: ['2026-03-04', '2026-03-11', '2026-03-18', '2026-03-25'],
    },
    {
      name: 'occurrences before valid_from still count towards COUNT',
      rule: rule({ freq: 'WEEKLY', byday: 'WE', dtstart: '2026-01-07', count: 4, validFrom: '2026-01-20', opensAt: '10:00' }),
      expected: ['2026-01-21', '2026-01-28'],
    },
    {
      name: 'a rule without a start date begins at valid_from',
      rule: rule({ freq: 'WEEKLY', interval: 2, byday: 'MO', validFrom: '2026-06-01', validTo: '2026-06-30', opensAt: '10:00' }),
      expected: ['2026-06-01', '2026-06-15', '2026-06-29'],
    },
    {
      name: 'a weekly rule with no date at all is open every such weekday',
      rule: rule({ freq: 'WEEKLY', byday: 'SA', opensAt: '10:00', closesAt: '14:00' }),
      window: window('2026-05-01T00:00:00Z', '2026-05-17T00:00:00Z'),
      expected: ['2026-05-02', '2026-05-09', '2026-05-16'],
    },
    {
      name: 'one dated opening without FREQ',
      rule: rule({ dtstart: '2026-08-20', opensAt: '18:00', closesAt: '21:00' }),
      expected: ['2026-08-20'],
    },
    { name: 'a schedule with only a description has no occurrences', rule: rule({}), expected: [] },
    { name: 'an unsupported FREQ has none', rule: rule({ freq: 'HOURLY', dtstart: '2026-01-01' }), expected: [] },
    { name: 'a malformed BYDAY has none', rule: rule({ freq: 'WEEKLY', byday: 'MO,XX', dtstart: '2026-01-01' }), expected: [] },
    { name: 'a numbered BYDAY with WEEKLY has none (RFC 5545)', rule: rule({ freq: 'WEEKLY', byday: '1MO', dtstart: '2026-01-01' }), expected: [] },
    { name: 'every other week with no start date cannot be placed', rule: rule({ freq: 'WEEKLY', interval: 2, byday: 'MO' }), expected: [] },
    {
      name: 'the window: only occurrences that begin within it',
      rule: rule({ freq: 'DAILY', dtstart: '2026-01-01', opensAt: '10:00' }),
      window: window('2026-01-10T09:00:00Z', '2026-01-12T09:00:00Z'),
      expected: ['2026-01-10', '2026-01-11'],
    },
  ];
  for (const c of cases) {
    test(c.name, () => assert.deepEqual(dates(c.rule, c.window), c.expected));
  }

  test('a rule started years ago keeps its phase when the window jumps ahead', () => {
    const found = dates(rule({ freq: 'WEEKLY', interval: 2, byday: 'MO', dtstart: '2019-01-07', opensAt: '10:00' }), window('2026-06-01T00:00:00Z', '2026-07-01T00:00:00Z'));
    assert.deepEqual(found, ['2026-06-01', '2026-06-15', '2026-06-29']);
    for (const date of found) assert.equal((dayNumber(date) - dayNumber('2019-01-07')) % 14, 0, date);
  });

  test('the limit returns the earliest occurrences', () => {
    const found = expandSchedule(rule({ freq: 'DAILY', dtstart: '2026-01-01', opensAt: '10:00' }), { ...window('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'), limit: 2 });
    assert.deepEqual(found.map((o) => o.date), ['2026-01-01', '2026-01-02']);
  });

  test('the last occurrence of a COUNT rule', () => {
    assert.equal(lastOccurrence(rule({ freq: 'WEEKLY', byday: 'TH', dtstart: '2026-10-15', count: 3, opensAt: '10:00' }))?.startsAt.toISOString(), '2026-10-29T09:00:00.000Z');
    assert.equal(lastOccurrence(rule({ freq: 'WEEKLY', byday: 'TH', dtstart: '2026-10-15', opensAt: '10:00' })), null);
  });

  test('parseRecurrence reads ordinals and lists, case and spaces aside', () => {
    assert.deepEqual(parseRecurrence(rule({ freq: 'monthly', byday: '1mo, -1FR', bymonthday: '1,-1', dtstart: '2026-01-01' })), {
      freq: 'MONTHLY',
      interval: 1,
      byday: [
        { weekday: 0, ordinal: 1 },
        { weekday: 4, ordinal: -1 },
      ],
      bymonthday: [1, -1],
      dtstart: '2026-01-01',
    });
    assert.equal(parseRecurrence(rule({ freq: 'WEEKLY', bymonthday: '1', dtstart: '2026-01-01' })), null);
    assert.equal(parseRecurrence(rule({ freq: 'MONTHLY', byday: '6MO', dtstart: '2026-01-01' })), null);
  });
});
