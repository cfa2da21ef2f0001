import type { CompanionMatchList } from '../../contracts/companions.js';
import { rankMatches } from '../../domain/companion-matching.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { answerKey } from '../../platform/cache/answer-cache.js';
import { COMPANION_PURPOSE } from './companion-access.js';
import { reasonText } from './companion-messages.js';
import { findCompanionRequest } from './companion-repository.js';
import { companionMatchAnswers, MATCH_KEEP_MS } from './match-cache.js';
import { findMatchCandidates } from './match-repository.js';

/**
 * The volunteers who can go, best first, each with the reasons in words ("Har fulgt Birthe 6 gange", "Kan lide sport",
 * "2,1 km væk"). For the coordinator only. Two statements: the request, then every candidate at once.
 */
export async function listMatches(ctx: Ctx, requestId: string, limit: number): Promise<CompanionMatchList> {
  const row = await findCompanionRequest(ctx.trx, ctx.tenantId, requestId);
  if (!row) {
    await authorize(ctx, { action: 'companion.coordinate', resourceType: 'companion-request', resourceId: requestId, purpose: COMPANION_PURPOSE, details: { operation: 'matches' } });
    throw new AppError('not_found');
  }
  await authorize(ctx, { action: 'companion.coordinate', resourceType: 'companion-request', resourceId: requestId, citizenId: row.citizen_id, purpose: COMPANION_PURPOSE, details: { operation: 'matches' } });

  const key = answerKey({ requestId, version: row.version, limit, language: ctx.language });
  const nowMs = Date.now();
  const kept = companionMatchAnswers.find(ctx.tenantId, key, nowMs);
  if (kept) return kept;
  const generation = companionMatchAnswers.generation(ctx.tenantId);

  const candidates = await findMatchCandidates(ctx.trx, {
    tenantId: ctx.tenantId,
    requestId,
    citizenId: row.citizen_id,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    meetingLat: row.meeting_lat,
    meetingLon: row.meeting_lon,
    requiredCourse: row.required_course,
  });
  const ranked = rankMatches(
    candidates.map((c) => ({ userId: c.user_id, name: c.display_name, interests: c.interests, languages: c.languages, distanceKm: c.distance_km === null ? null : Number(c.distance_km), timesWithCitizen: Number(c.times_with_citizen) })),
    { activity: row.activity, needs: row.needs },
  );
  const answer: CompanionMatchList = {
    requestId,
    total: ranked.length,
    items: ranked.slice(0, limit).map((m) => ({
      volunteer: { userId: m.userId, name: m.name },
      distanceKm: m.distanceKm === null ? null : Math.round(m.distanceKm * 10) / 10,
      timesWithCitizen: m.timesWithCitizen,
      sharedInterests: m.sharedInterests,
      reasons: m.reasons.map((r) => reasonText(ctx.language, r, row.first_name)),
    })),
  };
  companionMatchAnswers.keep(ctx.tenantId, key, answer, generation, nowMs, MATCH_KEEP_MS);
  return answer;
}
