import { z } from 'zod';

/** "Hvem har set mine oplysninger?": every access to the citizen's data by others. Stable keys; the web translates them. */

const dateOnly = z.iso.date().describe('A calendar date, YYYY-MM-DD, in Danish time');

export const accessLogQuery = z.strictObject({
  from: dateOnly.optional().describe('First day included'),
  to: dateOnly.optional().describe('Last day included'),
  cursor: z.string().regex(/^\d+$/).optional().describe('nextCursor from the previous page'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AccessLogQuery = z.infer<typeof accessLogQuery>;

export const accessLogPage = z.object({
  items: z.array(
    z.object({
      id: z.string().describe('Stable id of the entry'),
      at: z.iso.datetime(),
      action: z.string().describe('What was done, a permission key such as citizen.read or consent.manage'),
      outcome: z.enum(['allowed', 'denied']).describe('denied: someone tried and was refused'),
      purpose: z.string().describe('Why, a key such as case-work or invitation'),
      part: z.string().nullable().describe('The part of the plan concerned, when one was'),
      unitName: z.string().nullable().describe('The organisation unit of the person who looked'),
      role: z.string().nullable().describe('Their role key, such as case-officer or relative'),
      actorName: z.string().nullable().describe("Their name: only when the municipality shows staff names to citizens, or they are in the citizen's network"),
    }),
  ),
  nextCursor: z.string().nullable(),
});
export type AccessLogPage = z.infer<typeof accessLogPage>;
