/** Amounts are øre on the wire; people read whole kroner, and millions in the chart. */

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'da-DK');

/** Øre as whole kroner with the currency, e.g. "268.400.000 kr." (rounded to the krone for reading). */
export function formatKroner(ore: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'DKK', maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(Math.round(ore / 100));
}

/** Øre as millions of kroner with one decimal, e.g. "268,4" (the words come from the texts). */
export function formatMillions(ore: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(ore / 100_000_000);
}

/** Whole kroner typed by a person ("268.400.000", "268 400 000", "-4500000") as øre; null when it is not a whole number. */
export function parseKroner(text: string): number | null {
  const cleaned = text.replace(/[\s.]/g, '').replace(/kr\.?$/i, '');
  if (!/^-?\d{1,14}$/.test(cleaned)) return null;
  return Number(cleaned) * 100;
}

/** A calendar date (YYYY-MM-DD) as the reader writes dates. */
export function formatDay(date: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(`${date}T00:00:00Z`));
}

/** An instant in Danish time, to the minute. */
export function formatMoment(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { timeZone: 'Europe/Copenhagen', dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** The calendar year in Denmark now: the pages open on it. */
export function currentDanishYear(): number {
  return Number(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric' }).format(new Date()));
}
