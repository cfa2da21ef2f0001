import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authenticatedErrors, idParams, problemSchema } from '../../contracts/common.js';
import { endEnrolmentBody, enrolment, enrolmentList, startEnrolmentBody } from '../../contracts/enrolments.js';
import { targetGroupOverview, targetGroupQuery } from '../../contracts/target-groups.js';
import { endEnrolment } from '../../features/enrolments/end-enrolment.js';
import { listEnrolments } from '../../features/enrolments/list-enrolments.js';
import { startEnrolment } from '../../features/enrolments/start-enrolment.js';
import { getTargetGroupOverview } from '../../features/target-groups/get-target-group-overview.js';
import { targetGroupCsv, targetGroupFileName } from '../../features/target-groups/target-group-csv.js';
import { runAsUser } from '../run-as-user.js';

/**
 * The target-group overview (Table 1) from enrolments, referrals and granted services, as JSON or CSV
 * (docs/target-groups.md); and the enrolments it counts: a citizen's time in an offer, kept by the team.
 */
export const targetGroupRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/statistics/target-groups',
    {
      schema: {
        tags: ['statistics'],
        summary: 'Distinct citizens per offer type and legal basis per year (aggregates only; 1–4 hidden); ?format=csv for a download',
        querystring: targetGroupQuery,
        response: { 200: targetGroupOverview, ...authenticatedErrors },
      },
    },
    async (request, reply) => {
      const overview = await runAsUser(request, (ctx) => getTargetGroupOverview(ctx, request.query));
      if (request.query.format !== 'csv') return overview;
      const language = request.language ?? 'da';
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${targetGroupFileName(overview, language)}"`)
        .send(targetGroupCsv(overview, language) as never);
    },
  );

  const tags = ['enrolments'];
  const errors = { ...authenticatedErrors, 409: problemSchema };
  app.get('/api/v1/citizens/:id/enrolments', { schema: { tags, summary: "The citizen's enrolments in offers, newest first (the citizen or the team)", params: idParams, response: { 200: enrolmentList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listEnrolments(ctx, request.params.id)),
  );
  app.post(
    '/api/v1/citizens/:id/enrolments',
    { schema: { tags, summary: 'Record that the citizen has started in an offer (staff on the team; audited)', params: idParams, body: startEnrolmentBody, response: { 201: enrolment, ...errors } } },
    async (request, reply) => reply.status(201).send(await runAsUser(request, (ctx) => startEnrolment(ctx, request.params.id, request.body))),
  );
  app.post('/api/v1/enrolments/:id/end', { schema: { tags, summary: 'End an enrolment on its last day (staff on the team; audited)', params: idParams, body: endEnrolmentBody, response: { 200: enrolment, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => endEnrolment(ctx, request.params.id, request.body)),
  );
};
