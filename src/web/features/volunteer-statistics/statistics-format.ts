/** What the evaluation endpoint answers (the shared contract's types) and how its figures are written. */
import type { VolunteerStatistics, VolunteerStatisticsFigures, VolunteerStatisticsMonth } from '../../../contracts/volunteer-statistics.js';

export type { VolunteerStatistics, VolunteerStatisticsFigures, VolunteerStatisticsMonth };
export { formatCount, formatPermille } from '../housing/housing-api.js';

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'da-DK');

/** A month as "marts 2026" (long) or "mar." (short, for the chart's axis). */
export function formatMonth(month: string, language: string, style: 'long' | 'short' = 'long'): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions = style === 'long' ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale(language), options).format(date);
}

/** A decimal with the reader's comma or point ("2,67"); nothing to show (null) as an en dash. */
export function formatDecimal(value: number | null, language: string, digits = 1): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(locale(language), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}
