import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decideReferralTransition, isReferralOverdue, movesFor, referralStates, type ReferralSide, type ReferralState } from '../../src/domain/referral-state.js';

/**
 * Every pair of states for every side: the legal moves are written out here by hand (not read from the module's
 * table), so a change to the table that is not also made here fails.
 */
const legal: Record<string, { reason: boolean; steps: ReferralState[] }> = {
  'sent>received:receiver': { reason: false, steps: ['received'] },
  'sent>accepted:receiver': { reason: false, steps: ['received', 'accepted'] },
  'sent>declined:receiver': { reason: true, steps: ['received', 'declined'] },
  'received>accepted:receiver': { reason: false, steps: ['accepted'] },
  'received>declined:receiver': { reason: true, steps: ['declined'] },
  'accepted>started:receiver': { reason: false, steps: ['started'] },
  'accepted>stopped:receiver': { reason: true, steps: ['stopped'] },
  'started>completed:receiver': { reason: false, steps: ['completed'] },
  'started>stopped:receiver': { reason: true, steps: ['stopped'] },
  'sent>stopped:sender': { reason: true, steps: ['stopped'] },
  'sent>stopped:citizen': { reason: true, steps: ['stopped'] },
  'received>stopped:sender': { reason: true, steps: ['stopped'] },
  'received>stopped:citizen': { reason: true, steps: ['stopped'] },
};
const sides: ReferralSide[] = ['receiver', 'sender', 'citizen'];
/** A move that exists for some side, but not for this one. */
const moveExists = (from: ReferralState, to: ReferralState) => sides.some((side) => `${from}>${to}:${side}` in legal);

describe('the referral state machine', () => {
  for (const from of referralStates) {
    for (const to of referralStates) {
      for (const side of sides) {
        const key = `${from}>${to}:${side}`;
        const expected = legal[key];
        test(`${key}: ${expected ? (expected.reason ? 'legal with a reason' : 'legal') : 'refused'}`, () => {
          const withReason = decideReferralTransition(from, to, new Set([side]), 'Der er ikke plads før efter sommer');
          const withoutReason = decideReferralTransition(from, to, new Set([side]), '  ');
          if (!expected) {
            assert.equal(withReason.allowed, false);
            assert.equal(!withReason.allowed && withReason.reason, moveExists(from, to) ? 'not-yours' : 'not-a-move');
            return;
          }
          assert.ok(withReason.allowed);
          assert.deepEqual(withReason.steps, expected.steps);
          if (expected.reason) assert.deepEqual(withoutReason, { allowed: false, reason: 'reason-required' });
          else assert.ok(withoutReason.allowed);
        });
      }
    }
  }

  test('declined, completed and stopped are final for everyone', () => {
    for (const from of ['declined', 'completed', 'stopped'] as const) assert.deepEqual(movesFor(from, new Set(sides)), []);
  });

  test("the buttons offered follow the actor's sides", () => {
    assert.deepEqual(movesFor('sent', new Set(['receiver'])).map((m) => m.to), ['received', 'accepted', 'declined']);
    assert.deepEqual(movesFor('sent', new Set(['sender'])).map((m) => m.to), ['stopped']);
    assert.deepEqual(movesFor('accepted', new Set(['sender', 'citizen'])).map((m) => m.to), []);
    // A worker who refers to their own unit's offer is both sender and receiver.
    assert.deepEqual(movesFor('received', new Set(['sender', 'receiver'])).map((m) => m.to), ['accepted', 'declined', 'stopped']);
  });

  const overdue: [ReferralState, string, string, boolean][] = [
    ['sent', '2026-03-13', '2026-03-13', false],
    ['sent', '2026-03-13', '2026-03-14', true],
    ['received', '2026-03-13', '2026-03-16', true],
    ['accepted', '2026-03-13', '2026-03-16', false],
    ['declined', '2026-03-13', '2026-03-16', false],
    ['stopped', '2026-03-13', '2026-03-16', false],
  ];
  for (const [state, due, today, expected] of overdue) {
    test(`overdue: ${state}, due ${due}, today ${today} → ${expected}`, () => assert.equal(isReferralOverdue(state, due, today), expected));
  }
});
