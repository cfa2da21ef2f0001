import { z } from 'zod';
import { idSchema } from './common.js';

/** Indicators as data (docs/indicators.md): definitions, series by period and unit, the drill-down. */

const periodKind = z.enum(['month', 'quarter', 'year']);
const keySchema = z.string().min(1).max(60).describe('The indicator\'s key, e.g. "job-or-education-share"');
export const indicatorKeyParams = z.strictObject({ id: keySchema });

export const seriesPoint = z.object({
  period: z.string().describe("'YYYY-MM' (month), 'YYYY-Qn' (quarter) or 'YYYY' (year)"),
  value: z.number().nullable().describe('The figure: a count, a share 0-1 (four decimals) or a mean (two decimals); null when suppressed or when there is nothing to divide by'),
  numerator: z.number().int().nullable().optional().describe('For a share: the rows counted; null when suppressed'),
  denominator: z.number().int().nullable().optional().describe('For a share: all rows; null when suppressed'),
  suppressed: z.boolean().describe('Built on 1-4 citizens: not shown, so nobody can be recognised'),
});

const unitRef = z.object({ id: idSchema, name: z.string() });
const measure = z.enum(['count', 'share', 'mean']);

export const indicatorSummary = z.object({
  key: keySchema,
  name: z.string(),
  description: z.string(),
  version: z.number().int().positive(),
  active: z.boolean(),
  measure,
  period: periodKind.describe('The period the indicator is shown by unless the reader chooses'),
  latest: seriesPoint.nullable().describe('The latest period with a figure in the last twelve months (whole municipality); null without one'),
});
export const indicatorList = z.object({
  indicators: z.array(indicatorSummary),
  mayManage: z.boolean().describe('The reader may create and change definitions (indicator.manage)'),
});
export type IndicatorList = z.infer<typeof indicatorList>;

export const indicatorSeriesQuery = z.strictObject({
  // The form is checked by the use case, so a wrong month gets a message that says how to write one.
  from: z.string().max(20).optional().describe('First month, YYYY-MM; default: January four years before `to` (five calendar years)'),
  to: z.string().max(20).optional().describe('Last month, YYYY-MM; default: the current month. At most ten years in all; widened to whole periods'),
  period: periodKind.optional().describe("Month, quarter or year; default: the definition's"),
  unit: idSchema.optional().describe('Only this unit and the units below it'),
  format: z.enum(['json', 'csv']).optional().describe('csv: the table as a download (semicolons, UTF-8 with a byte order mark)'),
});
export type IndicatorSeriesQuery = z.infer<typeof indicatorSeriesQuery>;

export const indicatorDetail = indicatorSummary.omit({ latest: true }).extend({
  definition: z.record(z.string(), z.unknown()).describe('The definition as stored (see docs/indicators.md)'),
  explanation: z.string().describe("The definition in plain words, in the reader's language"),
  from: z.string().describe('First month shown, YYYY-MM'),
  to: z.string().describe('Last month shown, YYYY-MM'),
  unit: unitRef.nullable().describe('The unit the figures are limited to, or null for the whole municipality'),
  units: z.array(unitRef).describe('The active units one can limit the figures to'),
  points: z.array(seriesPoint).describe('One point per period, in order'),
  groups: z.array(z.object({ key: z.string(), label: z.string(), points: z.array(seriesPoint) })).describe('With a breakdown (life domain or unit): a series per group'),
  empty: z.boolean().describe('No data at all in the range'),
  mayDrillDown: z.boolean().describe('The reader may list the citizens behind a point (their own citizens only)'),
  mayManage: z.boolean().describe('The reader may change the definition (indicator.manage)'),
});
export type IndicatorDetail = z.infer<typeof indicatorDetail>;

export const drillDownQuery = z.strictObject({
  period: z.string().max(20).describe("One period: '2024-03', '2024-Q1' or '2024'"),
  unit: idSchema.optional(),
});
export const drillDown = z.object({
  key: keySchema,
  period: z.string(),
  citizens: z
    .array(
      z.object({
        id: idSchema,
        name: z.string(),
        rows: z.number().int().describe('Rows of this citizen in the point'),
        matching: z.number().int().nullable().describe('For a share: of those, the rows counted'),
        mean: z.number().nullable().describe('For a mean: the mean of this citizen’s rows'),
      }),
    )
    .describe('Only citizens the reader is on the team of; each listing is audited'),
});
export type DrillDown = z.infer<typeof drillDown>;

const definitionInput = z.unknown().describe('The definition as JSON (docs/indicators.md); refused with the reasons when it does not validate');

export const createIndicatorBody = z.strictObject({
  key: z.string().max(60).describe('Small letters, digits and hyphens'),
  name: z.string().trim().min(1).max(300),
  description: z.string().max(4000).default(''),
  definition: definitionInput,
});
export const updateIndicatorBody = z.strictObject({
  name: z.string().trim().min(1).max(300),
  description: z.string().max(4000).default(''),
  active: z.boolean().optional(),
  definition: definitionInput,
  version: z.number().int().positive().describe('The version you read; an older one is refused with 409'),
});
export type CreateIndicatorBody = z.infer<typeof createIndicatorBody>;
export type UpdateIndicatorBody = z.infer<typeof updateIndicatorBody>;

export const indicatorSaved = z.object({
  key: keySchema,
  name: z.string(),
  description: z.string(),
  version: z.number().int().positive(),
  active: z.boolean(),
  definition: z.record(z.string(), z.unknown()),
});
export type IndicatorSaved = z.infer<typeof indicatorSaved>;
