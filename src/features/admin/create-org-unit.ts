import type { CreateOrgUnitBody, OrgUnit } from '../../contracts/admin.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { fieldMessage } from '../../platform/i18n/server-messages.js';
import { newId } from '../../platform/ids.js';
import { findOrgUnitRow, insertOrgUnit, presentOrgUnit } from './org-unit-repository.js';

export async function createOrgUnit(ctx: Ctx, input: CreateOrgUnitBody): Promise<OrgUnit> {
  const unitId = newId();
  await authorize(ctx, { action: 'org-unit.manage', resourceType: 'org-unit', resourceId: unitId, purpose: 'administration', details: { operation: 'create' } });
  if (input.parentId && !(await findOrgUnitRow(ctx.trx, ctx.tenantId, input.parentId))) {
    throw new AppError('validation_failed', undefined, [{ path: 'parentId', message: fieldMessage(ctx.language, 'unit.parent_missing') }]);
  }
  const row = await insertOrgUnit(ctx.trx, {
    tenantId: ctx.tenantId,
    unitId,
    parentId: input.parentId,
    name: input.name,
    kind: input.kind,
    area: input.area,
    email: input.email ?? null,
    phone: input.phone ?? null,
    isReceptionCentre: input.isReceptionCentre ?? false,
    now: ctx.now,
  });
  return presentOrgUnit(row);
}
