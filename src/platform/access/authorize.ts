import { decideAccess, type AccessFacts } from '../../domain/access-decision.js';
import type { Permission } from '../../domain/roles.js';
import { recordAudit, type AuditEntry } from '../audit/record-audit.js';
import type { Ctx } from '../context.js';
import { AppError } from '../errors.js';

export interface AccessRequest {
  action: Permission;
  resourceType: string;
  resourceId?: string | null;
  citizenId?: string | null;
  purpose: string;
  relation?: AccessFacts['relation'];
  consented?: boolean;
  details?: Record<string, unknown>;
}

/**
 * A denial. It carries its audit entry because the transaction it happened in is rolled back:
 * the request runner writes the entry in a transaction of its own before answering.
 */
export class AccessDenied extends AppError {
  constructor(
    respondAs: 'forbidden' | 'hide',
    readonly auditEntry: AuditEntry,
  ) {
    super(respondAs === 'hide' ? 'not_found' : 'forbidden');
  }
}

/**
 * The one gate to personal data: decides from role, relation and consent, and writes the audit entry
 * for an allowed access in the same transaction as the access itself.
 */
export async function authorize(ctx: Ctx, request: AccessRequest): Promise<void> {
  const decision = decideAccess({
    roles: ctx.actor.roles,
    action: request.action,
    ...(request.relation !== undefined && { relation: request.relation }),
    ...(request.consented !== undefined && { consented: request.consented }),
  });
  const entry: AuditEntry = {
    action: request.action,
    resourceType: request.resourceType,
    resourceId: request.resourceId ?? null,
    citizenId: request.citizenId ?? null,
    purpose: request.purpose,
    outcome: decision.allowed ? 'allowed' : 'denied',
    bySubject: request.relation === 'self',
    details: { ...request.details, reason: decision.reason },
  };
  if (!decision.allowed) throw new AccessDenied(decision.respondAs, entry);
  await recordAudit(ctx, entry);
}
