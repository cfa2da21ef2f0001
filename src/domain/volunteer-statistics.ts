/**
 * The coordinator's evaluation of volunteering (DOMAIN §4.2; the plan asks for "continuous evaluation"): the counts the
 * database sums per month rolled up over a period, and the ratios worked out from them. Ratios are never averaged
 * across months — the period's share and average come from the summed parts — and a month with nothing to divide by
 * gives null (shown as a dash), never NaN.
 */

/** Months are Danish calendar months written 'YYYY-MM'. */
const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The longest period one answer covers: three years of months keeps the charts readable and the queries small. */
export const LONGEST_PERIOD_MONTHS = 36;

export function isMonth(value: string): boolean {
  return monthPattern.test(value);
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthOfIndex(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month `count` months after (or before, when negative) `month`. */
export function addMonths(month: string, count: number): string {
  return monthOfIndex(monthIndex(month) + count);
}

/** Every month from `from` to `to`, both included, in order. */
export function monthsOfPeriod(from: string, to: string): string[] {
  const months: string[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) months.push(monthOfIndex(i));
  return months;
}

export type PeriodProblem = 'from-format' | 'to-format' | 'backwards' | 'too-long';

/** What is wrong with a period, or null; the longest period is data so a test can hold it. */
export function periodProblem(from: string, to: string, longestMonths = LONGEST_PERIOD_MONTHS): PeriodProblem | null {
  if (!isMonth(from)) return 'from-format';
  if (!isMonth(to)) return 'to-format';
  if (monthIndex(from) > monthIndex(to)) return 'backwards';
  if (monthIndex(to) - monthIndex(from) + 1 > longestMonths) return 'too-long';
  return null;
}

/** One side's smileys (1 sad, 2 neutral, 3 happy): how many, their sum, how many happy. */
export interface SmileyCounts {
  n: number;
  sum: number;
  happy: number;
}

/** What the database counts for one month, or for the whole period. */
export interface VolunteerCounts {
  /** Companion requests made (by the day they were made). */
  requests: number;
  /** Of those, assigned to a volunteer at some point. */
  matched: number;
  /** Median hours from request to assignment; a median cannot be summed, so the database gives the period's too. */
  medianHoursToMatch: number | null;
  /** Accompaniments by the activity's day: done, cancelled by whom, missed (no-show). */
  done: number;
  cancelledByCitizen: number;
  cancelledByVolunteer: number;
  cancelledByCoordinator: number;
  cancelledUnrecorded: number;
  missed: number;
  citizenSmileys: SmileyCounts;
  volunteerSmileys: SmileyCounts;
  /** Volunteers active at some time in the month (for the period: distinct volunteers, so not a sum either). */
  activeVolunteers: number;
  stoppedVolunteers: number;
  volunteerMinutes: number;
  peerGuideMinutes: number;
}

export interface Satisfaction {
  n: number;
  /** Average smiley with two decimals, 1.00–3.00; null without answers. */
  average: number | null;
  /** Share of happy answers in tenths of a percent; null without answers. */
  happyPermille: number | null;
}

export interface VolunteerFigures {
  requests: number;
  matched: number;
  matchedPermille: number | null;
  medianHoursToMatch: number | null;
  done: number;
  cancelled: { total: number; citizen: number; volunteer: number; coordinator: number; unrecorded: number };
  missed: number;
  citizenSatisfaction: Satisfaction;
  volunteerSatisfaction: Satisfaction;
  activeVolunteers: number;
  stoppedVolunteers: number;
  volunteerMinutes: number;
  peerGuideMinutes: number;
}

/** A part of a whole in tenths of a percent (1 of 3 → 333); null when the whole is 0. */
export function sharePermille(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) : null;
}

const roundTo = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

export function satisfactionOf(smileys: SmileyCounts): Satisfaction {
  return { n: smileys.n, average: smileys.n > 0 ? roundTo(smileys.sum / smileys.n, 2) : null, happyPermille: sharePermille(smileys.happy, smileys.n) };
}

/** Minutes as hours with one decimal (90 → 1.5). */
export function hoursOfMinutes(minutes: number): number {
  return roundTo(minutes / 60, 1);
}

/** The figures shown for a month or the period, from its counts. */
export function figuresOf(counts: VolunteerCounts): VolunteerFigures {
  const cancelled = {
    citizen: counts.cancelledByCitizen,
    volunteer: counts.cancelledByVolunteer,
    coordinator: counts.cancelledByCoordinator,
    unrecorded: counts.cancelledUnrecorded,
  };
  return {
    requests: counts.requests,
    matched: counts.matched,
    matchedPermille: sharePermille(counts.matched, counts.requests),
    medianHoursToMatch: counts.medianHoursToMatch === null ? null : roundTo(counts.medianHoursToMatch, 1),
    done: counts.done,
    cancelled: { total: cancelled.citizen + cancelled.volunteer + cancelled.coordinator + cancelled.unrecorded, ...cancelled },
    missed: counts.missed,
    citizenSatisfaction: satisfactionOf(counts.citizenSmileys),
    volunteerSatisfaction: satisfactionOf(counts.volunteerSmileys),
    activeVolunteers: counts.activeVolunteers,
    stoppedVolunteers: counts.stoppedVolunteers,
    volunteerMinutes: counts.volunteerMinutes,
    peerGuideMinutes: counts.peerGuideMinutes,
  };
}

const noSmileys: SmileyCounts = { n: 0, sum: 0, happy: 0 };

/** A month the database has no rows for: every count 0. */
export const emptyCounts: VolunteerCounts = {
  requests: 0,
  matched: 0,
  medianHoursToMatch: null,
  done: 0,
  cancelledByCitizen: 0,
  cancelledByVolunteer: 0,
  cancelledByCoordinator: 0,
  cancelledUnrecorded: 0,
  missed: 0,
  citizenSmileys: noSmileys,
  volunteerSmileys: noSmileys,
  activeVolunteers: 0,
  stoppedVolunteers: 0,
  volunteerMinutes: 0,
  peerGuideMinutes: 0,
};

const addSmileys = (a: SmileyCounts, b: SmileyCounts): SmileyCounts => ({ n: a.n + b.n, sum: a.sum + b.sum, happy: a.happy + b.happy });

/**
 * The period's counts: the months' sums, except the two figures that do not add up — the median time to match and the
 * distinct active volunteers — which the database works out over the whole period.
 */
export function rollUpPeriod(months: readonly VolunteerCounts[], whole: { medianHoursToMatch: number | null; activeVolunteers: number }): VolunteerCounts {
  const sum = (pick: (c: VolunteerCounts) => number) => months.reduce((total, c) => total + pick(c), 0);
  return {
    requests: sum((c) => c.requests),
    matched: sum((c) => c.matched),
    medianHoursToMatch: whole.medianHoursToMatch,
    done: sum((c) => c.done),
    cancelledByCitizen: sum((c) => c.cancelledByCitizen),
    cancelledByVolunteer: sum((c) => c.cancelledByVolunteer),
    cancelledByCoordinator: sum((c) => c.cancelledByCoordinator),
    cancelledUnrecorded: sum((c) => c.cancelledUnrecorded),
    missed: sum((c) => c.missed),
    citizenSmileys: months.reduce((total, c) => addSmileys(total, c.citizenSmileys), noSmileys),
    volunteerSmileys: months.reduce((total, c) => addSmileys(total, c.volunteerSmileys), noSmileys),
    activeVolunteers: whole.activeVolunteers,
    stoppedVolunteers: sum((c) => c.stoppedVolunteers),
    volunteerMinutes: sum((c) => c.volunteerMinutes),
    peerGuideMinutes: sum((c) => c.peerGuideMinutes),
  };
}
