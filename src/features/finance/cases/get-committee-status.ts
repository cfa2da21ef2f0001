import type { CommitteeStatus, CommitteeStatusQuery } from '../../../contracts/finance-cases.js';
import { ageBandOf, changeSince, DEFAULT_EXPENSIVE_CASE_THRESHOLD_ORE, summariseCases, trendYears } from '../../../domain/expensive-cases.js';
import { refusionFor } from '../../../domain/refusion.js';
import type { Ctx } from '../../../platform/context.js';
import { authorizeAnyOf } from './case-access.js';
import { noBandsError } from './case-messages.js';
import { reportDay } from './case-year.js';
import { expensiveCasesByYear, firstYearWithServices, forecastOfYear } from './expensive-case-repository.js';
import { bandsByYear } from './refusion-band-repository.js';

/** How many of the largest cases the committee sees, anonymised. */
const LARGEST_CASES = 10;

/**
 * The committee's status on expensive cases (DOMAIN §5.6; the committee gets it at every meeting): the cases above
 * 1 million DKK, their cost, refusion and net cost, the change since last year, the trend, the largest cases
 * anonymised, and the forecast for the current year. The trend runs over the years with both granted services and
 * refusion bands, up to the year asked about. Aggregates only: no name, id or birth date leaves the database,
 * so it reads no person and is audited as a role-only access (finance.committee).
 */
export async function getCommitteeStatus(ctx: Ctx, query: CommitteeStatusQuery): Promise<CommitteeStatus> {
  const { today, currentYear } = reportDay(ctx);
  const year = query.year ?? currentYear;
  const thresholdOre = DEFAULT_EXPENSIVE_CASE_THRESHOLD_ORE;
  await authorizeAnyOf(ctx, ['finance.committee'], { resourceType: 'committee-status', resourceId: String(year), details: { year } });
  const bands = await bandsByYear(ctx.trx, ctx.tenantId);
  const yearBands = bands.get(year);
  if (!yearBands) throw noBandsError(ctx.language, year);
  // The trend covers the years with case data and refusion bands: a year without bands cannot show its net cost.
  const firstWithServices = await firstYearWithServices(ctx.trx, ctx.tenantId);
  const years = trendYears(firstWithServices === null ? null : Math.max(firstWithServices, Math.min(...bands.keys())), year);

  const rows = await expensiveCasesByYear(ctx.trx, ctx.tenantId, { fromYear: years[0]!, toYear: year, thresholdOre, today });
  const trend = years.map((y) => ({ year: y, complete: y < currentYear, ...summariseCases(rows.filter((r) => r.year === y).map((r) => r.cost), bands.get(y) ?? null) }));
  const summary = trend[trend.length - 1]!;
  const previousYear = trend.length > 1 ? trend[trend.length - 2]! : null;

  const largestCases = rows
    .filter((r) => r.year === year)
    .slice(0, LARGEST_CASES)
    .map((r, i) => {
      const refusion = refusionFor(r.cost, yearBands);
      return { label: `${ctx.language === 'en' ? 'Case' : 'Sag'} ${i + 1}`, ageBand: ageBandOf(r.age), targetGroup: r.targetGroup, costOre: r.cost, refusionOre: refusion.refusionOre, netOre: refusion.netOre };
    });

  const forecastRows = await forecastOfYear(ctx.trx, ctx.tenantId, currentYear, today, thresholdOre);
  const forecastFigures = summariseCases(forecastRows.map((r) => r.cost), bands.get(currentYear) ?? null);
  const costToDateOre = forecastRows.reduce((sum, r) => sum + r.costToDate, 0);

  return {
    year,
    asOf: today,
    thresholdOre,
    bands: yearBands,
    summary,
    previousYear,
    change: previousYear ? changeSince(previousYear, summary) : null,
    trend,
    largestCases,
    forecast: {
      year: currentYear,
      asOf: today,
      cases: forecastFigures.cases,
      costToDateOre,
      remainingOre: forecastFigures.totalCostOre - costToDateOre,
      totalCostOre: forecastFigures.totalCostOre,
      refusionOre: forecastFigures.refusionOre,
      netCostOre: forecastFigures.netCostOre,
    },
  };
}
