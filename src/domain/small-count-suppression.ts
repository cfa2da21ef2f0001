import { defaultSuppressBelow } from './small-counts.js';

/**
 * Small-count suppression for the steering figures (issue 7): a count of distinct citizens from 1 to 4 could point at a
 * person, so it is not shown — the value becomes null and the figure is marked suppressed. Zero reveals nobody and is
 * shown as 0; a figure that is already missing (null) stays missing but is not "suppressed".
 */
export const SUPPRESS_BELOW = defaultSuppressBelow;

export interface SuppressedCount {
  value: number | null;
  suppressed: boolean;
}

export function isSmallCount(count: number | null, below = SUPPRESS_BELOW): boolean {
  return count !== null && count > 0 && count < below;
}

export function suppressCount(count: number | null, below = SUPPRESS_BELOW): SuppressedCount {
  if (isSmallCount(count, below)) return { value: null, suppressed: true };
  return { value: count, suppressed: false };
}

/** The value alone: what a table cell holds (null = not shown). */
export function suppressedValue(count: number | null, below = SUPPRESS_BELOW): number | null {
  return suppressCount(count, below).value;
}
