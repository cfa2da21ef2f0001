import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authenticatedErrors, problemSchema } from '../../contracts/common.js';
import { createStatusReportBody, publishStatusReportBody, refreshStatusReportBody, reportParams, statusReport, statusReportList, strategyParams, updateStatusReportBody } from '../../contracts/status-reports.js';
import { createStatusReport } from '../../features/status-reports/create-status-report.js';
import { discardStatusReport } from '../../features/status-reports/discard-status-report.js';
import { getStatusReport } from '../../features/status-reports/get-status-report.js';
import { listStatusReports } from '../../features/status-reports/list-status-reports.js';
import { publishStatusReport } from '../../features/status-reports/publish-status-report.js';
import { refreshStatusReport } from '../../features/status-reports/refresh-status-report.js';
import { readableReport } from '../../features/status-reports/status-report-access.js';
import { statusReportPdf } from '../../features/status-reports/status-report-pdf.js';
import { statusReportPrintPage } from '../../features/status-reports/status-report-print.js';
import { presentReport } from '../../features/status-reports/status-report-repository.js';
import { updateStatusReport } from '../../features/status-reports/update-status-report.js';
import { runAsUser } from '../run-as-user.js';

const tags = ['steering'];
const errors = { ...authenticatedErrors, 409: problemSchema };

/**
 * Annual status reports on a strategy (docs/status-reports.md): a draft with the figures computed when it is made, the
 * leader's summary, updating a draft's figures or discarding it, publishing (which supersedes the version before, in one
 * transaction), the archive, and the report as PDF and as a printable page — both drawn from the frozen content after
 * the transaction has ended.
 */
export const statusReportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/strategies/:id/status-reports',
    { schema: { tags, summary: "Make a draft of a strategy's status for a year, figures computed now (status-report.manage)", params: strategyParams, body: createStatusReportBody, response: { 201: statusReport, ...errors } } },
    async (request, reply) => reply.status(201).send(await runAsUser(request, (ctx) => createStatusReport(ctx, request.params.id, request.body.year))),
  );
  app.get('/api/v1/status-reports', { schema: { tags, summary: 'The archive: published and superseded reports (and drafts for status-report.manage)', response: { 200: statusReportList, ...authenticatedErrors } } }, (request) =>
    runAsUser(request, (ctx) => listStatusReports(ctx)),
  );
  app.get('/api/v1/status-reports/:id', { schema: { tags, summary: 'One report with its frozen content (a draft only for status-report.manage; others 404)', params: reportParams, response: { 200: statusReport, ...authenticatedErrors } } }, (request) =>
    runAsUser(request, (ctx) => getStatusReport(ctx, request.params.id)),
  );
  app.patch(
    '/api/v1/status-reports/:id',
    { schema: { tags, summary: "Change a draft's summary (status-report.manage; 409 once published or when the revision is stale)", params: reportParams, body: updateStatusReportBody, response: { 200: statusReport, ...errors } } },
    (request) => runAsUser(request, (ctx) => updateStatusReport(ctx, request.params.id, request.body)),
  );
  app.post(
    '/api/v1/status-reports/:id/refresh',
    { schema: { tags, summary: "Compute a draft's figures again from the live data, keeping the summary (status-report.manage; 409 once published or when the revision is stale)", params: reportParams, body: refreshStatusReportBody, response: { 200: statusReport, ...errors } } },
    (request) => runAsUser(request, (ctx) => refreshStatusReport(ctx, request.params.id, request.body.revision)),
  );
  app.delete('/api/v1/status-reports/:id', { schema: { tags, summary: 'Discard a draft; its version number is free again (status-report.manage; 409 once published)', params: reportParams, response: { 204: z.null().describe('Discarded'), ...errors } } }, async (request, reply) => {
    await runAsUser(request, (ctx) => discardStatusReport(ctx, request.params.id));
    return reply.status(204).send(null);
  });
  app.post(
    '/api/v1/status-reports/:id/publish',
    { schema: { tags, summary: 'Publish a draft; the published version before it becomes superseded (one transaction)', params: reportParams, body: publishStatusReportBody, response: { 200: statusReport, ...errors } } },
    (request) => runAsUser(request, (ctx) => publishStatusReport(ctx, request.params.id, request.body.revision)),
  );
  app.get('/api/v1/status-reports/:id/pdf', { schema: { tags, summary: 'The report as PDF (A4, charts as vector bars with their figures in text)', params: reportParams, response: { ...authenticatedErrors } } }, async (request, reply) => {
    const report = presentReport(await runAsUser(request, (ctx) => readableReport(ctx, request.params.id, 'pdf')));
    const body = await statusReportPdf(report, request.language ?? 'da');
    return reply.type('application/pdf').header('content-disposition', `inline; filename="${fileName(report)}.pdf"`).send(body as never);
  });
  app.get('/api/v1/status-reports/:id/print', { schema: { tags, summary: 'The report as a self-contained printable HTML page (charts as inline SVG with text alternatives)', params: reportParams, response: { ...authenticatedErrors } } }, async (request, reply) => {
    const report = presentReport(await runAsUser(request, (ctx) => readableReport(ctx, request.params.id, 'print')));
    return reply.type('text/html; charset=utf-8').send(statusReportPrintPage(report, request.language ?? 'da') as never);
  });
};

/** 'statusrapport-2025-handicapplan-v2': ASCII only, so every browser keeps it. */
function fileName(report: { year: number; version: number; content: { strategy: { key: string } } }): string {
  const key = report.content.strategy.key.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return `statusrapport-${report.year}-${key}-v${report.version}`;
}
