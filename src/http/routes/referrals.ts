import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authenticatedErrors, problemSchema } from '../../contracts/common.js';
import { citizenIdParams } from '../../contracts/plan.js';
import { changeReferralBody, myReferralList, referral, referralIdParams, referralList, referralListQuery, sendReferralBody } from '../../contracts/referrals.js';
import { changeReferralState } from '../../features/referrals/change-referral-state.js';
import { getReferral } from '../../features/referrals/get-referral.js';
import { listCitizenReferrals } from '../../features/referrals/list-citizen-referrals.js';
import { listMyReferrals } from '../../features/referrals/list-my-referrals.js';
import { listReferrals } from '../../features/referrals/list-referrals.js';
import { sendReferral } from '../../features/referrals/send-referral.js';
import { runAsUser } from '../run-as-user.js';

const errors = { ...authenticatedErrors, 409: problemSchema };
const tags = ['referrals'];

/** Referrals to offers with the loop closed back to the sender and the citizen. */
export const referralRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/api/v1/referrals', { schema: { tags, summary: 'Refer a citizen to an offer, or apply to a self-referral offer as the citizen', body: sendReferralBody, response: { 201: referral, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await runAsUser(request, (ctx) => sendReferral(ctx, request.body, { answerWorkingDays: request.server.deps.config.referralAnswerWorkingDays }))),
  );
  app.patch('/api/v1/referrals/:id', { schema: { tags, summary: 'Change the state: answer, start, complete or stop (withdraw)', params: referralIdParams, body: changeReferralBody, response: { 200: referral, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => changeReferralState(ctx, request.params.id, request.body)),
  );
  app.get('/api/v1/referrals', { schema: { tags, summary: "The staff's referral boxes: received by their unit, or sent by themselves", querystring: referralListQuery, response: { 200: referralList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listReferrals(ctx, request.query)),
  );
  app.get('/api/v1/referrals/:id', { schema: { tags, summary: 'One referral with its history', params: referralIdParams, response: { 200: referral, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getReferral(ctx, request.params.id)),
  );
  app.get('/api/v1/citizens/:id/referrals', { schema: { tags, summary: "The citizen's referrals (the team and the citizen)", params: citizenIdParams, response: { 200: referralList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listCitizenReferrals(ctx, request.params.id)),
  );
  app.get('/api/v1/me/referrals', { schema: { tags, summary: "The logged-in citizen's referrals in plain words", response: { 200: myReferralList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listMyReferrals(ctx)),
  );
};
