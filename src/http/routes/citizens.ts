import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { caseloadList, caseloadQuery, citizenIdParams, citizenRecord, cprSearchBody, cprSearchResult, createCitizenBody, setTeamBody, teamList, updateCitizenBody } from '../../contracts/citizens.js';
import { authenticatedErrors, problemSchema } from '../../contracts/common.js';
import { createCitizen } from '../../features/citizens/create-citizen.js';
import { getCitizen } from '../../features/citizens/get-citizen.js';
import { listCaseload } from '../../features/citizens/list-caseload.js';
import { searchCitizensByCpr } from '../../features/citizens/search-citizens-by-cpr.js';
import { setCitizenTeam } from '../../features/citizens/set-citizen-team.js';
import { updateCitizen } from '../../features/citizens/update-citizen.js';
import { cprProtection } from '../../platform/crypto/cpr-protection.js';
import { runAsUser } from '../run-as-user.js';

const errors = { ...authenticatedErrors, 409: problemSchema };
const tags = ['citizens'];

/** The citizen's record for staff: caseload, CPR search, registration, the record and its team. */
export const citizenRoutes: FastifyPluginAsyncZod = async (app) => {
  const cpr = cprProtection(app.deps.config.cprKey);
  app.get('/api/v1/citizens', { schema: { tags, summary: 'My caseload, optionally filtered by name', querystring: caseloadQuery, response: { 200: caseloadList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listCaseload(ctx, cpr, request.query)),
  );
  app.post('/api/v1/citizens/search-by-cpr', { schema: { tags, summary: 'Find a citizen by CPR number (case officers)', body: cprSearchBody, response: { 200: cprSearchResult, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => searchCitizensByCpr(ctx, cpr, request.body)),
  );
  app.post('/api/v1/citizens', { schema: { tags, summary: 'Register a citizen (case officers)', body: createCitizenBody, response: { 201: citizenRecord, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await runAsUser(request, (ctx) => createCitizen(ctx, cpr, request.body))),
  );
  app.get('/api/v1/citizens/:id', { schema: { tags, summary: "The citizen's record", params: citizenIdParams, response: { 200: citizenRecord, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getCitizen(ctx, cpr, request.params.id)),
  );
  app.patch('/api/v1/citizens/:id', { schema: { tags, summary: "Change the citizen's record", params: citizenIdParams, body: updateCitizenBody, response: { 200: citizenRecord, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => updateCitizen(ctx, cpr, request.params.id, request.body)),
  );
  app.put('/api/v1/citizens/:id/team', { schema: { tags, summary: "Replace the citizen's team (a case officer on the team)", params: citizenIdParams, body: setTeamBody, response: { 200: teamList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => setCitizenTeam(ctx, request.params.id, request.body)),
  );
};
