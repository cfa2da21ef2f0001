import { sqlLiteral } from '../db/sql-literal.js';
import { deferUntilCommit } from '../db/tenant-transaction.js';
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
 * An agent acting for nobody logged in (a calendar app fetching a citizen's secret feed address): recorded with no
 * actor user and the agent's name as the role.
 */
export interface AuditAgent {
  userId: null;
  roles: readonly string[];
  orgUnitId: null;
}

type AuditCtx = Pick<Ctx, 'trx' | 'tenantId' | 'requestId' | 'now'> & { actor: Ctx['actor'] | AuditAgent };

function auditRow(ctx: AuditCtx, entry: AuditEntry) {
  return {
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
  };
}

/**
 * Writes one audit entry in the caller's transaction, so the entry exists exactly when the access did: it
 * commits with the access or not at all. Inside a tenant transaction the insert travels with the COMMIT
 * (tenant-transaction.ts), which saves every audited request a round trip; nothing reads the log back within
 * the transaction that writes it. Denials go through the same path, in a transaction of their own.
 */
export async function recordAudit(ctx: AuditCtx, entry: AuditEntry): Promise<void> {
  const row = auditRow(ctx, entry);
  const columns = Object.keys(row);
  const statement = `INSERT INTO audit_event (${columns.join(', ')}) VALUES (${Object.values(row).map(sqlLiteral).join(', ')})`;
  if (deferUntilCommit(ctx.trx, statement)) return;
  await ctx.trx.insertInto('audit_event').values(row).execute();
}
