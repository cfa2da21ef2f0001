import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authenticatedErrors, problemSchema } from '../../contracts/common.js';
import {
  createOfferBody,
  lifecycleBody,
  managedOffer,
  managedOfferList,
  offerChoices,
  offerDetail,
  offerIdParams,
  offerSearchQuery,
  offerSearchResult,
  publicOfferQuery,
  updateOfferBody,
} from '../../contracts/offers.js';
import { changeOfferLifecycle } from '../../features/offers/change-offer-lifecycle.js';
import { createOffer } from '../../features/offers/create-offer.js';
import { getManagedOffer } from '../../features/offers/get-managed-offer.js';
import { getOfferChoices } from '../../features/offers/get-offer-choices.js';
import { getOffer } from '../../features/offers/get-offer.js';
import { getSearchCalendar } from '../../features/offers/search-calendar.js';
import { listManagedOffers } from '../../features/offers/list-managed-offers.js';
import { updateOffer } from '../../features/offers/update-offer.js';
import { runAsUser } from '../run-as-user.js';
import { sendOfferSearch } from '../cached-search.js';
import { runPublic } from '../run-public.js';
import { CALENDAR_TYPE } from '../../interop/ical/write-calendar.js';

const tags = ['offers'];
const publicErrors = { 400: problemSchema, 404: problemSchema };
const errors = { ...authenticatedErrors, 409: problemSchema };

/** The offer catalogue: public search and offer pages, and the offer owners' upkeep. */
export const offerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/offers', { schema: { tags, summary: 'Search the published offers (no login needed)', security: [], querystring: offerSearchQuery, response: { 200: offerSearchResult, ...publicErrors } } }, (request, reply) =>
    sendOfferSearch(request, reply, request.query),
  );
  app.get(
    '/api/v1/offers/calendar.ics',
    { schema: { tags, summary: "A search's offers (opening hours and coming events) as an iCalendar feed (text/calendar)", security: [], querystring: offerSearchQuery, response: publicErrors } },
    async (request, reply) => {
      const { publicUrl } = request.server.deps.config;
      const name = request.query.q ? `Mestring: ${request.query.q}` : 'Mestring: tilbud';
      const calendar = await runPublic(request, request.query.municipality, (ctx) => getSearchCalendar(ctx, request.query, { name, publicUrl }));
      return reply.type(CALENDAR_TYPE).header('content-disposition', 'inline; filename="tilbud.ics"').send(calendar as never);
    },
  );
  app.get('/api/v1/offers/:id', { schema: { tags, summary: 'A published offer (no login needed)', security: [], params: offerIdParams, querystring: publicOfferQuery, response: { 200: offerDetail, ...publicErrors } } }, (request) =>
    runPublic(request, request.query.municipality, (ctx) => getOffer(ctx, request.params.id)),
  );

  app.get('/api/v1/managed-offers', { schema: { tags, summary: 'The offers the logged-in offer owner keeps, in every state', response: { 200: managedOfferList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listManagedOffers(ctx)),
  );
  app.get('/api/v1/managed-offers/choices', { schema: { tags, summary: 'Providers, places and units an offer form can choose from', response: { 200: offerChoices, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getOfferChoices(ctx)),
  );
  app.get('/api/v1/offers/:id/managed', { schema: { tags, summary: 'An offer as its owner edits it, in any state', params: offerIdParams, response: { 200: managedOffer, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getManagedOffer(ctx, request.params.id)),
  );
  app.post('/api/v1/offers', { schema: { tags, summary: 'Create an offer (as a draft)', body: createOfferBody, response: { 201: managedOffer, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await runAsUser(request, (ctx) => createOffer(ctx, request.body))),
  );
  app.patch('/api/v1/offers/:id', { schema: { tags, summary: 'Change an offer (also confirms it)', params: offerIdParams, body: updateOfferBody, response: { 200: managedOffer, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => updateOffer(ctx, request.params.id, request.body)),
  );
  app.post('/api/v1/offers/:id/lifecycle', { schema: { tags, summary: 'Publish, archive, take back to draft, or confirm an offer', params: offerIdParams, body: lifecycleBody, response: { 200: managedOffer, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => changeOfferLifecycle(ctx, request.params.id, request.body)),
  );
};
