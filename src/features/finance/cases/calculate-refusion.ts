import type { z } from 'zod';
import type { refusionBody, refusionResult } from '../../../contracts/finance-cases.js';
import { refusionFor } from '../../../domain/refusion.js';
import type { Ctx } from '../../../platform/context.js';
import { authorizeAnyOf } from './case-access.js';
import { noBandsError } from './case-messages.js';
import { bandsByYear } from './refusion-band-repository.js';

/** The refusion of one yearly cost by the year's bands: a calculator for finance, leaders and the committee. */
export async function calculateRefusion(ctx: Ctx, body: z.infer<typeof refusionBody>): Promise<z.infer<typeof refusionResult>> {
  await authorizeAnyOf(ctx, ['finance.read', 'finance.committee'], { resourceType: 'refusion', resourceId: String(body.year), details: { year: body.year } });
  const bands = (await bandsByYear(ctx.trx, ctx.tenantId, [body.year])).get(body.year);
  if (!bands) throw noBandsError(ctx.language, body.year);
  const result = refusionFor(body.costOre, bands);
  return {
    year: body.year,
    costOre: result.costOre,
    refusionOre: result.refusionOre,
    netOre: result.netOre,
    parts: result.parts.map((p) => ({ lowerOre: p.lowerOre, upperOre: p.upperOre, ratePercent: p.ratePercent, amountOre: p.amountOre })),
    bands,
  };
}
