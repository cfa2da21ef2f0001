import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { demoLoginBody, demoPersonasResponse, providersResponse } from '../../contracts/auth.js';
import { problemSchema } from '../../contracts/common.js';
import { findDemoPersona, listDemoPersonas } from '../../features/auth/list-demo-personas.js';
import { startSession } from '../../features/auth/start-session.js';
import { withTenant } from '../../platform/db/tenant-transaction.js';
import { AppError } from '../../platform/errors.js';
import { parseSessionToken } from '../../platform/identity/session-token.js';
import { deleteSession } from '../../platform/identity/sessions.js';
import { setSessionCookie, clearSessionCookie } from '../session-cookie.js';
import { SESSION_COOKIE } from '../run-as-user.js';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config, database, clock, oidc } = app.deps;
  const loginRateLimit = { rateLimit: { max: config.rateLimit.loginPerMinute, timeWindow: '1 minute' } };

  app.get('/api/v1/auth/providers', { schema: { tags: ['auth'], summary: 'How one can log in here', response: { 200: providersResponse } } }, async () => ({
    demo: config.demoLogin,
    oidc: oidc.providers(),
  }));

  app.get('/api/v1/auth/demo/personas', { schema: { tags: ['auth'], summary: 'Demo personas (demo mode only)', response: { 200: demoPersonasResponse, 404: problemSchema } } }, async () => {
    if (!config.demoLogin) throw new AppError('demo_login_disabled');
    return listDemoPersonas(database.db);
  });

  app.post(
    '/api/v1/auth/demo',
    { config: loginRateLimit, schema: { tags: ['auth'], summary: 'Log in as a demo persona (demo mode only)', body: demoLoginBody, response: { 204: z.null(), 400: problemSchema, 404: problemSchema } } },
    async (request, reply) => {
      if (!config.demoLogin) throw new AppError('demo_login_disabled');
      const persona = await findDemoPersona(database.db, request.body.persona);
      if (!persona) throw new AppError('not_found');
      const { cookieValue } = await startSession(database.db, { tenantId: persona.tenant_id, userId: persona.user_id, method: 'demo', now: clock(), policy: config.session, requestId: request.id });
      setSessionCookie(reply, config, cookieValue);
      return reply.status(204).send(null);
    },
  );

  app.post('/api/v1/auth/logout', { schema: { tags: ['auth'], summary: 'Log out', response: { 204: z.null() } } }, async (request, reply) => {
    const token = parseSessionToken(request.cookies[SESSION_COOKIE]);
    if (token) await withTenant(database.db, token.tenantId, (trx) => deleteSession(trx, token));
    clearSessionCookie(reply, config);
    return reply.status(204).send(null);
  });
};
