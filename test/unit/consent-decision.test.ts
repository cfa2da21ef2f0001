import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { accessToPart, visibleParts, type ConsentRecord, type Grantee } from '../../src/domain/consent-decision.js';
import { planParts, type PlanPart } from '../../src/domain/plan-parts.js';

const t0 = new Date('2026-03-01T10:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const louise: Grantee = { kind: 'network', memberId: 'm-louise' };
const ole: Grantee = { kind: 'network', memberId: 'm-ole' };
const jobWorker: Grantee = { kind: 'staff', userId: 'u-job', unitId: 'unit-job' };
const jobColleague: Grantee = { kind: 'staff', userId: 'u-colleague', unitId: 'unit-job' };
const unitless: Grantee = { kind: 'staff', userId: 'u-none', unitId: null };

const consent = (granteeKind: ConsentRecord['granteeKind'], granteeId: string, part: PlanPart, level: ConsentRecord['level'], granted: number, withdrawn: number | null = null): ConsentRecord => ({
  granteeKind,
  granteeId,
  part,
  level,
  grantedAt: at(granted),
  withdrawnAt: withdrawn === null ? null : at(withdrawn),
});

const records: ConsentRecord[] = [
  consent('network', 'm-louise', 'domain:health', 'view', 0),
  consent('network', 'm-louise', 'dreams', 'comment', 0, 30),
  consent('network', 'm-louise', 'meetings', 'view', 0),
  consent('network', 'm-louise', 'meetings', 'comment', 10),
  consent('staff', 'u-job', 'domain:work', 'view', 0),
  consent('unit', 'unit-job', 'domain:social', 'comment', 0),
  // A network grant with the same id as a staff user must not leak across kinds.
  consent('network', 'u-job', 'domain:housing', 'view', 0),
];

const cases: [string, Grantee, PlanPart, number, 'none' | 'view' | 'comment'][] = [
  ['nothing shared by default', ole, 'domain:health', 5, 'none'],
  ['granted view', louise, 'domain:health', 5, 'view'],
  ['before the grant', louise, 'domain:health', -1, 'none'],
  ['at the very moment of the grant', louise, 'domain:health', 0, 'view'],
  ['comment before withdrawal', louise, 'dreams', 29, 'comment'],
  ['withdrawn at its own moment', louise, 'dreams', 30, 'none'],
  ['after withdrawal', louise, 'dreams', 31, 'none'],
  ['view then comment: the higher wins', louise, 'meetings', 15, 'comment'],
  ['view only before the comment grant', louise, 'meetings', 5, 'view'],
  ['another part is not shared', louise, 'domain:work', 5, 'none'],
  ['a staff consent covers that user', jobWorker, 'domain:work', 5, 'view'],
  ['a staff consent does not cover a colleague', jobColleague, 'domain:work', 5, 'none'],
  ['a unit consent covers every member of the unit', jobColleague, 'domain:social', 5, 'comment'],
  ['a unit consent does not cover staff without a unit', unitless, 'domain:social', 5, 'none'],
  ['a network consent never covers staff with the same id', jobWorker, 'domain:housing', 5, 'none'],
  ['a staff consent never covers a network member', { kind: 'network', memberId: 'u-job' }, 'domain:work', 5, 'none'],
];

describe('consent decisions', () => {
  for (const [name, grantee, part, minute, expected] of cases) {
    test(`${name}: ${expected}`, () => assert.equal(accessToPart(records, grantee, part, at(minute)), expected));
  }

  test('visible parts at a moment', () => {
    assert.deepEqual([...visibleParts(records, louise, planParts, at(20))].sort(), ['domain:health', 'dreams', 'meetings']);
    assert.deepEqual([...visibleParts(records, louise, planParts, at(40))].sort(), ['domain:health', 'meetings']);
    assert.deepEqual([...visibleParts(records, ole, planParts, at(40))], []);
  });
});
