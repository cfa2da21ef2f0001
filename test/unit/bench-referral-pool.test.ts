import assert from 'node:assert/strict';
import { test } from 'node:test';
import { movesLeft, nextState, poolMoves, type PoolReferral } from '../../bench/referral-pool.js';
import { decideReferralTransition } from '../../src/domain/referral-state.js';

/** The benchmark's referral scenario must send only legal moves with the right version, however the answers come. */

const pool = (): PoolReferral[] => [
  { id: 'a', state: 'sent', version: 1 },
  { id: 'b', state: 'accepted', version: 3 },
  { id: 'c', state: 'started', version: 4 },
];
const parsed = (move: { path: string; body: string }) => ({ id: move.path.split('/').at(-1), ...(JSON.parse(move.body) as { state: string; version: number }) });

test('every forward step is a legal move for the receiving unit', () => {
  for (const [from, to] of Object.entries(nextState)) {
    assert.equal(decideReferralTransition(from as never, to, new Set(['receiver']), null).allowed, true, `${from} → ${to}`);
  }
});

test('moves go round the pool, each with the version the referral has then', () => {
  const next = poolMoves(pool());
  const first = [next(), next(), next()];
  assert.deepEqual(first.map(parsed), [
    { id: 'a', state: 'received', version: 1 },
    { id: 'b', state: 'started', version: 3 },
    { id: 'c', state: 'completed', version: 4 },
  ]);
  for (const move of first) move.answered(200);
  // c is completed: the round goes on with a and b only.
  assert.deepEqual([next(), next()].map(parsed), [
    { id: 'a', state: 'accepted', version: 2 },
    { id: 'b', state: 'completed', version: 4 },
  ]);
});

test('a referral with a request still out is passed over, and one with a failed answer is dropped', () => {
  const next = poolMoves(pool());
  const a = next();
  const b = next();
  next().answered(200); // c completed
  // a and b are both out; nothing is left to move until an answer comes.
  assert.throws(() => next(), /no legal move left/);
  b.answered(409);
  assert.throws(() => next(), /no legal move left/);
  a.answered(200);
  assert.deepEqual(parsed(next()), { id: 'a', state: 'accepted', version: 2 });
});

test('moves left count the steps to completed from each state', () => {
  assert.equal(movesLeft(pool()), 4 + 2 + 1);
  assert.equal(movesLeft([{ id: 'x', state: 'received', version: 2 }]), 3);
});
