import type { Ctx } from '../context.js';

export interface AuditEntry {
  action: string;
  resourceType: string;
  resourceId?: string | null;
  citizenId?: string | null;
  /** Why the data was accessed, in a stable key the citizen's access-log page translates. */
  purpose: string;
  outcome: 'allowed' | 'denied';
  details?: Record<string, unknown>;
  /** True when the citizen concerned is the actor: their own accesses are not shown back to them. */
  bySubject?: boolean;
}

/**
 * Writes one audit entry in the caller's transaction, so the entry exists exactly when the access did.
 * Denials go through the same path (the access check writes them before it throws, in a transaction of its own).
 */
export async function recordAudit(ctx: Pick<Ctx, 'trx' | 'tenantId' | 'actor' | 'requestId' | 'now'>, entry: AuditEntry): Promise<void> {
  await ctx.trx
    .insertInto('audit_event')
    .values({
      tenant_id: ctx.tenantId,
      occurred_at: ctx.now,
      actor_user_id: ctx.actor.userId,
      actor_role: ctx.actor.roles.join(','),
      actor_unit_id: ctx.actor.orgUnitId,
      action: entry.action,
      resource_type: entry.resourceType,
      resource_id: entry.resourceId ?? null,
      citizen_id: entry.citizenId ?? null,
      purpose: entry.purpose,
      outcome: entry.outcome,
      request_id: ctx.requestId,
      details: JSON.stringify(entry.details ?? {}),
      by_subject: entry.bySubject ?? false,
    })
    .execute();
}
