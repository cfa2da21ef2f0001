import type { OfferDetail } from '../../contracts/offers.js';
import type { PublicCtx } from '../../http/run-public.js';
import { AppError } from '../../platform/errors.js';
import { findOffer } from './offer-repository.js';
import { presentOfferDetail } from './present-offer-detail.js';

/** A published offer's page: public. Drafts and archived offers are found only through the owners' pages. */
export async function getOffer(ctx: Pick<PublicCtx, 'trx' | 'tenantId' | 'now'>, offerId: string): Promise<OfferDetail> {
  const row = await findOffer(ctx.trx, ctx.tenantId, offerId);
  if (!row || row.lifecycle !== 'published') throw new AppError('not_found');
  return presentOfferDetail(row, ctx.now);
}
