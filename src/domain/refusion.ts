import { divideRoundHalfUp, ore, type Ore } from './money.js';

/**
 * The state's refusion for expensive individual cases (DOMAIN §5.6; Serviceloven § 176–177): marginal bands, like
 * tax brackets. From each band's lower limit, its rate applies to the part of the case's yearly cost above the limit
 * and below the next band's. The limits change by year, so they are data (table refusion_band), not code.
 */
export interface RefusionBand {
  lowerOre: Ore;
  ratePercent: number;
}

export interface RefusionPart {
  lowerOre: Ore;
  upperOre: Ore | null;
  ratePercent: number;
  /** The part of the cost in this band. */
  amountOre: Ore;
  /** The refusion of that part, exact: in hundredths of an øre. */
  refusionHundredthsOfOre: bigint;
}

export interface RefusionResult {
  costOre: Ore;
  refusionOre: Ore;
  netOre: Ore;
  parts: RefusionPart[];
}

export class NoRefusionBands extends Error {
  override name = 'NoRefusionBands';
}

/** Bands sorted by limit, starting at 0 with rising limits; anything else is a mistake in the data. */
export function checkBands(bands: readonly RefusionBand[]): RefusionBand[] {
  if (bands.length === 0) throw new NoRefusionBands('no refusion bands');
  const sorted = [...bands].sort((a, b) => a.lowerOre - b.lowerOre);
  if (sorted[0]!.lowerOre !== 0) throw new NoRefusionBands('the first band must start at 0');
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.lowerOre === sorted[i - 1]!.lowerOre) throw new NoRefusionBands('two bands start at the same amount');
  for (const band of sorted) if (!Number.isInteger(band.ratePercent) || band.ratePercent < 0 || band.ratePercent > 100) throw new NoRefusionBands('a rate must be 0-100 %');
  return sorted;
}

/**
 * The refusion of one case's yearly cost. The parts are summed exactly (rate × amount in hundredths of an øre) and
 * rounded once to the øre, half up, so the result never depends on how the cost falls across the bands.
 */
export function refusionFor(costOre: Ore, bands: readonly RefusionBand[]): RefusionResult {
  if (!Number.isSafeInteger(costOre) || costOre < 0) throw new RangeError('a cost is a whole, non-negative number of øre');
  const sorted = checkBands(bands);
  const cost = BigInt(costOre);
  let total = 0n;
  const parts: RefusionPart[] = sorted.map((band, i) => {
    const lower = BigInt(band.lowerOre);
    const next = sorted[i + 1];
    const upper = next ? BigInt(next.lowerOre) : null;
    const top = upper === null || cost < upper ? cost : upper;
    const amount = top > lower ? top - lower : 0n;
    const refusion = amount * BigInt(band.ratePercent);
    total += refusion;
    return { lowerOre: band.lowerOre, upperOre: next ? next.lowerOre : null, ratePercent: band.ratePercent, amountOre: ore(amount), refusionHundredthsOfOre: refusion };
  });
  const refusionOre = ore(divideRoundHalfUp(total, 100n));
  return { costOre, refusionOre, netOre: costOre - refusionOre, parts };
}

/** The bands of DOMAIN §5.6 as (year, limits in DKK): 0 %, then 25 %, 50 % and 75 % above each limit. */
export function standardBands(limitsKroner: readonly [number, number, number]): RefusionBand[] {
  return [
    { lowerOre: 0, ratePercent: 0 },
    { lowerOre: limitsKroner[0] * 100, ratePercent: 25 },
    { lowerOre: limitsKroner[1] * 100, ratePercent: 50 },
    { lowerOre: limitsKroner[2] * 100, ratePercent: 75 },
  ];
}
