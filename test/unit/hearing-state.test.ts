import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { daysToAnswer, hearingScope, isOverdue, moveHearing, type HearingAction, type HearingStatus } from '../../src/domain/hearing-state.js';
import type { Role } from '../../src/domain/roles.js';

/** A hearing's moves, written out by hand for every status, action and day around the deadline of 10 March. */
const deadline = '2026-03-10';
const moves: [HearingStatus, HearingAction, string, string][] = [
  // status, action, today, expected ('to:<status>' or 'no:<reason>')
  ['open', 'answer', '2026-03-01', 'to:answered'],
  ['open', 'answer', '2026-03-10', 'to:answered'],
  ['open', 'answer', '2026-03-20', 'to:answered'], // late, but a late response is still a response
  ['answered', 'answer', '2026-03-05', 'to:answered'], // a correction before the outcome
  ['closed', 'answer', '2026-03-05', 'no:closed'],
  ['answered', 'outcome', '2026-03-05', 'to:closed'],
  ['answered', 'outcome', '2026-03-20', 'to:closed'],
  ['open', 'outcome', '2026-03-09', 'no:not-answered-before-deadline'],
  ['open', 'outcome', '2026-03-10', 'no:not-answered-before-deadline'], // the last day is still the council's
  ['open', 'outcome', '2026-03-11', 'to:closed'],
  ['closed', 'outcome', '2026-03-20', 'no:closed'],
];

describe('moving a hearing', () => {
  for (const [status, action, today, expected] of moves) {
    test(`${status} + ${action} on ${today} → ${expected}`, () => {
      const move = moveHearing(status, action, deadline, today);
      assert.equal(move.allowed ? `to:${move.to}` : `no:${move.reason}`, expected);
    });
  }
});

describe('overdue and days to answer', () => {
  const cases: [HearingStatus, string, boolean, number | null][] = [
    ['open', '2026-03-01', false, 9],
    ['open', '2026-03-10', false, 0],
    ['open', '2026-03-11', true, -1],
    ['open', '2026-04-10', true, -31],
    ['answered', '2026-04-10', false, null],
    ['closed', '2026-04-10', false, null],
  ];
  for (const [status, today, overdue, days] of cases) {
    test(`${status} on ${today}: overdue ${overdue}, ${days} days`, () => {
      assert.equal(isOverdue({ status, respondBy: deadline }, today), overdue);
      assert.equal(daysToAnswer({ status, respondBy: deadline }, today), days);
    });
  }
  test('across the change to summer time the days still count whole', () => {
    assert.equal(daysToAnswer({ status: 'open', respondBy: '2026-03-30' }, '2026-03-28'), 2);
  });
});

describe('which hearings a reader sees', () => {
  const cases: [Role[], string][] = [
    [['leader'], 'all'],
    [['politician'], 'all'],
    [['council-member'], 'own-councils'],
    [['council-member', 'leader'], 'all'],
    [['support-worker'], 'none'],
    [['citizen'], 'none'],
    [['finance'], 'none'],
  ];
  for (const [roles, scope] of cases) {
    test(`${roles.join('+')} → ${scope}`, () => assert.equal(hearingScope(roles), scope));
  }
});
