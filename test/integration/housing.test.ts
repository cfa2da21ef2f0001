import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { projectedSelfSufficiencyPermille, selfSufficiencyOn, type Placement } from '../../src/domain/self-sufficiency.js';
import { loadDemoMunicipalities } from '../../src/features/demo/load-demo-municipalities.js';
import { countPlacements } from '../../src/features/housing/count-placements.js';
import { newId } from '../../src/platform/ids.js';
import { housingFactory } from '../support/housing-factory.js';
import { assertAudited, assertProblem, auditOfRequest, requestIdOf } from '../support/platform-helpers.js';
import { bodyOf, receptionFactory, sessionsFor } from '../support/reception-factory.js';
import { catalogueFactory } from '../support/catalogue-factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Housing capacity on both engines. Søby (the small demo municipality) gets a known set of residential decisions and
 * offers, so the self-sufficiency rate per year, the occupancy and the projection can be worked out by hand; Randers
 * has the demo's Housing plan II, which finance edits. The clock stands at 15 June 2026, so 2026 is counted that day.
 */

let t: TestApp;
let as: ReturnType<typeof sessionsFor>;
let f: ReturnType<typeof housingFactory>;
const ids = { soeby: '', randers: '', havnevej: '', strandvej: '', kirkevej: '', moelleparken: '' };
const soebyNames: string[] = [];

const get = async (who: string | null, url: string) => t.request(who ? await as(who) : null, { method: 'GET', url });
const patch = async (who: string | null, id: string, payload: Record<string, unknown>) => t.request(who ? await as(who) : null, { method: 'PATCH', url: `/api/v1/housing/projects/${id}`, payload });

/** A request made while the persona has chosen English: the answer's texts follow the user's language. */
async function inEnglish<T>(persona: string, request: () => Promise<T>): Promise<T> {
  const userId = (await as(persona)).userId;
  await t.database.db.updateTable('app_user').set({ preferred_language: 'en' }).where('user_id', '=', userId).execute();
  try {
    return await request();
  } finally {
    await t.database.db.updateTable('app_user').set({ preferred_language: 'da' }).where('user_id', '=', userId).execute();
  }
}

before(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2026-06-15T10:00:00Z');
  as = sessionsFor(t);
  f = housingFactory(t.database);
  const staff = receptionFactory(t.database);
  const catalogue = catalogueFactory(t.database);
  ids.soeby = await f.tenantId('soeby');
  ids.randers = await f.tenantId('randers');
  await staff.staffPersona({ key: 'soeby-finance', name: 'Søren Kasse', unit: 'Socialcenter Søby', roles: ['finance'], slug: 'soeby' });
  await staff.staffPersona({ key: 'soeby-leader', name: 'Lene Leder', unit: 'Socialcenter Søby', roles: ['leader'], slug: 'soeby' });
  await staff.staffPersona({ key: 'soeby-politician', name: 'Poul Politiker', unit: 'Socialcenter Søby', roles: ['politician'], slug: 'soeby' });
  // Søby's decisions are this test's alone, whatever the demo may seed.
  await t.database.db.deleteFrom('granted_service').where('tenant_id', '=', ids.soeby).execute();

  const municipal = await catalogue.organization(ids.soeby, { name: 'Socialcenter Søby', kind: 'municipal' });
  const elsewhere = await catalogue.organization(ids.soeby, { name: 'Nabokommunens botilbud', kind: 'other' });
  ids.havnevej = await catalogue.offer(ids.soeby, { organization_id: municipal, name: 'Bofællesskabet Havnevej', legal_basis: 'SEL §108', capacity_places: 4, capacity_free: null, waiting_list: 2 });
  ids.strandvej = await catalogue.offer(ids.soeby, { organization_id: municipal, name: 'Midlertidige boliger Strandvej', legal_basis: 'SEL § 107', capacity_places: 2, capacity_free: 0, waiting_list: 1 });
  ids.kirkevej = await catalogue.offer(ids.soeby, { organization_id: municipal, name: 'Boliger på Kirkevej', offer_type: 'd23e3e8a-7fcf-4603-9d75-481b6e47e0eb' });
  ids.moelleparken = await catalogue.offer(ids.soeby, { organization_id: elsewhere, name: 'Botilbud Mølleparken', legal_basis: 'SEL §108', lifecycle: 'archived', capacity_places: 10 });
  await catalogue.offer(ids.soeby, { organization_id: municipal, name: 'Botilbud under planlægning', legal_basis: 'SEL §108', lifecycle: 'draft', capacity_places: 8 });
  await catalogue.offer(ids.soeby, { organization_id: municipal, name: 'Lukket botilbud uden beboere', legal_basis: 'SEL §108', lifecycle: 'archived', capacity_places: 3 });
  await catalogue.offer(ids.soeby, { organization_id: municipal, name: 'Forsorgshjemmet', legal_basis: 'SEL §110', capacity_places: 12 });

  const citizen = async (letter: string) => {
    const name = ['Borger', `${letter}sen`] as const;
    soebyNames.push(`${name[0]} ${name[1]}`);
    return f.citizen(ids.soeby, name[0], name[1]);
  };
  // The known placements, with what each counts for on 31 Dec 2022–2025 and on 15 June 2026:
  await f.placement(ids.soeby, await citizen('A'), { provider_kind: 'own', placement: 'inside', period_from: '2023-03-01', offer_id: ids.havnevej }); // 2023–2026
  await f.placement(ids.soeby, await citizen('B'), { provider_kind: 'private', placement: 'inside', period_from: '2023-06-01', period_to: '2024-05-31' }); // 2023
  await f.placement(ids.soeby, await citizen('C'), { provider_kind: 'other-municipality', placement: 'outside', period_from: '2022-01-01', offer_id: ids.moelleparken }); // 2022–2026
  await f.placement(ids.soeby, await citizen('D'), { provider_kind: 'own', placement: 'inside', period_from: '2024-02-01', offer_id: ids.havnevej }); // 2024–2026
  await f.placement(ids.soeby, await citizen('E'), { provider_kind: 'region', placement: 'outside', period_from: '2024-12-31', period_to: '2025-12-30' }); // 2024
  await f.placement(ids.soeby, await citizen('F'), { provider_kind: 'own', placement: 'inside', period_from: '2025-01-01', cancelled_at: new Date(), offer_id: ids.strandvej }); // withdrawn: never
  await f.placement(ids.soeby, await citizen('G'), { provider_kind: 'own', placement: 'inside', period_from: '2023-01-01', residential: false, legal_basis: 'SEL §85' }); // not residential: never
  await f.placement(ids.soeby, await citizen('H'), { provider_kind: 'own', placement: 'inside', period_from: '2026-01-10', offer_id: ids.havnevej }); // 2026
  await f.placement(ids.soeby, await citizen('I'), { provider_kind: 'private', placement: 'outside', period_from: '2025-12-31', period_to: '2026-03-31' }); // 2025
  await f.placement(ids.soeby, await citizen('J'), { provider_kind: 'private', placement: 'inside', period_from: '2026-01-01' }); // 2026
  await f.placement(ids.soeby, await citizen('K'), { provider_kind: 'private', placement: 'inside', period_from: '2023-01-01', period_to: '2023-12-31' }); // 2023 (its last day)
  await f.project(ids.soeby, { name: 'Søby: færdigt byggeri', status: 'finished', placeChanges: [{ legalBasis: 'SEL §108', change: 5 }] });
  await f.project(ids.soeby, { name: 'Søby: nyt botilbud', status: 'ongoing', placeChanges: [{ legalBasis: 'SEL §108', change: 2 }, { legalBasis: 'SEL §107', change: -1 }] });
  await f.project(ids.soeby, { name: 'Søby: forkastet grund', status: 'rejected', placeChanges: [{ legalBasis: 'SEL §108', change: 10 }] });
});

after(async () => {
  await t?.close();
});

describe('self-sufficiency', () => {
  test('per year, on a small known dataset: placements inside and outside, own offers and the rate (hand-computed)', async () => {
    const res = await get('soeby-finance', '/api/v1/housing/self-sufficiency?from=2022&to=2026');
    const body = bodyOf(res, 200);
    assert.equal(body.targetPercent, 73);
    assert.equal(body.today, '2026-06-15');
    const rows = body.years.map((y: any) => [y.year, y.referenceDay, y.current, y.placements, y.inside, y.outside, y.own, y.permille]);
    assert.deepEqual(rows, [
      [2022, '2022-12-31', false, 1, 0, 1, 0, 0], // C
      [2023, '2023-12-31', false, 4, 3, 1, 1, 250], // A B C K
      [2024, '2024-12-31', false, 4, 2, 2, 2, 500], // A C D E
      [2025, '2025-12-31', false, 4, 2, 2, 2, 500], // A C D I
      [2026, '2026-06-15', true, 5, 4, 1, 3, 600], // A C D H J
    ]);
    const entry = await assertAudited(t.database, res, { action: 'housing.read', actor: (await as('soeby-finance')).userId, outcome: 'allowed', tenantId: ids.soeby });
    assert.equal(entry.citizen_id, null);
    assert.deepEqual(entry.details, { from: 2022, to: 2026, reason: 'role-grant' });
  });

  test('the default is the last five years up to this year', async () => {
    const body = bodyOf(await get('soeby-leader', '/api/v1/housing/self-sufficiency'), 200);
    assert.deepEqual([body.from, body.to], [2022, 2026]);
    assert.deepEqual(body.years.map((y: any) => y.permille), [0, 250, 500, 500, 600]);
  });

  test('the counts in SQL equal the pure rule, for 150 random placements on random days', async () => {
    const date = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2026, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
    const placement = fc.record({ a: date, b: fc.option(date, { nil: null }), own: fc.boolean(), inside: fc.boolean(), residential: fc.boolean(), cancelled: fc.boolean() });
    const samples = fc.sample(placement, { numRuns: 150, seed: 20261215 });
    const days = [...new Set(fc.sample(date, { numRuns: 25, seed: 7 }).concat(['2020-01-01', '2026-12-31']))].sort();
    class RollBack extends Error {}
    await t.database.db
      .transaction()
      .execute(async (trx) => {
        // A municipality of its own inside a transaction that is rolled back, so nothing else sees these rows.
        const tenantId = newId();
        await trx.insertInto('tenant').values({ tenant_id: tenantId, slug: `housing-${tenantId.slice(-8)}`, name: 'Prøvekommune', settings: '{}' }).execute();
        const citizenId = newId();
        await trx.insertInto('citizen').values({ tenant_id: tenantId, citizen_id: citizenId, first_name: 'Prøve', last_name: 'Borger', birth_date: '1980-01-01', created_at: new Date(), updated_at: new Date() }).execute();
        const counted: (Placement & { inside: boolean })[] = [];
        for (const s of samples) {
          const [from, to] = s.b !== null && s.b < s.a ? [s.b, s.a] : [s.a, s.b];
          await trx
            .insertInto('granted_service')
            .values({ tenant_id: tenantId, service_id: newId(), citizen_id: citizenId, service_name: 'x', legal_basis: 'SEL §108', provider_kind: s.own ? 'own' : 'private', placement: s.inside ? 'inside' : 'outside', residential: s.residential, period_from: from, period_to: to, price_unit: 'day', unit_price_ore: 1, decided_on: from, cancelled_at: s.cancelled ? new Date() : null, created_at: new Date(), updated_at: new Date() })
            .execute();
          if (s.residential && !s.cancelled) counted.push({ periodFrom: from, periodTo: to, own: s.own, inside: s.inside });
        }
        const fromSql = await countPlacements(trx, tenantId, days);
        assert.deepEqual(fromSql.map((c) => c.day), days);
        for (const c of fromSql) {
          const rule = selfSufficiencyOn(counted, c.day);
          const inside = selfSufficiencyOn(counted.map((p) => ({ ...p, own: p.inside })), c.day).own;
          assert.deepEqual({ placements: c.placements, own: c.own, permille: c.permille, inside: c.inside, outside: c.outside }, { placements: rule.total, own: rule.own, permille: rule.permille, inside, outside: rule.total - inside }, c.day);
        }
        throw new RollBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RollBack)) throw error;
      });
  });

  test('bad ranges: backwards, over 50 years, a future year, not a year → 400 with the field, in the reader’s language', async () => {
    const cases: [string, string, string][] = [
      ['from=2026&to=2022', 'from', 'Det første år skal ligge før eller være det samme som det sidste år.'],
      ['from=1976&to=2026', 'from', 'Vælg højst 50 år ad gangen.'],
      ['from=2024&to=2027', 'to', 'Det sidste år kan højst være i år. Et år, der ikke er begyndt, kan ikke gøres op.'],
      ['from=tyve', 'from', 'Skriv et tal.'],
      ['from=2024.5', 'from', 'Skriv et helt tal.'],
      ['to=1899', 'to', 'Tallet skal være mindst 1900.'],
      ['year=2024', 'year', 'Ukendt felt: year.'],
    ];
    for (const [query, path, message] of cases) {
      const res = await get('soeby-finance', `/api/v1/housing/self-sufficiency?${query}`);
      const problem = assertProblem(res, 400, 'validation_failed');
      assert.deepEqual(problem.errors, [{ path, message }], query);
    }
    const english = await inEnglish('soeby-finance', () => get('soeby-finance', '/api/v1/housing/self-sufficiency?from=2026&to=2022'));
    assert.deepEqual(assertProblem(english, 400, 'validation_failed', 'en').errors, [{ path: 'from', message: 'The first year must be before or the same as the last year.' }]);
  });
});

describe('residential offers', () => {
  test('places, occupancy today, free places and waiting list; drafts, closed offers without residents and other paragraphs left out', async () => {
    const res = await get('soeby-politician', '/api/v1/housing/residential-offers');
    const body = bodyOf(res, 200);
    assert.equal(body.today, '2026-06-15');
    const rows = body.items.map((o: any) => [o.name, o.legalBasis, o.ownOffer, o.archived, o.places, o.occupied, o.free, o.freeReportedByOffer, o.waitingList, o.overfilled]);
    assert.deepEqual(rows, [
      // A, D and H live there; F's decision was withdrawn. No free figure reported: 4 − 3.
      ['Bofællesskabet Havnevej', 'SEL §108', true, false, 4, 3, 1, false, 2, false],
      // By its FFB type ("Botilbudslignende tilbud"), without a paragraph or places.
      ['Boliger på Kirkevej', null, true, false, null, 0, null, false, null, false],
      // Archived, but C still lives there.
      ['Botilbud Mølleparken', 'SEL §108', false, true, 10, 1, 9, false, null, false],
      ['Midlertidige boliger Strandvej', 'SEL § 107', true, false, 2, 0, 0, true, 1, false],
    ]);
    assert.equal(body.items[1].offerType.display, 'Botilbudslignende tilbud');
    assert.deepEqual(body.totals, { places: 16, occupied: 4, free: 10, waitingList: 3 });
    await assertAudited(t.database, res, { action: 'housing.read', actor: (await as('soeby-politician')).userId, outcome: 'allowed', tenantId: ids.soeby });
  });

  test('occupancy counts residential decisions active today only; more residents than places is said', async () => {
    const offer = async (id: string) => bodyOf(await get('soeby-finance', '/api/v1/housing/residential-offers'), 200).items.find((o: any) => o.id === id);
    const k = await f.citizen(ids.soeby, 'Borger', 'Ksen');
    const l = await f.citizen(ids.soeby, 'Borger', 'Lsen');
    soebyNames.push('Borger Ksen', 'Borger Lsen');
    const added = [
      // Not residential (day support given at the offer): not a resident.
      await f.placement(ids.soeby, k, { provider_kind: 'own', placement: 'inside', period_from: '2026-06-15', offer_id: ids.strandvej, residential: false, legal_basis: 'SEL §85' }),
      // Ended yesterday, starts tomorrow: not today.
      await f.placement(ids.soeby, k, { provider_kind: 'own', placement: 'inside', period_from: '2026-05-01', period_to: '2026-06-14', offer_id: ids.strandvej }),
      await f.placement(ids.soeby, l, { provider_kind: 'own', placement: 'inside', period_from: '2026-06-16', offer_id: ids.strandvej }),
      // Today is the first and the last day: both count.
      await f.placement(ids.soeby, k, { provider_kind: 'own', placement: 'inside', period_from: '2026-06-15', period_to: '2026-06-20', offer_id: ids.kirkevej }),
      await f.placement(ids.soeby, l, { provider_kind: 'own', placement: 'inside', period_from: '2026-01-01', period_to: '2026-06-15', offer_id: ids.kirkevej }),
    ];
    try {
      assert.equal((await offer(ids.strandvej)).occupied, 0);
      const kirkevej = await offer(ids.kirkevej);
      assert.deepEqual([kirkevej.places, kirkevej.occupied, kirkevej.free, kirkevej.overfilled], [null, 2, null, false]);
      await t.database.db.updateTable('offer').set({ capacity_places: 1 }).where('offer_id', '=', ids.kirkevej).execute();
      const overfilled = await offer(ids.kirkevej);
      assert.deepEqual([overfilled.places, overfilled.occupied, overfilled.free, overfilled.overfilled], [1, 2, 0, true]);
    } finally {
      // Back to the known dataset for the tests after this one.
      await t.database.db.updateTable('offer').set({ capacity_places: null }).where('offer_id', '=', ids.kirkevej).execute();
      await t.database.db.deleteFrom('granted_service').where('service_id', 'in', added).execute();
    }
  });
});

describe('Housing plan II', () => {
  test('the demo plan of Randers, ordered by status, with the projection from today’s placements', async () => {
    const res = await get('peter', '/api/v1/housing/projects');
    const body = bodyOf(res, 200);
    assert.equal(body.items.length, 14);
    assert.deepEqual([...new Set(body.items.map((p: any) => p.status))], ['finished', 'ongoing', 'not-started']);
    const asferg = body.items.find((p: any) => p.name === 'Botilbud i Asferg');
    assert.deepEqual([asferg.status, asferg.placeChanges, asferg.netChange], ['ongoing', [{ legalBasis: 'SEL §108', change: 24 }], 24]);
    const stationsvej = body.items.find((p: any) => p.name === 'Botilbud på Gl. Stationsvej');
    assert.equal(stationsvej.netChange, 4);
    // Ongoing: Asferg 24, Ladegården 2 (Medborgerhus Neptunvej none); not started: Kastanievej 3, Marienborgvej 15 6, 22 homes.
    assert.deepEqual([body.projection.placesOngoing, body.projection.placesStillToCome], [26, 57]);
    assert.equal(body.projection.targetPercent, 73);

    // Whatever the demo's decisions are, the projection starts from today's placements as the pure rule counts them.
    const rows = await t.database.db.selectFrom('granted_service').select(['period_from', 'period_to', 'provider_kind']).where('tenant_id', '=', ids.randers).where('residential', '=', true).where('cancelled_at', 'is', null).execute();
    const today = selfSufficiencyOn(rows.map((r) => ({ periodFrom: r.period_from, periodTo: r.period_to, own: r.provider_kind === 'own' })), '2026-06-15');
    assert.deepEqual([body.projection.placements, body.projection.own, body.projection.currentPermille], [today.total, today.own, today.permille]);
    assert.equal(body.projection.projectedOngoingPermille, projectedSelfSufficiencyPermille({ own: today.own, total: today.total }, 26));
    assert.equal(body.projection.projectedPermille, projectedSelfSufficiencyPermille({ own: today.own, total: today.total }, 57));
  });

  test('Søby’s projection by hand: 3 of 5 own today, ongoing +2 −1 → 4 of 5; finished and rejected projects do not count', async () => {
    const body = bodyOf(await get('soeby-leader', '/api/v1/housing/projects'), 200);
    assert.deepEqual(body.items.map((p: any) => p.name), ['Søby: færdigt byggeri', 'Søby: nyt botilbud', 'Søby: forkastet grund']);
    assert.deepEqual(body.projection, { today: '2026-06-15', placements: 5, own: 3, currentPermille: 600, placesOngoing: 1, projectedOngoingPermille: 800, placesStillToCome: 1, projectedPermille: 800, targetPercent: 73 });
  });

  test('finance changes a status and dates: the version grows, the row changes, the audit names the change', async () => {
    const list = bodyOf(await get('peter', '/api/v1/housing/projects'), 200);
    const ladegaarden = list.items.find((p: any) => p.name === 'Ladegården');
    const res = await patch('peter', ladegaarden.id, { version: ladegaarden.version, status: 'finished', doneOn: '2026-06-01', placeChanges: [{ legalBasis: 'SEL §107', change: 3 }] });
    const saved = bodyOf(res, 200);
    assert.deepEqual([saved.status, saved.doneOn, saved.netChange, saved.version], ['finished', '2026-06-01', 3, ladegaarden.version + 1]);
    const row = await f.projectRow(ladegaarden.id);
    assert.deepEqual([row.status, row.done_on, row.place_changes, row.version], ['finished', '2026-06-01', [{ legalBasis: 'SEL §107', change: 3 }], ladegaarden.version + 1]);
    assert.equal(row.updated_at.toISOString(), '2026-06-15T10:00:00.000Z');
    const entry = await assertAudited(t.database, res, { action: 'housing.manage', actor: (await as('peter')).userId, outcome: 'allowed', resourceId: ladegaarden.id, tenantId: ids.randers });
    assert.deepEqual(entry.details, { fields: ['doneOn', 'placeChanges', 'status'], status: { from: 'ongoing', to: 'finished' }, reason: 'role-grant' });
    // Ladegården's places are now in today's offers: 55 still to come, 24 of them ongoing.
    const after = bodyOf(await get('karen', '/api/v1/housing/projects'), 200).projection;
    assert.deepEqual([after.placesOngoing, after.placesStillToCome], [24, 55]);

    // A second save on the version read before: 409, nothing changed.
    const before = await f.projectsState();
    const stale = await patch('peter', ladegaarden.id, { version: ladegaarden.version, status: 'ongoing' });
    assertProblem(stale, 409, 'conflict');
    assert.equal(await f.projectsState(), before);
    // Clearing: address and dates to null.
    const cleared = bodyOf(await patch('peter', ladegaarden.id, { version: saved.version, address: null, startsOn: null, doneOn: null }), 200);
    assert.deepEqual([cleared.address, cleared.startsOn, cleared.doneOn, cleared.status], [null, null, null, 'finished']);
  });

  test('bad input: 400 with the field, translated, and nothing changed', async () => {
    const list = bodyOf(await get('peter', '/api/v1/housing/projects'), 200);
    const asferg = list.items.find((p: any) => p.name === 'Botilbud i Asferg');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ version: asferg.version, status: 'paused' }, 'status', 'Vælg en af de mulige værdier.'],
      [{ version: asferg.version, placeChanges: [{ legalBasis: 'SEL §108', change: 1.5 }] }, 'placeChanges.0.change', 'Skriv et helt tal.'],
      [{ version: asferg.version, placeChanges: [{ legalBasis: 'SEL §108', change: null }] }, 'placeChanges.0.change', 'Skriv et tal.'],
      [{ version: asferg.version, placeChanges: [{ legalBasis: 'SEL §108', change: '24' }] }, 'placeChanges.0.change', 'Skriv et tal.'],
      [{ version: asferg.version, placeChanges: [{ legalBasis: '', change: 2 }] }, 'placeChanges.0.legalBasis', 'Feltet skal udfyldes.'],
      [{ version: asferg.version, placeChanges: [{ legalBasis: 'SEL §108', change: 20 }, { legalBasis: 'SEL § 108', change: 4 }] }, 'placeChanges.1.legalBasis', 'Skriv hver paragraf én gang, med den samlede ændring i pladser.'],
      [{ version: asferg.version, doneOn: '2023-12-31' }, 'doneOn', 'Datoen for, hvornår projektet er færdigt, kan ikke ligge før startdatoen.'],
      [{ version: asferg.version, startsOn: '2031-02-30' }, 'startsOn', 'Skriv en gyldig dato (ÅÅÅÅ-MM-DD).'],
      [{ version: asferg.version, name: '' }, 'name', 'Feltet skal udfyldes.'],
      [{ status: 'finished' }, 'version', 'Feltet skal udfyldes.'],
      [{ version: asferg.version, owner: 'x' }, 'owner', 'Ukendt felt: owner.'],
    ];
    for (const [payload, path, message] of cases) {
      const before = await f.projectsState();
      const res = await patch('peter', asferg.id, payload);
      const problem = assertProblem(res, 400, 'validation_failed');
      assert.deepEqual(problem.errors, [{ path, message }], JSON.stringify(payload));
      assert.equal(await f.projectsState(), before, `${JSON.stringify(payload)} changed nothing`);
    }
    const english = await inEnglish('peter', () => patch('peter', asferg.id, { version: asferg.version, doneOn: '2023-12-31' }));
    const problem = assertProblem(english, 400, 'validation_failed', 'en');
    assert.deepEqual(problem.errors, [{ path: 'doneOn', message: 'The date the project is done cannot be before its start date.' }]);
    assert.equal((await f.projectRow(asferg.id)).version, asferg.version);
  });
});

describe('access', () => {
  const reads = ['/api/v1/housing/residential-offers', '/api/v1/housing/self-sufficiency?from=2022&to=2026', '/api/v1/housing/projects'];

  test('finance, leader and politician read; a support worker and a case officer 403 (audited); no login 401', async () => {
    for (const url of reads) {
      for (const who of ['peter', 'karen', 'birgit']) assert.equal((await get(who, url)).statusCode, 200, `${who} ${url}`);
      for (const who of ['anders', 'mette']) {
        const res = await get(who, url);
        assertProblem(res, 403, 'forbidden');
        const [entry] = await auditOfRequest(t.database, requestIdOf(res));
        assert.deepEqual([entry?.action, entry?.outcome, entry?.actor_user_id], ['housing.read', 'denied', (await as(who)).userId], `${who} ${url}`);
      }
      assertProblem(await get(null, url), 401, 'unauthenticated');
    }
  });

  test('only finance changes a project: leader and politician 403, another municipality 404, no login 401, unknown 404; nothing changed', async () => {
    const list = bodyOf(await get('peter', '/api/v1/housing/projects'), 200);
    const project = list.items.find((p: any) => p.name === 'Marienborgvej 15');
    const matrix: [string | null, number, string][] = [
      ['karen', 403, 'forbidden'],
      ['birgit', 403, 'forbidden'],
      ['anders', 403, 'forbidden'],
      ['soeby-finance', 404, 'not_found'],
      [null, 401, 'unauthenticated'],
    ];
    for (const [who, status, code] of matrix) {
      const before = await f.projectsState();
      const res = await patch(who, project.id, { version: project.version, status: 'ongoing' });
      assertProblem(res, status, code as 'forbidden');
      assert.equal(await f.projectsState(), before, `${who ?? 'nobody'} changed nothing`);
    }
    const denied = await patch('birgit', project.id, { version: project.version, status: 'ongoing' });
    await assertAudited(t.database, denied, { action: 'housing.manage', actor: (await as('birgit')).userId, outcome: 'denied', resourceId: project.id });
    assertProblem(await patch('peter', newId(), { version: 1, status: 'ongoing' }), 404, 'not_found');
    assertProblem(await get('soeby-finance', `/api/v1/housing/projects/${project.id}`), 404, 'not_found');
    assert.equal(bodyOf(await get('birgit', `/api/v1/housing/projects/${project.id}`), 200).name, 'Marienborgvej 15');
  });

  test('another municipality sees nothing of Randers: neither its projects, offers nor placements', async () => {
    const randersProjects = (await t.database.db.selectFrom('housing_project').select('name').where('tenant_id', '=', ids.randers).execute()).map((r) => r.name);
    const randersOffers = (await t.database.db.selectFrom('offer').select('name').where('tenant_id', '=', ids.randers).execute()).map((r) => r.name);
    const projects = bodyOf(await get('soeby-finance', '/api/v1/housing/projects'), 200);
    assert.ok(projects.items.every((p: any) => !randersProjects.includes(p.name)));
    const offers = bodyOf(await get('soeby-finance', '/api/v1/housing/residential-offers'), 200);
    assert.ok(offers.items.every((o: any) => !randersOffers.includes(o.name)));
    // Randers' demo plan exists and is not Søby's: Søby's finance reads only its own three projects.
    assert.equal(projects.items.length, 3);
    assert.ok(randersProjects.length >= 14);
  });

  test('no route names a citizen: no name, id or CPR of any citizen in any answer', async () => {
    const citizens = await t.database.db.selectFrom('citizen').select(['citizen_id', 'first_name', 'last_name']).execute();
    assert.ok(citizens.length > soebyNames.length);
    const answers: LightMyRequestResponse[] = [];
    for (const who of ['peter', 'birgit', 'soeby-finance']) for (const url of reads) answers.push(await get(who, url));
    for (const res of answers) {
      assert.equal(res.statusCode, 200);
      for (const c of citizens) {
        assert.ok(!res.body.includes(c.citizen_id), 'no citizen id');
        assert.ok(!res.body.includes(`${c.first_name} ${c.last_name}`), `no name (${c.first_name} ${c.last_name})`);
      }
      assert.doesNotMatch(res.body, /\b\d{6}-?\d{4}\b/, 'nothing like a CPR number');
    }
    for (const name of soebyNames) assert.ok(answers.every((res) => !res.body.includes(name)));
  });
});

describe('the demo plan', () => {
  test('a demo municipality without projects gets Housing plan II on its next start, once; one without a plan in the seed gets none', async () => {
    const db = t.database.db;
    const count = async (tenantId: string) => (await db.selectFrom('housing_project').select('project_id').where('tenant_id', '=', tenantId).execute()).length;
    await db.deleteFrom('housing_project').where('tenant_id', '=', ids.randers).execute();
    await loadDemoMunicipalities(db);
    assert.equal(await count(ids.randers), 14);
    const loaded = await db.selectFrom('housing_project').select(['name', 'status', 'place_changes', 'starts_on', 'done_on']).where('tenant_id', '=', ids.randers).where('name', '=', 'Ladegården').executeTakeFirstOrThrow();
    assert.deepEqual(loaded, { name: 'Ladegården', status: 'ongoing', place_changes: [{ legalBasis: 'SEL §107', change: 2 }], starts_on: '2025-10-02', done_on: '2027-06-30' });
    // A start with projects there (changed or not) leaves them as they are.
    await loadDemoMunicipalities(db);
    assert.equal(await count(ids.randers), 14);
    // Søby's seed has no plan; its three are this test's.
    assert.equal(await count(ids.soeby), 3);
  });
});
