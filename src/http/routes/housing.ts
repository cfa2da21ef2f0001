import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Housing capacity: residential offers, placements, self-sufficiency and Housing plan II. */
export const housingRoutes: FastifyPluginAsyncZod = async () => {};
