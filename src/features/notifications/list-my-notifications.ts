import type { NotificationList } from '../../contracts/referrals.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { noticeText } from './notice-text.js';
import { listNoticesOf, markNoticesRead } from './notification-repository.js';

const SHOWN = 50;

/**
 * The logged-in user's own notices, newest first. They name an offer and a unit but no other person (a sender's
 * notice does not say which citizen), so reading them is not an access to anyone's data beyond one's own.
 */
export async function listMyNotifications(ctx: Ctx): Promise<NotificationList> {
  await authorize(ctx, { action: 'profile.read', resourceType: 'notification', purpose: 'self-service' });
  const rows = await listNoticesOf(ctx.trx, ctx.tenantId, ctx.actor.userId, SHOWN);
  return {
    items: rows.map((r) => ({
      id: r.notification_id,
      text: noticeText(r.kind, r.payload as Record<string, unknown>, ctx.language),
      link: r.link,
      createdAt: r.created_at.toISOString(),
      read: r.read_at !== null,
    })),
  };
}

/** Marks every unread notice of the user as read. */
export async function markMyNotificationsRead(ctx: Ctx): Promise<void> {
  await authorize(ctx, { action: 'profile.update', resourceType: 'notification', purpose: 'self-service', details: { operation: 'mark-read' } });
  await markNoticesRead(ctx.trx, ctx.tenantId, ctx.actor.userId, ctx.now);
}
