import type { PublicCtx } from '../../http/run-public.js';
import { eventsCalendar } from '../../interop/ical/offer-calendar.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { AppError } from '../../platform/errors.js';
import { hashSecret } from '../../platform/identity/session-token.js';
import { calendarTexts } from './calendar-texts.js';
import { findCalendarFeedByHash, listSignedUpEvents } from './event-repository.js';
import { calendarEvent } from './offers-calendar.js';
import { FEED_RESOURCE } from './renew-calendar-feed.js';

/** Who reads a feed: no logged-in person, but the calendar app holding the citizen's secret address. */
export const CALENDAR_FEED_AGENT = 'calendar-feed';
/** Events that ended this long ago stay in the feed, so a calendar keeps last week's activities. */
const KEEP_PAST_DAYS = 30;

/**
 * The citizen's own calendar, fetched by a calendar app with the secret address (no login: a calendar app cannot
 * log in). The address is the credential: an unknown one is a plain 404. Every fetch is an access to the citizen's
 * data and is audited with no actor user and the agent "calendar-feed", so it shows in "Hvem har set mine
 * oplysninger?".
 */
export async function readCitizenCalendar(ctx: PublicCtx, secret: string, publicUrl: string): Promise<string> {
  const feed = await findCalendarFeedByHash(ctx.trx, ctx.tenantId, hashSecret(secret));
  if (!feed) throw new AppError('not_found');
  await recordAudit(
    { trx: ctx.trx, tenantId: ctx.tenantId, requestId: ctx.requestId, now: ctx.now, actor: { userId: null, roles: [CALENDAR_FEED_AGENT], orgUnitId: null } },
    { action: 'calendar-feed.read', resourceType: FEED_RESOURCE, citizenId: feed.citizen_id, resourceId: feed.citizen_id, purpose: CALENDAR_FEED_AGENT, outcome: 'allowed', bySubject: false },
  );
  const rows = await listSignedUpEvents(ctx.trx, ctx.tenantId, feed.citizen_id, new Date(ctx.now.getTime() - KEEP_PAST_DAYS * 86_400_000));
  const base = publicUrl.replace(/\/$/, '');
  const texts = calendarTexts(ctx.language);
  return eventsCalendar({ name: texts.myName, description: texts.myDescription, events: rows.map((row) => calendarEvent(row, base)), now: ctx.now });
}
