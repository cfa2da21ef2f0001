import PDFDocument from 'pdfkit';
import type { CommitteeStatus } from '../../../contracts/finance-cases.js';
import type { Language } from '../../../platform/i18n/server-messages.js';
import { bandsLine, committeeWords, type CommitteeWords } from './committee-texts.js';

/**
 * The committee status as one A4 page for the meeting's papers: the key figures, the change since last year, a bar
 * chart of the trend drawn with pdfkit (each bar carries its figure in text, and a year not yet over is dashed and
 * marked "prognose", so nothing depends on colour), the trend and the largest cases as tables, and the forecast.
 * The standard Helvetica covers Danish letters (WinAnsi), so no font file is needed.
 */

const PAGE = { width: 595.28, height: 841.89, margin: 48, bottom: 28 };
const CONTENT = PAGE.width - PAGE.margin * 2;
const INK = '#1a1a1a';
const MUTED = '#4a4a4a';
const BAR = '#1f4e79';
const BAR_FORECAST = '#9dbbd8';

type Doc = PDFKit.PDFDocument;

function sectionTitle(doc: Doc, text: string, y: number): number {
  doc.font('Helvetica-Bold').fontSize(12).fillColor(INK).text(text, PAGE.margin, y, { width: CONTENT });
  return y + 18;
}

/** One row of a table: cells in columns of the given widths, numbers right-aligned. */
function tableRow(doc: Doc, cells: string[], widths: number[], right: boolean[], y: number, bold = false): number {
  let x = PAGE.margin;
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9).fillColor(INK);
  cells.forEach((cell, i) => {
    doc.text(cell, x + 2, y, { width: widths[i]! - 4, align: right[i] ? 'right' : 'left', lineBreak: false });
    x += widths[i]!;
  });
  const next = y + 13;
  const span = widths.reduce((sum, width) => sum + width, 0);
  doc.moveTo(PAGE.margin, next - 2).lineTo(PAGE.margin + span, next - 2).lineWidth(bold ? 0.8 : 0.3).strokeColor(bold ? INK : '#b0b0b0').stroke();
  return next + 1;
}

function keyFigures(doc: Doc, status: CommitteeStatus, w: CommitteeWords, top: number): number {
  let y = sectionTitle(doc, `${w.t('keyFigures')} ${status.year}`, top);
  const s = status.summary;
  const boxes: [string, string, string][] = [
    [w.t('cases'), String(s.cases), ''],
    [w.t('totalCost'), w.millions(s.totalCostOre), w.kroner(s.totalCostOre)],
    [w.t('refusion'), w.millions(s.refusionOre), w.kroner(s.refusionOre)],
    [w.t('netCost'), w.millions(s.netCostOre), w.kroner(s.netCostOre)],
  ];
  const boxWidth = (CONTENT - 3 * 8) / 4;
  boxes.forEach(([label, big, small], i) => {
    const x = PAGE.margin + i * (boxWidth + 8);
    doc.rect(x, y, boxWidth, 58).lineWidth(0.8).strokeColor('#7a7a7a').stroke();
    doc.font('Helvetica').fontSize(8.5).fillColor(MUTED).text(label, x + 6, y + 6, { width: boxWidth - 12 });
    doc.font('Helvetica-Bold').fontSize(13).fillColor(INK).text(big, x + 6, y + 22, { width: boxWidth - 12 });
    if (small) doc.font('Helvetica').fontSize(8).fillColor(MUTED).text(small, x + 6, y + 42, { width: boxWidth - 12 });
  });
  y += 66;
  if (status.previousYear && status.change) {
    const c = status.change;
    const money = (ore: number) => `${ore >= 0 ? '+' : '-'}${w.millions(Math.abs(ore))}`;
    // Plain words and semicolons: the standard font has no arrows, and an amount already ends in "kr.".
    const parts = [
      `${w.t('casesChange').toLowerCase()} ${w.signed(c.cases)} (${status.previousYear.cases} ${w.t('inYear', { year: status.previousYear.year })})`,
      `${w.t('totalCost').toLowerCase()} ${money(c.totalCostOre)} (${w.permille(c.totalCostPermille)})`,
      ...(c.netCostOre === null ? [] : [`${w.t('netCost').toLowerCase()} ${money(c.netCostOre)}`]),
    ];
    const line = `${w.t('changeSince', { year: status.previousYear.year })}: ${parts.join('; ')}`;
    doc.font('Helvetica').fontSize(9.5).fillColor(INK).text(line, PAGE.margin, y, { width: CONTENT });
    y = doc.y + 4;
  }
  if (!s.complete) {
    doc.font('Helvetica-Oblique').fontSize(8.5).fillColor(MUTED).text(w.t('notComplete'), PAGE.margin, y, { width: CONTENT });
    y = doc.y + 2;
  }
  return y + 8;
}

/** The trend as bars: total cost per year in millions, the figure above each bar, the year and cases below. */
function trendChart(doc: Doc, status: CommitteeStatus, w: CommitteeWords, top: number): number {
  let y = sectionTitle(doc, w.t('trend'), top);
  doc.font('Helvetica').fontSize(8.5).fillColor(MUTED).text(w.t('trendChart'), PAGE.margin, y, { width: CONTENT });
  y += 16;
  const height = 108;
  const base = y + height;
  const max = Math.max(1, ...status.trend.map((t) => t.totalCostOre));
  const slot = CONTENT / Math.max(status.trend.length, 1);
  const barWidth = Math.min(56, slot * 0.55);
  doc.moveTo(PAGE.margin, base).lineTo(PAGE.margin + CONTENT, base).lineWidth(0.8).strokeColor(INK).stroke();
  status.trend.forEach((t, i) => {
    const barHeight = (t.totalCostOre / max) * (height - 16);
    const x = PAGE.margin + slot * i + (slot - barWidth) / 2;
    if (barHeight > 0) {
      if (t.complete) doc.rect(x, base - barHeight, barWidth, barHeight).fill(BAR);
      else doc.rect(x, base - barHeight, barWidth, barHeight).fill(BAR_FORECAST).rect(x, base - barHeight, barWidth, barHeight).dash(3, { space: 2 }).lineWidth(1).strokeColor(BAR).stroke().undash();
    }
    const value = (t.totalCostOre / 100_000_000).toLocaleString(w.language === 'en' ? 'en-GB' : 'da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    doc.font('Helvetica-Bold').fontSize(9).fillColor(INK).text(value, x - 10, base - barHeight - 12, { width: barWidth + 20, align: 'center', lineBreak: false });
    const label = t.complete ? String(t.year) : `${t.year} (${w.t('forecastMark')})`;
    doc.font('Helvetica').fontSize(8.5).fillColor(INK).text(label, PAGE.margin + slot * i, base + 4, { width: slot, align: 'center', lineBreak: false });
    doc.font('Helvetica').fontSize(8).fillColor(MUTED).text(`${t.cases} ${w.language === 'en' ? 'cases' : 'sager'}`, PAGE.margin + slot * i, base + 15, { width: slot, align: 'center', lineBreak: false });
  });
  return base + 34;
}

function trendTable(doc: Doc, status: CommitteeStatus, w: CommitteeWords, top: number): number {
  const widths = [80, 95, 110, 110, CONTENT - 395];
  const right = [false, true, true, true, true];
  let y = tableRow(doc, [w.t('year'), w.t('cases'), w.t('totalCost'), w.t('refusion'), w.t('netCost')], widths, right, top, true);
  for (const t of status.trend) {
    y = tableRow(doc, [t.complete ? String(t.year) : `${t.year} (${w.t('forecastMark')})`, String(t.cases), w.kroner(t.totalCostOre), w.kroner(t.refusionOre), w.kroner(t.netCostOre)], widths, right, y);
  }
  return y + 10;
}

function largestCases(doc: Doc, status: CommitteeStatus, w: CommitteeWords, top: number): number {
  let y = sectionTitle(doc, w.t('largestCases'), top);
  if (status.largestCases.length === 0) {
    doc.font('Helvetica').fontSize(9.5).fillColor(INK).text(w.t('noCases', { year: status.year }), PAGE.margin, y, { width: CONTENT });
    return doc.y + 10;
  }
  const widths = [50, 80, 145, 85, 70, CONTENT - 430];
  const right = [false, false, false, true, true, true];
  y = tableRow(doc, [w.t('caseLabel'), w.t('ageBand'), w.t('targetGroup'), w.t('cost'), w.t('refusion'), w.t('net')], widths, right, y, true);
  for (const c of status.largestCases) y = tableRow(doc, [c.label, w.ageBand(c.ageBand), w.targetGroup(c.targetGroup), w.kroner(c.costOre), w.kroner(c.refusionOre), w.kroner(c.netOre)], widths, right, y);
  return y + 10;
}

function forecast(doc: Doc, status: CommitteeStatus, w: CommitteeWords, top: number): number {
  const f = status.forecast;
  let y = sectionTitle(doc, w.t('forecast', { year: f.year }), top);
  doc.font('Helvetica').fontSize(9.5).fillColor(INK).text(w.t('forecastText'), PAGE.margin, y, { width: CONTENT });
  y = doc.y + 4;
  // Two pairs a row, so the page holds the forecast beside itself rather than below the fold.
  const widths = [160, 95, 28, 120, CONTENT - 403];
  const right = [false, true, false, false, true];
  const rows: string[][] = [
    [w.t('cases'), String(f.cases), '', w.t('wholeYear'), w.kroner(f.totalCostOre)],
    [w.t('costToDate', { asOf: w.date(f.asOf) }), w.kroner(f.costToDateOre), '', w.t('refusion'), w.kroner(f.refusionOre)],
    [w.t('remaining'), w.kroner(f.remainingOre), '', w.t('netCost'), w.kroner(f.netCostOre)],
  ];
  for (const row of rows) y = tableRow(doc, row, widths, right, y);
  return y + 8;
}

/** The committee status as a one-page A4 PDF in the user's language (Danish first). */
export function committeeStatusPdf(status: CommitteeStatus, language: Language): Promise<Buffer> {
  const w = committeeWords(language);
  const title = w.t('title', { year: status.year });
  const doc = new PDFDocument({ size: 'A4', margins: { top: PAGE.margin, left: PAGE.margin, right: PAGE.margin, bottom: PAGE.bottom }, lang: language === 'en' ? 'en-GB' : 'da-DK', displayTitle: true, info: { Title: title, Author: 'Mestring', Subject: w.t('subtitle', { asOf: status.asOf }) } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(18).fillColor(INK).text(title, PAGE.margin, PAGE.margin, { width: CONTENT });
  doc.font('Helvetica').fontSize(9).fillColor(MUTED).text(w.t('subtitle', { asOf: w.date(status.asOf) }), PAGE.margin, doc.y + 2, { width: CONTENT });
  let y = doc.y + 14;
  y = keyFigures(doc, status, w, y);
  y = trendChart(doc, status, w, y);
  y = trendTable(doc, status, w, y);
  y = largestCases(doc, status, w, y);
  y = forecast(doc, status, w, y);
  doc.font('Helvetica').fontSize(7.5).fillColor(MUTED).text(w.t('bands', { year: status.year, bands: bandsLine(status, w) }), PAGE.margin, Math.max(y, PAGE.height - PAGE.bottom - 22), { width: CONTENT });
  doc.end();
  return done;
}
