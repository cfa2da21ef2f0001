import type { CreateUserBody, StaffUser } from '../../contracts/admin.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { fieldMessage } from '../../platform/i18n/server-messages.js';
import { newId } from '../../platform/ids.js';
import { findOrgUnitRow } from './org-unit-repository.js';
import { assertGrantableToStaff } from './staff-roles.js';
import { findUserRow, presentUser, replaceRoles } from './user-repository.js';

/** Creates a staff user. They log in through the municipality's identity provider, linked on first login by e-mail. */
export async function createUser(ctx: Ctx, input: CreateUserBody): Promise<StaffUser> {
  const userId = newId();
  await authorize(ctx, { action: 'user.manage', resourceType: 'user', resourceId: userId, purpose: 'administration', details: { operation: 'create', roles: input.roles } });
  assertGrantableToStaff(input.roles, ctx.language);
  if (!(await findOrgUnitRow(ctx.trx, ctx.tenantId, input.orgUnitId))) {
    throw new AppError('validation_failed', undefined, [{ path: 'orgUnitId', message: fieldMessage(ctx.language, 'unit.missing') }]);
  }
  await ctx.trx
    .insertInto('app_user')
    .values({ tenant_id: ctx.tenantId, user_id: userId, display_name: input.displayName, email: input.email, title: input.title ?? null, kind: 'staff', org_unit_id: input.orgUnitId, demo_key: null, demo_order: null, created_at: ctx.now, updated_at: ctx.now })
    .execute();
  await replaceRoles(ctx.trx, { tenantId: ctx.tenantId, userId, grantedBy: ctx.actor.userId, now: ctx.now }, input.roles);
  return presentUser((await findUserRow(ctx.trx, ctx.tenantId, userId))!);
}
