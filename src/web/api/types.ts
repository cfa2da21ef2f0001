/**
 * What the server answers, taken from the shared contracts (types only: no zod in the browser bundle),
 * so a change to a contract shows up here as a compile error.
 */
import type { z } from 'zod';
import type { auditEvent, auditEventPage, CreateOrgUnitBody, CreateUserBody, OrgUnit, StaffUser, UpdateOrgUnitBody, UpdateUserBody } from '../../contracts/admin.js';
import type { demoPersona, providersResponse } from '../../contracts/auth.js';
import type { MeResponse } from '../../contracts/me.js';

export type { CreateOrgUnitBody, CreateUserBody, OrgUnit, StaffUser, UpdateOrgUnitBody, UpdateUserBody };
export type Me = MeResponse;
export type NavigationItem = Me['navigation'][number];
export type DemoPersona = z.infer<typeof demoPersona>;
export type LoginProviders = z.infer<typeof providersResponse>;
export type AuditEvent = z.infer<typeof auditEvent>;
export type AuditEventPage = z.infer<typeof auditEventPage>;
export interface ItemList<T> {
  items: T[];
}
