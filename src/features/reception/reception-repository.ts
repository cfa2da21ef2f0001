import { sql } from 'kysely';
import type { ReceptionNeed, VisitStatus } from '../../domain/reception-visit.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';

/** SQL for the reception centres and their visits. Every query runs in the request's tenant transaction (row-level security). */

/**
 * The reception centre a unit is, or lies inside: the nearest active unit flagged `is_reception_centre` on the way up
 * the organisation tree (the depth bound stops a damaged tree from looping).
 */
export async function receptionCentreOf(trx: Tx, tenantId: string, unitId: string): Promise<string | null> {
  const result = await sql<{ unit_id: string }>`
    WITH RECURSIVE up (unit_id, parent_unit_id, is_reception_centre, active, depth) AS (
      SELECT unit_id, parent_unit_id, is_reception_centre, active, 0 FROM org_unit WHERE tenant_id = ${tenantId} AND unit_id = ${unitId}
      UNION ALL
      SELECT o.unit_id, o.parent_unit_id, o.is_reception_centre, o.active, up.depth + 1
        FROM org_unit o JOIN up ON o.tenant_id = ${tenantId} AND o.unit_id = up.parent_unit_id
       WHERE up.depth < 32
    )
    SELECT unit_id FROM up WHERE is_reception_centre AND active ORDER BY depth LIMIT 1`.execute(trx);
  return result.rows[0]?.unit_id ?? null;
}

export async function findUnit(trx: Tx, tenantId: string, unitId: string) {
  return trx.selectFrom('org_unit').select(['unit_id', 'name', 'is_reception_centre', 'active']).where('tenant_id', '=', tenantId).where('unit_id', '=', unitId).executeTakeFirst();
}

export async function listReceptionCentres(trx: Tx, tenantId: string) {
  return trx.selectFrom('org_unit').select(['unit_id', 'name']).where('tenant_id', '=', tenantId).where('is_reception_centre', '=', true).where('active', '=', true).orderBy('name').execute();
}

function visitQuery(trx: Tx, tenantId: string) {
  return trx
    .selectFrom('reception_visit as v')
    .innerJoin('org_unit as c', (join) => join.onRef('c.tenant_id', '=', 'v.tenant_id').onRef('c.unit_id', '=', 'v.centre_unit_id'))
    .innerJoin('app_user as r', (join) => join.onRef('r.tenant_id', '=', 'v.tenant_id').onRef('r.user_id', '=', 'v.registered_by'))
    .leftJoin('app_user as w', (join) => join.onRef('w.tenant_id', '=', 'v.tenant_id').onRef('w.user_id', '=', 'v.worker_user_id'))
    .leftJoin('citizen as p', (join) => join.onRef('p.tenant_id', '=', 'v.tenant_id').onRef('p.citizen_id', '=', 'v.citizen_id'))
    .select([
      'v.visit_id',
      'v.centre_unit_id',
      'c.name as centre_name',
      'v.citizen_id',
      'p.first_name',
      'p.last_name',
      'v.anonymous_label',
      'v.anonymous_description',
      'v.arrival',
      'v.needs',
      'v.note',
      'v.status',
      'v.arrived_at',
      'v.registered_by',
      'r.display_name as registered_by_name',
      'v.worker_user_id',
      'w.display_name as worker_name',
      'v.handed_over_at',
      'v.finished_at',
      'v.follow_up_due_on',
      'v.follow_up_done_at',
      'v.merged_at',
      'v.version',
    ])
    .where('v.tenant_id', '=', tenantId);
}
export type VisitRow = Awaited<ReturnType<ReturnType<typeof visitQuery>['executeTakeFirstOrThrow']>>;

export async function findVisit(trx: Tx, tenantId: string, visitId: string): Promise<VisitRow | undefined> {
  return visitQuery(trx, tenantId).where('v.visit_id', '=', visitId).executeTakeFirst();
}

/** The centre's queue: waiting and with a worker, the longest-waiting first. */
export async function openVisitsOf(trx: Tx, tenantId: string, centreId: string): Promise<VisitRow[]> {
  return visitQuery(trx, tenantId).where('v.centre_unit_id', '=', centreId).where('v.status', 'in', ['waiting', 'with-worker']).orderBy('v.arrived_at').orderBy('v.visit_id').execute();
}

/** Follow-ups not yet done that fall due on or before `today`, the oldest due first. */
export async function dueFollowUpsOf(trx: Tx, tenantId: string, centreId: string, today: string): Promise<VisitRow[]> {
  return visitQuery(trx, tenantId)
    .where('v.centre_unit_id', '=', centreId)
    .where('v.follow_up_done_at', 'is', null)
    .where('v.follow_up_due_on', 'is not', null)
    .where('v.follow_up_due_on', '<=', today)
    .orderBy('v.follow_up_due_on')
    .orderBy('v.arrived_at')
    .execute();
}

export async function insertVisit(
  trx: Tx,
  values: {
    tenantId: string;
    visitId: string;
    centreId: string;
    citizenId: string | null;
    anonymousLabel: string | null;
    anonymousDescription: string | null;
    arrival: 'walk-in' | 'referred';
    needs: ReceptionNeed[];
    note: string | null;
    arrivedAt: Date;
    registeredBy: string;
  },
): Promise<void> {
  await trx
    .insertInto('reception_visit')
    .values({
      tenant_id: values.tenantId,
      visit_id: values.visitId,
      centre_unit_id: values.centreId,
      citizen_id: values.citizenId,
      anonymous_label: values.anonymousLabel,
      anonymous_description: values.anonymousDescription,
      arrival: values.arrival,
      needs: values.needs,
      note: values.note,
      arrived_at: values.arrivedAt,
      registered_by: values.registeredBy,
    })
    .execute();
}

type VisitChanges = Partial<{
  status: VisitStatus;
  worker_user_id: string;
  handed_over_at: Date;
  finished_at: Date;
  follow_up_due_on: string;
  follow_up_done_at: Date;
  follow_up_done_by: string;
  citizen_id: string;
  anonymous_label: null;
  anonymous_description: null;
  merged_at: Date;
  merged_by: string;
}>;

/** Changes the visit only when the stored version is the one the caller read; false on a stale version. */
export async function updateVisitIfVersion(trx: Tx, key: { tenantId: string; visitId: string; version: number }, changes: VisitChanges): Promise<boolean> {
  const result = await trx
    .updateTable('reception_visit')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', key.tenantId)
    .where('visit_id', '=', key.visitId)
    .where('version', '=', key.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Visits per centre and Danish calendar day, in the half-open period [start, end). */
export async function visitsPerDay(trx: Tx, tenantId: string, start: Date, end: Date) {
  const result = await sql<{ centre_unit_id: string; day: string; count: number }>`
    SELECT centre_unit_id, (arrived_at AT TIME ZONE 'Europe/Copenhagen')::date::text AS day, count(*)::int AS count
      FROM reception_visit
     WHERE tenant_id = ${tenantId} AND arrived_at >= ${start} AND arrived_at < ${end}
     GROUP BY 1, 2`.execute(trx);
  return result.rows;
}

/** Visits per centre, Danish calendar day and need, in the half-open period [start, end). */
export async function needsPerDay(trx: Tx, tenantId: string, start: Date, end: Date) {
  const result = await sql<{ centre_unit_id: string; day: string; need: string; count: number }>`
    SELECT v.centre_unit_id, (v.arrived_at AT TIME ZONE 'Europe/Copenhagen')::date::text AS day, n.need, count(*)::int AS count
      FROM reception_visit v CROSS JOIN LATERAL unnest(v.needs) AS n (need)
     WHERE v.tenant_id = ${tenantId} AND v.arrived_at >= ${start} AND v.arrived_at < ${end}
     GROUP BY 1, 2, 3`.execute(trx);
  return result.rows;
}

/** The names of the given units (a centre no longer flagged still has visits in earlier weeks). */
export async function unitNames(trx: Tx, tenantId: string, unitIds: readonly string[]) {
  if (unitIds.length === 0) return [];
  return trx.selectFrom('org_unit').select(['unit_id', 'name']).where('tenant_id', '=', tenantId).where('unit_id', 'in', [...unitIds]).execute();
}
