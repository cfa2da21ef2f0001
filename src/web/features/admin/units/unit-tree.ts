import { wouldCreateCycle } from '../../../../domain/org-tree.js';
import type { OrgUnit } from '../../../api/types.js';

export interface UnitNode {
  unit: OrgUnit;
  children: UnitNode[];
}

const byName = (a: OrgUnit, b: OrgUnit) => a.name.localeCompare(b.name, 'da');

/** Centres with their units below them, each level in alphabetical order. A unit whose parent is unknown is shown at the top. */
export function unitTree(units: readonly OrgUnit[]): UnitNode[] {
  const known = new Set(units.map((unit) => unit.id));
  const childrenOf = new Map<string | null, OrgUnit[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && known.has(unit.parentId) ? unit.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), unit]);
  }
  const branch = (parent: string | null): UnitNode[] =>
    [...(childrenOf.get(parent) ?? [])].sort(byName).map((unit) => ({ unit, children: branch(unit.id) }));
  return branch(null);
}

/** The tree as a list in reading order, each unit with how deep it sits. */
export function unitsInTreeOrder(units: readonly OrgUnit[]): { unit: OrgUnit; depth: number }[] {
  const walk = (nodes: UnitNode[], depth: number): { unit: OrgUnit; depth: number }[] =>
    nodes.flatMap((node) => [{ unit: node.unit, depth }, ...walk(node.children, depth + 1)]);
  return walk(unitTree(units), 0);
}

/** The units `unitId` may be moved under: not itself and nothing below it. Null `unitId` is a new unit, which may go anywhere. */
export function possibleParents(units: readonly OrgUnit[], unitId: string | null): { unit: OrgUnit; depth: number }[] {
  const links = units.map(({ id, parentId }) => ({ id, parentId }));
  return unitsInTreeOrder(units).filter(({ unit }) => unitId === null || !wouldCreateCycle(links, unitId, unit.id));
}
