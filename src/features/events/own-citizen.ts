import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { ownCitizenId } from './event-repository.js';

/** The logged-in person's own citizen record; anyone without one (staff, relatives) gets a 404, audited. */
export async function ownCitizenOrNotFound(ctx: Ctx, resourceType: string): Promise<string> {
  const citizenId = await ownCitizenId(ctx.trx, ctx.tenantId, ctx.actor.userId);
  if (citizenId) return citizenId;
  await authorize(ctx, { action: 'event.signup', resourceType, purpose: 'self-service' });
  throw new AppError('not_found');
}
