import type { FastifyRequest } from 'fastify';
import { withTenant } from '../platform/db/tenant-transaction.js';
import type { Language } from '../platform/i18n/server-messages.js';
import { hashSecret, parseSessionToken } from '../platform/identity/session-token.js';
import { SESSION_COOKIE } from './run-as-user.js';

/**
 * The logged-in user's saved language, for an error that happened before the request reached its use case.
 * Only the error path pays for this look-up; undefined when there is no valid session.
 */
export async function savedLanguage(request: FastifyRequest): Promise<Language | undefined> {
  const token = parseSessionToken(request.cookies?.[SESSION_COOKIE]);
  if (!token) return undefined;
  try {
    const row = await withTenant(request.server.deps.database.db, token.tenantId, (trx) =>
      trx
        .selectFrom('session as s')
        .innerJoin('app_user as u', (join) => join.onRef('u.tenant_id', '=', 's.tenant_id').onRef('u.user_id', '=', 's.user_id'))
        .select('u.preferred_language')
        .where('s.tenant_id', '=', token.tenantId)
        .where('s.token_hash', '=', hashSecret(token.secret))
        .executeTakeFirst(),
    );
    return row?.preferred_language;
  } catch {
    return undefined;
  }
}
