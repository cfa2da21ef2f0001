import { useSearchParams } from 'react-router';

/** Amounts are øre on the wire; the committee reads millions with one decimal and whole kroner. */
const locale = (language: string) => (language === 'en' ? 'en-GB' : 'da-DK');

/** Øre as millions with one decimal, e.g. "407,3" (the words around it come from the texts). */
export function millions(ore: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ore / 100_000_000);
}

/** Øre as whole kroner with the currency, e.g. "1.234.567 kr.". */
export function wholeKroner(ore: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'DKK', minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(Math.round(ore / 100));
}

/** A whole number with a sign, e.g. "+14" or "−3". */
export function signed(value: number, language: string): string {
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${new Intl.NumberFormat(locale(language)).format(Math.abs(value))}`;
}

/** A change in tenths of a percent as "+14,4 %". */
export function signedPercent(permille: number, language: string): string {
  return `${permille > 0 ? '+' : permille < 0 ? '−' : ''}${new Intl.NumberFormat(locale(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(permille) / 10)} %`;
}

export function longDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(`${date}T00:00:00Z`));
}

/** The current year in Denmark. */
export function currentYear(): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric' }).format(new Date()));
}

/** The year in the address (`?aar=`), or the current year. */
export function useReportYear(): number {
  const [params] = useSearchParams();
  const year = Number(params.get('aar'));
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : currentYear();
}
