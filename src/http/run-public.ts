import type { FastifyRequest } from 'fastify';
import { withTenant, type Tx } from '../platform/db/tenant-transaction.js';
import { AppError } from '../platform/errors.js';
import type { Language } from '../platform/i18n/server-messages.js';
import { parseSessionToken } from '../platform/identity/session-token.js';
import type { Municipality } from '../platform/tenancy/tenant-directory.js';
import { SESSION_COOKIE } from './run-as-user.js';
import { requestLanguage } from './problem.js';

/** What a use case on public data gets: the municipality and a transaction confined to it, but no actor. */
export interface PublicCtx {
  trx: Tx;
  tenantId: string;
  municipality: Municipality;
  requestId: string;
  now: Date;
  language: Language;
}

/**
 * The way a request without login reaches public data (published offers, events, the HSDS API, calendar feeds):
 * one tenant transaction under row-level security, as for logged-in users, in the municipality the request names
 * (`municipality` slug), else the one of its session cookie, else the installation's default. The cookie is not
 * verified here — the data is public either way — so a forged cookie only picks another public catalogue.
 * Nothing about a person is read on this path, so nothing is audited.
 */
export async function runPublic<T>(request: FastifyRequest, slug: string | undefined, work: (ctx: PublicCtx) => Promise<T>): Promise<T> {
  return runPublicIn(request, await publicMunicipality(request, slug), work);
}

/** The municipality a public request is about (see runPublic); 404 when a named one does not exist. */
export async function publicMunicipality(request: FastifyRequest, slug: string | undefined): Promise<Municipality> {
  const cookieTenant = parseSessionToken(request.cookies?.[SESSION_COOKIE])?.tenantId;
  const tenants = request.server.tenants;
  const municipality = slug ? await tenants.resolve({ slug }) : ((cookieTenant && (await tenants.resolve({ id: cookieTenant }))) || (await tenants.resolve({})));
  if (!municipality) throw new AppError('not_found');
  return municipality;
}

export async function runPublicIn<T>(request: FastifyRequest, municipality: Municipality, work: (ctx: PublicCtx) => Promise<T>): Promise<T> {
  const { database, clock } = request.server.deps;
  const language = requestLanguage(request);
  return withTenant(database.db, municipality.id, (trx) => work({ trx, tenantId: municipality.id, municipality, requestId: request.id, now: clock(), language }));
}
