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
  // The citizen's record and plan. Every one of these also needs a relation to the citizen (self, team,
  // or a consent); the role only says what kind of person may ever do it.
  'caseload.read',
  'citizen.read',
  'citizen.read-cpr',
  'citizen.search-cpr',
  'citizen.create',
  'citizen.update',
  'citizen.export',
  'plan.read',
  'plan.write',
  'plan.comment',
  'meeting.manage',
  'consent.read',
  'consent.manage',
  'network.manage',
  'access-log.read-own',
  'transition.list',
  // The catalogue. Reading published offers needs no login at all.
  'offer.manage',
  'catalogue.manage',
  'event.manage',
  'event.signup',
  // Referrals: sending needs a relation to the citizen; receiving needs to work in the receiving unit.
  'referral.send',
  'referral.receive',
  'referral.read-own',
  // Here-and-now support at the reception centres.
  'reception.register',
  'reception.statistics',
  // Finance and housing. Granted services are citizen data (a relation is needed); the rest are aggregates, except
  // the expensive-case list, which names cases and is audited per citizen.
  'service.read',
  'service.grant',
  'finance.cases',
  'finance.committee',
  'finance.read',
  'finance.manage',
  'housing.read',
  'housing.manage',
  // Volunteers, companions and peer guides. Asking for a companion is about a citizen (a relation is needed); the
  // coordinator sees a request's minimal data, never the plan; a volunteer sees only their own accompaniments.
  'companion.request',
  'companion.coordinate',
  'companion.accompany',
  'volunteer.profile',
  'volunteer.manage',
  'volunteer.statistics',
  'peer-guide.read',
  'peer-guide.book',
  'peer-guide.own',
  'peer-guide.manage',
  // Steering. Strategies, published status reports and aggregate figures are for leaders, politicians and the
  // councils; figures never name a citizen. The drill-down behind a figure lists citizens and needs a relation to
  // each (only caseworkers have one), so a leader never gets it.
  'strategy.read',
  'strategy.manage',
  'status-report.read',
  'status-report.manage',
  'council.read',
  'council.manage',
  'hearing.answer',
  'statistics.read',
  'statistics.drill-down',
  'indicator.manage',
] as const;
export type Permission = (typeof permissions)[number];

const everyone: Permission[] = ['profile.read', 'profile.update', 'tenant.read'];
const staff: Permission[] = [...everyone, 'org-unit.read'];
/**
 * Staff who work with individual citizens: they see and write the plans of the citizens on their team. They read the
 * municipality's figures as leaders do (aggregates), and from a figure they may open their own citizens behind it.
 */
const caseworker: Permission[] = [
  ...staff,
  'strategy.read',
  'statistics.read',
  'statistics.drill-down',
  'caseload.read',
  'citizen.read',
  'citizen.update',
  'plan.read',
  'plan.write',
  'plan.comment',
  'meeting.manage',
  'consent.read',
  'network.manage',
  'event.signup',
  'referral.send',
  'referral.receive',
  'reception.register',
  'companion.request',
  'peer-guide.read',
  'peer-guide.book',
];

const rolePermissions: Record<Role, readonly Permission[]> = {
  citizen: [...everyone, 'citizen.read', 'plan.read', 'plan.write', 'plan.comment', 'consent.read', 'consent.manage', 'network.manage', 'access-log.read-own', 'event.signup', 'referral.send', 'referral.read-own', 'companion.request'],
  // A relative asks for a companion only with the citizen's consent (the relation decides, not the role).
  relative: [...everyone, 'plan.read', 'plan.comment', 'companion.request'],
  volunteer: [...everyone, 'volunteer.profile', 'companion.accompany'],
  'peer-guide': [...everyone, 'peer-guide.own'],
  politician: [...everyone, 'finance.committee', 'housing.read', 'strategy.read', 'status-report.read', 'council.read', 'statistics.read'],
  'council-member': [...everyone, 'strategy.read', 'status-report.read', 'council.read', 'hearing.answer', 'statistics.read'],
  'support-worker': caseworker,
  'case-officer': [...caseworker, 'citizen.read-cpr', 'citizen.search-cpr', 'citizen.create', 'citizen.export', 'transition.list', 'service.read', 'service.grant'],
  'volunteer-coordinator': [
    ...staff, 'event.manage', 'companion.coordinate', 'volunteer.manage', 'volunteer.statistics', 'peer-guide.read', 'peer-guide.book', 'peer-guide.manage',
  ],
  // plan.read: an offer owner receiving a referral reads the parts of the plan the citizen shared with their unit
  // (never more: they are on no team, so only a consent opens a part).
  'offer-owner': [...staff, 'offer.manage', 'event.manage', 'plan.read', 'referral.receive', 'reception.register', 'reception.statistics'],
  leader: [
    ...staff, 'user.read', 'reception.statistics', 'finance.committee', 'finance.read', 'housing.read', 'volunteer.statistics', 'peer-guide.read',
    'strategy.read', 'strategy.manage', 'status-report.read', 'status-report.manage', 'council.read', 'council.manage', 'statistics.read', 'indicator.manage',
  ],
  finance: [...staff, 'strategy.read', 'status-report.read', 'statistics.read', 'finance.cases', 'finance.committee', 'finance.read', 'finance.manage', 'housing.read', 'housing.manage'],
  admin: [...staff, 'org-unit.manage', 'user.read', 'user.manage', 'role-grant.manage', 'audit-log.read', 'offer.manage', 'catalogue.manage', 'event.manage'],
};

/** The permissions that only read; every other one may change something. */
const readOnlyPermissions: ReadonlySet<Permission> = new Set([
  'profile.read',
  'org-unit.read',
  'user.read',
  'audit-log.read',
  'tenant.read',
  'caseload.read',
  'citizen.read',
  'citizen.read-cpr',
  'citizen.search-cpr',
  'citizen.export',
  'plan.read',
  'consent.read',
  'access-log.read-own',
  'transition.list',
  'referral.read-own',
  'reception.statistics',
  'service.read',
  'volunteer.statistics',
  'peer-guide.read',
  'strategy.read',
  'status-report.read',
  'council.read',
  'statistics.read',
  'statistics.drill-down',
]);

export function isReadOnly(permission: Permission): boolean {
  return readOnlyPermissions.has(permission);
}

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
