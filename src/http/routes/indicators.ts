import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authenticatedErrors, problemSchema } from '../../contracts/common.js';
import { createIndicatorBody, drillDown, drillDownQuery, indicatorDetail, indicatorKeyParams, indicatorList, indicatorSaved, indicatorSeriesQuery, updateIndicatorBody } from '../../contracts/indicators.js';
import { drillDownIndicator } from '../../features/indicators/drill-down-indicator.js';
import { getIndicatorSeries } from '../../features/indicators/get-indicator-series.js';
import { indicatorCsv, indicatorFileName } from '../../features/indicators/indicator-csv.js';
import { listIndicators } from '../../features/indicators/list-indicators.js';
import { createIndicator, updateIndicator } from '../../features/indicators/save-indicator.js';
import { runAsUser } from '../run-as-user.js';

const tags = ['steering'];
const writeErrors = { ...authenticatedErrors, 409: problemSchema };

/** Indicators as data: definitions, series by period and unit, and the audited drill-down. */
export const indicatorRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/indicators',
    { schema: { tags, summary: 'The indicators with their latest figure (statistics.read; aggregates only)', response: { 200: indicatorList, ...authenticatedErrors } } },
    (request) => runAsUser(request, (ctx) => listIndicators(ctx)),
  );
  app.get(
    '/api/v1/indicators/:id',
    {
      schema: {
        tags,
        summary: "An indicator's series by month, quarter or year and unit, small counts suppressed (statistics.read); ?format=csv for the table as a file",
        params: indicatorKeyParams,
        querystring: indicatorSeriesQuery,
        response: { 200: indicatorDetail, ...authenticatedErrors },
      },
    },
    async (request, reply) => {
      const detail = await runAsUser(request, (ctx) => getIndicatorSeries(ctx, request.params.id, request.query));
      if (request.query.format !== 'csv') return detail;
      // A Buffer is sent as it is, past the JSON serializer of the 200 schema.
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${indicatorFileName(detail)}"`)
        .send(indicatorCsv(detail, request.language ?? 'da') as never);
    },
  );
  app.get(
    '/api/v1/indicators/:id/citizens',
    {
      schema: {
        tags,
        summary: "The citizens behind one period's figure that the caller is on the team of (statistics.drill-down; each audited)",
        params: indicatorKeyParams,
        querystring: drillDownQuery,
        response: { 200: drillDown, ...authenticatedErrors },
      },
    },
    (request) => runAsUser(request, (ctx) => drillDownIndicator(ctx, request.params.id, request.query)),
  );
  app.post(
    '/api/v1/indicators',
    { schema: { tags, summary: 'A new indicator definition (indicator.manage); refused with the reasons when it does not validate', body: createIndicatorBody, response: { 201: indicatorSaved, ...writeErrors } } },
    async (request, reply) => {
      const saved = await runAsUser(request, (ctx) => createIndicator(ctx, request.body));
      return reply.code(201).send(saved);
    },
  );
  app.put(
    '/api/v1/indicators/:id',
    {
      schema: {
        tags,
        summary: 'A changed indicator definition (indicator.manage); a change makes version + 1',
        params: indicatorKeyParams,
        body: updateIndicatorBody,
        response: { 200: indicatorSaved, ...writeErrors },
      },
    },
    (request) => runAsUser(request, (ctx) => updateIndicator(ctx, request.params.id, request.body)),
  );
};
