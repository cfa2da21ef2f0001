import type { z } from 'zod';
import type { followUps } from '../../contracts/reception.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { followUpState } from '../../domain/reception-visit.js';
import type { Ctx } from '../../platform/context.js';
import { auditListedVisits } from './list-queue.js';
import { presentVisit } from './present-visit.js';
import { authorizeOwnCentre } from './reception-access.js';
import { dueFollowUpsOf } from './reception-repository.js';

/** The follow-ups of the worker's centre that are due today or overdue: how did it go after the help two weeks ago? */
export async function listFollowUps(ctx: Ctx): Promise<z.infer<typeof followUps>> {
  const { centreId, centreName } = await authorizeOwnCentre(ctx, 'follow-ups');
  const today = copenhagenToday(ctx.now);
  const rows = await dueFollowUpsOf(ctx.trx, ctx.tenantId, centreId, today);
  await auditListedVisits(ctx, rows, 'follow-ups');
  return {
    centre: { id: centreId, name: centreName },
    today,
    items: rows.map((row) => ({ ...presentVisit(row, ctx.now), overdue: followUpState(row.follow_up_due_on!, today) === 'overdue' })),
  };
}
