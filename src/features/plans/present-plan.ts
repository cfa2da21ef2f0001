import type { Comment, Dream, Goal, HistoryItem, Meeting, Step } from '../../contracts/plan.js';
import { goalOutcome, stepProgress } from '../../domain/goal-progress.js';
import type { LifeDomain } from '../../domain/plan-parts.js';
import type { PlanChangeRow } from './history-repository.js';
import type { CommentRow, DreamRow, GoalRow, MeetingRow, StepRow } from './plan-repository.js';
import type { Fields } from './record-plan-change.js';

/** Turns plan rows into the API's shapes, and into the field sets the change history compares. */

export type CommentsBySubject = Map<string, Comment[]>;

export function groupComments(rows: readonly CommentRow[]): CommentsBySubject {
  const bySubject: CommentsBySubject = new Map();
  for (const row of rows) {
    const list = bySubject.get(row.subject_id) ?? [];
    list.push(presentComment(row));
    bySubject.set(row.subject_id, list);
  }
  return bySubject;
}

export function presentComment(row: Pick<CommentRow, 'comment_id' | 'author_name' | 'text' | 'created_at'>): Comment {
  return { id: row.comment_id, authorName: row.author_name ?? '', text: row.text, createdAt: row.created_at.toISOString() };
}

export function presentDream(row: DreamRow, comments: CommentsBySubject = new Map()): Dream {
  return { id: row.dream_id, text: row.text, domain: row.domain as LifeDomain | null, createdAt: row.created_at.toISOString(), comments: comments.get(row.dream_id) ?? [], version: row.version };
}

export function dreamFields(row: DreamRow): Fields {
  return { text: row.text, domain: row.domain };
}

export function presentStep(row: StepRow, comments: CommentsBySubject = new Map()): Step {
  return {
    id: row.step_id,
    text: row.text,
    whoHelps: row.who_helps,
    dueDate: row.due_date,
    pictogram: row.pictogram,
    offerId: row.offer_id,
    status: row.status,
    doneAt: row.done_at ? row.done_at.toISOString() : null,
    comments: comments.get(row.step_id) ?? [],
    version: row.version,
  };
}

export function stepFields(row: StepRow): Fields {
  return { goalId: row.goal_id, text: row.text, whoHelps: row.who_helps, dueDate: row.due_date, pictogram: row.pictogram, ...(row.offer_id && { offerId: row.offer_id }), status: row.status };
}

/** Progress counts the steps done of those not cancelled; the outcome follows the FFB goal type (domain/goal-progress). */
export function goalProgressOf(row: Pick<GoalRow, 'goal_type' | 'status' | 'citizen_rating'>, steps: readonly Pick<StepRow, 'status'>[]) {
  const counted = steps.filter((s) => s.status !== 'cancelled');
  const facts = { goalType: row.goal_type, status: row.status, citizenRating: row.citizen_rating, stepsDone: counted.filter((s) => s.status === 'done').length, stepsTotal: counted.length };
  return { outcome: goalOutcome(facts), progress: stepProgress(facts) };
}

export function presentGoal(row: GoalRow, steps: readonly StepRow[], comments: CommentsBySubject = new Map()): Goal {
  return {
    id: row.goal_id,
    domain: row.domain as LifeDomain,
    title: row.title,
    description: row.description,
    goalType: row.goal_type,
    status: row.status,
    ...goalProgressOf(row, steps),
    citizenRating: row.citizen_rating,
    workerLevel: row.worker_level,
    reviewDate: row.review_date,
    track: row.track,
    steps: steps.map((s) => presentStep(s, comments)),
    comments: comments.get(row.goal_id) ?? [],
    version: row.version,
  };
}

export function goalFields(row: GoalRow): Fields {
  return { domain: row.domain, title: row.title, description: row.description, goalType: row.goal_type, status: row.status, citizenRating: row.citizen_rating, workerLevel: row.worker_level, reviewDate: row.review_date, track: row.track };
}

export function presentMeeting(row: MeetingRow, comments: CommentsBySubject = new Map()): Meeting {
  return {
    id: row.meeting_id,
    startsAt: row.starts_at.toISOString(),
    location: row.location,
    status: row.status,
    participants: row.participants.map((p) => ({ name: p.name, role: p.role })),
    agreements: row.agreements.map((a) => ({ who: a.who, what: a.what, byDate: a.byDate ?? null })),
    summary: row.summary,
    nextReviewDate: row.next_review_date,
    comments: comments.get(row.meeting_id) ?? [],
    version: row.version,
  };
}

export function meetingFields(row: MeetingRow): Fields {
  return {
    startsAt: row.starts_at,
    location: row.location,
    status: row.status,
    participants: row.participants.map((p) => ({ name: p.name, role: p.role })),
    agreements: row.agreements,
    summary: row.summary,
    nextReviewDate: row.next_review_date,
  };
}

export function presentHistoryItem(row: PlanChangeRow): HistoryItem {
  return {
    id: row.change_id,
    at: row.occurred_at.toISOString(),
    actorName: row.actor_name,
    actorRole: row.actor_role,
    part: row.part,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    operation: row.operation,
    changes: row.changes,
  };
}

/** Steps grouped by goal, keeping their order. */
export function groupSteps(rows: readonly StepRow[]): Map<string, StepRow[]> {
  const byGoal = new Map<string, StepRow[]>();
  for (const row of rows) {
    const list = byGoal.get(row.goal_id) ?? [];
    list.push(row);
    byGoal.set(row.goal_id, list);
  }
  return byGoal;
}
