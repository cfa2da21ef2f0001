import PDFDocument from 'pdfkit';
import type { FocusAreaContent, KeyFigure, StatusReport } from '../../contracts/status-reports.js';
import { activityStatuses } from '../../domain/strategy-status.js';
import type { Language } from '../../platform/i18n/server-messages.js';
import { reportWords, type ReportWords } from './status-report-texts.js';

/**
 * A status report as an A4 PDF for the committee's and the councils' papers, drawn from the report's frozen content
 * only (no query: well under the 3 s the issue allows). Charts are vector bars with each figure written on its bar in
 * text, so nothing depends on colour and a PDF text tool finds every focus area and figure. The standard Helvetica
 * covers Danish letters (WinAnsi), so no font file is needed.
 */

const PAGE = { width: 595.28, height: 841.89, margin: 48, bottom: 48 };
const CONTENT = PAGE.width - PAGE.margin * 2;
const LIMIT = PAGE.height - PAGE.bottom;
const INK = '#1a1a1a';
const MUTED = '#4a4a4a';
const BAR = '#1f4e79';
const RULE = '#b0b0b0';

type Doc = PDFKit.PDFDocument;

/** Where the next thing goes; a new page when what comes does not fit. */
class Cursor {
  constructor(
    readonly doc: Doc,
    public y: number,
  ) {}
  ensure(space: number): void {
    if (this.y + space > LIMIT) {
      this.doc.addPage();
      this.y = PAGE.margin;
    }
  }
  /** Flowing text at the margin (it may run onto a new page); the cursor follows it. */
  text(value: string, options: { font?: string; size?: number; color?: string; gap?: number; indent?: number } = {}): void {
    const size = options.size ?? 9.5;
    const indent = options.indent ?? 0;
    this.doc.font(options.font ?? 'Helvetica').fontSize(size);
    this.ensure(Math.min(this.doc.heightOfString(value, { width: CONTENT - indent }), LIMIT - PAGE.margin));
    this.doc.fillColor(options.color ?? INK).text(value, PAGE.margin + indent, this.y, { width: CONTENT - indent });
    this.y = this.doc.y + (options.gap ?? 4);
  }
  heading(value: string, size = 12.5): void {
    this.ensure(size + 40);
    this.text(value, { font: 'Helvetica-Bold', size, gap: 6 });
  }
}

/** One row of a table: cells in columns of the given widths, wrapped, the row as tall as its tallest cell. */
function tableRow(c: Cursor, cells: string[], widths: number[], right: boolean[], bold = false): void {
  const doc = c.doc;
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
  const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! - 4 }))) + 3;
  c.ensure(height + 2);
  let x = PAGE.margin;
  cells.forEach((cell, i) => {
    doc.fillColor(INK).text(cell, x + 2, c.y, { width: widths[i]! - 4, align: right[i] ? 'right' : 'left' });
    x += widths[i]!;
  });
  c.y += height;
  const span = widths.reduce((sum, width) => sum + width, 0);
  doc.moveTo(PAGE.margin, c.y - 1).lineTo(PAGE.margin + span, c.y - 1).lineWidth(bold ? 0.8 : 0.3).strokeColor(bold ? INK : RULE).stroke();
  c.y += 2;
}

/** Vertical bars with the figure above each and the label below; a null value gets no bar and an en dash. */
function barChart(c: Cursor, title: string, bars: { label: string; value: number | null; text: string }[], max?: number): void {
  const doc = c.doc;
  const height = 96;
  c.ensure(height + 50);
  doc.font('Helvetica-Bold').fontSize(9).fillColor(MUTED).text(title, PAGE.margin, c.y, { width: CONTENT });
  const base = doc.y + 14 + height;
  const top = max ?? Math.max(1, ...bars.map((b) => b.value ?? 0));
  const slot = CONTENT / Math.max(1, bars.length);
  const barWidth = Math.min(40, slot * 0.6);
  doc.moveTo(PAGE.margin, base).lineTo(PAGE.margin + CONTENT, base).lineWidth(0.8).strokeColor(INK).stroke();
  bars.forEach((bar, i) => {
    const barHeight = (Math.max(0, bar.value ?? 0) / top) * (height - 14);
    const x = PAGE.margin + slot * i + (slot - barWidth) / 2;
    if (barHeight > 0) doc.rect(x, base - barHeight, barWidth, barHeight).fill(BAR);
    doc.font('Helvetica-Bold').fontSize(8).fillColor(INK).text(bar.value === null ? '–' : bar.text, PAGE.margin + slot * i, base - barHeight - 11, { width: slot, align: 'center', lineBreak: false });
    doc.font('Helvetica').fontSize(7.5).fillColor(INK).text(bar.label, PAGE.margin + slot * i, base + 4, { width: slot, align: 'center', lineBreak: false });
  });
  c.y = base + 20;
}

function header(c: Cursor, report: StatusReport, w: ReportWords): void {
  const content = report.content;
  c.text(report.title, { font: 'Helvetica-Bold', size: 18, gap: 4 });
  c.text(w.stateLine(report), { size: 9.5, color: MUTED, gap: 2 });
  const period = content.strategy.periodFrom && content.strategy.periodTo ? `${w.t('period', { from: content.strategy.periodFrom.slice(0, 4), to: content.strategy.periodTo.slice(0, 4) })}. ` : '';
  c.text(`${period}${w.t('computed', { date: w.date(content.computedAt) })}`, { size: 9, color: MUTED, gap: 12 });
  if (content.noData && content.noDataText) {
    const doc = c.doc;
    doc.font('Helvetica-Bold').fontSize(10.5);
    const height = doc.heightOfString(content.noDataText, { width: CONTENT - 16 }) + 14;
    c.ensure(height);
    doc.rect(PAGE.margin, c.y, CONTENT, height).lineWidth(1.2).strokeColor(INK).stroke();
    doc.fillColor(INK).text(content.noDataText, PAGE.margin + 8, c.y + 7, { width: CONTENT - 16 });
    c.y += height + 12;
  }
}

function summary(c: Cursor, report: StatusReport, w: ReportWords): void {
  c.heading(w.t('summary'));
  const paragraphs = report.summary.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  if (paragraphs.length === 0) c.text(w.t('noSummary'), { font: 'Helvetica-Oblique', color: MUTED });
  for (const paragraph of paragraphs) c.text(paragraph, { size: 10, gap: 6 });
  c.y += 6;
}

function overall(c: Cursor, report: StatusReport, w: ReportWords): void {
  const r = report.content.rollUp;
  c.heading(w.t('overall'));
  if (r.total === 0) {
    c.text(w.t('overallNone'));
    return;
  }
  const judged = r.total - r.counts.stopped;
  c.text(w.t('overallLine', { status: w.status(r.status), implemented: r.counts.done + r.counts.ongoing, judged }), { size: 10, gap: 8 });
  barChart(c, w.t('statusChart'), activityStatuses.map((s) => ({ label: w.status(s), value: r.counts[s], text: String(r.counts[s]) })));
}

function focusArea(c: Cursor, area: FocusAreaContent, year: number, w: ReportWords): void {
  c.ensure(90);
  c.text(`${area.number}. ${area.name}`, { font: 'Helvetica-Bold', size: 11, gap: 3 });
  const selection = area.selected
    ? area.selection
      ? w.t('selected', { body: area.selection.body, year, date: w.date(area.selection.decidedOn), agenda: area.selection.agendaReference })
      : w.t('selectedNoDecision', { year })
    : w.t('notSelected', { year });
  const lines = [`${w.t('status', { status: w.status(area.rollUp.status) })}. ${selection}`, ...(area.workingGroup ? [w.t('workingGroup', { name: area.workingGroup })] : [])];
  c.text(lines.join(' '), { size: 9.5, gap: 3 });
  if (area.goal) c.text(w.t('goal', { goal: area.goal }), { size: 9, color: MUTED, gap: 5 });
  if (area.activities.length === 0) {
    c.text(w.t('noActivities'), { size: 9, font: 'Helvetica-Oblique', gap: 10 });
    return;
  }
  const widths = [CONTENT * 0.5, CONTENT * 0.17, CONTENT * 0.33];
  const right = [false, false, false];
  tableRow(c, [w.t('activity'), w.t('activityStatus'), w.t('owner')], widths, right, true);
  for (const activity of area.activities) {
    const owner = [activity.owner.workingGroup, activity.owner.unit, activity.owner.responsible].filter(Boolean).join(', ') || '–';
    tableRow(c, [activity.title, w.status(activity.status), owner], widths, right);
    for (const note of activity.notes) c.text(`${w.date(note.notedOn)}: ${note.body}`, { size: 8.5, color: MUTED, indent: 12, gap: 2 });
  }
  c.y += 10;
}

function keyFigures(c: Cursor, report: StatusReport, w: ReportWords): void {
  const { year, keyFigures: figures } = report.content;
  c.heading(w.t('keyFigures', { year }));
  if (figures.length === 0) {
    c.text(w.t('keyFiguresNone'), { gap: 10 });
    return;
  }
  for (const figure of figures) keyFigure(c, figure, year, w);
  c.text(w.t('suppressedNote'), { size: 8.5, color: MUTED, gap: 10 });
}

function keyFigure(c: Cursor, figure: KeyFigure, year: number, w: ReportWords): void {
  c.ensure(170);
  barChart(
    c,
    w.t('byMonth', { name: figure.name, year }),
    figure.points.map((p) => ({ label: w.month(p.period, true), value: p.value, text: w.figure(figure.measure, p.value) })),
    figure.measure === 'share' ? 1 : undefined,
  );
}

function targetGroups(c: Cursor, report: StatusReport, w: ReportWords): void {
  const groups = report.content.targetGroups;
  if (!groups) return;
  c.heading(w.t('targetGroups', { from: groups.fromYear, to: groups.toYear }));
  c.text(w.t('targetGroupsText'), { size: 9, color: MUTED });
  if (groups.empty) {
    c.text(w.t('targetGroupsEmpty'), { gap: 10 });
    return;
  }
  const years = Array.from({ length: groups.toYear - groups.fromYear + 1 }, (_, i) => String(groups.fromYear + i));
  const count = (value: number | null | undefined) => (value === null || value === undefined ? '–' : String(value));
  barChart(c, w.t('targetGroupsChart'), years.map((y) => ({ label: y, value: groups.totals[y] ?? null, text: count(groups.totals[y]) })));
  const yearWidth = 52;
  const widths = [CONTENT - yearWidth * years.length, ...years.map(() => yearWidth)];
  const right = [false, ...years.map(() => true)];
  tableRow(c, [w.t('group'), ...years], widths, right, true);
  for (const row of groups.rows) tableRow(c, [row.label, ...years.map((y) => count(row.years[y]))], widths, right);
  tableRow(c, [w.t('total'), ...years.map((y) => count(groups.totals[y]))], widths, right, true);
  c.y += 8;
}

/** The report as an A4 PDF in the user's language (Danish first); names and notes stay as written. */
export function statusReportPdf(report: StatusReport, language: Language): Promise<Buffer> {
  const w = reportWords(language);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.margin, left: PAGE.margin, right: PAGE.margin, bottom: 20 },
    lang: language === 'en' ? 'en-GB' : 'da-DK',
    displayTitle: true,
    bufferPages: true,
    info: { Title: report.title, Author: 'Mestring', Subject: w.stateLine(report) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const c = new Cursor(doc, PAGE.margin);
  header(c, report, w);
  summary(c, report, w);
  overall(c, report, w);
  c.heading(w.t('focusAreas'), 14);
  for (const track of report.content.tracks) {
    if (track.name) c.heading(track.name, 12.5);
    for (const area of track.focusAreas) focusArea(c, area, report.content.year, w);
  }
  keyFigures(c, report, w);
  targetGroups(c, report, w);
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    doc.font('Helvetica').fontSize(7.5).fillColor(MUTED).text(`${report.title} · ${w.t('page', { n: i + 1 })}`, PAGE.margin, PAGE.height - 32, { width: CONTENT, align: 'right', lineBreak: false });
  }
  doc.end();
  return done;
}
