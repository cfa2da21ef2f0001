import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** The councils (Handicaprådet, Udsatterådet): members, dialogue meetings and hearings. */
export const councilRoutes: FastifyPluginAsyncZod = async () => {};
