import type { PutTransitionPlanBody, TransitionPlan } from '../../contracts/transition.js';
import { ageOn } from '../../domain/age.js';
import { authorizeCitizen } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';
import { AppError } from '../../platform/errors.js';
import { fieldError } from '../citizens/citizen-messages.js';
import { activeStaff, findCitizenRow } from '../citizens/citizen-repository.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';

async function loadPlan(trx: Tx, tenantId: string, citizenId: string): Promise<TransitionPlan | null> {
  const row = await trx
    .selectFrom('transition_plan as p')
    .leftJoin('app_user as u', (join) => join.onRef('u.tenant_id', '=', 'p.tenant_id').onRef('u.user_id', '=', 'p.responsible_user_id'))
    .select(['p.started_on', 'p.responsible_user_id', 'u.display_name', 'p.parents_involved', 'p.adult_services_contact', 'p.notes', 'p.version'])
    .where('p.tenant_id', '=', tenantId)
    .where('p.citizen_id', '=', citizenId)
    .executeTakeFirst();
  if (!row) return null;
  return { startedOn: row.started_on, responsibleUserId: row.responsible_user_id, responsibleName: row.display_name, parentsInvolved: row.parents_involved, adultServicesContact: row.adult_services_contact, notes: row.notes, version: row.version };
}

/** The transition plan: the team and the young person. 404 when there is none yet (the team starts one with PUT). */
export async function getTransitionPlan(ctx: Ctx, citizenId: string): Promise<TransitionPlan> {
  await authorizeCitizen(ctx, { citizenId, action: 'citizen.read', purpose: ctx.actor.kind === 'staff' ? 'transition' : 'self-service', resourceType: 'transition-plan' });
  const plan = await loadPlan(ctx.trx, ctx.tenantId, citizenId);
  if (!plan) throw new AppError('not_found');
  return plan;
}

/**
 * Starts (no version) or changes (with the version read) the transition plan: the team. A new plan is only for
 * a young person aged 16 or 17; an existing one stays editable after the 18th birthday, while adult services take over.
 */
export async function putTransitionPlan(ctx: Ctx, citizenId: string, input: PutTransitionPlanBody): Promise<TransitionPlan> {
  await authorizeCitizen(ctx, { citizenId, action: 'citizen.update', purpose: 'transition', resourceType: 'transition-plan', details: { operation: input.version === undefined ? 'create' : 'update' } });
  if (input.responsibleUserId && !(await activeStaff(ctx.trx, ctx.tenantId, [input.responsibleUserId])).has(input.responsibleUserId)) {
    throw fieldError('validation_failed', ctx.language, 'responsibleUserId', 'transition.unknown_staff');
  }
  const values = { started_on: input.startedOn, responsible_user_id: input.responsibleUserId, parents_involved: input.parentsInvolved, adult_services_contact: input.adultServicesContact ?? null, notes: input.notes ?? null, updated_at: ctx.now };
  if (input.version === undefined) {
    const citizen = (await findCitizenRow(ctx.trx, ctx.tenantId, citizenId))!;
    const age = ageOn(citizen.birth_date, copenhagenToday(ctx.now));
    if (age < 16 || age > 17) throw fieldError('validation_failed', ctx.language, 'startedOn', 'transition.not_young');
    const inserted = await ctx.trx
      .insertInto('transition_plan')
      .values({ tenant_id: ctx.tenantId, citizen_id: citizenId, ...values, created_at: ctx.now })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    // A plan someone else started meanwhile is not overwritten: reload and decide again.
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) throw new AppError('conflict', 'version.stale');
  } else {
    const updated = await ctx.trx
      .updateTable('transition_plan')
      .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
      .where('tenant_id', '=', ctx.tenantId)
      .where('citizen_id', '=', citizenId)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw new AppError('conflict', 'version.stale');
  }
  return (await loadPlan(ctx.trx, ctx.tenantId, citizenId))!;
}
