import type { OrgUnit } from '../../contracts/admin.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { listOrgUnitRows, presentOrgUnit } from './org-unit-repository.js';

export async function listOrgUnits(ctx: Ctx): Promise<{ items: OrgUnit[] }> {
  await authorize(ctx, { action: 'org-unit.read', resourceType: 'org-unit', purpose: 'administration', details: { operation: 'search' } });
  const rows = await listOrgUnitRows(ctx.trx, ctx.tenantId);
  return { items: rows.map(presentOrgUnit) };
}
