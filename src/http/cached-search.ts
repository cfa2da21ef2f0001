import type { FastifyReply, FastifyRequest } from 'fastify';
import { offerSearchResult, type OfferSearchQuery } from '../contracts/offers.js';
import { offerSearchAnswers } from '../features/offers/search-answer-cache.js';
import { answerKey } from '../platform/cache/answer-cache.js';
import { searchOffers } from '../features/offers/search-offers.js';
import { publicMunicipality, runPublicIn } from './run-public.js';

/**
 * The public offer search with its answers kept for `config.searchCacheSeconds` (features/offers/search-answer-cache.ts).
 * A kept answer is sent as the JSON it was, without opening a transaction. The answer is checked against the contract
 * once, when it is made, as the serializer would check it.
 */
export async function sendOfferSearch(request: FastifyRequest, reply: FastifyReply, query: OfferSearchQuery): Promise<void> {
  const municipality = await publicMunicipality(request, query.municipality);
  const { config, clock } = request.server.deps;
  const key = answerKey(query);
  let body = offerSearchAnswers.find(municipality.id, key, clock().getTime());
  if (body === undefined) {
    const generation = offerSearchAnswers.generation(municipality.id);
    const answer = await runPublicIn(request, municipality, (ctx) => searchOffers(ctx, query));
    body = JSON.stringify(offerSearchResult.parse(answer));
    offerSearchAnswers.keep(municipality.id, key, body, generation, clock().getTime(), config.searchCacheSeconds * 1000);
  }
  await reply.type('application/json; charset=utf-8').send(body);
}
