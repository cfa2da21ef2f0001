import { birthDateFromCpr } from './cpr.js';
import { copenhagenToday } from './copenhagen-time.js';

/**
 * Here-and-now support at the reception centres (DOMAIN §4.3; the vulnerable-citizens plan 2018-2021, "Her og
 * nu-støtte"): a person walks in or is referred, says what they need, waits, is helped by a worker, and is followed
 * up two weeks later.
 */

/** The needs of the plan's text box "Her og nu støtte", in its order. */
export const receptionNeeds = [
  'housing',
  'accompany-jobcentre',
  'accompany-treatment',
  'accompany-psychiatry',
  'accompany-doctor',
  'accompany-citizen-service',
  'meal',
  'stabilisation',
] as const;
export type ReceptionNeed = (typeof receptionNeeds)[number];

export const arrivalKinds = ['walk-in', 'referred'] as const;
export type ArrivalKind = (typeof arrivalKinds)[number];

export const visitStatuses = ['waiting', 'with-worker', 'done', 'left'] as const;
export type VisitStatus = (typeof visitStatuses)[number];

/** waiting → with-worker → done; a visitor may leave while waiting or while with a worker. Done and left are final. */
const nextStatuses: Record<VisitStatus, readonly VisitStatus[]> = {
  waiting: ['with-worker', 'left'],
  'with-worker': ['done', 'left'],
  done: [],
  left: [],
};

export function canChangeVisitStatus(from: VisitStatus, to: VisitStatus): boolean {
  return nextStatuses[from].includes(to);
}

/** Still in the centre's queue: waiting, or with a worker. */
export function isOpenVisit(status: VisitStatus): boolean {
  return status === 'waiting' || status === 'with-worker';
}

/**
 * Only a visit where the person was helped gets a follow-up: someone who left before a worker could help received
 * no support to follow up on, and staff register them again when they come back.
 */
export function getsFollowUp(status: VisitStatus): boolean {
  return status === 'done';
}

export const followUpAfterDays = 14;

function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** The Danish calendar date the follow-up falls due: `days` after the Danish day on which the visit ended. */
export function followUpDueOn(endedAt: Date, days = followUpAfterDays): string {
  return addDays(copenhagenToday(endedAt), days);
}

/** Whether a follow-up due on `dueOn` is still ahead, due today, or overdue, on the Danish day `today`. */
export function followUpState(dueOn: string, today: string): 'upcoming' | 'due' | 'overdue' {
  if (dueOn > today) return 'upcoming';
  return dueOn === today ? 'due' : 'overdue';
}

/**
 * Whole minutes the visitor waited for a worker: until handed over, until they left without one, or until now
 * while they still wait. Never negative (a clock a little out of step must not show "-1 min").
 */
export function waitingMinutes(visit: { arrivedAt: Date; handedOverAt: Date | null; finishedAt: Date | null }, now: Date): number {
  const end = visit.handedOverAt ?? visit.finishedAt ?? now;
  return Math.max(0, Math.floor((end.getTime() - visit.arrivedAt.getTime()) / 60_000));
}

/**
 * True when the text holds something that reads as a CPR number: six digits that form a real birth date, an optional
 * dash or space, four digits. An anonymous record must never carry one (it would no longer be anonymous, and the CPR
 * number belongs encrypted in the citizen record only).
 */
export function containsCprNumber(text: string): boolean {
  for (const match of text.matchAll(/(?<!\d)(\d{6})[- ]?(\d{4})(?!\d)/g)) {
    if (birthDateFromCpr(`${match[1]}${match[2]}`) !== null) return true;
  }
  return false;
}
