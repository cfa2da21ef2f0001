import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authenticatedErrors, problemSchema } from '../../contracts/common.js';
import {
  citizenIdParams,
  comment,
  createCommentBody,
  createDreamBody,
  createGoalBody,
  createStepBody,
  dream,
  dreamParams,
  goal,
  goalParams,
  historyPage,
  historyQuery,
  overview,
  plan,
  step,
  stepParams,
  updateDreamBody,
  updateGoalBody,
  updateStepBody,
  versionQuery,
} from '../../contracts/plan.js';
import { addComment } from '../../features/plans/add-comment.js';
import { archiveDream } from '../../features/plans/archive-dream.js';
import { createDream } from '../../features/plans/create-dream.js';
import { createGoal } from '../../features/plans/create-goal.js';
import { createStep } from '../../features/plans/create-step.js';
import { getOverview } from '../../features/plans/get-overview.js';
import { getPlanHistory } from '../../features/plans/get-plan-history.js';
import { getPlan } from '../../features/plans/get-plan.js';
import { updateDream } from '../../features/plans/update-dream.js';
import { updateGoal } from '../../features/plans/update-goal.js';
import { updateStep } from '../../features/plans/update-step.js';
import { runAsUser } from '../run-as-user.js';

const errors = { ...authenticatedErrors, 409: problemSchema };
const tags = ['plan'];

/** "Min plan": dreams, goals, steps and comments, the plan's history, and the whole-situation overview. */
export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/citizens/:id/plan', { schema: { tags, summary: "The citizen's plan, as far as the reader may see it", params: citizenIdParams, response: { 200: plan, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getPlan(ctx, request.params.id)),
  );
  app.get('/api/v1/citizens/:id/plan/history', { schema: { tags, summary: "Who changed what in the plan, when", params: citizenIdParams, querystring: historyQuery, response: { 200: historyPage, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getPlanHistory(ctx, request.params.id, request.query)),
  );
  app.get('/api/v1/citizens/:id/overview', { schema: { tags, summary: 'The whole-situation overview ("helhedsplan")', params: citizenIdParams, response: { 200: overview, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getOverview(ctx, request.params.id, { keepForMs: request.server.deps.config.overviewCacheSeconds * 1000 })),
  );

  app.post('/api/v1/citizens/:id/dreams', { schema: { tags, summary: 'Write down a dream', params: citizenIdParams, body: createDreamBody, response: { 201: dream, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await runAsUser(request, (ctx) => createDream(ctx, request.params.id, request.body))),
  );
  app.patch('/api/v1/citizens/:id/dreams/:dreamId', { schema: { tags, summary: 'Change a dream', params: dreamParams, body: updateDreamBody, response: { 200: dream, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => updateDream(ctx, request.params.id, request.params.dreamId, request.body)),
  );
  app.delete('/api/v1/citizens/:id/dreams/:dreamId', { schema: { tags, summary: 'Remove a dream (archived; the history keeps it)', params: dreamParams, querystring: versionQuery, response: { 204: z.null().describe('Removed'), ...errors } } }, async (request, reply) => {
    await runAsUser(request, (ctx) => archiveDream(ctx, request.params.id, request.params.dreamId, request.query.version));
    return reply.status(204).send(null);
  });

  app.post('/api/v1/citizens/:id/goals', { schema: { tags, summary: 'Add a goal in a life domain', params: citizenIdParams, body: createGoalBody, response: { 201: goal, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await runAsUser(request, (ctx) => createGoal(ctx, request.params.id, request.body))),
  );
  app.patch('/api/v1/citizens/:id/goals/:goalId', { schema: { tags, summary: 'Change a goal, its status or its rating', params: goalParams, body: updateGoalBody, response: { 200: goal, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => updateGoal(ctx, request.params.id, request.params.goalId, request.body)),
  );
  app.post('/api/v1/citizens/:id/goals/:goalId/steps', { schema: { tags, summary: 'Add a step towards a goal', params: goalParams, body: createStepBody, response: { 201: step, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await runAsUser(request, (ctx) => createStep(ctx, request.params.id, request.params.goalId, request.body))),
  );
  app.patch('/api/v1/citizens/:id/steps/:stepId', { schema: { tags, summary: 'Change a step, or mark it done', params: stepParams, body: updateStepBody, response: { 200: step, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => updateStep(ctx, request.params.id, request.params.stepId, request.body)),
  );
  app.post('/api/v1/citizens/:id/comments', { schema: { tags, summary: 'Comment on a dream, goal, step or meeting', params: citizenIdParams, body: createCommentBody, response: { 201: comment, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await runAsUser(request, (ctx) => addComment(ctx, request.params.id, request.body))),
  );
};
