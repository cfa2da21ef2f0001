import type { Accompaniment, CompanionRequest } from '../../contracts/companions.js';
import { canLookBack, companionMovesFor, type CompanionSide } from '../../domain/companion-state.js';
import { volunteerCourse } from '../../domain/volunteer-courses.js';
import type { Language } from '../../platform/i18n/server-messages.js';
import { statusText, whenText, type TripNames } from './companion-messages.js';
import type { CompanionRow, EvaluationRow } from './companion-repository.js';

export const firstName = (name: string | null | undefined) => (name ?? '').trim().split(/\s+/)[0] ?? '';

export function started(row: Pick<CompanionRow, 'starts_at'>, now: Date): boolean {
  return row.starts_at.getTime() <= now.getTime();
}

export function tripNames(language: Language, row: CompanionRow): TripNames {
  return { activity: row.activity, when: whenText(language, row.starts_at), place: row.meeting_place, volunteer: firstName(row.volunteer_name), citizen: row.first_name };
}

function courseOf(language: Language, key: string | null) {
  if (!key) return null;
  return { key, name: volunteerCourse(key)?.name[language] ?? key };
}

const evaluationView = (e: EvaluationRow) => ({ side: e.by_side, smiley: e.smiley, comment: e.comment, givenAt: e.given_at.toISOString() });

/** A request as the citizen's side or the coordinator sees it; `reader` picks the plain words of `text`. */
export function presentCompanion(row: CompanionRow, evaluations: readonly EvaluationRow[], sides: ReadonlySet<CompanionSide>, reader: 'citizen' | 'other', language: Language, now: Date): CompanionRequest {
  const hasBegun = started(row, now);
  return {
    id: row.request_id,
    citizen: { id: row.citizen_id, firstName: row.first_name, lastName: row.last_name },
    activity: row.activity,
    offer: row.offer_id && row.offer_name ? { id: row.offer_id, name: row.offer_name } : null,
    eventId: row.event_id,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    meetingPlace: row.meeting_place,
    meetingLat: row.meeting_lat,
    meetingLon: row.meeting_lon,
    needs: row.needs,
    needsNote: row.needs_note,
    requiredCourse: courseOf(language, row.required_course),
    dayContactName: row.day_contact_name,
    dayContactPhone: row.day_contact_phone,
    requestedByRole: row.requested_by_role,
    requestedByName: row.requested_by_name,
    status: row.status,
    text: statusText(language, reader, row.status, tripNames(language, row)),
    volunteer: row.volunteer_user_id ? { userId: row.volunteer_user_id, name: row.volunteer_name ?? '' } : null,
    cancelledByRole: row.cancelled_by_role,
    cancelledByName: row.cancelled_by_name,
    cancelReason: row.cancel_reason,
    minutesLogged: row.minutes_logged,
    evaluations: evaluations.filter((e) => e.request_id === row.request_id).map(evaluationView),
    moves: companionMovesFor(row.status, sides, hasBegun),
    canEvaluate: sides.has('citizen') && canLookBack(row.status, hasBegun),
    version: row.version,
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * What a volunteer sees: the trip and nothing else — the citizen's first name, where and when, the needs and the note,
 * who to call on the day. An open request not yet theirs shows no name, note or contact.
 */
export function presentAccompaniment(row: CompanionRow, evaluations: readonly EvaluationRow[], volunteerUserId: string, language: Language, now: Date): Accompaniment {
  const mine = row.volunteer_user_id === volunteerUserId;
  const hasBegun = started(row, now);
  const own = evaluations.find((e) => e.request_id === row.request_id && e.by_side === 'volunteer');
  return {
    id: row.request_id,
    citizenFirstName: mine ? row.first_name : null,
    activity: row.activity,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    meetingPlace: row.meeting_place,
    meetingLat: row.meeting_lat,
    meetingLon: row.meeting_lon,
    needs: row.needs,
    // The note is in the citizen's side's own words and may name people: it is for the volunteer on the trip.
    needsNote: mine ? row.needs_note : null,
    requiredCourse: courseOf(language, row.required_course),
    dayContact: mine ? { name: row.day_contact_name, phone: row.day_contact_phone } : null,
    status: row.status,
    minutesLogged: mine ? row.minutes_logged : null,
    myEvaluation: mine && own ? evaluationView(own) : null,
    moves: companionMovesFor(row.status, new Set(['volunteer']), hasBegun).filter((m) => (mine ? m !== 'take' : m === 'take')),
    canLogHours: mine && canLookBack(row.status, hasBegun),
    canEvaluate: mine && canLookBack(row.status, hasBegun),
    version: row.version,
  };
}
