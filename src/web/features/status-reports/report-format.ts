import type { StatusReport, StatusReportListItem } from '../../../contracts/status-reports.js';

export type { StatusReport, StatusReportList, StatusReportListItem, FocusAreaContent, KeyFigure } from '../../../contracts/status-reports.js';

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'da-DK');

/** '2026-03-02T10:00:00Z' or '2026-03-02' as '2. marts 2026'. */
export function longDate(value: string | null, language: string): string {
  if (!value) return '–';
  return new Intl.DateTimeFormat(locale(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' }).format(new Date(value.length === 10 ? `${value}T12:00:00Z` : value));
}

/** 'YYYY-MM' as 'marts' or 'mar.'. */
export function monthName(period: string, language: string, style: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(locale(language), { month: style, timeZone: 'UTC' }).format(new Date(`${period}-15T12:00:00Z`));
}

/** A figure as written on a bar and in a table: a share in percent, a mean with one decimal, a count whole; '–' for none. */
export function figureText(measure: 'count' | 'share' | 'mean', value: number | null, language: string): string {
  if (value === null) return '–';
  const format = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale(language), options);
  if (measure === 'share') return `${format({ maximumFractionDigits: 1 }).format(value * 100)} %`;
  if (measure === 'mean') return format({ maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);
  return format({ maximumFractionDigits: 0 }).format(value);
}

type Stated = Pick<StatusReport | StatusReportListItem, 'state' | 'publishedAt' | 'publishedBy' | 'version'>;

/** The i18n key and values of a report's state line. */
export function stateLine(report: Stated, language: string): { key: 'state.draft' | 'state.published' | 'state.superseded'; values: Record<string, string> } {
  return { key: `state.${report.state}`, values: { date: longDate(report.publishedAt, language), by: report.publishedBy ?? '–' } };
}
