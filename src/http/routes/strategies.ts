import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Strategies, focus areas and activities; the committee's yearly selection; working groups and the sparring group. */
export const strategyRoutes: FastifyPluginAsyncZod = async () => {};
