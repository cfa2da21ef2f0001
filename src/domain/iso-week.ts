/**
 * ISO 8601 weeks (Monday first; week 1 holds the year's first Thursday), the weeks Danish calendars and the
 * municipality's weekly counts use. Input and output are Danish calendar dates, 'YYYY-MM-DD'.
 */

const DAY_MS = 86_400_000;

function utcDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** The ISO week of a calendar date, with its ISO year (which differs from the calendar year around New Year). */
export function isoWeekOf(date: string): { year: number; week: number } {
  const day = utcDay(date);
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0 ... Sunday 6
  const thursday = new Date(day.getTime() + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const firstThursday = utcDay(`${year}-01-04`);
  const firstWeekday = (firstThursday.getUTCDay() + 6) % 7;
  const weekOneMonday = firstThursday.getTime() - firstWeekday * DAY_MS;
  return { year, week: Math.floor((thursday.getTime() - weekOneMonday) / (7 * DAY_MS)) + 1 };
}

/** '2026-W05': the ISO 8601 week label; it sorts as text in time order. */
export function isoWeekLabel(date: string): string {
  const { year, week } = isoWeekOf(date);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday a calendar date's ISO week begins on. */
export function isoWeekMonday(date: string): string {
  const day = utcDay(date);
  const weekday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - weekday * DAY_MS).toISOString().slice(0, 10);
}

/** Every ISO week that has a day in the period from `from` to `to` (both included), in order, with its Monday. */
export function isoWeeksBetween(from: string, to: string): { week: string; monday: string }[] {
  const weeks: { week: string; monday: string }[] = [];
  for (let monday = utcDay(isoWeekMonday(from)).getTime(); monday <= utcDay(to).getTime(); monday += 7 * DAY_MS) {
    const date = new Date(monday).toISOString().slice(0, 10);
    weeks.push({ week: isoWeekLabel(date), monday: date });
  }
  return weeks;
}
