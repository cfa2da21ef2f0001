import type { StatusReport, UpdateStatusReportBody } from '../../contracts/status-reports.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { STATUS_REPORT_PURPOSE } from './status-report-access.js';
import { statusReportError } from './status-report-messages.js';
import { loadReport, presentReport } from './status-report-repository.js';

/** The leader's summary of a draft; a published report is frozen (409), and an edit from a stale revision is too. */
export async function updateStatusReport(ctx: Ctx, reportId: string, body: UpdateStatusReportBody): Promise<StatusReport> {
  await authorize(ctx, { action: 'status-report.manage', resourceType: 'status-report', resourceId: reportId, purpose: STATUS_REPORT_PURPOSE, details: { step: 'edit-summary' } });
  const row = await ctx.trx.selectFrom('status_report').select(['state', 'revision']).where('tenant_id', '=', ctx.tenantId).where('report_id', '=', reportId).forUpdate().executeTakeFirst();
  if (!row) throw notFound();
  if (row.state !== 'draft') throw statusReportError('conflict', ctx.language, 'state', 'state.not_draft');
  if (row.revision !== body.revision) throw statusReportError('conflict', ctx.language, 'revision', 'revision.stale');
  await ctx.trx
    .updateTable('status_report')
    .set({ summary: body.summary.trim(), revision: row.revision + 1, updated_at: ctx.now })
    .where('tenant_id', '=', ctx.tenantId)
    .where('report_id', '=', reportId)
    .execute();
  return presentReport((await loadReport(ctx.trx, ctx.tenantId, reportId))!);
}
