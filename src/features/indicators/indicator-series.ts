import type { Kysely } from 'kysely';
import type { IndicatorSeries } from '../../domain/steering-figures.js';
import type { Database } from '../../platform/db/schema.js';

export interface SeriesRange {
  /** 'YYYY-MM', inclusive both ends. */
  from: string;
  to: string;
  period: 'month' | 'quarter' | 'year';
  /** Only this unit and the units under it; null for the whole municipality. */
  unitId: string | null;
}

/**
 * An indicator's series, small counts suppressed; null when the tenant has no indicator with the key. No
 * authorization here: the caller (the indicator route, a status report) has authorized its reader already.
 */
export async function readIndicatorSeries(db: Kysely<Database>, tenantId: string, key: string, range: SeriesRange): Promise<IndicatorSeries | null> {
  void db;
  void tenantId;
  void key;
  void range;
  throw new Error('not implemented yet');
}
