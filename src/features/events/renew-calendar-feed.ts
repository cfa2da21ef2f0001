import type { CalendarFeed } from '../../contracts/events.js';
import { authorizeCitizen } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import { formatSessionToken, hashSecret, newSessionToken } from '../../platform/identity/session-token.js';
import { replaceCalendarFeed } from './event-repository.js';
import { ownCitizenOrNotFound } from './own-citizen.js';

export const FEED_RESOURCE = 'calendar-feed';

/**
 * Makes the citizen's secret calendar address, or a new one (the old one stops working at once). The token has the
 * shape of a session cookie, `<municipality id>.<256-bit secret>`, and as for sessions only the secret's SHA-256 is
 * stored, so the address cannot be read back, only renewed.
 */
export async function renewCalendarFeed(ctx: Ctx, publicUrl: string): Promise<CalendarFeed> {
  const citizenId = await ownCitizenOrNotFound(ctx, FEED_RESOURCE);
  await authorizeCitizen(ctx, { citizenId, action: 'event.signup', purpose: 'self-service', resourceType: FEED_RESOURCE, details: { operation: 'renew' } });
  const token = newSessionToken(ctx.tenantId);
  await replaceCalendarFeed(ctx.trx, { tenantId: ctx.tenantId, citizenId, tokenHash: hashSecret(token.secret), now: ctx.now });
  return { url: calendarFeedUrl(publicUrl, formatSessionToken(token)), createdAt: ctx.now.toISOString() };
}

export function calendarFeedUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/$/, '')}/api/v1/calendar/${token}.ics`;
}
