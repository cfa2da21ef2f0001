/**
 * Danish working days, for deadlines such as the answer to a referral (config.referralAnswerWorkingDays).
 *
 * Not working days: Saturdays, Sundays and the days the municipality's offices are closed —
 * nytårsdag (1 Jan), skærtorsdag, langfredag, påskedag, 2. påskedag, Kristi himmelfartsdag, pinsedag, 2. pinsedag,
 * grundlovsdag (5 Jun), juleaftensdag (24 Dec), 1. and 2. juledag (25–26 Dec) and nytårsaftensdag (31 Dec).
 * Decisions: the offices close at noon on grundlovsdag and are closed on 24 and 31 December under the municipal
 * agreements, so none of those days counts: a deadline never lands on a day with only half a day to answer.
 * Store bededag was a holiday until 2023 and is a working day from 2024 (abolished by the act of 28 February 2023).
 * Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 */

/** Easter Sunday of a year, as 'YYYY-MM-DD'. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(new Date(Date.UTC(year, month - 1, day)));
}

const DAY_MS = 86_400_000;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const dateOf = (iso: string) => new Date(`${iso}T00:00:00Z`);
const plusDays = (iso: string, days: number) => isoDate(new Date(dateOf(iso).getTime() + days * DAY_MS));

/** Days after Easter Sunday: skærtorsdag, langfredag, påskedag, 2. påskedag, Kr. himmelfartsdag, pinsedag, 2. pinsedag. */
const easterOffsets = [-3, -2, 0, 1, 39, 49, 50];
/** Store bededag, the fourth Friday after Easter, until it was abolished. */
const GREAT_PRAYER_DAY = 26;
const LAST_YEAR_WITH_GREAT_PRAYER_DAY = 2023;
const fixedClosedDays = ['01-01', '06-05', '12-24', '12-25', '12-26', '12-31'];

const closedDaysByYear = new Map<number, ReadonlySet<string>>();

/** The dates of a year on which the municipality's offices are closed (weekends aside). */
export function danishClosedDays(year: number): ReadonlySet<string> {
  let days = closedDaysByYear.get(year);
  if (!days) {
    const easter = easterSunday(year);
    const offsets = year <= LAST_YEAR_WITH_GREAT_PRAYER_DAY ? [...easterOffsets, GREAT_PRAYER_DAY] : easterOffsets;
    days = new Set([...offsets.map((offset) => plusDays(easter, offset)), ...fixedClosedDays.map((monthDay) => `${year}-${monthDay}`)]);
    closedDaysByYear.set(year, days);
  }
  return days;
}

export function isDanishWorkingDay(date: string): boolean {
  const weekday = dateOf(date).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !danishClosedDays(Number(date.slice(0, 4))).has(date);
}

/**
 * The date `days` working days after `date` ('YYYY-MM-DD'): the first working day after `date` is day 1, so a
 * referral sent on a Friday with 5 days to answer is due the next Friday, and one sent on a Saturday is due on
 * the Friday after. Zero days gives `date` itself.
 */
export function addDanishWorkingDays(date: string, days: number): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError('days must be a whole number, 0 or more');
  let current = date;
  for (let left = days; left > 0; ) {
    current = plusDays(current, 1);
    if (isDanishWorkingDay(current)) left -= 1;
  }
  return current;
}
