import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authenticatedErrors } from '../../contracts/common.js';
import { meResponse, updateMeBody } from '../../contracts/me.js';
import { getMe } from '../../features/me/get-me.js';
import { updateMe } from '../../features/me/update-me.js';
import { runAsUser } from '../run-as-user.js';

export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/me', { schema: { tags: ['me'], summary: 'The logged-in user', response: { 200: meResponse, ...authenticatedErrors } } }, (request) =>
    runAsUser(request, (ctx, session) => getMe(ctx, session)),
  );
  app.patch('/api/v1/me', { schema: { tags: ['me'], summary: "Change one's own preferences", body: updateMeBody, response: { 200: meResponse, ...authenticatedErrors } } }, (request) =>
    runAsUser(request, (ctx, session) => updateMe(ctx, session, request.body)),
  );
};
