import { copenhagenToday } from '../../domain/copenhagen-time.js';
import type { ReferralState } from '../../domain/referral-state.js';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { findOfferForEnrolment, insertEnrolment, openEnrolmentOfReferral, setEnrolmentEnd } from './enrolment-repository.js';

/**
 * A referral's start and end are the enrolment's (called by the referral state change, in its transaction, after its
 * own access check): 'started' opens an enrolment in the referral's offer, copying the offer's type and legal basis as
 * they are that day; 'completed' or 'stopped' ends the open one that day. Nothing else about the referral changes it.
 */
export async function followReferralState(ctx: Ctx, referral: { referral_id: string; citizen_id: string; offer_id: string; receiving_unit_id: string | null }, to: ReferralState): Promise<void> {
  const today = copenhagenToday(ctx.now);
  if (to === 'started') {
    const offer = await findOfferForEnrolment(ctx.trx, ctx.tenantId, referral.offer_id);
    if (!offer) return;
    await insertEnrolment(ctx.trx, {
      tenant_id: ctx.tenantId,
      enrolment_id: newId(),
      citizen_id: referral.citizen_id,
      offer_id: offer.offer_id,
      offer_name: offer.name,
      offer_type: offer.offer_type,
      legal_basis: offer.legal_basis,
      unit_id: referral.receiving_unit_id ?? offer.owner_unit_id,
      source: 'referral',
      referral_id: referral.referral_id,
      started_on: today,
      ended_on: null,
      created_at: ctx.now,
    });
    return;
  }
  if (to === 'completed' || to === 'stopped') {
    const open = await openEnrolmentOfReferral(ctx.trx, ctx.tenantId, referral.referral_id);
    if (open) await setEnrolmentEnd(ctx.trx, ctx.tenantId, open.enrolment_id, open.started_on > today ? open.started_on : today);
  }
}
