import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Annual status reports on a strategy: drafts, publishing, versions, PDF and printable HTML. */
export const statusReportRoutes: FastifyPluginAsyncZod = async () => {};
