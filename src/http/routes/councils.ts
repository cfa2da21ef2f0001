import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authenticatedErrors, problemSchema } from '../../contracts/common.js';
import {
  councilDetail,
  councilIdParams,
  councilList,
  councilMeeting,
  councilMember,
  createHearingBody,
  hearing,
  hearingIdParams,
  hearingList,
  hearingListQuery,
  meetingBody,
  meetingParams,
  meetingPatch,
  memberBody,
  memberParams,
  memberPatch,
  outcomeBody,
  responseBody,
} from '../../contracts/councils.js';
import { addCouncilMeeting } from '../../features/councils/add-council-meeting.js';
import { addCouncilMember } from '../../features/councils/add-council-member.js';
import { answerHearing } from '../../features/councils/answer-hearing.js';
import { getCouncil } from '../../features/councils/get-council.js';
import { getHearing } from '../../features/councils/get-hearing.js';
import { listCouncils } from '../../features/councils/list-councils.js';
import { listHearings } from '../../features/councils/list-hearings.js';
import { recordHearingOutcome } from '../../features/councils/record-hearing-outcome.js';
import { removeCouncilMember } from '../../features/councils/remove-council-member.js';
import { sendHearing } from '../../features/councils/send-hearing.js';
import { updateCouncilMeeting } from '../../features/councils/update-council-meeting.js';
import { updateCouncilMember } from '../../features/councils/update-council-member.js';
import { runAsUser } from '../run-as-user.js';

const errors = { ...authenticatedErrors, 409: problemSchema };
const tags = ['councils'];

/** The councils (Handicaprådet, Udsatterådet): members, dialogue meetings and hearings (docs/councils.md). */
export const councilRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/councils', { schema: { tags, summary: 'The councils with member counts, last and next dialogue meeting and open hearings', response: { 200: councilList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listCouncils(ctx)),
  );
  app.get('/api/v1/councils/:id', { schema: { tags, summary: 'One council: members and roles, meetings, the hearings the reader may see', params: councilIdParams, response: { 200: councilDetail, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getCouncil(ctx, request.params.id)),
  );
  app.post('/api/v1/councils/:id/members', { schema: { tags, summary: 'Add a member in a role, optionally linked to a login (council.manage)', params: councilIdParams, body: memberBody, response: { 201: councilMember, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await runAsUser(request, (ctx) => addCouncilMember(ctx, request.params.id, request.body))),
  );
  app.patch('/api/v1/councils/:id/members/:memberId', { schema: { tags, summary: 'Change a member; only the fields sent (council.manage)', params: memberParams, body: memberPatch, response: { 200: councilMember, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => updateCouncilMember(ctx, request.params.id, request.params.memberId, request.body)),
  );
  app.delete('/api/v1/councils/:id/members/:memberId', { schema: { tags, summary: 'Remove a member entered by mistake (one who leaves gets an end date instead)', params: memberParams, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await runAsUser(request, (ctx) => removeCouncilMember(ctx, request.params.id, request.params.memberId));
    return reply.status(204).send(null);
  });
  app.post('/api/v1/councils/:id/meetings', { schema: { tags, summary: 'Plan or record a meeting, by default the yearly dialogue meeting (council.manage)', params: councilIdParams, body: meetingBody, response: { 201: councilMeeting, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await runAsUser(request, (ctx) => addCouncilMeeting(ctx, request.params.id, request.body))),
  );
  app.patch('/api/v1/councils/:id/meetings/:meetingId', { schema: { tags, summary: 'Change a meeting, e.g. write the minutes (council.manage)', params: meetingParams, body: meetingPatch, response: { 200: councilMeeting, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => updateCouncilMeeting(ctx, request.params.id, request.params.meetingId, request.body)),
  );
  app.post('/api/v1/councils/:id/hearings', { schema: { tags, summary: 'Send a decision to the council for consultation (council.manage)', params: councilIdParams, body: createHearingBody, response: { 201: hearing, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await runAsUser(request, (ctx) => sendHearing(ctx, request.params.id, request.body))),
  );
  app.get('/api/v1/hearings', { schema: { tags, summary: 'The hearings the reader may see (a council member: their councils’), optionally by status', querystring: hearingListQuery, response: { 200: hearingList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listHearings(ctx, request.query)),
  );
  app.get('/api/v1/hearings/:id', { schema: { tags, summary: 'One hearing: the decision, the deadline, the response and the outcome', params: hearingIdParams, response: { 200: hearing, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getHearing(ctx, request.params.id)),
  );
  app.post('/api/v1/hearings/:id/response', { schema: { tags, summary: "Send or correct the council's response (hearing.answer and a seat on the council)", params: hearingIdParams, body: responseBody, response: { 200: hearing, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => answerHearing(ctx, request.params.id, request.body)),
  );
  app.post('/api/v1/hearings/:id/outcome', { schema: { tags, summary: 'Record what the decision-maker did with the response; closes the hearing (council.manage)', params: hearingIdParams, body: outcomeBody, response: { 200: hearing, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => recordHearingOutcome(ctx, request.params.id, request.body)),
  );
};
