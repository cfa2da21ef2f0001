import type { CompanionMatchList } from '../../contracts/companions.js';
import { AnswerCache } from '../../platform/cache/answer-cache.js';
import type { Ctx } from '../../platform/context.js';
import { afterCommit } from '../../platform/db/tenant-transaction.js';

/**
 * The match list of a request, kept for a short while per municipality (platform/cache/answer-cache.ts): the
 * coordinator's page asks for it again and again while nothing has changed, and the first cut is the heaviest read of
 * the area. Any write that can change a match — a request created, assigned, taken, answered, cancelled or closed,
 * and a volunteer's profile, pattern, exceptions or courses — forgets the municipality's kept lists once it commits
 * (`forgetMatchesAfterCommit`). Another server process sees a change when the lists expire (MATCH_KEEP_MS). The
 * access check and its audit entry run on every read.
 */
export const companionMatchAnswers = new AnswerCache<CompanionMatchList>(2_000);

/** As long as the other kept answers (the search's and the overview's default): a change through this process is seen at once. */
export const MATCH_KEEP_MS = 30_000;

export function forgetMatchesAfterCommit(ctx: Pick<Ctx, 'trx' | 'tenantId'>): void {
  afterCommit(ctx.trx, () => companionMatchAnswers.forget(ctx.tenantId));
}
