import type { EndEnrolmentBody, Enrolment } from '../../contracts/enrolments.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { AccessDenied } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { ENROLMENT_PURPOSE, authorizeEnrolments } from './enrolment-access.js';
import { enrolmentFieldError } from './enrolment-messages.js';
import { findEnrolment, setEnrolmentEnd } from './enrolment-repository.js';
import { presentEnrolment } from './present-enrolment.js';

/**
 * Ends an enrolment on its last day. An unknown enrolment answers 404 like one of a citizen the actor has no relation
 * to; ending one twice is a 409 that names the end already recorded.
 */
export async function endEnrolment(ctx: Ctx, enrolmentId: string, input: EndEnrolmentBody): Promise<Enrolment> {
  const row = await findEnrolment(ctx.trx, ctx.tenantId, enrolmentId);
  if (!row) {
    throw new AccessDenied('hide', { action: 'plan.write', resourceType: 'enrolment', resourceId: enrolmentId, citizenId: null, purpose: ENROLMENT_PURPOSE, outcome: 'denied', bySubject: false, details: { operation: 'end', reason: 'unknown-enrolment' } });
  }
  await authorizeEnrolments(ctx, { citizenId: row.citizen_id, operation: 'end', enrolmentId, details: { endedOn: input.endedOn } });
  if (row.ended_on !== null) throw enrolmentFieldError('conflict', ctx.language, 'endedOn', 'ended.already', { end: row.ended_on });
  if (input.endedOn > copenhagenToday(ctx.now)) throw enrolmentFieldError('validation_failed', ctx.language, 'endedOn', 'ended.in_future');
  if (input.endedOn < row.started_on) throw enrolmentFieldError('validation_failed', ctx.language, 'endedOn', 'ended.before_start', { start: row.started_on });
  await setEnrolmentEnd(ctx.trx, ctx.tenantId, enrolmentId, input.endedOn);
  const saved = await findEnrolment(ctx.trx, ctx.tenantId, enrolmentId);
  if (!saved) throw new AppError('internal');
  return presentEnrolment(saved);
}
