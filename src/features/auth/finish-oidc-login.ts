import { timingSafeEqual } from 'node:crypto';
import { withTenant } from '../../platform/db/tenant-transaction.js';
import { AppError } from '../../platform/errors.js';
import { hashSecret } from '../../platform/identity/session-token.js';
import type { SessionPolicy } from '../../platform/identity/sessions.js';
import { createUserFromInvitation, INVITED_RELATIVE_LANDING, invitationCodeIn } from './link-invited-identity.js';
import { findOrLinkUser } from './link-oidc-identity.js';
import { consumeLoginAttempt } from './login-attempts.js';
import { tenantIdOfProvider } from './provider-tenant.js';
import type { OidcLoginDeps } from './start-oidc-login.js';
import { startSession } from './start-session.js';

export interface FinishOidcLoginInput {
  providerId: string;
  /** The query the identity provider sent the browser back with. */
  callbackQuery: URLSearchParams;
  /** The state this browser was given at the start, from its binding cookie. */
  boundState: string | undefined;
  requestId: string;
}

const stateMismatch = () => new AppError('login_failed', 'login.state_mismatch');

/**
 * Completes a login: the state must be the one this browser started with and unused, the provider's
 * answer must verify against that attempt's nonce and PKCE verifier, and the subject must belong to a user.
 * The attempt is consumed before the code is redeemed, so a failed or replayed callback cannot be retried.
 */
export async function finishOidcLogin(deps: OidcLoginDeps & { sessionPolicy: SessionPolicy }, input: FinishOidcLoginInput): Promise<{ cookieValue: string; returnPath: string }> {
  const provider = deps.oidc.provider(input.providerId);
  if (!provider) throw new AppError('not_found');
  const state = input.callbackQuery.get('state');
  if (!state || !input.boundState) throw stateMismatch();
  const stateHash = hashSecret(state);
  // Without this binding, an attacker could send someone a callback URL of the attacker's own login.
  if (!timingSafeEqual(Buffer.from(stateHash), Buffer.from(hashSecret(input.boundState)))) throw stateMismatch();

  const tenantId = await tenantIdOfProvider(deps.db, provider);
  const attempt = await withTenant(deps.db, tenantId, (trx) => consumeLoginAttempt(trx, { tenantId, stateHash, providerId: provider.id, now: deps.now }));
  if (!attempt) throw stateMismatch();

  const claims = await deps.oidc.finish(provider.id, input.callbackQuery, { state, nonce: attempt.nonce, codeVerifier: attempt.code_verifier });
  const identity = { tenantId, provider, claims, now: deps.now, requestId: input.requestId };
  const invitationCode = provider.kind === 'citizen' ? invitationCodeIn(attempt.return_path) : null;
  const { userId, invited } = await withTenant(deps.db, tenantId, async (trx) => {
    const existing = await findOrLinkUser(trx, identity).catch((error: unknown) => {
      if (invitationCode && error instanceof AppError && error.detailKey === 'login.unknown_user') return null;
      throw error;
    });
    // A first-time MitID login that came through a citizen's invitation link creates the relative's user.
    return existing ? { userId: existing, invited: false } : { userId: await createUserFromInvitation(trx, identity, invitationCode!), invited: true };
  });
  const { cookieValue } = await startSession(deps.db, { tenantId, userId, method: 'oidc', now: deps.now, policy: deps.sessionPolicy, requestId: input.requestId });
  // The invitation is used up by now: send the new relative to what is shared with them, not back to the code.
  return { cookieValue, returnPath: invited ? INVITED_RELATIVE_LANDING : attempt.return_path };
}
