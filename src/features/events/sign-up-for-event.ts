import type { Signup } from '../../contracts/events.js';
import { authorizeCitizen } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { eventFieldError } from './event-messages.js';
import { countActiveSignups, findPublicEvent, findSignup, lockEvent, ownCitizenId, upsertSignup } from './event-repository.js';

export const SIGNUP_PURPOSE = 'event-signup';

/** Whom a sign-up is for: the given citizen, or the logged-in citizen themself. */
export async function signupCitizen(ctx: Ctx, citizenId: string | undefined): Promise<string> {
  const whom = citizenId ?? (await ownCitizenId(ctx.trx, ctx.tenantId, ctx.actor.userId));
  if (!whom) throw eventFieldError(ctx.language, 'citizenId', 'signup.whom');
  return whom;
}

/**
 * Signs a citizen up for a public event: the citizen themself, or a worker on the citizen's team (a sign-up is the
 * citizen's data, so `authorizeCitizen` decides and audits; anyone else gets 404). The event's row is locked while
 * the places are counted, so two people never get the last place. Signing up twice is the same sign-up.
 */
export async function signUpForEvent(ctx: Ctx, eventId: string, input: { citizenId?: string | undefined }): Promise<{ signup: Signup; created: boolean }> {
  const citizenId = await signupCitizen(ctx, input.citizenId);
  await authorizeCitizen(ctx, { citizenId, action: 'event.signup', purpose: SIGNUP_PURPOSE, resourceType: 'event-signup', resourceId: eventId, details: { operation: 'sign-up' } });
  const event = await findPublicEvent(ctx.trx, ctx.tenantId, eventId);
  if (!event) throw new AppError('not_found');
  await lockEvent(ctx.trx, ctx.tenantId, eventId);
  if (event.status === 'cancelled') throw new AppError('conflict', 'event.cancelled');
  if (event.starts_at.getTime() <= ctx.now.getTime()) throw new AppError('conflict', 'event.over');
  const existing = await findSignup(ctx.trx, ctx.tenantId, eventId, citizenId);
  if (existing && existing.cancelled_at === null) return { signup: present(existing), created: false };
  if (event.capacity !== null && (await countActiveSignups(ctx.trx, ctx.tenantId, eventId)) >= event.capacity) throw new AppError('conflict', 'event.full');
  const row = await upsertSignup(ctx.trx, { tenantId: ctx.tenantId, eventId, citizenId, by: ctx.actor.userId, now: ctx.now });
  return { signup: present(row), created: true };
}

function present(row: { event_id: string; citizen_id: string; signed_up_at: Date }): Signup {
  return { eventId: row.event_id, citizenId: row.citizen_id, signedUpAt: row.signed_up_at.toISOString() };
}
