import { hearingScope } from '../../domain/hearing-state.js';
import type { Ctx } from '../../platform/context.js';
import { councilsOfUser } from './council-repository.js';

/**
 * The councils whose hearings the reader sees: null for all (the administration and the politicians), otherwise
 * those the council member sits on today.
 */
export async function visibleHearingCouncils(ctx: Ctx, today: string): Promise<string[] | null> {
  const scope = hearingScope(ctx.actor.roles);
  if (scope === 'all') return null;
  if (scope === 'none') return [];
  return councilsOfUser(ctx.trx, ctx.tenantId, ctx.actor.userId, today);
}
