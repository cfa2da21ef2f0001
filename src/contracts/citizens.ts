import { z } from 'zod';
import { idSchema } from './common.js';

/** The citizen's record as staff (and, for their own record, the citizen) see it. See docs/citizen-plan-api.md. */

const dateOnly = z.iso.date().describe('A calendar date, YYYY-MM-DD, in Danish time');
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const versionField = z.number().int().positive().describe('The version you read; a save on an older version is refused with 409 and changes nothing');

export const teamRoleSchema = z.enum(['contact-person', 'support-worker', 'case-officer', 'other']).describe("The staff member's part in the citizen's team");
export const communicationNeedSchema = z.enum(['easy-read', 'pictograms', 'read-aloud', 'interpreter']).describe('How the citizen wants to be spoken to and written to');
export const targetGroupSchema = z
  .enum(['substance-abuse', 'mental-vulnerability', 'physical-disability', 'intellectual-disability', 'acquired-brain-injury', 'autism', 'adhd', 'homelessness'])
  .describe('Target group (DOMAIN §5.1), for statistics and eligibility only');

export const caseloadQuery = z.strictObject({
  q: z.string().trim().max(100).optional().describe('Part of the first or last name'),
});

export const caseloadItem = z.object({
  id: idSchema,
  firstName: z.string(),
  lastName: z.string(),
  birthDate: dateOnly,
  age: z.number().int().describe('Whole years today'),
  cprMasked: z.string().nullable().describe('DDMMYY-****; null when no CPR number is recorded'),
  teamRole: teamRoleSchema.describe("The actor's own part in this citizen's team"),
  nextMeetingAt: z.iso.datetime().nullable().describe('The next planned plan meeting'),
  nextReviewDate: dateOnly.nullable().describe('The earliest review date of an active goal'),
});
export const caseloadList = z.object({ items: z.array(caseloadItem) });

export const cprSearchBody = z.strictObject({
  cpr: z.string().trim().max(20).describe('The CPR number, DDMMYY-SSSS or 10 digits; sent in the body so it never appears in a URL or a log'),
});
export const cprSearchResult = z.object({
  items: z.array(
    z.object({
      id: idSchema,
      firstName: z.string(),
      lastName: z.string(),
      birthDate: dateOnly,
      onMyTeam: z.boolean().describe('Whether the case officer is on the citizen’s team and may open the record'),
    }),
  ),
});

const email = z.email().max(200).nullable().optional();
const phone = optionalText(40);

export const createCitizenBody = z.strictObject({
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  cpr: z.string().trim().max(20).describe('DDMMYY-SSSS; the birth date is taken from it'),
  addressLine: optionalText(200),
  postalCode: z.string().trim().regex(/^\d{4}$/).nullable().optional().describe('Danish postal code, four digits'),
  city: optionalText(100),
  phone,
  email,
  communicationNeeds: z.array(communicationNeedSchema).max(4).optional(),
  targetGroups: z.array(targetGroupSchema).max(8).optional(),
});
export type CreateCitizenBody = z.infer<typeof createCitizenBody>;

export const updateCitizenBody = z.strictObject({
  version: versionField,
  firstName: z.string().trim().min(1).max(100).optional(),
  lastName: z.string().trim().min(1).max(100).optional(),
  addressLine: optionalText(200),
  postalCode: z.string().trim().regex(/^\d{4}$/).nullable().optional(),
  city: optionalText(100),
  phone: phone.describe('The citizen may change this themselves'),
  email: email.describe('The citizen may change this themselves'),
  preferredLanguage: z.enum(['da', 'en']).optional().describe('The citizen may change this themselves'),
  communicationNeeds: z.array(communicationNeedSchema).max(4).optional().describe('The citizen may change this themselves'),
  interpreterLanguage: optionalText(50),
  contactPersonUserId: idSchema.nullable().optional().describe('A staff member on the team'),
  targetGroups: z.array(targetGroupSchema).max(8).optional(),
});
export type UpdateCitizenBody = z.infer<typeof updateCitizenBody>;

export const teamMember = z.object({
  userId: idSchema,
  name: z.string(),
  title: z.string().nullable(),
  unitName: z.string().nullable(),
  teamRole: teamRoleSchema,
});

export const citizenRecord = z.object({
  id: idSchema,
  firstName: z.string(),
  lastName: z.string(),
  birthDate: dateOnly,
  age: z.number().int(),
  cpr: z.string().nullable().optional().describe('Full DDMMYY-SSSS for a case officer on the team; DDMMYY-**** for the rest of the team and the citizen; absent for anyone else'),
  addressLine: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  preferredLanguage: z.string(),
  communicationNeeds: z.array(z.string()),
  interpreterLanguage: z.string().nullable(),
  contactPerson: z.object({ userId: idSchema, name: z.string() }).nullable(),
  team: z.array(teamMember),
  units: z.array(z.object({ id: idSchema, name: z.string() })).describe('The organisation units the team members belong to'),
  targetGroups: z.array(z.string()).optional().describe('Only for staff; never on the citizen’s own pages'),
  hasTransitionPlan: z.boolean(),
  version: z.number().int(),
});
export type CitizenRecord = z.infer<typeof citizenRecord>;

export const setTeamBody = z.strictObject({
  members: z
    .array(z.strictObject({ userId: idSchema, teamRole: teamRoleSchema }))
    .min(1)
    .max(50)
    .describe('The complete team; at least one case officer'),
});
export type SetTeamBody = z.infer<typeof setTeamBody>;
export const teamList = z.object({ items: z.array(teamMember) });

export const citizenIdParams = z.strictObject({ id: idSchema.describe("The citizen's id") });
