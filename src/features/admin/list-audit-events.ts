import type { AuditQuery } from '../../contracts/admin.js';
import { endOfCopenhagenDay, startOfCopenhagenDay } from '../../domain/copenhagen-time.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';

/** The audit log for administrators, newest first, with keyset pagination on seq so deep pages stay fast. */
export async function listAuditEvents(ctx: Ctx, query: AuditQuery) {
  await authorize(ctx, { action: 'audit-log.read', resourceType: 'audit-log', citizenId: query.citizen ?? null, purpose: 'administration', details: { operation: 'search', filters: Object.keys(query).filter((k) => k !== 'limit' && k !== 'cursor') } });
  let q = ctx.trx
    .selectFrom('audit_event as a')
    .leftJoin('app_user as u', (join) => join.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.user_id', '=', 'a.actor_user_id'))
    .select(['a.seq', 'a.occurred_at', 'a.actor_user_id', 'u.display_name', 'a.actor_role', 'a.action', 'a.resource_type', 'a.resource_id', 'a.citizen_id', 'a.purpose', 'a.outcome', 'a.request_id'])
    .where('a.tenant_id', '=', ctx.tenantId);
  if (query.actor) q = q.where('a.actor_user_id', '=', query.actor);
  if (query.citizen) q = q.where('a.citizen_id', '=', query.citizen);
  if (query.action) q = q.where('a.action', '=', query.action);
  if (query.from) q = q.where('a.occurred_at', '>=', startOfCopenhagenDay(query.from));
  if (query.to) q = q.where('a.occurred_at', '<', endOfCopenhagenDay(query.to));
  if (query.cursor) q = q.where('a.seq', '<', Number(query.cursor));
  const rows = await q.orderBy('a.seq', 'desc').limit(query.limit + 1).execute();
  const page = rows.slice(0, query.limit);
  return {
    items: page.map((r) => ({
      seq: r.seq,
      occurredAt: r.occurred_at.toISOString(),
      actorUserId: r.actor_user_id,
      actorName: r.display_name,
      actorRole: r.actor_role,
      action: r.action,
      resourceType: r.resource_type,
      resourceId: r.resource_id,
      citizenId: r.citizen_id,
      purpose: r.purpose,
      outcome: r.outcome,
      requestId: r.request_id,
    })),
    nextCursor: rows.length > query.limit ? String(page[page.length - 1]!.seq) : null,
  };
}
