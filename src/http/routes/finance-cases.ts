import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authenticatedErrors } from '../../contracts/common.js';
import {
  committeeStatus,
  committeeStatusQuery,
  expensiveCaseList,
  expensiveCasesQuery,
  refusionBandsList,
  refusionBandsQuery,
  refusionBody,
  refusionResult,
  refusionYearParams,
  setRefusionBandsBody,
  yearBands,
} from '../../contracts/finance-cases.js';
import { calculateRefusion } from '../../features/finance/cases/calculate-refusion.js';
import { committeeStatusCsv } from '../../features/finance/cases/committee-status-csv.js';
import { committeeStatusPdf } from '../../features/finance/cases/committee-status-pdf.js';
import { committeeStatusXlsx } from '../../features/finance/cases/committee-status-xlsx.js';
import { committeeFileName } from '../../features/finance/cases/committee-texts.js';
import { getCommitteeStatus } from '../../features/finance/cases/get-committee-status.js';
import { listExpensiveCases } from '../../features/finance/cases/list-expensive-cases.js';
import { listRefusionBands } from '../../features/finance/cases/list-refusion-bands.js';
import { setRefusionBands } from '../../features/finance/cases/set-refusion-bands.js';
import { runAsUser } from '../run-as-user.js';

const tags = ['finance'];

/** The committee status as files: the same figures as the JSON, rendered after the transaction has ended. */
const files = {
  pdf: { type: 'application/pdf', render: committeeStatusPdf },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', render: committeeStatusXlsx },
  csv: { type: 'text/csv; charset=utf-8', render: async (...args: Parameters<typeof committeeStatusCsv>) => committeeStatusCsv(...args) },
} as const;

/**
 * Expensive individual cases and state refusion (DOMAIN §5.6; docs/finance-expensive-cases.md): the refusion bands
 * per year, the refusion calculator, finance's case list, and the committee status with its PDF, XLSX and CSV files
 * at the same path with the format as the extension.
 */
export const financeCaseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/finance/refusion-bands', { schema: { tags, summary: 'The refusion bands per year (finance, leaders, the committee)', querystring: refusionBandsQuery, response: { 200: refusionBandsList, ...authenticatedErrors } } }, (request) =>
    runAsUser(request, (ctx) => listRefusionBands(ctx, request.query)),
  );
  app.put(
    '/api/v1/finance/refusion-bands/:year',
    { schema: { tags, summary: "Set a year's refusion bands (finance.manage; audited)", params: refusionYearParams, body: setRefusionBandsBody, response: { 200: yearBands, ...authenticatedErrors } } },
    (request) => runAsUser(request, (ctx) => setRefusionBands(ctx, request.params.year, request.body)),
  );
  app.post('/api/v1/finance/refusion', { schema: { tags, summary: 'The refusion of one yearly cost by the year\'s bands', body: refusionBody, response: { 200: refusionResult, ...authenticatedErrors } } }, (request) =>
    runAsUser(request, (ctx) => calculateRefusion(ctx, request.body)),
  );
  app.get(
    '/api/v1/finance/expensive-cases',
    { schema: { tags, summary: 'The cases above the threshold in a year, with refusion and net cost, highest first (finance; each listed citizen audited)', querystring: expensiveCasesQuery, response: { 200: expensiveCaseList, ...authenticatedErrors } } },
    (request) => runAsUser(request, (ctx) => listExpensiveCases(ctx, request.query)),
  );
  app.get(
    '/api/v1/finance/committee-status',
    { schema: { tags, summary: "The committee's status on expensive cases: aggregates and anonymised cases only", querystring: committeeStatusQuery, response: { 200: committeeStatus, ...authenticatedErrors } } },
    (request) => runAsUser(request, (ctx) => getCommitteeStatus(ctx, request.query)),
  );
  for (const [extension, file] of Object.entries(files) as [keyof typeof files, (typeof files)[keyof typeof files]][]) {
    app.get(
      `/api/v1/finance/committee-status.${extension}`,
      { schema: { tags, summary: `The committee status as ${extension.toUpperCase()} (a download)`, querystring: committeeStatusQuery, response: { ...authenticatedErrors } } },
      async (request, reply) => {
        const status = await runAsUser(request, (ctx) => getCommitteeStatus(ctx, request.query));
        const body = await file.render(status, request.language ?? 'da');
        return reply.type(file.type).header('content-disposition', `attachment; filename="${committeeFileName(status, extension, request.language ?? 'da')}"`).send(body as never);
      },
    );
  }
};
