import { rolesAllow } from '../../domain/roles.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';

/** The purpose recorded in the audit log for everything about strategy tracking. */
export const STRATEGY_PURPOSE = 'strategy-steering';

/**
 * The gate to strategy tracking: plans, activities and bodies, never a citizen, so the role decides alone —
 * strategy.read for leaders, politicians, council members and caseworkers; strategy.manage for leaders. Every read
 * and change is audited with what it touched.
 */
export function authorizeStrategy(ctx: Ctx, action: 'strategy.read' | 'strategy.manage', resource: { type: string; id?: string | null; details?: Record<string, unknown> }): Promise<void> {
  return authorize(ctx, { action, resourceType: resource.type, resourceId: resource.id ?? null, purpose: STRATEGY_PURPOSE, ...(resource.details && { details: resource.details }) });
}

/** Whether the reader may change things, so the answer can tell the page to show edit controls. */
export function mayManage(ctx: Ctx): boolean {
  return rolesAllow(ctx.actor.roles, 'strategy.manage');
}
