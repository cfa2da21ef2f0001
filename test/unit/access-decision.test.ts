import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decideAccess, type AccessFacts } from '../../src/domain/access-decision.js';
import { navigationFor } from '../../src/domain/navigation.js';
import { isReadOnly, permissions } from '../../src/domain/roles.js';
import { permissionsOf, roles } from '../../src/domain/roles.js';

describe('the access decision', () => {
  const cases: [string, AccessFacts, { allowed: boolean; respondAs?: 'forbidden' | 'hide' }][] = [
    ['an admin manages units', { roles: ['admin'], action: 'org-unit.manage' }, { allowed: true }],
    ['a support worker may not manage units', { roles: ['support-worker'], action: 'org-unit.manage' }, { allowed: false, respondAs: 'forbidden' }],
    ['a citizen may not read the audit log', { roles: ['citizen'], action: 'audit-log.read' }, { allowed: false, respondAs: 'forbidden' }],
    ['anyone reads their own profile', { roles: ['relative'], action: 'profile.read' }, { allowed: true }],
    ['one role of several is enough', { roles: ['support-worker', 'admin'], action: 'audit-log.read' }, { allowed: true }],
    ['no roles, no access', { roles: [], action: 'profile.read' }, { allowed: false, respondAs: 'forbidden' }],
    ['a citizen-owned resource: self', { roles: ['citizen'], action: 'profile.read', relation: 'self' }, { allowed: true }],
    ['a citizen-owned resource: the team', { roles: ['support-worker'], action: 'profile.read', relation: 'team' }, { allowed: true }],
    ['a relative with consent', { roles: ['relative'], action: 'profile.read', relation: 'relative', consented: true }, { allowed: true }],
    ['a relative without consent is answered as if nothing were there', { roles: ['relative'], action: 'profile.read', relation: 'relative', consented: false }, { allowed: false, respondAs: 'hide' }],
    ['a volunteer without consent', { roles: ['volunteer'], action: 'profile.read', relation: 'volunteer' }, { allowed: false, respondAs: 'hide' }],
    ['staff with no relation to the citizen', { roles: ['case-officer'], action: 'profile.read', relation: 'none' }, { allowed: false, respondAs: 'hide' }],
    ['staff outside the team with the citizen\'s consent', { roles: ['support-worker'], action: 'plan.read', relation: 'none', consented: true }, { allowed: true }],
    ['a leader has no plan access even with a relation', { roles: ['leader'], action: 'plan.read', relation: 'team' }, { allowed: false, respondAs: 'hide' }],
    ['a role without the permission on a citizen resource is hidden too', { roles: ['citizen'], action: 'audit-log.read', relation: 'none' }, { allowed: false, respondAs: 'hide' }],
  ];
  for (const [name, facts, expected] of cases) {
    test(name, () => {
      const decision = decideAccess(facts);
      assert.equal(decision.allowed, expected.allowed);
      if (!decision.allowed) assert.equal(decision.respondAs, expected.respondAs);
    });
  }

  test('every role may read and update its own profile', () => {
    for (const role of roles) {
      assert.ok(permissionsOf([role]).has('profile.read'), role);
      assert.ok(permissionsOf([role]).has('profile.update'), role);
    }
  });

  test('navigation shows administration only to administrators', () => {
    assert.deepEqual(navigationFor(['citizen']).map((n) => n.key), ['home', 'plan', 'network', 'access-log', 'offers', 'events', 'my-referrals', 'companions']);
    assert.deepEqual(navigationFor(['case-officer']).map((n) => n.key), ['home', 'offers', 'events', 'caseload', 'referrals', 'reception', 'peer-guides', 'transition', 'target-groups', 'indicators']);
    assert.deepEqual(navigationFor(['leader']).map((n) => n.key), [
      'home', 'offers', 'events', 'reception-statistics', 'committee-status', 'budget', 'housing', 'volunteer-statistics', 'peer-guides',
      'steering', 'status-reports', 'councils', 'target-groups', 'indicators',
    ]);
    assert.deepEqual(navigationFor(['finance']).map((n) => n.key), [
      'home', 'offers', 'events', 'expensive-cases', 'committee-status', 'budget', 'housing', 'status-reports', 'target-groups', 'indicators',
    ]);
    assert.deepEqual(navigationFor(['politician']).map((n) => n.key), [
      'home', 'offers', 'events', 'committee-status', 'housing', 'steering', 'status-reports', 'councils', 'target-groups', 'indicators',
    ]);
    assert.deepEqual(navigationFor(['council-member']).map((n) => n.key), [
      'home', 'offers', 'events', 'steering', 'status-reports', 'councils', 'target-groups', 'indicators',
    ]);
    assert.deepEqual(navigationFor(['offer-owner']).map((n) => n.key), ['home', 'offers', 'events', 'referrals', 'reception', 'reception-statistics', 'my-offers', 'my-events']);
    assert.deepEqual(navigationFor(['volunteer-coordinator']).map((n) => n.key), [
      'home', 'offers', 'events', 'my-events', 'companion-requests', 'volunteers', 'volunteer-statistics', 'peer-guides',
    ]);
    assert.deepEqual(navigationFor(['volunteer']).map((n) => n.key), ['home', 'offers', 'events', 'my-accompaniments', 'volunteer-profile']);
    assert.deepEqual(navigationFor(['peer-guide']).map((n) => n.key), ['home', 'offers', 'events', 'my-bookings']);
    assert.deepEqual(navigationFor(['admin']).map((n) => n.key), ['home', 'offers', 'events', 'my-offers', 'my-events', 'admin.units', 'admin.users', 'admin.audit']);
  });
});

test('reads are told from writes, so a write forgets what is kept about the citizen', () => {
  for (const read of ['plan.read', 'citizen.read', 'consent.read', 'caseload.read', 'access-log.read-own'] as const) assert.equal(isReadOnly(read), true, read);
  for (const write of ['plan.write', 'plan.comment', 'meeting.manage', 'network.manage', 'consent.manage', 'citizen.update', 'referral.send', 'referral.receive'] as const) {
    assert.equal(isReadOnly(write), false, write);
  }
  assert.ok(permissions.filter((p) => !isReadOnly(p)).length > permissions.length / 2);
});
