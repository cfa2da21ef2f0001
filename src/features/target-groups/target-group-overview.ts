import { sql, type Kysely } from 'kysely';
import { startOfCopenhagenDay } from '../../domain/copenhagen-time.js';
import { suppressedValue } from '../../domain/small-count-suppression.js';
import type { TargetGroupOverview, TargetGroupRow } from '../../domain/steering-figures.js';
import { compareTargetGroupRows, targetGroupRowLabel, targetGroupRows } from '../../domain/target-group-rows.js';
import type { Database } from '../../platform/db/schema.js';
import { targetGroupRowSql } from './target-group-sql.js';

/** The longest period one overview covers, in years (Table 1 is read a few years at a time). */
export const LONGEST_PERIOD_YEARS = 15;
/** Years before this are not asked for: there is no data, and a typo (202) should be a message, not a table. */
export const EARLIEST_YEAR = 2000;
export const LATEST_YEAR = 2100;

/** A row as the API gives it: the shared shape plus a stable key and the English label. */
export interface TargetGroupOverviewRow extends TargetGroupRow {
  key: string;
  labelEn: string;
}

export interface TargetGroupOverviewWithKeys extends TargetGroupOverview {
  rows: TargetGroupOverviewRow[];
}

/** The statement behind countTargetGroups (exported so a benchmark can EXPLAIN it). */
export function targetGroupCountStatement(tenantId: string, fromYear: number, toYear: number) {
  const firstDay = `${fromYear}-01-01`;
  const lastDay = `${toYear}-12-31`;
  const start = startOfCopenhagenDay(firstDay);
  const end = startOfCopenhagenDay(`${toYear + 1}-01-01`);
  const rowOf = (youth: boolean) =>
    sql`(SELECT ${targetGroupRowSql} FROM (SELECT upper(regexp_replace(k.lb, '\\s+', '', 'g')) AS lbn, nullif(k.ot, '') AS ot, k.nm AS nm, nullif(k.rate, '') AS rate, ${sql.lit(youth)} AS youth) x)`;
  // A source is (citizen, first year, last year, what the offer was): an enrolment or a granted service for the years
  // it overlaps, a referral for each year it was accepted, started or completed (its history; events of one year are
  // one source). The rules run once per kind of offer (a few thousand), not per source; sources find their kind by one
  // text key, which the planner can hash (four columns made it sort 300,000 rows on disk). A citizen counts once per
  // row and year however many sources.
  return sql<{ row_key: string | null; year: number; citizens: number }>`
    WITH sources AS MATERIALIZED (
      SELECT u.*, concat_ws(chr(31), u.lb, u.ot, coalesce(u.nm, ''), coalesce(u.rate, '')) AS kind FROM (
      SELECT e.citizen_id, greatest(extract(year FROM e.started_on)::int, ${fromYear}::int) AS y0,
             least(coalesce(extract(year FROM e.ended_on)::int, ${toYear}::int), ${toYear}::int) AS y1,
             coalesce(e.legal_basis, '') AS lb, coalesce(e.offer_type, '') AS ot, e.offer_name AS nm, '' AS rate
        FROM enrolment e
       WHERE e.tenant_id = ${tenantId} AND e.started_on <= ${lastDay}::date AND (e.ended_on IS NULL OR e.ended_on >= ${firstDay}::date)
      UNION ALL
      SELECT s.citizen_id, greatest(extract(year FROM s.period_from)::int, ${fromYear}::int),
             least(coalesce(extract(year FROM s.period_to)::int, ${toYear}::int), ${toYear}::int),
             s.legal_basis, coalesce(o.offer_type, ''), s.service_name, s.price_unit
        FROM granted_service s
        LEFT JOIN offer o ON o.tenant_id = s.tenant_id AND o.offer_id = s.offer_id
       WHERE s.tenant_id = ${tenantId} AND s.cancelled_at IS NULL AND s.period_from <= ${lastDay}::date AND (s.period_to IS NULL OR s.period_to >= ${firstDay}::date)
      UNION ALL
      SELECT r.citizen_id, ev.year, ev.year, coalesce(o.legal_basis, ''), coalesce(o.offer_type, ''), o.name, ''
        FROM (SELECT DISTINCT referral_id, extract(year FROM (occurred_at AT TIME ZONE 'Europe/Copenhagen'))::int AS year
                FROM referral_event
               WHERE tenant_id = ${tenantId} AND to_state IN ('accepted', 'started', 'completed') AND occurred_at >= ${start} AND occurred_at < ${end}) ev
        JOIN referral r ON r.tenant_id = ${tenantId} AND r.referral_id = ev.referral_id
        JOIN offer o ON o.tenant_id = r.tenant_id AND o.offer_id = r.offer_id
      ) u
    ),
    kinds AS MATERIALIZED (
      SELECT * FROM (SELECT k.kind, ${rowOf(false)} AS adult_row, ${rowOf(true)} AS youth_row
                       FROM (SELECT DISTINCT kind, lb, ot, nm, rate FROM sources) k) classified
       WHERE adult_row IS NOT NULL OR youth_row IS NOT NULL
    ),
    keyed AS (
      -- Only where a row depends on age (under 18 on 1 January) is the citizen read.
      SELECT s.citizen_id, y.year,
             CASE WHEN k.adult_row IS NOT DISTINCT FROM k.youth_row THEN k.adult_row
                  WHEN (SELECT c.birth_date FROM citizen c WHERE c.tenant_id = ${tenantId} AND c.citizen_id = s.citizen_id) > make_date(y.year - 18, 1, 1)
                  THEN k.youth_row ELSE k.adult_row END COLLATE "C" AS row_key
        FROM sources s
        JOIN kinds k ON k.kind = s.kind
        CROSS JOIN LATERAL generate_series(s.y0, s.y1) AS y(year)
    ),
    -- A row per citizen, year and row, and (row_key NULL) per citizen and year for the distinct total.
    per_citizen AS (
      SELECT citizen_id, year, row_key FROM keyed WHERE row_key IS NOT NULL
       GROUP BY GROUPING SETS ((citizen_id, year, row_key), (citizen_id, year))
    )
    SELECT row_key, year, count(*)::int AS citizens FROM per_citizen GROUP BY row_key, year`;
}

/** Raw counts, before suppression: per row key and year, and the distinct total per year (row_key null). */
export async function countTargetGroups(db: Kysely<Database>, tenantId: string, fromYear: number, toYear: number) {
  // For this transaction only: room to hash the citizens per year in memory, and no JIT, which costs more than it
  // saves on a statement that runs once (as for the indicators).
  await sql`SELECT set_config('work_mem', '64MB', true), set_config('jit', 'off', true)`.execute(db);
  const result = await targetGroupCountStatement(tenantId, fromYear, toYear).execute(db);
  return result.rows.map((r) => ({ rowKey: r.row_key, year: Number(r.year), citizens: Number(r.citizens) }));
}

/**
 * Distinct citizens per offer type and legal basis per year (Table 1 of the plan for socially vulnerable adults),
 * small counts suppressed. No authorization here: the caller has authorized its reader already.
 */
export async function readTargetGroupOverview(db: Kysely<Database>, tenantId: string, fromYear: number, toYear: number): Promise<TargetGroupOverviewWithKeys> {
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear || toYear - fromYear + 1 > LONGEST_PERIOD_YEARS || fromYear < EARLIEST_YEAR || toYear > LATEST_YEAR) {
    throw new RangeError(`readTargetGroupOverview: not a period of 1-${LONGEST_PERIOD_YEARS} years: ${fromYear}-${toYear}`);
  }
  const counts = await countTargetGroups(db, tenantId, fromYear, toYear);
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => String(fromYear + i));
  const zeros = () => Object.fromEntries(years.map((y) => [y, 0])) as Record<string, number>;
  const totals = zeros();
  const byRow = new Map<string, Record<string, number>>();
  for (const c of counts) {
    if (c.rowKey === null) {
      totals[String(c.year)] = c.citizens;
      continue;
    }
    if (targetGroupRowLabel(c.rowKey) === null) continue;
    const row = byRow.get(c.rowKey) ?? zeros();
    row[String(c.year)] = c.citizens;
    byRow.set(c.rowKey, row);
  }
  const empty = Object.values(totals).every((n) => n === 0);
  const suppress = (values: Record<string, number>) => Object.fromEntries(Object.entries(values).map(([y, n]) => [y, suppressedValue(n)]));
  // Table 1's rows are always there (a 0 says the offer had nobody); other paragraphs only when they have citizens.
  const keys = empty ? [] : [...new Set([...targetGroupRows.map((r) => r.key as string), ...byRow.keys()])].sort(compareTargetGroupRows);
  const rows: TargetGroupOverviewRow[] = keys.map((key) => {
    const label = targetGroupRowLabel(key)!;
    return { key, offerType: label.offerType, legalBasis: label.legalBasis, label: label.da, labelEn: label.en, years: suppress(byRow.get(key) ?? zeros()) };
  });
  return { fromYear, toYear, rows, totals: suppress(totals), empty };
}
