import type { FastifyRequest } from 'fastify';
import { AccessDenied } from '../platform/access/authorize.js';
import { recordAudit } from '../platform/audit/record-audit.js';
import type { Ctx } from '../platform/context.js';
import { withTenant } from '../platform/db/tenant-transaction.js';
import { AppError } from '../platform/errors.js';
import { parseSessionToken } from '../platform/identity/session-token.js';
import { loadSession, type ActiveSession } from '../platform/identity/sessions.js';

export const SESSION_COOKIE = 'mestring_session';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The way every authenticated request reaches a use case: one tenant transaction in which the session is
 * loaded, the CSRF token checked for state changes, and the work done. A denial's audit entry is written
 * after the rollback, in a transaction of its own, so that denials are on record too.
 */
export async function runAsUser<T>(request: FastifyRequest, work: (ctx: Ctx, session: ActiveSession) => Promise<T>): Promise<T> {
  const { database, config, clock } = request.server.deps;
  const token = parseSessionToken(request.cookies[SESSION_COOKIE]);
  if (!token) throw new AppError('unauthenticated');
  const now = clock();
  let session: ActiveSession | null = null;
  try {
    return await withTenant(database.db, token.tenantId, async (trx) => {
      session = await loadSession(trx, token, now, config.session);
      if (!session) throw new AppError('unauthenticated');
      request.language = session.actor.language;
      if (stateChanging.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) throw new AppError('csrf_failed');
      const ctx: Ctx = { trx, tenantId: token.tenantId, actor: session.actor, requestId: request.id, now, language: session.actor.language };
      return work(ctx, session);
    });
  } catch (error) {
    const denied = session as ActiveSession | null;
    if (error instanceof AccessDenied && denied) {
      await withTenant(database.db, token.tenantId, (trx) =>
        recordAudit({ trx, tenantId: token.tenantId, actor: denied.actor, requestId: request.id, now }, error.auditEntry),
      );
    }
    throw error;
  }
}
