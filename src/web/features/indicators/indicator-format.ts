/** What the indicator endpoints answer (the shared contract's types) and how their figures are written. */
import type { DrillDown, IndicatorDetail, IndicatorList } from '../../../contracts/indicators.js';

export type { DrillDown, IndicatorDetail, IndicatorList };
export type Point = IndicatorDetail['points'][number];
export type Measure = IndicatorDetail['measure'];

/** A figure as read: a share as a whole percentage with one decimal, a mean with up to two decimals, a count whole. */
export function formatValue(value: number | null, measure: Measure, language: string): string {
  if (value === null) return '–';
  const locale = language === 'en' ? 'en-GB' : 'da-DK';
  if (measure === 'share') return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value * 100)} %`;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** 'marts 2024', '1. kvartal 2024' / 'Q1 2024', '2024'. */
export function formatPeriod(period: string, language: string, style: 'long' | 'short' = 'long'): string {
  const locale = language === 'en' ? 'en-GB' : 'da-DK';
  const quarter = /^(\d{4})-Q(\d)$/.exec(period);
  if (quarter) {
    if (style === 'short') return language === 'en' ? `Q${quarter[2]}` : `K${quarter[2]}`;
    return language === 'en' ? `Q${quarter[2]} ${quarter[1]}` : `${quarter[2]}. kvartal ${quarter[1]}`;
  }
  if (/^\d{4}-\d{2}$/.test(period)) {
    const date = new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 15));
    return new Intl.DateTimeFormat(locale, style === 'short' ? { month: 'short', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  return period;
}
