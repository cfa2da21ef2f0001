import { citizenActionMix, staffActionMix, type ActionContext, type AuditActor } from './audit-actions.js';
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
 */
export function* auditEventRows(model: MunicipalityModel, total: number, prng: Prng): Generator<Row> {
  const tenantId = model.tenant.tenantId;
  const allCitizens = model.citizens.map((c) => c.userId);
  const citizensByUnit = new Map<string, string[]>();
  for (const citizen of model.citizens) {
    const list = citizensByUnit.get(citizen.homeUnitId) ?? [];
    list.push(citizen.userId);
    citizensByUnit.set(citizen.homeUnitId, list);
  }
  const staffIds = model.staff.map((s) => s.userId);

  const staffActors = weightedChoice(model.staff.map((s) => {
    const actor: AuditActor = { userId: s.userId, roleText: s.roles.join(','), unitId: s.unitId };
    return [{ actor, mix: staffActionMix(s.roles), caseload: citizensByUnit.get(s.unitId) ?? allCitizens }, s.activity] as const;
  }));
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

  let caseload: readonly string[] = allCitizens;
  const ctx: ActionContext = {
    actor: { userId: '', roleText: '', unitId: null },
    prng,
    // Squaring the draw favours the front of the caseload: some citizens have much more going on.
    caseCitizen: () => caseload[Math.floor(prng.next() ** 2 * caseload.length)]!,
    someStaff: () => staffIds[prng.below(staffIds.length)]!,
  };

  for (const [d, day] of days.entries()) {
    const staffCount = staffPerDay[d]!;
    const count = staffCount + citizensPerDay[d]!;
    // Each moment is stored doubled, with the low bit marking a citizen's event: one typed array to sort.
    const moments = new Float64Array(count);
    for (let i = 0; i < count; i++) moments[i] = i < staffCount ? staffMoment(day, prng) * 2 : citizenMoment(day, prng) * 2 + 1;
    moments.sort();
    for (const moment of moments) {
      const byCitizen = moment % 2 === 1;
      const at = (moment - (byCitizen ? 1 : 0)) / 2;
      const chosen = (byCitizen ? citizenActors! : staffActors).pick(prng);
      ctx.actor = chosen.actor;
      caseload = chosen.caseload;
      const [action, resourceType, resourceId, citizenId, purpose, outcome, details] = chosen.mix.pick(prng)(ctx);
      yield [tenantId, new Date(at).toISOString(), ctx.actor.userId, ctx.actor.roleText, ctx.actor.unitId, action, resourceType, resourceId, citizenId, purpose, outcome, deterministicUuidV7(at, prng), details];
    }
  }
}
