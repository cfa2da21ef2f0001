/** What the reception endpoints answer, from the shared contracts (types only), and who may do what. */
import type { z } from 'zod';
import type { followUps, queue, receptionCentres, RegisterVisitBody, Statistics, Visit } from '../../../contracts/reception.js';
import { rolesAllow, type Permission, type Role } from '../../../domain/roles.js';
import { useSession } from '../auth/session.js';

export type { RegisterVisitBody, Statistics, Visit };
export type ReceptionCentres = z.infer<typeof receptionCentres>;
export type Queue = z.infer<typeof queue>;
export type FollowUps = z.infer<typeof followUps>;
export { receptionNeeds, arrivalKinds } from '../../../domain/reception-visit.js';

/** Whether the logged-in user's roles hold a permission; the server decides again on every request. */
export function useMay(permission: Permission): boolean {
  const { me } = useSession();
  return me ? rolesAllow(me.roles as Role[], permission) : false;
}

/** How a visitor is named on screen: the citizen's name, or the label staff gave an anonymous visitor. */
export function visitorName(visit: Visit): string {
  if (visit.citizen) return `${visit.citizen.firstName} ${visit.citizen.lastName}`;
  return visit.anonymous?.name ?? '';
}

/** A time of day in Danish time, to the minute. */
export function formatClock(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** The Danish calendar day of an instant. */
export function formatDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'medium' }).format(new Date(iso));
}
