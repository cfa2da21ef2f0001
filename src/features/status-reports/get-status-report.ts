import type { StatusReport } from '../../contracts/status-reports.js';
import type { Ctx } from '../../platform/context.js';
import { readableReport } from './status-report-access.js';
import { presentReport } from './status-report-repository.js';

/** One status report with its frozen content (a draft only for those who make reports). */
export async function getStatusReport(ctx: Ctx, reportId: string): Promise<StatusReport> {
  return presentReport(await readableReport(ctx, reportId, 'json'));
}
