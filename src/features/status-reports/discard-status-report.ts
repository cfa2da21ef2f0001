import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { STATUS_REPORT_PURPOSE } from './status-report-access.js';
import { statusReportError } from './status-report-messages.js';

/**
 * Deletes a draft made too early or for the wrong year, so the leader can make the right one (there is only one draft
 * per strategy and year). Only a draft: a published or superseded report is part of the archive and stays. The next
 * draft takes the highest version left + 1 (insert-status-report.ts), so the discarded draft's number is simply free
 * again and the archive has no gap.
 */
export async function discardStatusReport(ctx: Ctx, reportId: string): Promise<void> {
  await authorize(ctx, { action: 'status-report.manage', resourceType: 'status-report', resourceId: reportId, purpose: STATUS_REPORT_PURPOSE, details: { step: 'discard-draft' } });
  // Locked, so a draft being published at the same moment is either published first (then 409 here) or gone.
  const row = await ctx.trx.selectFrom('status_report').select('state').where('tenant_id', '=', ctx.tenantId).where('report_id', '=', reportId).forUpdate().executeTakeFirst();
  if (!row) throw notFound();
  if (row.state !== 'draft') throw statusReportError('conflict', ctx.language, 'state', 'state.not_draft');
  await ctx.trx.deleteFrom('status_report').where('tenant_id', '=', ctx.tenantId).where('report_id', '=', reportId).execute();
}
