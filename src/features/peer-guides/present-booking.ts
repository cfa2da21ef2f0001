import type { Booking } from '../../contracts/peer-guides.js';
import { completionRefusal, signUpRefusal } from '../../domain/peer-guide-booking.js';
import type { BookingRow } from './booking-repository.js';
import { seesCitizen, type BookingSides } from './peer-guide-access.js';

/**
 * A booking as its reader may see it. The guide and the booker see which citizen a conversation is for (first name
 * only: the guide never gets the plan or the CPR number) and the note; the coordinator sees that there is a
 * conversation, its time and funding, but not whom it is for. Participants' names go to all three.
 */
export function presentBooking(row: BookingRow, sides: BookingSides, now: Date, participants: { participant_id: string; name: string }[] | null): Booking {
  const citizenVisible = seesCitizen(sides);
  const participantCount = Number(row.participant_count ?? 0);
  const kind = row.kind;
  const status = row.status;
  return {
    id: row.booking_id,
    guide: { id: row.guide_user_id, name: row.guide_name },
    kind,
    title: row.title,
    citizenFirstName: citizenVisible ? (row.citizen_first_name ?? null) : null,
    audience: row.audience,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    place: row.place,
    maxParticipants: row.max_participants,
    participantCount,
    participants: participants?.map((p) => ({ id: p.participant_id, name: p.name })) ?? null,
    fundingSource: row.funding_source,
    bookedBy: { name: row.booker_name, unitName: row.booker_unit_name ?? null },
    status,
    minutesLogged: row.minutes_logged,
    note: row.citizen_id !== null && !citizenVisible ? null : row.note,
    canCancel: status === 'booked',
    canComplete: (sides.guide || sides.coordinator) && completionRefusal({ status, startsAt: row.starts_at }, 0, now) === null,
    canSignUp: signUpRefusal({ kind, status, maxParticipants: row.max_participants, startsAt: row.starts_at }, participantCount, now) === null,
    version: row.version,
  };
}
