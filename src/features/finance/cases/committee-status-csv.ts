import { stringify } from 'csv-stringify/sync';
import type { CommitteeStatus } from '../../../contracts/finance-cases.js';
import type { Language } from '../../../platform/i18n/server-messages.js';
import { committeeWords } from './committee-texts.js';

/** Kroner as Danish Excel reads a number: no thousands separator, a decimal comma ("267600000,00"). */
const amount = (ore: number | null, language: Language) => (ore === null ? '' : language === 'en' ? (ore / 100).toFixed(2) : (ore / 100).toFixed(2).replace('.', ','));

/**
 * The committee status as one table: a row per figure of the page (the year, the year before, the change, each year of
 * the trend, each of the largest cases, the forecast), with the same columns throughout. Semicolons and a byte order
 * mark, so Danish Excel opens it as UTF-8 in columns (a decimal comma in Danish, a point in English).
 */
export function committeeStatusCsv(status: CommitteeStatus, language: Language): Buffer {
  const w = committeeWords(language);
  const header = [w.t('section'), w.t('label'), w.t('year'), w.t('cases'), `${w.t('totalCost')} (${w.t('kroner')})`, `${w.t('refusion')} (${w.t('kroner')})`, `${w.t('netCost')} (${w.t('kroner')})`, w.t('ageBand'), w.t('targetGroup')];
  const money = (ore: number | null) => amount(ore, language);
  const rows: (string | number)[][] = [header];
  const s = status.summary;
  rows.push([w.t('keyFigures'), w.t('title', { year: status.year }), status.year, s.cases, money(s.totalCostOre), money(s.refusionOre), money(s.netCostOre), '', '']);
  if (status.previousYear && status.change) {
    const p = status.previousYear;
    rows.push([w.t('keyFigures'), w.t('previousYear'), p.year, p.cases, money(p.totalCostOre), money(p.refusionOre), money(p.netCostOre), '', '']);
    rows.push([w.t('keyFigures'), w.t('changeSince', { year: p.year }), status.year, status.change.cases, money(status.change.totalCostOre), '', money(status.change.netCostOre), '', '']);
  }
  for (const y of status.trend) rows.push([w.t('trend'), y.complete ? String(y.year) : `${y.year} (${w.t('forecastMark')})`, y.year, y.cases, money(y.totalCostOre), money(y.refusionOre), money(y.netCostOre), '', '']);
  for (const c of status.largestCases) rows.push([w.t('largestCases'), c.label, status.year, 1, money(c.costOre), money(c.refusionOre), money(c.netOre), w.ageBand(c.ageBand), w.targetGroup(c.targetGroup)]);
  const f = status.forecast;
  rows.push([w.t('forecast', { year: f.year }), w.t('wholeYear'), f.year, f.cases, money(f.totalCostOre), money(f.refusionOre), money(f.netCostOre), '', '']);
  rows.push([w.t('forecast', { year: f.year }), w.t('costToDate', { asOf: f.asOf }), f.year, f.cases, money(f.costToDateOre), '', '', '', '']);
  rows.push([w.t('forecast', { year: f.year }), w.t('remaining'), f.year, f.cases, money(f.remainingOre), '', '', '', '']);
  return Buffer.from(stringify(rows, { delimiter: ';', bom: true, record_delimiter: 'windows' }), 'utf8');
}
