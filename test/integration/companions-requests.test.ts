import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { newId } from '../../src/platform/ids.js';
import { outboxHandlers } from '../../src/platform/outbox/handlers.js';
import { processOutboxOnce } from '../../src/platform/outbox/worker.js';
import { sessionCache } from '../support/referral-fixture.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { companionState, createCompanionWorld, expectStatus, instantOn, requestBody, saturday, type CompanionWorld } from '../support/companions-world.js';

/**
 * Companion requests end to end through the API: the bad input (nothing stored), the matches (who can go and
 * in which order, with reasons in words), assignment and the volunteer's answer, and the messages the outbox sends
 * once after the commit.
 */

let t: TestApp;
let w: CompanionWorld;
let sessions: ReturnType<typeof sessionCache>;
const silent = { error() {}, warn() {}, info() {} };
const as = (persona: string) => sessions.as(persona);
const post = async (persona: string, url: string, payload: unknown) => t.request(await as(persona), { method: 'POST', url, payload: payload as Record<string, unknown> });
const get = async (persona: string, url: string) => t.request(await as(persona), { method: 'GET', url });
const create = async (n: number, over: Record<string, unknown> = {}, persona = 'anders') => expectStatus(await post(persona, '/api/v1/companion-requests', requestBody(w, n, over)), 201);
const processOutbox = (now = new Date()) => processOutboxOnce(t.database.db, outboxHandlers(silent), silent, now);
const problemText = (body: Record<string, any>) => ((body.errors ?? []) as { message: string }[]).map((e) => e.message).join(' ');
const drainOutbox = async () => {
  while ((await processOutbox()) > 0);
};

before(async () => {
  t = await createTestApp();
  w = await createCompanionWorld(t);
  sessions = sessionCache(t);
  // Every message the demo wrote is sent first, so the tests below count only their own.
  await drainOutbox();
});

after(async () => {
  await t?.close();
});

describe('bad input: a clear translated error and nothing stored', () => {
  const refused = async (fn: () => Promise<{ statusCode: number; body: string; json(): unknown }>, status: number, text: RegExp) => {
    const before = await companionState(t);
    const res = await fn();
    assert.equal(res.statusCode, status, res.body);
    assert.match(problemText(res.json() as Record<string, any>), text);
    assert.equal(await companionState(t), before, 'nothing stored, no message written');
  };
  test('a request in the past', async () => {
    const past = new Date(Date.now() - 86_400_000);
    await refused(() => post('anders', '/api/v1/companion-requests', requestBody(w, 0, { startsAt: past.toISOString(), endsAt: new Date(past.getTime() + 7_200_000).toISOString() })), 400, /Tidspunktet er gået/);
  });
  test('an end before the start', async () => {
    await refused(() => post('anders', '/api/v1/companion-requests', requestBody(w, 0, { endsAt: instantOn(saturday(new Date(), 0), '13:00') })), 400, /slutte efter/);
  });
  test('a time the citizen already has an accompaniment', async () => {
    await create(1);
    await refused(() => post('mikkel', '/api/v1/companion-requests', requestBody(w, 1, { startsAt: instantOn(saturday(new Date(), 1), '15:00'), endsAt: instantOn(saturday(new Date(), 1), '17:00') })), 409, /allerede en tur med en frivillig på det tidspunkt: Håndboldkamp/);
  });
  test('an unknown course', async () => {
    await refused(() => post('anders', '/api/v1/companion-requests', requestBody(w, 2, { requiredCourse: 'dykkercertifikat' })), 400, /Kurset findes ikke/);
  });
  test('a volunteer assigned twice at the same time', async () => {
    const first = await create(3);
    expectStatus(await post('hanne', `/api/v1/companion-requests/${first.id}/assignment`, { volunteerUserId: w.users.kurt, version: 1 }), 200);
    const second = await create(3, { citizenId: w.birthe, startsAt: instantOn(saturday(new Date(), 3), '15:00'), endsAt: instantOn(saturday(new Date(), 3), '17:00') });
    await refused(() => post('hanne', `/api/v1/companion-requests/${second.id}/assignment`, { volunteerUserId: w.users.kurt, version: 1 }), 409, /Kurt Frivillig skal allerede følge en anden borger/);
  });
  test('an unqualified volunteer for a task that needs a course', async () => {
    const request = await create(4, { requiredCourse: 'foerstehjaelp' });
    await refused(() => post('hanne', `/api/v1/companion-requests/${request.id}/assignment`, { volunteerUserId: w.users.ole, version: 1 }), 409, /Ole Nielsen har ikke kurset «Førstehjælp»/);
    expectStatus(await post('hanne', `/api/v1/companion-requests/${request.id}/assignment`, { volunteerUserId: w.users.kurt, version: 1 }), 200);
  });
  test('volunteers who cannot go, each told why', async () => {
    const request = await create(5);
    const url = `/api/v1/companion-requests/${request.id}/assignment`;
    await refused(() => post('hanne', url, { volunteerUserId: w.users.sanne, version: 1 }), 409, /har meldt fravær/);
    await refused(() => post('hanne', url, { volunteerUserId: w.users.fjern, version: 1 }), 409, /km fra Frede Fjern, som højst vil 10 km/);
    await refused(() => post('hanne', url, { volunteerUserId: w.users.udloebet, version: 1 }), 409, /straffeattest er udløbet/);
    await refused(() => post('hanne', url, { volunteerUserId: w.users.tirsdag, version: 1 }), 409, /uden for Tage Tirsdags faste tider/);
    await refused(() => post('hanne', url, { volunteerUserId: w.users.pause, version: 1 }), 400, /ikke aktiv/);
    await refused(() => post('hanne', url, { volunteerUserId: w.users.ole, version: 7 }), 409, /.*/);
  });
});

describe('matches', () => {
  test('who can go, best first: continuity, then shared interests, with reasons in words', async () => {
    // Ole went with Mikkel once before.
    const now = new Date();
    await t.database.db
      .insertInto('companion_request')
      .values({ tenant_id: w.tenantId, request_id: newId(), citizen_id: w.mikkel, activity: 'Svømning', starts_at: new Date(now.getTime() - 30 * 86_400_000), ends_at: new Date(now.getTime() - 30 * 86_400_000 + 3_600_000), meeting_place: 'Svømmehallen', requested_by_role: 'staff', status: 'done', volunteer_user_id: w.users.ole, created_at: now, updated_at: now })
      .execute();
    const request = await create(6);
    const matches = expectStatus(await get('hanne', `/api/v1/companion-requests/${request.id}/matches`), 200);
    assert.deepEqual(matches.items.map((m: { volunteer: { name: string } }) => m.volunteer.name), ['Ole Nielsen', 'Kurt Frivillig']);
    assert.equal(matches.total, 2);
    const [ole, kurt] = matches.items;
    assert.deepEqual(ole.reasons.slice(0, 2), ['Har fulgt Mikkel 1 gang', 'Kan lide sport']);
    assert.match(ole.reasons.at(-1), /^\d+,\d km væk$/);
    assert.equal(ole.timesWithCitizen, 1);
    assert.deepEqual(kurt.sharedInterests, ['håndbold']);
  });
  test('a required course leaves only those who hold it; a booked volunteer drops out', async () => {
    const withCourse = await create(7, { requiredCourse: 'foerstehjaelp' });
    const matches = expectStatus(await get('hanne', `/api/v1/companion-requests/${withCourse.id}/matches`), 200);
    assert.deepEqual(matches.items.map((m: { volunteer: { name: string } }) => m.volunteer.name), ['Kurt Frivillig']);
    const other = await create(7, { citizenId: w.birthe });
    expectStatus(await post('hanne', `/api/v1/companion-requests/${withCourse.id}/assignment`, { volunteerUserId: w.users.kurt, version: 1 }), 200);
    const after = expectStatus(await get('hanne', `/api/v1/companion-requests/${other.id}/matches`), 200);
    assert.deepEqual(after.items.map((m: { volunteer: { name: string } }) => m.volunteer.name), ['Ole Nielsen']);
  });
  test('a volunteer who marks themself away through their profile leaves the kept matches at once', async () => {
    const request = await create(20);
    const url = `/api/v1/companion-requests/${request.id}/matches`;
    const names = (body: Record<string, any>) => body.items.map((m: { volunteer: { name: string } }) => m.volunteer.name);
    assert.ok(names(expectStatus(await get('hanne', url), 200)).includes('Ole Nielsen'), 'Ole can go, and the list is now kept');
    const away = { kind: 'away', from: new Date(new Date(request.startsAt).getTime() - 3_600_000).toISOString(), to: new Date(new Date(request.endsAt).getTime() + 3_600_000).toISOString() };
    expectStatus(await post('ole', '/api/v1/me/volunteer-profile/exceptions', away), 201);
    assert.ok(!names(expectStatus(await get('hanne', url), 200)).includes('Ole Nielsen'), 'the kept list was forgotten when Ole’s change committed');
  });
  test('a request across midnight is covered only by extra time', async () => {
    const date = saturday(new Date(), 8);
    const request = await create(8, { startsAt: instantOn(date, '22:00'), endsAt: new Date(new Date(instantOn(date, '22:00')).getTime() + 3 * 3_600_000).toISOString() });
    assert.equal(expectStatus(await get('hanne', `/api/v1/companion-requests/${request.id}/matches`), 200).total, 0);
    await t.database.db.insertInto('volunteer_availability_exception').values({ tenant_id: w.tenantId, exception_id: newId(), user_id: w.users.tirsdag, kind: 'extra', from_at: new Date(instantOn(date, '20:00')), to_at: new Date(new Date(instantOn(date, '20:00')).getTime() + 8 * 3_600_000), note: null }).execute();
    const { companionMatchAnswers } = await import('../../src/features/companions/match-cache.js');
    companionMatchAnswers.forget(w.tenantId);
    const matches = expectStatus(await get('hanne', `/api/v1/companion-requests/${request.id}/matches`), 200);
    assert.deepEqual(matches.items.map((m: { volunteer: { name: string } }) => m.volunteer.name), ['Tage Tirsdag']);
  });
});

describe('the trip and its messages', () => {
  const sent = () => t.database.db.selectFrom('sent_message').selectAll().where('tenant_id', '=', w.tenantId).orderBy('sent_at').execute();
  let requestId = '';
  test('assignment writes the volunteer’s e-mail in the same transaction; the outbox sends it once', async () => {
    await drainOutbox();
    const request = await create(9);
    requestId = request.id;
    const before = (await sent()).length;
    expectStatus(await post('hanne', `/api/v1/companion-requests/${requestId}/assignment`, { volunteerUserId: w.users.ole, version: 1 }), 200);
    const queued = await t.database.db.selectFrom('outbox').selectAll().where('topic', '=', 'companion.message').where('processed_at', 'is', null).execute();
    assert.deepEqual(queued.map((q) => (q.payload as { event: string; to: string }).event + '>' + (q.payload as { to: string }).to), ['assigned>volunteer']);
    await processOutbox();
    await processOutbox();
    // Delivered twice (at-least-once), stored once.
    await t.database.db.updateTable('outbox').set({ processed_at: null }).where('message_id', '=', queued[0]!.message_id).execute();
    await processOutbox();
    const messages = (await sent()).slice(before);
    assert.equal(messages.length, 1);
    assert.equal(messages[0]!.channel, 'email');
    assert.equal(messages[0]!.recipient, 'ole@frivillig.test');
    assert.match(messages[0]!.body ?? '', /^Hej Ole\. Vil du følge Mikkel til Håndboldkamp: Randers HH mod Aalborg lørdag den \d+\. \w+ kl\. 14\.00\? I mødes ved Arena Randers, indgang A\./);
  });
  test('Ole accepts: Mikkel gets a text message saying who is coming; reminders wait until a day before', async () => {
    const before = (await sent()).length;
    const trip = expectStatus(await post('ole', `/api/v1/companion-requests/${requestId}/answer`, { accept: true, version: 2 }), 200);
    assert.equal(trip.status, 'accepted');
    await processOutbox();
    const now = (await sent()).slice(before);
    assert.deepEqual(now.map((m) => [m.channel, m.recipient]), [['sms', '22 33 44 55']]);
    assert.match(now[0]!.body ?? '', /^Ole kommer med dig til Håndboldkamp: Randers HH mod Aalborg lørdag den \d+\. \w+ kl\. 14\.00\. I mødes ved Arena Randers, indgang A\.$/);
    const mine = expectStatus(await get('mikkel', '/api/v1/me/companion-requests'), 200);
    assert.equal(mine.items.find((i: { id: string }) => i.id === requestId).text, now[0]!.body);
    const dayBefore = new Date(new Date(instantOn(saturday(new Date(), 9), '14:00')).getTime() - 23 * 3_600_000);
    await processOutbox(dayBefore);
    const reminders = (await sent()).slice(before + 1);
    assert.deepEqual(reminders.map((m) => m.recipient).sort(), ['22 33 44 55', 'ole@frivillig.test']);
    assert.ok(reminders.every((m) => (m.body ?? '').startsWith('Husk')));
  });
  test('a reminder for a trip cancelled meanwhile is not sent; both hear of the cancellation', async () => {
    const request = await create(11);
    expectStatus(await post('hanne', `/api/v1/companion-requests/${request.id}/assignment`, { volunteerUserId: w.users.ole, version: 1 }), 200);
    expectStatus(await post('ole', `/api/v1/companion-requests/${request.id}/answer`, { accept: true, version: 2 }), 200);
    await drainOutbox();
    const before = (await sent()).length;
    const res = await post('mikkel', `/api/v1/companion-requests/${request.id}/cancel`, { reason: 'Jeg er syg.', version: 3 });
    assert.equal(res.statusCode, 204, res.body);
    const row = await t.database.db.selectFrom('companion_request').selectAll().where('request_id', '=', request.id).executeTakeFirstOrThrow();
    assert.deepEqual([row.status, row.cancelled_by, row.cancelled_by_role, row.cancel_reason], ['cancelled', w.users.mikkel, 'citizen', 'Jeg er syg.']);
    await processOutbox(new Date(new Date(instantOn(saturday(new Date(), 11), '14:00')).getTime() - 3_600_000));
    const after = (await sent()).slice(before);
    assert.deepEqual(after.map((m) => m.body?.startsWith('Turen') ? 'cancelled' : 'other').sort(), ['cancelled', 'cancelled']);
  });
  test('afterwards: hours, both evaluations, and the coordinator marks it done', async () => {
    await t.database.db.updateTable('companion_request').set({ starts_at: new Date(Date.now() - 5 * 3_600_000), ends_at: new Date(Date.now() - 3 * 3_600_000) }).where('request_id', '=', requestId).execute();
    const trip = expectStatus(await post('ole', `/api/v1/companion-requests/${requestId}/hours`, { minutes: 150 }), 200);
    assert.equal(trip.minutesLogged, 150);
    assert.equal((await post('ole', `/api/v1/companion-requests/${requestId}/evaluation`, { smiley: 3, comment: 'God kamp.' })).statusCode, 204);
    assert.equal((await post('mikkel', `/api/v1/companion-requests/${requestId}/evaluation`, { smiley: 3 })).statusCode, 204);
    const done = expectStatus(await post('hanne', `/api/v1/companion-requests/${requestId}/outcome`, { outcome: 'done', version: 4 }), 200);
    assert.equal(done.status, 'done');
    assert.deepEqual(done.evaluations.map((e: { side: string; smiley: number }) => [e.side, e.smiley]).sort(), [['citizen', 3], ['volunteer', 3]]);
    assert.equal((await post('hanne', `/api/v1/companion-requests/${requestId}/evaluation`, { smiley: 1 })).statusCode, 403);
  });
  test('a volunteer takes an open request themself, with the same checks', async () => {
    const request = await create(12, { requiredCourse: 'foerstehjaelp' });
    const refused = await post('ole', `/api/v1/companion-requests/${request.id}/take`, { version: 1 });
    assert.equal(refused.statusCode, 409, refused.body);
    const taken = expectStatus(await post('c1-kurt', `/api/v1/companion-requests/${request.id}/take`, { version: 1 }), 200);
    assert.deepEqual([taken.status, taken.citizenFirstName], ['accepted', 'Mikkel']);
  });
});
