import type { Row, TableShape } from './bulk-rows.js';
import type { Catalogue } from './catalogue-model.js';
import { planCompanions, type CompanionPlan } from './companion-model.js';
import type { MunicipalityModel } from './municipality-model.js';
import { appUserShape, roleGrantShape } from './people-rows.js';
import { streamFor } from './prng.js';
import { buildVolunteers, DAY_MS, guidelinesOf, type GeneratedGuidelines, type GeneratedVolunteer } from './volunteer-model.js';

/**
 * The volunteer corps and the accompaniments as rows for bulk loading (migration 0014), in loading order: the logins
 * and their role, the guidelines, the profiles with slots, exceptions and courses, then the requests and their
 * evaluations.
 */
const shape = (table: string, columns: string[]): TableShape => ({ table, columns });
export const volunteerShapes = {
  volunteerUser: appUserShape,
  volunteerRole: roleGrantShape,
  guidelines: shape('volunteer_guidelines', ['tenant_id', 'version', 'title', 'body', 'published_at', 'published_by']),
  profile: shape('volunteer_profile', [
    'tenant_id', 'user_id', 'interests', 'skills', 'languages', 'area', 'home_lat', 'home_lon', 'max_distance_km', 'record_check_on', 'record_check_expires_on',
    'guidelines_version', 'guidelines_accepted_at', 'status', 'status_changed_on', 'stop_reason', 'started_on', 'version', 'updated_at',
  ]),
  weeklySlot: shape('volunteer_weekly_slot', ['tenant_id', 'user_id', 'weekday', 'from_minute', 'to_minute']),
  exception: shape('volunteer_availability_exception', ['tenant_id', 'exception_id', 'user_id', 'kind', 'from_at', 'to_at', 'note']),
  course: shape('volunteer_course', ['tenant_id', 'user_id', 'course_key', 'completed_on', 'valid_until']),
  companionRequest: shape('companion_request', [
    'tenant_id', 'request_id', 'citizen_id', 'offer_id', 'activity', 'starts_at', 'ends_at', 'meeting_place', 'meeting_lat', 'meeting_lon', 'needs', 'needs_note',
    'required_course', 'day_contact_name', 'day_contact_phone', 'requested_by', 'requested_by_role', 'status', 'volunteer_user_id', 'assigned_by', 'assigned_at',
    'accepted_at', 'closed_at', 'cancelled_by', 'cancelled_by_role', 'cancel_reason', 'minutes_logged', 'version', 'created_at', 'updated_at',
  ]),
  evaluation: shape('companion_evaluation', ['tenant_id', 'request_id', 'by_side', 'smiley', 'comment', 'given_by', 'given_at']),
} as const;
export type VolunteerTable = keyof typeof volunteerShapes;
export const volunteerTables = Object.keys(volunteerShapes) as VolunteerTable[];

export interface VolunteerData {
  tenantId: string;
  volunteers: readonly GeneratedVolunteer[];
  guidelines: readonly GeneratedGuidelines[];
  /** Who published the guidelines: the coordinator, when there is one. */
  publishedBy: string | null;
  companions: CompanionPlan;
}

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));
const text = (value: number | null) => (value === null ? null : String(value));
/** An array literal with every element quoted: skills have spaces ("pædagogisk baggrund"). */
const pgArray = (values: readonly string[]) => `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

export function* volunteerRows(data: VolunteerData, table: VolunteerTable): Generator<Row> {
  const t = data.tenantId;
  if (table === 'guidelines') {
    for (const g of data.guidelines) yield [t, String(g.version), g.title, g.body, iso(g.publishedMs), data.publishedBy];
    return;
  }
  if (table === 'companionRequest' || table === 'evaluation') {
    yield* companionRows(data, table);
    return;
  }
  for (const v of data.volunteers) {
    const created = iso(v.createdMs);
    switch (table) {
      case 'volunteerUser': yield [t, v.userId, v.displayName, v.email, null, 'volunteer', null, created, created]; break;
      case 'volunteerRole': yield [t, v.userId, 'volunteer', null, created]; break;
      case 'profile':
        yield [
          t, v.userId, pgArray(v.interests), pgArray(v.skills), pgArray(v.languages), v.area, String(v.homeLat), String(v.homeLon), String(v.maxDistanceKm), v.recordCheckOn,
          v.recordCheckExpiresOn, text(v.guidelinesVersion), isoOrNull(v.guidelinesAcceptedMs), v.status, v.statusChangedOn, v.stopReason, v.startedOn, '1',
          iso(Math.max(v.createdMs, v.guidelinesAcceptedMs ?? 0)),
        ];
        break;
      case 'weeklySlot': for (const s of v.slots) yield [t, v.userId, String(s.weekday), String(s.fromMinute), String(s.toMinute)]; break;
      case 'exception': for (const e of v.exceptions) yield [t, e.exceptionId, v.userId, e.kind, iso(e.fromMs), iso(e.toMs), e.note]; break;
      case 'course': for (const c of v.courses) yield [t, v.userId, c.key, c.completedOn, c.validUntil]; break;
    }
  }
}

function* companionRows(data: VolunteerData, table: 'companionRequest' | 'evaluation'): Generator<Row> {
  const t = data.tenantId;
  for (const a of data.companions.accompaniments) {
    if (table === 'evaluation') {
      for (const e of a.evaluations) yield [t, a.requestId, e.bySide, String(e.smiley), e.comment, e.givenBy, iso(e.givenMs)];
      continue;
    }
    yield [
      t, a.requestId, a.citizen.citizenId, a.offerId, a.activity, iso(a.startMs), iso(a.endMs), a.place, String(a.lat), String(a.lon), pgArray(a.needs), a.needsNote,
      a.requiredCourse, a.dayContact?.name ?? null, a.dayContact?.phone ?? null, a.requestedBy, a.requestedByRole, a.status, a.volunteerUserId, a.assignedBy,
      isoOrNull(a.assignedMs), isoOrNull(a.acceptedMs), isoOrNull(a.closedMs), a.cancelledBy, a.cancelledByRole, a.cancelReason, text(a.minutesLogged),
      String(a.version), iso(a.createdMs), iso(a.updatedMs),
    ];
  }
}

/** Exact row counts: everything is in memory. */
export function volunteerRowCount(data: VolunteerData, table: VolunteerTable): number {
  const { volunteers: v, companions: c } = data;
  switch (table) {
    case 'volunteerUser': case 'volunteerRole': case 'profile': return v.length;
    case 'guidelines': return data.guidelines.length;
    case 'weeklySlot': return v.reduce((n, x) => n + x.slots.length, 0);
    case 'exception': return v.reduce((n, x) => n + x.exceptions.length, 0);
    case 'course': return v.reduce((n, x) => n + x.courses.length, 0);
    case 'companionRequest': return c.accompaniments.length;
    case 'evaluation': return c.accompaniments.reduce((n, a) => n + a.evaluations.length, 0);
  }
}

/** The corps and its accompaniments, each drawn from a stream of its own so neither reshuffles the other parts. */
export function buildVolunteerData(model: MunicipalityModel, catalogue: Catalogue, size: { volunteers: number; accompaniments: number; openCompanionRequests: number }, seed: number): VolunteerData {
  const volunteers = buildVolunteers(size.volunteers, model.periodEndMs, streamFor(seed, 'volunteers'));
  const companions = planCompanions(model, catalogue, volunteers, size.accompaniments, size.openCompanionRequests, streamFor(seed, 'companions'));
  return { tenantId: model.tenant.tenantId, volunteers, guidelines: guidelinesOf(Math.floor(model.periodEndMs / DAY_MS)), publishedBy: companions.coordinatorUserId, companions };
}
