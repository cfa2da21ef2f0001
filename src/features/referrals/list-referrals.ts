import type { ReferralList, ReferralListQuery } from '../../contracts/referrals.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { AccessDenied, authorize } from '../../platform/access/authorize.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Ctx } from '../../platform/context.js';
import { presentReferralSummary } from './present-referral.js';
import { REFERRAL_PURPOSE } from './referral-access.js';
import { listReceivedReferrals, listSentReferrals, unitAndAboveIds } from './referral-repository.js';

/**
 * The staff's referral boxes: 'received' — the referrals to the actor's unit (or a unit above it, which its
 * sub-units act for); 'sent' — the actor's own, of citizens whose team they are on. Overdue ones are flagged.
 * A list shows citizens' names, so each listed citizen gets an audit entry of their own, as the caseload does.
 */
export async function listReferrals(ctx: Ctx, query: ReferralListQuery): Promise<ReferralList> {
  const action = query.box === 'received' ? 'referral.receive' : 'referral.send';
  const entry = { action, resourceType: 'referral-list', purpose: REFERRAL_PURPOSE, details: { box: query.box, ...(query.state && { state: query.state }) } } as const;
  if (ctx.actor.kind !== 'staff') throw new AccessDenied('forbidden', { ...entry, outcome: 'denied', details: { ...entry.details, reason: 'staff-only' } });
  await authorize(ctx, entry);
  const rows =
    query.box === 'received'
      ? ctx.actor.orgUnitId
        ? await listReceivedReferrals(ctx.trx, ctx.tenantId, await unitAndAboveIds(ctx.trx, ctx.tenantId, ctx.actor.orgUnitId), query.state, query.limit)
        : []
      : await listSentReferrals(ctx.trx, ctx.tenantId, ctx.actor.userId, query.state, query.limit);
  for (const citizenId of new Set(rows.map((r) => r.citizen_id))) {
    await recordAudit(ctx, { action, resourceType: 'referral', citizenId, purpose: REFERRAL_PURPOSE, outcome: 'allowed', details: { listed: true, box: query.box } });
  }
  const today = copenhagenToday(ctx.now);
  return { items: rows.map((r) => presentReferralSummary(r, today)) };
}
