import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the steering tables (migration 0016). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** Dates are 'YYYY-MM-DD' strings both ways (see type-parsers.ts). */
type DateColumn = string;
type NullableDate = string | null;
type Json<T> = ColumnType<T, string | T | undefined, string | T>;

export type StrategyKind = 'policy' | 'plan' | 'strategy';
export type ActivityStatus = 'not-started' | 'in-progress' | 'done' | 'ongoing' | 'stopped';
export type BodyKind = 'council' | 'committee' | 'working-group' | 'sparring-group';
export type HearingStatus = 'open' | 'answered' | 'closed';
export type StatusReportState = 'draft' | 'published' | 'superseded';
export type EnrolmentSource = 'referral' | 'direct' | 'walk-in';
export type ObservationKind = 'employment' | 'housing';

export interface StrategyTable {
  tenant_id: string;
  strategy_id: string;
  key: string;
  kind: StrategyKind;
  name: string;
  summary: Generated<string>;
  mission: string | null;
  vision: string | null;
  values: Generated<string[]>;
  life_domains: Generated<string[]>;
  parent_id: string | null;
  succeeds_id: string | null;
  period_from: NullableDate;
  period_to: NullableDate;
  owner_unit_id: string | null;
  position: Generated<number>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface FocusAreaTable {
  tenant_id: string;
  focus_area_id: string;
  strategy_id: string;
  number: number;
  track: string | null;
  name: string;
  purpose: Generated<string>;
  why: Generated<string>;
  goal: Generated<string>;
}

export interface SteeringBodyTable {
  tenant_id: string;
  body_id: string;
  key: string;
  kind: BodyKind;
  name: string;
  description: Generated<string>;
  focus_area_id: string | null;
  year: number | null;
  active: Generated<boolean>;
  created_at: Timestamp;
}

export interface SteeringBodyMemberTable {
  tenant_id: string;
  member_id: string;
  body_id: string;
  name: string;
  role: string;
  organisation: string | null;
  user_id: string | null;
  member_from: NullableDate;
  member_to: NullableDate;
}

export interface SteeringMeetingTable {
  tenant_id: string;
  meeting_id: string;
  body_id: string;
  kind: Generated<'meeting' | 'dialogue-meeting'>;
  held_on: DateColumn;
  title: string;
  agenda: Generated<string>;
  minutes: Generated<string>;
  created_at: Timestamp;
}

export interface FocusAreaSelectionTable {
  tenant_id: string;
  selection_id: string;
  year: number;
  decided_on: DateColumn;
  body_id: string;
  agenda_reference: string;
  note: Generated<string>;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface FocusAreaSelectionItemTable {
  tenant_id: string;
  selection_id: string;
  focus_area_id: string;
  working_group_id: string | null;
}

export interface StrategyActivityTable {
  tenant_id: string;
  activity_id: string;
  focus_area_id: string;
  title: string;
  description: Generated<string>;
  working_group_id: string | null;
  owner_unit_id: string | null;
  responsible_user_id: string | null;
  period_from: NullableDate;
  period_to: NullableDate;
  status: Generated<ActivityStatus>;
  un_goals: Generated<string[]>;
  national_goals: Generated<string[]>;
  indicator_keys: Generated<string[]>;
  position: Generated<number>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ActivityNoteTable {
  tenant_id: string;
  note_id: string;
  activity_id: string;
  noted_on: DateColumn;
  body: string;
  status_from: ActivityStatus | null;
  status_to: ActivityStatus | null;
  written_by: string | null;
  written_at: Timestamp;
}

export interface HearingTable {
  tenant_id: string;
  hearing_id: string;
  body_id: string;
  title: string;
  description: Generated<string>;
  decision_reference: string;
  strategy_id: string | null;
  sent_on: DateColumn;
  respond_by: DateColumn;
  status: Generated<HearingStatus>;
  response: string | null;
  responded_at: Timestamp | null;
  responded_by: string | null;
  outcome: string | null;
  created_by: string | null;
  created_at: Timestamp;
  version: Generated<number>;
}

export interface IndicatorTable {
  tenant_id: string;
  key: string;
  name: string;
  description: Generated<string>;
  /** The validated definition (see src/domain/indicator-definition.ts). */
  definition: Json<unknown>;
  version: Generated<number>;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface StatusReportTable {
  tenant_id: string;
  report_id: string;
  strategy_id: string;
  year: number;
  version: number;
  state: Generated<StatusReportState>;
  title: string;
  summary: Generated<string>;
  /** The report's figures as they were when it was made (frozen on publishing). */
  content: Json<unknown>;
  created_by: string | null;
  created_at: Timestamp;
  published_by: string | null;
  published_at: Timestamp | null;
  /** Migration 0017: the edit revision of a draft (optimistic concurrency) and when it was last edited. */
  revision: Generated<number>;
  updated_at: Timestamp | null;
}

export interface EnrolmentTable {
  tenant_id: string;
  enrolment_id: string;
  citizen_id: string;
  offer_id: string | null;
  offer_name: string;
  offer_type: string | null;
  legal_basis: string | null;
  unit_id: string | null;
  source: Generated<EnrolmentSource>;
  referral_id: string | null;
  started_on: DateColumn;
  ended_on: NullableDate;
  created_at: Timestamp;
}

export interface CitizenStatusObservationTable {
  tenant_id: string;
  observation_id: string;
  citizen_id: string;
  kind: ObservationKind;
  value: string;
  observed_on: DateColumn;
  unit_id: string | null;
  recorded_by: string | null;
  created_at: Timestamp;
}

/** Which of the target-group overview's rows a citizen was in, per year ('' = counted in the year at all). */
export interface TargetGroupMembershipTable {
  tenant_id: string;
  citizen_id: string;
  year: number;
  row_key: string;
}

/** Citizens whose membership is worked out again before the next count (marked by triggers). */
export interface TargetGroupStaleTable {
  tenant_id: string;
  citizen_id: string;
}

/** What the stored membership was worked out with (rules' fingerprint and the year open-ended offers run to). */
export interface TargetGroupBuildTable {
  tenant_id: string;
  basis: string;
  built_at: Date;
}

export interface SteeringTables {
  strategy: StrategyTable;
  focus_area: FocusAreaTable;
  steering_body: SteeringBodyTable;
  steering_body_member: SteeringBodyMemberTable;
  steering_meeting: SteeringMeetingTable;
  focus_area_selection: FocusAreaSelectionTable;
  focus_area_selection_item: FocusAreaSelectionItemTable;
  strategy_activity: StrategyActivityTable;
  activity_note: ActivityNoteTable;
  hearing: HearingTable;
  indicator: IndicatorTable;
  status_report: StatusReportTable;
  enrolment: EnrolmentTable;
  citizen_status_observation: CitizenStatusObservationTable;
  target_group_membership: TargetGroupMembershipTable;
  target_group_stale: TargetGroupStaleTable;
  target_group_build: TargetGroupBuildTable;
}
