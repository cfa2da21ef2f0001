import { rolesAllow, type Permission } from '../../../domain/roles.js';
import { AccessDenied, authorize } from '../../../platform/access/authorize.js';
import type { Ctx } from '../../../platform/context.js';

/** Why finance reads a citizen's costs: to follow up on the case's expenses (the citizen's access log says so). */
export const FINANCE_PURPOSE = 'finance-follow-up';

/**
 * Role-only access for aggregates and reference data, audited by `authorize`: the first of `actions` the actor holds
 * is the one recorded; without any, a 403 (nothing about a person is behind these routes).
 */
export async function authorizeAnyOf(ctx: Ctx, actions: readonly [Permission, ...Permission[]], entry: { resourceType: string; resourceId?: string; details?: Record<string, unknown> }): Promise<void> {
  const action = actions.find((a) => rolesAllow(ctx.actor.roles, a)) ?? actions[0];
  await authorize(ctx, { action, purpose: FINANCE_PURPOSE, ...entry });
}

/**
 * The expensive-case list names citizens, so it is citizen data: without finance.cases the answer is 404, as for any
 * single citizen's costs, and the refusal is audited (runAsUser writes the entry after the rollback). A committee
 * member sees the cases only anonymised, in the committee status.
 */
export async function authorizeCaseList(ctx: Ctx, details: Record<string, unknown>): Promise<void> {
  const entry = { action: 'finance.cases' as const, resourceType: 'expensive-case-list', purpose: FINANCE_PURPOSE, details };
  if (!rolesAllow(ctx.actor.roles, 'finance.cases')) {
    throw new AccessDenied('hide', { ...entry, outcome: 'denied', details: { ...details, reason: 'role-lacks-permission' } });
  }
  await authorize(ctx, entry);
}
