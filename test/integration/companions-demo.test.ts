import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sessionCache } from '../support/referral-fixture.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { expectStatus } from '../support/companions-world.js';

/** The demo's trips (DEMO.md): Birthe swims with Ole every week; Mikkel's handball request has Ole first among the matches. */

let t: TestApp;
let sessions: ReturnType<typeof sessionCache>;

before(async () => {
  t = await createTestApp();
  sessions = sessionCache(t);
});
after(async () => {
  await t?.close();
});

test("Birthe's ten Thursdays with Ole: done with smileys and hours, one cancelled by her side, one missed, and the next one agreed", async () => {
  const list = expectStatus(await t.request(await sessions.as('hanne'), { method: 'GET', url: '/api/v1/companion-requests?limit=500' }), 200);
  const birthe = list.items.filter((r: { citizen: { firstName: string } }) => r.citizen.firstName === 'Birthe');
  const count = (status: string) => birthe.filter((r: { status: string }) => r.status === status).length;
  assert.deepEqual([count('done'), count('cancelled'), count('missed'), count('accepted')], [8, 1, 1, 1]);
  assert.ok(birthe.every((r: { volunteer: { name: string } }) => r.volunteer?.name === 'Ole Nielsen'));
  const cancelled = birthe.find((r: { status: string }) => r.status === 'cancelled');
  assert.equal(cancelled.cancelledByRole, 'citizen');
  const done = birthe.filter((r: { status: string }) => r.status === 'done');
  assert.ok(done.every((r: { minutesLogged: number; evaluations: unknown[] }) => r.minutesLogged === 90 && r.evaluations.length === 2));
  assert.ok(list.items.length >= 30, `about twenty more trips: ${list.items.length}`);
});

test("Mikkel's open request for a handball match, made by Anders Holm, with Ole ranked first", async () => {
  const hanne = await sessions.as('hanne');
  const open = expectStatus(await t.request(hanne, { method: 'GET', url: '/api/v1/companion-requests?status=open' }), 200);
  const mikkel = open.items.find((r: { citizen: { firstName: string } }) => r.citizen.firstName === 'Mikkel');
  assert.equal(mikkel.requestedByName, 'Anders Holm');
  assert.match(mikkel.activity, /^Håndboldkamp/);
  const matches = expectStatus(await t.request(hanne, { method: 'GET', url: `/api/v1/companion-requests/${mikkel.id}/matches` }), 200);
  assert.equal(matches.items[0]?.volunteer.name, 'Ole Nielsen', JSON.stringify(matches.items.map((m: { volunteer: { name: string } }) => m.volunteer.name)));
  assert.ok(matches.items[0].reasons.includes('Kan lide sport'));
});
