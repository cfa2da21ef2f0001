import type { Transaction } from 'kysely';
import { z } from 'zod';
import { referralStates } from '../../domain/referral-state.js';
import type { Database } from '../../platform/db/schema.js';
import type { OutboxMessage } from '../../platform/outbox/worker.js';
import { insertNotices, type NewNotice } from '../notifications/notification-repository.js';

/** The outbox topic of every change of a referral, its sending included. */
export const REFERRAL_CHANGED = 'referral.changed';

const payloadSchema = z.object({
  referralId: z.uuid(),
  fromState: z.enum(referralStates).nullable(),
  toState: z.enum(referralStates),
  actorUserId: z.uuid(),
});

/**
 * Closes the loop: after a referral changed, the citizen (when they have a login) and the sender get an in-app
 * notice — not whoever made the change. Runs in the outbox worker's transaction on the owner connection, so every
 * query names the tenant; idempotent on the message id (notification-repository.ts).
 */
export async function deliverReferralNotices(message: OutboxMessage, trx: Transaction<Database>): Promise<void> {
  const payload = payloadSchema.parse(message.payload);
  const row = await trx
    .selectFrom('referral as r')
    .innerJoin('citizen as c', (join) => join.onRef('c.tenant_id', '=', 'r.tenant_id').onRef('c.citizen_id', '=', 'r.citizen_id'))
    .innerJoin('offer as o', (join) => join.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.offer_id', '=', 'r.offer_id'))
    .leftJoin('org_unit as ru', (join) => join.onRef('ru.tenant_id', '=', 'r.tenant_id').onRef('ru.unit_id', '=', 'r.receiving_unit_id'))
    .select(['r.kind', 'r.sender_user_id', 'c.user_id as citizen_user_id', 'o.name as offer_name', 'ru.name as receiving_unit_name'])
    .where('r.tenant_id', '=', message.tenantId)
    .where('r.referral_id', '=', payload.referralId)
    .executeTakeFirst();
  // The citizen's record (and with it the referral) may have been deleted since; then there is no one to tell.
  if (!row) return;
  const names = { offer: row.offer_name, receiver: row.receiving_unit_name ?? row.offer_name };
  const notices: NewNotice[] = [];
  if (row.citizen_user_id && row.citizen_user_id !== payload.actorUserId) {
    notices.push({ userId: row.citizen_user_id, kind: 'referral.citizen', payload: { referralId: payload.referralId, state: payload.toState, referralKind: row.kind, ...names }, link: '/mine-henvisninger' });
  }
  if (row.kind === 'worker' && row.sender_user_id !== payload.actorUserId) {
    notices.push({ userId: row.sender_user_id, kind: 'referral.sender', payload: { referralId: payload.referralId, state: payload.toState, ...names }, link: `/henvisninger/${payload.referralId}` });
  }
  await insertNotices(trx, message.tenantId, message.messageId, notices, new Date());
}
