import { z } from 'zod';
import { idSchema } from './common.js';

/** The people around the citizen: relatives and network, and their invitation to log in. See docs/citizen-plan-api.md. */

export const networkMember = z.object({
  id: idSchema,
  name: z.string(),
  relation: z.string().describe('In the citizen’s own words: "mor", "ven", "nabo"'),
  isRelative: z.boolean().describe('Whether the citizen counts the person as a relative (pårørende)'),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  hasLogin: z.boolean().describe('The person has accepted an invitation and logs in themselves'),
  invitationPending: z.boolean().describe('An invitation has been made and has not expired or been used'),
  version: z.number().int(),
});
export type NetworkMember = z.infer<typeof networkMember>;
export const networkList = z.object({ items: z.array(networkMember) });

const email = z.email().max(200).nullable().optional();
const phone = z.string().trim().max(40).nullable().optional();

export const createNetworkMemberBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  relation: z.string().trim().min(1).max(100),
  isRelative: z.boolean(),
  phone,
  email,
});
export type CreateNetworkMemberBody = z.infer<typeof createNetworkMemberBody>;

export const updateNetworkMemberBody = z.strictObject({
  version: z.number().int().positive().describe('The version you read; a save on an older version is refused with 409'),
  name: z.string().trim().min(1).max(200).optional(),
  relation: z.string().trim().min(1).max(100).optional(),
  isRelative: z.boolean().optional(),
  phone,
  email,
});
export type UpdateNetworkMemberBody = z.infer<typeof updateNetworkMemberBody>;

export const memberParams = z.strictObject({ id: idSchema.describe("The citizen's id"), memberId: idSchema.describe('The network member') });

export const invitation = z.object({
  code: z.string().describe('Shown once; the person types it or follows the link. Only its hash is stored'),
  expiresAt: z.iso.datetime().describe('14 days from now'),
  path: z.string().describe('/invitation/{code}: the link to send'),
});

export const acceptInvitationBody = z.strictObject({
  code: z.string().trim().min(1).max(100).describe('The invitation code'),
});
export const acceptedInvitation = z.object({
  citizenId: idSchema,
  firstName: z.string().describe("The citizen's first name, for the welcome"),
  relation: z.string(),
});
