import { divideRoundHalfUp, ore, type Ore } from './money.js';

/**
 * What a granted service costs in a calendar year, pro rata by days: the days of the year the decision covers (both
 * ends included) at the service's daily cost. The daily cost follows the price unit:
 * - day: the day rate × quantity (places, or units per day);
 * - hour: the hourly rate × quantity hours a week ÷ 7;
 * - month: the monthly amount × quantity × 12 ÷ the days of that year (so a full year costs exactly 12 months).
 * Quantities are in hundredths (150 = 1.5). The year's cost is computed exactly and rounded once, half up.
 * The SQL of the finance reports computes the same (features/finance/service-cost-sql.ts); a test holds them equal.
 */
export interface PricedPeriod {
  periodFrom: string;
  /** Null: until further notice. */
  periodTo: string | null;
  priceUnit: 'day' | 'hour' | 'month';
  unitPriceOre: Ore;
  quantityHundredths: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** The days of `year` from `from` to `to` (both included; `to` null: the year's end). */
export function daysInYearCovered(period: Pick<PricedPeriod, 'periodFrom' | 'periodTo'>, year: number): number {
  const first = Math.max(dayNumber(period.periodFrom), dayNumber(`${year}-01-01`));
  const last = Math.min(period.periodTo === null ? Infinity : dayNumber(period.periodTo), dayNumber(`${year}-12-31`));
  return last >= first ? last - first + 1 : 0;
}

export function yearlyCostOre(service: PricedPeriod, year: number): Ore {
  const days = BigInt(daysInYearCovered(service, year));
  if (days === 0n) return 0;
  const price = BigInt(service.unitPriceOre);
  const quantity = BigInt(service.quantityHundredths);
  switch (service.priceUnit) {
    case 'day':
      return ore(divideRoundHalfUp(price * quantity * days, 100n));
    case 'hour':
      return ore(divideRoundHalfUp(price * quantity * days, 100n * 7n));
    case 'month':
      return ore(divideRoundHalfUp(price * quantity * 12n * days, 100n * BigInt(daysInYear(year))));
  }
}
