import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { copenhagenToday } from '../../src/domain/copenhagen-time.js';
import { newId } from '../../src/platform/ids.js';
import { assertAudited, assertProblem, auditOfRequest, requestIdOf } from '../support/platform-helpers.js';
import { catalogueFactory, type CatalogueFactory } from '../support/catalogue-factory.js';
import { insertPlanCitizen, type PlanCitizen } from '../support/plan-factory.js';
import { createTestApp, type TestApp, type TestSession } from '../support/test-app.js';

/**
 * "Det sker" over HTTP: the public list and event page, keeping events (who may, versions, bad input), sign-ups
 * (the citizen, the team, capacity, cancelled events) and the citizen's own list; every change checked in the
 * database and the audit log.
 */

let t: TestApp;
let f: CatalogueFactory;
let c: PlanCitizen;
let tenantId = '';
const ids = { perronOffer: '', otherOffer: '', draftOffer: '', association: '', municipalOrg: '' };
const sessions = new Map<string, TestSession>();

async function as(persona: string): Promise<TestSession> {
  let session = sessions.get(persona);
  if (!session) {
    session = await t.loginAs(persona);
    sessions.set(persona, session);
  }
  return session;
}

function expectStatus(res: LightMyRequestResponse, status: number) {
  assert.equal(res.statusCode, status, res.body);
  return res.json() as Record<string, any>;
}

/** A day and hour some weeks ahead of the test clock, as an instant. */
function ahead(days: number, hourUtc = 9): string {
  const at = new Date(t.clock.now.getTime() + days * 86_400_000);
  at.setUTCHours(hourUtc, 0, 0, 0);
  return at.toISOString();
}
const hoursAfter = (iso: string, hours: number) => new Date(new Date(iso).getTime() + hours * 3_600_000).toISOString();
const dateOf = (iso: string) => iso.slice(0, 10);

async function eventState(): Promise<string> {
  const events = await t.database.db.selectFrom('offer_event').selectAll().where('tenant_id', '=', tenantId).orderBy('event_id').execute();
  const signups = await t.database.db.selectFrom('event_signup').selectAll().where('tenant_id', '=', tenantId).orderBy('event_id').orderBy('citizen_id').execute();
  return JSON.stringify({ events, signups });
}

async function assertNothingChanged(fn: () => Promise<LightMyRequestResponse>): Promise<LightMyRequestResponse> {
  const beforeState = await eventState();
  const res = await fn();
  assert.equal(await eventState(), beforeState, 'events and sign-ups are unchanged');
  return res;
}

async function createAs(persona: string, body: Record<string, unknown>) {
  return t.request(await as(persona), { method: 'POST', url: '/api/v1/events', payload: body });
}

before(async () => {
  t = await createTestApp();
  f = catalogueFactory(t.database);
  c = await insertPlanCitizen(t.database, { now: t.clock.now });
  tenantId = await f.tenantId();
  const perron4 = await f.unitId(tenantId, 'Perron 4');
  const brainInjury = await f.unitId(tenantId, 'Hjerneskadeteamet');
  ids.municipalOrg = await f.organization(tenantId, { name: 'Center for Psykiatri og Socialt Udsatte', kind: 'municipal', org_unit_id: perron4 });
  ids.perronOffer = await f.offer(tenantId, { organization_id: ids.municipalOrg, owner_unit_id: perron4, name: 'Værested på Perron 4', life_domains: ['social'], target_groups: ['homelessness'] });
  ids.otherOffer = await f.offer(tenantId, { owner_unit_id: brainInjury, name: 'Pårørendegruppe hjerneskade', life_domains: ['health'], target_groups: ['relatives'] });
  ids.draftOffer = await f.offer(tenantId, { organization_id: ids.municipalOrg, owner_unit_id: perron4, name: 'Kommende tilbud', lifecycle: 'draft', published_at: null });
  ids.association = await f.organization(tenantId, { name: 'Randers Håndboldklub', kind: 'association' });
});

after(async () => {
  await t?.close();
});

describe('keeping events', () => {
  let eventId = '';

  test('anonymous: creating an event needs a login (401)', async () => {
    const res = await assertNothingChanged(() => t.request(null, { method: 'POST', url: '/api/v1/events', payload: { offerId: ids.perronOffer, title: 'x', startsAt: ahead(10), endsAt: ahead(10, 11) } }));
    assertProblem(res, 401, 'unauthenticated');
  });

  test("the offer owner creates an event of their unit's offer: 201, the row, an audit entry", async () => {
    const jesper = await as('jesper');
    const startsAt = ahead(14, 15);
    const res = await createAs('jesper', { offerId: ids.perronOffer, title: 'Fællesspisning; lasagne, salat', description: 'Vi spiser sammen.\nAlle er velkomne.', startsAt, endsAt: hoursAfter(startsAt, 2), place: 'Perron 4, køkkenet', capacity: 20, signupRequired: true });
    const body = expectStatus(res, 201);
    eventId = body.id;
    assert.equal(body.status, 'planned');
    assert.equal(body.offer.id, ids.perronOffer);
    assert.equal(body.organization.id, ids.municipalOrg);
    assert.equal(body.freePlaces, 20);
    const row = await t.database.db.selectFrom('offer_event').selectAll().where('event_id', '=', eventId).executeTakeFirstOrThrow();
    assert.equal(row.title, 'Fællesspisning; lasagne, salat');
    assert.equal(row.starts_at.toISOString(), startsAt);
    assert.equal(row.created_by, jesper.userId);
    assert.equal(row.capacity, 20);
    const entry = await assertAudited(t.database, res, { action: 'event.manage', actor: jesper.userId, outcome: 'allowed', resourceId: eventId });
    assert.equal(entry.citizen_id, null);
  });

  test('anyone reads it without login: the list (with filters) and the event page', async () => {
    const from = dateOf(ahead(0));
    const to = dateOf(ahead(30));
    const list = expectStatus(await t.request(null, { method: 'GET', url: `/api/v1/events?from=${from}&to=${to}` }), 200);
    assert.ok(list.items.some((e: { id: string }) => e.id === eventId));
    const byDomain = expectStatus(await t.request(null, { method: 'GET', url: `/api/v1/events?from=${from}&to=${to}&lifeDomain=social` }), 200);
    assert.ok(byDomain.items.some((e: { id: string }) => e.id === eventId));
    const otherDomain = expectStatus(await t.request(null, { method: 'GET', url: `/api/v1/events?from=${from}&to=${to}&lifeDomain=work` }), 200);
    assert.ok(!otherDomain.items.some((e: { id: string }) => e.id === eventId));
    const byGroup = expectStatus(await t.request(null, { method: 'GET', url: `/api/v1/events?from=${from}&to=${to}&targetGroup=relatives` }), 200);
    assert.ok(!byGroup.items.some((e: { id: string }) => e.id === eventId));
    const byWords = expectStatus(await t.request(null, { method: 'GET', url: `/api/v1/events?from=${from}&to=${to}&q=${encodeURIComponent('fællesspisning')}` }), 200);
    assert.ok(byWords.items.some((e: { id: string }) => e.id === eventId));
    for (const e of byWords.items) assert.match(`${e.title} ${e.description} ${e.offer?.name ?? ''}`.toLowerCase(), /fællesspis/, 'only events about the words');
    const byOffer = expectStatus(await t.request(null, { method: 'GET', url: `/api/v1/events?from=${from}&to=${to}&offerId=${ids.perronOffer}` }), 200);
    assert.deepEqual(byOffer.items.map((e: { id: string }) => e.id), [eventId]);
    const page = expectStatus(await t.request(null, { method: 'GET', url: `/api/v1/events/${eventId}` }), 200);
    assert.equal(page.title, 'Fællesspisning; lasagne, salat');
    assert.equal(page.place.text, 'Perron 4, køkkenet');
    assert.equal(page.signedUp, 0);
  });

  test('the default window is the coming 8 weeks', async () => {
    const list = expectStatus(await t.request(null, { method: 'GET', url: '/api/v1/events' }), 200);
    assert.equal(list.from, copenhagenToday(t.clock.now));
    const days = (Date.parse(list.to) - Date.parse(list.from)) / 86_400_000;
    assert.equal(days, 55);
    assert.ok(list.items.some((e: { id: string }) => e.id === eventId));
  });

  test('an event of a draft offer is not public, but its keeper sees it', async () => {
    const startsAt = ahead(15, 15);
    const created = expectStatus(await createAs('jesper', { offerId: ids.draftOffer, title: 'Åbent hus', startsAt, endsAt: hoursAfter(startsAt, 1) }), 201);
    const list = expectStatus(await t.request(null, { method: 'GET', url: `/api/v1/events?from=${dateOf(ahead(0))}&to=${dateOf(ahead(30))}` }), 200);
    assert.ok(!list.items.some((e: { id: string }) => e.id === created.id));
    assertProblem(await t.request(null, { method: 'GET', url: `/api/v1/events/${created.id}` }), 404, 'not_found');
    const kept = expectStatus(await t.request(await as('jesper'), { method: 'GET', url: '/api/v1/managed-events' }), 200);
    const mine = kept.items.find((e: { id: string }) => e.id === created.id);
    assert.equal(mine.offerLifecycle, 'draft');
    expectStatus(await t.request(await as('jesper'), { method: 'GET', url: `/api/v1/managed-events/${created.id}` }), 200);
  });

  test("an offer owner may not create an event of another unit's offer: 403, nothing made, the denial audited", async () => {
    const jesper = await as('jesper');
    const startsAt = ahead(16);
    const res = await assertNothingChanged(() => createAs('jesper', { offerId: ids.otherOffer, title: 'Ikke min', startsAt, endsAt: hoursAfter(startsAt, 1) }));
    assertProblem(res, 403, 'forbidden');
    const entry = await assertAudited(t.database, res, { action: 'event.manage', actor: jesper.userId, outcome: 'denied' });
    assert.equal((entry.details as { reason: string }).reason, 'not-the-events-keeper');
  });

  test("an offer owner may not change another unit's event (403); the administrator may", async () => {
    const startsAt = ahead(17);
    const created = expectStatus(await createAs('lars', { offerId: ids.otherOffer, title: 'Pårørendeaften', startsAt, endsAt: hoursAfter(startsAt, 2) }), 201);
    const res = await assertNothingChanged(async () => t.request(await as('jesper'), { method: 'PATCH', url: `/api/v1/events/${created.id}`, payload: { version: 1, title: 'Overtaget' } }));
    assertProblem(res, 403, 'forbidden');
    const kept = expectStatus(await t.request(await as('jesper'), { method: 'GET', url: '/api/v1/managed-events' }), 200);
    assert.ok(!kept.items.some((e: { id: string }) => e.id === created.id), "the other unit's event is not on the offer owner's list");
    assertProblem(await t.request(await as('jesper'), { method: 'GET', url: `/api/v1/managed-events/${created.id}` }), 403, 'forbidden');
  });

  test('the volunteer coordinator keeps association events, not the municipal units\'', async () => {
    const hanne = await as('hanne');
    const startsAt = ahead(18, 17);
    const res = await createAs('hanne', { organizationId: ids.association, title: 'Prøvetræning i håndbold', startsAt, endsAt: hoursAfter(startsAt, 1.5), place: 'Arena Randers' });
    const body = expectStatus(res, 201);
    assert.equal(body.offer, null);
    assert.equal(body.organization.id, ids.association);
    await assertAudited(t.database, res, { action: 'event.manage', actor: hanne.userId, outcome: 'allowed', resourceId: body.id });
    const list = expectStatus(await t.request(null, { method: 'GET', url: `/api/v1/events?from=${dateOf(ahead(0))}&to=${dateOf(ahead(30))}` }), 200);
    assert.ok(list.items.some((e: { id: string }) => e.id === body.id), "an organisation's own event is public");
    assertProblem(await assertNothingChanged(() => createAs('hanne', { offerId: ids.perronOffer, title: 'x', startsAt, endsAt: hoursAfter(startsAt, 1) })), 403, 'forbidden');
  });

  test('roles without event.manage are refused (403)', async () => {
    const startsAt = ahead(18);
    assertProblem(await assertNothingChanged(() => createAs('anders', { offerId: ids.perronOffer, title: 'x', startsAt, endsAt: hoursAfter(startsAt, 1) })), 403, 'forbidden');
    assertProblem(await assertNothingChanged(() => createAs('mikkel', { offerId: ids.perronOffer, title: 'x', startsAt, endsAt: hoursAfter(startsAt, 1) })), 403, 'forbidden');
  });

  test('another municipality sees nothing: 404 on reading and changing', async () => {
    const rasmus = await as('soeby-rasmus');
    assertProblem(await assertNothingChanged(() => t.request(rasmus, { method: 'PATCH', url: `/api/v1/events/${eventId}`, payload: { version: 1, title: 'Søby' } })), 404, 'not_found');
    assertProblem(await t.request(null, { method: 'GET', url: `/api/v1/events/${eventId}?municipality=soeby` }), 404, 'not_found');
    const list = expectStatus(await t.request(rasmus, { method: 'GET', url: `/api/v1/events?from=${dateOf(ahead(0))}&to=${dateOf(ahead(30))}` }), 200);
    assert.ok(!list.items.some((e: { id: string }) => e.id === eventId), "Søby's list has only Søby's events");
    const soebyOrganizations = new Set((await t.database.db.selectFrom('organization').select('organization_id').where('tenant_id', '=', await f.tenantId('soeby')).execute()).map((o) => o.organization_id));
    for (const e of list.items) assert.ok(soebyOrganizations.has(e.organization.id));
    const kept = expectStatus(await t.request(rasmus, { method: 'GET', url: '/api/v1/managed-events' }), 200);
    assert.ok(!kept.items.some((e: { id: string }) => e.id === eventId));
  });

  test('the keeper changes the event: 200, version 2, an audit entry', async () => {
    const jesper = await as('jesper');
    const res = await t.request(jesper, { method: 'PATCH', url: `/api/v1/events/${eventId}`, payload: { version: 1, title: 'Fællesspisning', capacity: 2 } });
    const body = expectStatus(res, 200);
    assert.equal(body.version, 2);
    assert.equal(body.capacity, 2);
    const row = await t.database.db.selectFrom('offer_event').selectAll().where('event_id', '=', eventId).executeTakeFirstOrThrow();
    assert.equal(row.title, 'Fællesspisning');
    await assertAudited(t.database, res, { action: 'event.manage', actor: jesper.userId, outcome: 'allowed', resourceId: eventId });
  });

  test('a stale version: 409, nothing changed', async () => {
    const res = await assertNothingChanged(async () => t.request(await as('jesper'), { method: 'PATCH', url: `/api/v1/events/${eventId}`, payload: { version: 1, title: 'Gammel' } }));
    const problem = assertProblem(res, 409, 'conflict');
    assert.match(problem.detail ?? '', /Nogen har ændret dette/);
  });

  test('bad input: 400 with the field named and translated, nothing changed', async () => {
    const jesper = await as('jesper');
    const startsAt = ahead(20);
    const backwards = assertProblem(await assertNothingChanged(() => createAs('jesper', { offerId: ids.perronOffer, title: 'Baglæns', startsAt, endsAt: hoursAfter(startsAt, -1) })), 400, 'validation_failed');
    assert.deepEqual(backwards.errors, [{ path: 'endsAt', message: 'Slutningen skal ligge efter starten.' }]);
    const noTitle = assertProblem(await assertNothingChanged(() => createAs('jesper', { offerId: ids.perronOffer, title: '  ', startsAt, endsAt: hoursAfter(startsAt, 1) })), 400, 'validation_failed');
    assert.deepEqual(noTitle.errors?.map((e) => e.path), ['title']);
    const both = assertProblem(await assertNothingChanged(() => createAs('jesper', { offerId: ids.perronOffer, organizationId: ids.municipalOrg, title: 'To', startsAt, endsAt: hoursAfter(startsAt, 1) })), 400, 'validation_failed');
    assert.deepEqual(both.errors, [{ path: 'offerId', message: 'Vælg enten et tilbud eller en udbyder.' }]);
    const unknownField = assertProblem(await assertNothingChanged(() => t.request(jesper, { method: 'PATCH', url: `/api/v1/events/${eventId}`, payload: { version: 2, colour: 'red' } })), 400, 'validation_failed');
    assert.ok(unknownField.errors?.length);
    const badCapacity = assertProblem(await assertNothingChanged(() => t.request(jesper, { method: 'PATCH', url: `/api/v1/events/${eventId}`, payload: { version: 2, capacity: 0 } })), 400, 'validation_failed');
    assert.deepEqual(badCapacity.errors?.map((e) => e.path), ['capacity']);
    const english = await t.request(null, { method: 'GET', url: '/api/v1/events?from=2027-02-01&to=2026-01-01', headers: { 'accept-language': 'en' } });
    assert.deepEqual(assertProblem(english, 400, 'validation_failed', 'en').errors, [{ path: 'to', message: 'The to-date must be after the from-date, and the period can be at most a year.' }]);
    assertProblem(await t.request(null, { method: 'GET', url: '/api/v1/events?lifeDomain=mars' }), 400, 'validation_failed');
    assertProblem(await t.request(null, { method: 'GET', url: `/api/v1/events?q=${'ø'.repeat(201)}` }), 400, 'validation_failed');
    const odd = expectStatus(await t.request(null, { method: 'GET', url: `/api/v1/events?q=${encodeURIComponent("'); DROP TABLE offer_event; -- %_\\")}` }), 200);
    assert.deepEqual(odd.items, []);
  });

  describe('sign-ups', () => {
    test('the citizen signs up themself: 201, the row, an audit entry about them by them', async () => {
      const mikkel = await as('mikkel');
      const res = await t.request(mikkel, { method: 'POST', url: `/api/v1/events/${eventId}/signups`, payload: {} });
      const body = expectStatus(res, 201);
      assert.equal(body.citizenId, c.citizenId);
      const row = await t.database.db.selectFrom('event_signup').selectAll().where('event_id', '=', eventId).where('citizen_id', '=', c.citizenId).executeTakeFirstOrThrow();
      assert.equal(row.signed_up_by, mikkel.userId);
      assert.equal(row.cancelled_at, null);
      const entry = await assertAudited(t.database, res, { action: 'event.signup', actor: mikkel.userId, outcome: 'allowed', resourceId: eventId });
      assert.equal(entry.citizen_id, c.citizenId);
      assert.equal(entry.by_subject, true);
      const again = await t.request(mikkel, { method: 'POST', url: `/api/v1/events/${eventId}/signups`, payload: {} });
      assert.equal(expectStatus(again, 200).signedUpAt, body.signedUpAt, 'signing up twice is the same sign-up');
      assert.equal(expectStatus(await t.request(null, { method: 'GET', url: `/api/v1/events/${eventId}` }), 200).signedUp, 1);
    });

    test("the citizen's list shows it; staff have no own list (404); anonymous 401", async () => {
      const mine = expectStatus(await t.request(await as('mikkel'), { method: 'GET', url: '/api/v1/me/events' }), 200);
      assert.deepEqual(mine.items.map((e: { id: string }) => e.id), [eventId]);
      assert.ok(mine.items[0].signedUpAt);
      assertProblem(await t.request(await as('anders'), { method: 'GET', url: '/api/v1/me/events' }), 404, 'not_found');
      assertProblem(await t.request(null, { method: 'GET', url: '/api/v1/me/events' }), 401, 'unauthenticated');
    });

    test('a worker not on the team may not sign the citizen up: 404, no row, the denial audited', async () => {
      const mette = await as('mette');
      const res = await assertNothingChanged(() => t.request(mette, { method: 'POST', url: `/api/v1/events/${eventId}/signups`, payload: { citizenId: c.citizenId } }));
      assertProblem(res, 404, 'not_found');
      const entry = await assertAudited(t.database, res, { action: 'event.signup', actor: mette.userId, outcome: 'denied' });
      assert.equal(entry.citizen_id, c.citizenId);
      assertProblem(await assertNothingChanged(async () => t.request(await as('louise'), { method: 'DELETE', url: `/api/v1/events/${eventId}/signups/${c.citizenId}` })), 404, 'not_found');
      assertProblem(await assertNothingChanged(async () => t.request(await as('soeby-camilla'), { method: 'POST', url: `/api/v1/events/${eventId}/signups`, payload: { citizenId: c.citizenId } })), 404, 'not_found');
    });

    test('capacity: the last place goes to one; the next gets 409 with a clear message; a cancelled sign-up frees it', async () => {
      const sara = await as('sara');
      const saraTaken = await t.request(sara, { method: 'POST', url: `/api/v1/events/${eventId}/signups`, payload: {} });
      expectStatus(saraTaken, 201);
      const saraCitizen = (await t.database.db.selectFrom('citizen').select('citizen_id').where('user_id', '=', sara.userId).executeTakeFirstOrThrow()).citizen_id;
      // Two places, two taken: make it one place too few by trying a third person through the team.
      const third = await insertSecondCitizen();
      const full = await assertNothingChanged(async () => t.request(await as('anders'), { method: 'POST', url: `/api/v1/events/${eventId}/signups`, payload: { citizenId: third } }));
      const problem = assertProblem(full, 409, 'conflict');
      assert.equal(problem.detail, 'Der er ikke flere ledige pladser til aktiviteten.');
      const lower = await assertNothingChanged(async () => t.request(await as('jesper'), { method: 'PATCH', url: `/api/v1/events/${eventId}`, payload: { version: 2, capacity: 1 } }));
      assert.deepEqual(assertProblem(lower, 400, 'validation_failed').errors?.map((e) => e.path), ['capacity']);

      const cancelled = await t.request(sara, { method: 'DELETE', url: `/api/v1/events/${eventId}/signups/${saraCitizen}` });
      assert.equal(cancelled.statusCode, 204, cancelled.body);
      const saraRow = await t.database.db.selectFrom('event_signup').selectAll().where('event_id', '=', eventId).where('citizen_id', '=', saraCitizen).executeTakeFirstOrThrow();
      assert.ok(saraRow.cancelled_at, 'the sign-up is kept, marked as cancelled');
      const anders = await as('anders');
      const byWorker = await t.request(anders, { method: 'POST', url: `/api/v1/events/${eventId}/signups`, payload: { citizenId: third } });
      expectStatus(byWorker, 201);
      const entry = await assertAudited(t.database, byWorker, { action: 'event.signup', actor: anders.userId, outcome: 'allowed', resourceId: eventId });
      assert.equal(entry.citizen_id, third);
      assert.equal(entry.by_subject, false, "the worker's sign-up shows in the citizen's access log");
      assertProblem(await t.request(sara, { method: 'DELETE', url: `/api/v1/events/${eventId}/signups/${saraCitizen}` }), 404, 'not_found');
    });

    test('a cancelled event stays listed as cancelled and takes no sign-ups', async () => {
      const jesper = await as('jesper');
      const startsAt = ahead(21);
      const created = expectStatus(await createAs('jesper', { offerId: ids.perronOffer, title: 'Bankospil', startsAt, endsAt: hoursAfter(startsAt, 2) }), 201);
      const res = await t.request(jesper, { method: 'POST', url: `/api/v1/events/${created.id}/cancel`, payload: { version: 1 } });
      assert.equal(expectStatus(res, 200).status, 'cancelled');
      await assertAudited(t.database, res, { action: 'event.manage', actor: jesper.userId, outcome: 'allowed', resourceId: created.id });
      const list = expectStatus(await t.request(null, { method: 'GET', url: `/api/v1/events?from=${dateOf(ahead(0))}&to=${dateOf(ahead(30))}` }), 200);
      assert.equal(list.items.find((e: { id: string }) => e.id === created.id).status, 'cancelled');
      const signup = await assertNothingChanged(async () => t.request(await as('mikkel'), { method: 'POST', url: `/api/v1/events/${created.id}/signups`, payload: {} }));
      assert.equal(assertProblem(signup, 409, 'conflict').detail, 'Aktiviteten er aflyst.');
      assertProblem(await t.request(jesper, { method: 'POST', url: `/api/v1/events/${created.id}/cancel`, payload: { version: 2 } }), 409, 'conflict');
    });

    test('an event that has begun takes no sign-ups', async () => {
      const startsAt = new Date(t.clock.now.getTime() - 3_600_000).toISOString();
      const created = expectStatus(await createAs('jesper', { offerId: ids.perronOffer, title: 'Tur til stranden', startsAt, endsAt: hoursAfter(startsAt, 4) }), 201);
      const res = await assertNothingChanged(async () => t.request(await as('mikkel'), { method: 'POST', url: `/api/v1/events/${created.id}/signups`, payload: {} }));
      assert.equal(assertProblem(res, 409, 'conflict').detail, 'Aktiviteten er allerede begyndt eller forbi.');
    });

    test('an unknown event: 404; a request without a citizen from staff: 400', async () => {
      assertProblem(await t.request(await as('mikkel'), { method: 'POST', url: '/api/v1/events/01900000-0000-7000-8000-000000000000/signups', payload: {} }), 404, 'not_found');
      const res = await assertNothingChanged(async () => t.request(await as('anders'), { method: 'POST', url: `/api/v1/events/${eventId}/signups`, payload: {} }));
      assert.deepEqual(assertProblem(res, 400, 'validation_failed').errors?.map((e) => e.path), ['citizenId']);
      assert.deepEqual(await auditOfRequest(t.database, requestIdOf(res)), []);
    });
  });
});

/** A second citizen on anders' team, with no login. */
async function insertSecondCitizen(): Promise<string> {
  const citizenId = newId();
  const now = t.clock.now;
  await t.database.db.insertInto('citizen').values({ tenant_id: tenantId, citizen_id: citizenId, user_id: null, first_name: 'Bo', last_name: 'Testesen', birth_date: '1980-01-01', created_at: now, updated_at: now }).execute();
  await t.database.db.insertInto('citizen_team_member').values({ tenant_id: tenantId, citizen_id: citizenId, user_id: c.users.anders, team_role: 'support-worker', added_at: now }).execute();
  return citizenId;
}
