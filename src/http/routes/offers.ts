import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemSchema } from '../../contracts/common.js';
import { offerDetail, offerIdParams, offerSearchQuery, offerSearchResult, publicOfferQuery } from '../../contracts/offers.js';
import { getOffer } from '../../features/offers/get-offer.js';
import { searchOffers } from '../../features/offers/search-offers.js';
import { runPublic } from '../run-public.js';

const tags = ['offers'];
const publicErrors = { 400: problemSchema, 404: problemSchema };

/** The offer catalogue: public search and offer pages, and the offer owners' upkeep. */
export const offerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/offers', { schema: { tags, summary: 'Search the published offers (no login needed)', security: [], querystring: offerSearchQuery, response: { 200: offerSearchResult, ...publicErrors } } }, (request) =>
    runPublic(request, request.query.municipality, (ctx) => searchOffers(ctx, request.query)),
  );
  app.get('/api/v1/offers/:id', { schema: { tags, summary: 'A published offer (no login needed)', security: [], params: offerIdParams, querystring: publicOfferQuery, response: { 200: offerDetail, ...publicErrors } } }, (request) =>
    runPublic(request, request.query.municipality, (ctx) => getOffer(ctx, request.params.id)),
  );
};
