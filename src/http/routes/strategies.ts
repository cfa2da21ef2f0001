import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authenticatedErrors, idParams, problemSchema } from '../../contracts/common.js';
import {
  activity,
  activityDetail,
  activityNotes,
  bodyDetail,
  bodyList,
  bodyListQuery,
  bodyMeeting,
  bodyMember,
  createActivityBody,
  createMeetingBody,
  createMemberBody,
  createSelectionBody,
  focusAreaParams,
  noteBody,
  noteResult,
  selection,
  selectionList,
  selectionQuery,
  steeringOverview,
  strategyDetail,
  strategyList,
  strategyParams,
  updateActivityBody,
} from '../../contracts/strategies.js';
import { addActivityNote } from '../../features/strategies/add-activity-note.js';
import { createActivity } from '../../features/strategies/create-activity.js';
import { listSelections, recordSelection } from '../../features/strategies/focus-area-selections.js';
import { getActivity, listActivityNotes } from '../../features/strategies/get-activity.js';
import { getSteeringOverview } from '../../features/strategies/get-steering-overview.js';
import { getStrategy } from '../../features/strategies/get-strategy.js';
import { listStrategies } from '../../features/strategies/list-strategies.js';
import { addBodyMeeting, addBodyMember, getBody, listBodies } from '../../features/strategies/steering-bodies.js';
import { updateActivity } from '../../features/strategies/update-activity.js';
import { runAsUser } from '../run-as-user.js';

const tags = ['steering: strategies'];
const errors = { ...authenticatedErrors, 409: problemSchema };

/**
 * Strategies, focus areas and activities; the committee's yearly selection; working groups and the sparring group
 * (docs/strategies.md). Reads need strategy.read (leaders, politicians, council members, caseworkers); changes need
 * strategy.manage (leaders).
 */
export const strategyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/strategies', { schema: { tags, summary: 'The policy, plans and strategies with their status at a glance and the focus areas selected this year', response: { 200: strategyList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listStrategies(ctx)),
  );
  app.get('/api/v1/strategies/:id', { schema: { tags, summary: "A strategy's tree: focus areas (purpose, why, goal, selection, working group) and their activities", params: strategyParams, response: { 200: strategyDetail, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getStrategy(ctx, request.params.id)),
  );
  app.post(
    '/api/v1/strategies/:id/focus-areas/:fid/activities',
    { schema: { tags, summary: 'Add an activity to a focus area', params: focusAreaParams, body: createActivityBody, response: { 201: activity, ...errors } } },
    async (request, reply) => reply.status(201).send(await runAsUser(request, (ctx) => createActivity(ctx, request.params, request.body))),
  );
  app.get('/api/v1/steering/overview', { schema: { tags, summary: "The leader's one page: strategies at a glance, this and next year's selection, activities with no note for 90 days", response: { 200: steeringOverview, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getSteeringOverview(ctx)),
  );
  app.get('/api/v1/strategy-activities/:id', { schema: { tags, summary: 'An activity, where it belongs and (for a leader) the owner choices', params: idParams, response: { 200: activityDetail, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getActivity(ctx, request.params.id)),
  );
  app.patch(
    '/api/v1/strategy-activities/:id',
    { schema: { tags, summary: "Change an activity's status, title, owner, period or links (on the version read; 409 when stale)", params: idParams, body: updateActivityBody, response: { 200: activity, ...errors } } },
    (request) => runAsUser(request, (ctx) => updateActivity(ctx, request.params.id, request.body)),
  );
  app.get('/api/v1/strategy-activities/:id/notes', { schema: { tags, summary: "An activity's progress notes, newest first", params: idParams, response: { 200: activityNotes, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listActivityNotes(ctx, request.params.id)),
  );
  app.post(
    '/api/v1/strategy-activities/:id/notes',
    { schema: { tags, summary: 'Add a dated progress note; it may change the status in the same act (then on the version read)', params: idParams, body: noteBody, response: { 201: noteResult, ...errors } } },
    async (request, reply) => reply.status(201).send(await runAsUser(request, (ctx) => addActivityNote(ctx, request.params.id, request.body))),
  );
  app.get('/api/v1/focus-area-selections', { schema: { tags, summary: "The committee's selections of focus areas, newest year first; the newest decision of a year is current", querystring: selectionQuery, response: { 200: selectionList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listSelections(ctx, request.query.year)),
  );
  app.post(
    '/api/v1/focus-area-selections',
    { schema: { tags, summary: "Record the committee's selection for a year; creates a working group per selected focus area that lacks one", body: createSelectionBody, response: { 201: selection, ...errors } } },
    async (request, reply) => reply.status(201).send(await runAsUser(request, (ctx) => recordSelection(ctx, request.body))),
  );
  app.get('/api/v1/steering-bodies', { schema: { tags, summary: 'The committee, the working groups and the sparring group', querystring: bodyListQuery, response: { 200: bodyList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listBodies(ctx, request.query.kind)),
  );
  app.get('/api/v1/steering-bodies/:id', { schema: { tags, summary: 'A body with its members and meetings', params: idParams, response: { 200: bodyDetail, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getBody(ctx, request.params.id)),
  );
  app.post(
    '/api/v1/steering-bodies/:id/members',
    { schema: { tags, summary: 'Add a member to a body', params: idParams, body: createMemberBody, response: { 201: bodyMember, ...errors } } },
    async (request, reply) => reply.status(201).send(await runAsUser(request, (ctx) => addBodyMember(ctx, request.params.id, request.body))),
  );
  app.post(
    '/api/v1/steering-bodies/:id/meetings',
    { schema: { tags, summary: 'Record a meeting of a body (e.g. the sparring group)', params: idParams, body: createMeetingBody, response: { 201: bodyMeeting, ...errors } } },
    async (request, reply) => reply.status(201).send(await runAsUser(request, (ctx) => addBodyMeeting(ctx, request.params.id, request.body))),
  );
};
