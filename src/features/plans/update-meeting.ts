import type { UpdateMeetingBody } from '../../contracts/meetings.js';
import type { Meeting } from '../../contracts/plan.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { errorDetail } from '../../platform/i18n/server-messages.js';
import { changedFieldNames } from './plan-access.js';
import { authorizeMeetingManage } from './meeting-access.js';
import { canChangeMeetingStatus } from '../../domain/meeting-status.js';
import { findCitizenName, findMeeting, listComments, updateMeetingIfVersion, type MeetingChanges } from './plan-repository.js';
import { groupComments, meetingFields, presentMeeting } from './present-plan.js';
import { recordPlanChange, withoutUnchanged } from './record-plan-change.js';

/** Records how a meeting went: status, who took part, the agreements (who does what by when), summary, next review. */
export async function updateMeeting(ctx: Ctx, citizenId: string, meetingId: string, input: UpdateMeetingBody): Promise<Meeting> {
  const { version, status, participants, agreements, summary, nextReviewDate } = input;
  const access = await authorizeMeetingManage(ctx, { citizenId, meetingId, operation: 'update', fields: changedFieldNames(input) });
  const existing = await findMeeting(ctx.trx, ctx.tenantId, citizenId, meetingId);
  if (!existing) throw new AppError('not_found');
  if (existing.version !== version) throw new AppError('conflict', 'version.stale');
  if (status !== undefined && !canChangeMeetingStatus(existing.status, status)) {
    throw new AppError('validation_failed', 'meeting.status_change', [{ path: 'status', message: errorDetail(ctx.language, 'meeting.status_change') ?? 'meeting.status_change' }]);
  }
  let invited = participants;
  if (participants && !participants.some((p) => p.role === 'citizen')) {
    const citizen = await findCitizenName(ctx.trx, ctx.tenantId, citizenId);
    invited = [{ name: `${citizen?.first_name ?? ''} ${citizen?.last_name ?? ''}`.trim(), role: 'citizen' }, ...participants];
  }
  const changes: MeetingChanges = withoutUnchanged(existing, {
    status,
    participants: invited,
    agreements: agreements?.map((a) => ({ who: a.who, what: a.what, ...(a.byDate && { byDate: a.byDate }) })),
    summary,
    next_review_date: nextReviewDate,
  });
  const updated = Object.keys(changes).length === 0 ? existing : await updateMeetingIfVersion(ctx.trx, { tenantId: ctx.tenantId, meetingId, version }, changes, ctx.now);
  if (!updated) throw new AppError('conflict', 'version.stale');
  await recordPlanChange(ctx, { access, part: 'meetings', subjectType: 'meeting', subjectId: meetingId, operation: 'update', before: meetingFields(existing), after: meetingFields(updated) });
  const comments = groupComments(await listComments(ctx.trx, ctx.tenantId, citizenId, ['meetings']));
  return presentMeeting(updated, comments);
}
