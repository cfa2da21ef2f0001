import { sql, type Kysely } from 'kysely';
import { suppressedValue } from '../../domain/small-count-suppression.js';
import type { TargetGroupOverview, TargetGroupRow } from '../../domain/steering-figures.js';
import { compareTargetGroupRows, targetGroupRowLabel, targetGroupRows } from '../../domain/target-group-rows.js';
import { useReportSettings } from '../../platform/db/report-settings.js';
import type { Database } from '../../platform/db/schema.js';
import { refreshTargetGroupMembership } from './target-group-membership.js';

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

/**
 * Raw counts, before suppression: per row key and year, and the distinct total per year (row_key null). The stored
 * membership is brought up to date first, in the same transaction (one is opened when the caller has none).
 */
export async function countTargetGroups(db: Kysely<Database>, tenantId: string, fromYear: number, toYear: number) {
  const count = async (trx: Kysely<Database>) => {
    await useReportSettings(trx);
    await refreshTargetGroupMembership(trx, tenantId);
    // Hash the few hundred thousand rows into their ~100 groups. Right after a build the table has no statistics
    // yet (and PGlite never gathers them by itself), so the planner would guess a handful of rows and sort them all.
    await sql`SELECT set_config('enable_sort', 'off', true)`.execute(trx);
    const rows = await trx
      .selectFrom('target_group_membership')
      .select((eb) => ['row_key', 'year', eb.fn.countAll<number>().as('citizens')])
      .where('tenant_id', '=', tenantId)
      .where('year', '>=', fromYear)
      .where('year', '<=', toYear)
      .groupBy(['row_key', 'year'])
      .execute();
    await sql`SELECT set_config('enable_sort', 'on', true)`.execute(trx);
    return rows;
  };
  const rows = db.isTransaction ? await count(db) : await db.transaction().execute(count);
  return rows.map((r) => ({ rowKey: r.row_key === '' ? null : r.row_key, year: Number(r.year), citizens: Number(r.citizens) }));
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
