import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ffbOfferTypes } from '../../src/domain/ffb-offer-types.js';
import { importHsds } from '../../src/features/hsds/import-hsds.js';
import { validateHsds, type HsdsObjectName } from '../../src/interop/hsds/hsds-validator.js';
import { legalBasisTerm, mestringTaxonomyId, mestringTermId } from '../../src/interop/hsds/mestring-taxonomies.js';
import { readHsdsSource } from '../../src/interop/hsds/read-hsds-source.js';
import { newId } from '../../src/platform/ids.js';
import { catalogueFactory } from '../support/catalogue-factory.js';
import { assertProblem } from '../support/platform-helpers.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The HSDS API over a catalogue made in Mestring (catalogue factory) plus an imported official example: every object
 * of every endpoint validates against the official HSDS 3.0 schemas; Mestring's facts travel as attributes of its
 * name-based taxonomies; filters work; drafts and another municipality's offers never show; bad parameters get a
 * 400 problem.
 */

let t: TestApp;
const own = 'hsds-own';
const other = 'hsds-other';
const ids = {} as Record<'tenant' | 'otherTenant' | 'org' | 'hiddenOrg' | 'location' | 'offer' | 'plainOffer' | 'draft' | 'hiddenDraft' | 'otherOffer' | 'schedule' | 'imported', string>;
const ffb = ffbOfferTypes.find((f) => f.display === 'Aktivitets- og samværstilbud')!;

async function get(path: string, municipality = own) {
  return t.request(null, { method: 'GET', url: `/api/hsds${path}${path.includes('?') ? '&' : '?'}municipality=${municipality}` });
}

async function ok(path: string, municipality = own): Promise<any> {
  const res = await get(path, municipality);
  assert.equal(res.statusCode, 200, `${path}: ${res.body}`);
  return res.json();
}

function assertValid(kind: HsdsObjectName, object: unknown, where: string) {
  assert.deepEqual(validateHsds(kind, object), [], `${where} is valid HSDS ${kind}`);
}

before(async () => {
  t = await createTestApp();
  const db = t.database.db;
  ids.tenant = newId();
  ids.otherTenant = newId();
  await db.insertInto('tenant').values({ tenant_id: ids.tenant, slug: own, name: 'HSDS Kommune', settings: '{}' }).execute();
  await db.insertInto('tenant').values({ tenant_id: ids.otherTenant, slug: other, name: 'Anden Kommune', settings: '{}' }).execute();
  const f = catalogueFactory(t.database);
  ids.org = await f.organization(ids.tenant, { name: 'Foreningen Fællesskab', description: 'En forening for alle', email: 'kontakt@example.dk', website: 'https://example.dk' });
  ids.location = await f.location(ids.tenant, { organization_id: ids.org, name: 'Huset', accessibility: ['step-free', 'hearing-loop'] });
  ids.offer = await f.offer(ids.tenant, {
    organization_id: ids.org,
    name: 'Samværstilbud for unge med autisme',
    description: 'Et sted at mødes og lave noget sammen.',
    easy_read: 'Her kan du møde andre unge.',
    target_groups: ['autism'],
    life_domains: ['leisure', 'social'],
    legal_basis: 'SEL §104',
    offer_type: ffb.code,
    accessibility: ['quiet-room'],
    capacity_places: 12,
    capacity_free: 3,
    waiting_list: 0,
    free_of_charge: true,
    self_referral: true,
    pictogram: 'star',
    minimum_age: 16,
    maximum_age: 30,
    locationId: ids.location,
  });
  ids.plainOffer = await f.offer(ids.tenant, { organization_id: ids.org, name: 'Rådgivning', free_of_charge: false, language_codes: ['da', 'en'] });
  ids.draft = await f.offer(ids.tenant, { organization_id: ids.org, name: 'Kladde til nyt tilbud', lifecycle: 'draft', published_at: null });
  const hiddenOrg = await f.organization(ids.tenant, { name: 'Skjult udbyder' });
  ids.hiddenOrg = hiddenOrg;
  ids.hiddenDraft = await f.offer(ids.tenant, { organization_id: hiddenOrg, name: 'Skjult kladde', lifecycle: 'draft', published_at: null });
  ids.otherOffer = await f.offer(ids.otherTenant, { name: 'Tilbud i en anden kommune' });
  ids.schedule = newId();
  await db
    .insertInto('offer_schedule')
    .values([
      { tenant_id: ids.tenant, schedule_id: ids.schedule, offer_id: ids.offer, location_id: ids.location, valid_from: '2026-06-01', freq: 'WEEKLY', interval: 1, byday: 'MO,WE', opens_at: '15:00:00', closes_at: '18:00:00', description: 'Mandag og onsdag' },
      // A rule HSDS 3.0 has no FREQ for: it must still come out valid.
      { tenant_id: ids.tenant, schedule_id: newId(), offer_id: ids.plainOffer, valid_from: '2026-01-05', freq: 'DAILY', interval: 2, opens_at: '08:00:00', closes_at: '09:00:00' },
    ])
    .execute();
  const imported = await importHsds(db, { tenantId: ids.tenant, source: await readHsdsSource(new URL('../fixtures/hsds/service_full.json', import.meta.url).pathname), skipInvalid: false, draft: false, now: t.clock.now });
  assert.equal(imported.imported, true);
  ids.imported = 'ac148810-d857-441c-9679-408f346de14b';
});

after(async () => {
  await t?.close();
});

describe('every object the API returns is valid HSDS', () => {
  test('/ is the base object', async () => {
    const root = await ok('/');
    assert.equal(root.version, '3.0');
    assert.equal(root.openapi_url, new URL('/api/openapi.json', t.config.publicUrl).toString());
  });

  test('services: lists (compact, full, minimal) and each service', async () => {
    for (const query of ['', '?full=true', '?minimal=true']) {
      const page = await ok(`/services${query}`);
      assert.equal(page.total_items, 3, `${query}: the three published services`);
      for (const [i, service] of page.contents.entries()) assertValid('service', service, `/services${query} contents[${i}]`);
    }
    const minimal = await ok('/services?minimal=true');
    assert.deepEqual(Object.keys(minimal.contents[0]).sort(), ['id', 'last_modified', 'name', 'status']);
    for (const id of [ids.offer, ids.plainOffer, ids.imported]) assertValid('service', await ok(`/services/${id}`), `/services/${id}`);
  });

  test('organizations: lists (plain, full, full_service) and each organization', async () => {
    for (const query of ['', '?full=true', '?full=true&full_service=true']) {
      const page = await ok(`/organizations${query}`);
      assert.equal(page.total_items, 2, `${query}: the two organizations with published services`);
      for (const [i, organization] of page.contents.entries()) assertValid('organization', organization, `/organizations${query} contents[${i}]`);
    }
    for (const query of ['', '?full_service=true']) assertValid('organization', await ok(`/organizations/${ids.org}${query}`), `/organizations/${ids.org}${query}`);
  });

  test('service_at_locations: lists (compact, full) and each', async () => {
    for (const query of ['', '?full=true']) {
      const page = await ok(`/service_at_locations${query}`);
      assert.equal(page.total_items, 2);
      for (const [i, sal] of page.contents.entries()) {
        assertValid('service_at_location', sal, `/service_at_locations${query} contents[${i}]`);
        assertValid('location', sal.location, `its location`);
        assertValid('service', sal.service, `its service`);
      }
    }
    const page = await ok('/service_at_locations');
    for (const sal of page.contents) assertValid('service_at_location', await ok(`/service_at_locations/${sal.id}`), `/service_at_locations/${sal.id}`);
  });

  test('taxonomies and taxonomy terms: every page and each object', async () => {
    const taxonomies = await ok('/taxonomies?per_page=100');
    for (const taxonomy of taxonomies.contents) {
      assertValid('taxonomy', taxonomy, `/taxonomies ${taxonomy.id}`);
      assertValid('taxonomy', await ok(`/taxonomies/${taxonomy.id}`), `/taxonomies/${taxonomy.id}`);
    }
    let pageNumber = 1;
    let seen = 0;
    for (;;) {
      const page = await ok(`/taxonomy_terms?per_page=25&page=${pageNumber}`);
      for (const term of page.contents) assertValid('taxonomy_term', term, `/taxonomy_terms ${term.id}`);
      seen += page.size;
      if (page.last_page) break;
      pageNumber += 1;
    }
    assert.equal(seen, (await ok('/taxonomy_terms')).total_items, 'the pages hold every term once');
    assertValid('taxonomy_term', await ok(`/taxonomy_terms/${mestringTermId('target-group', 'autism')}`), 'a Mestring term');
  });
});

test("the demo municipality's whole catalogue is valid HSDS", async () => {
  const services = await ok('/services?full=true&per_page=1000', 'randers');
  assert.ok(services.total_items > 0, 'the demo catalogue has published offers');
  for (const service of services.contents) assertValid('service', service, `randers service ${service.name}`);
  for (const organization of (await ok('/organizations?full=true&full_service=true&per_page=1000', 'randers')).contents) assertValid('organization', organization, `randers organization ${organization.name}`);
  for (const sal of (await ok('/service_at_locations?full=true&per_page=1000', 'randers')).contents) assertValid('service_at_location', sal, `randers service_at_location ${sal.id}`);
  for (const term of (await ok('/taxonomy_terms?per_page=1000', 'randers')).contents) assertValid('taxonomy_term', term, `randers term ${term.code}`);
});

describe("Mestring's facts as attributes of its own taxonomies", () => {
  test("a service made in Mestring carries its facts as attributes with name-based term ids", async () => {
    const service = await ok(`/services/${ids.offer}`);
    const byTerm = new Map(service.attributes.map((a: any) => [a.taxonomy_term_id, a]));
    for (const [taxonomy, code] of [['target-group', 'autism'], ['life-domain', 'leisure'], ['life-domain', 'social'], ['offer-type', ffb.code], ['accessibility', 'quiet-room'], ['offer-conditions', 'free-of-charge'], ['offer-conditions', 'self-referral']] as const) {
      assert.ok(byTerm.has(mestringTermId(taxonomy, code)), `${taxonomy}/${code}`);
    }
    assert.ok(byTerm.has(legalBasisTerm('SEL §104').id), 'the legal basis');
    assert.equal((byTerm.get(mestringTermId('offer-conditions', 'capacity-places')) as any).value, '12');
    assert.equal((byTerm.get(mestringTermId('offer-conditions', 'capacity-free')) as any).value, '3');
    assert.equal((byTerm.get(mestringTermId('offer-conditions', 'waiting-list')) as any).value, '0');
    assert.equal((byTerm.get(mestringTermId('offer-conditions', 'easy-read')) as any).value, 'Her kan du møde andre unge.');
    assert.equal((byTerm.get(mestringTermId('offer-conditions', 'pictogram')) as any).value, 'star');
    const offerType = byTerm.get(mestringTermId('offer-type', ffb.code)) as any;
    assert.equal(offerType.taxonomy_term.code, ffb.code);
    assert.equal(offerType.taxonomy_term.name, ffb.display);
    // The location's physical accessibility, and a schedule in Danish summer time.
    const location = service.service_at_locations[0].location;
    assert.deepEqual(location.attributes.map((a: any) => a.taxonomy_term.code).sort(), ['hearing-loop', 'step-free']);
    assert.deepEqual(location.addresses, [{ id: location.addresses[0].id, address_1: 'Testvej 1', city: 'Randers C', state_province: '', postal_code: '8900', country: 'DK', address_type: 'physical' }]);
    const schedule = service.schedules.find((s: any) => s.id === ids.schedule);
    assert.equal(schedule.timezone, 2, 'UTC+2 in June');
    assert.equal(schedule.opens_at, '15:00:00');
    assert.deepEqual(service.languages.map((l: any) => l.code), ['da']);
  });

  test('an offer that is not free says nothing about it; languages come from the language codes', async () => {
    const service = await ok(`/services/${ids.plainOffer}`);
    assert.equal(service.attributes, undefined);
    assert.deepEqual([service.schedules[0].freq, service.schedules[0].notes, service.schedules[0].timezone], [undefined, 'RRULE:FREQ=DAILY;INTERVAL=2', 1]);
    assert.deepEqual(service.languages.map((l: any) => [l.code, l.name]), [['da', 'dansk'], ['en', 'engelsk']]);
  });

  test("Mestring's taxonomies are listed once its catalogue uses them, FFB with KL's system URI", async () => {
    const taxonomy = await ok(`/taxonomies/${mestringTaxonomyId('offer-type')}`);
    assert.equal(taxonomy.uri, 'urn:oid:1.2.208.176.2.22');
    const terms = await ok(`/taxonomy_terms?taxonomy_id=${mestringTaxonomyId('offer-type')}&per_page=1000`);
    assert.equal(terms.total_items, ffbOfferTypes.length);
    const top = await ok(`/taxonomy_terms?taxonomy_id=${mestringTaxonomyId('offer-type')}&top_only=true&per_page=1000`);
    assert.equal(top.total_items, ffbOfferTypes.filter((f) => !f.parent).length);
    const children = await ok(`/taxonomy_terms?parent_id=${mestringTermId('offer-type', ffb.parent!)}`);
    assert.ok(children.contents.some((c: any) => c.code === ffb.code));
    assert.ok((await ok(`/taxonomy_terms/${legalBasisTerm('SEL §104').id}`)).code === 'SEL §104');
  });
});

describe('filters and paging', () => {
  test('taxonomy_term_id and taxonomy_id: Mestring terms by column, other terms by the attributes that came', async () => {
    const ids_ = async (query: string) => (await ok(`/services?${query}`)).contents.map((s: any) => s.id).sort();
    assert.deepEqual(await ids_(`taxonomy_term_id=${mestringTermId('target-group', 'autism')}`), [ids.offer]);
    assert.deepEqual(await ids_(`taxonomy_term_id=${legalBasisTerm('SEL §104').id}`), [ids.offer]);
    assert.deepEqual(await ids_(`taxonomy_term_id=${mestringTermId('offer-conditions', 'free-of-charge')}`), [ids.offer]);
    assert.deepEqual(await ids_(`taxonomy_id=${mestringTaxonomyId('life-domain')}`), [ids.offer]);
    assert.deepEqual(await ids_('taxonomy_term_id=3f7b145d-84af-42d7-8fae-eaca714b02b2'), [ids.imported]);
    assert.deepEqual(await ids_('taxonomy_id=5c4d79d7-cc55-470e-9f1f-8cad074e4892'), [ids.imported]);
    assert.deepEqual(await ids_(`taxonomy_term_id=${newId()}`), []);
    assert.deepEqual(await ids_(`organization_id=${ids.org}`), [ids.offer, ids.plainOffer].sort());
    assert.deepEqual(await ids_('modified_after=2100-01-01'), []);
    assert.deepEqual(await ids_('search=samværstilbud'), [ids.offer]);
    assert.deepEqual(await ids_('search=' + encodeURIComponent("%_' OR 1=1 --")), []);
    const sal = await ok(`/service_at_locations?taxonomy_term_id=${mestringTermId('target-group', 'autism')}`);
    assert.deepEqual(sal.contents.map((s: any) => s.service.id), [ids.offer]);
    assert.equal((await ok('/service_at_locations?postcode=8900')).total_items, 1);
    assert.equal((await ok('/service_at_locations?postcode=8900&proximity=5000')).total_items, 1);
    assert.equal((await ok('/service_at_locations?postcode=8000&proximity=5000')).total_items, 0);
  });

  test('the paging envelope', async () => {
    const first = await ok('/services?per_page=2');
    assert.deepEqual({ ...first, contents: undefined }, { total_items: 3, total_pages: 2, page_number: 1, size: 2, first_page: true, last_page: false, empty: false, contents: undefined });
    const second = await ok('/services?per_page=2&page=2');
    assert.deepEqual([second.size, second.first_page, second.last_page], [1, false, true]);
    const beyond = await ok('/services?per_page=2&page=9');
    assert.deepEqual([beyond.size, beyond.empty, beyond.contents], [0, true, []]);
  });
});

describe('what is never shown', () => {
  test('draft offers: not listed, not found, and an organization with only drafts is hidden', async () => {
    const all = JSON.stringify([await ok('/services?per_page=1000&full=true'), await ok('/organizations?full=true&full_service=true'), await ok('/service_at_locations?full=true')]);
    for (const hidden of [ids.draft, ids.hiddenDraft, ids.hiddenOrg]) assert.ok(!all.includes(hidden), `${hidden} is not shown`);
    assertProblem(await get(`/services/${ids.draft}`), 404, 'not_found');
    assertProblem(await get(`/organizations/${ids.hiddenOrg}`), 404, 'not_found');
  });

  test("another municipality's offers", async () => {
    const all = JSON.stringify([await ok('/services?per_page=1000&full=true'), await ok('/organizations?full=true&full_service=true')]);
    assert.ok(!all.includes(ids.otherOffer));
    assertProblem(await get(`/services/${ids.otherOffer}`), 404, 'not_found');
    assert.equal((await ok(`/services/${ids.otherOffer}`, other)).id, ids.otherOffer, 'it is there in its own municipality');
    assert.ok(!JSON.stringify(await ok('/services?per_page=1000', other)).includes(ids.offer));
  });
});

describe('bad parameters answer 400, never 500', () => {
  const bad = [
    '/services?unknown=1',
    '/services?per_page=0',
    '/services?per_page=1001',
    '/services?per_page=abc',
    '/services?page=-1',
    '/services?page=1.5',
    '/services?taxonomy_term_id=not-a-uuid',
    '/services?organization_id=123',
    '/services?modified_after=yesterday',
    '/services?modified_after=2024-13-45',
    '/services?modified_after=0000-01-01',
    '/services?full=maybe',
    '/services?minimal=1',
    '/services?format=ndjson',
    `/services?search=${'x'.repeat(201)}`,
    '/services/not-a-uuid',
    '/organizations?full_service=yes',
    '/organizations/123',
    '/service_at_locations?proximity=1000',
    '/service_at_locations?postcode=0000&proximity=1000',
    '/service_at_locations?postcode=8900&proximity=-5',
    '/taxonomies?search=a&color=blue',
    '/taxonomy_terms?top_only=1',
    '/taxonomy_terms?parent_id=x',
    '/taxonomy_terms/xyz',
  ];
  for (const path of bad) {
    test(path, async () => {
      const problem = assertProblem(await get(path), 400, 'validation_failed');
      assert.ok(problem.errors && problem.errors.length > 0, 'names the parameter');
    });
  }
  test('an unknown municipality is 404', async () => {
    assertProblem(await get('/services', 'no-such-place'), 404, 'not_found');
  });
});

test('the routes are in the OpenAPI document', async () => {
  const res = await t.request(null, { method: 'GET', url: '/api/openapi.json' });
  const paths = Object.keys(res.json().paths);
  for (const path of ['/api/hsds/', '/api/hsds/services', '/api/hsds/services/{id}', '/api/hsds/organizations', '/api/hsds/organizations/{id}', '/api/hsds/service_at_locations', '/api/hsds/service_at_locations/{id}', '/api/hsds/taxonomies', '/api/hsds/taxonomies/{id}', '/api/hsds/taxonomy_terms', '/api/hsds/taxonomy_terms/{id}']) {
    assert.ok(paths.includes(path), path);
  }
  const services = res.json().paths['/api/hsds/services'].get;
  assert.ok(services.parameters.some((p: any) => p.name === 'taxonomy_term_id' && p.description));
});
