import type { DrillDown } from '../../contracts/indicators.js';
import { rangeOfPeriod } from '../../domain/indicator-evaluation.js';
import { authorize } from '../../platform/access/authorize.js';
import { authorizeCitizen } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { indicatorFieldError } from './indicator-messages.js';
import { findIndicatorRow } from './indicator-repository.js';
import { loadedIndicator, unitScopeOf } from './indicator-series.js';
import { drillDownSql } from './indicator-sql.js';

/** Why a caseworker opens the citizens behind a figure: following up on their own citizens. */
export const DRILL_DOWN_PURPOSE = 'steering-indicator-drill-down';

/**
 * The citizens behind one period's point — only for roles that may see individuals (statistics.drill-down: the
 * caseworkers), and of those only citizens the caller is on the team of. A leader or a politician gets 403: they see
 * aggregates only. The request is audited, and every citizen listed passes the citizen gate, so each is audited too.
 */
export async function drillDownIndicator(ctx: Ctx, key: string, query: { period: string; unit?: string | undefined }): Promise<DrillDown> {
  await authorize(ctx, { action: 'statistics.drill-down', resourceType: 'indicator', resourceId: key, purpose: DRILL_DOWN_PURPOSE, details: { period: query.period, unit: query.unit ?? null } });
  const range = rangeOfPeriod(query.period);
  if (!range) throw indicatorFieldError(ctx.language, 'period.unknown');
  const row = await findIndicatorRow(ctx.trx, ctx.tenantId, key);
  if (!row) throw notFound();
  const indicator = loadedIndicator(row);
  const unitIds = await unitScopeOf(ctx.trx, ctx.tenantId, query.unit ?? null);
  if (unitIds === undefined) throw indicatorFieldError(ctx.language, 'unit.unknown');
  const rows = await drillDownSql(ctx.trx, indicator.definition, { tenantId: ctx.tenantId, range, unitIds }, ctx.actor.userId);
  const citizens: DrillDown['citizens'] = [];
  for (const r of rows) {
    await authorizeCitizen(ctx, { citizenId: r.citizen_id, action: 'statistics.drill-down', purpose: DRILL_DOWN_PURPOSE, resourceType: 'indicator', details: { indicator: key, period: range.periods[0] } });
    citizens.push({
      id: r.citizen_id,
      name: `${r.first_name} ${r.last_name}`,
      rows: r.rows,
      matching: indicator.definition.aggregation === 'share' ? r.matching : null,
      mean: indicator.definition.aggregation === 'mean' && r.rows > 0 ? Math.round((r.sum / r.rows) * 100) / 100 : null,
    });
  }
  return { key, period: range.periods[0]!, citizens };
}
