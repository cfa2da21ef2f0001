import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ICAL from 'ical.js';
import { escapeText, foldLine } from '../../src/interop/ical/ical-text.js';
import { offersCalendar, scheduleEntry, type CalendarSchedule } from '../../src/interop/ical/offer-calendar.js';

const offer = { id: 'o1', name: 'Svømning for alle', summary: null, url: 'https://mestring.example/tilbud/o1', location: 'Svømmehallen, Fritidsvej 4, 8900 Randers C' };

function schedule(values: Partial<CalendarSchedule>): CalendarSchedule {
  return { id: 's1', description: null, freq: null, interval: null, byday: null, bymonthday: null, dtstart: null, until: null, count: null, validFrom: null, validTo: null, opensAt: null, closesAt: null, ...values };
}

describe('iCalendar text (RFC 5545 §3.1, §3.3.11)', () => {
  const escapes: [string, string, string][] = [
    ['commas and semicolons', 'Kaffe, kage; spil', 'Kaffe\\, kage\\; spil'],
    ['a backslash', 'C:\\mappe', 'C:\\\\mappe'],
    ['line breaks of any kind', 'første\r\nanden\nTredje\rfjerde', 'første\\nanden\\nTredje\\nfjerde'],
    ['control characters are dropped', 'a\u0007b\u0000c', 'abc'],
  ];
  for (const [name, input, expected] of escapes) test(`escapes ${name}`, () => assert.equal(escapeText(input), expected));

  test('folds at 75 octets without splitting a Danish letter, and unfolds to the same line', () => {
    const line = `DESCRIPTION:${'æøå '.repeat(40)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    assert.ok(parts.length > 2);
    for (const part of parts) assert.ok(Buffer.byteLength(part) <= 75, part);
    for (const part of parts.slice(1)) assert.ok(part.startsWith(' '));
    assert.equal(folded.replace(/\r\n /g, ''), line);
    assert.ok(!folded.includes('\ufffd'));
  });

  test('a short line is left alone', () => assert.equal(foldLine('SUMMARY:Kort'), 'SUMMARY:Kort'));
});

describe('schedules as recurring VEVENTs', () => {
  const today = '2026-01-01';
  const cases: { name: string; schedule: CalendarSchedule; start: string | null; rrule?: string }[] = [
    {
      name: 'weekly with COUNT becomes UNTIL at the last opening (UTC)',
      schedule: schedule({ freq: 'WEEKLY', byday: 'TH', dtstart: '2026-10-08', count: 4, opensAt: '10:00', closesAt: '12:00' }),
      start: '2026-10-08T08:00:00.000Z',
      rrule: 'FREQ=WEEKLY;BYDAY=TH;WKST=MO;UNTIL=20261029T090000Z',
    },
    {
      name: 'valid_from moves the start to the first opening in the valid period, and keeps the phase of INTERVAL',
      schedule: schedule({ freq: 'WEEKLY', interval: 2, byday: 'MO', dtstart: '2026-01-05', validFrom: '2026-01-06', opensAt: '09:00' }),
      start: '2026-01-19T08:00:00.000Z',
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;WKST=MO',
    },
    {
      name: 'valid_to ends the series at the end of that Danish day',
      schedule: schedule({ freq: 'MONTHLY', byday: '1MO,-1FR', dtstart: '2026-01-01', validTo: '2026-06-30', opensAt: '17:00' }),
      start: '2026-01-05T16:00:00.000Z',
      rrule: 'FREQ=MONTHLY;BYDAY=1MO,-1FR;WKST=MO;UNTIL=20260630T215959Z',
    },
    {
      name: 'an all-day series has a DATE start and a DATE UNTIL',
      schedule: schedule({ freq: 'MONTHLY', bymonthday: '-1', dtstart: '2026-01-01', until: '2026-03-31' }),
      start: null,
      rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1;WKST=MO;UNTIL=20260331',
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const entry = scheduleEntry(offer, c.schedule, today)!;
      assert.equal(entry.rrule, c.rrule);
      if (c.start) assert.equal(entry.when.kind === 'timed' ? entry.when.startsAt.toISOString() : null, c.start);
      else assert.equal(entry.when.kind, 'all-day');
    });
  }

  test('a schedule with only a description, one that ends before it begins and a broken rule have no entry; a past series is kept', () => {
    assert.equal(scheduleEntry(offer, schedule({ description: 'Efter aftale' }), today), null);
    assert.equal(scheduleEntry(offer, schedule({ freq: 'WEEKLY', byday: 'TU', dtstart: '2025-01-01', until: '2025-06-30', opensAt: '10:00' }), '2026-01-01')?.rrule, 'FREQ=WEEKLY;BYDAY=TU;WKST=MO;UNTIL=20250630T215959Z');
    assert.equal(scheduleEntry(offer, schedule({ freq: 'WEEKLY', byday: 'TU', dtstart: '2026-01-01', until: '2025-06-30', opensAt: '10:00' }), today), null);
    assert.equal(scheduleEntry(offer, schedule({ freq: 'WEEKLY', byday: '2TU', dtstart: '2026-01-01' }), today), null);
  });

  test('a weekly schedule without a start date begins at today', () => {
    const entry = scheduleEntry(offer, schedule({ freq: 'WEEKLY', byday: 'SA', opensAt: '10:00', closesAt: '14:00' }), '2026-05-01')!;
    assert.equal(entry.when.kind === 'timed' && entry.when.startsAt.toISOString(), '2026-05-02T08:00:00.000Z');
  });

  test('ical.js expands the written series at the same local times as our own expansion, over both changes', () => {
    const text = offersCalendar({ name: 'Test', offers: [{ ...offer, schedules: [schedule({ freq: 'WEEKLY', byday: 'SU', dtstart: '2026-03-15', until: '2026-11-08', opensAt: '14:00', closesAt: '16:00' })], events: [] }], now: new Date('2026-01-01T00:00:00Z'), today });
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    const iterator = event.iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) starts.push(next.toJSDate().toISOString());
    assert.equal(starts.length, 35);
    assert.equal(starts[0], '2026-03-15T13:00:00.000Z');
    assert.ok(starts.includes('2026-03-29T12:00:00.000Z'), 'the Sunday summer time begins');
    assert.ok(starts.includes('2026-10-25T13:00:00.000Z'), 'the Sunday summer time ends');
    assert.equal(starts.at(-1), '2026-11-08T13:00:00.000Z');
  });
});
