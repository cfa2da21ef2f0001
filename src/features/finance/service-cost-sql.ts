import { sql, type RawBuilder } from 'kysely';

/**
 * The SQL twin of domain/service-cost.ts `yearlyCostOre`, for reports that sum many services in the database: the
 * days of the year the decision covers at its daily cost, exact in `numeric`, rounded once (PostgreSQL's round() of
 * numeric rounds a half away from zero, as divideRoundHalfUp does for these non-negative amounts). A withdrawn
 * decision costs nothing. `alias` is the granted_service table's alias in the query; `year` a parameter or literal.
 * test/integration/finance-cost-sql.test.ts holds the two equal.
 */
export function serviceYearCostSql(alias: string, year: RawBuilder<number> | number): RawBuilder<number> {
  const s = (column: string) => sql.ref(`${alias}.${column}`);
  const y = typeof year === 'number' ? sql`${year}::int` : sql`${year}::int`;
  const first = sql`make_date(${y}, 1, 1)`;
  const last = sql`make_date(${y}, 12, 31)`;
  const days = sql`greatest(0, least(coalesce(${s('period_to')}, ${last}), ${last}) - greatest(${s('period_from')}, ${first}) + 1)`;
  const numerator = sql`${s('unit_price_ore')}::numeric * ${s('quantity_hundredths')} * ${days}`;
  return sql<number>`(CASE
    WHEN ${s('cancelled_at')} IS NOT NULL THEN 0
    WHEN ${s('price_unit')} = 'day' THEN round(${numerator} / 100)
    WHEN ${s('price_unit')} = 'hour' THEN round(${numerator} / 700)
    ELSE round(${numerator} * 12 / (100 * (make_date(${y} + 1, 1, 1) - ${first})))
  END)::bigint`;
}
