import type { Overview } from '../../contracts/plan.js';
import { AnswerCache } from './answer-cache.js';

/**
 * Answers about one citizen kept for a short while (today: the whole-situation overview, which a team reads far more
 * often than it changes). Every write about the citizen passes the one gate, authorizeCitizen, which forgets the
 * citizen's answers once the write has committed; the access check and its audit entry still run on every read.
 */
export const citizenOverviews = new AnswerCache<Overview>(5_000);

export const citizenScope = (tenantId: string, citizenId: string) => `${tenantId}:${citizenId}`;
