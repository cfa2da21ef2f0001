import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** The Open Referral HSDS 3 API, read-only, over the published catalogue. */
export const hsdsRoutes: FastifyPluginAsyncZod = async () => {};
