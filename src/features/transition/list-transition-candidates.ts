import type { z } from 'zod';
import type { transitionCandidates } from '../../contracts/transition.js';
import { eighteenthBirthday, turnsEighteenWithinAYear } from '../../domain/age.js';
import { authorize } from '../../platform/access/authorize.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Ctx } from '../../platform/context.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';

const shiftYears = (date: string, years: number) => `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;

/**
 * Case officers: the young people who turn 18 within 12 months and have no transition plan yet, across the
 * municipality, so no one reaches adult services unprepared. Each listed citizen's access log shows it.
 */
export async function listTransitionCandidates(ctx: Ctx): Promise<z.infer<typeof transitionCandidates>> {
  await authorize(ctx, { action: 'transition.list', resourceType: 'transition-candidates', purpose: 'transition' });
  const today = copenhagenToday(ctx.now);
  // A generous window in SQL (by birth date), the exact rule (29 February included) in the domain function.
  const rows = await ctx.trx
    .selectFrom('citizen as c')
    .select(['c.citizen_id', 'c.first_name', 'c.last_name', 'c.birth_date'])
    .where('c.tenant_id', '=', ctx.tenantId)
    .where('c.birth_date', '>', shiftYears(today, -19))
    .where('c.birth_date', '<=', shiftYears(today, -16))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('transition_plan as p').select('p.citizen_id').whereRef('p.tenant_id', '=', 'c.tenant_id').whereRef('p.citizen_id', '=', 'c.citizen_id'))))
    .orderBy('c.birth_date')
    .execute();
  const due = rows.filter((r) => turnsEighteenWithinAYear(r.birth_date, today));
  for (const row of due) {
    await recordAudit(ctx, { action: 'transition.list', resourceType: 'citizen', resourceId: row.citizen_id, citizenId: row.citizen_id, purpose: 'transition', outcome: 'allowed', details: { listed: true } });
  }
  return { items: due.map((r) => ({ citizenId: r.citizen_id, firstName: r.first_name, lastName: r.last_name, birthDate: r.birth_date, turns18On: eighteenthBirthday(r.birth_date) })) };
}
