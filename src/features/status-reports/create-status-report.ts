import type { StatusReport } from '../../contracts/status-reports.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { buildStatusReportContent } from './build-status-report-content.js';
import { STATUS_REPORT_PURPOSE } from './status-report-access.js';
import { statusReportError } from './status-report-messages.js';
import { loadReport, presentReport } from './status-report-repository.js';
import { insertStatusReport } from './insert-status-report.js';

/**
 * A new draft of a strategy's status for a year (status-report.manage, the leader): the next version number for the
 * strategy and year, the figures computed now and kept in the draft. Only one draft at a time per strategy and year,
 * and never for a year that has not begun.
 */
export async function createStatusReport(ctx: Ctx, strategyId: string, year: number): Promise<StatusReport> {
  await authorize(ctx, { action: 'status-report.manage', resourceType: 'strategy', resourceId: strategyId, purpose: STATUS_REPORT_PURPOSE, details: { year, step: 'create-draft' } });
  // Locked, so two leaders making a draft at once get versions one after the other (or the one-draft rule).
  const strategy = await ctx.trx
    .selectFrom('strategy')
    .select(['strategy_id', 'key', 'kind', 'name', 'period_from', 'period_to'])
    .where('tenant_id', '=', ctx.tenantId)
    .where('strategy_id', '=', strategyId)
    .forUpdate()
    .executeTakeFirst();
  if (!strategy) throw notFound();
  const currentYear = Number(copenhagenToday(ctx.now).slice(0, 4));
  if (year > currentYear) throw statusReportError('validation_failed', ctx.language, 'year', 'year.future', { current: currentYear });
  const draft = await ctx.trx.selectFrom('status_report').select('version').where('tenant_id', '=', ctx.tenantId).where('strategy_id', '=', strategyId).where('year', '=', year).where('state', '=', 'draft').executeTakeFirst();
  if (draft) throw statusReportError('conflict', ctx.language, 'year', 'year.draft_exists', { year, version: draft.version });

  const content = await buildStatusReportContent(ctx.trx, ctx.tenantId, strategy, year, ctx.now);
  const reportId = newId();
  await insertStatusReport(ctx.trx, { tenantId: ctx.tenantId, reportId, strategy, year, content, createdBy: ctx.actor.userId, now: ctx.now });
  return presentReport((await loadReport(ctx.trx, ctx.tenantId, reportId))!);
}
