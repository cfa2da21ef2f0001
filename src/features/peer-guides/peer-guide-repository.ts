import { sql } from 'kysely';
import type { ExperienceArea } from '../../domain/peer-guide-booking.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';

/** The SQL of peer-guide profiles and the users they hang on. Every query names the tenant. */

function selectGuides(trx: Tx, tenantId: string) {
  return trx
    .selectFrom('peer_guide_profile as p')
    .innerJoin('app_user as u', (join) => join.onRef('u.tenant_id', '=', 'p.tenant_id').onRef('u.user_id', '=', 'p.user_id'))
    .select(['p.user_id', 'u.display_name', 'u.active', 'p.experience_areas', 'p.presentation', 'p.training_status', 'p.trained_on', 'p.availability_note', 'p.status', 'p.version'])
    .where('p.tenant_id', '=', tenantId);
}

export type GuideRow = Awaited<ReturnType<ReturnType<typeof selectGuides>['executeTakeFirstOrThrow']>>;

/** Guides by name; `activeOnly` leaves out paused and stopped guides (and users no longer active). */
export async function listGuides(trx: Tx, tenantId: string, filter: { area?: ExperienceArea | undefined; activeOnly: boolean }): Promise<GuideRow[]> {
  let query = selectGuides(trx, tenantId);
  if (filter.area) query = query.where(sql<boolean>`${filter.area} = ANY(p.experience_areas)`);
  if (filter.activeOnly) query = query.where('p.status', '=', 'active').where('u.active', '=', true);
  return query.orderBy('u.display_name').orderBy('p.user_id').execute();
}

/** One guide; `lock` takes the profile row so that two bookings of the same guide are judged one after the other. */
export async function findGuide(trx: Tx, tenantId: string, userId: string, options: { lock?: boolean } = {}): Promise<GuideRow | undefined> {
  let query = selectGuides(trx, tenantId).where('p.user_id', '=', userId);
  if (options.lock) query = query.forUpdate('p');
  return query.executeTakeFirst();
}

/** The times each guide is booked (not cancelled) between two instants, earliest first. */
export async function busySlots(trx: Tx, tenantId: string, guideIds: readonly string[], from: Date, to: Date) {
  if (guideIds.length === 0) return [];
  return trx
    .selectFrom('peer_guide_booking')
    .select(['guide_user_id', 'starts_at', 'ends_at'])
    .where('tenant_id', '=', tenantId)
    .where('guide_user_id', 'in', guideIds)
    .where('status', '!=', 'cancelled')
    .where('ends_at', '>', from)
    .where('starts_at', '<', to)
    .orderBy('starts_at')
    .execute();
}

/** Inspiration courses of the guides that have not begun, with the sign-ups so far, earliest first. */
export async function upcomingCourses(trx: Tx, tenantId: string, guideIds: readonly string[], from: Date, to: Date) {
  if (guideIds.length === 0) return [];
  return trx
    .selectFrom('peer_guide_booking as b')
    .select((eb) => [
      'b.booking_id',
      'b.guide_user_id',
      'b.title',
      'b.starts_at',
      'b.ends_at',
      'b.place',
      'b.max_participants',
      eb.selectFrom('peer_guide_participant as p').select((sub) => sub.fn.countAll<string>().as('n')).whereRef('p.tenant_id', '=', 'b.tenant_id').whereRef('p.booking_id', '=', 'b.booking_id').as('participant_count'),
    ])
    .where('b.tenant_id', '=', tenantId)
    .where('b.guide_user_id', 'in', guideIds)
    .where('b.kind', '=', 'inspiration-course')
    .where('b.status', '=', 'booked')
    .where('b.starts_at', '>', from)
    .where('b.starts_at', '<', to)
    .orderBy('b.starts_at')
    .execute();
}

export async function emailInUse(trx: Tx, tenantId: string, email: string): Promise<boolean> {
  const row = await trx.selectFrom('app_user').select('user_id').where('tenant_id', '=', tenantId).where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase())).limit(1).executeTakeFirst();
  return row !== undefined;
}

export interface GuideProfileValues {
  experienceAreas: ExperienceArea[];
  presentation: string;
  trainingStatus: 'in-training' | 'trained' | 'refresher-due';
  trainedOn: string | null;
  availabilityNote: string | null;
}

/** A new guide: an external user with the peer-guide role, and their profile. */
export async function insertGuide(trx: Tx, key: { tenantId: string; userId: string; grantedBy: string; now: Date }, person: { name: string; email: string | null }, profile: GuideProfileValues): Promise<void> {
  const { tenantId, userId, now } = key;
  await trx
    .insertInto('app_user')
    .values({ tenant_id: tenantId, user_id: userId, display_name: person.name, email: person.email, title: null, kind: 'external', org_unit_id: null, demo_key: null, demo_order: null, created_at: now, updated_at: now })
    .execute();
  await trx.insertInto('role_grant').values({ tenant_id: tenantId, user_id: userId, role: 'peer-guide', granted_by: key.grantedBy, granted_at: now }).execute();
  await trx
    .insertInto('peer_guide_profile')
    .values({
      tenant_id: tenantId,
      user_id: userId,
      experience_areas: profile.experienceAreas,
      presentation: profile.presentation,
      training_status: profile.trainingStatus,
      trained_on: profile.trainedOn,
      availability_note: profile.availabilityNote,
      updated_at: now,
    })
    .execute();
}

/** Saves a change on the version that was read; false when someone saved in between. */
export async function updateGuideProfile(
  trx: Tx,
  key: { tenantId: string; userId: string; version: number; now: Date },
  values: Partial<GuideProfileValues> & { status?: 'active' | 'paused' | 'stopped' },
): Promise<boolean> {
  const result = await trx
    .updateTable('peer_guide_profile')
    .set((eb) => ({
      ...(values.experienceAreas !== undefined && { experience_areas: values.experienceAreas }),
      ...(values.presentation !== undefined && { presentation: values.presentation }),
      ...(values.trainingStatus !== undefined && { training_status: values.trainingStatus }),
      ...(values.trainedOn !== undefined && { trained_on: values.trainedOn }),
      ...(values.availabilityNote !== undefined && { availability_note: values.availabilityNote }),
      ...(values.status !== undefined && { status: values.status }),
      version: eb('version', '+', 1),
      updated_at: key.now,
    }))
    .where('tenant_id', '=', key.tenantId)
    .where('user_id', '=', key.userId)
    .where('version', '=', key.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
