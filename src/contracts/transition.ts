import { z } from 'zod';
import { idSchema } from './common.js';

/** "Den gode overgang": the shared plan for 16–17-year-olds on their way to adult services. */

const dateOnly = z.iso.date().describe('A calendar date, YYYY-MM-DD, in Danish time');

export const transitionCandidates = z.object({
  items: z.array(
    z.object({
      citizenId: idSchema,
      firstName: z.string(),
      lastName: z.string(),
      birthDate: dateOnly,
      turns18On: dateOnly.describe('The 18th birthday (a 29 February birthday counts from 1 March)'),
    }),
  ),
});

export const transitionPlan = z.object({
  startedOn: dateOnly,
  responsibleUserId: idSchema.nullable().describe('The staff member who holds the thread'),
  responsibleName: z.string().nullable(),
  parentsInvolved: z.boolean(),
  adultServicesContact: z.string().nullable().describe('Who in adult services takes over, in words'),
  notes: z.string().nullable(),
  version: z.number().int(),
});
export type TransitionPlan = z.infer<typeof transitionPlan>;

export const putTransitionPlanBody = z.strictObject({
  startedOn: dateOnly,
  responsibleUserId: idSchema.nullable(),
  parentsInvolved: z.boolean(),
  adultServicesContact: z.string().trim().max(200).nullable().optional(),
  notes: z.string().trim().max(4000).nullable().optional(),
  version: z.number().int().positive().optional().describe('Omit to create the plan; the version you read to change it (older: 409)'),
});
export type PutTransitionPlanBody = z.infer<typeof putTransitionPlanBody>;
