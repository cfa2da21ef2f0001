import type { StatusReportList } from '../../contracts/status-reports.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { rolesAllow } from '../../domain/roles.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { STATUS_REPORT_PURPOSE } from './status-report-access.js';
import { listReports, presentListItem } from './status-report-repository.js';

/**
 * The archive: every published and superseded report, and — for those who make reports — the drafts and the plans and
 * strategies one can report on. Audited once as a role-only read.
 */
export async function listStatusReports(ctx: Ctx): Promise<StatusReportList> {
  const manager = rolesAllow(ctx.actor.roles, 'status-report.manage');
  await authorize(ctx, { action: 'status-report.read', resourceType: 'status-report', purpose: STATUS_REPORT_PURPOSE, details: { withDrafts: manager } });
  const rows = await listReports(ctx.trx, ctx.tenantId, manager);
  const strategies = manager
    ? await ctx.trx.selectFrom('strategy').select(['strategy_id', 'name', 'kind']).where('tenant_id', '=', ctx.tenantId).where('kind', '!=', 'policy').orderBy('position').orderBy('name').execute()
    : [];
  return {
    items: rows.map(presentListItem),
    strategies: strategies.map((s) => ({ id: s.strategy_id, name: s.name, kind: s.kind })),
    currentYear: Number(copenhagenToday(ctx.now).slice(0, 4)),
  };
}
