import type { StaffUser } from '../../contracts/admin.js';
import type { Role } from '../../domain/roles.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { presentUser, searchStaffUsers } from './user-repository.js';

export async function listUsers(ctx: Ctx, filter: { q?: string | undefined; unitId?: string | undefined; role?: Role | undefined }): Promise<{ items: StaffUser[] }> {
  // The search text may be a person's name: audit that a search happened, not what was searched for.
  await authorize(ctx, { action: 'user.read', resourceType: 'user', purpose: 'administration', details: { operation: 'search', filtered: Boolean(filter.q) } });
  const rows = await searchStaffUsers(ctx.trx, ctx.tenantId, filter);
  return { items: rows.map(presentUser) };
}
