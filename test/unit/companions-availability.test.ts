import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { availabilityFor, localSpan, overlaps, type AvailabilityException, type WeeklySlot } from '../../src/domain/volunteer-availability.js';

/**
 * A volunteer's weekly pattern is Copenhagen wall-clock time: "Sunday 14:00–17:00" is 14:00–17:00 in winter and in
 * summer, and on the days the clocks change. Instants below are written in UTC, so each row shows the offset at work.
 */
const saturday: WeeklySlot = { weekday: 6, fromMinute: 13 * 60, toMinute: 17 * 60 };
const sunday: WeeklySlot = { weekday: 7, fromMinute: 13 * 60, toMinute: 17 * 60 };
const mondayEvening: WeeklySlot = { weekday: 1, fromMinute: 18 * 60, toMinute: 1440 };
const night: WeeklySlot = { weekday: 7, fromMinute: 0, toMinute: 6 * 60 };
const slots = [saturday, sunday, mondayEvening, night];
const at = (iso: string) => new Date(iso);

const rows: { name: string; from: string; to: string; exceptions?: AvailabilityException[]; expected: ReturnType<typeof availabilityFor> }[] = [
  { name: 'Saturday 14:00–16:00 in winter (UTC+1)', from: '2026-12-12T13:00:00Z', to: '2026-12-12T15:00:00Z', expected: 'available' },
  { name: 'Saturday 14:00–16:00 in summer (UTC+2)', from: '2026-06-13T12:00:00Z', to: '2026-06-13T14:00:00Z', expected: 'available' },
  { name: 'Saturday 14:00 read as UTC would be 15:00 local in winter — still inside', from: '2026-12-12T14:00:00Z', to: '2026-12-12T16:00:00Z', expected: 'available' },
  { name: 'Saturday 16:00–18:00 goes past the slot', from: '2026-12-12T15:00:00Z', to: '2026-12-12T17:00:00Z', expected: 'not-in-pattern' },
  { name: 'Saturday before spring forward, 14:00–16:00 (UTC+1)', from: '2026-03-28T13:00:00Z', to: '2026-03-28T15:00:00Z', expected: 'available' },
  { name: 'last Sunday of March (summer time from 03:00), 14:00–16:00 is 12:00Z', from: '2026-03-29T12:00:00Z', to: '2026-03-29T14:00:00Z', expected: 'available' },
  { name: 'last Sunday of March: 12:00–14:00 UTC+1 thinking would be 11:00Z, which is 13:00 local — inside', from: '2026-03-29T11:00:00Z', to: '2026-03-29T13:00:00Z', expected: 'available' },
  { name: 'last Sunday of March: 16:00–18:00 local (14:00Z–16:00Z) goes past 17:00', from: '2026-03-29T14:00:00Z', to: '2026-03-29T16:00:00Z', expected: 'not-in-pattern' },
  { name: 'last Sunday of October (winter time from 03:00), 14:00–16:00 is 13:00Z', from: '2026-10-25T13:00:00Z', to: '2026-10-25T15:00:00Z', expected: 'available' },
  { name: 'last Sunday of October: 12:00Z–16:00Z is 13:00–17:00 local, exactly the slot', from: '2026-10-25T12:00:00Z', to: '2026-10-25T16:00:00Z', expected: 'available' },
  { name: 'last Sunday of October: 11:00Z is 12:00 local, before the slot', from: '2026-10-25T11:00:00Z', to: '2026-10-25T13:00:00Z', expected: 'not-in-pattern' },
  { name: 'the night of the autumn change, 01:00–05:00 local (five real hours) fits the night slot', from: '2026-10-24T23:00:00Z', to: '2026-10-25T04:00:00Z', expected: 'available' },
  { name: 'the night of the spring change, 01:00–05:00 local (three real hours) fits the night slot', from: '2026-03-29T00:00:00Z', to: '2026-03-29T03:00:00Z', expected: 'available' },
  { name: 'Monday 20:00 to midnight fits a slot to the end of the day', from: '2026-12-14T19:00:00Z', to: '2026-12-14T23:00:00Z', expected: 'available' },
  { name: 'a request crossing midnight is not covered by any weekly slot', from: '2026-12-14T21:00:00Z', to: '2026-12-15T00:30:00Z', expected: 'not-in-pattern' },
  { name: 'Saturday night into Sunday, 22:00–02:00 local: two slots do not add up across midnight', from: '2026-12-12T21:00:00Z', to: '2026-12-13T01:00:00Z', expected: 'not-in-pattern' },
  {
    name: 'an extra exception covers a request crossing midnight',
    from: '2026-12-14T21:00:00Z',
    to: '2026-12-15T00:30:00Z',
    exceptions: [{ kind: 'extra', from: at('2026-12-14T20:00:00Z'), to: at('2026-12-15T02:00:00Z') }],
    expected: 'available',
  },
  { name: 'an extra exception covers a Wednesday outside the pattern', from: '2026-12-16T09:00:00Z', to: '2026-12-16T11:00:00Z', exceptions: [{ kind: 'extra', from: at('2026-12-16T08:00:00Z'), to: at('2026-12-16T12:00:00Z') }], expected: 'available' },
  { name: 'an extra exception that covers only part of it does not', from: '2026-12-16T09:00:00Z', to: '2026-12-16T11:00:00Z', exceptions: [{ kind: 'extra', from: at('2026-12-16T10:00:00Z'), to: at('2026-12-16T12:00:00Z') }], expected: 'not-in-pattern' },
  { name: 'away (holiday) overlapping the Saturday slot', from: '2026-12-12T13:00:00Z', to: '2026-12-12T15:00:00Z', exceptions: [{ kind: 'away', from: at('2026-12-10T00:00:00Z'), to: at('2026-12-20T00:00:00Z') }], expected: 'away' },
  { name: 'away for one hour inside the trip', from: '2026-12-12T13:00:00Z', to: '2026-12-12T15:00:00Z', exceptions: [{ kind: 'away', from: at('2026-12-12T14:00:00Z'), to: at('2026-12-12T14:30:00Z') }], expected: 'away' },
  { name: 'away that ends when the trip begins does not touch it', from: '2026-12-12T13:00:00Z', to: '2026-12-12T15:00:00Z', exceptions: [{ kind: 'away', from: at('2026-12-12T10:00:00Z'), to: at('2026-12-12T13:00:00Z') }], expected: 'available' },
  {
    name: 'away wins over extra time',
    from: '2026-12-16T09:00:00Z',
    to: '2026-12-16T11:00:00Z',
    exceptions: [
      { kind: 'extra', from: at('2026-12-16T08:00:00Z'), to: at('2026-12-16T12:00:00Z') },
      { kind: 'away', from: at('2026-12-16T10:00:00Z'), to: at('2026-12-16T10:30:00Z') },
    ],
    expected: 'away',
  },
];

describe('a volunteer’s availability', () => {
  for (const row of rows) {
    test(row.name, () => {
      assert.equal(availabilityFor(slots, row.exceptions ?? [], at(row.from), at(row.to)), row.expected);
    });
  }
});

describe('the local span a weekly slot must cover', () => {
  test('Copenhagen weekday and minutes, winter and summer', () => {
    assert.deepEqual(localSpan(at('2026-12-12T13:00:00Z'), at('2026-12-12T15:00:00Z')), { date: '2026-12-12', weekday: 6, fromMinute: 840, toMinute: 960 });
    assert.deepEqual(localSpan(at('2026-06-13T12:00:00Z'), at('2026-06-13T14:00:00Z')), { date: '2026-06-13', weekday: 6, fromMinute: 840, toMinute: 960 });
  });
  test('ending on the stroke of midnight fits the day; a minute later does not', () => {
    assert.deepEqual(localSpan(at('2026-12-14T19:00:00Z'), at('2026-12-14T23:00:00Z')), { date: '2026-12-14', weekday: 1, fromMinute: 1200, toMinute: 1440 });
    assert.equal(localSpan(at('2026-12-14T19:00:00Z'), at('2026-12-14T23:01:00Z')), null);
  });
});

describe('overlap', () => {
  const p = (from: string, to: string) => ({ from: at(`2026-12-12T${from}:00Z`), to: at(`2026-12-12T${to}:00Z`) });
  const cases: [string, string, string, string, boolean][] = [
    ['10:00', '12:00', '11:00', '13:00', true],
    ['10:00', '12:00', '12:00', '13:00', false],
    ['10:00', '12:00', '09:00', '10:00', false],
    ['10:00', '12:00', '10:30', '11:00', true],
    ['10:00', '12:00', '09:00', '13:00', true],
  ];
  for (const [a1, a2, b1, b2, expected] of cases) {
    test(`${a1}–${a2} and ${b1}–${b2}: ${expected}`, () => {
      assert.equal(overlaps(p(a1, a2), p(b1, b2)), expected);
      assert.equal(overlaps(p(b1, b2), p(a1, a2)), expected);
    });
  }
});
