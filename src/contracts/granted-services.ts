import { z } from 'zod';
import { idSchema } from './common.js';
import { calendarDate, versionField } from './plan.js';

/**
 * Decisions on services for a citizen ("bevilgede ydelser"): the cost base of expensive cases, refusion and budget
 * follow-up. Every amount is a whole number of øre (1 DKK = 100 øre) — never kroner, never a decimal — and every
 * quantity is in hundredths (150 = 1.5). See docs/granted-services-api.md.
 */

export const serviceParams = z.strictObject({ id: idSchema.describe('The citizen'), serviceId: idSchema.describe('The decision') });

const providerKind = z.enum(['own', 'other-municipality', 'region', 'private']).describe("Who provides the service: the municipality's own offer, another municipality, a region, or a private provider");
const placement = z.enum(['inside', 'outside']).describe("Where the service is given: inside or outside the municipality's borders");
const priceUnit = z
  .enum(['day', 'hour', 'month'])
  .describe('How the price counts: day = a day rate × quantity per day; hour = an hourly rate × quantity hours a week; month = a monthly amount × quantity');
const amountOre = z.int().describe('Price per day, hour or month in øre (1 DKK = 100 øre), a whole number: more than 0 and at most 10,000,000,000 (100 million DKK)');
const quantity = z.int().describe('Quantity in hundredths (100 = 1, 150 = 1.5): places per day, hours a week, or months; more than 0');
const serviceName = z.string().trim().min(1).max(300).describe("The service's name; default: the offer's name");
const legalBasis = z.string().trim().min(1).max(40).describe("The Serviceloven paragraph as data, e.g. 'SEL §108'; default: the offer's legal basis");
const providerName = z.string().trim().max(300).nullable().describe('The provider, e.g. "Botilbud Kastaniebo" or a private company');
const note = z.string().trim().max(4000).nullable().describe('A note on the decision');

export const recordServiceBody = z.strictObject({
  offerId: idSchema.nullable().optional().describe('The catalogue offer decided on (published or archived); its name and legal basis are the defaults'),
  serviceName: serviceName.optional(),
  legalBasis: legalBasis.optional(),
  providerKind,
  providerName: providerName.optional(),
  placement,
  residential: z.boolean().optional().describe('A residential placement (counts for self-sufficiency); default: true for §107 and §108'),
  payingUnitId: idSchema.nullable().optional().describe("The centre whose budget carries the cost; default: the case officer's centre"),
  periodFrom: calendarDate.describe('The first day the decision covers'),
  periodTo: calendarDate.nullable().optional().describe('The last day it covers (included); null or left out: until further notice'),
  priceUnit,
  unitPriceOre: amountOre,
  quantityHundredths: quantity.optional().describe('Quantity in hundredths (100 = 1, 150 = 1.5): places per day, hours a week, or months; default 100'),
  decidedOn: calendarDate.optional().describe('The date of the decision, not after today; default: today'),
  note: note.optional(),
});
export type RecordServiceBody = z.infer<typeof recordServiceBody>;

export const changeServiceBody = z.strictObject({
  version: versionField,
  offerId: idSchema.nullable().optional().describe('Another catalogue offer, or null for a named service; a new offer brings its name and legal basis unless they are given'),
  serviceName: serviceName.optional(),
  legalBasis: legalBasis.optional(),
  providerKind: providerKind.optional(),
  providerName: providerName.optional(),
  placement: placement.optional(),
  residential: z.boolean().optional().describe('A residential placement (counts for self-sufficiency)'),
  payingUnitId: idSchema.nullable().optional().describe('The centre whose budget carries the cost'),
  periodFrom: calendarDate.optional().describe('The first day the decision covers'),
  periodTo: calendarDate.nullable().optional().describe('The last day it covers (included); null: until further notice'),
  priceUnit: priceUnit.optional(),
  unitPriceOre: amountOre.optional(),
  quantityHundredths: quantity.optional(),
  decidedOn: calendarDate.optional().describe('The date of the decision, not after today'),
  note: note.optional(),
});
export type ChangeServiceBody = z.infer<typeof changeServiceBody>;

export const cancelServiceBody = z.strictObject({ version: versionField }).describe('Withdraws the decision (made in error, or a complaint upheld): it costs nothing from then on, in any year');
export type CancelServiceBody = z.infer<typeof cancelServiceBody>;

const named = z.object({ id: idSchema, name: z.string().describe('Its name') });

export const grantedService = z.object({
  id: idSchema.describe('The decision'),
  citizenId: idSchema.describe('The citizen it is for'),
  offer: named.nullable().describe('The catalogue offer, when the service is one'),
  serviceName: z.string().describe('The name as decided'),
  legalBasis: z.string().describe("The paragraph, e.g. 'SEL §108'"),
  providerKind,
  providerName: z.string().nullable().describe('The provider, when named'),
  placement,
  residential: z.boolean().describe('A residential placement (§107, §108, shared housing, housing-like offers)'),
  payingUnit: named.nullable().describe('The centre whose budget carries the cost'),
  periodFrom: calendarDate.describe('The first day the decision covers'),
  periodTo: calendarDate.nullable().describe('The last day it covers (included); null: until further notice'),
  priceUnit,
  unitPriceOre: z.int().describe('Price per day, hour or month in øre'),
  quantityHundredths: z.int().describe('Quantity in hundredths'),
  decidedOn: calendarDate.describe('The date of the decision'),
  decidedBy: named.nullable().describe('The case officer who recorded the decision'),
  note: z.string().nullable().describe('A note on the decision'),
  status: z.enum(['planned', 'active', 'ended', 'cancelled']).describe("Today: not begun, running, over, or withdrawn"),
  cancelledAt: z.iso.datetime().nullable().describe('When it was withdrawn'),
  version: z.number().int().describe('Send it back with a change; a change on an older version is refused with 409'),
  updatedAt: z.iso.datetime().describe('When it was last saved'),
  costThisYearOre: z.int().describe('What the decision costs in the current calendar year, pro rata by days, in øre (0 when withdrawn)'),
  costLastYearOre: z.int().describe('What it cost in the previous calendar year, in øre'),
});
export type GrantedService = z.infer<typeof grantedService>;

export const grantedServiceList = z.object({
  year: z.number().int().describe('The current calendar year (Danish time): "this year" of the costs'),
  items: z.array(grantedService).describe('Newest period first'),
  totalThisYearOre: z.int().describe("The citizen's yearly cost this year: the sum of the decisions' costs, in øre"),
  totalLastYearOre: z.int().describe('The same for the previous year, in øre'),
  payingUnits: z.array(named).describe('The centres a decision can be paid by'),
  defaultPayingUnitId: idSchema.nullable().describe("The reader's centre: the default paying unit of a new decision"),
});
export type GrantedServiceList = z.infer<typeof grantedServiceList>;

const snapshotValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const grantedServiceHistory = z.object({
  items: z
    .array(
      z.object({
        version: z.number().int().describe('The version number, from 1'),
        at: z.iso.datetime().describe('When this version was saved'),
        by: named.nullable().describe('Who saved it'),
        operation: z.enum(['create', 'update', 'cancel']).describe('Recorded, changed, or withdrawn'),
        changes: z
          .array(z.object({ field: z.string().describe('The field, by its name in the API'), from: snapshotValue.describe('The value before'), to: snapshotValue.describe('The value after') }))
          .describe('What changed from the version before; on the first version every field that has a value. Offers and units are given by name, amounts in øre'),
      }),
    )
    .describe('Every saved version, newest first'),
});
export type GrantedServiceHistory = z.infer<typeof grantedServiceHistory>;
