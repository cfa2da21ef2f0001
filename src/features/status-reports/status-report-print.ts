import type { FocusAreaContent, StatusReport } from '../../contracts/status-reports.js';
import { activityStatuses } from '../../domain/strategy-status.js';
import type { Language } from '../../platform/i18n/server-messages.js';
import { reportWords, type ReportWords } from './status-report-texts.js';

/**
 * A status report as one self-contained, printable HTML page (no script, style or font from elsewhere), drawn from the
 * frozen content only. Headings in order, tables with headers, and charts as inline SVG images whose text alternative
 * names every figure, each bar carrying its figure in text — the same as the PDF, for a reader who prints from the
 * browser or reads the report with a screen reader.
 */

const escape = (value: string | number) =>
  String(value).replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

let chartCount = 0;

interface Bar {
  label: string;
  value: number | null;
  text: string;
  spoken: string;
}

/** The house bar chart (as src/web/components/charts/bar-chart.tsx) as a string of SVG. */
function barChart(title: string, bars: Bar[], max?: number): string {
  const id = `chart-${(chartCount += 1)}`;
  const width = 720;
  const height = 240;
  const margin = { top: 26, bottom: 30, side: 8 };
  const top = max ?? Math.max(1, ...bars.map((b) => b.value ?? 0));
  const plot = height - margin.top - margin.bottom;
  const slot = (width - margin.side * 2) / Math.max(1, bars.length);
  const barWidth = Math.min(48, slot * 0.65);
  const base = height - margin.bottom;
  const description = `${title}: ${bars.map((b) => b.spoken).join('; ')}.`;
  const marks = bars
    .map((bar, i) => {
      const barHeight = (Math.max(0, bar.value ?? 0) / top) * plot;
      const x = margin.side + slot * i + (slot - barWidth) / 2;
      const rect = barHeight > 0 ? `<rect x="${x.toFixed(1)}" y="${(base - barHeight).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${barHeight.toFixed(1)}" class="bar"/>` : '';
      return `<g>${rect}<text x="${(x + barWidth / 2).toFixed(1)}" y="${(base - barHeight - 6).toFixed(1)}" text-anchor="middle" class="value">${escape(bar.value === null ? '–' : bar.text)}</text><text x="${(x + barWidth / 2).toFixed(1)}" y="${base + 18}" text-anchor="middle" class="label">${escape(bar.label)}</text></g>`;
    })
    .join('');
  return `<figure class="chart"><svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc"><title id="${id}-title">${escape(title)}</title><desc id="${id}-desc">${escape(description)}</desc><line x1="${margin.side}" x2="${width - margin.side}" y1="${base}" y2="${base}" class="axis"/>${marks}</svg></figure>`;
}

function table(caption: string, head: string[], rows: string[][], numeric: boolean[], foot?: string[]): string {
  const cell = (value: string, i: number, header: boolean) => (i === 0 || header ? `<th scope="${header ? 'col' : 'row'}"${numeric[i] ? ' class="num"' : ''}>${escape(value)}</th>` : `<td${numeric[i] ? ' class="num"' : ''}>${escape(value)}</td>`);
  const body = rows.map((row) => `<tr>${row.map((v, i) => cell(v, i, false)).join('')}</tr>`).join('');
  const footer = foot ? `<tfoot><tr>${foot.map((v, i) => cell(v, i, false)).join('')}</tr></tfoot>` : '';
  return `<table><caption>${escape(caption)}</caption><thead><tr>${head.map((v, i) => cell(v, i, true)).join('')}</tr></thead><tbody>${body}</tbody>${footer}</table>`;
}

function focusArea(area: FocusAreaContent, year: number, w: ReportWords, level: number): string {
  const selection = area.selected
    ? area.selection
      ? w.t('selected', { body: area.selection.body, year, date: w.date(area.selection.decidedOn), agenda: area.selection.agendaReference })
      : w.t('selectedNoDecision', { year })
    : w.t('notSelected', { year });
  const activities =
    area.activities.length === 0
      ? `<p><em>${escape(w.t('noActivities'))}</em></p>`
      : `<table><caption>${escape(`${w.t('activity')}: ${area.name}`)}</caption><thead><tr><th scope="col">${escape(w.t('activity'))}</th><th scope="col">${escape(w.t('activityStatus'))}</th><th scope="col">${escape(w.t('owner'))}</th><th scope="col">${escape(w.t('notes', { year }))}</th></tr></thead><tbody>${area.activities
          .map((a) => {
            const owner = [a.owner.workingGroup, a.owner.unit, a.owner.responsible].filter(Boolean).join(', ') || '–';
            const notes = a.notes.length === 0 ? escape(w.t('noNotes', { year })) : `<ul>${a.notes.map((n) => `<li><strong>${escape(w.date(n.notedOn))}:</strong> ${escape(n.body)}</li>`).join('')}</ul>`;
            return `<tr><th scope="row">${escape(a.title)}</th><td>${escape(w.status(a.status))}</td><td>${escape(owner)}</td><td>${notes}</td></tr>`;
          })
          .join('')}</tbody></table>`;
  return `<section class="area"><h${level}>${escape(`${area.number}. ${area.name}`)}</h${level}><p><strong>${escape(w.t('status', { status: w.status(area.rollUp.status) }))}.</strong> ${escape(selection)}${area.workingGroup ? ` ${escape(w.t('workingGroup', { name: area.workingGroup }))}` : ''}</p>${area.goal ? `<p class="muted">${escape(w.t('goal', { goal: area.goal }))}</p>` : ''}${activities}</section>`;
}

const style = `
body{font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;margin:0;line-height:1.45;font-size:16px}
main{max-width:860px;margin:0 auto;padding:24px}
h1{font-size:1.9rem;margin:0 0 .3rem}h2{font-size:1.4rem;margin-top:2rem;border-bottom:1px solid #1a1a1a}h3{font-size:1.2rem;margin-top:1.5rem}h4{font-size:1.05rem}
.muted{color:#4a4a4a}.nodata{border:2px solid #1a1a1a;padding:12px;font-weight:700}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.92rem}caption{text-align:left;font-weight:700;padding:4px 0}
th,td{border-bottom:1px solid #b0b0b0;padding:4px 6px;text-align:left;vertical-align:top}thead th{border-bottom:2px solid #1a1a1a}.num{text-align:right}
td ul{margin:0;padding-left:1.1rem}
.chart{margin:.5rem 0 1rem}.chart svg{width:100%;max-width:760px;height:auto}.bar{fill:#0059b3}.axis{stroke:#1a1a1a}.value{font-weight:700;font-size:14px;fill:#1a1a1a}.label{font-size:13px;fill:#1a1a1a}
button{font:inherit;padding:6px 14px;border:2px solid #0059b3;background:#fff;color:#0059b3;border-radius:4px;cursor:pointer}button:focus{outline:3px solid #1a1a1a;outline-offset:2px}
@media print{.no-print{display:none}main{padding:0}.bar{fill:#333}section.area{break-inside:avoid-page}h2,h3{break-after:avoid}}
`;

/** The printable page in the user's language (Danish first). */
export function statusReportPrintPage(report: StatusReport, language: Language): string {
  chartCount = 0;
  const w = reportWords(language);
  const c = report.content;
  const period = c.strategy.periodFrom && c.strategy.periodTo ? `${w.t('period', { from: c.strategy.periodFrom.slice(0, 4), to: c.strategy.periodTo.slice(0, 4) })}. ` : '';
  const paragraphs = report.summary.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const parts: string[] = [];
  parts.push(`<h1>${escape(report.title)}</h1><p class="muted">${escape(w.stateLine(report))} ${escape(period)}${escape(w.t('computed', { date: w.date(c.computedAt) }))}</p>`);
  parts.push(`<p class="no-print"><button type="button" onclick="window.print()">${escape(w.t('print'))}</button></p>`);
  if (c.noData && c.noDataText) parts.push(`<p class="nodata">${escape(c.noDataText)}</p>`);
  parts.push(`<h2>${escape(w.t('summary'))}</h2>${paragraphs.length === 0 ? `<p><em>${escape(w.t('noSummary'))}</em></p>` : paragraphs.map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`).join('')}`);
  parts.push(`<h2>${escape(w.t('overall'))}</h2>`);
  if (c.rollUp.total === 0) parts.push(`<p>${escape(w.t('overallNone'))}</p>`);
  else {
    parts.push(`<p>${escape(w.t('overallLine', { status: w.status(c.rollUp.status), implemented: c.rollUp.counts.done + c.rollUp.counts.ongoing, judged: c.rollUp.total - c.rollUp.counts.stopped }))}</p>`);
    parts.push(barChart(w.t('statusChart'), activityStatuses.map((s) => ({ label: w.status(s), value: c.rollUp.counts[s], text: String(c.rollUp.counts[s]), spoken: `${w.status(s)}: ${c.rollUp.counts[s]}` }))));
  }
  parts.push(`<h2>${escape(w.t('focusAreas'))}</h2>`);
  for (const track of c.tracks) {
    if (track.name) parts.push(`<h3>${escape(track.name)}</h3>`);
    for (const area of track.focusAreas) parts.push(focusArea(area, c.year, w, track.name ? 4 : 3));
  }
  parts.push(`<h2>${escape(w.t('keyFigures', { year: c.year }))}</h2>`);
  if (c.keyFigures.length === 0) parts.push(`<p>${escape(w.t('keyFiguresNone'))}</p>`);
  for (const figure of c.keyFigures) {
    const title = w.t('byMonth', { name: figure.name, year: c.year });
    parts.push(`<h3>${escape(figure.name)}</h3>`);
    parts.push(barChart(title, figure.points.map((p) => ({ label: w.month(p.period, true), value: p.value, text: w.figure(figure.measure, p.value), spoken: `${w.month(p.period)}: ${p.suppressed ? w.t('suppressed') : w.figure(figure.measure, p.value)}` })), figure.measure === 'share' ? 1 : undefined));
    parts.push(table(title, [w.t('month'), w.t('figure')], figure.points.map((p) => [w.month(p.period), p.suppressed ? w.t('suppressed') : w.figure(figure.measure, p.value)]), [false, true]));
  }
  if (c.keyFigures.length > 0) parts.push(`<p class="muted">${escape(w.t('suppressedNote'))}</p>`);
  if (c.targetGroups) {
    const g = c.targetGroups;
    const years = Array.from({ length: g.toYear - g.fromYear + 1 }, (_, i) => String(g.fromYear + i));
    const count = (value: number | null | undefined) => (value === null || value === undefined ? '–' : String(value));
    parts.push(`<h2>${escape(w.t('targetGroups', { from: g.fromYear, to: g.toYear }))}</h2><p>${escape(w.t('targetGroupsText'))}</p>`);
    if (g.empty) parts.push(`<p>${escape(w.t('targetGroupsEmpty'))}</p>`);
    else {
      parts.push(barChart(w.t('targetGroupsChart'), years.map((y) => ({ label: y, value: g.totals[y] ?? null, text: count(g.totals[y]), spoken: `${y}: ${count(g.totals[y])}` }))));
      parts.push(table(w.t('targetGroups', { from: g.fromYear, to: g.toYear }), [w.t('group'), ...years], g.rows.map((r) => [r.label, ...years.map((y) => count(r.years[y]))]), [false, ...years.map(() => true)], [w.t('total'), ...years.map((y) => count(g.totals[y]))]));
    }
  }
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(report.title)}</title><style>${style}</style></head><body><main>${parts.join('\n')}</main></body></html>`;
}
