import { z } from 'zod';
import { accessibilityFeatures, ageGroups, offerLifeDomains, offerTargetGroups } from '../domain/catalogue-vocabulary.js';
import { idSchema } from './common.js';

/** The offer catalogue: public search and offer pages, and the offer owners' upkeep. See docs/offers-api.md. */

const accessibilityFeature = z.enum([...accessibilityFeatures.physical, ...accessibilityFeatures.cognitive]).describe('An accessibility feature');
const targetGroup = z.enum(offerTargetGroups).describe('Target group (DOMAIN §5.1), or relatives');
const lifeDomain = z.enum(offerLifeDomains).describe('Life domain (DOMAIN §5.2)');
const ageGroup = z.enum(ageGroups.map((g) => g.key) as [string, ...string[]]).describe('Age group: youth 16-17, young-adults 18-29, adults 30-64, seniors 65+');
const weekday = z.enum(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su']).describe('Day of the week (RFC 5545 two-letter code)');
const municipality = z.string().regex(/^[a-z0-9-]{1,60}$/).optional().describe("The municipality's slug; default: the logged-in user's, else the installation's default");

/** A comma-separated list in a query string (a=b,c), each value checked against the vocabulary. */
function listParam<T extends z.ZodType<unknown, string>>(item: T, max: number) {
  return z
    .string()
    .max(1000)
    .transform((value) => value.split(',').map((v) => v.trim()).filter((v) => v !== ''))
    .pipe(z.array(item).max(max))
    .optional();
}

export const offerSearchQuery = z.strictObject({
  q: z.string().max(200).optional().describe('Words to search for, in Danish; stemmed ("bolig" finds "boliger") and tolerant of small typos'),
  targetGroup: listParam(targetGroup, offerTargetGroups.length).describe('Offers for any of these target groups (comma-separated)'),
  lifeDomain: listParam(lifeDomain, offerLifeDomains.length).describe('Offers serving any of these life domains (comma-separated)'),
  ageGroup: listParam(ageGroup, ageGroups.length).describe('Offers open to any of these age groups (comma-separated)'),
  age: z.coerce.number().int().min(0).max(130).optional().describe('Offers a person of this age may use'),
  legalBasis: listParam(z.string().min(1).max(40), 20).describe('Offers under any of these legal bases, e.g. "SEL §85" (comma-separated)'),
  free: z.enum(['true']).optional().describe('Only offers free of charge'),
  selfReferral: z.enum(['true']).optional().describe('Only offers a citizen may apply to themself'),
  freePlaces: z.enum(['true']).optional().describe('Only offers with free places now'),
  accessibility: listParam(accessibilityFeature, 11).describe('Offers with all of these accessibility features (comma-separated)'),
  day: weekday.optional().describe('Offers open on this day of the week'),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).optional().describe('Offers open at this local time (HH:MM), with `day` or on any day'),
  near: z.string().max(200).optional().describe('An address or postal code, or "lat,lon": distance is measured from here'),
  withinKm: z.coerce.number().positive().max(500).optional().describe('Only offers within this distance of `near`'),
  sort: z.enum(['relevance', 'name', 'distance']).optional().describe('Order of the results; default relevance with words, else name'),
  groupBy: z.enum(['ageGroup', 'targetGroup']).optional().describe('Also return the results grouped by age group or target group'),
  page: z.coerce.number().int().min(1).max(1000).default(1).describe('Page number, from 1'),
  pageSize: z.coerce.number().int().min(1).max(50).default(20).describe('Results per page (at most 50)'),
  municipality,
});
export type OfferSearchQuery = z.infer<typeof offerSearchQuery>;

export const capacity = z
  .object({
    places: z.number().int().nullable().describe('Places in all'),
    free: z.number().int().nullable().describe('Free places now'),
    waitingList: z.number().int().nullable().describe('People on the waiting list'),
  })
  .describe('Capacity, for offers with places');

export const offerSummary = z.object({
  id: idSchema,
  name: z.string(),
  organization: z.object({ id: idSchema, name: z.string() }),
  summary: z.string().describe('The first sentences of the description'),
  easyRead: z.string().nullable().describe('The offer in easy-read Danish'),
  pictogram: z.string().nullable().describe('Pictogram key'),
  lifeDomains: z.array(z.string()),
  targetGroups: z.array(z.string()),
  ageGroups: z.array(z.string()).describe('The age groups the age range covers'),
  legalBasis: z.string().nullable().describe('Legal basis, e.g. "SEL §85"'),
  freeOfCharge: z.boolean(),
  selfReferral: z.boolean(),
  accessibility: z.array(z.string()),
  minimumAge: z.number().int().nullable(),
  maximumAge: z.number().int().nullable(),
  capacity: capacity.nullable(),
  place: z.string().nullable().describe('Where: the first location’s name and town'),
  distanceKm: z.number().nullable().describe('Distance from `near` to the nearest location, when asked'),
  possiblyOutdated: z.boolean().describe('Not confirmed by its owner for 12 months'),
});
export type OfferSummary = z.infer<typeof offerSummary>;

const facetCount = z.object({ key: z.string(), count: z.number().int() });
export const offerFacets = z
  .object({
    targetGroup: z.array(facetCount),
    lifeDomain: z.array(facetCount),
    ageGroup: z.array(facetCount),
    legalBasis: z.array(facetCount),
    accessibility: z.array(facetCount),
    free: z.number().int().describe('How many of the results are free of charge'),
    selfReferral: z.number().int(),
    freePlaces: z.number().int(),
  })
  .describe('How many of the results have each value');

export const offerSearchResult = z.object({
  items: z.array(offerSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  facets: offerFacets,
  groups: z
    .array(z.object({ key: z.string(), count: z.number().int(), items: z.array(offerSummary) }))
    .optional()
    .describe('With groupBy: per group, its count and its first results'),
  near: z.object({ latitude: z.number(), longitude: z.number(), label: z.string() }).nullable().describe('Where `near` was understood to be'),
});
export type OfferSearchResult = z.infer<typeof offerSearchResult>;

const schedule = z.object({
  id: idSchema,
  freq: z.string().nullable().describe('RFC 5545 FREQ'),
  interval: z.number().int().nullable(),
  byday: z.string().nullable().describe("RFC 5545 BYDAY, e.g. 'MO,WE'"),
  bymonthday: z.string().nullable(),
  opensAt: z.string().nullable().describe('HH:MM local time'),
  closesAt: z.string().nullable().describe('HH:MM local time'),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  description: z.string().nullable(),
  locationId: idSchema.nullable(),
});

export const offerLocation = z.object({
  id: idSchema,
  name: z.string().nullable(),
  description: z.string().nullable(),
  addressLine: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  transportation: z.string().nullable().describe('How to get there'),
  accessibility: z.array(z.string()),
});

export const offerDetail = offerSummary.extend({
  description: z.string(),
  alternateName: z.string().nullable(),
  url: z.string().nullable(),
  email: z.string().nullable(),
  status: z.string().describe('HSDS status: active, inactive, defunct, temporarily closed'),
  lifecycle: z.enum(['draft', 'published', 'archived']),
  offerType: z.object({ code: z.string(), display: z.string() }).nullable().describe('KL FFB offer type'),
  feesDescription: z.string().nullable(),
  applicationProcess: z.string().nullable(),
  eligibilityDescription: z.string().nullable(),
  languages: z.array(z.string()).describe('ISO 639-1 codes'),
  contacts: z.array(z.record(z.string(), z.unknown())).describe('HSDS contacts'),
  phones: z.array(z.record(z.string(), z.unknown())).describe('HSDS phones'),
  costOptions: z.array(z.record(z.string(), z.unknown())).describe('HSDS cost options'),
  locations: z.array(offerLocation),
  schedules: z.array(schedule),
  confirmedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
});
export type OfferDetail = z.infer<typeof offerDetail>;

export const offerIdParams = z.strictObject({ id: idSchema });
export const publicOfferQuery = z.strictObject({ municipality });

// --- The offer owners' upkeep ---

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const offerFields = z.strictObject({
  name: text(300).describe('The name people know the offer by'),
  description: z.string().trim().max(20000).describe('What it is, for whom, in plain Danish'),
  easyRead: optionalText(4000).describe('The same in easy-read Danish: short sentences, everyday words'),
  alternateName: optionalText(300),
  url: z.url().max(500).nullable().optional(),
  email: z.email().max(200).nullable().optional(),
  organizationId: idSchema.describe('Who provides it'),
  ownerUnitId: idSchema.nullable().optional().describe("The unit whose offer owners keep it (default: the actor's)"),
  legalBasis: optionalText(40).describe('e.g. "SEL §85"'),
  offerType: z.string().max(40).nullable().optional().describe('KL FFB offer-type code'),
  lifeDomains: z.array(lifeDomain).max(5).default([]),
  targetGroups: z.array(targetGroup).max(offerTargetGroups.length).default([]),
  minimumAge: z.number().int().min(0).max(130).nullable().optional(),
  maximumAge: z.number().int().min(0).max(130).nullable().optional(),
  freeOfCharge: z.boolean().default(true),
  feesDescription: optionalText(2000),
  applicationProcess: optionalText(2000).describe('How to get the offer'),
  eligibilityDescription: optionalText(2000),
  selfReferral: z.boolean().default(false),
  accessibility: z.array(accessibilityFeature).max(11).default([]),
  languages: z.array(z.string().regex(/^[a-z]{2}$/)).min(1).max(20).default(['da']),
  capacityPlaces: z.number().int().min(0).max(100000).nullable().optional(),
  capacityFree: z.number().int().min(0).max(100000).nullable().optional(),
  waitingList: z.number().int().min(0).max(100000).nullable().optional(),
  pictogram: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/).nullable().optional(),
  locationIds: z.array(idSchema).max(20).default([]).describe('Where it takes place'),
});
export type OfferFields = z.infer<typeof offerFields>;

export const createOfferBody = offerFields;
export const updateOfferBody = offerFields.partial().extend({ version: z.number().int().positive().describe('The version you read; an older one is refused with 409') }).strict();
export type UpdateOfferBody = z.infer<typeof updateOfferBody>;

export const lifecycleBody = z.strictObject({
  action: z.enum(['publish', 'archive', 'unpublish', 'confirm']).describe('publish, archive, back to draft, or confirm it is still right'),
  version: z.number().int().positive(),
});

export const managedOffer = offerDetail.extend({
  version: z.number().int(),
  ownerUnit: z.object({ id: idSchema, name: z.string() }).nullable(),
  needsConfirmation: z.boolean().describe('Possibly outdated: the owner should confirm or change it'),
});
export type ManagedOffer = z.infer<typeof managedOffer>;

export const managedOfferItem = z.object({
  id: idSchema,
  name: z.string(),
  lifecycle: z.enum(['draft', 'published', 'archived']),
  organizationName: z.string(),
  ownerUnitName: z.string().nullable(),
  confirmedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
  needsConfirmation: z.boolean(),
  version: z.number().int(),
});

export const managedOfferList = z.object({ items: z.array(managedOfferItem) });

export const offerChoices = z
  .object({
    organizations: z.array(z.object({ id: idSchema, name: z.string(), kind: z.string() })),
    locations: z.array(z.object({ id: idSchema, name: z.string().nullable(), addressLine: z.string().nullable(), city: z.string().nullable() })),
    units: z.array(z.object({ id: idSchema, name: z.string() })),
    legalBases: z.array(z.string()),
  })
  .describe('What an offer form can choose from');
