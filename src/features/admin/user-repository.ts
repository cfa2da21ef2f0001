import { sql } from 'kysely';
import type { StaffUser } from '../../contracts/admin.js';
import type { Role } from '../../domain/roles.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';
import { grantedRoles } from '../../platform/identity/granted-roles.js';

function selectUsers(trx: Tx, tenantId: string) {
  return trx
    .selectFrom('app_user as u')
    .leftJoin('org_unit as o', (join) => join.onRef('o.tenant_id', '=', 'u.tenant_id').onRef('o.unit_id', '=', 'u.org_unit_id'))
    .select(['u.user_id', 'u.display_name', 'u.email', 'u.title', 'u.kind', 'u.org_unit_id', 'o.name as unit_name', 'u.active', 'u.version', grantedRoles('u').as('roles')])
    .where('u.tenant_id', '=', tenantId);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectUsers>['executeTakeFirstOrThrow']>>;

export function presentUser(row: Row): StaffUser {
  return { id: row.user_id, displayName: row.display_name, email: row.email, title: row.title, kind: row.kind, orgUnitId: row.org_unit_id, orgUnitName: row.unit_name, roles: row.roles, active: row.active, version: row.version };
}

export async function searchStaffUsers(trx: Tx, tenantId: string, filter: { q?: string | undefined; unitId?: string | undefined; role?: Role | undefined }) {
  let query = selectUsers(trx, tenantId).where('u.kind', '=', 'staff');
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // E-mail only when the text looks like one: every address ends in the municipality's domain,
    // and "anders" would otherwise find everyone at randers.dk.
    const searchEmail = filter.q.includes('@');
    query = query.where((eb) => eb.or([eb('u.display_name', 'ilike', pattern), eb('u.title', 'ilike', pattern), ...(searchEmail ? [eb('u.email', 'ilike', pattern)] : [])]));
  }
  if (filter.unitId) query = query.where('u.org_unit_id', '=', filter.unitId);
  if (filter.role) {
    const role = filter.role;
    query = query.where((eb) => eb.exists(eb.selectFrom('role_grant as g').select('g.role').whereRef('g.tenant_id', '=', 'u.tenant_id').whereRef('g.user_id', '=', 'u.user_id').where('g.role', '=', role)));
  }
  return query.orderBy('u.display_name').limit(500).execute();
}

export async function findUserRow(trx: Tx, tenantId: string, userId: string) {
  return selectUsers(trx, tenantId).where('u.user_id', '=', userId).executeTakeFirst();
}

export async function replaceRoles(trx: Tx, key: { tenantId: string; userId: string; grantedBy: string; now: Date }, roles: readonly Role[]) {
  await trx.deleteFrom('role_grant').where('tenant_id', '=', key.tenantId).where('user_id', '=', key.userId).execute();
  if (roles.length === 0) return;
  await trx
    .insertInto('role_grant')
    .values(roles.map((role) => ({ tenant_id: key.tenantId, user_id: key.userId, role, granted_by: key.grantedBy, granted_at: key.now })))
    .execute();
}

/**
 * Active administrators other than the given user: the municipality must never lock itself out.
 * Takes a per-municipality lock first, so two administrators removing each other at the same moment
 * are judged one after the other and the second is refused.
 */
export async function lockAndCountOtherActiveAdmins(trx: Tx, tenantId: string, userId: string): Promise<number> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`admins:${tenantId}`}))`.execute(trx);
  const row = await trx
    .selectFrom('role_grant as g')
    .innerJoin('app_user as u', (join) => join.onRef('u.tenant_id', '=', 'g.tenant_id').onRef('u.user_id', '=', 'g.user_id'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('g.tenant_id', '=', tenantId)
    .where('g.role', '=', 'admin')
    .where('u.active', '=', true)
    .where('g.user_id', '!=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
