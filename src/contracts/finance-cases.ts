import { z } from 'zod';
import { ageBands } from '../domain/expensive-cases.js';
import { idSchema } from './common.js';
import { calendarDate } from './plan.js';

/**
 * Expensive individual cases and the state's refusion (DOMAIN §5.6): the refusion bands per year, the refusion of a
 * yearly cost, finance's list of expensive cases, and the committee's anonymised status. Every amount is a whole
 * number of øre (1 DKK = 100 øre). See docs/finance-expensive-cases.md.
 */

const ore = (what: string) => z.int().describe(`${what}, in øre (1 DKK = 100 øre)`);
const nullableOre = (what: string) => z.int().nullable().describe(`${what}, in øre; null when the year has no refusion bands`);
export const yearSchema = z.coerce.number().int().min(2000).max(2100).describe('A calendar year, 2000-2100');

export const refusionBandSchema = z.strictObject({
  lowerOre: z.int().min(0).max(100_000_000_000).describe("Where the band starts: the part of a case's yearly cost above this, in øre; the first band starts at 0"),
  ratePercent: z.int().min(0).max(100).describe('The share of the part in the band the state refunds, 0-100 %'),
});
export type RefusionBandBody = z.infer<typeof refusionBandSchema>;

export const yearBands = z.object({
  year: z.int().describe('The year the bands apply to'),
  bands: z.array(refusionBandSchema).describe('The bands, lowest limit first'),
});

export const refusionBandsQuery = z.strictObject({ year: yearSchema.optional().describe('Only this year; all years when left out') });
export const refusionBandsList = z.object({ years: z.array(yearBands).describe('Every year with bands, oldest first (or the one asked for; none if it has no bands)') });
export const refusionYearParams = z.strictObject({ year: yearSchema.describe('The year whose bands are set') });
export const setRefusionBandsBody = z.strictObject({
  bands: z.array(refusionBandSchema).min(1).max(20).describe('The marginal bands of the year: the first starts at 0, each next one higher'),
});

export const refusionBody = z.strictObject({
  year: yearSchema.describe("The year whose bands apply"),
  costOre: z.int().min(0).max(100_000_000_000).describe("One case's cost in the year, in øre: 0 or more, at most 1 billion DKK"),
});
export const refusionPart = z.object({
  lowerOre: ore('Where the band starts'),
  upperOre: z.int().nullable().describe('Where the next band starts, in øre; null for the top band'),
  ratePercent: z.int().describe('The rate of the band'),
  amountOre: ore('The part of the cost in this band'),
});
export const refusionResult = z.object({
  year: z.int().describe('The year whose bands were used'),
  costOre: ore('The cost asked about'),
  refusionOre: ore('The refusion, each band exact and the sum rounded once to the øre, half up'),
  netOre: ore('What the municipality pays itself: cost minus refusion'),
  parts: z.array(refusionPart).describe('How the cost falls across the bands'),
  bands: z.array(refusionBandSchema).describe("The year's bands"),
});

const thresholdKroner = z.coerce
  .number()
  .int()
  .min(0)
  .max(100_000_000)
  .default(1_000_000)
  .describe('The threshold in whole DKK: cases with a yearly cost above it (default 1,000,000, the committee\'s "over en mio. kr.")');

export const expensiveCasesQuery = z.strictObject({
  year: yearSchema.optional().describe('The year; default: the current year'),
  threshold: thresholdKroner,
  page: z.coerce.number().int().min(1).max(10_000).default(1).describe('The page, from 1'),
  pageSize: z.coerce.number().int().min(1).max(200).default(50).describe('Cases per page, at most 200'),
});
export type ExpensiveCasesQuery = z.infer<typeof expensiveCasesQuery>;

const figures = {
  cases: z.int().describe('The number of cases above the threshold'),
  totalCostOre: ore('Their total yearly cost'),
  refusionOre: nullableOre('The total refusion, each case by the bands'),
  netCostOre: nullableOre('Total cost minus refusion'),
};

export const expensiveCase = z.object({
  citizen: z.object({ id: idSchema, firstName: z.string().describe('First name'), lastName: z.string().describe('Last name') }).describe('The citizen (finance follows up on the case)'),
  age: z.int().describe('Age at the end of the year (or today in the current year)'),
  targetGroups: z.array(z.string()).describe('Target groups on the record'),
  costOre: ore("The citizen's cost in the year: the sum of their granted services, pro rata by days"),
  refusionOre: ore('Refusion by the bands of the year'),
  netOre: ore('Cost minus refusion'),
  services: z.int().describe('Decisions that cost something in the year'),
  residential: z.boolean().describe('One of them is a residential placement'),
  outside: z.boolean().describe('One of them is given outside the municipality'),
});
export const expensiveCaseList = z.object({
  year: z.int().describe('The year'),
  thresholdOre: ore('The threshold'),
  yearComplete: z.boolean().describe('False for the current year or later: the costs are today\'s decisions for the whole year'),
  bands: z.array(refusionBandSchema).describe("The year's refusion bands"),
  ...figures,
  page: z.int().describe('This page'),
  pageSize: z.int().describe('Cases per page'),
  items: z.array(expensiveCase).describe('The cases, highest cost first'),
});

export const committeeStatusQuery = z.strictObject({ year: yearSchema.optional().describe('The year; default: the current year') });
export type CommitteeStatusQuery = z.infer<typeof committeeStatusQuery>;

const yearFigures = z.object({ year: z.int().describe('The year'), complete: z.boolean().describe('False for the current year: a forecast at today\'s decisions'), ...figures });

export const committeeStatus = z.object({
  year: z.int().describe('The year of the status'),
  asOf: calendarDate.describe("Today, the day the figures are taken"),
  thresholdOre: ore('The threshold: cases above 1 million DKK'),
  bands: z.array(refusionBandSchema).describe("The year's refusion bands"),
  summary: yearFigures.describe('The year: the cases above the threshold, their cost, refusion and net cost'),
  previousYear: yearFigures.nullable().describe('The year before, for the comparison; null before the first year with data'),
  change: z
    .object({
      cases: z.int().describe('More (positive) or fewer cases than last year'),
      totalCostOre: ore('The change of the total cost'),
      totalCostPermille: z.int().nullable().describe('The change of the total cost in tenths of a percent of last year\'s; null when last year had none'),
      netCostOre: nullableOre('The change of the net cost'),
    })
    .nullable()
    .describe('This year minus last year; null without a previous year'),
  trend: z.array(yearFigures).describe('Every year with data up to this year, oldest first'),
  largestCases: z
    .array(
      z.object({
        label: z.string().describe('"Sag 1", "Sag 2", … — never a name or an id'),
        ageBand: z.enum(ageBands).describe('Age band, wide on purpose'),
        targetGroup: z.string().nullable().describe('The main target group, if any'),
        costOre: ore('The yearly cost'),
        refusionOre: ore('Its refusion'),
        netOre: ore('Cost minus refusion'),
      }),
    )
    .describe('The ten most expensive cases of the year, anonymised'),
  forecast: z
    .object({
      year: z.int().describe('The current year'),
      asOf: calendarDate.describe('Today'),
      cases: z.int().describe('Cases above the threshold for the whole year at today\'s decisions'),
      costToDateOre: ore('What those cases have cost from 1 January to today'),
      remainingOre: ore('What they will cost for the rest of the year at today\'s decisions'),
      totalCostOre: ore('The whole year: to date plus the rest'),
      refusionOre: nullableOre('Expected refusion'),
      netCostOre: nullableOre('Expected net cost'),
    })
    .describe('The forecast for the current year from the granted services: the rest of the year at today\'s decisions'),
});
export type CommitteeStatus = z.infer<typeof committeeStatus>;
