import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { withTenant } from '../../platform/db/tenant-transaction.js';
import { AppError } from '../../platform/errors.js';
import type { OidcLogin } from '../../platform/identity/oidc-login.js';
import { hashSecret } from '../../platform/identity/session-token.js';
import { saveLoginAttempt } from './login-attempts.js';
import { tenantIdOfProvider } from './provider-tenant.js';
import { safeReturnPath } from './return-path.js';

export interface OidcLoginDeps {
  db: Kysely<Database>;
  oidc: OidcLogin;
  now: Date;
}

/**
 * Begins a login at an identity provider: fresh state, nonce and PKCE verifier, kept server-side for the
 * callback. The state is also returned so the caller can bind the attempt to this browser.
 */
export async function startOidcLogin(deps: OidcLoginDeps, input: { providerId: string; returnTo: string | undefined }): Promise<{ authorizationUrl: string; state: string }> {
  const provider = deps.oidc.provider(input.providerId);
  if (!provider) throw new AppError('not_found');
  const tenantId = await tenantIdOfProvider(deps.db, provider);
  const { authorizationUrl, secrets } = await deps.oidc.start(provider.id);
  await withTenant(deps.db, tenantId, (trx) =>
    saveLoginAttempt(trx, {
      tenantId,
      stateHash: hashSecret(secrets.state),
      providerId: provider.id,
      nonce: secrets.nonce,
      codeVerifier: secrets.codeVerifier,
      returnPath: safeReturnPath(input.returnTo),
      now: deps.now,
    }),
  );
  return { authorizationUrl: authorizationUrl.href, state: secrets.state };
}
