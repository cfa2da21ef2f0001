import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authenticatedErrors } from '../../contracts/common.js';
import { volunteerStatistics, volunteerStatisticsQuery } from '../../contracts/volunteer-statistics.js';
import { getVolunteerStatistics } from '../../features/volunteer-statistics/get-volunteer-statistics.js';
import { volunteerStatisticsCsv, volunteerStatisticsFileName } from '../../features/volunteer-statistics/volunteer-statistics-csv.js';
import { runAsUser } from '../run-as-user.js';

const tags = ['volunteers'];

/**
 * The coordinator's evaluation of volunteering (volunteer.statistics: the coordinator and leaders): the figures per
 * month as JSON, and the same figures as a CSV download at the same path with the extension.
 */
export const volunteerStatisticsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/volunteer-statistics',
    { schema: { tags, summary: 'Volunteering in figures per month: requests, matches, cancellations, satisfaction, volunteers, hours (aggregates only)', querystring: volunteerStatisticsQuery, response: { 200: volunteerStatistics, ...authenticatedErrors } } },
    (request) => runAsUser(request, (ctx) => getVolunteerStatistics(ctx, request.query)),
  );
  app.get(
    '/api/v1/volunteer-statistics.csv',
    { schema: { tags, summary: 'Volunteering in figures as CSV (semicolons, UTF-8 with a byte order mark; a download)', querystring: volunteerStatisticsQuery, response: { ...authenticatedErrors } } },
    async (request, reply) => {
      const statistics = await runAsUser(request, (ctx) => getVolunteerStatistics(ctx, request.query));
      const language = request.language ?? 'da';
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${volunteerStatisticsFileName(statistics, language)}"`)
        .send(volunteerStatisticsCsv(statistics, language) as never);
    },
  );
};
