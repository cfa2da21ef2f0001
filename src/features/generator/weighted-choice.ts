import type { Prng } from './prng.js';

/**
 * Picks among items in proportion to their weights by binary search over the running totals:
 * O(log n) a draw, which matters when ten million audit events each pick an actor among thousands.
 */
export interface WeightedChoice<T> {
  pick(prng: Prng): T;
}

export function weightedChoice<T>(entries: readonly (readonly [T, number])[]): WeightedChoice<T> {
  if (entries.length === 0) throw new Error('weightedChoice: nothing to choose from');
  const items = entries.map(([item]) => item);
  const totals = new Float64Array(entries.length);
  let total = 0;
  entries.forEach(([, weight], i) => {
    total += weight;
    totals[i] = total;
  });
  return {
    pick(prng) {
      const target = prng.next() * total;
      let low = 0;
      let high = totals.length - 1;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (totals[mid]! > target) high = mid;
        else low = mid + 1;
      }
      return items[low]!;
    },
  };
}

/**
 * Splits `total` into whole parts proportional to `weights` that add up to exactly `total`
 * (cumulative rounding), so a scale of 1 gives exactly 10,000,000 audit events, not roughly.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  let running = 0;
  let given = 0;
  return weights.map((weight) => {
    running += weight;
    const upTo = Math.round((running / sum) * total);
    const part = upTo - given;
    given = upTo;
    return part;
  });
}
