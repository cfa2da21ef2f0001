import { sql } from 'kysely';
import type { AccessExport } from '../../contracts/export.js';
import { authorizeCitizen } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import type { CprProtection } from '../../platform/crypto/cpr-protection.js';
import { loadCitizenRecord } from '../citizens/present-citizen.js';
import { loadConsentsView } from '../consents/get-consents.js';
import { presentMember } from '../network/network-repository.js';
import { primaryRole } from '../access-log/access-log-repository.js';

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

/** Every column of a row, camelCased, times as ISO strings: the export hides nothing the municipality holds. */
function plain(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'tenant_id') continue;
    out[key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())] = iso(value);
  }
  return out;
}

/**
 * The right-of-access export: a case officer on the team gathers everything held about the citizen, the access
 * log included. The export is itself an access and is audited (and so appears in the next export).
 */
export async function exportCitizen(ctx: Ctx, cpr: CprProtection, citizenId: string, format: 'json' | 'html'): Promise<AccessExport> {
  const access = await authorizeCitizen(ctx, { citizenId, action: 'citizen.export', purpose: 'right-of-access', resourceType: 'citizen-export', details: { format } });
  const { trx, tenantId } = ctx;
  // One statement at a time: a transaction has one connection.
  const byCitizen = async (table: 'dream' | 'goal' | 'step' | 'plan_meeting' | 'plan_comment' | 'plan_change', order: string) =>
    (await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)} WHERE tenant_id = ${tenantId} AND citizen_id = ${citizenId} ORDER BY ${sql.ref(order)}`.execute(trx)).rows;
  const record = await loadCitizenRecord(ctx, cpr, access, citizenId);
  const members = await trx.selectFrom('network_member').selectAll().where('tenant_id', '=', tenantId).where('citizen_id', '=', citizenId).orderBy('created_at').execute();
  const consents = await loadConsentsView(ctx, citizenId);
  const dreams = await byCitizen('dream', 'created_at');
  const goals = await byCitizen('goal', 'created_at');
  const steps = await byCitizen('step', 'created_at');
  const meetings = await byCitizen('plan_meeting', 'starts_at');
  const comments = await byCitizen('plan_comment', 'created_at');
  const changes = await byCitizen('plan_change', 'occurred_at');
  const transition = await trx.selectFrom('transition_plan').selectAll().where('tenant_id', '=', tenantId).where('citizen_id', '=', citizenId).executeTakeFirst();
  const tenant = await trx.selectFrom('tenant').select('name').where('tenant_id', '=', tenantId).executeTakeFirstOrThrow();
  const log = await trx
      .selectFrom('audit_event as a')
      .leftJoin('app_user as u', (join) => join.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.user_id', '=', 'a.actor_user_id'))
      .leftJoin('org_unit as o', (join) => join.onRef('o.tenant_id', '=', 'a.tenant_id').onRef('o.unit_id', '=', 'a.actor_unit_id'))
      .select(['a.occurred_at', 'u.display_name', 'a.actor_role', 'o.name as unit_name', 'a.action', 'a.purpose', 'a.outcome'])
      .where('a.tenant_id', '=', tenantId)
      .where('a.citizen_id', '=', citizenId)
      .orderBy('a.seq')
      .execute();
  return {
    exportedAt: ctx.now.toISOString(),
    municipality: tenant.name,
    record,
    network: members.map((m) => ({ ...presentMember(m, ctx.now), removedAt: m.removed_at?.toISOString() ?? null })),
    consents,
    dreams: dreams.map(plain),
    goals: goals.map(plain),
    steps: steps.map(plain),
    meetings: meetings.map(plain),
    comments: comments.map(plain),
    planHistory: changes.map(plain),
    transitionPlan: transition ? plain(transition as unknown as Record<string, unknown>) : null,
    accessLog: log.map((r) => ({ at: r.occurred_at.toISOString(), actorName: r.display_name, role: primaryRole(r.actor_role), unitName: r.unit_name, action: r.action, purpose: r.purpose, outcome: r.outcome })),
  };
}
