import type { TargetGroupOverviewResponse, TargetGroupQuery } from '../../contracts/target-groups.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { yearFieldError, yearPeriodProblem } from './target-group-messages.js';
import { readTargetGroupOverview } from './target-group-overview.js';

/** Why the figures are read: the leaders' and politicians' steering of the area (issue 7). */
export const STEERING_PURPOSE = 'steering-figures';

/** Five years by default: the plans are followed over their whole period. */
const defaultYears = 5;

/**
 * The target-group overview for a period of years: aggregates only (statistics.read: leaders, politicians, the
 * councils, finance), no citizen named and counts of 1–4 hidden, so it is a role-only access, audited once. A bad
 * period is a translated 400 — after the access check, so a reader without the permission learns nothing.
 */
export async function getTargetGroupOverview(ctx: Ctx, query: TargetGroupQuery): Promise<TargetGroupOverviewResponse> {
  const today = copenhagenToday(ctx.now);
  const to = query.to ?? today.slice(0, 4);
  const from = query.from ?? (/^\d{4}$/.test(to) ? String(Number(to) - (defaultYears - 1)) : to);
  await authorize(ctx, { action: 'statistics.read', resourceType: 'target-group-overview', purpose: STEERING_PURPOSE, details: { from, to, format: query.format ?? 'json' } });
  // With no first year given, a wrong last year is the one to name.
  const problem = query.from === undefined && !/^\d{4}$/.test(to) ? 'to-format' : yearPeriodProblem(from, to);
  if (problem) throw yearFieldError(ctx.language, problem);
  const overview = await readTargetGroupOverview(ctx.trx, ctx.tenantId, Number(from), Number(to));
  return {
    fromYear: overview.fromYear,
    toYear: overview.toYear,
    asOf: today,
    empty: overview.empty,
    rows: overview.rows.map((r) => ({ key: r.key, label: ctx.language === 'en' ? r.labelEn : r.label, legalBasis: r.legalBasis, offerType: r.offerType, years: r.years })),
    totals: overview.totals,
  };
}
