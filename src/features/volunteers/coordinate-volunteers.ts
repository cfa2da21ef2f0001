import type { UpdateVolunteerBody, VolunteerList, VolunteerListQuery, VolunteerProfile } from '../../contracts/volunteers.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { addDays, EXPIRY_WARNING_DAYS } from '../../domain/volunteer-validity.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { loadVolunteerProfile } from './load-volunteer-profile.js';
import { courseChoices } from './present-opportunity.js';
import { presentVolunteerSummary } from './present-volunteer.js';
import { auditListed, authorizeCoordinator } from './volunteer-access.js';
import { volunteerError, type VolunteerMessageKey } from './volunteer-messages.js';
import { coursesOf, currentGuidelines, findProfile, listProfiles, updateProfileIfVersion } from './volunteer-repository.js';
import { forgetMatchesAfterCommit } from '../companions/match-cache.js';

/** The coordinator's list of volunteers, filtered; every listed volunteer gets an audit entry of their own. */
export async function listVolunteers(ctx: Ctx, query: VolunteerListQuery): Promise<VolunteerList> {
  await authorizeCoordinator(ctx, { resourceType: 'volunteer-list', details: { ...query } });
  const today = copenhagenToday(ctx.now);
  const rows = await listProfiles(ctx.trx, ctx.tenantId, {
    status: query.status,
    interest: query.interest,
    course: query.course,
    expiringBy: query.expiring ? addDays(today, EXPIRY_WARNING_DAYS) : undefined,
    today,
  });
  await auditListed(ctx, 'volunteer', rows.map((r) => r.user_id));
  const courses = await coursesOf(ctx.trx, ctx.tenantId, rows.map((r) => r.user_id));
  const current = (await currentGuidelines(ctx.trx, ctx.tenantId))?.version ?? null;
  return { items: rows.map((row) => presentVolunteerSummary(row, courses, today, current, ctx.language)), courses: courseChoices(ctx.language), currentGuidelinesVersion: current };
}

/** One volunteer's whole profile for the coordinator (audited). */
export async function getVolunteer(ctx: Ctx, userId: string): Promise<VolunteerProfile> {
  await authorizeCoordinator(ctx, { resourceType: 'volunteer', resourceId: userId, details: { operation: 'read' } });
  return loadVolunteerProfile(ctx, userId);
}

/**
 * The coordinator records the criminal-record check (its date and expiry — never the document) and the volunteer's
 * status: active, paused, or stopped with a reason. Saved on the version read (else 409, nothing saved).
 */
export async function updateVolunteer(ctx: Ctx, userId: string, input: UpdateVolunteerBody): Promise<VolunteerProfile> {
  // A volunteer's pattern, exceptions, courses or status decide the matches: the kept lists go after commit.
  forgetMatchesAfterCommit(ctx);
  const { version, ...fields } = input;
  await authorizeCoordinator(ctx, { resourceType: 'volunteer', resourceId: userId, details: { operation: 'update', fields: Object.keys(fields), ...(fields.status && { status: fields.status }) } });
  const existing = await findProfile(ctx.trx, ctx.tenantId, userId);
  if (!existing) throw new AppError('not_found');
  if (existing.version !== version) throw new AppError('conflict', 'version.stale');
  const today = copenhagenToday(ctx.now);
  const checkedOn = fields.recordCheckOn !== undefined ? fields.recordCheckOn : existing.record_check_on;
  const expiresOn = fields.recordCheckExpiresOn !== undefined ? fields.recordCheckExpiresOn : existing.record_check_expires_on;
  const status = fields.status ?? existing.status;
  const stopReason = status === 'stopped' ? (fields.stopReason !== undefined ? fields.stopReason : existing.stop_reason) : null;
  const problems: { path: string; key: VolunteerMessageKey }[] = [];
  if (checkedOn !== null && checkedOn > today) problems.push({ path: 'recordCheckOn', key: 'record_check.in_future' });
  if (expiresOn !== null && checkedOn === null) problems.push({ path: 'recordCheckOn', key: 'record_check.expiry_without_check' });
  if (expiresOn !== null && checkedOn !== null && expiresOn < checkedOn) problems.push({ path: 'recordCheckExpiresOn', key: 'record_check.expiry_before_check' });
  if (status === 'stopped' && !stopReason?.trim()) problems.push({ path: 'stopReason', key: 'stop_reason.required' });
  if (problems.length > 0) throw volunteerError('validation_failed', ctx.language, problems);
  const saved = await updateProfileIfVersion(
    ctx.trx,
    { tenantId: ctx.tenantId, userId, version },
    {
      record_check_on: checkedOn,
      record_check_expires_on: expiresOn,
      status,
      stop_reason: stopReason?.trim() || null,
      ...(status !== existing.status && { status_changed_on: today }),
    },
    ctx.now,
  );
  if (saved === undefined) throw new AppError('conflict', 'version.stale');
  if ((status === 'stopped') !== (existing.status === 'stopped')) await setLoginOpen(ctx, userId, status !== 'stopped');
  return loadVolunteerProfile(ctx, userId);
}

/**
 * A stopped volunteer's login closes with the task (their sessions stop working at once: a session of an inactive user
 * is no session); taken back by the coordinator, it opens again. The profile and its history stay.
 */
async function setLoginOpen(ctx: Ctx, userId: string, open: boolean): Promise<void> {
  await ctx.trx.updateTable('app_user').set({ active: open, updated_at: ctx.now }).where('tenant_id', '=', ctx.tenantId).where('user_id', '=', userId).where('kind', '=', 'volunteer').execute();
}
