import type { Tx } from '../../platform/db/tenant-transaction.js';

/** SQL for consents. The table is its own history: rows are inserted, and later only their withdrawal is recorded. */

export async function consentRows(trx: Tx, tenantId: string, citizenId: string) {
  return trx
    .selectFrom('consent as c')
    .leftJoin('app_user as gb', (join) => join.onRef('gb.tenant_id', '=', 'c.tenant_id').onRef('gb.user_id', '=', 'c.granted_by'))
    .leftJoin('app_user as wb', (join) => join.onRef('wb.tenant_id', '=', 'c.tenant_id').onRef('wb.user_id', '=', 'c.withdrawn_by'))
    .select(['c.consent_id', 'c.grantee_kind', 'c.grantee_id', 'c.part', 'c.level', 'c.granted_at', 'c.withdrawn_at', 'gb.display_name as granted_by_name', 'wb.display_name as withdrawn_by_name'])
    .where('c.tenant_id', '=', tenantId)
    .where('c.citizen_id', '=', citizenId)
    .orderBy('c.granted_at', 'desc')
    .orderBy('c.consent_id', 'desc')
    .execute();
}
export type ConsentRow = Awaited<ReturnType<typeof consentRows>>[number];

/** Names of the grantees: network members of this citizen (also removed ones, for the history), staff users and units. */
export async function granteeNames(trx: Tx, tenantId: string, citizenId: string, staffIds: string[], unitIds: string[]) {
  const members = await trx
    .selectFrom('network_member')
    .select(['member_id', 'name', 'relation', 'removed_at'])
    .where('tenant_id', '=', tenantId)
    .where('citizen_id', '=', citizenId)
    .orderBy('created_at')
    .execute();
  const staff = staffIds.length
    ? await trx.selectFrom('app_user').select(['user_id', 'display_name', 'title', 'kind', 'active']).where('tenant_id', '=', tenantId).where('user_id', 'in', staffIds).execute()
    : [];
  const units = unitIds.length ? await trx.selectFrom('org_unit').select(['unit_id', 'name', 'active']).where('tenant_id', '=', tenantId).where('unit_id', 'in', unitIds).execute() : [];
  return { members, staff, units };
}
