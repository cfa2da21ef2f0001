import type { Insertable, Updateable } from 'kysely';
import type { OfferTable } from '../../platform/db/schema-catalogue.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';
import { newId } from '../../platform/ids.js';

/** The offers an owner keeps: those of the given units (all, for the administrator: `unitIds` null). */
export async function listOffersOfUnits(trx: Tx, tenantId: string, unitIds: readonly string[] | null) {
  if (unitIds !== null && unitIds.length === 0) return [];
  return trx
    .selectFrom('offer as o')
    .innerJoin('organization as org', (join) => join.onRef('org.tenant_id', '=', 'o.tenant_id').onRef('org.organization_id', '=', 'o.organization_id'))
    .leftJoin('org_unit as u', (join) => join.onRef('u.tenant_id', '=', 'o.tenant_id').onRef('u.unit_id', '=', 'o.owner_unit_id'))
    .select(['o.offer_id', 'o.name', 'o.lifecycle', 'o.confirmed_at', 'o.updated_at', 'o.version', 'org.name as organization_name', 'u.name as owner_unit_name'])
    .where('o.tenant_id', '=', tenantId)
    .$if(unitIds !== null, (qb) => qb.where('o.owner_unit_id', 'in', unitIds!))
    .orderBy('o.lifecycle')
    .orderBy('o.name')
    .execute();
}

export async function insertOffer(trx: Tx, values: Insertable<OfferTable>): Promise<void> {
  await trx.insertInto('offer').values(values).execute();
}

/** Saves only when the version is the one read; returns false when someone else saved first. */
export async function updateOfferIfVersion(trx: Tx, key: { tenantId: string; offerId: string; version: number }, changes: Updateable<OfferTable>, now: Date): Promise<boolean> {
  const result = await trx
    .updateTable('offer')
    .set({ ...changes, version: (eb) => eb('version', '+', 1), updated_at: now })
    .where('tenant_id', '=', key.tenantId)
    .where('offer_id', '=', key.offerId)
    .where('version', '=', key.version)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** The offer is given at exactly these locations afterwards. */
export async function setOfferLocations(trx: Tx, tenantId: string, offerId: string, locationIds: readonly string[]): Promise<void> {
  await trx.deleteFrom('offer_location').where('tenant_id', '=', tenantId).where('offer_id', '=', offerId).where('location_id', 'not in', locationIds.length > 0 ? locationIds : ['00000000-0000-0000-0000-000000000000']).execute();
  const existing = await trx.selectFrom('offer_location').select('location_id').where('tenant_id', '=', tenantId).where('offer_id', '=', offerId).execute();
  const missing = locationIds.filter((id) => !existing.some((e) => e.location_id === id));
  if (missing.length > 0) await trx.insertInto('offer_location').values(missing.map((locationId) => ({ tenant_id: tenantId, offer_location_id: newId(), offer_id: offerId, location_id: locationId }))).execute();
}

export async function countExisting(trx: Tx, table: 'organization' | 'location', tenantId: string, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const column = table === 'organization' ? 'organization_id' : 'location_id';
  const row = await trx.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).where(column, 'in', [...new Set(ids)]).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** What an offer form can choose from. */
export async function loadOfferChoices(trx: Tx, tenantId: string) {
  const organizations = await trx.selectFrom('organization').select(['organization_id', 'name', 'kind']).where('tenant_id', '=', tenantId).orderBy('name').execute();
  const locations = await trx.selectFrom('location').select(['location_id', 'name', 'address_line', 'city']).where('tenant_id', '=', tenantId).orderBy('name').execute();
  const legalBases = await trx.selectFrom('offer').select('legal_basis').distinct().where('tenant_id', '=', tenantId).where('legal_basis', 'is not', null).orderBy('legal_basis').execute();
  return { organizations, locations, legalBases: legalBases.map((r) => r.legal_basis!) };
}
