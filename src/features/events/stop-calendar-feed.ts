import { authorizeCitizen } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { deleteCalendarFeed } from './event-repository.js';
import { ownCitizenOrNotFound } from './own-citizen.js';
import { FEED_RESOURCE } from './renew-calendar-feed.js';

/** Switches the citizen's calendar address off; calendar apps get 404 from then on. */
export async function stopCalendarFeed(ctx: Ctx): Promise<void> {
  const citizenId = await ownCitizenOrNotFound(ctx, FEED_RESOURCE);
  await authorizeCitizen(ctx, { citizenId, action: 'event.signup', purpose: 'self-service', resourceType: FEED_RESOURCE, details: { operation: 'stop' } });
  if (!(await deleteCalendarFeed(ctx.trx, ctx.tenantId, citizenId))) throw new AppError('not_found');
}
