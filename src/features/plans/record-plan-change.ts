import type { PlanPart } from '../../domain/plan-parts.js';
import type { CitizenAccess } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';

export type PlanSubjectType = 'dream' | 'goal' | 'step' | 'meeting' | 'comment';
export type FieldChanges = Record<string, { from: unknown; to: unknown }>;
/** A subject's fields as the history shows them: the API's names and plain JSON values. */
export type Fields = Record<string, unknown>;

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value === undefined ? null : value;
}

/**
 * The field-level difference between two versions of a subject. A create is a diff from nothing,
 * a delete a diff to nothing; fields whose value is the same on both sides are left out.
 */
export function diffFields(before: Fields | null, after: Fields | null): FieldChanges {
  const changes: FieldChanges = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    const from = plain(before?.[key]);
    const to = plain(after?.[key]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}

/** The role a change is shown under in the citizen's history: citizen, relative, or the actor's staff role. */
export function actorRoleOf(ctx: Ctx, access: CitizenAccess): string | null {
  if (access.relation === 'self') return 'citizen';
  if (access.relation === 'relative') return 'relative';
  return ctx.actor.roles[0] ?? null;
}

export interface PlanChange {
  access: CitizenAccess;
  part: PlanPart;
  subjectType: PlanSubjectType;
  subjectId: string;
  operation: 'create' | 'update' | 'delete';
  before: Fields | null;
  after: Fields | null;
}

/**
 * Records one change to the plan in the caller's transaction, so the history holds exactly the changes that
 * were made: who, when, which part, and every field's value before and after. The citizen reads this history.
 * An update that changed no field's value is not a change and leaves no row.
 */
export async function recordPlanChange(ctx: Ctx, change: PlanChange): Promise<void> {
  const changes = diffFields(change.before, change.after);
  if (change.operation === 'update' && Object.keys(changes).length === 0) return;
  await ctx.trx
    .insertInto('plan_change')
    .values({
      tenant_id: ctx.tenantId,
      change_id: newId(),
      citizen_id: change.access.citizenId,
      part: change.part,
      subject_type: change.subjectType,
      subject_id: change.subjectId,
      operation: change.operation,
      changes: JSON.stringify(changes),
      actor_user_id: ctx.actor.userId,
      actor_role: actorRoleOf(ctx, change.access),
      occurred_at: ctx.now,
    })
    .execute();
}

/** Leaves out the requested changes that would not change the stored value, so a save of the same text is no change. */
export function withoutUnchanged<T extends Record<string, unknown>>(existing: Record<string, unknown>, requested: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(requested) as (keyof T & string)[]) {
    const value = requested[key];
    if (value !== undefined && JSON.stringify(plain(existing[key])) !== JSON.stringify(plain(value))) changes[key] = value;
  }
  return changes;
}
