import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely, type Transaction } from 'kysely';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { ffbOfferTypes } from '../../domain/ffb-offer-types.js';
import type { TargetGroupRowKey } from '../../domain/target-group-rows.js';
import { cprProtection } from '../../platform/crypto/cpr-protection.js';
import type { Database } from '../../platform/db/schema.js';
import { newId } from '../../platform/ids.js';
import { planDemoEnrolments, type RowVariants } from '../target-groups/demo-enrolment-plan.js';
import { demoCprKey } from './load-demo-citizens.js';
import { readDemoSeed } from './load-demo-municipalities.js';

/**
 * The demo's enrolments (issue 7; DOMAIN §5.5 Table 1), Randers only: five years — the current year and the four
 * before — of citizens in the plan's offers, Table 1's order of magnitude with a gentle trend, and 2017 with Table 1's
 * own figures; the personas in their offers (Mikkel §85 support; Sara at the shelter, then Housing First and alcohol
 * treatment; Birthe in a long-term residence). The many citizens behind the figures are synthetic and anonymous (CPR
 * encrypted, serial 4xxx, on nobody's team: they exist only as counts). A few multi-row statements keep the start fast.
 */

const citizenSeedFile = fileURLToPath(new URL('../../../seed/citizens.json', import.meta.url));

/** A row's offers: a demo catalogue offer by name, or a named offer with the type and paragraph it is given under. */
type DemoOffer = { catalogue: string } | { name: string; offerType: string | null; legalBasis: string; unit: string | null };

const code = (display: string) => ffbOfferTypes.find((t) => t.display === display)!.code;

const rowOffers: Record<TargetGroupRowKey, DemoOffer[]> = {
  'sel85-day': [{ name: 'Botilbudslignende tilbud med støtte efter § 85', offerType: code('Botilbudslignende tilbud'), legalBasis: 'SEL §85', unit: 'Center for Psykiatri og Socialt Udsatte' }],
  'sel85-hour': [{ catalogue: 'Socialpædagogisk støtte i eget hjem (§ 85)' }, { catalogue: 'Housing First — egen bolig med støtte' }, { catalogue: 'ACT-teamet — samlet støtte i eget hjem' }, { catalogue: 'Hjemløseindsats for unge under 25' }],
  sel103: [{ catalogue: 'Beskyttet beskæftigelse på Værkstedet Kronjylland (§ 103)' }, { catalogue: 'Grønne hold — arbejde med planter og have (§ 103)' }],
  sel104: [{ catalogue: 'Huset Tværs — aktiviteter og fællesskab (§ 104)' }, { catalogue: 'Medborgerhus Neptunvej — aktiviteter for alle' }],
  sel107: [{ catalogue: 'Kastaniebo — midlertidige boliger (§ 107)' }, { catalogue: 'Midlertidige boliger på Vester Tværvej (§ 107)' }, { catalogue: 'Midlertidige boliger i Niels Brocks Gade (§ 107)' }],
  sel108: [{ catalogue: 'Kastaniebo — længerevarende botilbud (§ 108)' }, { catalogue: 'Botilbud Markedsgade' }],
  'alcohol-residential': [{ name: 'Døgnbehandling for alkohol', offerType: code('Midlertidigt ophold'), legalBasis: 'SUL §141', unit: 'Center for Psykiatri og Socialt Udsatte' }],
  'alcohol-day': [{ name: 'Alkoholbehandling — Rusmiddelcenter Randers', offerType: code('Støtte til behandling'), legalBasis: 'SUL §141', unit: 'Center for Psykiatri og Socialt Udsatte' }],
  'drug-day': [{ catalogue: 'Rusmiddelcenter Randers — ambulant behandling' }],
  'drug-residential': [{ catalogue: 'Døgnbehandling for alkohol og stoffer' }],
  'drug-youth': [{ catalogue: 'Ungegruppe på Rusmiddelcenter Randers' }],
  sel110: [{ catalogue: 'Ladegården — forsorgshjem (§ 110)' }],
  counselling: [{ name: 'Anonym rådgivning (§ 12)', offerType: code('Akut rådgivning, omsorg og støtte'), legalBasis: 'SEL §12', unit: 'Center for Psykiatri og Socialt Udsatte' }],
  'drop-in': [{ catalogue: 'Perron 4 — værested og modtagecenter' }, { catalogue: 'Slotsgården — værested og modtagecenter' }],
};

interface ResolvedOffer {
  offerId: string | null;
  name: string;
  offerType: string | null;
  legalBasis: string | null;
  unitId: string | null;
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

async function resolveOffers(trx: Kysely<Database>, tenantId: string): Promise<Record<TargetGroupRowKey, ResolvedOffer[]>> {
  const catalogueNames = Object.values(rowOffers).flatMap((list) => list.flatMap((o) => ('catalogue' in o ? [o.catalogue] : [])));
  const offers = await trx.selectFrom('offer').select(['offer_id', 'name', 'offer_type', 'legal_basis', 'owner_unit_id']).where('tenant_id', '=', tenantId).where('name', 'in', catalogueNames).execute();
  const units = await trx.selectFrom('org_unit').select(['unit_id', 'name']).where('tenant_id', '=', tenantId).execute();
  const unitId = (name: string | null) => (name === null ? null : (units.find((u) => u.name === name)?.unit_id ?? null));
  const resolved = {} as Record<TargetGroupRowKey, ResolvedOffer[]>;
  for (const [row, list] of Object.entries(rowOffers) as [TargetGroupRowKey, DemoOffer[]][]) {
    resolved[row] = list.flatMap((o): ResolvedOffer[] => {
      if (!('catalogue' in o)) return [{ offerId: null, name: o.name, offerType: o.offerType, legalBasis: o.legalBasis, unitId: unitId(o.unit) }];
      const offer = offers.find((x) => x.name === o.catalogue);
      return offer ? [{ offerId: offer.offer_id, name: offer.name, offerType: offer.offer_type, legalBasis: offer.legal_basis, unitId: offer.owner_unit_id }] : [];
    });
    // The demo catalogue names every offer above; one missing is a mistake in the seed, not something to hide.
    if (resolved[row].length === 0) throw new Error(`Demo enrolments: no offer for ${row}`);
  }
  return resolved;
}

const chunk = <T>(rows: T[], size: number): T[][] => Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));

/** The demo's steering data: Five years of enrolments and granted-service history behind the target-group overview. Returns the number of rows loaded. */
export async function loadDemoEnrolments(trx: Transaction<Database>, municipality: { tenantId: string; slug: string }, now = new Date(), cprKey = demoCprKey()): Promise<number> {
  if (municipality.slug !== 'randers') return 0;
  const { tenantId } = municipality;
  const today = copenhagenToday(now);
  const year = Number(today.slice(0, 4));
  const offers = await resolveOffers(trx, tenantId);
  const variants = Object.fromEntries(Object.entries(offers).map(([row, list]) => [row, list.length])) as RowVariants;
  const { firstNames, fullNames } = namesInUse();
  const plan = planDemoEnrolments({ years: [year - 4, year - 3, year - 2, year - 1, year], today, historical: true, variants, excludedFirstNames: firstNames, takenNames: fullNames });

  const cpr = cprProtection(cprKey);
  const citizenIds = plan.citizens.map(() => newId());
  const createdAt = new Date(now.getTime() - 60_000);
  const citizens = plan.citizens.map((c) => ({
    citizen_id: citizenIds[c.index]!,
    first_name: c.firstName,
    last_name: c.lastName,
    birth_date: c.birthDate,
    cpr_encrypted: cpr.encrypt(tenantId, c.cpr),
    cpr_search_hash: cpr.searchHash(tenantId, c.cpr),
  }));
  // One statement per few thousand rows with one JSON parameter each, instead of bind parameters per column.
  for (const rows of chunk(citizens, 2000)) {
    await sql`
      INSERT INTO citizen (tenant_id, citizen_id, first_name, last_name, birth_date, cpr_encrypted, cpr_search_hash, created_at, updated_at)
      SELECT ${tenantId}::uuid, c.citizen_id, c.first_name, c.last_name, c.birth_date, c.cpr_encrypted, c.cpr_search_hash, ${createdAt}::timestamptz, ${createdAt}::timestamptz
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS c (citizen_id uuid, first_name text, last_name text, birth_date date, cpr_encrypted text, cpr_search_hash text)`.execute(trx);
  }

  const enrolmentRows = plan.enrolments.map((e) => {
    const offer = offers[e.row][e.variant % offers[e.row].length]!;
    return {
      enrolment_id: newId(), citizen_id: citizenIds[e.citizenIndex]!, offer_id: offer.offerId, offer_name: offer.name, offer_type: offer.offerType, legal_basis: offer.legalBasis,
      unit_id: offer.unitId, source: e.row === 'drop-in' ? 'walk-in' : e.row === 'sel110' || e.row === 'counselling' ? 'direct' : 'referral', started_on: e.startedOn, ended_on: e.endedOn,
    };
  });
  enrolmentRows.push(...(await personaEnrolments(trx, tenantId, offers, year)));
  for (const rows of chunk(enrolmentRows, 3000)) {
    await sql`
      INSERT INTO enrolment (tenant_id, enrolment_id, citizen_id, offer_id, offer_name, offer_type, legal_basis, unit_id, source, started_on, ended_on, created_at)
      SELECT ${tenantId}::uuid, e.enrolment_id, e.citizen_id, e.offer_id, e.offer_name, e.offer_type, e.legal_basis, e.unit_id, e.source, e.started_on, e.ended_on,
             e.started_on + time '09:00' AT TIME ZONE 'UTC'
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS e (enrolment_id uuid, citizen_id uuid, offer_id uuid, offer_name text, offer_type text, legal_basis text, unit_id uuid,
             source text, started_on date, ended_on date)`.execute(trx);
  }
  return citizens.length + enrolmentRows.length;
}

/** The personas in their offers (DEMO.md): Mikkel in § 85 support, Sara from the shelter to Housing First with alcohol treatment, Birthe in a long-term residence. */
async function personaEnrolments(trx: Kysely<Database>, tenantId: string, offers: Record<TargetGroupRowKey, ResolvedOffer[]>, year: number) {
  const find = async (firstName: string, lastName: string) =>
    (await trx.selectFrom('citizen').select('citizen_id').where('tenant_id', '=', tenantId).where('first_name', '=', firstName).where('last_name', '=', lastName).executeTakeFirst())?.citizen_id;
  const byName = (row: TargetGroupRowKey, name: string) => offers[row].find((o) => o.name.startsWith(name)) ?? offers[row][0]!;
  const rows: { enrolment_id: string; citizen_id: string; offer_id: string | null; offer_name: string; offer_type: string | null; legal_basis: string | null; unit_id: string | null; source: string; started_on: string; ended_on: string | null }[] = [];
  const add = (citizenId: string | undefined, offer: ResolvedOffer, source: string, startedOn: string, endedOn: string | null) => {
    if (!citizenId) return;
    rows.push({ enrolment_id: newId(), citizen_id: citizenId, offer_id: offer.offerId, offer_name: offer.name, offer_type: offer.offerType, legal_basis: offer.legalBasis, unit_id: offer.unitId, source, started_on: startedOn, ended_on: endedOn });
  };
  const mikkel = await find('Mikkel', 'Sørensen');
  const sara = await find('Sara', 'Ahmadi');
  const birthe = await find('Birthe', 'Mortensen');
  add(mikkel, byName('sel85-hour', 'Socialpædagogisk støtte'), 'referral', `${year - 2}-09-01`, null);
  add(sara, byName('sel110', 'Ladegården'), 'direct', `${year - 1}-02-10`, `${year - 1}-08-31`);
  add(sara, byName('sel85-hour', 'Housing First'), 'referral', `${year - 1}-09-01`, null);
  add(sara, byName('alcohol-day', 'Alkoholbehandling'), 'referral', `${year - 1}-09-15`, null);
  add(birthe, byName('sel108', 'Kastaniebo'), 'referral', `${year - 4}-03-01`, null);
  return rows;
}

/**
 * For a demo municipality created before this part was in Mestring: loads it once, when it has none.
 * The tenant row is locked, so two starts at once load it once.
 */
export async function loadDemoEnrolmentsIfMissing(db: Kysely<Database>, municipality: { tenantId: string; slug: string }, now = new Date()): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom('tenant').select('tenant_id').where('tenant_id', '=', municipality.tenantId).forUpdate().executeTakeFirstOrThrow();
    const existing = await trx.selectFrom('enrolment').select('tenant_id').where('tenant_id', '=', municipality.tenantId).limit(1).executeTakeFirst();
    if (existing) return 0;
    return loadDemoEnrolments(trx, municipality, now);
  });
}
