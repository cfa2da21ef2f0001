import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the volunteer, companion and peer-guide tables (migration 0014). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type VolunteerStatus = 'active' | 'paused' | 'stopped';
export type CompanionStatus = 'open' | 'assigned' | 'accepted' | 'done' | 'cancelled' | 'missed';
export type PeerGuideBookingKind = 'conversation' | 'talk' | 'inspiration-course';
export type FundingSource = 'social' | 'jobcenter' | 'project' | 'other';

export interface VolunteerGuidelinesTable {
  tenant_id: string;
  version: number;
  title: string;
  body: string;
  published_at: Timestamp;
  published_by: string | null;
}

export interface VolunteerOpportunityTable {
  tenant_id: string;
  opportunity_id: string;
  title: string;
  summary: Generated<string>;
  description: Generated<string>;
  kind: string;
  area: string | null;
  time_commitment: string | null;
  required_course: string | null;
  needs_record_check: Generated<boolean>;
  unit_id: string | null;
  status: Generated<'draft' | 'published' | 'archived'>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface VolunteerApplicationTable {
  tenant_id: string;
  application_id: string;
  opportunity_id: string | null;
  name: string;
  email: string;
  phone: string | null;
  postal_code: string | null;
  message: Generated<string>;
  status: Generated<'received' | 'approved' | 'declined' | 'withdrawn'>;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_note: string | null;
  user_id: string | null;
  created_at: Timestamp;
}

export interface VolunteerProfileTable {
  tenant_id: string;
  user_id: string;
  interests: Generated<string[]>;
  skills: Generated<string[]>;
  languages: Generated<string[]>;
  area: string | null;
  home_lat: number | null;
  home_lon: number | null;
  max_distance_km: number | null;
  record_check_on: string | null;
  record_check_expires_on: string | null;
  guidelines_version: number | null;
  guidelines_accepted_at: Timestamp | null;
  status: Generated<VolunteerStatus>;
  status_changed_on: string | null;
  stop_reason: string | null;
  started_on: string;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface VolunteerWeeklySlotTable {
  tenant_id: string;
  user_id: string;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** Minutes after midnight, Copenhagen time. */
  from_minute: number;
  to_minute: number;
}

export interface VolunteerAvailabilityExceptionTable {
  tenant_id: string;
  exception_id: string;
  user_id: string;
  kind: 'away' | 'extra';
  from_at: Timestamp;
  to_at: Timestamp;
  note: string | null;
}

export interface VolunteerCourseTable {
  tenant_id: string;
  user_id: string;
  course_key: string;
  completed_on: string;
  valid_until: string | null;
}

export interface CompanionRequestTable {
  tenant_id: string;
  request_id: string;
  citizen_id: string;
  offer_id: string | null;
  event_id: string | null;
  activity: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  meeting_place: string;
  meeting_lat: number | null;
  meeting_lon: number | null;
  needs: Generated<string[]>;
  needs_note: string | null;
  required_course: string | null;
  day_contact_name: string | null;
  day_contact_phone: string | null;
  requested_by: string | null;
  requested_by_role: 'citizen' | 'relative' | 'staff';
  status: Generated<CompanionStatus>;
  volunteer_user_id: string | null;
  assigned_by: string | null;
  assigned_at: Timestamp | null;
  accepted_at: Timestamp | null;
  closed_at: Timestamp | null;
  cancelled_by: string | null;
  cancelled_by_role: 'citizen' | 'volunteer' | 'coordinator' | null;
  cancel_reason: string | null;
  minutes_logged: number | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CompanionEvaluationTable {
  tenant_id: string;
  request_id: string;
  by_side: 'citizen' | 'volunteer';
  /** 1 sad, 2 neutral, 3 happy. */
  smiley: number;
  comment: string | null;
  given_by: string | null;
  given_at: Timestamp;
}

export interface PeerGuideProfileTable {
  tenant_id: string;
  user_id: string;
  experience_areas: Generated<string[]>;
  presentation: Generated<string>;
  training_status: Generated<'in-training' | 'trained' | 'refresher-due'>;
  trained_on: string | null;
  availability_note: string | null;
  status: Generated<VolunteerStatus>;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface PeerGuideBookingTable {
  tenant_id: string;
  booking_id: string;
  guide_user_id: string;
  kind: PeerGuideBookingKind;
  title: string;
  citizen_id: string | null;
  audience: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  place: string;
  max_participants: number | null;
  funding_source: FundingSource;
  booked_by: string;
  booked_by_unit_id: string | null;
  status: Generated<'booked' | 'done' | 'cancelled'>;
  minutes_logged: number | null;
  note: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PeerGuideParticipantTable {
  tenant_id: string;
  booking_id: string;
  participant_id: string;
  name: string;
  user_id: string | null;
  signed_up_at: Timestamp;
}

export interface VolunteerTables {
  volunteer_guidelines: VolunteerGuidelinesTable;
  volunteer_opportunity: VolunteerOpportunityTable;
  volunteer_application: VolunteerApplicationTable;
  volunteer_profile: VolunteerProfileTable;
  volunteer_weekly_slot: VolunteerWeeklySlotTable;
  volunteer_availability_exception: VolunteerAvailabilityExceptionTable;
  volunteer_course: VolunteerCourseTable;
  companion_request: CompanionRequestTable;
  companion_evaluation: CompanionEvaluationTable;
  peer_guide_profile: PeerGuideProfileTable;
  peer_guide_booking: PeerGuideBookingTable;
  peer_guide_participant: PeerGuideParticipantTable;
  sent_message: SentMessageTable;
}

/** Migration 0015: messages handed to a transport (the local sink keeps the text; a real transport only the fact). */
export interface SentMessageTable {
  tenant_id: string;
  message_id: string;
  channel: 'email' | 'sms';
  recipient: string;
  user_id: string | null;
  subject: string | null;
  body: string | null;
  transport: 'sink' | 'smtp' | 'sms-gateway';
  sent_at: Timestamp;
}
