import type { z } from 'zod';
import type { ExpensiveCasesQuery, expensiveCaseList } from '../../../contracts/finance-cases.js';
import { ageOn } from '../../../domain/age.js';
import { summariseCases } from '../../../domain/expensive-cases.js';
import { refusionFor } from '../../../domain/refusion.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { authorizeCaseList, FINANCE_PURPOSE } from './case-access.js';
import { noBandsError } from './case-messages.js';
import { reportDay } from './case-year.js';
import { citizensNamed, expensiveCitizensOfYear } from './expensive-case-repository.js';
import { bandsByYear } from './refusion-band-repository.js';

/**
 * Finance's list of expensive cases for a year: each citizen's cost (the sum of their granted services), refusion by
 * the year's bands and net cost, highest first, with the name so finance can follow up. The totals cover every case
 * above the threshold; the page names only its own, and each citizen it names gets an audit entry of their own, as
 * the caseload does (they travel with the COMMIT).
 */
export async function listExpensiveCases(ctx: Ctx, query: ExpensiveCasesQuery): Promise<z.infer<typeof expensiveCaseList>> {
  const { today, currentYear } = reportDay(ctx);
  const year = query.year ?? currentYear;
  const thresholdOre = query.threshold * 100;
  await authorizeCaseList(ctx, { year, thresholdOre, page: query.page });
  const bands = (await bandsByYear(ctx.trx, ctx.tenantId, [year])).get(year);
  if (!bands) throw noBandsError(ctx.language, year);
  const cases = await expensiveCitizensOfYear(ctx.trx, ctx.tenantId, year, thresholdOre);
  const page = cases.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
  const people = new Map((await citizensNamed(ctx.trx, ctx.tenantId, page.map((c) => c.citizenId))).map((p) => [p.citizen_id, p]));
  for (const c of page) {
    await recordAudit(ctx, { action: 'finance.cases', resourceType: 'citizen', resourceId: c.citizenId, citizenId: c.citizenId, purpose: FINANCE_PURPOSE, outcome: 'allowed', details: { listed: true, year } });
  }
  const ageDay = year < currentYear ? `${year}-12-31` : today;
  return {
    year,
    thresholdOre,
    yearComplete: year < currentYear,
    bands,
    ...summariseCases(cases.map((c) => c.cost), bands),
    page: query.page,
    pageSize: query.pageSize,
    items: page.map((c) => {
      const person = people.get(c.citizenId)!;
      const refusion = refusionFor(c.cost, bands);
      return {
        citizen: { id: c.citizenId, firstName: person.first_name, lastName: person.last_name },
        age: ageOn(person.birth_date, ageDay),
        targetGroups: person.target_groups,
        costOre: c.cost,
        refusionOre: refusion.refusionOre,
        netOre: refusion.netOre,
        services: c.services,
        residential: c.residential,
        outside: c.outside,
      };
    }),
  };
}
