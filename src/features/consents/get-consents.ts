import type { ConsentsView } from '../../contracts/consents.js';
import type { PlanPart } from '../../domain/plan-parts.js';
import { authorizeCitizen } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import { purposeOf } from '../network/list-network.js';
import { consentRows, granteeNames } from './consent-repository.js';

/** The citizen's consents, active and their full history: the citizen and their team. */
export async function getConsents(ctx: Ctx, citizenId: string): Promise<ConsentsView> {
  await authorizeCitizen(ctx, { citizenId, action: 'consent.read', purpose: purposeOf(ctx), resourceType: 'consent' });
  return loadConsentsView(ctx, citizenId);
}

export async function loadConsentsView(ctx: Ctx, citizenId: string): Promise<ConsentsView> {
  const rows = await consentRows(ctx.trx, ctx.tenantId, citizenId);
  const idsOf = (kind: string) => [...new Set(rows.filter((r) => r.grantee_kind === kind).map((r) => r.grantee_id))];
  const names = await granteeNames(ctx.trx, ctx.tenantId, citizenId, idsOf('staff'), idsOf('unit'));
  const nameOf = new Map<string, string>([...names.members.map((m) => [m.member_id, m.name] as const), ...names.staff.map((s) => [s.user_id, s.display_name] as const), ...names.units.map((u) => [u.unit_id, u.name] as const)]);
  const active = rows.filter((r) => r.withdrawn_at === null);
  const activeStaff = new Set(active.filter((r) => r.grantee_kind === 'staff').map((r) => r.grantee_id));
  const activeUnits = new Set(active.filter((r) => r.grantee_kind === 'unit').map((r) => r.grantee_id));
  return {
    grantees: [
      ...names.members.filter((m) => m.removed_at === null).map((m) => ({ kind: 'network' as const, id: m.member_id, name: m.name, relation: m.relation })),
      ...names.staff.filter((s) => activeStaff.has(s.user_id)).map((s) => ({ kind: 'staff' as const, id: s.user_id, name: s.display_name, relation: s.title })),
      ...names.units.filter((u) => activeUnits.has(u.unit_id)).map((u) => ({ kind: 'unit' as const, id: u.unit_id, name: u.name, relation: null })),
    ],
    active: active.map((r) => ({ id: r.consent_id, granteeKind: r.grantee_kind, granteeId: r.grantee_id, part: r.part as PlanPart, level: r.level, grantedAt: r.granted_at.toISOString() })),
    history: rows.map((r) => ({
      id: r.consent_id,
      granteeKind: r.grantee_kind,
      granteeId: r.grantee_id,
      granteeName: nameOf.get(r.grantee_id) ?? null,
      part: r.part as PlanPart,
      level: r.level,
      grantedAt: r.granted_at.toISOString(),
      grantedByName: r.granted_by_name,
      withdrawnAt: r.withdrawn_at?.toISOString() ?? null,
      withdrawnByName: r.withdrawn_by_name,
    })),
  };
}
