import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../../platform/db/tenant-transaction.js';
import { serviceYearCostSql } from '../service-cost-sql.js';

/**
 * The SQL of expensive cases: each citizen's yearly cost is the sum of their granted services that year, worked out
 * in the database by serviceYearCostSql (the twin of domain/service-cost.ts), grouped per citizen and year in one
 * statement, and only the cases above the threshold leave the database. Withdrawn decisions cost nothing.
 */

/** Decisions that cover some of the year `yearSql`. */
const coversYear = (yearSql: RawBuilder<number>) =>
  sql`g.cancelled_at IS NULL AND g.period_from <= make_date(${yearSql}, 12, 31) AND (g.period_to IS NULL OR g.period_to >= make_date(${yearSql}, 1, 1))`;

/** The first year any decision of the municipality covers; null without decisions. */
export async function firstYearWithServices(trx: Tx, tenantId: string): Promise<number | null> {
  const result = await sql<{ first: number | null }>`
    SELECT extract(year FROM min(g.period_from))::int AS first FROM granted_service g WHERE g.tenant_id = ${tenantId} AND g.cancelled_at IS NULL`.execute(trx);
  return result.rows[0]?.first ?? null;
}

export interface YearCaseRow {
  year: number;
  cost: number;
  /** Age at the end of the year (or at `today`, when that comes first). */
  age: number;
  targetGroup: string | null;
}

/**
 * Every case above the threshold in each year from `fromYear` to `toYear`: its year, cost, the citizen's age and main
 * target group — never who it is. For the committee's aggregates; the citizen's id is grouped by, not selected.
 */
export async function expensiveCasesByYear(trx: Tx, tenantId: string, span: { fromYear: number; toYear: number; thresholdOre: number; today: string }): Promise<YearCaseRow[]> {
  const year = sql<number>`y.year`;
  // Summed per citizen and year first, and only the few cases above the threshold meet the citizen table: grouping by
  // the citizen's columns as well made PostgreSQL sort every decision-year row on a wide key (spilling to disk).
  const result = await sql<{ year: number; cost: string; age: number; target_group: string | null }>`
    WITH cases AS MATERIALIZED (
      SELECT y.year, g.citizen_id, sum(${serviceYearCostSql('g', year)}) AS cost
        FROM generate_series(${span.fromYear}::int, ${span.toYear}::int) AS y(year)
        JOIN granted_service g ON g.tenant_id = ${tenantId} AND ${coversYear(year)}
       GROUP BY y.year, g.citizen_id)
    SELECT k.year::int AS year,
           k.cost::bigint AS cost,
           extract(year FROM age(least(make_date(k.year, 12, 31), ${span.today}::date), c.birth_date))::int AS age,
           c.target_groups[1] AS target_group
      FROM cases k
      JOIN citizen c ON c.tenant_id = ${tenantId} AND c.citizen_id = k.citizen_id
     WHERE k.cost > ${span.thresholdOre}
     ORDER BY k.year, k.cost DESC`.execute(trx);
  return result.rows.map((r) => ({ year: r.year, cost: Number(r.cost), age: r.age, targetGroup: r.target_group }));
}

export interface CitizenCostRow {
  citizenId: string;
  cost: number;
  services: number;
  residential: boolean;
  outside: boolean;
}

/** The citizens above the threshold in one year with their cost, highest first (ties by id, so pages are stable). */
export async function expensiveCitizensOfYear(trx: Tx, tenantId: string, year: number, thresholdOre: number): Promise<CitizenCostRow[]> {
  const y = sql<number>`${year}::int`;
  const cost = serviceYearCostSql('g', y);
  const result = await sql<{ citizen_id: string; cost: string; services: number; residential: boolean; outside: boolean }>`
    SELECT g.citizen_id,
           sum(${cost})::bigint AS cost,
           (count(*) FILTER (WHERE ${cost} > 0))::int AS services,
           bool_or(g.residential) AS residential,
           bool_or(g.placement = 'outside') AS outside
      FROM granted_service g
     WHERE g.tenant_id = ${tenantId} AND ${coversYear(y)}
     GROUP BY g.citizen_id
    HAVING sum(${cost}) > ${thresholdOre}
     ORDER BY cost DESC, g.citizen_id`.execute(trx);
  return result.rows.map((r) => ({ citizenId: r.citizen_id, cost: Number(r.cost), services: r.services, residential: r.residential, outside: r.outside }));
}

/** Who the listed citizens are: the page's names, birth dates and target groups. */
export async function citizensNamed(trx: Tx, tenantId: string, citizenIds: readonly string[]) {
  if (citizenIds.length === 0) return [];
  return trx
    .selectFrom('citizen')
    .select(['citizen_id', 'first_name', 'last_name', 'birth_date', 'target_groups'])
    .where('tenant_id', '=', tenantId)
    .where('citizen_id', 'in', [...citizenIds])
    .execute();
}

export interface ForecastRow {
  cost: number;
  costToDate: number;
}

/**
 * The current year per citizen above the threshold: the whole year at today's decisions (those until further notice
 * run to the year's end) and what it has cost up to `today`. The second sum reads the same decisions with their end
 * moved back to today (a decision from a later day then covers no day).
 */
export async function forecastOfYear(trx: Tx, tenantId: string, year: number, today: string, thresholdOre: number): Promise<ForecastRow[]> {
  const y = sql<number>`${year}::int`;
  const whole = serviceYearCostSql('g', y);
  const toDate = serviceYearCostSql('d', y);
  const result = await sql<{ cost: string; cost_to_date: string }>`
    SELECT sum(${whole})::bigint AS cost, sum(${toDate})::bigint AS cost_to_date
      FROM granted_service g
     CROSS JOIN LATERAL (SELECT g.period_from, least(coalesce(g.period_to, ${today}::date), ${today}::date) AS period_to, g.price_unit,
                                g.unit_price_ore, g.quantity_hundredths, g.cancelled_at) AS d
     WHERE g.tenant_id = ${tenantId} AND ${coversYear(y)}
     GROUP BY g.citizen_id
    HAVING sum(${whole}) > ${thresholdOre}`.execute(trx);
  return result.rows.map((r) => ({ cost: Number(r.cost), costToDate: Number(r.cost_to_date) }));
}
