/**
 * Budgets are held per centre (DOMAIN §5.9), while a granted service names the unit that pays for it, which is often a
 * team or a place below a centre. A unit's centre is the nearest unit at or above it whose kind is 'centre'; a unit
 * with no centre above it counts for the top-level unit above it (or itself), so no cost is lost in the roll-up.
 */
export interface OrgNode {
  id: string;
  parentId: string | null;
  kind: 'area' | 'centre' | 'unit';
}

/** The centre a unit's costs count for; null for a unit that is not in the tree. */
export function centreOf(units: readonly OrgNode[], unitId: string): string | null {
  const byId = new Map(units.map((u) => [u.id, u]));
  let current = byId.get(unitId);
  if (!current) return null;
  const seen = new Set<string>();
  let top = current;
  while (current && !seen.has(current.id)) {
    if (current.kind === 'centre') return current.id;
    seen.add(current.id);
    top = current;
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return top.id;
}

export interface UnitAmounts {
  /** The paying unit; null when the decision names none. */
  unitId: string | null;
  committedOre: number;
  newDecisionsOre: number;
}

export type CentreAmounts = Omit<UnitAmounts, 'unitId'>;

/** Sums the amounts per centre; amounts of no unit, or of a unit not in the tree, are summed as `unassigned`. */
export function rollUpToCentres(units: readonly OrgNode[], amounts: readonly UnitAmounts[]): { byCentre: Map<string, CentreAmounts>; unassigned: CentreAmounts } {
  const byCentre = new Map<string, CentreAmounts>();
  const unassigned: CentreAmounts = { committedOre: 0, newDecisionsOre: 0 };
  for (const row of amounts) {
    const centre = row.unitId === null ? null : centreOf(units, row.unitId);
    const sum = centre === null ? unassigned : (byCentre.get(centre) ?? { committedOre: 0, newDecisionsOre: 0 });
    sum.committedOre += row.committedOre;
    sum.newDecisionsOre += row.newDecisionsOre;
    if (centre !== null) byCentre.set(centre, sum);
  }
  return { byCentre, unassigned };
}
