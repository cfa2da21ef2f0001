import type { OrgUnit } from '../../contracts/admin.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';

const columns = ['unit_id', 'parent_unit_id', 'name', 'kind', 'area', 'email', 'phone', 'active', 'version', 'is_reception_centre'] as const;

type Row = { unit_id: string; parent_unit_id: string | null; name: string; kind: OrgUnit['kind']; area: OrgUnit['area']; email: string | null; phone: string | null; active: boolean; version: number; is_reception_centre: boolean };

export function presentOrgUnit(row: Row): OrgUnit {
  return { id: row.unit_id, parentId: row.parent_unit_id, name: row.name, kind: row.kind, area: row.area, email: row.email, phone: row.phone, active: row.active, isReceptionCentre: row.is_reception_centre, version: row.version };
}

export async function listOrgUnitRows(trx: Tx, tenantId: string) {
  return trx.selectFrom('org_unit').select(columns).where('tenant_id', '=', tenantId).orderBy('kind').orderBy('name').execute();
}

export async function findOrgUnitRow(trx: Tx, tenantId: string, unitId: string) {
  return trx.selectFrom('org_unit').select(columns).where('tenant_id', '=', tenantId).where('unit_id', '=', unitId).executeTakeFirst();
}

export async function insertOrgUnit(trx: Tx, values: { tenantId: string; unitId: string; parentId: string | null; name: string; kind: OrgUnit['kind']; area: OrgUnit['area']; email: string | null; phone: string | null; isReceptionCentre?: boolean; now: Date }) {
  return trx
    .insertInto('org_unit')
    .values({ tenant_id: values.tenantId, unit_id: values.unitId, parent_unit_id: values.parentId, name: values.name, kind: values.kind, area: values.area, email: values.email, phone: values.phone, is_reception_centre: values.isReceptionCentre ?? false, created_at: values.now, updated_at: values.now })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

/** Updates only when the stored version is the one the editor read; returns undefined on a stale version. */
export async function updateOrgUnitIfVersion(
  trx: Tx,
  key: { tenantId: string; unitId: string; version: number },
  changes: Partial<{ name: string; parent_unit_id: string | null; email: string | null; phone: string | null; active: boolean; is_reception_centre: boolean }>,
  now: Date,
) {
  return trx
    .updateTable('org_unit')
    .set((eb) => ({ ...changes, updated_at: now, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', key.tenantId)
    .where('unit_id', '=', key.unitId)
    .where('version', '=', key.version)
    .returning(columns)
    .executeTakeFirst();
}
