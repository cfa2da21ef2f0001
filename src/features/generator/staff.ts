import { danishName, emailLocalPart } from './danish-names.js';
import { deterministicUuidV7 } from './deterministic-id.js';
import type { GeneratedUnit, StaffMember } from './municipality-model.js';
import type { Prng } from './prng.js';
import { centreHead, staffing } from './synthetic-organisation.js';
import { apportion, weightedChoice } from './weighted-choice.js';

/** Share of the staff who head a centre; at small scales there are too few people for any. */
const CENTRE_HEAD_SHARE = 0.03;

/**
 * Places `count` staff: a head on each centre (when there are enough people), then the rest over the
 * units by their size. The first person in a unit leads it; the others get the unit's usual jobs.
 */
export function buildStaff(units: readonly GeneratedUnit[], count: number, goLive: Date, emailDomain: string, prng: Prng): StaffMember[] {
  const centreList = units.filter((u) => u.kind === 'centre');
  const teamList = units.filter((u) => u.kind === 'unit');
  const heads = Math.min(centreList.length, Math.round(count * CENTRE_HEAD_SHARE));
  const perTeam = apportion(count - heads, teamList.map((u) => u.staffWeight));
  const emailsTaken = new Map<string, number>();
  const staff: StaffMember[] = [];

  const add = (unit: GeneratedUnit, title: string, roles: StaffMember['roles']) => {
    const createdAt = new Date(goLive.getTime() + 1000 + staff.length);
    const name = danishName(prng);
    const plain = emailLocalPart(name, 1);
    const occurrence = (emailsTaken.get(plain) ?? 0) + 1;
    emailsTaken.set(plain, occurrence);
    staff.push({
      userId: deterministicUuidV7(createdAt.getTime(), prng),
      displayName: name.fullName,
      email: `${emailLocalPart(name, occurrence)}@${emailDomain}`,
      title,
      unitId: unit.unitId,
      roles,
      createdAt,
      activity: 0.4 + 1.6 * prng.next(),
    });
  };

  for (const centre of centreList.slice(0, heads)) add(centre, centreHead.title, centreHead.roles);
  teamList.forEach((unit, i) => {
    const plan = staffing[unit.profile!];
    const members = weightedChoice(plan.members.map(([title, roles, weight]) => [{ title, roles }, weight] as const));
    for (let n = 0; n < perTeam[i]!; n++) {
      const job = n === 0 ? plan.leader : members.pick(prng);
      add(unit, job.title, job.roles);
    }
  });
  return staff;
}

/** Gives `role` to the first preferred person (else the first leader, else the first person) when nobody has it. */
function ensureSomeoneHas(staff: StaffMember[], role: StaffMember['roles'][number], preferred: (s: StaffMember) => boolean): StaffMember[] {
  if (staff.length === 0 || staff.some((s) => s.roles.includes(role))) return staff;
  const chosen = staff.find(preferred) ?? staff.find((s) => s.roles.includes('leader')) ?? staff[0]!;
  // A new array: the roles of a job are shared by everyone who has that job.
  chosen.roles = [...chosen.roles, role];
  return staff;
}

/**
 * At small scales no one may work in finance; the finance reports (and their benchmark) need someone who may read
 * them, so then the first person in a staff function (else the first leader, else the first person) gets the role.
 */
export function ensureFinanceStaff(staff: StaffMember[], units: readonly GeneratedUnit[]): StaffMember[] {
  const area = new Map(units.map((u) => [u.unitId, u.area]));
  return ensureSomeoneHas(staff, 'finance', (s) => area.get(s.unitId) === 'other');
}

/**
 * The companions' matching (and its benchmark) needs a volunteer coordinator; at small scales the activity
 * coordination may have only its leader, so then the first person there (else the first leader) gets the role.
 */
export function ensureVolunteerCoordinator(staff: StaffMember[], units: readonly GeneratedUnit[]): StaffMember[] {
  const activity = new Set(units.filter((u) => u.profile === 'activity').map((u) => u.unitId));
  return ensureSomeoneHas(staff, 'volunteer-coordinator', (s) => activity.has(s.unitId));
}
