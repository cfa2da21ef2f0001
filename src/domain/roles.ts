/**
 * Roles and what each may do. Role ids are stable (they are in grants, sessions and the audit log);
 * the Danish and English names live in the web app's translations.
 */
export const roles = [
  'citizen',
  'relative',
  'support-worker',
  'case-officer',
  'volunteer-coordinator',
  'volunteer',
  'peer-guide',
  'offer-owner',
  'leader',
  'finance',
  'politician',
  'council-member',
  'admin',
] as const;
export type Role = (typeof roles)[number];

export const staffRoles: readonly Role[] = ['support-worker', 'case-officer', 'volunteer-coordinator', 'offer-owner', 'leader', 'finance', 'admin'];

/** Roles that describe a person outside the municipality's staff; an administrator never grants them to staff. */
const rolesOfCitizensAndRelatives: readonly Role[] = ['citizen', 'relative'];

export function isGrantableToStaff(role: Role): boolean {
  return !rolesOfCitizensAndRelatives.includes(role);
}

export const permissions = [
  'profile.read',
  'profile.update',
  'org-unit.read',
  'org-unit.manage',
  'user.read',
  'user.manage',
  'role-grant.manage',
  'audit-log.read',
  'tenant.read',
] as const;
export type Permission = (typeof permissions)[number];

const everyone: Permission[] = ['profile.read', 'profile.update', 'tenant.read'];
const staff: Permission[] = [...everyone, 'org-unit.read'];

const rolePermissions: Record<Role, readonly Permission[]> = {
  citizen: everyone,
  relative: everyone,
  volunteer: everyone,
  'peer-guide': everyone,
  politician: everyone,
  'council-member': everyone,
  'support-worker': staff,
  'case-officer': staff,
  'volunteer-coordinator': staff,
  'offer-owner': staff,
  leader: [...staff, 'user.read'],
  finance: staff,
  admin: [...staff, 'org-unit.manage', 'user.read', 'user.manage', 'role-grant.manage', 'audit-log.read'],
};

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** The union of what the given roles allow. */
export function permissionsOf(granted: readonly Role[]): Set<Permission> {
  return new Set(granted.flatMap((role) => rolePermissions[role]));
}

export function rolesAllow(granted: readonly Role[], permission: Permission): boolean {
  return granted.some((role) => rolePermissions[role].includes(permission));
}
