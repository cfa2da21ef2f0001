import { rolesAllow } from '../../domain/roles.js';
import { AccessDenied, authorize } from '../../platform/access/authorize.js';
import type { AuditEntry } from '../../platform/audit/record-audit.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { findUnit, findVisit, receptionCentreOf, type VisitRow } from './reception-repository.js';

/**
 * Who works with a reception centre's visits: staff holding `reception.register` whose own unit is the centre or lies
 * inside it. A visit with a known citizen is that citizen's data, so every read and write of one is audited with the
 * citizen's id (it shows in their "Hvem har set mine oplysninger?"); the purpose 'reception' tells them why.
 *
 * Answers: a role without the permission, or staff outside any reception centre, 403; another centre's queue, 403
 * (the centres themselves are no secret); a visit at another centre, 404 (like other citizen data, its existence is
 * not revealed); anything in another municipality, 404 (row-level security hides it).
 */
export const receptionPurpose = 'reception';

function denied(entry: Omit<AuditEntry, 'outcome' | 'purpose'>, reason: string, respondAs: 'forbidden' | 'hide'): AccessDenied {
  return new AccessDenied(respondAs, { ...entry, purpose: receptionPurpose, outcome: 'denied', details: { ...entry.details, reason } });
}

/** The actor's own reception centre (their unit or the centre it lies inside), or a refusal (audited) when they have none. */
export async function deskOf(ctx: Ctx, entry: Omit<AuditEntry, 'outcome' | 'purpose'>): Promise<string> {
  if (!rolesAllow(ctx.actor.roles, 'reception.register')) throw denied(entry, 'role-lacks-permission', 'forbidden');
  const centreId = ctx.actor.orgUnitId ? await receptionCentreOf(ctx.trx, ctx.tenantId, ctx.actor.orgUnitId) : null;
  if (!centreId) throw denied(entry, 'not-at-a-reception-centre', 'forbidden');
  return centreId;
}

/**
 * A centre as a whole (its queue, its follow-ups), or a new visit at it (`visitId`), for a worker of that centre;
 * audited once.
 */
export async function authorizeCentre(ctx: Ctx, centreId: string, operation: string, visitId?: string): Promise<{ centreId: string; centreName: string }> {
  const resource = visitId ? { resourceType: 'reception-visit', resourceId: visitId } : { resourceType: 'reception-centre', resourceId: centreId };
  const entry = { action: 'reception.register' as const, ...resource, details: { operation, centreId } };
  if (!rolesAllow(ctx.actor.roles, entry.action)) throw denied(entry, 'role-lacks-permission', 'forbidden');
  const unit = await findUnit(ctx.trx, ctx.tenantId, centreId);
  if (!unit || !unit.is_reception_centre || !unit.active) throw new AppError('not_found');
  const own = await deskOf(ctx, entry);
  if (centreId !== own) throw denied(entry, 'another-centre', 'forbidden');
  await authorize(ctx, { ...entry, purpose: receptionPurpose });
  return { centreId, centreName: unit.name };
}

/** The actor's own centre as a whole (its follow-ups): 403 when they work at none. */
export async function authorizeOwnCentre(ctx: Ctx, operation: string): Promise<{ centreId: string; centreName: string }> {
  const own = await deskOf(ctx, { action: 'reception.register', resourceType: 'reception-centre', details: { operation } });
  return authorizeCentre(ctx, own, operation);
}

/**
 * One visit, for a worker of its centre. The audit entry carries the citizen's id when the visit is a known
 * citizen's. Visits elsewhere answer 404, like other citizen data.
 */
export async function authorizeVisit(ctx: Ctx, visitId: string, operation: string, details: Record<string, unknown> = {}): Promise<VisitRow> {
  const visit = await findVisit(ctx.trx, ctx.tenantId, visitId);
  const entry = { action: 'reception.register' as const, resourceType: 'reception-visit', resourceId: visitId, citizenId: visit?.citizen_id ?? null, details: { operation, ...details } };
  const own = await deskOf(ctx, entry);
  if (!visit) throw new AppError('not_found');
  if (visit.centre_unit_id !== own) throw denied(entry, 'another-centre', 'hide');
  await authorize(ctx, { ...entry, purpose: receptionPurpose });
  return visit;
}
