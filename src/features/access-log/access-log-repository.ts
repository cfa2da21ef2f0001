import { sql } from 'kysely';
import { endOfCopenhagenDay, startOfCopenhagenDay } from '../../domain/copenhagen-time.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';

/** The audit entries about one citizen, by others than the citizen, newest first, keyset-paged on seq. */
export async function accessEntries(trx: Tx, tenantId: string, citizenId: string, filter: { from?: string | undefined; to?: string | undefined; cursor?: string | undefined; limit: number }) {
  let query = trx
    .selectFrom('audit_event as a')
    .leftJoin('app_user as u', (join) => join.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.user_id', '=', 'a.actor_user_id'))
    .leftJoin('org_unit as o', (join) => join.onRef('o.tenant_id', '=', 'a.tenant_id').onRef('o.unit_id', '=', 'a.actor_unit_id'))
    .select((eb) => [
      'a.seq',
      'a.occurred_at',
      'a.action',
      'a.outcome',
      'a.purpose',
      'a.actor_role',
      'a.actor_user_id',
      'u.display_name',
      'o.name as unit_name',
      sql<string | null>`a.details->>'part'`.as('part'),
      eb
        .exists(eb.selectFrom('network_member as n').select('n.member_id').whereRef('n.tenant_id', '=', 'a.tenant_id').where('n.citizen_id', '=', citizenId).whereRef('n.user_id', '=', 'a.actor_user_id'))
        .as('in_network'),
    ])
    .where('a.tenant_id', '=', tenantId)
    .where('a.citizen_id', '=', citizenId);
  // Written as a literal, not a parameter, so the planner can match the partial index audit_event_citizen_others
  // even in a prepared statement's generic plan.
  query = query.where(sql<boolean>`NOT a.by_subject`);
  if (filter.from) query = query.where('a.occurred_at', '>=', startOfCopenhagenDay(filter.from));
  if (filter.to) query = query.where('a.occurred_at', '<', endOfCopenhagenDay(filter.to));
  if (filter.cursor) query = query.where('a.seq', '<', Number(filter.cursor));
  return query.orderBy('a.seq', 'desc').limit(filter.limit + 1).execute();
}
export type AccessEntryRow = Awaited<ReturnType<typeof accessEntries>>[number];

export async function showStaffNamesToCitizens(trx: Tx, tenantId: string): Promise<boolean> {
  const row = await trx.selectFrom('tenant').select('settings').where('tenant_id', '=', tenantId).executeTakeFirst();
  return (row?.settings as { showStaffNamesToCitizens?: unknown } | undefined)?.showStaffNamesToCitizens === true;
}

/** The role shown to the citizen: the first of the actor's roles (roles are stored comma-joined in the entry). */
export function primaryRole(actorRole: string | null): string | null {
  return actorRole ? (actorRole.split(',')[0] ?? null) : null;
}
