import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { citizenIdParams } from '../../contracts/citizens.js';
import { authenticatedErrors, problemSchema } from '../../contracts/common.js';
import { consentsView, setConsentsBody } from '../../contracts/consents.js';
import { getConsents } from '../../features/consents/get-consents.js';
import { setConsents } from '../../features/consents/set-consents.js';
import { runAsUser } from '../run-as-user.js';

const errors = { ...authenticatedErrors, 409: problemSchema };
const tags = ['consents'];

/** The citizen's consents: who sees which part of the plan. */
export const consentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/citizens/:id/consents', { schema: { tags, summary: "The citizen's consents and their history", params: citizenIdParams, response: { 200: consentsView, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getConsents(ctx, request.params.id)),
  );
  app.put('/api/v1/citizens/:id/consents', { schema: { tags, summary: 'Set the complete set of consents (the citizen only)', params: citizenIdParams, body: setConsentsBody, response: { 200: consentsView, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => setConsents(ctx, request.params.id, request.body)),
  );
};
