import type { Insertable } from 'kysely';
import type { DatabaseHandle } from '../../src/platform/db/connect.js';
import type { LocationTable, OfferTable, OrganizationTable } from '../../src/platform/db/schema-catalogue.js';
import { newId } from '../../src/platform/ids.js';

/**
 * Organisations, locations and offers inserted as the owner, for tests that need a catalogue of their own
 * (independent of the demo catalogue). Every field can be overridden; the defaults make a published, free offer.
 */
export interface CatalogueFactory {
  tenantId(slug?: string): Promise<string>;
  unitId(tenantId: string, name: string): Promise<string>;
  organization(tenantId: string, values?: Partial<Insertable<OrganizationTable>>): Promise<string>;
  location(tenantId: string, values?: Partial<Insertable<LocationTable>>): Promise<string>;
  offer(tenantId: string, values?: Partial<Insertable<OfferTable>> & { locationId?: string }): Promise<string>;
}

export function catalogueFactory(database: DatabaseHandle): CatalogueFactory {
  const db = database.db;
  return {
    async tenantId(slug = 'randers') {
      return (await db.selectFrom('tenant').select('tenant_id').where('slug', '=', slug).executeTakeFirstOrThrow()).tenant_id;
    },
    async unitId(tenantId, name) {
      return (await db.selectFrom('org_unit').select('unit_id').where('tenant_id', '=', tenantId).where('name', '=', name).executeTakeFirstOrThrow()).unit_id;
    },
    async organization(tenantId, values = {}) {
      const id = values.organization_id ?? newId();
      const now = new Date();
      await db.insertInto('organization').values({ tenant_id: tenantId, organization_id: id, name: 'Testforeningen', kind: 'association', created_at: now, updated_at: now, ...values }).execute();
      return id;
    },
    async location(tenantId, values = {}) {
      const id = values.location_id ?? newId();
      const now = new Date();
      await db
        .insertInto('location')
        .values({ tenant_id: tenantId, location_id: id, name: 'Testhuset', address_line: 'Testvej 1', postal_code: '8900', city: 'Randers C', latitude: 56.4607, longitude: 10.0364, created_at: now, updated_at: now, ...values })
        .execute();
      return id;
    },
    async offer(tenantId, { locationId, ...values } = {}) {
      const id = values.offer_id ?? newId();
      const now = new Date();
      const organizationId = values.organization_id ?? (await this.organization(tenantId));
      await db
        .insertInto('offer')
        .values({ tenant_id: tenantId, offer_id: id, organization_id: organizationId, name: 'Testtilbud', lifecycle: 'published', published_at: now, confirmed_at: now, created_at: now, updated_at: now, ...values })
        .execute();
      if (locationId) await db.insertInto('offer_location').values({ tenant_id: tenantId, offer_location_id: newId(), offer_id: id, location_id: locationId }).execute();
      return id;
    },
  };
}
