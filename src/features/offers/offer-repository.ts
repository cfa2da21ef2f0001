import type { InferResult } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Tx } from '../../platform/db/tenant-transaction.js';

/** One offer with its organisation, owner unit, locations and schedules, in one statement. */
function offerQuery(trx: Tx, tenantId: string, offerId: string) {
  return trx
    .selectFrom('offer as o')
    .innerJoin('organization as org', (join) => join.onRef('org.tenant_id', '=', 'o.tenant_id').onRef('org.organization_id', '=', 'o.organization_id'))
    .leftJoin('org_unit as u', (join) => join.onRef('u.tenant_id', '=', 'o.tenant_id').onRef('u.unit_id', '=', 'o.owner_unit_id'))
    .selectAll('o')
    .select(['org.name as organization_name', 'u.name as owner_unit_name'])
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('offer_location as ol')
          .innerJoin('location as l', (join) => join.onRef('l.tenant_id', '=', 'ol.tenant_id').onRef('l.location_id', '=', 'ol.location_id'))
          .select(['l.location_id', 'l.name', 'l.description', 'l.address_line', 'l.postal_code', 'l.city', 'l.latitude', 'l.longitude', 'l.transportation', 'l.accessibility'])
          .whereRef('ol.tenant_id', '=', 'o.tenant_id')
          .whereRef('ol.offer_id', '=', 'o.offer_id')
          .orderBy('l.name')
          .orderBy('l.location_id'),
      ).as('locations'),
      jsonArrayFrom(
        eb
          .selectFrom('offer_schedule as s')
          .select(['s.schedule_id', 's.freq', 's.interval', 's.byday', 's.bymonthday', 's.opens_at', 's.closes_at', 's.valid_from', 's.valid_to', 's.description', 's.location_id'])
          .whereRef('s.tenant_id', '=', 'o.tenant_id')
          .whereRef('s.offer_id', '=', 'o.offer_id')
          .orderBy('s.opens_at')
          .orderBy('s.schedule_id'),
      ).as('schedules'),
    ])
    .where('o.tenant_id', '=', tenantId)
    .where('o.offer_id', '=', offerId);
}

export type OfferRow = InferResult<ReturnType<typeof offerQuery>>[number];

export async function findOffer(trx: Tx, tenantId: string, offerId: string): Promise<OfferRow | undefined> {
  return offerQuery(trx, tenantId, offerId).executeTakeFirst();
}

/** Whether an offer exists in the public catalogue (a step or a referral may point at it). */
export async function isPublishedOffer(trx: Tx, tenantId: string, offerId: string): Promise<boolean> {
  const row = await trx.selectFrom('offer').select('offer_id').where('tenant_id', '=', tenantId).where('offer_id', '=', offerId).where('lifecycle', '=', 'published').executeTakeFirst();
  return row !== undefined;
}

/** The organisation tree, for the rule of who keeps which offer (domain/offer-upkeep.ts). */
export async function unitLinks(trx: Tx, tenantId: string) {
  const rows = await trx.selectFrom('org_unit').select(['unit_id', 'parent_unit_id', 'name']).where('tenant_id', '=', tenantId).execute();
  return rows.map((r) => ({ id: r.unit_id, parentId: r.parent_unit_id, name: r.name }));
}
