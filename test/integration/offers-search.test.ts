import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import { newId } from '../../src/platform/ids.js';
import { catalogueFactory } from '../support/catalogue-factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The public catalogue search over a catalogue of the test's own, in a municipality of its own (so the demo
 * catalogue does not disturb the counts): Danish stemming, typos, filters, facets, grouping, distance, opening
 * hours, paging, odd input, drafts and other municipalities.
 */

let t: TestApp;
const slug = 'testby';
const ids: Record<string, string> = {};

async function search(query: string, expectStatus = 200) {
  const res = await t.request(null, { method: 'GET', url: `/api/v1/offers?municipality=${slug}&${query}` });
  assert.equal(res.statusCode, expectStatus, res.body);
  return res.json() as { items: { id: string; name: string; distanceKm: number | null; ageGroups: string[]; place: string | null; organization: { name: string }; possiblyOutdated: boolean; capacity: unknown }[]; total: number; facets: Record<string, any>; groups?: { key: string; count: number; items: { name: string }[] }[]; near: unknown };
}
const names = (result: { items: { name: string }[] }) => result.items.map((i) => i.name).sort();

before(async () => {
  t = await createTestApp();
  const tenantId = newId();
  await t.database.db.insertInto('tenant').values({ tenant_id: tenantId, slug, name: 'Testby Kommune', settings: '{}' }).execute();
  const f = catalogueFactory(t.database);
  const org = await f.organization(tenantId, { name: 'Testby Kommune, Socialområdet', kind: 'municipal' });
  const club = await f.organization(tenantId, { name: 'Testby Svømmeklub', kind: 'association' });
  const centre = await f.location(tenantId, { name: 'Kulturhuset', postal_code: '8900', city: 'Randers C', latitude: 56.4607, longitude: 10.0364, accessibility: ['step-free'] });
  const far = await f.location(tenantId, { name: 'Havndal Hallen', postal_code: '8970', city: 'Havndal', latitude: 56.645, longitude: 10.19 });
  const old = new Date(Date.now() - 400 * 86_400_000);
  ids.housing = await f.offer(tenantId, {
    organization_id: org,
    name: 'Boliger med støtte',
    description: 'Midlertidige boliger til voksne med brug for støtte. Boligen ligger tæt på byen.',
    legal_basis: 'SEL §107',
    life_domains: ['housing'],
    target_groups: ['intellectual-disability', 'autism'],
    minimum_age: 18,
    capacity_places: 12,
    capacity_free: 2,
    waiting_list: 4,
    free_of_charge: false,
    locationId: centre,
  });
  ids.support = await f.offer(tenantId, {
    organization_id: org,
    name: 'Støtte i eget hjem',
    description: 'Hjælp til at klare hverdagen i din bolig.',
    legal_basis: 'SEL §85',
    life_domains: ['housing', 'health'],
    target_groups: ['acquired-brain-injury'],
    minimum_age: 18,
    confirmed_at: old,
    locationId: far,
  });
  ids.swim = await f.offer(tenantId, {
    organization_id: club,
    name: 'Svømning for alle',
    description: 'Hyggelig svømning hver uge. Du må tage en ledsager med.',
    life_domains: ['leisure', 'health'],
    target_groups: ['intellectual-disability', 'physical-disability'],
    accessibility: ['step-free', 'companion-welcome'],
    self_referral: true,
    locationId: centre,
  });
  ids.youth = await f.offer(tenantId, { organization_id: org, name: 'Ungegruppen', description: 'Fællesskab for unge med autisme.', life_domains: ['social'], target_groups: ['autism'], minimum_age: 16, maximum_age: 17, self_referral: true });
  ids.seniors = await f.offer(tenantId, { organization_id: club, name: 'Seniorsvømning', description: 'Rolig svømning for seniorer.', life_domains: ['leisure'], minimum_age: 65 });
  ids.draft = await f.offer(tenantId, { organization_id: org, name: 'Bolig i kladde', description: 'Endnu ikke offentliggjort bolig.', lifecycle: 'draft', published_at: null });
  await t.database.db
    .insertInto('offer_schedule')
    .values([
      { tenant_id: tenantId, schedule_id: newId(), offer_id: ids.swim, freq: 'WEEKLY', byday: 'MO,WE', opens_at: '16:00', closes_at: '18:00', dtstart: '2025-01-06' },
      { tenant_id: tenantId, schedule_id: newId(), offer_id: ids.youth, freq: 'WEEKLY', byday: 'TH', opens_at: '15:00', closes_at: '17:00', dtstart: '2025-01-02' },
      { tenant_id: tenantId, schedule_id: newId(), offer_id: ids.seniors, freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '10:00', dtstart: '2025-01-06', valid_to: '2025-06-30' },
    ])
    .execute();
});

after(async () => {
  await t?.close();
});

describe('words', () => {
  test('Danish stemming: "bolig" finds "boliger" and "boligen", never a draft', async () => {
    assert.deepEqual(names(await search('q=bolig')), ['Boliger med støtte', 'Støtte i eget hjem']);
    assert.deepEqual(names(await search('q=boligerne')), ['Boliger med støtte', 'Støtte i eget hjem']);
  });

  test('small typos in a name still find it', async () => {
    assert.ok(names(await search('q=sv%C3%B8mmning')).includes('Svømning for alle'));
    assert.ok(names(await search('q=ungegrupen')).includes('Ungegruppen'));
  });

  test('relevance puts the name match first', async () => {
    const result = await search('q=sv%C3%B8mning');
    assert.equal(result.items[0]!.name, 'Svømning for alle');
  });

  test('odd characters, operators and very long input give a result, never an error', async () => {
    for (const q of ['%27%22%3B--', '%3C%3E%26%7C!()', 'a%20%26%20%7C%20!', '%F0%9F%8F%8A', '-', encodeURIComponent('svømning OR "for alle" -bolig')]) {
      const result = await search(`q=${q}`);
      assert.ok(Array.isArray(result.items));
    }
    await search(`q=${'a'.repeat(201)}`, 400);
  });
});

describe('filters and facets', () => {
  test('two filters narrow the result, and the facets count the result', async () => {
    const result = await search('targetGroup=intellectual-disability&accessibility=step-free');
    assert.deepEqual(names(result), ['Svømning for alle']);
    assert.equal(result.total, 1);
    assert.deepEqual(result.facets.lifeDomain, [{ key: 'health', count: 1 }, { key: 'leisure', count: 1 }]);
  });

  test('facets over everything published', async () => {
    const result = await search('');
    assert.equal(result.total, 5);
    assert.deepEqual(result.facets.legalBasis, [{ key: 'SEL §107', count: 1 }, { key: 'SEL §85', count: 1 }]);
    assert.equal(result.facets.free, 4);
    assert.equal(result.facets.selfReferral, 2);
    assert.equal(result.facets.freePlaces, 1);
    const youth = result.facets.ageGroup.find((g: { key: string }) => g.key === 'youth');
    assert.equal(youth.count, 2, 'the youth group and the open-ended swimming');
  });

  test('legal basis, free of charge, free places, self-referral, age and age group', async () => {
    assert.deepEqual(names(await search('legalBasis=SEL%20%C2%A785')), ['Støtte i eget hjem']);
    assert.ok(!names(await search('free=true')).includes('Boliger med støtte'));
    assert.deepEqual(names(await search('freePlaces=true')), ['Boliger med støtte']);
    assert.deepEqual(names(await search('selfReferral=true')), ['Svømning for alle', 'Ungegruppen']);
    assert.deepEqual(names(await search('age=17')), ['Svømning for alle', 'Ungegruppen']);
    assert.deepEqual(names(await search('ageGroup=seniors')), ['Boliger med støtte', 'Seniorsvømning', 'Støtte i eget hjem', 'Svømning for alle']);
  });

  test('day and time: open on that day at that time, and schedules that have ended do not count', async () => {
    assert.deepEqual(names(await search('day=mo')), ['Svømning for alle']);
    assert.deepEqual(names(await search('day=we&time=17:30')), ['Svømning for alle']);
    assert.deepEqual(names(await search('day=we&time=18:00')), []);
    assert.deepEqual(names(await search('time=15:30')), ['Ungegruppen']);
  });

  test('unknown filters and bad values answer 400 with a translated message', async () => {
    const unknown = await t.request(null, { method: 'GET', url: `/api/v1/offers?municipality=${slug}&colour=red`, headers: { 'accept-language': 'da' } });
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.json().title, /ikke udfyldt rigtigt/);
    for (const query of ['targetGroup=martians', 'day=xx', 'time=25:00', 'page=0', 'pageSize=500', 'accessibility=step-free,wings', 'withinKm=-3']) await search(query, 400);
    const near = await t.request(null, { method: 'GET', url: `/api/v1/offers?municipality=${slug}&near=Atlantis`, headers: { 'accept-language': 'en' } });
    assert.equal(near.statusCode, 400);
    assert.match(near.json().errors[0].message, /postal code/);
  });
});

describe('distance, grouping and paging', () => {
  test('near a postal code: nearest first, with the distance; withinKm leaves the far ones out', async () => {
    const result = await search('near=8970&sort=distance');
    assert.equal(result.items[0]!.name, 'Støtte i eget hjem');
    assert.ok(result.items[0]!.distanceKm! < 1);
    const within = await search('near=Rådhustorvet%204%2C%208900%20Randers&withinKm=5');
    assert.deepEqual(names(within), ['Boliger med støtte', 'Svømning for alle']);
    const here = await search('near=56.4607,10.0364&withinKm=1');
    assert.equal(here.items[0]!.distanceKm, 0);
  });

  test('grouped by target group and by age group', async () => {
    const byTarget = await search('groupBy=targetGroup');
    const intellectual = byTarget.groups!.find((g) => g.key === 'intellectual-disability')!;
    assert.equal(intellectual.count, 2);
    assert.deepEqual(intellectual.items.map((i) => i.name).sort(), ['Boliger med støtte', 'Svømning for alle']);
    const byAge = await search('groupBy=ageGroup');
    assert.deepEqual(byAge.groups!.find((g) => g.key === 'youth')!.items.map((i) => i.name).sort(), ['Svømning for alle', 'Ungegruppen']);
  });

  test('pages follow each other without overlap', async () => {
    const first = await search('pageSize=2&page=1');
    const second = await search('pageSize=2&page=2');
    const third = await search('pageSize=2&page=3');
    assert.equal(first.total, 5);
    const all = [...first.items, ...second.items, ...third.items].map((i) => i.name);
    assert.equal(new Set(all).size, 5);
    assert.deepEqual(all, [...all].sort((a, b) => a.localeCompare(b, 'en')));
  });

  test('a result shows its organisation, place, capacity and whether it is possibly outdated', async () => {
    const housing = (await search('q=boliger')).items.find((i) => i.name === 'Boliger med støtte')!;
    assert.equal(housing.organization.name, 'Testby Kommune, Socialområdet');
    assert.equal(housing.place, 'Kulturhuset, Randers C');
    assert.deepEqual(housing.capacity, { places: 12, free: 2, waitingList: 4 });
    assert.equal(housing.possiblyOutdated, false);
    assert.equal((await search('q=hjem')).items.find((i) => i.name === 'Støtte i eget hjem')!.possiblyOutdated, true);
  });
});

describe('the offer page and the municipalities', () => {
  test('a published offer is public with locations and schedules; a draft is not found', async () => {
    const res = await t.request(null, { method: 'GET', url: `/api/v1/offers/${ids.swim}?municipality=${slug}` });
    assert.equal(res.statusCode, 200, res.body);
    const offer = res.json();
    assert.equal(offer.name, 'Svømning for alle');
    assert.equal(offer.locations[0].name, 'Kulturhuset');
    assert.deepEqual(offer.schedules[0].byday, 'MO,WE');
    assert.equal(offer.schedules[0].opensAt, '16:00');
    assert.equal((await t.request(null, { method: 'GET', url: `/api/v1/offers/${ids.draft}?municipality=${slug}` })).statusCode, 404);
  });

  test("another municipality's search and pages never show this one's offers", async () => {
    const randers = await t.request(null, { method: 'GET', url: `/api/v1/offers?municipality=randers&q=Ungegruppen` });
    assert.ok(!(randers.json().items as { id: string }[]).some((i) => Object.values(ids).includes(i.id)));
    assert.equal((await t.request(null, { method: 'GET', url: `/api/v1/offers/${ids.swim}?municipality=randers` })).statusCode, 404);
    assert.equal((await t.request(null, { method: 'GET', url: `/api/v1/offers?municipality=nowhere` })).statusCode, 404);
  });

  test('a logged-in user searches their own municipality by default', async () => {
    const soeby = await t.loginAs('soeby-camilla');
    const res = await t.request(soeby, { method: 'GET', url: `/api/v1/offers?q=sv%C3%B8mning` });
    assert.equal(res.statusCode, 200);
    assert.ok(!(res.json().items as { id: string }[]).some((i) => Object.values(ids).includes(i.id)));
  });
});

describe('the calendar of a search', () => {
  test('the offers a search finds, as a valid iCalendar with their opening hours in Danish time', async () => {
    const res = await t.request(null, { method: 'GET', url: `/api/v1/offers/calendar.ics?municipality=${slug}&q=sv%C3%B8mning&accessibility=step-free` });
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(res.body));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.deepEqual([...new Set(events.map((e) => e.summary))], ['Svømning for alle'], 'only what the search finds');
    const weekly = events.find((e) => e.isRecurring())!;
    assert.equal(weekly.component.getFirstProperty('dtstart')?.getParameter('tzid'), 'Europe/Copenhagen');
    assert.equal(weekly.startDate.hour, 16);
    assert.deepEqual((weekly.component.getFirstPropertyValue('rrule') as ICAL.Recur).parts.BYDAY, ['MO', 'WE']);
    assert.ok(calendar.getFirstSubcomponent('vtimezone'), 'the time zone is in the file');
  });

  test('bad search parameters answer 400 here too', async () => {
    const res = await t.request(null, { method: 'GET', url: `/api/v1/offers/calendar.ics?municipality=${slug}&day=someday` });
    assert.equal(res.statusCode, 400);
  });
});
