import type { CompanionListQuery, CompanionRequest, CompanionRequestList } from '../../contracts/companions.js';
import { AccessDenied, authorize } from '../../platform/access/authorize.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { authorizeCitizenSide, authorizeCompanion, COMPANION_PURPOSE } from './companion-access.js';
import { evaluationsOf, findCompanionRequest, findOwnCitizenId, listCompanionRequests, type CompanionRow } from './companion-repository.js';
import { presentCompanion } from './present-companion.js';

/** One request: for the coordinator and the citizen's side. Its volunteer reads it at /me/accompaniments/{id}. */
export async function getCompanionRequest(ctx: Ctx, requestId: string): Promise<CompanionRequest> {
  const row = await findCompanionRequest(ctx.trx, ctx.tenantId, requestId);
  if (!row) throw new AppError('not_found');
  const { sides, relation } = await authorizeCompanion(ctx, row, 'read');
  // The volunteer's way in is the minimal view; the full request is not theirs to read.
  if (sides.has('volunteer')) throw new AppError('not_found');
  const evaluations = await evaluationsOf(ctx.trx, ctx.tenantId, [requestId]);
  return presentCompanion(row, evaluations, sides, relation === 'self' ? 'citizen' : 'other', ctx.language, ctx.now);
}

async function present(ctx: Ctx, rows: CompanionRow[], reader: 'citizen' | 'other', side: 'citizen' | 'coordinator'): Promise<CompanionRequestList> {
  const evaluations = await evaluationsOf(ctx.trx, ctx.tenantId, rows.map((r) => r.request_id));
  return { items: rows.map((row) => presentCompanion(row, evaluations, new Set([side]), reader, ctx.language, ctx.now)) };
}

/** Every request of the municipality for the coordinator, open ones first. Each listed citizen gets an audit entry. */
export async function listAllCompanionRequests(ctx: Ctx, query: CompanionListQuery): Promise<CompanionRequestList> {
  await authorize(ctx, { action: 'companion.coordinate', resourceType: 'companion-request-list', purpose: COMPANION_PURPOSE, details: { ...(query.status && { status: query.status }) } });
  const rows = await listCompanionRequests(ctx.trx, ctx.tenantId, { ...(query.status && { status: query.status }), limit: query.limit });
  for (const citizenId of new Set(rows.map((r) => r.citizen_id))) {
    await recordAudit(ctx, { action: 'companion.coordinate', resourceType: 'companion-request', citizenId, purpose: COMPANION_PURPOSE, outcome: 'allowed', details: { listed: true } });
  }
  return present(ctx, rows, 'other', 'coordinator');
}

/** One citizen's requests: for the citizen, their team, and a relative the citizen shares their leisure life with. */
export async function listCitizenCompanionRequests(ctx: Ctx, citizenId: string): Promise<CompanionRequestList> {
  const access = await authorizeCitizenSide(ctx, citizenId, citizenId, { operation: 'list' });
  const rows = await listCompanionRequests(ctx.trx, ctx.tenantId, { citizenId });
  return present(ctx, rows, access.relation === 'self' ? 'citizen' : 'other', 'citizen');
}

/** The logged-in citizen's own trips, in plain words ("Ole kommer med dig til håndbold …"). */
export async function listMyCompanionRequests(ctx: Ctx): Promise<CompanionRequestList> {
  const citizenId = await findOwnCitizenId(ctx.trx, ctx.tenantId, ctx.actor.userId);
  if (!citizenId) {
    const entry = { action: 'companion.request' as const, resourceType: 'companion-request-list', purpose: COMPANION_PURPOSE };
    if (ctx.actor.kind !== 'citizen') throw new AccessDenied('forbidden', { ...entry, outcome: 'denied', details: { reason: 'not-a-citizen' } });
    await authorize(ctx, entry);
    return { items: [] };
  }
  await authorizeCitizenSide(ctx, citizenId, citizenId, { operation: 'list-own' });
  const rows = await listCompanionRequests(ctx.trx, ctx.tenantId, { citizenId });
  return present(ctx, rows, 'citizen', 'citizen');
}
