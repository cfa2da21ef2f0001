import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { copenhagenToday } from '../../src/domain/copenhagen-time.js';
import { copenhagenInstant } from '../../src/domain/copenhagen-wall-clock.js';
import { peerGuideMessage, type PeerGuideMessageKey } from '../../src/features/peer-guides/peer-guide-messages.js';
import { newId } from '../../src/platform/ids.js';
import { assertAudited, assertProblem, auditOfRequest, requestIdOf } from '../support/platform-helpers.js';
import { expectStatus, sessionCache } from '../support/referral-fixture.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Booking peer guides through the API: who may book and read (social-area and job-centre staff book; a conversation
 * for a citizen needs the booker on the citizen's team, else 404), the guide's own view (first name and note only,
 * audited in the citizen's log; the plan stays 404), the coordinator's view without the citizen, another municipality
 * seeing nothing; every bad input refused with a translated message and nothing stored; capacity of a course;
 * cancelling and logging the time. The hours report is in peer-guides-hours.test.ts.
 */

let t: TestApp;
let sessions: ReturnType<typeof sessionCache>;
const as = (persona: string) => sessions.as(persona);
const db = () => t.database.db;
const w = { tenant: '', kim: '', sanne: '', henriette: '', brian: '', mikkel: '', thomas: '', jobUnge: '' };

/** A weekday some days ahead at a Danish wall-clock time, far enough out that the demo's bookings are not in the way. */
const ahead = (days: number, time: string) => {
  const date = new Date(t.clock.now.getTime() + days * 86_400_000);
  while ([0, 6].includes(new Date(`${copenhagenToday(date)}T12:00:00Z`).getUTCDay())) date.setTime(date.getTime() + 86_400_000);
  return copenhagenInstant(copenhagenToday(date), time).toISOString();
};
const userNamed = async (name: string) => (await db().selectFrom('app_user').select('user_id').where('tenant_id', '=', w.tenant).where('display_name', '=', name).executeTakeFirstOrThrow()).user_id;
const bookingRows = () => db().selectFrom('peer_guide_booking').selectAll().orderBy('booking_id').execute();
const state = async () => JSON.stringify({ bookings: await bookingRows(), participants: await db().selectFrom('peer_guide_participant').selectAll().orderBy('participant_id').execute() });

/** Runs a refused request and proves nothing about bookings and sign-ups changed. */
async function refused(fn: () => Promise<LightMyRequestResponse>): Promise<LightMyRequestResponse> {
  const before = await state();
  const res = await fn();
  assert.ok((await state()) === before, 'nothing stored in the booking tables');
  return res;
}

/** The problem names the field with the message of `key`; a placeholder not given in `values` may be anything. */
function assertFieldMessage(res: LightMyRequestResponse, status: number, path: string, key: PeerGuideMessageKey, values: Record<string, string> = {}) {
  const body = assertProblem(res, status, status === 409 ? 'conflict' : 'validation_failed');
  const anything = new Proxy(values, { get: (given, name: string) => given[name] ?? '\u0000' });
  const template = peerGuideMessage('da', key, anything);
  const pattern = new RegExp(`^${template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\u0000/g, '.+')}$`);
  assert.ok(body.errors?.some((e) => e.path === path && pattern.test(e.message)), `expected "${template}" on ${path}: ${JSON.stringify(body.errors)}`);
}

const talk = (overrides: Record<string, unknown> = {}) => ({
  guideId: w.kim,
  kind: 'talk',
  title: 'Oplæg for jobkonsulenter',
  audience: 'Jobkonsulenter i Jobcenter — unge',
  startsAt: ahead(40, '09:00'),
  endsAt: ahead(40, '10:30'),
  place: 'Jobcentret, lokale 3.14',
  ...overrides,
});
const book = async (persona: string, payload: Record<string, unknown>) => t.request(await as(persona), { method: 'POST', url: '/api/v1/peer-guide-bookings', payload });

before(async () => {
  t = await createTestApp();
  sessions = sessionCache(t);
  w.tenant = (await db().selectFrom('tenant').select('tenant_id').where('slug', '=', 'randers').executeTakeFirstOrThrow()).tenant_id;
  w.kim = await userNamed('Kim Andersen');
  w.sanne = await userNamed('Sanne Vinther');
  w.henriette = await userNamed('Henriette Bak');
  w.brian = await userNamed('Brian Kjeldgaard');
  w.thomas = await userNamed('Thomas Bruun');
  w.mikkel = (await db().selectFrom('citizen').select('citizen_id').where('tenant_id', '=', w.tenant).where('first_name', '=', 'Mikkel').where('last_name', '=', 'Sørensen').executeTakeFirstOrThrow()).citizen_id;
  w.jobUnge = (await db().selectFrom('org_unit').select('unit_id').where('tenant_id', '=', w.tenant).where('name', '=', 'Jobcenter — unge').executeTakeFirstOrThrow()).unit_id;
});

after(async () => {
  await t?.close();
});

describe('who may read the guides', () => {
  test('without a login: 401 on every route', async () => {
    for (const [method, url] of [['GET', '/api/v1/peer-guides'], ['GET', `/api/v1/peer-guides/${w.kim}`], ['POST', '/api/v1/peer-guide-bookings'], ['GET', '/api/v1/me/peer-guide-bookings'], ['GET', '/api/v1/peer-guide-hours?from=2026-01-01&to=2026-12-31']] as const) {
      assertProblem(await t.request(null, { method, url, ...(method === 'POST' && { payload: talk() }) }), 401, 'unauthenticated');
    }
  });

  test('staff of the social area and the job centre list the active guides with their areas and busy times, audited', async () => {
    for (const persona of ['anders', 'thomas', 'hanne', 'karen']) {
      const res = await t.request(await as(persona), { method: 'GET', url: '/api/v1/peer-guides' });
      const body = expectStatus(res, 200);
      const kim = body.items.find((g: { id: string }) => g.id === w.kim);
      assert.deepEqual(kim.experienceAreas, ['acquired-brain-injury'], persona);
      assert.equal(kim.bookable, true);
      assert.ok(kim.busy.length >= 3, 'Kim is busy with the upcoming demo bookings');
      for (const slot of kim.busy) assert.deepEqual(Object.keys(slot).sort(), ['endsAt', 'startsAt'], 'busy slots say when, not what');
      assert.equal(body.items.find((g: { id: string }) => g.id === w.henriette).bookable, false, 'a guide in training is shown but cannot be booked');
      await assertAudited(t.database, res, { action: 'peer-guide.read', actor: (await as(persona)).userId, outcome: 'allowed' });
    }
  });

  test('filtered by area of lived experience', async () => {
    const body = expectStatus(await t.request(await as('anders'), { method: 'GET', url: '/api/v1/peer-guides?area=autism' }), 200);
    assert.deepEqual(body.items.map((g: { name: string }) => g.name), ['Sanne Vinther']);
    assertProblem(await t.request(await as('anders'), { method: 'GET', url: '/api/v1/peer-guides?area=knitting' }), 400, 'validation_failed');
  });

  test('a guide, a citizen and a volunteer may not browse the guides (403); another municipality sees none', async () => {
    for (const persona of ['kim', 'mikkel', 'ole']) assertProblem(await t.request(await as(persona), { method: 'GET', url: '/api/v1/peer-guides' }), 403, 'forbidden');
    const soeby = await as('soeby-camilla');
    assert.deepEqual(expectStatus(await t.request(soeby, { method: 'GET', url: '/api/v1/peer-guides' }), 200).items, []);
    assertProblem(await t.request(soeby, { method: 'GET', url: `/api/v1/peer-guides/${w.kim}` }), 404, 'not_found');
  });
});

describe('booking', () => {
  let thomasTalk = '';

  test('Thomas of the job centre books Kim for a talk: jobcenter pays by default, his unit is recorded, audited', async () => {
    const res = await book('thomas', talk());
    const body = expectStatus(res, 201);
    thomasTalk = body.id;
    assert.equal(body.fundingSource, 'jobcenter');
    assert.deepEqual(body.bookedBy, { name: 'Thomas Bruun', unitName: 'Jobcenter — unge' });
    assert.equal(body.status, 'booked');
    const row = await db().selectFrom('peer_guide_booking').selectAll().where('booking_id', '=', body.id).executeTakeFirstOrThrow();
    assert.equal(row.booked_by, w.thomas);
    assert.equal(row.booked_by_unit_id, w.jobUnge);
    assert.equal(row.guide_user_id, w.kim);
    await assertAudited(t.database, res, { action: 'peer-guide.book', actor: w.thomas, outcome: 'allowed', resourceId: body.id });
  });

  test('a social-area worker\'s booking is paid by the social area; a chosen source is kept', async () => {
    const social = expectStatus(await book('anders', talk({ guideId: w.sanne, audience: 'Kolleger i Mestringsvejledning Nord', startsAt: ahead(41, '09:00'), endsAt: ahead(41, '10:00') })), 201);
    assert.equal(social.fundingSource, 'social');
    const project = expectStatus(await book('anders', talk({ guideId: w.sanne, startsAt: ahead(41, '13:00'), endsAt: ahead(41, '14:00'), fundingSource: 'project' })), 201);
    assert.equal(project.fundingSource, 'project');
  });

  test('bad input: a translated message on the field and nothing stored', async () => {
    const past = new Date(t.clock.now.getTime() - 3_600_000).toISOString();
    assertFieldMessage(await refused(() => book('thomas', talk({ startsAt: past, endsAt: new Date(t.clock.now.getTime() - 60_000).toISOString() }))), 400, 'startsAt', 'starts.in_past');
    assertFieldMessage(await refused(() => book('thomas', talk({ startsAt: ahead(42, '11:00'), endsAt: ahead(42, '10:00') }))), 400, 'endsAt', 'ends.before_start');
    assertFieldMessage(await refused(() => book('thomas', talk({ startsAt: ahead(40, '10:00'), endsAt: ahead(40, '11:00') }))), 400, 'startsAt', 'guide.busy');
    assertFieldMessage(await refused(() => book('thomas', talk({ guideId: w.henriette, startsAt: ahead(42, '10:00'), endsAt: ahead(42, '11:00') }))), 400, 'guideId', 'guide.not_trained');
    assertFieldMessage(await refused(() => book('thomas', talk({ audience: null }))), 400, 'audience', 'audience.required');
    assertFieldMessage(await refused(() => book('thomas', talk({ guideId: newId() }))), 400, 'guideId', 'guide.unknown');
    assertFieldMessage(await refused(() => book('thomas', talk({ kind: 'inspiration-course', startsAt: ahead(43, '10:00'), endsAt: ahead(43, '12:00') }))), 400, 'maxParticipants', 'max.required');
    // The contract's own checks (zod) answer in Danish too.
    assertProblem(await refused(() => book('thomas', talk({ place: '' }))), 400, 'validation_failed');
  });

  test('the message names the time the guide is busy, in Danish time', async () => {
    const res = await refused(() => book('thomas', talk({ startsAt: ahead(40, '09:30'), endsAt: ahead(40, '09:45') })));
    assert.equal(res.statusCode, 400);
    const message = (res.json() as { errors: { message: string }[] }).errors[0]!.message;
    assert.match(message, /^Borgerguiden er optaget \S+ \d+\. \S+ \d{4} kl\. 09\.00–10\.30\. Vælg et andet tidspunkt\.$/);
  });

  test('a paused guide cannot be booked; the coordinator pauses and reactivates', async () => {
    const hanne = await as('hanne');
    const brian = expectStatus(await t.request(hanne, { method: 'GET', url: `/api/v1/peer-guides/${w.brian}` }), 200);
    const edit = { experienceAreas: brian.experienceAreas, presentation: brian.presentation, trainingStatus: brian.trainingStatus, trainedOn: brian.trainedOn, availabilityNote: brian.availabilityNote };
    const paused = expectStatus(await t.request(hanne, { method: 'PUT', url: `/api/v1/peer-guides/${w.brian}`, payload: { ...edit, status: 'paused', version: brian.version } }), 200);
    assertFieldMessage(await refused(() => book('thomas', talk({ guideId: w.brian, startsAt: ahead(44, '13:00'), endsAt: ahead(44, '14:00') }))), 400, 'guideId', 'guide.paused');
    assertProblem(await t.request(await as('anders'), { method: 'GET', url: `/api/v1/peer-guides/${w.brian}` }), 404, 'not_found');
    assertProblem(await t.request(hanne, { method: 'PUT', url: `/api/v1/peer-guides/${w.brian}`, payload: { ...edit, status: 'active', version: brian.version } }), 409, 'conflict');
    assertProblem(await t.request(await as('anders'), { method: 'PUT', url: `/api/v1/peer-guides/${w.brian}`, payload: { ...edit, status: 'active', version: paused.version } }), 403, 'forbidden');
    expectStatus(await t.request(hanne, { method: 'PUT', url: `/api/v1/peer-guides/${w.brian}`, payload: { ...edit, status: 'active', version: paused.version } }), 200);
    expectStatus(await book('thomas', talk({ guideId: w.brian, startsAt: ahead(44, '13:00'), endsAt: ahead(44, '14:00') })), 201);
  });

  test('a guide, a citizen and a relative cannot book (403)', async () => {
    for (const persona of ['kim', 'mikkel', 'louise']) assertProblem(await refused(() => book(persona, talk({ startsAt: ahead(45, '09:00'), endsAt: ahead(45, '10:00') }))), 403, 'forbidden');
  });

  test('another municipality cannot book Randers\' guides: the guide is unknown there', async () => {
    assertFieldMessage(await refused(() => book('soeby-camilla', talk({ startsAt: ahead(45, '09:00'), endsAt: ahead(45, '10:00') }))), 400, 'guideId', 'guide.unknown');
  });

  test('cancelling frees the time; cancelling twice is refused (409)', async () => {
    const thomas = await as('thomas');
    const cancelled = expectStatus(await t.request(thomas, { method: 'POST', url: `/api/v1/peer-guide-bookings/${thomasTalk}/cancellation`, payload: { version: 1 } }), 200);
    assert.equal(cancelled.status, 'cancelled');
    assertFieldMessage(await refused(async () => t.request(thomas, { method: 'POST', url: `/api/v1/peer-guide-bookings/${thomasTalk}/cancellation`, payload: { version: 2 } })), 409, 'version', 'cancel.not_booked');
    assertProblem(await refused(async () => t.request(await as('anders'), { method: 'POST', url: `/api/v1/peer-guide-bookings/${thomasTalk}/cancellation`, payload: { version: 2 } })), 404, 'not_found');
    expectStatus(await book('thomas', talk()), 201);
  });
});

describe('a conversation for a citizen', () => {
  let conversation = '';

  test('Anders, on Mikkel\'s team, books Kim for a conversation with Mikkel: audited as about Mikkel', async () => {
    const res = await book('anders', { guideId: w.kim, kind: 'conversation', title: 'Samtale med Mikkel', citizenId: w.mikkel, startsAt: ahead(46, '10:00'), endsAt: ahead(46, '11:00'), place: 'Mestringsvejledning Nord', note: 'Mikkel bliver hurtigt træt.' });
    const body = expectStatus(res, 201);
    conversation = body.id;
    assert.equal(body.citizenFirstName, 'Mikkel');
    assert.equal(body.fundingSource, 'social');
    const [entry] = await auditOfRequest(t.database, requestIdOf(res));
    assert.equal(entry?.citizen_id, w.mikkel);
    assert.equal(entry?.action, 'peer-guide.book');
    assert.equal(entry?.purpose, 'support');
  });

  test('staff not on the team — the job centre, the coordinator — get 404, audited as denied, nothing stored', async () => {
    for (const persona of ['thomas', 'hanne']) {
      const res = await refused(() => book(persona, { guideId: w.kim, kind: 'conversation', title: 'Samtale', citizenId: w.mikkel, startsAt: ahead(47, '10:00'), endsAt: ahead(47, '11:00'), place: 'Jobcentret' }));
      assertProblem(res, 404, 'not_found');
      const rows = await auditOfRequest(t.database, requestIdOf(res));
      assert.deepEqual(rows.map((r) => [r.action, r.outcome, r.citizen_id]), [['peer-guide.book', 'denied', w.mikkel]], persona);
    }
  });

  test('Kim sees her own bookings only: Mikkel\'s first name and the note, each read in Mikkel\'s access log', async () => {
    const kim = await as('kim');
    const res = await t.request(kim, { method: 'GET', url: '/api/v1/me/peer-guide-bookings' });
    const body = expectStatus(res, 200);
    assert.ok(body.items.length > 0);
    assert.ok(body.items.every((b: { guide: { id: string } }) => b.guide.id === w.kim), 'only her own');
    const mine = body.items.find((b: { id: string }) => b.id === conversation);
    assert.equal(mine.citizenFirstName, 'Mikkel');
    assert.equal(mine.note, 'Mikkel bliver hurtigt træt.');
    assert.ok(!JSON.stringify(mine).includes('Sørensen'), 'never the last name');
    const entries = await auditOfRequest(t.database, requestIdOf(res));
    const aboutMikkel = entries.filter((e) => e.citizen_id === w.mikkel);
    assert.ok(aboutMikkel.some((e) => e.resource_id === conversation && e.action === 'peer-guide.own' && e.purpose === 'support'));
    const one = await t.request(kim, { method: 'GET', url: `/api/v1/peer-guide-bookings/${conversation}` });
    assert.equal(expectStatus(one, 200).citizenFirstName, 'Mikkel');
    await assertAudited(t.database, one, { action: 'peer-guide.own', actor: kim.userId, outcome: 'allowed', resourceId: conversation });
  });

  test('Kim never reaches Mikkel\'s plan or record without his consent (404), nor another guide\'s booking', async () => {
    const kim = await as('kim');
    assertProblem(await t.request(kim, { method: 'GET', url: `/api/v1/citizens/${w.mikkel}/plan` }), 404, 'not_found');
    assertProblem(await t.request(kim, { method: 'GET', url: `/api/v1/citizens/${w.mikkel}` }), 404, 'not_found');
    const sannes = await db().selectFrom('peer_guide_booking').select('booking_id').where('guide_user_id', '=', w.sanne).executeTakeFirstOrThrow();
    assertProblem(await t.request(kim, { method: 'GET', url: `/api/v1/peer-guide-bookings/${sannes.booking_id}` }), 404, 'not_found');
  });

  test('the coordinator sees the conversation in Kim\'s list without whom it is for; other staff and municipalities get 404', async () => {
    const list = expectStatus(await t.request(await as('hanne'), { method: 'GET', url: `/api/v1/peer-guide-bookings?guideId=${w.kim}` }), 200);
    const seen = list.items.find((b: { id: string }) => b.id === conversation);
    assert.equal(seen.kind, 'conversation');
    assert.equal(seen.citizenFirstName, null);
    assert.equal(seen.note, null);
    assertProblem(await t.request(await as('thomas'), { method: 'GET', url: `/api/v1/peer-guide-bookings?guideId=${w.kim}` }), 403, 'forbidden');
    for (const persona of ['thomas', 'mikkel', 'soeby-camilla']) assertProblem(await t.request(await as(persona), { method: 'GET', url: `/api/v1/peer-guide-bookings/${conversation}` }), 404, 'not_found');
  });

  test('the booker\'s own list shows what he booked', async () => {
    const list = expectStatus(await t.request(await as('anders'), { method: 'GET', url: '/api/v1/peer-guide-bookings' }), 200);
    assert.ok(list.items.some((b: { id: string; citizenFirstName: string }) => b.id === conversation && b.citizenFirstName === 'Mikkel'));
    assert.ok(list.items.every((b: { bookedBy: { name: string } }) => b.bookedBy.name === 'Anders Holm'));
  });
});

describe('an inspiration course and logging the time', () => {
  test('sign-ups up to the maximum; one more is refused (409) and not stored', async () => {
    const course = expectStatus(await book('hanne', { guideId: w.kim, kind: 'inspiration-course', title: 'Mit liv, min plan', audience: 'Borgere og pårørende', startsAt: ahead(50, '10:00'), endsAt: ahead(50, '13:00'), place: 'Aktivitetshuset', maxParticipants: 2 }), 201);
    const signUp = async (persona: string, name: string) => t.request(await as(persona), { method: 'POST', url: `/api/v1/peer-guide-bookings/${course.id}/participants`, payload: { name } });
    assert.equal(expectStatus(await signUp('anders', 'Rasmus Holt'), 201).participantCount, 1);
    const full = expectStatus(await signUp('thomas', 'Dorte Iversen'), 201);
    assert.equal(full.participantCount, 2);
    assert.equal(full.canSignUp, false);
    assertFieldMessage(await refused(() => signUp('anders', 'Pia Mølgaard')), 409, 'name', 'signup.full', { max: '2' });
    const seen = expectStatus(await t.request(await as('hanne'), { method: 'GET', url: `/api/v1/peer-guide-bookings/${course.id}` }), 200);
    assert.deepEqual(seen.participants.map((p: { name: string }) => p.name), ['Rasmus Holt', 'Dorte Iversen']);
    const guide = expectStatus(await t.request(await as('anders'), { method: 'GET', url: `/api/v1/peer-guides/${w.kim}` }), 200);
    assert.ok(guide.courses.some((c: { id: string; participantCount: number }) => c.id === course.id && c.participantCount === 2), 'the course is shown on the guide');
  });

  test('a talk takes no sign-ups (400)', async () => {
    const someTalk = await db().selectFrom('peer_guide_booking').select('booking_id').where('kind', '=', 'talk').where('status', '=', 'booked').executeTakeFirstOrThrow();
    assertFieldMessage(await refused(async () => t.request(await as('anders'), { method: 'POST', url: `/api/v1/peer-guide-bookings/${someTalk.booking_id}/participants`, payload: { name: 'Per' } })), 400, 'name', 'signup.not_course');
  });

  test('Kim marks a begun booking held with her minutes; once only; not before it begins; not the booker', async () => {
    const bookingId = newId();
    const startsAt = new Date(t.clock.now.getTime() - 2 * 3_600_000);
    await db()
      .insertInto('peer_guide_booking')
      .values({ tenant_id: w.tenant, booking_id: bookingId, guide_user_id: w.kim, kind: 'talk', title: 'Oplæg i går', audience: 'Kolleger', starts_at: startsAt, ends_at: new Date(startsAt.getTime() + 3_600_000), place: 'Jobcentret', funding_source: 'jobcenter', booked_by: w.thomas, booked_by_unit_id: w.jobUnge, created_at: startsAt, updated_at: startsAt })
      .execute();
    const complete = async (persona: string, payload: Record<string, unknown>, id = bookingId) => t.request(await as(persona), { method: 'POST', url: `/api/v1/peer-guide-bookings/${id}/completion`, payload });
    assertProblem(await refused(() => complete('thomas', { minutes: 60, version: 1 })), 403, 'forbidden');
    assertProblem(await refused(() => complete('kim', { minutes: 2000, version: 1 })), 400, 'validation_failed');
    const done = expectStatus(await complete('kim', { minutes: 75, version: 1 }), 200);
    assert.equal(done.status, 'done');
    assert.equal(done.minutesLogged, 75);
    assertFieldMessage(await refused(() => complete('kim', { minutes: 80, version: 2 })), 409, 'version', 'done.not_booked');
    const future = (await db().selectFrom('peer_guide_booking').select('booking_id').where('guide_user_id', '=', w.kim).where('status', '=', 'booked').where('starts_at', '>', t.clock.now).executeTakeFirstOrThrow()).booking_id;
    assertFieldMessage(await refused(() => complete('kim', { minutes: 60, version: 1 }, future)), 400, 'minutes', 'done.not_started');
  });
});

describe('profiles', () => {
  test('the coordinator adds a guide: an external user with the peer-guide role; an e-mail in use is refused', async () => {
    const hanne = await as('hanne');
    const payload = { name: 'Lise Brandt', email: 'lise.brandt@borgerguide.randers.demo', experienceAreas: ['mental-health', 'homelessness'], presentation: 'Jeg har boet på herberg.', trainingStatus: 'in-training' };
    const created = expectStatus(await t.request(hanne, { method: 'POST', url: '/api/v1/peer-guides', payload }), 201);
    const user = await db().selectFrom('app_user').selectAll().where('user_id', '=', created.id).executeTakeFirstOrThrow();
    assert.equal(user.kind, 'external');
    assert.deepEqual((await db().selectFrom('role_grant').select('role').where('user_id', '=', created.id).execute()).map((r) => r.role), ['peer-guide']);
    assert.equal(created.bookable, false);
    const users = await db().selectFrom('app_user').select('user_id').execute();
    assertProblem(await t.request(hanne, { method: 'POST', url: '/api/v1/peer-guides', payload: { ...payload, email: 'LISE.BRANDT@borgerguide.randers.demo' } }), 409, 'conflict');
    assertProblem(await t.request(await as('anders'), { method: 'POST', url: '/api/v1/peer-guides', payload: { ...payload, email: 'other@example.test' } }), 403, 'forbidden');
    assert.equal((await db().selectFrom('app_user').select('user_id').execute()).length, users.length, 'no user added by a refused request');
  });

  test('the guide edits her own presentation and availability; a stale version is refused', async () => {
    const kim = await as('kim');
    const mine = expectStatus(await t.request(kim, { method: 'GET', url: '/api/v1/me/peer-guide-profile' }), 200);
    const saved = expectStatus(await t.request(kim, { method: 'PUT', url: '/api/v1/me/peer-guide-profile', payload: { presentation: 'Ny tekst om mig.', availabilityNote: 'Tirsdage.', version: mine.version } }), 200);
    assert.equal(saved.presentation, 'Ny tekst om mig.');
    assert.equal(saved.experienceAreas.length, 1, 'the areas are the coordinator\'s');
    assertProblem(await t.request(kim, { method: 'PUT', url: '/api/v1/me/peer-guide-profile', payload: { presentation: 'x', availabilityNote: null, version: mine.version } }), 409, 'conflict');
    assertProblem(await t.request(await as('anders'), { method: 'GET', url: '/api/v1/me/peer-guide-profile' }), 403, 'forbidden');
  });
});
