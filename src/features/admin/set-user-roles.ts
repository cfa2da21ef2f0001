import type { StaffUser } from '../../contracts/admin.js';
import type { Role } from '../../domain/roles.js';
import { assertGrantableToStaff } from './staff-roles.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { lockAndCountOtherActiveAdmins, findUserRow, presentUser, replaceRoles } from './user-repository.js';

/** Replaces a staff user's role grants; takes effect on their next request, since roles are read per request. */
export async function setUserRoles(ctx: Ctx, userId: string, roles: readonly Role[]): Promise<StaffUser> {
  const unique = [...new Set(roles)];
  const existing = await findUserRow(ctx.trx, ctx.tenantId, userId);
  await authorize(ctx, { action: 'role-grant.manage', resourceType: 'user', resourceId: userId, purpose: 'administration', details: { operation: 'update', before: existing?.roles ?? [], after: unique } });
  if (!existing || existing.kind !== 'staff') throw new AppError('not_found');
  assertGrantableToStaff(unique, ctx.language);
  if (existing.roles.includes('admin') && !unique.includes('admin') && (await lockAndCountOtherActiveAdmins(ctx.trx, ctx.tenantId, userId)) === 0) {
    throw new AppError('conflict', 'user.last_admin');
  }
  await replaceRoles(ctx.trx, { tenantId: ctx.tenantId, userId, grantedBy: ctx.actor.userId, now: ctx.now }, unique);
  return presentUser((await findUserRow(ctx.trx, ctx.tenantId, userId))!);
}
