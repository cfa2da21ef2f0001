/**
 * Danish public holidays, when municipal offices are closed ('closed') or close at noon ('half':
 * Grundlovsdag). Store bededag was abolished from 2024. Easter by the anonymous Gregorian algorithm.
 */
export type HolidayKind = 'closed' | 'half';

function easterSunday(year: number): Date {
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
  return new Date(Date.UTC(year, month - 1, day));
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export function danishHolidays(year: number): Map<string, HolidayKind> {
  const holidays = new Map<string, HolidayKind>();
  const easter = easterSunday(year).getTime();
  const relativeToEaster = [-3, -2, 0, 1, 39, 49, 50];
  if (year <= 2023) relativeToEaster.push(26);
  for (const days of relativeToEaster) holidays.set(isoDate(new Date(easter + days * 86_400_000)), 'closed');
  for (const monthDay of ['01-01', '12-24', '12-25', '12-26', '12-31']) holidays.set(`${year}-${monthDay}`, 'closed');
  holidays.set(`${year}-06-05`, 'half');
  return holidays;
}
