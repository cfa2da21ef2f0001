import type { Tx } from '../../platform/db/tenant-transaction.js';
import { newId } from '../../platform/ids.js';

/** The SQL of in-app notices (migration 0007). Every query names the tenant. */

export interface NewNotice {
  userId: string;
  kind: string;
  payload: Record<string, unknown>;
  link: string | null;
}

/**
 * Writes the notices of one outbox message. The outbox delivers at least once, so a notice already written for
 * the same message and user is skipped.
 */
export async function insertNotices(trx: Tx, tenantId: string, sourceMessageId: string, notices: readonly NewNotice[], at: Date): Promise<void> {
  if (notices.length === 0) return;
  await trx
    .insertInto('notification')
    .values(
      notices.map((n) => ({
        tenant_id: tenantId,
        notification_id: newId(),
        user_id: n.userId,
        kind: n.kind,
        payload: JSON.stringify(n.payload),
        link: n.link,
        created_at: at,
        read_at: null,
        source_message_id: sourceMessageId,
      })),
    )
    .onConflict((oc) => oc.columns(['tenant_id', 'source_message_id', 'user_id']).doNothing())
    .execute();
}

export async function listNoticesOf(trx: Tx, tenantId: string, userId: string, limit: number) {
  return trx
    .selectFrom('notification')
    .select(['notification_id', 'kind', 'payload', 'link', 'created_at', 'read_at'])
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('notification_id', 'desc')
    .limit(limit)
    .execute();
}

export async function markNoticesRead(trx: Tx, tenantId: string, userId: string, at: Date): Promise<void> {
  await trx.updateTable('notification').set({ read_at: at }).where('tenant_id', '=', tenantId).where('user_id', '=', userId).where('read_at', 'is', null).execute();
}
