import type { OrgUnit, UpdateOrgUnitBody } from '../../contracts/admin.js';
import { wouldCreateCycle } from '../../domain/org-tree.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { findOrgUnitRow, listOrgUnitRows, presentOrgUnit, updateOrgUnitIfVersion } from './org-unit-repository.js';

export async function updateOrgUnit(ctx: Ctx, unitId: string, input: UpdateOrgUnitBody): Promise<OrgUnit> {
  const { version, parentId, isReceptionCentre, ...rest } = input;
  await authorize(ctx, { action: 'org-unit.manage', resourceType: 'org-unit', resourceId: unitId, purpose: 'administration', details: { operation: 'update', fields: Object.keys(input).filter((k) => k !== 'version') } });
  const existing = await findOrgUnitRow(ctx.trx, ctx.tenantId, unitId);
  if (!existing) throw new AppError('not_found');
  if (parentId !== undefined && parentId !== null) {
    const units = await listOrgUnitRows(ctx.trx, ctx.tenantId);
    if (!units.some((u) => u.unit_id === parentId)) throw new AppError('not_found');
    if (wouldCreateCycle(units.map((u) => ({ id: u.unit_id, parentId: u.parent_unit_id })), unitId, parentId)) throw new AppError('validation_failed', 'org_unit.parent_cycle');
  }
  const updated = await updateOrgUnitIfVersion(ctx.trx, { tenantId: ctx.tenantId, unitId, version }, { ...rest, ...(parentId !== undefined && { parent_unit_id: parentId }), ...(isReceptionCentre !== undefined && { is_reception_centre: isReceptionCentre }) }, ctx.now);
  if (!updated) throw new AppError('conflict', 'version.stale');
  return presentOrgUnit(updated);
}
