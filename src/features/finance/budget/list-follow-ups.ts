import type { FollowUpList } from '../../../contracts/finance-budget.js';
import { copenhagenToday } from '../../../domain/copenhagen-time.js';
import type { Ctx } from '../../../platform/context.js';
import { authorizeBudget } from './budget-access.js';
import { centreFigures, totalsOf } from './centre-figures.js';
import { loadFollowUps } from './present-follow-ups.js';

/**
 * The saved follow-ups of a year, replaced ones too, and for the current year the live figures as of today: what a
 * follow-up taken now would save.
 */
export async function listYearFollowUps(ctx: Ctx, year: number): Promise<FollowUpList> {
  await authorizeBudget(ctx, 'finance.read', { type: 'budget-follow-up', id: String(year) });
  const followUps = await loadFollowUps(ctx.trx, ctx.tenantId, year);
  const today = copenhagenToday(ctx.now);
  let live: FollowUpList['live'] = null;
  if (Number(today.slice(0, 4)) === year) {
    const lines = await centreFigures(ctx.trx, ctx.tenantId, year, today);
    live = { asOf: today, lines, totals: totalsOf(lines) };
  }
  return { year, followUps, live };
}
