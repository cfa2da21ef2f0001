import { selfSufficiencyPermille } from '../../domain/self-sufficiency.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';
import { placementCountsOn } from './housing-repository.js';

export interface PlacementCounts {
  day: string;
  placements: number;
  own: number;
  inside: number;
  outside: number;
  permille: number | null;
}

/**
 * The residential placements active on each day, counted in the database, with the self-sufficiency rate worked out
 * by the domain rule (domain/self-sufficiency.ts). test/integration/housing.test.ts holds the counts equal to
 * `selfSufficiencyOn` over the same placements.
 */
export async function countPlacements(trx: Tx, tenantId: string, days: readonly string[]): Promise<PlacementCounts[]> {
  const rows = await placementCountsOn(trx, tenantId, days);
  return rows.map((row) => ({ ...row, outside: row.placements - row.inside, permille: selfSufficiencyPermille(row.own, row.placements) }));
}
