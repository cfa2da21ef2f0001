import { z } from 'zod';
import { arrivalKinds, receptionNeeds, visitStatuses } from '../domain/reception-visit.js';
import { idSchema } from './common.js';

/** Here-and-now support at the reception centres: register a visit, the queue, hand-over, follow-ups, weekly counts. */

const instant = z.iso.datetime().describe('An instant, ISO 8601 UTC');
const calendarDate = z.iso.date().describe('A Danish calendar date, YYYY-MM-DD');
const versionField = z.number().int().positive().describe('The version you read; a change on a newer version is refused with 409');
const needSchema = z.enum(receptionNeeds).describe('A need from DOMAIN §4.3: housing, accompany-jobcentre, accompany-treatment, accompany-psychiatry, accompany-doctor, accompany-citizen-service (MitID, change of address), meal, stabilisation');
const arrivalSchema = z.enum(arrivalKinds).describe('walk-in: came by themselves; referred: sent by someone');
const statusSchema = z.enum(visitStatuses).describe('waiting, with-worker, done or left');
const person = z.object({ id: idSchema, name: z.string().describe('Display name') });

export const visitIdParams = z.strictObject({ id: idSchema.describe('The visit') });
export const centreParams = z.strictObject({ unitId: idSchema.describe('The reception centre (an organisation unit)') });

export const receptionCentre = z.object({
  id: idSchema.describe('The organisation unit'),
  name: z.string().describe("The centre's name"),
});

export const receptionCentres = z.object({
  items: z.array(receptionCentre).describe("The municipality's reception centres, by name"),
  myCentreId: idSchema.nullable().describe("The centre the logged-in worker's unit is (or lies inside); null when none"),
});

export const visit = z.object({
  id: idSchema,
  centre: receptionCentre.describe('Where the visit is'),
  status: statusSchema,
  arrival: arrivalSchema,
  needs: z.array(needSchema).describe('What the person needs help with'),
  citizen: z
    .object({ id: idSchema, firstName: z.string().describe('First name'), lastName: z.string().describe('Last name') })
    .nullable()
    .describe('The known citizen; null for an anonymous visit'),
  anonymous: z
    .object({ name: z.string().describe('First name or nickname'), description: z.string().nullable().describe('A short description to recognise them by') })
    .nullable()
    .describe('How staff recognise an anonymous visitor; null once the visit is a known citizen’s'),
  note: z.string().nullable().describe("Staff's short note"),
  arrivedAt: instant.describe('When they arrived (were registered)'),
  waitingMinutes: z.number().int().min(0).describe('Minutes waited for a worker: so far, or until handed over or gone'),
  registeredBy: person.describe('Who registered the visit'),
  worker: person.nullable().describe('The worker who took the visit'),
  handedOverAt: instant.nullable().describe('When a worker took it'),
  finishedAt: instant.nullable().describe('When it was done or the person left'),
  followUpDueOn: calendarDate.nullable().describe('The Danish day the follow-up falls due (14 days after a visit is done)'),
  followUpDoneAt: instant.nullable().describe('When the follow-up was done'),
  mergedAt: instant.nullable().describe('When an anonymous visit was merged into a citizen record'),
  version: z.number().int().describe('Grows with every change; send it back with the next change'),
});
export type Visit = z.infer<typeof visit>;

export const registerVisitBody = z.strictObject({
  centreId: idSchema.describe("The reception centre: the worker's own"),
  arrival: arrivalSchema.default('walk-in'),
  needs: z.array(needSchema).min(1).max(receptionNeeds.length).describe('At least one need; a repeated need counts once'),
  citizenId: idSchema.optional().describe('A known citizen the worker may see; leave out for an anonymous visit'),
  anonymous: z
    .strictObject({
      name: z.string().trim().min(1).max(60).describe('First name or nickname; never a CPR number'),
      description: z.string().trim().max(200).optional().describe('A short description to recognise them by; never a CPR number'),
    })
    .optional()
    .describe('For an anonymous visit: how staff will recognise the person. Exactly one of citizenId and anonymous'),
  note: z.string().trim().max(1000).optional().describe('A short note for the worker who takes over; never a CPR number'),
});
export type RegisterVisitBody = z.infer<typeof registerVisitBody>;

export const changeVisitBody = z.strictObject({
  version: versionField,
  status: z.enum(['with-worker', 'done', 'left']).describe('with-worker: I take it (hand-over to me); done: helped; left: went before or during help'),
});
export type ChangeVisitBody = z.infer<typeof changeVisitBody>;

export const completeFollowUpBody = z.strictObject({ version: versionField });

export const mergeVisitBody = z.strictObject({
  citizenId: idSchema.describe('The citizen record the anonymous visit belongs to; you must be allowed to see the citizen'),
});

export const queue = z.object({
  centre: receptionCentre.describe('The centre whose queue this is'),
  items: z.array(visit).describe('Waiting and with a worker, the longest-waiting first'),
});

export const followUps = z.object({
  centre: receptionCentre.describe("The worker's centre"),
  today: calendarDate.describe('Today in Denmark'),
  items: z.array(visit.extend({ overdue: z.boolean().describe('True when the due day has passed') })).describe('Follow-ups due today or overdue, oldest due first'),
});

export const statisticsQuery = z.strictObject({
  from: calendarDate.optional().describe('First day included; default: the Monday seven weeks before this week'),
  to: calendarDate.optional().describe('Last day included; default: today'),
});

const shownCount = z.union([z.number().int().min(0), z.string().regex(/^<\d+$/)]).describe('A count, or "<5" when it is so small that someone could be recognised');

export const statistics = z.object({
  from: calendarDate,
  to: calendarDate,
  suppressedBelow: z.number().int().describe('Counts from 1 up to this (exclusive) are shown as "<N"'),
  needs: z.array(needSchema).describe('The needs, in the order of the columns'),
  weeks: z.array(z.object({ week: z.string().describe('ISO 8601 week, e.g. 2026-W48'), monday: calendarDate.describe('Its Monday') })),
  centres: z.array(
    receptionCentre.extend({
      total: shownCount.describe('Visits in the whole period'),
      weeks: z.array(
        z.object({
          week: z.string().describe('ISO 8601 week'),
          visits: shownCount.describe('Visits that week'),
          needs: z.record(z.string(), shownCount).describe('Visits per need that week; a visit with two needs counts under both'),
        }),
      ).describe('One entry per week of the period, in order'),
    }),
  ).describe('Every reception centre, and any other unit with visits in the period, by name'),
});
export type Statistics = z.infer<typeof statistics>;
