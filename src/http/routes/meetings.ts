import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authenticatedErrors, problemSchema } from '../../contracts/common.js';
import { createMeetingBody, meetingList, meetingParams, updateMeetingBody } from '../../contracts/meetings.js';
import { citizenIdParams, meeting } from '../../contracts/plan.js';
import { createMeeting } from '../../features/plans/create-meeting.js';
import { listPlanMeetings } from '../../features/plans/list-meetings.js';
import { updateMeeting } from '../../features/plans/update-meeting.js';
import { runAsUser } from '../run-as-user.js';

const errors = { ...authenticatedErrors, 409: problemSchema };
const tags = ['plan'];

/** Plan meetings ("borgerplansmøde") with the citizen: participants, agreements, the next review. */
export const meetingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/citizens/:id/meetings', { schema: { tags, summary: "The citizen's plan meetings", params: citizenIdParams, response: { 200: meetingList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listPlanMeetings(ctx, request.params.id)),
  );
  app.post('/api/v1/citizens/:id/meetings', { schema: { tags, summary: 'Plan a meeting with the citizen', params: citizenIdParams, body: createMeetingBody, response: { 201: meeting, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await runAsUser(request, (ctx) => createMeeting(ctx, request.params.id, request.body))),
  );
  app.patch('/api/v1/citizens/:id/meetings/:meetingId', { schema: { tags, summary: 'Record agreements, the summary, the status or the next review', params: meetingParams, body: updateMeetingBody, response: { 200: meeting, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => updateMeeting(ctx, request.params.id, request.params.meetingId, request.body)),
  );
};
