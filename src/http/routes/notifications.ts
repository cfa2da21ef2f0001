import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authenticatedErrors } from '../../contracts/common.js';
import { notificationList } from '../../contracts/referrals.js';
import { listMyNotifications, markMyNotificationsRead } from '../../features/notifications/list-my-notifications.js';
import { runAsUser } from '../run-as-user.js';

const tags = ['me'];

/** In-app notices on "Min side" (today: what happened to one's referrals). */
export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/me/notifications', { schema: { tags, summary: "The logged-in user's notices, newest first", response: { 200: notificationList, ...authenticatedErrors } } }, (request) =>
    runAsUser(request, (ctx) => listMyNotifications(ctx)),
  );
  app.post('/api/v1/me/notifications/read', { schema: { tags, summary: 'Mark all notices read', response: { 204: z.null().describe('Marked'), ...authenticatedErrors } } }, async (request, reply) => {
    await runAsUser(request, (ctx) => markMyNotificationsRead(ctx));
    return reply.status(204).send(null);
  });
};
