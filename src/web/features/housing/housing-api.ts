/** What the housing endpoints answer, from the shared contracts (types only), and how the figures are written. */
import type { HousingProject, HousingProjects, ResidentialOffers, SelfSufficiency, UpdateHousingProjectBody } from '../../../contracts/housing.js';
import { rolesAllow, type Permission, type Role } from '../../../domain/roles.js';
import { useSession } from '../auth/session.js';

export type { HousingProject, HousingProjects, ResidentialOffers, SelfSufficiency, UpdateHousingProjectBody };
export { housingProjectStatuses, type HousingProjectStatus } from '../../../domain/housing-plan.js';

/** Whether the logged-in user's roles hold a permission; the server decides again on every request. */
export function useMay(permission: Permission): boolean {
  const { me } = useSession();
  return me ? rolesAllow(me.roles as Role[], permission) : false;
}

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'da-DK');

/** Tenths of a percent as "61,2 %" / "61.2%"; null (nothing to divide by) as an en dash. */
export function formatPermille(permille: number | null, language: string): string {
  if (permille === null) return '–';
  return new Intl.NumberFormat(locale(language), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(permille / 1000);
}

/** A difference of tenths of a percent as percentage points, "12,0" / "12.0" (the words around it say "points"). */
export function formatPoints(permille: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(permille / 10);
}

/** A whole percent as "73 %" / "73%". */
export function formatPercent(percent: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

/** A change in places with its sign: "+6", "−4" (a real minus sign), "0". */
export function formatChange(change: number, language: string): string {
  const number = new Intl.NumberFormat(locale(language)).format(Math.abs(change));
  return change > 0 ? `+${number}` : change < 0 ? `−${number}` : number;
}

/** A count, grouped as the reader writes numbers; null as an en dash. */
export function formatCount(value: number | null, language: string): string {
  return value === null ? '–' : new Intl.NumberFormat(locale(language)).format(value);
}
