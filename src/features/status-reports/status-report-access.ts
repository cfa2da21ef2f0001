import { rolesAllow } from '../../domain/roles.js';
import { AccessDenied, authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { loadReport } from './status-report-repository.js';

/** Why status reports are read and made: the annual status to the committee and the councils. */
export const STATUS_REPORT_PURPOSE = 'strategy-status-report';

/**
 * One report for a reader, audited. A published or superseded report is for every reader of status reports; a draft
 * exists only for those who make them (status-report.manage): anyone else gets 404, as if it did not exist, and the
 * denial is on record. Another municipality's report is not found at all (row-level security).
 */
export async function readableReport(ctx: Ctx, reportId: string, how: 'json' | 'pdf' | 'print') {
  const row = await loadReport(ctx.trx, ctx.tenantId, reportId);
  if (!row) throw notFound();
  const details = { strategyId: row.strategy_id, year: row.year, version: row.version, state: row.state, as: how };
  if (row.state === 'draft' && !rolesAllow(ctx.actor.roles, 'status-report.manage')) {
    throw new AccessDenied('hide', { action: 'status-report.manage', resourceType: 'status-report', resourceId: reportId, citizenId: null, purpose: STATUS_REPORT_PURPOSE, outcome: 'denied', bySubject: false, details: { ...details, reason: 'draft-hidden' } });
  }
  await authorize(ctx, { action: row.state === 'draft' ? 'status-report.manage' : 'status-report.read', resourceType: 'status-report', resourceId: reportId, purpose: STATUS_REPORT_PURPOSE, details });
  return row;
}
