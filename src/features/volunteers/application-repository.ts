import type { Updateable } from 'kysely';
import type { VolunteerApplicationTable } from '../../platform/db/schema-volunteers.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';

/** The SQL of applications to become a volunteer. */

function applicationsWithNames(trx: Tx, tenantId: string) {
  return trx
    .selectFrom('volunteer_application as a')
    .leftJoin('volunteer_opportunity as o', (join) => join.onRef('o.tenant_id', '=', 'a.tenant_id').onRef('o.opportunity_id', '=', 'a.opportunity_id'))
    .leftJoin('app_user as d', (join) => join.onRef('d.tenant_id', '=', 'a.tenant_id').onRef('d.user_id', '=', 'a.decided_by'))
    .selectAll('a')
    .select(['o.title as opportunity_title', 'd.display_name as decided_by_name'])
    .where('a.tenant_id', '=', tenantId);
}

export type ApplicationRow = Awaited<ReturnType<ReturnType<typeof applicationsWithNames>['executeTakeFirstOrThrow']>>;

/** Waiting applications oldest first (the longest waiting on top); decided ones newest decision first. */
export async function listApplications(trx: Tx, tenantId: string, status: 'received' | 'approved' | 'declined'): Promise<ApplicationRow[]> {
  const query = applicationsWithNames(trx, tenantId).where('a.status', '=', status);
  return (status === 'received' ? query.orderBy('a.created_at', 'asc') : query.orderBy('a.decided_at', 'desc')).orderBy('a.application_id').limit(500).execute();
}

export async function findApplication(trx: Tx, tenantId: string, applicationId: string): Promise<ApplicationRow | undefined> {
  return applicationsWithNames(trx, tenantId).where('a.application_id', '=', applicationId).executeTakeFirst();
}

/** Holds the application until the transaction ends, so two coordinators cannot both decide it. */
export async function lockApplication(trx: Tx, tenantId: string, applicationId: string): Promise<void> {
  await trx.selectFrom('volunteer_application').select('application_id').where('tenant_id', '=', tenantId).where('application_id', '=', applicationId).forUpdate().execute();
}

export async function updateApplication(trx: Tx, tenantId: string, applicationId: string, changes: Updateable<VolunteerApplicationTable>): Promise<void> {
  await trx.updateTable('volunteer_application').set(changes).where('tenant_id', '=', tenantId).where('application_id', '=', applicationId).execute();
}

/** Whether an active user of the municipality already has this e-mail address (a login is linked by it). */
export async function emailInUse(trx: Tx, tenantId: string, email: string): Promise<boolean> {
  const row = await trx
    .selectFrom('app_user')
    .select('user_id')
    .where('tenant_id', '=', tenantId)
    .where('active', '=', true)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
