import type { Referral, ReferralSummary } from '../../contracts/referrals.js';
import { ageOn } from '../../domain/age.js';
import { isPlanPart, planParts, type PlanPart } from '../../domain/plan-parts.js';
import { isReferralOverdue, movesFor, type ReferralSide } from '../../domain/referral-state.js';
import type { ReferralEventRow, ReferralRow, ReferralSummaryRow } from './referral-repository.js';

/** Plan parts in the plan's own order, whatever order they were stored in. */
export function orderedParts(parts: readonly string[]): PlanPart[] {
  const given = new Set(parts.filter(isPlanPart));
  return planParts.filter((p) => given.has(p));
}

export function presentReferralSummary(row: ReferralSummaryRow, today: string): ReferralSummary {
  return {
    id: row.referral_id,
    citizen: { id: row.citizen_id, firstName: row.first_name, lastName: row.last_name },
    offer: { id: row.offer_id, name: row.offer_name },
    receivingUnit: row.receiving_unit_id ? { id: row.receiving_unit_id, name: row.receiving_unit_name ?? '' } : null,
    kind: row.kind,
    senderName: row.sender_name,
    state: row.state,
    sentAt: row.sent_at.toISOString(),
    answerDueOn: row.answer_due_on,
    overdue: isReferralOverdue(row.state, row.answer_due_on, today),
    version: row.version,
  };
}

/** One referral as the reader may see it: the sides they are on decide the moves offered. */
export function presentReferral(row: ReferralRow, events: ReferralEventRow[], sharedNow: readonly string[], sides: ReadonlySet<ReferralSide>, today: string): Referral {
  return {
    ...presentReferralSummary(row, today),
    citizen: { id: row.citizen_id, firstName: row.first_name, lastName: row.last_name, age: ageOn(row.birth_date, today) },
    senderUnitName: row.sender_unit_name,
    message: row.message,
    reason: row.reason,
    sharedParts: orderedParts(row.shared_parts),
    sharedNow: orderedParts(sharedNow),
    answeredAt: row.answered_at?.toISOString() ?? null,
    sides: (['receiver', 'sender', 'citizen'] as const).filter((side) => sides.has(side)),
    moves: movesFor(row.state, sides).map((move) => ({ to: move.to, reasonRequired: move.reasonRequired })),
    history: events.map((e) => ({ id: e.event_id, fromState: e.from_state, toState: e.to_state, reason: e.reason, actorName: e.actor_name, at: e.occurred_at.toISOString() })),
  };
}
