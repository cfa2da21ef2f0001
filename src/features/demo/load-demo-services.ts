import type { Kysely } from 'kysely';
import { isResidentialBasis, normaliseLegalBasis } from '../../domain/granted-service-rules.js';
import type { PriceUnit, ProviderKind } from '../../platform/db/schema-finance.js';
import type { Database } from '../../platform/db/schema.js';
import { newId } from '../../platform/ids.js';
import { decisionSnapshot } from '../finance/services/present-granted-service.js';
import { demoShiftDays, shiftDemoDates } from './shift-demo-dates.js';

/**
 * The decisions on services of the demo's story citizens (DEMO.md), at prices a Danish municipality pays today:
 * Mikkel has socialpædagogisk støtte at home after his brain injury (§85, by the hour; raised from three to four hours a
 * week after a follow-up, so his decision has a history); Birthe lives at Kastaniebo, a long-term residential offer
 * (§108, a day rate that puts her yearly cost just over 1 million DKK); Sara has Housing First support in her own flat
 * (§85) and outpatient treatment at Rusmiddelcenter Randers (§101, a monthly amount); Jonas, on the transition track,
 * has youth support decided from his 18th birthday (§85). Offers are found by their exact names in the demo
 * catalogue, so this runs after the catalogue loader. Dates move with the demo (shift-demo-dates.ts); Jonas's starts
 * on his 18th birthday, which is bound to his CPR number and does not move.
 */

interface DemoChange {
  on: string;
  by: string;
  /** The decision's fields after the change (the columns of granted_service). */
  set: Partial<{ unitPriceOre: number; quantityHundredths: number; periodTo: string | null; note: string | null }>;
}

interface DemoDecision {
  citizen: { firstName: string; lastName: string };
  /** A catalogue offer by its exact name; its name and legal basis are the decision's. */
  offer?: string;
  serviceName?: string;
  legalBasis?: string;
  providerKind: ProviderKind;
  providerName: string;
  placement: 'inside' | 'outside';
  /** The centre that pays, by name. */
  payingCentre: string;
  /** A date, or 'eighteenth-birthday'. */
  periodFrom: string;
  periodTo: string | null;
  priceUnit: PriceUnit;
  unitPriceOre: number;
  quantityHundredths: number;
  decidedOn: string;
  /** Who recorded it, by display name; left out, no one is named. */
  decidedBy?: string;
  note: string | null;
  changes?: DemoChange[];
}

const kr = (kroner: number) => Math.round(kroner * 100);

const demoDecisions: Record<string, DemoDecision[]> = {
  randers: [
    {
      citizen: { firstName: 'Mikkel', lastName: 'Sørensen' },
      offer: 'Socialpædagogisk støtte i eget hjem (§ 85)',
      providerKind: 'own',
      providerName: 'Hjerneskadeteamet',
      placement: 'inside',
      payingCentre: 'Center for Autisme, Senhjerneskade og Læring',
      periodFrom: '2026-05-18',
      periodTo: null,
      priceUnit: 'hour',
      unitPriceOre: kr(545),
      quantityHundredths: 300,
      decidedOn: '2026-05-12',
      decidedBy: 'Mette Lund',
      note: 'Støtte til struktur i hverdagen, søvn og energi efter hjerneskaden. Opfølgning efter tre måneder.',
      changes: [{ on: '2026-08-27', by: 'Mette Lund', set: { quantityHundredths: 400, note: 'Hævet til fire timer om ugen efter opfølgning: Mikkel vil gerne prøve kræfter med et par timer i et havecenter.' } }],
    },
    {
      citizen: { firstName: 'Birthe', lastName: 'Mortensen' },
      offer: 'Kastaniebo — længerevarende botilbud (§ 108)',
      providerKind: 'own',
      providerName: 'Botilbud Kastaniebo',
      placement: 'inside',
      payingCentre: 'Center for Levemiljøer',
      periodFrom: '2019-03-01',
      periodTo: null,
      priceUnit: 'day',
      unitPriceOre: kr(2_985),
      quantityHundredths: 100,
      decidedOn: '2019-02-14',
      decidedBy: 'Mette Lund',
      note: 'Eget botilbud med døgndækning. Takst for 2026 inklusive fællesudgifter.',
    },
    {
      citizen: { firstName: 'Sara', lastName: 'Ahmadi' },
      offer: 'Housing First — egen bolig med støtte',
      providerKind: 'own',
      providerName: 'Bostøtte Nord',
      placement: 'inside',
      payingCentre: 'Center for Psykiatri og Socialt Udsatte',
      periodFrom: '2025-10-13',
      periodTo: null,
      priceUnit: 'hour',
      unitPriceOre: kr(525),
      quantityHundredths: 500,
      decidedOn: '2025-10-08',
      decidedBy: 'Mette Lund',
      note: 'Housing First: egen lejlighed med intensiv bostøtte (CTI) de første måneder.',
    },
    {
      citizen: { firstName: 'Sara', lastName: 'Ahmadi' },
      offer: 'Rusmiddelcenter Randers — ambulant behandling',
      providerKind: 'own',
      providerName: 'Rusmiddelcenter Randers',
      placement: 'inside',
      payingCentre: 'Center for Psykiatri og Socialt Udsatte',
      periodFrom: '2025-11-03',
      periodTo: '2027-04-30',
      priceUnit: 'month',
      unitPriceOre: kr(6_850),
      quantityHundredths: 100,
      decidedOn: '2025-10-27',
      decidedBy: 'Mette Lund',
      note: 'Ambulant behandling for hash med samtaler to gange om ugen og sms-påmindelser.',
    },
    {
      citizen: { firstName: 'Jonas', lastName: 'Kristensen' },
      serviceName: 'Socialpædagogisk ungestøtte',
      legalBasis: 'SEL §85',
      providerKind: 'own',
      providerName: 'Autismecentret Gudenåcenteret',
      placement: 'inside',
      payingCentre: 'Center for Handicap og Myndighed',
      periodFrom: 'eighteenth-birthday',
      periodTo: null,
      priceUnit: 'hour',
      unitPriceOre: kr(560),
      quantityHundredths: 300,
      decidedOn: '2026-10-28',
      decidedBy: 'Mette Lund',
      note: 'Besluttet på overgangsmødet med forældrene: støtten fortsætter fra Jonas fylder 18.',
    },
  ],
  soeby: [
    {
      citizen: { firstName: 'Ahmad', lastName: 'Nasser' },
      offer: 'Bostøtte i Søby (§ 85)',
      providerKind: 'own',
      providerName: 'Bostøtte Søby',
      placement: 'inside',
      payingCentre: 'Socialcenter Søby',
      periodFrom: '2026-08-10',
      periodTo: null,
      priceUnit: 'hour',
      unitPriceOre: kr(510),
      quantityHundredths: 200,
      decidedOn: '2026-08-05',
      note: null,
    },
  ],
};

class MissingDemoData extends Error {}

/** The day a person born on `birthDate` turns 18 (29 February: 1 March in a year without it). */
function eighteenthBirthday(birthDate: string): string {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year + 18, month - 1, day));
  return date.toISOString().slice(0, 10);
}

const at = (date: string) => new Date(`${date}T09:00:00Z`);

/**
 * Loads the story's decisions of a municipality; returns how many. Something the story needs that is missing (a
 * citizen, an offer, a centre, a user) fails the load, or — with `missing: 'skip'`, for a demo database the user has
 * changed — leaves that decision out.
 */
export async function loadDemoServices(trx: Kysely<Database>, municipality: { tenantId: string; slug: string }, now: Date, options: { missing?: 'fail' | 'skip' } = {}): Promise<number> {
  const decisions = shiftDemoDates(demoDecisions[municipality.slug] ?? [], demoShiftDays(now)) as DemoDecision[];
  let loaded = 0;
  for (const decision of decisions) {
    try {
      await loadOne(trx, municipality, decision);
      loaded += 1;
    } catch (error) {
      if (!(error instanceof MissingDemoData) || options.missing !== 'skip') throw error;
    }
  }
  return loaded;
}

async function loadOne(trx: Kysely<Database>, { tenantId, slug }: { tenantId: string; slug: string }, demo: DemoDecision): Promise<void> {
  const citizen = await trx.selectFrom('citizen').select(['citizen_id', 'birth_date']).where('tenant_id', '=', tenantId).where('first_name', '=', demo.citizen.firstName).where('last_name', '=', demo.citizen.lastName).executeTakeFirst();
  if (!citizen) throw new MissingDemoData(`Demo services: no citizen ${demo.citizen.firstName} ${demo.citizen.lastName} in ${slug}`);
  const offer = demo.offer ? await trx.selectFrom('offer').select(['offer_id', 'name', 'legal_basis']).where('tenant_id', '=', tenantId).where('name', '=', demo.offer).executeTakeFirst() : undefined;
  if (demo.offer && !offer?.legal_basis) throw new MissingDemoData(`Demo services: no offer with a legal basis named "${demo.offer}" in ${slug}`);
  const centre = await trx.selectFrom('org_unit').select('unit_id').where('tenant_id', '=', tenantId).where('name', '=', demo.payingCentre).executeTakeFirst();
  if (!centre) throw new MissingDemoData(`Demo services: no centre named ${demo.payingCentre} in ${slug}`);
  const person = async (name: string) => {
    const row = await trx.selectFrom('app_user').select('user_id').where('tenant_id', '=', tenantId).where('display_name', '=', name).executeTakeFirst();
    if (!row) throw new MissingDemoData(`Demo services: no user named ${name} in ${slug}`);
    return row.user_id;
  };
  const decidedBy = demo.decidedBy ? await person(demo.decidedBy) : null;
  const changers: string[] = [];
  for (const change of demo.changes ?? []) changers.push(await person(change.by));

  const legalBasis = normaliseLegalBasis(offer?.legal_basis ?? demo.legalBasis ?? '');
  const serviceId = newId();
  let row = {
    tenant_id: tenantId,
    service_id: serviceId,
    citizen_id: citizen.citizen_id,
    offer_id: offer?.offer_id ?? null,
    service_name: offer?.name ?? demo.serviceName ?? '',
    legal_basis: legalBasis,
    provider_kind: demo.providerKind,
    provider_name: demo.providerName,
    placement: demo.placement,
    residential: isResidentialBasis(legalBasis),
    paying_unit_id: centre.unit_id,
    period_from: demo.periodFrom === 'eighteenth-birthday' ? eighteenthBirthday(citizen.birth_date) : demo.periodFrom,
    period_to: demo.periodTo,
    price_unit: demo.priceUnit,
    unit_price_ore: demo.unitPriceOre,
    quantity_hundredths: demo.quantityHundredths,
    cancelled_at: null,
    decided_by: decidedBy,
    decided_on: demo.decidedOn,
    note: demo.note,
    version: 1,
    created_at: at(demo.decidedOn),
    updated_at: at(demo.decidedOn),
  };
  // Every version as the API would have saved it, the first one at the decision.
  const versions = [{ tenant_id: tenantId, service_id: serviceId, version: 1, snapshot: JSON.stringify(decisionSnapshot(row)), changed_by: decidedBy, changed_at: at(demo.decidedOn) }];
  for (const [index, change] of (demo.changes ?? []).entries()) {
    const set = change.set;
    row = {
      ...row,
      ...(set.unitPriceOre !== undefined && { unit_price_ore: set.unitPriceOre }),
      ...(set.quantityHundredths !== undefined && { quantity_hundredths: set.quantityHundredths }),
      ...(set.periodTo !== undefined && { period_to: set.periodTo }),
      ...(set.note !== undefined && { note: set.note }),
      version: row.version + 1,
      updated_at: at(change.on),
    };
    versions.push({ tenant_id: tenantId, service_id: serviceId, version: row.version, snapshot: JSON.stringify(decisionSnapshot(row)), changed_by: changers[index]!, changed_at: at(change.on) });
  }
  await trx.insertInto('granted_service').values(row).execute();
  await trx.insertInto('granted_service_version').values(versions).execute();
}

/**
 * For a demo municipality created before granted services existed: loads the story's decisions once, when none of the
 * story's citizens has one yet. The tenant row is locked, so two starts at once load them once.
 */
export async function loadDemoServicesIfMissing(db: Kysely<Database>, municipality: { tenantId: string; slug: string }, now: Date): Promise<number> {
  const citizens = (demoDecisions[municipality.slug] ?? []).map((d) => d.citizen);
  if (citizens.length === 0) return 0;
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom('tenant').select('tenant_id').where('tenant_id', '=', municipality.tenantId).forUpdate().executeTakeFirstOrThrow();
    const existing = await trx
      .selectFrom('granted_service as g')
      .innerJoin('citizen as c', (join) => join.onRef('c.tenant_id', '=', 'g.tenant_id').onRef('c.citizen_id', '=', 'g.citizen_id'))
      .select('g.service_id')
      .where('g.tenant_id', '=', municipality.tenantId)
      .where((eb) => eb.or(citizens.map((c) => eb.and([eb('c.first_name', '=', c.firstName), eb('c.last_name', '=', c.lastName)]))))
      .limit(1)
      .executeTakeFirst();
    if (existing) return 0;
    return loadDemoServices(trx, municipality, now, { missing: 'skip' });
  });
}
