import { deterministicUuidV7 } from './deterministic-id.js';
import type { Citizen, CitizenRecord, GeneratedUnit, StaffMember, TeamMember } from './municipality-model.js';
import type { Prng } from './prng.js';
import { weightedChoice } from './weighted-choice.js';

/** A support worker's caseload: between these many citizens, drawn evenly. */
export const CASELOAD_MIN = 20;
export const CASELOAD_MAX = 80;
/** Share of citizens with a support worker who also have a case officer on the team. */
const CASE_OFFICER_TOO = 0.55;
const MAX_TEAM = 3;
const MAX_SUPPORT_WORKERS = 2;

const DAY_MS = 86_400_000;

/** Age at the end of the period, in bands as the social area's citizens are spread (16-17 on the transition track). */
const ageBands = weightedChoice<readonly [number, number]>([[[16, 17], 3], [[18, 24], 25], [[25, 34], 22], [[35, 49], 25], [[50, 66], 20], [[67, 85], 5]]);

function birthDate(periodEndMs: number, prng: Prng): string {
  const [low, high] = ageBands.pick(prng);
  const age = low + prng.below(high - low + 1);
  return new Date(periodEndMs - (age * 365.25 + 1 + prng.below(364)) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The citizen record of every generated citizen (linked to their login) with their team: support workers placed
 * from their own unit outwards until each has a caseload of 20-80, then case officers from the citizen's unit or
 * area, so every citizen has 1-3 staff. The first support worker is the contact person.
 */
export function buildCitizenRecords(citizens: readonly Citizen[], staff: readonly StaffMember[], units: readonly GeneratedUnit[], goLive: Date, periodEndMs: number, prng: Prng): CitizenRecord[] {
  const span = periodEndMs - goLive.getTime();
  const records: CitizenRecord[] = citizens.map((c, index) => {
    const [firstName, ...rest] = c.displayName.split(' ');
    // Two in five plans were imported at go-live; the rest started over the years, the later ones rarer.
    const planStart = prng.chance(0.4) ? c.createdAt.getTime() + prng.below(30) * DAY_MS : goLive.getTime() + Math.floor(prng.next() ** 1.3 * (span - 120 * DAY_MS));
    return {
      index,
      citizenId: deterministicUuidV7(c.createdAt.getTime(), prng),
      userId: c.userId,
      firstName: firstName!,
      lastName: rest.join(' '),
      birthDate: birthDate(periodEndMs, prng),
      createdAt: c.createdAt,
      homeUnitId: c.homeUnitId,
      planStart,
      team: [],
    };
  });

  const unitById = new Map(units.map((u) => [u.unitId, u]));
  const byUnit = new Map<string, number[]>();
  const byCentre = new Map<string, number[]>();
  for (const r of records) {
    const unit = unitById.get(r.homeUnitId)!;
    (byUnit.get(unit.unitId) ?? byUnit.set(unit.unitId, []).get(unit.unitId)!).push(r.index);
    const centre = unit.parentUnitId ?? unit.unitId;
    (byCentre.get(centre) ?? byCentre.set(centre, []).get(centre)!).push(r.index);
  }
  const all = records.map((r) => r.index);
  const supportCount = new Uint8Array(records.length);
  const member = (s: StaffMember, teamRole: TeamMember['teamRole']): TeamMember => ({ userId: s.userId, teamRole, roleText: s.roles[0]!, firstName: s.displayName.split(' ')[0]! });

  const supportWorkers = staff.filter((s) => s.roles.includes('support-worker'));
  for (const worker of supportWorkers) {
    const unit = unitById.get(worker.unitId)!;
    const pools = [byUnit.get(unit.unitId) ?? [], byCentre.get(unit.parentUnitId ?? unit.unitId) ?? [], all];
    const target = CASELOAD_MIN + prng.below(CASELOAD_MAX - CASELOAD_MIN + 1);
    let taken = 0;
    for (const pool of pools) {
      // Random draws with a bounded number of misses: cheap, and a nearly full pool hands over to the next.
      for (let misses = 0; taken < target && pool.length > 0 && misses < 40; ) {
        const r = records[pool[prng.below(pool.length)]!]!;
        if (r.team.length >= MAX_TEAM || supportCount[r.index]! >= MAX_SUPPORT_WORKERS || r.team.some((t) => t.userId === worker.userId)) {
          misses++;
          continue;
        }
        r.team.push(member(worker, supportCount[r.index] === 0 ? 'contact-person' : 'support-worker'));
        supportCount[r.index]!++;
        taken++;
      }
      if (taken >= target) break;
    }
  }

  const caseOfficers = staff.filter((s) => s.roles.includes('case-officer'));
  const officersIn = (predicate: (s: StaffMember) => boolean) => caseOfficers.filter(predicate);
  const officersByUnit = new Map<string, StaffMember[]>();
  const officersByArea = new Map<string, StaffMember[]>();
  for (const u of units) {
    officersByUnit.set(u.unitId, officersIn((s) => s.unitId === u.unitId));
    if (!officersByArea.has(u.area)) officersByArea.set(u.area, officersIn((s) => unitById.get(s.unitId)!.area === u.area));
  }
  // At the smallest scales there may be neither support workers nor case officers: anyone on the staff then.
  const fallback = caseOfficers.length > 0 ? caseOfficers : staff;
  for (const r of records) {
    if (r.team.length >= MAX_TEAM || (r.team.length > 0 && !prng.chance(CASE_OFFICER_TOO))) continue;
    const unit = unitById.get(r.homeUnitId)!;
    // The unit's own officers when it has a few; otherwise (and for units without any) the area's, so no one's caseload runs away.
    const pool = [officersByUnit.get(unit.unitId)!, officersByArea.get(unit.area)!, fallback].find((p, i) => p.length >= (i === 0 ? 3 : 1)) ?? fallback;
    const officer = pool[prng.below(pool.length)]!;
    if (r.team.some((t) => t.userId === officer.userId)) continue;
    r.team.push(member(officer, caseOfficers.length > 0 ? 'case-officer' : 'other'));
  }
  return records;
}

/**
 * The citizen whose access log the benchmark reads: the first, from a random start, with a support worker and
 * a case officer on the team and a login of their own (every generated citizen has one).
 */
export function chooseAccessLogCitizen(records: readonly CitizenRecord[], prng: Prng): number {
  const start = prng.below(records.length);
  for (let i = 0; i < records.length; i++) {
    const r = records[(start + i) % records.length]!;
    if (r.team.some((t) => t.teamRole === 'contact-person') && r.team.some((t) => t.teamRole === 'case-officer')) return r.index;
  }
  return start;
}
