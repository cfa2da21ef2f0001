import type { ActivityStatus } from '../../domain/strategy-status.js';

/** Pure rules of strategy tracking: when an activity is stale, and what a period or a selection may be. */

/** "No progress for 90 days" (issue 7): the leader's list of activities that nobody has written about. */
export const STALE_AFTER_DAYS = 90;

const DAY_MS = 86_400_000;

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export interface StaleFacts {
  status: ActivityStatus;
  periodFrom: string | null;
  /** The newest progress note's date; null without notes. */
  lastNoteOn: string | null;
  /** The day the activity was recorded, counted from when it has no note. */
  createdOn: string;
}

/**
 * An activity is stale when it is open — in progress, ongoing, or not started although its period has begun — and
 * nothing has been written about it for 90 days or more (counted from its newest note, or from when it was
 * recorded if it has none). Done and stopped activities are closed; a not-started one whose period lies ahead has
 * nothing to report yet.
 */
export function staleness(facts: StaleFacts, today: string): { stale: boolean; daysWithoutNote: number } {
  const since = facts.lastNoteOn ?? facts.createdOn;
  const daysWithoutNote = Math.max(0, daysBetween(since, today));
  if (facts.status === 'done' || facts.status === 'stopped') return { stale: false, daysWithoutNote };
  if (facts.status === 'not-started' && (facts.periodFrom === null || facts.periodFrom > today)) return { stale: false, daysWithoutNote };
  return { stale: daysWithoutNote >= STALE_AFTER_DAYS, daysWithoutNote };
}

export type PeriodProblem = 'period.backwards';

/** A period's end may not come before its start. */
export function periodProblem(from: string | null | undefined, to: string | null | undefined): PeriodProblem | null {
  return from && to && to < from ? 'period.backwards' : null;
}

export type NoteProblem = 'note.future' | 'note.too-old';

/** A progress note tells what has happened: not dated in the future, nor before 2000. */
export function noteDateProblem(notedOn: string, today: string): NoteProblem | null {
  if (notedOn > today) return 'note.future';
  if (notedOn < '2000-01-01') return 'note.too-old';
  return null;
}

export type SelectionProblem = 'selection.decided-after-year' | 'selection.decided-too-early' | 'selection.decided-future' | 'selection.duplicate-focus-area' | 'selection.replaced-plan';

/**
 * The committee decides in the year before (usually in December) or, late, during the year itself; not after the
 * year is over, not more than a year ahead, and not on a day that has not come yet.
 */
export function selectionDateProblem(year: number, decidedOn: string, today: string): SelectionProblem | null {
  const decidedYear = Number(decidedOn.slice(0, 4));
  if (decidedOn > today) return 'selection.decided-future';
  if (decidedYear > year) return 'selection.decided-after-year';
  if (decidedYear < year - 1) return 'selection.decided-too-early';
  return null;
}

/** The same focus area twice in one decision is a typing mistake. */
export function duplicateIn(ids: readonly string[]): boolean {
  return new Set(ids).size !== ids.length;
}

/**
 * A focus area can be selected for a year unless its plan has been replaced: a plan with a successor that ended
 * before the year is history (its work goes on under the successor). A plan still in force, or one past its end
 * without a successor (it is usually extended, as the disability plan was), stays selectable.
 */
export function selectableInYear(strategy: { periodTo: string | null; succeeded: boolean }, year: number): boolean {
  return !(strategy.succeeded && strategy.periodTo !== null && Number(strategy.periodTo.slice(0, 4)) < year);
}

/** The working group's key for a focus area in a year, e.g. 'wg-2026-disability-plan-4'. */
export function workingGroupKey(year: number, strategyKey: string, number: number): string {
  return `wg-${year}-${strategyKey}-${number}`.slice(0, 60);
}
