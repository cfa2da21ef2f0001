import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decideAccess, type AccessFacts } from '../../src/domain/access-decision.js';
import { accessToPart, type ConsentRecord, type Grantee } from '../../src/domain/consent-decision.js';

/**
 * The receiver of a referral in the access model: staff of the receiving unit may handle the referral, and see of
 * the plan only what the citizen shared with their unit — a unit's consent covers the staff of its sub-units too.
 */
describe('the receiver relation', () => {
  const cases: [string, AccessFacts, { allowed: boolean; reason: string }][] = [
    ['the receiver handles the referral', { roles: ['offer-owner'], action: 'referral.receive', relation: 'receiver' }, { allowed: true, reason: 'relation-receiver' }],
    ['a caseworker receiving handles it too', { roles: ['support-worker'], action: 'referral.receive', relation: 'receiver' }, { allowed: true, reason: 'relation-receiver' }],
    ['the receiver reads a shared part of the plan', { roles: ['offer-owner'], action: 'plan.read', relation: 'receiver', consented: true }, { allowed: true, reason: 'consent-receiver' }],
    ['the receiver reads no part that was not shared', { roles: ['offer-owner'], action: 'plan.read', relation: 'receiver', consented: false }, { allowed: false, reason: 'no-relation-or-consent' }],
    ['the receiver does not write the plan', { roles: ['support-worker'], action: 'plan.write', relation: 'receiver' }, { allowed: false, reason: 'no-relation-or-consent' }],
    ["the receiver does not read the citizen's record", { roles: ['support-worker'], action: 'citizen.read', relation: 'receiver' }, { allowed: false, reason: 'no-relation-or-consent' }],
    ['the receiver does not send referrals for the citizen', { roles: ['support-worker'], action: 'referral.send', relation: 'receiver' }, { allowed: false, reason: 'no-relation-or-consent' }],
    ['a receiver without the permission is hidden', { roles: ['leader'], action: 'referral.receive', relation: 'receiver' }, { allowed: false, reason: 'role-lacks-permission' }],
    ['staff with no relation may not handle a referral', { roles: ['offer-owner'], action: 'referral.receive', relation: 'none' }, { allowed: false, reason: 'no-relation-or-consent' }],
  ];
  for (const [name, facts, expected] of cases) {
    test(name, () => {
      const decision = decideAccess(facts);
      assert.equal(decision.allowed, expected.allowed);
      assert.equal(decision.reason, expected.reason);
      if (!decision.allowed) assert.equal(decision.respondAs, 'hide');
    });
  }
});

describe('a consent to a unit', () => {
  const granted = new Date('2026-03-01T10:00:00Z');
  const consent = (granteeId: string, withdrawnAt: Date | null = null): ConsentRecord => ({ granteeKind: 'unit', granteeId, part: 'domain:health', level: 'view', grantedAt: granted, withdrawnAt });
  const at = new Date('2026-03-02T10:00:00Z');
  const cases: [string, ConsentRecord, Grantee, 'none' | 'view'][] = [
    ['covers staff of the unit', consent('perron4'), { kind: 'staff', userId: 'jesper', unitId: 'perron4' }, 'view'],
    ['covers staff of a unit below it', consent('psychiatry'), { kind: 'staff', userId: 'jesper', unitId: 'perron4', aboveUnitIds: ['psychiatry'] }, 'view'],
    ['does not cover staff of a unit above it', consent('perron4'), { kind: 'staff', userId: 'leader', unitId: 'psychiatry', aboveUnitIds: [] }, 'none'],
    ['does not cover staff of a sibling unit', consent('perron4'), { kind: 'staff', userId: 'henrik', unitId: 'slotsgaarden', aboveUnitIds: ['psychiatry'] }, 'none'],
    ['does not cover a network member', consent('perron4'), { kind: 'network', memberId: 'perron4' }, 'none'],
    ['ends with its withdrawal', consent('psychiatry', new Date('2026-03-02T09:00:00Z')), { kind: 'staff', userId: 'jesper', unitId: 'perron4', aboveUnitIds: ['psychiatry'] }, 'none'],
  ];
  for (const [name, record, grantee, expected] of cases) test(name, () => assert.equal(accessToPart([record], grantee, 'domain:health', at), expected));
});
