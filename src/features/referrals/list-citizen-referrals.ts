import type { ReferralList } from '../../contracts/referrals.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { authorizeCitizen } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import { presentReferralSummary } from './present-referral.js';
import { REFERRAL_PURPOSE } from './referral-access.js';
import { listReferralsOfCitizen } from './referral-repository.js';

/** All the citizen's referrals, newest first: for the team and the citizen (the receivers see only their own). */
export async function listCitizenReferrals(ctx: Ctx, citizenId: string): Promise<ReferralList> {
  await authorizeCitizen(ctx, { citizenId, action: ctx.actor.kind === 'citizen' ? 'referral.read-own' : 'referral.send', purpose: REFERRAL_PURPOSE, resourceType: 'referral-list' });
  const today = copenhagenToday(ctx.now);
  return { items: (await listReferralsOfCitizen(ctx.trx, ctx.tenantId, citizenId)).map((r) => presentReferralSummary(r, today)) };
}
