import type { Insertable, Updateable } from 'kysely';
import { activeCompanionStatuses, type CompanionStatus } from '../../domain/companion-state.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';
import type { CompanionEvaluationTable, CompanionRequestTable } from '../../platform/db/schema-volunteers.js';

/** The SQL of companion requests and their evaluations. Every query names the tenant. */

function requestQuery(trx: Tx, tenantId: string) {
  return trx
    .selectFrom('companion_request as r')
    .innerJoin('citizen as c', (join) => join.onRef('c.tenant_id', '=', 'r.tenant_id').onRef('c.citizen_id', '=', 'r.citizen_id'))
    .leftJoin('app_user as v', (join) => join.onRef('v.tenant_id', '=', 'r.tenant_id').onRef('v.user_id', '=', 'r.volunteer_user_id'))
    .leftJoin('app_user as rb', (join) => join.onRef('rb.tenant_id', '=', 'r.tenant_id').onRef('rb.user_id', '=', 'r.requested_by'))
    .leftJoin('app_user as cb', (join) => join.onRef('cb.tenant_id', '=', 'r.tenant_id').onRef('cb.user_id', '=', 'r.cancelled_by'))
    .leftJoin('offer as o', (join) => join.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.offer_id', '=', 'r.offer_id'))
    .selectAll('r')
    .select(['c.first_name', 'c.last_name', 'c.user_id as citizen_user_id', 'v.display_name as volunteer_name', 'rb.display_name as requested_by_name', 'cb.display_name as cancelled_by_name', 'o.name as offer_name'])
    .where('r.tenant_id', '=', tenantId);
}
export type CompanionRow = Awaited<ReturnType<ReturnType<typeof requestQuery>['execute']>>[number];

export async function findCompanionRequest(trx: Tx, tenantId: string, requestId: string): Promise<CompanionRow | undefined> {
  return requestQuery(trx, tenantId).where('r.request_id', '=', requestId).executeTakeFirst();
}

/** Open ones first, then by start time. */
export async function listCompanionRequests(trx: Tx, tenantId: string, filter: { status?: CompanionStatus; citizenId?: string; volunteerUserId?: string; limit?: number }): Promise<CompanionRow[]> {
  return requestQuery(trx, tenantId)
    .$if(filter.status !== undefined, (qb) => qb.where('r.status', '=', filter.status!))
    .$if(filter.citizenId !== undefined, (qb) => qb.where('r.citizen_id', '=', filter.citizenId!))
    .$if(filter.volunteerUserId !== undefined, (qb) => qb.where('r.volunteer_user_id', '=', filter.volunteerUserId!))
    .orderBy((eb) => eb.case().when('r.status', '=', 'open').then(0).when('r.status', '=', 'assigned').then(1).else(2).end())
    .orderBy('r.starts_at')
    .orderBy('r.request_id')
    .$if(filter.limit !== undefined, (qb) => qb.limit(filter.limit!))
    .execute();
}

/** Open requests that have not begun, for a volunteer looking for a trip to take. */
export async function listOpenFutureRequests(trx: Tx, tenantId: string, now: Date, limit = 100): Promise<CompanionRow[]> {
  return requestQuery(trx, tenantId).where('r.status', '=', 'open').where('r.starts_at', '>', now).orderBy('r.starts_at').limit(limit).execute();
}

export async function evaluationsOf(trx: Tx, tenantId: string, requestIds: readonly string[]) {
  if (requestIds.length === 0) return [];
  return trx.selectFrom('companion_evaluation').selectAll().where('tenant_id', '=', tenantId).where('request_id', 'in', requestIds).execute();
}
export type EvaluationRow = Awaited<ReturnType<typeof evaluationsOf>>[number];

/** Locks the citizen's row, so two requests for the same citizen at once are checked for overlap one after the other. */
export async function lockCitizen(trx: Tx, tenantId: string, citizenId: string): Promise<{ first_name: string } | undefined> {
  return trx.selectFrom('citizen').select('first_name').where('tenant_id', '=', tenantId).where('citizen_id', '=', citizenId).forUpdate().executeTakeFirst();
}

/** The citizen's active request overlapping the period, if any (touching ends do not overlap). */
export async function findCitizenOverlap(trx: Tx, tenantId: string, citizenId: string, startsAt: Date, endsAt: Date, exceptRequestId?: string) {
  return trx
    .selectFrom('companion_request')
    .select(['request_id', 'activity', 'starts_at'])
    .where('tenant_id', '=', tenantId)
    .where('citizen_id', '=', citizenId)
    .where('status', 'in', [...activeCompanionStatuses])
    .where('starts_at', '<', endsAt)
    .where('ends_at', '>', startsAt)
    .$if(exceptRequestId !== undefined, (qb) => qb.where('request_id', '<>', exceptRequestId!))
    .orderBy('starts_at')
    .executeTakeFirst();
}

export async function insertCompanionRequest(trx: Tx, row: Insertable<CompanionRequestTable>): Promise<void> {
  await trx.insertInto('companion_request').values(row).execute();
}

/** Changes the request only when the stored version is the one the actor read; undefined on a stale version. */
export async function updateCompanionIfVersion(trx: Tx, key: { tenantId: string; requestId: string; version: number }, changes: Updateable<CompanionRequestTable>, now: Date) {
  return trx
    .updateTable('companion_request')
    .set((eb) => ({ ...changes, updated_at: now, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', key.tenantId)
    .where('request_id', '=', key.requestId)
    .where('version', '=', key.version)
    .returning(['version'])
    .executeTakeFirst();
}

/** One evaluation per side; a second one replaces the first (the person changed their mind). */
export async function upsertEvaluation(trx: Tx, row: Insertable<CompanionEvaluationTable>): Promise<void> {
  await trx
    .insertInto('companion_evaluation')
    .values(row)
    .onConflict((oc) => oc.columns(['tenant_id', 'request_id', 'by_side']).doUpdateSet({ smiley: row.smiley, comment: row.comment ?? null, given_by: row.given_by ?? null, given_at: row.given_at }))
    .execute();
}

export async function findOfferPlace(trx: Tx, tenantId: string, offerId: string) {
  return trx
    .selectFrom('offer as o')
    .leftJoin('offer_location as ol', (join) => join.onRef('ol.tenant_id', '=', 'o.tenant_id').onRef('ol.offer_id', '=', 'o.offer_id'))
    .leftJoin('location as l', (join) => join.onRef('l.tenant_id', '=', 'ol.tenant_id').onRef('l.location_id', '=', 'ol.location_id'))
    .select(['o.offer_id', 'o.name', 'l.latitude', 'l.longitude'])
    .where('o.tenant_id', '=', tenantId)
    .where('o.offer_id', '=', offerId)
    .orderBy('l.latitude', (ob) => ob.asc().nullsLast())
    .executeTakeFirst();
}

export async function findEventPlace(trx: Tx, tenantId: string, eventId: string) {
  return trx
    .selectFrom('offer_event as e')
    .leftJoin('location as l', (join) => join.onRef('l.tenant_id', '=', 'e.tenant_id').onRef('l.location_id', '=', 'e.location_id'))
    .select(['e.event_id', 'e.offer_id', 'l.latitude', 'l.longitude'])
    .where('e.tenant_id', '=', tenantId)
    .where('e.event_id', '=', eventId)
    .executeTakeFirst();
}

/** The citizen record of a logged-in citizen. */
export async function findOwnCitizenId(trx: Tx, tenantId: string, userId: string): Promise<string | undefined> {
  const row = await trx.selectFrom('citizen').select('citizen_id').where('tenant_id', '=', tenantId).where('user_id', '=', userId).executeTakeFirst();
  return row?.citizen_id;
}
