import type { Prng } from './prng.js';
import type { CalendarDay } from './synthetic-period.js';
import { weightedChoice, type WeightedChoice } from './weighted-choice.js';

/**
 * When people use the system. Staff work office hours with a morning peak and a lunch dip, and a
 * little in the evening (shift work at the residential places); citizens use it around the clock,
 * most in the evening. Weights are per quarter of an hour of Danish local time.
 */
const QUARTER_MS = 15 * 60_000;

function quarters(weightByHour: readonly number[], lunchDip: boolean): WeightedChoice<number> {
  const entries: [number, number][] = [];
  for (let quarter = 0; quarter < 96; quarter++) {
    const hour = Math.floor(quarter / 4);
    const isLunch = lunchDip && (quarter === 46 || quarter === 47 || quarter === 48);
    entries.push([quarter, weightByHour[hour]! * (isLunch ? 0.5 : 1)]);
  }
  return weightedChoice(entries);
}

// One weight per hour of the day, 00 to 23.
const staffHours = quarters([0.01, 0, 0, 0, 0, 0, 0.05, 0.35, 1.0, 1.25, 1.25, 1.1, 0.9, 1.05, 1.0, 0.6, 0.2, 0.08, 0.05, 0.04, 0.04, 0.03, 0.02, 0.01], true);
const citizenHours = quarters([0.1, 0.05, 0.02, 0.01, 0.01, 0.02, 0.1, 0.4, 0.7, 0.9, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.2, 1.3, 1.5, 1.6, 1.4, 0.9, 0.4], false);

/** The instant of a random moment on the given day, drawn from the given hours, in epoch ms. */
function momentOn(day: CalendarDay, hours: WeightedChoice<number>, prng: Prng): number {
  const localMs = hours.pick(prng) * QUARTER_MS + prng.below(QUARTER_MS);
  return day.utcDateMs + localMs - day.offsetMs;
}

export const staffMoment = (day: CalendarDay, prng: Prng) => momentOn(day, staffHours, prng);
export const citizenMoment = (day: CalendarDay, prng: Prng) => momentOn(day, citizenHours, prng);

/** How much staff use the system that day, relative to an ordinary weekday at the end of the period. */
export function staffDayWeight(day: CalendarDay): number {
  const month = Number(day.date.slice(5, 7));
  const dayOfMonth = Number(day.date.slice(8, 10));
  let weight = 1;
  if (day.weekday === 0 || day.weekday === 6) weight = 0.04;
  if (day.holiday === 'closed') weight = 0.05;
  if (day.holiday === 'half') weight = 0.5;
  if (month === 7) weight *= 0.6;
  if (month === 12 && dayOfMonth >= 27) weight *= 0.4;
  // Use grows as more of the work moves into the system.
  return weight * (0.7 + 0.5 * day.progress);
}

export function citizenDayWeight(day: CalendarDay): number {
  const weekend = day.weekday === 0 || day.weekday === 6 || day.holiday === 'closed';
  // Citizens take up self-service more slowly than staff are moved onto it.
  return (weekend ? 0.6 : 1) * (0.3 + 1.2 * day.progress);
}
