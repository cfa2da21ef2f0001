import { z } from 'zod';
import { roles } from '../domain/roles.js';
import { idSchema } from './common.js';

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const versionField = z.number().int().positive().describe('The version you read; a save on a newer version is refused with 409');

export const orgUnit = z.object({
  id: idSchema,
  parentId: idSchema.nullable().describe('The unit this one belongs under; null for a top-level centre'),
  name: z.string(),
  kind: z.enum(['area', 'centre', 'unit']).describe('centre: one of the centres of the social or employment area; unit: a team or place below it'),
  area: z.enum(['social', 'employment', 'other']),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
  isReceptionCentre: z.boolean().describe('Receives walk-ins for here-and-now support; its staff and the units below it work with its queue'),
  version: z.number().int(),
});
export type OrgUnit = z.infer<typeof orgUnit>;
export const orgUnitList = z.object({ items: z.array(orgUnit) });

export const createOrgUnitBody = z.strictObject({
  parentId: idSchema.nullable(),
  name: z.string().trim().min(1).max(200),
  kind: z.enum(['centre', 'unit']),
  area: z.enum(['social', 'employment', 'other']),
  email: z.email().max(200).nullable().optional(),
  phone: optionalText(40),
  isReceptionCentre: z.boolean().optional().describe('A reception centre (default: no)'),
});
export type CreateOrgUnitBody = z.infer<typeof createOrgUnitBody>;

export const updateOrgUnitBody = z.strictObject({
  version: versionField,
  name: z.string().trim().min(1).max(200).optional(),
  parentId: idSchema.nullable().optional(),
  email: z.email().max(200).nullable().optional(),
  phone: optionalText(40),
  active: z.boolean().optional(),
  isReceptionCentre: z.boolean().optional().describe('A reception centre'),
});
export type UpdateOrgUnitBody = z.infer<typeof updateOrgUnitBody>;

const roleSchema = z.enum(roles).describe('Role id');

export const staffUser = z.object({
  id: idSchema,
  displayName: z.string(),
  email: z.string().nullable(),
  title: z.string().nullable(),
  kind: z.enum(['staff', 'citizen', 'relative', 'volunteer', 'external']),
  orgUnitId: idSchema.nullable(),
  orgUnitName: z.string().nullable(),
  roles: z.array(z.string()),
  active: z.boolean(),
  version: z.number().int(),
});
export type StaffUser = z.infer<typeof staffUser>;
export const staffUserList = z.object({ items: z.array(staffUser) });

export const listUsersQuery = z.strictObject({
  q: z.string().trim().max(100).optional().describe('Part of a name, title or e-mail'),
  unitId: idSchema.optional(),
  role: roleSchema.optional(),
});

export const createUserBody = z.strictObject({
  displayName: z.string().trim().min(1).max(200),
  email: z.email().max(200),
  title: optionalText(200),
  orgUnitId: idSchema,
  roles: z.array(roleSchema).max(13).default([]),
});
export type CreateUserBody = z.infer<typeof createUserBody>;

export const updateUserBody = z.strictObject({
  version: versionField,
  displayName: z.string().trim().min(1).max(200).optional(),
  email: z.email().max(200).nullable().optional(),
  title: optionalText(200),
  orgUnitId: idSchema.nullable().optional(),
  active: z.boolean().optional(),
});
export type UpdateUserBody = z.infer<typeof updateUserBody>;

export const setRolesBody = z.strictObject({ roles: z.array(roleSchema).max(13) });

const dateOnly = z.iso.date().describe('A calendar date, YYYY-MM-DD, in Danish time');

export const auditQuery = z.strictObject({
  actor: idSchema.optional().describe('User id of who acted'),
  citizen: idSchema.optional().describe('Citizen whose data was accessed'),
  action: z.string().trim().max(100).optional(),
  from: dateOnly.optional(),
  to: dateOnly.optional(),
  cursor: z.string().regex(/^\d+$/).optional().describe('nextCursor from the previous page'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditEvent = z.object({
  seq: z.number().int(),
  occurredAt: z.iso.datetime(),
  actorUserId: idSchema.nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  citizenId: idSchema.nullable(),
  purpose: z.string(),
  outcome: z.enum(['allowed', 'denied']),
  requestId: z.string().nullable(),
});
export const auditEventPage = z.object({ items: z.array(auditEvent), nextCursor: z.string().nullable() });
