import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { newId } from '../platform/ids.js';
import { TenantDirectory } from '../platform/tenancy/tenant-directory.js';
import { loggerOptions } from '../platform/logging.js';
import type { AppDeps } from './app-deps.js';
import { checkOrigin } from './origin-check.js';
import { sendProblem } from './problem.js';
import { accessLogRoutes } from './routes/access-log.js';
import { adminRoutes } from './routes/admin.js';
import { citizenRoutes } from './routes/citizens.js';
import { consentRoutes } from './routes/consents.js';
import { exportRoutes } from './routes/export.js';
import { networkRoutes } from './routes/network.js';
import { transitionRoutes } from './routes/transition.js';
import { authRoutes } from './routes/auth.js';
import { healthRoutes } from './routes/health.js';
import { meetingRoutes } from './routes/meetings.js';
import { meRoutes } from './routes/me.js';
import { oidcRoutes } from './routes/oidc.js';
import { planRoutes } from './routes/plans.js';
import { eventRoutes } from './routes/events.js';
import { hsdsRoutes } from './routes/hsds.js';
import { offerRoutes } from './routes/offers.js';
import { receptionRoutes } from './routes/reception.js';
import { referralRoutes } from './routes/referrals.js';
import { financeRoutes } from './routes/finance.js';
import { housingRoutes } from './routes/housing.js';
import { volunteerRoutes } from './routes/volunteers.js';
import { volunteerStatisticsRoutes } from './routes/volunteer-statistics.js';
import { companionRoutes } from './routes/companions.js';
import { peerGuideRoutes } from './routes/peer-guides.js';
import { strategyRoutes } from './routes/strategies.js';
import { councilRoutes } from './routes/councils.js';
import { statusReportRoutes } from './routes/status-reports.js';
import { targetGroupRoutes } from './routes/target-groups.js';
import { indicatorRoutes } from './routes/indicators.js';
import { notificationRoutes } from './routes/notifications.js';
import { SESSION_COOKIE } from './run-as-user.js';
import { AppError } from '../platform/errors.js';
import { zodValidatorCompiler } from './validation.js';
import { savedLanguage } from './saved-language.js';

const webRoot = fileURLToPath(new URL('../../dist/web/', import.meta.url));
const BODY_LIMIT_BYTES = 1024 * 1024;

/** Composes the HTTP server: plugins, error mapping, the API routes and the web app. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(deps.config.logLevel),
    genReqId: () => newId(),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: deps.config.mode === 'production',
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate('deps', deps);
  app.decorate('tenants', new TenantDirectory(deps.database.db, deps.config.defaultMunicipality));
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(async (error, request, reply) => {
    // Errors raised before the session was read (body parsing, validation, origin) still speak the user's saved language.
    request.language ??= await savedLanguage(request);
    return sendProblem(error, request, reply);
  });
  app.setNotFoundHandler((request, reply) => {
    // API paths and missing build files are real 404s; any other path is a page of the single-page app.
    const isAsset = request.url.startsWith('/assets/') || /\.[a-z0-9]{2,5}(\?|$)/i.test(request.url);
    if (request.url.startsWith('/api/') || isAsset || !existsSync(webRoot + 'index.html')) return sendProblem(new AppError('not_found'), request, reply);
    return reply.type('text/html').sendFile('index.html');
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    checkOrigin(request, deps.config.publicUrl);
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  await app.register(cookie);
  await app.register(rateLimit, {
    max: deps.config.rateLimit.apiPerMinute,
    timeWindow: '1 minute',
    // Per address: a session cookie is not verified yet when the limit is checked, so it cannot be the key.
    keyGenerator: (request) => request.ip,
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Mestring API', version: '1', description: 'Mestring af eget liv — the API of the platform. Errors are RFC 9457 problem details.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(oidcRoutes);
  await app.register(meRoutes);
  await app.register(adminRoutes);
  await app.register(citizenRoutes);
  await app.register(networkRoutes);
  await app.register(consentRoutes);
  await app.register(accessLogRoutes);
  await app.register(transitionRoutes);
  await app.register(exportRoutes);
  await app.register(planRoutes);
  await app.register(meetingRoutes);
  await app.register(offerRoutes);
  await app.register(eventRoutes);
  await app.register(hsdsRoutes);
  await app.register(referralRoutes);
  await app.register(notificationRoutes);
  await app.register(receptionRoutes);
  await app.register(financeRoutes);
  await app.register(housingRoutes);
  await app.register(volunteerRoutes);
  await app.register(volunteerStatisticsRoutes);
  await app.register(companionRoutes);
  await app.register(peerGuideRoutes);
  await app.register(strategyRoutes);
  await app.register(councilRoutes);
  await app.register(statusReportRoutes);
  await app.register(targetGroupRoutes);
  await app.register(indicatorRoutes);

  if (existsSync(webRoot)) {
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
    await app.register(fastifyStatic, { root: webRoot, wildcard: true, index: ['index.html'] });
  }
  return app;
}
