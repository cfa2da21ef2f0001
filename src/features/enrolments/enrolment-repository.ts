import type { Insertable } from 'kysely';
import type { EnrolmentTable } from '../../platform/db/schema-steering.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';

/** SQL for enrolments; every statement runs in the request's tenant transaction (row-level security). */

const columns = ['e.enrolment_id', 'e.citizen_id', 'e.offer_id', 'e.offer_name', 'e.offer_type', 'e.legal_basis', 'e.unit_id', 'u.name as unit_name', 'e.source', 'e.referral_id', 'e.started_on', 'e.ended_on', 'e.created_at'] as const;

function selectEnrolments(trx: Tx, tenantId: string) {
  return trx
    .selectFrom('enrolment as e')
    .leftJoin('org_unit as u', (join) => join.onRef('u.tenant_id', '=', 'e.tenant_id').onRef('u.unit_id', '=', 'e.unit_id'))
    .select(columns)
    .where('e.tenant_id', '=', tenantId);
}

export type EnrolmentRow = Awaited<ReturnType<typeof findEnrolment>> & {};

export async function findEnrolment(trx: Tx, tenantId: string, enrolmentId: string) {
  return selectEnrolments(trx, tenantId).where('e.enrolment_id', '=', enrolmentId).executeTakeFirst();
}

export async function listEnrolmentsOfCitizen(trx: Tx, tenantId: string, citizenId: string) {
  return selectEnrolments(trx, tenantId).where('e.citizen_id', '=', citizenId).orderBy('e.started_on', 'desc').orderBy('e.enrolment_id', 'desc').execute();
}

export async function insertEnrolment(trx: Tx, row: Insertable<EnrolmentTable>): Promise<void> {
  await trx.insertInto('enrolment').values(row).execute();
}

export async function setEnrolmentEnd(trx: Tx, tenantId: string, enrolmentId: string, endedOn: string): Promise<void> {
  await trx.updateTable('enrolment').set({ ended_on: endedOn }).where('tenant_id', '=', tenantId).where('enrolment_id', '=', enrolmentId).execute();
}

/** The catalogue offer an enrolment copies (any lifecycle: a draft can have its first citizens, an archived one its last). */
export async function findOfferForEnrolment(trx: Tx, tenantId: string, offerId: string) {
  return trx.selectFrom('offer').select(['offer_id', 'name', 'offer_type', 'legal_basis', 'owner_unit_id']).where('tenant_id', '=', tenantId).where('offer_id', '=', offerId).executeTakeFirst();
}

export async function unitExists(trx: Tx, tenantId: string, unitId: string): Promise<boolean> {
  return (await trx.selectFrom('org_unit').select('unit_id').where('tenant_id', '=', tenantId).where('unit_id', '=', unitId).executeTakeFirst()) !== undefined;
}

export async function referralOfCitizen(trx: Tx, tenantId: string, citizenId: string, referralId: string): Promise<boolean> {
  return (await trx.selectFrom('referral').select('referral_id').where('tenant_id', '=', tenantId).where('citizen_id', '=', citizenId).where('referral_id', '=', referralId).executeTakeFirst()) !== undefined;
}

/** The open enrolment a referral started, if any. */
export async function openEnrolmentOfReferral(trx: Tx, tenantId: string, referralId: string) {
  return trx.selectFrom('enrolment').select(['enrolment_id', 'started_on']).where('tenant_id', '=', tenantId).where('referral_id', '=', referralId).where('ended_on', 'is', null).executeTakeFirst();
}
