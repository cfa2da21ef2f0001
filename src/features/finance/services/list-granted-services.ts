import type { GrantedServiceList } from '../../../contracts/granted-services.js';
import { copenhagenToday } from '../../../domain/copenhagen-time.js';
import type { Ctx } from '../../../platform/context.js';
import { defaultPayingUnitId } from './check-decision.js';
import { listCentres, listServicesOfCitizen } from './granted-service-repository.js';
import { presentGrantedService } from './present-granted-service.js';
import { authorizeServices } from './service-access.js';

/**
 * The citizen's decisions on services, each with what it costs this year and cost last year (pro rata by days,
 * domain/service-cost.ts), and the citizen's total: the yearly cost of the case that the refusion is worked out
 * from. The centres a decision can be paid by come along for the form.
 */
export async function listGrantedServices(ctx: Ctx, citizenId: string): Promise<GrantedServiceList> {
  await authorizeServices(ctx, { citizenId, operation: 'list' });
  const today = copenhagenToday(ctx.now);
  const items = (await listServicesOfCitizen(ctx.trx, ctx.tenantId, citizenId)).map((row) => presentGrantedService(row, today));
  const centres = await listCentres(ctx.trx, ctx.tenantId);
  return {
    year: Number(today.slice(0, 4)),
    items,
    totalThisYearOre: items.reduce((sum, item) => sum + item.costThisYearOre, 0),
    totalLastYearOre: items.reduce((sum, item) => sum + item.costLastYearOre, 0),
    payingUnits: centres.map((c) => ({ id: c.unit_id, name: c.name })),
    defaultPayingUnitId: await defaultPayingUnitId(ctx),
  };
}
