import { danishClosedDays } from '../../domain/working-days.js';

/**
 * Danish public holidays for the synthetic working hours: the days the municipality's offices are closed
 * (domain/working-days.ts), except grundlovsdag, when they close at noon ('half').
 */
export type HolidayKind = 'closed' | 'half';

export function danishHolidays(year: number): Map<string, HolidayKind> {
  return new Map([...danishClosedDays(year)].map((date) => [date, date.endsWith('-06-05') ? 'half' : 'closed']));
}
