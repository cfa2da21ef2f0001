import type { CalendarFeedStatus } from '../../contracts/events.js';
import { authorizeCitizen } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import { findCalendarFeedOf } from './event-repository.js';
import { ownCitizenOrNotFound } from './own-citizen.js';
import { FEED_RESOURCE } from './renew-calendar-feed.js';

/** Whether the citizen has a calendar address, and since when (the address itself cannot be shown again). */
export async function getCalendarFeedStatus(ctx: Ctx): Promise<CalendarFeedStatus> {
  const citizenId = await ownCitizenOrNotFound(ctx, FEED_RESOURCE);
  await authorizeCitizen(ctx, { citizenId, action: 'event.signup', purpose: 'self-service', resourceType: FEED_RESOURCE, details: { operation: 'read' } });
  const feed = await findCalendarFeedOf(ctx.trx, ctx.tenantId, citizenId);
  return { active: feed !== undefined, createdAt: feed ? feed.created_at.toISOString() : null };
}
