import { rolesAllow, type Permission, type Role } from './roles.js';

/**
 * The pages of the app and who sees them in the menu: either a permission, or the roles a page is made for
 * (the citizen's own pages are for the citizen, even though staff hold the same permissions on a plan).
 */
const pages: { key: string; path: string; needs?: Permission; forRoles?: readonly Role[] }[] = [
  { key: 'home', path: '/min-side', needs: 'profile.read' },
  { key: 'plan', path: '/min-plan', forRoles: ['citizen'] },
  { key: 'network', path: '/mit-netvaerk', forRoles: ['citizen'] },
  { key: 'access-log', path: '/hvem-har-set', forRoles: ['citizen'] },
  { key: 'shared-plans', path: '/delt-med-mig', forRoles: ['relative'] },
  { key: 'offers', path: '/tilbud', needs: 'profile.read' },
  { key: 'events', path: '/det-sker', needs: 'profile.read' },
  { key: 'my-referrals', path: '/mine-henvisninger', needs: 'referral.read-own' },
  { key: 'caseload', path: '/borgere', needs: 'caseload.read' },
  { key: 'referrals', path: '/henvisninger', needs: 'referral.receive' },
  { key: 'reception', path: '/modtagelse', needs: 'reception.register' },
  { key: 'reception-statistics', path: '/modtagelse/statistik', needs: 'reception.statistics' },
  { key: 'my-offers', path: '/mine-tilbud', needs: 'offer.manage' },
  { key: 'my-events', path: '/mine-tilbud/begivenheder', needs: 'event.manage' },
  { key: 'expensive-cases', path: '/oekonomi/dyre-sager', needs: 'finance.cases' },
  { key: 'committee-status', path: '/oekonomi/udvalgsstatus', needs: 'finance.committee' },
  { key: 'budget', path: '/oekonomi/budget', needs: 'finance.read' },
  { key: 'housing', path: '/boliger', needs: 'housing.read' },
  { key: 'companions', path: '/foelgeskab', forRoles: ['citizen'] },
  { key: 'my-accompaniments', path: '/mine-ture', needs: 'companion.accompany' },
  { key: 'volunteer-profile', path: '/min-frivilligprofil', needs: 'volunteer.profile' },
  { key: 'companion-requests', path: '/koordinering/foelgeskab', needs: 'companion.coordinate' },
  { key: 'volunteers', path: '/koordinering/frivillige', needs: 'volunteer.manage' },
  { key: 'volunteer-statistics', path: '/koordinering/evaluering', needs: 'volunteer.statistics' },
  { key: 'peer-guides', path: '/borgerguider', needs: 'peer-guide.read' },
  { key: 'my-bookings', path: '/mine-bookinger', needs: 'peer-guide.own' },
  { key: 'transition', path: '/overgang', needs: 'transition.list' },
  { key: 'steering', path: '/styring', forRoles: ['leader', 'politician', 'council-member'] },
  { key: 'status-reports', path: '/styring/statusrapporter', needs: 'status-report.read' },
  { key: 'councils', path: '/styring/raad', needs: 'council.read' },
  { key: 'target-groups', path: '/styring/maalgrupper', needs: 'statistics.read' },
  { key: 'indicators', path: '/styring/indikatorer', needs: 'statistics.read' },
  { key: 'admin.units', path: '/admin/enheder', needs: 'org-unit.manage' },
  { key: 'admin.users', path: '/admin/brugere', needs: 'user.manage' },
  { key: 'admin.audit', path: '/admin/log', needs: 'audit-log.read' },
];

export interface NavigationItem {
  key: string;
  path: string;
}

export function navigationFor(granted: readonly Role[]): NavigationItem[] {
  return pages
    .filter((page) => (page.needs ? rolesAllow(granted, page.needs) : page.forRoles!.some((role) => granted.includes(role))))
    .map(({ key, path }) => ({ key, path }));
}
