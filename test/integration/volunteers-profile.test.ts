import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertAudited, assertProblem, demoIds } from '../support/platform-helpers.js';
import { createTestApp, type TestApp, type TestSession } from '../support/test-app.js';

// The volunteer keeps their own profile: interests, languages, home by postal code, weekly slots (checked whole:
// quarter hours, start before end, no overlaps — nothing stored otherwise), exceptions, pausing themself, and
// accepting the current guidelines. There is no id in these routes: one edits only oneself.

let testApp: TestApp;
let ole: TestSession;

interface Profile {
  id: string;
  status: string;
  interests: string[];
  languages: string[];
  area: string | null;
  postalCode: string | null;
  maxDistanceKm: number | null;
  weeklySlots: { weekday: number; from: string; to: string }[];
  exceptions: { id: string; kind: string }[];
  guidelines: { current: { version: number } | null; acceptedVersion: number | null };
  guidelinesAccepted: boolean;
  version: number;
}

const me = async (session: TestSession = ole) => {
  const res = await testApp.request(session, { method: 'GET', url: '/api/v1/me/volunteer-profile' });
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as Profile;
};
const put = (body: object, session: TestSession = ole, headers: Record<string, string> = {}) => testApp.request(session, { method: 'PUT', url: '/api/v1/me/volunteer-profile', payload: body, headers });

function editable(p: Profile) {
  return { interests: p.interests, skills: [], languages: p.languages, area: p.area, postalCode: p.postalCode, maxDistanceKm: p.maxDistanceKm, weeklySlots: p.weeklySlots, paused: p.status === 'paused', version: p.version };
}

before(async () => {
  testApp = await createTestApp();
  ole = await testApp.loginAs('ole');
});

after(async () => {
  await testApp.close();
});

describe("Ole's own profile", () => {
  test('Ole reads his profile, placed in Randers C, available Wednesday morning and Saturday afternoon', async () => {
    const profile = await me();
    const ids = await demoIds(testApp.database);
    assert.equal(profile.id, ids.user('ole'));
    assert.deepEqual([profile.postalCode, profile.area, profile.languages], ['8900', 'Randers C', ['da', 'en']]);
    assert.ok(profile.weeklySlots.some((s) => s.weekday === 6 && s.from === '13:00' && s.to === '18:00'));
    assert.ok(profile.weeklySlots.some((s) => s.weekday === 3 && s.from === '09:00' && s.to === '12:00'));
    assert.equal(profile.guidelinesAccepted, true);
  });

  test('he changes his availability, languages and home; the saved profile is what he sent, in order', async () => {
    const before = await me();
    const res = await put({
      ...editable(before),
      interests: ['sport', 'Svømning', 'svømning', 'koncerter'],
      languages: ['da', 'en', 'de'],
      postalCode: '8920',
      area: null,
      weeklySlots: [{ weekday: 6, from: '13:00', to: '18:00' }, { weekday: 3, from: '09:00', to: '12:00' }, { weekday: 3, from: '12:00', to: '13:30' }],
    });
    assert.equal(res.statusCode, 200, res.body);
    const saved = res.json() as Profile;
    assert.deepEqual(saved.interests, ['sport', 'Svømning', 'koncerter'], 'repeats dropped');
    assert.deepEqual([saved.postalCode, saved.area], ['8920', 'Randers NV']);
    assert.deepEqual(saved.weeklySlots, [{ weekday: 3, from: '09:00', to: '12:00' }, { weekday: 3, from: '12:00', to: '13:30' }, { weekday: 6, from: '13:00', to: '18:00' }]);
    assert.equal(saved.version, before.version + 1);
  });

  test('bad slots, an unknown language or postal code are refused with a message per field, and nothing is stored', async () => {
    const before = await me();
    const bad = await put({
      ...editable(before),
      languages: ['da', 'xx'],
      postalCode: '1234',
      weeklySlots: [{ weekday: 2, from: '10:00', to: '09:00' }, { weekday: 4, from: '10:10', to: '12:00' }, { weekday: 5, from: '25:00', to: '12:00' }],
    });
    const problem = assertProblem(bad, 400, 'validation_failed');
    assert.deepEqual(problem.errors, [
      { path: 'languages', message: 'Vælg sprog fra listen.' },
      { path: 'postalCode', message: 'Vi kender ikke postnummeret. Skriv et postnummer i eller nær kommunen, fx 8900.' },
      { path: 'weeklySlots.2.from', message: 'Skriv et klokkeslæt som TT:MM, fx 13:00.' },
    ]);
    const order = assertProblem(await put({ ...editable(before), weeklySlots: [{ weekday: 2, from: '10:00', to: '09:00' }, { weekday: 4, from: '10:10', to: '12:00' }] }), 400, 'validation_failed');
    assert.deepEqual(order.errors, [
      { path: 'weeklySlots.0.to', message: 'Sluttidspunktet skal være efter starttidspunktet.' },
      { path: 'weeklySlots.1.from', message: 'Brug hele kvarterer: 00, 15, 30 eller 45 minutter.' },
    ]);
    const overlap = assertProblem(await put({ ...editable(before), weeklySlots: [{ weekday: 6, from: '13:00', to: '18:00' }, { weekday: 6, from: '17:00', to: '19:00' }] }), 400, 'validation_failed');
    assert.deepEqual(overlap.errors, [{ path: 'weeklySlots.1.from', message: 'Tiden overlapper en anden tid samme dag. Slå dem sammen, eller ret en af dem.' }]);
    assertProblem(await put({ ...editable(before), version: before.version - 1 }), 409, 'conflict');
    assert.deepEqual(await me(), before, 'nothing stored');
  });

  test('he adds and removes an away period, pauses himself and becomes active again', async () => {
    const now = Date.now();
    const day = 86_400_000;
    const bad = assertProblem(await testApp.request(ole, { method: 'POST', url: '/api/v1/me/volunteer-profile/exceptions', payload: { kind: 'away', from: new Date(now + 5 * day).toISOString(), to: new Date(now + 2 * day).toISOString(), note: null } }), 400, 'validation_failed');
    assert.deepEqual(bad.errors, [{ path: 'to', message: 'Slut skal være efter start.' }]);
    const added = await testApp.request(ole, { method: 'POST', url: '/api/v1/me/volunteer-profile/exceptions', payload: { kind: 'away', from: new Date(now + 2 * day).toISOString(), to: new Date(now + 9 * day).toISOString(), note: 'Ferie' } });
    assert.equal(added.statusCode, 201, added.body);
    const exception = (added.json() as Profile).exceptions[0]!;
    assert.equal(exception.kind, 'away');
    const removed = await testApp.request(ole, { method: 'DELETE', url: `/api/v1/me/volunteer-profile/exceptions/${exception.id}` });
    assert.deepEqual((removed.json() as Profile).exceptions, []);

    const paused = (await put({ ...editable(await me()), paused: true })).json() as Profile;
    assert.equal(paused.status, 'paused');
    const active = (await put({ ...editable(paused), paused: false })).json() as Profile;
    assert.equal(active.status, 'active');
  });

  test('he accepts only the current version of the guidelines', async () => {
    const hanne = await testApp.loginAs('hanne');
    assert.equal((await testApp.request(hanne, { method: 'POST', url: '/api/v1/volunteer-guidelines', payload: { title: 'Retningslinjer (3. udgave)', body: 'Din rolle …', basedOnVersion: 2 } })).statusCode, 201);
    const before = await me();
    assert.deepEqual([before.guidelines.current?.version, before.guidelines.acceptedVersion, before.guidelinesAccepted], [3, 2, false]);
    const old = assertProblem(await testApp.request(ole, { method: 'POST', url: '/api/v1/me/volunteer-guidelines/accept', payload: { version: 2 } }), 409, 'conflict');
    assert.equal(old.errors?.[0]?.message, 'Der er kommet en nyere version af retningslinjerne. Læs den nyeste version, og godkend den.');
    const accepted = await testApp.request(ole, { method: 'POST', url: '/api/v1/me/volunteer-guidelines/accept', payload: { version: 3 } });
    assert.equal(accepted.statusCode, 200, accepted.body);
    assert.equal((accepted.json() as Profile).guidelinesAccepted, true);
    await assertAudited(testApp.database, accepted, { action: 'volunteer.profile', actor: ole.userId, outcome: 'allowed', resourceId: ole.userId });
  });
});

describe('only one’s own', () => {
  test('a citizen and a staff member have no volunteer profile (404), and the body cannot name another volunteer', async () => {
    for (const persona of ['mikkel', 'hanne']) {
      const session = await testApp.loginAs(persona);
      assertProblem(await testApp.request(session, { method: 'GET', url: '/api/v1/me/volunteer-profile' }), 404, 'not_found');
      assertProblem(await put(editable(await me()), session), 404, 'not_found');
    }
    const before = await me();
    assertProblem(await put({ ...editable(before), userId: '0190a000-0000-7000-8000-000000000000' }), 400, 'validation_failed');
  });

  test('a stopped volunteer’s login closes at once: their profile answers 401, the coordinator still sees it', async () => {
    const hanne = await testApp.loginAs('hanne');
    const current = await me();
    const stop = await testApp.request(hanne, { method: 'PATCH', url: `/api/v1/volunteers/${ole.userId}`, payload: { status: 'stopped', stopReason: 'Holder pause fra frivilligt arbejde.', version: current.version } });
    assert.equal(stop.statusCode, 200, stop.body);
    assertProblem(await put({ ...editable(current), paused: false, version: (stop.json() as { version: number }).version }), 401, 'unauthenticated');
    const seen = await testApp.request(hanne, { method: 'GET', url: `/api/v1/volunteers/${ole.userId}` });
    assert.equal((seen.json() as { status: string }).status, 'stopped');
  });
});
