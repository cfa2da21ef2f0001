import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { copenhagenToday } from '../../src/domain/copenhagen-time.js';
import { yearlyCostOre } from '../../src/domain/service-cost.js';
import { serviceMessage, type ServiceMessageKey } from '../../src/features/finance/services/service-messages.js';
import { newId } from '../../src/platform/ids.js';
import { catalogueFactory } from '../support/catalogue-factory.js';
import { citizenFactory } from '../support/citizen-factory.js';
import { assertAudited, assertProblem, auditOfRequest, requestIdOf } from '../support/platform-helpers.js';
import { expectStatus, sessionCache } from '../support/referral-fixture.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Decisions on services (granted services) through the API: who may read and record them (only a case officer on
 * the citizen's team), every access audited; the defaults an offer and the case officer's centre give; every bad
 * input refused with a translated message on the field and nothing stored; versions with a version check and the
 * history of each save; and the costs the list returns, equal to domain/service-cost.ts.
 */

let t: TestApp;
let sessions: ReturnType<typeof sessionCache>;
const as = (persona: string) => sessions.as(persona);
let today = '';
let year = 0;

const w = {
  tenantId: '',
  /** Mette (case officer) and Anders (support worker) are on the team; Mikkel's login is the citizen's own. */
  citizenId: '',
  /** Only Anders is on this citizen's team. */
  otherCitizenId: '',
  mette: '',
  chmCentre: '',
  psychiatryCentre: '',
  offers: { residential: '', support: '', draft: '', noBasis: '' },
};

before(async () => {
  t = await createTestApp();
  sessions = sessionCache(t);
  today = copenhagenToday(t.clock.now);
  year = Number(today.slice(0, 4));
  const f = citizenFactory(t.database, t.config.cprKey);
  const cat = catalogueFactory(t.database);
  w.tenantId = await f.tenantId('randers');
  w.citizenId = await f.citizen({ cpr: '010280-1234', firstName: 'Karla', lastName: 'Ydelsesen', persona: 'mikkel', team: [{ persona: 'mette', teamRole: 'case-officer' }, { persona: 'anders', teamRole: 'support-worker' }] });
  w.otherCitizenId = await f.citizen({ cpr: '020381-1235', firstName: 'Bent', lastName: 'Andensen', team: [{ persona: 'anders', teamRole: 'contact-person' }] });
  w.mette = await f.userId('mette');
  w.chmCentre = await cat.unitId(w.tenantId, 'Center for Handicap og Myndighed');
  w.psychiatryCentre = await cat.unitId(w.tenantId, 'Center for Psykiatri og Socialt Udsatte');
  w.offers = {
    residential: await cat.offer(w.tenantId, { name: 'Testbotilbud — længerevarende (§ 108)', legal_basis: 'SEL §108' }),
    support: await cat.offer(w.tenantId, { name: 'Teststøtte i eget hjem', legal_basis: 'SEL §85' }),
    draft: await cat.offer(w.tenantId, { name: 'Kommende botilbud', legal_basis: 'SEL §108', lifecycle: 'draft', published_at: null }),
    noBasis: await cat.offer(w.tenantId, { name: 'Tilbud uden hjemmel', legal_basis: null }),
  };
});

after(async () => {
  await t?.close();
});

const base = (citizenId = w.citizenId) => `/api/v1/citizens/${citizenId}/services`;

/** A valid decision on a named service; each test changes what it tests. */
function named(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { serviceName: `Støtte ${newId()}`, legalBasis: 'SEL §85', providerKind: 'own', placement: 'inside', periodFrom: `${year}-01-01`, priceUnit: 'hour', unitPriceOre: 52_500, quantityHundredths: 400, ...overrides };
}

async function record(body: Record<string, unknown>, citizenId = w.citizenId) {
  return expectStatus(await t.request(await as('mette'), { method: 'POST', url: base(citizenId), payload: body }), 201);
}

/** Every decision and version row, to prove a refused request stored nothing. */
async function serviceTables(): Promise<string> {
  const db = t.database.db;
  return JSON.stringify({
    services: await db.selectFrom('granted_service').selectAll().orderBy('service_id').execute(),
    versions: await db.selectFrom('granted_service_version').selectAll().orderBy('service_id').orderBy('version').execute(),
  });
}

async function refusedWithNothingStored(options: InjectOptions, status: number, path: string, message: string | RegExp): Promise<LightMyRequestResponse> {
  const before = await serviceTables();
  const res = await t.request(await as('mette'), options);
  const problem = assertProblem(res, status, status === 409 ? 'conflict' : 'validation_failed');
  const onField = problem.errors?.find((e) => e.path === path);
  assert.ok(onField, `a problem on ${path}: ${res.body}`);
  if (typeof message === 'string') assert.equal(onField.message, message);
  else assert.match(onField.message, message);
  assert.equal(await serviceTables(), before, 'nothing was stored');
  return res;
}

const da = (key: ServiceMessageKey) => serviceMessage('da', key);

describe('the access matrix', () => {
  type Who = 'case-officer' | 'case-officer-elsewhere' | 'support-worker' | 'citizen' | 'finance' | 'leader' | 'politician' | 'other-municipality' | 'anonymous';
  const personaOf: Record<Exclude<Who, 'anonymous' | 'case-officer-elsewhere'>, string> = {
    'case-officer': 'mette',
    'support-worker': 'anders',
    citizen: 'mikkel',
    finance: 'peter',
    leader: 'karen',
    politician: 'birgit',
    'other-municipality': 'soeby-camilla',
  };
  const everyone: Who[] = ['case-officer', 'case-officer-elsewhere', 'support-worker', 'citizen', 'finance', 'leader', 'politician', 'other-municipality', 'anonymous'];
  const expected = (who: Who, ok: number) => (who === 'case-officer' ? ok : who === 'anonymous' ? 401 : 404);

  interface Route {
    name: string;
    ok: number;
    action: 'service.read' | 'service.grant';
    request: () => Promise<InjectOptions & { citizenId: string }>;
  }
  const fresh = async () => (await record(named({ periodFrom: `${year - 1}-03-01`, periodTo: `${year - 1}-03-31` }))) as { id: string; version: number };
  const routes: Route[] = [
    { name: 'GET /citizens/{id}/services', ok: 200, action: 'service.read', request: async () => ({ method: 'GET', url: base(), citizenId: w.citizenId }) },
    { name: 'POST /citizens/{id}/services', ok: 201, action: 'service.grant', request: async () => ({ method: 'POST', url: base(), payload: named(), citizenId: w.citizenId }) },
    {
      name: 'PATCH /citizens/{id}/services/{serviceId}',
      ok: 200,
      action: 'service.grant',
      request: async () => {
        const s = await fresh();
        return { method: 'PATCH', url: `${base()}/${s.id}`, payload: { version: s.version, unitPriceOre: 60_000 }, citizenId: w.citizenId };
      },
    },
    {
      name: 'POST /citizens/{id}/services/{serviceId}/cancel',
      ok: 200,
      action: 'service.grant',
      request: async () => {
        const s = await fresh();
        return { method: 'POST', url: `${base()}/${s.id}/cancel`, payload: { version: s.version }, citizenId: w.citizenId };
      },
    },
    {
      name: 'GET /citizens/{id}/services/{serviceId}/history',
      ok: 200,
      action: 'service.read',
      request: async () => {
        const s = await fresh();
        return { method: 'GET', url: `${base()}/${s.id}/history`, citizenId: w.citizenId };
      },
    },
  ];

  for (const route of routes) {
    for (const who of everyone) {
      const status = expected(who, route.ok);
      test(`${route.name} as ${who}: ${status}`, async () => {
        const prepared = await route.request();
        // Mette is not on the other citizen's team: the same request about that citizen is hers "elsewhere".
        let options: InjectOptions = prepared;
        let citizenId = prepared.citizenId;
        if (who === 'case-officer-elsewhere') {
          citizenId = w.otherCitizenId;
          options = { ...prepared, url: String(prepared.url).replace(w.citizenId, w.otherCitizenId) };
        }
        const session = who === 'anonymous' ? null : who === 'case-officer-elsewhere' ? await as('mette') : await as(personaOf[who]);
        const before = route.action === 'service.grant' && status !== route.ok ? await serviceTables() : '';
        const res = await t.request(session, options);
        assert.equal(res.statusCode, status, res.body);
        if (status === 401) {
          assertProblem(res, 401, 'unauthenticated');
          assert.equal((await auditOfRequest(t.database, requestIdOf(res))).length, 0);
          return;
        }
        if (status === 404) assertProblem(res, 404, 'not_found');
        if (before) assert.equal(await serviceTables(), before, 'a refused write stores nothing');
        const outcome = status === route.ok ? 'allowed' : 'denied';
        if (who === 'other-municipality') {
          // The citizen does not exist there: the refusal is on record in that municipality, about no citizen.
          const entry = await assertAudited(t.database, res, { action: route.action, actor: session!.userId, outcome: 'denied' });
          assert.equal(entry.citizen_id, null);
          return;
        }
        const entry = await assertAudited(t.database, res, { action: route.action, actor: session!.userId, outcome, tenantId: w.tenantId });
        assert.equal(entry.citizen_id, citizenId);
        assert.equal(entry.purpose, 'case-work');
      });
    }
  }

  test('a decision of one citizen is not found under another citizen, nor an unknown decision', async () => {
    const mine = await record(named({ periodFrom: `${year - 2}-01-01`, periodTo: `${year - 2}-01-31` }));
    // Put a decision on the other citizen as the owner, then ask for it under Karla's id and vice versa.
    const db = t.database.db;
    const foreignId = newId();
    await db
      .insertInto('granted_service')
      .values({ tenant_id: w.tenantId, service_id: foreignId, citizen_id: w.otherCitizenId, service_name: 'Fremmed', legal_basis: 'SEL §85', provider_kind: 'own', placement: 'inside', period_from: `${year}-01-01`, price_unit: 'day', unit_price_ore: 100_000, decided_on: `${year}-01-01` })
      .execute();
    const mette = await as('mette');
    assertProblem(await t.request(mette, { method: 'GET', url: `${base()}/${foreignId}/history` }), 404, 'not_found');
    assertProblem(await t.request(mette, { method: 'PATCH', url: `${base()}/${foreignId}`, payload: { version: 1, unitPriceOre: 1 } }), 404, 'not_found');
    assertProblem(await t.request(mette, { method: 'POST', url: `${base()}/${newId()}/cancel`, payload: { version: 1 } }), 404, 'not_found');
    assertProblem(await t.request(mette, { method: 'GET', url: `${base(w.otherCitizenId)}/${mine.id}/history` }), 404, 'not_found');
    const row = await db.selectFrom('granted_service').select('unit_price_ore').where('service_id', '=', foreignId).executeTakeFirstOrThrow();
    assert.equal(row.unit_price_ore, 100_000);
  });
});

describe('recording a decision', () => {
  test('an offer gives its name and legal basis; §108 is residential; the paying unit is the case officer’s centre', async () => {
    const res = await t.request(await as('mette'), {
      method: 'POST',
      url: base(),
      payload: { offerId: w.offers.residential, providerKind: 'own', providerName: 'Testbotilbud', placement: 'inside', periodFrom: `${year}-02-01`, priceUnit: 'day', unitPriceOre: 295_000 },
    });
    const body = expectStatus(res, 201);
    assert.equal(body.serviceName, 'Testbotilbud — længerevarende (§ 108)');
    assert.deepEqual(body.offer, { id: w.offers.residential, name: 'Testbotilbud — længerevarende (§ 108)' });
    assert.equal(body.legalBasis, 'SEL §108');
    assert.equal(body.residential, true);
    assert.deepEqual(body.payingUnit, { id: w.chmCentre, name: 'Center for Handicap og Myndighed' });
    assert.equal(body.decidedOn, today);
    assert.deepEqual(body.decidedBy, { id: w.mette, name: 'Mette Lund' });
    assert.equal(body.quantityHundredths, 100);
    assert.equal(body.periodTo, null);
    assert.equal(body.version, 1);
    const expectedCost = yearlyCostOre({ periodFrom: `${year}-02-01`, periodTo: null, priceUnit: 'day', unitPriceOre: 295_000, quantityHundredths: 100 }, year);
    assert.equal(body.costThisYearOre, expectedCost);
    assert.equal(body.costLastYearOre, 0);

    const row = await t.database.db.selectFrom('granted_service').selectAll().where('service_id', '=', body.id).executeTakeFirstOrThrow();
    assert.equal(row.citizen_id, w.citizenId);
    assert.equal(row.offer_id, w.offers.residential);
    assert.equal(row.unit_price_ore, 295_000);
    assert.equal(row.paying_unit_id, w.chmCentre);
    assert.equal(row.decided_by, w.mette);
    assert.equal(row.residential, true);
    const versions = await t.database.db.selectFrom('granted_service_version').selectAll().where('service_id', '=', body.id).execute();
    assert.equal(versions.length, 1);
    assert.equal(versions[0]!.version, 1);
    assert.equal(versions[0]!.changed_by, w.mette);
    assert.equal((versions[0]!.snapshot as Record<string, unknown>).unitPriceOre, 295_000);
    const entry = await assertAudited(t.database, res, { action: 'service.grant', actor: w.mette, outcome: 'allowed', resourceId: body.id });
    assert.equal((entry.details as Record<string, unknown>).operation, 'create');
  });

  test('a named service: the paragraph is written one way, §85 is not residential, the paying unit can be chosen', async () => {
    const body = await record(named({ legalBasis: 'sel  § 85', payingUnitId: w.psychiatryCentre, providerKind: 'private', providerName: 'Bostøtte ApS', placement: 'outside', note: 'Bevilget efter visitationsmøde.' }));
    assert.equal(body.legalBasis, 'SEL §85');
    assert.equal(body.residential, false);
    assert.equal(body.offer, null);
    assert.deepEqual(body.payingUnit, { id: w.psychiatryCentre, name: 'Center for Psykiatri og Socialt Udsatte' });
    assert.equal(body.providerKind, 'private');
    assert.equal(body.placement, 'outside');
    assert.equal(body.note, 'Bevilget efter visitationsmøde.');
  });
});

describe('bad input changes nothing', () => {
  const post = (payload: Record<string, unknown>): InjectOptions => ({ method: 'POST', url: base(), payload });
  const cases: { name: string; payload: () => Record<string, unknown>; path: string; message: () => string | RegExp }[] = [
    { name: 'a negative price', payload: () => named({ unitPriceOre: -52_500 }), path: 'unitPriceOre', message: () => da('price.not_positive') },
    { name: 'a price of zero', payload: () => named({ unitPriceOre: 0 }), path: 'unitPriceOre', message: () => da('price.not_positive') },
    { name: 'an absurd price (over 100 million DKK a day)', payload: () => named({ priceUnit: 'day', unitPriceOre: 10_000_000_001 }), path: 'unitPriceOre', message: () => da('price.too_large') },
    { name: 'a price with a fraction of an øre', payload: () => named({ unitPriceOre: 525.5 }), path: 'unitPriceOre', message: () => /\S/ },
    { name: 'a period ending before it starts', payload: () => named({ periodFrom: `${year}-06-01`, periodTo: `${year}-05-31` }), path: 'periodTo', message: () => da('period.ends_before_start') },
    { name: 'a quantity of zero', payload: () => named({ quantityHundredths: 0 }), path: 'quantityHundredths', message: () => da('quantity.not_positive') },
    { name: 'more hours than a week has', payload: () => named({ priceUnit: 'hour', quantityHundredths: 16_900 }), path: 'quantityHundredths', message: () => da('quantity.hours_a_week') },
    { name: 'an unknown offer', payload: () => ({ ...named(), serviceName: undefined, offerId: newId() }), path: 'offerId', message: () => da('offer.unknown') },
    { name: 'a draft offer', payload: () => ({ ...named(), serviceName: undefined, offerId: w.offers.draft }), path: 'offerId', message: () => da('offer.draft') },
    { name: 'neither an offer nor a name', payload: () => ({ ...named(), serviceName: undefined }), path: 'serviceName', message: () => da('name.required') },
    { name: 'an offer without a legal basis, and none given', payload: () => ({ ...named(), serviceName: undefined, legalBasis: undefined, offerId: w.offers.noBasis }), path: 'legalBasis', message: () => da('legal_basis.required') },
    { name: 'a legal basis longer than a paragraph once written one way', payload: () => named({ legalBasis: `SEL§1 ${'x'.repeat(34)}` }), path: 'legalBasis', message: () => da('legal_basis.too_long') },
    { name: 'an unknown paying unit', payload: () => named({ payingUnitId: newId() }), path: 'payingUnitId', message: () => da('paying_unit.unknown') },
    { name: 'a decision dated in the future', payload: () => named({ decidedOn: `${year + 1}-12-31` }), path: 'decidedOn', message: () => da('decided.in_future') },
    { name: 'an unknown provider kind', payload: () => named({ providerKind: 'friend' }), path: 'providerKind', message: () => /\S/ },
    { name: 'a missing price unit', payload: () => ({ ...named(), priceUnit: undefined }), path: 'priceUnit', message: () => 'Vælg en af de mulige værdier.' },
  ];
  for (const c of cases) {
    test(`${c.name}: 400 on ${c.path}`, async () => {
      await refusedWithNothingStored(post(c.payload()), 400, c.path, c.message());
    });
  }

  test('several problems are reported together', async () => {
    const res = await refusedWithNothingStored(post(named({ unitPriceOre: -1, quantityHundredths: 0, periodFrom: `${year}-06-01`, periodTo: `${year}-01-01` })), 400, 'unitPriceOre', da('price.not_positive'));
    assert.deepEqual((res.json() as { errors: { path: string }[] }).errors.map((e) => e.path).sort(), ['periodTo', 'quantityHundredths', 'unitPriceOre']);
  });

  test('overlapping decisions for the same service are refused, naming the decision in force; others are not', async () => {
    const name = `Bostøtte ${newId()}`;
    const first = await record(named({ serviceName: name, periodFrom: `${year}-01-01`, periodTo: `${year}-06-30` }));
    // The same name in another case and the paragraph written another way is the same service.
    await refusedWithNothingStored(post(named({ serviceName: name.toUpperCase(), legalBasis: 'SEL § 85', periodFrom: `${year}-06-30`, periodTo: null })), 400, 'periodFrom', /^Borgeren har allerede en afgørelse om Bostøtte .* \(SEL §85\) i perioden 1\. jan\. \d{4} – 30\. jun\. \d{4}\./);
    await refusedWithNothingStored(post(named({ serviceName: name, periodFrom: `${year - 1}-01-01`, periodTo: null })), 400, 'periodFrom', /Afgørelser om samme ydelse må ikke overlappe/);
    // Back to back is no overlap; another paragraph is another service.
    await record(named({ serviceName: name, periodFrom: `${year}-07-01`, periodTo: `${year}-12-31` }));
    await record(named({ serviceName: name, legalBasis: 'SEL §104', periodFrom: `${year}-03-01`, periodTo: `${year}-03-31` }));
    // The same offer overlaps whatever the name; a withdrawn decision no longer blocks.
    const offered = await record({ offerId: w.offers.support, providerKind: 'own', placement: 'inside', periodFrom: `${year + 1}-01-01`, priceUnit: 'month', unitPriceOre: 1_500_000 });
    await refusedWithNothingStored(post({ offerId: w.offers.support, serviceName: 'Et andet navn', providerKind: 'own', placement: 'inside', periodFrom: `${year + 2}-01-01`, priceUnit: 'month', unitPriceOre: 1_600_000 }), 400, 'periodFrom', /Teststøtte i eget hjem/);
    expectStatus(await t.request(await as('mette'), { method: 'POST', url: `${base()}/${offered.id}/cancel`, payload: { version: 1 } }), 200);
    await record({ offerId: w.offers.support, providerKind: 'own', placement: 'inside', periodFrom: `${year + 2}-01-01`, priceUnit: 'month', unitPriceOre: 1_600_000 });
    // A change that makes a decision overlap another is refused too.
    await refusedWithNothingStored({ method: 'PATCH', url: `${base()}/${first.id}`, payload: { version: 1, periodTo: `${year}-07-15` } }, 400, 'periodFrom', /Afgørelser om samme ydelse må ikke overlappe/);
  });

  test('in English for a user who reads English', async () => {
    const mette = await as('mette');
    expectStatus(await t.request(mette, { method: 'PATCH', url: '/api/v1/me', payload: { language: 'en' } }), 200);
    try {
      const res = await t.request(mette, { method: 'POST', url: base(), payload: named({ unitPriceOre: 0, periodFrom: `${year}-06-01`, periodTo: `${year}-05-01` }) });
      const problem = assertProblem(res, 400, 'validation_failed', 'en');
      assert.deepEqual(problem.errors, [
        { path: 'unitPriceOre', message: serviceMessage('en', 'price.not_positive') },
        { path: 'periodTo', message: serviceMessage('en', 'period.ends_before_start') },
      ]);
    } finally {
      expectStatus(await t.request(mette, { method: 'PATCH', url: '/api/v1/me', payload: { language: 'da' } }), 200);
    }
  });
});

describe('versions and history', () => {
  test('each save is a version; a stale or withdrawn decision is not changed; the history says who changed what', async () => {
    const mette = await as('mette');
    const created = await record(named({ serviceName: 'Socialpædagogisk støtte', periodFrom: `${year - 1}-09-01`, unitPriceOre: 52_500, quantityHundredths: 400, payingUnitId: w.chmCentre }));
    const url = `${base()}/${created.id}`;
    const v2 = expectStatus(await t.request(mette, { method: 'PATCH', url, payload: { version: 1, unitPriceOre: 54_000 } }), 200);
    assert.equal(v2.version, 2);
    assert.equal(v2.unitPriceOre, 54_000);
    // Saving on the version read before is refused and changes nothing.
    const before = await serviceTables();
    const stale = await t.request(mette, { method: 'PATCH', url, payload: { version: 1, quantityHundredths: 600 } });
    assert.match(assertProblem(stale, 409, 'conflict').detail ?? '', /Nogen har ændret dette/);
    assert.equal(await serviceTables(), before, 'nothing was stored');
    const v3 = expectStatus(await t.request(mette, { method: 'PATCH', url, payload: { version: 2, periodTo: `${year}-12-31`, payingUnitId: w.psychiatryCentre, note: 'Forlænget til årets udgang.' } }), 200);
    assert.equal(v3.version, 3);
    const v4 = expectStatus(await t.request(mette, { method: 'POST', url: `${url}/cancel`, payload: { version: 3 } }), 200);
    assert.equal(v4.status, 'cancelled');
    assert.equal(v4.costThisYearOre, 0);
    assert.equal(v4.costLastYearOre, 0);
    await refusedWithNothingStored({ method: 'PATCH', url, payload: { version: 4, unitPriceOre: 1 } }, 409, 'version', da('cancelled'));
    await refusedWithNothingStored({ method: 'POST', url: `${url}/cancel`, payload: { version: 4 } }, 409, 'version', da('cancelled'));

    const res = await t.request(mette, { method: 'GET', url: `${url}/history` });
    const history = expectStatus(res, 200);
    assert.deepEqual(
      history.items.map((i: { version: number; operation: string }) => [i.version, i.operation]),
      [
        [4, 'cancel'],
        [3, 'update'],
        [2, 'update'],
        [1, 'create'],
      ],
    );
    for (const item of history.items) assert.deepEqual(item.by, { id: w.mette, name: 'Mette Lund' });
    assert.deepEqual(history.items[2].changes, [{ field: 'unitPriceOre', from: 52_500, to: 54_000 }]);
    assert.deepEqual(history.items[1].changes, [
      { field: 'payingUnitId', from: 'Center for Handicap og Myndighed', to: 'Center for Psykiatri og Socialt Udsatte' },
      { field: 'periodTo', from: null, to: `${year}-12-31` },
      { field: 'note', from: null, to: 'Forlænget til årets udgang.' },
    ]);
    assert.deepEqual(history.items[0].changes.map((c: { field: string }) => c.field), ['cancelledAt']);
    const first = Object.fromEntries(history.items[3].changes.map((c: { field: string; to: unknown }) => [c.field, c.to]));
    assert.equal(first.serviceName, 'Socialpædagogisk støtte');
    assert.equal(first.unitPriceOre, 52_500);
    assert.equal(first.payingUnitId, 'Center for Handicap og Myndighed');
    const entry = await assertAudited(t.database, res, { action: 'service.read', actor: w.mette, outcome: 'allowed', resourceId: created.id });
    assert.equal((entry.details as Record<string, unknown>).operation, 'history');
    const rows = await t.database.db.selectFrom('granted_service_version').select(['version', 'changed_by']).where('service_id', '=', created.id).orderBy('version').execute();
    assert.deepEqual(rows.map((r) => r.version), [1, 2, 3, 4]);
  });

  test('choosing another offer brings its name and paragraph into the decision and its history', async () => {
    const mette = await as('mette');
    const created = await record(named({ serviceName: 'Midlertidigt botilbud', legalBasis: 'SEL §107', periodFrom: `${year + 3}-01-01`, periodTo: `${year + 3}-02-28`, priceUnit: 'day', unitPriceOre: 180_000 }));
    assert.equal(created.residential, true);
    const offerId = await catalogueFactory(t.database).offer(w.tenantId, { name: 'Teststøtte om natten', legal_basis: 'SEL §85' });
    const changed = expectStatus(await t.request(mette, { method: 'PATCH', url: `${base()}/${created.id}`, payload: { version: 1, offerId } }), 200);
    assert.equal(changed.serviceName, 'Teststøtte om natten');
    assert.equal(changed.legalBasis, 'SEL §85');
    assert.equal(changed.residential, false);
    const history = expectStatus(await t.request(mette, { method: 'GET', url: `${base()}/${created.id}/history` }), 200);
    const offerChange = history.items[0].changes.find((c: { field: string }) => c.field === 'offerId');
    assert.deepEqual(offerChange, { field: 'offerId', from: null, to: 'Teststøtte om natten' });
  });
});

describe('the list and its costs', () => {
  test('each decision’s cost this year and last year, and the total, are those of domain/service-cost.ts', async () => {
    const f = citizenFactory(t.database, t.config.cprKey);
    const citizenId = await f.citizen({ cpr: '030479-1236', firstName: 'Dyr', lastName: 'Sagsen', team: [{ persona: 'mette', teamRole: 'case-officer' }] });
    const decisions = [
      named({ serviceName: 'Døgnophold', legalBasis: 'SEL §108', priceUnit: 'day', unitPriceOre: 295_050, periodFrom: `${year - 1}-07-15`, periodTo: null }),
      named({ serviceName: 'Bostøtte', priceUnit: 'hour', unitPriceOre: 52_500, quantityHundredths: 350, periodFrom: `${year - 1}-02-01`, periodTo: `${year}-03-31` }),
      named({ serviceName: 'Misbrugsbehandling', legalBasis: 'SEL §101', priceUnit: 'month', unitPriceOre: 1_234_567, quantityHundredths: 150, periodFrom: `${year}-05-10`, periodTo: `${year}-11-20` }),
    ];
    const created: Record<string, any>[] = [];
    for (const d of decisions) created.push(await record(d, citizenId));
    const withdrawn = await record(named({ serviceName: 'Fejlregistrering', priceUnit: 'day', unitPriceOre: 1_000_000, periodFrom: `${year}-01-01` }), citizenId);
    expectStatus(await t.request(await as('mette'), { method: 'POST', url: `${base(citizenId)}/${withdrawn.id}/cancel`, payload: { version: 1 } }), 200);

    const res = await t.request(await as('mette'), { method: 'GET', url: base(citizenId) });
    const list = expectStatus(res, 200);
    assert.equal(list.year, year);
    assert.equal(list.items.length, 4);
    let total = 0;
    let totalLast = 0;
    for (const [i, d] of decisions.entries()) {
      const item = list.items.find((x: { id: string }) => x.id === created[i]!.id);
      const priced = { periodFrom: d.periodFrom as string, periodTo: (d.periodTo as string | null) ?? null, priceUnit: d.priceUnit as 'day' | 'hour' | 'month', unitPriceOre: d.unitPriceOre as number, quantityHundredths: d.quantityHundredths as number };
      assert.equal(item.costThisYearOre, yearlyCostOre(priced, year), `${String(d.serviceName)} this year`);
      assert.equal(item.costLastYearOre, yearlyCostOre(priced, year - 1), `${String(d.serviceName)} last year`);
      total += yearlyCostOre(priced, year);
      totalLast += yearlyCostOre(priced, year - 1);
    }
    const cancelled = list.items.find((x: { id: string }) => x.id === withdrawn.id);
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(cancelled.costThisYearOre, 0);
    assert.equal(list.totalThisYearOre, total);
    assert.equal(list.totalLastYearOre, totalLast);
    assert.ok(list.totalThisYearOre > 100_000_000, 'a day rate of 2,950.50 DKK makes the case cost over 1 million DKK this year');
    // Newest period first.
    assert.deepEqual(list.items.map((x: { periodFrom: string }) => x.periodFrom), [...list.items.map((x: { periodFrom: string }) => x.periodFrom)].sort().reverse());
    assert.equal(list.defaultPayingUnitId, w.chmCentre);
    assert.ok(list.payingUnits.some((u: { id: string; name: string }) => u.id === w.psychiatryCentre && u.name === 'Center for Psykiatri og Socialt Udsatte'));
    assert.ok(list.payingUnits.every((u: { name: string }) => u.name !== 'Perron 4'), 'only centres pay');
    const entry = await assertAudited(t.database, res, { action: 'service.read', actor: w.mette, outcome: 'allowed', resourceId: citizenId });
    assert.equal(entry.resource_type, 'granted-service-list');
  });
});

describe('two decisions at once', () => {
  test('of two overlapping decisions on the same service sent together, one is saved and the other refused', async () => {
    const mette = await as('mette');
    const name = `Samtidig ${newId()}`;
    const send = (from: string) => t.request(mette, { method: 'POST', url: base(), payload: named({ serviceName: name, periodFrom: from }) });
    const answers = await Promise.all([send(`${year + 5}-01-01`), send(`${year + 5}-02-01`)]);
    assert.deepEqual(answers.map((a) => a.statusCode).sort(), [201, 400], answers.map((a) => a.body).join('\n'));
    const rows = await t.database.db.selectFrom('granted_service').select('service_id').where('service_name', '=', name).execute();
    assert.equal(rows.length, 1);
  });
});

describe("the demo's decisions", () => {
  test("the story's citizens have their decisions, with versions, and Mette reads Mikkel's and Jonas's", async () => {
    const db = t.database.db;
    const rows = await db
      .selectFrom('granted_service as g')
      .innerJoin('citizen as c', (join) => join.onRef('c.tenant_id', '=', 'g.tenant_id').onRef('c.citizen_id', '=', 'g.citizen_id'))
      .select(['c.first_name', 'c.birth_date', 'g.service_id', 'g.legal_basis', 'g.price_unit', 'g.unit_price_ore', 'g.quantity_hundredths', 'g.period_from', 'g.residential', 'g.version', 'g.citizen_id'])
      .where('g.tenant_id', '=', w.tenantId)
      .where('c.last_name', 'in', ['Sørensen', 'Mortensen', 'Ahmadi', 'Kristensen'])
      .where('c.first_name', 'in', ['Mikkel', 'Birthe', 'Sara', 'Jonas'])
      .orderBy('c.first_name')
      .orderBy('g.period_from')
      .execute();
    assert.deepEqual(
      rows.map((r) => [r.first_name, r.legal_basis, r.price_unit, r.residential]),
      [
        ['Birthe', 'SEL §108', 'day', true],
        ['Jonas', 'SEL §85', 'hour', false],
        ['Mikkel', 'SEL §85', 'hour', false],
        ['Sara', 'SEL §85', 'hour', false],
        ['Sara', 'SEL §101', 'month', false],
      ],
    );
    const birthe = rows.find((r) => r.first_name === 'Birthe')!;
    const birtheYear = yearlyCostOre({ periodFrom: birthe.period_from, periodTo: null, priceUnit: 'day', unitPriceOre: birthe.unit_price_ore, quantityHundredths: birthe.quantity_hundredths }, year);
    assert.ok(birtheYear > 100_000_000, "Birthe's long-term residential offer costs over 1 million DKK a year");
    const jonas = rows.find((r) => r.first_name === 'Jonas')!;
    assert.equal(jonas.period_from, `${Number(jonas.birth_date.slice(0, 4)) + 18}${jonas.birth_date.slice(4)}`, "Jonas's support begins on his 18th birthday");
    const mikkel = rows.find((r) => r.first_name === 'Mikkel')!;
    assert.equal(mikkel.version, 2);
    assert.equal(mikkel.quantity_hundredths, 400);

    const mette = await as('mette');
    const list = expectStatus(await t.request(mette, { method: 'GET', url: base(mikkel.citizen_id) }), 200);
    assert.equal(list.items.length, 1);
    assert.equal(list.items[0].serviceName, 'Socialpædagogisk støtte i eget hjem (§ 85)');
    const history = expectStatus(await t.request(mette, { method: 'GET', url: `${base(mikkel.citizen_id)}/${mikkel.service_id}/history` }), 200);
    assert.deepEqual(history.items.map((i: { operation: string }) => i.operation), ['update', 'create']);
    assert.deepEqual(history.items[0].changes.map((c: { field: string }) => c.field), ['quantityHundredths', 'note']);
    expectStatus(await t.request(mette, { method: 'GET', url: base(jonas.citizen_id) }), 200);
  });

  test('a second start loads nothing again', async () => {
    const { loadDemoServicesIfMissing } = await import('../../src/features/demo/load-demo-services.js');
    const before = await serviceTables();
    assert.equal(await loadDemoServicesIfMissing(t.database.db, { tenantId: w.tenantId, slug: 'randers' }, t.clock.now), 0);
    assert.equal(await serviceTables(), before);
  });
});
