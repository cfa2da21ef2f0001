import type { z } from 'zod';
import type { setRefusionBandsBody, yearBands } from '../../../contracts/finance-cases.js';
import { checkBands, NoRefusionBands, type RefusionBand } from '../../../domain/refusion.js';
import { authorize } from '../../../platform/access/authorize.js';
import type { Ctx } from '../../../platform/context.js';
import { caseFieldError, type CaseMessageKey } from './case-messages.js';
import { FINANCE_PURPOSE } from './case-access.js';
import { bandsByYear, replaceBands } from './refusion-band-repository.js';

/** domain/refusion.ts says what is wrong with bands in words of its own; the user reads them in their language. */
const problemOf: Record<string, CaseMessageKey> = {
  'the first band must start at 0': 'bands.first_not_zero',
  'two bands start at the same amount': 'bands.same_limit',
  'a rate must be 0-100 %': 'bands.rate',
};

/**
 * Sets a year's refusion bands (finance.manage): the state publishes the limits each year. The bands are checked by
 * the domain rule before anything is saved; the audit entry holds the bands before and after.
 */
export async function setRefusionBands(ctx: Ctx, year: number, body: z.infer<typeof setRefusionBandsBody>): Promise<z.infer<typeof yearBands>> {
  const before = (await bandsByYear(ctx.trx, ctx.tenantId, [year])).get(year) ?? [];
  await authorize(ctx, { action: 'finance.manage', resourceType: 'refusion-bands', resourceId: String(year), purpose: FINANCE_PURPOSE, details: { year, before, after: body.bands } });
  let bands: RefusionBand[];
  try {
    bands = checkBands(body.bands);
  } catch (error) {
    // Refused input leaves nothing behind: the error rolls the transaction back, audit entry included.
    if (error instanceof NoRefusionBands) throw caseFieldError(ctx.language, 'bands', problemOf[error.message] ?? 'bands.first_not_zero');
    throw error;
  }
  await replaceBands(ctx.trx, ctx.tenantId, year, bands);
  return { year, bands };
}
