import type { FastifyRequest } from 'fastify';
import { withTenant } from '../platform/db/tenant-transaction.js';
import { AppError } from '../platform/errors.js';
import { parseSessionToken } from '../platform/identity/session-token.js';
import { requestLanguage } from './problem.js';
import type { PublicCtx } from './run-public.js';

/**
 * The way a calendar app reaches a citizen's own feed: the secret address `<municipality id>.<secret>.ics` names the
 * municipality (like a session cookie does), so the work runs in that municipality's tenant transaction, under
 * row-level security, with no user logged in. The use case checks the secret and audits the access.
 */
export async function runCalendarFeed<T>(request: FastifyRequest, file: string, work: (ctx: PublicCtx, secret: string) => Promise<T>): Promise<T> {
  const token = parseSessionToken(file.replace(/\.ics$/, ''));
  if (!token) throw new AppError('not_found');
  const municipality = await request.server.tenants.resolve({ id: token.tenantId });
  if (!municipality) throw new AppError('not_found');
  const { database, clock } = request.server.deps;
  return withTenant(database.db, municipality.id, (trx) =>
    work({ trx, tenantId: municipality.id, municipality, requestId: request.id, now: clock(), language: requestLanguage(request) }, token.secret),
  );
}
