import type { EconomicPlan } from '../../../contracts/finance-budget.js';
import type { Ctx } from '../../../platform/context.js';
import { authorizeBudget } from './budget-access.js';
import { listInitiatives, listTracks } from './economic-plan-repository.js';
import { countedEffectOre, presentInitiative } from './present-initiative.js';

/** The social area's economic plan (DOMAIN §5.7): its five tracks, their initiatives and the expected effects summed. */
export async function getEconomicPlan(ctx: Ctx): Promise<EconomicPlan> {
  await authorizeBudget(ctx, 'finance.read', { type: 'economic-plan' });
  const tracks = await listTracks(ctx.trx, ctx.tenantId);
  const initiatives = (await listInitiatives(ctx.trx, ctx.tenantId)).map((row) => ({ trackId: row.track_id, initiative: presentInitiative(row) }));
  const presented = tracks.map((track) => {
    const own = initiatives.filter((i) => i.trackId === track.track_id).map((i) => i.initiative);
    return { id: track.track_id, name: track.name, initiatives: own, expectedEffectOre: own.reduce((sum, i) => sum + countedEffectOre(i), 0) };
  });
  return { tracks: presented, expectedEffectOre: presented.reduce((sum, t) => sum + t.expectedEffectOre, 0) };
}
