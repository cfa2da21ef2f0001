import { rolesAllow, type Permission, type Role } from './roles.js';

/**
 * The single rule that decides whether an actor may perform an action on a resource.
 * Pure: the caller gathers the facts (roles, relation to the citizen, consents) and this decides.
 */
export interface AccessFacts {
  roles: readonly Role[];
  action: Permission;
  /** How the actor relates to the citizen the resource belongs to, when it belongs to one. */
  relation?: 'self' | 'team' | 'relative' | 'volunteer' | 'receiver' | 'none';
  /** For resources owned by a citizen: whether the citizen's consent covers this actor and part. */
  consented?: boolean;
  /** True when the resource is the actor's own record (their profile). */
  ownRecord?: boolean;
}

/**
 * Staff of the unit that receives a referral of the citizen (domain/referral-state.ts) are not on the team: they
 * may handle that referral — which shows them the citizen's name and age and the referral's message — and see
 * of the plan only what the citizen consented to share with their unit.
 */
const receiverActions: ReadonlySet<Permission> = new Set(['referral.receive']);

export type AccessDecision =
  | { allowed: true; reason: string }
  /** `hide` answers 404 so that a denial does not reveal that the resource exists. */
  | { allowed: false; reason: string; respondAs: 'forbidden' | 'hide' };

export function decideAccess(facts: AccessFacts): AccessDecision {
  if (!rolesAllow(facts.roles, facts.action)) {
    return { allowed: false, reason: 'role-lacks-permission', respondAs: facts.relation === undefined ? 'forbidden' : 'hide' };
  }
  if (facts.relation === undefined) return { allowed: true, reason: 'role-grant' };
  if (facts.relation === 'self' || facts.relation === 'team') return { allowed: true, reason: `relation-${facts.relation}` };
  if (facts.relation === 'receiver' && receiverActions.has(facts.action)) return { allowed: true, reason: 'relation-receiver' };
  // Relatives, volunteers and staff outside the team see only what the citizen has consented to.
  if (facts.consented === true) return { allowed: true, reason: `consent-${facts.relation}` };
  return { allowed: false, reason: 'no-relation-or-consent', respondAs: 'hide' };
}
