import { sql } from 'kysely';
import type { AcceptGuidelinesBody, ExceptionBody, UpdateMyProfileBody, VolunteerProfile } from '../../contracts/volunteers.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { isDanishPostalCode } from '../../domain/volunteer-application-rules.js';
import { volunteerLanguageCodes } from '../../domain/volunteer-courses.js';
import { checkAvailabilityException, checkWeeklySlots, parseClock, sortedSlots, type WeeklySlot } from '../../domain/volunteer-weekly-slots.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { positionOfPostalCode } from './home-position.js';
import { loadVolunteerProfile } from './load-volunteer-profile.js';
import { volunteerError, type VolunteerMessageKey } from './volunteer-messages.js';
import { currentGuidelines, findProfile, replaceSlots, updateProfileIfVersion } from './volunteer-repository.js';
import { forgetMatchesAfterCommit } from '../companions/match-cache.js';

type Problems = { path: string; key: VolunteerMessageKey }[];

/** The volunteer's own profile: only their own (the actor's user), so there is no id to guess. Someone without a profile gets 404. */
async function authorizeOwn(ctx: Ctx, operation: string): Promise<void> {
  await authorize(ctx, { action: 'volunteer.profile', relation: 'self', purpose: 'own-profile', resourceType: 'volunteer-profile', resourceId: ctx.actor.userId, details: { operation } });
}

export async function getMyVolunteerProfile(ctx: Ctx): Promise<VolunteerProfile> {
  await authorizeOwn(ctx, 'read');
  return loadVolunteerProfile(ctx, ctx.actor.userId);
}

/** Words without repeats (case-insensitive), in the order given. */
function distinctWords(words: readonly string[]): string[] {
  const seen = new Set<string>();
  return words.map((w) => w.trim()).filter((w) => w !== '' && !seen.has(w.toLowerCase()) && seen.add(w.toLowerCase()));
}

/** The slots as minutes, with their problems added to `problems`: first times that are not times, then the pattern's rules. */
function parseSlots(input: UpdateMyProfileBody['weeklySlots'], problems: Problems): WeeklySlot[] {
  const unreadable: Problems = [];
  const slots = input.map((slot, index) => {
    const fromMinute = parseClock(slot.from);
    const toMinute = parseClock(slot.to);
    if (fromMinute === null) unreadable.push({ path: `weeklySlots.${index}.from`, key: 'slot.time' });
    if (toMinute === null) unreadable.push({ path: `weeklySlots.${index}.to`, key: 'slot.time' });
    return { weekday: slot.weekday, fromMinute: fromMinute ?? 0, toMinute: toMinute ?? 0 };
  });
  problems.push(...unreadable);
  if (unreadable.length > 0) return slots;
  for (const p of checkWeeklySlots(slots)) problems.push({ path: p.field === 'slots' ? 'weeklySlots' : `weeklySlots.${p.index}.${p.field}`, key: p.key });
  return slots;
}

/**
 * The volunteer keeps their own interests, skills, languages, area, home (a postal code), how far they will go, their
 * weekly pattern, and whether they are paused. Checked whole before anything is saved; saved on the version read.
 * A volunteer the coordinator has stopped cannot make themself active again.
 */
export async function updateMyVolunteerProfile(ctx: Ctx, input: UpdateMyProfileBody): Promise<VolunteerProfile> {
  // A volunteer's pattern, exceptions, courses or status decide the matches: the kept lists go after commit.
  forgetMatchesAfterCommit(ctx);
  await authorizeOwn(ctx, 'update');
  const userId = ctx.actor.userId;
  const existing = await findProfile(ctx.trx, ctx.tenantId, userId);
  if (!existing) throw new AppError('not_found');
  if (existing.version !== input.version) throw new AppError('conflict', 'version.stale');
  if (existing.status === 'stopped') throw volunteerError('conflict', ctx.language, [{ path: 'paused', key: 'status.stopped_self' }]);
  const problems: Problems = [];
  if (input.languages.some((code) => !volunteerLanguageCodes.includes(code))) problems.push({ path: 'languages', key: 'language.invalid' });
  const postalCode = input.postalCode?.trim() || null;
  const home = postalCode ? positionOfPostalCode(postalCode) : null;
  if (postalCode && !home) problems.push({ path: 'postalCode', key: isDanishPostalCode(postalCode) ? 'postal_code.unknown' : 'postal_code.invalid' });
  const slots = parseSlots(input.weeklySlots, problems);
  if (problems.length > 0) throw volunteerError('validation_failed', ctx.language, problems);
  const status = input.paused ? 'paused' : 'active';
  const saved = await updateProfileIfVersion(
    ctx.trx,
    { tenantId: ctx.tenantId, userId, version: input.version },
    {
      interests: distinctWords(input.interests),
      skills: distinctWords(input.skills),
      languages: distinctWords(input.languages),
      area: input.area?.trim() || home?.districtName || null,
      home_lat: home?.lat ?? null,
      home_lon: home?.lon ?? null,
      max_distance_km: input.maxDistanceKm,
      status,
      ...(status !== existing.status && { status_changed_on: copenhagenToday(ctx.now) }),
    },
    ctx.now,
  );
  if (saved === undefined) throw new AppError('conflict', 'version.stale');
  await replaceSlots(ctx.trx, ctx.tenantId, userId, sortedSlots(slots));
  return loadVolunteerProfile(ctx, userId);
}

/** Away (holiday, illness) or extra time between two instants. */
export async function addMyAvailabilityException(ctx: Ctx, input: ExceptionBody): Promise<VolunteerProfile> {
  // A volunteer's pattern, exceptions, courses or status decide the matches: the kept lists go after commit.
  forgetMatchesAfterCommit(ctx);
  await authorizeOwn(ctx, 'add-exception');
  if (!(await findProfile(ctx.trx, ctx.tenantId, ctx.actor.userId))) throw new AppError('not_found');
  const from = new Date(input.from);
  const to = new Date(input.to);
  const problems = checkAvailabilityException({ from, to }, ctx.now);
  if (problems.length > 0) throw volunteerError('validation_failed', ctx.language, problems.map((p) => ({ path: p.field, key: p.key })));
  await ctx.trx
    .insertInto('volunteer_availability_exception')
    .values({ tenant_id: ctx.tenantId, exception_id: newId(), user_id: ctx.actor.userId, kind: input.kind, from_at: from, to_at: to, note: input.note?.trim() || null })
    .execute();
  return loadVolunteerProfile(ctx, ctx.actor.userId);
}

export async function removeMyAvailabilityException(ctx: Ctx, exceptionId: string): Promise<VolunteerProfile> {
  // A volunteer's pattern, exceptions, courses or status decide the matches: the kept lists go after commit.
  forgetMatchesAfterCommit(ctx);
  await authorizeOwn(ctx, 'remove-exception');
  const removed = await ctx.trx
    .deleteFrom('volunteer_availability_exception')
    .where('tenant_id', '=', ctx.tenantId)
    .where('user_id', '=', ctx.actor.userId)
    .where('exception_id', '=', exceptionId)
    .executeTakeFirst();
  if (Number(removed.numDeletedRows) === 0) throw new AppError('not_found');
  return loadVolunteerProfile(ctx, ctx.actor.userId);
}

/** The volunteer accepts the guidelines they read: only the current version counts (an older one: 409, nothing saved). */
export async function acceptGuidelines(ctx: Ctx, input: AcceptGuidelinesBody): Promise<VolunteerProfile> {
  await authorizeOwn(ctx, 'accept-guidelines');
  if (!(await findProfile(ctx.trx, ctx.tenantId, ctx.actor.userId))) throw new AppError('not_found');
  const current = await currentGuidelines(ctx.trx, ctx.tenantId);
  if (!current) throw volunteerError('conflict', ctx.language, [{ path: 'version', key: 'guidelines.none' }]);
  if (current.version !== input.version) throw volunteerError('conflict', ctx.language, [{ path: 'version', key: 'guidelines.not_current' }]);
  await ctx.trx
    .updateTable('volunteer_profile')
    .set({ guidelines_version: current.version, guidelines_accepted_at: ctx.now, updated_at: ctx.now, version: sql<number>`version + 1` })
    .where('tenant_id', '=', ctx.tenantId)
    .where('user_id', '=', ctx.actor.userId)
    .execute();
  return loadVolunteerProfile(ctx, ctx.actor.userId);
}
