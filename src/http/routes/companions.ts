import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Companions to activities: requests, matching, assignment, the volunteer's answer, evaluation and hours. */
export const companionRoutes: FastifyPluginAsyncZod = async () => {};
