import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { citizenIdParams } from '../../contracts/citizens.js';
import { authenticatedErrors, problemSchema } from '../../contracts/common.js';
import { putTransitionPlanBody, transitionCandidates, transitionPlan } from '../../contracts/transition.js';
import { listTransitionCandidates } from '../../features/transition/list-transition-candidates.js';
import { getTransitionPlan, putTransitionPlan } from '../../features/transition/transition-plan.js';
import { runAsUser } from '../run-as-user.js';

const errors = { ...authenticatedErrors, 409: problemSchema };
const tags = ['transition'];

/** The transition from child to adult services. */
export const transitionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/transition/candidates', { schema: { tags, summary: 'Young people turning 18 within 12 months without a transition plan (case officers)', response: { 200: transitionCandidates, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listTransitionCandidates(ctx)),
  );
  app.get('/api/v1/citizens/:id/transition-plan', { schema: { tags, summary: 'The transition plan (404 when none is started)', params: citizenIdParams, response: { 200: transitionPlan, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getTransitionPlan(ctx, request.params.id)),
  );
  app.put('/api/v1/citizens/:id/transition-plan', { schema: { tags, summary: 'Start or change the transition plan', params: citizenIdParams, body: putTransitionPlanBody, response: { 200: transitionPlan, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => putTransitionPlan(ctx, request.params.id, request.body)),
  );
};
