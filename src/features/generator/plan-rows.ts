import { planParts, type LifeDomain, type PlanPart } from '../../domain/plan-parts.js';
import type { Row, TableShape } from './bulk-rows.js';
import { danishName } from './danish-names.js';
import { deterministicUuidV7 } from './deterministic-id.js';
import type { CitizenRecord, MunicipalityModel, TeamMember } from './municipality-model.js';
import * as content from './plan-content.js';
import { streamFor, type Prng } from './prng.js';

/**
 * The citizens' records and plans as rows: team, network, consents, dreams, goals, steps, meetings, comments,
 * the change history and the transition plans. Each citizen's plan is drawn from a random stream of its own
 * (seed and citizen), so every table's pass can draw the same plan again instead of holding 800,000 objects:
 * the passes stream, one table at a time, into COPY. The CPR columns are left NULL (see README).
 */
const DAY_MS = 86_400_000;

const shape = (table: string, columns: string[]): TableShape => ({ table, columns });
export const planShapes = {
  citizen: shape('citizen', ['tenant_id', 'citizen_id', 'user_id', 'first_name', 'last_name', 'birth_date', 'address_line', 'postal_code', 'city', 'phone', 'preferred_language', 'communication_needs', 'interpreter_language', 'contact_person_user_id', 'target_groups', 'created_at', 'updated_at']),
  team: shape('citizen_team_member', ['tenant_id', 'citizen_id', 'user_id', 'team_role', 'added_at']),
  network: shape('network_member', ['tenant_id', 'member_id', 'citizen_id', 'name', 'relation', 'is_relative', 'phone', 'created_at', 'updated_at']),
  consent: shape('consent', ['tenant_id', 'consent_id', 'citizen_id', 'grantee_kind', 'grantee_id', 'part', 'level', 'granted_at', 'granted_by', 'withdrawn_at', 'withdrawn_by']),
  dream: shape('dream', ['tenant_id', 'dream_id', 'citizen_id', 'text', 'domain', 'created_by', 'created_at', 'updated_at']),
  goal: shape('goal', ['tenant_id', 'goal_id', 'citizen_id', 'domain', 'title', 'description', 'goal_type', 'status', 'citizen_rating', 'citizen_rated_at', 'worker_level', 'worker_assessed_at', 'review_date', 'track', 'created_by', 'version', 'created_at', 'updated_at']),
  step: shape('step', ['tenant_id', 'step_id', 'goal_id', 'citizen_id', 'text', 'who_helps', 'helper_user_id', 'due_date', 'pictogram', 'status', 'done_at', 'done_by', 'sort_order', 'version', 'created_at', 'updated_at']),
  meeting: shape('plan_meeting', ['tenant_id', 'meeting_id', 'citizen_id', 'starts_at', 'location', 'status', 'participants', 'agreements', 'summary', 'next_review_date', 'created_by', 'version', 'created_at', 'updated_at']),
  comment: shape('plan_comment', ['tenant_id', 'comment_id', 'citizen_id', 'subject_type', 'subject_id', 'part', 'author_user_id', 'text', 'created_at']),
  change: shape('plan_change', ['tenant_id', 'change_id', 'citizen_id', 'part', 'subject_type', 'subject_id', 'operation', 'changes', 'actor_user_id', 'actor_role', 'occurred_at']),
  transition: shape('transition_plan', ['tenant_id', 'citizen_id', 'started_on', 'responsible_user_id', 'parents_involved', 'adult_services_contact', 'created_at', 'updated_at']),
} as const;
export type PlanTable = keyof typeof planShapes;

interface Actor {
  userId: string;
  role: string;
}
interface Change {
  changeId: string;
  part: PlanPart;
  subjectType: string;
  subjectId: string;
  operation: 'create' | 'update';
  changes: Record<string, { from: unknown; to: unknown }>;
  actor: Actor;
  at: number;
}

/** Everything about one citizen, as the rows will hold it. Instants are epoch ms. */
interface CitizenPlan {
  citizen: Row;
  team: Row[];
  network: Row[];
  consents: Row[];
  dreams: Row[];
  goals: Row[];
  steps: Row[];
  meetings: Row[];
  comments: Row[];
  changes: Change[];
  transition: Row | null;
}

const iso = (ms: number) => new Date(ms).toISOString();
const date = (ms: number) => iso(ms).slice(0, 10);
const pgArray = (values: readonly string[]) => `{${values.join(',')}}`;
const pick = <T>(list: readonly T[], prng: Prng): T => list[prng.below(list.length)]!;
/** A moment in working hours (about 08-16 Danish time) on the day of `ms`. */
const workingMoment = (ms: number, prng: Prng) => Math.floor(ms / DAY_MS) * DAY_MS + 7 * 3_600_000 + prng.below(8 * 3_600_000);
/** A moment between `from` and `to` (not before `from`), in working hours. */
const between = (from: number, to: number, prng: Prng) => Math.max(from + 60_000, workingMoment(from + prng.next() * Math.max(0, to - from), prng));
/** A create as the app records it (features/plans/record-plan-change.ts): a diff from nothing, empty fields left out. */
const created = (fields: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(fields).flatMap(([field, to]) => (to === undefined || to === null ? [] : [[field, { from: null, to }]])));

function goalStatus(ageDays: number, prng: Prng): string {
  const r = prng.next();
  if (ageDays > 365) return r < 0.47 ? 'active' : r < 0.82 ? 'achieved' : r < 0.9 ? 'not-achieved' : r < 0.95 ? 'paused' : 'stopped';
  return r < 0.85 ? 'active' : r < 0.9 ? 'paused' : 'achieved';
}

function ageAt(birthDate: string, ms: number): number {
  const at = iso(ms).slice(0, 10);
  const years = Number(at.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return at.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** Draws the whole plan of one citizen; the same citizen and seed always give the same plan. */
function citizenPlan(model: MunicipalityModel, r: CitizenRecord, seed: number): CitizenPlan {
  const prng = streamFor(seed, `plan:${r.index}`);
  const tenantId = model.tenant.tenantId;
  const end = model.periodEndMs;
  const id = (ms: number) => deterministicUuidV7(ms, prng);
  const citizenActor: Actor = { userId: r.userId, role: 'citizen' };
  const staffActors: Actor[] = r.team.map((t) => ({ userId: t.userId, role: t.roleText }));
  const someStaff = () => pick(staffActors, prng);
  const contact: TeamMember | undefined = r.team.find((t) => t.teamRole === 'contact-person') ?? r.team[0];
  const changes: Change[] = [];
  const change = (part: PlanPart, subjectType: string, subjectId: string, operation: 'create' | 'update', actor: Actor, at: number, fields: Change['changes']) =>
    changes.push({ changeId: id(at), part, subjectType, subjectId, operation, changes: fields, actor, at });
  const fullName = `${r.firstName} ${r.lastName}`;

  // The record.
  const [postalCode, city] = content.postalAreas.pick(prng);
  const needs = prng.chance(0.18) ? content.communicationNeeds.pick(prng) : [];
  const interpreter = needs.includes('interpreter') ? pick(content.interpreterLanguages, prng) : null;
  const citizenAt = iso(r.createdAt.getTime());
  const citizen: Row = [
    tenantId, r.citizenId, r.userId, r.firstName, r.lastName, r.birthDate,
    `${pick(content.streets, prng)} ${1 + prng.below(120)}${prng.chance(0.3) ? `, ${1 + prng.below(4)}. ${prng.chance(0.5) ? 'tv' : 'th'}` : ''}`, postalCode, city,
    prng.chance(0.8) ? `${20 + prng.below(80)} ${String(prng.below(100)).padStart(2, '0')} ${String(prng.below(100)).padStart(2, '0')} ${String(prng.below(100)).padStart(2, '0')}` : null,
    interpreter ? interpreter : 'da', pgArray(needs), interpreter, contact?.teamRole === 'contact-person' ? contact.userId : null,
    pgArray(content.targetGroups.pick(prng)), citizenAt, citizenAt,
  ];
  const team: Row[] = r.team.map((t) => [tenantId, r.citizenId, t.userId, t.teamRole, iso(r.planStart)]);

  // The network, and what the citizen has shared with them.
  const network: Row[] = [];
  const consents: Row[] = [];
  const members: { memberId: string; name: string; firstName: string }[] = [];
  for (let n = prng.below(5); n > 0; n--) {
    const [relation, isRelative] = content.relations.pick(prng);
    const name = danishName(prng);
    const at = between(r.planStart, Math.min(end, r.planStart + 60 * DAY_MS), prng);
    const memberId = id(at);
    members.push({ memberId, name: name.fullName, firstName: name.firstName });
    network.push([tenantId, memberId, r.citizenId, name.fullName, relation, String(isRelative), prng.chance(0.7) ? `${20 + prng.below(80)} ${10 + prng.below(90)} ${10 + prng.below(90)} ${10 + prng.below(90)}` : null, iso(at), iso(at)]);
    if (!prng.chance(0.45)) continue;
    const parts = [...planParts];
    const partCount = 1 + prng.below(3);
    for (let i = 0; i < partCount; i++) {
      const j = i + prng.below(parts.length - i);
      [parts[i], parts[j]] = [parts[j]!, parts[i]!];
    }
    parts.length = partCount;
    for (const part of parts) {
      const grantedAt = between(at, Math.min(end, at + 90 * DAY_MS), prng);
      const withdrawnAt = prng.chance(0.1) ? between(grantedAt, end, prng) : null;
      consents.push([tenantId, id(grantedAt), r.citizenId, 'network', memberId, part, prng.chance(0.7) ? 'view' : 'comment', iso(grantedAt), r.userId, withdrawnAt ? iso(withdrawnAt) : null, withdrawnAt ? r.userId : null]);
    }
  }

  const comments: Row[] = [];
  const comment = (subjectType: string, subjectId: string, part: PlanPart, after: number) => {
    const author = prng.chance(0.4) ? citizenActor : someStaff();
    const at = between(after, end, prng);
    const commentId = id(at);
    const text = pick(content.comments, prng);
    comments.push([tenantId, commentId, r.citizenId, subjectType, subjectId, part, author.userId, text, iso(at)]);
    change(part, 'comment', commentId, 'create', author, at, created({ subjectType, subjectId, text }));
  };

  const dreams: Row[] = [];
  for (let n = prng.below(3); n > 0; n--) {
    const [text, domain] = pick(content.dreams, prng);
    const by = prng.chance(0.6) ? citizenActor : someStaff();
    const at = between(r.planStart, Math.min(end, r.planStart + 30 * DAY_MS), prng);
    const dreamId = id(at);
    dreams.push([tenantId, dreamId, r.citizenId, text, domain, by.userId, iso(at), iso(at)]);
    change('dreams', 'dream', dreamId, 'create', by, at, created({ text, domain }));
  }

  // Goals across the life domains, each with its steps; 2 to 13 goals, 7.5 on average.
  const goals: Row[] = [];
  const steps: Row[] = [];
  const youth = ageAt(r.birthDate, end) < 18;
  const goalCount = 2 + prng.below(12);
  const goalTimes = Array.from({ length: goalCount }, () => between(r.planStart, end - DAY_MS, prng)).sort((a, b) => a - b);
  for (const goalAt of goalTimes) {
    const domain: LifeDomain = content.domainWeights.pick(prng);
    const idea = pick(content.goalIdeas[domain], prng);
    const part = `domain:${domain}` as PlanPart;
    const by = prng.chance(0.3) ? citizenActor : someStaff();
    const goalId = id(goalAt);
    const description = prng.chance(0.4) ? pick(content.goalDescriptions, prng) : null;
    const status = goalStatus((end - goalAt) / DAY_MS, prng);
    const rating = prng.chance(0.6) ? { value: 1 + Math.min(4, Math.floor(prng.next() * 3 + prng.next() * 2.5)), at: between(goalAt, end, prng) } : null;
    const level = prng.chance(0.5) ? { value: prng.below(5), at: between(goalAt, end, prng) } : null;
    const closedAt = status === 'active' ? null : between(goalAt, end, prng);
    const reviewDate = status === 'active' || status === 'paused' ? date(end + (14 + prng.below(186)) * DAY_MS) : null;
    const track = youth && (domain === 'work' || domain === 'housing') ? 'transition' : 'adult';
    const updates = [goalAt, rating?.at, level?.at, closedAt].filter((t): t is number => t != null);
    goals.push([
      tenantId, goalId, r.citizenId, domain, idea.title, description, idea.goalType, status,
      rating ? String(rating.value) : null, rating ? iso(rating.at) : null, level ? String(level.value) : null, level ? iso(level.at) : null,
      reviewDate, track, by.userId, String(updates.length), iso(goalAt), iso(Math.max(...updates)),
    ]);
    change(part, 'goal', goalId, 'create', by, goalAt, created({ domain, title: idea.title, description, goalType: idea.goalType, status: 'active', reviewDate, track }));

    // 1 to 6 steps, 3.33 on average: the idea's own first, then the ones any goal can have.
    const stepCount = 1 + prng.below(5) + (prng.chance(1 / 3) ? 1 : 0);
    const ageDays = (end - goalAt) / DAY_MS;
    const doneShare = status === 'achieved' ? 0.9 : status === 'active' || status === 'paused' ? Math.min(0.75, ageDays / 600) : 0.4;
    for (let s = 0; s < stepCount; s++) {
      const [text, pictogram] = s < idea.steps.length ? idea.steps[s]! : content.genericSteps[(s - idea.steps.length) % content.genericSteps.length]!;
      const stepAt = goalAt + (s + 1) * 60_000;
      const stepId = id(stepAt);
      const helper = prng.chance(0.45) ? contact : undefined;
      const whoHelps = helper ? helper.firstName : prng.chance(0.5) ? 'mig selv' : members.length > 0 ? members[0]!.firstName : null;
      const dueDate = prng.chance(0.7) ? date(stepAt + (7 + prng.below(60)) * DAY_MS) : null;
      const done = prng.chance(doneShare);
      const cancelled = !done && prng.chance(0.03);
      const doneAt = done ? Math.min(end - 60_000, between(stepAt, stepAt + 90 * DAY_MS, prng)) : null;
      const doneBy = done ? (prng.chance(0.5) ? r.userId : (helper?.userId ?? someStaff().userId)) : null;
      const stepBy = s === 0 ? by : someStaff();
      steps.push([
        tenantId, stepId, goalId, r.citizenId, text, whoHelps, helper?.userId ?? null, dueDate, pictogram, done ? 'done' : cancelled ? 'cancelled' : 'planned',
        doneAt ? iso(doneAt) : null, doneBy, String(s), done || cancelled ? '2' : '1', iso(stepAt), iso(doneAt ?? stepAt),
      ]);
      change(part, 'step', stepId, 'create', stepBy, stepAt, created({ goalId, text, whoHelps, dueDate, pictogram, status: 'planned' }));
    }
    if (prng.chance(0.25)) comment('goal', goalId, part, goalAt);
  }

  // Plan meetings ("borgerplansmøder"): 2 to 4 over the years; the last is often still ahead.
  const meetings: Row[] = [];
  const meetingCount = 2 + prng.below(3);
  const upcoming = prng.chance(0.6);
  const heldCount = upcoming ? meetingCount - 1 : meetingCount;
  const participants = [
    { name: fullName, role: 'citizen' },
    ...r.team.map((t) => ({ name: t.firstName, role: t.teamRole, userId: t.userId })),
    ...(members.length > 0 && prng.chance(0.5) ? [{ name: members[0]!.name, role: 'relative', memberId: members[0]!.memberId }] : []),
  ];
  const shownParticipants = participants.map((p) => ({ name: p.name, role: p.role }));
  for (let m = 0; m < meetingCount; m++) {
    const held = m < heldCount;
    const startsAt = held
      ? workingMoment(r.planStart + ((m + 0.2 + prng.next() * 0.6) / heldCount) * (end - 30 * DAY_MS - r.planStart), prng)
      : workingMoment(end + (7 + prng.below(120)) * DAY_MS, prng);
    const cancelled = held && prng.chance(0.05);
    const createdAt = Math.max(r.planStart, startsAt - (7 + prng.below(21)) * DAY_MS);
    const by = someStaff();
    const meetingId = id(createdAt);
    const location = pick(content.meetingLocations, prng);
    const agreements = held && !cancelled
      ? Array.from({ length: 1 + prng.below(3) }, () => {
          const who = prng.chance(0.4) ? r.firstName : pick(r.team, prng).firstName;
          return { who, what: pick(content.agreements, prng), byDate: prng.chance(0.7) ? date(startsAt + (14 + prng.below(60)) * DAY_MS) : null };
        })
      : [];
    const summary = held && !cancelled ? pick(content.meetingSummaries, prng) : null;
    const nextReview = held && !cancelled ? date(startsAt + 182 * DAY_MS) : null;
    const heldAt = held ? startsAt + (1 + prng.below(3)) * DAY_MS : null;
    meetings.push([
      tenantId, meetingId, r.citizenId, iso(startsAt), location, cancelled ? 'cancelled' : held ? 'held' : 'planned', JSON.stringify(participants), JSON.stringify(agreements),
      summary, nextReview, by.userId, held ? '2' : '1', iso(createdAt), iso(heldAt ?? createdAt),
    ]);
    change('meetings', 'meeting', meetingId, 'create', by, createdAt, created({ startsAt: iso(startsAt), location, status: 'planned', participants: shownParticipants, agreements: [] }));
    if (held) {
      change('meetings', 'meeting', meetingId, 'update', by, heldAt!, cancelled
        ? { status: { from: 'planned', to: 'cancelled' } }
        : { status: { from: 'planned', to: 'held' }, agreements: { from: [], to: agreements }, summary: { from: null, to: summary }, nextReviewDate: { from: null, to: nextReview } });
      if (!cancelled && prng.chance(0.2)) comment('meeting', meetingId, 'meetings', heldAt!);
    }
  }

  // "Den gode overgang" for most of the 16-17-year-olds.
  const officer = r.team.find((t) => t.teamRole === 'case-officer') ?? r.team[0];
  let transition: Row | null = null;
  if (youth && officer && prng.chance(0.7)) {
    const at = between(r.planStart, end, prng);
    transition = [tenantId, r.citizenId, date(at), officer.userId, String(prng.chance(0.85)), prng.chance(0.5) ? 'Myndighed Voksen' : null, iso(at), iso(at)];
  }

  return { citizen, team, network, consents, dreams, goals, steps, meetings, comments, changes, transition };
}

/** The rows of one table for every citizen, drawing each citizen's plan anew. */
export function* planRows(model: MunicipalityModel, seed: number, table: PlanTable): Generator<Row> {
  const tenantId = model.tenant.tenantId;
  for (const r of model.records) {
    const plan = citizenPlan(model, r, seed);
    switch (table) {
      case 'citizen': yield plan.citizen; break;
      case 'team': yield* plan.team; break;
      case 'network': yield* plan.network; break;
      case 'consent': yield* plan.consents; break;
      case 'dream': yield* plan.dreams; break;
      case 'goal': yield* plan.goals; break;
      case 'step': yield* plan.steps; break;
      case 'meeting': yield* plan.meetings; break;
      case 'comment': yield* plan.comments; break;
      case 'transition': if (plan.transition) yield plan.transition; break;
      case 'change':
        for (const c of plan.changes) yield [tenantId, c.changeId, r.citizenId, c.part, c.subjectType, c.subjectId, c.operation, JSON.stringify(c.changes), c.actor.userId, c.actor.role, iso(c.at)];
        break;
    }
  }
}

/** Loading order: the citizen first (the others refer to it), goals before steps. */
export const planTables: readonly PlanTable[] = ['citizen', 'team', 'network', 'consent', 'dream', 'goal', 'step', 'meeting', 'comment', 'change', 'transition'];

/** Expected rows at a given number of citizens, for progress only. */
export function expectedPlanRows(table: PlanTable, citizens: number): number {
  const perCitizen: Record<PlanTable, number> = { citizen: 1, team: 2, network: 2, consent: 1.8, dream: 1, goal: 7.5, step: 25, meeting: 3, comment: 2.5, change: 40, transition: 0.02 };
  return Math.round(perCitizen[table] * citizens);
}
