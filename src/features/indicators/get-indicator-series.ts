import type { IndicatorDetail, IndicatorSeriesQuery } from '../../contracts/indicators.js';
import { describeDefinition, measureOf } from '../../domain/indicator-definition.js';
import { normaliseRange, rangeProblem } from '../../domain/indicator-evaluation.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { rolesAllow } from '../../domain/roles.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { groupLabel } from './indicator-labels.js';
import { indicatorFieldError } from './indicator-messages.js';
import { findIndicatorRow, orgUnits } from './indicator-repository.js';
import { evaluateStoredIndicator, loadedIndicator, unitScopeOf } from './indicator-series.js';
import { STEERING_PURPOSE } from './list-indicators.js';

/**
 * One indicator's series by period (and unit), with the groups of its breakdown and the definition in plain words.
 * Aggregates only, small counts suppressed: a role-only access (statistics.read), audited once per request.
 */
export async function getIndicatorSeries(ctx: Ctx, key: string, query: IndicatorSeriesQuery): Promise<IndicatorDetail> {
  const to = query.to ?? copenhagenToday(ctx.now).slice(0, 7);
  const from = query.from ?? `${Number(to.slice(0, 4)) - 4}-01`;
  await authorize(ctx, { action: 'statistics.read', resourceType: 'indicator', resourceId: key, purpose: STEERING_PURPOSE, details: { from, to, period: query.period ?? null, unit: query.unit ?? null } });
  const problem = rangeProblem(from, to);
  if (problem) throw indicatorFieldError(ctx.language, problem);
  const row = await findIndicatorRow(ctx.trx, ctx.tenantId, key);
  if (!row) throw notFound();
  const indicator = loadedIndicator(row);

  const units = await orgUnits(ctx.trx, ctx.tenantId);
  const unit = query.unit === undefined ? null : units.find((u) => u.unit_id === query.unit);
  if (unit === undefined) throw indicatorFieldError(ctx.language, 'unit.unknown');
  const unitIds = await unitScopeOf(ctx.trx, ctx.tenantId, unit?.unit_id ?? null);
  const range = normaliseRange(from, to, query.period ?? indicator.definition.period.default);
  const evaluated = await evaluateStoredIndicator(ctx.trx, ctx.tenantId, indicator, range, unitIds ?? null);
  const unitNames = new Map(units.map((u) => [u.unit_id, u.name]));

  return {
    key: indicator.key,
    name: indicator.name,
    description: indicator.description,
    version: indicator.version,
    active: indicator.active,
    measure: measureOf(indicator.definition),
    period: range.period,
    definition: indicator.definition as unknown as Record<string, unknown>,
    explanation: describeDefinition(indicator.definition, ctx.language),
    from: range.from,
    to: range.to,
    unit: unit === null ? null : { id: unit.unit_id, name: unit.name },
    units: units.filter((u) => u.active).map((u) => ({ id: u.unit_id, name: u.name })),
    points: evaluated.points,
    groups: evaluated.groups.map((g) => ({ key: g.key, label: groupLabel(indicator.definition.breakdown, g.key, unitNames, ctx.language), points: g.points })),
    empty: evaluated.empty,
    mayDrillDown: rolesAllow(ctx.actor.roles, 'statistics.drill-down'),
    mayManage: rolesAllow(ctx.actor.roles, 'indicator.manage'),
  };
}
