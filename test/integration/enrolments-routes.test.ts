import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { copenhagenToday } from '../../src/domain/copenhagen-time.js';
import { newId } from '../../src/platform/ids.js';
import { catalogueFactory } from '../support/catalogue-factory.js';
import { citizenFactory } from '../support/citizen-factory.js';
import { assertAudited, assertProblem } from '../support/platform-helpers.js';
import { createReferralWorld, expectStatus, insertReferralIn, sessionCache, type ReferralWorld } from '../support/referral-fixture.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Enrolments through the API, on both engines: the team's staff start and end them (plan.write and a relation),
 * the citizen reads their own; everyone else gets 404, anonymous 401; bad input is a translated 400 with nothing
 * stored; every access is audited. A referral that starts opens an enrolment and one that completes ends it.
 */

let t: TestApp;
let sessions: ReturnType<typeof sessionCache>;
const as = (persona: string) => sessions.as(persona);
let world: ReferralWorld;
let today = '';
let offerId = '';
/** Anders is on the team of the world's citizen (Mikkel); this one has only Mette. */
let otherCitizenId = '';

before(async () => {
  t = await createTestApp();
  sessions = sessionCache(t);
  today = copenhagenToday(t.clock.now);
  world = await createReferralWorld(t);
  const cat = catalogueFactory(t.database);
  offerId = await cat.offer(world.tenantId, { name: 'Ladegården — forsorgshjem (test)', legal_basis: 'SEL §110', offer_type: '80aa8ea7-4ad8-405f-876a-4c0f89fde06a', owner_unit_id: world.units.slotsgaarden });
  const f = citizenFactory(t.database, t.config.cprKey);
  otherCitizenId = await f.citizen({ cpr: '030382-1236', firstName: 'Bo', lastName: 'Forløbsen', team: [{ persona: 'mette', teamRole: 'case-officer' }] });
});

after(async () => {
  await t?.close();
});

const enrolments = () => t.database.db.selectFrom('enrolment').selectAll().orderBy('enrolment_id').execute();
const base = (citizenId = world.citizenId) => `/api/v1/citizens/${citizenId}/enrolments`;

async function start(body: Record<string, unknown>, citizenId = world.citizenId) {
  return expectStatus(await t.request(await as('anders'), { method: 'POST', url: base(citizenId), payload: body }), 201);
}

describe('starting and ending', () => {
  test('from a catalogue offer: name, type, paragraph and unit are copied; audited', async () => {
    const res = await t.request(await as('anders'), { method: 'POST', url: base(), payload: { offerId, startedOn: '2025-03-01', source: 'walk-in' } });
    const body = expectStatus(res, 201);
    assert.equal(body.offerName, 'Ladegården — forsorgshjem (test)');
    assert.deepEqual([body.legalBasis, body.offerType, body.unit.id, body.source, body.startedOn, body.endedOn], ['SEL §110', '80aa8ea7-4ad8-405f-876a-4c0f89fde06a', world.units.slotsgaarden, 'walk-in', '2025-03-01', null]);
    const row = (await enrolments()).find((e) => e.enrolment_id === body.id)!;
    assert.deepEqual([row.citizen_id, row.legal_basis, row.offer_id, row.started_on], [world.citizenId, 'SEL §110', offerId, '2025-03-01']);
    const audit = await assertAudited(t.database, res, { action: 'plan.write', actor: world.users.anders, outcome: 'allowed', resourceId: body.id });
    assert.equal(audit.citizen_id, world.citizenId);
    assert.equal(audit.resource_type, 'enrolment');
  });

  test('a named offer with its own paragraph; then ended on its last day', async () => {
    const started = await start({ offerName: 'Alkoholbehandling i Randers', legalBasis: 'SUL §141', offerType: 'Støtte til behandling', startedOn: '2024-01-15' });
    assert.deepEqual([started.offerId, started.unit, started.source], [null, null, 'direct']);
    const res = await t.request(await as('anders'), { method: 'POST', url: `/api/v1/enrolments/${started.id}/end`, payload: { endedOn: '2024-06-30' } });
    const body = expectStatus(res, 200);
    assert.equal(body.endedOn, '2024-06-30');
    assert.equal((await enrolments()).find((e) => e.enrolment_id === started.id)!.ended_on, '2024-06-30');
    await assertAudited(t.database, res, { action: 'plan.write', actor: world.users.anders, outcome: 'allowed', resourceId: started.id });
    // Twice: a conflict naming the end already recorded; nothing changes.
    const again = assertProblem(await t.request(await as('anders'), { method: 'POST', url: `/api/v1/enrolments/${started.id}/end`, payload: { endedOn: '2024-07-31' } }), 409, 'conflict');
    assert.match(again.errors![0]!.message, /allerede afsluttet \(2024-06-30\)/);
    assert.equal((await enrolments()).find((e) => e.enrolment_id === started.id)!.ended_on, '2024-06-30');
  });

  test('the citizen and the team read the list, newest first; the read is audited', async () => {
    const res = await t.request(await as('mikkel'), { method: 'GET', url: base() });
    const body = expectStatus(res, 200);
    assert.ok(body.items.length >= 2);
    assert.deepEqual(body.items.map((i: { startedOn: string }) => i.startedOn), [...body.items.map((i: { startedOn: string }) => i.startedOn)].sort().reverse());
    await assertAudited(t.database, res, { action: 'citizen.read', actor: world.users.mikkel, outcome: 'allowed' });
    expectStatus(await t.request(await as('anders'), { method: 'GET', url: base() }), 200);
  });
});

describe('who may', () => {
  test('anonymous: 401 on every route', async () => {
    assertProblem(await t.request(null, { method: 'GET', url: base() }), 401, 'unauthenticated');
    assertProblem(await t.request(null, { method: 'POST', url: base(), payload: { offerId, startedOn: today } }), 401, 'unauthenticated');
    assertProblem(await t.request(null, { method: 'POST', url: `/api/v1/enrolments/${newId()}/end`, payload: { endedOn: today } }), 401, 'unauthenticated');
  });

  test('without a relation: 404 and nothing stored (staff elsewhere, a leader, another municipality)', async () => {
    const before = JSON.stringify(await enrolments());
    for (const persona of ['anders', 'karen', 'soeby-camilla']) {
      const res = await t.request(await as(persona), { method: 'POST', url: base(otherCitizenId), payload: { offerId, startedOn: today } });
      assertProblem(res, 404, 'not_found');
    }
    assertProblem(await t.request(await as('karen'), { method: 'GET', url: base() }), 404, 'not_found');
    assert.equal(JSON.stringify(await enrolments()), before);
  });

  test('the citizen reads but does not write their own enrolments: 404, audited as denied', async () => {
    const before = JSON.stringify(await enrolments());
    const res = await t.request(await as('mikkel'), { method: 'POST', url: base(), payload: { offerId, startedOn: today } });
    assertProblem(res, 404, 'not_found');
    await assertAudited(t.database, res, { action: 'plan.write', actor: world.users.mikkel, outcome: 'denied' });
    assert.equal(JSON.stringify(await enrolments()), before);
  });

  test("ending someone else's enrolment or an unknown one: 404", async () => {
    const theirs = await expectStatus(await t.request(await as('mette'), { method: 'POST', url: base(otherCitizenId), payload: { offerName: 'Bostøtte', legalBasis: 'SEL §85', startedOn: '2025-01-01' } }), 201);
    assertProblem(await t.request(await as('anders'), { method: 'POST', url: `/api/v1/enrolments/${theirs.id}/end`, payload: { endedOn: today } }), 404, 'not_found');
    assertProblem(await t.request(await as('anders'), { method: 'POST', url: `/api/v1/enrolments/${newId()}/end`, payload: { endedOn: today } }), 404, 'not_found');
    assert.equal((await enrolments()).find((e) => e.enrolment_id === theirs.id)!.ended_on, null);
  });
});

describe('bad input: 400 on the field, nothing stored', () => {
  const cases: [string, () => Record<string, unknown>, string, RegExp][] = [
    ['no offer and no name', () => ({ startedOn: '2025-01-01' }), 'offerName', /Vælg et tilbud/],
    ['an unknown offer', () => ({ offerId: newId(), startedOn: '2025-01-01' }), 'offerId', /findes ikke i kataloget/],
    ['a start in the future', () => ({ offerId, startedOn: '2999-01-01' }), 'startedOn', /efter i dag/],
    ['not a date', () => ({ offerId, startedOn: '1. marts' }), 'startedOn', /.+/],
    ['an unknown unit', () => ({ offerId, startedOn: '2025-01-01', unitId: newId() }), 'unitId', /Enheden findes ikke/],
    ["another citizen's referral", () => ({ offerId, startedOn: '2025-01-01', referralId: newId() }), 'referralId', /Henvisningen findes ikke/],
    ['an unknown source', () => ({ offerId, startedOn: '2025-01-01', source: 'telepathy' }), 'source', /.+/],
    ['a paragraph too long', () => ({ offerName: 'X', legalBasis: 'x'.repeat(41), startedOn: '2025-01-01' }), 'legalBasis', /.+/],
  ];
  for (const [name, body, path, message] of cases) {
    test(name, async () => {
      const before = JSON.stringify(await enrolments());
      const problem = assertProblem(await t.request(await as('anders'), { method: 'POST', url: base(), payload: body() }), 400, 'validation_failed');
      const onField = problem.errors?.find((e) => e.path === path);
      assert.ok(onField, JSON.stringify(problem.errors));
      assert.match(onField.message, message);
      assert.equal(JSON.stringify(await enrolments()), before);
    });
  }

  test('an end before the start or in the future', async () => {
    const started = await start({ offerId, startedOn: '2025-05-01' });
    for (const [endedOn, message] of [['2025-04-30', /før det begynder \(2025-05-01\)/], ['2999-01-01', /efter i dag/]] as const) {
      const problem = assertProblem(await t.request(await as('anders'), { method: 'POST', url: `/api/v1/enrolments/${started.id}/end`, payload: { endedOn } }), 400, 'validation_failed');
      assert.match(problem.errors![0]!.message, message);
    }
    assert.equal((await enrolments()).find((e) => e.enrolment_id === started.id)!.ended_on, null);
  });
});

describe('a referral is an enrolment while it runs', () => {
  test("'started' opens one in the referral's offer, 'completed' ends it, in the same request", async () => {
    const referralId = await insertReferralIn(t, world, 'accepted');
    const jesper = await as('jesper');
    const started = expectStatus(await t.request(jesper, { method: 'PATCH', url: `/api/v1/referrals/${referralId}`, payload: { state: 'started', version: 1 } }), 200);
    const opened = (await enrolments()).filter((e) => e.referral_id === referralId);
    assert.equal(opened.length, 1);
    assert.deepEqual([opened[0]!.offer_id, opened[0]!.source, opened[0]!.started_on, opened[0]!.ended_on, opened[0]!.unit_id], [world.offers.perron4, 'referral', today, null, world.units.perron4]);
    expectStatus(await t.request(jesper, { method: 'PATCH', url: `/api/v1/referrals/${referralId}`, payload: { state: 'completed', version: started.version } }), 200);
    const ended = (await enrolments()).filter((e) => e.referral_id === referralId);
    assert.equal(ended.length, 1);
    assert.equal(ended[0]!.ended_on, today);
  });

  test("'stopped' after 'started' ends it too; 'accepted' opens none", async () => {
    const referralId = await insertReferralIn(t, world, 'received');
    const jesper = await as('jesper');
    const accepted = expectStatus(await t.request(jesper, { method: 'PATCH', url: `/api/v1/referrals/${referralId}`, payload: { state: 'accepted', version: 1 } }), 200);
    assert.equal((await enrolments()).filter((e) => e.referral_id === referralId).length, 0);
    const started = expectStatus(await t.request(jesper, { method: 'PATCH', url: `/api/v1/referrals/${referralId}`, payload: { state: 'started', version: accepted.version } }), 200);
    expectStatus(await t.request(jesper, { method: 'PATCH', url: `/api/v1/referrals/${referralId}`, payload: { state: 'stopped', reason: 'Flyttede', version: started.version } }), 200);
    const rows = (await enrolments()).filter((e) => e.referral_id === referralId);
    assert.deepEqual(rows.map((r) => r.ended_on), [today]);
  });
});
