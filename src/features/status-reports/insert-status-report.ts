import type { Kysely } from 'kysely';
import type { StatusReportContent } from '../../contracts/status-reports.js';
import type { Database } from '../../platform/db/schema.js';
import { nextVersion, reportTitle } from './status-report-rules.js';

/** Inserts a draft as the next version of the strategy's report for the year; returns the version. */
export async function insertStatusReport(
  db: Kysely<Database>,
  report: { tenantId: string; reportId: string; strategy: { strategy_id: string; name: string }; year: number; content: StatusReportContent; createdBy: string | null; now: Date; summary?: string },
): Promise<number> {
  const versions = await db.selectFrom('status_report').select('version').where('tenant_id', '=', report.tenantId).where('strategy_id', '=', report.strategy.strategy_id).where('year', '=', report.year).execute();
  const version = nextVersion(versions.map((v) => v.version));
  await db
    .insertInto('status_report')
    .values({
      tenant_id: report.tenantId,
      report_id: report.reportId,
      strategy_id: report.strategy.strategy_id,
      year: report.year,
      version,
      state: 'draft',
      title: reportTitle(report.strategy.name, report.year),
      summary: report.summary ?? '',
      content: JSON.stringify(report.content),
      created_by: report.createdBy,
      created_at: report.now,
      updated_at: report.now,
    })
    .execute();
  return version;
}
