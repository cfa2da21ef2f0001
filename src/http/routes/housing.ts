import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authenticatedErrors, problemSchema } from '../../contracts/common.js';
import { housingProject, housingProjects, projectIdParams, residentialOffers, selfSufficiency, selfSufficiencyQuery, updateHousingProjectBody } from '../../contracts/housing.js';
import { getHousingProject } from '../../features/housing/get-housing-project.js';
import { getSelfSufficiency } from '../../features/housing/get-self-sufficiency.js';
import { listHousingProjects } from '../../features/housing/list-housing-projects.js';
import { listResidentialOffers } from '../../features/housing/list-residential-offers.js';
import { updateHousingProject } from '../../features/housing/update-housing-project.js';
import { runAsUser } from '../run-as-user.js';

const tags = ['housing'];
const errors = { ...authenticatedErrors, 409: problemSchema };

/** Housing capacity: residential offers, placements, self-sufficiency and Housing plan II. Aggregates only. */
export const housingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/housing/residential-offers', { schema: { tags, summary: "Residential offers with places, the municipality's citizens living there today, free places and waiting lists", response: { 200: residentialOffers, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listResidentialOffers(ctx)),
  );
  app.get('/api/v1/housing/self-sufficiency', { schema: { tags, summary: 'Residential placements inside and outside the municipality and the self-sufficiency rate per year, against the target', querystring: selfSufficiencyQuery, response: { 200: selfSufficiency, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getSelfSufficiency(ctx, request.query)),
  );
  app.get('/api/v1/housing/projects', { schema: { tags, summary: 'Housing plan II projects and the self-sufficiency expected when the unfinished ones are done', response: { 200: housingProjects, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listHousingProjects(ctx)),
  );
  app.get('/api/v1/housing/projects/:id', { schema: { tags, summary: 'One Housing plan II project', params: projectIdParams, response: { 200: housingProject, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getHousingProject(ctx, request.params.id)),
  );
  app.patch('/api/v1/housing/projects/:id', { schema: { tags, summary: "Change a project's status, dates, place changes or texts (finance; version checked, audited)", params: projectIdParams, body: updateHousingProjectBody, response: { 200: housingProject, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => updateHousingProject(ctx, request.params.id, request.body)),
  );
};
