import { z } from 'zod';

/** The target-group overview (Table 1 of the plan for socially vulnerable adults; docs/target-groups.md). */

export const targetGroupQuery = z.strictObject({
  // Checked by the use case, so a wrong year gets a message that says how to write one.
  from: z.string().max(10).optional().describe('First year, YYYY; default: four years before `to`'),
  to: z.string().max(10).optional().describe('Last year, YYYY; default: the current year. At most 15 years in all'),
  format: z.enum(['json', 'csv']).optional().describe('csv: the same table as a CSV download (semicolons, UTF-8 with a byte order mark)'),
});
export type TargetGroupQuery = z.infer<typeof targetGroupQuery>;

const yearCounts = z
  .record(z.string().regex(/^\d{4}$/), z.number().int().min(0).nullable())
  .describe('Distinct citizens per year (YYYY); null where 1–4 citizens are hidden so no one can be recognised; 0 is shown');

export const targetGroupOverview = z.object({
  fromYear: z.number().int(),
  toYear: z.number().int(),
  asOf: z.iso.date().describe('The day the figures were counted (the current year is not over)'),
  empty: z.boolean().describe('True when no enrolment, referral or granted service of a target-group offer falls in the period'),
  rows: z.array(
    z.object({
      key: z.string().describe("Stable row key: Table 1's rows ('sel85-hour', 'alcohol-day', 'drop-in', …) or 'other:<paragraph>'"),
      label: z.string().describe("The row's name in the reader's language"),
      legalBasis: z.string().nullable().describe("The paragraph the row is about ('SEL §85'); null for a row across paragraphs"),
      offerType: z.string().nullable().describe('The kind of offer, in words'),
      years: yearCounts,
    }),
  ).describe("Table 1's rows in its order, then other paragraphs with citizens; empty when the period has no data"),
  totals: yearCounts.describe('Distinct citizens in any row per year (a citizen in two rows counts once)'),
});
export type TargetGroupOverviewResponse = z.infer<typeof targetGroupOverview>;
