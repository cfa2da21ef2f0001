import type { Selectable } from 'kysely';
import type { VolunteerProfile, VolunteerSummary } from '../../contracts/volunteers.js';
import { recordCheckState, validityState } from '../../domain/volunteer-validity.js';
import { clockText, type WeeklySlot } from '../../domain/volunteer-weekly-slots.js';
import type { VolunteerAvailabilityExceptionTable, VolunteerCourseTable, VolunteerGuidelinesTable } from '../../platform/db/schema-volunteers.js';
import type { Language } from '../../platform/i18n/server-messages.js';
import { postalCodeAt } from './home-position.js';
import { courseRef } from './present-opportunity.js';
import type { ProfileRow } from './volunteer-repository.js';

type CourseRow = Selectable<VolunteerCourseTable>;

export function presentVolunteerSummary(row: ProfileRow, courses: readonly CourseRow[], today: string, currentGuidelinesVersion: number | null, language: Language): VolunteerSummary {
  return {
    id: row.user_id,
    name: row.display_name,
    email: row.email,
    status: row.status,
    area: row.area,
    interests: row.interests,
    languages: row.languages,
    startedOn: row.started_on,
    recordCheck: { checkedOn: row.record_check_on, expiresOn: row.record_check_expires_on, state: recordCheckState(row.record_check_on, row.record_check_expires_on, today) },
    courses: courses
      .filter((c) => c.user_id === row.user_id)
      .map((c) => ({ ...courseRef(c.course_key, language), completedOn: c.completed_on, validUntil: c.valid_until, state: validityState(true, c.valid_until, today) })),
    guidelinesAccepted: currentGuidelinesVersion !== null && row.guidelines_version === currentGuidelinesVersion,
  };
}

export interface ProfileParts {
  courses: readonly CourseRow[];
  slots: readonly WeeklySlot[];
  exceptions: readonly Selectable<VolunteerAvailabilityExceptionTable>[];
  guidelines: Selectable<VolunteerGuidelinesTable> | undefined;
}

/** The whole profile: what the volunteer sees of themself, and what the coordinator sees of them. */
export function presentVolunteerProfile(row: ProfileRow, parts: ProfileParts, today: string, language: Language): VolunteerProfile {
  const current = parts.guidelines;
  return {
    ...presentVolunteerSummary(row, parts.courses, today, current?.version ?? null, language),
    phone: row.phone,
    skills: row.skills,
    postalCode: postalCodeAt(row.home_lat, row.home_lon),
    maxDistanceKm: row.max_distance_km,
    statusChangedOn: row.status_changed_on,
    stopReason: row.stop_reason,
    weeklySlots: parts.slots.map((s) => ({ weekday: s.weekday, from: clockText(s.fromMinute), to: clockText(s.toMinute) })),
    exceptions: parts.exceptions.map((e) => ({ id: e.exception_id, kind: e.kind, from: e.from_at.toISOString(), to: e.to_at.toISOString(), note: e.note })),
    guidelines: {
      current: current ? { version: current.version, title: current.title, body: current.body, publishedAt: current.published_at.toISOString() } : null,
      acceptedVersion: row.guidelines_version,
      acceptedAt: row.guidelines_accepted_at?.toISOString() ?? null,
    },
    version: row.version,
  };
}
