import { z } from 'zod';
import { idSchema } from './common.js';

/** The coordinator's evaluation of volunteering: figures per month and for the period (docs/volunteer-statistics.md). */

const count = z.number().int().min(0);
const permille = z.number().int().min(0).max(1000).nullable().describe('A share in tenths of a percent (625 = 62.5 %); null when there is nothing to divide by');
const month = z.string().describe('A Danish calendar month, YYYY-MM');

export const volunteerStatisticsQuery = z.strictObject({
  // The form is checked by the use case, so a wrong month gets a message that says how to write one.
  from: z.string().max(20).optional().describe('First month, YYYY-MM; default: eleven months before `to`'),
  to: z.string().max(20).optional().describe('Last month, YYYY-MM; default: the current month. At most 36 months in all'),
  unit: idSchema.optional().describe('Only requests for citizens with a team member in this unit (or below it), and peer-guide bookings made from it'),
});
export type VolunteerStatisticsQuery = z.infer<typeof volunteerStatisticsQuery>;

const satisfaction = z.object({
  n: count.describe('How many answered'),
  average: z.number().min(1).max(3).nullable().describe('Average smiley, 1 sad – 3 happy, two decimals; null without answers'),
  happyPermille: permille.describe('Share of happy (3) answers in tenths of a percent; null without answers'),
});

const figures = z.object({
  requests: count.describe('Companion requests made (counted in the month they were made)'),
  matched: count.describe('Of those, assigned to a volunteer at some point'),
  matchedPermille: permille.describe('matched ÷ requests in tenths of a percent; null without requests'),
  medianHoursToMatch: z.number().min(0).nullable().describe('Median hours from request to assignment, one decimal; null when none was matched'),
  done: count.describe('Accompaniments done (counted in the month of the activity)'),
  cancelled: z
    .object({
      total: count,
      citizen: count.describe("By the citizen's side (the citizen, a relative or a worker on their behalf)"),
      volunteer: count.describe('By the volunteer'),
      coordinator: count.describe('By the coordinator'),
      unrecorded: count.describe('Without a record of who cancelled'),
    })
    .describe('Accompaniments cancelled, by who cancelled (month of the activity)'),
  missed: count.describe('No-shows: accompaniments recorded as missed (month of the activity)'),
  citizenSatisfaction: satisfaction.describe("The citizens' smileys on their accompaniments (month of the activity)"),
  volunteerSatisfaction: satisfaction.describe("The volunteers' smileys on their accompaniments (month of the activity)"),
  activeVolunteers: count.describe('Volunteers active at some time in the month; for the period, distinct volunteers'),
  stoppedVolunteers: count.describe('Volunteers who stopped in the month'),
  volunteerMinutes: count.describe('Minutes logged by volunteers on accompaniments done'),
  peerGuideMinutes: count.describe('Minutes logged by peer guides on bookings done'),
});

export const volunteerStatistics = z.object({
  from: month,
  to: month,
  asOf: z.iso.date().describe('The day the figures were counted (the current month is not over)'),
  unit: z.object({ id: idSchema, name: z.string() }).nullable().describe('The unit the figures are limited to, or null for the whole municipality'),
  units: z.array(z.object({ id: idSchema, name: z.string() })).describe('The active units one can limit the figures to, by name'),
  months: z.array(
    figures.extend({
      month,
      stopReasons: z
        .array(z.string())
        .nullable()
        .describe("The stopped volunteers' reasons in the coordinator's words, without names; null for a reader without volunteer.manage (a leader sees the count only)"),
    }),
  ).describe('One entry per month of the period, in order'),
  total: figures.describe('The whole period: sums, the shares and averages of the sums, the median over all requests'),
});
export type VolunteerStatistics = z.infer<typeof volunteerStatistics>;
export type VolunteerStatisticsMonth = VolunteerStatistics['months'][number];
export type VolunteerStatisticsFigures = z.infer<typeof figures>;
