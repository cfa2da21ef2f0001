import type { Referral } from '../../contracts/referrals.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import type { ReferralSide } from '../../domain/referral-state.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { presentReferral } from './present-referral.js';
import { authorizeReferral } from './referral-access.js';
import { activeReferralConsentParts, findReferral, listReferralEvents, type ReferralRow } from './referral-repository.js';

/** One referral with its history: for the sender (on the team), the receiving unit's staff and the citizen. */
export async function getReferral(ctx: Ctx, referralId: string): Promise<Referral> {
  const row = await findReferral(ctx.trx, ctx.tenantId, referralId);
  if (!row) throw new AppError('not_found');
  const { sides } = await authorizeReferral(ctx, row, 'read');
  return referralView(ctx, row, sides);
}

/** The referral as stored now, for a reader already let through the gate. */
export async function referralView(ctx: Ctx, row: ReferralRow, sides: ReadonlySet<ReferralSide>): Promise<Referral> {
  const events = await listReferralEvents(ctx.trx, ctx.tenantId, row.referral_id);
  const sharedNow = await activeReferralConsentParts(ctx.trx, ctx.tenantId, row.citizen_id, row.referral_id);
  return presentReferral(row, events, sharedNow, sides, copenhagenToday(ctx.now));
}
