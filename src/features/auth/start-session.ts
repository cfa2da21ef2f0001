import type { Kysely } from 'kysely';
import { isRole } from '../../domain/roles.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Database } from '../../platform/db/schema.js';
import { withTenant } from '../../platform/db/tenant-transaction.js';
import { AppError } from '../../platform/errors.js';
import { grantedRoles } from '../../platform/identity/granted-roles.js';
import { createSession, type SessionPolicy } from '../../platform/identity/sessions.js';

export interface StartSessionInput {
  tenantId: string;
  userId: string;
  method: 'demo' | 'oidc';
  now: Date;
  policy: SessionPolicy;
  requestId: string;
}

/** Logs a user in: a fresh session (never a reused id) and an audit entry saying how they logged in. */
export async function startSession(db: Kysely<Database>, input: StartSessionInput): Promise<{ cookieValue: string }> {
  return withTenant(db, input.tenantId, async (trx) => {
    const user = await trx
      .selectFrom('app_user')
      .select(['user_id', 'display_name', 'kind', 'org_unit_id', 'preferred_language', 'active'])
      .select(grantedRoles('app_user').as('roles'))
      .where('tenant_id', '=', input.tenantId)
      .where('user_id', '=', input.userId)
      .executeTakeFirst();
    if (!user || !user.active) throw new AppError('login_failed', 'login.unknown_user');
    const { cookieValue } = await createSession(trx, { tenantId: input.tenantId, userId: input.userId, method: input.method, now: input.now, policy: input.policy });
    await recordAudit(
      {
        trx,
        tenantId: input.tenantId,
        requestId: input.requestId,
        now: input.now,
        actor: { userId: user.user_id, tenantId: input.tenantId, displayName: user.display_name, kind: user.kind, roles: user.roles.filter(isRole), orgUnitId: user.org_unit_id, language: user.preferred_language },
      },
      { action: 'session.create', resourceType: 'session', resourceId: null, purpose: 'login', outcome: 'allowed', details: { method: input.method } },
    );
    return { cookieValue };
  });
}
