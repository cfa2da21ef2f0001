import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { roles } from '../../domain/roles.js';
import type { Database } from '../../platform/db/schema.js';
import { newId } from '../../platform/ids.js';
import { loadDemoCatalogue, loadDemoCatalogueIfMissing } from './load-demo-catalogue.js';
import { loadDemoReferrals, loadDemoReferralsIfMissing } from './load-demo-referrals.js';
import { demoCprKey, loadDemoCitizens } from './load-demo-citizens.js';
import { loadDemoReception, loadDemoReceptionIfMissing } from './load-demo-reception.js';
import { loadDemoServices, loadDemoServicesIfMissing } from './load-demo-services.js';
import { loadDemoBudget, loadDemoBudgetIfMissing } from './load-demo-budget.js';
import { loadDemoHousing, loadDemoHousingIfMissing } from './load-demo-housing.js';
import { loadDemoRefusionBands, loadDemoRefusionBandsIfMissing } from './load-demo-refusion-bands.js';
import { loadDemoExpensiveCases, loadDemoExpensiveCasesIfMissing } from './load-demo-expensive-cases.js';
import { loadDemoVolunteers, loadDemoVolunteersIfMissing } from './load-demo-volunteers.js';
import { loadDemoCompanions, loadDemoCompanionsIfMissing } from './load-demo-companions.js';
import { loadDemoPeerGuides, loadDemoPeerGuidesIfMissing } from './load-demo-peer-guides.js';
import { loadDemoCouncils, loadDemoCouncilsIfMissing } from './load-demo-councils.js';
import { loadDemoStrategies, loadDemoStrategiesIfMissing } from './load-demo-strategies.js';
import { loadDemoEnrolments, loadDemoEnrolmentsIfMissing } from './load-demo-enrolments.js';
import { loadDemoIndicators, loadDemoIndicatorsIfMissing } from './load-demo-indicators.js';
import { loadDemoStatusReports, loadDemoStatusReportsIfMissing } from './load-demo-status-reports.js';

const seedFile = fileURLToPath(new URL('../../../seed/municipalities.json', import.meta.url));

const unitSchema = z.object({ key: z.string(), name: z.string() });
const centreSchema = unitSchema.extend({
  kind: z.literal('centre'),
  area: z.enum(['social', 'employment', 'other']),
  email: z.string().optional(),
  phone: z.string().optional(),
  units: z.array(unitSchema),
});
const personSchema = z.object({
  persona: z.string().optional(),
  name: z.string(),
  kind: z.enum(['staff', 'citizen', 'relative', 'volunteer', 'external']),
  title: z.string().optional(),
  unit: z.string().optional(),
  email: z.string().optional(),
  roles: z.array(z.enum(roles)),
});
const seedSchema = z.object({
  municipalities: z.array(z.object({ slug: z.string(), name: z.string(), settings: z.record(z.string(), z.unknown()), units: z.array(centreSchema), people: z.array(personSchema) })),
});

export type DemoSeed = z.infer<typeof seedSchema>;

export function readDemoSeed(): DemoSeed {
  return seedSchema.parse(JSON.parse(readFileSync(seedFile, 'utf8')));
}

export interface LoadedMunicipality {
  tenantId: string;
  slug: string;
  unitIds: Map<string, string>;
  userIds: Map<string, string>;
}

/**
 * Loads the demo municipalities from seed/municipalities.json. Idempotent: a municipality whose slug
 * exists is left as it is, so a second start keeps whatever the demo user changed.
 * Runs on the owner connection (it creates the municipalities themselves). A new municipality gets its demo
 * citizens (seed/citizens.json) in the same transaction; their CPR numbers are encrypted with `cprKey`.
 */
export async function loadDemoMunicipalities(db: Kysely<Database>, now = new Date(), cprKey = demoCprKey()): Promise<LoadedMunicipality[]> {
  const seed = readDemoSeed();
  const loaded: LoadedMunicipality[] = [];
  for (const municipality of seed.municipalities) {
    const exists = await db.selectFrom('tenant').select('tenant_id').where('slug', '=', municipality.slug).executeTakeFirst();
    if (exists) {
      // A demo database from before the catalogue gets it on its next start (once: see loadDemoCatalogueIfMissing).
      await loadDemoCatalogueIfMissing(db, { tenantId: exists.tenant_id, slug: municipality.slug, units: municipality.units }, now);
      await loadDemoReferralsIfMissing(db, { tenantId: exists.tenant_id, slug: municipality.slug }, now);
      await loadDemoReceptionIfMissing(db, { tenantId: exists.tenant_id, units: municipality.units }, now);
      await loadDemoServicesIfMissing(db, { tenantId: exists.tenant_id, slug: municipality.slug }, now);
      await loadDemoHousingIfMissing(db, { tenantId: exists.tenant_id, slug: municipality.slug }, now);
      await loadDemoRefusionBandsIfMissing(db, { tenantId: exists.tenant_id });
      await loadDemoExpensiveCasesIfMissing(db, { tenantId: exists.tenant_id, slug: municipality.slug }, cprKey);
      await loadDemoVolunteersIfMissing(db, { tenantId: exists.tenant_id, slug: municipality.slug }, now);
      // After the volunteers: the accompaniments name them.
      await loadDemoCompanionsIfMissing(db, { tenantId: exists.tenant_id, slug: municipality.slug }, now);
      await loadDemoPeerGuidesIfMissing(db, { tenantId: exists.tenant_id, slug: municipality.slug }, now);
      await loadDemoStrategiesIfMissing(db, { tenantId: exists.tenant_id, slug: municipality.slug }, now);
      await loadDemoCouncilsIfMissing(db, { tenantId: exists.tenant_id, slug: municipality.slug }, now);
      await loadDemoEnrolmentsIfMissing(db, { tenantId: exists.tenant_id, slug: municipality.slug }, now);
      await loadDemoIndicatorsIfMissing(db, { tenantId: exists.tenant_id, slug: municipality.slug }, now);
      // Last: a report quotes the strategies, the target groups and the indicators.
      await loadDemoStatusReportsIfMissing(db, { tenantId: exists.tenant_id, slug: municipality.slug }, now);
      // Last: its first follow-up is computed from the granted services the loaders above put there.
      await loadDemoBudgetIfMissing(db, { tenantId: exists.tenant_id, slug: municipality.slug }, now);
      continue;
    }
    loaded.push(await db.transaction().execute(async (trx) => {
      const tenantId = newId();
      await trx.insertInto('tenant').values({ tenant_id: tenantId, slug: municipality.slug, name: municipality.name, settings: JSON.stringify(municipality.settings) }).execute();
      const unitIds = new Map<string, string>();
      for (const centre of municipality.units) {
        const centreId = newId();
        unitIds.set(centre.key, centreId);
        await trx.insertInto('org_unit').values({ tenant_id: tenantId, unit_id: centreId, parent_unit_id: null, name: centre.name, kind: 'centre', area: centre.area, email: centre.email ?? null, phone: centre.phone ?? null, created_at: now, updated_at: now }).execute();
        for (const unit of centre.units) {
          const unitId = newId();
          unitIds.set(unit.key, unitId);
          await trx.insertInto('org_unit').values({ tenant_id: tenantId, unit_id: unitId, parent_unit_id: centreId, name: unit.name, kind: 'unit', area: centre.area, email: null, phone: null, created_at: now, updated_at: now }).execute();
        }
      }
      const userIds = new Map<string, string>();
      for (const [order, person] of municipality.people.entries()) {
        const userId = newId();
        if (person.persona) userIds.set(person.persona, userId);
        const unitId = person.unit ? unitIds.get(person.unit) : undefined;
        if (person.unit && !unitId) throw new Error(`Seed: unknown unit ${person.unit} for ${person.name}`);
        await trx.insertInto('app_user').values({ tenant_id: tenantId, user_id: userId, display_name: person.name, email: person.email ?? null, title: person.title ?? null, kind: person.kind, org_unit_id: unitId ?? null, demo_key: person.persona ?? null, demo_order: person.persona ? order : null, created_at: now, updated_at: now }).execute();
        if (person.roles.length > 0) {
          await trx.insertInto('role_grant').values(person.roles.map((role) => ({ tenant_id: tenantId, user_id: userId, role, granted_by: null, granted_at: now }))).execute();
        }
      }
      await loadDemoCitizens(trx, { tenantId, slug: municipality.slug }, cprKey, now);
      await loadDemoCatalogue(trx, { tenantId, slug: municipality.slug, unitIds }, now);
      await loadDemoReferrals(trx, { tenantId, slug: municipality.slug }, now);
      await loadDemoReception(trx, { tenantId, unitIds, userIds }, now);
      await loadDemoServices(trx, { tenantId, slug: municipality.slug }, now);
      await loadDemoHousing(trx, { tenantId, slug: municipality.slug }, now);
      await loadDemoRefusionBands(trx, { tenantId });
      // After every loader that grants services: the expensive cases make up the year's figures with what is there.
      await loadDemoExpensiveCases(trx, { tenantId, slug: municipality.slug }, cprKey);
      await loadDemoVolunteers(trx, { tenantId, slug: municipality.slug }, now);
      // After the volunteers: the accompaniments name them.
      await loadDemoCompanions(trx, { tenantId, slug: municipality.slug }, now);
      await loadDemoPeerGuides(trx, { tenantId, slug: municipality.slug }, now);
      await loadDemoStrategies(trx, { tenantId, slug: municipality.slug }, now);
      // After the strategies: a hearing names the strategy its decision belongs to.
      await loadDemoCouncils(trx, { tenantId, slug: municipality.slug }, now);
      await loadDemoEnrolments(trx, { tenantId, slug: municipality.slug }, now);
      await loadDemoIndicators(trx, { tenantId, slug: municipality.slug }, now);
      await loadDemoStatusReports(trx, { tenantId, slug: municipality.slug }, now);
      // Last: its first follow-up is computed from the granted services the loaders above put there.
      await loadDemoBudget(trx, { tenantId, slug: municipality.slug }, now);
      return { tenantId, slug: municipality.slug, unitIds, userIds };
    }));
  }
  return loaded;
}
