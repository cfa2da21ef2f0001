import { z } from 'zod';
import { planParts } from '../domain/plan-parts.js';
import { idSchema } from './common.js';

/** The citizen's consents: who may see (or comment on) which part of the plan. See docs/citizen-plan-api.md. */

export const granteeKindSchema = z.enum(['network', 'staff', 'unit']).describe('network: a person in the citizen’s network; staff: a staff member outside the team; unit: every staff member of a unit');
export const planPartSchema = z.enum(planParts).describe('The part of the plan: dreams, meetings or one life domain');
export const consentLevelSchema = z.enum(['view', 'comment']).describe('comment includes view');

export const consentsView = z.object({
  grantees: z
    .array(z.object({ kind: granteeKindSchema, id: idSchema, name: z.string(), relation: z.string().nullable().describe('For network members, in the citizen’s words; for staff, their title') }))
    .describe('Who the citizen can share with: the network, and staff or units already given consent'),
  active: z.array(z.object({ id: idSchema, granteeKind: granteeKindSchema, granteeId: idSchema, part: planPartSchema, level: consentLevelSchema, grantedAt: z.iso.datetime() })),
  history: z
    .array(
      z.object({
        id: idSchema,
        granteeKind: granteeKindSchema,
        granteeId: idSchema,
        granteeName: z.string().nullable(),
        part: planPartSchema,
        level: consentLevelSchema,
        grantedAt: z.iso.datetime(),
        grantedByName: z.string().nullable(),
        withdrawnAt: z.iso.datetime().nullable(),
        withdrawnByName: z.string().nullable(),
      }),
    )
    .describe('Every consent ever given, newest first; a withdrawal is recorded, never deleted'),
});
export type ConsentsView = z.infer<typeof consentsView>;

export const setConsentsBody = z.strictObject({
  consents: z
    .array(z.strictObject({ granteeKind: granteeKindSchema, granteeId: idSchema, part: planPartSchema, level: consentLevelSchema }))
    .max(500)
    .describe('The complete new set: what is missing is withdrawn, what is new is granted, from this moment'),
});
export type SetConsentsBody = z.infer<typeof setConsentsBody>;
