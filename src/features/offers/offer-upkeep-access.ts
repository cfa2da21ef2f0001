import { isWithinUnit } from '../../domain/org-tree.js';
import { mayManageOffer } from '../../domain/offer-upkeep.js';
import { rolesAllow } from '../../domain/roles.js';
import { AccessDenied, authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { unitLinks } from './offer-repository.js';

export const CATALOGUE_PURPOSE = 'catalogue';

/**
 * The gate to an offer's upkeep: the role must allow it (audited by `authorize`), and the offer must be one the
 * actor keeps (domain/offer-upkeep.ts). Someone else's offer answers 403: offers are public, so there is nothing to hide.
 */
export async function authorizeOfferUpkeep(ctx: Ctx, request: { offerId: string | null; ownerUnitId: string | null; operation: string; exists?: boolean }): Promise<void> {
  const entry = { action: 'offer.manage' as const, resourceType: 'offer', resourceId: request.offerId, purpose: CATALOGUE_PURPOSE, details: { operation: request.operation } };
  await authorize(ctx, entry);
  if (request.exists === false) throw new AppError('not_found');
  const units = await unitLinks(ctx.trx, ctx.tenantId);
  if (!mayManageOffer(ctx.actor, units, request.ownerUnitId)) {
    throw new AccessDenied('forbidden', { ...entry, outcome: 'denied', details: { ...entry.details, reason: 'not-the-offers-owner' } });
  }
}

/** The units whose offers the actor keeps: their own and those below it; null for the administrator (all). */
export async function keptUnitIds(ctx: Ctx): Promise<string[] | null> {
  if (rolesAllow(ctx.actor.roles, 'catalogue.manage')) return null;
  const own = ctx.actor.orgUnitId;
  if (own === null) return [];
  const units = await unitLinks(ctx.trx, ctx.tenantId);
  return units.filter((u) => isWithinUnit(units, u.id, own)).map((u) => u.id);
}
