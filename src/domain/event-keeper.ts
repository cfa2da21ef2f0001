import { mayManageOffer } from './offer-upkeep.js';
import type { UnitLink } from './org-tree.js';
import { rolesAllow, type Role } from './roles.js';

/** What decides who keeps an event: the unit that keeps it, and the organisation it belongs to. */
export interface EventKeeping {
  /** The offer's owner unit; for an organisation's own event (no offer), the organisation's municipal unit. */
  keeperUnitId: string | null;
  organization: { kind: string; orgUnitId: string | null };
}

/** Organisations of civil society, whose activities the volunteer coordinators look after. */
const civilSociety: readonly string[] = ['association', 'ngo'];

/**
 * Who may create, change and cancel an event ("Det sker"): those who keep the offer — the administrator any event,
 * an offer owner the events of their own unit or a unit below it (the same rule as for offers) — and the volunteer
 * coordinator the events of associations that are not one of the municipality's units.
 */
export function mayKeepEvent(actor: { roles: readonly Role[]; orgUnitId: string | null }, units: readonly UnitLink[], event: EventKeeping): boolean {
  if (!rolesAllow(actor.roles, 'event.manage')) return false;
  if (mayManageOffer(actor, units, event.keeperUnitId)) return true;
  return actor.roles.includes('volunteer-coordinator') && event.organization.orgUnitId === null && civilSociety.includes(event.organization.kind);
}
