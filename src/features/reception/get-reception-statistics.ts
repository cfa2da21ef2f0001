import type { z } from 'zod';
import type { Statistics, statisticsQuery } from '../../contracts/reception.js';
import { copenhagenToday, endOfCopenhagenDay, startOfCopenhagenDay } from '../../domain/copenhagen-time.js';
import { isoWeekMonday, isoWeeksBetween } from '../../domain/iso-week.js';
import { receptionNeeds } from '../../domain/reception-visit.js';
import { weeklyCountsByCentre } from '../../domain/reception-weekly-counts.js';
import { defaultSuppressBelow, suppressSmallCount } from '../../domain/small-counts.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { receptionFieldError } from './reception-messages.js';
import { listReceptionCentres, needsPerDay, unitNames, visitsPerDay } from './reception-repository.js';

const DAY_MS = 86_400_000;
const defaultWeeks = 8;
const longestPeriodDays = 366;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * Weekly counts per reception centre and need, for leaders and offer owners: aggregates only, never a person, and a
 * count from 1 to 4 is shown as "<5" so nobody can be recognised. The default period is the last eight ISO weeks.
 */
export async function getReceptionStatistics(ctx: Ctx, query: z.infer<typeof statisticsQuery>): Promise<Statistics> {
  const today = copenhagenToday(ctx.now);
  const to = query.to ?? today;
  const from = query.from ?? isoWeekMonday(new Date(Date.parse(`${to}T00:00:00Z`) - (defaultWeeks - 1) * 7 * DAY_MS).toISOString().slice(0, 10));
  await authorize(ctx, { action: 'reception.statistics', resourceType: 'reception-statistics', purpose: 'steering', details: { from, to } });
  if (from > to || daysBetween(from, to) > longestPeriodDays) throw receptionFieldError(ctx.language, 'from', 'statistics.period');

  const start = startOfCopenhagenDay(from);
  const end = endOfCopenhagenDay(to);
  const visits = await visitsPerDay(ctx.trx, ctx.tenantId, start, end);
  const needs = await needsPerDay(ctx.trx, ctx.tenantId, start, end);
  const flagged = await listReceptionCentres(ctx.trx, ctx.tenantId);
  const centres = new Map(flagged.map((c) => [c.unit_id, c.name]));
  const unflagged = [...new Set(visits.map((v) => v.centre_unit_id))].filter((id) => !centres.has(id));
  for (const unit of await unitNames(ctx.trx, ctx.tenantId, unflagged)) centres.set(unit.unit_id, unit.name);

  const weeks = isoWeeksBetween(from, to);
  const counts = weeklyCountsByCentre(
    [...centres.keys()],
    weeks.map((w) => w.week),
    receptionNeeds,
    visits.map((v) => ({ centreId: v.centre_unit_id, day: v.day, count: v.count })),
    needs.map((n) => ({ centreId: n.centre_unit_id, day: n.day, need: n.need, count: n.count })),
  );
  const shown = (count: number) => suppressSmallCount(count, defaultSuppressBelow);
  return {
    from,
    to,
    suppressedBelow: defaultSuppressBelow,
    needs: [...receptionNeeds],
    weeks,
    centres: [...centres.entries()]
      .sort(([, a], [, b]) => a.localeCompare(b, 'da'))
      .map(([id, name]) => {
        const rows = counts.get(id) ?? [];
        return {
          id,
          name,
          total: shown(rows.reduce((sum, row) => sum + row.visits, 0)),
          weeks: rows.map((row) => ({ week: row.week, visits: shown(row.visits), needs: Object.fromEntries(Object.entries(row.needs).map(([need, count]) => [need, shown(count)])) })),
        };
      }),
  };
}
