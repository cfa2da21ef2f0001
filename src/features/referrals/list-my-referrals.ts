import type { MyReferralList } from '../../contracts/referrals.js';
import { unansweredReferralStates } from '../../domain/referral-state.js';
import { authorize } from '../../platform/access/authorize.js';
import { authorizeCitizen } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import { orderedParts } from './present-referral.js';
import { REFERRAL_PURPOSE } from './referral-access.js';
import { citizenHistoryText, citizenStateText } from './referral-messages.js';
import { activeConsentPartsByReferral, findOwnCitizenId, listEventsOfReferrals, listReferralsOfCitizen } from './referral-repository.js';

/**
 * "Mine henvisninger": the logged-in citizen's referrals in plain words ("Perron 4 har sagt ja til dig"), each with
 * what happened when and what of the plan is shared for it. Three statements, whatever the number of referrals.
 */
export async function listMyReferrals(ctx: Ctx): Promise<MyReferralList> {
  const citizenId = await findOwnCitizenId(ctx.trx, ctx.tenantId, ctx.actor.userId);
  if (!citizenId) {
    // No citizen record behind the login (yet): nothing to show, but only a citizen may ask.
    await authorize(ctx, { action: 'referral.read-own', resourceType: 'referral-list', purpose: 'self-service' });
    return { items: [] };
  }
  await authorizeCitizen(ctx, { citizenId, action: 'referral.read-own', purpose: 'self-service', resourceType: 'referral-list' });
  const rows = await listReferralsOfCitizen(ctx.trx, ctx.tenantId, citizenId);
  const ids = rows.map((r) => r.referral_id);
  const events = await listEventsOfReferrals(ctx.trx, ctx.tenantId, ids);
  const shared = await activeConsentPartsByReferral(ctx.trx, ctx.tenantId, citizenId, ids);
  return {
    items: rows.map((r) => {
      const names = { offer: r.offer_name, receiver: r.receiving_unit_name ?? r.offer_name };
      return {
        id: r.referral_id,
        offer: { id: r.offer_id, name: r.offer_name },
        receiverName: names.receiver,
        kind: r.kind,
        state: r.state,
        stateText: citizenStateText(ctx.language, r.state, r.kind, names),
        reason: r.reason,
        sentAt: r.sent_at.toISOString(),
        sharedParts: orderedParts(shared.get(r.referral_id) ?? []),
        canWithdraw: unansweredReferralStates.has(r.state),
        version: r.version,
        history: events.filter((e) => e.referral_id === r.referral_id).map((e) => ({ state: e.to_state, text: citizenHistoryText(ctx.language, e.to_state, names), at: e.occurred_at.toISOString() })),
      };
    }),
  };
}
