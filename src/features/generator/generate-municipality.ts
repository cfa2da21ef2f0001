import { sql, type Kysely } from 'kysely';
import type { Engine } from '../../platform/db/connect.js';
import type { Database } from '../../platform/db/schema.js';
import { readDemoSeed } from '../demo/load-demo-municipalities.js';
import { auditEventRows, auditEventShape } from './audit-events.js';
import type { BulkLoader } from './bulk-loader.js';
import type { Row, TableShape } from './bulk-rows.js';
import { buildMunicipality, sizeFor, type GenerateSize } from './build-municipality.js';
import { buildCatalogue } from './catalogue-model.js';
import { catalogueRowCount, catalogueRows, catalogueShapes, catalogueTables, type CatalogueTable } from './catalogue-rows.js';
import type { MunicipalityModel } from './municipality-model.js';
import { appUserRows, appUserShape, roleGrantRows, roleGrantShape } from './people-rows.js';
import { planGrantedServices } from './granted-service-model.js';
import { expectedGrantedServiceRows, grantedServiceRows, grantedServiceShapes, grantedServiceTables, type ExpensiveCaseTally, type GrantedServiceTable } from './granted-service-rows.js';
import { expectedPlanRows, planRows, planShapes, planTables, type PlanTable } from './plan-rows.js';
import { streamFor } from './prng.js';
import { progressReporter } from './progress.js';
import { expectedReferralRows, planReferrals, referralRows, referralShapes, type ReferralTable } from './referral-rows.js';
import { withoutSecondaryIndexes } from './secondary-indexes.js';
import { expectedSteeringRows, planSteering, steeringRows, steeringShapes, steeringTables, type SteeringTable } from './steering-rows.js';
import { buildVolunteerData, volunteerRowCount, volunteerRows, volunteerShapes, volunteerTables, type VolunteerTable } from './volunteer-rows.js';

export interface GenerateOptions {
  scale: number;
  seed: number;
  tenantSlug: string;
  engine: Engine;
}

export interface GenerateReport {
  tenantId: string;
  loader: string;
  size: GenerateSize;
  rows: {
    orgUnits: number; appUsers: number; roleGrants: number; auditEvents: number; plans: Record<PlanTable, number>;
    catalogue: Record<CatalogueTable, number>; referrals: Record<ReferralTable, number>; finance: Record<GrantedServiceTable, number>; volunteers: Record<VolunteerTable, number>;
    steering: Record<SteeringTable, number>;
  };
  seconds: { people: number; plans: number; catalogue: number; referrals: number; finance: number; volunteers: number; steering: number; auditEvents: number; indexes: number; analyze: number; total: number };
  /** The citizen whose access log the benchmark reads, and how many audit entries by others it has. */
  accessLogCitizen: { citizenId: string; userId: string; entries: number };
  /**
   * The unit whose staff member the benchmark's referral scenario logs in as, and how many just-sent referrals it
   * received for that (included in rows.referrals); null when no unit at this scale has staff who may receive.
   */
  referralBench: { unitId: string; unitName: string; userId: string; pool: number } | null;
  /**
   * The staff member with the finance role the benchmark's finance scenarios log in as, the citizens with granted
   * services, and per year the cases whose cost was above a million (DKK) and their total cost in øre.
   */
  finance: { userId: string | null; cases: number; expensiveCases: ExpensiveCaseTally };
  /** The volunteer coordinator the matching benchmark logs in as, and the open requests after the period it rotates over. */
  companions: { coordinatorUserId: string | null; openRequests: number };
}

export class GenerateRefused extends Error {
  override name = 'GenerateRefused';
}

/** Below this many audit rows, keeping the indexes is cheaper than rebuilding them over the whole table. */
const REBUILD_INDEXES_FROM_ROWS = 500_000;

/** Sort memory for the index rebuilds: PGlite lives in a WebAssembly heap and gets less. */
const SORT_MEMORY: Record<Engine, string> = { postgres: '1GB', pglite: '256MB' };

/**
 * Fills the database with a synthetic municipality: organisation, staff with roles, citizens with their
 * records, teams, networks, consents and plans (goals, steps, meetings, comments, history), the offer
 * catalogue and referrals, granted services with the refusion bands, volunteers and their accompaniments, and five years of audit log. Refuses the demo municipalities' slugs and any municipality that already has
 * people, so demo data and earlier runs are never touched; an existing empty one (from create-tenant)
 * is filled under its own id.
 */
export async function generateMunicipality(db: Kysely<Database>, loader: BulkLoader, options: GenerateOptions, print: (line: string) => void): Promise<GenerateReport> {
  const started = Date.now();
  const size = sizeFor(options.scale);
  // Not even an empty one: the demo loader skips a slug that exists, so it would take the generated data for its own.
  if (readDemoSeed().municipalities.some((m) => m.slug === options.tenantSlug)) {
    throw new GenerateRefused(`"${options.tenantSlug}" is a demo municipality's slug; generate into another --tenant.`);
  }
  const existing = await db.selectFrom('tenant').select('tenant_id').where('slug', '=', options.tenantSlug).executeTakeFirst();
  if (existing) {
    const person = await db.selectFrom('app_user').select('user_id').where('tenant_id', '=', existing.tenant_id).limit(1).executeTakeFirst();
    if (person) throw new GenerateRefused(`The municipality "${options.tenantSlug}" already has people in it; generate into another --tenant or a fresh database.`);
  }
  const model = buildMunicipality({ seed: options.seed, slug: options.tenantSlug, size });
  if (existing) model.tenant.tenantId = existing.tenant_id;
  const tenantId = model.tenant.tenantId;
  print(
    `Generating "${options.tenantSlug}" (${tenantId}) at scale ${options.scale}, seed ${options.seed}, by ${loader.method}: ${size.staff} staff, ${size.citizens} citizens with records and plans, ` +
      `${size.offers} offers, ${size.referrals} referrals (+${size.referralPool} for the benchmark), ${size.grantedServices} granted services for ${size.serviceCases} citizens, ` +
      `${size.volunteers} volunteers with ${size.accompaniments} accompaniments (+${size.openCompanionRequests} open requests for the benchmark), ` +
      `${size.enrolments} enrolments and ${size.statusObservationsPerYear} status observations of each kind per citizen and year, ` +
      `${size.auditEvents} audit events.`,
  );

  await insertOrganisation(db, model, !existing);
  const load = async (shape: TableShape, rows: Iterable<Row>, total: number) => {
    const progress = progressReporter(shape.table, total, print);
    const count = await loader.load(shape, rows, progress.onRows);
    progress.done(count);
    return count;
  };

  const peopleStarted = Date.now();
  const appUsers = await load(appUserShape, appUserRows(model), size.staff + size.citizens);
  const roleGrants = await load(roleGrantShape, roleGrantRows(model), model.staff.reduce((n, s) => n + s.roles.length, 0) + size.citizens);
  const peopleSeconds = (Date.now() - peopleStarted) / 1000;

  let indexSeconds = 0;
  const rebuilt = (name: string, seconds: number) => {
    indexSeconds += seconds;
    print(`  rebuilt index ${name} in ${seconds.toFixed(1)} s`);
  };
  const plansStarted = Date.now();
  const plans = {} as Record<PlanTable, number>;
  for (const table of planTables) {
    const expected = expectedPlanRows(table, size.citizens);
    const loadTable = () => load(planShapes[table], planRows(model, options.seed, table), expected);
    plans[table] = expected >= REBUILD_INDEXES_FROM_ROWS ? await withoutSecondaryIndexes(db, planShapes[table].table, SORT_MEMORY[options.engine], loadTable, rebuilt) : await loadTable();
  }
  const plansSeconds = (Date.now() - plansStarted) / 1000;

  // The catalogue and the referrals to it: the offers come before the referrals, the citizens before both.
  const catalogueStarted = Date.now();
  const catalogue = buildCatalogue(model, size, options.seed);
  const catalogueCounts = {} as Record<CatalogueTable, number>;
  for (const table of catalogueTables) catalogueCounts[table] = await load(catalogueShapes[table], catalogueRows(tenantId, catalogue, table), catalogueRowCount(catalogue, table));
  const catalogueSeconds = (Date.now() - catalogueStarted) / 1000;

  const referralsStarted = Date.now();
  const referralPlan = planReferrals(model, catalogue, options.seed, size.referrals, size.referralPool);
  const referralCounts = {} as Record<ReferralTable, number>;
  for (const table of ['referral', 'referralEvent'] as const) referralCounts[table] = await load(referralShapes[table], referralRows(referralPlan, table), expectedReferralRows(referralPlan, table));
  const referralsSeconds = (Date.now() - referralsStarted) / 1000;

  // The cost base: granted services of the cases (offers of the catalogue among them) and the refusion bands.
  const financeStarted = Date.now();
  const servicePlan = planGrantedServices(model, catalogue, options.seed, size.serviceCases, size.grantedServices);
  const expensiveCases: ExpensiveCaseTally = {};
  const financeCounts = {} as Record<GrantedServiceTable, number>;
  for (const table of grantedServiceTables) {
    financeCounts[table] = await load(grantedServiceShapes[table], grantedServiceRows(servicePlan, table, table === 'grantedService' ? expensiveCases : undefined), expectedGrantedServiceRows(servicePlan, table));
  }
  const financeSeconds = (Date.now() - financeStarted) / 1000;

  // Volunteers with their profiles, and the accompaniments of the generated citizens (catalogue offers among them).
  const volunteersStarted = Date.now();
  const volunteerData = buildVolunteerData(model, catalogue, size, options.seed);
  const volunteerCounts = {} as Record<VolunteerTable, number>;
  for (const table of volunteerTables) volunteerCounts[table] = await load(volunteerShapes[table], volunteerRows(volunteerData, table), volunteerRowCount(volunteerData, table));
  const volunteersSeconds = (Date.now() - volunteersStarted) / 1000;

  // What the steering figures count: enrolments in offers and observations of employment and housing (migration 0016).
  const steeringStarted = Date.now();
  const steeringPlan = planSteering(model, catalogue, options.seed, size.enrolments, size.statusObservationsPerYear);
  const steeringCounts = {} as Record<SteeringTable, number>;
  for (const table of steeringTables) {
    const expected = expectedSteeringRows(steeringPlan, table);
    const loadTable = () => load(steeringShapes[table], steeringRows(steeringPlan, table), expected);
    steeringCounts[table] = expected >= REBUILD_INDEXES_FROM_ROWS ? await withoutSecondaryIndexes(db, steeringShapes[table].table, SORT_MEMORY[options.engine], loadTable, rebuilt) : await loadTable();
  }
  const steeringSeconds = (Date.now() - steeringStarted) / 1000;

  const auditStarted = Date.now();
  const indexSecondsBeforeAudit = indexSeconds;
  const auditReport = { accessLogCitizenEntries: 0 };
  const loadAudit = () => load(auditEventShape, auditEventRows(model, size.auditEvents, streamFor(options.seed, 'audit'), auditReport), size.auditEvents);
  const auditEvents = size.auditEvents >= REBUILD_INDEXES_FROM_ROWS ? await withoutSecondaryIndexes(db, auditEventShape.table, SORT_MEMORY[options.engine], loadAudit, rebuilt) : await loadAudit();
  const auditSeconds = (Date.now() - auditStarted) / 1000 - (indexSeconds - indexSecondsBeforeAudit);

  const analyzeStarted = Date.now();
  const analyzed = [...planTables.map((t) => planShapes[t].table), ...catalogueTables.map((t) => catalogueShapes[t].table), referralShapes.referral.table, referralShapes.referralEvent.table, ...grantedServiceTables.map((t) => grantedServiceShapes[t].table), ...volunteerTables.map((t) => volunteerShapes[t].table).filter((t) => t !== 'app_user' && t !== 'role_grant'), ...steeringTables.map((t) => steeringShapes[t].table)];
  await sql.raw(`ANALYZE tenant, org_unit, app_user, role_grant, audit_event, ${[...new Set(analyzed)].join(', ')}`).execute(db);
  const analyzeSeconds = (Date.now() - analyzeStarted) / 1000;

  return {
    tenantId,
    loader: loader.method,
    size,
    rows: { orgUnits: model.units.length, appUsers, roleGrants, auditEvents, plans, catalogue: catalogueCounts, referrals: referralCounts, finance: financeCounts, volunteers: volunteerCounts, steering: steeringCounts },
    seconds: {
      people: peopleSeconds, plans: plansSeconds, catalogue: catalogueSeconds, referrals: referralsSeconds, finance: financeSeconds, volunteers: volunteersSeconds, steering: steeringSeconds, auditEvents: auditSeconds, indexes: indexSeconds,
      analyze: analyzeSeconds,
      total: (Date.now() - started) / 1000,
    },
    accessLogCitizen: { citizenId: model.records[model.accessLogCitizen]!.citizenId, userId: model.records[model.accessLogCitizen]!.userId, entries: auditReport.accessLogCitizenEntries },
    referralBench: referralPlan.bench && { unitId: referralPlan.bench.unitId, unitName: referralPlan.bench.unitName, userId: referralPlan.bench.userId, pool: referralPlan.pool },
    finance: { userId: model.staff.find((s) => s.roles.includes('finance'))?.userId ?? null, cases: servicePlan.cases.length, expensiveCases },
    companions: { coordinatorUserId: volunteerData.companions.coordinatorUserId, openRequests: volunteerData.companions.open },
  };
}

/** The tenant and its few dozen units go through Kysely: too few rows for bulk loading to matter. */
async function insertOrganisation(db: Kysely<Database>, model: MunicipalityModel, createTenant: boolean): Promise<void> {
  const { tenant, units } = model;
  await db.transaction().execute(async (trx) => {
    if (createTenant) {
      await trx.insertInto('tenant').values({ tenant_id: tenant.tenantId, slug: tenant.slug, name: tenant.name, settings: JSON.stringify({ showStaffNamesToCitizens: false }), created_at: tenant.createdAt }).execute();
    }
    await trx
      .insertInto('org_unit')
      .values(units.map((u) => ({
        tenant_id: tenant.tenantId, unit_id: u.unitId, parent_unit_id: u.parentUnitId, name: u.name, kind: u.kind, area: u.area,
        email: u.email, phone: u.phone, created_at: u.createdAt, updated_at: u.createdAt,
      })))
      .execute();
  });
}
