import { stringify } from 'csv-stringify/sync';
import type { IndicatorDetail } from '../../contracts/indicators.js';
import type { Language } from '../../platform/i18n/server-messages.js';

const words = {
  da: { period: 'Periode', whole: 'I alt', hidden: 'skjult (under 5 borgere)', numerator: 'Tæller', denominator: 'Nævner', percent: '%' },
  en: { period: 'Period', whole: 'Total', hidden: 'hidden (fewer than 5 citizens)', numerator: 'Numerator', denominator: 'Denominator', percent: '%' },
} satisfies Record<Language, Record<string, string>>;

type Point = IndicatorDetail['points'][number];

/** A figure as Danish Excel reads it (a comma) or English (a point); a share as a percentage with one decimal. */
function cell(point: Point | undefined, measure: IndicatorDetail['measure'], language: Language): string {
  if (!point) return '';
  if (point.suppressed) return words[language].hidden;
  if (point.value === null) return '';
  const value = measure === 'share' ? Math.round(point.value * 1000) / 10 : point.value;
  return language === 'da' ? String(value).replace('.', ',') : String(value);
}

/**
 * The table behind the chart: a row per period, the whole municipality (or unit) first, then a column per group of
 * the breakdown; for a share also its numerator and denominator. Semicolons and a byte order mark, like the other files.
 */
export function indicatorCsv(detail: IndicatorDetail, language: Language): Buffer {
  const w = words[language];
  const share = detail.measure === 'share';
  const header = [w.period, `${detail.name}${share ? ` (${w.percent})` : ''}`];
  if (share) header.push(w.numerator, w.denominator);
  for (const group of detail.groups) header.push(`${group.label}${share ? ` (${w.percent})` : ''}`);
  const rows: string[][] = [header];
  detail.points.forEach((point, index) => {
    const row = [point.period, cell(point, detail.measure, language)];
    if (share) row.push(point.numerator === null || point.numerator === undefined ? '' : String(point.numerator), point.denominator === null || point.denominator === undefined ? '' : String(point.denominator));
    for (const group of detail.groups) row.push(cell(group.points[index], detail.measure, language));
    rows.push(row);
  });
  return Buffer.from(stringify(rows, { delimiter: ';', bom: true, record_delimiter: 'windows' }), 'utf8');
}

export function indicatorFileName(detail: IndicatorDetail): string {
  return `${detail.key}-${detail.from}-${detail.to}-${detail.period}.csv`;
}
