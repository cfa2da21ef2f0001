import { sql, type RawBuilder } from 'kysely';

/**
 * The SQL twin of domain/service-cost.ts `yearlyCostOre`, for reports that sum many services in the database: the
 * days of the year the decision covers at its daily cost, rounded once, half up (these amounts are never negative).
 * Day and hour prices are worked out in bigint — the product of price (at most 10^11 øre), quantity (10^5) and days
 * (366) stays below 2^63 — which is several times faster than numeric over a year's decisions; the monthly price
 * needs ×12 on top, which could pass 2^63, so it stays exact in numeric (PostgreSQL's round() of numeric rounds a half
 * away from zero, as divideRoundHalfUp does). A withdrawn decision costs nothing. `alias` is the granted_service
 * table's alias in the query; `year` a parameter or literal. test/integration/finance-cost-sql.test.ts holds the two
 * equal.
 */
export function serviceYearCostSql(alias: string, year: RawBuilder<number> | number): RawBuilder<number> {
  const s = (column: string) => sql.ref(`${alias}.${column}`);
  const y = sql`${year}::int`;
  const first = sql`make_date(${y}, 1, 1)`;
  const last = sql`make_date(${y}, 12, 31)`;
  const days = sql`greatest(0, least(coalesce(${s('period_to')}, ${last}), ${last}) - greatest(${s('period_from')}, ${first}) + 1)`;
  const product = sql`(${s('unit_price_ore')} * ${s('quantity_hundredths')} * ${days})`;
  return sql<number>`(CASE
    WHEN ${s('cancelled_at')} IS NOT NULL THEN 0
    WHEN ${s('price_unit')} = 'day' THEN (${product} + 50) / 100
    WHEN ${s('price_unit')} = 'hour' THEN (${product} + 350) / 700
    ELSE round(${product}::numeric * 12 / (100 * (make_date(${y} + 1, 1, 1) - ${first})))::bigint
  END)::bigint`;
}
