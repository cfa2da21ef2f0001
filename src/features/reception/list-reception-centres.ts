import type { z } from 'zod';
import type { receptionCentres } from '../../contracts/reception.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { receptionPurpose } from './reception-access.js';
import { listReceptionCentres as centreRows, receptionCentreOf } from './reception-repository.js';

/** The municipality's reception centres, and which of them is the worker's own (the reception page opens its queue). */
export async function listReceptionCentres(ctx: Ctx): Promise<z.infer<typeof receptionCentres>> {
  await authorize(ctx, { action: 'reception.register', resourceType: 'reception-centre', purpose: receptionPurpose, details: { operation: 'list' } });
  const rows = await centreRows(ctx.trx, ctx.tenantId);
  const mine = ctx.actor.orgUnitId ? await receptionCentreOf(ctx.trx, ctx.tenantId, ctx.actor.orgUnitId) : null;
  return { items: rows.map((r) => ({ id: r.unit_id, name: r.name })), myCentreId: mine };
}
