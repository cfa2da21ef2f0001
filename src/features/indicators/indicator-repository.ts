import type { Tx } from '../../platform/db/tenant-transaction.js';

/** The indicator table: definitions as data, one row per key, a version that grows with each change. */

export interface IndicatorRow {
  key: string;
  name: string;
  description: string;
  definition: unknown;
  version: number;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

const columns = ['key', 'name', 'description', 'definition', 'version', 'active', 'created_at', 'updated_at'] as const;

export async function listIndicatorRows(trx: Tx, tenantId: string): Promise<IndicatorRow[]> {
  return trx.selectFrom('indicator').select(columns).where('tenant_id', '=', tenantId).orderBy('name').orderBy('key').execute();
}

export async function findIndicatorRow(trx: Tx, tenantId: string, key: string, forUpdate = false): Promise<IndicatorRow | undefined> {
  return trx
    .selectFrom('indicator')
    .select(columns)
    .where('tenant_id', '=', tenantId)
    .where('key', '=', key)
    .$if(forUpdate, (q) => q.forUpdate())
    .executeTakeFirst();
}

/** Inserts unless the key exists; true when it was inserted. */
export async function insertIndicatorRow(trx: Tx, tenantId: string, row: { key: string; name: string; description: string; definition: unknown; now: Date }): Promise<boolean> {
  const inserted = await trx
    .insertInto('indicator')
    .values({ tenant_id: tenantId, key: row.key, name: row.name, description: row.description, definition: JSON.stringify(row.definition), version: 1, active: true, created_at: row.now, updated_at: row.now })
    .onConflict((oc) => oc.columns(['tenant_id', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function updateIndicatorRow(trx: Tx, tenantId: string, key: string, values: { name: string; description: string; definition: unknown; active: boolean; version: number; now: Date }): Promise<void> {
  await trx
    .updateTable('indicator')
    .set({ name: values.name, description: values.description, definition: JSON.stringify(values.definition), active: values.active, version: values.version, updated_at: values.now })
    .where('tenant_id', '=', tenantId)
    .where('key', '=', key)
    .execute();
}

/** The municipality's units, for the unit filter and its subtree and for naming the groups of a breakdown. */
export async function orgUnits(trx: Tx, tenantId: string) {
  return trx.selectFrom('org_unit').select(['unit_id', 'parent_unit_id', 'name', 'active']).where('tenant_id', '=', tenantId).orderBy('name').execute();
}
