import type { TFunction } from 'i18next';

function locale(language: string): string {
  return language === 'en' ? 'en-GB' : 'da-DK';
}

/** "tirsdag 3. februar kl. 10.00–12.00", in Danish time whatever the browser's zone. */
export function whenText(t: TFunction, startsAt: string, endsAt: string, language: string): string {
  const day = new Intl.DateTimeFormat(locale(language), { timeZone: 'Europe/Copenhagen', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(startsAt));
  const clock = (iso: string) => new Intl.DateTimeFormat(locale(language), { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
  return t('when', { day, from: clock(startsAt), to: clock(endsAt) });
}

/** Minutes as hours and minutes in words: "1 time og 30 minutter". */
export function durationText(t: TFunction, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('duration.minutes', { count: rest });
  if (rest === 0) return t('duration.hours', { count: hours });
  return t('duration.both', { hours: t('duration.hours', { count: hours }), minutes: t('duration.minutes', { count: rest }) });
}

/** Minutes as hours with two decimals, for the hours table: "1,50". */
export function hoursNumber(minutes: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(minutes / 60);
}

export function isPast(iso: string): boolean {
  return new Date(iso).getTime() <= Date.now();
}
