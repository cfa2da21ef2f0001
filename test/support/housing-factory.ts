import type { Insertable } from 'kysely';
import type { DatabaseHandle } from '../../src/platform/db/connect.js';
import type { GrantedServiceTable } from '../../src/platform/db/schema-finance.js';
import { newId } from '../../src/platform/ids.js';

/**
 * Housing fixtures inserted as the owner: citizens, residential decisions (granted services) and projects, for the
 * housing tests, independent of whatever the demo seeds in granted services.
 */
export function housingFactory(database: DatabaseHandle) {
  const db = database.db;
  return {
    async tenantId(slug: string): Promise<string> {
      return (await db.selectFrom('tenant').select('tenant_id').where('slug', '=', slug).executeTakeFirstOrThrow()).tenant_id;
    },
    async citizen(tenantId: string, firstName: string, lastName: string): Promise<string> {
      const citizenId = newId();
      const now = new Date();
      await db.insertInto('citizen').values({ tenant_id: tenantId, citizen_id: citizenId, user_id: null, first_name: firstName, last_name: lastName, birth_date: '1980-05-05', created_at: now, updated_at: now }).execute();
      return citizenId;
    },
    /** A residential decision on a day rate, unless the values say otherwise. */
    async placement(tenantId: string, citizenId: string, values: Partial<Insertable<GrantedServiceTable>> & Pick<Insertable<GrantedServiceTable>, 'provider_kind' | 'placement' | 'period_from'>): Promise<string> {
      const serviceId = newId();
      const now = new Date();
      await db
        .insertInto('granted_service')
        .values({
          tenant_id: tenantId,
          service_id: serviceId,
          citizen_id: citizenId,
          service_name: 'Botilbud',
          legal_basis: 'SEL §108',
          residential: true,
          price_unit: 'day',
          unit_price_ore: 250_000,
          decided_on: values.period_from,
          created_at: now,
          updated_at: now,
          ...values,
        })
        .execute();
      return serviceId;
    },
    async project(tenantId: string, values: { name: string; status: 'finished' | 'ongoing' | 'not-started' | 'rejected'; placeChanges: { legalBasis: string; change: number }[] }): Promise<string> {
      const projectId = newId();
      await db
        .insertInto('housing_project')
        .values({ tenant_id: tenantId, project_id: projectId, name: values.name, address: null, status: values.status, place_changes: JSON.stringify(values.placeChanges), starts_on: null, done_on: null, updated_at: new Date() })
        .execute();
      return projectId;
    },
    async projectRow(projectId: string) {
      return db.selectFrom('housing_project').selectAll().where('project_id', '=', projectId).executeTakeFirstOrThrow();
    },
    /** Every project of every municipality, to compare before and after a refused request. */
    async projectsState(): Promise<string> {
      return JSON.stringify(await db.selectFrom('housing_project').selectAll().orderBy('tenant_id').orderBy('project_id').execute());
    },
  };
}
