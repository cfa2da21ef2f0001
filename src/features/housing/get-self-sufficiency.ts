import type { z } from 'zod';
import type { SelfSufficiency, selfSufficiencyQuery } from '../../contracts/housing.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { referenceDays, yearRangeProblem } from '../../domain/housing-plan.js';
import { SELF_SUFFICIENCY_TARGET_PERCENT } from '../../domain/self-sufficiency.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { countPlacements } from './count-placements.js';
import { housingFieldError } from './housing-messages.js';
import { HOUSING_PURPOSE } from './housing-purpose.js';

const defaultYears = 5;

/**
 * The municipality's citizens in residential placements, inside and outside its borders, and the self-sufficiency
 * rate (placements in own offers ÷ all placements) for each year, counted on 31 December or today for the current
 * year, against Housing plan II's target. Aggregates only.
 */
export async function getSelfSufficiency(ctx: Ctx, query: z.infer<typeof selfSufficiencyQuery>): Promise<SelfSufficiency> {
  const today = copenhagenToday(ctx.now);
  const currentYear = Number(today.slice(0, 4));
  const to = query.to ?? currentYear;
  const from = query.from ?? to - (defaultYears - 1);
  await authorize(ctx, { action: 'housing.read', resourceType: 'self-sufficiency', purpose: HOUSING_PURPOSE, details: { from, to } });
  const problem = yearRangeProblem(from, to, currentYear);
  if (problem === 'backwards') throw housingFieldError(ctx.language, 'from', 'range.backwards');
  if (problem === 'too-long') throw housingFieldError(ctx.language, 'from', 'range.too_long');
  if (problem === 'future') throw housingFieldError(ctx.language, 'to', 'range.future');

  const days = referenceDays(from, to, today);
  const counts = new Map((await countPlacements(ctx.trx, ctx.tenantId, days.map((d) => d.day))).map((c) => [c.day, c]));
  return {
    from,
    to,
    today,
    targetPercent: SELF_SUFFICIENCY_TARGET_PERCENT,
    years: days.map(({ year, day, current }) => {
      const c = counts.get(day)!;
      return { year, referenceDay: day, current, placements: c.placements, inside: c.inside, outside: c.outside, own: c.own, permille: c.permille };
    }),
  };
}
