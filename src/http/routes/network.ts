import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { citizenIdParams } from '../../contracts/citizens.js';
import { authenticatedErrors, problemSchema } from '../../contracts/common.js';
import { acceptedInvitation, acceptInvitationBody, createNetworkMemberBody, invitation, memberParams, networkList, networkMember, updateNetworkMemberBody } from '../../contracts/network.js';
import { acceptInvitation } from '../../features/network/accept-invitation.js';
import { addNetworkMember } from '../../features/network/add-network-member.js';
import { createInvitation } from '../../features/network/create-invitation.js';
import { listNetwork } from '../../features/network/list-network.js';
import { removeNetworkMember } from '../../features/network/remove-network-member.js';
import { updateNetworkMember } from '../../features/network/update-network-member.js';
import { runAsUser } from '../run-as-user.js';

const errors = { ...authenticatedErrors, 409: problemSchema };
const tags = ['network'];

/** The citizen's relatives and network, and invitations for them to log in. */
export const networkRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/citizens/:id/network', { schema: { tags, summary: "The citizen's relatives and network", params: citizenIdParams, response: { 200: networkList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listNetwork(ctx, request.params.id)),
  );
  app.post('/api/v1/citizens/:id/network', { schema: { tags, summary: 'Add a person to the network', params: citizenIdParams, body: createNetworkMemberBody, response: { 201: networkMember, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await runAsUser(request, (ctx) => addNetworkMember(ctx, request.params.id, request.body))),
  );
  app.patch('/api/v1/citizens/:id/network/:memberId', { schema: { tags, summary: 'Change a network member', params: memberParams, body: updateNetworkMemberBody, response: { 200: networkMember, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => updateNetworkMember(ctx, request.params.id, request.params.memberId, request.body)),
  );
  app.delete('/api/v1/citizens/:id/network/:memberId', { schema: { tags, summary: 'Remove a person from the network (withdraws their consents)', params: memberParams, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await runAsUser(request, (ctx) => removeNetworkMember(ctx, request.params.id, request.params.memberId));
    return reply.status(204).send(null);
  });
  app.post('/api/v1/citizens/:id/network/:memberId/invitation', { schema: { tags, summary: 'Invite a network member to log in (the code is shown once)', params: memberParams, response: { 201: invitation, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await runAsUser(request, (ctx) => createInvitation(ctx, request.params.id, request.params.memberId))),
  );
  app.post('/api/v1/invitations/accept', { schema: { tags, summary: 'Accept an invitation as the logged-in person', body: acceptInvitationBody, response: { 200: acceptedInvitation, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => acceptInvitation(ctx, request.body)),
  );
};
