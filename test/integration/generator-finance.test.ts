import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { isSameService, periodsOverlap } from '../../src/domain/granted-service-rules.js';
import { standardBands } from '../../src/domain/refusion.js';
import { buildMunicipality, sizeFor } from '../../src/features/generator/build-municipality.js';
import { buildCatalogue } from '../../src/features/generator/catalogue-model.js';
import { generateMunicipality, type GenerateReport } from '../../src/features/generator/generate-municipality.js';
import { planGrantedServices } from '../../src/features/generator/granted-service-model.js';
import { grantedServiceRows } from '../../src/features/generator/granted-service-rows.js';
import { insertBatchLoader } from '../../src/features/generator/insert-batch-loader.js';
import { snapshotFields } from '../../src/features/finance/services/present-granted-service.js';
import { serviceYearCostSql } from '../../src/features/finance/service-cost-sql.js';
import { createSession } from '../../src/platform/identity/sessions.js';
import { createTestApp, type TestApp, type TestSession } from '../support/test-app.js';

/**
 * The generator's cost base (mestring generate, the benchmark's data for the finance reports) on the engine under
 * test, at a small scale: granted services with Danish legal bases and price units over successive periods, their
 * versions, the refusion bands of the period's years, and an expensive tail above a million a year.
 */
const slug = 'gen-finance';
const scale = 0.01;
const seed = 7;
let t: TestApp;
let report: GenerateReport;
let tenantId: string;
const db = () => t.database.db;

before(async () => {
  t = await createTestApp();
  report = await generateMunicipality(db(), insertBatchLoader(db()), { scale, seed, tenantSlug: slug, engine: t.database.engine }, () => {});
  tenantId = report.tenantId;
});
after(async () => t?.close());

const groupBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
};
const services = () => db().selectFrom('granted_service').selectAll().where('tenant_id', '=', tenantId).execute();

/** Each citizen's cost in a year above a million DKK, summed in the database as the finance reports sum it. */
async function casesAboveAMillion(year: number): Promise<{ citizen_id: string; cost: string }[]> {
  const cost = serviceYearCostSql('g', year);
  const result = await sql<{ citizen_id: string; cost: string }>`
    SELECT g.citizen_id, sum(${cost})::bigint AS cost FROM granted_service g WHERE g.tenant_id = ${tenantId}
     GROUP BY g.citizen_id HAVING sum(${cost}) > 100000000`.execute(db());
  return result.rows;
}

describe('generated granted services', () => {
  test('as many decisions and cases as the scale asks, counted in the report, each with its versions', async () => {
    const size = sizeFor(scale);
    const rows = await services();
    assert.equal(rows.length, size.grantedServices);
    assert.equal(report.rows.finance.grantedService, rows.length);
    assert.equal(new Set(rows.map((r) => r.citizen_id)).size, size.serviceCases);
    assert.equal(report.finance.cases, size.serviceCases);
    const versions = await db().selectFrom('granted_service_version').select(['service_id', 'version', 'snapshot', 'changed_at']).where('tenant_id', '=', tenantId).orderBy('service_id').orderBy('version').execute();
    assert.equal(versions.length, report.rows.finance.grantedServiceVersion);
    assert.ok(versions.length > rows.length, 'decisions closed or withdrawn later have a second version');
    const byService = groupBy(versions, (v) => v.service_id);
    for (const r of rows) {
      const saved = byService.get(r.service_id) ?? [];
      assert.deepEqual(saved.map((v) => v.version), Array.from({ length: r.version }, (_, i) => i + 1), 'versions 1..version');
      const last = saved.at(-1)!.snapshot as Record<string, unknown>;
      assert.deepEqual(Object.keys(last).sort(), [...snapshotFields].sort(), 'the snapshot holds the fields the API saves');
      assert.equal(last.periodTo, r.period_to);
      assert.equal(last.unitPriceOre, r.unit_price_ore);
      assert.equal(last.cancelledAt, r.cancelled_at === null ? null : new Date(r.cancelled_at).toISOString());
      assert.equal(new Date(saved.at(-1)!.changed_at).getTime(), new Date(r.updated_at).getTime());
      assert.equal(new Date(saved[0]!.changed_at).getTime(), new Date(r.created_at).getTime());
    }
  });

  test('Danish legal bases with their price units, providers of every kind, residential only for §107 and §108', async () => {
    const rows = await services();
    const units: Record<string, string[]> = { 'SEL §85': ['hour', 'month'], 'SEL §103': ['month'], 'SEL §104': ['day'], 'SEL §107': ['day'], 'SEL §108': ['day'], 'SEL §110': ['day'] };
    for (const r of rows) {
      assert.ok(units[r.legal_basis]?.includes(r.price_unit), `${r.legal_basis} by the ${r.price_unit}`);
      assert.equal(r.residential, r.legal_basis === 'SEL §107' || r.legal_basis === 'SEL §108');
      if (r.provider_kind === 'own') assert.equal(r.placement, 'inside');
      if (r.provider_kind === 'other-municipality') assert.match(r.provider_name!, / Kommune$/);
      assert.ok(r.unit_price_ore > 0 && r.period_from <= (r.period_to ?? '9999-12-31'));
    }
    const bases = new Set(rows.map((r) => r.legal_basis));
    for (const basis of ['SEL §85', 'SEL §104', 'SEL §108']) assert.ok(bases.has(basis), `some decisions under ${basis}`);
    assert.deepEqual([...new Set(rows.map((r) => r.provider_kind))].sort(), ['other-municipality', 'own', 'private', 'region']);
    assert.ok(rows.some((r) => r.placement === 'outside') && rows.some((r) => r.cancelled_at !== null));
    const fromCatalogue = rows.filter((r) => r.offer_id !== null).length;
    assert.ok(fromCatalogue > 0 && fromCatalogue < rows.length, 'catalogue offers and named services');
  });

  test('offers have the decision\'s legal basis; the paying unit is a centre', async () => {
    const linked = await db()
      .selectFrom('granted_service as g')
      .innerJoin('offer as o', (join) => join.onRef('o.tenant_id', '=', 'g.tenant_id').onRef('o.offer_id', '=', 'g.offer_id'))
      .select(['g.legal_basis', 'o.legal_basis as offer_basis', 'o.lifecycle'])
      .where('g.tenant_id', '=', tenantId)
      .execute();
    assert.ok(linked.length > 0);
    for (const l of linked) {
      assert.equal(l.offer_basis, l.legal_basis);
      assert.notEqual(l.lifecycle, 'draft');
    }
    const payers = await db()
      .selectFrom('granted_service as g')
      .innerJoin('org_unit as u', (join) => join.onRef('u.tenant_id', '=', 'g.tenant_id').onRef('u.unit_id', '=', 'g.paying_unit_id'))
      .select(['u.kind', 'u.area'])
      .distinct()
      .where('g.tenant_id', '=', tenantId)
      .execute();
    assert.ok(payers.length > 0);
    assert.ok(payers.every((p) => p.kind === 'centre' && p.area === 'social'), JSON.stringify(payers));
  });

  test('successive periods: no two standing decisions on the same service for a citizen overlap', async () => {
    const rows = (await services()).filter((r) => r.cancelled_at === null);
    let successive = 0;
    for (const group of groupBy(rows, (r) => r.citizen_id).values()) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const a = group[i]!;
          const b = group[j]!;
          const same = isSameService({ offerId: a.offer_id, serviceName: a.service_name, legalBasis: a.legal_basis }, { offerId: b.offer_id, serviceName: b.service_name, legalBasis: b.legal_basis });
          if (!same) continue;
          successive++;
          assert.ok(!periodsOverlap({ from: a.period_from, to: a.period_to }, { from: b.period_from, to: b.period_to }), `${a.service_name}: ${a.period_from}–${a.period_to} and ${b.period_from}–${b.period_to}`);
        }
      }
    }
    assert.ok(successive > rows.length, 'cases have several decisions on the same service');
    assert.ok(rows.some((r) => r.period_from.endsWith('-01-01') && r.note?.startsWith('Pris- og lønregulering')), 'decisions re-priced on 1 January');
  });

  test('refusion bands for every year of the period', async () => {
    const bands = await db().selectFrom('refusion_band').select(['year', 'lower_ore', 'rate_percent']).where('tenant_id', '=', tenantId).orderBy('year').orderBy('lower_ore').execute();
    const years = [...new Set(bands.map((b) => b.year))];
    assert.deepEqual(years, [2021, 2022, 2023, 2024, 2025, 2026]);
    const of = (year: number) => bands.filter((b) => b.year === year).map((b) => ({ lowerOre: Number(b.lower_ore), ratePercent: b.rate_percent }));
    assert.deepEqual(of(2022), standardBands([860_000, 1_680_000, 2_120_000]));
    assert.deepEqual(of(2026), standardBands([940_000, 1_840_000, 2_330_000]));
    for (const year of years) assert.deepEqual(of(year).map((b) => b.ratePercent), [0, 25, 50, 75]);
  });

  test('an expensive tail: cases above a million in every full year, as the report counts them', async () => {
    for (const year of [2022, 2023, 2024, 2025]) {
      const above = await casesAboveAMillion(year);
      assert.ok(above.length >= 1, `${year}: ${above.length} cases above a million`);
      assert.equal(report.finance.expensiveCases[year]?.cases, above.length, `${year}: the report's count`);
      assert.equal(report.finance.expensiveCases[year]?.costOre, above.reduce((n, r) => n + Number(r.cost), 0), `${year}: the report's total`);
    }
    const staff = await db().selectFrom('role_grant').select('role').where('tenant_id', '=', tenantId).where('user_id', '=', report.finance.userId!).execute();
    assert.ok(staff.some((g) => g.role === 'finance'), 'the report names a finance user');
  });

  test("the finance reports read the generated cases: the finance user's list and the committee status agree with the report", async () => {
    const made = await db().transaction().execute((trx) => createSession(trx, { tenantId, userId: report.finance.userId!, method: 'demo', now: new Date(), policy: t.config.session }));
    const session: TestSession = { cookie: `mestring_session=${made.cookieValue}`, csrfToken: made.csrfToken, userId: report.finance.userId!, tenantId };
    const expected = report.finance.expensiveCases[2025]!;
    const list = await t.request(session, { method: 'GET', url: '/api/v1/finance/expensive-cases?year=2025' });
    assert.equal(list.statusCode, 200, list.body);
    const cases = list.json() as { cases: number; totalCostOre: number; refusionOre: number; items: { costOre: number }[] };
    assert.deepEqual({ cases: cases.cases, totalCostOre: cases.totalCostOre }, { cases: expected.cases, totalCostOre: expected.costOre });
    assert.ok(cases.refusionOre > 0 && cases.items.every((c) => c.costOre > 100_000_000));
    const status = await t.request(session, { method: 'GET', url: '/api/v1/finance/committee-status?year=2025' });
    assert.equal(status.statusCode, 200, status.body);
    const body = status.json() as { summary: { cases: number; totalCostOre: number }; trend: { year: number; cases: number }[] };
    assert.deepEqual({ cases: body.summary.cases, totalCostOre: body.summary.totalCostOre }, { cases: expected.cases, totalCostOre: expected.costOre });
    assert.deepEqual(body.trend.map((y) => [y.year, y.cases]), [2021, 2022, 2023, 2024, 2025].map((y) => [y, report.finance.expensiveCases[y]?.cases ?? 0]));
    const pdf = await t.request(session, { method: 'GET', url: '/api/v1/finance/committee-status.pdf?year=2025' });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
  });

  test('the same seed draws the same decisions; another seed others', async () => {
    const digest = async () =>
      (await sql<{ d: string }>`SELECT md5(string_agg(service_id::text || citizen_id::text || period_from::text || unit_price_ore::text, ',' ORDER BY service_id)) AS d FROM granted_service WHERE tenant_id = ${tenantId}`.execute(db())).rows[0]!.d;
    const redrawn = (s: number) => {
      const size = sizeFor(scale);
      const model = buildMunicipality({ seed: s, slug, size });
      const plan = planGrantedServices(model, buildCatalogue(model, size, s), s, size.serviceCases, size.grantedServices);
      return [...grantedServiceRows(plan, 'grantedService')].map((r) => [r[1], r[2], r[11], r[14]] as const);
    };
    const again = redrawn(seed).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
    const other = redrawn(seed + 1);
    const expected = (await sql<{ d: string }>`SELECT md5(${again.map((r) => r.join('')).join(',')}) AS d`.execute(db())).rows[0]!.d;
    assert.equal(await digest(), expected);
    assert.notDeepEqual(other.map((r) => r[0]).sort(), again.map((r) => r[0]));
  });
});
