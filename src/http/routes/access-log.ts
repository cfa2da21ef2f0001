import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessLogPage, accessLogQuery } from '../../contracts/access-log.js';
import { authenticatedErrors } from '../../contracts/common.js';
import { listMyAccessLog } from '../../features/access-log/list-my-access-log.js';
import { runAsUser } from '../run-as-user.js';

/** The citizen's own access log. */
export const accessLogRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/me/access-log', { schema: { tags: ['me'], summary: 'Who has looked at my data', querystring: accessLogQuery, response: { 200: accessLogPage, ...authenticatedErrors } } }, (request) =>
    runAsUser(request, (ctx) => listMyAccessLog(ctx, request.query)),
  );
};
