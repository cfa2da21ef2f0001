/**
 * Statistics about people are shown only as aggregates, and a count so small that a reader could tell who it is
 * (1-4 by default, Danmarks Statistik's usual rule for small cells) is shown as "<5" instead. Zero reveals nobody.
 */
export const defaultSuppressBelow = 5;

export type ShownCount = number | string;

export function suppressSmallCount(count: number, below = defaultSuppressBelow): ShownCount {
  return count > 0 && count < below ? `<${below}` : count;
}
