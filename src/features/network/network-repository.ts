import type { NetworkMember } from '../../contracts/network.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';

/** SQL for the citizen's network. Removed members stay as rows (their consents' history refers to them). */

export async function listNetworkRows(trx: Tx, tenantId: string, citizenId: string) {
  return trx
    .selectFrom('network_member')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('citizen_id', '=', citizenId)
    .where('removed_at', 'is', null)
    .orderBy('created_at')
    .execute();
}
export type NetworkRow = Awaited<ReturnType<typeof listNetworkRows>>[number];

export async function findNetworkRow(trx: Tx, tenantId: string, citizenId: string, memberId: string) {
  return trx
    .selectFrom('network_member')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('citizen_id', '=', citizenId)
    .where('member_id', '=', memberId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

export function presentMember(row: NetworkRow, now: Date): NetworkMember {
  return {
    id: row.member_id,
    name: row.name,
    relation: row.relation,
    isRelative: row.is_relative,
    phone: row.phone,
    email: row.email,
    hasLogin: row.user_id !== null,
    invitationPending: row.invitation_code_hash !== null && row.invitation_expires_at !== null && row.invitation_expires_at.getTime() > now.getTime(),
    version: row.version,
  };
}
