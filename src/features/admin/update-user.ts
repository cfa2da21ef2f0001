import type { StaffUser, UpdateUserBody } from '../../contracts/admin.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { findOrgUnitRow } from './org-unit-repository.js';
import { lockAndCountOtherActiveAdmins, findUserRow, presentUser } from './user-repository.js';

export async function updateUser(ctx: Ctx, userId: string, input: UpdateUserBody): Promise<StaffUser> {
  const { version, displayName, orgUnitId, ...rest } = input;
  await authorize(ctx, { action: 'user.manage', resourceType: 'user', resourceId: userId, purpose: 'administration', details: { operation: 'update', fields: Object.keys(input).filter((k) => k !== 'version') } });
  const existing = await findUserRow(ctx.trx, ctx.tenantId, userId);
  if (!existing || existing.kind !== 'staff') throw new AppError('not_found');
  if (orgUnitId && !(await findOrgUnitRow(ctx.trx, ctx.tenantId, orgUnitId))) throw new AppError('not_found');
  if (input.active === false && existing.roles.includes('admin') && (await lockAndCountOtherActiveAdmins(ctx.trx, ctx.tenantId, userId)) === 0) {
    throw new AppError('conflict', 'user.last_admin');
  }
  const updated = await ctx.trx
    .updateTable('app_user')
    .set((eb) => ({
      ...rest,
      ...(displayName !== undefined && { display_name: displayName }),
      ...(orgUnitId !== undefined && { org_unit_id: orgUnitId }),
      updated_at: ctx.now,
      version: eb('version', '+', 1),
    }))
    .where('tenant_id', '=', ctx.tenantId)
    .where('user_id', '=', userId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) throw new AppError('conflict', 'version.stale');
  if (input.active === false) await ctx.trx.deleteFrom('session').where('tenant_id', '=', ctx.tenantId).where('user_id', '=', userId).execute();
  return presentUser((await findUserRow(ctx.trx, ctx.tenantId, userId))!);
}
