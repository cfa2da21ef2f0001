import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authenticatedErrors, problemSchema } from '../../contracts/common.js';
import { cancelServiceBody, changeServiceBody, grantedService, grantedServiceHistory, grantedServiceList, recordServiceBody, serviceParams } from '../../contracts/granted-services.js';
import { citizenIdParams } from '../../contracts/plan.js';
import { cancelGrantedService } from '../../features/finance/services/cancel-granted-service.js';
import { changeGrantedService } from '../../features/finance/services/change-granted-service.js';
import { getGrantedServiceHistory } from '../../features/finance/services/get-granted-service-history.js';
import { listGrantedServices } from '../../features/finance/services/list-granted-services.js';
import { recordGrantedService } from '../../features/finance/services/record-granted-service.js';
import { runAsUser } from '../run-as-user.js';
import { financeBudgetRoutes } from './finance-budget.js';
import { financeCaseRoutes } from './finance-cases.js';

/** Finance: granted services, expensive cases and refusion, the committee status, budget follow-up and the economic plan. */
export const financeRoutes: FastifyPluginAsyncZod = async (app) => {
  // Budget follow-up: the year wheel, the centres' budgets, follow-ups and the economic plan (routes/finance-budget.ts).
  await app.register(financeBudgetRoutes);
  // Expensive cases, refusion bands and the committee status (routes/finance-cases.ts).
  await app.register(financeCaseRoutes);
  // Granted services: a case officer's decisions for one citizen (the cost base). Amounts are integer øre.
  const serviceTags = ['granted-services'];
  const serviceErrors = { ...authenticatedErrors, 409: problemSchema };
  app.get('/api/v1/citizens/:id/services', { schema: { tags: serviceTags, summary: "The citizen's decisions on services, with this year's and last year's cost", params: citizenIdParams, response: { 200: grantedServiceList, ...serviceErrors } } }, (request) =>
    runAsUser(request, (ctx) => listGrantedServices(ctx, request.params.id)),
  );
  app.post('/api/v1/citizens/:id/services', { schema: { tags: serviceTags, summary: 'Record a decision on a service (case officer on the team)', params: citizenIdParams, body: recordServiceBody, response: { 201: grantedService, ...serviceErrors } } }, async (request, reply) =>
    reply.status(201).send(await runAsUser(request, (ctx) => recordGrantedService(ctx, request.params.id, request.body))),
  );
  app.patch('/api/v1/citizens/:id/services/:serviceId', { schema: { tags: serviceTags, summary: 'Change a decision (on the version read)', params: serviceParams, body: changeServiceBody, response: { 200: grantedService, ...serviceErrors } } }, (request) =>
    runAsUser(request, (ctx) => changeGrantedService(ctx, request.params.id, request.params.serviceId, request.body)),
  );
  app.post('/api/v1/citizens/:id/services/:serviceId/cancel', { schema: { tags: serviceTags, summary: 'Withdraw a decision: it costs nothing', params: serviceParams, body: cancelServiceBody, response: { 200: grantedService, ...serviceErrors } } }, (request) =>
    runAsUser(request, (ctx) => cancelGrantedService(ctx, request.params.id, request.params.serviceId, request.body)),
  );
  app.get('/api/v1/citizens/:id/services/:serviceId/history', { schema: { tags: serviceTags, summary: 'Every saved version of a decision: who, when, what changed', params: serviceParams, response: { 200: grantedServiceHistory, ...serviceErrors } } }, (request) =>
    runAsUser(request, (ctx) => getGrantedServiceHistory(ctx, request.params.id, request.params.serviceId)),
  );
};
