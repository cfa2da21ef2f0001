import { shippedIndicatorKeys } from '../../contracts/strategies.js';
import type { Ctx } from '../../platform/context.js';
import { strategyFieldError } from './strategy-messages.js';
import { periodProblem } from './strategy-rules.js';

interface OwnerInput {
  workingGroupId?: string | null | undefined;
  ownerUnitId?: string | null | undefined;
  responsibleUserId?: string | null | undefined;
  indicatorKeys?: string[] | undefined;
}

/**
 * Checks what an activity points at before it is saved: a working group of this municipality, one of its units, a
 * user with the leader role, and indicators it knows (shipped or its own). Each problem is a translated 400.
 */
export async function checkActivityReferences(ctx: Ctx, input: OwnerInput, period: { from: string | null | undefined; to: string | null | undefined }): Promise<void> {
  const problem = periodProblem(period.from, period.to);
  if (problem) throw strategyFieldError(ctx.language, 'periodTo', problem);
  if (input.workingGroupId) {
    const group = await ctx.trx.selectFrom('steering_body').select('body_id').where('tenant_id', '=', ctx.tenantId).where('body_id', '=', input.workingGroupId).where('kind', '=', 'working-group').executeTakeFirst();
    if (!group) throw strategyFieldError(ctx.language, 'workingGroupId', 'working-group.unknown');
  }
  if (input.ownerUnitId) {
    const unit = await ctx.trx.selectFrom('org_unit').select('unit_id').where('tenant_id', '=', ctx.tenantId).where('unit_id', '=', input.ownerUnitId).executeTakeFirst();
    if (!unit) throw strategyFieldError(ctx.language, 'ownerUnitId', 'unit.unknown');
  }
  if (input.responsibleUserId) {
    const leader = await ctx.trx.selectFrom('role_grant').select('user_id').where('tenant_id', '=', ctx.tenantId).where('user_id', '=', input.responsibleUserId).where('role', '=', 'leader').executeTakeFirst();
    if (!leader) throw strategyFieldError(ctx.language, 'responsibleUserId', 'leader.unknown');
  }
  if (input.indicatorKeys && input.indicatorKeys.length > 0) {
    const own = await ctx.trx.selectFrom('indicator').select('key').where('tenant_id', '=', ctx.tenantId).execute();
    const known = new Set<string>([...shippedIndicatorKeys, ...own.map((i) => i.key)]);
    if (input.indicatorKeys.some((key) => !known.has(key))) throw strategyFieldError(ctx.language, 'indicatorKeys', 'indicator.unknown');
  }
}

/** Each value once, in the order given. */
export const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];
