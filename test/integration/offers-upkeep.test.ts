import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { catalogueFactory } from '../support/catalogue-factory.js';
import { assertAudited, assertProblem } from '../support/platform-helpers.js';
import { createTestApp, type TestApp, type TestSession } from '../support/test-app.js';

/**
 * The offer owners' upkeep: who may create, change, publish, archive and confirm which offers, what the public
 * then sees, versions, and bad input that changes nothing. Jesper Kjær is the offer owner at Perron 4.
 */

let t: TestApp;
let tenantId: string;
let perron4: string;
let slotsgaarden: string;
let organizationId: string;
let locationId: string;
let slotsgaardenOffer: string;
const sessions = new Map<string, TestSession>();

async function as(persona: string): Promise<TestSession> {
  if (!sessions.has(persona)) sessions.set(persona, await t.loginAs(persona));
  return sessions.get(persona)!;
}

function body(res: LightMyRequestResponse, status: number) {
  assert.equal(res.statusCode, status, res.body);
  return res.json() as Record<string, any>;
}

const offerRows = () => t.database.db.selectFrom('offer').selectAll().orderBy('offer_id').execute().then((rows) => JSON.stringify(rows));

async function unchanged(fn: () => Promise<LightMyRequestResponse>): Promise<LightMyRequestResponse> {
  const before = await offerRows();
  const res = await fn();
  assert.equal(await offerRows(), before, 'no offer changed');
  return res;
}

const draft = () => ({
  name: 'Madklub på Perron 4',
  description: 'Vi laver mad sammen hver torsdag og spiser sammen bagefter.',
  easyRead: 'Vi laver mad. Vi spiser sammen.',
  organizationId,
  lifeDomains: ['health', 'social'],
  targetGroups: ['homelessness', 'substance-abuse'],
  minimumAge: 18,
  accessibility: ['step-free'],
  locationIds: [locationId],
});

before(async () => {
  t = await createTestApp();
  const f = catalogueFactory(t.database);
  tenantId = await f.tenantId();
  perron4 = await f.unitId(tenantId, 'Perron 4');
  slotsgaarden = await f.unitId(tenantId, 'Slotsgården');
  organizationId = await f.organization(tenantId, { name: 'Center for Psykiatri og Socialt Udsatte (test)', kind: 'municipal' });
  locationId = await f.location(tenantId, { name: 'Perron 4 (test)' });
  slotsgaardenOffer = await f.offer(tenantId, { organization_id: organizationId, owner_unit_id: slotsgaarden, name: 'Slotsgårdens morgenmad', confirmed_at: new Date(Date.now() - 500 * 86_400_000) });
});

after(async () => {
  await t?.close();
});

describe('creating and publishing', () => {
  let offerId = '';
  let version = 0;

  test('unauthenticated: 401; a support worker: 403, audited', async () => {
    assertProblem(await t.request(null, { method: 'POST', url: '/api/v1/offers', payload: draft() }), 401, 'unauthenticated');
    const anders = await as('anders');
    const res = await unchanged(() => t.request(anders, { method: 'POST', url: '/api/v1/offers', payload: draft() }));
    assertProblem(res, 403, 'forbidden');
    await assertAudited(t.database, res, { action: 'offer.manage', actor: anders.userId, outcome: 'denied' });
  });

  test('the Perron 4 owner creates a draft of their own unit: 201, audited, not public yet', async () => {
    const jesper = await as('jesper');
    const res = await t.request(jesper, { method: 'POST', url: '/api/v1/offers', payload: draft() });
    const offer = body(res, 201);
    offerId = offer.id;
    version = offer.version;
    assert.equal(offer.lifecycle, 'draft');
    assert.equal(offer.ownerUnit.id, perron4);
    assert.equal(offer.locations[0].id, locationId);
    const row = await t.database.db.selectFrom('offer').selectAll().where('offer_id', '=', offerId).executeTakeFirstOrThrow();
    assert.deepEqual(row.target_groups, ['homelessness', 'substance-abuse']);
    assert.equal(row.easy_read, 'Vi laver mad. Vi spiser sammen.');
    await assertAudited(t.database, res, { action: 'offer.manage', actor: jesper.userId, outcome: 'allowed', resourceId: offerId });
    assert.equal((await t.request(null, { method: 'GET', url: `/api/v1/offers/${offerId}` })).statusCode, 404);
  });

  test('publishing makes it public and findable; publishing twice is refused', async () => {
    const jesper = await as('jesper');
    const published = body(await t.request(jesper, { method: 'POST', url: `/api/v1/offers/${offerId}/lifecycle`, payload: { action: 'publish', version } }), 200);
    assert.equal(published.lifecycle, 'published');
    version = published.version;
    assert.equal((await t.request(null, { method: 'GET', url: `/api/v1/offers/${offerId}` })).statusCode, 200);
    const found = body(await t.request(null, { method: 'GET', url: '/api/v1/offers?q=madklub' }), 200);
    assert.ok(found.items.some((i: { id: string }) => i.id === offerId));
    assertProblem(await unchanged(() => t.request(jesper, { method: 'POST', url: `/api/v1/offers/${offerId}/lifecycle`, payload: { action: 'publish', version } })), 409, 'conflict');
  });

  test('a change on an old version is refused and changes nothing; on the current one it saves', async () => {
    const jesper = await as('jesper');
    assertProblem(await unchanged(() => t.request(jesper, { method: 'PATCH', url: `/api/v1/offers/${offerId}`, payload: { version: version - 1, name: 'Forkert' } })), 409, 'conflict');
    const saved = body(await t.request(jesper, { method: 'PATCH', url: `/api/v1/offers/${offerId}`, payload: { version, name: 'Madklubben på Perron 4', capacityPlaces: 12, capacityFree: 3 } }), 200);
    assert.equal(saved.name, 'Madklubben på Perron 4');
    assert.deepEqual(saved.capacity, { places: 12, free: 3, waitingList: null });
    assert.equal(saved.version, version + 1);
    version = saved.version;
  });

  test('archiving takes it out of the public catalogue', async () => {
    const jesper = await as('jesper');
    body(await t.request(jesper, { method: 'POST', url: `/api/v1/offers/${offerId}/lifecycle`, payload: { action: 'archive', version } }), 200);
    assert.equal((await t.request(null, { method: 'GET', url: `/api/v1/offers/${offerId}` })).statusCode, 404);
  });
});

describe('whose offers', () => {
  test("another unit's offer: 403 for the Perron 4 owner, and nothing changes; the administrator may", async () => {
    const jesper = await as('jesper');
    const res = await unchanged(() => t.request(jesper, { method: 'PATCH', url: `/api/v1/offers/${slotsgaardenOffer}`, payload: { version: 1, name: 'Overtaget' } }));
    assertProblem(res, 403, 'forbidden');
    await assertAudited(t.database, res, { action: 'offer.manage', actor: jesper.userId, outcome: 'denied', resourceId: slotsgaardenOffer });
    const lars = await as('lars');
    body(await t.request(lars, { method: 'POST', url: `/api/v1/offers/${slotsgaardenOffer}/lifecycle`, payload: { action: 'confirm', version: 1 } }), 200);
  });

  test('"Mine tilbud" lists only the units the owner keeps; the administrator sees every unit and what needs confirming', async () => {
    const jesper = await as('jesper');
    const mine = body(await t.request(jesper, { method: 'GET', url: '/api/v1/managed-offers' }), 200);
    assert.ok(mine.items.length > 0);
    assert.ok(mine.items.every((i: { ownerUnitName: string }) => i.ownerUnitName === 'Perron 4'));
    const f = catalogueFactory(t.database);
    const stale = await f.offer(tenantId, { organization_id: organizationId, owner_unit_id: perron4, name: 'Gammelt tilbud', confirmed_at: new Date(Date.now() - 400 * 86_400_000) });
    const again = body(await t.request(jesper, { method: 'GET', url: '/api/v1/managed-offers' }), 200);
    assert.equal(again.items.find((i: { id: string }) => i.id === stale).needsConfirmation, true);
    const all = body(await t.request(await as('lars'), { method: 'GET', url: '/api/v1/managed-offers' }), 200);
    assert.ok(all.items.some((i: { id: string }) => i.id === slotsgaardenOffer));
  });

  test('another municipality: 404', async () => {
    const rasmus = await as('soeby-rasmus');
    assertProblem(await unchanged(() => t.request(rasmus, { method: 'PATCH', url: `/api/v1/offers/${slotsgaardenOffer}`, payload: { version: 1, name: 'Søby tager over' } })), 404, 'not_found');
    assertProblem(await t.request(rasmus, { method: 'GET', url: `/api/v1/offers/${slotsgaardenOffer}/managed` }), 404, 'not_found');
  });

  test('the form choices list only the units the owner keeps', async () => {
    const choices = body(await t.request(await as('jesper'), { method: 'GET', url: '/api/v1/managed-offers/choices' }), 200);
    assert.deepEqual(choices.units.map((u: { id: string }) => u.id), [perron4]);
    assert.ok(choices.organizations.some((o: { id: string }) => o.id === organizationId));
  });
});

describe('bad input', () => {
  test('each problem is named in the user’s language and nothing is saved', async () => {
    const jesper = await as('jesper');
    const res = await unchanged(() =>
      t.request(jesper, {
        method: 'POST',
        url: '/api/v1/offers',
        headers: { 'accept-language': 'en' },
        payload: { ...draft(), organizationId: '017cd894-c180-7ebc-887a-a1a20c9deb23', minimumAge: 70, maximumAge: 20, ownerUnitId: slotsgaarden, capacityPlaces: 2, capacityFree: 5 },
      }),
    );
    const problem = assertProblem(res, 400, 'validation_failed', 'da');
    assert.deepEqual(problem.errors!.map((e) => e.path).sort(), ['capacityFree', 'minimumAge', 'organizationId', 'ownerUnitId']);
  });

  test('the contract refuses over-long texts, unknown vocabulary and unknown fields', async () => {
    const jesper = await as('jesper');
    for (const payload of [
      { ...draft(), name: 'x'.repeat(301) },
      { ...draft(), targetGroups: ['martians'] },
      { ...draft(), accessibility: ['wings'] },
      { ...draft(), colour: 'red' },
      { ...draft(), minimumAge: -1 },
    ]) {
      assertProblem(await unchanged(() => t.request(jesper, { method: 'POST', url: '/api/v1/offers', payload })), 400, 'validation_failed');
    }
  });
});
