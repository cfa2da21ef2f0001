import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { sql } from 'kysely';
import { yearlyCostOre, type PricedPeriod } from '../../src/domain/service-cost.js';
import { serviceYearCostSql } from '../../src/features/finance/service-cost-sql.js';
import { newId } from '../../src/platform/ids.js';
import { insertPlanCitizen, type PlanCitizen } from '../support/plan-factory.js';
import { createTestDatabase } from '../support/test-database.js';
import { loadDemoMunicipalities } from '../../src/features/demo/load-demo-municipalities.js';
import type { DatabaseHandle } from '../../src/platform/db/connect.js';

/** The database computes a service's yearly cost exactly as domain/service-cost.ts does, for every kind of price. */

let database: DatabaseHandle;
let cleanup: () => Promise<void>;
let c: PlanCitizen;

before(async () => {
  ({ handle: database, cleanup } = await createTestDatabase());
  await loadDemoMunicipalities(database.db);
  c = await insertPlanCitizen(database);
});
after(() => cleanup());

const date = fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2027, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
const service: fc.Arbitrary<PricedPeriod & { cancelled: boolean }> = fc
  .record({
    from: date,
    to: fc.option(date, { nil: null }),
    priceUnit: fc.constantFrom('day' as const, 'hour' as const, 'month' as const),
    unitPriceOre: fc.integer({ min: 1, max: 300_000_00 }),
    quantityHundredths: fc.integer({ min: 1, max: 5_000 }),
    cancelled: fc.boolean(),
  })
  .map((r) => {
    const [periodFrom, periodTo] = r.to !== null && r.to < r.from ? [r.to, r.from] : [r.from, r.to];
    return { periodFrom, periodTo, priceUnit: r.priceUnit, unitPriceOre: r.unitPriceOre, quantityHundredths: r.quantityHundredths, cancelled: r.cancelled };
  });

test('for 200 random decisions and the years 2023-2027, SQL and TypeScript agree to the øre', async () => {
  const services = fc.sample(service, { numRuns: 200, seed: 20261202 });
  const rows = services.map((s) => ({
    tenant_id: c.tenantId,
    service_id: newId(),
    citizen_id: c.citizenId,
    service_name: 'Test',
    legal_basis: 'SEL §85',
    provider_kind: 'own' as const,
    placement: 'inside' as const,
    period_from: s.periodFrom,
    period_to: s.periodTo,
    price_unit: s.priceUnit,
    unit_price_ore: s.unitPriceOre,
    quantity_hundredths: s.quantityHundredths,
    cancelled_at: s.cancelled ? new Date() : null,
    decided_on: s.periodFrom,
    created_at: new Date(),
    updated_at: new Date(),
  }));
  await database.db.insertInto('granted_service').values(rows).execute();
  for (const year of [2023, 2024, 2025, 2026, 2027]) {
    const fromSql = await database.db.selectFrom('granted_service as g').select(['g.service_id', serviceYearCostSql('g', sql<number>`${year}`).as('cost')]).where('g.citizen_id', '=', c.citizenId).execute();
    const bySql = new Map(fromSql.map((r) => [r.service_id, Number(r.cost)]));
    rows.forEach((row, i) => {
      const s = services[i]!;
      const expected = s.cancelled ? 0 : yearlyCostOre(s, year);
      assert.equal(bySql.get(row.service_id), expected, `${JSON.stringify(s)} in ${year}`);
    });
  }
});

test('at the largest price and quantity the schema allows, a whole leap year is summed without overflow, to the øre', async () => {
  const maxPrice = 100_000_000_000n;
  const maxQuantity = 100_000n;
  const product = maxPrice * maxQuantity * 366n;
  const halfUp = (numerator: bigint, denominator: bigint) => (numerator + denominator / 2n) / denominator;
  const expected = { day: halfUp(product, 100n), hour: halfUp(product, 700n), month: halfUp(product * 12n, 100n * 366n) };
  const ids = new Map<string, string>();
  for (const unit of ['day', 'hour', 'month'] as const) {
    const serviceId = newId();
    ids.set(serviceId, unit);
    await database.db
      .insertInto('granted_service')
      .values({
        tenant_id: c.tenantId, service_id: serviceId, citizen_id: c.citizenId, service_name: 'Yderpunkt', legal_basis: 'SEL §108', provider_kind: 'own',
        placement: 'inside', period_from: '2024-01-01', period_to: '2024-12-31', price_unit: unit, unit_price_ore: Number(maxPrice),
        quantity_hundredths: Number(maxQuantity), decided_on: '2024-01-01', created_at: new Date(), updated_at: new Date(),
      })
      .execute();
  }
  const rows = await database.db
    .selectFrom('granted_service as g')
    .select(['g.service_id', sql<string>`${serviceYearCostSql('g', 2024)}::text`.as('cost')])
    .where('g.service_id', 'in', [...ids.keys()])
    .execute();
  assert.equal(rows.length, 3);
  for (const row of rows) assert.equal(BigInt(row.cost), expected[ids.get(row.service_id) as keyof typeof expected], ids.get(row.service_id));
});
