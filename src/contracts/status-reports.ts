import { z } from 'zod';
import { activityStatuses } from '../domain/strategy-status.js';
import { idSchema } from './common.js';

/**
 * The annual implementation status of a strategy (issue 7, "Status reports"; docs/status-reports.md): a draft whose
 * figures are computed when it is made and frozen in `content`, an editable summary, publishing (which supersedes the
 * version before), the archive, and the report as PDF and as a printable page.
 */

const calendarDate = z.iso.date().describe('A calendar date, YYYY-MM-DD');
const rolledUp = z.enum([...activityStatuses, 'no-activities']);

export const statusReportState = z.enum(['draft', 'published', 'superseded']).describe('draft: only the leaders see it and the summary can change; published: the current version; superseded: an earlier version, kept in the archive');

export const statusRollUpSchema = z.object({
  status: rolledUp.describe('The status at a glance (src/domain/strategy-status.ts)'),
  counts: z.record(z.enum(activityStatuses), z.int()).describe('Activities per status'),
  total: z.int().describe('Activities in all'),
  implementedShare: z.number().nullable().describe('Done or ongoing, of the activities not stopped (0-1); null when none is left to judge'),
});

const seriesPoint = z.object({
  period: z.string().describe("'YYYY-MM'"),
  value: z.number().nullable().describe('The figure; null when suppressed (fewer than 5 citizens) or unknown'),
  suppressed: z.boolean().describe('True when the figure is hidden because it could point at a person'),
});

export const keyFigureSchema = z.object({
  key: z.string().describe('The indicator key'),
  name: z.string().describe("The indicator's name when the report was made"),
  version: z.int().describe('The version of the definition used'),
  measure: z.enum(['count', 'share', 'mean']).describe("count (citizens or cases), share (0-1) or mean (e.g. a rating 1-5)"),
  points: z.array(seriesPoint).describe('The year by month'),
});

export const targetGroupFigures = z.object({
  fromYear: z.int(),
  toYear: z.int(),
  rows: z.array(z.object({ label: z.string(), years: z.record(z.string(), z.int().nullable()).describe('Distinct citizens per year; null where suppressed') })),
  totals: z.record(z.string(), z.int().nullable()),
  empty: z.boolean().describe('True when nothing falls in the period'),
});

const activitySchema = z.object({
  id: idSchema,
  title: z.string(),
  status: z.enum(activityStatuses).describe('The status when the report was made'),
  owner: z.object({
    workingGroup: z.string().nullable().describe('The working group carrying it'),
    unit: z.string().nullable().describe('The organisation unit answering for it'),
    responsible: z.string().nullable().describe('The responsible leader'),
  }),
  periodFrom: calendarDate.nullable(),
  periodTo: calendarDate.nullable(),
  indicatorKeys: z.array(z.string()).describe('The indicators that show its effect'),
  notes: z.array(z.object({ notedOn: calendarDate, body: z.string(), statusTo: z.enum(activityStatuses).nullable().describe('The status the note set, if it changed it') })).describe("The year's progress notes, oldest first"),
});

export const focusAreaContent = z.object({
  id: idSchema,
  number: z.int(),
  track: z.string().nullable().describe('The track it belongs to, if the plan has tracks'),
  name: z.string(),
  goal: z.string(),
  selected: z.boolean().describe('Whether the committee selected it for the year'),
  selection: z.object({ decidedOn: calendarDate, body: z.string(), agendaReference: z.string() }).nullable().describe("The committee's decision that selected it, if one did"),
  workingGroup: z.string().nullable().describe('The working group carrying it in the year'),
  rollUp: statusRollUpSchema,
  indicatorKeys: z.array(z.string()).describe('The indicators its activities quote, in order, once each'),
  activities: z.array(activitySchema),
});

export const statusReportContent = z.object({
  strategy: z.object({ id: idSchema, key: z.string(), kind: z.enum(['policy', 'plan', 'strategy']), name: z.string(), periodFrom: calendarDate.nullable(), periodTo: calendarDate.nullable() }),
  year: z.int(),
  computedAt: z.iso.datetime().describe('When the figures were computed'),
  rollUp: statusRollUpSchema.describe('The whole strategy'),
  tracks: z.array(z.object({ name: z.string().nullable(), focusAreas: z.array(focusAreaContent) })).describe('The focus areas by track, in the order of the plan'),
  keyFigures: z.array(keyFigureSchema).describe("Each indicator the activities quote: the year's series by month (an unknown indicator is left out)"),
  targetGroups: targetGroupFigures.nullable().describe('For the plan and strategy for socially vulnerable adults: the target-group overview for the year and the four before'),
  notesInYear: z.int().describe('Progress notes dated in the year'),
  noData: z.boolean().describe('True when the year has no progress notes and no figures'),
  noDataText: z.string().nullable().describe('Said plainly (in Danish) when noData'),
});
export type StatusReportContent = z.infer<typeof statusReportContent>;
export type FocusAreaContent = z.infer<typeof focusAreaContent>;
export type KeyFigure = z.infer<typeof keyFigureSchema>;

export const statusReport = z.object({
  id: idSchema,
  strategy: z.object({ id: idSchema, name: z.string() }),
  year: z.int(),
  version: z.int().describe('The number of this version within the strategy and year, from 1'),
  revision: z.int().describe('The edit revision; send it back with a change to the summary'),
  state: statusReportState,
  title: z.string(),
  summary: z.string().describe("The leader's summary (plain text; blank lines separate paragraphs)"),
  createdAt: z.iso.datetime(),
  createdBy: z.string().nullable().describe('Who made the draft'),
  publishedAt: z.iso.datetime().nullable(),
  publishedBy: z.string().nullable().describe('Who published it'),
  content: statusReportContent,
  pdfUrl: z.string().describe('The report as PDF'),
  htmlUrl: z.string().describe('The report as a printable page'),
});
export type StatusReport = z.infer<typeof statusReport>;

export const statusReportListItem = statusReport.omit({ content: true }).extend({ noData: z.boolean() });
export const statusReportList = z.object({
  items: z.array(statusReportListItem).describe('Newest year first, then by strategy, then newest version first'),
  strategies: z.array(z.object({ id: idSchema, name: z.string(), kind: z.enum(['policy', 'plan', 'strategy']) })).describe('The plans and strategies one can make a report on (for status-report.manage; empty for readers)'),
  currentYear: z.int().describe('The current year in Denmark (the newest year one can report on)'),
});
export type StatusReportList = z.infer<typeof statusReportList>;
export type StatusReportListItem = z.infer<typeof statusReportListItem>;

export const strategyParams = z.strictObject({ id: idSchema.describe('The strategy') });
export const reportParams = z.strictObject({ id: idSchema.describe('The status report') });

export const createStatusReportBody = z.strictObject({
  year: z.int().min(2000).max(2100).describe('The year the report is about (not after the current year)'),
});
export const updateStatusReportBody = z.strictObject({
  summary: z.string().max(20000).describe("The leader's summary"),
  revision: z.int().min(1).describe('The revision the edit started from; a stale one gives 409'),
});
export type UpdateStatusReportBody = z.infer<typeof updateStatusReportBody>;
export const publishStatusReportBody = z.strictObject({
  revision: z.int().min(1).describe('The revision the leader read before publishing; a stale one gives 409'),
});
export const refreshStatusReportBody = z.strictObject({
  revision: z.int().min(1).describe('The revision the leader read before updating the figures; a stale one gives 409'),
});
