/**
 * mulberry32: a 32-bit seeded generator, small and fast enough for ten million rows, and plenty random
 * for synthetic data. Every part of the generator draws from its own stream (see `streamFor`), so
 * changing how many citizens there are does not reshuffle the staff, and the same seed always gives
 * the same municipality.
 */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** 32 random bits as an unsigned integer. */
  uint32(): number;
  /** An integer in [0, n). */
  below(n: number): number;
  chance(probability: number): boolean;
}

export function mulberry32(seed: number): Prng {
  let state = seed >>> 0;
  const uint32 = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = () => uint32() / 4_294_967_296;
  return { next, uint32, below: (n) => Math.floor(next() * n), chance: (p) => next() < p };
}

/** An independent stream per purpose: the seed mixed with the label by FNV-1a. */
export function streamFor(seed: number, label: string): Prng {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193);
  return mulberry32(hash >>> 0);
}
