import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Referrals to offers with the loop closed back to the sender and the citizen. */
export const referralRoutes: FastifyPluginAsyncZod = async () => {};
