import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { copenhagenInstant } from '../../src/domain/copenhagen-wall-clock.js';
import {
  bookingProblems,
  completionRefusal,
  defaultFundingSource,
  firstOverlap,
  guideUnavailableReason,
  overlaps,
  placesLeft,
  signUpRefusal,
  sumHours,
  type BookingRequest,
  type HoursRow,
} from '../../src/domain/peer-guide-booking.js';

/** The pure rules of booking a peer guide: overlap, who can be booked, what a booking needs, capacity, funding, hours. */

const at = (time: string, date = '2026-03-10') => copenhagenInstant(date, time);
const span = (from: string, to: string, date?: string) => ({ startsAt: at(from, date), endsAt: at(to, date) });

test('overlap: half-open intervals, table-driven', () => {
  const cases: [string, ReturnType<typeof span>, ReturnType<typeof span>, boolean][] = [
    ['the same time', span('10:00', '11:00'), span('10:00', '11:00'), true],
    ['one inside the other', span('09:00', '12:00'), span('10:00', '11:00'), true],
    ['partly over the start', span('09:30', '10:30'), span('10:00', '11:00'), true],
    ['partly over the end', span('10:30', '11:30'), span('10:00', '11:00'), true],
    ['ends when the other begins', span('09:00', '10:00'), span('10:00', '11:00'), false],
    ['begins when the other ends', span('11:00', '12:00'), span('10:00', '11:00'), false],
    ['another day', span('10:00', '11:00', '2026-03-11'), span('10:00', '11:00'), false],
  ];
  for (const [name, a, b, expected] of cases) {
    assert.equal(overlaps(a, b), expected, name);
    assert.equal(overlaps(b, a), expected, `${name} (the other way round)`);
  }
});

test('overlap across the spring daylight-saving change counts real time, not wall-clock time', () => {
  // 29 March 2026: 02:00 becomes 03:00. 01:30–03:30 wall clock is one real hour, so 03:30–04:00 does not overlap it.
  const night = { startsAt: copenhagenInstant('2026-03-29', '01:30'), endsAt: copenhagenInstant('2026-03-29', '03:30') };
  assert.equal(night.endsAt.getTime() - night.startsAt.getTime(), 3_600_000);
  assert.equal(overlaps(night, { startsAt: copenhagenInstant('2026-03-29', '03:30'), endsAt: copenhagenInstant('2026-03-29', '04:00') }), false);
  assert.equal(overlaps(night, { startsAt: copenhagenInstant('2026-03-29', '03:00'), endsAt: copenhagenInstant('2026-03-29', '04:00') }), true);
});

test('overlap is symmetric and agrees with "some instant lies in both" (property)', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 50 }), (s1, l1, s2, l2) => {
      const a = { startsAt: new Date(s1 * 60_000), endsAt: new Date((s1 + l1) * 60_000) };
      const b = { startsAt: new Date(s2 * 60_000), endsAt: new Date((s2 + l2) * 60_000) };
      let shared = false;
      for (let minute = Math.max(s1, s2); minute < Math.min(s1 + l1, s2 + l2); minute++) shared = true;
      return overlaps(a, b) === overlaps(b, a) && overlaps(a, b) === shared;
    }),
  );
});

test('funding source by default from the booker\'s unit area', () => {
  const cases = [
    ['employment', 'jobcenter'],
    ['social', 'social'],
    ['other', 'other'],
    [null, 'other'],
  ] as const;
  for (const [area, source] of cases) assert.equal(defaultFundingSource(area), source, String(area));
});

test('who can be booked: active and trained (a refresher due still counts)', () => {
  const cases = [
    ['trained', 'active', null],
    ['refresher-due', 'active', null],
    ['in-training', 'active', 'guide.not_trained'],
    ['trained', 'paused', 'guide.paused'],
    ['trained', 'stopped', 'guide.stopped'],
    ['in-training', 'stopped', 'guide.stopped'],
  ] as const;
  for (const [trainingStatus, status, expected] of cases) assert.equal(guideUnavailableReason({ trainingStatus, status }), expected, `${trainingStatus}/${status}`);
});

const now = at('08:00');
const trained = { trainingStatus: 'trained', status: 'active' } as const;
const talk: BookingRequest = { kind: 'talk', citizenId: null, audience: 'Jobkonsulenter', maxParticipants: null, ...span('10:00', '11:00') };
const keys = (request: BookingRequest, facts: Partial<Parameters<typeof bookingProblems>[1]> = {}) => bookingProblems(request, { now, guide: trained, guideBookings: [], ...facts }).map((p) => `${p.field}:${p.key}`);

test('a booking\'s problems, table-driven', () => {
  const cases: [string, BookingRequest, Partial<Parameters<typeof bookingProblems>[1]>, string[]][] = [
    ['a good talk', talk, {}, []],
    ['in the past', { ...talk, ...span('07:00', '07:30') }, {}, ['startsAt:starts.in_past']],
    ['ends before it starts', { ...talk, ...span('11:00', '10:00') }, {}, ['endsAt:ends.before_start']],
    ['ends when it starts', { ...talk, ...span('10:00', '10:00') }, {}, ['endsAt:ends.before_start']],
    ['longer than 12 hours', { ...talk, startsAt: at('09:00'), endsAt: at('22:00') }, {}, ['endsAt:ends.too_long']],
    ['a talk without audience', { ...talk, audience: '  ' }, {}, ['audience:audience.required']],
    ['a talk for a citizen', { ...talk, citizenId: 'c1' }, {}, ['citizenId:citizen.only_conversation']],
    ['a conversation for a citizen', { ...talk, kind: 'conversation', citizenId: 'c1', audience: null }, {}, []],
    ['a conversation for a relative', { ...talk, kind: 'conversation', audience: 'Mor til Jonas' }, {}, []],
    ['a conversation for nobody', { ...talk, kind: 'conversation', audience: null }, {}, ['citizenId:conversation.who']],
    ['a conversation for both', { ...talk, kind: 'conversation', citizenId: 'c1' }, {}, ['audience:conversation.both']],
    ['a course without maximum', { ...talk, kind: 'inspiration-course' }, {}, ['maxParticipants:max.required']],
    ['a course with a maximum', { ...talk, kind: 'inspiration-course', maxParticipants: 12 }, {}, []],
    ['a maximum on a talk', { ...talk, maxParticipants: 12 }, {}, ['maxParticipants:max.only_course']],
    ['a guide in training', talk, { guide: { trainingStatus: 'in-training', status: 'active' } }, ['guideId:guide.not_trained']],
    ['a paused guide', talk, { guide: { trainingStatus: 'trained', status: 'paused' } }, ['guideId:guide.paused']],
    ['the guide is busy', talk, { guideBookings: [span('10:30', '12:00')] }, ['startsAt:guide.busy']],
    ['the guide is free right after', talk, { guideBookings: [span('11:00', '12:00'), span('09:00', '10:00')] }, []],
  ];
  for (const [name, request, facts, expected] of cases) assert.deepEqual(keys(request, facts), expected, name);
});

test('the first overlapping booking is the one named', () => {
  const taken = [{ id: 'a', ...span('08:00', '09:00') }, { id: 'b', ...span('10:30', '11:30') }, { id: 'c', ...span('10:45', '12:00') }];
  assert.equal(firstOverlap(talk, taken)?.id, 'b');
  assert.equal(firstOverlap(span('13:00', '14:00'), taken), undefined);
});

test('capacity of an inspiration course, table-driven', () => {
  const course = { kind: 'inspiration-course', status: 'booked', maxParticipants: 12, startsAt: at('10:00') } as const;
  const cases: [string, Parameters<typeof signUpRefusal>[0], number, ReturnType<typeof signUpRefusal>][] = [
    ['places left', course, 8, null],
    ['the last place', course, 11, null],
    ['full', course, 12, 'signup.full'],
    ['over full (maximum lowered)', course, 13, 'signup.full'],
    ['a talk', { ...course, kind: 'talk', maxParticipants: null }, 0, 'signup.not_course'],
    ['cancelled', { ...course, status: 'cancelled' }, 0, 'signup.closed'],
    ['begun', { ...course, startsAt: at('07:00') }, 0, 'signup.closed'],
  ];
  for (const [name, booking, signedUp, expected] of cases) assert.equal(signUpRefusal(booking, signedUp, now), expected, name);
  assert.equal(placesLeft(12, 8), 4);
  assert.equal(placesLeft(12, 14), 0);
});

test('logging the time: once, after it began, 0–1440 minutes', () => {
  const begun = { status: 'booked', startsAt: at('07:00') } as const;
  const cases: [string, Parameters<typeof completionRefusal>[0], number, ReturnType<typeof completionRefusal>][] = [
    ['held', begun, 90, null],
    ['no time spent', begun, 0, null],
    ['a whole day', begun, 1440, null],
    ['more than a day', begun, 1441, 'minutes.range'],
    ['negative', begun, -5, 'minutes.range'],
    ['not whole minutes', begun, 1.5, 'minutes.range'],
    ['not begun', { status: 'booked', startsAt: at('10:00') }, 60, 'done.not_started'],
    ['already done', { ...begun, status: 'done' }, 60, 'done.not_booked'],
    ['cancelled', { ...begun, status: 'cancelled' }, 60, 'done.not_booked'],
  ];
  for (const [name, booking, minutes, expected] of cases) assert.equal(completionRefusal(booking, minutes, now), expected, name);
});

test('hours: per guide and source, totals equal the sum of all rows (property)', () => {
  const row = fc.record({ guideId: fc.constantFrom('kim', 'sanne', 'brian'), source: fc.constantFrom('social', 'jobcenter', 'project', 'other'), minutes: fc.integer({ min: 0, max: 1440 }) });
  fc.assert(
    fc.property(fc.array(row, { maxLength: 40 }), (rows: HoursRow[]) => {
      const sums = sumHours(rows);
      const all = rows.reduce((s, r) => s + r.minutes, 0);
      const guides = [...sums.guideTotals.values()].reduce((s, m) => s + m, 0);
      const sources = Object.values(sums.sourceTotals).reduce((s, m) => s + m, 0);
      const cells = [...sums.byGuide.values()].flatMap((m) => [...m.values()]).reduce((s, m) => s + m, 0);
      return sums.total === all && guides === all && sources === all && cells === all;
    }),
  );
  const sums = sumHours([
    { guideId: 'kim', source: 'social', minutes: 60 },
    { guideId: 'kim', source: 'jobcenter', minutes: 90 },
    { guideId: 'kim', source: 'social', minutes: 30 },
  ]);
  assert.equal(sums.byGuide.get('kim')?.get('social'), 90);
  assert.equal(sums.guideTotals.get('kim'), 180);
  assert.deepEqual(sums.sourceTotals, { social: 90, jobcenter: 90, project: 0, other: 0 });
});
