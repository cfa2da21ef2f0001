import type { Dream, UpdateDreamBody } from '../../contracts/plan.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { authorizePlanWrite, changedFieldNames } from './plan-access.js';
import { findDream, updateDreamIfVersion } from './plan-repository.js';
import { dreamFields, presentDream } from './present-plan.js';
import { recordPlanChange, withoutUnchanged } from './record-plan-change.js';

export async function updateDream(ctx: Ctx, citizenId: string, dreamId: string, input: UpdateDreamBody): Promise<Dream> {
  const { version, text, domain } = input;
  const access = await authorizePlanWrite(ctx, { citizenId, part: 'dreams', resourceType: 'dream', resourceId: dreamId, operation: 'update', fields: changedFieldNames(input) });
  const existing = await findDream(ctx.trx, ctx.tenantId, citizenId, dreamId);
  if (!existing) throw new AppError('not_found');
  if (existing.version !== version) throw new AppError('conflict', 'version.stale');
  const changes = withoutUnchanged(existing, { text, domain });
  const updated = Object.keys(changes).length === 0 ? existing : await updateDreamIfVersion(ctx.trx, { tenantId: ctx.tenantId, dreamId, version }, changes, ctx.now);
  if (!updated) throw new AppError('conflict', 'version.stale');
  await recordPlanChange(ctx, { access, part: 'dreams', subjectType: 'dream', subjectId: dreamId, operation: 'update', before: dreamFields(existing), after: dreamFields(updated) });
  return presentDream(updated);
}
