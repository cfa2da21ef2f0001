import type { HousingProjects } from '../../contracts/housing.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { netPlacesOf, placesStillToCome } from '../../domain/housing-plan.js';
import { projectedSelfSufficiencyPermille, SELF_SUFFICIENCY_TARGET_PERCENT } from '../../domain/self-sufficiency.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { countPlacements } from './count-placements.js';
import { HOUSING_PURPOSE } from './housing-purpose.js';
import { listProjects } from './housing-repository.js';
import { compareProjects, presentHousingProject } from './present-housing-project.js';

/**
 * Housing plan II's projects with their change in places, and the self-sufficiency expected when the ongoing projects
 * are done, and when the not yet started ones are done too: today's placements, with each new place in the municipality's own offers bringing
 * one citizen home from a placement elsewhere (domain/self-sufficiency.ts).
 */
export async function listHousingProjects(ctx: Ctx): Promise<HousingProjects> {
  await authorize(ctx, { action: 'housing.read', resourceType: 'housing-projects', purpose: HOUSING_PURPOSE });
  const today = copenhagenToday(ctx.now);
  const items = (await listProjects(ctx.trx, ctx.tenantId)).map(presentHousingProject).sort(compareProjects);
  const [now] = await countPlacements(ctx.trx, ctx.tenantId, [today]);
  const placedToday = { own: now!.own, total: now!.placements };
  const ongoing = netPlacesOf(items, ['ongoing']);
  const toCome = placesStillToCome(items);
  return {
    items,
    projection: {
      today,
      placements: now!.placements,
      own: now!.own,
      currentPermille: now!.permille,
      placesOngoing: ongoing,
      projectedOngoingPermille: projectedSelfSufficiencyPermille(placedToday, ongoing),
      placesStillToCome: toCome,
      projectedPermille: projectedSelfSufficiencyPermille(placedToday, toCome),
      targetPercent: SELF_SUFFICIENCY_TARGET_PERCENT,
    },
  };
}
