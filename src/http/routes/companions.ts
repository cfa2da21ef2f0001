import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authenticatedErrors, problemSchema } from '../../contracts/common.js';
import {
  accompaniment,
  accompanimentList,
  answerCompanionBody,
  assignCompanionBody,
  cancelCompanionBody,
  companionListQuery,
  companionMatchList,
  companionRequest,
  companionRequestList,
  companionRequestParams,
  createCompanionRequestBody,
  evaluateCompanionBody,
  logHoursBody,
  matchQuery,
  outcomeCompanionBody,
  takeCompanionBody,
} from '../../contracts/companions.js';
import { citizenIdParams } from '../../contracts/plan.js';
import { answerCompanion, assignCompanion, takeCompanion } from '../../features/companions/assign-companion.js';
import { cancelCompanion, recordCompanionOutcome } from '../../features/companions/close-companion.js';
import { createCompanionRequest } from '../../features/companions/create-companion-request.js';
import { listMatches } from '../../features/companions/list-matches.js';
import { evaluateCompanion, logHours } from '../../features/companions/look-back.js';
import { getCompanionRequest, listAllCompanionRequests, listCitizenCompanionRequests, listMyCompanionRequests } from '../../features/companions/read-companion-requests.js';
import { getMyAccompaniment, listMyAccompaniments, listOpenForVolunteer } from '../../features/companions/volunteer-trips.js';
import { runAsUser } from '../run-as-user.js';

const errors = { ...authenticatedErrors, 409: problemSchema };
const tags = ['companions'];
const params = companionRequestParams;
const noContent = { 204: z.null().describe('Done') };

/** Companions to activities: requests, matching, assignment, the volunteer's answer, evaluation and hours. */
export const companionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/api/v1/companion-requests', { schema: { tags, summary: 'Ask for a companion to an activity (the citizen, their team, or a relative with consent)', body: createCompanionRequestBody, response: { 201: companionRequest, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await runAsUser(request, (ctx) => createCompanionRequest(ctx, request.body))),
  );
  app.get('/api/v1/companion-requests', { schema: { tags, summary: "The coordinator's list: open first, then by time", querystring: companionListQuery, response: { 200: companionRequestList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listAllCompanionRequests(ctx, request.query)),
  );
  app.get('/api/v1/companion-requests/:id', { schema: { tags, summary: 'One request (the coordinator and the citizen’s side)', params, response: { 200: companionRequest, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getCompanionRequest(ctx, request.params.id)),
  );
  app.get('/api/v1/companion-requests/:id/matches', { schema: { tags, summary: 'The volunteers who can go, best first, with the reasons', params, querystring: matchQuery, response: { 200: companionMatchList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listMatches(ctx, request.params.id, request.query.limit)),
  );
  app.post('/api/v1/companion-requests/:id/assignment', { schema: { tags, summary: 'The coordinator gives the request to a volunteer who can go', params, body: assignCompanionBody, response: { 200: companionRequest, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => assignCompanion(ctx, request.params.id, request.body)),
  );
  app.post('/api/v1/companion-requests/:id/take', { schema: { tags, summary: 'A volunteer takes an open request themself', params, body: takeCompanionBody, response: { 200: accompaniment, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => takeCompanion(ctx, request.params.id, request.body.version)),
  );
  app.post('/api/v1/companion-requests/:id/answer', { schema: { tags, summary: 'The assigned volunteer accepts or declines', params, body: answerCompanionBody, response: { 200: accompaniment, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => answerCompanion(ctx, request.params.id, request.body)),
  );
  app.post('/api/v1/companion-requests/:id/cancel', { schema: { tags, summary: 'Call the trip off (the citizen’s side, the volunteer or the coordinator), with why', params, body: cancelCompanionBody, response: { ...noContent, ...errors } } }, async (request, reply) => {
    await runAsUser(request, (ctx) => cancelCompanion(ctx, request.params.id, request.body));
    return reply.status(204).send(null);
  });
  app.post('/api/v1/companion-requests/:id/outcome', { schema: { tags, summary: 'The coordinator records that it took place, or was missed', params, body: outcomeCompanionBody, response: { 200: companionRequest, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => recordCompanionOutcome(ctx, request.params.id, request.body)),
  );
  app.post('/api/v1/companion-requests/:id/hours', { schema: { tags, summary: 'The volunteer logs the time the trip took', params, body: logHoursBody, response: { 200: accompaniment, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => logHours(ctx, request.params.id, request.body.minutes)),
  );
  app.post('/api/v1/companion-requests/:id/evaluation', { schema: { tags, summary: 'How it went: the citizen’s side on the smiley scale, the volunteer with a comment', params, body: evaluateCompanionBody, response: { ...noContent, ...errors } } }, async (request, reply) => {
    await runAsUser(request, (ctx) => evaluateCompanion(ctx, request.params.id, request.body));
    return reply.status(204).send(null);
  });
  app.get('/api/v1/citizens/:id/companion-requests', { schema: { tags, summary: "A citizen's requests (the team, the citizen, a relative with consent)", params: citizenIdParams, response: { 200: companionRequestList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listCitizenCompanionRequests(ctx, request.params.id)),
  );
  app.get('/api/v1/me/companion-requests', { schema: { tags, summary: "The logged-in citizen's trips in plain words", response: { 200: companionRequestList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listMyCompanionRequests(ctx)),
  );
  app.get('/api/v1/me/accompaniments', { schema: { tags, summary: "The volunteer's trips: only what each trip needs", response: { 200: accompanimentList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listMyAccompaniments(ctx)),
  );
  app.get('/api/v1/me/accompaniments/:id', { schema: { tags, summary: "One of the volunteer's trips", params, response: { 200: accompaniment, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getMyAccompaniment(ctx, request.params.id)),
  );
  app.get('/api/v1/me/open-companion-requests', { schema: { tags, summary: 'Open requests the volunteer could take (no names until taken)', response: { 200: accompanimentList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listOpenForVolunteer(ctx)),
  );
};
