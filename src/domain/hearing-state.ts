import type { Permission, Role } from './roles.js';
import { rolesAllow } from './roles.js';

/**
 * A hearing (høring): a decision sent to a council for consultation. Udsatterådet "har høringsret i forbindelse med
 * politiske beslutninger" and Handicaprådet advises the city council (seed 004, DOMAIN §4.6). Its life:
 *
 *   open ──answer──▶ answered ──outcome──▶ closed
 *     └──────────── outcome (only after the deadline: the council did not answer) ───▶ closed
 *
 * An answered hearing can be answered again until the outcome is recorded (the council corrects its response; the
 * version guards against two members writing at once). A closed hearing is final.
 */
export const hearingStatuses = ['open', 'answered', 'closed'] as const;
export type HearingStatus = (typeof hearingStatuses)[number];
export type HearingAction = 'answer' | 'outcome';

export type HearingMove =
  | { allowed: true; to: HearingStatus }
  /** Why not, as a stable key the use case translates. */
  | { allowed: false; reason: 'closed' | 'not-answered-before-deadline' };

/** Whether an action may be taken on a hearing in `status`, on `today` (Danish calendar date), and where it leads. */
export function moveHearing(status: HearingStatus, action: HearingAction, respondBy: string, today: string): HearingMove {
  if (status === 'closed') return { allowed: false, reason: 'closed' };
  if (action === 'answer') return { allowed: true, to: 'answered' };
  if (status === 'answered') return { allowed: true, to: 'closed' };
  // Open: the outcome is recorded without a response only once the council has let the deadline pass.
  return today > respondBy ? { allowed: true, to: 'closed' } : { allowed: false, reason: 'not-answered-before-deadline' };
}

/** Overdue: still open after the day it was to be answered by. */
export function isOverdue(hearing: { status: HearingStatus; respondBy: string }, today: string): boolean {
  return hearing.status === 'open' && today > hearing.respondBy;
}

/** Days left to answer (0 on the last day, negative when overdue); null once answered or closed. */
export function daysToAnswer(hearing: { status: HearingStatus; respondBy: string }, today: string): number | null {
  if (hearing.status !== 'open') return null;
  return Math.round((Date.parse(`${hearing.respondBy}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/**
 * Which hearings a reader sees. A council member (hearing.answer) sees the hearings of the councils they sit on;
 * those who send hearings and decide on them (council.manage: the administration; the politicians with council.read)
 * see them all. Anyone without council.read sees none.
 */
export type HearingScope = 'all' | 'own-councils' | 'none';

export function hearingScope(roles: readonly Role[]): HearingScope {
  const can = (permission: Permission) => rolesAllow(roles, permission);
  if (!can('council.read')) return 'none';
  if (can('council.manage')) return 'all';
  return can('hearing.answer') ? 'own-councils' : 'all';
}
