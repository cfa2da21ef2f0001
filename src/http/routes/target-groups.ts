import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** The target-group overview (Table 1) from enrolments, referrals and granted services. */
export const targetGroupRoutes: FastifyPluginAsyncZod = async () => {};
