import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { rankMatches, sharedInterests, type MatchCandidate } from '../../src/domain/companion-matching.js';
import { canLookBack, companionMovesFor, companionStatuses, decideCompanionMove, type CompanionMove, type CompanionSide } from '../../src/domain/companion-state.js';
import { qualificationProblem, type CompletedCourse, type RecordCheck } from '../../src/domain/volunteer-qualification.js';

describe('course and record-check requirements', () => {
  const valid: RecordCheck = { checkedOn: '2025-01-10', expiresOn: '2027-01-10' };
  const firstAid: CompletedCourse = { key: 'foerstehjaelp', completedOn: '2025-03-31', validUntil: '2027-03-30' };
  const autism: CompletedCourse = { key: 'autisme-forstaaelse', completedOn: '2026-05-01', validUntil: null };
  const rows: { name: string; check: RecordCheck; courses: CompletedCourse[]; course: string | null; day: string; needsCheck?: boolean; expected: ReturnType<typeof qualificationProblem> }[] = [
    { name: 'a valid check and no course needed', check: valid, courses: [], course: null, day: '2026-12-12', expected: null },
    { name: 'no check at all', check: { checkedOn: null, expiresOn: null }, courses: [], course: null, day: '2026-12-12', expected: 'record-check-missing' },
    { name: 'a check dated after the day', check: { checkedOn: '2026-12-20', expiresOn: '2028-12-20' }, courses: [], course: null, day: '2026-12-12', expected: 'record-check-missing' },
    { name: 'an expired check excludes', check: { checkedOn: '2023-01-10', expiresOn: '2025-01-10' }, courses: [], course: null, day: '2026-12-12', expected: 'record-check-expired' },
    { name: 'a check expiring on the day is still valid that day', check: { checkedOn: '2024-12-12', expiresOn: '2026-12-12' }, courses: [], course: null, day: '2026-12-12', expected: null },
    { name: 'a check expiring the day before is not', check: { checkedOn: '2024-12-11', expiresOn: '2026-12-11' }, courses: [], course: null, day: '2026-12-12', expected: 'record-check-expired' },
    { name: 'a check with no expiry recorded', check: { checkedOn: '2024-01-01', expiresOn: null }, courses: [], course: null, day: '2026-12-12', expected: null },
    { name: 'a task without the check requirement ignores it', check: { checkedOn: null, expiresOn: null }, courses: [], course: null, day: '2026-12-12', needsCheck: false, expected: null },
    { name: 'the required course is missing', check: valid, courses: [autism], course: 'foerstehjaelp', day: '2026-12-12', expected: 'course-missing' },
    { name: 'the required course is held', check: valid, courses: [firstAid, autism], course: 'foerstehjaelp', day: '2026-12-12', expected: null },
    { name: 'a course valid until a date: the last day counts', check: valid, courses: [firstAid], course: 'foerstehjaelp', day: '2027-03-30', expected: 'record-check-expired' },
    { name: 'a course valid until a date: the last day counts (check still valid)', check: { checkedOn: '2025-01-10', expiresOn: '2028-01-01' }, courses: [firstAid], course: 'foerstehjaelp', day: '2027-03-30', expected: null },
    { name: 'a course valid until a date: the day after it has lapsed', check: { checkedOn: '2025-01-10', expiresOn: '2028-01-01' }, courses: [firstAid], course: 'foerstehjaelp', day: '2027-03-31', expected: 'course-expired' },
    { name: 'a course completed after the day does not count yet', check: valid, courses: [autism], course: 'autisme-forstaaelse', day: '2026-04-30', expected: 'course-missing' },
    { name: 'a course valid for good', check: valid, courses: [autism], course: 'autisme-forstaaelse', day: '2026-12-31', expected: null },
  ];
  for (const row of rows) {
    test(row.name, () => {
      assert.equal(qualificationProblem(row.check, row.courses, { requiredCourse: row.course, ...(row.needsCheck !== undefined && { needsRecordCheck: row.needsCheck }) }, row.day), row.expected);
    });
  }
});

describe('ranking the matches', () => {
  const base = { interests: [] as string[], languages: ['da'], distanceKm: 5, timesWithCitizen: 0 };
  const v = (name: string, over: Partial<MatchCandidate>): MatchCandidate => ({ userId: `id-${name}`, name, ...base, ...over });
  const rows: { name: string; activity: string; needs?: string[]; candidates: MatchCandidate[]; expected: string[] }[] = [
    {
      name: 'continuity first, even against shared interests and a shorter way',
      activity: 'Svømning i Randers Svømmeland',
      candidates: [v('Anna', { interests: ['svømning'], distanceKm: 0.5 }), v('Ole', { timesWithCitizen: 6, distanceKm: 9 }), v('Bent', { timesWithCitizen: 1, interests: ['svømning'] })],
      expected: ['Ole', 'Bent', 'Anna'],
    },
    {
      name: 'shared interests before distance; "sport" fits a handball match',
      activity: 'Håndboldkamp: Randers HH mod Aalborg',
      candidates: [v('Near', { distanceKm: 0.3 }), v('Ole', { interests: ['sport', 'svømning'], distanceKm: 4 }), v('Hanna', { interests: ['håndbold', 'sport'], distanceKm: 8 })],
      expected: ['Hanna', 'Ole', 'Near'],
    },
    {
      name: 'a needed language before distance',
      activity: 'Besøg på biblioteket',
      needs: ['language:ar'],
      candidates: [v('Near', { distanceKm: 1 }), v('Amal', { languages: ['da', 'ar'], distanceKm: 7 })],
      expected: ['Amal', 'Near'],
    },
    {
      name: 'distance, unknown distances last, then the name',
      activity: 'Café',
      candidates: [v('Unknown', { distanceKm: null }), v('Far', { distanceKm: 12 }), v('Beta', { distanceKm: 2 }), v('Alfa', { distanceKm: 2 })],
      expected: ['Alfa', 'Beta', 'Far', 'Unknown'],
    },
  ];
  for (const row of rows) {
    test(row.name, () => {
      assert.deepEqual(rankMatches(row.candidates, { activity: row.activity, needs: row.needs ?? [] }).map((m) => m.name), row.expected);
    });
  }
  test('each match carries its reasons', () => {
    const [ole] = rankMatches([v('Ole', { interests: ['sport'], timesWithCitizen: 6, distanceKm: 2.1, languages: ['da', 'en'] })], { activity: 'Håndbold', needs: ['language:en'] });
    assert.deepEqual(ole?.reasons, [{ kind: 'continuity', count: 6 }, { kind: 'interest', interest: 'sport' }, { kind: 'language', language: 'en' }, { kind: 'distance', km: 2.1 }]);
  });
  test('interests found in the activity', () => {
    assert.deepEqual(sharedInterests(['sport', 'musik', 'svømning', 'håndbold'], 'Håndboldkamp i Arena Randers'), ['sport', 'håndbold']);
    assert.deepEqual(sharedInterests(['svømning'], 'Svømmehallen'), ['svømning']);
    assert.deepEqual(sharedInterests(['kunst', ''], 'Koncert i Værket'), []);
  });
});

describe('the companion state machine', () => {
  /** Written out by hand: from, move, side, started → to. Everything else is refused. */
  const legal: Record<string, string> = {
    'open|assign|coordinator|before': 'assigned',
    'open|take|volunteer|before': 'accepted',
    'assigned|accept|volunteer|before': 'accepted',
    'assigned|decline|volunteer|before': 'open',
    'open|cancel|citizen|before': 'cancelled',
    'open|cancel|coordinator|before': 'cancelled',
    'open|cancel|volunteer|before': 'cancelled',
    'assigned|cancel|citizen|before': 'cancelled',
    'assigned|cancel|coordinator|before': 'cancelled',
    'assigned|cancel|volunteer|before': 'cancelled',
    'accepted|cancel|citizen|before': 'cancelled',
    'accepted|cancel|coordinator|before': 'cancelled',
    'accepted|cancel|volunteer|before': 'cancelled',
    'open|cancel|citizen|after': 'cancelled',
    'open|cancel|coordinator|after': 'cancelled',
    'open|cancel|volunteer|after': 'cancelled',
    'assigned|cancel|citizen|after': 'cancelled',
    'assigned|cancel|coordinator|after': 'cancelled',
    'assigned|cancel|volunteer|after': 'cancelled',
    'accepted|cancel|citizen|after': 'cancelled',
    'accepted|cancel|coordinator|after': 'cancelled',
    'accepted|cancel|volunteer|after': 'cancelled',
    'assigned|done|coordinator|after': 'done',
    'accepted|done|coordinator|after': 'done',
    'assigned|missed|coordinator|after': 'missed',
    'accepted|missed|coordinator|after': 'missed',
  };
  const moves: CompanionMove[] = ['assign', 'take', 'accept', 'decline', 'cancel', 'done', 'missed'];
  const sides: CompanionSide[] = ['citizen', 'volunteer', 'coordinator'];
  for (const from of companionStatuses) {
    for (const move of moves) {
      for (const side of sides) {
        for (const started of [false, true]) {
          const key = `${from}|${move}|${side}|${started ? 'after' : 'before'}`;
          test(key, () => {
            const decision = decideCompanionMove(from, move, new Set([side]), started);
            if (legal[key]) assert.deepEqual(decision, { allowed: true, to: legal[key] });
            else assert.equal(decision.allowed, false);
          });
        }
      }
    }
  }
  test('the reasons for a refusal', () => {
    assert.deepEqual(decideCompanionMove('done', 'cancel', new Set(['coordinator']), true), { allowed: false, reason: 'not-a-move' });
    assert.deepEqual(decideCompanionMove('open', 'assign', new Set(['citizen']), false), { allowed: false, reason: 'not-yours' });
    assert.deepEqual(decideCompanionMove('accepted', 'done', new Set(['coordinator']), false), { allowed: false, reason: 'too-early' });
    assert.deepEqual(decideCompanionMove('assigned', 'accept', new Set(['volunteer']), true), { allowed: false, reason: 'too-late' });
  });
  test('the buttons offered and looking back', () => {
    assert.deepEqual(companionMovesFor('open', new Set(['coordinator']), false), ['assign', 'cancel']);
    assert.deepEqual(companionMovesFor('accepted', new Set(['coordinator']), true), ['cancel', 'done', 'missed']);
    assert.equal(canLookBack('accepted', true), true);
    assert.equal(canLookBack('done', true), true);
    assert.equal(canLookBack('accepted', false), false);
    assert.equal(canLookBack('cancelled', true), false);
    assert.equal(canLookBack('missed', true), false);
  });
});
