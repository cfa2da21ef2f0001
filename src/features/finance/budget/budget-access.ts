import { authorize } from '../../../platform/access/authorize.js';
import type { Ctx } from '../../../platform/context.js';

/** The purpose recorded in the audit log for everything about the budget follow-up. */
export const BUDGET_PURPOSE = 'budget-follow-up';

/**
 * The gate to the budget follow-up: aggregates about centres, never about a citizen, so the role decides alone
 * (finance.read for finance and leaders; finance.manage for finance). A politician is refused (403): the follow-ups
 * reach the committee as its papers, and in Mestring the committee sees the expensive-case status. Every read and
 * change is audited with what it touched.
 */
export function authorizeBudget(
  ctx: Ctx,
  action: 'finance.read' | 'finance.manage',
  resource: { type: string; id?: string | null; details?: Record<string, unknown> },
): Promise<void> {
  return authorize(ctx, { action, resourceType: resource.type, resourceId: resource.id ?? null, purpose: BUDGET_PURPOSE, ...(resource.details && { details: resource.details }) });
}
