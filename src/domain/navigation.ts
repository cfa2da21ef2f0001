import { rolesAllow, type Permission, type Role } from './roles.js';

/** The pages of the app and the permission each needs. The web app shows exactly these links. */
const pages: { key: string; path: string; needs: Permission }[] = [
  { key: 'home', path: '/min-side', needs: 'profile.read' },
  { key: 'admin.units', path: '/admin/enheder', needs: 'org-unit.manage' },
  { key: 'admin.users', path: '/admin/brugere', needs: 'user.manage' },
  { key: 'admin.audit', path: '/admin/log', needs: 'audit-log.read' },
];

export interface NavigationItem {
  key: string;
  path: string;
}

export function navigationFor(granted: readonly Role[]): NavigationItem[] {
  return pages.filter((page) => rolesAllow(granted, page.needs)).map(({ key, path }) => ({ key, path }));
}
