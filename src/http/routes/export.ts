import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { citizenIdParams } from '../../contracts/citizens.js';
import { authenticatedErrors } from '../../contracts/common.js';
import { exportBody } from '../../contracts/export.js';
import { exportCitizen } from '../../features/export/export-citizen.js';
import { renderExportHtml } from '../../features/export/export-html.js';
import { cprProtection } from '../../platform/crypto/cpr-protection.js';
import { runAsUser } from '../run-as-user.js';

/** The right-of-access export: JSON as a download, or a printable HTML page. */
export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  const cpr = cprProtection(app.deps.config.cprKey);
  app.post(
    '/api/v1/citizens/:id/access-request-export',
    { schema: { tags: ['citizens'], summary: 'Everything held about the citizen (right of access); case officers on the team', params: citizenIdParams, body: exportBody, response: { ...authenticatedErrors } } },
    async (request, reply) => {
      const data = await runAsUser(request, (ctx) => exportCitizen(ctx, cpr, request.params.id, request.body.format));
      if (request.body.format === 'html') return reply.type('text/html; charset=utf-8').send(renderExportHtml(data) as never);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="indsigt-${request.params.id}.json"`)
        .send(JSON.stringify(data, null, 2) as never);
    },
  );
};
