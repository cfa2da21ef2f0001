import { refusionFor, type RefusionBand } from './refusion.js';
import type { Ore } from './money.js';

/**
 * Expensive individual cases (DOMAIN §5.6, "særligt dyre enkeltsager"): a citizen's case whose yearly cost — the sum
 * of their granted services that year, pro rata by days — is above a threshold. The committee counts the cases above
 * 1 million DKK (source 004); the threshold is data the caller passes, this is only its default.
 */
export const DEFAULT_EXPENSIVE_CASE_THRESHOLD_ORE: Ore = 1_000_000_00;

export interface CaseFigures {
  cases: number;
  totalCostOre: Ore;
  /** Null when the year has no refusion bands. */
  refusionOre: Ore | null;
  netCostOre: Ore | null;
}

/** The cases strictly above the threshold: "udgift på over en mio. kr." */
export function isExpensive(costOre: Ore, thresholdOre: Ore = DEFAULT_EXPENSIVE_CASE_THRESHOLD_ORE): boolean {
  return costOre > thresholdOre;
}

/**
 * Count, total, refusion and net of a year's expensive cases. Refusion is worked out case by case (the bands apply to
 * one citizen's yearly cost, never to the sum) and each case's refusion is rounded to the øre before summing, so the
 * total equals the sum of the rows a reader sees.
 */
export function summariseCases(costsOre: readonly Ore[], bands: readonly RefusionBand[] | null): CaseFigures {
  let total = 0;
  let refusion = 0;
  for (const cost of costsOre) {
    total += cost;
    if (bands) refusion += refusionFor(cost, bands).refusionOre;
  }
  return { cases: costsOre.length, totalCostOre: total, refusionOre: bands ? refusion : null, netCostOre: bands ? total - refusion : null };
}

export interface YearChange {
  cases: number;
  totalCostOre: Ore;
  /** The change of the total cost in tenths of a percent of last year's, half away from zero; null when last year had none. */
  totalCostPermille: number | null;
  netCostOre: Ore | null;
}

/** The change from last year to this year: this year minus last year. */
export function changeSince(previous: CaseFigures, current: CaseFigures): YearChange {
  const permille = previous.totalCostOre === 0 ? null : roundHalfAwayFromZero(((current.totalCostOre - previous.totalCostOre) * 1000) / previous.totalCostOre);
  return {
    cases: current.cases - previous.cases,
    totalCostOre: current.totalCostOre - previous.totalCostOre,
    totalCostPermille: permille,
    netCostOre: previous.netCostOre === null || current.netCostOre === null ? null : current.netCostOre - previous.netCostOre,
  };
}

function roundHalfAwayFromZero(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

/**
 * Age bands for the committee's anonymised cases: wide enough that an age does not point at a person in a list of a
 * few hundred cases. Adult social services start at 18; a case of a younger person shows as "under 18".
 */
export const ageBands = ['under-18', '18-24', '25-34', '35-49', '50-64', '65-plus'] as const;
export type AgeBand = (typeof ageBands)[number];

export function ageBandOf(age: number): AgeBand {
  if (age < 18) return 'under-18';
  if (age < 25) return '18-24';
  if (age < 35) return '25-34';
  if (age < 50) return '35-49';
  if (age < 65) return '50-64';
  return '65-plus';
}

/** The years from the first with data up to the year asked about, oldest first: the committee's trend. */
export function trendYears(firstYearWithData: number | null, year: number): number[] {
  if (firstYearWithData === null || firstYearWithData > year) return [year];
  return Array.from({ length: year - firstYearWithData + 1 }, (_, i) => firstYearWithData + i);
}
