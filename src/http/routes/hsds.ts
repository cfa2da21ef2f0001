import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemSchema } from '../../contracts/common.js';
import {
  hsdsIdParams,
  hsdsObject,
  hsdsOrganizationQuery,
  hsdsOrganizationsQuery,
  hsdsPage,
  hsdsRoot,
  hsdsRootQuery,
  hsdsServiceAtLocationsQuery,
  hsdsServiceQuery,
  hsdsServicesQuery,
  hsdsTaxonomiesQuery,
  hsdsTaxonomyTermsQuery,
} from '../../contracts/hsds.js';
import { getHsdsOrganization } from '../../features/hsds/get-hsds-organization.js';
import { getHsdsRoot } from '../../features/hsds/get-hsds-root.js';
import { getHsdsServiceAtLocation } from '../../features/hsds/get-hsds-service-at-location.js';
import { getHsdsService } from '../../features/hsds/get-hsds-service.js';
import { getHsdsTaxonomyTerm } from '../../features/hsds/get-hsds-taxonomy-term.js';
import { getHsdsTaxonomy } from '../../features/hsds/get-hsds-taxonomy.js';
import { listHsdsOrganizations } from '../../features/hsds/list-hsds-organizations.js';
import { listHsdsServiceAtLocations } from '../../features/hsds/list-hsds-service-at-locations.js';
import { listHsdsServices } from '../../features/hsds/list-hsds-services.js';
import { listHsdsTaxonomies } from '../../features/hsds/list-hsds-taxonomies.js';
import { listHsdsTaxonomyTerms } from '../../features/hsds/list-hsds-taxonomy-terms.js';
import { runPublic } from '../run-public.js';

const tags = ['hsds'];
const errors = { 400: problemSchema, 404: problemSchema };
const base = '/api/hsds';

/** The Open Referral HSDS 3.0 API, read-only and public, over the published catalogue of one municipality. */
export const hsdsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(`${base}/`, { schema: { tags, summary: 'What this HSDS API is (HSDS version and OpenAPI document)', security: [], querystring: hsdsRootQuery, response: { 200: hsdsRoot, ...errors } } }, (request) =>
    runPublic(request, request.query.municipality, async () => getHsdsRoot(request.server.deps.config.publicUrl)),
  );

  app.get(`${base}/services`, { schema: { tags, summary: 'Published services, a page at a time', security: [], querystring: hsdsServicesQuery, response: { 200: hsdsPage, ...errors } } }, (request) =>
    runPublic(request, request.query.municipality, (ctx) => listHsdsServices(ctx, request.query)),
  );
  app.get(`${base}/services/:id`, { schema: { tags, summary: 'A published service, fully nested', security: [], params: hsdsIdParams, querystring: hsdsServiceQuery, response: { 200: hsdsObject, ...errors } } }, (request) =>
    runPublic(request, request.query.municipality, (ctx) => getHsdsService(ctx, request.params.id)),
  );

  app.get(`${base}/organizations`, { schema: { tags, summary: 'Organizations, a page at a time', security: [], querystring: hsdsOrganizationsQuery, response: { 200: hsdsPage, ...errors } } }, (request) =>
    runPublic(request, request.query.municipality, (ctx) => listHsdsOrganizations(ctx, request.query)),
  );
  app.get(`${base}/organizations/:id`, { schema: { tags, summary: 'An organization with its locations and published services', security: [], params: hsdsIdParams, querystring: hsdsOrganizationQuery, response: { 200: hsdsObject, ...errors } } }, (request) =>
    runPublic(request, request.query.municipality, (ctx) => getHsdsOrganization(ctx, request.params.id, request.query.full_service === true)),
  );

  app.get(`${base}/service_at_locations`, { schema: { tags, summary: 'Where published services are given, a page at a time', security: [], querystring: hsdsServiceAtLocationsQuery, response: { 200: hsdsPage, ...errors } } }, (request) =>
    runPublic(request, request.query.municipality, (ctx) => listHsdsServiceAtLocations(ctx, request.query)),
  );
  app.get(`${base}/service_at_locations/:id`, { schema: { tags, summary: 'A service at a location, fully nested', security: [], params: hsdsIdParams, querystring: hsdsServiceQuery, response: { 200: hsdsObject, ...errors } } }, (request) =>
    runPublic(request, request.query.municipality, (ctx) => getHsdsServiceAtLocation(ctx, request.params.id)),
  );

  app.get(`${base}/taxonomies`, { schema: { tags, summary: 'Taxonomies, a page at a time', security: [], querystring: hsdsTaxonomiesQuery, response: { 200: hsdsPage, ...errors } } }, (request) =>
    runPublic(request, request.query.municipality, (ctx) => listHsdsTaxonomies(ctx, request.query)),
  );
  app.get(`${base}/taxonomies/:id`, { schema: { tags, summary: 'A taxonomy', security: [], params: hsdsIdParams, querystring: hsdsServiceQuery, response: { 200: hsdsObject, ...errors } } }, (request) =>
    runPublic(request, request.query.municipality, (ctx) => getHsdsTaxonomy(ctx, request.params.id)),
  );

  app.get(`${base}/taxonomy_terms`, { schema: { tags, summary: 'Taxonomy terms, a page at a time', security: [], querystring: hsdsTaxonomyTermsQuery, response: { 200: hsdsPage, ...errors } } }, (request) =>
    runPublic(request, request.query.municipality, (ctx) => listHsdsTaxonomyTerms(ctx, request.query)),
  );
  app.get(`${base}/taxonomy_terms/:id`, { schema: { tags, summary: 'A taxonomy term', security: [], params: hsdsIdParams, querystring: hsdsServiceQuery, response: { 200: hsdsObject, ...errors } } }, (request) =>
    runPublic(request, request.query.municipality, (ctx) => getHsdsTaxonomyTerm(ctx, request.params.id)),
  );
};
