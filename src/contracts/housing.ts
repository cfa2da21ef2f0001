import { z } from 'zod';
import { housingProjectStatuses } from '../domain/housing-plan.js';
import { idSchema } from './common.js';

/**
 * Housing capacity (DOMAIN §4.4, §5.8): residential offers with places and occupancy, the municipality's residential
 * placements inside and outside its borders, the self-sufficiency rate against the 73 % target, and Housing plan II.
 * Every answer is an aggregate: no citizen is named or counted alone.
 */

const calendarDate = z.iso.date().describe('A Danish calendar date, YYYY-MM-DD');
const count = z.number().int().min(0);
const permille = z.number().int().min(0).max(1000).nullable().describe('A rate in tenths of a percent (612 = 61.2 %); null when there are no placements to divide by');
const year = z.coerce.number().int().min(1900).max(2100);
const statusSchema = z.enum(housingProjectStatuses).describe('finished (or in its last phase), ongoing, not-started, or rejected');

export const residentialOffer = z.object({
  id: idSchema.describe('The catalogue offer'),
  name: z.string().describe("The offer's name"),
  legalBasis: z.string().nullable().describe('The paragraph it is given under, e.g. "SEL §108"'),
  offerType: z.object({ code: z.string().describe('KL FFB code'), display: z.string().describe('Its Danish name') }).nullable().describe("The offer's KL FFB type"),
  provider: z.string().describe('The organisation that runs it'),
  ownOffer: z.boolean().describe("True when the municipality runs it itself (the provider is one of the municipality's own)"),
  archived: z.boolean().describe('An archived offer is shown while citizens still live there'),
  places: count.nullable().describe('Places in all; null when the offer does not say'),
  occupied: count.describe("The municipality's citizens living there today: active residential decisions on the offer"),
  free: count.nullable().describe("Free places: the offer's own figure, or places less occupied when it reports none"),
  freeReportedByOffer: z.boolean().describe("True when `free` is the offer's own figure"),
  waitingList: count.nullable().describe('People waiting for a place; null when the offer does not say'),
  overfilled: z.boolean().describe("True when more of the municipality's citizens live there than it has places"),
});
export type ResidentialOffer = z.infer<typeof residentialOffer>;

export const residentialOffers = z.object({
  today: calendarDate.describe('The day occupancy is counted on'),
  items: z.array(residentialOffer).describe('Residential offers (§107, §108, shared housing and housing-like offers), by name'),
  totals: z
    .object({
      places: count.describe('Places of the offers that give a number'),
      occupied: count.describe("The municipality's citizens living in these offers"),
      free: count.describe('Free places, as in the rows'),
      waitingList: count.describe('People waiting, as the offers report it'),
    })
    .describe('Sums over the rows'),
});
export type ResidentialOffers = z.infer<typeof residentialOffers>;

export const selfSufficiencyQuery = z.strictObject({
  from: year.optional().describe('First year; default: four years before `to`'),
  to: year.optional().describe('Last year, at most the current one; default: the current year'),
});

export const selfSufficiencyYear = z.object({
  year: z.number().int().describe('The year'),
  referenceDay: calendarDate.describe('The day counted: 31 December, or today for the current year'),
  current: z.boolean().describe('True for the current year, counted today'),
  placements: count.describe("The municipality's citizens in a residential placement that day"),
  inside: count.describe('Of them, placed inside the municipality'),
  outside: count.describe('Of them, placed outside the municipality'),
  own: count.describe("Of them, placed in the municipality's own offers"),
  permille: permille.describe('Self-sufficiency: own ÷ placements, in tenths of a percent'),
});

export const selfSufficiency = z.object({
  from: z.number().int().describe('First year'),
  to: z.number().int().describe('Last year'),
  today: calendarDate.describe('Today in Denmark'),
  targetPercent: z.number().int().describe("Housing plan II's target for self-sufficiency, in percent"),
  years: z.array(selfSufficiencyYear).describe('One entry per year, oldest first'),
});
export type SelfSufficiency = z.infer<typeof selfSufficiency>;

const placeChange = z.strictObject({
  legalBasis: z.string().trim().min(1).max(40).describe('The paragraph the places are under, e.g. "SEL §107"'),
  change: z.number().int().min(-1000).max(1000).describe('Places gained (positive) or closed (negative), a whole number'),
});

export const housingProject = z.object({
  id: idSchema,
  name: z.string().describe("The project's name"),
  address: z.string().nullable().describe('Where it is'),
  description: z.string().describe('What the project does'),
  status: statusSchema,
  placeChanges: z.array(placeChange).describe('Change in places by paragraph'),
  netChange: z.number().int().describe('The net change in places (gains less closures)'),
  startsOn: calendarDate.nullable().describe('When it started or is to start'),
  doneOn: calendarDate.nullable().describe('When it was or is expected to be done'),
  version: z.number().int().describe('Grows with every change; send it back with the next change'),
  updatedAt: z.iso.datetime().describe('When it was last changed'),
});
export type HousingProject = z.infer<typeof housingProject>;

export const housingProjects = z.object({
  items: z.array(housingProject).describe('Finished first, then ongoing, not started and rejected; by date and name within each'),
  projection: z
    .object({
      today: calendarDate.describe('The day today’s placements are counted on'),
      placements: count.describe("The municipality's citizens in a residential placement today"),
      own: count.describe("Of them, in the municipality's own offers"),
      currentPermille: permille.describe('Self-sufficiency today'),
      placesOngoing: z.number().int().describe('Net places of the ongoing projects'),
      projectedOngoingPermille: permille.describe('Self-sufficiency when the ongoing projects are done'),
      placesStillToCome: z.number().int().describe('Net places of the ongoing and not started projects'),
      projectedPermille: permille.describe('Self-sufficiency when those places are there: each new own place brings a citizen home'),
      targetPercent: z.number().int().describe('The target, in percent'),
    })
    .describe('The self-sufficiency expected when the unfinished projects are done'),
});
export type HousingProjects = z.infer<typeof housingProjects>;

export const projectIdParams = z.strictObject({ id: idSchema.describe('The housing project') });

export const updateHousingProjectBody = z.strictObject({
  version: z.number().int().positive().describe('The version you read; a change on a newer version is refused with 409'),
  name: z.string().trim().min(1).max(200).optional().describe("The project's name"),
  address: z.string().trim().max(300).nullable().optional().describe('Where it is; null to clear'),
  description: z.string().trim().max(4000).optional().describe('What the project does'),
  status: statusSchema.optional(),
  placeChanges: z.array(placeChange).max(20).optional().describe('The whole list of changes in places, one per paragraph'),
  startsOn: calendarDate.nullable().optional().describe('When it started or is to start; null to clear'),
  doneOn: calendarDate.nullable().optional().describe('When it was or is expected to be done (not before it starts); null to clear'),
});
export type UpdateHousingProjectBody = z.infer<typeof updateHousingProjectBody>;
