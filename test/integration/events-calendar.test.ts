import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import type { LightMyRequestResponse } from 'fastify';
import { newId } from '../../src/platform/ids.js';
import { assertProblem, auditOfRequest, requestIdOf } from '../support/platform-helpers.js';
import { catalogueFactory, type CatalogueFactory } from '../support/catalogue-factory.js';
import { insertPlanCitizen, type PlanCitizen } from '../support/plan-factory.js';
import { createTestApp, type TestApp, type TestSession } from '../support/test-app.js';

/**
 * iCalendar feeds parsed with a real parser (ical.js): an offer's public feed and a citizen's own feed at a secret
 * address. Local times must be right in summer and in winter, and a weekly opening must keep its local time across
 * the last Sunday of October.
 */

let t: TestApp;
let f: CatalogueFactory;
let c: PlanCitizen;
let tenantId = '';
let offerId = '';
let draftOfferId = '';
const sessions = new Map<string, TestSession>();
const when = { july: '', january: '', octoberThursdays: [] as string[] };
const eventIds = { july: '', january: '', cancelled: '' };

async function as(persona: string): Promise<TestSession> {
  let session = sessions.get(persona);
  if (!session) {
    session = await t.loginAs(persona);
    sessions.set(persona, session);
  }
  return session;
}

/** The first year in which the given day lies at least a week after the test clock. */
function nextYearOf(month: number, day: number): number {
  const year = t.clock.now.getUTCFullYear();
  return Date.UTC(year, month - 1, day) > t.clock.now.getTime() + 7 * 86_400_000 ? year : year + 1;
}

function lastSundayOfOctober(year: number): Date {
  const date = new Date(Date.UTC(year, 9, 31));
  date.setUTCDate(31 - date.getUTCDay());
  return date;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

interface ParsedCalendar {
  calendar: ICAL.Component;
  events: Map<string, ICAL.Event>;
}

function parseFeed(res: LightMyRequestResponse): ParsedCalendar {
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(res.headers['content-type'], 'text/calendar; charset=utf-8');
  const text = res.body;
  assert.ok(text.endsWith('\r\n'), 'lines end in CRLF');
  for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `line longer than 75 octets: ${line}`);
  const calendar = new ICAL.Component(ICAL.parse(text));
  assert.equal(calendar.name, 'vcalendar');
  const events = new Map<string, ICAL.Event>();
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    events.set(event.uid, event);
  }
  return { calendar, events };
}

/** The event's start as Danish wall-clock time and as a UTC instant, as the parser resolved it with the feed's VTIMEZONE. */
function startOf(event: ICAL.Event) {
  return { local: event.startDate.toString(), zone: event.component.getFirstProperty('dtstart')?.getParameter('tzid'), utc: event.startDate.toJSDate().toISOString() };
}

before(async () => {
  t = await createTestApp();
  f = catalogueFactory(t.database);
  c = await insertPlanCitizen(t.database, { now: t.clock.now });
  tenantId = await f.tenantId();
  const perron4 = await f.unitId(tenantId, 'Perron 4');
  const location = await f.location(tenantId, { name: 'Værestedet', address_line: 'Jernbanegade 16', postal_code: '8900', city: 'Randers C' });
  offerId = await f.offer(tenantId, { owner_unit_id: perron4, name: 'Værested, café og fællesskab', description: 'Kaffe; brød, og et sted at være.', locationId: location });
  draftOfferId = await f.offer(tenantId, { owner_unit_id: perron4, name: 'Kladde', lifecycle: 'draft', published_at: null });

  // A weekly opening on Thursdays 10-12 from 17 days before the last Sunday of October: three Thursdays in summer
  // time, the fourth in winter time.
  const october = lastSundayOfOctober(nextYearOf(10, 25));
  const firstThursday = new Date(october.getTime() - 17 * 86_400_000);
  when.octoberThursdays = [0, 7, 14, 21].map((d) => isoDate(new Date(firstThursday.getTime() + d * 86_400_000)));
  await t.database.db
    .insertInto('offer_schedule')
    .values([
      { tenant_id: tenantId, schedule_id: newId(), offer_id: offerId, offer_location_id: null, location_id: null, valid_from: null, valid_to: null, dtstart: when.octoberThursdays[0]!, until: null, count: 4, freq: 'WEEKLY', interval: 1, byday: 'TH', bymonthday: null, opens_at: '10:00:00', closes_at: '12:00:00', description: 'Torsdagscafé' },
      { tenant_id: tenantId, schedule_id: newId(), offer_id: offerId, offer_location_id: null, location_id: null, valid_from: null, valid_to: null, dtstart: null, until: null, count: null, freq: null, interval: null, byday: null, bymonthday: null, opens_at: null, closes_at: null, description: 'Ring og aftal en tid' },
    ])
    .execute();

  // An event on a July evening (summer time) and one on a January morning (winter time).
  const lars = await as('lars');
  const julyYear = nextYearOf(7, 10);
  const januaryYear = nextYearOf(1, 20);
  when.july = `${julyYear}-07-10`;
  when.january = `${januaryYear}-01-20`;
  const create = async (title: string, startsAt: string, endsAt: string, description = '') => {
    const res = await t.request(lars, { method: 'POST', url: '/api/v1/events', payload: { offerId, title, description, startsAt, endsAt, capacity: 30 } });
    assert.equal(res.statusCode, 201, res.body);
    return (res.json() as { id: string }).id;
  };
  eventIds.july = await create('Sommerfest; grill, musik og is', `${when.july}T15:00:00.000Z`, `${when.july}T19:00:00.000Z`, `Vi griller i gården.\nTag gerne en ven med. ${'Der er plads til alle. '.repeat(6)}`);
  eventIds.january = await create('Nytårskur', `${when.january}T09:00:00.000Z`, `${when.january}T11:00:00.000Z`);
  eventIds.cancelled = await create('Udflugt', `${when.january}T12:00:00.000Z`, `${when.january}T14:00:00.000Z`);
  const cancel = await t.request(lars, { method: 'POST', url: `/api/v1/events/${eventIds.cancelled}/cancel`, payload: { version: 1 } });
  assert.equal(cancel.statusCode, 200, cancel.body);
});

after(async () => {
  await t?.close();
});

describe("an offer's public calendar", () => {
  test('is a valid RFC 5545 calendar with one VTIMEZONE for Europe/Copenhagen', async () => {
    const { calendar } = parseFeed(await t.request(null, { method: 'GET', url: `/api/v1/offers/${offerId}/calendar.ics` }));
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
    assert.equal(calendar.getFirstPropertyValue('prodid'), '-//Mestring//Mestring af eget liv//DA');
    assert.equal(calendar.getFirstPropertyValue('calscale'), 'GREGORIAN');
    assert.equal(calendar.getFirstPropertyValue('method'), 'PUBLISH');
    const zones = calendar.getAllSubcomponents('vtimezone');
    assert.equal(zones.length, 1);
    assert.equal(zones[0]!.getFirstPropertyValue('tzid'), 'Europe/Copenhagen');
    const daylight = zones[0]!.getFirstSubcomponent('daylight')!;
    const standard = zones[0]!.getFirstSubcomponent('standard')!;
    const rule = (zone: ICAL.Component) => {
      const recur = zone.getFirstPropertyValue('rrule') as ICAL.Recur;
      return { freq: recur.freq, byMonth: recur.parts.BYMONTH, byDay: recur.parts.BYDAY, from: String(zone.getFirstPropertyValue('tzoffsetfrom')), to: String(zone.getFirstPropertyValue('tzoffsetto')) };
    };
    assert.deepEqual(rule(daylight), { freq: 'YEARLY', byMonth: [3], byDay: ['-1SU'], from: '+01:00', to: '+02:00' });
    assert.deepEqual(rule(standard), { freq: 'YEARLY', byMonth: [10], byDay: ['-1SU'], from: '+02:00', to: '+01:00' });
  });

  test('an event in July is at 17:00 Danish summer time, one in January at 10:00 winter time', async () => {
    const { events } = parseFeed(await t.request(null, { method: 'GET', url: `/api/v1/offers/${offerId}/calendar.ics` }));
    const july = events.get(`event-${eventIds.july}@mestring`)!;
    assert.deepEqual(startOf(july), { local: `${when.july}T17:00:00`, zone: 'Europe/Copenhagen', utc: `${when.july}T15:00:00.000Z` });
    assert.equal(july.endDate.toString(), `${when.july}T21:00:00`);
    assert.equal(july.summary, 'Sommerfest; grill, musik og is (Værested, café og fællesskab)', 'the title, with the offer it belongs to');
    assert.ok(july.description.startsWith('Vi griller i gården.\nTag gerne en ven med.'), 'escaped newlines, commas and semicolons come back as written');
    assert.equal(july.location, 'Værestedet, Jernbanegade 16, 8900 Randers C');
    assert.equal(july.component.getFirstPropertyValue('url'), `${t.config.publicUrl}/det-sker/${eventIds.july}`);
    assert.equal(july.component.getFirstPropertyValue('status'), 'CONFIRMED');
    const january = events.get(`event-${eventIds.january}@mestring`)!;
    assert.deepEqual(startOf(january), { local: `${when.january}T10:00:00`, zone: 'Europe/Copenhagen', utc: `${when.january}T09:00:00.000Z` });
    assert.equal(events.get(`event-${eventIds.cancelled}@mestring`)!.component.getFirstPropertyValue('status'), 'CANCELLED');
  });

  test('a weekly opening keeps 10:00 Danish time across the last Sunday of October', async () => {
    const { events } = parseFeed(await t.request(null, { method: 'GET', url: `/api/v1/offers/${offerId}/calendar.ics` }));
    const series = [...events.values()].filter((e) => e.isRecurring());
    assert.equal(series.length, 1, 'one recurring series; the schedule described in words only has no entry');
    const weekly = series[0]!;
    assert.equal(weekly.summary, 'Værested, café og fællesskab');
    assert.match(weekly.description, /^Torsdagscafé/);
    const iterator = weekly.iterator();
    const occurrences: { local: string; utc: string }[] = [];
    for (let next = iterator.next(); next && occurrences.length < 10; next = iterator.next()) {
      const details = weekly.getOccurrenceDetails(next);
      occurrences.push({ local: details.startDate.toString(), utc: details.startDate.toJSDate().toISOString() });
    }
    const [a, b, cc, d] = when.octoberThursdays;
    assert.deepEqual(occurrences, [
      { local: `${a}T10:00:00`, utc: `${a}T08:00:00.000Z` },
      { local: `${b}T10:00:00`, utc: `${b}T08:00:00.000Z` },
      { local: `${cc}T10:00:00`, utc: `${cc}T08:00:00.000Z` },
      { local: `${d}T10:00:00`, utc: `${d}T09:00:00.000Z` },
    ]);
  });

  test('UIDs are stable from one fetch to the next', async () => {
    const first = parseFeed(await t.request(null, { method: 'GET', url: `/api/v1/offers/${offerId}/calendar.ics` }));
    const second = parseFeed(await t.request(null, { method: 'GET', url: `/api/v1/offers/${offerId}/calendar.ics` }));
    assert.deepEqual([...first.events.keys()].sort(), [...second.events.keys()].sort());
    assert.equal(first.events.size, 4);
  });

  test('one event as a calendar file ("Føj til min kalender")', async () => {
    const res = await t.request(null, { method: 'GET', url: `/api/v1/events/${eventIds.january}/calendar.ics` });
    const { events } = parseFeed(res);
    assert.deepEqual([...events.keys()], [`event-${eventIds.january}@mestring`]);
    assert.deepEqual(startOf(events.get(`event-${eventIds.january}@mestring`)!), { local: `${when.january}T10:00:00`, zone: 'Europe/Copenhagen', utc: `${when.january}T09:00:00.000Z` });
    assertProblem(await t.request(null, { method: 'GET', url: `/api/v1/events/${newId()}/calendar.ics` }), 404, 'not_found');
  });

  test('a draft offer, an unknown offer and another municipality: 404; a bad id: 400', async () => {
    assertProblem(await t.request(null, { method: 'GET', url: `/api/v1/offers/${draftOfferId}/calendar.ics` }), 404, 'not_found');
    assertProblem(await t.request(null, { method: 'GET', url: `/api/v1/offers/${newId()}/calendar.ics` }), 404, 'not_found');
    assertProblem(await t.request(null, { method: 'GET', url: `/api/v1/offers/${offerId}/calendar.ics?municipality=soeby` }), 404, 'not_found');
    assertProblem(await t.request(null, { method: 'GET', url: '/api/v1/offers/not-an-id/calendar.ics' }), 400, 'validation_failed');
  });
});

describe("the citizen's own calendar at a secret address", () => {
  let feedPath = '';

  test('only the citizen makes one: anonymous 401, staff 404', async () => {
    assertProblem(await t.request(null, { method: 'POST', url: '/api/v1/me/calendar-feed' }), 401, 'unauthenticated');
    assertProblem(await t.request(await as('anders'), { method: 'POST', url: '/api/v1/me/calendar-feed' }), 404, 'not_found');
  });

  test('the citizen signs up and makes an address; only the SHA-256 of its secret is stored', async () => {
    const mikkel = await as('mikkel');
    for (const id of [eventIds.july, eventIds.january]) {
      const res = await t.request(mikkel, { method: 'POST', url: `/api/v1/events/${id}/signups`, payload: {} });
      assert.equal(res.statusCode, 201, res.body);
    }
    const res = await t.request(mikkel, { method: 'POST', url: '/api/v1/me/calendar-feed' });
    assert.equal(res.statusCode, 201, res.body);
    const { url } = res.json() as { url: string };
    assert.ok(url.startsWith(`${t.config.publicUrl}/api/v1/calendar/${tenantId}.`), url);
    feedPath = new URL(url).pathname;
    const secret = feedPath.split('/').pop()!.replace(/\.ics$/, '').split('.')[1]!;
    const rows = await t.database.db.selectFrom('calendar_feed').selectAll().where('citizen_id', '=', c.citizenId).execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.token_hash, createHash('sha256').update(secret).digest('hex'));
    assert.ok(!JSON.stringify(rows).includes(secret), 'the secret itself is not stored');
    const status = await t.request(mikkel, { method: 'GET', url: '/api/v1/me/calendar-feed' });
    assert.equal((status.json() as { active: boolean }).active, true);
  });

  test('a calendar app fetches it without login: the signed-up events at the right local times', async () => {
    const res = await t.request(null, { method: 'GET', url: feedPath });
    const { events } = parseFeed(res);
    assert.deepEqual([...events.keys()].sort(), [`event-${eventIds.january}@mestring`, `event-${eventIds.july}@mestring`].sort());
    assert.deepEqual(startOf(events.get(`event-${eventIds.july}@mestring`)!), { local: `${when.july}T17:00:00`, zone: 'Europe/Copenhagen', utc: `${when.july}T15:00:00.000Z` });
    assert.deepEqual(startOf(events.get(`event-${eventIds.january}@mestring`)!), { local: `${when.january}T10:00:00`, zone: 'Europe/Copenhagen', utc: `${when.january}T09:00:00.000Z` });
  });

  test('each fetch is audited as an access by "calendar feed", with no actor user, and the citizen sees it', async () => {
    const res = await t.request(null, { method: 'GET', url: feedPath });
    assert.equal(res.statusCode, 200);
    const entries = await auditOfRequest(t.database, requestIdOf(res));
    assert.equal(entries.length, 1);
    const entry = entries[0]!;
    assert.equal(entry.actor_user_id, null);
    assert.equal(entry.actor_role, 'calendar-feed');
    assert.equal(entry.citizen_id, c.citizenId);
    assert.equal(entry.action, 'calendar-feed.read');
    assert.equal(entry.purpose, 'calendar-feed');
    assert.equal(entry.by_subject, false);
    const log = await t.request(await as('mikkel'), { method: 'GET', url: '/api/v1/me/access-log' });
    assert.equal(log.statusCode, 200, log.body);
    const items = (log.json() as { items: { role: string | null; purpose: string; action: string; actorName: string | null }[] }).items;
    const fetches = items.filter((i) => i.role === 'calendar-feed');
    assert.ok(fetches.length >= 2, 'both fetches are in "Hvem har set mine oplysninger?"');
    assert.deepEqual(fetches[0], { ...fetches[0], purpose: 'calendar-feed', action: 'calendar-feed.read', actorName: null });
  });

  test('a renewed address kills the old one; switching it off kills the new one', async () => {
    const mikkel = await as('mikkel');
    const renewed = await t.request(mikkel, { method: 'POST', url: '/api/v1/me/calendar-feed' });
    assert.equal(renewed.statusCode, 201, renewed.body);
    const newPath = new URL((renewed.json() as { url: string }).url).pathname;
    assert.notEqual(newPath, feedPath);
    const old = await t.request(null, { method: 'GET', url: feedPath });
    assertProblem(old, 404, 'not_found');
    assert.deepEqual(await auditOfRequest(t.database, requestIdOf(old)), [], 'a dead address reads nothing and audits nothing');
    assert.equal((await t.request(null, { method: 'GET', url: newPath })).statusCode, 200);
    assert.equal((await t.database.db.selectFrom('calendar_feed').selectAll().where('citizen_id', '=', c.citizenId).execute()).length, 1);

    const stopped = await t.request(mikkel, { method: 'DELETE', url: '/api/v1/me/calendar-feed' });
    assert.equal(stopped.statusCode, 204, stopped.body);
    assertProblem(await t.request(null, { method: 'GET', url: newPath }), 404, 'not_found');
    assert.equal(((await t.request(mikkel, { method: 'GET', url: '/api/v1/me/calendar-feed' })).json() as { active: boolean }).active, false);
    assertProblem(await t.request(mikkel, { method: 'DELETE', url: '/api/v1/me/calendar-feed' }), 404, 'not_found');
  });

  test('forged addresses: a malformed one 400, a well-formed unknown one 404, the secret with another municipality 404', async () => {
    const renewed = await t.request(await as('mikkel'), { method: 'POST', url: '/api/v1/me/calendar-feed' });
    const path = new URL((renewed.json() as { url: string }).url).pathname;
    const secret = path.split('/').pop()!.split('.')[1]!;
    assertProblem(await t.request(null, { method: 'GET', url: '/api/v1/calendar/nonsense.ics' }), 400, 'validation_failed');
    assertProblem(await t.request(null, { method: 'GET', url: `/api/v1/calendar/${tenantId}.${'A'.repeat(43)}.ics` }), 404, 'not_found');
    const soeby = await f.tenantId('soeby');
    assertProblem(await t.request(null, { method: 'GET', url: `/api/v1/calendar/${soeby}.${secret}.ics` }), 404, 'not_found');
    assertProblem(await t.request(null, { method: 'GET', url: `/api/v1/calendar/${newId()}.${secret}.ics` }), 404, 'not_found');
    assert.equal((await t.request(null, { method: 'GET', url: path })).statusCode, 200);
  });
});
