import type { Selectable } from 'kysely';
import type { PlanPart } from '../../domain/plan-parts.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';
import type { DreamTable, GoalTable, PlanCommentTable, PlanMeetingTable, StepTable } from '../../platform/db/schema.js';

/** The SQL of the citizen's plan: dreams, goals, steps, comments and meetings. Every query names the tenant. */

export type DreamRow = Selectable<DreamTable>;
export type GoalRow = Selectable<GoalTable>;
export type StepRow = Selectable<StepTable>;
export type MeetingRow = Selectable<PlanMeetingTable>;
export type CommentRow = Selectable<PlanCommentTable> & { author_name: string | null };

export async function findCitizenName(trx: Tx, tenantId: string, citizenId: string) {
  return trx.selectFrom('citizen').select(['first_name', 'last_name']).where('tenant_id', '=', tenantId).where('citizen_id', '=', citizenId).executeTakeFirst();
}

// Dreams

export async function listDreams(trx: Tx, tenantId: string, citizenId: string): Promise<DreamRow[]> {
  return trx.selectFrom('dream').selectAll().where('tenant_id', '=', tenantId).where('citizen_id', '=', citizenId).where('archived_at', 'is', null).orderBy('created_at').orderBy('dream_id').execute();
}

export async function findDream(trx: Tx, tenantId: string, citizenId: string, dreamId: string): Promise<DreamRow | undefined> {
  return trx.selectFrom('dream').selectAll().where('tenant_id', '=', tenantId).where('citizen_id', '=', citizenId).where('dream_id', '=', dreamId).where('archived_at', 'is', null).executeTakeFirst();
}

export async function insertDream(trx: Tx, values: { tenantId: string; dreamId: string; citizenId: string; text: string; domain: string | null; createdBy: string; now: Date }): Promise<DreamRow> {
  return trx
    .insertInto('dream')
    .values({ tenant_id: values.tenantId, dream_id: values.dreamId, citizen_id: values.citizenId, text: values.text, domain: values.domain, created_by: values.createdBy, created_at: values.now, updated_at: values.now, archived_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Updates only when the stored version is the one the editor read; undefined on a stale version. */
export async function updateDreamIfVersion(trx: Tx, key: { tenantId: string; dreamId: string; version: number }, changes: Partial<{ text: string; domain: string | null; archived_at: Date }>, now: Date) {
  return trx
    .updateTable('dream')
    .set((eb) => ({ ...changes, updated_at: now, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', key.tenantId)
    .where('dream_id', '=', key.dreamId)
    .where('version', '=', key.version)
    .where('archived_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

// Goals and steps

export async function listGoals(trx: Tx, tenantId: string, citizenId: string, domains: readonly string[]): Promise<GoalRow[]> {
  if (domains.length === 0) return [];
  return trx.selectFrom('goal').selectAll().where('tenant_id', '=', tenantId).where('citizen_id', '=', citizenId).where('domain', 'in', domains).orderBy('created_at').orderBy('goal_id').execute();
}

export async function findGoal(trx: Tx, tenantId: string, citizenId: string, goalId: string): Promise<GoalRow | undefined> {
  return trx.selectFrom('goal').selectAll().where('tenant_id', '=', tenantId).where('citizen_id', '=', citizenId).where('goal_id', '=', goalId).executeTakeFirst();
}

export async function insertGoal(
  trx: Tx,
  values: { tenantId: string; goalId: string; citizenId: string; domain: string; title: string; description: string | null; goalType: GoalRow['goal_type']; reviewDate: string | null; track: GoalRow['track']; createdBy: string; now: Date },
): Promise<GoalRow> {
  return trx
    .insertInto('goal')
    .values({
      tenant_id: values.tenantId,
      goal_id: values.goalId,
      citizen_id: values.citizenId,
      domain: values.domain,
      title: values.title,
      description: values.description,
      goal_type: values.goalType,
      review_date: values.reviewDate,
      track: values.track,
      citizen_rating: null,
      citizen_rated_at: null,
      worker_level: null,
      worker_assessed_at: null,
      created_by: values.createdBy,
      created_at: values.now,
      updated_at: values.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export type GoalChanges = Partial<Pick<GoalRow, 'title' | 'description' | 'goal_type' | 'status' | 'citizen_rating' | 'citizen_rated_at' | 'worker_level' | 'worker_assessed_at' | 'review_date'>>;

export async function updateGoalIfVersion(trx: Tx, key: { tenantId: string; goalId: string; version: number }, changes: GoalChanges, now: Date) {
  return trx
    .updateTable('goal')
    .set((eb) => ({ ...changes, updated_at: now, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', key.tenantId)
    .where('goal_id', '=', key.goalId)
    .where('version', '=', key.version)
    .returningAll()
    .executeTakeFirst();
}

/** All steps of the citizen's goals (one query for the whole plan), in each goal's order. */
export async function listSteps(trx: Tx, tenantId: string, citizenId: string): Promise<StepRow[]> {
  return trx.selectFrom('step').selectAll().where('tenant_id', '=', tenantId).where('citizen_id', '=', citizenId).orderBy('goal_id').orderBy('sort_order').orderBy('step_id').execute();
}

export async function listStepsOfGoal(trx: Tx, tenantId: string, goalId: string): Promise<StepRow[]> {
  return trx.selectFrom('step').selectAll().where('tenant_id', '=', tenantId).where('goal_id', '=', goalId).orderBy('sort_order').orderBy('step_id').execute();
}

/** A step with the life domain of its goal (the consent part it belongs to). */
export async function findStep(trx: Tx, tenantId: string, citizenId: string, stepId: string) {
  return trx
    .selectFrom('step as s')
    .innerJoin('goal as g', (join) => join.onRef('g.tenant_id', '=', 's.tenant_id').onRef('g.goal_id', '=', 's.goal_id'))
    .selectAll('s')
    .select('g.domain')
    .where('s.tenant_id', '=', tenantId)
    .where('s.citizen_id', '=', citizenId)
    .where('s.step_id', '=', stepId)
    .executeTakeFirst();
}

export async function insertStep(
  trx: Tx,
  values: { tenantId: string; stepId: string; goalId: string; citizenId: string; text: string; whoHelps: string | null; dueDate: string | null; pictogram: string | null; offerId: string | null; now: Date },
): Promise<StepRow> {
  return trx
    .insertInto('step')
    .values((eb) => ({
      tenant_id: values.tenantId,
      step_id: values.stepId,
      goal_id: values.goalId,
      citizen_id: values.citizenId,
      text: values.text,
      who_helps: values.whoHelps,
      helper_user_id: null,
      due_date: values.dueDate,
      pictogram: values.pictogram,
      offer_id: values.offerId,
      done_at: null,
      done_by: null,
      // New steps go last.
      sort_order: eb
        .selectFrom('step')
        .select((s) => s(s.fn.coalesce(s.fn.max('sort_order'), s.val(0)), '+', 1).as('next'))
        .where('tenant_id', '=', values.tenantId)
        .where('goal_id', '=', values.goalId),
      created_at: values.now,
      updated_at: values.now,
    }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export type StepChanges = Partial<Pick<StepRow, 'text' | 'who_helps' | 'due_date' | 'pictogram' | 'status' | 'done_at' | 'done_by'>>;

export async function updateStepIfVersion(trx: Tx, key: { tenantId: string; stepId: string; version: number }, changes: StepChanges, now: Date) {
  return trx
    .updateTable('step')
    .set((eb) => ({ ...changes, updated_at: now, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', key.tenantId)
    .where('step_id', '=', key.stepId)
    .where('version', '=', key.version)
    .returningAll()
    .executeTakeFirst();
}

// Comments

export async function listComments(trx: Tx, tenantId: string, citizenId: string, parts: readonly PlanPart[]): Promise<CommentRow[]> {
  if (parts.length === 0) return [];
  return trx
    .selectFrom('plan_comment as c')
    .leftJoin('app_user as u', (join) => join.onRef('u.tenant_id', '=', 'c.tenant_id').onRef('u.user_id', '=', 'c.author_user_id'))
    .selectAll('c')
    .select('u.display_name as author_name')
    .where('c.tenant_id', '=', tenantId)
    .where('c.citizen_id', '=', citizenId)
    .where('c.part', 'in', parts)
    .orderBy('c.created_at')
    .orderBy('c.comment_id')
    .execute();
}

export async function insertComment(
  trx: Tx,
  values: { tenantId: string; commentId: string; citizenId: string; subjectType: CommentRow['subject_type']; subjectId: string; part: PlanPart; authorUserId: string; text: string; now: Date },
) {
  return trx
    .insertInto('plan_comment')
    .values({ tenant_id: values.tenantId, comment_id: values.commentId, citizen_id: values.citizenId, subject_type: values.subjectType, subject_id: values.subjectId, part: values.part, author_user_id: values.authorUserId, text: values.text, created_at: values.now })
    .returningAll()
    .executeTakeFirstOrThrow();
}

// Meetings

export async function listMeetings(trx: Tx, tenantId: string, citizenId: string): Promise<MeetingRow[]> {
  return trx.selectFrom('plan_meeting').selectAll().where('tenant_id', '=', tenantId).where('citizen_id', '=', citizenId).orderBy('starts_at', 'desc').orderBy('meeting_id', 'desc').execute();
}

export async function findMeeting(trx: Tx, tenantId: string, citizenId: string, meetingId: string): Promise<MeetingRow | undefined> {
  return trx.selectFrom('plan_meeting').selectAll().where('tenant_id', '=', tenantId).where('citizen_id', '=', citizenId).where('meeting_id', '=', meetingId).executeTakeFirst();
}

export async function insertMeeting(
  trx: Tx,
  values: { tenantId: string; meetingId: string; citizenId: string; startsAt: Date; location: string | null; participants: MeetingRow['participants']; createdBy: string; now: Date },
): Promise<MeetingRow> {
  return trx
    .insertInto('plan_meeting')
    .values({
      tenant_id: values.tenantId,
      meeting_id: values.meetingId,
      citizen_id: values.citizenId,
      starts_at: values.startsAt,
      location: values.location,
      participants: JSON.stringify(values.participants),
      agreements: JSON.stringify([]),
      summary: null,
      next_review_date: null,
      created_by: values.createdBy,
      created_at: values.now,
      updated_at: values.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export type MeetingChanges = Partial<{ status: MeetingRow['status']; participants: MeetingRow['participants']; agreements: MeetingRow['agreements']; summary: string | null; next_review_date: string | null }>;

export async function updateMeetingIfVersion(trx: Tx, key: { tenantId: string; meetingId: string; version: number }, changes: MeetingChanges, now: Date) {
  const { participants, agreements, ...rest } = changes;
  return trx
    .updateTable('plan_meeting')
    .set((eb) => ({
      ...rest,
      ...(participants !== undefined && { participants: JSON.stringify(participants) }),
      ...(agreements !== undefined && { agreements: JSON.stringify(agreements) }),
      updated_at: now,
      version: eb('version', '+', 1),
    }))
    .where('tenant_id', '=', key.tenantId)
    .where('meeting_id', '=', key.meetingId)
    .where('version', '=', key.version)
    .returningAll()
    .executeTakeFirst();
}

// Transition

export async function findTransitionSummary(trx: Tx, tenantId: string, citizenId: string) {
  return trx
    .selectFrom('transition_plan as t')
    .leftJoin('app_user as u', (join) => join.onRef('u.tenant_id', '=', 't.tenant_id').onRef('u.user_id', '=', 't.responsible_user_id'))
    .select(['t.started_on', 't.parents_involved', 't.adult_services_contact', 'u.display_name as responsible_name'])
    .where('t.tenant_id', '=', tenantId)
    .where('t.citizen_id', '=', citizenId)
    .executeTakeFirst();
}
