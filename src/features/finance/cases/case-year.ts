import { copenhagenToday } from '../../../domain/copenhagen-time.js';
import type { Ctx } from '../../../platform/context.js';

/** Today in Denmark and its year: the default year of the reports, and the year still running. */
export function reportDay(ctx: Pick<Ctx, 'now'>): { today: string; currentYear: number } {
  const today = copenhagenToday(ctx.now);
  return { today, currentYear: Number(today.slice(0, 4)) };
}
