import type { ColumnType, Generated } from 'kysely';

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

export interface Database {
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
