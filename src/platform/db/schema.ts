import type { ColumnType, Generated } from 'kysely';
import type { CatalogueTables } from './schema-catalogue.js';
import type { FinanceTables } from './schema-finance.js';
import type { SteeringTables } from './schema-steering.js';
import type { VolunteerTables } from './schema-volunteers.js';

/** Kysely's view of the tables. Each feature's tables are added here as their migrations land. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = Record<string, unknown>> = ColumnType<T, string | T, string | T>;

export interface TenantTable {
  tenant_id: string;
  slug: string;
  name: string;
  settings: Json;
  created_at: Generated<Date>;
}

export interface OrgUnitTable {
  tenant_id: string;
  unit_id: string;
  parent_unit_id: string | null;
  name: string;
  kind: 'area' | 'centre' | 'unit';
  area: 'social' | 'employment' | 'other';
  email: string | null;
  phone: string | null;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Receives walk-ins and referrals for here-and-now support (migration 0008). */
  is_reception_centre: Generated<boolean>;
}

export interface AppUserTable {
  tenant_id: string;
  user_id: string;
  display_name: string;
  email: string | null;
  title: string | null;
  kind: 'staff' | 'citizen' | 'relative' | 'volunteer' | 'external';
  org_unit_id: string | null;
  preferred_language: Generated<'da' | 'en'>;
  demo_key: string | null;
  demo_order: number | null;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RoleGrantTable {
  tenant_id: string;
  user_id: string;
  role: string;
  granted_by: string | null;
  granted_at: Timestamp;
}

export interface UserIdentityTable {
  tenant_id: string;
  issuer: string;
  subject: string;
  user_id: string;
  created_at: Timestamp;
}

export interface SessionTable {
  tenant_id: string;
  token_hash: string;
  user_id: string;
  csrf_token: string;
  login_method: 'demo' | 'oidc';
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface AuditEventTable {
  tenant_id: string;
  seq: Generated<number>;
  occurred_at: Timestamp;
  actor_user_id: string | null;
  actor_role: string | null;
  actor_unit_id: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  citizen_id: string | null;
  purpose: string;
  outcome: 'allowed' | 'denied';
  request_id: string | null;
  details: Json;
  /** The citizen concerned is the one who acted (their own reads): left out of their access log. */
  by_subject: Generated<boolean>;
}

export interface AuditSealTable {
  tenant_id: string;
  chain_pos: number;
  seq: number;
  entry_hash: string;
}

export interface AuditCheckpointTable {
  tenant_id: string;
  chain_pos: number;
  head_hash: string;
  kind: 'seal' | 'retention';
  created_at: Timestamp;
  signature: string;
}

export interface OutboxTable {
  tenant_id: string;
  message_id: string;
  topic: string;
  payload: Json;
  created_at: Timestamp;
  available_at: Timestamp;
  attempts: Generated<number>;
  processed_at: Date | null;
  last_error: string | null;
}

export interface LoginAttemptTable {
  tenant_id: string;
  state_hash: string;
  provider_id: string;
  nonce: string;
  code_verifier: string;
  return_path: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  consumed_at: Date | null;
}

export interface Database extends CitizenPlanTables, CatalogueTables, FinanceTables, VolunteerTables, SteeringTables {
  tenant: TenantTable;
  org_unit: OrgUnitTable;
  app_user: AppUserTable;
  role_grant: RoleGrantTable;
  user_identity: UserIdentityTable;
  session: SessionTable;
  audit_event: AuditEventTable;
  audit_seal: AuditSealTable;
  audit_checkpoint: AuditCheckpointTable;
  outbox: OutboxTable;
  login_attempt: LoginAttemptTable;
}

export interface CitizenTable {
  tenant_id: string;
  citizen_id: string;
  user_id: string | null;
  first_name: string;
  last_name: string;
  birth_date: string;
  cpr_encrypted: string | null;
  cpr_search_hash: string | null;
  address_line: string | null;
  postal_code: string | null;
  city: string | null;
  phone: string | null;
  email: string | null;
  preferred_language: Generated<string>;
  communication_needs: Generated<string[]>;
  interpreter_language: string | null;
  contact_person_user_id: string | null;
  target_groups: Generated<string[]>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CitizenTeamMemberTable {
  tenant_id: string;
  citizen_id: string;
  user_id: string;
  team_role: 'contact-person' | 'support-worker' | 'case-officer' | 'other';
  added_at: Timestamp;
}

export interface NetworkMemberTable {
  tenant_id: string;
  member_id: string;
  citizen_id: string;
  name: string;
  relation: string;
  is_relative: Generated<boolean>;
  phone: string | null;
  email: string | null;
  user_id: string | null;
  invitation_code_hash: string | null;
  invitation_expires_at: Date | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  removed_at: Date | null;
}

export interface ConsentTable {
  tenant_id: string;
  consent_id: string;
  citizen_id: string;
  grantee_kind: 'network' | 'staff' | 'unit';
  grantee_id: string;
  part: string;
  level: 'view' | 'comment';
  granted_at: Date;
  granted_by: string | null;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
  /** Set when the consent was given for a referral: the receiver sees these parts for it. */
  referral_id: string | null;
}

export interface DreamTable {
  tenant_id: string;
  dream_id: string;
  citizen_id: string;
  text: string;
  domain: string | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  archived_at: Date | null;
}

export interface GoalTable {
  tenant_id: string;
  goal_id: string;
  citizen_id: string;
  domain: string;
  title: string;
  description: string | null;
  goal_type: 'develop' | 'maintain' | 'limit-loss';
  status: Generated<'active' | 'achieved' | 'not-achieved' | 'paused' | 'stopped'>;
  citizen_rating: number | null;
  citizen_rated_at: Date | null;
  worker_level: number | null;
  worker_assessed_at: Date | null;
  review_date: string | null;
  track: Generated<'adult' | 'transition'>;
  created_by: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface StepTable {
  tenant_id: string;
  step_id: string;
  goal_id: string;
  citizen_id: string;
  text: string;
  who_helps: string | null;
  helper_user_id: string | null;
  due_date: string | null;
  pictogram: string | null;
  /** The catalogue offer the step is about, when it came from one. */
  offer_id: Generated<string | null>;
  status: Generated<'planned' | 'done' | 'cancelled'>;
  done_at: Date | null;
  done_by: string | null;
  sort_order: Generated<number>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PlanMeetingTable {
  tenant_id: string;
  meeting_id: string;
  citizen_id: string;
  starts_at: Date;
  location: string | null;
  status: Generated<'planned' | 'held' | 'cancelled'>;
  citizen_invited: Generated<boolean>;
  participants: Json<{ name: string; role: string; userId?: string; memberId?: string }[]>;
  agreements: Json<{ who: string; what: string; byDate?: string }[]>;
  summary: string | null;
  next_review_date: string | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PlanCommentTable {
  tenant_id: string;
  comment_id: string;
  citizen_id: string;
  subject_type: 'dream' | 'goal' | 'step' | 'meeting';
  subject_id: string;
  part: string;
  author_user_id: string;
  text: string;
  created_at: Timestamp;
}

export interface PlanChangeTable {
  tenant_id: string;
  change_id: string;
  citizen_id: string;
  part: string;
  subject_type: string;
  subject_id: string;
  operation: 'create' | 'update' | 'delete';
  changes: Json<Record<string, { from: unknown; to: unknown }>>;
  actor_user_id: string | null;
  actor_role: string | null;
  occurred_at: Date;
}

export interface TransitionPlanTable {
  tenant_id: string;
  citizen_id: string;
  started_on: string;
  responsible_user_id: string | null;
  parents_involved: Generated<boolean>;
  adult_services_contact: string | null;
  notes: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CitizenPlanTables {
  citizen: CitizenTable;
  citizen_team_member: CitizenTeamMemberTable;
  network_member: NetworkMemberTable;
  consent: ConsentTable;
  dream: DreamTable;
  goal: GoalTable;
  step: StepTable;
  plan_meeting: PlanMeetingTable;
  plan_comment: PlanCommentTable;
  plan_change: PlanChangeTable;
  transition_plan: TransitionPlanTable;
}
