import { divideRoundHalfUp, ore, type Ore } from './money.js';
import { daysInYear } from './service-cost.js';

/**
 * The budget follow-up's forecast for a centre's year (DOMAIN §5.7: follow-ups per 30/3, 31/5 and 30/9).
 *
 * What is known at the as-of date is the committed cost: the whole year's cost of every granted service decided on or
 * before that date. What is not known yet are the decisions still to come. The rule assumes they keep coming at the
 * pace seen so far this year, with the same cost per day each:
 * - the decisions taken this year up to the as-of date (E days of the year passed) cost `newDecisionsOre` this year;
 * - in the R days left, R/E times as many decisions will be taken;
 * - a decision costs this year only from its day to the year's end. Spread evenly, those taken so far have on average
 *   R + E/2 days of the year left, those still to come R/2, so each of the coming ones costs R/2 ÷ (R + E/2) as much.
 * Expected new cost = newDecisionsOre × R/E × (R/2)/(R + E/2) = newDecisionsOre × R² / (E × (2R + E)), rounded half up.
 * Before the year begins nothing shows the pace (no expected new cost); at the year's end nothing is left to come.
 * Example: per 30/3 (E = 89, R = 276 in 2026) the coming decisions are expected to cost 1.34 times what this year's
 * decisions so far cost.
 */
export interface ForecastInput {
  year: number;
  /** The as-of date, YYYY-MM-DD. */
  asOf: string;
  /** The year's cost of every service decided on or before the as-of date. */
  committedOre: Ore;
  /** The part of `committedOre` that comes from decisions taken this year (1 January to the as-of date). */
  newDecisionsOre: Ore;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** The days of `year` passed at the end of `asOf` (both ends included), from 0 (before the year) to the year's days. */
export function daysPassed(year: number, asOf: string): number {
  const passed = dayNumber(asOf) - dayNumber(`${year}-01-01`) + 1;
  return Math.min(daysInYear(year), Math.max(0, passed));
}

/** The cost the decisions still to come this year are expected to add (the rule above). */
export function expectedNewCostOre(input: ForecastInput): Ore {
  const passed = BigInt(daysPassed(input.year, input.asOf));
  const left = BigInt(daysInYear(input.year)) - passed;
  if (passed === 0n || left === 0n || input.newDecisionsOre <= 0) return 0;
  return ore(divideRoundHalfUp(BigInt(input.newDecisionsOre) * left * left, passed * (2n * left + passed)));
}

/** The forecast for the year: the committed cost and what the decisions still to come are expected to add. */
export function forecastOre(input: ForecastInput): Ore {
  return ore(input.committedOre + expectedNewCostOre(input));
}

/** Whether `date` (YYYY-MM-DD) is a real calendar day of `year`: the year wheel's steps lie within their year. */
export function isDateInYear(date: string, year: number): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date && parsed.getUTCFullYear() === year;
}
