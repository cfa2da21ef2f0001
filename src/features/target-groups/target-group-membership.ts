import { createHash } from 'node:crypto';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import type { Database } from '../../platform/db/schema.js';
import { targetGroupRowSql } from './target-group-sql.js';

/**
 * The stored membership behind the target-group overview (migration 0018, decision 0007): per citizen and year, the
 * rows of Table 1 they were in, and '' for "counted in the year at all". Triggers mark a citizen stale when their
 * enrolments, granted services, referral history, birth date or an offer they use changes; `refreshTargetGroupMembership`
 * works the stale citizens out again, and every citizen when the rules or the current year have changed since the
 * last build. Reads call it first, in their own transaction, so a count never shows old figures.
 */

/** Past this many stale citizens one build of everyone is cheaper than a list of ids in every scan. */
const PARTIAL_REFRESH_LIMIT = 2_000;

/**
 * (citizen, year, row) for the chosen citizens: an enrolment or a granted service in each year it runs (an open one
 * up to `throughYear`), a referral in each year it was accepted, started or completed. The rules run once per kind
 * of offer (a few thousand), not per source; sources find their kind by one text key, which the planner can hash.
 * Only where a row depends on age (under 18 on 1 January) is the citizen read.
 */
function membershipRows(tenantId: string, citizens: readonly string[] | null, throughYear: number): RawBuilder<unknown> {
  const chosen = (column: RawBuilder<unknown>) => (citizens === null ? sql`true` : sql`${column} IN (SELECT unnest(${[...citizens]}::uuid[]))`);
  const rowOf = (youth: boolean) =>
    sql`(SELECT ${targetGroupRowSql} FROM (SELECT upper(regexp_replace(k.lb, '\\s+', '', 'g')) AS lbn, nullif(k.ot, '') AS ot, k.nm AS nm, nullif(k.rate, '') AS rate, ${sql.lit(youth)} AS youth) x)`;
  return sql`
    WITH sources AS MATERIALIZED (
      SELECT u.*, concat_ws(chr(31), u.lb, u.ot, coalesce(u.nm, ''), coalesce(u.rate, '')) AS kind FROM (
        SELECT e.citizen_id, extract(year FROM e.started_on)::int AS y0, coalesce(extract(year FROM e.ended_on)::int, ${throughYear}::int) AS y1,
               coalesce(e.legal_basis, '') AS lb, coalesce(e.offer_type, '') AS ot, e.offer_name AS nm, '' AS rate
          FROM enrolment e
         WHERE e.tenant_id = ${tenantId} AND ${chosen(sql`e.citizen_id`)}
        UNION ALL
        SELECT s.citizen_id, extract(year FROM s.period_from)::int, coalesce(extract(year FROM s.period_to)::int, ${throughYear}::int),
               s.legal_basis, coalesce(o.offer_type, ''), s.service_name, s.price_unit
          FROM granted_service s
          LEFT JOIN offer o ON o.tenant_id = s.tenant_id AND o.offer_id = s.offer_id
         WHERE s.tenant_id = ${tenantId} AND s.cancelled_at IS NULL AND ${chosen(sql`s.citizen_id`)}
        UNION ALL
        SELECT r.citizen_id, ev.year, ev.year, coalesce(o.legal_basis, ''), coalesce(o.offer_type, ''), o.name, ''
          FROM (SELECT DISTINCT referral_id, extract(year FROM (occurred_at AT TIME ZONE 'Europe/Copenhagen'))::int AS year
                  FROM referral_event
                 WHERE tenant_id = ${tenantId} AND to_state IN ('accepted', 'started', 'completed')) ev
          JOIN referral r ON r.tenant_id = ${tenantId} AND r.referral_id = ev.referral_id
          JOIN offer o ON o.tenant_id = r.tenant_id AND o.offer_id = r.offer_id
         WHERE ${chosen(sql`r.citizen_id`)}
      ) u
    ),
    kinds AS MATERIALIZED (
      SELECT * FROM (SELECT k.kind, ${rowOf(false)} AS adult_row, ${rowOf(true)} AS youth_row
                       FROM (SELECT DISTINCT kind, lb, ot, nm, rate FROM sources) k) classified
       WHERE adult_row IS NOT NULL OR youth_row IS NOT NULL
    ),
    keyed AS (
      SELECT s.citizen_id, y.year,
             CASE WHEN k.adult_row IS NOT DISTINCT FROM k.youth_row THEN k.adult_row
                  WHEN (SELECT c.birth_date FROM citizen c WHERE c.tenant_id = ${tenantId} AND c.citizen_id = s.citizen_id) > make_date(y.year - 18, 1, 1)
                  THEN k.youth_row ELSE k.adult_row END COLLATE "C" AS row_key
        FROM sources s
        JOIN kinds k ON k.kind = s.kind
        CROSS JOIN LATERAL generate_series(s.y0, s.y1) AS y(year)
    )
    SELECT ${tenantId}::uuid AS tenant_id, citizen_id, year, coalesce(row_key, '') AS row_key
      FROM keyed WHERE row_key IS NOT NULL
     GROUP BY GROUPING SETS ((citizen_id, year, row_key), (citizen_id, year))`;
}

/** What a build depends on besides the data: the statement (the rules are written into it) and the current year. */
function buildBasis(db: Kysely<Database>, throughYear: number): string {
  const text = membershipRows('00000000-0000-0000-0000-000000000000', null, throughYear).compile(db).sql;
  return `${createHash('sha1').update(text).digest('hex')}:${throughYear}`;
}

async function insertMembership(trx: Kysely<Database>, tenantId: string, citizens: readonly string[] | null, throughYear: number) {
  await sql`INSERT INTO target_group_membership (tenant_id, citizen_id, year, row_key) ${membershipRows(tenantId, citizens, throughYear)}`.execute(trx);
}

/**
 * Brings the tenant's membership up to date inside the caller's transaction. One refresh per tenant at a time
 * (a transaction-scoped advisory lock): a second reader waits, then finds nothing stale.
 */
export async function refreshTargetGroupMembership(trx: Kysely<Database>, tenantId: string): Promise<'current' | 'refreshed' | 'rebuilt'> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('mestring.target-group-membership'), hashtext(${tenantId}))`.execute(trx);
  // The year open-ended offers run up to is the calendar's, not the request's: it belongs to the stored rows.
  const throughYear = Number(copenhagenToday(new Date()).slice(0, 4));
  const basis = buildBasis(trx, throughYear);
  const build = await trx.selectFrom('target_group_build').select('basis').where('tenant_id', '=', tenantId).executeTakeFirst();
  const stale = build?.basis === basis ? (await trx.deleteFrom('target_group_stale').where('tenant_id', '=', tenantId).returning('citizen_id').execute()).map((r) => r.citizen_id) : null;
  if (stale !== null && stale.length === 0) return 'current';
  if (stale !== null && stale.length <= PARTIAL_REFRESH_LIMIT) {
    await trx.deleteFrom('target_group_membership').where('tenant_id', '=', tenantId).where('citizen_id', 'in', stale).execute();
    await insertMembership(trx, tenantId, stale, throughYear);
    return 'refreshed';
  }
  await trx.deleteFrom('target_group_stale').where('tenant_id', '=', tenantId).execute();
  await trx.deleteFrom('target_group_membership').where('tenant_id', '=', tenantId).execute();
  await insertMembership(trx, tenantId, null, throughYear);
  await trx
    .insertInto('target_group_build')
    .values({ tenant_id: tenantId, basis, built_at: new Date() })
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ basis, built_at: new Date() }))
    .execute();
  return 'rebuilt';
}
