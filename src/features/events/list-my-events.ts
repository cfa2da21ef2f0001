import type { MyEvents } from '../../contracts/events.js';
import { authorizeCitizen } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import { listSignedUpEvents } from './event-repository.js';
import { ownCitizenOrNotFound } from './own-citizen.js';
import { presentEvent } from './present-event.js';

/** The logged-in citizen's sign-ups for events that have not ended, earliest first; cancelled events are marked. */
export async function listMyEvents(ctx: Ctx): Promise<MyEvents> {
  const citizenId = await ownCitizenOrNotFound(ctx, 'event-signup');
  await authorizeCitizen(ctx, { citizenId, action: 'event.signup', purpose: 'self-service', resourceType: 'event-signup', details: { operation: 'list' } });
  const rows = await listSignedUpEvents(ctx.trx, ctx.tenantId, citizenId, ctx.now);
  return { items: rows.map((row) => ({ ...presentEvent(row), signedUpAt: row.my_signed_up_at.toISOString() })) };
}
