import type { Tx } from '../../../platform/db/tenant-transaction.js';

/** SQL of the social area's economic plan: its tracks and their initiatives. */

export async function listTracks(trx: Tx, tenantId: string) {
  return trx.selectFrom('economic_track').select(['track_id', 'name', 'sort_order']).where('tenant_id', '=', tenantId).orderBy('sort_order').orderBy('name').execute();
}

/** Every initiative, in the order they were added (ids are time-ordered). */
export async function listInitiatives(trx: Tx, tenantId: string) {
  return trx
    .selectFrom('economic_initiative')
    .select(['initiative_id', 'track_id', 'name', 'description', 'status', 'expected_effect_ore', 'effect_year', 'version'])
    .where('tenant_id', '=', tenantId)
    .orderBy('initiative_id')
    .execute();
}

export async function findInitiative(trx: Tx, tenantId: string, initiativeId: string) {
  return trx
    .selectFrom('economic_initiative')
    .select(['initiative_id', 'track_id', 'name', 'description', 'status', 'expected_effect_ore', 'effect_year', 'version'])
    .where('tenant_id', '=', tenantId)
    .where('initiative_id', '=', initiativeId)
    .executeTakeFirst();
}

/** Changes an initiative if it still has the version the change was made on. */
export async function updateInitiativeIfVersion(
  trx: Tx,
  key: { tenantId: string; initiativeId: string; version: number },
  values: { status?: 'planned' | 'in-progress' | 'done' | 'stopped'; expected_effect_ore?: number },
  now: Date,
): Promise<boolean> {
  const result = await trx
    .updateTable('economic_initiative')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: now }))
    .where('tenant_id', '=', key.tenantId)
    .where('initiative_id', '=', key.initiativeId)
    .where('version', '=', key.version)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
