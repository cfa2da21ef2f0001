/**
 * The referral's closed loop (issue 4): a worker refers a citizen to an offer, or the citizen applies to a
 * self-referral offer, and the receiving unit answers and reports back.
 *
 *   sent → received → accepted | declined (reason)
 *   accepted → started → completed | stopped (reason)
 *
 * Decisions beyond that outline, kept in the one table below:
 * - The receiver may answer straight from 'sent' (accepted or declined). Reading it is implied by answering, so
 *   the history then records 'received' first and the answer second (`via`), and every answered referral has
 *   both steps.
 * - 'accepted → stopped' (reason): the citizen never began. Without it an accepted referral could stay open forever.
 * - Withdrawal: before the receiver has answered, the sender or the citizen may stop the referral (reason
 *   required, 'sent|received → stopped'). After an answer only the receiver reports how it went.
 * - Who: the receiving unit's staff make the receiver's moves; the sender and the citizen only withdraw.
 *   For a self-referral the citizen is the sender.
 * declined, completed and stopped are final.
 */
export const referralStates = ['sent', 'received', 'accepted', 'declined', 'started', 'completed', 'stopped'] as const;
export type ReferralState = (typeof referralStates)[number];

/** The side an actor is on for a given referral. One person may be on more than one (a worker referring to their own unit). */
export type ReferralSide = 'receiver' | 'sender' | 'citizen';

export interface ReferralTransition {
  from: ReferralState;
  to: ReferralState;
  by: readonly ReferralSide[];
  reasonRequired: boolean;
  /** A state the move passes through on the way, recorded in the history before `to`. */
  via?: ReferralState;
}

export const referralTransitions: readonly ReferralTransition[] = [
  { from: 'sent', to: 'received', by: ['receiver'], reasonRequired: false },
  { from: 'sent', to: 'accepted', by: ['receiver'], reasonRequired: false, via: 'received' },
  { from: 'sent', to: 'declined', by: ['receiver'], reasonRequired: true, via: 'received' },
  { from: 'received', to: 'accepted', by: ['receiver'], reasonRequired: false },
  { from: 'received', to: 'declined', by: ['receiver'], reasonRequired: true },
  { from: 'accepted', to: 'started', by: ['receiver'], reasonRequired: false },
  { from: 'accepted', to: 'stopped', by: ['receiver'], reasonRequired: true },
  { from: 'started', to: 'completed', by: ['receiver'], reasonRequired: false },
  { from: 'started', to: 'stopped', by: ['receiver'], reasonRequired: true },
  { from: 'sent', to: 'stopped', by: ['sender', 'citizen'], reasonRequired: true },
  { from: 'received', to: 'stopped', by: ['sender', 'citizen'], reasonRequired: true },
];

export const finalReferralStates: ReadonlySet<ReferralState> = new Set(['declined', 'completed', 'stopped']);

/** The states in which the receiver has not yet answered: an answer is due. */
export const unansweredReferralStates: ReadonlySet<ReferralState> = new Set(['sent', 'received']);

export function isReferralState(value: string): value is ReferralState {
  return (referralStates as readonly string[]).includes(value);
}

export type TransitionDecision =
  | { allowed: true; transition: ReferralTransition; steps: ReferralState[] }
  | { allowed: false; reason: 'not-a-move' | 'not-yours' | 'reason-required' };

/**
 * Whether an actor on the given sides may move a referral from one state to another, with or without a reason.
 * `steps` are the states to record in the history, in order. A reason is text with something in it.
 */
export function decideReferralTransition(from: ReferralState, to: ReferralState, sides: ReadonlySet<ReferralSide>, reason: string | null | undefined): TransitionDecision {
  const transition = referralTransitions.find((t) => t.from === from && t.to === to);
  if (!transition) return { allowed: false, reason: 'not-a-move' };
  if (!transition.by.some((side) => sides.has(side))) return { allowed: false, reason: 'not-yours' };
  if (transition.reasonRequired && !(reason ?? '').trim()) return { allowed: false, reason: 'reason-required' };
  return { allowed: true, transition, steps: transition.via ? [transition.via, to] : [to] };
}

/** The moves an actor on the given sides may make from a state: the buttons to offer them. */
export function movesFor(from: ReferralState, sides: ReadonlySet<ReferralSide>): ReferralTransition[] {
  return referralTransitions.filter((t) => t.from === from && t.by.some((side) => sides.has(side)));
}

/** A referral is overdue when the receiver has not answered and the last day to answer has passed. */
export function isReferralOverdue(state: ReferralState, answerDueOn: string, today: string): boolean {
  return unansweredReferralStates.has(state) && today > answerDueOn;
}
