import { z } from 'zod';
import { idSchema } from './common.js';

/**
 * Budget follow-up (DOMAIN §5.7): the economic year wheel, the budgets of the centres, the follow-ups with their saved
 * snapshots, and the social area's economic plan. Amounts are integer øre (1 DKK = 100 øre).
 */

const dateOnly = z.iso.date().describe('A calendar date, YYYY-MM-DD');
const year = z.number().int().min(2000).max(2100).describe('The calendar year');
const ore = z.number().int().describe('An amount in øre (1 DKK = 100 øre)');
/** At most 100 billion DKK: more is a typing mistake, and it keeps sums far inside exact integers. */
const MAX_ORE = 10_000_000_000_000;
const stepKey = z
  .string()
  .regex(/^[a-z0-9-]{1,60}$/)
  .describe('The step of the year wheel, a stable key such as "follow-up-2"');
const version = z.number().int().positive().describe('The version you read; an older one is refused with 409');

export const yearQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).describe('The calendar year'),
});
export type YearQuery = z.infer<typeof yearQuery>;

export const cycleStepParams = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).describe('The calendar year of the wheel'),
  stepKey,
});

export const cycleStep = z
  .object({
    stepKey,
    label: z.string().describe('What happens, as the municipality names it'),
    onDate: dateOnly.describe('When it happens'),
    isFollowUp: z.boolean().describe('A follow-up: a snapshot of budget, committed cost and forecast is taken as of this date'),
    followUpTaken: z.boolean().describe('For a follow-up: whether its snapshot has been taken'),
  })
  .describe('One dated step of the economic year wheel');
export type CycleStep = z.infer<typeof cycleStep>;

export const budgetCycle = z
  .object({
    year,
    steps: z.array(cycleStep).describe('The steps in date order'),
  })
  .describe('The economic year wheel of a year');
export type BudgetCycle = z.infer<typeof budgetCycle>;

export const updateCycleStepBody = z
  .strictObject({
    onDate: dateOnly.describe('The new date; it must lie within the wheel’s year'),
    label: z.string().trim().min(1).max(200).optional().describe('A new name for the step'),
  })
  .describe('A change of a step’s date (and name)');
export type UpdateCycleStepBody = z.infer<typeof updateCycleStepBody>;

export const centreBudget = z
  .object({
    unitId: idSchema.describe('The centre'),
    name: z.string().describe('The centre’s name'),
    budgetOre: ore.nullable().describe('The centre’s budget for the year; null when none is set'),
    version: z.number().int().nullable().describe('The budget’s version, for the next change; null when none is set'),
  })
  .describe('A centre and its budget for the year');
export type CentreBudget = z.infer<typeof centreBudget>;

export const centreBudgets = z
  .object({
    year,
    centres: z.array(centreBudget).describe('The social area’s centres, and any other centre with a budget'),
    totalOre: ore.describe('The budgets summed'),
  })
  .describe('The budgets of the centres for a year');
export type CentreBudgets = z.infer<typeof centreBudgets>;

export const centreBudgetParams = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).describe('The calendar year'),
  unitId: idSchema.describe('The centre'),
});

export const setCentreBudgetBody = z
  .strictObject({
    budgetOre: z.number().int().min(0).max(MAX_ORE).describe('The budget in øre: 0 or more'),
    version: z.number().int().positive().nullable().describe('The version you read; null to set a budget where none is set'),
  })
  .describe('Sets a centre’s budget for the year');
export type SetCentreBudgetBody = z.infer<typeof setCentreBudgetBody>;

export const followUpLine = z
  .object({
    unitId: idSchema.describe('The centre'),
    name: z.string().describe('The centre’s name'),
    budgetOre: ore.describe('The centre’s budget for the year (0 when none is set)'),
    committedOre: ore.describe('The whole year’s cost of the granted services decided on or before the as-of date'),
    forecastOre: ore.describe('Committed cost plus the cost the year’s coming decisions are expected to add'),
    varianceOre: ore.describe('Budget minus forecast: below 0 is an expected overrun'),
  })
  .describe('One centre in a follow-up');
export type FollowUpLine = z.infer<typeof followUpLine>;

const totals = z
  .object({ budgetOre: ore, committedOre: ore, forecastOre: ore, varianceOre: ore })
  .describe('The centres summed');

export const followUp = z
  .object({
    id: idSchema,
    year,
    stepKey,
    label: z.string().describe('The step’s name'),
    asOf: dateOnly.describe('The date the figures are as of'),
    takenAt: z.iso.datetime().describe('When the snapshot was saved'),
    takenBy: z.string().nullable().describe('Who saved it'),
    replacedAt: z.iso.datetime().nullable().describe('When a later snapshot of the same step replaced it (it stays as history)'),
    lines: z.array(followUpLine),
    totals,
  })
  .describe('A saved follow-up');
export type FollowUp = z.infer<typeof followUp>;

export const followUpList = z
  .object({
    year,
    followUps: z.array(followUp).describe('Every snapshot of the year, by as-of date, replaced ones too'),
    live: z
      .object({ asOf: dateOnly, lines: z.array(followUpLine), totals })
      .nullable()
      .describe('The current year’s figures as of today, computed now and not saved; null for other years'),
  })
  .describe('The follow-ups of a year');
export type FollowUpList = z.infer<typeof followUpList>;

export const takeFollowUpBody = z
  .strictObject({
    year,
    stepKey,
    replace: z.boolean().optional().describe('Take it again although it was taken: the earlier snapshot is kept as history'),
  })
  .describe('Takes the follow-up of a step of the year wheel');
export type TakeFollowUpBody = z.infer<typeof takeFollowUpBody>;

export const initiativeStatus = z.enum(['planned', 'in-progress', 'done', 'stopped']).describe('planned, in-progress, done or stopped');

export const economicInitiative = z
  .object({
    id: idSchema,
    name: z.string(),
    description: z.string().describe('What the initiative does'),
    status: initiativeStatus,
    expectedEffectOre: ore.describe('Expected yearly effect in øre; a saving is positive'),
    effectYear: z.number().int().nullable().describe('The year the full effect is expected'),
    version: z.number().int(),
  })
  .describe('An initiative of the economic plan');
export type EconomicInitiative = z.infer<typeof economicInitiative>;

export const economicPlan = z
  .object({
    tracks: z.array(
      z.object({
        id: idSchema,
        name: z.string(),
        initiatives: z.array(economicInitiative),
        expectedEffectOre: ore.describe('The expected effects of the track’s initiatives, stopped ones left out'),
      }),
    ),
    expectedEffectOre: ore.describe('The expected effects of all tracks, stopped initiatives left out'),
  })
  .describe('The social area’s economic plan: its tracks and their initiatives');
export type EconomicPlan = z.infer<typeof economicPlan>;

export const initiativeIdParams = z.strictObject({ id: idSchema });

export const updateInitiativeBody = z
  .strictObject({
    version,
    status: initiativeStatus.optional(),
    expectedEffectOre: z.number().int().min(-MAX_ORE).max(MAX_ORE).optional().describe('Expected yearly effect in øre; a saving is positive, a cost negative'),
  })
  .describe('A change of an initiative’s status or expected effect');
export type UpdateInitiativeBody = z.infer<typeof updateInitiativeBody>;
