import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSmallCount, suppressCount, suppressedValue } from '../../src/domain/small-count-suppression.js';

/** Counts of 1–4 citizens are hidden; 0 reveals nobody and shows; a missing figure stays missing. */
const cases: [count: number | null, value: number | null, suppressed: boolean][] = [
  [0, 0, false],
  [1, null, true],
  [2, null, true],
  [4, null, true],
  [5, 5, false],
  [6, 6, false],
  [314, 314, false],
  [null, null, false],
];

for (const [count, value, suppressed] of cases) {
  test(`${count} → ${value === null ? 'hidden or missing' : value}${suppressed ? ' (suppressed)' : ''}`, () => {
    assert.deepEqual(suppressCount(count), { value, suppressed });
    assert.equal(suppressedValue(count), value);
    assert.equal(isSmallCount(count), suppressed);
  });
}

test('another threshold: below 3', () => {
  assert.deepEqual([0, 1, 2, 3].map((n) => suppressedValue(n, 3)), [0, null, null, 3]);
});
