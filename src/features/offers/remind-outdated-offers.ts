import type { Kysely, Transaction } from 'kysely';
import { CONFIRMATION_VALID_MONTHS } from '../../domain/offer-upkeep.js';
import { isWithinUnit } from '../../domain/org-tree.js';
import type { Database } from '../../platform/db/schema.js';
import { enqueue } from '../../platform/outbox/enqueue.js';
import type { OutboxMessage } from '../../platform/outbox/worker.js';
import { insertNotices } from '../notifications/notification-repository.js';

/** The outbox topic of "please confirm this offer is still right". */
export const OFFER_CONFIRM_REMINDER = 'offer.confirm-reminder';

/**
 * Finds the published offers nobody has confirmed for 12 months and not yet reminded about, and queues a reminder
 * to their owners. Runs in the hourly maintenance on the owner connection, across municipalities; marking the offer
 * and queueing the reminder commit together, so each confirmation period gives exactly one reminder (confirming or
 * saving the offer clears the mark).
 */
export async function remindOutdatedOffers(db: Kysely<Database>, now: Date): Promise<number> {
  const limit = new Date(now);
  limit.setUTCMonth(limit.getUTCMonth() - CONFIRMATION_VALID_MONTHS);
  return db.transaction().execute(async (trx) => {
    const due = await trx
      .updateTable('offer')
      .set({ owner_reminded_at: now })
      .where('lifecycle', '=', 'published')
      .where('owner_reminded_at', 'is', null)
      .where('owner_unit_id', 'is not', null)
      .where((eb) => eb.or([eb('confirmed_at', 'is', null), eb('confirmed_at', '<', limit)]))
      .returning(['tenant_id', 'offer_id'])
      .execute();
    for (const offer of due) await enqueue({ trx, tenantId: offer.tenant_id, now }, OFFER_CONFIRM_REMINDER, { offerId: offer.offer_id });
    return due.length;
  });
}

/**
 * Delivers a reminder as an in-app notice to the offer owners who keep the offer: those of its unit and of the
 * units above it (domain/offer-upkeep.ts). Runs in the outbox worker's transaction; idempotent on the message id.
 */
export async function deliverOfferReminder(message: OutboxMessage, trx: Transaction<Database>): Promise<void> {
  const offerId = String(message.payload.offerId ?? '');
  const offer = await trx.selectFrom('offer').select(['name', 'owner_unit_id', 'lifecycle']).where('tenant_id', '=', message.tenantId).where('offer_id', '=', offerId).executeTakeFirst();
  // Confirmed, archived or gone since the reminder was queued: nothing to remind about.
  if (!offer?.owner_unit_id || offer.lifecycle !== 'published') return;
  const units = (await trx.selectFrom('org_unit').select(['unit_id', 'parent_unit_id']).where('tenant_id', '=', message.tenantId).execute()).map((u) => ({ id: u.unit_id, parentId: u.parent_unit_id }));
  const owners = await trx
    .selectFrom('app_user as u')
    .innerJoin('role_grant as g', (join) => join.onRef('g.tenant_id', '=', 'u.tenant_id').onRef('g.user_id', '=', 'u.user_id'))
    .select(['u.user_id', 'u.org_unit_id'])
    .where('u.tenant_id', '=', message.tenantId)
    .where('g.role', '=', 'offer-owner')
    .where('u.active', '=', true)
    .execute();
  const keepers = owners.filter((o) => o.org_unit_id !== null && isWithinUnit(units, offer.owner_unit_id!, o.org_unit_id));
  await insertNotices(trx, message.tenantId, message.messageId, keepers.map((k) => ({ userId: k.user_id, kind: 'offer.confirm', payload: { offer: offer.name }, link: `/mine-tilbud/${offerId}` })), new Date());
}
