import { AnswerCache } from '../../platform/cache/answer-cache.js';

/**
 * Answers of the public offer search, per municipality, as the JSON that was sent: the catalogue is public, changes
 * seldom and is searched with the same few words again and again. The offer owners' use cases and the HSDS import
 * forget a municipality's answers after they commit; the search route finds and keeps them (http/cached-search.ts).
 */
export const offerSearchAnswers = new AnswerCache<string>(2_000);
