/**
 * Rules for booking peer guides (borgerguider, DOMAIN §4.2): who can be booked, for what, when, how many may sign up
 * for an inspiration course, and who pays for the guide's hours. Pure: the use cases gather the facts.
 */

/** The areas of lived experience a guide can speak from (DOMAIN §5.1's target groups that Randers' guides cover). */
export const experienceAreas = ['acquired-brain-injury', 'autism', 'intellectual-disability', 'substance-use-recovery', 'homelessness', 'mental-health'] as const;
export type ExperienceArea = (typeof experienceAreas)[number];

export const bookingKinds = ['conversation', 'talk', 'inspiration-course'] as const;
export type BookingKind = (typeof bookingKinds)[number];

/** Who pays for the guide's hours; the plan asks how peer guides are financed, across the social and employment areas. */
export const fundingSources = ['social', 'jobcenter', 'project', 'other'] as const;
export type FundingSource = (typeof fundingSources)[number];

export const trainingStatuses = ['in-training', 'trained', 'refresher-due'] as const;
export type TrainingStatus = (typeof trainingStatuses)[number];

export const guideStatuses = ['active', 'paused', 'stopped'] as const;
export type GuideStatus = (typeof guideStatuses)[number];

export type BookingStatus = 'booked' | 'done' | 'cancelled';

/** The area of the booker's unit (org_unit.area). */
export type UnitArea = 'social' | 'employment' | 'other';

/**
 * The funding source a booking gets when the booker does not choose one: the job centre pays for what the employment
 * area books, the social area for its own; staff outside both (or without a unit) must think about it, so 'other'.
 */
export function defaultFundingSource(bookerUnitArea: UnitArea | null): FundingSource {
  if (bookerUnitArea === 'employment') return 'jobcenter';
  if (bookerUnitArea === 'social') return 'social';
  return 'other';
}

export interface Interval {
  startsAt: Date;
  endsAt: Date;
}

/** Half-open intervals [start, end): a talk ending at 12:00 and a conversation starting at 12:00 do not overlap. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/** Why a guide cannot be booked now, or null when they can. A guide due a refresher still has their training. */
export function guideUnavailableReason(guide: { trainingStatus: TrainingStatus; status: GuideStatus }): 'guide.stopped' | 'guide.paused' | 'guide.not_trained' | null {
  if (guide.status === 'stopped') return 'guide.stopped';
  if (guide.status === 'paused') return 'guide.paused';
  if (guide.trainingStatus === 'in-training') return 'guide.not_trained';
  return null;
}

export interface BookingRequest extends Interval {
  kind: BookingKind;
  citizenId: string | null;
  audience: string | null;
  maxParticipants: number | null;
}

export type BookingProblemKey =
  | 'starts.in_past'
  | 'ends.before_start'
  | 'ends.too_long'
  | 'conversation.who'
  | 'conversation.both'
  | 'citizen.only_conversation'
  | 'audience.required'
  | 'max.required'
  | 'max.only_course'
  | 'guide.stopped'
  | 'guide.paused'
  | 'guide.not_trained'
  | 'guide.busy';

export interface BookingProblem {
  field: 'startsAt' | 'endsAt' | 'citizenId' | 'audience' | 'maxParticipants' | 'guideId';
  key: BookingProblemKey;
}

/** A booking lasts at most a working day: minutes_logged is capped at 1440, and a longer one is surely a typing error. */
export const MAX_BOOKING_HOURS = 12;

/**
 * What is wrong with a booking, in the order a person fixes it. The guide's existing bookings are those that hold
 * time (all but the cancelled ones); the first that overlaps is reported, so the booker can see when the guide is busy.
 */
export function bookingProblems(
  request: BookingRequest,
  facts: { now: Date; guide: { trainingStatus: TrainingStatus; status: GuideStatus }; guideBookings: readonly Interval[] },
): BookingProblem[] {
  const problems: BookingProblem[] = [];
  if (request.startsAt.getTime() < facts.now.getTime()) problems.push({ field: 'startsAt', key: 'starts.in_past' });
  if (request.endsAt.getTime() <= request.startsAt.getTime()) problems.push({ field: 'endsAt', key: 'ends.before_start' });
  else if (request.endsAt.getTime() - request.startsAt.getTime() > MAX_BOOKING_HOURS * 3_600_000) problems.push({ field: 'endsAt', key: 'ends.too_long' });
  const hasAudience = (request.audience ?? '').trim() !== '';
  if (request.kind === 'conversation') {
    // One to one: for a citizen (the booker's relation is checked by the gate) or for a relative named in audience.
    if (request.citizenId === null && !hasAudience) problems.push({ field: 'citizenId', key: 'conversation.who' });
    if (request.citizenId !== null && hasAudience) problems.push({ field: 'audience', key: 'conversation.both' });
  } else {
    if (request.citizenId !== null) problems.push({ field: 'citizenId', key: 'citizen.only_conversation' });
    if (!hasAudience) problems.push({ field: 'audience', key: 'audience.required' });
  }
  if (request.kind === 'inspiration-course' && request.maxParticipants === null) problems.push({ field: 'maxParticipants', key: 'max.required' });
  if (request.kind !== 'inspiration-course' && request.maxParticipants !== null) problems.push({ field: 'maxParticipants', key: 'max.only_course' });
  const unavailable = guideUnavailableReason(facts.guide);
  if (unavailable) problems.push({ field: 'guideId', key: unavailable });
  else if (request.endsAt.getTime() > request.startsAt.getTime() && facts.guideBookings.some((b) => overlaps(b, request))) problems.push({ field: 'startsAt', key: 'guide.busy' });
  return problems;
}

/** The first existing booking the request overlaps, to name in the message. */
export function firstOverlap<T extends Interval>(request: Interval, bookings: readonly T[]): T | undefined {
  return bookings.find((b) => overlaps(b, request));
}

/** Places left on an inspiration course; never below 0 (a maximum lowered later does not make a negative). */
export function placesLeft(maxParticipants: number, signedUp: number): number {
  return Math.max(0, maxParticipants - signedUp);
}

/** Why nobody more can sign up for a booking, or null when one more can. */
export function signUpRefusal(booking: { kind: BookingKind; status: BookingStatus; maxParticipants: number | null; startsAt: Date }, signedUp: number, now: Date): 'signup.not_course' | 'signup.closed' | 'signup.full' | null {
  if (booking.kind !== 'inspiration-course' || booking.maxParticipants === null) return 'signup.not_course';
  if (booking.status !== 'booked' || booking.startsAt.getTime() <= now.getTime()) return 'signup.closed';
  if (placesLeft(booking.maxParticipants, signedUp) === 0) return 'signup.full';
  return null;
}

/** A guide logs the time spent when the booking has begun; 0 to 1440 minutes (the column's bounds). */
export function completionRefusal(booking: { status: BookingStatus; startsAt: Date }, minutes: number, now: Date): 'done.not_booked' | 'done.not_started' | 'minutes.range' | null {
  if (booking.status !== 'booked') return 'done.not_booked';
  if (booking.startsAt.getTime() > now.getTime()) return 'done.not_started';
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440) return 'minutes.range';
  return null;
}

export interface HoursRow {
  guideId: string;
  source: FundingSource;
  minutes: number;
}

/** Per guide and funding source, minutes summed; with each guide's total, each source's total and the grand total. */
export function sumHours(rows: readonly HoursRow[]): {
  byGuide: Map<string, Map<FundingSource, number>>;
  guideTotals: Map<string, number>;
  sourceTotals: Record<FundingSource, number>;
  total: number;
} {
  const byGuide = new Map<string, Map<FundingSource, number>>();
  const guideTotals = new Map<string, number>();
  const sourceTotals: Record<FundingSource, number> = { social: 0, jobcenter: 0, project: 0, other: 0 };
  let total = 0;
  for (const row of rows) {
    const sources = byGuide.get(row.guideId) ?? new Map<FundingSource, number>();
    sources.set(row.source, (sources.get(row.source) ?? 0) + row.minutes);
    byGuide.set(row.guideId, sources);
    guideTotals.set(row.guideId, (guideTotals.get(row.guideId) ?? 0) + row.minutes);
    sourceTotals[row.source] += row.minutes;
    total += row.minutes;
  }
  return { byGuide, guideTotals, sourceTotals, total };
}
