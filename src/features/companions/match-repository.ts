import { sql } from 'kysely';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { bookedCompanionStatuses } from '../../domain/companion-state.js';
import { localSpan } from '../../domain/volunteer-availability.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';

/** The longest accompaniment (create-companion-request.ts refuses longer), so a busy check looks back at most this far. */
export const MAX_TRIP_MS = 24 * 3_600_000;

export interface MatchQuestion {
  tenantId: string;
  requestId: string;
  citizenId: string;
  startsAt: Date;
  endsAt: Date;
  meetingLat: number | null;
  meetingLon: number | null;
  requiredCourse: string | null;
}

export interface CandidateRow {
  user_id: string;
  display_name: string;
  interests: string[];
  languages: string[];
  distance_km: number | null;
  times_with_citizen: number;
}

/** Great-circle distance in SQL, equal to domain/geo.ts distanceKm. */
const distanceSql = (lat: number, lon: number) =>
  sql<number>`2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(p.home_lat - ${lat}::float8) / 2), 2) + cos(radians(${lat}::float8)) * cos(radians(p.home_lat)) * power(sin(radians(p.home_lon - ${lon}::float8) / 2), 2))))`;

/**
 * Who can go, in one statement (issue 6's first cut): active volunteers whose weekly pattern covers the request's
 * Copenhagen weekday and minutes (index volunteer_weekly_slot_time) or whose 'extra' time covers it; not away; not on
 * another accompaniment then; with a criminal-record check and the required course valid on the day; within their
 * distance. Each with their few columns and how many accompaniments with this citizen took place. Ranking is in
 * TypeScript (domain/companion-matching.ts); features/companions/volunteer-fit.ts asks the same of one volunteer.
 */
export async function findMatchCandidates(trx: Tx, q: MatchQuestion): Promise<CandidateRow[]> {
  const span = localSpan(q.startsAt, q.endsAt);
  // A request across midnight fits no weekly slot (weekday 0 matches none); only 'extra' time can cover it.
  const weekday = span?.weekday ?? 0;
  // Checks and courses must be valid on the Danish day the trip begins.
  const localDay = copenhagenToday(q.startsAt);
  const distance = q.meetingLat !== null && q.meetingLon !== null ? sql<number | null>`CASE WHEN p.home_lat IS NULL OR p.home_lon IS NULL THEN NULL ELSE ${distanceSql(q.meetingLat, q.meetingLon)} END` : sql<null>`NULL::float8`;
  const busySince = new Date(q.startsAt.getTime() - MAX_TRIP_MS);
  const result = await sql<CandidateRow>`
    SELECT m.user_id, u.display_name, m.interests, m.languages, m.distance_km, coalesce(h.times, 0)::int AS times_with_citizen
    FROM (
      SELECT p.user_id, p.interests, p.languages, p.max_distance_km, ${distance} AS distance_km
      FROM volunteer_profile p
      WHERE p.tenant_id = ${q.tenantId} AND p.status = 'active'
        AND p.user_id IN (
          SELECT s.user_id FROM volunteer_weekly_slot s
          WHERE s.tenant_id = ${q.tenantId} AND s.weekday = ${weekday} AND s.from_minute <= ${span?.fromMinute ?? 0} AND s.to_minute >= ${span?.toMinute ?? 0}
          UNION
          SELECT e.user_id FROM volunteer_availability_exception e
          WHERE e.tenant_id = ${q.tenantId} AND e.kind = 'extra' AND e.from_at <= ${q.startsAt} AND e.to_at >= ${q.endsAt})
        AND NOT EXISTS (
          SELECT 1 FROM volunteer_availability_exception a
          WHERE a.tenant_id = p.tenant_id AND a.user_id = p.user_id AND a.kind = 'away' AND a.from_at < ${q.endsAt} AND a.to_at > ${q.startsAt})
        AND NOT EXISTS (
          SELECT 1 FROM companion_request b
          WHERE b.tenant_id = p.tenant_id AND b.volunteer_user_id = p.user_id AND b.status IN (${sql.join(bookedCompanionStatuses)})
            AND b.starts_at > ${busySince} AND b.starts_at < ${q.endsAt} AND b.ends_at > ${q.startsAt} AND b.request_id <> ${q.requestId})
        AND p.record_check_on <= ${localDay}::date AND (p.record_check_expires_on IS NULL OR p.record_check_expires_on >= ${localDay}::date)
        AND (${q.requiredCourse}::text IS NULL OR EXISTS (
          SELECT 1 FROM volunteer_course k
          WHERE k.tenant_id = p.tenant_id AND k.user_id = p.user_id AND k.course_key = ${q.requiredCourse}::text
            AND k.completed_on <= ${localDay}::date AND (k.valid_until IS NULL OR k.valid_until >= ${localDay}::date)))
    ) m
    -- The user row (name, login open) is joined to the few candidates by key: joined inside, it made PostgreSQL read
    -- every user of the municipality (citizens and staff too) to hash them.
    JOIN app_user u ON u.tenant_id = ${q.tenantId} AND u.user_id = m.user_id AND u.active
    LEFT JOIN (
      SELECT volunteer_user_id, count(*) AS times FROM companion_request
      WHERE tenant_id = ${q.tenantId} AND citizen_id = ${q.citizenId} AND status = 'done' AND volunteer_user_id IS NOT NULL
      GROUP BY volunteer_user_id
    ) h ON h.volunteer_user_id = m.user_id
    WHERE m.distance_km IS NULL OR m.max_distance_km IS NULL OR m.distance_km <= m.max_distance_km`.execute(trx);
  return result.rows;
}
