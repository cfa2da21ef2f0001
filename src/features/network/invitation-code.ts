import { randomInt } from 'node:crypto';
import type { Tx } from '../../platform/db/tenant-transaction.js';
import { hashSecret } from '../../platform/identity/session-token.js';

/** Letters and digits that cannot be mistaken for each other when read aloud or typed (no 0/O, 1/I/L). */
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 16;
export const INVITATION_DAYS = 14;

/** A new code, 'XXXX-XXXX-XXXX-XXXX' (about 79 bits): typed by hand or followed as /invitation/{code}. */
export function newInvitationCode(): string {
  const chars = Array.from({ length: CODE_LENGTH }, () => alphabet[randomInt(alphabet.length)]!);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** Only the hash is stored; dashes, spaces and case do not matter when the person types the code. */
export function invitationCodeHash(code: string): string {
  return hashSecret(`invitation:${code.replace(/[\s-]/g, '').toUpperCase()}`);
}

/** The network member an unexpired, unused code belongs to, in the current municipality. */
export async function findInvitation(trx: Tx, tenantId: string, code: string, now: Date) {
  return trx
    .selectFrom('network_member as n')
    .innerJoin('citizen as c', (join) => join.onRef('c.tenant_id', '=', 'n.tenant_id').onRef('c.citizen_id', '=', 'n.citizen_id'))
    .select(['n.member_id', 'n.citizen_id', 'n.relation', 'n.name', 'n.user_id', 'c.first_name', 'c.user_id as citizen_user_id'])
    .where('n.tenant_id', '=', tenantId)
    .where('n.invitation_code_hash', '=', invitationCodeHash(code))
    .where('n.invitation_expires_at', '>', now)
    .where('n.removed_at', 'is', null)
    .executeTakeFirst();
}
export type InvitationRow = NonNullable<Awaited<ReturnType<typeof findInvitation>>>;

/** Makes the user the member's login: the code is used up, and the user gets the relative role if they lack it. */
export async function linkInvitation(trx: Tx, tenantId: string, invitation: InvitationRow, userId: string, now: Date): Promise<void> {
  await trx
    .updateTable('network_member')
    .set((eb) => ({ user_id: userId, invitation_code_hash: null, invitation_expires_at: null, updated_at: now, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', tenantId)
    .where('member_id', '=', invitation.member_id)
    .execute();
  await trx
    .insertInto('role_grant')
    .values({ tenant_id: tenantId, user_id: userId, role: 'relative', granted_by: null, granted_at: now })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
