import type { CreateDreamBody, Dream } from '../../contracts/plan.js';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { authorizePlanWrite, changedFieldNames } from './plan-access.js';
import { insertDream } from './plan-repository.js';
import { dreamFields, presentDream } from './present-plan.js';
import { recordPlanChange } from './record-plan-change.js';

/** "Mine drømme": the citizen (or the team with them) writes down a dream in the citizen's own words. */
export async function createDream(ctx: Ctx, citizenId: string, input: CreateDreamBody): Promise<Dream> {
  const dreamId = newId();
  const access = await authorizePlanWrite(ctx, { citizenId, part: 'dreams', resourceType: 'dream', resourceId: dreamId, operation: 'create', fields: changedFieldNames(input) });
  const row = await insertDream(ctx.trx, { tenantId: ctx.tenantId, dreamId, citizenId, text: input.text, domain: input.domain ?? null, createdBy: ctx.actor.userId, now: ctx.now });
  await recordPlanChange(ctx, { access, part: 'dreams', subjectType: 'dream', subjectId: dreamId, operation: 'create', before: null, after: dreamFields(row) });
  return presentDream(row);
}
