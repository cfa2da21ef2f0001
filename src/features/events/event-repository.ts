import { sql, type ExpressionBuilder, type Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { CalendarFeedTable, OfferEventTable, OfferScheduleTable } from '../../platform/db/schema-catalogue.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';

/** The SQL of "Det sker": events, sign-ups, and the citizens' calendar feeds. Every query names the tenant. */

type EventEb = ExpressionBuilder<Database & { e: OfferEventTable }, 'e'>;

/** Active sign-ups of the event in the row (a cancelled sign-up frees its place). */
function signedUpCount(eb: EventEb) {
  return eb
    .selectFrom('event_signup as s')
    .select((s) => s.fn.countAll<string>().as('n'))
    .whereRef('s.tenant_id', '=', 'e.tenant_id')
    .whereRef('s.event_id', '=', 'e.event_id')
    .where('s.cancelled_at', 'is', null);
}

/** An event with its offer, organisation, location, sign-up count and the facts of who keeps it. */
function eventQuery(trx: Tx, tenantId: string) {
  return trx
    .selectFrom('offer_event as e')
    .leftJoin('offer as o', (join) => join.onRef('o.tenant_id', '=', 'e.tenant_id').onRef('o.offer_id', '=', 'e.offer_id'))
    .innerJoin('organization as g', (join) => join.onRef('g.tenant_id', '=', 'e.tenant_id').onRef('g.organization_id', '=', 'e.organization_id'))
    .leftJoin('location as l', (join) => join.onRef('l.tenant_id', '=', 'e.tenant_id').onRef('l.location_id', '=', 'e.location_id'))
    .selectAll('e')
    .select([
      'o.name as offer_name',
      'o.lifecycle as offer_lifecycle',
      'o.life_domains as offer_life_domains',
      'o.target_groups as offer_target_groups',
      'o.owner_unit_id as offer_owner_unit_id',
      'g.name as organization_name',
      'g.kind as organization_kind',
      'g.org_unit_id as organization_unit_id',
      'l.name as location_name',
      'l.address_line as location_address',
      'l.postal_code as location_postal_code',
      'l.city as location_city',
    ])
    .select((eb) => signedUpCount(eb as unknown as EventEb).as('signed_up'))
    // Where the offer is, for an event that names no place of its own.
    .select((eb) =>
      eb
        .selectFrom('offer_location as ol')
        .innerJoin('location as ll', (join) => join.onRef('ll.tenant_id', '=', 'ol.tenant_id').onRef('ll.location_id', '=', 'ol.location_id'))
        .select(sql<string>`concat_ws(', ', ll.name, ll.address_line, concat_ws(' ', ll.postal_code, ll.city))`.as('t'))
        .whereRef('ol.tenant_id', '=', 'e.tenant_id')
        .whereRef('ol.offer_id', '=', 'e.offer_id')
        .where(sql<boolean>`e.place IS NULL AND e.location_id IS NULL`)
        .orderBy('ll.name')
        .orderBy('ll.location_id')
        .limit(1)
        .as('offer_location_text'),
    )
    .where('e.tenant_id', '=', tenantId);
}

export type EventRow = Awaited<ReturnType<ReturnType<typeof eventQuery>['executeTakeFirstOrThrow']>>;

/** Public: events of published offers, and organisations' own events (no offer). */
const isPublic = sql<boolean>`(e.offer_id IS NULL OR o.lifecycle = 'published')`;

export interface PublicEventFilter {
  from: Date;
  to: Date;
  offerIds?: readonly string[] | undefined;
  lifeDomain?: string | undefined;
  targetGroup?: string | undefined;
  q?: string | undefined;
  limit: number;
}

/** Public events that overlap the period, earliest first. */
export async function listPublicEvents(trx: Tx, tenantId: string, filter: PublicEventFilter): Promise<EventRow[]> {
  let query = eventQuery(trx, tenantId).where(isPublic).where('e.starts_at', '<', filter.to).where('e.ends_at', '>', filter.from);
  if (filter.offerIds) {
    if (filter.offerIds.length === 0) return [];
    query = query.where('e.offer_id', 'in', filter.offerIds);
  }
  if (filter.lifeDomain) query = query.where(sql<boolean>`${filter.lifeDomain} = ANY(o.life_domains)`);
  if (filter.targetGroup) query = query.where(sql<boolean>`${filter.targetGroup} = ANY(o.target_groups)`);
  if (filter.q) {
    const words = filter.q;
    const pattern = `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where(
      sql<boolean>`(to_tsvector('danish', e.title || ' ' || e.description) @@ websearch_to_tsquery('danish', ${words})
        OR o.search_document @@ websearch_to_tsquery('danish', ${words})
        OR e.title ILIKE ${pattern} OR g.name ILIKE ${pattern})`,
    );
  }
  return query.orderBy('e.starts_at').orderBy('e.event_id').limit(filter.limit).execute();
}

export async function findPublicEvent(trx: Tx, tenantId: string, eventId: string): Promise<EventRow | undefined> {
  return eventQuery(trx, tenantId).where(isPublic).where('e.event_id', '=', eventId).executeTakeFirst();
}

/** Any event of the municipality, public or not (for those who keep it). */
export async function findEvent(trx: Tx, tenantId: string, eventId: string): Promise<EventRow | undefined> {
  return eventQuery(trx, tenantId).where('e.event_id', '=', eventId).executeTakeFirst();
}

/** Locks the event's row until the transaction ends, so two sign-ups for the last place are taken one at a time. */
export async function lockEvent(trx: Tx, tenantId: string, eventId: string): Promise<void> {
  await trx.selectFrom('offer_event').select('event_id').where('tenant_id', '=', tenantId).where('event_id', '=', eventId).forUpdate().execute();
}

export async function countActiveSignups(trx: Tx, tenantId: string, eventId: string): Promise<number> {
  const row = await trx
    .selectFrom('event_signup')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('event_id', '=', eventId)
    .where('cancelled_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The keeper facts of an offer, for creating an event under it. */
export async function findOfferForEvent(trx: Tx, tenantId: string, offerId: string) {
  return trx
    .selectFrom('offer as o')
    .innerJoin('organization as g', (join) => join.onRef('g.tenant_id', '=', 'o.tenant_id').onRef('g.organization_id', '=', 'o.organization_id'))
    .select(['o.offer_id', 'o.organization_id', 'o.owner_unit_id', 'o.lifecycle', 'g.kind as organization_kind', 'g.org_unit_id as organization_unit_id'])
    .where('o.tenant_id', '=', tenantId)
    .where('o.offer_id', '=', offerId)
    .executeTakeFirst();
}

export async function findOrganization(trx: Tx, tenantId: string, organizationId: string) {
  return trx.selectFrom('organization').select(['organization_id', 'kind', 'org_unit_id']).where('tenant_id', '=', tenantId).where('organization_id', '=', organizationId).executeTakeFirst();
}

export async function locationExists(trx: Tx, tenantId: string, locationId: string): Promise<boolean> {
  const row = await trx.selectFrom('location').select('location_id').where('tenant_id', '=', tenantId).where('location_id', '=', locationId).executeTakeFirst();
  return row !== undefined;
}

export type EventValues = Pick<Selectable<OfferEventTable>, 'title' | 'description' | 'starts_at' | 'ends_at' | 'place' | 'location_id' | 'capacity' | 'signup_required'>;

export async function insertEvent(trx: Tx, values: EventValues & { tenantId: string; eventId: string; offerId: string | null; organizationId: string; createdBy: string; now: Date }): Promise<void> {
  await trx
    .insertInto('offer_event')
    .values({
      tenant_id: values.tenantId,
      event_id: values.eventId,
      offer_id: values.offerId,
      organization_id: values.organizationId,
      title: values.title,
      description: values.description,
      starts_at: values.starts_at,
      ends_at: values.ends_at,
      place: values.place,
      location_id: values.location_id,
      capacity: values.capacity,
      signup_required: values.signup_required,
      created_by: values.createdBy,
      created_at: values.now,
      updated_at: values.now,
    })
    .execute();
}

/** Updates only when the stored version is the one the editor read; false on a stale version. */
export async function updateEventIfVersion(trx: Tx, key: { tenantId: string; eventId: string; version: number }, changes: Partial<EventValues & { status: 'planned' | 'cancelled' }>, now: Date): Promise<boolean> {
  const row = await trx
    .updateTable('offer_event')
    .set((eb) => ({ ...changes, updated_at: now, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', key.tenantId)
    .where('event_id', '=', key.eventId)
    .where('version', '=', key.version)
    .returning('event_id')
    .executeTakeFirst();
  return row !== undefined;
}

// Sign-ups

export async function findSignup(trx: Tx, tenantId: string, eventId: string, citizenId: string) {
  return trx.selectFrom('event_signup').selectAll().where('tenant_id', '=', tenantId).where('event_id', '=', eventId).where('citizen_id', '=', citizenId).executeTakeFirst();
}

/** Signs up, or signs up again after a cancelled sign-up (one row per citizen and event). */
export async function upsertSignup(trx: Tx, values: { tenantId: string; eventId: string; citizenId: string; by: string; now: Date }) {
  return trx
    .insertInto('event_signup')
    .values({ tenant_id: values.tenantId, event_id: values.eventId, citizen_id: values.citizenId, signed_up_at: values.now, signed_up_by: values.by, cancelled_at: null })
    .onConflict((oc) => oc.columns(['tenant_id', 'event_id', 'citizen_id']).doUpdateSet({ signed_up_at: values.now, signed_up_by: values.by, cancelled_at: null }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function cancelSignup(trx: Tx, key: { tenantId: string; eventId: string; citizenId: string }, now: Date): Promise<boolean> {
  const row = await trx
    .updateTable('event_signup')
    .set({ cancelled_at: now })
    .where('tenant_id', '=', key.tenantId)
    .where('event_id', '=', key.eventId)
    .where('citizen_id', '=', key.citizenId)
    .where('cancelled_at', 'is', null)
    .returning('event_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** The events a citizen is signed up for that end after `endsAfter`, earliest first, with when each sign-up was made. */
export async function listSignedUpEvents(trx: Tx, tenantId: string, citizenId: string, endsAfter: Date) {
  return eventQuery(trx, tenantId)
    .innerJoin('event_signup as mine', (join) => join.onRef('mine.tenant_id', '=', 'e.tenant_id').onRef('mine.event_id', '=', 'e.event_id'))
    .select('mine.signed_up_at as my_signed_up_at')
    .where('mine.citizen_id', '=', citizenId)
    .where('mine.cancelled_at', 'is', null)
    .where('e.ends_at', '>', endsAfter)
    .orderBy('e.starts_at')
    .orderBy('e.event_id')
    .limit(500)
    .execute();
}

/** The citizen record of a logged-in citizen. */
export async function ownCitizenId(trx: Tx, tenantId: string, userId: string): Promise<string | null> {
  const row = await trx.selectFrom('citizen').select('citizen_id').where('tenant_id', '=', tenantId).where('user_id', '=', userId).executeTakeFirst();
  return row?.citizen_id ?? null;
}

// Keeping events

/** Events the actor keeps: all (admin), those kept by the given units, and, for the coordinator, associations' events. */
export async function listKeptEvents(trx: Tx, tenantId: string, scope: { allEvents: boolean; unitIds: string[]; civilSociety: boolean }, endsAfter: Date) {
  let query = eventQuery(trx, tenantId).where('e.ends_at', '>', endsAfter);
  if (!scope.allEvents) {
    query = query.where((eb) => {
      const keeperUnit = sql<string | null>`COALESCE(o.owner_unit_id, CASE WHEN e.offer_id IS NULL THEN g.org_unit_id END)`;
      const ors = [];
      if (scope.unitIds.length > 0) ors.push(eb(keeperUnit, 'in', scope.unitIds));
      if (scope.civilSociety) ors.push(eb.and([eb('g.org_unit_id', 'is', null), eb('g.kind', 'in', ['association', 'ngo'])]));
      return ors.length > 0 ? eb.or(ors) : sql<boolean>`false`;
    });
  }
  return query.orderBy('e.starts_at').orderBy('e.event_id').limit(500).execute();
}

/** Offers and organisations an actor may hold events for, by the same scope. */
export async function listKeepableChoices(trx: Tx, tenantId: string, scope: { allEvents: boolean; unitIds: string[]; civilSociety: boolean }) {
  let offers = trx
    .selectFrom('offer as o')
    .innerJoin('organization as g', (join) => join.onRef('g.tenant_id', '=', 'o.tenant_id').onRef('g.organization_id', '=', 'o.organization_id'))
    .select(['o.offer_id', 'o.name', 'o.lifecycle'])
    .where('o.tenant_id', '=', tenantId)
    .where('o.lifecycle', '!=', 'archived');
  let organizations = trx.selectFrom('organization as g').select(['g.organization_id', 'g.name']).where('g.tenant_id', '=', tenantId);
  if (!scope.allEvents) {
    offers = offers.where((eb) => {
      const ors = [];
      if (scope.unitIds.length > 0) ors.push(eb('o.owner_unit_id', 'in', scope.unitIds));
      if (scope.civilSociety) ors.push(eb.and([eb('g.org_unit_id', 'is', null), eb('g.kind', 'in', ['association', 'ngo'])]));
      return ors.length > 0 ? eb.or(ors) : sql<boolean>`false`;
    });
    organizations = organizations.where((eb) => {
      const ors = [];
      if (scope.unitIds.length > 0) ors.push(eb('g.org_unit_id', 'in', scope.unitIds));
      if (scope.civilSociety) ors.push(eb.and([eb('g.org_unit_id', 'is', null), eb('g.kind', 'in', ['association', 'ngo'])]));
      return ors.length > 0 ? eb.or(ors) : sql<boolean>`false`;
    });
  }
  const locations = trx.selectFrom('location').select(['location_id', 'name', 'address_line', 'city']).where('tenant_id', '=', tenantId).orderBy('name').orderBy('location_id').limit(1000);
  return {
    offers: await offers.orderBy('o.name').orderBy('o.offer_id').limit(1000).execute(),
    organizations: await organizations.orderBy('g.name').orderBy('g.organization_id').limit(1000).execute(),
    locations: await locations.execute(),
  };
}

// Calendars

export type ScheduleRow = Selectable<OfferScheduleTable> & { location_text: string | null };

/** Published offers among the given ones, with the text of each one's first location, for a calendar. */
export async function findPublishedOffers(trx: Tx, tenantId: string, offerIds: readonly string[]) {
  if (offerIds.length === 0) return [];
  return trx
    .selectFrom('offer as o')
    .select(['o.offer_id', 'o.name', 'o.description', 'o.easy_read'])
    .select((eb) =>
      eb
        .selectFrom('offer_location as ol')
        .innerJoin('location as l', (join) => join.onRef('l.tenant_id', '=', 'ol.tenant_id').onRef('l.location_id', '=', 'ol.location_id'))
        .select(sql<string>`concat_ws(', ', l.name, l.address_line, concat_ws(' ', l.postal_code, l.city))`.as('t'))
        .whereRef('ol.tenant_id', '=', 'o.tenant_id')
        .whereRef('ol.offer_id', '=', 'o.offer_id')
        .orderBy('l.name')
        .orderBy('l.location_id')
        .limit(1)
        .as('location_text'),
    )
    .where('o.tenant_id', '=', tenantId)
    .where('o.offer_id', 'in', offerIds)
    .where('o.lifecycle', '=', 'published')
    .orderBy('o.name')
    .orderBy('o.offer_id')
    .execute();
}

/** The schedules of the given offers, with the text of the location each names (if any). */
export async function listOfferSchedules(trx: Tx, tenantId: string, offerIds: readonly string[]): Promise<ScheduleRow[]> {
  if (offerIds.length === 0) return [];
  return trx
    .selectFrom('offer_schedule as s')
    .leftJoin('location as l', (join) => join.onRef('l.tenant_id', '=', 's.tenant_id').onRef('l.location_id', '=', 's.location_id'))
    .selectAll('s')
    .select(sql<string | null>`CASE WHEN l.location_id IS NULL THEN NULL ELSE concat_ws(', ', l.name, l.address_line, concat_ws(' ', l.postal_code, l.city)) END`.as('location_text'))
    .where('s.tenant_id', '=', tenantId)
    .where('s.offer_id', 'in', offerIds)
    .orderBy('s.offer_id')
    .orderBy('s.schedule_id')
    .execute();
}

// Calendar feeds

/** Gives the citizen a new feed address: the old one (if any) stops working in the same statement. */
export async function replaceCalendarFeed(trx: Tx, values: { tenantId: string; citizenId: string; tokenHash: string; now: Date }): Promise<void> {
  await trx.deleteFrom('calendar_feed').where('tenant_id', '=', values.tenantId).where('citizen_id', '=', values.citizenId).execute();
  await trx.insertInto('calendar_feed').values({ tenant_id: values.tenantId, citizen_id: values.citizenId, token_hash: values.tokenHash, created_at: values.now }).execute();
}

export async function deleteCalendarFeed(trx: Tx, tenantId: string, citizenId: string): Promise<boolean> {
  const rows = await trx.deleteFrom('calendar_feed').where('tenant_id', '=', tenantId).where('citizen_id', '=', citizenId).returning('citizen_id').execute();
  return rows.length > 0;
}

export async function findCalendarFeedOf(trx: Tx, tenantId: string, citizenId: string): Promise<Selectable<CalendarFeedTable> | undefined> {
  return trx.selectFrom('calendar_feed').selectAll().where('tenant_id', '=', tenantId).where('citizen_id', '=', citizenId).executeTakeFirst();
}

export async function findCalendarFeedByHash(trx: Tx, tenantId: string, tokenHash: string) {
  return trx
    .selectFrom('calendar_feed as f')
    .innerJoin('citizen as c', (join) => join.onRef('c.tenant_id', '=', 'f.tenant_id').onRef('c.citizen_id', '=', 'f.citizen_id'))
    .select(['f.citizen_id', 'c.first_name'])
    .where('f.tenant_id', '=', tenantId)
    .where('f.token_hash', '=', tokenHash)
    .executeTakeFirst();
}
