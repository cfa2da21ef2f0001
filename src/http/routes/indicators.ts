import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Indicators as data: definitions, series by period and unit, and the audited drill-down. */
export const indicatorRoutes: FastifyPluginAsyncZod = async () => {};
