import ExcelJS from 'exceljs';
import type { CommitteeStatus } from '../../../contracts/finance-cases.js';
import { committeeWords, type CommitteeWords } from './committee-texts.js';
import type { Language } from '../../../platform/i18n/server-messages.js';

/** Kroner with two decimals: the cells hold numbers (Excel sums them), shown with thousands separators. */
const KRONER_FORMAT = '#,##0.00';
const kr = (ore: number | null) => (ore === null ? null : ore / 100);

function heading(sheet: ExcelJS.Worksheet, values: string[]): void {
  const row = sheet.addRow(values);
  row.font = { bold: true };
}

function summarySheet(book: ExcelJS.Workbook, status: CommitteeStatus, w: CommitteeWords): void {
  const sheet = book.addWorksheet(w.t('summarySheet'));
  sheet.columns = [{ width: 44 }, { width: 22 }];
  sheet.addRow([w.t('title', { year: status.year })]).font = { bold: true, size: 14 };
  sheet.addRow([w.t('subtitle', { asOf: w.date(status.asOf) })]);
  if (!status.summary.complete) sheet.addRow([w.t('notComplete')]);
  sheet.addRow([]);
  heading(sheet, [w.t('keyFigures'), String(status.year)]);
  const money = (label: string, ore: number | null) => (sheet.addRow([label, kr(ore)]).getCell(2).numFmt = KRONER_FORMAT);
  sheet.addRow([w.t('cases'), status.summary.cases]);
  money(`${w.t('totalCost')} (${w.t('kroner')})`, status.summary.totalCostOre);
  money(`${w.t('refusion')} (${w.t('kroner')})`, status.summary.refusionOre);
  money(`${w.t('netCost')} (${w.t('kroner')})`, status.summary.netCostOre);
  if (status.previousYear && status.change) {
    sheet.addRow([]);
    heading(sheet, [w.t('changeSince', { year: status.previousYear.year })]);
    sheet.addRow([w.t('casesChange'), status.change.cases]);
    money(`${w.t('totalCost')} (${w.t('kroner')})`, status.change.totalCostOre);
    sheet.addRow([w.t('share'), status.change.totalCostPermille === null ? null : status.change.totalCostPermille / 1000]).getCell(2).numFmt = '0.0%';
    money(`${w.t('netCost')} (${w.t('kroner')})`, status.change.netCostOre);
  }
  const f = status.forecast;
  sheet.addRow([]);
  heading(sheet, [w.t('forecast', { year: f.year })]);
  sheet.addRow([w.t('forecastText')]);
  sheet.addRow([w.t('cases'), f.cases]);
  money(`${w.t('costToDate', { asOf: w.date(f.asOf) })} (${w.t('kroner')})`, f.costToDateOre);
  money(`${w.t('remaining')} (${w.t('kroner')})`, f.remainingOre);
  money(`${w.t('wholeYear')} (${w.t('kroner')})`, f.totalCostOre);
  money(`${w.t('refusion')} (${w.t('kroner')})`, f.refusionOre);
  money(`${w.t('netCost')} (${w.t('kroner')})`, f.netCostOre);
}

function trendSheet(book: ExcelJS.Workbook, status: CommitteeStatus, w: CommitteeWords): void {
  const sheet = book.addWorksheet(w.t('trendSheet'));
  sheet.columns = [{ width: 10 }, { width: 24 }, { width: 20 }, { width: 20 }, { width: 20 }, { width: 14 }];
  heading(sheet, [w.t('year'), w.t('cases'), `${w.t('totalCost')} (${w.t('kroner')})`, `${w.t('refusion')} (${w.t('kroner')})`, `${w.t('netCost')} (${w.t('kroner')})`, w.t('forecastMark')]);
  for (const y of status.trend) {
    const row = sheet.addRow([y.year, y.cases, kr(y.totalCostOre), kr(y.refusionOre), kr(y.netCostOre), y.complete ? '' : w.t('forecastMark')]);
    for (const cell of [3, 4, 5]) row.getCell(cell).numFmt = KRONER_FORMAT;
  }
}

function largestSheet(book: ExcelJS.Workbook, status: CommitteeStatus, w: CommitteeWords): void {
  const sheet = book.addWorksheet(w.t('largestSheet'));
  sheet.columns = [{ width: 10 }, { width: 18 }, { width: 32 }, { width: 18 }, { width: 18 }, { width: 18 }];
  heading(sheet, [w.t('caseLabel'), w.t('ageBand'), w.t('targetGroup'), `${w.t('cost')} (${w.t('kroner')})`, `${w.t('refusion')} (${w.t('kroner')})`, `${w.t('net')} (${w.t('kroner')})`]);
  for (const c of status.largestCases) {
    const row = sheet.addRow([c.label, w.ageBand(c.ageBand), w.targetGroup(c.targetGroup), kr(c.costOre), kr(c.refusionOre), kr(c.netOre)]);
    for (const cell of [4, 5, 6]) row.getCell(cell).numFmt = KRONER_FORMAT;
  }
}

/** The committee status as a workbook: the same figures as the page, in three sheets (summary, trend, largest cases). */
export async function committeeStatusXlsx(status: CommitteeStatus, language: Language): Promise<Buffer> {
  const w = committeeWords(language);
  const book = new ExcelJS.Workbook();
  book.creator = 'Mestring';
  book.title = w.t('title', { year: status.year });
  book.created = new Date(`${status.asOf}T12:00:00Z`);
  summarySheet(book, status, w);
  trendSheet(book, status, w);
  largestSheet(book, status, w);
  return Buffer.from(await book.xlsx.writeBuffer());
}
