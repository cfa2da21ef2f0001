import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expectedNewCostOre } from '../../src/domain/budget-forecast.js';
import { loadDemoBudgetIfMissing } from '../../src/features/demo/load-demo-budget.js';
import { centreFigures } from '../../src/features/finance/budget/centre-figures.js';
import { newId } from '../../src/platform/ids.js';
import { assertAudited, assertProblem, auditOfRequest, demoIds, requestIdOf } from '../support/platform-helpers.js';
import { createTestApp, type TestApp, type TestSession } from '../support/test-app.js';

/**
 * Budget follow-up (DOMAIN §5.7): the year wheel, the centres' budgets, follow-ups as saved snapshots, and the economic
 * plan. Peter Dahl (finance) changes; Karen Vestergaard (leader) reads; a support worker and a politician are refused;
 * Søby's finance sees nothing of Randers. A test centre with known services proves the committed cost to the øre.
 */

const YEAR = 2026;
let t: TestApp;
let randers: string;
let soeby: string;
let testCentre: string;
let testTeam: string;
const sessions = new Map<string, TestSession>();

async function as(persona: string): Promise<TestSession> {
  if (!sessions.has(persona)) sessions.set(persona, await t.loginAs(persona));
  return sessions.get(persona)!;
}

function body(res: LightMyRequestResponse, status: number) {
  assert.equal(res.statusCode, status, res.body);
  return res.json() as Record<string, any>;
}

/** Every budget table of both municipalities, as one comparable value. */
async function budgetState(): Promise<string> {
  const db = t.database.db;
  return JSON.stringify({
    steps: await db.selectFrom('budget_cycle_step').selectAll().orderBy('tenant_id').orderBy('year').orderBy('step_key').execute(),
    budgets: await db.selectFrom('centre_budget').selectAll().orderBy('tenant_id').orderBy('year').orderBy('unit_id').execute(),
    followUps: await db.selectFrom('budget_follow_up').selectAll().orderBy('follow_up_id').execute(),
    lines: await db.selectFrom('budget_follow_up_line').selectAll().orderBy('follow_up_id').orderBy('unit_id').execute(),
    initiatives: await db.selectFrom('economic_initiative').selectAll().orderBy('initiative_id').execute(),
  });
}

/** Sends the request and asserts that no budget table changed and that no audit entry was left behind. */
async function unchanged(session: TestSession | null, options: InjectOptions): Promise<LightMyRequestResponse> {
  const before = await budgetState();
  const res = await t.request(session, options);
  assert.equal(await budgetState(), before, 'nothing in the budget tables changed');
  if (res.statusCode === 400) assert.deepEqual(await auditOfRequest(t.database, requestIdOf(res)), [], 'a refused input leaves no audit entry');
  return res;
}

const service = (values: { unit: string; from: string; to: string | null; unit_price_ore: number; price_unit: 'day' | 'hour' | 'month'; quantity: number; decided: string; cancelled?: boolean }, citizenId: string) => ({
  tenant_id: randers,
  service_id: newId(),
  citizen_id: citizenId,
  service_name: 'Testydelse',
  legal_basis: 'SEL §85',
  provider_kind: 'own' as const,
  placement: 'inside' as const,
  paying_unit_id: values.unit,
  period_from: values.from,
  period_to: values.to,
  price_unit: values.price_unit,
  unit_price_ore: values.unit_price_ore,
  quantity_hundredths: values.quantity,
  cancelled_at: values.cancelled ? new Date('2026-02-10T10:00:00Z') : null,
  decided_on: values.decided,
  created_at: new Date(),
  updated_at: new Date(),
});

before(async () => {
  t = await createTestApp();
  // The live figures are "as of today": a fixed day in the year makes them exact.
  t.clock.now = new Date('2026-12-02T10:00:00Z');
  const ids = await demoIds(t.database);
  randers = ids.tenant('randers');
  soeby = ids.tenant('soeby');
  const db = t.database.db;
  const now = new Date();
  testCentre = newId();
  testTeam = newId();
  await db.insertInto('org_unit').values({ tenant_id: randers, unit_id: testCentre, parent_unit_id: null, name: 'Testcenter for budget', kind: 'centre', area: 'social', email: null, phone: null, created_at: now, updated_at: now }).execute();
  await db.insertInto('org_unit').values({ tenant_id: randers, unit_id: testTeam, parent_unit_id: testCentre, name: 'Testteam under testcentret', kind: 'unit', area: 'social', email: null, phone: null, created_at: now, updated_at: now }).execute();
  const citizenId = newId();
  await db.insertInto('citizen').values({ tenant_id: randers, citizen_id: citizenId, first_name: 'Bent', last_name: 'Budgetsen', birth_date: '1980-02-02', created_at: now, updated_at: now }).execute();
  await db
    .insertInto('granted_service')
    .values([
      // 1,500 DKK a day all year, decided last year: 365 × 1,500.00 = 547,500.00 DKK.
      service({ unit: testTeam, from: '2025-06-01', to: null, price_unit: 'day', unit_price_ore: 150_000, quantity: 100, decided: '2025-05-20' }, citizenId),
      // 450 DKK an hour, 10 hours a week, 1 Feb–31 Dec (334 days), paid by the centre itself: 45,000 × 10 × 334 / 7 øre.
      service({ unit: testCentre, from: '2026-02-01', to: '2026-12-31', price_unit: 'hour', unit_price_ore: 45_000, quantity: 1000, decided: '2026-01-15' }, citizenId),
      // 20,000 DKK a month, 1 Apr–30 Sep (183 days): 2,000,000 × 12 × 183 / 365 øre.
      service({ unit: testTeam, from: '2026-04-01', to: '2026-09-30', price_unit: 'month', unit_price_ore: 2_000_000, quantity: 100, decided: '2026-03-10' }, citizenId),
      // Withdrawn: costs nothing.
      service({ unit: testTeam, from: '2026-02-01', to: null, price_unit: 'day', unit_price_ore: 100_000, quantity: 100, decided: '2026-02-01', cancelled: true }, citizenId),
      // Decided after 31/5: not committed per 31/5. 800 DKK × 1.5 a day from 15 Jun (200 days) = 240,000.00 DKK.
      service({ unit: testTeam, from: '2026-06-15', to: null, price_unit: 'day', unit_price_ore: 80_000, quantity: 150, decided: '2026-06-10' }, citizenId),
      // Ended before the year.
      service({ unit: testTeam, from: '2024-01-01', to: '2025-12-31', price_unit: 'day', unit_price_ore: 500_000, quantity: 100, decided: '2023-12-01' }, citizenId),
    ])
    .execute();
  // A finance user in Søby, to prove nothing crosses between municipalities.
  const soebyFinance = newId();
  await db.insertInto('app_user').values({ tenant_id: soeby, user_id: soebyFinance, display_name: 'Søby Økonomi', email: null, title: null, kind: 'staff', org_unit_id: null, demo_key: 'soeby-finance-test', demo_order: null, created_at: now, updated_at: now }).execute();
  await db.insertInto('role_grant').values({ tenant_id: soeby, user_id: soebyFinance, role: 'finance', granted_by: null, granted_at: now }).execute();
});

after(async () => {
  await t?.close();
});

// By hand (see the services above): 547,500.00 + 214,714.29 + 120,328.77 DKK committed per 31/5; the last two are
// this year's decisions (335,043.06 DKK).
const COMMITTED_PER_31_5 = 54_750_000 + 21_471_429 + 12_032_877;
const NEW_PER_31_5 = 21_471_429 + 12_032_877;
// E = 151 days passed, R = 214 left: 33,504,306 × 214² / (151 × (2 × 214 + 151)) = 17,549,819.83 → 17,549,820 øre.
const FORECAST_PER_31_5 = COMMITTED_PER_31_5 + 17_549_820;
const TEST_BUDGET = 100_000_000;

const readRoutes = [`/api/v1/finance/budget-cycle?year=${YEAR}`, `/api/v1/finance/budgets?year=${YEAR}`, `/api/v1/finance/follow-ups?year=${YEAR}`, '/api/v1/finance/economic-plan'];

describe('access', () => {
  test('unauthenticated: 401 on every route', async () => {
    for (const url of readRoutes) assertProblem(await t.request(null, { method: 'GET', url }), 401, 'unauthenticated');
    assertProblem(await t.request(null, { method: 'PUT', url: `/api/v1/finance/budget-cycle/${YEAR}/follow-up-2`, payload: { onDate: '2026-06-01' } }), 401, 'unauthenticated');
    assertProblem(await t.request(null, { method: 'PUT', url: `/api/v1/finance/budgets/${YEAR}/${testCentre}`, payload: { budgetOre: 1, version: null } }), 401, 'unauthenticated');
    assertProblem(await t.request(null, { method: 'POST', url: '/api/v1/finance/follow-ups', payload: { year: YEAR, stepKey: 'follow-up-2' } }), 401, 'unauthenticated');
    assertProblem(await t.request(null, { method: 'PATCH', url: `/api/v1/finance/economic-initiatives/${newId()}`, payload: { version: 1, status: 'done' } }), 401, 'unauthenticated');
  });

  test('a leader reads everything (audited) and changes nothing (403, audited)', async () => {
    const karen = await as('karen');
    for (const url of readRoutes) {
      const res = await t.request(karen, { method: 'GET', url });
      body(res, 200);
      await assertAudited(t.database, res, { action: 'finance.read', actor: karen.userId, outcome: 'allowed', tenantId: randers });
    }
    const put = await unchanged(karen, { method: 'PUT', url: `/api/v1/finance/budget-cycle/${YEAR}/follow-up-2`, payload: { onDate: '2026-06-01' } });
    assertProblem(put, 403, 'forbidden');
    await assertAudited(t.database, put, { action: 'finance.manage', actor: karen.userId, outcome: 'denied' });
    assertProblem(await unchanged(karen, { method: 'PUT', url: `/api/v1/finance/budgets/${YEAR}/${testCentre}`, payload: { budgetOre: 1, version: null } }), 403, 'forbidden');
    const take = await unchanged(karen, { method: 'POST', url: '/api/v1/finance/follow-ups', payload: { year: YEAR, stepKey: 'follow-up-2' } });
    assertProblem(take, 403, 'forbidden');
    await assertAudited(t.database, take, { action: 'finance.manage', actor: karen.userId, outcome: 'denied' });
  });

  test('a support worker and a politician are refused (403, audited)', async () => {
    for (const persona of ['anders', 'birgit']) {
      const session = await as(persona);
      for (const url of readRoutes) {
        const res = await t.request(session, { method: 'GET', url });
        assertProblem(res, 403, 'forbidden');
        await assertAudited(t.database, res, { action: 'finance.read', actor: session.userId, outcome: 'denied' });
      }
      assertProblem(await unchanged(session, { method: 'POST', url: '/api/v1/finance/follow-ups', payload: { year: YEAR, stepKey: 'follow-up-2' } }), 403, 'forbidden');
    }
  });

  test("another municipality's finance sees none of Randers' wheel, budgets, follow-ups or plan, and cannot change them", async () => {
    const soebyFinance = await as('soeby-finance-test');
    assert.deepEqual(body(await t.request(soebyFinance, { method: 'GET', url: `/api/v1/finance/budget-cycle?year=${YEAR}` }), 200).steps, []);
    const budgets = body(await t.request(soebyFinance, { method: 'GET', url: `/api/v1/finance/budgets?year=${YEAR}` }), 200);
    assert.deepEqual(
      budgets.centres.map((c: { name: string; budgetOre: number | null }) => [c.name, c.budgetOre]),
      [['Socialcenter Søby', null]],
    );
    const followUps = body(await t.request(soebyFinance, { method: 'GET', url: `/api/v1/finance/follow-ups?year=${YEAR}` }), 200);
    assert.deepEqual(followUps.followUps, []);
    const soebyUnits = new Set((await t.database.db.selectFrom('org_unit').select('unit_id').where('tenant_id', '=', soeby).execute()).map((u) => u.unit_id));
    assert.ok(followUps.live.lines.every((l: { unitId: string }) => soebyUnits.has(l.unitId)), 'only Søby’s own centres');
    assert.ok(followUps.live.lines.every((l: { budgetOre: number }) => l.budgetOre === 0), 'Søby has no budgets');
    assert.deepEqual(body(await t.request(soebyFinance, { method: 'GET', url: '/api/v1/finance/economic-plan' }), 200).tracks, []);

    const randersInitiative = await t.database.db.selectFrom('economic_initiative').select(['initiative_id', 'version']).where('tenant_id', '=', randers).executeTakeFirstOrThrow();
    assertProblem(await unchanged(soebyFinance, { method: 'PATCH', url: `/api/v1/finance/economic-initiatives/${randersInitiative.initiative_id}`, payload: { version: randersInitiative.version, status: 'stopped' } }), 404, 'not_found');
    assertProblem(await unchanged(soebyFinance, { method: 'PUT', url: `/api/v1/finance/budgets/${YEAR}/${testCentre}`, payload: { budgetOre: 1, version: null } }), 404, 'not_found');
    assertProblem(await unchanged(soebyFinance, { method: 'PUT', url: `/api/v1/finance/budget-cycle/${YEAR}/follow-up-2`, payload: { onDate: '2026-06-01' } }), 404, 'not_found');
    assertProblem(await unchanged(soebyFinance, { method: 'POST', url: '/api/v1/finance/follow-ups', payload: { year: YEAR, stepKey: 'follow-up-2' } }), 400, 'validation_failed');
  });
});

describe('the year wheel', () => {
  test('the demo wheel of 2026: the steps of DOMAIN §5.7 in date order, three of them follow-ups', async () => {
    const peter = await as('peter');
    const wheel = body(await t.request(peter, { method: 'GET', url: `/api/v1/finance/budget-cycle?year=${YEAR}` }), 200);
    const dates = wheel.steps.map((s: { onDate: string }) => s.onDate);
    assert.deepEqual(dates, [...dates].sort());
    assert.ok(dates.every((d: string) => d.startsWith('2026-')));
    assert.deepEqual(
      wheel.steps.filter((s: { isFollowUp: boolean }) => s.isFollowUp).map((s: { stepKey: string; onDate: string }) => [s.stepKey, s.onDate]),
      [
        ['follow-up-1', '2026-03-30'],
        ['follow-up-2', '2026-05-31'],
        ['follow-up-3', '2026-09-30'],
      ],
    );
    const keys = wheel.steps.map((s: { stepKey: string }) => s.stepKey);
    for (const key of ['timetable', 'accounts', 'economic-agreement', 'base-budget', 'budget-seminar', 'consultation', 'first-reading', 'negotiations', 'second-reading', 'adoption-deadline', 'expected-accounts']) assert.ok(keys.includes(key), key);
    assert.equal(wheel.steps.find((s: { stepKey: string }) => s.stepKey === 'second-reading').onDate.slice(5, 7), '10', 'adoption in October');
    assert.equal(body(await t.request(peter, { method: 'GET', url: '/api/v1/finance/budget-cycle?year=2027' }), 200).steps.length, wheel.steps.length);
  });

  test('finance moves a step within its year: saved and audited with the old and new date', async () => {
    const peter = await as('peter');
    const res = await t.request(peter, { method: 'PUT', url: `/api/v1/finance/budget-cycle/${YEAR}/budget-seminar`, payload: { onDate: '2026-08-28', label: 'Budgetseminar på Randers Rådhus' } });
    const step = body(res, 200);
    assert.deepEqual(step, { stepKey: 'budget-seminar', label: 'Budgetseminar på Randers Rådhus', onDate: '2026-08-28', isFollowUp: false, followUpTaken: false });
    const row = await t.database.db.selectFrom('budget_cycle_step').selectAll().where('tenant_id', '=', randers).where('year', '=', YEAR).where('step_key', '=', 'budget-seminar').executeTakeFirstOrThrow();
    assert.equal(row.on_date, '2026-08-28');
    assert.equal(row.label, 'Budgetseminar på Randers Rådhus');
    const audit = await assertAudited(t.database, res, { action: 'finance.manage', actor: peter.userId, outcome: 'allowed', resourceId: `${YEAR}/budget-seminar` });
    assert.equal(audit.purpose, 'budget-follow-up');
    assert.equal(audit.resource_type, 'budget-cycle-step');
    assert.deepEqual({ from: (audit.details as any).fromDate, to: (audit.details as any).toDate }, { from: '2026-08-27', to: '2026-08-28' });
  });

  test('bad input: a date outside the year, a day that does not exist, a malformed key (400), an unknown step (404); nothing changes', async () => {
    const peter = await as('peter');
    const outside = assertProblem(await unchanged(peter, { method: 'PUT', url: `/api/v1/finance/budget-cycle/${YEAR}/follow-up-2`, payload: { onDate: '2027-01-05' } }), 400, 'validation_failed');
    assert.deepEqual(outside.errors, [{ path: 'onDate', message: 'Datoen skal ligge i årshjulets år.' }]);
    assertProblem(await unchanged(peter, { method: 'PUT', url: `/api/v1/finance/budget-cycle/${YEAR}/follow-up-2`, payload: { onDate: '2026-02-30' } }), 400, 'validation_failed');
    assertProblem(await unchanged(peter, { method: 'PUT', url: `/api/v1/finance/budget-cycle/${YEAR}/follow-up-2`, payload: { onDate: '31-05-2026' } }), 400, 'validation_failed');
    assertProblem(await unchanged(peter, { method: 'PUT', url: `/api/v1/finance/budget-cycle/${YEAR}/Follow%20Up`, payload: { onDate: '2026-06-01' } }), 400, 'validation_failed');
    assertProblem(await unchanged(peter, { method: 'PUT', url: `/api/v1/finance/budget-cycle/${YEAR}/follow-up-2`, payload: { onDate: '2026-06-01', label: '' } }), 400, 'validation_failed');
    assertProblem(await unchanged(peter, { method: 'PUT', url: `/api/v1/finance/budget-cycle/${YEAR}/follow-up-9`, payload: { onDate: '2026-06-01' } }), 404, 'not_found');
    assertProblem(await unchanged(peter, { method: 'GET', url: '/api/v1/finance/budget-cycle?year=abc' }), 400, 'validation_failed');
  });
});

describe('budgets per centre', () => {
  test('the demo budgets of the four social-area centres sum to 701.2 million DKK in 2026', async () => {
    const karen = await as('karen');
    const budgets = body(await t.request(karen, { method: 'GET', url: `/api/v1/finance/budgets?year=${YEAR}` }), 200);
    const demo = budgets.centres.filter((c: { name: string }) => c.name !== 'Testcenter for budget');
    assert.equal(demo.length, 4);
    assert.ok(demo.every((c: { budgetOre: number | null }) => c.budgetOre !== null && c.budgetOre > 0));
    assert.equal(
      demo.reduce((sum: number, c: { budgetOre: number }) => sum + c.budgetOre, 0),
      701_200_000_00,
    );
    const previous = body(await t.request(karen, { method: 'GET', url: '/api/v1/finance/budgets?year=2025' }), 200);
    assert.equal(previous.centres.filter((c: { budgetOre: number | null }) => c.budgetOre !== null).length, 4);
  });

  test('finance sets a budget (version null), changes it on its version, and an old version is refused (409)', async () => {
    const peter = await as('peter');
    const created = await t.request(peter, { method: 'PUT', url: `/api/v1/finance/budgets/${YEAR}/${testCentre}`, payload: { budgetOre: 90_000_000, version: null } });
    assert.deepEqual(body(created, 200), { unitId: testCentre, name: 'Testcenter for budget', budgetOre: 90_000_000, version: 1 });
    const audit = await assertAudited(t.database, created, { action: 'finance.manage', actor: peter.userId, outcome: 'allowed', resourceId: `${YEAR}/${testCentre}` });
    assert.equal((audit.details as any).toOre, 90_000_000);
    assertProblem(await unchanged(peter, { method: 'PUT', url: `/api/v1/finance/budgets/${YEAR}/${testCentre}`, payload: { budgetOre: 5, version: null } }), 409, 'conflict');
    const changed = body(await t.request(peter, { method: 'PUT', url: `/api/v1/finance/budgets/${YEAR}/${testCentre}`, payload: { budgetOre: TEST_BUDGET, version: 1 } }), 200);
    assert.equal(changed.version, 2);
    assertProblem(await unchanged(peter, { method: 'PUT', url: `/api/v1/finance/budgets/${YEAR}/${testCentre}`, payload: { budgetOre: 5, version: 1 } }), 409, 'conflict');
    const row = await t.database.db.selectFrom('centre_budget').selectAll().where('tenant_id', '=', randers).where('year', '=', YEAR).where('unit_id', '=', testCentre).executeTakeFirstOrThrow();
    assert.equal(Number(row.budget_ore), TEST_BUDGET);
  });

  test('bad input: a negative or absurd budget, a fraction of an øre (400); a unit that is not a centre (404); nothing stored', async () => {
    const peter = await as('peter');
    const negative = assertProblem(await unchanged(peter, { method: 'PUT', url: `/api/v1/finance/budgets/${YEAR}/${testCentre}`, payload: { budgetOre: -1, version: 2 } }), 400, 'validation_failed');
    assert.equal(negative.errors?.[0]?.path, 'budgetOre');
    assertProblem(await unchanged(peter, { method: 'PUT', url: `/api/v1/finance/budgets/${YEAR}/${testCentre}`, payload: { budgetOre: 1e16, version: 2 } }), 400, 'validation_failed');
    assertProblem(await unchanged(peter, { method: 'PUT', url: `/api/v1/finance/budgets/${YEAR}/${testCentre}`, payload: { budgetOre: 10.5, version: 2 } }), 400, 'validation_failed');
    assertProblem(await unchanged(peter, { method: 'PUT', url: `/api/v1/finance/budgets/1999/${testCentre}`, payload: { budgetOre: 10, version: null } }), 400, 'validation_failed');
    assertProblem(await unchanged(peter, { method: 'PUT', url: `/api/v1/finance/budgets/${YEAR}/${testTeam}`, payload: { budgetOre: 10, version: null } }), 404, 'not_found');
    assertProblem(await unchanged(peter, { method: 'PUT', url: `/api/v1/finance/budgets/${YEAR}/${newId()}`, payload: { budgetOre: 10, version: null } }), 404, 'not_found');
  });
});

describe('follow-ups', () => {
  let firstId = '';

  test("taking the 31/5 follow-up saves, per centre, the budget, the hand sum of the centre's services and the forecast; audited", async () => {
    const peter = await as('peter');
    const res = await t.request(peter, { method: 'POST', url: '/api/v1/finance/follow-ups', payload: { year: YEAR, stepKey: 'follow-up-2' } });
    const followUp = body(res, 201);
    firstId = followUp.id;
    assert.equal(followUp.asOf, '2026-05-31');
    assert.equal(followUp.takenBy, 'Peter Dahl');
    assert.equal(followUp.replacedAt, null);
    const line = followUp.lines.find((l: { unitId: string }) => l.unitId === testCentre);
    assert.deepEqual(line, { unitId: testCentre, name: 'Testcenter for budget', budgetOre: TEST_BUDGET, committedOre: COMMITTED_PER_31_5, forecastOre: FORECAST_PER_31_5, varianceOre: TEST_BUDGET - FORECAST_PER_31_5 });
    assert.equal(FORECAST_PER_31_5 - COMMITTED_PER_31_5, expectedNewCostOre({ year: YEAR, asOf: '2026-05-31', committedOre: COMMITTED_PER_31_5, newDecisionsOre: NEW_PER_31_5 }));
    assert.ok(!followUp.lines.some((l: { unitId: string }) => l.unitId === testTeam), 'the team rolls up to its centre');
    const socialCentres = followUp.lines.filter((l: { name: string }) => l.name.startsWith('Center for'));
    assert.equal(
      socialCentres.reduce((sum: number, l: { budgetOre: number }) => sum + l.budgetOre, 0),
      701_200_000_00,
    );
    assert.equal(followUp.totals.varianceOre, followUp.totals.budgetOre - followUp.totals.forecastOre);

    const saved = await t.database.db.selectFrom('budget_follow_up_line').selectAll().where('follow_up_id', '=', firstId).where('unit_id', '=', testCentre).executeTakeFirstOrThrow();
    assert.deepEqual([Number(saved.budget_ore), Number(saved.committed_ore), Number(saved.forecast_ore)], [TEST_BUDGET, COMMITTED_PER_31_5, FORECAST_PER_31_5]);
    const audit = await assertAudited(t.database, res, { action: 'finance.manage', actor: peter.userId, outcome: 'allowed', resourceId: firstId });
    assert.deepEqual(audit.details, { operation: 'take', year: YEAR, stepKey: 'follow-up-2', asOf: '2026-05-31', reason: 'role-grant' });
  });

  test('taking it again is refused (409) and stores nothing; with replace it is taken again and the first stays as history', async () => {
    const peter = await as('peter');
    const again = assertProblem(await unchanged(peter, { method: 'POST', url: '/api/v1/finance/follow-ups', payload: { year: YEAR, stepKey: 'follow-up-2' } }), 409, 'conflict');
    assert.match(again.detail ?? '', /allerede taget/);
    const replaced = body(await t.request(peter, { method: 'POST', url: '/api/v1/finance/follow-ups', payload: { year: YEAR, stepKey: 'follow-up-2', replace: true } }), 201);
    assert.notEqual(replaced.id, firstId);
    const rows = await t.database.db.selectFrom('budget_follow_up').selectAll().where('tenant_id', '=', randers).where('year', '=', YEAR).where('step_key', '=', 'follow-up-2').orderBy('taken_at').orderBy('follow_up_id').execute();
    assert.equal(rows.length, 2);
    const first = rows.find((r) => r.follow_up_id === firstId)!;
    assert.equal(first.replaced_by, replaced.id);
    assert.ok(first.replaced_at);
    assert.equal(rows.find((r) => r.follow_up_id === replaced.id)!.replaced_at, null);
    const wheel = body(await t.request(peter, { method: 'GET', url: `/api/v1/finance/budget-cycle?year=${YEAR}` }), 200);
    assert.equal(wheel.steps.find((s: { stepKey: string }) => s.stepKey === 'follow-up-2').followUpTaken, true);
  });

  test('the list holds every snapshot, replaced ones marked, and the live figures as of today', async () => {
    const karen = await as('karen');
    const list = body(await t.request(karen, { method: 'GET', url: `/api/v1/finance/follow-ups?year=${YEAR}` }), 200);
    const ofStep = list.followUps.filter((f: { stepKey: string }) => f.stepKey === 'follow-up-2');
    assert.equal(ofStep.length, 2);
    assert.equal(ofStep.filter((f: { replacedAt: string | null }) => f.replacedAt !== null).length, 1);
    assert.equal(list.live.asOf, '2026-12-02');
    const live = list.live.lines.find((l: { unitId: string }) => l.unitId === testCentre);
    // As of today the decision of 10 June counts too.
    const committed = COMMITTED_PER_31_5 + 24_000_000;
    assert.equal(live.committedOre, committed);
    assert.equal(live.forecastOre, committed + expectedNewCostOre({ year: YEAR, asOf: '2026-12-02', committedOre: committed, newDecisionsOre: NEW_PER_31_5 + 24_000_000 }));
    assert.equal(body(await t.request(karen, { method: 'GET', url: '/api/v1/finance/follow-ups?year=2025' }), 200).live, null);
  });

  test('bad input: an unknown step, a step that is no follow-up, a year out of range, unknown fields (400); nothing stored', async () => {
    const peter = await as('peter');
    const unknown = assertProblem(await unchanged(peter, { method: 'POST', url: '/api/v1/finance/follow-ups', payload: { year: YEAR, stepKey: 'follow-up-9' } }), 400, 'validation_failed');
    assert.deepEqual(unknown.errors, [{ path: 'stepKey', message: 'Årshjulet har ikke det trin i det år.' }]);
    const notFollowUp = assertProblem(await unchanged(peter, { method: 'POST', url: '/api/v1/finance/follow-ups', payload: { year: YEAR, stepKey: 'timetable' } }), 400, 'validation_failed');
    assert.deepEqual(notFollowUp.errors, [{ path: 'stepKey', message: 'Trinnet er ikke en budgetopfølgning.' }]);
    assertProblem(await unchanged(peter, { method: 'POST', url: '/api/v1/finance/follow-ups', payload: { year: 1999, stepKey: 'follow-up-2' } }), 400, 'validation_failed');
    assertProblem(await unchanged(peter, { method: 'POST', url: '/api/v1/finance/follow-ups', payload: { year: YEAR, stepKey: 'follow-up-3', asOf: '2026-01-01' } }), 400, 'validation_failed');
  });
});

describe('the economic plan', () => {
  test('five tracks with initiatives; the expected effects are summed without stopped initiatives', async () => {
    const karen = await as('karen');
    const plan = body(await t.request(karen, { method: 'GET', url: '/api/v1/finance/economic-plan' }), 200);
    assert.deepEqual(
      plan.tracks.map((track: { name: string }) => track.name),
      ['Forebyggelse og samarbejde med borgeren', 'Et godt liv i egen bolig', 'Flere botilbud i Randers Kommune', 'Organisatorisk forandringskraft', 'Forbedring af rammer og vilkår'],
    );
    for (const track of plan.tracks) {
      assert.ok(track.initiatives.length >= 3, track.name);
      const counted = track.initiatives.filter((i: { status: string }) => i.status !== 'stopped').reduce((sum: number, i: { expectedEffectOre: number }) => sum + i.expectedEffectOre, 0);
      assert.equal(track.expectedEffectOre, counted);
    }
    assert.ok(plan.tracks.some((track: { initiatives: { status: string }[] }) => track.initiatives.some((i) => i.status === 'stopped')), 'the demo has a stopped initiative');
    assert.equal(plan.expectedEffectOre, plan.tracks.reduce((sum: number, track: { expectedEffectOre: number }) => sum + track.expectedEffectOre, 0));
  });

  test('finance changes the status and the effect on the version read; audited; an old version is refused (409)', async () => {
    const peter = await as('peter');
    const plan = body(await t.request(peter, { method: 'GET', url: '/api/v1/finance/economic-plan' }), 200);
    const initiative = plan.tracks[2].initiatives.find((i: { status: string }) => i.status === 'in-progress');
    const res = await t.request(peter, { method: 'PATCH', url: `/api/v1/finance/economic-initiatives/${initiative.id}`, payload: { version: initiative.version, status: 'done', expectedEffectOre: 7_250_000_00 } });
    const changed = body(res, 200);
    assert.equal(changed.status, 'done');
    assert.equal(changed.expectedEffectOre, 7_250_000_00);
    assert.equal(changed.version, initiative.version + 1);
    const audit = await assertAudited(t.database, res, { action: 'finance.manage', actor: peter.userId, outcome: 'allowed', resourceId: initiative.id });
    assert.deepEqual((audit.details as any).status, { from: 'in-progress', to: 'done' });
    assert.deepEqual((audit.details as any).expectedEffectOre, { from: initiative.expectedEffectOre, to: 7_250_000_00 });
    assertProblem(await unchanged(peter, { method: 'PATCH', url: `/api/v1/finance/economic-initiatives/${initiative.id}`, payload: { version: initiative.version, status: 'stopped' } }), 409, 'conflict');
    const row = await t.database.db.selectFrom('economic_initiative').selectAll().where('initiative_id', '=', initiative.id).executeTakeFirstOrThrow();
    assert.deepEqual([row.status, Number(row.expected_effect_ore), row.version], ['done', 7_250_000_00, initiative.version + 1]);
  });

  test('bad input: an unknown status, a fraction of an øre, no version (400); an unknown initiative (404); nothing stored', async () => {
    const peter = await as('peter');
    const row = await t.database.db.selectFrom('economic_initiative').select(['initiative_id', 'version']).where('tenant_id', '=', randers).executeTakeFirstOrThrow();
    const url = `/api/v1/finance/economic-initiatives/${row.initiative_id}`;
    assertProblem(await unchanged(peter, { method: 'PATCH', url, payload: { version: row.version, status: 'abandoned' } }), 400, 'validation_failed');
    assertProblem(await unchanged(peter, { method: 'PATCH', url, payload: { version: row.version, expectedEffectOre: 0.5 } }), 400, 'validation_failed');
    assertProblem(await unchanged(peter, { method: 'PATCH', url, payload: { status: 'done' } }), 400, 'validation_failed');
    assertProblem(await unchanged(peter, { method: 'PATCH', url: `/api/v1/finance/economic-initiatives/${newId()}`, payload: { version: 1, status: 'done' } }), 404, 'not_found');
  });
});

describe('the demo loader', () => {
  test('a municipality without the budget data gets it once; its 30/3 follow-up is what the granted services commit', async () => {
    const db = t.database.db;
    for (const table of ['budget_follow_up_line', 'budget_follow_up', 'budget_cycle_step', 'centre_budget', 'economic_initiative', 'economic_track'] as const) {
      await db.deleteFrom(table).where('tenant_id', '=', randers).execute();
    }
    const now = new Date('2026-12-02T10:00:00Z');
    assert.equal(await loadDemoBudgetIfMissing(db, { tenantId: randers, slug: 'randers' }, now), true);
    assert.equal(await loadDemoBudgetIfMissing(db, { tenantId: randers, slug: 'randers' }, now), false, 'a second start loads nothing');
    assert.equal(await loadDemoBudgetIfMissing(db, { tenantId: soeby, slug: 'soeby' }, now), false, 'Søby is not in the budget seed');
    assert.equal(await db.selectFrom('budget_cycle_step').select('step_key').where('tenant_id', '=', soeby).executeTakeFirst(), undefined, 'Søby is not in the budget seed');

    const steps = await db.selectFrom('budget_cycle_step').select(['year']).where('tenant_id', '=', randers).execute();
    assert.deepEqual([...new Set(steps.map((s) => s.year))].sort(), [2026, 2027]);
    assert.equal(await db.selectFrom('economic_track').select('track_id').where('tenant_id', '=', randers).execute().then((rows) => rows.length), 5);

    const followUps = await db.selectFrom('budget_follow_up').selectAll().where('tenant_id', '=', randers).execute();
    assert.deepEqual(followUps.map((f) => [f.year, f.step_key, f.as_of]), [[2026, 'follow-up-1', '2026-03-30']]);
    const saved = await db.selectFrom('budget_follow_up_line').selectAll().where('follow_up_id', '=', followUps[0]!.follow_up_id).execute();
    const live = await centreFigures(db, randers, 2026, '2026-03-30');
    assert.deepEqual(
      saved.map((l) => [l.unit_id, Number(l.budget_ore), Number(l.committed_ore), Number(l.forecast_ore)]).sort(),
      live.map((l) => [l.unitId, l.budgetOre, l.committedOre, l.forecastOre]).sort(),
    );
    const testLine = live.find((l) => l.unitId === testCentre)!;
    assert.equal(testLine.committedOre, COMMITTED_PER_31_5, 'all three decisions were taken before 30/3');
  });
});
