import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** The offer catalogue: public search and offer pages, and the offer owners' upkeep. */
export const offerRoutes: FastifyPluginAsyncZod = async () => {};
