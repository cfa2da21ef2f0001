import type { Kysely } from 'kysely';
import type { TargetGroupOverview } from '../../domain/steering-figures.js';
import type { Database } from '../../platform/db/schema.js';

/**
 * Distinct citizens per offer type and legal basis per year (Table 1 of the plan for socially vulnerable adults),
 * small counts suppressed. No authorization here: the caller has authorized its reader already.
 */
export async function readTargetGroupOverview(db: Kysely<Database>, tenantId: string, fromYear: number, toYear: number): Promise<TargetGroupOverview> {
  void db;
  void tenantId;
  void fromYear;
  void toYear;
  throw new Error('not implemented yet');
}
