import type { StatusReport } from '../../contracts/status-reports.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { STATUS_REPORT_PURPOSE } from './status-report-access.js';
import { statusReportError } from './status-report-messages.js';
import { loadReport, presentReport } from './status-report-repository.js';

/**
 * Publishes a draft: the version before it for the same strategy and year becomes 'superseded', this one 'published'
 * with who and when. All in the request's one transaction (runAsUser), so a failure anywhere leaves the draft a draft
 * and the earlier version published — nothing half-published. The earlier one is superseded first because the
 * database allows one published version per strategy and year (migration 0017).
 */
export async function publishStatusReport(ctx: Ctx, reportId: string, revision: number): Promise<StatusReport> {
  await authorize(ctx, { action: 'status-report.manage', resourceType: 'status-report', resourceId: reportId, purpose: STATUS_REPORT_PURPOSE, details: { step: 'publish' } });
  const row = await ctx.trx.selectFrom('status_report').select(['state', 'revision', 'strategy_id', 'year']).where('tenant_id', '=', ctx.tenantId).where('report_id', '=', reportId).forUpdate().executeTakeFirst();
  if (!row) throw notFound();
  if (row.state !== 'draft') throw statusReportError('conflict', ctx.language, 'state', 'state.not_draft');
  if (row.revision !== revision) throw statusReportError('conflict', ctx.language, 'revision', 'revision.stale');
  await ctx.trx
    .updateTable('status_report')
    .set({ state: 'superseded', updated_at: ctx.now })
    .where('tenant_id', '=', ctx.tenantId)
    .where('strategy_id', '=', row.strategy_id)
    .where('year', '=', row.year)
    .where('state', '=', 'published')
    .execute();
  await ctx.trx
    .updateTable('status_report')
    .set({ state: 'published', published_by: ctx.actor.userId, published_at: ctx.now, updated_at: ctx.now })
    .where('tenant_id', '=', ctx.tenantId)
    .where('report_id', '=', reportId)
    .execute();
  return presentReport((await loadReport(ctx.trx, ctx.tenantId, reportId))!);
}
