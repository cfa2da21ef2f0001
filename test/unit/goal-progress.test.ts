import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { canChangeGoalStatus, goalOutcome, stepProgress, type GoalFacts, type GoalOutcome, type GoalStatus } from '../../src/domain/goal-progress.js';
import { canChangeMeetingStatus, type MeetingStatus } from '../../src/domain/meeting-status.js';
import { diffFields } from '../../src/features/plans/record-plan-change.js';

/** The plan's status rules (DOMAIN §4.1: keeping a function also counts as progress), table by table. */

const goal = (facts: Partial<GoalFacts>): GoalFacts => ({ goalType: 'develop', status: 'active', citizenRating: null, stepsDone: 0, stepsTotal: 0, ...facts });

describe('goal outcome', () => {
  const cases: [string, Partial<GoalFacts>, GoalOutcome][] = [
    ['an achieved goal is a success', { status: 'achieved' }, 'success'],
    ['an achieved maintain goal is a success', { goalType: 'maintain', status: 'achieved' }, 'success'],
    ['not achieved is not reached', { status: 'not-achieved' }, 'not-reached'],
    ['stopped is not reached', { status: 'stopped', citizenRating: 5 }, 'not-reached'],
    ['paused is on hold', { status: 'paused', citizenRating: 5 }, 'on-hold'],
    ['an active develop goal is in progress, whatever the rating', { goalType: 'develop', citizenRating: 5 }, 'in-progress'],
    ['an active maintain goal kept (rating 3) is a success', { goalType: 'maintain', citizenRating: 3 }, 'success'],
    ['an active maintain goal rated 5 is a success', { goalType: 'maintain', citizenRating: 5 }, 'success'],
    ['an active maintain goal rated 2 is in progress', { goalType: 'maintain', citizenRating: 2 }, 'in-progress'],
    ['an active maintain goal not yet rated is in progress', { goalType: 'maintain', citizenRating: null }, 'in-progress'],
    ['an active limit-loss goal kept is a success', { goalType: 'limit-loss', citizenRating: 4 }, 'success'],
    ['an active limit-loss goal rated 1 is in progress', { goalType: 'limit-loss', citizenRating: 1 }, 'in-progress'],
    ['steps all done do not by themselves make a develop goal a success', { stepsDone: 3, stepsTotal: 3 }, 'in-progress'],
  ];
  for (const [name, facts, expected] of cases) test(name, () => assert.equal(goalOutcome(goal(facts)), expected));
});

describe('step progress', () => {
  const cases: [number, number, number][] = [
    [0, 0, 0],
    [0, 4, 0],
    [1, 4, 25],
    [1, 3, 33],
    [2, 3, 67],
    [3, 3, 100],
  ];
  for (const [done, total, expected] of cases) test(`${done} of ${total} → ${expected}`, () => assert.equal(stepProgress({ stepsDone: done, stepsTotal: total }), expected));
});

describe('goal status transitions', () => {
  const statuses: GoalStatus[] = ['active', 'achieved', 'not-achieved', 'paused', 'stopped'];
  const allowed: Record<GoalStatus, GoalStatus[]> = {
    active: ['active', 'achieved', 'not-achieved', 'paused', 'stopped'],
    paused: ['paused', 'active', 'stopped'],
    achieved: ['achieved', 'active'],
    'not-achieved': ['not-achieved', 'active'],
    stopped: ['stopped', 'active'],
  };
  for (const from of statuses) {
    for (const to of statuses) {
      const expected = allowed[from].includes(to);
      test(`${from} → ${to}: ${expected ? 'allowed' : 'refused'}`, () => assert.equal(canChangeGoalStatus(from, to), expected));
    }
  }
});

describe('meeting status transitions', () => {
  const cases: [MeetingStatus, MeetingStatus, boolean][] = [
    ['planned', 'held', true],
    ['planned', 'cancelled', true],
    ['cancelled', 'planned', true],
    ['held', 'planned', false],
    ['held', 'cancelled', false],
    ['cancelled', 'held', false],
    ['held', 'held', true],
  ];
  for (const [from, to, expected] of cases) test(`${from} → ${to}: ${expected}`, () => assert.equal(canChangeMeetingStatus(from, to), expected));
});

describe('the history diff', () => {
  test('a create lists every field from null', () => assert.deepEqual(diffFields(null, { text: 'a', domain: null }), { text: { from: null, to: 'a' } }));
  test('an update lists only what changed, arrays and dates compared by value', () => {
    const at = new Date('2026-01-01T10:00:00Z');
    assert.deepEqual(diffFields({ a: 1, b: [{ x: 1 }], at, same: 's' }, { a: 2, b: [{ x: 1 }], at: new Date(at), same: 's' }), { a: { from: 1, to: 2 } });
  });
  test('a delete lists every field to null', () => assert.deepEqual(diffFields({ text: 'a' }, null), { text: { from: 'a', to: null } }));
});
