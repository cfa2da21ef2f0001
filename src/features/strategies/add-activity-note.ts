import type { NoteBody, NoteResult } from '../../contracts/strategies.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { presentActivity, presentNote } from './present-strategies.js';
import { authorizeStrategy } from './strategy-access.js';
import { strategyFieldError } from './strategy-messages.js';
import { listActivityRows, listNotes, updateActivityIfVersion } from './strategy-repository.js';
import { noteDateProblem } from './strategy-rules.js';

/**
 * A dated progress note. It may change the status in the same act: the note records the status before and after,
 * and the change is made on the version read (409 when someone changed the activity meanwhile). A note that leaves the
 * status as it is needs no version — two leaders may write notes at the same time.
 */
export async function addActivityNote(ctx: Ctx, activityId: string, input: NoteBody): Promise<NoteResult> {
  const [existing] = await listActivityRows(ctx.trx, ctx.tenantId, { activityId });
  const changesStatus = input.status !== undefined && existing !== undefined && input.status !== existing.status;
  const noteId = newId();
  await authorizeStrategy(ctx, 'strategy.manage', {
    type: 'strategy-activity',
    id: activityId,
    details: { operation: 'note', noteId, notedOn: input.notedOn, ...(changesStatus && { status: { from: existing!.status, to: input.status } }) },
  });
  if (!existing) throw new AppError('not_found');
  const today = copenhagenToday(ctx.now);
  const problem = noteDateProblem(input.notedOn, today);
  if (problem) throw strategyFieldError(ctx.language, 'notedOn', problem);
  if (changesStatus) {
    if (input.version === undefined) throw strategyFieldError(ctx.language, 'version', 'version.required');
    if (input.version !== existing.version) throw new AppError('conflict', 'version.stale');
    const saved = await updateActivityIfVersion(ctx.trx, { tenantId: ctx.tenantId, activityId, version: input.version }, { status: input.status! }, ctx.now);
    if (!saved) throw new AppError('conflict', 'version.stale');
  }
  await ctx.trx
    .insertInto('activity_note')
    .values({
      tenant_id: ctx.tenantId,
      note_id: noteId,
      activity_id: activityId,
      noted_on: input.notedOn,
      body: input.body,
      status_from: changesStatus ? existing.status : null,
      status_to: changesStatus ? input.status! : null,
      written_by: ctx.actor.userId,
      written_at: ctx.now,
    })
    .execute();
  const [row] = await listActivityRows(ctx.trx, ctx.tenantId, { activityId });
  const note = (await listNotes(ctx.trx, ctx.tenantId, activityId)).find((n) => n.note_id === noteId)!;
  return { note: presentNote(note), activity: presentActivity(row!, today) };
}
