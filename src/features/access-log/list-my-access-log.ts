import type { AccessLogPage, AccessLogQuery } from '../../contracts/access-log.js';
import { authorizeCitizen } from '../../platform/access/citizen-access.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { fieldError } from '../citizens/citizen-messages.js';
import { accessEntries, primaryRole, showStaffNamesToCitizens } from './access-log-repository.js';

/**
 * "Hvem har set mine oplysninger?" (GDPR art. 15): every access to the logged-in citizen's data by others, with
 * when, which unit, which role and why. Staff names only when the municipality chose to show them; people in the
 * citizen's own network are always named. The citizen's own accesses are left out.
 */
export async function listMyAccessLog(ctx: Ctx, query: AccessLogQuery): Promise<AccessLogPage> {
  const own = await ctx.trx.selectFrom('citizen').select('citizen_id').where('tenant_id', '=', ctx.tenantId).where('user_id', '=', ctx.actor.userId).executeTakeFirst();
  if (!own) {
    await authorize(ctx, { action: 'access-log.read-own', resourceType: 'access-log', purpose: 'self-service' });
    throw new AppError('not_found');
  }
  if (query.from && query.to && query.from > query.to) throw fieldError('validation_failed', ctx.language, 'from', 'access_log.period');
  await authorizeCitizen(ctx, { citizenId: own.citizen_id, action: 'access-log.read-own', purpose: 'self-service', resourceType: 'access-log' });
  const rows = await accessEntries(ctx.trx, ctx.tenantId, own.citizen_id, { from: query.from, to: query.to, cursor: query.cursor, limit: query.limit });
  const showNames = await showStaffNamesToCitizens(ctx.trx, ctx.tenantId);
  const page = rows.slice(0, query.limit);
  return {
    items: page.map((r) => ({
      id: String(r.seq),
      at: r.occurred_at.toISOString(),
      action: r.action,
      outcome: r.outcome,
      purpose: r.purpose,
      part: r.part,
      unitName: r.unit_name,
      role: primaryRole(r.actor_role),
      actorName: showNames || r.in_network ? r.display_name : null,
    })),
    nextCursor: rows.length > query.limit ? String(page[page.length - 1]!.seq) : null,
  };
}
