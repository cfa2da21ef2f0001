import { z } from 'zod';
import { idSchema } from './common.js';
import { calendarDate } from './plan.js';

/**
 * A citizen's time in an offer ("forløb"): started by a referral, a direct admission or a walk-in, ended when it ends.
 * The offer type and legal basis are copied from the offer when it starts, so a year's count in the target-group
 * overview does not move when the offer changes later (docs/target-groups.md).
 */

export const enrolmentSource = z.enum(['referral', 'direct', 'walk-in']).describe('How the citizen came in: by a referral, a direct admission, or a walk-in');

export const startEnrolmentBody = z.strictObject({
  offerId: idSchema.nullable().optional().describe('The catalogue offer; its name, offer type, legal basis and owner unit are copied'),
  offerName: z.string().trim().min(1).max(300).optional().describe("The offer's name, when it is not in the catalogue (or to name it otherwise)"),
  offerType: z.string().trim().min(1).max(60).nullable().optional().describe("A KL FFB offer type (code or name) or a named type; default: the offer's"),
  legalBasis: z.string().trim().min(1).max(40).nullable().optional().describe("The paragraph, e.g. 'SEL §85'; default: the offer's"),
  startedOn: calendarDate.describe('The first day in the offer, not after today'),
  unitId: idSchema.nullable().optional().describe("The unit giving it; default: the offer's owner unit"),
  source: enrolmentSource.optional().describe('Default: direct'),
  referralId: idSchema.nullable().optional().describe("The citizen's referral it started from (source 'referral')"),
});
export type StartEnrolmentBody = z.infer<typeof startEnrolmentBody>;

export const endEnrolmentBody = z.strictObject({
  endedOn: calendarDate.describe('The last day in the offer (included): not before the first, not after today'),
});
export type EndEnrolmentBody = z.infer<typeof endEnrolmentBody>;

export const enrolment = z.object({
  id: idSchema,
  citizenId: idSchema,
  offerId: idSchema.nullable(),
  offerName: z.string(),
  offerType: z.string().nullable(),
  legalBasis: z.string().nullable(),
  unit: z.object({ id: idSchema, name: z.string() }).nullable(),
  source: enrolmentSource,
  referralId: idSchema.nullable(),
  startedOn: calendarDate,
  endedOn: calendarDate.nullable().describe('null while it runs'),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Enrolment = z.infer<typeof enrolment>;

export const enrolmentList = z.object({ items: z.array(enrolment).describe('Newest start first') });
export type EnrolmentList = z.infer<typeof enrolmentList>;
