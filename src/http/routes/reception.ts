import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Here-and-now support at the reception centres: walk-ins, the queue, follow-ups and weekly counts. */
export const receptionRoutes: FastifyPluginAsyncZod = async () => {};
