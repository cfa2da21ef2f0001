import { sql, type Selectable, type Updateable } from 'kysely';
import type { VolunteerCourseTable, VolunteerProfileTable } from '../../platform/db/schema-volunteers.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';
import type { WeeklySlot } from '../../domain/volunteer-weekly-slots.js';

/** The SQL of volunteers' profiles, weekly slots, exceptions and courses. */

export type ProfileRow = Selectable<VolunteerProfileTable> & { display_name: string; email: string | null; phone: string | null };

function profilesWithUser(trx: Tx, tenantId: string) {
  return trx
    .selectFrom('volunteer_profile as p')
    .innerJoin('app_user as u', (join) => join.onRef('u.tenant_id', '=', 'p.tenant_id').onRef('u.user_id', '=', 'p.user_id'))
    .selectAll('p')
    .select(['u.display_name', 'u.email'])
    // The phone number the volunteer gave when applying: the profile itself keeps no contact details.
    .select((eb) =>
      eb
        .selectFrom('volunteer_application as a')
        .select('a.phone')
        .whereRef('a.tenant_id', '=', 'p.tenant_id')
        .whereRef('a.user_id', '=', 'p.user_id')
        .orderBy('a.created_at', 'desc')
        .limit(1)
        .as('phone'),
    )
    .where('p.tenant_id', '=', tenantId);
}

export async function findProfile(trx: Tx, tenantId: string, userId: string): Promise<ProfileRow | undefined> {
  return profilesWithUser(trx, tenantId).where('p.user_id', '=', userId).executeTakeFirst();
}

export interface ProfileFilter {
  status?: string | undefined;
  interest?: string | undefined;
  /** A course valid on `today`. */
  course?: string | undefined;
  /** Record check or a course valid only until this day (or already run out). */
  expiringBy?: string | undefined;
  today: string;
}

export async function listProfiles(trx: Tx, tenantId: string, filter: ProfileFilter): Promise<ProfileRow[]> {
  let query = profilesWithUser(trx, tenantId);
  if (filter.status) query = query.where('p.status', '=', filter.status as 'active');
  if (filter.interest) {
    const interest = filter.interest.toLowerCase();
    query = query.where(sql<boolean>`EXISTS (SELECT 1 FROM unnest(p.interests) AS i WHERE lower(i) = ${interest})`);
  }
  if (filter.course) {
    const { course, today } = filter;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('volunteer_course as c')
          .select('c.course_key')
          .whereRef('c.tenant_id', '=', 'p.tenant_id')
          .whereRef('c.user_id', '=', 'p.user_id')
          .where('c.course_key', '=', course)
          .where((w) => w.or([w('c.valid_until', 'is', null), w('c.valid_until', '>=', today)])),
      ),
    );
  }
  if (filter.expiringBy) {
    const by = filter.expiringBy;
    query = query.where((eb) =>
      eb.or([
        eb('p.record_check_expires_on', '<=', by),
        eb.exists(eb.selectFrom('volunteer_course as c').select('c.course_key').whereRef('c.tenant_id', '=', 'p.tenant_id').whereRef('c.user_id', '=', 'p.user_id').where('c.valid_until', '<=', by)),
      ]),
    );
  }
  return query.orderBy('u.display_name').orderBy('p.user_id').limit(1000).execute();
}

export async function coursesOf(trx: Tx, tenantId: string, userIds: readonly string[]): Promise<Selectable<VolunteerCourseTable>[]> {
  if (userIds.length === 0) return [];
  return trx.selectFrom('volunteer_course').selectAll().where('tenant_id', '=', tenantId).where('user_id', 'in', userIds).orderBy('completed_on').execute();
}

export async function slotsOf(trx: Tx, tenantId: string, userId: string): Promise<WeeklySlot[]> {
  const rows = await trx.selectFrom('volunteer_weekly_slot').select(['weekday', 'from_minute', 'to_minute']).where('tenant_id', '=', tenantId).where('user_id', '=', userId).orderBy('weekday').orderBy('from_minute').execute();
  return rows.map((r) => ({ weekday: r.weekday, fromMinute: r.from_minute, toMinute: r.to_minute }));
}

export async function replaceSlots(trx: Tx, tenantId: string, userId: string, slots: readonly WeeklySlot[]): Promise<void> {
  await trx.deleteFrom('volunteer_weekly_slot').where('tenant_id', '=', tenantId).where('user_id', '=', userId).execute();
  if (slots.length === 0) return;
  await trx
    .insertInto('volunteer_weekly_slot')
    .values(slots.map((s) => ({ tenant_id: tenantId, user_id: userId, weekday: s.weekday, from_minute: s.fromMinute, to_minute: s.toMinute })))
    .execute();
}

/** Exceptions not over yet, soonest first. */
export async function exceptionsOf(trx: Tx, tenantId: string, userId: string, now: Date) {
  return trx.selectFrom('volunteer_availability_exception').selectAll().where('tenant_id', '=', tenantId).where('user_id', '=', userId).where('to_at', '>', now).orderBy('from_at').limit(200).execute();
}

/** Saves a change made on the version read; undefined when someone saved in between. */
export async function updateProfileIfVersion(trx: Tx, key: { tenantId: string; userId: string; version: number }, changes: Updateable<VolunteerProfileTable>, now: Date): Promise<number | undefined> {
  const row = await trx
    .updateTable('volunteer_profile')
    .set({ ...changes, updated_at: now, version: sql<number>`version + 1` })
    .where('tenant_id', '=', key.tenantId)
    .where('user_id', '=', key.userId)
    .where('version', '=', key.version)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

export async function currentGuidelines(trx: Tx, tenantId: string) {
  return trx.selectFrom('volunteer_guidelines').selectAll().where('tenant_id', '=', tenantId).orderBy('version', 'desc').limit(1).executeTakeFirst();
}
