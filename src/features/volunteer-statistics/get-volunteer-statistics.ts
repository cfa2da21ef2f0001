import type { VolunteerStatistics, VolunteerStatisticsQuery } from '../../contracts/volunteer-statistics.js';
import { copenhagenToday, startOfCopenhagenDay } from '../../domain/copenhagen-time.js';
import { isWithinUnit } from '../../domain/org-tree.js';
import { rolesAllow } from '../../domain/roles.js';
import { addMonths, emptyCounts, figuresOf, monthsOfPeriod, periodProblem, rollUpPeriod, type VolunteerCounts } from '../../domain/volunteer-statistics.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { statisticsFieldError } from './volunteer-statistics-messages.js';
import { accompanimentsByMonth, activeVolunteersByMonth, orgUnits, peerGuideMinutesByMonth, requestsByMonth, smileysByMonth, stoppedVolunteers, type PeriodScope } from './volunteer-statistics-repository.js';

const defaultMonths = 12;

/** Why the figures are read: the coordinator's and the leaders' continuous evaluation of volunteering. */
export const EVALUATION_PURPOSE = 'volunteer-evaluation';

/**
 * Volunteering in figures for a period of months (issue 6, "Evaluation for the coordinator"): requests, share matched,
 * time to match, cancellations and no-shows, satisfaction, active and stopped volunteers, volunteer and peer-guide
 * hours. Aggregates only — no citizen is named or counted alone, so it is a role-only access, audited once. The stop
 * reasons are the coordinator's own words about volunteers, so only a reader who manages volunteers gets them.
 */
export async function getVolunteerStatistics(ctx: Ctx, query: VolunteerStatisticsQuery): Promise<VolunteerStatistics> {
  const today = copenhagenToday(ctx.now);
  const to = query.to ?? today.slice(0, 7);
  const from = query.from ?? addMonths(to, -(defaultMonths - 1));
  await authorize(ctx, { action: 'volunteer.statistics', resourceType: 'volunteer-statistics', purpose: EVALUATION_PURPOSE, details: { from, to, unit: query.unit ?? null } });
  const problem = periodProblem(from, to);
  if (problem) throw statisticsFieldError(ctx.language, problem);

  const units = await orgUnits(ctx.trx, ctx.tenantId);
  const unit = query.unit === undefined ? null : units.find((u) => u.unit_id === query.unit);
  if (unit === undefined) throw statisticsFieldError(ctx.language, 'unit.unknown');
  const links = units.map((u) => ({ id: u.unit_id, parentId: u.parent_unit_id }));
  const unitIds = unit === null ? null : links.filter((u) => isWithinUnit(links, u.id, unit.unit_id)).map((u) => u.id);

  const firstDay = `${from}-01`;
  const dayAfter = `${addMonths(to, 1)}-01`;
  const scope: PeriodScope = { tenantId: ctx.tenantId, start: startOfCopenhagenDay(firstDay), end: startOfCopenhagenDay(dayAfter), unitIds };
  const requests = await requestsByMonth(ctx.trx, scope);
  const accompaniments = await accompanimentsByMonth(ctx.trx, scope);
  const smileys = await smileysByMonth(ctx.trx, scope);
  const active = await activeVolunteersByMonth(ctx.trx, ctx.tenantId, firstDay, `${to}-01`);
  const stopped = await stoppedVolunteers(ctx.trx, ctx.tenantId, firstDay, dayAfter);
  const peerGuides = await peerGuideMinutesByMonth(ctx.trx, scope);

  const months = monthsOfPeriod(from, to);
  const counts = new Map<string, VolunteerCounts>(months.map((m) => [m, { ...emptyCounts }]));
  // The whole-period rows (month null) and any month outside the period are left out here.
  const merge = (month: string | null, patch: Partial<VolunteerCounts>) => {
    const target = month === null ? undefined : counts.get(month);
    if (target) Object.assign(target, patch);
  };
  for (const row of requests) merge(row.month, { requests: row.requests, matched: row.matched, medianHoursToMatch: row.median_hours });
  for (const row of accompaniments) {
    merge(row.month, {
      done: row.done,
      cancelledByCitizen: row.cancelled_citizen,
      cancelledByVolunteer: row.cancelled_volunteer,
      cancelledByCoordinator: row.cancelled_coordinator,
      cancelledUnrecorded: row.cancelled_unrecorded,
      missed: row.missed,
      volunteerMinutes: row.volunteer_minutes,
    });
  }
  for (const row of smileys) merge(row.month, { [row.by_side === 'citizen' ? 'citizenSmileys' : 'volunteerSmileys']: { n: row.n, sum: row.sum, happy: row.happy } });
  for (const row of active) merge(row.month, { activeVolunteers: row.active });
  for (const row of peerGuides) merge(row.month, { peerGuideMinutes: row.minutes });
  for (const row of stopped) merge(row.month, { stoppedVolunteers: (counts.get(row.month)?.stoppedVolunteers ?? 0) + 1 });

  const mayReadReasons = rolesAllow(ctx.actor.roles, 'volunteer.manage');
  const whole = {
    medianHoursToMatch: requests.find((r) => r.month === null)?.median_hours ?? null,
    activeVolunteers: active.find((r) => r.month === null)?.active ?? 0,
  };
  return {
    from,
    to,
    asOf: today,
    unit: unit === null ? null : { id: unit.unit_id, name: unit.name },
    units: units.filter((u) => u.active).map((u) => ({ id: u.unit_id, name: u.name })),
    months: months.map((month) => ({
      month,
      ...figuresOf(counts.get(month)!),
      stopReasons: mayReadReasons ? stopped.filter((s) => s.month === month && s.reason !== null && s.reason.trim() !== '').map((s) => s.reason!.trim()) : null,
    })),
    total: figuresOf(rollUpPeriod([...counts.values()], whole)),
  };
}
