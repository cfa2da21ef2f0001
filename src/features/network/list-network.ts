import type { z } from 'zod';
import type { networkList } from '../../contracts/network.js';
import { authorizeCitizen } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import { listNetworkRows, presentMember } from './network-repository.js';

/** The citizen's relatives and network: the citizen and their team. */
export async function listNetwork(ctx: Ctx, citizenId: string): Promise<z.infer<typeof networkList>> {
  await authorizeCitizen(ctx, { citizenId, action: 'network.manage', purpose: purposeOf(ctx), resourceType: 'network', details: { operation: 'read' } });
  return { items: (await listNetworkRows(ctx.trx, ctx.tenantId, citizenId)).map((row) => presentMember(row, ctx.now)) };
}

export function purposeOf(ctx: Ctx): string {
  return ctx.actor.kind === 'staff' ? 'case-work' : 'self-service';
}
