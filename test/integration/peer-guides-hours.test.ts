import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { copenhagenToday, endOfCopenhagenDay, startOfCopenhagenDay } from '../../src/domain/copenhagen-time.js';
import { fundingSources, type FundingSource } from '../../src/domain/peer-guide-booking.js';
import { hoursText } from '../../src/features/peer-guides/peer-guide-hours-csv.js';
import { newId } from '../../src/platform/ids.js';
import { assertAudited, assertProblem } from '../support/platform-helpers.js';
import { expectStatus, sessionCache } from '../support/referral-fixture.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Hours per peer guide by funding source: the report equals the sum by hand of the done bookings that began in the
 * period (Danish dates, both ends included, cancelled and not-yet-held ones left out), the CSV says the same in
 * Danish Excel's format, only the coordinator and leaders see it, and another municipality sees none of Randers'.
 */

let t: TestApp;
let sessions: ReturnType<typeof sessionCache>;
const as = (persona: string) => sessions.as(persona);
const db = () => t.database.db;
let tenant = '';
let from = '';
let to = '';

const dayOffset = (days: number) => copenhagenToday(new Date(t.clock.now.getTime() + days * 86_400_000));

before(async () => {
  t = await createTestApp();
  sessions = sessionCache(t);
  tenant = (await db().selectFrom('tenant').select('tenant_id').where('slug', '=', 'randers').executeTakeFirstOrThrow()).tenant_id;
  from = dayOffset(-45);
  to = dayOffset(-12);
  // Done bookings right on the period's edges: the first minute of `from` counts, the first minute after `to` does not.
  const kim = (await db().selectFrom('app_user').select('user_id').where('tenant_id', '=', tenant).where('demo_key', '=', 'kim').executeTakeFirstOrThrow()).user_id;
  const hanne = (await db().selectFrom('app_user').select(['user_id', 'org_unit_id']).where('tenant_id', '=', tenant).where('demo_key', '=', 'hanne').executeTakeFirstOrThrow());
  for (const [startsAt, minutes] of [[startOfCopenhagenDay(from), 45], [endOfCopenhagenDay(to), 500]] as const) {
    await db()
      .insertInto('peer_guide_booking')
      .values({ tenant_id: tenant, booking_id: newId(), guide_user_id: kim, kind: 'talk', title: 'Kant', audience: 'Test', starts_at: startsAt, ends_at: new Date(startsAt.getTime() + 3_600_000), place: 'Test', funding_source: 'other', booked_by: hanne.user_id, booked_by_unit_id: hanne.org_unit_id, status: 'done', minutes_logged: minutes, created_at: startsAt, updated_at: startsAt })
      .execute();
  }
  // A coordinator in Søby, to show that municipality's report holds nothing of Randers'.
  const soeby = (await db().selectFrom('tenant').select('tenant_id').where('slug', '=', 'soeby').executeTakeFirstOrThrow()).tenant_id;
  const soebyCoordinator = newId();
  await db().insertInto('app_user').values({ tenant_id: soeby, user_id: soebyCoordinator, display_name: 'Søby Koordinator', email: null, title: null, kind: 'staff', org_unit_id: null, demo_key: 'soeby-coordinator-test', demo_order: 902, created_at: t.clock.now, updated_at: t.clock.now }).execute();
  await db().insertInto('role_grant').values({ tenant_id: soeby, user_id: soebyCoordinator, role: 'volunteer-coordinator', granted_by: null, granted_at: t.clock.now }).execute();
});

after(async () => {
  await t?.close();
});

/** The report by hand: every done booking of Randers that began in the period, read as the owner. */
async function handSum(fromDate: string, toDate: string) {
  const rows = await db()
    .selectFrom('peer_guide_booking')
    .select(['guide_user_id', 'funding_source', 'minutes_logged', 'status', 'starts_at'])
    .where('tenant_id', '=', tenant)
    .execute();
  const byGuide = new Map<string, Record<FundingSource, number>>();
  const totals: Record<FundingSource, number> = { social: 0, jobcenter: 0, project: 0, other: 0 };
  const start = startOfCopenhagenDay(fromDate).getTime();
  const end = endOfCopenhagenDay(toDate).getTime();
  for (const row of rows) {
    if (row.status !== 'done' || row.starts_at.getTime() < start || row.starts_at.getTime() >= end) continue;
    const guide = byGuide.get(row.guide_user_id) ?? { social: 0, jobcenter: 0, project: 0, other: 0 };
    guide[row.funding_source] += row.minutes_logged ?? 0;
    totals[row.funding_source] += row.minutes_logged ?? 0;
    byGuide.set(row.guide_user_id, guide);
  }
  return { byGuide, totals, total: Object.values(totals).reduce((a, b) => a + b, 0) };
}

test('the report equals the hand sum, per guide and funding source, with the edges of the period right', async () => {
  const res = await t.request(await as('hanne'), { method: 'GET', url: `/api/v1/peer-guide-hours?from=${from}&to=${to}` });
  const report = expectStatus(res, 200);
  const expected = await handSum(from, to);
  assert.ok(expected.total > 0, 'the demo has held bookings in the period');
  assert.deepEqual(report.totals, expected.totals);
  assert.equal(report.total, expected.total);
  assert.equal(report.guides.length, expected.byGuide.size);
  for (const guide of report.guides) {
    assert.deepEqual(guide.minutes, expected.byGuide.get(guide.id), guide.name);
    assert.equal(guide.total, fundingSources.reduce((sum, s) => sum + guide.minutes[s], 0));
  }
  assert.ok(report.totals.other >= 45, 'the booking at the first minute of the period counts');
  assert.ok(report.totals.other < 500, 'the booking just after the period does not');
  assert.deepEqual(report.guides.map((g: { name: string }) => g.name), [...report.guides.map((g: { name: string }) => g.name)].sort((a, b) => a.localeCompare(b, 'da')));
  await assertAudited(t.database, res, { action: 'volunteer.statistics', actor: (await as('hanne')).userId, outcome: 'allowed' });
});

test('a wider period: still the hand sum, and more than the narrower one', async () => {
  const wide = expectStatus(await t.request(await as('karen'), { method: 'GET', url: `/api/v1/peer-guide-hours?from=${dayOffset(-400)}&to=${dayOffset(30)}` }), 200);
  const expected = await handSum(dayOffset(-400), dayOffset(30));
  assert.deepEqual(wide.totals, expected.totals);
  const kim = wide.guides.find((g: { name: string }) => g.name === 'Kim Andersen');
  assert.ok(kim.minutes.social > 0 && kim.minutes.jobcenter > 0, 'Kim has hours paid by the social area and by the job centre');
});

test('the CSV says the same: semicolons, a byte order mark, hours with a decimal comma', async () => {
  const report = expectStatus(await t.request(await as('hanne'), { method: 'GET', url: `/api/v1/peer-guide-hours?from=${from}&to=${to}` }), 200);
  const res = await t.request(await as('hanne'), { method: 'GET', url: `/api/v1/peer-guide-hours.csv?from=${from}&to=${to}` });
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
  assert.match(String(res.headers['content-disposition']), new RegExp(`attachment; filename="borgerguide-timer-${from}-${to}\\.csv"`));
  assert.deepEqual([...res.rawPayload.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
  const rows = parse(res.rawPayload, { delimiter: ';', bom: true }) as string[][];
  assert.deepEqual(rows[0], ['Borgerguide', 'Bookinger', 'Socialområdet (timer)', 'Jobcenteret (timer)', 'Projekt (timer)', 'Andet (timer)', 'I alt (timer)']);
  assert.equal(rows.length, report.guides.length + 2);
  for (const [index, guide] of report.guides.entries()) {
    assert.deepEqual(rows[index + 1], [guide.name, String(guide.bookings), ...fundingSources.map((s) => hoursText(guide.minutes[s], 'da')), hoursText(guide.total, 'da')]);
  }
  const last = rows.at(-1)!;
  assert.equal(last[0], 'Alle borgerguider');
  assert.equal(Number(last[6]!.replace(',', '.')), Math.round((report.total / 60) * 100) / 100);
  assert.equal(hoursText(90, 'da'), '1,50');
});

test('only the coordinator and leaders: staff, guides and the citizen get 403; a bad period 400', async () => {
  for (const persona of ['anders', 'kim', 'mikkel', 'jesper']) {
    assertProblem(await t.request(await as(persona), { method: 'GET', url: `/api/v1/peer-guide-hours?from=${from}&to=${to}` }), 403, 'forbidden');
    assertProblem(await t.request(await as(persona), { method: 'GET', url: `/api/v1/peer-guide-hours.csv?from=${from}&to=${to}` }), 403, 'forbidden');
  }
  const reversed = assertProblem(await t.request(await as('hanne'), { method: 'GET', url: `/api/v1/peer-guide-hours?from=${to}&to=${from}` }), 400, 'validation_failed');
  assert.deepEqual(reversed.errors, [{ path: 'to', message: 'Slutdatoen skal ligge på eller efter startdatoen.' }]);
  assertProblem(await t.request(await as('hanne'), { method: 'GET', url: '/api/v1/peer-guide-hours?from=2026-13-01&to=2026-12-31' }), 400, 'validation_failed');
  assertProblem(await t.request(null, { method: 'GET', url: `/api/v1/peer-guide-hours?from=${from}&to=${to}` }), 401, 'unauthenticated');
});

test('another municipality\'s coordinator sees none of Randers\' hours', async () => {
  const report = expectStatus(await t.request(await as('soeby-coordinator-test'), { method: 'GET', url: `/api/v1/peer-guide-hours?from=${dayOffset(-400)}&to=${dayOffset(30)}` }), 200);
  assert.deepEqual(report.guides, []);
  assert.equal(report.total, 0);
});

test('the demo: Kim and five more guides (one in training), Thomas\'s talks, Anders\'s conversations with Mikkel, the course', async () => {
  const guides = await db().selectFrom('peer_guide_profile as p').innerJoin('app_user as u', 'u.user_id', 'p.user_id').select(['u.display_name', 'u.demo_key', 'u.kind', 'p.training_status', 'p.experience_areas']).where('p.tenant_id', '=', tenant).execute();
  assert.equal(guides.length, 6);
  const kim = guides.find((g) => g.demo_key === 'kim');
  assert.deepEqual([kim?.kind, kim?.training_status, kim?.experience_areas], ['external', 'trained', ['acquired-brain-injury']]);
  assert.equal(guides.filter((g) => g.training_status === 'in-training').length, 1);
  assert.ok(guides.every((g) => g.demo_key === null || g.demo_key === 'kim'), 'the other guides are no personas');
  const bookings = await db()
    .selectFrom('peer_guide_booking as b')
    .innerJoin('app_user as g', 'g.user_id', 'b.guide_user_id')
    .innerJoin('app_user as bk', 'bk.user_id', 'b.booked_by')
    .select(['g.display_name as guide', 'bk.display_name as booker', 'b.kind', 'b.funding_source', 'b.citizen_id', 'b.status', 'b.title', 'b.max_participants', 'b.booking_id', 'b.starts_at'])
    .where('b.tenant_id', '=', tenant)
    .execute();
  const kims = bookings.filter((b) => b.guide === 'Kim Andersen');
  assert.ok(kims.some((b) => b.booker === 'Thomas Bruun' && b.kind === 'talk' && b.funding_source === 'jobcenter' && b.starts_at > t.clock.now), 'Thomas has booked Kim for a coming talk');
  assert.ok(kims.some((b) => b.booker === 'Anders Holm' && b.kind === 'conversation' && b.citizen_id !== null && b.funding_source === 'social'), 'Anders has booked Kim for Mikkel');
  const course = bookings.find((b) => b.title === 'Mit liv, min plan')!;
  assert.equal(course.max_participants, 12);
  assert.equal((await db().selectFrom('peer_guide_participant').select('participant_id').where('booking_id', '=', course.booking_id).execute()).length, 8);
  const heldSources = new Set(bookings.filter((b) => b.status === 'done').map((b) => b.funding_source));
  assert.deepEqual([...heldSources].sort(), ['jobcenter', 'other', 'project', 'social'], 'held bookings across every funding source');
});
