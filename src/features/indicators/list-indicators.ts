import type { IndicatorList } from '../../contracts/indicators.js';
import { measureOf } from '../../domain/indicator-definition.js';
import { addMonths, normaliseRange } from '../../domain/indicator-evaluation.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { rolesAllow } from '../../domain/roles.js';
import type { SeriesPoint } from '../../domain/steering-figures.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { listIndicatorRows } from './indicator-repository.js';
import { evaluateStoredIndicator, loadedIndicator } from './indicator-series.js';

/** Why the figures are read: steering — leaders, politicians and the councils follow the municipality's results. */
export const STEERING_PURPOSE = 'steering-indicators';

/** The latest point that says something: a figure other than a bare zero, or a suppressed one (which says "few"). */
function latestOf(points: readonly SeriesPoint[]): SeriesPoint | null {
  for (let i = points.length - 1; i >= 0; i -= 1) {
    const p = points[i]!;
    if (p.suppressed || (p.value !== null && p.value !== 0)) return p;
  }
  return null;
}

/**
 * The municipality's indicators with the latest figure of each over the last twelve months (whole municipality, in the
 * indicator's own period). Aggregates only: a role-only access, audited once.
 */
export async function listIndicators(ctx: Ctx): Promise<IndicatorList> {
  await authorize(ctx, { action: 'statistics.read', resourceType: 'indicator', purpose: STEERING_PURPOSE, details: { list: true } });
  const rows = await listIndicatorRows(ctx.trx, ctx.tenantId);
  const to = copenhagenToday(ctx.now).slice(0, 7);
  const indicators: IndicatorList['indicators'] = [];
  for (const row of rows) {
    const indicator = loadedIndicator(row);
    const range = normaliseRange(addMonths(to, -11), to, indicator.definition.period.default);
    const latest = indicator.active ? latestOf((await evaluateStoredIndicator(ctx.trx, ctx.tenantId, indicator, range, null)).points) : null;
    indicators.push({
      key: indicator.key,
      name: indicator.name,
      description: indicator.description,
      version: indicator.version,
      active: indicator.active,
      measure: measureOf(indicator.definition),
      period: indicator.definition.period.default,
      latest,
    });
  }
  return { indicators, mayManage: rolesAllow(ctx.actor.roles, 'indicator.manage') };
}
