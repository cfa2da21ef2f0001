import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** Liveness: the server only starts listening after migrations, so answering means ready. */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/health', { schema: { tags: ['platform'], summary: 'Health', response: { 200: z.object({ status: z.literal('ok') }) } } }, async () => ({ status: 'ok' as const }));
};
