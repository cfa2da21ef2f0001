import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authenticatedErrors, problemSchema } from '../../contracts/common.js';
import {
  centreParams,
  changeVisitBody,
  completeFollowUpBody,
  followUps,
  mergeVisitBody,
  queue,
  receptionCentres,
  registerVisitBody,
  statistics,
  statisticsQuery,
  visit,
  visitIdParams,
} from '../../contracts/reception.js';
import { changeVisitStatus } from '../../features/reception/change-visit-status.js';
import { completeFollowUp } from '../../features/reception/complete-follow-up.js';
import { getReceptionStatistics } from '../../features/reception/get-reception-statistics.js';
import { listFollowUps } from '../../features/reception/list-follow-ups.js';
import { listQueue } from '../../features/reception/list-queue.js';
import { listReceptionCentres } from '../../features/reception/list-reception-centres.js';
import { mergeVisit } from '../../features/reception/merge-visit.js';
import { registerVisit } from '../../features/reception/register-visit.js';
import { runAsUser } from '../run-as-user.js';

const errors = { ...authenticatedErrors, 409: problemSchema };
const tags = ['reception'];

/** Here-and-now support at the reception centres: walk-ins, the queue, follow-ups and weekly counts. */
export const receptionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/reception/centres', { schema: { tags, summary: "The reception centres, and the worker's own", response: { 200: receptionCentres, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listReceptionCentres(ctx)),
  );
  app.get('/api/v1/reception/centres/:unitId/queue', { schema: { tags, summary: "A centre's queue, with waiting times (its own workers)", params: centreParams, response: { 200: queue, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listQueue(ctx, request.params.unitId)),
  );
  app.post('/api/v1/reception/visits', { schema: { tags, summary: 'Register a walk-in or referred visit, anonymous or a known citizen', body: registerVisitBody, response: { 201: visit, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await runAsUser(request, (ctx) => registerVisit(ctx, request.body))),
  );
  app.patch('/api/v1/reception/visits/:id', { schema: { tags, summary: 'Take a visit (hand-over), mark it done, or record that the person left', params: visitIdParams, body: changeVisitBody, response: { 200: visit, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => changeVisitStatus(ctx, request.params.id, request.body)),
  );
  app.post('/api/v1/reception/visits/:id/merge', { schema: { tags, summary: 'Merge an anonymous visit into a citizen record (audited)', params: visitIdParams, body: mergeVisitBody, response: { 200: visit, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => mergeVisit(ctx, request.params.id, request.body)),
  );
  app.get('/api/v1/reception/follow-ups', { schema: { tags, summary: "Follow-ups due today or overdue at the worker's centre", response: { 200: followUps, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listFollowUps(ctx)),
  );
  app.post('/api/v1/reception/visits/:id/follow-up', { schema: { tags, summary: "Mark a visit's follow-up as done", params: visitIdParams, body: completeFollowUpBody, response: { 200: visit, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => completeFollowUp(ctx, request.params.id, request.body)),
  );
  app.get('/api/v1/reception/statistics', { schema: { tags, summary: 'Weekly counts per centre and need (leaders, offer owners); small counts shown as "<5"', querystring: statisticsQuery, response: { 200: statistics, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getReceptionStatistics(ctx, request.query)),
  );
};
