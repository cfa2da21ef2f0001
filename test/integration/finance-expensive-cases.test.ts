import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { refusionFor, standardBands } from '../../src/domain/refusion.js';
import { caseMessage } from '../../src/features/finance/cases/case-messages.js';
import { loadDemoMunicipalities } from '../../src/features/demo/load-demo-municipalities.js';
import { expensiveCasesByYear } from '../../src/features/finance/cases/expensive-case-repository.js';
import { newId } from '../../src/platform/ids.js';
import { citizenFactory } from '../support/citizen-factory.js';
import { assertAudited, assertProblem, auditOfRequest, requestIdOf } from '../support/platform-helpers.js';
import { receptionFactory } from '../support/reception-factory.js';
import { expectStatus, sessionCache } from '../support/referral-fixture.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase } from '../support/test-database.js';

/**
 * Expensive cases and state refusion through the API, on both engines: the refusion bands as data, the calculator,
 * finance's case list (each listed citizen audited), and the committee status — its figures equal a hand sum on a
 * dataset inserted here, and the demo's figures for 2022 and 2025 are the source's exactly — with its PDF, XLSX and
 * CSV holding the same figures. A committee member gets the aggregates and 404 on every view of one person.
 * The clock stands on 1 March 2026, so the current year (the forecast) is 2026.
 */

let t: TestApp;
let sessions: ReturnType<typeof sessionCache>;
const as = (persona: string) => sessions.as(persona);
const kr = (amount: number) => Math.round(amount * 100);
const NOW = new Date('2026-03-01T11:00:00Z');

/** Søby has no demo cases: the known dataset goes there, with a controller and a committee member of its own. */
const soeby = { tenantId: '', a: '', b: '', c: '', d: '', names: ['Asta Kendtsen', 'Bjarne Kendtsen', 'Cilla Kendtsen', 'Dorit Kendtsen'] };

async function service(citizenId: string, values: { from: string; to: string | null; unit: 'day' | 'hour' | 'month'; priceOre: number; quantity?: number; cancelled?: boolean; residential?: boolean }) {
  const now = new Date();
  await t.database.db
    .insertInto('granted_service')
    .values({
      tenant_id: soeby.tenantId,
      service_id: newId(),
      citizen_id: citizenId,
      service_name: 'Kendt ydelse',
      legal_basis: values.residential ? 'SEL §108' : 'SEL §85',
      provider_kind: 'own',
      placement: 'inside',
      residential: values.residential ?? false,
      period_from: values.from,
      period_to: values.to,
      price_unit: values.unit,
      unit_price_ore: values.priceOre,
      quantity_hundredths: values.quantity ?? 100,
      cancelled_at: values.cancelled ? now : null,
      decided_on: values.from,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

before(async () => {
  t = await createTestApp();
  t.clock.now = NOW;
  sessions = sessionCache(t);
  const people = receptionFactory(t.database);
  await people.staffPersona({ key: 'soeby-controller', name: 'Sanne Kontrol', unit: 'Socialcenter Søby', roles: ['finance'], slug: 'soeby' });
  await people.staffPersona({ key: 'soeby-politician', name: 'Poul Udvalg', unit: 'Socialcenter Søby', roles: ['politician'], slug: 'soeby' });
  const f = citizenFactory(t.database, t.config.cprKey);
  soeby.tenantId = await f.tenantId('soeby');
  const citizen = (cpr: string, name: string, targetGroups: string[]) => f.citizen({ cpr, firstName: name.split(' ')[0], lastName: name.split(' ')[1], tenant: 'soeby', targetGroups });
  soeby.a = await citizen('120570-1111', soeby.names[0]!, ['autism']);
  soeby.b = await citizen('130681-2222', soeby.names[1]!, ['intellectual-disability']);
  soeby.c = await citizen('140792-3333', soeby.names[2]!, []);
  soeby.d = await citizen('150399-4444', soeby.names[3]!, ['acquired-brain-injury']);
  // 2024 (a leap year): A 3,000 kr. a day = 1,098,000; B 100,000 kr. a month = 1,200,000; C 900,000 (below).
  await service(soeby.a, { from: '2024-01-01', to: '2024-12-31', unit: 'day', priceOre: kr(3_000), residential: true });
  await service(soeby.b, { from: '2024-01-01', to: '2024-12-31', unit: 'month', priceOre: kr(100_000) });
  await service(soeby.c, { from: '2024-01-01', to: '2025-12-31', unit: 'month', priceOre: kr(75_000) });
  // 2025: A 3,200 a day = 1,168,000; B 110,000 a month = 1,320,000; D 500 kr. an hour, 60 hours a week = 1,564,285.71,
  // until further notice; C 900,000 (below); a withdrawn decision of 5 million costs nothing.
  await service(soeby.a, { from: '2025-01-01', to: '2025-12-31', unit: 'day', priceOre: kr(3_200), residential: true });
  await service(soeby.b, { from: '2025-01-01', to: '2025-12-31', unit: 'month', priceOre: kr(110_000) });
  await service(soeby.d, { from: '2025-01-01', to: null, unit: 'hour', priceOre: kr(500), quantity: 6000 });
  await service(soeby.c, { from: '2025-06-01', to: '2025-12-31', unit: 'day', priceOre: kr(5_000_000 / 214), cancelled: true });
});

after(async () => {
  await t?.close();
});

/** The hand sums of the known dataset, with the seed's 2024 (900,000 / …) and 2025 (920,000 / …) bands. */
const hand = {
  2024: { cases: 2, totalCostOre: kr(1_098_000) + kr(1_200_000), refusionOre: kr(198_000 * 0.25) + kr(300_000 * 0.25) },
  2025: {
    cases: 3,
    // D: 50,000 øre × 60 hours × 365 days / 7 = 156,428,571.43 øre, rounded once.
    totalCostOre: kr(1_168_000) + kr(1_320_000) + 156_428_571,
    // A 25 % of 248,000; B 25 % of 400,000; D 25 % of 64,428,571 øre = 16,107,142.75, rounded half up.
    refusionOre: kr(62_000) + kr(100_000) + 16_107_143,
  },
};

async function committeeStatus(persona: string, query = '') {
  return t.request(await as(persona), { method: 'GET', url: `/api/v1/finance/committee-status${query}` });
}

describe('refusion bands as data', () => {
  test('every demo municipality has the bands 2022-2026; finance, leaders and the committee read them', async () => {
    const res = await t.request(await as('peter'), { method: 'GET', url: '/api/v1/finance/refusion-bands' });
    const body = expectStatus(res, 200);
    assert.deepEqual(body.years.map((y: any) => y.year), [2022, 2023, 2024, 2025, 2026]);
    assert.deepEqual(body.years[0].bands, standardBands([860_000, 1_680_000, 2_120_000]));
    assert.deepEqual(body.years[4].bands, standardBands([940_000, 1_840_000, 2_330_000]));
    const one = expectStatus(await t.request(await as('birgit'), { method: 'GET', url: '/api/v1/finance/refusion-bands?year=2026' }), 200);
    assert.deepEqual(one.years, [{ year: 2026, bands: standardBands([940_000, 1_840_000, 2_330_000]) }]);
    expectStatus(await t.request(await as('karen'), { method: 'GET', url: '/api/v1/finance/refusion-bands?year=2031' }), 200);
    const soebyBands = expectStatus(await t.request(await as('soeby-controller'), { method: 'GET', url: '/api/v1/finance/refusion-bands?year=2025' }), 200);
    assert.deepEqual(soebyBands.years[0].bands, standardBands([920_000, 1_800_000, 2_280_000]));
  });

  test('anonymous → 401; a support worker → 403, audited', async () => {
    assertProblem(await t.request(null, { method: 'GET', url: '/api/v1/finance/refusion-bands' }), 401, 'unauthenticated');
    const anders = await as('anders');
    const res = await t.request(anders, { method: 'GET', url: '/api/v1/finance/refusion-bands' });
    assertProblem(res, 403, 'forbidden');
    await assertAudited(t.database, res, { action: 'finance.read', actor: anders.userId, outcome: 'denied' });
  });

  test('finance sets a year\'s bands; the rows and the audit entry (before and after) are there', async () => {
    const peter = await as('peter');
    const bands = standardBands([1_000_000, 2_000_000, 2_500_000]);
    const res = await t.request(peter, { method: 'PUT', url: '/api/v1/finance/refusion-bands/2031', payload: { bands: [...bands].reverse() } });
    assert.deepEqual(expectStatus(res, 200), { year: 2031, bands });
    const rows = await t.database.db.selectFrom('refusion_band').select(['lower_ore', 'rate_percent']).where('tenant_id', '=', peter.tenantId).where('year', '=', 2031).orderBy('lower_ore').execute();
    assert.deepEqual(rows.map((r) => [Number(r.lower_ore), r.rate_percent]), bands.map((b) => [b.lowerOre, b.ratePercent]));
    const entry = await assertAudited(t.database, res, { action: 'finance.manage', actor: peter.userId, outcome: 'allowed', resourceId: '2031' });
    assert.deepEqual((entry.details as any).before, []);
    assert.equal((entry.details as any).after.length, 4);
    // Changing them again records what they were.
    const again = await t.request(peter, { method: 'PUT', url: '/api/v1/finance/refusion-bands/2031', payload: { bands: standardBands([1_100_000, 2_000_000, 2_500_000]) } });
    expectStatus(again, 200);
    const second = await assertAudited(t.database, again, { action: 'finance.manage', actor: peter.userId, outcome: 'allowed' });
    assert.deepEqual((second.details as any).before, bands);
    // The other municipality's 2031 is untouched.
    assert.equal((await t.database.db.selectFrom('refusion_band').select('year').where('tenant_id', '=', soeby.tenantId).where('year', '=', 2031).execute()).length, 0);
  });

  test('bad bands, a year out of range, or someone without finance.manage: a clear answer and nothing stored', async () => {
    const peter = await as('peter');
    const state = async () => JSON.stringify(await t.database.db.selectFrom('refusion_band').selectAll().orderBy('tenant_id').orderBy('year').orderBy('lower_ore').execute());
    const before = await state();
    const firstNotZero = await t.request(peter, { method: 'PUT', url: '/api/v1/finance/refusion-bands/2032', payload: { bands: [{ lowerOre: 100, ratePercent: 0 }] } });
    const problem = assertProblem(firstNotZero, 400, 'validation_failed');
    assert.deepEqual(problem.errors, [{ path: 'bands', message: caseMessage('da', 'bands.first_not_zero') }]);
    assert.equal((await auditOfRequest(t.database, requestIdOf(firstNotZero))).length, 0, 'a refused change leaves no audit entry of a change');
    const twice = await t.request(peter, { method: 'PUT', url: '/api/v1/finance/refusion-bands/2032', payload: { bands: [{ lowerOre: 0, ratePercent: 0 }, { lowerOre: 0, ratePercent: 25 }] } });
    assert.deepEqual(assertProblem(twice, 400, 'validation_failed').errors, [{ path: 'bands', message: caseMessage('da', 'bands.same_limit') }]);
    assertProblem(await t.request(peter, { method: 'PUT', url: '/api/v1/finance/refusion-bands/2032', payload: { bands: [{ lowerOre: 0, ratePercent: 101 }] } }), 400, 'validation_failed');
    assertProblem(await t.request(peter, { method: 'PUT', url: '/api/v1/finance/refusion-bands/2032', payload: { bands: [{ lowerOre: -1, ratePercent: 0 }] } }), 400, 'validation_failed');
    assertProblem(await t.request(peter, { method: 'PUT', url: '/api/v1/finance/refusion-bands/1999', payload: { bands: standardBands([1, 2, 3]) } }), 400, 'validation_failed');
    assertProblem(await t.request(peter, { method: 'PUT', url: '/api/v1/finance/refusion-bands/2032', payload: { bands: [] } }), 400, 'validation_failed');
    const birgit = await as('birgit');
    const refused = await t.request(birgit, { method: 'PUT', url: '/api/v1/finance/refusion-bands/2026', payload: { bands: standardBands([1, 2, 3]) } });
    assertProblem(refused, 403, 'forbidden');
    await assertAudited(t.database, refused, { action: 'finance.manage', actor: birgit.userId, outcome: 'denied' });
    assert.equal(await state(), before);
  });
});

describe('the refusion calculator', () => {
  test('2026, 2,500,000 DKK: the worked example of the issue, with the bands', async () => {
    const peter = await as('peter');
    const res = await t.request(peter, { method: 'POST', url: '/api/v1/finance/refusion', payload: { year: 2026, costOre: 250_000_000 } });
    const body = expectStatus(res, 200);
    assert.equal(body.refusionOre, 59_750_000);
    assert.equal(body.netOre, 250_000_000 - 59_750_000);
    assert.deepEqual(body.bands, standardBands([940_000, 1_840_000, 2_330_000]));
    assert.deepEqual(body.parts.map((p: any) => p.amountOre), [kr(940_000), kr(900_000), kr(490_000), kr(170_000)]);
    await assertAudited(t.database, res, { action: 'finance.read', actor: peter.userId, outcome: 'allowed', resourceId: '2026' });
    expectStatus(await t.request(await as('birgit'), { method: 'POST', url: '/api/v1/finance/refusion', payload: { year: 2022, costOre: 0 } }), 200);
  });

  test('a year without bands: a clear 400 in the user\'s language', async () => {
    const res = await t.request(await as('peter'), { method: 'POST', url: '/api/v1/finance/refusion', payload: { year: 2040, costOre: 250_000_000 } });
    const problem = assertProblem(res, 400, 'validation_failed');
    assert.deepEqual(problem.errors, [{ path: 'year', message: 'Der er ingen refusionsgrænser for 2040. Økonomi kan indtaste årets grænser under refusionsgrænser.' }]);
    const english = await t.request(await as('peter'), { method: 'POST', url: '/api/v1/finance/refusion', headers: { 'accept-language': 'en' }, payload: { year: 2040, costOre: 1 } });
    assert.equal(english.statusCode, 400);
  });

  test('a negative cost, a year out of range, no login, no permission', async () => {
    const peter = await as('peter');
    assertProblem(await t.request(peter, { method: 'POST', url: '/api/v1/finance/refusion', payload: { year: 2026, costOre: -1 } }), 400, 'validation_failed');
    assertProblem(await t.request(peter, { method: 'POST', url: '/api/v1/finance/refusion', payload: { year: 2026, costOre: 1.5 } }), 400, 'validation_failed');
    assertProblem(await t.request(peter, { method: 'POST', url: '/api/v1/finance/refusion', payload: { year: 2101, costOre: 1 } }), 400, 'validation_failed');
    assertProblem(await t.request(peter, { method: 'POST', url: '/api/v1/finance/refusion', payload: { year: 1999, costOre: 1 } }), 400, 'validation_failed');
    assertProblem(await t.request(null, { method: 'POST', url: '/api/v1/finance/refusion', payload: { year: 2026, costOre: 1 } }), 401, 'unauthenticated');
    assertProblem(await t.request(await as('mette'), { method: 'POST', url: '/api/v1/finance/refusion', payload: { year: 2026, costOre: 1 } }), 403, 'forbidden');
  });
});

describe('the committee status on a known dataset (Søby)', () => {
  test('equals the hand sum: count, total, refusion, net and the change since last year', async () => {
    const politician = await as('soeby-politician');
    const res = await committeeStatus('soeby-politician', '?year=2025');
    const body = expectStatus(res, 200);
    assert.equal(body.year, 2025);
    assert.deepEqual(body.summary, { year: 2025, complete: true, cases: 3, totalCostOre: hand[2025].totalCostOre, refusionOre: hand[2025].refusionOre, netCostOre: hand[2025].totalCostOre - hand[2025].refusionOre });
    assert.deepEqual(body.previousYear, { year: 2024, complete: true, cases: 2, totalCostOre: hand[2024].totalCostOre, refusionOre: hand[2024].refusionOre, netCostOre: hand[2024].totalCostOre - hand[2024].refusionOre });
    const increase = hand[2025].totalCostOre - hand[2024].totalCostOre;
    assert.deepEqual(body.change, {
      cases: 1,
      totalCostOre: increase,
      totalCostPermille: Math.round((increase * 1000) / hand[2024].totalCostOre),
      netCostOre: hand[2025].totalCostOre - hand[2025].refusionOre - (hand[2024].totalCostOre - hand[2024].refusionOre),
    });
    assert.deepEqual(body.trend.map((y: any) => [y.year, y.cases]), [[2024, 2], [2025, 3]]);
    // The largest cases, anonymised: a label, an age band and a target group, never a name or an id.
    assert.deepEqual(body.largestCases.map((c: any) => [c.label, c.costOre, c.ageBand, c.targetGroup]), [
      ['Sag 1', 156_428_571, '25-34', 'acquired-brain-injury'],
      ['Sag 2', kr(1_320_000), '35-49', 'intellectual-disability'],
      ['Sag 3', kr(1_168_000), '50-64', 'autism'],
    ]);
    for (const c of body.largestCases) assert.equal(c.refusionOre, refusionFor(c.costOre, standardBands([920_000, 1_800_000, 2_280_000])).refusionOre);
    for (const secret of [...soeby.names.flatMap((n) => n.split(' ')), soeby.a, soeby.b, soeby.c, soeby.d, '1970-05-12']) assert.ok(!res.body.includes(secret), `the status does not say ${secret}`);
    // Role-only: one entry, no citizen.
    const entry = await assertAudited(t.database, res, { action: 'finance.committee', actor: politician.userId, outcome: 'allowed', resourceId: '2025' });
    assert.equal(entry.citizen_id, null);
  });

  test('the forecast for the current year: the rest of the year at today\'s decisions', async () => {
    const body = expectStatus(await committeeStatus('soeby-controller', '?year=2025'), 200);
    // D until further notice: 156,428,571 øre for all of 2026; 1 January to 1 March is 60 days.
    const toDate = Math.round((kr(500) * 6000 * 60) / 700);
    assert.deepEqual(body.forecast, {
      year: 2026,
      asOf: '2026-03-01',
      cases: 1,
      costToDateOre: toDate,
      remainingOre: 156_428_571 - toDate,
      totalCostOre: 156_428_571,
      refusionOre: refusionFor(156_428_571, standardBands([940_000, 1_840_000, 2_330_000])).refusionOre,
      netCostOre: 156_428_571 - refusionFor(156_428_571, standardBands([940_000, 1_840_000, 2_330_000])).refusionOre,
    });
    const current = expectStatus(await committeeStatus('soeby-controller'), 200);
    assert.equal(current.year, 2026);
    assert.equal(current.summary.complete, false);
    assert.equal(current.summary.totalCostOre, 156_428_571);
  });

  test('the XLSX opens with a real reader and holds the same figures as the JSON', async () => {
    const json = expectStatus(await committeeStatus('soeby-politician', '?year=2025'), 200);
    const res = await t.request(await as('soeby-politician'), { method: 'GET', url: '/api/v1/finance/committee-status.xlsx?year=2025' });
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /spreadsheetml/);
    assert.match(String(res.headers['content-disposition']), /attachment; filename="udvalgsstatus-dyre-sager-2025\.xlsx"/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as never);
    assert.deepEqual(book.worksheets.map((s) => s.name), ['Sammendrag', 'Udvikling', 'Største sager']);
    const byLabel = new Map<string, unknown>();
    book.getWorksheet('Sammendrag')!.eachRow((row) => {
      const label = String(row.getCell(1).value ?? '');
      if (!byLabel.has(label)) byLabel.set(label, row.getCell(2).value);
    });
    assert.equal(byLabel.get('Sager over 1 mio. kr.'), json.summary.cases);
    assert.equal(byLabel.get('Samlet udgift (kr.)'), json.summary.totalCostOre / 100);
    assert.equal(byLabel.get('Statsrefusion (kr.)'), json.summary.refusionOre / 100);
    assert.equal(byLabel.get('Nettoudgift (kr.)'), json.summary.netCostOre / 100);
    assert.equal(byLabel.get('Antal sager'), json.change.cases);
    const trend: unknown[][] = [];
    book.getWorksheet('Udvikling')!.eachRow((row, n) => n > 1 && trend.push([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value, row.getCell(4).value, row.getCell(5).value]));
    assert.deepEqual(trend, json.trend.map((y: any) => [y.year, y.cases, y.totalCostOre / 100, y.refusionOre / 100, y.netCostOre / 100]));
    const largest: unknown[][] = [];
    book.getWorksheet('Største sager')!.eachRow((row, n) => n > 1 && largest.push([row.getCell(1).value, row.getCell(4).value, row.getCell(5).value, row.getCell(6).value]));
    assert.deepEqual(largest, json.largestCases.map((c: any) => [c.label, c.costOre / 100, c.refusionOre / 100, c.netOre / 100]));
  });

  test('the CSV parses: semicolons, UTF-8 with a byte order mark, the same figures', async () => {
    const json = expectStatus(await committeeStatus('soeby-politician', '?year=2025'), 200);
    const res = await t.request(await as('soeby-politician'), { method: 'GET', url: '/api/v1/finance/committee-status.csv?year=2025' });
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.deepEqual([...res.rawPayload.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const rows = parse(res.rawPayload, { delimiter: ';', bom: true }) as string[][];
    const header = rows[0]!;
    assert.deepEqual(header.slice(0, 4), ['Afsnit', 'Betegnelse', 'År', 'Sager over 1 mio. kr.']);
    const kroner = (text: string) => Math.round(Number(text.replace(',', '.')) * 100);
    const first = rows[1]!;
    assert.deepEqual([first[2], Number(first[3]), kroner(first[4]!), kroner(first[5]!), kroner(first[6]!)], ['2025', json.summary.cases, json.summary.totalCostOre, json.summary.refusionOre, json.summary.netCostOre]);
    const largest = rows.filter((r) => r[1]!.startsWith('Sag '));
    assert.deepEqual(largest.map((r) => [r[1], kroner(r[4]!)]), json.largestCases.map((c: any) => [c.label, c.costOre]));
    assert.ok(rows.every((r) => r.length === header.length), 'one table: every row has every column');
    assert.ok(!res.rawPayload.toString('utf8').includes('Kendtsen'));
  });

  test('the PDF is a PDF of one A4 page', async () => {
    const res = await t.request(await as('soeby-politician'), { method: 'GET', url: '/api/v1/finance/committee-status.pdf?year=2025' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.equal(res.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
    const info = pdfInfo(res.rawPayload);
    assert.equal(info.Pages, '1');
    assert.match(info['Page size'] ?? '', /595\.28 x 841\.89 pts \(A4\)/);
    assert.equal(info.Title, 'Status på særligt dyre enkeltsager 2025');
  });

  test('anonymous → 401; a citizen → 403; a year without bands or out of range → 400', async () => {
    assertProblem(await t.request(null, { method: 'GET', url: '/api/v1/finance/committee-status' }), 401, 'unauthenticated');
    assertProblem(await t.request(null, { method: 'GET', url: '/api/v1/finance/committee-status.pdf' }), 401, 'unauthenticated');
    const mikkel = await as('mikkel');
    const refused = await t.request(mikkel, { method: 'GET', url: '/api/v1/finance/committee-status?year=2025' });
    assertProblem(refused, 403, 'forbidden');
    await assertAudited(t.database, refused, { action: 'finance.committee', actor: mikkel.userId, outcome: 'denied' });
    const noBands = assertProblem(await committeeStatus('soeby-controller', '?year=2035'), 400, 'validation_failed');
    assert.match(noBands.errors![0]!.message, /ingen refusionsgrænser for 2035/);
    assertProblem(await committeeStatus('soeby-controller', '?year=20255'), 400, 'validation_failed');
    assertProblem(await committeeStatus('soeby-controller', '?year=abc'), 400, 'validation_failed');
  });
});

function pdfInfo(pdf: Buffer): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'mestring-pdf-'));
  try {
    const file = join(dir, 'status.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return Object.fromEntries(text.split('\n').filter((line) => line.includes(':')).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the demo's figures (Randers)", () => {
  test('2022: 199 cases, 267.6 million DKK; 2025: 243 cases, 407.3 million DKK — by the page and by the SQL it uses', async () => {
    const tenantId = (await as('peter')).tenantId;
    const rows = await expensiveCasesByYear(t.database.db, tenantId, { fromYear: 2022, toYear: 2026, thresholdOre: kr(1_000_000), today: '2026-03-01' });
    const year = (y: number) => rows.filter((r) => r.year === y);
    assert.equal(year(2022).length, 199);
    assert.equal(year(2022).reduce((sum, r) => sum + r.cost, 0), kr(267_600_000));
    assert.equal(year(2025).length, 243);
    assert.equal(year(2025).reduce((sum, r) => sum + r.cost, 0), kr(407_300_000));
    const body = expectStatus(await committeeStatus('birgit', '?year=2025'), 200);
    assert.deepEqual([body.summary.cases, body.summary.totalCostOre], [243, kr(407_300_000)]);
    assert.deepEqual([body.trend[0].year, body.trend[0].cases, body.trend[0].totalCostOre], [2022, 199, kr(267_600_000)]);
    assert.deepEqual(body.trend.map((y: any) => y.year), [2022, 2023, 2024, 2025]);
    assert.ok(body.trend.every((y: any, i: number) => i === 0 || y.totalCostOre > body.trend[i - 1].totalCostOre), 'the cost rises every year');
    assert.equal(body.largestCases.length, 10);
    assert.ok(body.largestCases.every((c: any, i: number) => c.label === `Sag ${i + 1}` && Object.keys(c).sort().join() === 'ageBand,costOre,label,netOre,refusionOre,targetGroup'));
    assert.equal(body.forecast.year, 2026);
    assert.ok(body.forecast.cases > 243 && body.forecast.costToDateOre > 0 && body.forecast.remainingOre > body.forecast.costToDateOre);
  });

  test("the demo's one-page PDF says the figures", async () => {
    const res = await t.request(await as('birgit'), { method: 'GET', url: '/api/v1/finance/committee-status.pdf?year=2025' });
    assert.equal(res.statusCode, 200);
    assert.equal(pdfInfo(res.rawPayload).Pages, '1');
    const dir = mkdtempSync(join(tmpdir(), 'mestring-pdf-'));
    try {
      writeFileSync(join(dir, 's.pdf'), res.rawPayload);
      const text = execFileSync('pdftotext', ['-layout', join(dir, 's.pdf'), '-'], { encoding: 'utf8' });
      assert.match(text, /Status på særligt dyre enkeltsager 2025/);
      assert.match(text, /407,3 mio\. kr\./);
      assert.match(text, /243/);
      assert.match(text, /Sag 10/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("finance's case list", () => {
  test('Peter sees 2025: every case above 1 million with refusion and net, highest first; each listed citizen audited', async () => {
    const peter = await as('peter');
    const res = await t.request(peter, { method: 'GET', url: '/api/v1/finance/expensive-cases?year=2025&pageSize=20' });
    const body = expectStatus(res, 200);
    assert.deepEqual([body.cases, body.totalCostOre, body.items.length, body.yearComplete], [243, kr(407_300_000), 20, true]);
    const bands = standardBands([920_000, 1_800_000, 2_280_000]);
    assert.deepEqual(body.bands, bands);
    for (const [i, item] of body.items.entries()) {
      assert.ok(item.costOre > kr(1_000_000));
      if (i > 0) assert.ok(item.costOre <= body.items[i - 1].costOre, 'highest first');
      assert.equal(item.refusionOre, refusionFor(item.costOre, bands).refusionOre);
      assert.equal(item.netOre, item.costOre - item.refusionOre);
      assert.ok(item.citizen.firstName && item.citizen.lastName);
    }
    const audit = await auditOfRequest(t.database, requestIdOf(res));
    const listed = audit.filter((a) => a.resource_type === 'citizen');
    assert.deepEqual(listed.map((a) => a.citizen_id).sort(), body.items.map((i: any) => i.citizen.id).sort());
    assert.ok(listed.every((a) => a.action === 'finance.cases' && a.purpose === 'finance-follow-up' && a.outcome === 'allowed'));
    assert.equal(audit.filter((a) => a.resource_type === 'expensive-case-list').length, 1);
    // The second page continues where the first stopped; the totals stay those of the year.
    const second = expectStatus(await t.request(peter, { method: 'GET', url: '/api/v1/finance/expensive-cases?year=2025&pageSize=20&page=2' }), 200);
    assert.equal(second.cases, 243);
    assert.ok(second.items[0].costOre <= body.items[19].costOre);
    assert.ok(!second.items.some((i: any) => body.items.some((j: any) => j.citizen.id === i.citizen.id)));
  });

  test('the threshold is a parameter', async () => {
    const body = expectStatus(await t.request(await as('peter'), { method: 'GET', url: '/api/v1/finance/expensive-cases?year=2025&threshold=2000000&pageSize=200' }), 200);
    assert.ok(body.cases > 0 && body.cases < 243);
    assert.equal(body.thresholdOre, kr(2_000_000));
    assert.ok(body.items.every((i: any) => i.costOre > kr(2_000_000)));
  });

  test('the known dataset in Søby: the same cases and sums as the committee status', async () => {
    const body = expectStatus(await t.request(await as('soeby-controller'), { method: 'GET', url: '/api/v1/finance/expensive-cases?year=2025' }), 200);
    assert.deepEqual(body.items.map((i: any) => [`${i.citizen.firstName} ${i.citizen.lastName}`, i.costOre, i.services]), [
      ['Dorit Kendtsen', 156_428_571, 1],
      ['Bjarne Kendtsen', kr(1_320_000), 1],
      ['Asta Kendtsen', kr(1_168_000), 1],
    ]);
    assert.deepEqual([body.cases, body.totalCostOre, body.refusionOre], [3, hand[2025].totalCostOre, hand[2025].refusionOre]);
    assert.deepEqual(body.items.map((i: any) => i.residential), [false, false, true]);
  });

  test('bad input: a year out of range, a year without bands, a page size too large → 400', async () => {
    const peter = await as('peter');
    for (const query of ['year=1999', 'year=2101', 'threshold=-5', 'pageSize=1000', 'page=0']) assertProblem(await t.request(peter, { method: 'GET', url: `/api/v1/finance/expensive-cases?${query}` }), 400, 'validation_failed');
    const noBands = assertProblem(await t.request(peter, { method: 'GET', url: '/api/v1/finance/expensive-cases?year=2030' }), 400, 'validation_failed');
    assert.match(noBands.errors![0]!.message, /2030/);
    assertProblem(await t.request(null, { method: 'GET', url: '/api/v1/finance/expensive-cases' }), 401, 'unauthenticated');
  });
});

describe('a committee member never reaches one citizen\'s costs', () => {
  async function assertHidden(res: LightMyRequestResponse, persona: string, action: string) {
    assertProblem(res, 404, 'not_found');
    const session = await as(persona);
    await assertAudited(t.database, res, { action, actor: session.userId, outcome: 'denied' });
    assert.ok(!res.body.includes('cost'), 'nothing of the list leaks');
  }

  test('Birgit gets the committee status, but 404 (audited) on the case list and on any citizen\'s services', async () => {
    const birgit = await as('birgit');
    expectStatus(await committeeStatus('birgit', '?year=2025'), 200);
    await assertHidden(await t.request(birgit, { method: 'GET', url: '/api/v1/finance/expensive-cases?year=2025' }), 'birgit', 'finance.cases');
    // Any citizen: one of the demo's expensive cases, and a named demo citizen.
    const list = expectStatus(await t.request(await as('peter'), { method: 'GET', url: '/api/v1/finance/expensive-cases?year=2025&pageSize=1' }), 200);
    const expensive = list.items[0].citizen.id as string;
    const mikkel = (await t.database.db.selectFrom('citizen').select('citizen_id').where('first_name', '=', 'Mikkel').where('last_name', '=', 'Sørensen').executeTakeFirstOrThrow()).citizen_id;
    for (const citizenId of [expensive, mikkel]) {
      const res = await t.request(birgit, { method: 'GET', url: `/api/v1/citizens/${citizenId}/services` });
      assertProblem(res, 404, 'not_found');
      const entry = await assertAudited(t.database, res, { action: 'service.read', actor: birgit.userId, outcome: 'denied' });
      assert.equal(entry.citizen_id, citizenId);
    }
    // The leader holds the committee's permission too, and no more.
    await assertHidden(await t.request(await as('karen'), { method: 'GET', url: '/api/v1/finance/expensive-cases' }), 'karen', 'finance.cases');
  });

  test('the synthetic cases are on the team of Fatima Yilmaz, who opens them; not on Mette Lund\'s or Anders Holm\'s', async () => {
    const db = t.database.db;
    const fatima = (await db.selectFrom('app_user').select('user_id').where('display_name', '=', 'Fatima Yilmaz').executeTakeFirstOrThrow()).user_id;
    const list = expectStatus(await t.request(await as('peter'), { method: 'GET', url: '/api/v1/finance/expensive-cases?year=2025&pageSize=200' }), 200);
    const ids = list.items.map((i: any) => i.citizen.id as string);
    const team = await db.selectFrom('citizen_team_member').select(['citizen_id', 'user_id', 'team_role']).where('citizen_id', 'in', ids).execute();
    assert.equal(team.length, ids.length, 'one team member each');
    assert.ok(team.every((m) => m.user_id === fatima && m.team_role === 'case-officer'));
    for (const persona of ['mette', 'anders']) {
      const caseload = expectStatus(await t.request(await as(persona), { method: 'GET', url: '/api/v1/citizens' }), 200);
      assert.ok(!caseload.items.some((c: any) => ids.includes(c.id)), `not on ${persona}'s caseload`);
    }
    // Fatima has no demo login; give her one to open the record as a case officer does.
    await db.updateTable('app_user').set({ demo_key: 'fatima', demo_order: 901 }).where('user_id', '=', fatima).execute();
    const record = expectStatus(await t.request(await as('fatima'), { method: 'GET', url: `/api/v1/citizens/${ids[0]}` }), 200);
    assert.equal(record.id, ids[0]);
    assert.equal(`${record.firstName} ${record.lastName}`, `${list.items[0].citizen.firstName} ${list.items[0].citizen.lastName}`);
  });
});

describe('a demo database from before the expensive cases', () => {
  test('gets them, and the bands, on its next start, once', async () => {
    const { handle, cleanup } = await createTestDatabase();
    try {
      await loadDemoMunicipalities(handle.db);
      const db = handle.db;
      const randers = (await db.selectFrom('tenant').select('tenant_id').where('slug', '=', 'randers').executeTakeFirstOrThrow()).tenant_id;
      const fatima = (await db.selectFrom('app_user').select('user_id').where('display_name', '=', 'Fatima Yilmaz').executeTakeFirstOrThrow()).user_id;
      const figures = async () => {
        const rows = await expensiveCasesByYear(db, randers, { fromYear: 2022, toYear: 2025, thresholdOre: kr(1_000_000), today: '2026-03-01' });
        return [2022, 2025].map((y) => [rows.filter((r) => r.year === y).length, rows.filter((r) => r.year === y).reduce((sum, r) => sum + r.cost, 0)]);
      };
      const expected = [[199, kr(267_600_000)], [243, kr(407_300_000)]];
      assert.deepEqual(await figures(), expected);
      // As before this feature: no synthetic cases, no bands.
      // The synthetic cases are the citizens whose decisions Fatima made (the named demo citizens' are Mette Lund's).
      const synthetic = db.selectFrom('granted_service').select('citizen_id').where('decided_by', '=', fatima);
      await db.deleteFrom('citizen').where('citizen_id', 'in', synthetic).execute();
      await db.deleteFrom('refusion_band').execute();
      const citizens = async () => Number((await db.selectFrom('citizen').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      const before = await citizens();
      assert.notDeepEqual(await figures(), expected);
      assert.deepEqual(await loadDemoMunicipalities(handle.db), []);
      assert.deepEqual(await figures(), expected);
      assert.equal(await citizens(), before + 400);
      assert.equal((await db.selectFrom('refusion_band').select('year').where('tenant_id', '=', randers).execute()).length, 5 * 4);
      // Once: a further start adds nothing.
      await loadDemoMunicipalities(handle.db);
      assert.equal(await citizens(), before + 400);
      assert.equal((await db.selectFrom('refusion_band').select('year').execute()).length, 2 * 5 * 4);
    } finally {
      await cleanup();
    }
  });
});
