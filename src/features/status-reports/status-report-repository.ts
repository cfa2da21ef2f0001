import { sql, type Kysely } from 'kysely';
import { statusReportContent, type StatusReport, type StatusReportContent, type StatusReportListItem } from '../../contracts/status-reports.js';
import type { Database } from '../../platform/db/schema.js';

/** The row of a report with its strategy's name and the names of who made and published it. */
function reportRows(db: Kysely<Database>, tenantId: string) {
  return db
    .selectFrom('status_report as r')
    .innerJoin('strategy as s', (join) => join.onRef('s.tenant_id', '=', 'r.tenant_id').onRef('s.strategy_id', '=', 'r.strategy_id'))
    .leftJoin('app_user as c', (join) => join.onRef('c.tenant_id', '=', 'r.tenant_id').onRef('c.user_id', '=', 'r.created_by'))
    .leftJoin('app_user as p', (join) => join.onRef('p.tenant_id', '=', 'r.tenant_id').onRef('p.user_id', '=', 'r.published_by'))
    .where('r.tenant_id', '=', tenantId);
}

const summaryColumns = [
  'r.report_id',
  'r.strategy_id',
  's.name as strategy_name',
  'r.year',
  'r.version',
  'r.revision',
  'r.state',
  'r.title',
  'r.summary',
  'r.created_at',
  'c.display_name as created_by_name',
  'r.published_at',
  'p.display_name as published_by_name',
] as const;

/** One report with its frozen content: the only query the PDF and the printable page make. */
export async function loadReport(db: Kysely<Database>, tenantId: string, reportId: string) {
  return reportRows(db, tenantId).select([...summaryColumns, 'r.content']).where('r.report_id', '=', reportId).executeTakeFirst();
}

/** Every report of the municipality, newest year first; drafts only when asked for. */
export async function listReports(db: Kysely<Database>, tenantId: string, withDrafts: boolean) {
  let query = reportRows(db, tenantId)
    .select([...summaryColumns, sql<string | null>`r.content->>'noData'`.as('no_data')])
    .orderBy('r.year', 'desc')
    .orderBy('s.position')
    .orderBy('s.name')
    .orderBy('r.version', 'desc');
  if (!withDrafts) query = query.where('r.state', '!=', 'draft');
  return query.execute();
}

const urls = (id: string) => ({ pdfUrl: `/api/v1/status-reports/${id}/pdf`, htmlUrl: `/api/v1/status-reports/${id}/print` });
const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

type SummaryRow = Omit<NonNullable<Awaited<ReturnType<typeof loadReport>>>, 'content'>;

function presentSummary(row: SummaryRow) {
  return {
    id: row.report_id,
    strategy: { id: row.strategy_id, name: row.strategy_name },
    year: row.year,
    version: row.version,
    revision: row.revision,
    state: row.state,
    title: row.title,
    summary: row.summary,
    createdAt: iso(row.created_at)!,
    createdBy: row.created_by_name,
    publishedAt: iso(row.published_at),
    publishedBy: row.published_by_name,
    ...urls(row.report_id),
  };
}

export function presentReport(row: NonNullable<Awaited<ReturnType<typeof loadReport>>>): StatusReport {
  return { ...presentSummary(row), content: contentOf(row.content) };
}

export function presentListItem(row: Awaited<ReturnType<typeof listReports>>[number]): StatusReportListItem {
  return { ...presentSummary(row), noData: row.no_data === 'true' };
}

/** The frozen content as stored (PGlite and pg both give parsed JSON; a string is parsed for safety). */
export function contentOf(value: unknown): StatusReportContent {
  return statusReportContent.parse(typeof value === 'string' ? JSON.parse(value) : value);
}
