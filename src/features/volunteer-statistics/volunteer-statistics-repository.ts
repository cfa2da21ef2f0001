import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../platform/db/tenant-transaction.js';

/**
 * SQL for the coordinator's evaluation. Each statement sums one table per Danish calendar month in the request's tenant
 * transaction (row-level security), so the volume stays in the database; months without rows are simply missing.
 * A row with month null is the whole period (GROUPING SETS), for the figures that cannot be summed from the months.
 */

const requestMonth = sql`to_char(r.created_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM')`;
const activityMonth = sql`to_char(r.starts_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM')`;

/** The period as instants, [start, end), and the unit filter: null for the whole municipality, else the unit and the units below it. */
export interface PeriodScope {
  tenantId: string;
  start: Date;
  end: Date;
  unitIds: readonly string[] | null;
}

/** A request belongs to a unit when one of the citizen's team members works there. */
function requestInUnit(unitIds: readonly string[] | null): RawBuilder<unknown> {
  if (unitIds === null) return sql``;
  return sql`AND EXISTS (SELECT 1 FROM citizen_team_member tm JOIN app_user u ON u.tenant_id = tm.tenant_id AND u.user_id = tm.user_id
                          WHERE tm.tenant_id = r.tenant_id AND tm.citizen_id = r.citizen_id AND u.org_unit_id IN (${sql.join([...unitIds])}))`;
}

/** Requests made per month, how many were ever assigned, and the median hours to the assignment (per month and overall). */
export async function requestsByMonth(trx: Tx, scope: PeriodScope) {
  const result = await sql<{ month: string | null; requests: number; matched: number; median_hours: number | null }>`
    SELECT ${requestMonth} AS month,
           count(*)::int AS requests,
           -- A declined request goes back to open, but it was matched once: the assignment's time or a volunteer tells.
           count(*) FILTER (WHERE r.assigned_at IS NOT NULL OR r.volunteer_user_id IS NOT NULL OR r.status IN ('assigned', 'accepted', 'done', 'missed'))::int AS matched,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (r.assigned_at - r.created_at)) / 3600.0)::float8 AS median_hours
      FROM companion_request r
     WHERE r.tenant_id = ${scope.tenantId} AND r.created_at >= ${scope.start} AND r.created_at < ${scope.end} ${requestInUnit(scope.unitIds)}
     GROUP BY GROUPING SETS ((${requestMonth}), ())`.execute(trx);
  return result.rows;
}

/** Accompaniments per month of the activity: done, cancelled by whom, missed, and the volunteers' minutes on those done. */
export async function accompanimentsByMonth(trx: Tx, scope: PeriodScope) {
  const result = await sql<{
    month: string;
    done: number;
    cancelled_citizen: number;
    cancelled_volunteer: number;
    cancelled_coordinator: number;
    cancelled_unrecorded: number;
    missed: number;
    volunteer_minutes: number;
  }>`
    SELECT ${activityMonth} AS month,
           count(*) FILTER (WHERE r.status = 'done')::int AS done,
           count(*) FILTER (WHERE r.status = 'cancelled' AND r.cancelled_by_role = 'citizen')::int AS cancelled_citizen,
           count(*) FILTER (WHERE r.status = 'cancelled' AND r.cancelled_by_role = 'volunteer')::int AS cancelled_volunteer,
           count(*) FILTER (WHERE r.status = 'cancelled' AND r.cancelled_by_role = 'coordinator')::int AS cancelled_coordinator,
           count(*) FILTER (WHERE r.status = 'cancelled' AND r.cancelled_by_role IS NULL)::int AS cancelled_unrecorded,
           count(*) FILTER (WHERE r.status = 'missed')::int AS missed,
           coalesce(sum(r.minutes_logged) FILTER (WHERE r.status = 'done'), 0)::int AS volunteer_minutes
      FROM companion_request r
     WHERE r.tenant_id = ${scope.tenantId} AND r.starts_at >= ${scope.start} AND r.starts_at < ${scope.end}
       AND r.status IN ('done', 'cancelled', 'missed') ${requestInUnit(scope.unitIds)}
     GROUP BY 1`.execute(trx);
  return result.rows;
}

/** Smileys per month of the activity and side: how many, their sum, how many happy (3). */
export async function smileysByMonth(trx: Tx, scope: PeriodScope) {
  const result = await sql<{ month: string; by_side: 'citizen' | 'volunteer'; n: number; sum: number; happy: number }>`
    SELECT ${activityMonth} AS month, e.by_side, count(*)::int AS n, sum(e.smiley)::int AS sum, count(*) FILTER (WHERE e.smiley = 3)::int AS happy
      FROM companion_evaluation e
      JOIN companion_request r ON r.tenant_id = e.tenant_id AND r.request_id = e.request_id
     WHERE e.tenant_id = ${scope.tenantId} AND r.starts_at >= ${scope.start} AND r.starts_at < ${scope.end} ${requestInUnit(scope.unitIds)}
     GROUP BY 1, 2`.execute(trx);
  return result.rows;
}

/**
 * Volunteers active at some time in each month, and distinct over the period (month null): started before the month's
 * end, and either active now or their pause or stop began in the month or later. The profile keeps only its current
 * status, so a volunteer who paused and came back counts as active throughout.
 */
export async function activeVolunteersByMonth(trx: Tx, tenantId: string, firstDay: string, lastMonthFirstDay: string) {
  const result = await sql<{ month: string | null; active: number }>`
    SELECT to_char(m.month_start, 'YYYY-MM') AS month, count(DISTINCT p.user_id)::int AS active
      FROM generate_series(${firstDay}::date, ${lastMonthFirstDay}::date, interval '1 month') AS m (month_start)
      JOIN volunteer_profile p ON p.tenant_id = ${tenantId}
           AND p.started_on < m.month_start + interval '1 month'
           AND (p.status = 'active' OR p.status_changed_on >= m.month_start)
     GROUP BY GROUPING SETS ((m.month_start), ())`.execute(trx);
  return result.rows;
}

/** Volunteers who stopped in the period, with the month and the reason (no name, no id), in the order they stopped. */
export async function stoppedVolunteers(trx: Tx, tenantId: string, firstDay: string, dayAfter: string) {
  const result = await sql<{ month: string; reason: string | null }>`
    SELECT to_char(p.status_changed_on, 'YYYY-MM') AS month, p.stop_reason AS reason
      FROM volunteer_profile p
     WHERE p.tenant_id = ${tenantId} AND p.status = 'stopped' AND p.status_changed_on >= ${firstDay}::date AND p.status_changed_on < ${dayAfter}::date
     ORDER BY p.status_changed_on, p.stop_reason`.execute(trx);
  return result.rows;
}

/** Peer guides' minutes on bookings done, per month of the booking; with a unit, the bookings made from it. */
export async function peerGuideMinutesByMonth(trx: Tx, scope: PeriodScope) {
  const unitFilter = scope.unitIds === null ? sql`` : sql`AND b.booked_by_unit_id IN (${sql.join([...scope.unitIds])})`;
  const result = await sql<{ month: string; minutes: number }>`
    SELECT to_char(b.starts_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM') AS month, coalesce(sum(b.minutes_logged), 0)::int AS minutes
      FROM peer_guide_booking b
     WHERE b.tenant_id = ${scope.tenantId} AND b.status = 'done' AND b.starts_at >= ${scope.start} AND b.starts_at < ${scope.end} ${unitFilter}
     GROUP BY 1`.execute(trx);
  return result.rows;
}

/** The municipality's units, for the unit filter and its subtree. */
export async function orgUnits(trx: Tx, tenantId: string) {
  return trx.selectFrom('org_unit').select(['unit_id', 'parent_unit_id', 'name', 'active']).where('tenant_id', '=', tenantId).orderBy('name').execute();
}
