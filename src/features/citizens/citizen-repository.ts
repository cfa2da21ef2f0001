import { sql } from 'kysely';
import type { Tx } from '../../platform/db/tenant-transaction.js';

/** SQL for the citizen's record and team. Every query runs in the request's tenant transaction (row-level security). */

export async function findCitizenRow(trx: Tx, tenantId: string, citizenId: string) {
  return trx.selectFrom('citizen').selectAll().where('tenant_id', '=', tenantId).where('citizen_id', '=', citizenId).executeTakeFirst();
}
export type CitizenRow = NonNullable<Awaited<ReturnType<typeof findCitizenRow>>>;

/** Locks the citizen's row for the rest of the transaction, so concurrent changes to their team or consents queue up. */
export async function lockCitizen(trx: Tx, tenantId: string, citizenId: string): Promise<void> {
  await trx.selectFrom('citizen').select('citizen_id').where('tenant_id', '=', tenantId).where('citizen_id', '=', citizenId).forUpdate().execute();
}

export async function teamOf(trx: Tx, tenantId: string, citizenId: string) {
  return trx
    .selectFrom('citizen_team_member as t')
    .innerJoin('app_user as u', (join) => join.onRef('u.tenant_id', '=', 't.tenant_id').onRef('u.user_id', '=', 't.user_id'))
    .leftJoin('org_unit as o', (join) => join.onRef('o.tenant_id', '=', 'u.tenant_id').onRef('o.unit_id', '=', 'u.org_unit_id'))
    .select(['t.user_id', 't.team_role', 't.added_at', 'u.display_name', 'u.title', 'u.org_unit_id', 'o.name as unit_name'])
    .where('t.tenant_id', '=', tenantId)
    .where('t.citizen_id', '=', citizenId)
    .orderBy('u.display_name')
    .execute();
}
export type TeamRow = Awaited<ReturnType<typeof teamOf>>[number];

export function presentTeam(rows: TeamRow[]) {
  return rows.map((r) => ({ userId: r.user_id, name: r.display_name, title: r.title, unitName: r.unit_name, teamRole: r.team_role }));
}

export async function hasTransitionPlan(trx: Tx, tenantId: string, citizenId: string): Promise<boolean> {
  const row = await trx.selectFrom('transition_plan').select('citizen_id').where('tenant_id', '=', tenantId).where('citizen_id', '=', citizenId).executeTakeFirst();
  return row !== undefined;
}

export async function userName(trx: Tx, tenantId: string, userId: string): Promise<string | null> {
  const row = await trx.selectFrom('app_user').select('display_name').where('tenant_id', '=', tenantId).where('user_id', '=', userId).executeTakeFirst();
  return row?.display_name ?? null;
}

/** Active staff users among the given ids. */
export async function activeStaff(trx: Tx, tenantId: string, userIds: readonly string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await trx
    .selectFrom('app_user')
    .select('user_id')
    .where('tenant_id', '=', tenantId)
    .where('user_id', 'in', [...userIds])
    .where('kind', '=', 'staff')
    .where('active', '=', true)
    .execute();
  return new Set(rows.map((r) => r.user_id));
}

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The citizens on a staff member's team, optionally filtered by name, with their next meeting and review. */
export async function caseloadOf(trx: Tx, tenantId: string, userId: string, q: string | undefined, now: Date) {
  let query = trx
    .selectFrom('citizen as c')
    .innerJoin('citizen_team_member as t', (join) => join.onRef('t.tenant_id', '=', 'c.tenant_id').onRef('t.citizen_id', '=', 'c.citizen_id'))
    .select((eb) => [
      'c.citizen_id',
      'c.first_name',
      'c.last_name',
      'c.birth_date',
      'c.cpr_encrypted',
      't.team_role',
      eb
        .selectFrom('plan_meeting as m')
        .select((m) => m.fn.min('m.starts_at').as('at'))
        .whereRef('m.tenant_id', '=', 'c.tenant_id')
        .whereRef('m.citizen_id', '=', 'c.citizen_id')
        .where('m.status', '=', 'planned')
        .where('m.starts_at', '>=', now)
        .as('next_meeting_at'),
      eb
        .selectFrom('goal as g')
        .select((g) => g.fn.min('g.review_date').as('d'))
        .whereRef('g.tenant_id', '=', 'c.tenant_id')
        .whereRef('g.citizen_id', '=', 'c.citizen_id')
        .where('g.status', '=', 'active')
        .as('next_review_date'),
    ])
    .where('c.tenant_id', '=', tenantId)
    .where('t.user_id', '=', userId);
  if (q) {
    const pattern = likePattern(q);
    query = query.where((eb) => eb.or([eb('c.first_name', 'ilike', pattern), eb('c.last_name', 'ilike', pattern), eb(sql<string>`c.first_name || ' ' || c.last_name`, 'ilike', pattern)]));
  }
  return query.orderBy('c.last_name').orderBy('c.first_name').limit(500).execute();
}

export async function findByCprHash(trx: Tx, tenantId: string, hash: string, userId: string) {
  return trx
    .selectFrom('citizen as c')
    .select((eb) => [
      'c.citizen_id',
      'c.first_name',
      'c.last_name',
      'c.birth_date',
      eb.exists(eb.selectFrom('citizen_team_member as t').select('t.user_id').whereRef('t.tenant_id', '=', 'c.tenant_id').whereRef('t.citizen_id', '=', 'c.citizen_id').where('t.user_id', '=', userId)).as('on_my_team'),
    ])
    .where('c.tenant_id', '=', tenantId)
    .where('c.cpr_search_hash', '=', hash)
    .execute();
}
