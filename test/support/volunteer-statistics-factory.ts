import type { Insertable } from 'kysely';
import type { DatabaseHandle } from '../../src/platform/db/connect.js';
import type { CompanionRequestTable, PeerGuideBookingTable } from '../../src/platform/db/schema-volunteers.js';
import { newId } from '../../src/platform/ids.js';

/**
 * Rows for the evaluation's tests, inserted as the owner: volunteers with their status history, citizens, companion
 * requests in any state, smileys and peer-guide bookings — independent of the features (and demo loaders) that
 * write these tables in the app.
 */
export function volunteerStatisticsFactory(database: DatabaseHandle) {
  const db = database.db;
  const user = async (tenantId: string, name: string, kind: 'volunteer' | 'external' | 'staff', orgUnitId: string | null = null) => {
    const userId = newId();
    const now = new Date();
    await db.insertInto('app_user').values({ tenant_id: tenantId, user_id: userId, display_name: name, email: null, title: null, kind, org_unit_id: orgUnitId, demo_key: null, demo_order: null, created_at: now, updated_at: now }).execute();
    return userId;
  };
  return {
    async tenantId(slug: string): Promise<string> {
      return (await db.selectFrom('tenant').select('tenant_id').where('slug', '=', slug).executeTakeFirstOrThrow()).tenant_id;
    },
    async unitId(tenantId: string, name: string): Promise<string> {
      return (await db.selectFrom('org_unit').select('unit_id').where('tenant_id', '=', tenantId).where('name', '=', name).executeTakeFirstOrThrow()).unit_id;
    },
    async volunteer(tenantId: string, name: string, profile: { startedOn: string; status?: 'active' | 'paused' | 'stopped'; statusChangedOn?: string; stopReason?: string }): Promise<string> {
      const userId = await user(tenantId, name, 'volunteer');
      await db
        .insertInto('volunteer_profile')
        .values({ tenant_id: tenantId, user_id: userId, started_on: profile.startedOn, status: profile.status ?? 'active', status_changed_on: profile.statusChangedOn ?? null, stop_reason: profile.stopReason ?? null, updated_at: new Date() })
        .execute();
      return userId;
    },
    async peerGuide(tenantId: string, name: string): Promise<string> {
      return user(tenantId, name, 'external');
    },
    async staff(tenantId: string, name: string, unitId: string): Promise<string> {
      return user(tenantId, name, 'staff', unitId);
    },
    async citizen(tenantId: string, firstName: string, teamMemberUserId?: string): Promise<string> {
      const citizenId = newId();
      const now = new Date();
      await db.insertInto('citizen').values({ tenant_id: tenantId, citizen_id: citizenId, user_id: null, first_name: firstName, last_name: 'Tælling', birth_date: '1990-04-04', created_at: now, updated_at: now }).execute();
      if (teamMemberUserId) await db.insertInto('citizen_team_member').values({ tenant_id: tenantId, citizen_id: citizenId, user_id: teamMemberUserId, team_role: 'support-worker', added_at: now }).execute();
      return citizenId;
    },
    /** A request made at `createdAt` for an activity at `startsAt` (two hours), in whatever state the values say. */
    async request(tenantId: string, citizenId: string, { createdAt, startsAt: startsAtText, ...values }: { createdAt: string; startsAt: string } & Partial<Insertable<CompanionRequestTable>>): Promise<string> {
      const requestId = newId();
      const startsAt = new Date(startsAtText);
      await db
        .insertInto('companion_request')
        .values({
          request_id: requestId,
          activity: 'Svømning i Søby Svømmehal',
          meeting_place: 'Indgangen',
          requested_by_role: 'staff',
          ends_at: new Date(startsAt.getTime() + 2 * 3_600_000),
          updated_at: new Date(createdAt),
          ...values,
          tenant_id: tenantId,
          citizen_id: citizenId,
          created_at: new Date(createdAt),
          starts_at: startsAt,
        })
        .execute();
      return requestId;
    },
    async smiley(tenantId: string, requestId: string, side: 'citizen' | 'volunteer', smiley: 1 | 2 | 3): Promise<void> {
      await db.insertInto('companion_evaluation').values({ tenant_id: tenantId, request_id: requestId, by_side: side, smiley, comment: null, given_by: null, given_at: new Date() }).execute();
    },
    async booking(tenantId: string, guideUserId: string, bookedBy: string, { startsAt: startsAtText, ...values }: { startsAt: string } & Partial<Insertable<PeerGuideBookingTable>>): Promise<string> {
      const bookingId = newId();
      const startsAt = new Date(startsAtText);
      await db
        .insertInto('peer_guide_booking')
        .values({
          booking_id: bookingId,
          kind: 'talk',
          title: 'Oplæg for personalet',
          place: 'Rådhuset',
          funding_source: 'social',
          ends_at: new Date(startsAt.getTime() + 3_600_000),
          created_at: startsAt,
          updated_at: startsAt,
          ...values,
          tenant_id: tenantId,
          guide_user_id: guideUserId,
          booked_by: bookedBy,
          starts_at: startsAt,
        })
        .execute();
      return bookingId;
    },
  };
}
