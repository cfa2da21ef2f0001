import type { Row, TableShape } from './bulk-rows.js';
import type { MunicipalityModel } from './municipality-model.js';

export const appUserShape: TableShape = {
  table: 'app_user',
  columns: ['tenant_id', 'user_id', 'display_name', 'email', 'title', 'kind', 'org_unit_id', 'created_at', 'updated_at'],
};

export const roleGrantShape: TableShape = {
  table: 'role_grant',
  columns: ['tenant_id', 'user_id', 'role', 'granted_by', 'granted_at'],
};

/** Staff, then citizens: citizens have no e-mail or unit of their own (they log in with MitID). */
export function* appUserRows(model: MunicipalityModel): Generator<Row> {
  const tenantId = model.tenant.tenantId;
  for (const s of model.staff) {
    const at = s.createdAt.toISOString();
    yield [tenantId, s.userId, s.displayName, s.email, s.title, 'staff', s.unitId, at, at];
  }
  for (const c of model.citizens) {
    const at = c.createdAt.toISOString();
    yield [tenantId, c.userId, c.displayName, null, null, 'citizen', null, at, at];
  }
}

export function* roleGrantRows(model: MunicipalityModel): Generator<Row> {
  const tenantId = model.tenant.tenantId;
  for (const s of model.staff) {
    for (const role of s.roles) yield [tenantId, s.userId, role, null, s.createdAt.toISOString()];
  }
  for (const c of model.citizens) yield [tenantId, c.userId, 'citizen', null, c.createdAt.toISOString()];
}
