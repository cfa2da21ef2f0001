import type { RegisterVisitBody, Visit } from '../../contracts/reception.js';
import { containsCprNumber, receptionNeeds } from '../../domain/reception-visit.js';
import { authorizeCitizen } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { presentVisit } from './present-visit.js';
import { authorizeCentre, receptionPurpose } from './reception-access.js';
import { receptionFieldError } from './reception-messages.js';
import { findVisit, insertVisit } from './reception-repository.js';

/**
 * "Ny henvendelse": a person walks in or is referred and joins the centre's queue. Either a known citizen the worker
 * may see (their team's, found by name or by a case officer's CPR search), or anonymous: a first name or nickname and
 * a short description, never a CPR number. An anonymous visit can be merged into a citizen record later.
 */
export async function registerVisit(ctx: Ctx, input: RegisterVisitBody): Promise<Visit> {
  if ((input.citizenId === undefined) === (input.anonymous === undefined)) throw receptionFieldError(ctx.language, 'anonymous', 'visit.who');
  const texts: [string, string | undefined][] = [
    ['anonymous.name', input.anonymous?.name],
    ['anonymous.description', input.anonymous?.description],
    ['note', input.note],
  ];
  for (const [path, text] of texts) if (text && containsCprNumber(text)) throw receptionFieldError(ctx.language, path, 'visit.no_cpr');

  const visitId = newId();
  const { centreId } = await authorizeCentre(ctx, input.centreId, 'register', visitId);
  if (input.citizenId) {
    // A visit is written into the citizen's data: only someone who may change the citizen's record may name them.
    await authorizeCitizen(ctx, { citizenId: input.citizenId, action: 'citizen.update', purpose: receptionPurpose, resourceType: 'reception-visit', resourceId: visitId, details: { operation: 'register', centreId } });
  }
  await insertVisit(ctx.trx, {
    tenantId: ctx.tenantId,
    visitId,
    centreId,
    citizenId: input.citizenId ?? null,
    anonymousLabel: input.anonymous?.name ?? null,
    anonymousDescription: input.anonymous?.description || null,
    arrival: input.arrival,
    // Each need once, in the order of the list.
    needs: receptionNeeds.filter((need) => input.needs.includes(need)),
    note: input.note || null,
    arrivedAt: ctx.now,
    registeredBy: ctx.actor.userId,
  });
  const row = await findVisit(ctx.trx, ctx.tenantId, visitId);
  return presentVisit(row!, ctx.now);
}
