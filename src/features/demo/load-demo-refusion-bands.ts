import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { checkBands, type RefusionBand } from '../../domain/refusion.js';
import type { Database } from '../../platform/db/schema.js';

/**
 * The state's refusion bands for the demo years (seed/refusion-bands.json; its comment says which years are from the
 * source documents and which are interpolated). Every demo municipality gets them; finance can change them.
 */

const seedFile = fileURLToPath(new URL('../../../seed/refusion-bands.json', import.meta.url));
const seedSchema = z.object({
  rates: z.array(z.number().int().min(0).max(100)),
  years: z.record(z.string().regex(/^\d{4}$/), z.object({ limitsKroner: z.array(z.number().int().positive()), source: z.string() })),
});

/** The seed's bands per year, each checked by the domain rule. */
export function demoRefusionBands(): Map<number, RefusionBand[]> {
  const seed = seedSchema.parse(JSON.parse(readFileSync(seedFile, 'utf8')));
  const bands = new Map<number, RefusionBand[]>();
  for (const [year, entry] of Object.entries(seed.years)) {
    if (entry.limitsKroner.length !== seed.rates.length - 1) throw new Error(`seed/refusion-bands.json: ${year} needs ${seed.rates.length - 1} limits`);
    const limits = [0, ...entry.limitsKroner.map((kroner) => kroner * 100)];
    bands.set(Number(year), checkBands(limits.map((lowerOre, i) => ({ lowerOre, ratePercent: seed.rates[i]! }))));
  }
  return bands;
}

export async function loadDemoRefusionBands(trx: Kysely<Database>, municipality: { tenantId: string }): Promise<number> {
  const rows = [...demoRefusionBands()].flatMap(([year, bands]) => bands.map((band) => ({ tenant_id: municipality.tenantId, year, lower_ore: band.lowerOre, rate_percent: band.ratePercent })));
  await trx.insertInto('refusion_band').values(rows).execute();
  return rows.length;
}

/** For a demo database from before the refusion bands: loads them once, when the municipality has none. */
export async function loadDemoRefusionBandsIfMissing(db: Kysely<Database>, municipality: { tenantId: string }): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom('tenant').select('tenant_id').where('tenant_id', '=', municipality.tenantId).forUpdate().executeTakeFirstOrThrow();
    const existing = await trx.selectFrom('refusion_band').select('year').where('tenant_id', '=', municipality.tenantId).limit(1).executeTakeFirst();
    return existing ? 0 : loadDemoRefusionBands(trx, municipality);
  });
}
