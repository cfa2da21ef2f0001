import type { z } from 'zod';
import type { refusionBandsList, refusionBandsQuery } from '../../../contracts/finance-cases.js';
import type { Ctx } from '../../../platform/context.js';
import { authorizeAnyOf } from './case-access.js';
import { bandsByYear } from './refusion-band-repository.js';

/** The refusion bands per year (reference data, no person): for finance, leaders and the committee. */
export async function listRefusionBands(ctx: Ctx, query: z.infer<typeof refusionBandsQuery>): Promise<z.infer<typeof refusionBandsList>> {
  await authorizeAnyOf(ctx, ['finance.read', 'finance.committee'], { resourceType: 'refusion-bands', ...(query.year !== undefined && { resourceId: String(query.year) }) });
  const byYear = await bandsByYear(ctx.trx, ctx.tenantId, query.year === undefined ? undefined : [query.year]);
  return { years: [...byYear].map(([year, bands]) => ({ year, bands })) };
}
