import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Volunteers: public opportunities and applications, profiles, guidelines, the coordinator's evaluation. */
export const volunteerRoutes: FastifyPluginAsyncZod = async () => {};
