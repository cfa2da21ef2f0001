import { readFileSync } from 'node:fs';
import { demoShiftDays, shiftDemoDates } from './shift-demo-dates.js';
import { fileURLToPath } from 'node:url';
import type { Insertable, Kysely } from 'kysely';
import { z } from 'zod';
import { birthDateFromCpr, normaliseCpr } from '../../domain/cpr.js';
import { lifeDomains, planParts, type PlanPart } from '../../domain/plan-parts.js';
import { loadConfig } from '../../platform/config.js';
import { cprProtection } from '../../platform/crypto/cpr-protection.js';
import type { Database } from '../../platform/db/schema.js';
import { newId } from '../../platform/ids.js';

/**
 * The demo citizens and their plans (seed/citizens.json, DEMO.md). The JSON holds the content; this loader only maps
 * its keys to ids: people by persona key or display name, network members, dreams, goals, steps and meetings by their
 * key within the citizen. The change history (plan_change) is derived from the data itself: a 'create' row for every
 * dream, goal, step, meeting and comment, and an 'update' row for every step marked done, every rating and every
 * meeting recorded as held, so the history tells exactly how the plan came to look as it does.
 * Called inside the transaction that creates the municipality, so it runs once per municipality.
 */

const seedFile = fileURLToPath(new URL('../../../seed/citizens.json', import.meta.url));

const instant = z.iso.datetime().transform((value) => new Date(value));
const calendarDate = z.iso.date();
const domain = z.enum(lifeDomains);
const part = z.enum(planParts);

const consentSchema = z.strictObject({
  part,
  level: z.enum(['view', 'comment']),
  grantedAt: instant,
  grantedBy: z.string().optional(),
  withdrawnAt: instant.optional(),
  withdrawnBy: z.string().optional(),
});
const networkSchema = z.strictObject({
  key: z.string(),
  name: z.string(),
  relation: z.string(),
  isRelative: z.boolean(),
  phone: z.string().optional(),
  email: z.string().optional(),
  user: z.string().optional(),
  createdAt: instant,
  consents: z.array(consentSchema).default([]),
});
const dreamSchema = z.strictObject({ key: z.string(), text: z.string(), domain: domain.optional(), by: z.string(), at: instant });
const stepSchema = z.strictObject({
  key: z.string().optional(),
  text: z.string(),
  whoHelps: z.string().optional(),
  helper: z.string().optional(),
  dueDate: calendarDate.optional(),
  pictogram: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/).optional(),
  by: z.string().optional(),
  at: instant.optional(),
  doneAt: instant.optional(),
  doneBy: z.string().optional(),
});
const goalSchema = z.strictObject({
  key: z.string(),
  domain,
  title: z.string(),
  description: z.string().optional(),
  goalType: z.enum(['develop', 'maintain', 'limit-loss']),
  track: z.enum(['adult', 'transition']).default('adult'),
  reviewDate: calendarDate.optional(),
  by: z.string(),
  at: instant,
  rating: z.strictObject({ value: z.number().int().min(1).max(5), at: instant, by: z.string() }).optional(),
  workerLevel: z.strictObject({ value: z.number().int().min(0).max(4), at: instant, by: z.string() }).optional(),
  steps: z.array(stepSchema).default([]),
});
const meetingSchema = z.strictObject({
  key: z.string(),
  startsAt: instant,
  location: z.string().optional(),
  participants: z.array(z.strictObject({ name: z.string(), role: z.string(), person: z.string().optional(), member: z.string().optional() })),
  by: z.string(),
  at: instant,
  /** A held meeting: recorded afterwards with its agreements and summary. */
  held: z
    .strictObject({
      by: z.string(),
      at: instant,
      agreements: z.array(z.strictObject({ who: z.string(), what: z.string(), byDate: calendarDate.optional() })),
      summary: z.string(),
      nextReviewDate: calendarDate.optional(),
    })
    .optional(),
});
const citizenSchema = z.strictObject({
  firstName: z.string(),
  lastName: z.string(),
  birthDate: calendarDate,
  cpr: z.string(),
  user: z.string().optional(),
  addressLine: z.string().optional(),
  postalCode: z.string().optional(),
  city: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  communicationNeeds: z.array(z.string()).default([]),
  targetGroups: z.array(z.string()).default([]),
  createdAt: instant,
  team: z.array(z.strictObject({ person: z.string(), role: z.enum(['contact-person', 'support-worker', 'case-officer', 'other']), addedAt: instant.optional() })),
  network: z.array(networkSchema).default([]),
  dreams: z.array(dreamSchema).default([]),
  goals: z.array(goalSchema).default([]),
  meetings: z.array(meetingSchema).default([]),
  comments: z.array(z.strictObject({ on: z.string(), by: z.string(), at: instant, text: z.string() })).default([]),
  transitionPlan: z
    .strictObject({ startedOn: calendarDate, responsible: z.string(), parentsInvolved: z.boolean(), adultServicesContact: z.string().optional(), notes: z.string().optional(), at: instant })
    .optional(),
});
const seedSchema = z.object({ municipalities: z.record(z.string(), z.array(citizenSchema)) });

type DemoCitizen = z.infer<typeof citizenSchema>;
type Change = Record<string, { from: unknown; to: unknown }>;

const cachedSeeds = new Map<number, z.infer<typeof seedSchema>>();
function readCitizenSeed(now: Date) {
  const days = demoShiftDays(now);
  let seed = cachedSeeds.get(days);
  if (!seed) {
    seed = seedSchema.parse(shiftDemoDates(JSON.parse(readFileSync(seedFile, 'utf8')), days));
    cachedSeeds.set(days, seed);
  }
  return seed;
}

/** The CPR key the server uses: MESTRING_CPR_KEY, or the demo default when it is not set. */
export function demoCprKey(): string {
  return loadConfig({ MESTRING_CPR_KEY: process.env.MESTRING_CPR_KEY }).cprKey;
}

/** A create as the app records it (features/plans/record-plan-change.ts): a diff from nothing, empty fields left out. */
const created = (fields: Record<string, unknown>): Change =>
  Object.fromEntries(Object.entries(fields).flatMap(([field, to]) => (to === undefined || to === null ? [] : [[field, { from: null, to }]])));

export async function loadDemoCitizens(trx: Kysely<Database>, municipality: { tenantId: string; slug: string }, cprKey: string = demoCprKey(), now = new Date()): Promise<number> {
  const citizens = readCitizenSeed(now).municipalities[municipality.slug] ?? [];
  if (citizens.length === 0) return 0;
  const { tenantId } = municipality;
  const cpr = cprProtection(cprKey);

  // People by persona key and by display name; their first role names them in the change history.
  const users = await trx.selectFrom('app_user').select(['user_id', 'demo_key', 'display_name']).where('tenant_id', '=', tenantId).execute();
  const grants = await trx.selectFrom('role_grant').select(['user_id', 'role']).where('tenant_id', '=', tenantId).execute();
  const people = new Map<string, string>();
  for (const user of users) {
    people.set(user.display_name, user.user_id);
    if (user.demo_key) people.set(user.demo_key, user.user_id);
  }
  const person = (key: string): string => {
    const id = people.get(key);
    if (!id) throw new Error(`Demo citizens (${municipality.slug}): unknown person ${key}`);
    return id;
  };
  const staffRole = (userId: string) => grants.find((g) => g.user_id === userId)?.role ?? null;

  for (const c of citizens) await loadCitizen(trx, tenantId, c, person, staffRole, cpr);
  return citizens.length;
}

async function loadCitizen(
  trx: Kysely<Database>,
  tenantId: string,
  c: DemoCitizen,
  person: (key: string) => string,
  staffRole: (userId: string) => string | null,
  cpr: ReturnType<typeof cprProtection>,
): Promise<void> {
  const name = `${c.firstName} ${c.lastName}`;
  const digits = normaliseCpr(c.cpr);
  if (!digits || birthDateFromCpr(digits) !== c.birthDate) throw new Error(`Demo citizens: CPR of ${name} does not match the birth date`);
  const citizenId = newId();
  const citizenUserId = c.user ? person(c.user) : null;
  const contact = c.team.find((t) => t.role === 'contact-person');
  const memberIds = new Map(c.network.map((m) => [m.key, newId()]));
  const memberUsers = new Set(c.network.flatMap((m) => (m.user ? [person(m.user)] : [])));
  const actor = (key: string) => {
    const userId = person(key);
    const role = userId === citizenUserId ? 'citizen' : memberUsers.has(userId) ? 'relative' : staffRole(userId);
    return { userId, role };
  };

  await trx
    .insertInto('citizen')
    .values({
      tenant_id: tenantId,
      citizen_id: citizenId,
      user_id: citizenUserId,
      first_name: c.firstName,
      last_name: c.lastName,
      birth_date: c.birthDate,
      cpr_encrypted: cpr.encrypt(tenantId, digits),
      cpr_search_hash: cpr.searchHash(tenantId, digits),
      address_line: c.addressLine ?? null,
      postal_code: c.postalCode ?? null,
      city: c.city ?? null,
      phone: c.phone ?? null,
      email: c.email ?? null,
      communication_needs: c.communicationNeeds,
      interpreter_language: null,
      contact_person_user_id: contact ? person(contact.person) : null,
      target_groups: c.targetGroups,
      created_at: c.createdAt,
      updated_at: c.createdAt,
    })
    .execute();
  await trx
    .insertInto('citizen_team_member')
    .values(c.team.map((t) => ({ tenant_id: tenantId, citizen_id: citizenId, user_id: person(t.person), team_role: t.role, added_at: t.addedAt ?? c.createdAt })))
    .execute();

  for (const m of c.network) {
    const memberId = memberIds.get(m.key)!;
    await trx
      .insertInto('network_member')
      .values({ tenant_id: tenantId, member_id: memberId, citizen_id: citizenId, name: m.name, relation: m.relation, is_relative: m.isRelative, phone: m.phone ?? null, email: m.email ?? null, user_id: m.user ? person(m.user) : null, invitation_code_hash: null, invitation_expires_at: null, created_at: m.createdAt, updated_at: m.createdAt, removed_at: null })
      .execute();
    for (const consent of m.consents) {
      const grantor = consent.grantedBy ?? c.user;
      if (!grantor) throw new Error(`Demo citizens: a consent of ${name} needs grantedBy (the citizen has no login)`);
      await trx
        .insertInto('consent')
        .values({
          tenant_id: tenantId,
          consent_id: newId(),
          citizen_id: citizenId,
          grantee_kind: 'network',
          grantee_id: memberId,
          part: consent.part,
          level: consent.level,
          granted_at: consent.grantedAt,
          granted_by: person(grantor),
          withdrawn_at: consent.withdrawnAt ?? null,
          withdrawn_by: consent.withdrawnAt ? person(consent.withdrawnBy ?? grantor) : null,
        })
        .execute();
    }
  }

  // Subjects by key ("goal:sleep", "step:sleep.2", ...) with the consent part they belong to, for comments.
  const subjects = new Map<string, { type: 'dream' | 'goal' | 'step' | 'meeting'; id: string; part: PlanPart }>();
  const changes: Insertable<Database['plan_change']>[] = [];
  const change = (part: PlanPart, subjectType: string, subjectId: string, operation: 'create' | 'update', by: string, at: Date, fields: Change) => {
    if (at < c.createdAt) throw new Error(`Demo citizens: a change to ${name}'s plan predates the record`);
    const who = actor(by);
    changes.push({ tenant_id: tenantId, change_id: newId(), citizen_id: citizenId, part, subject_type: subjectType, subject_id: subjectId, operation, changes: JSON.stringify(fields), actor_user_id: who.userId, actor_role: who.role, occurred_at: at });
  };

  for (const d of c.dreams) {
    const dreamId = newId();
    subjects.set(`dream:${d.key}`, { type: 'dream', id: dreamId, part: 'dreams' });
    await trx.insertInto('dream').values({ tenant_id: tenantId, dream_id: dreamId, citizen_id: citizenId, text: d.text, domain: d.domain ?? null, created_by: person(d.by), created_at: d.at, updated_at: d.at, archived_at: null }).execute();
    change('dreams', 'dream', dreamId, 'create', d.by, d.at, created({ text: d.text, domain: d.domain }));
  }

  for (const g of c.goals) {
    const goalId = newId();
    const goalPart = `domain:${g.domain}` as PlanPart;
    subjects.set(`goal:${g.key}`, { type: 'goal', id: goalId, part: goalPart });
    change(goalPart, 'goal', goalId, 'create', g.by, g.at, created({ domain: g.domain, title: g.title, description: g.description, goalType: g.goalType, status: 'active', reviewDate: g.reviewDate, track: g.track }));
    if (g.workerLevel) change(goalPart, 'goal', goalId, 'update', g.workerLevel.by, g.workerLevel.at, { workerLevel: { from: null, to: g.workerLevel.value } });
    if (g.rating) change(goalPart, 'goal', goalId, 'update', g.rating.by, g.rating.at, { citizenRating: { from: null, to: g.rating.value } });
    const goalUpdates = [g.at, g.rating?.at, g.workerLevel?.at].filter((t): t is Date => t !== undefined);
    await trx
      .insertInto('goal')
      .values({
        tenant_id: tenantId,
        goal_id: goalId,
        citizen_id: citizenId,
        domain: g.domain,
        title: g.title,
        description: g.description ?? null,
        goal_type: g.goalType,
        citizen_rating: g.rating?.value ?? null,
        citizen_rated_at: g.rating?.at ?? null,
        worker_level: g.workerLevel?.value ?? null,
        worker_assessed_at: g.workerLevel?.at ?? null,
        review_date: g.reviewDate ?? null,
        track: g.track,
        created_by: person(g.by),
        version: goalUpdates.length,
        created_at: g.at,
        updated_at: new Date(Math.max(...goalUpdates.map((t) => t.getTime()))),
      })
      .execute();
    for (const [index, s] of g.steps.entries()) {
      const stepId = newId();
      subjects.set(`step:${s.key ?? `${g.key}.${index + 1}`}`, { type: 'step', id: stepId, part: goalPart });
      const at = s.at ?? new Date(g.at.getTime() + (index + 1) * 60_000);
      const by = s.by ?? g.by;
      change(goalPart, 'step', stepId, 'create', by, at, created({ goalId, text: s.text, whoHelps: s.whoHelps, dueDate: s.dueDate, pictogram: s.pictogram, status: 'planned' }));
      if (s.doneAt) change(goalPart, 'step', stepId, 'update', s.doneBy ?? by, s.doneAt, { status: { from: 'planned', to: 'done' } });
      await trx
        .insertInto('step')
        .values({
          tenant_id: tenantId,
          step_id: stepId,
          goal_id: goalId,
          citizen_id: citizenId,
          text: s.text,
          who_helps: s.whoHelps ?? null,
          helper_user_id: s.helper ? person(s.helper) : null,
          due_date: s.dueDate ?? null,
          pictogram: s.pictogram ?? null,
          status: s.doneAt ? 'done' : 'planned',
          done_at: s.doneAt ?? null,
          done_by: s.doneAt ? person(s.doneBy ?? by) : null,
          sort_order: index,
          version: s.doneAt ? 2 : 1,
          created_at: at,
          updated_at: s.doneAt ?? at,
        })
        .execute();
    }
  }

  for (const m of c.meetings) {
    const meetingId = newId();
    subjects.set(`meeting:${m.key}`, { type: 'meeting', id: meetingId, part: 'meetings' });
    const participants = m.participants.map((p) => ({
      name: p.name,
      role: p.role,
      ...(p.person && { userId: person(p.person) }),
      ...(p.member && { memberId: memberIds.get(p.member) ?? fail(`unknown network member ${p.member}`) }),
    }));
    change('meetings', 'meeting', meetingId, 'create', m.by, m.at, created({ startsAt: m.startsAt.toISOString(), location: m.location, status: 'planned', participants: participants.map((p) => ({ name: p.name, role: p.role })), agreements: [] }));
    const agreements = (m.held?.agreements ?? []).map((a) => ({ who: a.who, what: a.what, byDate: a.byDate ?? null }));
    if (m.held) {
      change('meetings', 'meeting', meetingId, 'update', m.held.by, m.held.at, {
        status: { from: 'planned', to: 'held' },
        agreements: { from: [], to: agreements },
        summary: { from: null, to: m.held.summary },
        ...(m.held.nextReviewDate && { nextReviewDate: { from: null, to: m.held.nextReviewDate } }),
      });
    }
    await trx
      .insertInto('plan_meeting')
      .values({
        tenant_id: tenantId,
        meeting_id: meetingId,
        citizen_id: citizenId,
        starts_at: m.startsAt,
        location: m.location ?? null,
        status: m.held ? 'held' : 'planned',
        participants: JSON.stringify(participants),
        agreements: JSON.stringify(agreements),
        summary: m.held?.summary ?? null,
        next_review_date: m.held?.nextReviewDate ?? null,
        created_by: person(m.by),
        version: m.held ? 2 : 1,
        created_at: m.at,
        updated_at: m.held?.at ?? m.at,
      })
      .execute();
  }

  for (const comment of c.comments) {
    const subject = subjects.get(comment.on) ?? fail(`unknown subject ${comment.on} for a comment on ${name}'s plan`);
    const commentId = newId();
    await trx
      .insertInto('plan_comment')
      .values({ tenant_id: tenantId, comment_id: commentId, citizen_id: citizenId, subject_type: subject.type, subject_id: subject.id, part: subject.part, author_user_id: person(comment.by), text: comment.text, created_at: comment.at })
      .execute();
    change(subject.part, 'comment', commentId, 'create', comment.by, comment.at, created({ subjectType: subject.type, subjectId: subject.id, text: comment.text }));
  }

  if (c.transitionPlan) {
    const t = c.transitionPlan;
    await trx
      .insertInto('transition_plan')
      .values({ tenant_id: tenantId, citizen_id: citizenId, started_on: t.startedOn, responsible_user_id: person(t.responsible), parents_involved: t.parentsInvolved, adult_services_contact: t.adultServicesContact ?? null, notes: t.notes ?? null, created_at: t.at, updated_at: t.at })
      .execute();
  }

  changes.sort((a, b) => a.occurred_at.getTime() - b.occurred_at.getTime());
  if (changes.length > 0) await trx.insertInto('plan_change').values(changes).execute();
}

function fail(message: string): never {
  throw new Error(`Demo citizens: ${message}`);
}
