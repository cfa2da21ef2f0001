import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { InjectOptions } from 'fastify';
import { sessionCache } from '../support/referral-fixture.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { auditOfRequest, requestIdOf } from '../support/platform-helpers.js';
import { createCompanionWorld, expectStatus, requestBody, type CompanionWorld } from '../support/companions-world.js';

/**
 * Who may do what with companion requests: the citizen, their team, a relative with a consent to the citizen's leisure
 * life, the coordinator, the volunteer on the trip, another volunteer, staff outside the team, another municipality,
 * no login. A volunteer reaches only their own trips' minimal data — never the citizen's plan or record.
 */

let t: TestApp;
let w: CompanionWorld;
let sessions: ReturnType<typeof sessionCache>;
let requestId = '';
let n = 0;

type Who = 'citizen' | 'relative' | 'team' | 'other-staff' | 'coordinator' | 'volunteer' | 'other-volunteer' | 'other-municipality' | 'anonymous';
const personaOf: Record<Exclude<Who, 'anonymous'>, string> = {
  citizen: 'mikkel',
  relative: 'louise',
  team: 'anders',
  'other-staff': 'mette',
  coordinator: 'hanne',
  volunteer: 'ole',
  'other-volunteer': 'c1-kurt',
  'other-municipality': 'soeby-camilla',
};
const everyone = Object.keys(personaOf).concat('anonymous') as Who[];
const call = async (who: Who, options: InjectOptions) => t.request(who === 'anonymous' ? null : await sessions.as(personaOf[who]), options);

before(async () => {
  t = await createTestApp();
  w = await createCompanionWorld(t);
  sessions = sessionCache(t);
  // One request of Mikkel's, given to Ole and accepted.
  const created = expectStatus(await t.request(await sessions.as('anders'), { method: 'POST', url: '/api/v1/companion-requests', payload: requestBody(w, 0) }), 201);
  requestId = created.id;
  expectStatus(await t.request(await sessions.as('hanne'), { method: 'POST', url: `/api/v1/companion-requests/${requestId}/assignment`, payload: { volunteerUserId: w.users.ole, version: 1 } }), 200);
  expectStatus(await t.request(await sessions.as('ole'), { method: 'POST', url: `/api/v1/companion-requests/${requestId}/answer`, payload: { accept: true, version: 2 } }), 200);
});

after(async () => {
  await t?.close();
});

const routes: { name: string; request: (who: Who) => InjectOptions; expected: Record<Who, number> }[] = [
  {
    name: 'POST /api/v1/companion-requests',
    request: () => ({ method: 'POST', url: '/api/v1/companion-requests', payload: requestBody(w, 10 + n++) }),
    expected: { citizen: 201, relative: 201, team: 201, 'other-staff': 404, coordinator: 404, volunteer: 404, 'other-volunteer': 404, 'other-municipality': 404, anonymous: 401 },
  },
  {
    name: 'GET /api/v1/companion-requests/{id}',
    request: () => ({ method: 'GET', url: `/api/v1/companion-requests/${requestId}` }),
    expected: { citizen: 200, relative: 200, team: 200, 'other-staff': 404, coordinator: 200, volunteer: 404, 'other-volunteer': 404, 'other-municipality': 404, anonymous: 401 },
  },
  {
    name: 'GET /api/v1/companion-requests',
    request: () => ({ method: 'GET', url: '/api/v1/companion-requests' }),
    expected: { citizen: 403, relative: 403, team: 403, 'other-staff': 403, coordinator: 200, volunteer: 403, 'other-volunteer': 403, 'other-municipality': 403, anonymous: 401 },
  },
  {
    name: 'GET /api/v1/companion-requests/{id}/matches',
    request: () => ({ method: 'GET', url: `/api/v1/companion-requests/${requestId}/matches` }),
    expected: { citizen: 403, relative: 403, team: 403, 'other-staff': 403, coordinator: 200, volunteer: 403, 'other-volunteer': 403, 'other-municipality': 403, anonymous: 401 },
  },
  {
    name: 'GET /api/v1/citizens/{id}/companion-requests',
    request: () => ({ method: 'GET', url: `/api/v1/citizens/${w.mikkel}/companion-requests` }),
    expected: { citizen: 200, relative: 200, team: 200, 'other-staff': 404, coordinator: 404, volunteer: 404, 'other-volunteer': 404, 'other-municipality': 404, anonymous: 401 },
  },
  {
    name: 'GET /api/v1/me/accompaniments/{id}',
    request: () => ({ method: 'GET', url: `/api/v1/me/accompaniments/${requestId}` }),
    expected: { citizen: 404, relative: 404, team: 404, 'other-staff': 404, coordinator: 404, volunteer: 200, 'other-volunteer': 404, 'other-municipality': 404, anonymous: 401 },
  },
  {
    name: 'POST /api/v1/companion-requests/{id}/hours (before the trip)',
    request: () => ({ method: 'POST', url: `/api/v1/companion-requests/${requestId}/hours`, payload: { minutes: 120 } }),
    expected: { citizen: 409, relative: 409, team: 409, 'other-staff': 404, coordinator: 403, volunteer: 409, 'other-volunteer': 404, 'other-municipality': 404, anonymous: 401 },
  },
  {
    name: 'GET /api/v1/citizens/{id}/plan',
    request: () => ({ method: 'GET', url: `/api/v1/citizens/${w.mikkel}/plan` }),
    expected: { citizen: 200, relative: 200, team: 200, 'other-staff': 404, coordinator: 404, volunteer: 404, 'other-volunteer': 404, 'other-municipality': 404, anonymous: 401 },
  },
  {
    name: 'GET /api/v1/citizens/{id}',
    request: () => ({ method: 'GET', url: `/api/v1/citizens/${w.mikkel}` }),
    expected: { citizen: 200, relative: 404, team: 200, 'other-staff': 404, coordinator: 404, volunteer: 404, 'other-volunteer': 404, 'other-municipality': 404, anonymous: 401 },
  },
];

describe('the access matrix', () => {
  for (const route of routes) {
    for (const who of everyone) {
      test(`${route.name} as ${who}: ${route.expected[who]}`, async () => {
        const res = await call(who, route.request(who));
        assert.equal(res.statusCode, route.expected[who], res.body);
      });
    }
  }
});

describe('what a volunteer sees', () => {
  test('their trip: the first name, where and when, the needs and the note, the day contact — nothing else', async () => {
    const trip = expectStatus(await call('volunteer', { method: 'GET', url: `/api/v1/me/accompaniments/${requestId}` }), 200);
    assert.deepEqual(Object.keys(trip).sort(), ['activity', 'canEvaluate', 'canLogHours', 'citizenFirstName', 'dayContact', 'endsAt', 'id', 'meetingLat', 'meetingLon', 'meetingPlace', 'minutesLogged', 'moves', 'myEvaluation', 'needs', 'needsNote', 'requiredCourse', 'startsAt', 'status', 'version']);
    assert.equal(trip.citizenFirstName, 'Mikkel');
    assert.deepEqual(trip.dayContact, { name: 'Louise', phone: '22 41 87 30' });
    assert.equal(trip.status, 'accepted');
    for (const secret of ['Følgesen', w.mikkel, '120491', '1235']) assert.ok(!JSON.stringify(trip).includes(secret), `the trip does not show ${secret}`);
  });
  test('the list holds only their own trips, with the same minimal data', async () => {
    const mine = expectStatus(await call('volunteer', { method: 'GET', url: '/api/v1/me/accompaniments' }), 200);
    const ids = mine.items.map((i: { id: string }) => i.id);
    assert.ok(ids.includes(requestId));
    const owners = await t.database.db.selectFrom('companion_request').select('volunteer_user_id').where('request_id', 'in', ids).execute();
    assert.deepEqual([...new Set(owners.map((o) => o.volunteer_user_id))], [w.users.ole], "only Ole's own trips (the demo's included)");
    assert.ok(!JSON.stringify(mine).includes('Følgesen'));
    const other = expectStatus(await call('other-volunteer', { method: 'GET', url: '/api/v1/me/accompaniments' }), 200);
    assert.deepEqual(other.items, []);
  });
  test('open requests a volunteer could take show no name, note or contact', async () => {
    const open = expectStatus(await call('other-volunteer', { method: 'GET', url: '/api/v1/me/open-companion-requests' }), 200);
    assert.ok(open.items.length > 0, 'the matrix made open requests Kurt can take');
    for (const item of open.items) {
      assert.equal(item.citizenFirstName, null);
      assert.equal(item.dayContact, null);
      assert.equal(item.needsNote, null);
      assert.deepEqual(item.moves, ['take']);
    }
    assert.ok(!JSON.stringify(open).includes('Mikkel'));
  });
  test('a denied read of the plan is audited', async () => {
    const res = await call('volunteer', { method: 'GET', url: `/api/v1/citizens/${w.mikkel}/plan` });
    assert.equal(res.statusCode, 404);
    const rows = await auditOfRequest(t.database, requestIdOf(res));
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.outcome, 'denied');
  });
  test("the coordinator's reads are audited with the citizen", async () => {
    const res = await call('coordinator', { method: 'GET', url: `/api/v1/companion-requests/${requestId}` });
    const rows = await auditOfRequest(t.database, requestIdOf(res));
    assert.deepEqual(rows.map((r) => [r.action, r.outcome, r.citizen_id]), [['companion.coordinate', 'allowed', w.mikkel]]);
  });
});

describe('relatives', () => {
  test('a relative without a consent to the leisure life cannot ask on the citizen’s behalf', async () => {
    const res = await call('relative', { method: 'POST', url: '/api/v1/companion-requests', payload: requestBody(w, 30, { citizenId: w.birthe }) });
    assert.equal(res.statusCode, 404, res.body);
  });
  test('a request made by the relative is recorded as theirs', async () => {
    const created = expectStatus(await call('relative', { method: 'POST', url: '/api/v1/companion-requests', payload: requestBody(w, 31) }), 201);
    assert.equal(created.requestedByRole, 'relative');
    assert.equal(created.requestedByName, 'Louise Sørensen');
  });
});
