import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { cprProtection } from '../../platform/crypto/cpr-protection.js';
import type { Database } from '../../platform/db/schema.js';
import { newId } from '../../platform/ids.js';
import { planExpensiveCases, verifyPlan, type CentreKey, type ExpensiveCaseTargets } from './expensive-case-plan.js';
import { readDemoSeed } from './load-demo-municipalities.js';
import { expensiveCasesByYear } from '../finance/cases/expensive-case-repository.js';

/**
 * The demo's expensive individual cases (seed/expensive-cases.json, DEMO.md "Figures the demo reproduces"): anonymous
 * synthetic citizens on the team of the municipality's case officer (Fatima Yilmaz in Randers), so a case officer can
 * open them and finance can follow up, with granted services from 2022 to today. The amounts come from a fixed plan
 * (expensive-case-plan.ts) that is checked before anything is written: the cases above 1 million DKK are exactly the
 * seed's figures. Multi-row inserts keep the load to a few statements.
 */

const seedFile = fileURLToPath(new URL('../../../seed/expensive-cases.json', import.meta.url));
const citizenSeedFile = fileURLToPath(new URL('../../../seed/citizens.json', import.meta.url));

const municipalitySchema = z.object({
  caseOfficer: z.string(),
  firstYear: z.number().int(),
  lastYear: z.number().int(),
  thresholdKroner: z.number().int().positive(),
  years: z.record(z.string().regex(/^\d{4}$/), z.object({ cases: z.number().int().positive(), totalKroner: z.number().positive() })),
  ownResidentialShare: z.record(z.string().regex(/^\d{4}$/), z.number().min(0).max(1)),
});
const seedSchema = z.object({ municipalities: z.record(z.string(), municipalitySchema) });

/** The demo centres (seed/municipalities.json keys) whose budgets carry the cases. */
const centreKeys: readonly CentreKey[] = ['chm', 'casl', 'levemiljoer', 'psykiatri'];

/** The targets of a demo municipality, or null when it has no expensive cases in the demo. */
export function expensiveCaseTargets(slug: string): (ExpensiveCaseTargets & { caseOfficer: string }) | null {
  const seed = seedSchema.parse(JSON.parse(readFileSync(seedFile, 'utf8')));
  const m = seed.municipalities[slug];
  if (!m) return null;
  const years = Object.fromEntries(Object.entries(m.years).map(([year, t]) => [Number(year), { cases: t.cases, totalOre: Math.round(t.totalKroner * 100) }]));
  const ownResidentialShare = Object.fromEntries(Object.entries(m.ownResidentialShare).map(([year, share]) => [Number(year), share]));
  return { caseOfficer: m.caseOfficer, firstYear: m.firstYear, lastYear: m.lastYear, thresholdOre: m.thresholdKroner * 100, years, ownResidentialShare };
}

/** Names the demo already uses, so a synthetic citizen is never mistaken for a persona or a named demo citizen. */
function namesInUse(): { firstNames: Set<string>; fullNames: Set<string> } {
  const citizens = (JSON.parse(readFileSync(citizenSeedFile, 'utf8')) as { municipalities: Record<string, { firstName: string; lastName: string }[]> }).municipalities;
  const firstNames = new Set<string>();
  const fullNames = new Set<string>();
  for (const list of Object.values(citizens)) for (const c of list) {
    firstNames.add(c.firstName);
    fullNames.add(`${c.firstName} ${c.lastName}`);
  }
  for (const m of readDemoSeed().municipalities) for (const person of m.people) fullNames.add(person.name);
  return { firstNames, fullNames };
}

/**
 * What the synthetic cases must add up to, given the cases other demo data already has above the threshold (a named
 * demo citizen's services, loaded before): the seed's figures are those of the whole municipality.
 */
async function targetsBesides<T extends ExpensiveCaseTargets>(trx: Kysely<Database>, tenantId: string, targets: T): Promise<T> {
  const existing = await expensiveCasesByYear(trx, tenantId, { fromYear: targets.firstYear, toYear: targets.lastYear, thresholdOre: targets.thresholdOre, today: `${targets.lastYear}-12-31` });
  const years = Object.fromEntries(
    Object.entries(targets.years).map(([year, target]) => {
      const there = existing.filter((row) => row.year === Number(year));
      return [year, { cases: target.cases - there.length, totalOre: target.totalOre - there.reduce((sum, row) => sum + row.cost, 0) }];
    }),
  );
  return { ...targets, years };
}

const chunk = <T>(rows: T[], size: number): T[][] => Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));

/**
 * The demo catalogue's own residential offers by the residence names and paragraphs the plan places citizens in, so
 * the housing page counts those citizens as living there. A residence without a catalogue offer stays unlinked.
 */
const residenceOfferNames: Record<string, string> = {
  'Botilbud Kastaniebo|SEL §108': 'Kastaniebo — længerevarende botilbud (§ 108)',
  'Botilbud Kastaniebo|SEL §107': 'Kastaniebo — midlertidige boliger (§ 107)',
  'Bostedet Vester Tværvej|SEL §107': 'Midlertidige boliger på Vester Tværvej (§ 107)',
  'Bofællesskabet Gl. Stationsvej|SEL §108': 'Bofællesskabet Gl. Stationsvej — boliger for voksne med autisme',
};

async function ownResidenceOffers(trx: Kysely<Database>, tenantId: string): Promise<Map<string, string>> {
  const offers = await trx.selectFrom('offer').select(['offer_id', 'name']).where('tenant_id', '=', tenantId).where('name', 'in', Object.values(residenceOfferNames)).execute();
  const idByName = new Map(offers.map((o) => [o.name, o.offer_id]));
  return new Map(Object.entries(residenceOfferNames).flatMap(([key, name]) => (idByName.has(name) ? [[key, idByName.get(name)!] as const] : [])));
}

export async function loadDemoExpensiveCases(trx: Kysely<Database>, municipality: { tenantId: string; slug: string }, cprKey: string): Promise<number> {
  const seedTargets = expensiveCaseTargets(municipality.slug);
  if (!seedTargets) return 0;
  const targets = await targetsBesides(trx, municipality.tenantId, seedTargets);
  const { tenantId } = municipality;
  const officer = await trx.selectFrom('app_user').select('user_id').where('tenant_id', '=', tenantId).where('display_name', '=', targets.caseOfficer).executeTakeFirst();
  if (!officer) throw new Error(`Demo expensive cases: no case officer named ${targets.caseOfficer}`);
  const centreNames = new Map<string, CentreKey>();
  for (const m of readDemoSeed().municipalities.filter((m) => m.slug === municipality.slug)) for (const unit of m.units) if ((centreKeys as string[]).includes(unit.key)) centreNames.set(unit.name, unit.key as CentreKey);
  const units = await trx.selectFrom('org_unit').select(['unit_id', 'name']).where('tenant_id', '=', tenantId).where('kind', '=', 'centre').execute();
  const centreIds = new Map<CentreKey, string>(units.filter((u) => centreNames.has(u.name)).map((u) => [centreNames.get(u.name)!, u.unit_id]));

  const { firstNames, fullNames } = namesInUse();
  const plan = planExpensiveCases(targets, firstNames, fullNames);
  verifyPlan(plan, targets);

  const cpr = cprProtection(cprKey);
  const citizenIds = plan.citizens.map(() => newId());
  const instant = (date: string) => new Date(`${date}T09:00:00Z`);
  const citizens = plan.citizens.map((c) => ({
    tenant_id: tenantId,
    citizen_id: citizenIds[c.index]!,
    first_name: c.firstName,
    last_name: c.lastName,
    birth_date: c.birthDate,
    cpr_encrypted: cpr.encrypt(tenantId, c.cpr),
    cpr_search_hash: cpr.searchHash(tenantId, c.cpr),
    target_groups: c.targetGroups,
    created_at: instant(c.createdOn),
    updated_at: instant(c.createdOn),
  }));
  for (const rows of chunk(citizens, 500)) await trx.insertInto('citizen').values(rows).execute();
  const team = plan.citizens.map((c) => ({ tenant_id: tenantId, citizen_id: citizenIds[c.index]!, user_id: officer.user_id, team_role: 'case-officer' as const, added_at: instant(c.createdOn) }));
  for (const rows of chunk(team, 1000)) await trx.insertInto('citizen_team_member').values(rows).execute();
  const residenceOffers = await ownResidenceOffers(trx, tenantId);
  const services = plan.services.map((s) => ({
    service_id: newId(),
    offer_id: s.providerKind === 'own' && s.residential ? (residenceOffers.get(`${s.providerName}|${s.legalBasis}`) ?? null) : null,
    citizen_id: citizenIds[s.citizenIndex]!,
    service_name: s.serviceName,
    legal_basis: s.legalBasis,
    provider_kind: s.providerKind,
    provider_name: s.providerName,
    placement: s.placement,
    residential: s.residential,
    paying_unit_id: centreIds.get(s.centre) ?? null,
    period_from: s.periodFrom,
    period_to: s.periodTo,
    price_unit: s.priceUnit,
    unit_price_ore: s.unitPriceOre,
    quantity_hundredths: s.quantityHundredths,
    decided_on: s.decidedOn,
  }));
  // One statement with one JSON parameter instead of twenty bind parameters per row.
  await sql`
    INSERT INTO granted_service (tenant_id, service_id, offer_id, citizen_id, service_name, legal_basis, provider_kind, provider_name, placement, residential, paying_unit_id,
                                 period_from, period_to, price_unit, unit_price_ore, quantity_hundredths, decided_by, decided_on, created_at, updated_at)
    SELECT ${tenantId}::uuid, s.service_id, s.offer_id, s.citizen_id, s.service_name, s.legal_basis, s.provider_kind, s.provider_name, s.placement, s.residential, s.paying_unit_id,
           s.period_from, s.period_to, s.price_unit, s.unit_price_ore, s.quantity_hundredths, ${officer.user_id}::uuid, s.decided_on,
           s.decided_on + time '09:00' AT TIME ZONE 'UTC', s.decided_on + time '09:00' AT TIME ZONE 'UTC'
      FROM jsonb_to_recordset(${JSON.stringify(services)}::jsonb) AS s(service_id uuid, offer_id uuid, citizen_id uuid, service_name text, legal_basis text, provider_kind text,
           provider_name text, placement text, residential boolean, paying_unit_id uuid, period_from date, period_to date, price_unit text, unit_price_ore bigint,
           quantity_hundredths integer, decided_on date)`.execute(trx);
  return plan.citizens.length;
}

/**
 * For a demo database from before the expensive cases: loads them once. The first synthetic citizen's CPR number
 * marks them as loaded; the tenant row is locked, so two starts at once load them once.
 */
export async function loadDemoExpensiveCasesIfMissing(db: Kysely<Database>, municipality: { tenantId: string; slug: string }, cprKey: string): Promise<number> {
  const targets = expensiveCaseTargets(municipality.slug);
  if (!targets) return 0;
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom('tenant').select('tenant_id').where('tenant_id', '=', municipality.tenantId).forUpdate().executeTakeFirstOrThrow();
    const officer = await trx.selectFrom('app_user').select('user_id').where('tenant_id', '=', municipality.tenantId).where('display_name', '=', targets.caseOfficer).executeTakeFirst();
    if (!officer) return 0;
    const marked = await trx
      .selectFrom('citizen_team_member as t')
      .innerJoin('granted_service as g', (join) => join.onRef('g.tenant_id', '=', 't.tenant_id').onRef('g.citizen_id', '=', 't.citizen_id'))
      .select('g.service_id')
      .where('t.tenant_id', '=', municipality.tenantId)
      .where('t.user_id', '=', officer.user_id)
      .where('g.period_from', '<', `${targets.firstYear + 1}-01-01`)
      .limit(1)
      .executeTakeFirst();
    if (marked) return 0;
    return loadDemoExpensiveCases(trx, municipality, cprKey);
  });
}
