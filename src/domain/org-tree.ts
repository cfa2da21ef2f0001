/** Rules over the organisation tree. */
export interface UnitLink {
  id: string;
  parentId: string | null;
}

/** True when placing `unitId` under `newParentId` would make the unit its own ancestor. */
export function wouldCreateCycle(units: readonly UnitLink[], unitId: string, newParentId: string | null): boolean {
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  let current = newParentId;
  const seen = new Set<string>();
  while (current !== null && current !== undefined) {
    if (current === unitId) return true;
    if (seen.has(current)) return true;
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return false;
}

/** True when `unitId` is `ancestorId` itself or lies anywhere below it. */
export function isWithinUnit(units: readonly UnitLink[], unitId: string, ancestorId: string): boolean {
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  let current: string | null = unitId;
  const seen = new Set<string>();
  while (current !== null && !seen.has(current)) {
    if (current === ancestorId) return true;
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return false;
}
