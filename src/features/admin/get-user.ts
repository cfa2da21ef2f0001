import type { StaffUser } from '../../contracts/admin.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { findUserRow, presentUser } from './user-repository.js';

export async function getUser(ctx: Ctx, userId: string): Promise<StaffUser> {
  await authorize(ctx, { action: 'user.read', resourceType: 'user', resourceId: userId, purpose: 'administration', details: { operation: 'read' } });
  const row = await findUserRow(ctx.trx, ctx.tenantId, userId);
  if (!row || row.kind !== 'staff') throw new AppError('not_found');
  return presentUser(row);
}
