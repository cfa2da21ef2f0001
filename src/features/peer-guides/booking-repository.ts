import type { Insertable } from 'kysely';
import type { PeerGuideBookingTable } from '../../platform/db/schema-volunteers.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';

/** The SQL of peer-guide bookings and the sign-ups to inspiration courses. Every query names the tenant. */

function selectBookings(trx: Tx, tenantId: string) {
  return trx
    .selectFrom('peer_guide_booking as b')
    .innerJoin('app_user as g', (join) => join.onRef('g.tenant_id', '=', 'b.tenant_id').onRef('g.user_id', '=', 'b.guide_user_id'))
    .innerJoin('app_user as bk', (join) => join.onRef('bk.tenant_id', '=', 'b.tenant_id').onRef('bk.user_id', '=', 'b.booked_by'))
    .leftJoin('org_unit as o', (join) => join.onRef('o.tenant_id', '=', 'b.tenant_id').onRef('o.unit_id', '=', 'b.booked_by_unit_id'))
    .leftJoin('citizen as c', (join) => join.onRef('c.tenant_id', '=', 'b.tenant_id').onRef('c.citizen_id', '=', 'b.citizen_id'))
    .selectAll('b')
    .select((eb) => [
      'g.display_name as guide_name',
      'bk.display_name as booker_name',
      'o.name as booker_unit_name',
      'c.first_name as citizen_first_name',
      eb
        .selectFrom('peer_guide_participant as p')
        .select((sub) => sub.fn.countAll<string>().as('n'))
        .whereRef('p.tenant_id', '=', 'b.tenant_id')
        .whereRef('p.booking_id', '=', 'b.booking_id')
        .as('participant_count'),
    ])
    .where('b.tenant_id', '=', tenantId);
}

export type BookingRow = Awaited<ReturnType<ReturnType<typeof selectBookings>['executeTakeFirstOrThrow']>>;

export async function findBooking(trx: Tx, tenantId: string, bookingId: string): Promise<BookingRow | undefined> {
  return selectBookings(trx, tenantId).where('b.booking_id', '=', bookingId).executeTakeFirst();
}

/** Locks one booking (sign-ups to a course are counted one at a time, so the last place is given once). */
export async function lockBooking(trx: Tx, tenantId: string, bookingId: string): Promise<void> {
  await trx.selectFrom('peer_guide_booking').select('booking_id').where('tenant_id', '=', tenantId).where('booking_id', '=', bookingId).forUpdate().execute();
}

/** Bookings made by a user, or of a guide; earliest first. */
export async function listBookings(trx: Tx, tenantId: string, filter: { bookedBy: string } | { guideId: string }): Promise<BookingRow[]> {
  const query = selectBookings(trx, tenantId);
  const filtered = 'bookedBy' in filter ? query.where('b.booked_by', '=', filter.bookedBy) : query.where('b.guide_user_id', '=', filter.guideId);
  return filtered.orderBy('b.starts_at').orderBy('b.booking_id').limit(500).execute();
}

/** The guide's bookings that hold time (not cancelled) and overlap [from, to). */
export async function guideBookingsBetween(trx: Tx, tenantId: string, guideId: string, from: Date, to: Date) {
  return trx
    .selectFrom('peer_guide_booking')
    .select(['booking_id', 'starts_at as startsAt', 'ends_at as endsAt'])
    .where('tenant_id', '=', tenantId)
    .where('guide_user_id', '=', guideId)
    .where('status', '!=', 'cancelled')
    .where('starts_at', '<', to)
    .where('ends_at', '>', from)
    .orderBy('starts_at')
    .execute();
}

export async function insertBooking(trx: Tx, values: Insertable<PeerGuideBookingTable>): Promise<void> {
  await trx.insertInto('peer_guide_booking').values(values).execute();
}

/** Moves a booking on from 'booked' on the version that was read; false when it was changed in between. */
export async function closeBooking(trx: Tx, key: { tenantId: string; bookingId: string; version: number; now: Date }, change: { status: 'cancelled' } | { status: 'done'; minutes: number }): Promise<boolean> {
  const result = await trx
    .updateTable('peer_guide_booking')
    .set((eb) => ({ status: change.status, ...(change.status === 'done' && { minutes_logged: change.minutes }), version: eb('version', '+', 1), updated_at: key.now }))
    .where('tenant_id', '=', key.tenantId)
    .where('booking_id', '=', key.bookingId)
    .where('version', '=', key.version)
    .where('status', '=', 'booked')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listParticipants(trx: Tx, tenantId: string, bookingId: string) {
  return trx.selectFrom('peer_guide_participant').select(['participant_id', 'name']).where('tenant_id', '=', tenantId).where('booking_id', '=', bookingId).orderBy('signed_up_at').orderBy('participant_id').execute();
}

export async function insertParticipant(trx: Tx, values: { tenantId: string; bookingId: string; participantId: string; name: string; userId: string | null; at: Date }): Promise<void> {
  await trx
    .insertInto('peer_guide_participant')
    .values({ tenant_id: values.tenantId, booking_id: values.bookingId, participant_id: values.participantId, name: values.name, user_id: values.userId, signed_up_at: values.at })
    .execute();
}

/** Minutes of done bookings that began in [from, to), per guide and funding source, with the count of bookings. */
export async function doneMinutes(trx: Tx, tenantId: string, from: Date, to: Date) {
  return trx
    .selectFrom('peer_guide_booking as b')
    .innerJoin('app_user as g', (join) => join.onRef('g.tenant_id', '=', 'b.tenant_id').onRef('g.user_id', '=', 'b.guide_user_id'))
    .select((eb) => ['b.guide_user_id', 'g.display_name', 'b.funding_source', eb.fn.coalesce(eb.fn.sum<string>('b.minutes_logged'), eb.lit(0)).as('minutes'), eb.fn.countAll<string>().as('bookings')])
    .where('b.tenant_id', '=', tenantId)
    .where('b.status', '=', 'done')
    .where('b.starts_at', '>=', from)
    .where('b.starts_at', '<', to)
    .groupBy(['b.guide_user_id', 'g.display_name', 'b.funding_source'])
    .execute();
}

/** The unit's area (social, employment, other), for the funding source a booking gets by default. */
export async function unitArea(trx: Tx, tenantId: string, unitId: string | null): Promise<'social' | 'employment' | 'other' | null> {
  if (!unitId) return null;
  const row = await trx.selectFrom('org_unit').select('area').where('tenant_id', '=', tenantId).where('unit_id', '=', unitId).executeTakeFirst();
  return row?.area ?? null;
}
