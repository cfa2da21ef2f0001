import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemSchema } from '../../contracts/common.js';
import { loginRedirect, oidcCallbackQuery, oidcLoginQuery, oidcProviderParams } from '../../contracts/oidc.js';
import { finishOidcLogin } from '../../features/auth/finish-oidc-login.js';
import { LOGIN_ATTEMPT_TTL_MS } from '../../features/auth/login-attempts.js';
import { startOidcLogin } from '../../features/auth/start-oidc-login.js';
import { AppError } from '../../platform/errors.js';
import { isSecureOrigin, setSessionCookie } from '../session-cookie.js';

/** Carries the login's state from start to callback, tying the attempt to the browser that began it. */
const STATE_COOKIE = 'mestring_oidc_state';

/**
 * A refused login sends the browser back to the login page with the reason for it to explain; the reason is
 * one of the three the server messages name, never the provider's own words.
 */
function redirectRefusal(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (!(error instanceof AppError) || error.code !== 'login_failed') throw error;
  const reason = (error.detailKey ?? 'login.provider_error').replace(/^login\./, '');
  const cause = error.cause as { name?: unknown; code?: unknown } | undefined;
  request.log.warn({ reason, causeName: cause?.name, causeCode: cause?.code }, 'login refused');
  return reply.redirect(`/log-ind?fejl=login_failed&aarsag=${encodeURIComponent(reason)}`, 302);
}

/** OpenID Connect login routes (authorization code + PKCE). */
export const oidcRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config, database, clock, oidc } = app.deps;
  const loginRateLimit = { rateLimit: { max: config.rateLimit.loginPerMinute, timeWindow: '1 minute' } };
  // SameSite=Lax still travels on the provider's top-level redirect back to the callback.
  const stateCookie = { path: '/api/v1/auth/oidc/', httpOnly: true, sameSite: 'lax' as const, secure: isSecureOrigin(config) };

  app.get(
    '/api/v1/auth/oidc/:provider/login',
    {
      config: loginRateLimit,
      schema: { tags: ['auth'], summary: 'Log in at an identity provider', params: oidcProviderParams, querystring: oidcLoginQuery, response: { 302: loginRedirect, 404: problemSchema, 503: problemSchema } },
    },
    async (request, reply) => {
      try {
        const { authorizationUrl, state } = await startOidcLogin({ db: database.db, oidc, now: clock() }, { providerId: request.params.provider, returnTo: request.query.returnTo });
        reply.setCookie(STATE_COOKIE, state, { ...stateCookie, maxAge: LOGIN_ATTEMPT_TTL_MS / 1000 });
        return reply.redirect(authorizationUrl, 302);
      } catch (error) {
        return redirectRefusal(error, request, reply);
      }
    },
  );

  app.get(
    '/api/v1/auth/oidc/:provider/callback',
    {
      config: loginRateLimit,
      schema: { tags: ['auth'], summary: "The identity provider's answer", params: oidcProviderParams, querystring: oidcCallbackQuery, response: { 302: loginRedirect, 400: problemSchema, 404: problemSchema, 503: problemSchema } },
    },
    async (request, reply) => {
      const boundState = request.cookies[STATE_COOKIE];
      // One attempt per state: whatever happens next, this browser's state is spent.
      reply.clearCookie(STATE_COOKIE, stateCookie);
      try {
        const callbackQuery = new URL(request.url, config.publicUrl).searchParams;
        const { cookieValue, returnPath } = await finishOidcLogin(
          { db: database.db, oidc, now: clock(), sessionPolicy: config.session },
          { providerId: request.params.provider, callbackQuery, boundState, requestId: request.id },
        );
        setSessionCookie(reply, config, cookieValue);
        return reply.redirect(returnPath, 302);
      } catch (error) {
        return redirectRefusal(error, request, reply);
      }
    },
  );
};
