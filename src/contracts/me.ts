import { z } from 'zod';
import { idSchema, languageSchema } from './common.js';

export const meResponse = z.object({
  userId: idSchema,
  displayName: z.string().describe('Name shown in the header and on Min side'),
  kind: z.enum(['staff', 'citizen', 'relative', 'volunteer', 'external']).describe('Whether the person works for the municipality or is outside it'),
  roles: z.array(z.string()).describe('Role ids granted to the user'),
  tenant: z.object({ id: idSchema, slug: z.string(), name: z.string() }).describe('The municipality'),
  orgUnit: z.object({ id: idSchema, name: z.string() }).nullable().describe('The organisation unit the user belongs to'),
  language: languageSchema,
  csrfToken: z.string().describe('Send as the x-csrf-token header on every state-changing request'),
  navigation: z.array(z.object({ key: z.string(), path: z.string() })).describe('The pages the roles allow, in menu order'),
  citizenId: idSchema.nullable().describe("The logged-in citizen's own record; null for everyone else"),
  relativeOf: z
    .array(z.object({ citizenId: idSchema, firstName: z.string(), relation: z.string().describe("In the citizen's words") }))
    .describe('The citizens whose network the person is in with a login; [] for everyone else'),
});
export type MeResponse = z.infer<typeof meResponse>;

export const updateMeBody = z.strictObject({
  language: languageSchema.optional(),
});
export type UpdateMeBody = z.infer<typeof updateMeBody>;
