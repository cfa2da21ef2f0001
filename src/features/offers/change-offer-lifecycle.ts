import type { z } from 'zod';
import type { lifecycleBody, ManagedOffer } from '../../contracts/offers.js';
import { nextLifecycle } from '../../domain/offer-upkeep.js';
import type { Ctx } from '../../platform/context.js';
import { afterCommit } from '../../platform/db/tenant-transaction.js';
import { offerSearchAnswers } from './search-answer-cache.js';
import { AppError } from '../../platform/errors.js';
import { reloadManagedOffer } from './get-managed-offer.js';
import { findOffer } from './offer-repository.js';
import { authorizeOfferUpkeep } from './offer-upkeep-access.js';
import { updateOfferIfVersion } from './offer-upkeep-repository.js';

/** Publish, archive, take back to draft, or confirm that a published offer is still right. */
export async function changeOfferLifecycle(ctx: Ctx, offerId: string, input: z.infer<typeof lifecycleBody>): Promise<ManagedOffer> {
  const existing = await findOffer(ctx.trx, ctx.tenantId, offerId);
  await authorizeOfferUpkeep(ctx, { offerId, ownerUnitId: existing?.owner_unit_id ?? null, operation: input.action, exists: existing !== undefined });
  if (existing!.version !== input.version) throw new AppError('conflict', 'version.stale');
  const next = nextLifecycle(existing!.lifecycle, input.action);
  if (next === null) throw new AppError('conflict', 'offer.lifecycle_change');
  const saved = await updateOfferIfVersion(
    ctx.trx,
    { tenantId: ctx.tenantId, offerId, version: input.version },
    {
      lifecycle: next,
      confirmed_at: ctx.now,
      ...(next === 'published' && existing!.lifecycle !== 'published' && { published_at: ctx.now }),
      owner_reminded_at: null,
    },
    ctx.now,
  );
  if (!saved) throw new AppError('conflict', 'version.stale');
  afterCommit(ctx.trx, () => offerSearchAnswers.forget(ctx.tenantId));
  return reloadManagedOffer(ctx, offerId);
}
