import { domainPart, isPlanPart, lifeDomains, type LifeDomain, type PlanPart } from '../../domain/plan-parts.js';
import { rolesAllow } from '../../domain/roles.js';
import { authorizeCitizen, type CitizenAccess } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';

/** The access questions the plan's use cases share. Every one goes through authorizeCitizen, which audits. */

export const PLAN_PURPOSE = 'plan';

/** The citizen and the team write the plan together; relatives and consented staff only read (and comment). */
export function canWritePlan(ctx: Ctx, access: CitizenAccess): boolean {
  return (access.relation === 'self' || access.relation === 'team') && rolesAllow(ctx.actor.roles, 'plan.write');
}

export function visibleDomains(access: CitizenAccess): LifeDomain[] {
  return lifeDomains.filter((d) => access.visibleParts.has(domainPart(d)));
}

export function authorizePlanRead(ctx: Ctx, citizenId: string, resourceType: string, part: PlanPart | 'any' = 'any'): Promise<CitizenAccess> {
  return authorizeCitizen(ctx, { citizenId, action: 'plan.read', part, purpose: PLAN_PURPOSE, resourceType });
}

export function authorizePlanWrite(ctx: Ctx, request: { citizenId: string; part: PlanPart | 'any'; resourceType: string; resourceId?: string | undefined; operation: 'create' | 'update' | 'delete'; fields?: string[] }): Promise<CitizenAccess> {
  return authorizeCitizen(ctx, {
    citizenId: request.citizenId,
    action: 'plan.write',
    part: request.part,
    purpose: PLAN_PURPOSE,
    resourceType: request.resourceType,
    resourceId: request.resourceId ?? request.citizenId,
    details: { operation: request.operation, ...(request.fields && { fields: request.fields }) },
  });
}

/** The names of the fields a change body sets, for the audit entry (never their values). */
export function changedFieldNames(body: Record<string, unknown>): string[] {
  return Object.keys(body).filter((k) => k !== 'version' && body[k] !== undefined);
}

/** The consent part a goal (and its steps and comments) belongs to: its life domain. */
export function partOfDomain(domain: string): PlanPart | null {
  const part = `domain:${domain}`;
  return isPlanPart(part) ? part : null;
}
