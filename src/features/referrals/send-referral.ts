import type { Referral, SendReferralBody } from '../../contracts/referrals.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { addDanishWorkingDays } from '../../domain/working-days.js';
import { authorizeCitizen } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { enqueue } from '../../platform/outbox/enqueue.js';
import { REFERRAL_CHANGED } from './deliver-referral-notices.js';
import { referralView } from './get-referral.js';
import { REFERRAL_PURPOSE, sidesOf } from './referral-access.js';
import { referralFieldError } from './referral-messages.js';
import { findOfferToRefer, findOpenReferral, findReferral, insertReferral, insertReferralConsents, insertReferralEvents } from './referral-repository.js';

export interface SendOptions {
  /** Working days the receiver has to answer (config.referralAnswerWorkingDays). */
  answerWorkingDays: number;
}

/**
 * A worker on the citizen's team refers the citizen to a published offer, or the citizen applies themself to a
 * self-referral offer. The offer's owner unit receives it and has `answerWorkingDays` Danish working days to answer.
 * The parts of the plan the citizen agreed to share become consents for the receiving unit, naming the referral;
 * a worker records that the citizen agreed (`citizenConsented`). The history's first step and an outbox message
 * (notices to the citizen and the sender) are written in the same transaction.
 */
export async function sendReferral(ctx: Ctx, input: SendReferralBody, options: SendOptions): Promise<Referral> {
  const referralId = newId();
  const access = await authorizeCitizen(ctx, {
    citizenId: input.citizenId,
    action: 'referral.send',
    purpose: REFERRAL_PURPOSE,
    resourceType: 'referral',
    resourceId: referralId,
    details: { operation: 'create', offerId: input.offerId, sharedParts: input.sharedParts },
  });
  // Self or team: the gate refuses anyone else. The citizen applies; staff on the team refer.
  const kind = access.relation === 'self' ? 'self' : 'worker';

  const offer = await findOfferToRefer(ctx.trx, ctx.tenantId, input.offerId);
  if (!offer) throw referralFieldError('validation_failed', ctx.language, 'offerId', 'offer.unknown');
  if (offer.lifecycle !== 'published') throw referralFieldError('validation_failed', ctx.language, 'offerId', 'offer.not_published');
  if (kind === 'self' && !offer.self_referral) throw referralFieldError('validation_failed', ctx.language, 'offerId', 'offer.not_self_referral');
  if (!offer.owner_unit_id) throw referralFieldError('validation_failed', ctx.language, 'offerId', 'offer.no_receiver');
  if (new Set(input.sharedParts).size !== input.sharedParts.length) throw referralFieldError('validation_failed', ctx.language, 'sharedParts', 'parts.duplicate');
  if (input.sharedParts.length > 0 && input.citizenConsented !== true) throw referralFieldError('validation_failed', ctx.language, 'citizenConsented', 'consent.required');
  if (await findOpenReferral(ctx.trx, ctx.tenantId, input.citizenId, offer.offer_id)) throw referralFieldError('validation_failed', ctx.language, 'offerId', 'offer.already_referred');

  await insertReferral(ctx.trx, {
    tenant_id: ctx.tenantId,
    referral_id: referralId,
    citizen_id: input.citizenId,
    offer_id: offer.offer_id,
    receiving_unit_id: offer.owner_unit_id,
    kind,
    sender_user_id: ctx.actor.userId,
    sender_unit_id: kind === 'worker' ? ctx.actor.orgUnitId : null,
    state: 'sent',
    reason: null,
    message: input.message,
    shared_parts: input.sharedParts,
    sent_at: ctx.now,
    answered_at: null,
    answer_due_on: addDanishWorkingDays(copenhagenToday(ctx.now), options.answerWorkingDays),
    created_at: ctx.now,
    updated_at: ctx.now,
  });
  await insertReferralEvents(ctx.trx, ctx.tenantId, referralId, [{ from: null, to: 'sent', reason: null }], ctx.actor.userId, ctx.now);
  await insertReferralConsents(ctx.trx, { tenantId: ctx.tenantId, citizenId: input.citizenId, referralId, unitId: offer.owner_unit_id, parts: input.sharedParts, grantedBy: ctx.actor.userId, at: ctx.now });
  await enqueue(ctx, REFERRAL_CHANGED, { referralId, fromState: null, toState: 'sent', actorUserId: ctx.actor.userId });

  const row = await findReferral(ctx.trx, ctx.tenantId, referralId);
  if (!row) throw new AppError('internal');
  return referralView(ctx, row, sidesOf(ctx, { ...access, referralReceiver: false }, row.sender_user_id));
}
