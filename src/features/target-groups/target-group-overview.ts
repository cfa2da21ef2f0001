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

/** Raw counts, before suppression: per row key and year, and the distinct total per year (row_key null). */
export async function countTargetGroups(db: Kysely<Database>, tenantId: string, fromYear: number, toYear: number) {
  const firstDay = `${fromYear}-01-01`;
  const lastDay = `${toYear}-12-31`;
  const start = startOfCopenhagenDay(firstDay);
  const end = startOfCopenhagenDay(`${toYear + 1}-01-01`);
  // Every fact is (citizen, year, what the offer was); a citizen counts once per row and year however many facts.
  // Enrolments and granted services count in every year they overlap (a lateral series of just those years), a referral
  // in the year it was accepted, started or completed (its history). The CASE sorts the facts into Table 1's rows.
  const result = await sql<{ row_key: string | null; year: number; citizens: number }>`
    WITH years AS MATERIALIZED (SELECT y::int AS year FROM generate_series(${fromYear}::int, ${toYear}::int) AS y),
    facts AS MATERIALIZED (
      SELECT e.citizen_id, y.year, coalesce(e.legal_basis, '') AS lb, coalesce(e.offer_type, '') AS ot, e.offer_name AS nm, '' AS rate
        FROM enrolment e
        JOIN years y ON y.year BETWEEN extract(year FROM e.started_on) AND coalesce(extract(year FROM e.ended_on), ${toYear}::int)
       WHERE e.tenant_id = ${tenantId} AND e.started_on <= ${lastDay}::date AND (e.ended_on IS NULL OR e.ended_on >= ${firstDay}::date)
      UNION ALL
      SELECT r.citizen_id, extract(year FROM (ev.occurred_at AT TIME ZONE 'Europe/Copenhagen'))::int, coalesce(o.legal_basis, ''), coalesce(o.offer_type, ''), o.name, ''
        FROM referral_event ev
        JOIN referral r ON r.tenant_id = ev.tenant_id AND r.referral_id = ev.referral_id
        JOIN offer o ON o.tenant_id = r.tenant_id AND o.offer_id = r.offer_id
       WHERE ev.tenant_id = ${tenantId} AND ev.to_state IN ('accepted', 'started', 'completed') AND ev.occurred_at >= ${start} AND ev.occurred_at < ${end}
      UNION ALL
      SELECT s.citizen_id, y.year, s.legal_basis, coalesce(o.offer_type, ''), s.service_name, s.price_unit
        FROM granted_service s
        LEFT JOIN offer o ON o.tenant_id = s.tenant_id AND o.offer_id = s.offer_id
        JOIN years y ON y.year BETWEEN extract(year FROM s.period_from) AND coalesce(extract(year FROM s.period_to), ${toYear}::int)
       WHERE s.tenant_id = ${tenantId} AND s.cancelled_at IS NULL AND s.period_from <= ${lastDay}::date AND (s.period_to IS NULL OR s.period_to >= ${firstDay}::date)
    ),
    -- The rules run once per kind of offer (a few thousand), not per fact: the row for an adult and for someone under 18.
    kinds AS MATERIALIZED (
      SELECT lb, ot, nm, rate,
             (SELECT ${targetGroupRowSql} FROM (SELECT upper(regexp_replace(k.lb, '\\s+', '', 'g')) AS lbn, nullif(k.ot, '') AS ot, k.nm AS nm, nullif(k.rate, '') AS rate, false AS youth) x) AS adult_row,
             (SELECT ${targetGroupRowSql} FROM (SELECT upper(regexp_replace(k.lb, '\\s+', '', 'g')) AS lbn, nullif(k.ot, '') AS ot, k.nm AS nm, nullif(k.rate, '') AS rate, true AS youth) x) AS youth_row
        FROM (SELECT lb, ot, nm, rate FROM facts GROUP BY 1, 2, 3, 4) k
    ),
    keyed AS MATERIALIZED (
      SELECT f.citizen_id, f.year,
             CASE WHEN k.adult_row IS NOT DISTINCT FROM k.youth_row THEN k.adult_row
                  WHEN c.birth_date > make_date(f.year - 18, 1, 1) THEN k.youth_row ELSE k.adult_row END AS row_key
        FROM facts f
        JOIN kinds k ON k.lb = f.lb AND k.ot = f.ot AND k.nm = f.nm AND k.rate = f.rate
        JOIN citizen c ON c.tenant_id = ${tenantId} AND c.citizen_id = f.citizen_id
       WHERE k.adult_row IS NOT NULL OR k.youth_row IS NOT NULL
       GROUP BY 1, 2, 3
    )
    SELECT row_key, year, count(*)::int AS citizens FROM keyed WHERE row_key IS NOT NULL GROUP BY row_key, year
    UNION ALL
    SELECT NULL, year, count(DISTINCT citizen_id)::int FROM keyed WHERE row_key IS NOT NULL GROUP BY year`.execute(db);
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
