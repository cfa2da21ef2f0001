import type { RefusionBand } from '../../../domain/refusion.js';
import type { Tx } from '../../../platform/db/tenant-transaction.js';

/** The SQL of the refusion bands: per municipality and year, the marginal bands (DOMAIN §5.6). */

/** The bands of the given years (all years when `years` is undefined), grouped by year, lowest limit first. */
export async function bandsByYear(trx: Tx, tenantId: string, years?: readonly number[]): Promise<Map<number, RefusionBand[]>> {
  if (years !== undefined && years.length === 0) return new Map();
  const rows = await trx
    .selectFrom('refusion_band')
    .select(['year', 'lower_ore', 'rate_percent'])
    .where('tenant_id', '=', tenantId)
    .$if(years !== undefined, (qb) => qb.where('year', 'in', [...years!]))
    .orderBy('year')
    .orderBy('lower_ore')
    .execute();
  const byYear = new Map<number, RefusionBand[]>();
  for (const row of rows) {
    const bands = byYear.get(row.year) ?? [];
    bands.push({ lowerOre: Number(row.lower_ore), ratePercent: row.rate_percent });
    byYear.set(row.year, bands);
  }
  return byYear;
}

/** Replaces the year's bands with these. */
export async function replaceBands(trx: Tx, tenantId: string, year: number, bands: readonly RefusionBand[]): Promise<void> {
  await trx.deleteFrom('refusion_band').where('tenant_id', '=', tenantId).where('year', '=', year).execute();
  await trx
    .insertInto('refusion_band')
    .values(bands.map((band) => ({ tenant_id: tenantId, year, lower_ore: band.lowerOre, rate_percent: band.ratePercent })))
    .execute();
}
