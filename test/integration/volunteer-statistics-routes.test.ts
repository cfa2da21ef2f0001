import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { assertAudited, assertProblem, requestIdOf, auditOfRequest } from '../support/platform-helpers.js';
import { receptionFactory } from '../support/reception-factory.js';
import { expectStatus, sessionCache } from '../support/referral-fixture.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { volunteerStatisticsFactory } from '../support/volunteer-statistics-factory.js';

/**
 * Volunteering in figures through the API, on both engines. A known dataset goes into Søby (which has no demo
 * volunteers), and every figure of January–March 2025 equals the hand count written next to the data. Randers gets
 * rows in the same months: Søby's figures stay the hand count, and Randers' figures grow by exactly those rows, whatever
 * its demo holds. A volunteer and a citizen get 403; bad periods and units get a translated 400.
 */

let t: TestApp;
let sessions: ReturnType<typeof sessionCache>;
const as = (persona: string) => sessions.as(persona);
const PERIOD = 'from=2025-01&to=2025-03';
const soeby = { tenantId: '', bostoette: '', socialcenter: '', coordinator: '' };

before(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2025-07-15T10:00:00Z');
  sessions = sessionCache(t);
  const people = receptionFactory(t.database);
  soeby.coordinator = await people.staffPersona({ key: 'soeby-koordinator', name: 'Signe Koordinator', unit: 'Socialcenter Søby', roles: ['volunteer-coordinator'], slug: 'soeby' });
  await people.staffPersona({ key: 'soeby-leder', name: 'Lone Leder', unit: 'Socialcenter Søby', roles: ['leader'], slug: 'soeby' });

  const f = volunteerStatisticsFactory(t.database);
  const tenant = (soeby.tenantId = await f.tenantId('soeby'));
  soeby.bostoette = await f.unitId(tenant, 'Bostøtte Søby');
  soeby.socialcenter = await f.unitId(tenant, 'Socialcenter Søby');
  const jobcenter = await f.unitId(tenant, 'Jobcenter Søby');
  const bostoetteWorker = await f.staff(tenant, 'Bo Støtte', soeby.bostoette);
  const jobWorker = await f.staff(tenant, 'Jo Center', jobcenter);
  const a = await f.citizen(tenant, 'Asta', bostoetteWorker);
  const b = await f.citizen(tenant, 'Bent', jobWorker);

  // Volunteers — active per month: January V1 V3 V5, February V1 V2 V3 V5, March V1 V2 V5; four distinct.
  const v1 = await f.volunteer(tenant, 'V1', { startedOn: '2024-06-01' });
  await f.volunteer(tenant, 'V2', { startedOn: '2025-02-10' });
  await f.volunteer(tenant, 'V3', { startedOn: '2024-01-01', status: 'stopped', statusChangedOn: '2025-02-20', stopReason: 'Flytter til Aarhus' });
  await f.volunteer(tenant, 'V4', { startedOn: '2024-01-01', status: 'paused', statusChangedOn: '2024-12-01' });
  await f.volunteer(tenant, 'V5', { startedOn: '2024-05-01', status: 'stopped', statusChangedOn: '2025-03-05', stopReason: 'Har ikke tid længere' });
  await f.volunteer(tenant, 'V6', { startedOn: '2025-04-02' });
  await f.volunteer(tenant, 'V7', { startedOn: '2023-01-01', status: 'stopped', statusChangedOn: '2024-12-31', stopReason: 'Før perioden' });

  // Requests by the month they were made (Copenhagen): January R1 R2 R3, February R4 (23:30 UTC on 31 January is
  // 00:30 on 1 February in Denmark) R5 R6, March R8 R9; R7 was made in December. Hours to match: R1 6, R2 24, R4 2,
  // R5 12, R8 4. Outcomes by the activity's month: January R1 done 120 min, R3 cancelled by the citizen's side;
  // February R2 done 90 min, R4 missed, R5 cancelled by the volunteer; March R7 done 60 min, R8 cancelled by the
  // coordinator, R9 cancelled without a record of who. R6 is in April.
  const r1 = await f.request(tenant, a, { createdAt: '2025-01-05T10:00:00Z', assigned_at: new Date('2025-01-05T16:00:00Z'), startsAt: '2025-01-20T13:00:00Z', status: 'done', volunteer_user_id: v1, minutes_logged: 120 });
  const r2 = await f.request(tenant, a, { createdAt: '2025-01-10T08:00:00Z', assigned_at: new Date('2025-01-11T08:00:00Z'), startsAt: '2025-02-03T13:00:00Z', status: 'done', volunteer_user_id: v1, minutes_logged: 90 });
  await f.request(tenant, b, { createdAt: '2025-01-12T08:00:00Z', startsAt: '2025-01-25T13:00:00Z', status: 'cancelled', cancelled_by_role: 'citizen' });
  await f.request(tenant, b, { createdAt: '2025-01-31T23:30:00Z', assigned_at: new Date('2025-02-01T01:30:00Z'), startsAt: '2025-02-10T12:00:00Z', status: 'missed', volunteer_user_id: v1 });
  await f.request(tenant, a, { createdAt: '2025-02-05T09:00:00Z', assigned_at: new Date('2025-02-05T21:00:00Z'), startsAt: '2025-02-20T12:00:00Z', status: 'cancelled', cancelled_by_role: 'volunteer', volunteer_user_id: v1 });
  await f.request(tenant, b, { createdAt: '2025-02-06T09:00:00Z', startsAt: '2025-04-10T12:00:00Z' });
  const r7 = await f.request(tenant, a, { createdAt: '2024-12-20T09:00:00Z', assigned_at: new Date('2024-12-21T09:00:00Z'), startsAt: '2025-03-01T12:00:00Z', status: 'done', volunteer_user_id: v1, minutes_logged: 60 });
  await f.request(tenant, b, { createdAt: '2025-03-02T08:00:00Z', assigned_at: new Date('2025-03-02T12:00:00Z'), startsAt: '2025-03-15T12:00:00Z', status: 'cancelled', cancelled_by_role: 'coordinator' });
  await f.request(tenant, a, { createdAt: '2025-03-03T08:00:00Z', startsAt: '2025-03-20T12:00:00Z', status: 'cancelled' });
  // Smileys: citizens 3 (Jan), 2 (Feb), 1 (Mar); volunteers 3 (Jan), 3 (Feb).
  await f.smiley(tenant, r1, 'citizen', 3);
  await f.smiley(tenant, r1, 'volunteer', 3);
  await f.smiley(tenant, r2, 'citizen', 2);
  await f.smiley(tenant, r2, 'volunteer', 3);
  await f.smiley(tenant, r7, 'citizen', 1);

  // Peer guides: 60 min in January (booked from the job centre), 45 min in February (from Bostøtte); a cancelled and a
  // booked session do not count.
  const guide = await f.peerGuide(tenant, 'G1');
  await f.booking(tenant, guide, jobWorker, { startsAt: '2025-01-15T10:00:00Z', status: 'done', minutes_logged: 60, booked_by_unit_id: jobcenter, funding_source: 'jobcenter' });
  await f.booking(tenant, guide, bostoetteWorker, { startsAt: '2025-02-15T10:00:00Z', status: 'done', minutes_logged: 45, booked_by_unit_id: soeby.bostoette });
  await f.booking(tenant, guide, bostoetteWorker, { startsAt: '2025-02-20T10:00:00Z', status: 'cancelled', minutes_logged: 30, booked_by_unit_id: soeby.bostoette });
  await f.booking(tenant, guide, bostoetteWorker, { startsAt: '2025-03-10T10:00:00Z', booked_by_unit_id: soeby.bostoette });
});

const month = (body: Record<string, any>, m: string) => body.months.find((x: { month: string }) => x.month === m);

describe('the figures equal the hand count', () => {
  test('per month: requests, matches, time to match, outcomes, smileys, volunteers, hours', async () => {
    const res = await t.request(await as('soeby-koordinator'), { method: 'GET', url: `/api/v1/volunteer-statistics?${PERIOD}` });
    const body = expectStatus(res, 200);
    assert.deepEqual(body.months.map((m: { month: string }) => m.month), ['2025-01', '2025-02', '2025-03']);
    assert.equal(body.asOf, '2025-07-15');
    assert.equal(body.unit, null);
    const jan = month(body, '2025-01');
    assert.deepEqual([jan.requests, jan.matched, jan.matchedPermille, jan.medianHoursToMatch], [3, 2, 667, 15]);
    assert.deepEqual([jan.done, jan.cancelled, jan.missed], [1, { total: 1, citizen: 1, volunteer: 0, coordinator: 0, unrecorded: 0 }, 0]);
    assert.deepEqual(jan.citizenSatisfaction, { n: 1, average: 3, happyPermille: 1000 });
    assert.deepEqual([jan.activeVolunteers, jan.stoppedVolunteers, jan.stopReasons, jan.volunteerMinutes, jan.peerGuideMinutes], [3, 0, [], 120, 60]);
    const feb = month(body, '2025-02');
    assert.deepEqual([feb.requests, feb.matched, feb.matchedPermille, feb.medianHoursToMatch], [3, 2, 667, 7]);
    assert.deepEqual([feb.done, feb.cancelled, feb.missed], [1, { total: 1, citizen: 0, volunteer: 1, coordinator: 0, unrecorded: 0 }, 1]);
    assert.deepEqual(feb.citizenSatisfaction, { n: 1, average: 2, happyPermille: 0 });
    assert.deepEqual(feb.volunteerSatisfaction, { n: 1, average: 3, happyPermille: 1000 });
    assert.deepEqual([feb.activeVolunteers, feb.stoppedVolunteers, feb.stopReasons, feb.volunteerMinutes, feb.peerGuideMinutes], [4, 1, ['Flytter til Aarhus'], 90, 45]);
    const mar = month(body, '2025-03');
    assert.deepEqual([mar.requests, mar.matched, mar.matchedPermille, mar.medianHoursToMatch], [2, 1, 500, 4]);
    assert.deepEqual([mar.done, mar.cancelled, mar.missed], [1, { total: 2, citizen: 0, volunteer: 0, coordinator: 1, unrecorded: 1 }, 0]);
    assert.deepEqual(mar.volunteerSatisfaction, { n: 0, average: null, happyPermille: null });
    assert.deepEqual([mar.activeVolunteers, mar.stoppedVolunteers, mar.stopReasons, mar.volunteerMinutes, mar.peerGuideMinutes], [3, 1, ['Har ikke tid længere'], 60, 0]);
  });

  test('the period: sums, shares of the sums, the median over all requests, distinct volunteers', async () => {
    const body = expectStatus(await t.request(await as('soeby-koordinator'), { method: 'GET', url: `/api/v1/volunteer-statistics?${PERIOD}` }), 200);
    assert.deepEqual(body.total, {
      requests: 8,
      matched: 5,
      matchedPermille: 625,
      medianHoursToMatch: 6,
      done: 3,
      cancelled: { total: 4, citizen: 1, volunteer: 1, coordinator: 1, unrecorded: 1 },
      missed: 1,
      citizenSatisfaction: { n: 3, average: 2, happyPermille: 333 },
      volunteerSatisfaction: { n: 2, average: 3, happyPermille: 1000 },
      activeVolunteers: 4,
      stoppedVolunteers: 2,
      volunteerMinutes: 270,
      peerGuideMinutes: 105,
    });
  });

  test('a month without anything gives zeros and null shares, never NaN', async () => {
    const body = expectStatus(await t.request(await as('soeby-koordinator'), { method: 'GET', url: '/api/v1/volunteer-statistics?from=2020-05&to=2020-05' }), 200);
    const may = month(body, '2020-05');
    assert.deepEqual([may.requests, may.matchedPermille, may.medianHoursToMatch, may.citizenSatisfaction.average, may.activeVolunteers], [0, null, null, null, 0]);
    assert.equal(body.total.matchedPermille, null);
  });

  test('limited to a unit: requests of citizens on its (or its sub-units’) teams, peer-guide bookings made from it', async () => {
    for (const unit of [soeby.bostoette, soeby.socialcenter]) {
      const body = expectStatus(await t.request(await as('soeby-koordinator'), { method: 'GET', url: `/api/v1/volunteer-statistics?${PERIOD}&unit=${unit}` }), 200);
      assert.equal(body.unit.id, unit);
      assert.deepEqual(body.months.map((m: { requests: number }) => m.requests), [2, 1, 1]);
      assert.deepEqual(body.months.map((m: { peerGuideMinutes: number }) => m.peerGuideMinutes), [0, 45, 0]);
      assert.equal(body.total.volunteerMinutes, 270, 'Asta’s accompaniments: R1, R2 and R7');
      assert.equal(body.total.activeVolunteers, 4, 'the volunteers are the whole municipality’s');
    }
  });

  test('the read is audited once as a role-only access', async () => {
    const res = await t.request(await as('soeby-koordinator'), { method: 'GET', url: `/api/v1/volunteer-statistics?${PERIOD}` });
    const row = await assertAudited(t.database, res, { action: 'volunteer.statistics', actor: soeby.coordinator, outcome: 'allowed', tenantId: soeby.tenantId });
    assert.equal(row.citizen_id, null);
  });

  test('a leader gets the figures but not the stop reasons', async () => {
    const body = expectStatus(await t.request(await as('soeby-leder'), { method: 'GET', url: `/api/v1/volunteer-statistics?${PERIOD}` }), 200);
    assert.equal(month(body, '2025-02').stoppedVolunteers, 1);
    assert.equal(month(body, '2025-02').stopReasons, null);
  });
});

describe('the CSV', () => {
  test('parses: semicolons, UTF-8 with a byte order mark, a row per month and the period', async () => {
    const res = await t.request(await as('soeby-koordinator'), { method: 'GET', url: `/api/v1/volunteer-statistics.csv?${PERIOD}` });
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.match(String(res.headers['content-disposition']), /attachment; filename="frivillige-i-tal-2025-01-2025-03\.csv"/);
    assert.deepEqual([...res.rawPayload.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const rows = parse(res.rawPayload, { delimiter: ';', bom: true }) as string[][];
    const [header, jan, feb, , total] = rows;
    assert.equal(rows.length, 5);
    const cell = (row: string[] | undefined, name: string) => row![header!.indexOf(name)];
    assert.equal(header![0], 'Måned');
    assert.deepEqual([cell(jan, 'Måned'), cell(jan, 'Ønsker om følgeskab'), cell(jan, 'Andel med frivillig (%)'), cell(jan, 'Median tid til match (timer)')], ['2025-01', '3', '66,7', '15']);
    assert.equal(cell(feb, 'Grunde til at stoppe'), 'Flytter til Aarhus');
    assert.equal(cell(total, 'Måned'), 'Hele perioden 2025-01 – 2025-03');
    assert.deepEqual([cell(total, 'Frivilligtimer'), cell(total, 'Borgerguidetimer'), cell(total, 'Borgere glade (%)'), cell(total, 'Aktive frivillige')], ['4,5', '1,8', '33,3', '4']);
  });

  test('for a leader it has no column of reasons', async () => {
    const res = await t.request(await as('soeby-leder'), { method: 'GET', url: `/api/v1/volunteer-statistics.csv?${PERIOD}` });
    const [header] = parse(res.rawPayload, { delimiter: ';', bom: true }) as string[][];
    assert.equal(header!.includes('Grunde til at stoppe'), false);
  });
});

describe('another municipality’s data never counts', () => {
  test('rows in Randers in the same months add to Randers only', async () => {
    const before = expectStatus(await t.request(await as('hanne'), { method: 'GET', url: `/api/v1/volunteer-statistics?${PERIOD}` }), 200);
    const f = volunteerStatisticsFactory(t.database);
    const randers = await f.tenantId('randers');
    const citizen = await f.citizen(randers, 'Rita');
    await f.request(randers, citizen, { createdAt: '2025-01-15T10:00:00Z', assigned_at: new Date('2025-01-15T11:00:00Z'), startsAt: '2025-01-22T10:00:00Z', status: 'done', minutes_logged: 30 });
    await f.volunteer(randers, 'Randers-frivillig', { startedOn: '2024-01-01', status: 'stopped', statusChangedOn: '2025-03-01', stopReason: 'Randers-grund' });

    const after = expectStatus(await t.request(await as('hanne'), { method: 'GET', url: `/api/v1/volunteer-statistics?${PERIOD}` }), 200);
    assert.equal(month(after, '2025-01').requests, month(before, '2025-01').requests + 1);
    assert.equal(month(after, '2025-01').volunteerMinutes, month(before, '2025-01').volunteerMinutes + 30);
    assert.equal(month(after, '2025-03').stoppedVolunteers, month(before, '2025-03').stoppedVolunteers + 1);
    assert.ok(month(after, '2025-03').stopReasons.includes('Randers-grund'));
    assert.ok(!month(after, '2025-02').stopReasons.includes('Flytter til Aarhus'), 'Søby’s reasons are not Randers’');

    const soebyBody = expectStatus(await t.request(await as('soeby-koordinator'), { method: 'GET', url: `/api/v1/volunteer-statistics?${PERIOD}` }), 200);
    assert.deepEqual([soebyBody.total.requests, soebyBody.total.volunteerMinutes, soebyBody.total.stoppedVolunteers], [8, 270, 2]);
    assert.ok(!month(soebyBody, '2025-03').stopReasons.includes('Randers-grund'));
  });

  test('a unit of another municipality is refused as unknown', async () => {
    const randers = volunteerStatisticsFactory(t.database);
    const unit = await randers.unitId(await randers.tenantId('randers'), 'Aktivitets- og fritidskoordinering');
    const res = await t.request(await as('soeby-koordinator'), { method: 'GET', url: `/api/v1/volunteer-statistics?${PERIOD}&unit=${unit}` });
    const problem = assertProblem(res, 400, 'validation_failed');
    assert.deepEqual(problem.errors, [{ path: 'unit', message: 'Vælg en enhed fra listen.' }]);
  });
});

describe('access and bad input', () => {
  test('without a login: 401', async () => {
    assertProblem(await t.request(null, { method: 'GET', url: '/api/v1/volunteer-statistics' }), 401, 'unauthenticated');
  });

  for (const persona of ['ole', 'mikkel', 'anders']) {
    test(`${persona} (volunteer, citizen, support worker): 403, and the refusal is audited`, async () => {
      for (const url of ['/api/v1/volunteer-statistics', '/api/v1/volunteer-statistics.csv']) {
        const res = await t.request(await as(persona), { method: 'GET', url });
        assertProblem(res, 403, 'forbidden');
        const rows = await auditOfRequest(t.database, requestIdOf(res));
        assert.deepEqual(rows.map((r) => [r.action, r.outcome]), [['volunteer.statistics', 'denied']]);
      }
    });
  }

  const bad: [string, string, { path: string; message: string }][] = [
    ['a month in the wrong form', 'from=2025-13&to=2025-03', { path: 'from', message: 'Skriv den første måned som år og måned, fx 2026-03.' }],
    ['a day instead of a month', 'from=2025-01&to=2025-03-31', { path: 'to', message: 'Skriv den sidste måned som år og måned, fx 2026-11.' }],
    ['the months backwards', 'from=2025-04&to=2025-03', { path: 'from', message: 'Den første måned skal ligge før eller være den samme som den sidste måned.' }],
    ['more than 36 months', 'from=2022-01&to=2025-01', { path: 'from', message: 'Vælg højst 36 måneder ad gangen.' }],
  ];
  for (const [what, query, error] of bad) {
    test(`${what}: 400 with a Danish message, and nothing recorded`, async () => {
      const res = await t.request(await as('hanne'), { method: 'GET', url: `/api/v1/volunteer-statistics?${query}` });
      const problem = assertProblem(res, 400, 'validation_failed');
      assert.deepEqual(problem.errors, [error]);
      assert.equal((await auditOfRequest(t.database, requestIdOf(res))).length, 0);
    });
  }

  test('the default period is the twelve months up to the current one', async () => {
    const body = expectStatus(await t.request(await as('karen'), { method: 'GET', url: '/api/v1/volunteer-statistics' }), 200);
    assert.deepEqual([body.from, body.to, body.months.length], ['2024-08', '2025-07', 12]);
    assert.ok(body.units.some((u: { name: string }) => u.name === 'Aktivitets- og fritidskoordinering'));
  });
});
