import { authorizeCitizen } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { cancelSignup as cancelSignupRow } from './event-repository.js';
import { SIGNUP_PURPOSE } from './sign-up-for-event.js';

/** Takes back a sign-up (the citizen themself or a worker on their team); the place is free again. */
export async function cancelSignup(ctx: Ctx, eventId: string, citizenId: string): Promise<void> {
  await authorizeCitizen(ctx, { citizenId, action: 'event.signup', purpose: SIGNUP_PURPOSE, resourceType: 'event-signup', resourceId: eventId, details: { operation: 'cancel' } });
  if (!(await cancelSignupRow(ctx.trx, { tenantId: ctx.tenantId, eventId, citizenId }, ctx.now))) throw new AppError('not_found');
}
