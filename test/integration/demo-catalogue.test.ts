import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { lix } from '../../src/domain/readability.js';
import { loadDemoMunicipalities } from '../../src/features/demo/load-demo-municipalities.js';
import type { DatabaseHandle } from '../../src/platform/db/connect.js';
import type { Database } from '../../src/platform/db/schema.js';
import { withTenant } from '../../src/platform/db/tenant-transaction.js';
import { demoIds } from '../support/platform-helpers.js';
import { createTestDatabase } from '../support/test-database.js';

/** The demo catalogue (seed/catalogue.json) in the database, as `npm start` leaves it. Read as the owner unless noted. */

let handle: DatabaseHandle;
let cleanup: () => Promise<void>;
let db: Kysely<Database>;
let randers: string;
let soeby: string;
const loadedAt = new Date();

const catalogueTables = ['organization', 'location', 'offer', 'offer_location', 'offer_schedule', 'offer_event'] as const;

async function counts(tenantId: string): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of catalogueTables) {
    result[table] = Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).where('tenant_id', '=', tenantId).executeTakeFirstOrThrow()).n);
  }
  return result;
}

async function publishedOffers(tenantId: string) {
  return db.selectFrom('offer').selectAll().where('tenant_id', '=', tenantId).where('lifecycle', '=', 'published').execute();
}

before(async () => {
  ({ handle, cleanup } = await createTestDatabase());
  db = handle.db;
  await loadDemoMunicipalities(db, loadedAt);
  const ids = await demoIds(handle);
  randers = ids.tenant('randers');
  soeby = ids.tenant('soeby');
});

after(async () => {
  await cleanup?.();
});

describe('the Randers catalogue', () => {
  test('has 60 or more published offers, each with a description, an easy-read text at LIX 30 or below, a life domain and an owner unit of Randers', async () => {
    const offers = await publishedOffers(randers);
    assert.ok(offers.length >= 60, `${offers.length} published offers`);
    const randersUnits = new Set((await db.selectFrom('org_unit').select('unit_id').where('tenant_id', '=', randers).execute()).map((u) => u.unit_id));
    for (const o of offers) {
      assert.ok(o.description.trim().length > 40, `${o.name}: description`);
      assert.ok(o.easy_read && lix(o.easy_read).lix <= 30, `${o.name}: easy-read at LIX ${o.easy_read && lix(o.easy_read).lix}`);
      assert.ok(o.life_domains.length >= 1, `${o.name}: life domain`);
      assert.ok(o.owner_unit_id && randersUnits.has(o.owner_unit_id), `${o.name}: owner unit`);
      assert.ok(o.published_at && o.confirmed_at, `${o.name}: published and confirmed`);
    }
  });

  test('every published offer has a location or a schedule that says when in words', async () => {
    const offers = await publishedOffers(randers);
    const located = new Set((await db.selectFrom('offer_location').select('offer_id').where('tenant_id', '=', randers).execute()).map((r) => r.offer_id));
    const described = new Set((await db.selectFrom('offer_schedule').select('offer_id').where('tenant_id', '=', randers).where('description', 'is not', null).execute()).map((r) => r.offer_id));
    const placeless = offers.filter((o) => !located.has(o.offer_id) && !described.has(o.offer_id)).map((o) => o.name);
    assert.deepEqual(placeless, []);
  });

  test('has the ten offers other features find by name, kept by the units the story names', async () => {
    const expected: [offer: string, owner: string, organizationKind: string][] = [
      ['Perron 4 — værested og modtagecenter', 'Perron 4', 'municipal'],
      ['Slotsgården — værested og modtagecenter', 'Slotsgården', 'municipal'],
      ['Modtagecenter Gl. Hadsundvej 1', 'Modtagecenter Gl. Hadsundvej 1', 'municipal'],
      ['Ungegruppen på Autismecentret Gudenåcenteret', 'Autismecentret Gudenåcenteret', 'municipal'],
      ['Forberedende forløb til uddannelse', 'Jobcenter — unge', 'municipal'],
      ['Pårørendegruppe for pårørende til mennesker med hjerneskade', 'Hjerneskadeteamet', 'municipal'],
      ['Svømning for alle i Randers Svømmehal', 'Aktivitets- og fritidskoordinering', 'association'],
      ['Håndbold for alle — Randers HK', 'Aktivitets- og fritidskoordinering', 'association'],
      ['Socialpædagogisk støtte i eget hjem (§ 85)', 'Bostøtte Nord', 'municipal'],
      ['Rusmiddelcenter Randers — ambulant behandling', 'Rusmiddelcenter Randers', 'municipal'],
    ];
    const rows = await db
      .selectFrom('offer as o')
      .innerJoin('org_unit as u', (join) => join.onRef('u.tenant_id', '=', 'o.tenant_id').onRef('u.unit_id', '=', 'o.owner_unit_id'))
      .innerJoin('organization as g', (join) => join.onRef('g.tenant_id', '=', 'o.tenant_id').onRef('g.organization_id', '=', 'o.organization_id'))
      .select(['o.name', 'u.name as owner', 'g.kind', 'o.lifecycle'])
      .where('o.tenant_id', '=', randers)
      .where('o.name', 'in', expected.map(([name]) => name))
      .execute();
    assert.deepEqual(
      rows.map((r) => [r.name, r.owner, r.kind, r.lifecycle]).sort(),
      expected.map(([name, owner, kind]) => [name, owner, kind, 'published']).sort(),
    );
  });

  test('the municipal organisations are linked to their own units, and Perron 4 is the unit Jesper Kjær leads', async () => {
    const perron4 = await db
      .selectFrom('organization as g')
      .innerJoin('org_unit as u', (join) => join.onRef('u.tenant_id', '=', 'g.tenant_id').onRef('u.unit_id', '=', 'g.org_unit_id'))
      .select(['u.unit_id', 'u.name'])
      .where('g.tenant_id', '=', randers)
      .where('g.name', '=', 'Perron 4')
      .executeTakeFirstOrThrow();
    const jesper = await db.selectFrom('app_user').select('org_unit_id').where('tenant_id', '=', randers).where('demo_key', '=', 'jesper').executeTakeFirstOrThrow();
    assert.equal(jesper.org_unit_id, perron4.unit_id);
    const kept = await db.selectFrom('offer').select('name').where('tenant_id', '=', randers).where('owner_unit_id', '=', perron4.unit_id).execute();
    assert.ok(kept.length >= 3, 'Jesper keeps several offers');
    const kinds = await db.selectFrom('organization').select('kind').distinct().where('tenant_id', '=', randers).execute();
    assert.deepEqual(kinds.map((k) => k.kind).sort(), ['association', 'municipal', 'ngo', 'other', 'private', 'region']);
  });

  test('offers carry their HSDS arrays, FFB codes, schedules and capacities', async () => {
    const swim = await db.selectFrom('offer').selectAll().where('tenant_id', '=', randers).where('name', '=', 'Svømning for alle i Randers Svømmehal').executeTakeFirstOrThrow();
    assert.equal(swim.free_of_charge, false);
    assert.equal((swim.cost_options as { currency: string }[])[0]?.currency, 'DKK');
    assert.match((swim.phones as { number: string }[])[0]!.number, /^89 15 /);
    assert.ok((swim.contacts as { phones: unknown[] }[])[0]!.phones.length === 1);
    assert.deepEqual((swim.languages as { code: string }[]).map((l) => l.code), ['da']);
    assert.ok(swim.accessibility.includes('companion-welcome'));
    assert.ok(swim.accessibility.includes('step-free'), 'the search filters on the offer');
    const hall = await db
      .selectFrom('offer_location as ol')
      .innerJoin('location as l', (join) => join.onRef('l.tenant_id', '=', 'ol.tenant_id').onRef('l.location_id', '=', 'ol.location_id'))
      .select(['l.accessibility', 'l.postal_code', 'l.latitude'])
      .where('ol.offer_id', '=', swim.offer_id)
      .executeTakeFirstOrThrow();
    assert.ok(hall.accessibility.includes('step-free'));
    const thursday = await db.selectFrom('offer_schedule').selectAll().where('offer_id', '=', swim.offer_id).where('byday', '=', 'TH').executeTakeFirstOrThrow();
    assert.deepEqual([thursday.freq, thursday.opens_at?.slice(0, 5), thursday.closes_at?.slice(0, 5)], ['WEEKLY', '10:00', '11:30']);
    const residential = await db.selectFrom('offer').select(['legal_basis', 'offer_type', 'capacity_places', 'capacity_free', 'waiting_list']).where('tenant_id', '=', randers).where('legal_basis', 'in', ['SEL §107', 'SEL §108']).where('lifecycle', '=', 'published').execute();
    assert.ok(residential.length >= 4);
    assert.ok(residential.every((r) => r.offer_type && r.capacity_places !== null && r.capacity_free !== null && r.waiting_list !== null));
  });

  test('Danish full text finds the swim offer by "svømning", and "bolig" finds offers about "boliger"', async () => {
    const search = async (words: string) =>
      (
        await db
          .selectFrom('offer')
          .select('name')
          .where('tenant_id', '=', randers)
          .where('lifecycle', '=', 'published')
          .where(sql<boolean>`search_document @@ plainto_tsquery('danish', ${words})`)
          .execute()
      ).map((r) => r.name);
    assert.ok((await search('svømning')).includes('Svømning for alle i Randers Svømmehal'));
    assert.ok((await search('bolig')).length >= 5);
    assert.ok((await search('pårørende')).includes('Pårørendegruppe for pårørende til mennesker med hjerneskade'));
  });

  test('a few drafts, one archived offer, and two or three not confirmed for more than 12 months', async () => {
    const all = await db.selectFrom('offer').select(['lifecycle', 'confirmed_at', 'published_at']).where('tenant_id', '=', randers).execute();
    assert.ok(all.filter((o) => o.lifecycle === 'draft').length >= 2);
    assert.ok(all.filter((o) => o.lifecycle === 'draft').every((o) => o.published_at === null));
    assert.equal(all.filter((o) => o.lifecycle === 'archived').length, 1);
    const yearAgo = new Date(loadedAt.getTime() - 365 * 86_400_000);
    const outdated = all.filter((o) => o.lifecycle === 'published' && o.confirmed_at! < yearAgo);
    assert.ok(outdated.length >= 2 && outdated.length <= 3, `${outdated.length} possibly outdated`);
  });

  test('has 20 or more planned events ahead, some with sign-up and a capacity, all of Randers organisations', async () => {
    const events = await db.selectFrom('offer_event').selectAll().where('tenant_id', '=', randers).where('status', '=', 'planned').where('starts_at', '>', loadedAt).execute();
    assert.ok(events.length >= 20, `${events.length} events ahead`);
    assert.ok(events.filter((e) => e.signup_required && e.capacity).length >= 5);
    const organizations = new Set((await db.selectFrom('organization').select('organization_id').where('tenant_id', '=', randers).execute()).map((o) => o.organization_id));
    assert.ok(events.every((e) => organizations.has(e.organization_id) && e.ends_at > e.starts_at));
    assert.ok(events.some((e) => e.title.includes('Perron 4')));
  });
});

describe('loading again', () => {
  test('adds nothing', async () => {
    const before = { randers: await counts(randers), soeby: await counts(soeby) };
    assert.deepEqual(await loadDemoMunicipalities(db, loadedAt), []);
    assert.deepEqual({ randers: await counts(randers), soeby: await counts(soeby) }, before);
  });

  test('gives a demo municipality from before the catalogue its catalogue, once', async () => {
    const soebyBefore = await counts(soeby);
    const randersBefore = await counts(randers);
    // As a ./data directory from before this feature: Søby exists, but has no catalogue rows.
    await db.transaction().execute(async (trx) => {
      // Decisions and companion requests that name an offer keep their own words for it.
      for (const table of ['granted_service', 'companion_request'] as const) await trx.updateTable(table).set({ offer_id: null }).where('tenant_id', '=', soeby).execute();
      for (const table of ['offer_event', 'offer', 'location', 'organization'] as const) await trx.deleteFrom(table).where('tenant_id', '=', soeby).execute();
    });
    assert.equal((await counts(soeby)).offer, 0);
    assert.deepEqual(await loadDemoMunicipalities(db, loadedAt), [], 'no municipality is created');
    assert.deepEqual(await counts(soeby), soebyBefore);
    assert.deepEqual(await counts(randers), randersBefore);
    const owners = await db.selectFrom('offer').select('owner_unit_id').where('tenant_id', '=', soeby).execute();
    assert.ok(owners.every((o) => o.owner_unit_id !== null), 'owner units found by name');
    await loadDemoMunicipalities(db, loadedAt);
    assert.deepEqual(await counts(soeby), soebyBefore);
  });
});

describe('Søby', () => {
  test('has a catalogue of its own with 5-8 offers', async () => {
    const offers = await publishedOffers(soeby);
    assert.ok(offers.length >= 5 && offers.length <= 8, `${offers.length} offers`);
  });

  test("as Søby inside withTenant, none of Randers' catalogue is visible", async () => {
    const randersOfferIds = new Set((await db.selectFrom('offer').select('offer_id').where('tenant_id', '=', randers).execute()).map((o) => o.offer_id));
    const soebyCounts = await counts(soeby);
    const seen = await withTenant(db, soeby, async (trx) => ({
      offers: await trx.selectFrom('offer').select(['offer_id', 'tenant_id', 'name']).execute(),
      events: await trx.selectFrom('offer_event').select('tenant_id').execute(),
      organizations: await trx.selectFrom('organization').select('tenant_id').execute(),
      swim: await trx.selectFrom('offer').select('offer_id').where('name', '=', 'Svømning for alle i Randers Svømmehal').execute(),
    }));
    assert.equal(seen.offers.length, soebyCounts.offer);
    assert.ok(seen.offers.length > 0);
    assert.ok(seen.offers.every((o) => o.tenant_id === soeby && !randersOfferIds.has(o.offer_id)));
    assert.equal(seen.events.length, soebyCounts.offer_event);
    assert.ok([...seen.events, ...seen.organizations].every((r) => r.tenant_id === soeby));
    assert.deepEqual(seen.swim, []);
  });
});
