import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Det sker: dated activities, sign-ups and iCalendar feeds. */
export const eventRoutes: FastifyPluginAsyncZod = async () => {};
