import type { PlanPart } from '../../domain/plan-parts.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';

/** Reads the plan's change history, newest first, limited to the parts the reader may see. */
export async function listPlanChanges(trx: Tx, tenantId: string, citizenId: string, parts: readonly PlanPart[], page: { before: { at: Date; id: string } | null; limit: number }) {
  if (parts.length === 0) return [];
  let query = trx
    .selectFrom('plan_change as c')
    .leftJoin('app_user as u', (join) => join.onRef('u.tenant_id', '=', 'c.tenant_id').onRef('u.user_id', '=', 'c.actor_user_id'))
    .select(['c.change_id', 'c.occurred_at', 'c.part', 'c.subject_type', 'c.subject_id', 'c.operation', 'c.changes', 'c.actor_role', 'u.display_name as actor_name'])
    .where('c.tenant_id', '=', tenantId)
    .where('c.citizen_id', '=', citizenId)
    .where('c.part', 'in', parts);
  if (page.before) {
    const { at, id } = page.before;
    query = query.where((eb) => eb.or([eb('c.occurred_at', '<', at), eb.and([eb('c.occurred_at', '=', at), eb('c.change_id', '<', id)])]));
  }
  return query.orderBy('c.occurred_at', 'desc').orderBy('c.change_id', 'desc').limit(page.limit).execute();
}

export type PlanChangeRow = Awaited<ReturnType<typeof listPlanChanges>>[number];
