import { rolesAllow, type Role } from './roles.js';
import { isWithinUnit, type UnitLink } from './org-tree.js';

/**
 * How long an offer stays trusted without its owner confirming it is still right. The issue asks for 12 months;
 * it is a parameter so a municipality can choose otherwise.
 */
export const CONFIRMATION_VALID_MONTHS = 12;

/** An offer nobody has confirmed within the period is shown as possibly outdated, and its owner reminded. */
export function isPossiblyOutdated(confirmedAt: Date | null, now: Date, validMonths = CONFIRMATION_VALID_MONTHS): boolean {
  if (confirmedAt === null) return true;
  const limit = new Date(now);
  limit.setUTCMonth(limit.getUTCMonth() - validMonths);
  return confirmedAt.getTime() < limit.getTime();
}

/**
 * Who keeps an offer: the administrator keeps every offer; an offer owner keeps the offers owned by their own unit
 * or a unit below it (a centre's offer owner keeps the whole centre's offers).
 */
export function mayManageOffer(actor: { roles: readonly Role[]; orgUnitId: string | null }, units: readonly UnitLink[], ownerUnitId: string | null): boolean {
  if (rolesAllow(actor.roles, 'catalogue.manage')) return true;
  if (!rolesAllow(actor.roles, 'offer.manage') || actor.orgUnitId === null || ownerUnitId === null) return false;
  return isWithinUnit(units, ownerUnitId, actor.orgUnitId);
}

export type LifecycleAction = 'publish' | 'archive' | 'unpublish' | 'confirm';
export type Lifecycle = 'draft' | 'published' | 'archived';

/**
 * draft → published → archived, and back: an archived or published offer can return to draft for rework, and an
 * archived one can be published again. Confirming keeps the state and renews the confirmation. Null: not allowed.
 */
export function nextLifecycle(current: Lifecycle, action: LifecycleAction): Lifecycle | null {
  switch (action) {
    case 'publish':
      return current === 'published' ? null : 'published';
    case 'archive':
      return current === 'archived' ? null : 'archived';
    case 'unpublish':
      return current === 'draft' ? null : 'draft';
    case 'confirm':
      return current === 'archived' ? null : current;
  }
}
