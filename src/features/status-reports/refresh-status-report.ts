import type { StatusReport } from '../../contracts/status-reports.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { buildStatusReportContent } from './build-status-report-content.js';
import { STATUS_REPORT_PURPOSE } from './status-report-access.js';
import { statusReportError } from './status-report-messages.js';
import { loadReport, presentReport } from './status-report-repository.js';

/**
 * Computes a draft's figures again from the live rows, as making it did, so a draft made early in the year can be
 * brought up to date before it is published. The leader's summary stays; the revision counts the change, so a leader
 * who read the old figures and then publishes or saves from that revision is stopped (409) rather than publishing
 * figures they have not seen. A published or superseded report keeps its figures: they are what was reported.
 */
export async function refreshStatusReport(ctx: Ctx, reportId: string, revision: number): Promise<StatusReport> {
  await authorize(ctx, { action: 'status-report.manage', resourceType: 'status-report', resourceId: reportId, purpose: STATUS_REPORT_PURPOSE, details: { step: 'refresh-figures' } });
  // Locked, so a refresh, an edit of the summary and publishing of the same draft happen one after the other.
  const row = await ctx.trx.selectFrom('status_report').select(['state', 'revision', 'strategy_id', 'year']).where('tenant_id', '=', ctx.tenantId).where('report_id', '=', reportId).forUpdate().executeTakeFirst();
  if (!row) throw notFound();
  if (row.state !== 'draft') throw statusReportError('conflict', ctx.language, 'state', 'state.not_draft');
  if (row.revision !== revision) throw statusReportError('conflict', ctx.language, 'revision', 'revision.stale');
  const strategy = await ctx.trx
    .selectFrom('strategy')
    .select(['strategy_id', 'key', 'kind', 'name', 'period_from', 'period_to'])
    .where('tenant_id', '=', ctx.tenantId)
    .where('strategy_id', '=', row.strategy_id)
    .executeTakeFirstOrThrow();

  const content = await buildStatusReportContent(ctx.trx, ctx.tenantId, strategy, row.year, ctx.now);
  await ctx.trx
    .updateTable('status_report')
    .set({ content: JSON.stringify(content), revision: row.revision + 1, updated_at: ctx.now })
    .where('tenant_id', '=', ctx.tenantId)
    .where('report_id', '=', reportId)
    .execute();
  return presentReport((await loadReport(ctx.trx, ctx.tenantId, reportId))!);
}
