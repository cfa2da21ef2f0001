/**
 * The housing plan's self-sufficiency rate (DOMAIN §5.8, selvforsyningsgrad): of the municipality's citizens in a
 * residential placement on a day, the share placed in the municipality's own offers. The plan's goal is about 73 %.
 */
export const SELF_SUFFICIENCY_TARGET_PERCENT = 73;

export interface Placement {
  periodFrom: string;
  periodTo: string | null;
  /** In the municipality's own offer (provider 'own'). */
  own: boolean;
}

/** Whether the placement covers the day. */
export function activeOn(placement: Pick<Placement, 'periodFrom' | 'periodTo'>, day: string): boolean {
  return placement.periodFrom <= day && (placement.periodTo === null || placement.periodTo >= day);
}

/** The rate in whole tenths of a percent, half up (null without placements). */
export function selfSufficiencyPermille(own: number, total: number): number | null {
  return total === 0 ? null : Math.round((own * 1000) / total);
}

/** Own placements, all placements and the rate in whole tenths of a percent (null without placements). */
export function selfSufficiencyOn(placements: readonly Placement[], day: string): { own: number; total: number; permille: number | null } {
  const active = placements.filter((p) => activeOn(p, day));
  const own = active.filter((p) => p.own).length;
  return { own, total: active.length, permille: selfSufficiencyPermille(own, active.length) };
}

/** The rate once the planned places are there: own placements grow by the places gained in own offers. */
export function projectedSelfSufficiencyPermille(now: { own: number; total: number }, ownPlacesGained: number): number | null {
  // New own places take citizens from outside placements, so the total stays and the own share grows.
  const own = Math.min(now.total, Math.max(0, now.own + ownPlacesGained));
  return selfSufficiencyPermille(own, now.total);
}
