import { citizenActionMix, readCitizen, staffActionMix, type ActionContext, type AuditActor } from './audit-actions.js';
import { ACCESS_LOG_CITIZEN_ENTRIES } from './build-municipality.js';
import type { Row, TableShape } from './bulk-rows.js';
import { deterministicUuidV7 } from './deterministic-id.js';
import type { MunicipalityModel } from './municipality-model.js';
import type { Prng } from './prng.js';
import { periodDays } from './synthetic-period.js';
import { apportion, weightedChoice } from './weighted-choice.js';
import { citizenDayWeight, citizenMoment, staffDayWeight, staffMoment } from './working-hours.js';

export const auditEventShape: TableShape = {
  table: 'audit_event',
  columns: ['tenant_id', 'occurred_at', 'actor_user_id', 'actor_role', 'actor_unit_id', 'action', 'resource_type', 'resource_id', 'citizen_id', 'purpose', 'outcome', 'request_id', 'details'],
};

/** Share of the log written by citizens using self-service; the rest is staff at work. */
const CITIZEN_SHARE = 0.08;

/**
 * Streams `total` audit events over the five years in time order, so seq follows occurred_at as it
 * does in production. Each day gets its share of the events by weekday, holidays and growth; within a
 * day the moments are drawn from the working hours and sorted, then each gets an actor and an action.
 * Staff work with the citizens on their teams (their unit's citizens when they are on none). The access-log
 * citizen is left out of every caseload and instead gets exactly ACCESS_LOG_CITIZEN_ENTRIES reads by its
 * team, taken out of the staff's share, so the total stays exact.
 */
export function* auditEventRows(model: MunicipalityModel, total: number, prng: Prng, report: { accessLogCitizenEntries: number } = { accessLogCitizenEntries: 0 }): Generator<Row> {
  const tenantId = model.tenant.tenantId;
  const benchRecord = model.records[model.accessLogCitizen]!;
  const others = model.records.filter((r) => r !== benchRecord);
  const withBench = others.length > 0;
  const allCitizens = (withBench ? others : model.records).map((r) => r.citizenId);
  const citizensByUnit = new Map<string, string[]>();
  const teamCaseload = new Map<string, string[]>();
  for (const r of withBench ? others : model.records) {
    (citizensByUnit.get(r.homeUnitId) ?? citizensByUnit.set(r.homeUnitId, []).get(r.homeUnitId)!).push(r.citizenId);
    for (const t of r.team) (teamCaseload.get(t.userId) ?? teamCaseload.set(t.userId, []).get(t.userId)!).push(r.citizenId);
  }
  const staffIds = model.staff.map((s) => s.userId);

  const staffEntries = model.staff.map((s) => {
    const actor: AuditActor = { userId: s.userId, roleText: s.roles.join(','), unitId: s.unitId };
    return [{ actor, mix: staffActionMix(s.roles), caseload: teamCaseload.get(s.userId) ?? citizensByUnit.get(s.unitId) ?? allCitizens }, s.activity] as const;
  });
  const staffActors = weightedChoice(staffEntries);
  const benchTeam = new Set(benchRecord.team.map((t) => t.userId));
  const benchActors = weightedChoice(staffEntries.filter(([e]) => benchTeam.has(e.actor.userId)).map(([e, w]) => [{ ...e, caseload: [benchRecord.citizenId] }, w] as const));
  const selfServing = model.citizens.filter((c) => c.selfService > 0);
  const citizenActors = selfServing.length > 0
    ? weightedChoice(selfServing.map((c) => {
        const actor: AuditActor = { userId: c.userId, roleText: 'citizen', unitId: null };
        return [{ actor, mix: citizenActionMix, caseload: allCitizens }, c.selfService] as const;
      }))
    : null;

  const days = periodDays();
  const citizenTotal = citizenActors ? Math.round(total * CITIZEN_SHARE) : 0;
  const staffPerDay = apportion(total - citizenTotal, days.map(staffDayWeight));
  const citizensPerDay = apportion(citizenTotal, days.map(citizenDayWeight));
  const benchPerDay = apportion(withBench ? ACCESS_LOG_CITIZEN_ENTRIES : 0, days.map(staffDayWeight)).map((n, d) => Math.min(n, staffPerDay[d]!));
  report.accessLogCitizenEntries = benchPerDay.reduce((a, b) => a + b, 0);

  let caseload: readonly string[] = allCitizens;
  const ctx: ActionContext = {
    actor: { userId: '', roleText: '', unitId: null },
    prng,
    // Squaring the draw favours the front of the caseload: some citizens have much more going on.
    caseCitizen: () => caseload[Math.floor(prng.next() ** 2 * caseload.length)]!,
    someStaff: () => staffIds[prng.below(staffIds.length)]!,
  };

  for (const [d, day] of days.entries()) {
    const benchCount = benchPerDay[d]!;
    const staffCount = staffPerDay[d]! - benchCount;
    const count = staffPerDay[d]! + citizensPerDay[d]!;
    // Each moment is stored times four, the low bits saying whose event it is (0 staff, 1 citizen, 2 about the
    // access-log citizen): one typed array to sort.
    const moments = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      moments[i] = i < staffCount ? staffMoment(day, prng) * 4 : i < staffCount + benchCount ? staffMoment(day, prng) * 4 + 2 : citizenMoment(day, prng) * 4 + 1;
    }
    moments.sort();
    for (const moment of moments) {
      const kind = moment % 4;
      const at = (moment - kind) / 4;
      const chosen = (kind === 1 ? citizenActors! : kind === 2 ? benchActors : staffActors).pick(prng);
      ctx.actor = chosen.actor;
      caseload = chosen.caseload;
      const [action, resourceType, resourceId, citizenId, purpose, outcome, details] = (kind === 2 ? readCitizen : chosen.mix.pick(prng))(ctx);
      yield [tenantId, new Date(at).toISOString(), ctx.actor.userId, ctx.actor.roleText, ctx.actor.unitId, action, resourceType, resourceId, citizenId, purpose, outcome, deterministicUuidV7(at, prng), details];
    }
  }
}
