import type { Prng } from './prng.js';
import { weightedChoice, type WeightedChoice } from './weighted-choice.js';

/**
 * What people do, as the audit entries the application writes for it (same action, resource type,
 * purpose and details as features/* and platform/access write them). Work with a citizen is written as
 * the reads of the overview, the plan and the record, with the citizen record's id as citizen_id.
 */
export interface AuditActor {
  userId: string;
  /** Roles as recordAudit writes them: comma-separated. */
  roleText: string;
  unitId: string | null;
}

/** The part of an audit row that depends on the action: action, resource_type, resource_id, citizen_id, purpose, outcome, details. */
export type ActionFields = [string, string, string | null, string | null, string, 'allowed' | 'denied', string];

export interface ActionContext {
  actor: AuditActor;
  prng: Prng;
  /** The citizen record id of a citizen this actor works with, skewed so some citizens are read about far more than others. */
  caseCitizen(): string;
  /** Any staff member, for administrators and leaders looking people up. */
  someStaff(): string;
}

type ActionTemplate = (ctx: ActionContext) => ActionFields;

const login: ActionTemplate = () => ['session.create', 'session', null, null, 'login', 'allowed', '{"method": "oidc"}'];
const readOwnProfile: ActionTemplate = ({ actor }) => ['profile.read', 'user', actor.userId, null, 'self-service', 'allowed', '{"reason": "role-grant"}'];
const updateOwnProfile: ActionTemplate = ({ actor }) => ['profile.update', 'user', actor.userId, null, 'self-service', 'allowed', '{"fields": ["language"], "reason": "role-grant"}'];
const searchUnits: ActionTemplate = () => ['org-unit.read', 'org-unit', null, null, 'administration', 'allowed', '{"reason": "role-grant", "operation": "search"}'];
/** A case worker opening a citizen they work with: the overview, the plan or the record, as the app audits them. */
export const readCitizen: ActionTemplate = (ctx) => {
  const citizen = ctx.caseCitizen();
  const r = ctx.prng.next();
  if (r < 0.4) return ['plan.read', 'overview', citizen, citizen, 'plan', 'allowed', '{"part": "any", "reason": "relation-team"}'];
  if (r < 0.65) return ['plan.read', 'plan', citizen, citizen, 'plan', 'allowed', '{"part": "any", "reason": "relation-team"}'];
  return ['citizen.read', 'citizen', citizen, citizen, 'case-work', 'allowed', '{"reason": "relation-team", "cprShown": false}'];
};
const searchUsers: ActionTemplate = ({ prng }) => ['user.read', 'user', null, null, 'administration', 'allowed', prng.chance(0.7) ? '{"reason": "role-grant", "filtered": true, "operation": "search"}' : '{"reason": "role-grant", "filtered": false, "operation": "search"}'];
const readStaff: ActionTemplate = (ctx) => ['user.read', 'user', ctx.someStaff(), null, 'administration', 'allowed', '{"reason": "role-grant", "operation": "read"}'];
const updateUser: ActionTemplate = (ctx) => ['user.manage', 'user', ctx.someStaff(), null, 'administration', 'allowed', '{"fields": ["title"], "reason": "role-grant", "operation": "update"}'];
const changeRoles: ActionTemplate = (ctx) => ['role-grant.manage', 'user', ctx.someStaff(), null, 'administration', 'allowed', '{"after": ["support-worker", "volunteer-coordinator"], "before": ["support-worker"], "reason": "role-grant", "operation": "update"}'];
const updateUnit: ActionTemplate = () => ['org-unit.manage', 'org-unit', null, null, 'administration', 'allowed', '{"fields": ["phone"], "reason": "role-grant", "operation": "update"}'];
/** An administrator answering a citizen's request for their access log, or searching by action. */
const readAuditLog: ActionTemplate = (ctx) => {
  if (ctx.prng.chance(0.4)) return ['audit-log.read', 'audit-log', null, ctx.caseCitizen(), 'administration', 'allowed', '{"reason": "role-grant", "filters": ["citizen"], "operation": "search"}'];
  return ['audit-log.read', 'audit-log', null, null, 'administration', 'allowed', '{"reason": "role-grant", "filters": ["action"], "operation": "search"}'];
};
const deniedAuditLog: ActionTemplate = () => ['audit-log.read', 'audit-log', null, null, 'administration', 'denied', '{"reason": "role-lacks-permission", "filters": [], "operation": "search"}'];

type Mix = WeightedChoice<ActionTemplate>;
const everyday = [[readOwnProfile, 50], [login, 8], [searchUnits, 4], [updateOwnProfile, 0.3]] as const;

const caseWorkMix: Mix = weightedChoice<ActionTemplate>([...everyday, [readCitizen, 38], [deniedAuditLog, 0.2]]);
const leaderMix: Mix = weightedChoice<ActionTemplate>([...everyday, [readCitizen, 10], [searchUsers, 10], [readStaff, 8], [deniedAuditLog, 0.2]]);
const financeMix: Mix = weightedChoice<ActionTemplate>([...everyday, [searchUnits, 10], [deniedAuditLog, 0.3]]);
const adminMix: Mix = weightedChoice<ActionTemplate>([...everyday, [searchUsers, 8], [readStaff, 8], [updateUser, 4], [changeRoles, 2], [updateUnit, 0.5], [readAuditLog, 3]]);

/** The mix of a staff member follows their most far-reaching role. */
export function staffActionMix(roles: readonly string[]): Mix {
  if (roles.includes('admin')) return adminMix;
  if (roles.includes('leader')) return leaderMix;
  if (roles.includes('finance')) return financeMix;
  return caseWorkMix;
}

/** Citizens log in and look at their own profile; what they may see of their case comes with later issues. */
export const citizenActionMix: Mix = weightedChoice<ActionTemplate>([[readOwnProfile, 65], [login, 30], [updateOwnProfile, 5]]);
