import type { z } from 'zod';
import type { queue } from '../../contracts/reception.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Ctx } from '../../platform/context.js';
import { presentVisit } from './present-visit.js';
import { authorizeCentre, receptionPurpose } from './reception-access.js';
import { openVisitsOf, type VisitRow } from './reception-repository.js';

/**
 * Records that a known citizen's visit was shown to the worker, so it is in the citizen's access log; anonymous
 * visits are nobody's record yet.
 */
export async function auditListedVisits(ctx: Ctx, rows: readonly VisitRow[], listed: string): Promise<void> {
  for (const row of rows) {
    if (!row.citizen_id) continue;
    await recordAudit(ctx, { action: 'reception.read', resourceType: 'reception-visit', resourceId: row.visit_id, citizenId: row.citizen_id, purpose: receptionPurpose, outcome: 'allowed', details: { listed } });
  }
}

/** The centre's queue: who waits and since when, and who is with a worker. */
export async function listQueue(ctx: Ctx, unitId: string): Promise<z.infer<typeof queue>> {
  const { centreId, centreName } = await authorizeCentre(ctx, unitId, 'queue');
  const rows = await openVisitsOf(ctx.trx, ctx.tenantId, centreId);
  await auditListedVisits(ctx, rows, 'queue');
  return { centre: { id: centreId, name: centreName }, items: rows.map((row) => presentVisit(row, ctx.now)) };
}
