import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Insertable, Kysely } from 'kysely';
import { z } from 'zod';
import { accessibilityFeatures, offerLifeDomains, offerTargetGroups } from '../../domain/catalogue-vocabulary.js';
import { copenhagenOffsetMinutes } from '../../domain/copenhagen-time.js';
import { ffbOfferTypes } from '../../domain/ffb-offer-types.js';
import type { Database } from '../../platform/db/schema.js';
import { newId } from '../../platform/ids.js';
import { demoShiftDays, shiftDemoDates } from './shift-demo-dates.js';

/**
 * The demo offer catalogue (seed/catalogue.json): organisations, locations, offers at locations, schedules and
 * "Det sker" events of a demo municipality. The JSON holds the content and names things by key; this file checks
 * the keys, maps them to new ids and inserts the rows. Dates move with the calendar like the demo plans
 * (shift-demo-dates.ts); event times are Danish local times, so a Thursday swim at 10:00 stays at 10:00 across
 * daylight saving.
 */

const seedFile = fileURLToPath(new URL('../../../seed/catalogue.json', import.meta.url));

const calendarDate = z.iso.date();
const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');
const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
/** Danish phone numbers as people write them: '89 15 41 10'. */
const phoneNumber = z.string().regex(/^\d{2}( \d{2}){3}$/);
const physical = z.enum(accessibilityFeatures.physical);
const cognitive = z.enum(accessibilityFeatures.cognitive);
const ffbDisplay = z.enum(ffbOfferTypes.map((t) => t.display) as [string, ...string[]]);
const weekday = '(MO|TU|WE|TH|FR|SA|SU)';

/** ISO 639-1 codes the demo uses, with the Danish name shown to citizens. */
const languageNames = { da: 'Dansk', en: 'Engelsk', ar: 'Arabisk', uk: 'Ukrainsk', kl: 'Grønlandsk', de: 'Tysk', tr: 'Tyrkisk', pl: 'Polsk', so: 'Somali', fa: 'Persisk' } as const;
const languageCode = z.enum(Object.keys(languageNames) as [keyof typeof languageNames, ...(keyof typeof languageNames)[]]);

const organizationSchema = z.strictObject({
  key,
  name: z.string().min(1).max(300),
  kind: z.enum(['municipal', 'association', 'ngo', 'region', 'private', 'other']),
  unit: key.optional(),
  description: z.string().min(1),
  email: z.email().optional(),
  website: z.url().optional(),
  phone: phoneNumber.optional(),
});

const locationSchema = z
  .strictObject({
    key,
    organization: key,
    type: z.enum(['physical', 'virtual']).default('physical'),
    name: z.string().min(1),
    address: z.string().optional(),
    postalCode: z.string().regex(/^\d{4}$/).optional(),
    city: z.string().optional(),
    latitude: z.number().min(54).max(58).optional(),
    longitude: z.number().min(8).max(13).optional(),
    accessibility: z.array(physical).default([]),
    transportation: z.string().optional(),
    description: z.string().optional(),
  })
  .refine((l) => l.type === 'virtual' || (l.address && l.postalCode && l.city && l.latitude !== undefined && l.longitude !== undefined), {
    message: 'a physical location needs an address, postal code, city and coordinates',
  });

const scheduleSchema = z
  .strictObject({
    freq: z.enum(['DAILY', 'WEEKLY', 'MONTHLY']).optional(),
    interval: z.number().int().min(2).optional(),
    byday: z.string().regex(new RegExp(`^-?[1-5]?${weekday}(,-?[1-5]?${weekday})*$`)).optional(),
    opensAt: localTime.optional(),
    closesAt: localTime.optional(),
    description: z.string().min(1).optional(),
    location: key.optional(),
  })
  .refine((s) => s.freq !== undefined || s.description !== undefined, { message: 'a schedule is a recurrence or a description' })
  .refine((s) => (s.opensAt === undefined) === (s.closesAt === undefined) && (s.opensAt === undefined || s.opensAt < s.closesAt!), {
    message: 'opensAt and closesAt come together, opening first',
  })
  .refine((s) => s.freq === 'MONTHLY' || !/\d/.test(s.byday ?? ''), { message: 'an ordinal BYDAY (1TU) needs FREQ=MONTHLY' });

const offerSchema = z
  .strictObject({
    key,
    name: z.string().min(1).max(300),
    organization: key,
    owner: key.optional(),
    lifecycle: z.enum(['draft', 'published', 'archived']).default('published'),
    status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']).default('active'),
    description: z.string().min(1).max(20000),
    easyRead: z.string().min(1).max(4000),
    legalBasis: z.string().min(1).max(40).optional(),
    offerType: ffbDisplay.optional(),
    lifeDomains: z.array(z.enum(offerLifeDomains)).min(1),
    targetGroups: z.array(z.enum(offerTargetGroups)).default([]),
    minimumAge: z.number().int().min(0).max(130).optional(),
    maximumAge: z.number().int().min(0).max(130).optional(),
    free: z.boolean().default(true),
    fees: z.string().optional(),
    costs: z.array(z.strictObject({ option: z.string(), amount: z.number().nonnegative(), amountDescription: z.string().optional() })).default([]),
    application: z.string().optional(),
    eligibility: z.string().optional(),
    selfReferral: z.boolean().default(false),
    accessibility: z.array(cognitive).default([]),
    languages: z.array(languageCode).min(1).default(['da']),
    capacity: z.strictObject({ places: z.number().int().min(0), free: z.number().int().min(0), waitingList: z.number().int().min(0) }).optional(),
    pictogram: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
    email: z.email().optional(),
    url: z.url().optional(),
    contacts: z.array(z.strictObject({ name: z.string(), title: z.string().optional(), email: z.email().optional(), phone: phoneNumber.optional() })).default([]),
    locations: z.array(key).default([]),
    schedules: z.array(scheduleSchema).default([]),
    publishedAt: calendarDate.optional(),
    confirmedAt: calendarDate.optional(),
  })
  .refine((o) => o.minimumAge === undefined || o.maximumAge === undefined || o.minimumAge <= o.maximumAge, { message: 'minimumAge after maximumAge' })
  .refine((o) => o.free || o.fees !== undefined, { message: 'an offer that costs money says what in fees' })
  .refine((o) => !o.capacity || o.capacity.free <= o.capacity.places, { message: 'more free places than places' });

const eventSchema = z
  .strictObject({
    offer: key.optional(),
    organization: key.optional(),
    title: z.string().min(1).max(300),
    description: z.string().max(8000).default(''),
    date: calendarDate,
    start: localTime,
    end: localTime,
    location: key.optional(),
    signupRequired: z.boolean().default(false),
    capacity: z.number().int().positive().optional(),
    status: z.enum(['planned', 'cancelled']).default('planned'),
  })
  .refine((e) => e.offer !== undefined || e.organization !== undefined, { message: 'an event belongs to an offer or an organisation' })
  .refine((e) => e.start < e.end, { message: 'an event ends after it starts' });

const municipalitySchema = z.strictObject({
  /** The unit that keeps the offers of organisations that are not one of the municipality's own units. */
  defaultOwner: key,
  /** When offers without their own dates were published and last confirmed. */
  publishedAt: calendarDate,
  confirmedAt: calendarDate,
  organizations: z.array(organizationSchema).min(1),
  locations: z.array(locationSchema),
  offers: z.array(offerSchema),
  events: z.array(eventSchema),
});
const seedSchema = z.strictObject({ $comment: z.string().optional(), municipalities: z.record(z.string(), municipalitySchema) });

export type DemoCatalogueSeed = z.infer<typeof municipalitySchema>;
export type DemoCatalogueOffer = z.infer<typeof offerSchema>;

/** Checks that every key the seed names exists; the unit keys are checked against the municipality's units at load. */
function checkKeys(slug: string, m: DemoCatalogueSeed): void {
  const fail = (message: string): never => {
    throw new Error(`Demo catalogue (${slug}): ${message}`);
  };
  const unique = (kind: string, keys: string[]) => {
    const seen = new Set<string>();
    for (const k of keys) (seen.has(k) ? fail(`${kind} ${k} appears twice`) : seen.add(k));
    return seen;
  };
  const organizations = unique('organization', m.organizations.map((o) => o.key));
  const locations = unique('location', m.locations.map((l) => l.key));
  const offers = unique('offer', m.offers.map((o) => o.key));
  unique('offer name', m.offers.map((o) => o.name));
  for (const l of m.locations) if (!organizations.has(l.organization)) fail(`location ${l.key}: unknown organization ${l.organization}`);
  for (const o of m.offers) {
    if (!organizations.has(o.organization)) fail(`offer ${o.key}: unknown organization ${o.organization}`);
    for (const l of o.locations) if (!locations.has(l)) fail(`offer ${o.key}: unknown location ${l}`);
    for (const s of o.schedules) if (s.location && !o.locations.includes(s.location)) fail(`offer ${o.key}: a schedule at ${s.location}, which is not one of its locations`);
    const hasPlace = o.locations.length > 0 || o.schedules.some((s) => s.description);
    if (o.lifecycle === 'published' && !hasPlace) fail(`offer ${o.key}: a published offer needs a location or a schedule description`);
  }
  for (const e of m.events) {
    if (e.offer && !offers.has(e.offer)) fail(`event ${e.title}: unknown offer ${e.offer}`);
    if (e.organization && !organizations.has(e.organization)) fail(`event ${e.title}: unknown organization ${e.organization}`);
    if (e.location && !locations.has(e.location)) fail(`event ${e.title}: unknown location ${e.location}`);
  }
}

const cachedSeeds = new Map<number, Record<string, DemoCatalogueSeed>>();

/** The catalogue seed of every demo municipality, with its dates moved to `now` (whole weeks), checked. */
export function readDemoCatalogueSeed(now: Date): Record<string, DemoCatalogueSeed> {
  const days = demoShiftDays(now);
  let seed = cachedSeeds.get(days);
  if (!seed) {
    seed = seedSchema.parse(shiftDemoDates(JSON.parse(readFileSync(seedFile, 'utf8')), days)).municipalities;
    for (const [slug, m] of Object.entries(seed)) checkKeys(slug, m);
    cachedSeeds.set(days, seed);
  }
  return seed;
}

/** The instant of a Danish local date and time ('2026-11-26', '10:00'), right on both sides of a DST change. */
export function copenhagenLocalInstant(date: string, time: string): Date {
  const asIfUtc = Date.parse(`${date}T${time}:00Z`);
  const guess = asIfUtc - copenhagenOffsetMinutes(new Date(asIfUtc)) * 60_000;
  return new Date(asIfUtc - copenhagenOffsetMinutes(new Date(guess)) * 60_000);
}

/**
 * A jsonb value as JSON text: the driver would send a JS array as a PostgreSQL array. (The schema types the HSDS
 * columns as Generated<ColumnType>, which Insertable does not unwrap, hence the cast.)
 */
const jsonb = (value: unknown) => JSON.stringify(value) as never;

export interface DemoCatalogueTarget {
  tenantId: string;
  slug: string;
  /** Unit ids by the unit keys of seed/municipalities.json. */
  unitIds: ReadonlyMap<string, string>;
}

export interface DemoCatalogueRows {
  organization: Insertable<Database['organization']>[];
  location: Insertable<Database['location']>[];
  offer: Insertable<Database['offer']>[];
  offer_location: Insertable<Database['offer_location']>[];
  offer_schedule: Insertable<Database['offer_schedule']>[];
  offer_event: Insertable<Database['offer_event']>[];
}

/**
 * The rows of one municipality's demo catalogue, with new ids, as of `now`. With `missingUnits: 'skip'` (an older
 * demo database whose units an administrator may have renamed) an unknown unit leaves the organisation unlinked and
 * the offer with no owner unit instead of failing the start.
 */
export function buildDemoCatalogueRows(target: DemoCatalogueTarget, now: Date, options: { missingUnits?: 'fail' | 'skip' } = {}): DemoCatalogueRows {
  const rows: DemoCatalogueRows = { organization: [], location: [], offer: [], offer_location: [], offer_schedule: [], offer_event: [] };
  const m = readDemoCatalogueSeed(now)[target.slug];
  if (!m) return rows;
  const { tenantId } = target;
  const unit = (unitKey: string): string | null => {
    const id = target.unitIds.get(unitKey);
    if (id) return id;
    if (options.missingUnits === 'skip') return null;
    throw new Error(`Demo catalogue (${target.slug}): unknown unit ${unitKey}`);
  };
  const at = (date: string) => copenhagenLocalInstant(date, '09:00');
  const createdAt = at(m.publishedAt);
  const phone = (number: string, description?: string) => ({ id: newId(), number, type: 'voice', ...(description && { description }) });

  const organizationIds = new Map<string, string>();
  const organizationByKey = new Map(m.organizations.map((o) => [o.key, o]));
  for (const o of m.organizations) {
    const id = newId();
    organizationIds.set(o.key, id);
    rows.organization.push({
      tenant_id: tenantId,
      organization_id: id,
      name: o.name,
      alternate_name: null,
      description: o.description,
      email: o.email ?? null,
      website: o.website ?? null,
      kind: o.kind,
      org_unit_id: o.unit ? unit(o.unit) : null,
      hsds_extra: jsonb(o.phone ? { phones: [phone(o.phone)] } : {}),
      created_at: createdAt,
      updated_at: createdAt,
    });
  }

  const locationIds = new Map<string, string>();
  for (const l of m.locations) {
    const id = newId();
    locationIds.set(l.key, id);
    rows.location.push({
      tenant_id: tenantId,
      location_id: id,
      organization_id: organizationIds.get(l.organization)!,
      location_type: l.type,
      name: l.name,
      alternate_name: null,
      description: l.description ?? null,
      transportation: l.transportation ?? null,
      latitude: l.latitude ?? null,
      longitude: l.longitude ?? null,
      address_line: l.address ?? null,
      postal_code: l.postalCode ?? null,
      city: l.city ?? null,
      accessibility: l.accessibility,
      created_at: createdAt,
      updated_at: createdAt,
    });
  }

  // The search filters on the offer's own features, so an offer carries the physical features that hold at every
  // place it is given (a step-free offer is step-free wherever you go), besides its own cognitive ones.
  const locationByKey = new Map(m.locations.map((l) => [l.key, l]));
  const accessibilityOf = (o: DemoCatalogueOffer): string[] => {
    const places = o.locations.map((k) => locationByKey.get(k)!).filter((l) => l.type === 'physical');
    const physicalEverywhere = places.length === 0 ? [] : accessibilityFeatures.physical.filter((f) => places.every((l) => l.accessibility.includes(f)));
    return [...physicalEverywhere, ...o.accessibility];
  };

  const offerIds = new Map<string, { id: string; organization: string; firstLocation: string | undefined }>();
  for (const o of m.offers) {
    const id = newId();
    const organization = organizationByKey.get(o.organization)!;
    offerIds.set(o.key, { id, organization: o.organization, firstLocation: o.locations[0] });
    const ownerKey = o.owner ?? organization.unit ?? m.defaultOwner;
    const everPublished = o.lifecycle !== 'draft';
    const publishedAt = everPublished ? at(o.publishedAt ?? m.publishedAt) : null;
    const confirmedAt = everPublished ? at(o.confirmedAt ?? m.confirmedAt) : null;
    const offerCreatedAt = publishedAt ?? at(m.confirmedAt);
    const phones = organization.phone ? [phone(organization.phone)] : [];
    rows.offer.push({
      tenant_id: tenantId,
      offer_id: id,
      organization_id: organizationIds.get(o.organization)!,
      owner_unit_id: unit(ownerKey),
      name: o.name,
      alternate_name: null,
      description: o.description,
      easy_read: o.easyRead,
      url: o.url ?? null,
      email: o.email ?? organization.email ?? null,
      lifecycle: o.lifecycle,
      status: o.status,
      offer_type: o.offerType ? ffbOfferTypes.find((t) => t.display === o.offerType)!.code : null,
      legal_basis: o.legalBasis ?? null,
      life_domains: o.lifeDomains,
      target_groups: o.targetGroups,
      minimum_age: o.minimumAge ?? null,
      maximum_age: o.maximumAge ?? null,
      free_of_charge: o.free,
      fees_description: o.fees ?? null,
      application_process: o.application ?? null,
      eligibility_description: o.eligibility ?? null,
      self_referral: o.selfReferral,
      accessibility: accessibilityOf(o),
      language_codes: o.languages,
      capacity_places: o.capacity?.places ?? null,
      capacity_free: o.capacity?.free ?? null,
      waiting_list: o.capacity?.waitingList ?? null,
      pictogram: o.pictogram,
      phones: jsonb(phones),
      contacts: jsonb(
        o.contacts.map((c) => ({ id: newId(), name: c.name, ...(c.title && { title: c.title }), ...(c.email && { email: c.email }), phones: c.phone ? [phone(c.phone)] : [] })),
      ),
      cost_options: jsonb(
        o.costs.map((c) => ({ id: newId(), option: c.option, currency: 'DKK', amount: c.amount, ...(c.amountDescription && { amount_description: c.amountDescription }) })),
      ),
      languages: jsonb(o.languages.map((code) => ({ id: newId(), name: languageNames[code], code }))),
      confirmed_at: confirmedAt,
      owner_reminded_at: null,
      published_at: publishedAt,
      created_at: offerCreatedAt,
      updated_at: confirmedAt && confirmedAt > offerCreatedAt ? confirmedAt : offerCreatedAt,
    });
    const offerLocationIds = new Map<string, string>();
    for (const l of o.locations) {
      const offerLocationId = newId();
      offerLocationIds.set(l, offerLocationId);
      rows.offer_location.push({ tenant_id: tenantId, offer_location_id: offerLocationId, offer_id: id, location_id: locationIds.get(l)!, description: null });
    }
    for (const s of o.schedules) {
      rows.offer_schedule.push({
        tenant_id: tenantId,
        schedule_id: newId(),
        offer_id: id,
        offer_location_id: s.location ? offerLocationIds.get(s.location)! : null,
        location_id: s.location ? locationIds.get(s.location)! : null,
        valid_from: null,
        valid_to: null,
        dtstart: null,
        until: null,
        count: null,
        freq: s.freq ?? null,
        interval: s.interval ?? null,
        byday: s.byday ?? null,
        bymonthday: null,
        opens_at: s.opensAt ?? null,
        closes_at: s.closesAt ?? null,
        description: s.description ?? null,
      });
    }
  }

  for (const e of m.events) {
    const offer = e.offer ? offerIds.get(e.offer)! : undefined;
    const organizationKey = e.organization ?? offer!.organization;
    const locationKey = e.location ?? offer?.firstLocation;
    const startsAt = copenhagenLocalInstant(e.date, e.start);
    // Announced a few weeks ahead, as an owner would.
    const announcedAt = new Date(Math.min(now.getTime(), startsAt.getTime() - 21 * 86_400_000));
    rows.offer_event.push({
      tenant_id: tenantId,
      event_id: newId(),
      offer_id: offer?.id ?? null,
      organization_id: organizationIds.get(organizationKey)!,
      title: e.title,
      description: e.description,
      starts_at: startsAt,
      ends_at: copenhagenLocalInstant(e.date, e.end),
      location_id: locationKey ? locationIds.get(locationKey)! : null,
      place: null,
      capacity: e.capacity ?? null,
      signup_required: e.signupRequired,
      status: e.status,
      created_by: null,
      created_at: announcedAt,
      updated_at: announcedAt,
    });
  }
  return rows;
}

export interface LoadedCatalogue {
  organizations: number;
  offers: number;
  events: number;
}

/** Inserts the demo catalogue of one municipality. Called inside the transaction that creates the municipality. */
export async function loadDemoCatalogue(trx: Kysely<Database>, target: DemoCatalogueTarget, now = new Date(), options: { missingUnits?: 'fail' | 'skip' } = {}): Promise<LoadedCatalogue> {
  const rows = buildDemoCatalogueRows(target, now, options);
  // In foreign-key order; one statement per table keeps the start quick on PGlite.
  for (const table of ['organization', 'location', 'offer', 'offer_location', 'offer_schedule', 'offer_event'] as const) {
    if (rows[table].length > 0) await trx.insertInto(table).values(rows[table] as never).execute();
  }
  return { organizations: rows.organization.length, offers: rows.offer.length, events: rows.offer_event.length };
}

interface SeedUnit {
  key: string;
  name: string;
  units: { key: string; name: string }[];
}

/**
 * For a demo municipality created before the catalogue existed: loads the catalogue if the municipality has no
 * organisations yet, else nothing (so a second start loads nothing twice). The tenant row is locked, so two
 * starts at once load it once. Unit keys are found by the units' names in the seed.
 */
export async function loadDemoCatalogueIfMissing(db: Kysely<Database>, municipality: { tenantId: string; slug: string; units: readonly SeedUnit[] }, now = new Date()): Promise<LoadedCatalogue | null> {
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom('tenant').select('tenant_id').where('tenant_id', '=', municipality.tenantId).forUpdate().executeTakeFirstOrThrow();
    const existing = await trx.selectFrom('organization').select('organization_id').where('tenant_id', '=', municipality.tenantId).limit(1).executeTakeFirst();
    if (existing) return null;
    const units = await trx.selectFrom('org_unit').select(['unit_id', 'name', 'parent_unit_id']).where('tenant_id', '=', municipality.tenantId).execute();
    const unitIds = new Map<string, string>();
    for (const centre of municipality.units) {
      const centreRow = units.find((u) => u.parent_unit_id === null && u.name === centre.name);
      if (!centreRow) continue;
      unitIds.set(centre.key, centreRow.unit_id);
      for (const child of centre.units) {
        const row = units.find((u) => u.parent_unit_id === centreRow.unit_id && u.name === child.name);
        if (row) unitIds.set(child.key, row.unit_id);
      }
    }
    return loadDemoCatalogue(trx, { tenantId: municipality.tenantId, slug: municipality.slug, unitIds }, now, { missingUnits: 'skip' });
  });
}
