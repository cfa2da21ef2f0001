import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Finance: granted services, expensive cases and refusion, the committee status, budget follow-up and the economic plan. */
export const financeRoutes: FastifyPluginAsyncZod = async () => {};
