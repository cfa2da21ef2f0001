import { stringify } from 'csv-stringify/sync';
import type { TargetGroupOverviewResponse } from '../../contracts/target-groups.js';
import type { Language } from '../../platform/i18n/server-messages.js';

const texts = {
  da: { row: 'Tilbud', legalBasis: 'Paragraf', total: 'I alt (forskellige borgere)', hidden: '<5', file: 'maalgrupper', note: 'Antal forskellige borgere pr. år. "<5" betyder 1-4 borgere, skjult så ingen kan genkendes.' },
  en: { row: 'Offer', legalBasis: 'Legal basis', total: 'Total (distinct citizens)', hidden: '<5', file: 'target-groups', note: 'Distinct citizens per year. "<5" means 1-4 citizens, hidden so no one can be recognised.' },
} satisfies Record<Language, Record<string, string>>;

/**
 * The table as CSV: a row per offer row, a column per year, the total last, and a note on the hidden cells.
 * Semicolons and a byte order mark, so Danish Excel opens it as UTF-8 in columns, like the other CSV files.
 */
export function targetGroupCsv(overview: TargetGroupOverviewResponse, language: Language): Buffer {
  const c = texts[language];
  const years = Array.from({ length: overview.toYear - overview.fromYear + 1 }, (_, i) => String(overview.fromYear + i));
  const cell = (value: number | null | undefined) => (value === null ? c.hidden : String(value ?? 0));
  const rows: string[][] = [[c.row, c.legalBasis, ...years]];
  for (const row of overview.rows) rows.push([row.label, row.legalBasis ?? '', ...years.map((y) => cell(row.years[y]))]);
  rows.push([c.total, '', ...years.map((y) => cell(overview.totals[y]))]);
  rows.push([c.note]);
  return Buffer.from(stringify(rows, { delimiter: ';', bom: true, record_delimiter: 'windows' }), 'utf8');
}

/** "maalgrupper-2022-2026.csv". */
export function targetGroupFileName(overview: Pick<TargetGroupOverviewResponse, 'fromYear' | 'toYear'>, language: Language): string {
  return `${texts[language].file}-${overview.fromYear}-${overview.toYear}.csv`;
}
