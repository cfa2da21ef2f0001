import type { Enrolment, StartEnrolmentBody } from '../../contracts/enrolments.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { authorizeEnrolments } from './enrolment-access.js';
import { enrolmentFieldError } from './enrolment-messages.js';
import { findEnrolment, findOfferForEnrolment, insertEnrolment, referralOfCitizen, unitExists } from './enrolment-repository.js';
import { presentEnrolment } from './present-enrolment.js';

/**
 * A staff member on the citizen's team records that the citizen has begun in an offer: a catalogue offer (its name,
 * offer type, legal basis and unit are copied as they are today) or a named one. Audited with the access.
 */
export async function startEnrolment(ctx: Ctx, citizenId: string, input: StartEnrolmentBody): Promise<Enrolment> {
  const enrolmentId = newId();
  await authorizeEnrolments(ctx, { citizenId, operation: 'start', enrolmentId, details: { offerId: input.offerId ?? null, source: input.source ?? 'direct' } });
  const today = copenhagenToday(ctx.now);
  if (input.startedOn > today) throw enrolmentFieldError('validation_failed', ctx.language, 'startedOn', 'started.in_future');
  const offer = input.offerId ? await findOfferForEnrolment(ctx.trx, ctx.tenantId, input.offerId) : null;
  if (input.offerId && !offer) throw enrolmentFieldError('validation_failed', ctx.language, 'offerId', 'offer.unknown');
  const offerName = input.offerName ?? offer?.name;
  if (!offerName) throw enrolmentFieldError('validation_failed', ctx.language, 'offerName', 'name.required');
  const unitId = input.unitId !== undefined ? input.unitId : (offer?.owner_unit_id ?? null);
  if (input.unitId && !(await unitExists(ctx.trx, ctx.tenantId, input.unitId))) throw enrolmentFieldError('validation_failed', ctx.language, 'unitId', 'unit.unknown');
  if (input.referralId && !(await referralOfCitizen(ctx.trx, ctx.tenantId, citizenId, input.referralId))) throw enrolmentFieldError('validation_failed', ctx.language, 'referralId', 'referral.unknown');
  await insertEnrolment(ctx.trx, {
    tenant_id: ctx.tenantId,
    enrolment_id: enrolmentId,
    citizen_id: citizenId,
    offer_id: offer?.offer_id ?? null,
    offer_name: offerName,
    offer_type: input.offerType !== undefined ? input.offerType : (offer?.offer_type ?? null),
    legal_basis: input.legalBasis !== undefined ? input.legalBasis : (offer?.legal_basis ?? null),
    unit_id: unitId,
    source: input.source ?? (input.referralId ? 'referral' : 'direct'),
    referral_id: input.referralId ?? null,
    started_on: input.startedOn,
    ended_on: null,
    created_at: ctx.now,
  });
  const saved = await findEnrolment(ctx.trx, ctx.tenantId, enrolmentId);
  if (!saved) throw new AppError('internal');
  return presentEnrolment(saved);
}
